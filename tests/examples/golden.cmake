# Script mode: builds one shipped example from the repository's root, as a
# user would type it, and compares the program JSON with its golden file
# byte for byte.
#
#   cmake -DREGIMEN=BIN -DROOT=REPO -DEXAMPLE=examples/X.regimen -DGOLDEN=tests/examples/X.json
#         -DSCRATCH=DIR -P golden.cmake
#
# With REGIMEN_UPDATE_GOLDEN=1 in the environment the golden file is rewritten
# from the output instead; an exit status other than 0 or anything on standard
# error still fails, so that a broken example never becomes a golden file.
foreach(var REGIMEN ROOT EXAMPLE GOLDEN SCRATCH)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "golden.cmake needs -D${var}=...")
  endif()
endforeach()

file(MAKE_DIRECTORY "${SCRATCH}")
get_filename_component(stem "${EXAMPLE}" NAME_WLE)
set(actual "${SCRATCH}/${stem}.json")
set(errors "${SCRATCH}/${stem}.stderr")
# Output left by an earlier run must not pass for this one's.
file(REMOVE "${actual}" "${errors}")

# Files, not variables: CMake strings would lose bytes a byte-for-byte test must see.
execute_process(COMMAND "${REGIMEN}" build "${EXAMPLE}" --emit json
                WORKING_DIRECTORY "${ROOT}"
                RESULT_VARIABLE status
                OUTPUT_FILE "${actual}" ERROR_FILE "${errors}")
file(READ "${errors}" messages)
if(NOT status STREQUAL "0")
  message(FATAL_ERROR "regimen build ${EXAMPLE} --emit json exited with ${status}, expected 0:\n${messages}")
endif()
file(SIZE "${errors}" error_bytes)
if(NOT error_bytes EQUAL 0)
  message(FATAL_ERROR "regimen build ${EXAMPLE} --emit json wrote to standard error; a shipped example must be clean:\n${messages}")
endif()

if("$ENV{REGIMEN_UPDATE_GOLDEN}" STREQUAL "1")
  file(COPY_FILE "${actual}" "${ROOT}/${GOLDEN}")
  message(STATUS "rewrote ${GOLDEN}")
  return()
endif()

if(NOT EXISTS "${ROOT}/${GOLDEN}")
  message(FATAL_ERROR "${GOLDEN} is missing; create it with REGIMEN_UPDATE_GOLDEN=1 ctest -R '^examples/${stem}$' and read it through")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ROOT}/${GOLDEN}" "${actual}" RESULT_VARIABLE differs)
if(differs)
  # A readable difference when diff(1) is there; the verdict does not depend on it.
  find_program(DIFF diff)
  set(shown "")
  if(DIFF)
    execute_process(COMMAND "${DIFF}" -u "${ROOT}/${GOLDEN}" "${actual}" OUTPUT_VARIABLE shown)
  endif()
  message(FATAL_ERROR "the program JSON of ${EXAMPLE} differs from ${GOLDEN}\n"
                      "(if the change is intended: REGIMEN_UPDATE_GOLDEN=1 ctest -R '^examples/${stem}$', then review the diff)\n${shown}")
endif()

# Script mode: runs `regimen build CASE --emit FORMAT ARGS...` in DIR and
# compares standard output with GOLDEN byte for byte. Shared by the golden
# tests of the examples (tests/examples/) and of schedules (tests/schedule/).
#
#   cmake -DREGIMEN=BIN -DDIR=FOLDER -DCASE=path/in/FOLDER.regimen -DFORMAT=json
#         "-DARGS=--week;3" -DGOLDEN=/abs/expected -DSCRATCH=DIR -P golden.cmake
#
# REGIMEN_UPDATE_GOLDEN=1 in the environment rewrites GOLDEN instead; a build
# that fails or writes to standard error still fails, so that an error never
# becomes a golden file.
foreach(var REGIMEN DIR CASE FORMAT GOLDEN SCRATCH)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "golden.cmake needs -D${var}=...")
  endif()
endforeach()
get_filename_component(golden_name "${GOLDEN}" NAME)
file(MAKE_DIRECTORY "${SCRATCH}")
set(actual "${SCRATCH}/${golden_name}")
set(errors "${SCRATCH}/${golden_name}.stderr")
# Output left by an earlier run must not pass for this one's.
file(REMOVE "${actual}" "${errors}")
# Files, not variables: CMake strings would lose bytes a byte-for-byte test must see.
execute_process(COMMAND "${REGIMEN}" build "${CASE}" --emit "${FORMAT}" ${ARGS}
                WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE status
                OUTPUT_FILE "${actual}" ERROR_FILE "${errors}")
file(READ "${errors}" messages)
if(NOT status STREQUAL "0" OR NOT messages STREQUAL "")
  message(FATAL_ERROR "regimen build ${CASE} --emit ${FORMAT} ${ARGS} exited with ${status}, expected 0 and no messages:\n${messages}")
endif()
if("$ENV{REGIMEN_UPDATE_GOLDEN}" STREQUAL "1")
  file(COPY_FILE "${actual}" "${GOLDEN}")
  message(STATUS "rewrote ${GOLDEN}")
  return()
endif()
if(NOT EXISTS "${GOLDEN}")
  message(FATAL_ERROR "${GOLDEN} is missing; create it with REGIMEN_UPDATE_GOLDEN=1 and read it through")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${GOLDEN}" "${actual}" RESULT_VARIABLE differs)
if(differs)
  # A readable difference when diff(1) is there; the verdict does not depend on it.
  find_program(DIFF diff)
  set(shown "")
  if(DIFF)
    execute_process(COMMAND "${DIFF}" -u "${GOLDEN}" "${actual}" OUTPUT_VARIABLE shown)
  endif()
  message(FATAL_ERROR "the output of regimen build ${CASE} --emit ${FORMAT} differs from ${GOLDEN}\n"
                      "(if the change is intended: REGIMEN_UPDATE_GOLDEN=1 ctest -R ..., then review the diff)\n${shown}")
endif()

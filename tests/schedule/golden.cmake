# Script mode: runs `regimen build CASE --emit FORMAT ARGS...` in the case's
# folder and compares standard output with GOLDEN byte for byte.
#
#   cmake -DREGIMEN=BIN -DCASE=dir/name.regimen -DFORMAT=schedule "-DARGS=--week;3"
#         -DGOLDEN=dir/name.schedule.txt -DSCRATCH=DIR -P golden.cmake
#
# REGIMEN_UPDATE_GOLDEN=1 in the environment rewrites GOLDEN instead; a
# failing build still fails, so that an error never becomes a golden file.
foreach(var REGIMEN CASE FORMAT GOLDEN SCRATCH)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "golden.cmake needs -D${var}=...")
  endif()
endforeach()
get_filename_component(dir "${CASE}" DIRECTORY)
get_filename_component(name "${CASE}" NAME)
get_filename_component(golden_name "${GOLDEN}" NAME)
file(MAKE_DIRECTORY "${SCRATCH}")
set(actual "${SCRATCH}/${golden_name}")
set(errors "${SCRATCH}/${golden_name}.stderr")
file(REMOVE "${actual}" "${errors}")
execute_process(COMMAND "${REGIMEN}" build "${name}" --emit "${FORMAT}" ${ARGS}
                WORKING_DIRECTORY "${dir}" RESULT_VARIABLE status
                OUTPUT_FILE "${actual}" ERROR_FILE "${errors}")
file(READ "${errors}" messages)
if(NOT status STREQUAL "0" OR NOT messages STREQUAL "")
  message(FATAL_ERROR "regimen build ${name} --emit ${FORMAT} ${ARGS} exited with ${status}:\n${messages}")
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
  find_program(DIFF diff)
  set(shown "")
  if(DIFF)
    execute_process(COMMAND "${DIFF}" -u "${GOLDEN}" "${actual}" OUTPUT_VARIABLE shown)
  endif()
  message(FATAL_ERROR "output differs from ${GOLDEN}\n${shown}")
endif()

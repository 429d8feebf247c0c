# Script mode: runs one `regimen lib` command with --format json, keeps what it
# writes, and checks it against the library schema, so that one test covers both.
#
#   cmake -DREGIMEN=BIN "-DARGS=search|shoulder blades" -DOUTPUT=FILE.json
#         -DPYTHON=PY -DVALIDATE=validate.py -DSCHEMA=SCHEMA.json -P lib_and_validate.cmake
#
# ARGS are the words after `regimen lib`, separated by `|` (a `;` would be split
# apart by add_test on the way here); `--format json` is added.
foreach(var REGIMEN ARGS OUTPUT PYTHON VALIDATE SCHEMA)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "lib_and_validate.cmake needs -D${var}=...")
  endif()
endforeach()

string(REPLACE "|" ";" ARGS "${ARGS}")

# A file left by an earlier run must not pass for this one's output.
file(REMOVE "${OUTPUT}")
execute_process(COMMAND "${REGIMEN}" lib ${ARGS} --format json
                RESULT_VARIABLE status OUTPUT_FILE "${OUTPUT}" ERROR_VARIABLE messages)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "regimen lib ${ARGS} --format json exited with ${status}, expected 0:\n${messages}")
endif()

execute_process(COMMAND "${PYTHON}" "${VALIDATE}" "${SCHEMA}" "${OUTPUT}" RESULT_VARIABLE valid)
if(NOT valid EQUAL 0)
  message(FATAL_ERROR "the JSON of regimen lib ${ARGS} --format json does not match ${SCHEMA}")
endif()

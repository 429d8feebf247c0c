# Script mode: runs the compiler on one routine, keeps the JSON it writes, and
# checks that JSON against a schema, so that one test covers both steps.
#
#   cmake -DREGIMEN=BIN -DWHAT=program|diagnostics -DINPUT=FILE.regimen -DOUTPUT=FILE.json
#         -DEXPECT_EXIT=N -DPYTHON=PY -DVALIDATE=validate.py -DSCHEMA=SCHEMA.json
#         -P emit_and_validate.cmake
#
# WHAT=program runs `regimen build INPUT --emit json -o OUTPUT`;
# WHAT=schedule or plan runs `regimen build INPUT --emit schedule-json` (or plan-json);
# WHAT=diagnostics runs `regimen check INPUT --diagnostics-format json` and keeps stderr.
foreach(var REGIMEN WHAT INPUT OUTPUT EXPECT_EXIT PYTHON VALIDATE SCHEMA)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "emit_and_validate.cmake needs -D${var}=...")
  endif()
endforeach()

# A file left by an earlier run must not pass for this one's output.
file(REMOVE "${OUTPUT}")
if(WHAT STREQUAL "program")
  execute_process(COMMAND "${REGIMEN}" build "${INPUT}" --emit json -o "${OUTPUT}"
                  RESULT_VARIABLE status ERROR_VARIABLE messages)
elseif(WHAT STREQUAL "schedule" OR WHAT STREQUAL "plan")
  execute_process(COMMAND "${REGIMEN}" build "${INPUT}" --emit "${WHAT}-json" -o "${OUTPUT}"
                  RESULT_VARIABLE status ERROR_VARIABLE messages)
elseif(WHAT STREQUAL "diagnostics")
  execute_process(COMMAND "${REGIMEN}" check "${INPUT}" --diagnostics-format json
                  RESULT_VARIABLE status ERROR_FILE "${OUTPUT}")
  file(READ "${OUTPUT}" messages)
else()
  message(FATAL_ERROR "WHAT must be program, schedule, plan or diagnostics, not `${WHAT}`")
endif()

if(NOT status STREQUAL "${EXPECT_EXIT}")
  message(FATAL_ERROR "regimen exited with ${status}, expected ${EXPECT_EXIT}, on ${INPUT}:\n${messages}")
endif()

execute_process(COMMAND "${PYTHON}" "${VALIDATE}" "${SCHEMA}" "${OUTPUT}" RESULT_VARIABLE valid)
if(NOT valid EQUAL 0)
  message(FATAL_ERROR "the JSON regimen wrote for ${INPUT} does not match ${SCHEMA}")
endif()

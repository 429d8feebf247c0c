# Generates the parser from grammar/Regimen.g4 at build time.
#
# Debian's antlr4.jar has no Class-Path in its manifest, so `java -jar` (which
# antlr4_generate runs) cannot find the ANTLR runtime and StringTemplate. A
# launcher jar holding only a manifest that names them fixes that without
# changing how antlr4_generate is called.
set(REGIMEN_ANTLR_JAR_DIR "/usr/share/java" CACHE PATH "Where Debian keeps the ANTLR tool's jars")
set(_launcher_dir "${CMAKE_BINARY_DIR}/antlr4-launcher")
file(MAKE_DIRECTORY "${_launcher_dir}/META-INF")
set(_classpath "")
foreach(_jar antlr4 antlr4-runtime antlr3-runtime stringtemplate4 treelayout)
  string(APPEND _classpath " ${REGIMEN_ANTLR_JAR_DIR}/${_jar}.jar")
endforeach()
file(WRITE "${_launcher_dir}/META-INF/MANIFEST.MF"
  "Manifest-Version: 1.0\nMain-Class: org.antlr.v4.Tool\nClass-Path:${_classpath}\n")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E tar cf "${CMAKE_BINARY_DIR}/antlr4-launcher.jar" --format=zip META-INF/MANIFEST.MF
  WORKING_DIRECTORY "${_launcher_dir}"
  RESULT_VARIABLE _launcher_result)
if(NOT _launcher_result EQUAL 0)
  message(FATAL_ERROR "could not write the ANTLR launcher jar")
endif()
set(ANTLR4_JAR_LOCATION "${CMAKE_BINARY_DIR}/antlr4-launcher.jar")

antlr4_generate(regimen_grammar "${PROJECT_SOURCE_DIR}/grammar/Regimen.g4" BOTH FALSE FALSE "regimen::generated")

# Embeds every stdlib/*.regimen file in the binary, so that an installed
# `regimen` finds its library from any directory.
file(GLOB REGIMEN_STDLIB_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/stdlib/*.regimen")
set(REGIMEN_STDLIB_CPP "${CMAKE_BINARY_DIR}/generated/embedded_stdlib.cpp")
add_custom_command(
  OUTPUT "${REGIMEN_STDLIB_CPP}"
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${REGIMEN_STDLIB_CPP} "-DINPUTS=${REGIMEN_STDLIB_FILES}"
          -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
  DEPENDS ${REGIMEN_STDLIB_FILES} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
  COMMENT "Embedding the exercise library"
  VERBATIM)

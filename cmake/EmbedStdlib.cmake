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

# The starter programs, stdlib/templates/*.regimen, for `regimen new --template`.
file(GLOB REGIMEN_TEMPLATE_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/stdlib/templates/*.regimen")
set(REGIMEN_TEMPLATES_CPP "${CMAKE_BINARY_DIR}/generated/embedded_templates.cpp")
add_custom_command(
  OUTPUT "${REGIMEN_TEMPLATES_CPP}"
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${REGIMEN_TEMPLATES_CPP} "-DINPUTS=${REGIMEN_TEMPLATE_FILES}"
          -DFUNCTION=embedded_templates -DHEADER=templates/embedded_templates.h
          -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
  DEPENDS ${REGIMEN_TEMPLATE_FILES} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
  COMMENT "Embedding the starter programs"
  VERBATIM)

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

# docs/lint.md, whose rule sections `regimen lint --explain RULE` prints: the
# examples the docs test runs are the ones the command shows.
set(REGIMEN_LINT_DOCS_CPP "${CMAKE_BINARY_DIR}/generated/embedded_lint_docs.cpp")
add_custom_command(
  OUTPUT "${REGIMEN_LINT_DOCS_CPP}"
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${REGIMEN_LINT_DOCS_CPP} "-DINPUTS=${PROJECT_SOURCE_DIR}/docs/lint.md"
          -DFUNCTION=embedded_lint_docs -DHEADER=lint/embedded_docs.h
          -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
  DEPENDS "${PROJECT_SOURCE_DIR}/docs/lint.md" "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
  COMMENT "Embedding the lint rules' documentation"
  VERBATIM)

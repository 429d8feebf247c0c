# One static library per folder of src/, with the layers enforced by the
# compiler rather than by review.
#
#   regimen_module(NAME [DIR folder] [SOURCES ...] [DEPENDS module ...]
#                  [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
#
# A module may include its own headers and those of the modules it depends on,
# directly or through others, and nothing else. Its include path is a folder
# of links to exactly those folders (build/layers/NAME/), so `#include
# "check/checker.h"` in a module that does not depend on check fails to
# compile, naming the header. docs/architecture.md draws the layers.
#
# Each module is the target regimen_NAME; DIR defaults to NAME (`emit_json`
# lives in `emit/json`). A module with no sources (the syntax tree, the
# checked program) is a header-only INTERFACE library.
function(regimen_module name)
  cmake_parse_arguments(M "" "DIR" "SOURCES;DEPENDS;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  if(NOT M_DIR)
    set(M_DIR "${name}")
  endif()
  set_property(GLOBAL PROPERTY "REGIMEN_DIR_${name}" "${M_DIR}")

  # What the module may see: itself, and everything its dependencies may see.
  set(visible "${name}")
  foreach(dep IN LISTS M_DEPENDS)
    if(NOT TARGET "regimen_${dep}")
      message(FATAL_ERROR "module ${name} depends on ${dep}, which is not defined yet: define modules bottom up")
    endif()
    get_property(dep_visible GLOBAL PROPERTY "REGIMEN_VISIBLE_${dep}")
    list(APPEND visible ${dep_visible})
  endforeach()
  list(REMOVE_DUPLICATES visible)
  set_property(GLOBAL PROPERTY "REGIMEN_VISIBLE_${name}" "${visible}")

  set(root "${CMAKE_BINARY_DIR}/layers/${name}")
  file(REMOVE_RECURSE "${root}")
  foreach(module IN LISTS visible)
    get_property(dir GLOBAL PROPERTY "REGIMEN_DIR_${module}")
    get_filename_component(parent "${root}/${dir}" DIRECTORY)
    file(MAKE_DIRECTORY "${parent}")
    file(CREATE_LINK "${REGIMEN_SOURCE_ROOT}/${dir}" "${root}/${dir}" SYMBOLIC)
  endforeach()

  set(target "regimen_${name}")
  list(TRANSFORM M_DEPENDS PREPEND "regimen_" OUTPUT_VARIABLE dep_targets)
  if(M_SOURCES)
    add_library(${target} STATIC ${M_SOURCES})
    target_include_directories(${target} PUBLIC "${root}")
    target_link_libraries(${target} PUBLIC ${dep_targets} ${M_PUBLIC_LIBS} PRIVATE ${M_PRIVATE_LIBS})
  else()
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE "${root}")
    target_link_libraries(${target} INTERFACE ${dep_targets} ${M_PUBLIC_LIBS})
  endif()
  set_property(GLOBAL APPEND PROPERTY REGIMEN_MODULES "${target}")
endfunction()

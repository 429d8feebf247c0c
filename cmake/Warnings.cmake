# The warnings every target of ours is built with. The generated parser
# silences its own (src/CMakeLists.txt); system headers (Catch2, CLI11, fmt)
# are not ours to fix and stay quiet as system headers do.
#
# REGIMEN_WERROR turns every warning into an error. CI builds with it, so a
# warning never lands; a developer's build leaves it off so that a newer
# compiler's new warning does not stop a build on the way to fixing it.
option(REGIMEN_WERROR "Treat compiler warnings as errors" OFF)

set(REGIMEN_WARNINGS
  -Wall -Wextra -Wpedantic
  -Wshadow                 # a name that hides another: a classic source of wrong-variable bugs
  -Wnon-virtual-dtor       # a class with virtual functions deleted through a base pointer
  -Woverloaded-virtual     # an override that hides, rather than overrides, a base function
  -Wcast-align
  -Wformat=2               # printf-style formats checked, including non-literal ones
  -Wimplicit-fallthrough   # a `case` that runs into the next without saying so
  -Wmissing-declarations   # a free function that should be `static` or in an anonymous namespace
  -Wundef
)
# GCC 12 at -O3 (Release) reports -Wrestrict inside libstdc++'s own
# std::string concatenation (GCC bug 105651), a false positive in code that is
# not ours; the warning stays on for every other compiler.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
   AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  list(APPEND REGIMEN_WARNINGS -Wno-restrict)
endif()
if(REGIMEN_WERROR)
  list(APPEND REGIMEN_WARNINGS -Werror)
endif()
add_compile_options("$<$<COMPILE_LANGUAGE:CXX>:${REGIMEN_WARNINGS}>")

// The library tests' entry point: the built-in exercise library's data, and
// the queries that `regimen lib` answers from it.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

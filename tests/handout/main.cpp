// The handout tests' entry point; each *_test.cpp holds the cases for one part.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

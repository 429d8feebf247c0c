// The entry point of every Catch2 test program; each area's *_test.cpp files
// hold its cases.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

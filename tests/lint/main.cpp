// The lint tests' entry point: rules_test.cpp has one program that fires each
// rule and one it leaves alone; corpus_test.cpp the flawed programs;
// examples_test.cpp the shipped examples; fixes_test.cpp the mechanical fixes.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

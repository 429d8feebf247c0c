// The player's unit tests' entry point: the timer, its words and its screen,
// all without a terminal.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

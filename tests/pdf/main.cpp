// The PDF writer's tests' entry point: the page flow, and the writer itself
// on handouts built by hand.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

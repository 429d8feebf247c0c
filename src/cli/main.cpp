// The `regimen` executable.
#include <exception>
#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) {
  // A last guard: no input may end in an uncaught exception and a stack trace.
  try {
    return regimen::cli::run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "regimen: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "regimen: internal error\n";
  }
  return 2;
}

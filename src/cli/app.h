// The command line: wires the subcommands together. All logic is in the
// subcommands' files and the library they call.
#pragma once

namespace regimen::cli {

// Runs `regimen` with these arguments and returns its exit status.
int run(int argc, char** argv);

}  // namespace regimen::cli

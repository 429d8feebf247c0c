// What every libFuzzer target that compiles a routine shares: which inputs
// it refuses, where the routine is said to live, and a workspace that is
// renewed now and then. docs/fuzzing.md describes the targets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "driver/workspace.h"

namespace regimen::fuzz {

// The input is compiled as if it lived in a folder that does not exist, so a
// relative `import "..."` can reach no real file, not even through `..`.
inline constexpr const char* kInputPath = "/nonexistent-regimen-fuzz/input.regimen";

// The fuzzer's bytes as a routine's text, or nullopt for an input the target
// must skip (and return -1 for, which keeps it out of the corpus): one that
// names an absolute path in a string, which `import` would read from the
// fuzzing machine itself.
std::optional<std::string> routine_text(const std::uint8_t* data, std::size_t size);

// The workspace for the next input, with the built-in library: call it once
// per input. Each compile adds its text to the workspace's sources, so one
// kept for the whole run would grow without end; a fresh one every so many
// inputs keeps memory flat while loading the library only rarely.
Workspace& workspace_for_input();

// Compiles `text` as the routine at kInputPath.
Compilation compile(Workspace& workspace, std::string text);

// The way into a back end, as `regimen build` takes it: compiles the input
// and, when it compiled without errors, hands it to `backend`. Returns what
// LLVMFuzzerTestOneInput returns: -1 for an input that is skipped, else 0.
int with_checked_routine(const std::uint8_t* data, std::size_t size,
                         const std::function<void(const Compilation&)>& backend);

// Prints what went wrong (and the diagnostics that show it) to stderr, then
// traps, so that libFuzzer reports the input as a crash and saves it.
[[noreturn]] void fail(const std::string& what);
[[noreturn]] void fail(const std::string& what, const Diagnostics& diagnostics, const SourceSet& sources);

}  // namespace regimen::fuzz

// The front-end benchmark: how fast each stage (lexer, parser, checker, JSON
// emitter) goes over a folder of routine files. bench/run.sh runs it on a
// generated corpus; docs/performance.md explains the figures.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "bench_stats.h"
#include "driver/workspace.h"
#include "emit/json/program_json.h"
#include "parse/parser.h"

namespace fs = std::filesystem;
using regimen::bench::StageSummary;

namespace {

struct RoutineFile {
  std::string path;
  std::string text;
};

struct Options {
  std::vector<std::string> inputs;
  int repeat = 3;
  bool json = false;
};

const char* const kUsage =
    "usage: regimen_bench [--repeat N] [--json] CORPUS_DIR_OR_FILE...\n"
    "  Times the lexer, lexer+parser, full check, and check+JSON emit over every\n"
    "  *.regimen file of each folder (not its subfolders), then the check of each\n"
    "  file with a syntax error added at its end (the LL fallback). Each file's\n"
    "  time is its best over N passes (default 3).\n";

bool parse_args(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--json") {
      options.json = true;
    } else if (arg == "--repeat" && i + 1 < argc) {
      options.repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      std::exit(0);
    } else if (!arg.empty() && arg[0] == '-') {
      std::cerr << "regimen_bench: unknown option " << arg << "\n" << kUsage;
      return false;
    } else {
      options.inputs.push_back(arg);
    }
  }
  if (options.inputs.empty()) std::cerr << kUsage;
  return !options.inputs.empty();
}

std::vector<RoutineFile> read_corpus(const std::vector<std::string>& inputs) {
  std::vector<fs::path> paths;
  for (const auto& input : inputs) {
    if (fs::is_directory(input)) {
      for (const auto& entry : fs::directory_iterator(input)) {
        if (entry.is_regular_file() && entry.path().extension() == ".regimen") paths.push_back(entry.path());
      }
    } else {
      paths.emplace_back(input);
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<RoutineFile> files;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "regimen_bench: cannot read " << path.string() << "\n";
      std::exit(2);
    }
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back(RoutineFile{path.string(), text.str()});
  }
  return files;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Runs `stage` on every file `repeat` times and keeps each file's best time:
// the best is the least disturbed by the rest of the machine.
std::vector<double> time_stage(const std::vector<RoutineFile>& files, int repeat,
                               const std::function<void(const RoutineFile&)>& stage) {
  std::vector<double> best(files.size(), 1e30);
  for (int pass = 0; pass < repeat; ++pass) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      auto start = std::chrono::steady_clock::now();
      stage(files[i]);
      best[i] = std::min(best[i], seconds_since(start));
    }
  }
  return best;
}

void print_table(const std::vector<StageSummary>& stages, const std::vector<RoutineFile>& files, double bytes,
                 int repeat, double library_seconds) {
  fmt::print("corpus: {} files, {:.2f} MB; each file's time is its best of {} passes\n", files.size(), bytes / 1e6,
             repeat);
  fmt::print("library load (Workspace, once): {:.2f} ms\n\n", library_seconds * 1e3);
  fmt::print("{:<18} {:>9} {:>10} {:>12} {:>10} {:>10}\n", "stage", "MB/s", "total ms", "median us", "p90 us",
             "max us");
  for (const auto& s : stages) {
    fmt::print("{:<18} {:>9.2f} {:>10.1f} {:>12.1f} {:>10.1f} {:>10.1f}\n", s.stage, s.megabytes_per_second(),
               s.total_seconds * 1e3, s.median_seconds * 1e6, s.p90_seconds * 1e6, s.max_seconds * 1e6);
  }
}

void print_json(const std::vector<StageSummary>& stages, const std::vector<RoutineFile>& files, double bytes,
                int repeat, double library_seconds, std::size_t rejected, std::size_t failed) {
  nlohmann::json out;
  out["files"] = files.size();
  out["bytes"] = static_cast<std::uint64_t>(bytes);
  out["repeat"] = repeat;
  out["library_load_ms"] = library_seconds * 1e3;
  out["parse_rejected"] = rejected;
  out["check_failed"] = failed;
  for (const auto& s : stages) {
    out["stages"].push_back({{"stage", s.stage},
                             {"mb_per_s", s.megabytes_per_second()},
                             {"total_ms", s.total_seconds * 1e3},
                             {"median_us", s.median_seconds * 1e6},
                             {"p90_us", s.p90_seconds * 1e6},
                             {"max_us", s.max_seconds * 1e6}});
  }
  std::cout << out.dump(2) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_args(argc, argv, options)) return 2;
  std::vector<RoutineFile> files = read_corpus(options.inputs);
  if (files.empty()) {
    std::cerr << "regimen_bench: no .regimen files found\n";
    return 2;
  }
  double bytes = 0;
  for (const auto& f : files) bytes += static_cast<double>(f.text.size());

  // Results feed this sink so that no stage can be optimised away.
  std::size_t sink = 0;
  std::size_t rejected = 0;
  std::size_t failed = 0;
  std::vector<StageSummary> stages;

  // "lex" and "lex+parse" are ANTLR alone, the generated lexer and parser:
  // the yardstick of the goals. "own lex" and "own lex+parse" are the same
  // with Regimen's lexer, as `check` runs them.
  using regimen::LexerKind;
  for (auto [name, kind] : {std::pair{"lex", LexerKind::generated}, std::pair{"own lex", LexerKind::own}}) {
    stages.push_back(regimen::bench::summarize(
        name, time_stage(files, options.repeat, [&](const RoutineFile& f) { sink += regimen::lex_only(f.text, kind); }),
        bytes));
  }
  for (auto [name, kind] :
       {std::pair{"lex+parse", LexerKind::generated}, std::pair{"own lex+parse", LexerKind::own}}) {
    stages.push_back(regimen::bench::summarize(name, time_stage(files, options.repeat, [&](const RoutineFile& f) {
                                                 sink += regimen::parse_tree_only(f.text, kind) ? 1 : 0;
                                               }),
                                               bytes));
  }
  for (const auto& f : files) rejected += regimen::parse_tree_only(f.text) ? 0 : 1;

  // The library is loaded once, as `regimen check a b c` does; only compile()
  // is timed per file. The load is timed on its own, best of the repeats too.
  double library_seconds = 1e30;
  for (int pass = 0; pass < options.repeat; ++pass) {
    auto load_start = std::chrono::steady_clock::now();
    regimen::Workspace loaded(regimen::WorkspaceOptions{});
    library_seconds = std::min(library_seconds, seconds_since(load_start));
  }
  regimen::Workspace workspace(regimen::WorkspaceOptions{});
  const regimen::CheckOptions check_options;

  enum class Work { Check, CheckAndEmit, SyntaxErrorAtEnd };
  auto time_compile = [&](Work work) {
    std::vector<double> best(files.size(), 1e30);
    for (int pass = 0; pass < options.repeat; ++pass) {
      for (std::size_t i = 0; i < files.size(); ++i) {
        // compile() takes the text by value; making that copy is not the compiler's cost.
        std::string text = files[i].text;
        // A stray `)` after the last line: the fast SLL parse reads the whole
        // file, fails on it, and the file is parsed again in LL mode.
        if (work == Work::SyntaxErrorAtEnd) text += "\n)\n";
        auto start = std::chrono::steady_clock::now();
        auto compilation = workspace.compile(files[i].path, std::move(text), check_options);
        if (work == Work::CheckAndEmit && compilation.ok()) {
          sink += regimen::emit_json(*compilation.program, workspace.sources(), compilation.root).size();
        }
        sink += compilation.diagnostics.all().size();
        best[i] = std::min(best[i], seconds_since(start));
        if (pass == 0 && work == Work::Check && !compilation.ok()) ++failed;
      }
    }
    return best;
  };
  stages.push_back(regimen::bench::summarize("check", time_compile(Work::Check), bytes));
  stages.push_back(regimen::bench::summarize("check+emit json", time_compile(Work::CheckAndEmit), bytes));
  stages.push_back(regimen::bench::summarize("syntax error (LL)", time_compile(Work::SyntaxErrorAtEnd), bytes));

  if (options.json) {
    print_json(stages, files, bytes, options.repeat, library_seconds, rejected, failed);
  } else {
    print_table(stages, files, bytes, options.repeat, library_seconds);
    if (rejected + failed > 0) {
      fmt::print("\nnote: {} files rejected by the parser, {} with check errors; their times are not comparable\n",
                 rejected, failed);
    }
  }
  if (sink == 0) std::cerr << "regimen_bench: nothing was measured\n";
  return rejected + failed > 0 ? 1 : 0;
}

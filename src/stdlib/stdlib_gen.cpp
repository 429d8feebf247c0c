// Compiles stdlib/*.regimen into C++ data at build time:
//   regimen_stdlib_gen OUT_DIR
// parses and checks the embedded modules (compile_stdlib.h), and
// fails (printing the diagnostics) if the library has any problem, so that a
// broken library fails the build rather than every command. It then writes
// builtin_library.cpp and a builtin_module_N.cpp for each of the N modules,
// which replay the checked library's words, exercises and modules into a
// Library, in the order checking added them.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "diag/render_text.h"
#include "stdlib/compile_stdlib.h"
#include "stdlib/cpp_literals.h"

namespace {

using namespace regimen;

const char* const kHeader =
    "// Generated at build time by regimen_stdlib_gen from stdlib/*.regimen: do not edit.\n"
    "#include <limits>\n"
    "#include <optional>\n"
    "#include <string>\n\n"
    "#include \"stdlib/builtin.h\"\n\n";

// builtin_module_N.cpp: the exercises of the Nth module, in the order
// checking added them. A file for each keeps each one, and the compiler's
// work on it, a manageable size, and lets them compile side by side.
std::string module_source(std::size_t n, const Library& library, const std::vector<std::string>& ids) {
  std::string out = kHeader;
  out += fmt::format(
      "namespace regimen::builtin {{\n\nvoid add_module_{0}(Library& library);\n\n"
      "void add_module_{0}([[maybe_unused]] Library& library) {{\n",  // a module may define only words
      n);
  for (const auto& id : ids) {
    out += "  library.add(";
    stdlib_gen::write(out, *library.by_id(id));
    out += ");\n";
  }
  return out + "}\n\n}  // namespace regimen::builtin\n";
}

// builtin_library.cpp: the words of the vocabularies, then each module.
std::string library_source(const Library& library) {
  std::string out = kHeader;
  out += "namespace regimen {\n\nnamespace builtin {\n";
  for (std::size_t n = 0; n < library.modules().size(); ++n) out += fmt::format("void add_module_{}(Library& library);\n", n);
  out += "}  // namespace builtin\n\nvoid add_builtin_library(Library& library) {\n";
  for (VocabularyKind kind : all_values<VocabularyKind>()) {
    for (const VocabularyWord* word : library.vocabulary().words(kind)) {
      out += "  library.add_word(";
      stdlib_gen::write(out, *word);
      out += ");\n";
    }
  }
  std::size_t n = 0;
  for (const auto& [module, ids] : library.modules()) {
    out += fmt::format("  builtin::add_module_{}(library);\n  library.add_module({});\n", n++,
                       stdlib_gen::string_literal(module));
  }
  return out + "}\n\n}  // namespace regimen\n";
}

bool write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << text;
  if (!file) std::cerr << "regimen_stdlib_gen: cannot write " << path.string() << "\n";
  return static_cast<bool>(file);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: regimen_stdlib_gen OUT_DIR\n";
    return 2;
  }
  SourceSet sources;
  Diagnostics diagnostics;
  Library library = compile_stdlib(sources, diagnostics);
  if (!diagnostics.all().empty()) {
    diagnostics.sort();
    std::cerr << render_text(diagnostics, sources) << "regimen_stdlib_gen: stdlib/ must check without a diagnostic\n";
    return 1;
  }
  // The program carries the library's texts but no other file: a picture
  // named there would be missing wherever the program is installed. The
  // built-in exercises get drawn figures instead.
  for (const auto& [id, exercise] : library.exercises()) {
    if (!exercise.images.empty()) {
      std::cerr << "regimen_stdlib_gen: exercise `" << id << "` has an `image`; the built-in library may not name files\n";
      return 1;
    }
  }
  std::filesystem::path out_dir = argv[1];
  std::filesystem::create_directories(out_dir);
  if (!write_file(out_dir / "builtin_library.cpp", library_source(library))) return 2;
  std::size_t n = 0;
  for (const auto& [module, ids] : library.modules()) {
    if (!write_file(out_dir / fmt::format("builtin_module_{}.cpp", n), module_source(n, library, ids))) return 2;
    ++n;
  }
  return 0;
}

// L06xx: the file as text: imports and definitions that nothing uses, and
// one exercise written two ways. These read every `when` branch, not only
// the chosen one, since they are about what is written.
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <set>

#include "base/names.h"
#include "lint/rules/rule_checks.h"
#include "lint/rules/rule_support.h"

namespace regimen::lint::checks {
namespace {

// The exercises the file uses: on its lines, as their variants, and as the
// variants of the file's own definitions that are used.
std::set<std::string> used_exercises(const LintInput& input) {
  std::set<std::string> used;
  auto use = [&](std::string_view name) {
    if (const Exercise* e = input.library.find(name)) used.insert(e->id);
  };
  for (const auto* line : support::all_lines(input.ast)) {
    use(line->exercise.text);
    for (const auto& v : line->variants) use(v.target.text);
  }
  std::set<std::string> own;
  for (const auto& def : input.ast.definitions) {
    if (const Exercise* e = input.library.find(def.id.text)) own.insert(e->id);
  }
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& id : own) {
      if (!used.count(id)) continue;
      for (const auto& v : input.library.by_id(id)->variants) {
        if (!v.target.empty() && used.insert(v.target).second) grew = true;
      }
    }
  }
  return used;
}

// Deletes an import: its whole line when nothing else is on it, so that no
// blank line is left; otherwise the statement alone, with its `;`, keeping
// any comment after it.
FixIt delete_statement(const LintInput& input, Span span) {
  std::string_view text = input.sources.file(input.file).text();
  std::size_t start = span.begin;
  while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) --start;
  std::size_t end = span.end;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t' || text[end] == '\r')) ++end;
  bool line_begins = start == 0 || text[start - 1] == '\n';
  if (line_begins && (end == text.size() || text[end] == '\n')) {
    if (end < text.size()) ++end;
    return FixIt{Span{input.file, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)}, ""};
  }
  if (line_begins && end < text.size() && text[end] == '#') {
    // A comment after the import stays, where the import began.
    return FixIt{Span{input.file, span.begin, static_cast<std::uint32_t>(end)}, ""};
  }
  if (end < text.size() && text[end] == ';') {
    ++end;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
    return FixIt{Span{input.file, span.begin, static_cast<std::uint32_t>(end)}, ""};
  }
  return FixIt{span, ""};
}

enum class HoldUnit { None, Seconds, Breaths };

HoldUnit hold_unit(const ast::Hold& hold) {
  const ast::Amount* amount = hold.dose ? &hold.dose->start : hold.form == ast::Hold::Form::AtLeast && hold.bound ? &*hold.bound : nullptr;
  if (!amount) return HoldUnit::None;
  const auto& unit = amount->low_unit ? amount->low_unit : amount->high_unit;
  if (!unit) return HoldUnit::None;
  return names::lookup_key(unit->text).rfind("breath", 0) == 0 ? HoldUnit::Breaths : HoldUnit::Seconds;
}

}  // namespace

void unused_import(const LintInput& input, std::vector<Finding>& out) {
  auto used = used_exercises(input);
  std::set<std::string> used_modules;
  for (const auto& id : used) used_modules.insert(input.library.by_id(id)->module);
  for (const auto& import : input.ast.imports) {
    std::string module = import.target.text;
    if (import.is_path) {
      module = std::filesystem::path(import.target.text).stem().string();
    } else if (!input.library.has_module(module)) {
      continue;  // the compiler reports an unknown module
    }
    if (used_modules.count(module)) continue;
    Finding f;
    f.span = import.span;
    f.message = import.is_path ? fmt::format("nothing from `{}` is used", import.target.text)
                               : fmt::format("nothing from the module `{}` is used", module);
    f.help.push_back("remove this import");
    f.fixes.push_back(delete_statement(input, import.span));
    out.push_back(std::move(f));
  }
}

void unused_definition(const LintInput& input, std::vector<Finding>& out) {
  auto used = used_exercises(input);
  for (const auto& def : input.ast.definitions) {
    const Exercise* e = input.library.find(def.id.text);
    if (!e || used.count(e->id)) continue;
    Finding f;
    f.span = def.id.span;
    f.message = fmt::format("`{}` is defined but never used", def.id.text);
    f.help.push_back("use it in the routine, or remove the definition");
    out.push_back(std::move(f));
  }
}

void mixed_hold_units(const LintInput& input, std::vector<Finding>& out) {
  std::map<std::string, std::pair<HoldUnit, Span>> first;
  std::set<std::string> reported;
  for (const auto* line : support::all_lines(input.ast)) {
    const Exercise* e = input.library.find(line->exercise.text);
    const ast::Hold* hold = support::written_hold(*line);
    if (!e || !hold) continue;
    HoldUnit unit = hold_unit(*hold);
    if (unit == HoldUnit::None) continue;
    auto [it, fresh] = first.emplace(e->id, std::pair{unit, hold->span});
    if (fresh || it->second.first == unit || !reported.insert(e->id).second) continue;
    bool breaths = unit == HoldUnit::Breaths;
    Finding f;
    f.span = hold->span;
    f.message = fmt::format("`{}` is held for {} here but for {} elsewhere", e->id, breaths ? "breaths" : "seconds",
                            breaths ? "seconds" : "breaths");
    f.notes.push_back(Note{fmt::format("held for {} here", breaths ? "seconds" : "breaths"), it->second.second});
    f.help.push_back("dose the hold one way throughout, so the patient counts it the same way every time");
    out.push_back(std::move(f));
  }
}

void exercise_under_two_names(const LintInput& input, std::vector<Finding>& out) {
  std::map<std::string, const ast::Name*> first;
  for (const auto* line : support::all_lines(input.ast)) {
    const Exercise* e = input.library.find(line->exercise.text);
    if (!e) continue;
    auto [it, fresh] = first.emplace(e->id, &line->exercise);
    if (fresh || names::lookup_key(it->second->text) == names::lookup_key(line->exercise.text)) continue;
    std::string earlier(support::text_of(input, it->second->span));
    Finding f;
    f.span = line->exercise.span;
    f.message = fmt::format("`{}` is the same exercise as `{}`, under another name", names::shorten(line->exercise.text),
                            names::shorten(it->second->text));
    f.notes.push_back(Note{"first written here", it->second->span});
    f.help.push_back(fmt::format("call it `{}` everywhere, so the patient does not take it for two exercises",
                                 names::shorten(it->second->text)));
    f.fixes.push_back(FixIt{line->exercise.span, earlier});
    out.push_back(std::move(f));
  }
}

}  // namespace regimen::lint::checks

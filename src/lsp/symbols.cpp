#include "lsp/symbols.h"

#include <fmt/format.h>

#include "lsp/text_positions.h"

namespace regimen::lsp {
namespace {

using nlohmann::json;

// The protocol's SymbolKind values.
enum SymbolKind : int {
  kModule = 2,
  kNamespace = 3,
  kPackage = 4,
  kClass = 5,
  kFunction = 12,
  kVariable = 13,
  kEnumMember = 22,
  kEvent = 24,
};

json range_of(std::string_view text, Span span) {
  Position from = position_of(text, span.begin), to = position_of(text, span.end);
  return {{"start", {{"line", from.line}, {"character", from.character}}},
          {"end", {{"line", to.line}, {"character", to.character}}}};
}

// The line of a span's start, its words alone: what an exercise line says
// after its name, for the outline's detail.
std::string rest_of_line(std::string_view text, Span span, Span name) {
  std::size_t end = std::min<std::size_t>(span.end, text.size());
  std::size_t stop = text.find_first_of("\n\r{#", name.end);
  if (stop != std::string_view::npos) end = std::min(end, stop);
  std::string_view rest = name.end <= end ? text.substr(name.end, end - name.end) : std::string_view();
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == ';')) rest.remove_prefix(1);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == ';')) rest.remove_suffix(1);
  return std::string(rest);
}

json symbol(std::string name, int kind, std::string_view text, Span range, Span selection, std::string detail = {}) {
  if (name.empty()) name = "(untitled)";
  // The selection must lie inside the range.
  if (!selection.valid() || selection.begin < range.begin || selection.end > range.end) {
    selection = Span{range.file, range.begin, range.begin};
  }
  json out = {{"name", std::move(name)},
              {"kind", kind},
              {"range", range_of(text, range)},
              {"selectionRange", range_of(text, selection)},
              {"children", json::array()}};
  if (!detail.empty()) out["detail"] = std::move(detail);
  return out;
}

json statements(const std::vector<ast::Statement>& body, std::string_view text);

json block(std::string name, int kind, std::string_view text, Span span, Span title,
           const std::vector<ast::Statement>& body, std::string detail = {}) {
  json out = symbol(std::move(name), kind, text, span, title, std::move(detail));
  out["children"] = statements(body, text);
  return out;
}

void add_statement(json& out, const ast::Statement& statement, std::string_view text) {
  std::visit(
      [&](const auto& s) {
        using T = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<T, ast::Prescription>) {
          out.push_back(symbol(s.exercise.text, kFunction, text, s.span, s.exercise.span,
                               rest_of_line(text, s.span, s.exercise.span)));
        } else if constexpr (std::is_same_v<T, ast::Section>) {
          out.push_back(block(s.title, kNamespace, text, s.span, {}, s.body, "section"));
        } else if constexpr (std::is_same_v<T, ast::Circuit>) {
          out.push_back(block(s.title.empty() ? "circuit" : s.title, kNamespace, text, s.span, {}, s.body, "circuit"));
        } else if constexpr (std::is_same_v<T, ast::Phase>) {
          std::string unit = s.unit == TimeUnit::Weeks ? "weeks" : "days";
          out.push_back(block(fmt::format("{} {}-{}", unit, s.first.value, s.last.value), kNamespace, text, s.span, {},
                              s.body));
        } else if constexpr (std::is_same_v<T, ast::Session>) {
          out.push_back(block(s.title, kEvent, text, s.span, s.title_span, s.body, "session"));
        } else if constexpr (std::is_same_v<T, ast::Stage>) {
          out.push_back(block(s.title, kPackage, text, s.span, s.title_span, s.body, "stage"));
        } else if constexpr (std::is_same_v<T, ast::When>) {
          out.push_back(block(fmt::format("when {} = {}", s.param.text, s.value.text), kNamespace, text, s.span, {},
                              s.body));
        } else if constexpr (std::is_same_v<T, ast::Invalid>) {
          for (const auto& inner : s.body) add_statement(out, inner, text);
        } else {
          // Facts (`title`, `note`, ...) and misplaced statements: not in the outline.
        }
      },
      statement.node);
}

json statements(const std::vector<ast::Statement>& body, std::string_view text) {
  json out = json::array();
  for (const auto& statement : body) add_statement(out, statement, text);
  return out;
}

}  // namespace

json document_symbols(const ast::File& file, std::string_view text) {
  json out = json::array();
  for (const auto& def : file.definitions) {
    out.push_back(symbol(def.id.text, kClass, text, def.span, def.id.span, def.display ? def.display->text : ""));
  }
  for (const auto& word : file.vocabulary) {
    out.push_back(symbol(word.id.text, kEnumMember, text, word.span, word.id.span, word.display ? word.display->text : ""));
  }
  for (const auto& param : file.params) out.push_back(symbol(param.name.text, kVariable, text, param.span, param.name.span, "param"));
  if (file.routine_span.valid()) {
    // The routine holds the rest of the file's statements.
    Span whole{file.file, file.routine_span.begin, static_cast<std::uint32_t>(text.size())};
    out.push_back(block(file.routine_title ? file.routine_title->text : "routine", kModule, text, whole,
                        file.routine_span, file.body, "routine"));
  } else {
    for (auto& child : statements(file.body, text)) out.push_back(std::move(child));
  }
  return out;
}

}  // namespace regimen::lsp

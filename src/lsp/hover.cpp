#include "lsp/hover.h"

#include <fmt/format.h>

#include "lsp/text_positions.h"
#include "schedule/dose_words.h"
#include "schedule/session_time.h"
#include "schedule/sessions.h"
#include "vocab/kinds.h"

namespace regimen::lsp {
namespace {

// The innermost exercise line whose span holds `offset`.
const program::Item* item_at(const std::vector<program::Node>& body, FileId file, std::size_t offset) {
  for (const auto& node : body) {
    const program::Item* found = std::visit(
        [&](const auto& n) -> const program::Item* {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, program::Item>) {
            bool inside = n.span.file == file && n.span.begin <= offset && offset <= n.span.end;
            return inside ? &n : nullptr;
          } else {
            return item_at(n.body, file, offset);
          }
        },
        node);
    if (found != nullptr) return found;
  }
  return nullptr;
}

std::string exercise_markdown(const Exercise& exercise) {
  std::string out = fmt::format("**{}** (`{}`): {}, {}", exercise.name, exercise.id, to_string(exercise.kind),
                                to_string(exercise.level));
  if (!exercise.equipment.empty()) out += fmt::format("\n\nEquipment: {}", fmt::join(exercise.equipment, ", "));
  for (std::size_t i = 0; i < exercise.steps.size(); ++i) out += fmt::format("\n\n{}. {}", i + 1, exercise.steps[i]);
  return out;
}

// The session a line is in, and how long it takes, as the handout says it:
// "Each session: About 10 to 12 minutes", or with the session's name when
// the routine has several.
std::optional<std::string> session_words(const program::Program& program, const program::Item& item) {
  std::vector<schedule::Session> split = schedule::sessions(program);
  for (const auto& session : split) {
    const program::Item* same = item_at(session.program.body, item.span.file, item.span.begin);
    if (same == nullptr || same->span.begin != item.span.begin || same->span.end != item.span.end) continue;
    auto time = schedule::session_time_words(program, session.program);
    if (!time) return std::nullopt;
    if (schedule::single_session(split)) return fmt::format("Each session: {}", *time);
    return fmt::format("Its session, {}: {}", schedule::session_label(session.origin, session.title), *time);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> hover_text(const Compilation& compilation, const Library& library, std::string_view text,
                                      std::size_t offset) {
  std::string word = word_at(text, offset);
  const Exercise* named = word.empty() ? nullptr : library.find(word);
  if (compilation.program) {
    const program::Item* item = item_at(compilation.program->body, compilation.root, offset);
    // Over another exercise on the line (a variant, an alternation): that one.
    if (item != nullptr && named != nullptr && named->id != item->exercise_id) item = nullptr;
    if (item != nullptr) {
      const Exercise* exercise = library.by_id(item->exercise_id);
      // The line's dose as the handout says it, on its first day, and on its
      // last when the dose progresses.
      int first = item->days ? item->days->first : 1;
      int last = item->days ? item->days->last : first;
      std::string dose = schedule::dose_words(*item, first);
      std::string out = exercise != nullptr ? exercise_markdown(*exercise) : fmt::format("**{}**", item->name);
      std::string said = fmt::format("The patient reads: \"{}\"", dose);
      if (std::string end = schedule::dose_words(*item, last); end != dose) {
        said = fmt::format("The patient reads, on day {}: \"{}\"; on day {}: \"{}\"", first, dose, last, end);
      }
      if (item->dose_from_library) said += " (the library's usual dose)";
      if (auto session = session_words(*compilation.program, *item)) said += fmt::format("\n\n{}", *session);
      return fmt::format("{}\n\n---\n\n{}", said, out);
    }
  }
  if (named != nullptr) return exercise_markdown(*named);
  return std::nullopt;
}

}  // namespace regimen::lsp

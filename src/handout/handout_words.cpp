#include "handout/handout_words.h"

#include <fmt/format.h>

#include "base/words.h"
#include "schedule/dose_extras.h"

namespace regimen::handout {
namespace {

using words::capitalised;
}  // namespace

std::string humanise(const std::string& word, bool capital) {
  std::string out = words::spaced(word);
  return capital ? capitalised(out) : out;
}

namespace {

std::string_view position_words(figure::Position position, figure::View view) {
  switch (position) {
    case figure::Position::Standing: return "standing";
    case figure::Position::Seated: return "sitting on a chair";
    case figure::Position::LongSitting: return "sitting on the floor, legs out in front";
    case figure::Position::Quadruped: return "on hands and knees";
    case figure::Position::Supine: return "lying on the back";
    case figure::Position::Prone: return "lying face down";
    case figure::Position::SideLying: return "lying on the side";
    case figure::Position::Kneeling: return "kneeling";
    case figure::Position::HalfKneeling: return "kneeling on one knee";
    case figure::Position::Plank: return figure::across(view) ? "in a side plank" : "in a plank";
    case figure::Position::Hand: return "the hand and forearm, close up";
    case figure::Position::Foot: return "the foot, close up";
  }
  return "";
}

}  // namespace

std::string figure_alt(const regimen::Exercise& exercise, const figure::Spec& figure) {
  const figure::Position start = figure.start.position.value_or(figure::Position::Standing);
  std::string out = "Drawing of " + exercise.name + ": " + std::string(position_words(start, figure.view));
  if (!figure.end) return out;
  const figure::Position end = figure.end->position.value_or(start);
  if (end != start) return out + " to " + std::string(position_words(end, figure.view));
  return out + ", the start and the end of the movement";
}

}  // namespace regimen::handout

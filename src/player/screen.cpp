#include "player/screen.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "base/utf8.h"
#include "player/big_digits.h"
#include "player/step_text.h"

namespace regimen::player {
namespace {

using schedule::Interval;
using Kind = Interval::Kind;

constexpr int kMargin = 2;
constexpr int kMaxContent = 78;
// Below this the big figures and blank lines do not fit; one compact layout.
constexpr int kRoomyHeight = 22, kRoomyWidth = 44;

// SGR sequences; empty when colour is off so the text stays the same.
struct Paint {
  bool on;
  std::string operator()(std::string_view sgr, const std::string& text) const {
    if (!on || text.empty()) return text;
    return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
  }
};

// Cut to `width` characters, with an ellipsis when something was cut.
std::string fit(const std::string& text, std::size_t width) {
  if (utf8::count_chars(text) <= width) return text;
  std::string out;
  std::size_t chars = 0, i = 0;
  while (i < text.size() && chars + 1 < width) {
    std::size_t n = std::max<std::size_t>(1, utf8::sequence_length(text, i));
    out.append(text, i, n);
    i += n;
    ++chars;
  }
  return width == 0 ? "" : out + "…";
}

std::string spaces(std::size_t n) { return std::string(n, ' '); }
std::string spaces(int n) { return std::string(static_cast<std::size_t>(std::max(n, 0)), ' '); }

// The colour of a step's cue and figures: work, rest, change of side, moving on.
std::string_view kind_colour(Kind kind) {
  switch (kind) {
    case Kind::Work: return "1;32";
    case Kind::Rest:
    case Kind::RoundRest: return "1;36";
    case Kind::SwitchSide: return "1;33";
    case Kind::GetReady:
    case Kind::Transition: return "1;35";
  }
  return "1";
}

// What to say under the cue: breathing for holds in breaths, the action for
// getting into place.
std::string step_detail(const Interval& interval, double done) {
  if (std::string breath = breath_guidance(interval, done); !breath.empty()) return breath;
  if (interval.kind == Kind::GetReady || interval.kind == Kind::Transition || interval.kind == Kind::SwitchSide) {
    std::string what = interval.what;
    if (!what.empty()) what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
    return what;
  }
  return "";
}

class Layout {
 public:
  Layout(const ScreenInput& in)
      : in_(in),
        paint_{in.color},
        content_(std::clamp(in.width - 2 * kMargin, 1, kMaxContent)),
        margin_(std::max(kMargin, (in.width - static_cast<int>(content_)) / 2)) {}

  std::vector<std::string> build() {
    const schedule::Timeline& timeline = *in_.timeline;
    const Snapshot& s = in_.snapshot;
    bool roomy = in_.height >= kRoomyHeight && in_.width >= kRoomyWidth;

    const std::string title = in_.title.empty() ? "Routine" : in_.title;
    both_ends(paint_("1", title), fmt::format("{} · {} dose", program::label_in_sentence(timeline.period), schedule::to_string(timeline.dose)), title);
    text(paint_("2", rule()));
    body_start_ = lines_.size();

    if (!s.current) {
      text(paint_("1;32", s.state == ClockState::Finished ? "Session complete" : "Stopped"));
      return finish();
    }
    const Interval& step = timeline.intervals[*s.current];
    double done = step.duration - s.left;
    text(paint_("2", step.section));
    both_ends(paint_("1", step_name(step)), step_place(step, " · "), step_name(step));
    if (roomy) blank();
    text(paint_(kind_colour(step.kind), "▶ " + step.cue));
    text(paint_("3", step_detail(step, done)));
    if (roomy) blank();

    std::string figures = countdown(s.left);
    if (roomy) {
      std::size_t indent = content_ > big_digits_width(figures) ? (content_ - big_digits_width(figures)) / 2 : 0;
      for (const auto& row : big_digits(figures)) text(spaces(indent) + paint_(kind_colour(step.kind), row), spaces(indent) + row);
      blank();
    } else {
      text(paint_(kind_colour(step.kind), figures));
    }

    // Room beside the bar for its percentage and the longest times: "  50%",
    // then "   1:05:00 of ~1:30:00".
    int bar = std::clamp(static_cast<int>(content_) - 40, 8, 50);
    // A length that rests on an estimate (an open dose, `as advised`) is
    // shown as one, as the schedule shows it: the patient goes by the
    // prescription, not by the timer.
    auto length = [](double seconds, bool estimated) { return (estimated ? "~" : "") + schedule::clock(seconds); };
    text(fmt::format("Step     {}   {} left of {}", progress_bar(s.interval_progress, bar), schedule::clock(std::ceil(s.left - 1e-9)),
                     length(step.duration, step.estimated)));
    text(fmt::format("Session  {}   {} of {}", progress_bar(s.session_progress, bar), schedule::clock(s.elapsed),
                     length(timeline.total_seconds, timeline.estimated)));
    if (roomy) blank();
    text(next_phrase(timeline, s.next));
    return finish();
  }

 private:
  // The step sits in the middle of the screen; the pause notice and the
  // keys stay at the bottom.
  std::vector<std::string> finish() {
    bool paused = in_.snapshot.state == ClockState::Paused;
    std::string keys = paused ? "space resume · n skip · q quit" : "space pause · n skip · q quit";
    int footer = 2;
    int room = in_.height - static_cast<int>(lines_.size()) - footer;
    if (room > 0) {
      lines_.insert(lines_.begin() + static_cast<std::ptrdiff_t>(body_start_), static_cast<std::size_t>(room / 2), "");
      lines_.resize(lines_.size() + static_cast<std::size_t>(room - room / 2));
    }
    if (paused) {
      text(paint_("1;7", " PAUSED — press space to resume "), " PAUSED — press space to resume ");
    } else {
      blank();
    }
    text(paint_("2", keys));
    if (static_cast<int>(lines_.size()) > in_.height) lines_.resize(static_cast<std::size_t>(std::max(in_.height, 0)));
    return lines_;
  }

  std::string rule() const {
    std::string out;
    for (std::size_t i = 0; i < content_; ++i) out += "─";
    return out;
  }

  // A line that may be painted: `plain` is its text without colour codes,
  // which decides whether it fits. Painted lines that do not fit lose
  // their colour rather than be cut inside an escape sequence.
  void text(const std::string& painted, const std::string& plain) {
    if (utf8::count_chars(plain) <= content_) {
      lines_.push_back(spaces(margin_) + painted);
    } else {
      lines_.push_back(spaces(margin_) + fit(plain, content_));
    }
  }
  void text(const std::string& line) { text(line, strip(line)); }
  void blank() { lines_.emplace_back(); }

  // `left` at the margin and `right` against the content's right edge.
  void both_ends(const std::string& left, const std::string& right, const std::string& left_plain) {
    std::size_t used = utf8::count_chars(left_plain) + utf8::count_chars(right);
    if (right.empty() || used + 2 > content_) {
      text(left, left_plain);
      return;
    }
    std::string gap = spaces(content_ - used);
    text(left + gap + paint_("2", right), left_plain + gap + right);
  }

  static std::string strip(const std::string& painted) {
    std::string out;
    for (std::size_t i = 0; i < painted.size(); ++i) {
      if (painted[i] == '\x1b') {
        while (i < painted.size() && painted[i] != 'm') ++i;
        continue;
      }
      out += painted[i];
    }
    return out;
  }

  const ScreenInput& in_;
  Paint paint_;
  std::size_t content_;
  int margin_;  // centres the content on a wide screen
  std::vector<std::string> lines_;
  std::size_t body_start_ = 0;  // the first line after the title
};

}  // namespace

std::vector<std::string> frame_lines(const ScreenInput& input) { return Layout(input).build(); }

std::string progress_bar(double fraction, int width) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  int filled = static_cast<int>(fraction * width);
  // Floor, so a bar shows 100% only when the step is really over.
  int percent = static_cast<int>(fraction * 100);
  return fmt::format("[{}{}] {:3}%", std::string(static_cast<std::size_t>(filled), '#'),
                     std::string(static_cast<std::size_t>(width - filled), '.'), percent);
}

std::string countdown(double seconds_left) {
  long long s = static_cast<long long>(std::ceil(std::max(0.0, seconds_left) - 1e-9));
  if (s >= 3600) return schedule::clock(static_cast<double>(s));
  return fmt::format("{:02}:{:02}", s / 60, s % 60);
}

}  // namespace regimen::player

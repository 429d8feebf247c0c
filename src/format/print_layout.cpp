// The canonical layout, from the file's tokens: one statement a line, two
// spaces a level of braces, clauses in the documented order, one space
// between words and none where punctuation binds (`10..15`, `2/day`, `30s`),
// at most one blank line, every comment where it was.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "format/format.h"
#include "vocab/units.h"

namespace regimen {
namespace {

constexpr std::string_view kIndent = "  ";

// One line of the output.
struct Line {
  std::size_t depth = 0;
  bool continuation = false;  // a list's next line (after a `,`): one level further in
  bool blank_before = false;  // the author left a blank line before it
  std::vector<const LayoutToken*> tokens;
  std::string comment;        // at its end, or the whole line

  bool empty() const { return tokens.empty() && comment.empty(); }
  bool opens() const { return !tokens.empty() && tokens.back()->role == TokenRole::open_brace; }
  bool closes() const { return !tokens.empty() && tokens.front()->role == TokenRole::close_brace; }
};

std::string_view trim_end(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\f')) text.remove_suffix(1);
  return text;
}

// Units of measure in their short form, against their number (`30 seconds`
// and `30 sec` -> `30s`; `2kg`, `70%`): the unit's canonical spelling, so
// the program is the same. None for word units, whose number decides between
// singular and plural: they keep their spelling and a space (`1 breath`,
// `6 weeks`).
std::optional<std::string_view> short_unit(std::string_view unit) {
  static constexpr std::string_view kShort[] = {"s", "min", "h", "kg", "lb", "m", "km", "mi", "%"};
  auto known = find_unit(unit);
  if (!known || std::find(std::begin(kShort), std::end(kShort), known->canonical) == std::end(kShort)) return std::nullopt;
  return known->canonical;
}

bool space_between(const LayoutToken& a, const LayoutToken& b) {
  if (b.text == "," || b.text == ")" || b.text == "%" || b.role == TokenRole::attached) return false;
  if (a.text == "(" || b.text == ":") return false;
  if (a.text == ".." || b.text == ".." || a.text == "/" || b.text == "/") return false;
  if (a.role == TokenRole::sign || a.role == TokenRole::dash || b.role == TokenRole::dash) return false;
  if (b.role == TokenRole::unit) return !short_unit(b.text);
  if (a.text == ":" && b.role == TokenRole::number) return false;  // a time of day: `7:30`
  return true;
}

std::string_view written(const LayoutToken& token) {
  if (token.role == TokenRole::unit) return short_unit(token.text).value_or(token.text);
  return token.bare.empty() ? std::string_view(token.text) : token.bare;
}

// The clauses of an exercise line in their documented order. A line holds at
// most one run of clauses (after the exercise's name, or after `default`);
// a run is cut into its clauses, which keep their order within a group.
void order_clauses(std::vector<const LayoutToken*>& tokens) {
  for (std::size_t begin = 0; begin < tokens.size();) {
    if (tokens[begin]->clause == 0) {
      ++begin;
      continue;
    }
    std::size_t end = begin;
    while (end < tokens.size() && tokens[end]->clause != 0) ++end;
    std::vector<std::vector<const LayoutToken*>> clauses;
    for (std::size_t i = begin; i < end; ++i) {
      if (i == begin || tokens[i]->clause != tokens[i - 1]->clause) clauses.emplace_back();
      clauses.back().push_back(tokens[i]);
    }
    std::stable_sort(clauses.begin(), clauses.end(),
                     [](const auto& x, const auto& y) { return x.front()->group < y.front()->group; });
    std::size_t at = begin;
    for (const auto& clause : clauses) {
      for (const auto* token : clause) tokens[at++] = token;
    }
    begin = end;
  }
}

// Reads the tokens into lines.
class Liner {
 public:
  std::vector<Line> read(const std::vector<LayoutToken>& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].role == TokenRole::open_brace && !current_.tokens.empty()) {
        if (std::size_t end = one_line_block(tokens, i); end != 0) {
          // Kept as written, and as one statement: what follows starts a line.
          for (std::size_t j = i; j <= end; ++j) current_.tokens.push_back(&tokens[j]);
          end_pending_ = true;
          breaks_ = 0;
          i = end;
          continue;
        }
      }
      take(tokens[i]);
    }
    flush();
    return std::move(lines_);
  }

 private:
  // A block of one statement, written on the line of its header: `equipment
  // doorway "Doorway" { aliases door_frame }` stays so. The index of its
  // `}`, or 0 when the block at `open` is not one.
  static std::size_t one_line_block(const std::vector<LayoutToken>& tokens, std::size_t open) {
    for (std::size_t j = open + 1; j < tokens.size(); ++j) {
      switch (tokens[j].role) {
        case TokenRole::close_brace: return j > open + 1 ? j : 0;
        case TokenRole::open_brace:
        case TokenRole::line_break:
        case TokenRole::separator:
        case TokenRole::comment: return 0;
        default: break;
      }
    }
    return 0;
  }

  void take(const LayoutToken& token) {
    if (token.role != TokenRole::comment) raised_brace_.reset();
    switch (token.role) {
      case TokenRole::line_break:
        if (!current_.tokens.empty() && current_.tokens.back()->text == ",") continuation_ = true;
        if (!current_.empty()) {
          flush();
          end_pending_ = false;
        }
        ++breaks_;
        return;
      case TokenRole::comment:
        if (current_.tokens.empty() && raised_brace_ && lines_[*raised_brace_].comment.empty()) {
          // After a brace moved up to its header: the comment goes with it.
          lines_[*raised_brace_].comment = std::string(trim_end(token.text));
          raised_brace_.reset();
          return;
        }
        if (current_.tokens.empty()) start_line();
        current_.comment = std::string(trim_end(token.text));
        return;
      case TokenRole::separator:
        end_pending_ = true;
        return;
      case TokenRole::open_brace:
        if (current_.tokens.empty()) {
          attach_brace(token);
        } else {
          current_.tokens.push_back(&token);
          ++depth_;
        }
        end_pending_ = true;
        breaks_ = 0;
        return;
      case TokenRole::close_brace:
        flush();
        if (depth_ > 0) --depth_;
        breaks_ = 0;
        start_line();
        current_.tokens.push_back(&token);
        end_pending_ = true;
        return;
      default:
        if (end_pending_) flush();
        if (current_.tokens.empty() && current_.comment.empty()) start_line();
        current_.tokens.push_back(&token);
        breaks_ = 0;
        return;
    }
  }

  void start_line() {
    if (!current_.empty()) flush();
    current_ = Line{};
    current_.depth = depth_;
    current_.continuation = continuation_;
    current_.blank_before = breaks_ >= 2 && !continuation_;
    continuation_ = false;
    end_pending_ = false;
    breaks_ = 0;
  }

  void flush() {
    if (!current_.empty()) lines_.push_back(std::move(current_));
    current_ = Line{};
    current_.depth = depth_;
    end_pending_ = false;
  }

  // A `{` on a line of its own (the grammar allows line breaks before it)
  // goes up to the end of the header it opens. Comments between the two
  // then stand at the start of the block.
  void attach_brace(const LayoutToken& brace) {
    if (!current_.empty()) flush();
    auto header = std::find_if(lines_.rbegin(), lines_.rend(), [](const Line& l) { return !l.tokens.empty(); });
    ++depth_;
    if (header == lines_.rend()) {  // cannot happen in a file that parsed; kept whole all the same
      start_line();
      current_.tokens.push_back(&brace);
      return;
    }
    header->tokens.push_back(&brace);
    raised_brace_ = static_cast<std::size_t>(lines_.rend() - header - 1);
    for (auto line = lines_.rbegin(); line != header; ++line) {
      line->depth = depth_;
      line->blank_before = false;
    }
    current_ = Line{};
    current_.depth = depth_;
  }

  std::vector<Line> lines_;
  Line current_;
  std::size_t depth_ = 0;
  std::size_t breaks_ = 0;      // line breaks since the last token
  bool end_pending_ = false;    // the statement has ended: what follows, but a comment, starts a line
  bool continuation_ = false;   // the next line continues a list
  std::optional<std::size_t> raised_brace_;  // the line a `{` just moved up to
};

}  // namespace

std::string print_layout(const std::vector<LayoutToken>& tokens) {
  std::vector<Line> lines = Liner().read(tokens);
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (line.blank_before && i > 0 && !lines[i - 1].opens() && !line.closes()) out += '\n';
    for (std::size_t d = 0; d < line.depth + (line.continuation ? 1 : 0); ++d) out += kIndent;
    order_clauses(line.tokens);
    for (std::size_t t = 0; t < line.tokens.size(); ++t) {
      if (t > 0 && space_between(*line.tokens[t - 1], *line.tokens[t])) out += ' ';
      out += written(*line.tokens[t]);
    }
    if (!line.comment.empty()) {
      if (!line.tokens.empty()) out += ' ';
      out += line.comment;
    }
    out += '\n';
  }
  return out;
}

std::optional<std::string> format_file(const SourceSet& sources, FileId file, Diagnostics& diagnostics) {
  auto tokens = layout(sources, file, diagnostics);
  if (!tokens) return std::nullopt;
  return print_layout(*tokens);
}

}  // namespace regimen

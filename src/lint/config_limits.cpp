#include "lint/config_limits.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace regimen::lint {
namespace {

// TOML's bare keys are ASCII; bytes past it are counted as key text too, so
// that a parser that accepts Unicode keys is bounded all the same.
bool is_bare_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// An open list or inline table, and the depth of the value it is.
struct Container {
  bool is_table;
  std::size_t depth;
};

// Follows the text as TOML reads it, just far enough to know where keys
// stand and how deep each value sits: a key's parts, table headers, and the
// lists and inline tables open around it. Malformed text is not judged here;
// toml++ reports it, and this scan only has to agree with toml++ up to
// toml++'s first error, since toml++ builds nothing past it.
class LimitScanner {
 public:
  explicit LimitScanner(std::string_view text) : text_(text) {}

  std::optional<ConfigLimitBreak> run() {
    while (i_ < text_.size() && !found_) {
      char c = text_[i_];
      if (c == ' ' || c == '\t' || c == '\r') {
        ++i_;
      } else if (c == '\n') {
        end_of_line();
        ++i_;
      } else if (c == '#') {
        while (i_ < text_.size() && text_[i_] != '\n') ++i_;
      } else if (c == '"' || c == '\'') {
        std::size_t start = i_;
        skip_string();
        key_part(start);
      } else if (is_bare_key_char(c)) {
        std::size_t start = i_;
        while (i_ < text_.size() && is_bare_key_char(text_[i_])) ++i_;
        key_part(start);
      } else {
        punctuation(c);
        ++i_;
      }
    }
    return found_;
  }

 private:
  // A string of any of TOML's four kinds, from its opening quote to past its
  // closing one. A one-line string stops before a line break, where toml++
  // reports it unclosed.
  void skip_string() {
    char quote = text_[i_];
    bool escapes = quote == '"';
    if (three(quote)) {
      i_ += 3;
      while (i_ < text_.size()) {
        if (escapes && text_[i_] == '\\') {
          i_ += 2;
        } else if (three(quote)) {
          // Up to two quotes just before the closing three belong to the text.
          std::size_t run = 0;
          while (i_ + run < text_.size() && text_[i_ + run] == quote && run < 5) ++run;
          i_ += run;
          return;
        } else {
          ++i_;
        }
      }
      return;
    }
    ++i_;
    while (i_ < text_.size() && text_[i_] != '\n') {
      char c = text_[i_];
      if (escapes && c == '\\' && i_ + 1 < text_.size() && text_[i_ + 1] != '\n') {
        i_ += 2;
      } else if (c == quote) {
        ++i_;
        return;
      } else {
        ++i_;
      }
    }
  }

  bool three(char quote) const {
    return i_ + 2 < text_.size() && text_[i_] == quote && text_[i_ + 1] == quote && text_[i_ + 2] == quote;
  }

  // A bare word or a string: one part of a dotted key when a dot joins it to
  // the one before. Parts are counted wherever they stand, values included,
  // so that a key this scan takes for a value is still bounded.
  void key_part(std::size_t start) {
    parts_ = after_dot_ && parts_ > 0 ? parts_ + 1 : 1;
    after_dot_ = false;
    line_start_ = false;
    if (parts_ > kMaxConfigDepth) {
      refuse(start, fmt::format("the key has more than {} parts, the most a config allows", kMaxConfigDepth),
             "a key needs one part, or two, as in `lint.deny`");
      return;
    }
    if (!in_key_) {
      // An item of a list is one level inside it.
      if (!stack_.empty() && !stack_.back().is_table && stack_.back().depth + 1 > kMaxConfigDepth) too_deep(start);
      return;
    }
    std::size_t depth = key_base() + parts_;
    if (depth > kMaxConfigDepth) {
      too_deep(start);
      return;
    }
    key_depth_ = depth;
  }

  void punctuation(char c) {
    bool header_start = line_start_ && stack_.empty() && in_key_;
    line_start_ = false;
    if (c == '.') {
      if (parts_ > 0 && !after_dot_) {
        after_dot_ = true;
      } else {
        end_run();
      }
      return;
    }
    end_run();
    switch (c) {
      case '=':
        if (in_key_ && !in_header_) {
          value_depth_ = key_depth_ > 0 ? key_depth_ : key_base() + 1;
          in_key_ = false;
        }
        break;
      case '[':
        if (header_start) {
          open_header();
        } else {
          open(false);
        }
        break;
      case '{':
        open(true);
        break;
      case ']':
        if (in_header_) {
          close_header();
        } else {
          close();
        }
        break;
      case '}':
        close();
        break;
      case ',':
        if (!stack_.empty()) {
          in_key_ = stack_.back().is_table;
          value_depth_ = stack_.back().depth + 1;
          key_depth_ = 0;
        }
        break;
      default:
        break;
    }
  }

  void end_of_line() {
    end_run();
    if (stack_.empty()) {
      in_key_ = true;
      in_header_ = false;
      key_depth_ = 0;
      line_start_ = true;
    }
  }

  void end_run() {
    parts_ = 0;
    after_dot_ = false;
  }

  // The depth of the table a key being read belongs to.
  std::size_t key_base() const {
    if (in_header_) return 0;
    if (!stack_.empty()) return stack_.back().depth;
    return table_depth_;
  }

  // `[name]` or `[[name]]` at the start of a line, outside any value.
  void open_header() {
    in_header_ = true;
    in_key_ = true;
    key_depth_ = 0;
    header_is_array_ = i_ + 1 < text_.size() && text_[i_ + 1] == '[';
    if (header_is_array_) ++i_;
  }

  void close_header() {
    // Each table of an array of tables is one level more.
    table_depth_ = key_depth_ + (header_is_array_ ? 1 : 0);
    if (header_is_array_ && i_ + 1 < text_.size() && text_[i_ + 1] == ']') ++i_;
    in_header_ = false;
    in_key_ = false;
    if (table_depth_ > kMaxConfigDepth) {
      too_deep(i_);
    }
  }

  // A list or an inline table, as a value.
  void open(bool is_table) {
    // Where no value is expected the text is wrong, and toml++ will say so;
    // counted one level deeper than anything around it, it stays bounded.
    std::size_t depth = in_key_ ? std::max(key_depth_, key_base()) + 1 : value_depth_;
    if (depth > kMaxConfigDepth) {
      too_deep(i_);
      return;
    }
    stack_.push_back(Container{is_table, depth});
    in_key_ = is_table;
    key_depth_ = 0;
    value_depth_ = depth + 1;
  }

  void close() {
    if (!stack_.empty()) stack_.pop_back();
    in_key_ = false;
    key_depth_ = 0;
    value_depth_ = stack_.empty() ? table_depth_ + 1 : stack_.back().depth + 1;
  }

  void refuse(std::size_t at, std::string message, std::string help) {
    found_ = ConfigLimitBreak{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 1), std::move(message),
                              std::move(help)};
  }

  void too_deep(std::size_t at) {
    refuse(at, fmt::format("values are nested more than {} deep, the most a config allows", kMaxConfigDepth),
           "each part of a table's name or of a key is a level, and so is each list: "
           "a word in `deny = [...]` under `[lint]` is three deep");
  }

  std::string_view text_;
  std::size_t i_ = 0;
  std::optional<ConfigLimitBreak> found_;
  std::vector<Container> stack_;  // never more than kMaxConfigDepth
  bool in_key_ = true;            // a key is expected, or being read
  bool in_header_ = false;        // inside `[...]` or `[[...]]`
  bool header_is_array_ = false;
  bool line_start_ = true;        // nothing but blanks since the line break
  std::size_t table_depth_ = 0;   // of the table the last header opened
  std::size_t key_depth_ = 0;     // of the key being read, once it has a part
  std::size_t value_depth_ = 1;   // of the value about to be read
  std::size_t parts_ = 0;         // of the dotted run being read
  bool after_dot_ = false;
};

}  // namespace

std::optional<ConfigLimitBreak> check_config_limits(std::string_view text) {
  if (text.size() > kMaxConfigBytes) {
    std::size_t at = kMaxConfigBytes;
    // Back to the start of a character, so that the caret stands under one.
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return ConfigLimitBreak{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 1),
                            fmt::format("the file is larger than {} MiB, the most a config allows", kMaxConfigBytes >> 20),
                            "a config holds a few settings: is this the file you meant?"};
  }
  return LimitScanner(text).run();
}

}  // namespace regimen::lint

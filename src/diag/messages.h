// The compiler's messages as types: each names its code, its wording and what
// it quotes (the list is messages.def). A call site writes
//   diagnostics.report(span, msg::UnknownUnitName{word}).help(...);
// and cannot pass free text or the wrong values.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "diag/codes.h"

namespace regimen::msg {

// A message quotes words as text; numbers keep their own type so that the
// format decides how they look.
using Text = std::string;

// A format string as a template argument.
template <std::size_t N>
struct Format {
  char text[N]{};
  constexpr Format(const char (&s)[N]) { std::copy_n(s, N, text); }  // NOLINT: implicit on purpose
  constexpr std::string_view view() const { return {text, N - 1}; }
};

template <DiagCode Code, Format Wording, typename... Args>
struct Message {
  static constexpr DiagCode code = Code;
  static constexpr std::string_view format = Wording.view();

  std::tuple<Args...> args;

  explicit Message(Args... values) : args(std::move(values)...) {}

  std::string text() const {
    return std::apply(
        [](const Args&... values) {
          // Checked at compile time: a format that does not fit its
          // argument types does not build.
          return fmt::format(fmt::format_string<const Args&...>(Wording.view()), values...);
        },
        args);
  }
};

#define MESSAGE(name, code, wording, ...) using name = Message<DiagCode::code, wording __VA_OPT__(, ) __VA_ARGS__>;
#include "diag/messages.def"
#undef MESSAGE

// Every message, for tests and documentation.
struct MessageInfo {
  std::string_view name;
  DiagCode code;
  std::string_view format;
};
std::vector<MessageInfo> all_messages();

}  // namespace regimen::msg

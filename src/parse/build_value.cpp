// Values: names, numbers, amounts, doses, scores, strings.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "base/utf8.h"
#include "parse/ast_builder.h"

namespace regimen::syntax {
namespace {

// No count, time or weight in a routine comes near this; anything above it is
// a typo or a hostile input, and refusing it keeps every later sum exact.
constexpr double kLargestNumber = 1e9;

}  // namespace

ast::Name AstBuilder::word(antlr4::Token* token) {
  ast::Name out;
  if (token == nullptr) return out;
  out.text = token->getText();
  out.span = span(token);
  return out;
}

ast::Name AstBuilder::word(antlr4::tree::TerminalNode* node) {
  return word(node ? node->getSymbol() : nullptr);
}

ast::Name AstBuilder::quoted(antlr4::Token* token) {
  ast::Name out;
  out.text = string_value(token);
  out.span = span(token);
  out.quoted = true;
  return out;
}

ast::Name AstBuilder::name(P::NameContext* ctx) {
  if (ctx->STRING()) return quoted(ctx->STRING()->getSymbol());
  return word(ctx->IDENT());
}

std::vector<ast::Name> AstBuilder::name_list(P::NameListContext* ctx) {
  std::vector<ast::Name> out;
  for (auto* n : ctx->name()) out.push_back(name(n));
  return out;
}

std::string AstBuilder::string_value(antlr4::Token* token) {
  std::string raw = token->getText();
  Span where = span(token);
  std::string out;
  // Strip the quotes; the lexer guarantees both are there.
  for (std::size_t i = 1; i + 1 < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\\' && i + 2 < raw.size()) {
      char next = raw[++i];
      switch (next) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case '"':
        case '\\': out.push_back(next); break;
        default: {
          // Any other escape is a mistake (`\q`) or a Windows path: keeping
          // the character and dropping the backslash would change the text.
          std::size_t length = std::max<std::size_t>(1, utf8::sequence_length(raw, i));
          auto begin = static_cast<std::uint32_t>(std::min<std::size_t>(where.begin + i - 1, where.end));
          auto end = static_cast<std::uint32_t>(std::min<std::size_t>(where.begin + i + length, where.end));
          diagnostics_.report(Span{where.file, begin, end}, msg::UnknownEscapeSequence{utf8::for_display(raw.substr(i, length))})
              .help("a string's escapes are `\\\"`, `\\\\`, `\\n` and `\\t`; write a backslash as `\\\\`");
          out.push_back('\\');
          out.append(raw, i, length);
          i += length - 1;
          break;
        }
      }
      continue;
    }
    out.push_back(c);
  }
  return out;
}

ast::Number AstBuilder::integer(antlr4::Token* token, bool negative, Span where) {
  if (token == nullptr) {
    ast::Number missing;
    missing.span = where;
    missing.valid = false;
    return missing;
  }
  return integer(token->getText(), negative, where);
}

ast::Number AstBuilder::integer(const std::string& text, bool negative, Span where) {
  ast::Number out;
  out.span = where;
  unsigned long long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || static_cast<double>(value) > kLargestNumber) {
    diagnostics_.report(where, msg::HugeNumber{text})
        .help("numbers in a routine stay below 1000000000");
    value = 0;
    out.valid = false;
  }
  out.value = negative ? -static_cast<double>(value) : static_cast<double>(value);
  out.integer = true;
  return out;
}

// The digits of a clock time's hour or minute, with no limit: how many were
// written and what they say is for the checker to judge, which reports a
// time too large as no time of day rather than as a number.
ast::Number AstBuilder::digits(antlr4::Token* token) {
  ast::Number out;
  if (token == nullptr) {
    out.valid = false;
    return out;
  }
  out.span = span(token);
  std::string text = token->getText();
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out.value);
  out.valid = error == std::errc() && end == text.data() + text.size();
  if (!out.valid) out.value = 0;
  return out;
}

ast::Number AstBuilder::number(P::NumberContext* ctx) {
  // Error recovery can leave a number with no digits (`frequency -/day`):
  // the syntax error is reported already, so the number is only marked invalid.
  if (ctx == nullptr || (ctx->INT() == nullptr && ctx->DECIMAL() == nullptr)) {
    ast::Number missing;
    missing.span = span(ctx);
    missing.valid = false;
    return missing;
  }
  bool negative = ctx->getStart()->getType() != P::INT && ctx->getStart()->getType() != P::DECIMAL;
  if (ctx->INT()) return integer(ctx->INT()->getSymbol(), negative, span(ctx));
  ast::Number out;
  out.span = span(ctx);
  out.integer = false;
  std::string text = ctx->DECIMAL()->getText();
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || value > kLargestNumber) {
    diagnostics_.report(out.span, msg::HugeNumber{text})
        .help("numbers in a routine stay below 1000000000");
    value = 0;
    out.valid = false;
  }
  out.value = negative ? -value : value;
  return out;
}

ast::Amount AstBuilder::amount(P::AmountContext* ctx) {
  ast::Amount out;
  out.span = span(ctx);
  if (auto* range = alternative<P::RangeAmountContext>(ctx)) {
    out.low = number(range->low);
    if (range->lowUnit) out.low_unit = word(range->lowUnit->getStart());
    if (range->high) out.high = number(range->high);
    if (range->highUnit) out.high_unit = word(range->highUnit->getStart());
    return out;
  }
  // `10-15`: an error rule for the most common way of writing a range by hand.
  // It is built as the range the user meant, so checking goes on as if fixed.
  auto* dashed = alternative<P::DashedAmountContext>(ctx);
  if (dashed == nullptr) {
    no_builder(ctx, "amount");
    return out;
  }
  out.low = number(dashed->low);
  out.high = number(dashed->high);
  if (dashed->highUnit) out.high_unit = word(dashed->highUnit->getStart());
  Span dash = Span{at_.file(), out.low.span.end, out.high->span.begin};
  auto d = diagnostics_.report(out.span, msg::RangeWithDash{});
  d.help(fmt::format("write `{}..{}`", dashed->low->getText(), dashed->high->getText()));
  d.fix(dash, "..");
  return out;
}

ast::Amount AstBuilder::count(P::CountContext* ctx) {
  ast::Amount out;
  out.span = span(ctx);
  out.low = number(ctx->low);
  if (ctx->high) out.high = number(ctx->high);
  return out;
}

ast::Quantity AstBuilder::quantity(P::DoseContext* ctx) {
  ast::Quantity out;
  out.span = span(ctx);
  out.start = amount(ctx->start);
  if (ctx->end) out.end = amount(ctx->end);
  if (ctx->over) out.over = amount(ctx->over);
  return out;
}

ast::Score AstBuilder::score(P::PainScoreContext* ctx) {
  ast::Score out;
  out.span = span(ctx);
  if (ctx->score == nullptr) {
    out.low.valid = false;
    return out;
  }
  out.low = number(ctx->score->low);
  if (ctx->score->high) out.high = number(ctx->score->high);
  out.scale = integer(ctx->scale, false, span(ctx->scale));
  return out;
}

ast::Score AstBuilder::score(P::CountContext* ctx, antlr4::Token* scale, Span where) {
  ast::Score out;
  out.span = where;
  out.low = number(ctx->low);
  if (ctx->high) out.high = number(ctx->high);
  if (scale != nullptr) out.scale = integer(scale, false, span(scale));
  return out;
}

}  // namespace regimen::syntax

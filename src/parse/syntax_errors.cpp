#include "parse/syntax_errors.h"

#include <fmt/format.h>

#include "RegimenLexer.h"
#include "base/names.h"
#include "RegimenParser.h"

namespace regimen::syntax {

using generated::RegimenLexer;
using generated::RegimenParser;

std::string describe_token(const antlr4::dfa::Vocabulary& vocabulary, std::size_t type) {
  switch (type) {
    case antlr4::Token::EOF: return "end of file";
    case RegimenLexer::NL: return "end of line";
    case RegimenLexer::INT: return "a whole number";
    case RegimenLexer::DECIMAL: return "a number";
    case RegimenLexer::IDENT: return "a name";
    case RegimenLexer::STRING: return "a quoted string";
    case RegimenLexer::SETS_X: return "a set count such as `x3`";
    default: break;
  }
  std::string literal = vocabulary.getLiteralName(type);
  if (literal.size() >= 2 && literal.front() == '\'') return fmt::format("`{}`", literal.substr(1, literal.size() - 2));
  return vocabulary.getDisplayName(type);
}

std::string describe_text(const antlr4::Token* token) {
  if (token == nullptr || token->getType() == antlr4::Token::EOF) return "end of file";
  if (token->getType() == RegimenLexer::NL) return "end of line";
  std::string text = token->getText();
  text = names::shorten(text, 40);
  return fmt::format("`{}`", text);
}

namespace {

// What the parser was in the middle of, in the user's terms.
std::string context_phrase(antlr4::Parser* parser) {
  auto* ctx = parser ? parser->getContext() : nullptr;
  for (; ctx != nullptr; ctx = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent)) {
    switch (ctx->getRuleIndex()) {
      case RegimenParser::RuleAmount:
      case RegimenParser::RuleDose:
      case RegimenParser::RuleCount:
      case RegimenParser::RuleNumber: return "an amount such as `10`, `10..15` or `20..30s`";
      case RegimenParser::RuleHoldSpec: return "a hold such as `30s`, `3..4 breaths` or `until pain 2/10 max 2min`";
      case RegimenParser::RuleFrequency:
      case RegimenParser::RuleRate: return "a frequency such as `2/day` or `3..5/week`";
      case RegimenParser::RuleClause:
      case RegimenParser::RulePrescription:
      case RegimenParser::RuleDetailBlock: return "a clause such as `reps 10`, `hold 30s`, `x2` or `per side`";
      case RegimenParser::RuleDefinitionItem:
      case RegimenParser::RuleDefinitionBlock: return "a property such as `kind hold` or `step \"...\"`";
      case RegimenParser::RuleStatement: return "a statement";
      default: break;
    }
  }
  return {};
}

}  // namespace

void SyntaxErrorListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t, size_t,
                                      const std::string&, std::exception_ptr) {
  ++count_;
  if (count_ > max_errors_) return;
  // An unclosed string has its own diagnostic already.
  if (offending != nullptr && offending->getType() == RegimenLexer::UNTERMINATED_STRING) return;
  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  std::string found = describe_text(offending);
  std::string message = fmt::format("unexpected {}", found);
  std::vector<std::string> help;
  if (offending != nullptr && offending->getText() == "}") {
    message = "unexpected `}`";
    help.push_back("there is no open `{` for it to close");
  } else if (parser != nullptr) {
    antlr4::misc::IntervalSet expected = parser->getExpectedTokens();
    auto types = expected.toList();
    // A number may be whole, decimal or negative; say "a number" once.
    bool number = expected.contains(static_cast<ssize_t>(RegimenLexer::INT)) || expected.contains(static_cast<ssize_t>(RegimenLexer::DECIMAL));
    std::vector<std::string> names;
    if (number) names.push_back("a number");
    for (auto type : types) {
      if (number && (type == RegimenLexer::INT || type == RegimenLexer::DECIMAL || describe_token(parser->getVocabulary(), static_cast<std::size_t>(type)) == "`-`")) continue;
      names.push_back(describe_token(parser->getVocabulary(), static_cast<std::size_t>(type)));
    }
    // The line could have ended here: what follows starts no clause.
    bool line_could_end = expected.contains(static_cast<ssize_t>(RegimenLexer::NL)) &&
                          (expected.contains(static_cast<ssize_t>(RegimenLexer::REPS)) ||
                           expected.contains(static_cast<ssize_t>(RegimenLexer::HOLD)));
    if (line_could_end) {
      help.push_back(std::string(kClauseHelp));
    } else if (!names.empty() && names.size() <= 4) {
      message = fmt::format("expected {}, found {}", fmt::join(names, " or "), found);
    } else {
      std::string phrase = context_phrase(parser);
      if (!phrase.empty()) help.push_back(fmt::format("expected {}", phrase));
    }
  }
  Span span = offsets_.token(offending);
  auto d = diagnostics_.report(DiagCode::SyntaxError, span, message);
  for (auto& line : help) d.help(std::move(line));
}

void BoundedErrorStrategy::check_budget() const {
  if (listener_.count() >= max_errors_) throw antlr4::ParseCancellationException("too many syntax errors");
}

void BoundedErrorStrategy::recover(antlr4::Parser* recognizer, std::exception_ptr e) {
  check_budget();
  DefaultErrorStrategy::recover(recognizer, e);
}

antlr4::Token* BoundedErrorStrategy::recoverInline(antlr4::Parser* recognizer) {
  check_budget();
  return DefaultErrorStrategy::recoverInline(recognizer);
}

}  // namespace regimen::syntax

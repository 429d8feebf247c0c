#include "parse/syntax_errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <variant>

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

std::size_t literal_token_type(const antlr4::dfa::Vocabulary& vocabulary, std::string_view literal) {
  std::string quoted = fmt::format("'{}'", literal);
  for (std::size_t type = 0; type <= vocabulary.getMaxTokenType(); ++type) {
    if (vocabulary.getLiteralName(type) == quoted) return type;
  }
  return antlr4::Token::INVALID_TYPE;
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

bool is_block(antlr4::ParserRuleContext* ctx) {
  std::size_t rule = ctx->getRuleIndex();
  return rule == RegimenParser::RuleBlock || rule == RegimenParser::RuleDetailBlock ||
         rule == RegimenParser::RuleDefinitionBlock;
}

// Whether the parser is in a block whose `{` it has read.
bool in_open_block(antlr4::ParserRuleContext* ctx) {
  if (!is_block(ctx)) return false;
  return std::any_of(ctx->children.begin(), ctx->children.end(), [](antlr4::tree::ParseTree* child) {
    return dynamic_cast<antlr4::tree::ErrorNode*>(child) == nullptr &&
           dynamic_cast<antlr4::tree::TerminalNode*>(child) != nullptr && child->getText() == "{";
  });
}

// Whether the parser is inside some block's braces.
bool inside_block(antlr4::ParserRuleContext* ctx) {
  for (; ctx != nullptr; ctx = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent)) {
    if (is_block(ctx)) return true;
  }
  return false;
}

// Words that start a statement that no definition or detail block can hold:
// met in one, they most likely mean that the block was not closed.
bool starts_block_or_declaration(std::size_t type) {
  switch (type) {
    case RegimenLexer::IMPORT:
    case RegimenLexer::ROUTINE:
    case RegimenLexer::EXERCISE:
    case RegimenLexer::TARGET:
    case RegimenLexer::PARAM:
    case RegimenLexer::WHEN:
    case RegimenLexer::SECTION:
    case RegimenLexer::CIRCUIT:
    case RegimenLexer::WEEK:
    case RegimenLexer::WEEKS: return true;
    default: return false;
  }
}

struct Wording {
  std::variant<msg::Unexpected, msg::ExpectedFound> message;
  std::vector<std::string> help;
};

// Words that start nothing where a statement or a property may start, or
// that follow a whole one on its line (the recovery strategy skips them).
std::optional<Wording> stray_words(antlr4::Parser* parser, const antlr4::Token* offending, const std::string& found) {
  if (offending == nullptr || offending->getType() == antlr4::Token::EOF) return std::nullopt;
  auto* ctx = parser->getContext();
  auto* last = ctx->children.empty() ? nullptr : ctx->children.back();
  if (ctx->getRuleIndex() == RegimenParser::RuleBody) {
    if (offending->getType() == RegimenLexer::FIGURE) {
      return Wording{msg::Unexpected{found},
                     {"a `figure` belongs in an exercise's definition: "
                      "`exercise wall_sit \"Wall sit\" { figure standing with wall behind }`"}};
    }
    if (dynamic_cast<RegimenParser::PrescriptionStmtContext*>(last) != nullptr) {
      return Wording{msg::Unexpected{found}, {std::string(kClauseHelp)}};
    }
    if (dynamic_cast<RegimenParser::StatementContext*>(last) != nullptr) {
      return Wording{msg::ExpectedFound{"end of line or `;`", found}, {}};
    }
    if (offending->getType() == literal_token_type(parser->getVocabulary(), "{")) {
      return Wording{msg::Unexpected{found},
                     {"a block belongs to the line before it: put `{` at the end of that line or on the next, "
                      "with no blank line between"}};
    }
    return Wording{msg::Unexpected{found},
                   {"expected an exercise line such as `cat_camel reps 10`, a block or a fact"}};
  }
  bool in_block_list = ctx->getRuleIndex() == RegimenParser::RuleDetailBlock ||
                       ctx->getRuleIndex() == RegimenParser::RuleDefinitionBlock;
  if (in_block_list && starts_block_or_declaration(offending->getType())) {
    return Wording{msg::Unexpected{found}, {"a `}` may be missing before this line: the block above is still open"}};
  }
  if (ctx->getRuleIndex() == RegimenParser::RuleDefinitionBlock &&
      dynamic_cast<RegimenParser::DefinitionItemContext*>(last) != nullptr) {
    return Wording{msg::Unexpected{found},
                   {"one property a line, such as `kind hold`; values are separated by commas, as in `equipment wall, chair`"}};
  }
  return std::nullopt;
}

// What the parser expected, named when there are few choices.
Wording expected_wording(antlr4::Parser* parser, const std::string& found) {
  Wording out{msg::Unexpected{found}, {}};
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
    out.help.push_back(std::string(kClauseHelp));
  } else if (!names.empty() && names.size() <= 4) {
    out.message = msg::ExpectedFound{fmt::format("{}", fmt::join(names, " or ")), found};
  } else {
    std::string phrase = context_phrase(parser);
    if (!phrase.empty()) out.help.push_back(fmt::format("expected {}", phrase));
  }
  return out;
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
  Wording wording{msg::Unexpected{found}, {}};
  if (offending != nullptr && offending->getText() == "}" && (parser == nullptr || !inside_block(parser->getContext()))) {
    wording = Wording{msg::Unexpected{"`}`"}, {"there is no open `{` for it to close"}};
  } else if (offending != nullptr && offending->getType() == antlr4::Token::EOF && parser != nullptr &&
             in_open_block(parser->getContext())) {
    wording = Wording{msg::ExpectedFound{"`}`", "end of file"}, {}};
  } else if (parser != nullptr) {
    auto stray = stray_words(parser, offending, found);
    wording = stray ? *stray : expected_wording(parser, found);
  }
  auto d = diagnostics_.report(offsets_.token(offending), wording.message);
  for (auto& line : wording.help) d.help(std::move(line));
}

}  // namespace regimen::syntax

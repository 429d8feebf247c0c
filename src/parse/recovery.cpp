#include "parse/recovery.h"

#include <algorithm>

#include "RegimenParser.h"

namespace regimen::syntax {

using generated::RegimenParser;

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

void BoundedErrorStrategy::sync(antlr4::Parser* recognizer) {
  if (at_stray_words(recognizer)) {
    skip_line(recognizer);
  } else if (at_words_before_brace(recognizer)) {
    skip_to_brace(recognizer);
  } else {
    DefaultErrorStrategy::sync(recognizer);
  }
}

// True inside the list of a body, a detail block or a definition block, when
// the next token can neither go on with the list nor end it.
bool BoundedErrorStrategy::at_stray_words(antlr4::Parser* recognizer) const {
  auto* ctx = recognizer->getContext();
  std::size_t rule = ctx->getRuleIndex();
  if (rule != RegimenParser::RuleBody && rule != RegimenParser::RuleDetailBlock &&
      rule != RegimenParser::RuleDefinitionBlock) {
    return false;
  }
  std::size_t next = recognizer->getTokenStream()->LA(1);
  if (next == antlr4::Token::EOF) return false;  // an unclosed block: the rule's own `}` reports it
  const antlr4::atn::ATN& atn = recognizer->getATN();
  const antlr4::misc::IntervalSet& goes_on = atn.nextTokens(atn.states[recognizer->getState()]);
  if (goes_on.contains(next)) return false;
  std::size_t close = literal_token_type(recognizer->getVocabulary(), "}");
  if (rule != RegimenParser::RuleBody) {
    // Before a detail or definition block's `{`, ANTLR's own recovery is
    // better: it deletes one extra word and goes on.
    return goes_on.contains(close);
  }
  // A `}` ends a block's body; the file's body has none to end.
  bool in_block = dynamic_cast<RegimenParser::BlockContext*>(ctx->parent) != nullptr;
  return !(next == close && in_block);
}

// Skips to the end of the line, over any block the skipped words open. The
// skipped tokens become error nodes of the list's context.
void BoundedErrorStrategy::skip_line(antlr4::Parser* recognizer) {
  reportUnwantedToken(recognizer);  // says nothing when already recovering
  check_budget();
  const auto& vocabulary = recognizer->getVocabulary();
  const std::size_t open = literal_token_type(vocabulary, "{"), close = literal_token_type(vocabulary, "}");
  const std::size_t semicolon = literal_token_type(vocabulary, ";");
  bool in_block = recognizer->getContext()->getRuleIndex() != RegimenParser::RuleBody ||
                  dynamic_cast<RegimenParser::BlockContext*>(recognizer->getContext()->parent) != nullptr;
  std::size_t depth = 0;
  for (;;) {
    std::size_t type = recognizer->getTokenStream()->LA(1);
    if (type == antlr4::Token::EOF) break;
    if (depth == 0 && (type == RegimenParser::NL || type == semicolon)) break;
    if (type == open) {
      ++depth;
    } else if (type == close) {
      if (depth > 0) {
        --depth;
      } else if (in_block) {
        break;  // it closes the list's own block
      }
    }
    recognizer->consume();
  }
}

// True where a `{` may come next, when words stand before a `{` later on the
// same line (`routine Back care {`): the header went wrong, but the block is
// still there to read.
bool BoundedErrorStrategy::at_words_before_brace(antlr4::Parser* recognizer) {
  const auto& vocabulary = recognizer->getVocabulary();
  const std::size_t open = literal_token_type(vocabulary, "{");
  const antlr4::atn::ATN& atn = recognizer->getATN();
  const antlr4::misc::IntervalSet& goes_on = atn.nextTokens(atn.states[recognizer->getState()]);
  antlr4::TokenStream* tokens = recognizer->getTokenStream();
  if (!goes_on.contains(open) || goes_on.contains(tokens->LA(1)) || tokens->LA(1) == antlr4::Token::EOF) return false;
  // The tokens are read from the buffer: LA(k) walks k tokens each time, so
  // looking ahead with it would cost quadratic time on a long line. A line
  // already found to hold no `{` is not read again.
  std::size_t from = tokens->index();
  if (from < no_brace_before_) return false;
  const std::size_t close = literal_token_type(vocabulary, "}"), semicolon = literal_token_type(vocabulary, ";");
  std::size_t i = from;
  for (; i < tokens->size(); ++i) {
    const antlr4::Token* token = tokens->get(i);
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    std::size_t type = token->getType();
    if (type == open) return true;
    if (type == antlr4::Token::EOF || type == RegimenParser::NL || type == semicolon || type == close) break;
  }
  no_brace_before_ = i;
  return false;
}

void BoundedErrorStrategy::skip_to_brace(antlr4::Parser* recognizer) {
  reportUnwantedToken(recognizer);
  check_budget();
  const std::size_t open = literal_token_type(recognizer->getVocabulary(), "{");
  while (recognizer->getTokenStream()->LA(1) != open) recognizer->consume();
}

bool Breakage::made_up(const antlr4::Token* token) {
  return token == nullptr || token->getTokenIndex() == INVALID_INDEX;
}

bool Breakage::broken(antlr4::ParserRuleContext* ctx) const {
  if (!recovered_ && bad_characters_.empty()) return false;
  std::vector<TokenRange> judged_apart;
  return holds_error(ctx, judged_apart) || holds_bad_character(ctx, judged_apart);
}

bool Breakage::holds_error(antlr4::ParserRuleContext* ctx, std::vector<TokenRange>& judged_apart) const {
  if (ctx->exception != nullptr) return true;
  for (auto* child : ctx->children) {
    if (dynamic_cast<antlr4::tree::ErrorNode*>(child) != nullptr) return true;
    auto* part = dynamic_cast<antlr4::ParserRuleContext*>(child);
    if (part == nullptr) continue;
    bool apart = dynamic_cast<RegimenParser::BodyContext*>(part) != nullptr ||
                 dynamic_cast<RegimenParser::DefinitionBlockContext*>(part) != nullptr ||
                 dynamic_cast<RegimenParser::DefinitionItemContext*>(part) != nullptr;
    if (apart) {
      if (part->getStop() != nullptr && part->getStop()->getTokenIndex() >= part->getStart()->getTokenIndex()) {
        judged_apart.push_back(TokenRange{part->getStart()->getTokenIndex(), part->getStop()->getTokenIndex()});
      }
      continue;
    }
    if (holds_error(part, judged_apart)) return true;
  }
  return false;
}

bool Breakage::holds_bad_character(antlr4::ParserRuleContext* ctx, const std::vector<TokenRange>& judged_apart) const {
  if (bad_characters_.empty() || ctx->getStop() == nullptr) return false;
  std::size_t first = ctx->getStart()->getTokenIndex(), last = ctx->getStop()->getTokenIndex();
  for (auto it = std::lower_bound(bad_characters_.begin(), bad_characters_.end(), first);
       it != bad_characters_.end() && *it <= last; ++it) {
    bool apart = std::any_of(judged_apart.begin(), judged_apart.end(),
                             [&](const TokenRange& r) { return r.first <= *it && *it <= r.last; });
    if (!apart) return true;
  }
  return false;
}

}  // namespace regimen::syntax

#include "parse/layout.h"

#include <antlr4-runtime.h>

#include <typeinfo>

#include "RegimenLexer.h"
#include "RegimenParser.h"
#include "parse/input_stream.h"
#include "parse/lexer.h"
#include "parse/parser.h"

namespace regimen {
namespace {

using generated::RegimenLexer;
using P = generated::RegimenParser;

template <class Context>
bool is(antlr4::tree::ParseTree* node) {
  return typeid(*node) == typeid(Context);
}

ClauseGroup group_of(antlr4::tree::ParseTree* clause) {
  if (is<P::RepsClauseContext>(clause) || is<P::HoldClauseContext>(clause) || is<P::UpToClauseContext>(clause) ||
      is<P::PhraseClauseContext>(clause) || is<P::DurationClauseContext>(clause) ||
      is<P::DistanceClauseContext>(clause))
    return ClauseGroup::dose;
  if (is<P::SetsXClauseContext>(clause) || is<P::SetsClauseContext>(clause)) return ClauseGroup::sets;
  if (is<P::PerSideClauseContext>(clause) || is<P::AlternatingClauseContext>(clause) ||
      is<P::OnlySideClauseContext>(clause) || is<P::DirectionClauseContext>(clause))
    return ClauseGroup::sides;
  if (is<P::RestClauseContext>(clause)) return ClauseGroup::rest;
  if (is<P::TempoClauseContext>(clause)) return ClauseGroup::tempo;
  if (is<P::LoadClauseContext>(clause)) return ClauseGroup::load;
  if (is<P::RpeClauseContext>(clause) || is<P::EffortClauseContext>(clause) ||
      is<P::EffortInWordsClauseContext>(clause) || is<P::PainClauseContext>(clause))
    return ClauseGroup::effort;
  if (is<P::AlternateClauseContext>(clause)) return ClauseGroup::alternate;
  if (is<P::ExerciseFrequencyClauseContext>(clause) || is<P::TimingClauseContext>(clause))
    return ClauseGroup::frequency;
  if (is<P::ProgressClauseContext>(clause)) return ClauseGroup::progress;
  if (is<P::VariantClauseContext>(clause) || is<P::NoVariantsClauseContext>(clause)) return ClauseGroup::variants;
  if (is<P::TextClauseContext>(clause)) return ClauseGroup::text;
  if (is<P::ImageClauseContext>(clause)) return ClauseGroup::image;
  return ClauseGroup::stray;
}

// `reps` or `hold` written without an amount: the clause after it gives one.
bool leaves_amount_to_next(antlr4::tree::ParseTree* clause) {
  if (auto* reps = dynamic_cast<P::RepsClauseContext*>(clause)) return reps->dose() == nullptr;
  if (auto* hold = dynamic_cast<P::HoldClauseContext*>(clause)) return hold->holdSpec() == nullptr;
  return false;
}

bool identifier_shaped(const std::string& word) {
  if (word.empty()) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!alpha(word[0])) return false;
  for (char c : word) {
    if (!alpha(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

// `"cat_camel"` may be written `cat_camel`: the text is an identifier that
// the lexer would not read as a keyword or as sets (`x3`), nor a word the
// grammar reads apart at the start of a statement (`day`, `region`).
std::string bare_name(const std::string& quoted) {
  if (quoted.size() < 2) return {};
  std::string inner = quoted.substr(1, quoted.size() - 2);
  if (!identifier_shaped(inner)) return {};
  if (inner.size() >= 2 && inner[0] == 'x' && inner.find_first_not_of("0123456789", 1) == std::string::npos) return {};
  if (inner == "day" || inner == "days" || inner == "region" || inner == "demand") return {};
  std::u32string wide(inner.begin(), inner.end());
  if (syntax::grammar_literals().keyword(wide) != 0) return {};
  return inner;
}

TokenRole plain_role(const antlr4::Token& token) {
  switch (token.getType()) {
    case RegimenLexer::NL: return TokenRole::line_break;
    case RegimenLexer::COMMENT: return TokenRole::comment;
    case RegimenLexer::STRING: return TokenRole::text;
    case RegimenLexer::INT:
    case RegimenLexer::DECIMAL:
    case RegimenLexer::SETS_X: return TokenRole::number;
    case RegimenLexer::IDENT: return TokenRole::word;
    default: break;
  }
  std::string text = token.getText();
  if (text == "{") return TokenRole::open_brace;
  if (text == "}") return TokenRole::close_brace;
  if (text == ";") return TokenRole::separator;
  if (!text.empty() && ((text[0] >= 'a' && text[0] <= 'z') || text[0] == '_')) return TokenRole::word;
  return TokenRole::mark;
}

// What the parse tree says of the tokens, by token index.
struct Annotations {
  explicit Annotations(std::size_t tokens) : role(tokens), clause(tokens, 0), group(tokens, ClauseGroup::dose), bare(tokens) {}
  std::vector<std::optional<TokenRole>> role;
  std::vector<std::size_t> clause;
  std::vector<ClauseGroup> group;
  std::vector<std::string> bare;
  std::size_t clauses = 0;
  // A clause whose amount the next one gives, and the token it ends on.
  std::size_t join_into = 0;
  std::size_t join_after = 0;
};

void mark_terminals(antlr4::ParserRuleContext* ctx, std::string_view text, TokenRole role, Annotations& out) {
  for (auto* child : ctx->children) {
    if (auto* leaf = dynamic_cast<antlr4::tree::TerminalNode*>(child); leaf != nullptr && leaf->getText() == text) {
      out.role[leaf->getSymbol()->getTokenIndex()] = role;
    }
  }
}

void annotate(antlr4::tree::ParseTree* node, Annotations& out) {
  auto* ctx = dynamic_cast<antlr4::ParserRuleContext*>(node);
  if (ctx == nullptr || ctx->getStart() == nullptr) return;
  if (dynamic_cast<P::ClauseContext*>(ctx) != nullptr && ctx->getStop() != nullptr) {
    std::size_t first = ctx->getStart()->getTokenIndex(), last = ctx->getStop()->getTokenIndex();
    bool joined = out.join_into != 0 && first == out.join_after + 1;
    std::size_t number = joined ? out.join_into : ++out.clauses;
    ClauseGroup group = joined ? out.group[out.join_after] : group_of(ctx);
    for (std::size_t i = first; i <= last && i < out.clause.size(); ++i) {
      out.clause[i] = number;
      out.group[i] = group;
    }
    out.join_into = leaves_amount_to_next(ctx) ? number : 0;
    out.join_after = last;
  } else if (is<P::UnitContext>(ctx)) {
    out.role[ctx->getStart()->getTokenIndex()] = TokenRole::unit;
  } else if (is<P::NumberContext>(ctx)) {
    mark_terminals(ctx, "-", TokenRole::sign, out);
  } else if (is<P::DashedAmountContext>(ctx) || is<P::PhaseRangeContext>(ctx) || is<P::PhasedTempoContext>(ctx)) {
    mark_terminals(ctx, "-", TokenRole::dash, out);
  } else if (is<P::NamedLoadContext>(ctx)) {
    mark_terminals(ctx, "(", TokenRole::attached, out);
  } else if (auto* name = dynamic_cast<P::NameContext*>(ctx);
             name != nullptr && name->STRING() != nullptr && !is<P::VariantContext>(ctx->parent)) {
    // A variant's quotes say "a description, not an exercise": they stay.
    antlr4::Token* token = name->STRING()->getSymbol();
    out.bare[token->getTokenIndex()] = bare_name(token->getText());
  }
  for (auto* child : ctx->children) annotate(child, out);
}

}  // namespace

std::optional<std::vector<LayoutToken>> layout(const SourceSet& sources, FileId file, Diagnostics& diagnostics) {
  // The parser's own reading decides whether the file may be rewritten: any
  // error it reports (a bad byte, a syntax error, a stray word) leaves it be.
  std::size_t errors_before = diagnostics.error_count();
  ast::File checked = parse(sources, file, diagnostics);
  if (diagnostics.error_count() != errors_before || !checked.complete) return std::nullopt;
  try {
    syntax::InputStream input(sources.file(file).text());
    syntax::Lexer lexer(input, syntax::grammar_literals());
    antlr4::CommonTokenStream tokens(&lexer);
    tokens.fill();
    P parser(&tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    P::FileContext* tree = nullptr;
    try {
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
      tree = parser.file();
    } catch (const antlr4::ParseCancellationException&) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
      tree = parser.file();
    }
    Annotations notes(tokens.size());
    annotate(tree, notes);
    std::vector<LayoutToken> out;
    out.reserve(tokens.size());
    for (antlr4::Token* token : tokens.getTokens()) {
      if (token->getType() == antlr4::Token::EOF) continue;
      std::size_t i = token->getTokenIndex();
      LayoutToken t;
      t.role = notes.role[i].value_or(plain_role(*token));
      t.text = token->getText();
      t.line = token->getLine();
      t.clause = notes.clause[i];
      t.group = notes.group[i];
      t.bare = std::move(notes.bare[i]);
      out.push_back(std::move(t));
    }
    return out;
  } catch (const std::exception& e) {
    // The file parsed once without error: a second reading that fails is a
    // fault here, reported as one, and the file is left as it is.
    diagnostics.report(Span{file, 0, 0}, msg::InternalParseError{e.what()}).emit();
  } catch (...) {
    diagnostics.report(Span{file, 0, 0}, msg::InternalParseError{"an unknown exception"}).emit();
  }
  return std::nullopt;
}

}  // namespace regimen

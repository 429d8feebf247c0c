#include "parse/parser.h"

#include <antlr4-runtime.h>
#include <fmt/format.h>

#include "RegimenLexer.h"
#include "RegimenParser.h"
#include "base/utf8.h"
#include "parse/ast_builder.h"
#include "parse/input_stream.h"
#include "parse/lexer.h"
#include "parse/offsets.h"
#include "parse/recovery.h"
#include "parse/syntax_errors.h"

namespace regimen {
namespace {

using generated::RegimenLexer;
using generated::RegimenParser;

constexpr std::size_t kMaxUtf8Reports = 5;

ast::File empty_file(FileId id) {
  ast::File file;
  file.file = id;
  file.complete = false;
  return file;
}

// Reports invalid UTF-8 and returns text that ANTLR can read, with the same
// byte offsets as the original: the file's own text when it is valid (almost
// always), so that no copy is made; else a mended copy kept in `mended`.
std::string_view readable_text(const SourceFile& file, FileId id, Diagnostics& diagnostics, std::string& mended) {
  auto bad = utf8::invalid_offsets(file.text());
  for (std::size_t i = 0; i < bad.size() && i < kMaxUtf8Reports; ++i) {
    auto d = diagnostics.report(Span{id, bad[i], bad[i] + 1},
                                msg::InvalidUtf8Byte{static_cast<unsigned char>(file.text()[bad[i]])});
    d.help("save the file as UTF-8");
    if (i + 1 == kMaxUtf8Reports && bad.size() > kMaxUtf8Reports) {
      d.note(fmt::format("{} more invalid bytes not shown", bad.size() - kMaxUtf8Reports), {});
    }
  }
  if (bad.empty()) return file.text();
  mended = utf8::replace_invalid(file.text());
  return mended;
}

struct Screening {
  bool parseable = true;         // false when nesting is too deep for the recursive parser
  bool braces_balanced = true;   // every `{` closed, every `}` closing one
  std::vector<std::size_t> bad_characters;  // for Breakage: the token each one follows
};

// Reports bad characters, unclosed strings and over-deep nesting, which the
// lexer turns into tokens of their own.
Screening screen_tokens(antlr4::CommonTokenStream& tokens, const antlr4::dfa::Vocabulary& vocabulary,
                         const syntax::Offsets& offsets, Diagnostics& diagnostics, const ParseOptions& options) {
  // The bracket tokens are implicit in the grammar ('{', '('), so their types
  // are looked up by their literal names once.
  const std::size_t open_brace = syntax::literal_token_type(vocabulary, "{");
  const std::size_t close_brace = syntax::literal_token_type(vocabulary, "}");
  const std::size_t open_paren = syntax::literal_token_type(vocabulary, "(");
  const std::size_t close_paren = syntax::literal_token_type(vocabulary, ")");
  Screening out;
  std::size_t depth = 0, brace_depth = 0;
  std::size_t reported = 0;
  std::size_t last_visible = 0;
  for (antlr4::Token* token : tokens.getTokens()) {
    std::size_t type = token->getType();
    if (type == RegimenLexer::BAD_CHAR) {
      out.bad_characters.push_back(last_visible);
      if (reported++ < options.max_errors) {
        diagnostics.report(offsets.token(token), msg::UnexpectedCharacter{utf8::for_display(token->getText())})
            .help("text in any language goes inside quotes; comments start with `#`");
      }
      continue;
    }
    if (type == RegimenLexer::COMMENT) continue;  // hidden too, and part of no statement
    last_visible = token->getTokenIndex();
    if (type == RegimenLexer::UNTERMINATED_STRING) {
      if (reported++ < options.max_errors) {
        diagnostics.report(offsets.token(token), msg::UnclosedString{})
            .help("add a `\"` before the end of the line");
      }
    } else if (type == open_brace || type == open_paren) {
      if (++depth > options.max_depth) {
        diagnostics
            .report(offsets.token(token), msg::NestedTooDeep{options.max_depth})
            .help("a routine needs only a few levels: routine, section, exercise");
        out.parseable = false;
        return out;
      }
      if (type == open_brace) ++brace_depth;
    } else if (type == close_brace || type == close_paren) {
      if (depth > 0) --depth;
      if (type == close_brace) {
        if (brace_depth == 0) out.braces_balanced = false;
        else --brace_depth;
      }
    }
  }
  if (brace_depth > 0) out.braces_balanced = false;
  return out;
}

}  // namespace

ast::File parse(const SourceSet& sources, FileId file_id, Diagnostics& diagnostics, const ParseOptions& options) {
  const SourceFile& file = sources.file(file_id);
  // The front end promises never to throw; ANTLR may, and so may allocation.
  try {
    std::string mended;
    std::string_view text = readable_text(file, file_id, diagnostics, mended);
    syntax::Offsets offsets(file_id, text);
    syntax::InputStream input(text);
    RegimenParser parser(nullptr);
    parser.removeErrorListeners();
    syntax::Lexer lexer(input, syntax::grammar_literals());
    antlr4::CommonTokenStream tokens(&lexer);
    tokens.fill();
    Screening screening = screen_tokens(tokens, parser.getVocabulary(), offsets, diagnostics, options);
    if (!screening.parseable) return empty_file(file_id);
    parser.setTokenStream(&tokens);
    RegimenParser::FileContext* tree = nullptr;
    bool recovered = false;
    // Fast path: SLL prediction, giving up at the first error. Almost every
    // file parses here; only files with errors or true ambiguities pay for LL.
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      tree = parser.file();
    } catch (const antlr4::ParseCancellationException&) {
      tree = nullptr;
    }
    if (tree == nullptr) {
      recovered = true;
      tokens.seek(0);
      parser.reset();
      syntax::SyntaxErrorListener listener(offsets, diagnostics, options.max_errors);
      parser.addErrorListener(&listener);
      parser.setErrorHandler(std::make_shared<syntax::BoundedErrorStrategy>(listener, options.max_errors));
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
      try {
        tree = parser.file();
      } catch (const antlr4::ParseCancellationException&) {
        diagnostics.report(offsets.token(tokens.LT(1)), msg::StoppedAfterErrors{options.max_errors}).emit();
      }
      parser.removeErrorListeners();
      if (tree == nullptr) return empty_file(file_id);
    }
    // Whatever recovery broke, and whatever holds a bad character, is built
    // as an invalid statement; the rest of the file is built and checked.
    syntax::Breakage breakage(std::move(screening.bad_characters), recovered);
    syntax::AstBuilder builder(offsets, diagnostics, breakage, screening.braces_balanced);
    return builder.file(tree);
  } catch (const std::exception& e) {
    diagnostics.report(Span{file_id, 0, 0}, msg::InternalParseError{e.what()}).emit();
  } catch (...) {
    diagnostics.report(Span{file_id, 0, 0}, msg::InternalParseError{"an unknown exception"}).emit();
  }
  return empty_file(file_id);
}

namespace {

// A lexer of either kind over its own copy of the input, behind ANTLR's
// interface.
struct AnyLexer {
  AnyLexer(std::string_view text, LexerKind kind) : input(text) {
    if (kind == LexerKind::generated) {
      auto lexer = std::make_unique<RegimenLexer>(&input);
      lexer->removeErrorListeners();
      source = std::move(lexer);
    } else {
      source = std::make_unique<syntax::Lexer>(input, syntax::grammar_literals());
    }
  }
  syntax::InputStream input;
  std::unique_ptr<antlr4::TokenSource> source;
};

std::string describe(const antlr4::Token& t) {
  return fmt::format("type {} channel {} at {}..{} (line {} column {}) text \"{}\"",
                     static_cast<long long>(t.getType()), t.getChannel(), t.getStartIndex(),
                     static_cast<long long>(t.getStopIndex()), t.getLine(), t.getCharPositionInLine(),
                     utf8::for_display(t.getText()));
}

}  // namespace

std::size_t lex_only(const std::string& text, LexerKind kind) {
  AnyLexer lexer(text, kind);
  antlr4::CommonTokenStream tokens(lexer.source.get());
  tokens.fill();
  return tokens.size();
}

bool parse_tree_only(const std::string& text, LexerKind kind) {
  try {
    AnyLexer lexer(text, kind);
    antlr4::CommonTokenStream tokens(lexer.source.get());
    RegimenParser parser(&tokens);
    parser.removeErrorListeners();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    parser.file();
    return true;
  } catch (...) {
    return false;
  }
}

std::string lexer_differences(std::string_view text) {
  std::string mended;
  if (!utf8::invalid_offsets(text).empty()) {
    mended = utf8::replace_invalid(text);
    text = mended;
  }
  AnyLexer generated(text, LexerKind::generated), own(text, LexerKind::own);
  for (std::size_t index = 0;; ++index) {
    std::unique_ptr<antlr4::Token> want = generated.source->nextToken();
    std::unique_ptr<antlr4::Token> got = own.source->nextToken();
    std::string a = describe(*want), b = describe(*got);
    if (a != b) return fmt::format("token {}: the grammar's lexer makes {}, Regimen's {}", index, a, b);
    if (want->getType() == antlr4::Token::EOF) return {};
  }
}

LookaheadProfile profile_lookahead(const std::string& text, Prediction mode) {
  LookaheadProfile profile;
  antlr4::ANTLRInputStream input(text);
  RegimenLexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  profile.tokens = tokens.size();
  RegimenParser parser(&tokens);
  parser.removeErrorListeners();
  parser.setProfile(true);
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      mode == Prediction::sll ? antlr4::atn::PredictionMode::SLL : antlr4::atn::PredictionMode::LL);
  try {
    parser.file();
  } catch (const std::exception&) {
    // A profile of the part that parsed is still a profile.
  }
  long long deepest = -1;
  for (const auto& decision : parser.getParseInfo().getDecisionInfo()) {
    long long total = decision.SLL_TotalLook + decision.LL_TotalLook;
    long long most = std::max(decision.SLL_MaxLook, decision.LL_MaxLook);
    profile.predictions += static_cast<std::size_t>(decision.invocations);
    profile.total_lookahead += static_cast<std::size_t>(total);
    if (most > deepest) {
      deepest = most;
      profile.max_lookahead = static_cast<std::size_t>(most);
      auto rule = parser.getATN().decisionToState[decision.decision]->ruleIndex;
      profile.deepest_rule = parser.getRuleNames()[rule];
    }
  }
  return profile;
}

}  // namespace regimen

// One parse through the public front end, keeping the text so that spans can
// be read back.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "parse/parser.h"

namespace regimen::testing {

struct Parsed {
  SourceSet sources;
  FileId id = kNoFile;
  Diagnostics diagnostics;
  ast::File file;

  explicit Parsed(std::string text, ParseOptions options = {}) {
    id = sources.add("t.regimen", std::move(text));
    file = parse(sources, id, diagnostics, options);
  }
  std::string_view text_of(const Span& span) const {
    return std::string_view(sources.file(id).text()).substr(span.begin, span.end - span.begin);
  }
  const ast::Prescription& line(std::size_t i) const { return std::get<ast::Prescription>(file.body.at(i).node); }
  bool has(DiagCode code) const {
    for (const auto& d : diagnostics.all()) {
      if (d.is(code)) return true;
    }
    return false;
  }
};

}  // namespace regimen::testing

// What the formatter's property test (properties_test.cpp) and its fuzz
// target (tests/fuzz/fuzz_format.cpp) both compare: a comment's text, and a
// compiled document with its positions left out.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "parse/layout.h"

namespace regimen::format_properties {

// A comment as the formatter must keep it: its text, trailing blanks aside.
inline std::string comment_text(const LayoutToken& comment) {
  std::string text = comment.text;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\f')) text.pop_back();
  return text;
}

// Removes every `span` from a JSON document: formatting moves text.
inline void drop_spans(nlohmann::json& doc) {
  if (doc.is_object()) {
    doc.erase("span");
    for (auto& [key, value] : doc.items()) drop_spans(value);
  } else if (doc.is_array()) {
    for (auto& value : doc) drop_spans(value);
  }
}

}  // namespace regimen::format_properties

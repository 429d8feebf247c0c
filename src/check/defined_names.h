// The names one layer of the library defines: within a layer (the built-in
// library, a --lib folder, or a routine with its imports) a name may be
// defined once, for exercises and for each vocabulary alike.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ast/ast.h"
#include "base/names.h"
#include "diag/diagnostic.h"

namespace regimen {

// Lookup key -> where the layer defined it.
using DefinedNames = std::map<std::string, Span>;

// A definition's id and the words of its `aliases`, where each was written.
inline std::vector<std::pair<std::string, Span>> id_and_aliases(const ast::Name& id,
                                                                 const std::vector<ast::Property>& properties) {
  std::vector<std::pair<std::string, Span>> out = {{id.text, id.span}};
  for (const auto& p : properties) {
    if (p.key.text != "aliases") continue;
    for (const auto& alias : p.words) out.emplace_back(alias.text, alias.span);
  }
  return out;
}

// Takes the names of one definition in `taken`, reporting each that another
// definition of the layer has taken already with the message `taken_by(name)`.
// False when one was.
template <typename Message>
bool take_names(DefinedNames& taken, const std::vector<std::pair<std::string, Span>>& names, Message taken_by,
                Diagnostics& diagnostics) {
  bool clash = false;
  std::set<std::string> own;
  for (const auto& [name, where] : names) {
    std::string key = names::lookup_key(name);
    if (!own.insert(key).second) continue;  // a definition may repeat its own name as an alias
    if (auto [it, fresh] = taken.emplace(key, where); !fresh) {
      diagnostics.report(where, taken_by(name)).note("first defined here", it->second);
      clash = true;
    }
  }
  return !clash;
}

}  // namespace regimen

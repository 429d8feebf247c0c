// `regimen lsp`: a language server over standard input and output
// (docs/editors.md). It reads the protocol's messages one at a time and
// answers each; a malformed message or a failure in one request is
// answered with an error, and the server goes on.
#pragma once

#include <istream>
#include <ostream>
#include <string>

namespace regimen::lsp {

struct ServerOptions {
  std::string version;    // the server's, for `initialize`
  // Where the diagnostic codes are documented, for the links beside each
  // diagnostic: a folder holding language.md, as a `file://` URI.
  std::string docs_uri;
  // Where the built-in library's modules are written for "go to definition"
  // (lsp/builtin_documents.h); none: definitions in it are not offered.
  std::string builtin_dir;
  // For the tests of lsp/supervisor.h alone: a request
  // or notification with this method makes the server abort, as a fault in it would.
  std::string abort_on;
};

// Serves until `exit` or the end of input. The exit status: 0 after
// `shutdown` then `exit`, 1 otherwise, as the protocol asks.
int serve(std::istream& in, std::ostream& out, const ServerOptions& options);

}  // namespace regimen::lsp

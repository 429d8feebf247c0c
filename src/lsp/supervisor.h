// `regimen lsp` keeps the server in a worker process of its own, so that a
// crash in one request (a fault, not an exception: those the server answers
// itself) does not end the editor's session. The supervisor passes messages
// both ways, keeps a copy of what the worker must know (the `initialize`
// parameters and the open documents), and when the worker dies answers the
// requests it held with an error, starts another and brings it up to date.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace regimen::lsp {

// Serves `in` and `out` through workers started as `worker_argv` (the first
// word a program's path), each speaking the protocol over its standard input
// and output. Returns the last worker's exit status: the protocol's, as
// serve() gives it.
int supervise(std::istream& in, std::ostream& out, const std::vector<std::string>& worker_argv);

}  // namespace regimen::lsp

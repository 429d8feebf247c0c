// The protocol's framing over a byte stream: each message a `Content-Length`
// header, a blank line, and that many bytes of JSON.
#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace regimen::lsp {

// What reading the next message gave.
struct Incoming {
  enum class Kind { message, malformed, end } kind = Kind::end;
  std::string body;   // the message's bytes, for `message`
  std::string error;  // what was wrong, for `malformed`
};

// Reads one message. A header without a length, or a length past the
// limit, is `malformed` and the stream is resynchronised at the next header;
// the end of input (or a message cut short by it) is `end`.
Incoming read_message(std::istream& in);

// One message as it goes on the wire: its header, then `body`.
std::string framed(const std::string& body);

// Writes one message and flushes it.
void write_message(std::ostream& out, const std::string& body);

// The largest message read: a document's whole text travels in one.
inline constexpr std::size_t kMaxMessageBytes = 64 * 1024 * 1024;

}  // namespace regimen::lsp

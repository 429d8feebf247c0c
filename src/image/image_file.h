// Checks a clinic's picture before a writer embeds it: its format and size, or why it is refused.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace regimen::image {

enum class Format { Png, Jpeg, Svg };
std::string_view to_string(Format);  // "PNG", "JPEG", "SVG"
std::string_view mime_type(Format);  // "image/png", "image/jpeg", "image/svg+xml"

// What a writer needs to place the picture.
struct Info {
  Format format;
  int width;   // pixels; for an SVG, CSS pixels (96 to the inch)
  int height;
  bool operator==(const Info&) const = default;
};

enum class Problem {
  Empty,          // zero bytes
  TooLarge,       // more than kMaxBytes
  UnknownFormat,  // not a PNG, JPEG or SVG by its first bytes
  Malformed,      // the signature is right, but the structure is broken or cut short
  NoSize,         // an SVG with no width and height, nor a viewBox to take them from
  TooManyPixels,  // more than kMaxPixels, a side over kMaxSide, or a side of 0
  Unsafe,         // an SVG that would run a script or fetch something outside the file
};

struct Error {
  Problem problem;
  // For a diagnostic's message: lowercase, no trailing period, markup in
  // backticks, always valid UTF-8; may be empty. For UnknownFormat it names
  // what the file looks like instead ("a GIF picture"); for the others it
  // says what is wrong ("the PNG header chunk is missing").
  std::string detail;
  bool operator==(const Error&) const = default;
};

// The limits keep a handout small and a PDF quick to lay out; a phone photo
// (12 megapixels, 3 to 5 MB) is well inside them.
inline constexpr std::size_t kMaxBytes = 8 * 1024 * 1024;
inline constexpr long long kMaxPixels = 40'000'000;
inline constexpr int kMaxSide = 12'000;

// The picture's format and size, read from its header (or an SVG's root
// element) without decoding it. Never throws; reads nothing outside `bytes`;
// time linear in its size.
std::variant<Info, Error> inspect(std::string_view bytes);

}  // namespace regimen::image

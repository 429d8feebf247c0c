// Inside the image module: one reader per format, each finding the picture's size in its own way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "image/image_file.h"

namespace regimen::image {

// The byte at `i` as a number; the caller has checked that i < bytes.size().
inline std::uint8_t byte_at(std::string_view bytes, std::size_t i) { return static_cast<std::uint8_t>(bytes[i]); }

// A size as a reader finds it, before the limits are applied. Wider than
// Info's sides, so that an absurd size (a PNG's 4 billion, an SVG's 1e30)
// reaches the limit check intact instead of overflowing. Never negative.
struct Size {
  long long width = 0;
  long long height = 0;
};

// Each is given the whole file once inspect() has chosen the format by its
// first bytes, and returns Malformed, NoSize or Unsafe for what it finds.

// A PNG: the header chunk (IHDR) that must come first.
std::variant<Size, Error> png_size(std::string_view bytes);

// A JPEG: the first frame header (SOF), found by walking the marker segments.
std::variant<Size, Error> jpeg_size(std::string_view bytes);

// An SVG: the root element's width, height and viewBox, after the check that
// nothing in it runs a script or reaches outside the file. UnknownFormat when
// the root element is not <svg> (an HTML page, another XML document).
std::variant<Size, Error> svg_size(std::string_view text);

}  // namespace regimen::image

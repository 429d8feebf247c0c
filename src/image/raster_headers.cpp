// The PNG and JPEG readers: each reads only as far as the picture's size,
// checking every offset against the file's end before it reads there.
#include <cstdint>

#include "image/readers.h"

namespace regimen::image {

namespace {

std::uint32_t big_endian(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < width; ++i) value = value << 8 | byte_at(bytes, at + i);
  return value;
}

Error malformed(std::string detail) { return Error{Problem::Malformed, std::move(detail)}; }

// JPEG markers, the byte after 0xFF.
constexpr std::uint8_t kStartOfImage = 0xD8;
constexpr std::uint8_t kEndOfImage = 0xD9;
constexpr std::uint8_t kStartOfScan = 0xDA;
constexpr std::uint8_t kTemporary = 0x01;

// The frame headers, which give the size: every SOFn but C4 (Huffman
// tables), C8 (reserved) and CC (arithmetic coding conditioning).
bool is_frame_header(std::uint8_t marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Markers that stand alone, with no length after them.
bool is_standalone(std::uint8_t marker) {
  return marker == kStartOfImage || marker == kTemporary || (marker >= 0xD0 && marker <= 0xD7);
}

}  // namespace

std::variant<Size, Error> png_size(std::string_view bytes) {
  constexpr std::string_view kSignature("\x89PNG\r\n\x1A\n", 8);
  // The signature, then IHDR: its length (4 bytes), type (4), data (13:
  // width and height first) and CRC (4), which is not checked.
  constexpr std::size_t kHeaderEnd = 8 + 4 + 4 + 13 + 4;
  if (bytes.size() < kSignature.size()) return malformed("the file ends inside the PNG signature");
  if (!bytes.starts_with(kSignature)) {
    return malformed("the PNG signature is damaged, as happens when a file is copied as text");
  }
  if (bytes.size() < 16) return malformed("the PNG ends before its header chunk");
  if (bytes.substr(12, 4) != "IHDR") return malformed("the PNG header chunk is missing");
  if (big_endian(bytes, 8, 4) != 13) return malformed("the PNG header chunk has the wrong length");
  if (bytes.size() < kHeaderEnd) return malformed("the PNG ends inside its header chunk");
  return Size{big_endian(bytes, 16, 4), big_endian(bytes, 20, 4)};
}

std::variant<Size, Error> jpeg_size(std::string_view bytes) {
  constexpr std::string_view kEndsEarly = "the JPEG ends before its size is given";
  // After SOI, each step reads one marker and skips its segment, so `at`
  // grows every time round and the walk ends within the file's length.
  std::size_t at = 2;
  while (true) {
    // Bytes between segments that are not a marker are skipped, FF 00
    // among them, as libjpeg does: it only warns, and a browser shows the
    // picture all the same. Then the fill bytes, FF, before the marker.
    while (at < bytes.size() && byte_at(bytes, at) != 0xFF) ++at;
    while (at < bytes.size() && byte_at(bytes, at) == 0xFF) ++at;
    if (at >= bytes.size()) return malformed(std::string(kEndsEarly));
    std::uint8_t marker = byte_at(bytes, at++);
    if (marker == 0x00 || is_standalone(marker)) continue;
    if (marker == kEndOfImage) return malformed("the JPEG ends (EOI) before any frame header gives its size");
    if (marker == kStartOfScan) return malformed("the JPEG's image data starts before any frame header gives its size");

    if (at + 2 > bytes.size()) return malformed(std::string(kEndsEarly));
    std::size_t length = big_endian(bytes, at, 2);  // counts its own two bytes
    if (length < 2) return malformed("a JPEG segment gives a length under 2");
    if (is_frame_header(marker)) {
      // Length (2), precision (1), height (2), width (2).
      if (length < 8) return malformed("the JPEG frame header is too short to give a size");
      // The whole header, as for a PNG's: a file cut inside it is broken.
      if (at + length > bytes.size()) return malformed(std::string(kEndsEarly));
      return Size{big_endian(bytes, at + 5, 2), big_endian(bytes, at + 3, 2)};
    }
    at += length;
  }
}

}  // namespace regimen::image

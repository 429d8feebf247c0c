#include "image/image_file.h"

#include <cstdint>
#include <optional>

#include <fmt/format.h>

#include "image/readers.h"

namespace regimen::image {

std::string_view to_string(Format format) {
  switch (format) {
    case Format::Png: return "PNG";
    case Format::Jpeg: return "JPEG";
    case Format::Svg: return "SVG";
  }
  return "picture";
}

std::string_view mime_type(Format format) {
  switch (format) {
    case Format::Png: return "image/png";
    case Format::Jpeg: return "image/jpeg";
    case Format::Svg: return "image/svg+xml";
  }
  return "application/octet-stream";
}

namespace {

std::uint32_t little_endian32(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(byte_at(bytes, at)) | static_cast<std::uint32_t>(byte_at(bytes, at + 1)) << 8 |
         static_cast<std::uint32_t>(byte_at(bytes, at + 2)) << 16 | static_cast<std::uint32_t>(byte_at(bytes, at + 3)) << 24;
}

// An SVG is text whose first markup, after a byte order mark and blank
// space, is `<`. The reader then decides whether its root is <svg>.
bool starts_like_markup(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::size_t i = bytes.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && bytes[i] == '<';
}

// The ISO media brands of the newer photo formats (HEIC, which iPhones
// take photos in, and AVIF): both are refused, and saying which helps a
// clinician export the right thing.
std::string iso_media_kind(std::string_view bytes) {
  std::string_view brand = bytes.size() >= 12 ? bytes.substr(8, 4) : std::string_view{};
  if (brand == "avif" || brand == "avis") return "an AVIF picture";
  for (std::string_view heic : {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"}) {
    if (brand == heic) return "a HEIC picture";
  }
  return "a video or other ISO media file (such as HEIC or AVIF)";
}

// What a file that is none of the three looks like, when its first bytes
// say so plainly; nullopt when they do not.
std::optional<std::string> other_format(std::string_view bytes) {
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) return "a GIF picture";
  if (bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP") return "a WebP picture";
  if (bytes.starts_with("%PDF-")) return "a PDF document";
  if (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp") return iso_media_kind(bytes);
  if (bytes.starts_with(std::string_view("II*\0", 4)) || bytes.starts_with(std::string_view("MM\0*", 4))) {
    return "a TIFF picture";
  }
  // "BM" alone starts too many other files; a BMP's second header says its
  // own size, one of a few known values.
  if (bytes.size() >= 18 && bytes.starts_with("BM")) {
    for (std::uint32_t info_size : {12u, 40u, 52u, 56u, 64u, 108u, 124u}) {
      if (little_endian32(bytes, 14) == info_size) return "a BMP picture";
    }
  }
  if (bytes.starts_with("\x1F\x8B")) return "a compressed SVG (svgz)";
  return std::nullopt;
}

std::string too_large(std::size_t size) {
  constexpr double kMegabyte = 1024.0 * 1024.0;
  // Rounded up, so that a file just over the limit never reads as "8.0 MB".
  auto tenths = static_cast<long long>((static_cast<double>(size) * 10.0 + kMegabyte - 1.0) / kMegabyte);
  return fmt::format("the file is {}.{} MB; at most {} MB", tenths / 10, tenths % 10,
                     kMaxBytes / (1024 * 1024));
}

std::optional<Error> over_limits(Size size) {
  if (size.width == 0 || size.height == 0) {
    return Error{Problem::TooManyPixels,
                 fmt::format("{} by {} pixels; a picture needs at least 1 pixel on each side", size.width, size.height)};
  }
  if (size.width > kMaxSide || size.height > kMaxSide || size.width * size.height > kMaxPixels) {
    return Error{Problem::TooManyPixels,
                 fmt::format("{} by {} pixels; at most {} million pixels and {} on a side", size.width, size.height,
                             kMaxPixels / 1'000'000, kMaxSide)};
  }
  return std::nullopt;
}

}  // namespace

std::variant<Info, Error> inspect(std::string_view bytes) {
  if (bytes.size() > kMaxBytes) return Error{Problem::TooLarge, too_large(bytes.size())};
  if (bytes.empty()) return Error{Problem::Empty, "the file is empty"};

  Format format;
  std::variant<Size, Error> read;
  // The PNG's first four bytes are enough to call it one, so that a
  // signature damaged further on (line ends changed by a copy as text) is
  // reported as such.
  if (bytes.starts_with("\x89PNG")) {
    format = Format::Png;
    read = png_size(bytes);
  } else if (bytes.starts_with("\xFF\xD8\xFF")) {
    format = Format::Jpeg;
    read = jpeg_size(bytes);
  } else if (starts_like_markup(bytes)) {
    format = Format::Svg;
    read = svg_size(bytes);
  } else {
    return Error{Problem::UnknownFormat, other_format(bytes).value_or("")};
  }

  if (auto* error = std::get_if<Error>(&read)) return std::move(*error);
  Size size = std::get<Size>(read);
  if (auto error = over_limits(size)) return std::move(*error);
  return Info{format, static_cast<int>(size.width), static_cast<int>(size.height)};
}

}  // namespace regimen::image

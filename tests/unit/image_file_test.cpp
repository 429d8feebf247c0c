// image/image_file: a picture's format and size from its first bytes, and
// every reason a file is refused, on tiny files built here byte by byte.
#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "image/image_file.h"

using namespace regimen;
using namespace std::string_literals;
using namespace std::string_view_literals;
using image::Error;
using image::Format;
using image::Info;
using image::Problem;

namespace {

// A real 1 by 1 PNG (one transparent pixel), CRCs and all.
constexpr std::string_view kOnePixelPng =
    "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
    "\x00\x00\x1F\x15\xC4\x89\x00\x00\x00\x0B\x49\x44\x41\x54\x78\x9C\x63\x60\x00\x02\x00\x00\x05\x00\x01\x7A\x5E"
    "\xAB\x3F\x00\x00\x00\x00\x49\x45\x4E\x44\xAE\x42\x60\x82"sv;
// Where its header chunk (IHDR) ends, CRC included.
constexpr std::size_t kPngHeaderEnd = 33;

std::string big_endian(std::uint32_t value, int bytes) {
  std::string out;
  for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) out.push_back(static_cast<char>(value >> shift & 0xFF));
  return out;
}

// The signature and a header chunk giving this size; the CRC is not checked.
std::string png(std::uint32_t width, std::uint32_t height) {
  return std::string("\x89PNG\r\n\x1A\n"sv) + big_endian(13, 4) + "IHDR" + big_endian(width, 4) +
         big_endian(height, 4) + std::string("\x08\x02\x00\x00\x00"sv) + "CRC!";
}

std::string segment(std::uint8_t marker, std::string_view payload) {
  return std::string{'\xFF', static_cast<char>(marker)} + big_endian(static_cast<std::uint32_t>(payload.size() + 2), 2) +
         std::string(payload);
}

// The segments of a baseline JPEG up to the frame header (SOF0) that gives
// this size.
std::string jpeg_up_to_frame(std::uint16_t width, std::uint16_t height) {
  return std::string("\xFF\xD8"sv) + segment(0xE0, "JFIF\0\x01\x01\x00\x00\x01\x00\x01\x00\x00"sv) +
         segment(0xDB, std::string(65, '\x01')) +
         segment(0xC0, "\x08"s + big_endian(height, 2) + big_endian(width, 2) + "\x01\x01\x11\x00"s);
}

// A whole (if undecodable) baseline JPEG: frame header, Huffman table,
// scan and end, so that the walk must stop at the frame header.
std::string jpeg(std::uint16_t width, std::uint16_t height) {
  return jpeg_up_to_frame(width, height) + segment(0xC4, std::string(20, '\x00')) +
         segment(0xDA, "\x01\x01\x00\x00\x3F\x00"sv) + "\x12\x34\x56"s + "\xFF\xD9"s;
}

constexpr std::string_view kXmlns = R"(xmlns="http://www.w3.org/2000/svg")";

// An SVG whose root has these attributes besides its namespace, and this content.
std::string svg(std::string_view attributes, std::string_view content = "<rect width=\"1\" height=\"1\"/>") {
  return "<svg " + std::string(kXmlns) + " " + std::string(attributes) + ">" + std::string(content) + "</svg>";
}

Info info(std::string_view bytes) {
  auto result = image::inspect(bytes);
  INFO("bytes: " << utf8::for_display(bytes).substr(0, 300));
  if (auto* error = std::get_if<Error>(&result)) FAIL("refused: " << static_cast<int>(error->problem) << ", " << error->detail);
  return std::get<Info>(result);
}

Error error(std::string_view bytes) {
  auto result = image::inspect(bytes);
  INFO("bytes: " << utf8::for_display(bytes).substr(0, 300));
  if (auto* read = std::get_if<Info>(&result)) FAIL("accepted as " << image::to_string(read->format) << ", " << read->width << " by " << read->height);
  return std::get<Error>(result);
}

Problem problem(std::string_view bytes) { return error(bytes).problem; }

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// Every prefix of a whole file: refused until `readable` bytes, as Malformed
// once its signature is whole, then read as `expected`.
void check_every_prefix(std::string_view whole, std::size_t readable, const Info& expected) {
  std::size_t signature = expected.format == Format::Png ? 4 : 3;  // what inspect() takes as the format's
  for (std::size_t length = 0; length <= whole.size(); ++length) {
    CAPTURE(length);
    auto result = image::inspect(whole.substr(0, length));
    if (length >= readable) {
      CHECK(result == std::variant<Info, Error>(expected));
      continue;
    }
    REQUIRE(std::holds_alternative<Error>(result));
    Problem found = std::get<Error>(result).problem;
    CHECK((found == Problem::Empty || found == Problem::UnknownFormat || found == Problem::Malformed));
    if (length >= signature) CHECK(found == Problem::Malformed);
  }
}

}  // namespace

TEST_CASE("image: each format has its name and MIME type", "[image]") {
  CHECK(image::to_string(Format::Png) == "PNG");
  CHECK(image::to_string(Format::Jpeg) == "JPEG");
  CHECK(image::to_string(Format::Svg) == "SVG");
  CHECK(image::mime_type(Format::Png) == "image/png");
  CHECK(image::mime_type(Format::Jpeg) == "image/jpeg");
  CHECK(image::mime_type(Format::Svg) == "image/svg+xml");
}

TEST_CASE("image: a PNG's size comes from its header chunk", "[image][png]") {
  CHECK(info(kOnePixelPng) == Info{Format::Png, 1, 1});
  CHECK(info(png(640, 480)) == Info{Format::Png, 640, 480});
  CHECK(info(png(12000, 3333)) == Info{Format::Png, 12000, 3333});
}

TEST_CASE("image: a PNG with a broken start is malformed, and says where", "[image][png]") {
  std::string crlf_lost = png(10, 10);
  crlf_lost.erase(4, 1);  // "\r\n" became "\n", as a copy as text does
  CHECK(error(crlf_lost) == Error{Problem::Malformed, "the PNG signature is damaged, as happens when a file is copied as text"});

  std::string not_first = png(10, 10);
  not_first.replace(12, 4, "tEXt");
  CHECK(error(not_first) == Error{Problem::Malformed, "the PNG header chunk is missing"});

  std::string long_header = png(10, 10);
  long_header[11] = 14;
  CHECK(error(long_header).detail == "the PNG header chunk has the wrong length");
}

TEST_CASE("image: a PNG cut short anywhere is refused, and read once its header chunk is whole", "[image][png]") {
  check_every_prefix(kOnePixelPng, kPngHeaderEnd, Info{Format::Png, 1, 1});
}

TEST_CASE("image: a JPEG's size comes from its frame header", "[image][jpeg]") {
  CHECK(info(jpeg(3, 2)) == Info{Format::Jpeg, 3, 2});
  CHECK(info(jpeg(4032, 3024)) == Info{Format::Jpeg, 4032, 3024});
  // Progressive (SOF2) and lossless (SOF3) frames give a size the same way.
  std::string progressive = jpeg(800, 600);
  progressive[progressive.find("\xFF\xC0"sv) + 1] = '\xC2';
  CHECK(info(progressive) == Info{Format::Jpeg, 800, 600});
}

TEST_CASE("image: the JPEG walk skips fill bytes and markers that stand alone", "[image][jpeg]") {
  // Fill bytes before a marker, then RST0 and TEM, which have no length.
  std::string padded = "\xFF\xD8"s + "\xFF\xFF\xFF\xD0\xFF\x01"s + jpeg(5, 7).substr(2);
  CHECK(info(padded) == Info{Format::Jpeg, 5, 7});
}

TEST_CASE("image: bytes between JPEG segments that are no marker are skipped, as libjpeg does", "[image][jpeg]") {
  std::string frame = jpeg(5, 7).substr(2);
  CHECK(info("\xFF\xD8"s + segment(0xE1, "Exif") + "\x00\x00junk\xFF\x00"s + frame) == Info{Format::Jpeg, 5, 7});
  // Junk alone, or a stuffed FF 00, is not a frame header.
  CHECK(error("\xFF\xD8\xFF\x00\xC0\x00\x11"s) == Error{Problem::Malformed, "the JPEG ends before its size is given"});
}

TEST_CASE("image: a Huffman table, DAC or C8 segment is not a frame header", "[image][jpeg]") {
  // Each looks like a frame header giving 9 by 9; the real one says 5 by 7.
  std::string lookalike = "\x08\x00\x09\x00\x09\x01\x01\x11\x00"s;
  for (std::uint8_t marker : {0xC4, 0xC8, 0xCC}) {
    CAPTURE(int(marker));
    CHECK(info("\xFF\xD8"s + segment(marker, lookalike) + jpeg(5, 7).substr(2)) == Info{Format::Jpeg, 5, 7});
  }
}

TEST_CASE("image: a JPEG with no frame header before its data or end is malformed", "[image][jpeg]") {
  std::string scan_first = "\xFF\xD8"s + segment(0xDA, "\x01\x01\x00\x00\x3F\x00"sv) + jpeg(5, 5).substr(2);
  CHECK(error(scan_first) ==
        Error{Problem::Malformed, "the JPEG's image data starts before any frame header gives its size"});
  CHECK(problem("\xFF\xD8\xFF\xD9"s + jpeg(5, 5).substr(2)) == Problem::Malformed);
  CHECK(error("\xFF\xD8\xFF\xE0\x00\x01rest"s).detail == "a JPEG segment gives a length under 2");
  CHECK(error("\xFF\xD8\xFF\xE0\x00\x00rest"s).detail == "a JPEG segment gives a length under 2");
  CHECK(error("\xFF\xD8\xFF\xE0\x00\x04zz"s + "junk"s).problem == Problem::Malformed);
  CHECK(error("\xFF\xD8\xFF\x00\x00\x00"s).problem == Problem::Malformed);
  CHECK(error("\xFF\xD8\xFF\xC0\x00\x05\x08\x00\x01"s).detail == "the JPEG frame header is too short to give a size");
  // A segment whose length runs past the end.
  CHECK(error("\xFF\xD8\xFF\xE1\xFF\xF0" "Exif"s) == Error{Problem::Malformed, "the JPEG ends before its size is given"});
}

TEST_CASE("image: a JPEG cut short anywhere is refused, and read once its frame header is whole", "[image][jpeg]") {
  check_every_prefix(jpeg(320, 240), jpeg_up_to_frame(320, 240).size(), Info{Format::Jpeg, 320, 240});
}

TEST_CASE("image: too many pixels, too long a side, or a side of 0 is refused", "[image]") {
  CHECK(error(png(12001, 10)) ==
        Error{Problem::TooManyPixels, "12001 by 10 pixels; at most 40 million pixels and 12000 on a side"});
  CHECK(error(png(7000, 7000)).problem == Problem::TooManyPixels);  // 49 million, each side allowed
  CHECK(info(png(8000, 5000)) == Info{Format::Png, 8000, 5000});    // exactly 40 million
  CHECK(error(png(8000, 5001)).problem == Problem::TooManyPixels);
  CHECK(error(png(0xFFFFFFFF, 0xFFFFFFFF)).detail ==
        "4294967295 by 4294967295 pixels; at most 40 million pixels and 12000 on a side");
  CHECK(error(png(0, 10)) ==
        Error{Problem::TooManyPixels, "0 by 10 pixels; a picture needs at least 1 pixel on each side"});
  CHECK(error(jpeg(65535, 65535)).problem == Problem::TooManyPixels);
  CHECK(error(jpeg(640, 0)).problem == Problem::TooManyPixels);
  CHECK(error(svg(R"(width="12001" height="1")")).problem == Problem::TooManyPixels);
  CHECK(error(svg(R"(width="0" height="10")")).problem == Problem::TooManyPixels);
  CHECK(error(svg(R"(width="1e300" height="10")")).problem == Problem::TooManyPixels);
}

TEST_CASE("image: an empty file, and one over the byte limit, are refused before anything else", "[image]") {
  CHECK(error("") == Error{Problem::Empty, "the file is empty"});
  std::string over = png(10, 10);
  over.resize(image::kMaxBytes + 1, '\0');
  CHECK(error(over) == Error{Problem::TooLarge, "the file is 8.1 MB; at most 8 MB"});
  std::string at_limit = png(10, 10);
  at_limit.resize(image::kMaxBytes, '\0');
  CHECK(info(at_limit) == Info{Format::Png, 10, 10});
  CHECK(error(std::string(12 * 1024 * 1024, 'x')).detail == "the file is 12.0 MB; at most 8 MB");
}

TEST_CASE("image: other formats are named when their first bytes say what they are", "[image]") {
  auto detail = [](std::string_view bytes) {
    Error found = error(bytes);
    CHECK(found.problem == Problem::UnknownFormat);
    return found.detail;
  };
  CHECK(detail("GIF89a\x01\x00\x01\x00"sv) == "a GIF picture");
  CHECK(detail("RIFF\x24\x00\x00\x00WEBPVP8 "sv) == "a WebP picture");
  CHECK(detail("%PDF-1.7\n"sv) == "a PDF document");
  CHECK(detail("\x00\x00\x00\x18" "ftypheic\x00\x00\x00\x00"sv) == "a HEIC picture");
  CHECK(detail("\x00\x00\x00\x1C" "ftypavif\x00\x00\x00\x00"sv) == "an AVIF picture");
  CHECK(contains(detail("\x00\x00\x00\x1C" "ftypisom\x00\x00\x00\x00"sv), "video"));
  CHECK(detail("II*\x00\x08\x00\x00\x00"sv) == "a TIFF picture");
  CHECK(detail("MM\x00*\x00\x00\x00\x08"sv) == "a TIFF picture");
  CHECK(detail("BM\x46\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00\x01\x00"sv) == "a BMP picture");
  CHECK(detail("\x1F\x8B\x08\x00\x00\x00\x00\x00"sv) == "a compressed SVG (svgz)");
  // Nothing recognisable: no guess.
  CHECK(detail("BMW service record, 2019") == "");
  CHECK(detail("just some text") == "");
  CHECK(detail("\xFF\xD8"sv) == "");
}

TEST_CASE("image: an SVG's size comes from its width and height, in any absolute unit", "[image][svg]") {
  CHECK(info(svg(R"(width="200" height="100")")) == Info{Format::Svg, 200, 100});
  CHECK(info(svg(R"(width="200px" height='100px')")) == Info{Format::Svg, 200, 100});
  CHECK(info(svg(R"(width="2in" height="1in")")) == Info{Format::Svg, 192, 96});
  CHECK(info(svg(R"(width="72pt" height="3pc")")) == Info{Format::Svg, 96, 48});
  CHECK(info(svg(R"(width="2.54cm" height="25.4mm")")) == Info{Format::Svg, 96, 96});
  CHECK(info(svg(R"(width=" 10.4 " height="10.5")")) == Info{Format::Svg, 10, 11});
  CHECK(info(svg(R"(width="0.2" height="1e2")")) == Info{Format::Svg, 1, 100});
  CHECK(info(svg(R"(height="30" width="+40PX")")) == Info{Format::Svg, 40, 30});
  // Both given: the viewBox does not change them.
  CHECK(info(svg(R"(width="50" height="50" viewBox="0 0 300 100")")) == Info{Format::Svg, 50, 50});
}

TEST_CASE("image: an SVG with a viewBox takes its size, or a missing side, from it", "[image][svg]") {
  CHECK(info(svg(R"(viewBox="0 0 300 150")")) == Info{Format::Svg, 300, 150});
  CHECK(info(svg(R"(viewBox="-10,-10,24.6,12")")) == Info{Format::Svg, 25, 12});
  CHECK(info(svg(R"(width="600" viewBox="0 0 300 150")")) == Info{Format::Svg, 600, 300});
  CHECK(info(svg(R"(height="50" viewBox="0 0 300 150")")) == Info{Format::Svg, 100, 50});
  CHECK(info(svg(R"(width="1in" viewBox="0 0 2 1")")) == Info{Format::Svg, 96, 48});
}

TEST_CASE("image: percentages, font units and unknown units give an SVG no size", "[image][svg]") {
  CHECK(info(svg(R"(width="100%" height="100%" viewBox="0 0 40 20")")) == Info{Format::Svg, 40, 20});
  CHECK(info(svg(R"(width="10em" height="5ex" viewBox="0 0 40 20")")) == Info{Format::Svg, 40, 20});
  CHECK(info(svg(R"(width="100%" height="60" viewBox="0 0 40 20")")) == Info{Format::Svg, 120, 60});
  CHECK(info(svg(R"(width="-5" height="60" viewBox="0 0 40 20")")) == Info{Format::Svg, 120, 60});
  CHECK(info(svg(R"(width="10 px" height="60" viewBox="0 0 40 20")")) == Info{Format::Svg, 120, 60});
  CHECK(info(svg(R"(width="auto" height="60" viewBox="0 0 40 20")")) == Info{Format::Svg, 120, 60});

  CHECK(error(svg(R"(width="100%" height="100%")")) ==
        Error{Problem::NoSize,
              "the `<svg>` element has no `width` and `height` in px, pt, pc, in, cm or mm, and no `viewBox`; "
              "`width=\"100%\"` and `height=\"100%\"` give no size"});
  CHECK(error(svg("")).detail ==
        "the `<svg>` element has no `width` and `height` in px, pt, pc, in, cm or mm, and no `viewBox`");
  CHECK(error(svg(R"(width="300")")) ==
        Error{Problem::NoSize, "the `<svg>` element gives its width but not its height, and no `viewBox` to take it from"});
  CHECK(error(svg(R"(height="3cm" viewBox="0 0 0 10")")).detail ==
        "the `<svg>` element gives its height but not its width, and no `viewBox` to take it from; "
        "`viewBox=\"0 0 0 10\"` gives no size");
  CHECK(problem(svg(R"(viewBox="0 0 10")")) == Problem::NoSize);
  CHECK(problem(svg(R"(viewBox="0 0 10 10 10")")) == Problem::NoSize);
}

TEST_CASE("image: an SVG may start with a byte order mark, a declaration, comments and a DOCTYPE", "[image][svg]") {
  std::string prolog =
      "\xEF\xBB\xBF  \n<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
      "<!-- Created with Inkscape (http://www.inkscape.org/) -->\n"
      "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";
  CHECK(info(prolog + svg(R"(width="64" height="32")")) == Info{Format::Svg, 64, 32});
  // Illustrator's internal entities, which name no file.
  std::string illustrator =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\" [\n"
      "  <!ENTITY ns_extend \"http://ns.adobe.com/Extensibility/1.0/\">\n"
      "  <!ENTITY ns_graphs \"http://ns.adobe.com/Graphs/1.0/\">\n]>\n";
  CHECK(info(illustrator + svg(R"(viewBox="0 0 10 20")")) == Info{Format::Svg, 10, 20});
  // With a namespace prefix, and a self-closing root.
  CHECK(info(R"(<s:svg xmlns:s="http://www.w3.org/2000/svg" width="7" height="8"><s:g/></s:svg>)") ==
        Info{Format::Svg, 7, 8});
  CHECK(info("<svg " + std::string(kXmlns) + " width='3' height='4'/>") == Info{Format::Svg, 3, 4});
}

TEST_CASE("image: a document whose root is not <svg> is not an SVG", "[image][svg]") {
  CHECK(error("<!DOCTYPE html>\n<HTML><body><svg " + std::string(kXmlns) + " width='1' height='1'></svg></body></HTML>") ==
        Error{Problem::UnknownFormat, "an HTML page"});
  CHECK(error(R"(<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>)") ==
        Error{Problem::UnknownFormat, "an XML document whose root element is `<feed>`, not `<svg>`"});
  CHECK(problem("<SVG " + std::string(kXmlns) + " width='1' height='1'></SVG>") == Problem::UnknownFormat);
}

TEST_CASE("image: an SVG whose structure is broken is malformed", "[image][svg]") {
  CHECK(error(R"(<?xml version="1.0"?>)") == Error{Problem::Malformed, "the SVG has no `<svg>` element"});
  CHECK(error("<!-- drawn by hand <svg xmlns='http://www.w3.org/2000/svg'/>") ==
        Error{Problem::Malformed, "a comment before the `<svg>` element is not closed"});
  CHECK(error("<svg " + std::string(kXmlns) + " width=\"10\" height=\"10\"") ==
        Error{Problem::Malformed, "the file ends inside the `<svg>` tag"});
  CHECK(error("<svg " + std::string(kXmlns) + " width=\"10\" height=\"10\"><svg><rect/></svg>") ==
        Error{Problem::Malformed, "the SVG ends before its closing `</svg>` tag"});
  CHECK(error(R"(<svg width="10" height="10"></svg>)") ==
        Error{Problem::Malformed,
              "the `<svg>` element lacks `xmlns=\"http://www.w3.org/2000/svg\"`, without which it is not drawn"});
  CHECK(problem(R"(<svg xmlns="http://www.w3.org/1999/xhtml" width="10" height="10"></svg>)") == Problem::Malformed);
}

TEST_CASE("image: an SVG that would run a script or reach outside the file is unsafe", "[image][svg]") {
  auto unsafe = [](std::string_view attributes, std::string_view content) {
    Error found = error(svg(attributes, content));
    CHECK(found.problem == Problem::Unsafe);
    return found.detail;
  };
  CHECK(unsafe(R"(width="1" height="1")", "<script>alert(1)</script>") == "the SVG has a `<script>` element");
  CHECK(unsafe(R"(width="1" height="1")", "<SCRIPT type='text/ecmascript'/>") == "the SVG has a `<script>` element");
  CHECK(unsafe(R"(width="1" height="1")", "<svg:script xmlns:svg='http://www.w3.org/2000/svg'/>") ==
        "the SVG has a `<script>` element");
  CHECK(unsafe(R"x(width="1" height="1" onload="alert(1)")x", "") ==
        "the SVG has an event attribute, `onload`, which runs a script");
  CHECK(unsafe(R"(width="1" height="1")", "<g><rect OnClick = 'go()' /></g>") ==
        "the SVG has an event attribute, `OnClick`, which runs a script");
  CHECK(unsafe(R"(width="1" height="1")", "<image href=\"photo.png\" width=\"1\" height=\"1\"/>") ==
        "the SVG refers to something outside the file: `href=\"photo.png\"`");
  CHECK(unsafe(R"(width="1" height="1" xmlns:xlink="http://www.w3.org/1999/xlink")",
               "<use xlink:href=\"http://example.com/sprite.svg#a\"/>") ==
        "the SVG refers to something outside the file: `xlink:href=\"http://example.com/sprite.svg#a\"`");
  CHECK(unsafe(R"(width="1" height="1")", "<foreignObject><div>hi</div></foreignObject>") ==
        "the SVG has a `<foreignObject>` element, which can hold a web page");
  CHECK(unsafe(R"(width="1" height="1")", "<style>@import 'clinic.css';</style>") ==
        "the SVG's style imports another style sheet (`@import`)");
  CHECK(unsafe(R"(width="1" height="1")", "<rect fill=\"url(https://example.com/p.svg#g)\"/>") ==
        "the SVG's style refers to something outside the file: `url(https://example.com/p.svg#g)`");
  CHECK(unsafe(R"(width="1" height="1")", "<style><![CDATA[ rect { fill: url( 'tile.png' ) } ]]></style>") ==
        "the SVG's style refers to something outside the file: `url( 'tile.png' )`");
  CHECK(problem("<?xml-stylesheet type=\"text/css\" href=\"style.css\"?>" + svg(R"(width="1" height="1")")) ==
        Problem::Unsafe);
  CHECK(error("<!DOCTYPE svg [ <!ENTITY logo SYSTEM \"file:///etc/passwd\"> ]>" + svg(R"(width="1" height="1")", "&logo;")) ==
        Error{Problem::Unsafe, "the SVG declares an entity from outside the file (`<!ENTITY` with `SYSTEM` or `PUBLIC`)"});
  CHECK(problem("<!DOCTYPE svg [ <!ENTITY % p PUBLIC \"-//X//Y\" \"y.dtd\"> ]>" + svg(R"(width="1" height="1")")) ==
        Problem::Unsafe);
}

TEST_CASE("image: fragments, data: URIs, comments and harmless words keep an SVG safe", "[image][svg]") {
  std::string safe_parts =
      "<defs><linearGradient id=\"g\"/><path id=\"a\" d=\"M0 0\"/></defs>"
      "<use href=\"#a\"/><use xlink:href=\" #a\"/><a href=\"\"><text>online, onload and url</text></a>"
      "<image href=\"DATA:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/>"
      "<rect fill=\"url(#g)\" style=\"fill: url('#g'); opacity: 0.5\" clip-path=\"url()\"/>"
      "<!-- <script>alert(1)</script> <image href=\"http://example.com/a.png\"/> -->";
  std::string attributes = R"(width="10" height="10" xmlns:xlink="http://www.w3.org/1999/xlink")";
  CHECK(info(svg(attributes, safe_parts)) == Info{Format::Svg, 10, 10});
  // The same parts, with one more attribute that is `on` and letters.
  CHECK(problem(svg(attributes, safe_parts + "<g onmouseover=\"\"/>")) == Problem::Unsafe);
}

TEST_CASE("image: details quote the file's text as valid UTF-8, cut short", "[image][svg]") {
  std::string href = "http://example.com/" + std::string(200, 'a') + "\xFF\x01";
  Error found = error(svg(R"(width="1" height="1")", "<image href=\"" + href + "\"/>"));
  CHECK(found.problem == Problem::Unsafe);
  CHECK(utf8::invalid_offsets(found.detail).empty());
  CHECK(found.detail.size() < 150);
  CHECK(contains(found.detail, "..."));
}

TEST_CASE("image: a large SVG is read in one pass", "[image][svg]") {
  // Many tags, many url()s, and a long run of space at the end: a reader
  // that went back over the text for each would take minutes here.
  std::string content;
  for (int i = 0; i < 100'000; ++i) content += "<rect fill=\"url(#g)\" x=\"1\"/>";
  content += std::string(3'000'000, ' ');
  CHECK(info(svg(R"(width="10" height="10")", content)) == Info{Format::Svg, 10, 10});
  CHECK(problem(svg(R"(width="10" height="10")", content + "<script/>")) == Problem::Unsafe);
}

namespace {

// What every answer of inspect() must be, whatever it was given: a picture
// inside the limits, or a reason in valid UTF-8.
void check_answer(std::string_view bytes) {
  auto result = image::inspect(bytes);
  if (auto* read = std::get_if<Info>(&result)) {
    CHECK(read->width >= 1);
    CHECK(read->height >= 1);
    CHECK(read->width <= image::kMaxSide);
    CHECK(read->height <= image::kMaxSide);
    CHECK(static_cast<long long>(read->width) * read->height <= image::kMaxPixels);
  } else {
    CHECK(utf8::invalid_offsets(std::get<Error>(result).detail).empty());
  }
}

}  // namespace

TEST_CASE("image: random changes to each format never crash the reader", "[image]") {
  std::mt19937 random(20240611);
  auto below = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  auto byte = [&] { return static_cast<char>(random() & 0xFF); };
  // Markup words, so that changes to an SVG make tags, declarations and sizes.
  const std::vector<std::string> words = {
      "<", ">", "/>", "</svg>", "<svg ", std::string(kXmlns), " width=", " height=", " viewBox=", "\"", "'",
      "10", "-3.5e2", "1e309", "%", "mm", "in", " ", ",", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE svg [",
      "]>", "<!ENTITY x SYSTEM ", "<?xml ", "?>", " href=", "#a", "data:", "url(", ")", "@import", " onload=",
      "<script", "<foreignObject", "xlink:", "\xEF\xBB\xBF", "\xFF", "\xC3"};
  const std::string svg_start = svg(R"(width="40" height="30" viewBox="0 0 4 3")", "<g><use href=\"#a\"/></g>");
  std::array<int, 3> accepted{};
  for (int round = 0; round < 3000; ++round) {
    // A PNG header with any size, a few bytes changed, maybe cut short.
    std::string png_bytes = png(static_cast<std::uint32_t>(below(20000)), static_cast<std::uint32_t>(below(20000)));
    for (std::size_t i = 0, n = below(4); i < n; ++i) png_bytes[below(png_bytes.size())] = byte();
    if (below(2) == 0) png_bytes.resize(below(png_bytes.size() + 1));

    // JPEG segments with random markers, whose lengths sometimes lie.
    std::string jpeg_bytes = "\xFF\xD8"s;
    for (std::size_t i = 0, n = below(6); i < n; ++i) {
      // Half of them start as a frame header would, with a size near the limits.
      std::string payload = below(2) == 0 ? "\x08"s + big_endian(static_cast<std::uint32_t>(below(13000)), 2) +
                                                big_endian(static_cast<std::uint32_t>(below(13000)), 2)
                                          : ""s;
      for (std::size_t j = 0, m = below(12); j < m; ++j) payload += byte();
      std::size_t length = below(4) == 0 ? below(16) : payload.size() + 2;
      if (below(8) == 0) jpeg_bytes += std::string(below(3), '\xFF');
      jpeg_bytes += '\xFF';
      jpeg_bytes += static_cast<char>(below(4) == 0 ? below(256) : 0xC0 + below(32));
      jpeg_bytes += big_endian(static_cast<std::uint32_t>(length), 2) + payload;
    }

    // A valid SVG with markup words and stray bytes put in, or parts cut out.
    std::string svg_bytes = svg_start;
    for (std::size_t i = 0, n = below(4); i < n; ++i) {
      std::size_t at = below(svg_bytes.size() + 1);
      if (below(3) == 0) {
        svg_bytes.erase(at, below(8));
      } else {
        svg_bytes.insert(at, below(8) == 0 ? std::string(1, byte()) : words[below(words.size())]);
      }
    }

    const std::array<std::string, 3> inputs = {png_bytes, jpeg_bytes, svg_bytes};
    for (std::size_t format = 0; format < inputs.size(); ++format) {
      CAPTURE(utf8::for_display(inputs[format]));
      check_answer(inputs[format]);
      accepted[format] += std::holds_alternative<Info>(image::inspect(inputs[format])) ? 1 : 0;
    }
  }
  // The inputs reach the end of each reader, not only its first refusals.
  CAPTURE(accepted[0], accepted[1], accepted[2]);
  CHECK(accepted[0] > 100);
  CHECK(accepted[1] > 100);
  CHECK(accepted[2] > 100);
}

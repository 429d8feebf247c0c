// The SVG reader: finds the root element, checks that it is an SVG that
// a renderer will draw and that nothing in the file is unsafe, then takes
// the size from its width, height and viewBox.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "base/words.h"
#include "image/readers.h"
#include "image/svg_markup.h"
#include "image/svg_safety.h"

namespace regimen::image {

namespace {

using namespace markup;

constexpr std::string_view kSvgNamespace = "http://www.w3.org/2000/svg";

Error malformed(std::string detail) { return Error{Problem::Malformed, std::move(detail)}; }

struct Number {
  double value = 0;
  std::string_view rest;  // what follows it
};

// The number at the start of `text`, as SVG writes one: `12`, `-3.5`, `.5`,
// `1e3`. nullopt when there is none, or it is too large for a double.
std::optional<Number> leading_number(std::string_view text) {
  std::size_t at = 0;
  auto digits = [&] {
    std::size_t from = at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    return at - from;
  };
  bool negative = at < text.size() && text[at] == '-';
  if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
  std::size_t start = at;
  std::size_t count = digits();
  if (at < text.size() && text[at] == '.') {
    ++at;
    count += digits();
  }
  if (count == 0) return std::nullopt;
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    std::size_t mark = at++;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
    if (digits() == 0) at = mark;  // `1em`: the e starts a unit
  }
  double value = 0;
  auto [end, error] = std::from_chars(text.data() + start, text.data() + at, value);
  if (error != std::errc{} || end != text.data() + at) return std::nullopt;
  return Number{negative ? -value : value, text.substr(at)};
}

// A width or height in CSS pixels (96 to the inch). nullopt for what gives
// no size of its own: a percentage (of a page the picture is not on), em
// or ex (of a font it does not have), an unknown unit, a negative length.
std::optional<double> css_pixels(std::string_view value) {
  auto number = leading_number(trimmed(value));
  if (!number || number->value < 0) return std::nullopt;
  struct Unit {
    std::string_view name;
    double pixels;
  };
  static constexpr std::array<Unit, 7> kUnits{{
      {"", 1.0}, {"px", 1.0}, {"pt", 4.0 / 3.0}, {"pc", 16.0}, {"in", 96.0}, {"cm", 96.0 / 2.54}, {"mm", 96.0 / 25.4}}};
  for (const Unit& unit : kUnits) {
    if (same_letters(number->rest, unit.name)) return number->value * unit.pixels;
  }
  return std::nullopt;
}

struct Box {
  double width = 0;
  double height = 0;
};

// A viewBox, `min-x min-y width height`, separated by spaces or commas;
// nullopt unless it is four numbers with a width and height above zero.
std::optional<Box> view_box(std::string_view value) {
  std::array<double, 4> numbers{};
  for (double& number : numbers) {
    value.remove_prefix(std::min(value.find_first_not_of(" \t\r\n,"), value.size()));
    auto read = leading_number(value);
    if (!read) return std::nullopt;
    number = read->value;
    value = read->rest;
  }
  if (!trimmed(value).empty() || !(numbers[2] > 0 && numbers[3] > 0)) return std::nullopt;
  return Box{numbers[2], numbers[3]};
}

// A length in pixels as a side: rounded, at least 1 unless it is 0, and
// held below a bound that is past every limit and exact as an integer.
long long side(double pixels) {
  constexpr double kLargest = 1e15;
  if (!(pixels > 0)) return 0;
  if (pixels >= kLargest) return static_cast<long long>(kLargest);
  return std::max(1LL, std::llround(pixels));
}

const Attribute* attribute(const Element& element, std::string_view name) {
  auto found = std::find_if(element.attributes.begin(), element.attributes.end(),
                            [&](const Attribute& a) { return a.name == name; });
  return found == element.attributes.end() ? nullptr : &*found;
}

std::variant<Size, Error> size_of(const Element& root) {
  std::vector<std::string> ignored;  // written, but giving no size
  auto length = [&](std::string_view name) -> std::optional<double> {
    const Attribute* written = attribute(root, name);
    if (written == nullptr) return std::nullopt;
    auto pixels = css_pixels(written->value);
    if (!pixels) ignored.push_back(fmt::format("`{}=\"{}\"`", name, quoted(written->value)));
    return pixels;
  };
  auto width = length("width");
  auto height = length("height");
  std::optional<Box> box;
  if (const Attribute* written = attribute(root, "viewBox")) {
    box = view_box(written->value);
    if (!box) ignored.push_back(fmt::format("`viewBox=\"{}\"`", quoted(written->value)));
  }

  // A side the SVG leaves out follows the viewBox's proportions, as a
  // browser draws it.
  if (width && height) return Size{side(*width), side(*height)};
  if (width && box) return Size{side(*width), side(*width * box->height / box->width)};
  if (height && box) return Size{side(*height * box->width / box->height), side(*height)};
  if (!width && !height && box) return Size{side(box->width), side(box->height)};

  std::string detail =
      width || height
          ? fmt::format("the `<svg>` element gives its {} but not its {}, and no `viewBox` to take it from",
                        width ? "width" : "height", width ? "height" : "width")
          : "the `<svg>` element has no `width` and `height` in px, pt, pc, in, cm or mm, and no `viewBox`";
  if (!ignored.empty()) {
    detail += fmt::format("; {} {} no size", words::and_list(ignored), ignored.size() == 1 ? "gives" : "give");
  }
  return Error{Problem::NoSize, std::move(detail)};
}

}  // namespace

std::variant<Size, Error> svg_size(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  // One walk over the whole text: the root is the first start tag, and
  // the safety check sees every piece, whether before, in or after it.
  std::optional<Element> root;
  int open_roots = 0;  // elements named as the root that are open, itself included
  bool ended = false;
  bool comment_open = false;
  std::optional<Error> unsafe;
  Scanner scanner(text);
  while (auto piece = scanner.next()) {
    if (!unsafe) unsafe = unsafe_part(*piece);
    if (auto* comment = std::get_if<Comment>(&*piece)) {
      comment_open = comment_open || (!comment->closed && !root);
      continue;
    }
    auto* element = std::get_if<Element>(&*piece);
    if (element == nullptr) continue;
    if (!root) {
      if (element->end_tag) continue;
      root = *element;
    } else if (element->name != root->name) {
      continue;
    }
    if (!element->end_tag && !element->self_closing) ++open_roots;
    if (element->end_tag) --open_roots;
    ended = ended || open_roots <= 0;
  }

  if (!root) {
    return malformed(comment_open ? "a comment before the `<svg>` element is not closed" : "the SVG has no `<svg>` element");
  }
  if (local_name(root->name) != "svg") {
    if (same_letters(root->name, "html")) return Error{Problem::UnknownFormat, "an HTML page"};
    return Error{Problem::UnknownFormat,
                 fmt::format("an XML document whose root element is `<{}>`, not `<svg>`", quoted(root->name))};
  }
  if (!root->closed) return malformed("the file ends inside the `<svg>` tag");
  if (!ended) return malformed(fmt::format("the SVG ends before its closing `</{}>` tag", quoted(root->name)));
  // Without its namespace, the root is an unknown XML element to a browser
  // and to librsvg alike, and neither draws anything.
  std::string xmlns = root->name == "svg" ? "xmlns" : fmt::format("xmlns:{}", root->name.substr(0, root->name.size() - 4));
  const Attribute* space = attribute(*root, xmlns);
  if (space == nullptr || space->value != kSvgNamespace) {
    return malformed(fmt::format("the `<svg>` element lacks `{}=\"{}\"`, without which it is not drawn", quoted(xmlns),
                                 kSvgNamespace));
  }
  if (unsafe) return std::move(*unsafe);
  return size_of(*root);
}

}  // namespace regimen::image

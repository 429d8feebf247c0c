#include "image/svg_safety.h"

#include <string>
#include <type_traits>

#include <fmt/format.h>

namespace regimen::image {

namespace {

using namespace markup;

Error unsafe(std::string detail) { return Error{Problem::Unsafe, std::move(detail)}; }

// A reference that stays inside the file: a fragment of this document, a
// data: URI, or nothing at all (which names the document itself).
bool stays_inside(std::string_view reference) {
  reference = without_leading_space(reference);
  return reference.empty() || reference.starts_with('#') || starts_with_letters(reference, "data:");
}

// CSS, in a <style> element or a style attribute alike: every `url(` and
// `@import`. The text is not parsed as CSS, so a `url(` in a picture's
// words counts too; an SVG with one is rare enough to refuse.
std::optional<Error> unsafe_css(std::string_view css) {
  if (find_letters(css, "@import") != std::string_view::npos) {
    return unsafe("the SVG's style imports another style sheet (`@import`)");
  }
  for (std::size_t at = find_letters(css, "url("); at != std::string_view::npos; at = find_letters(css, "url(", at + 4)) {
    std::string_view argument = without_leading_space(css.substr(at + 4));
    if (!argument.empty() && (argument[0] == '"' || argument[0] == '\'')) argument.remove_prefix(1);
    bool nothing = !argument.empty() && (argument[0] == ')' || argument[0] == '"' || argument[0] == '\'');
    if (!nothing && !stays_inside(argument)) {
      std::size_t end = css.find(')', at);
      std::string_view written = css.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at + 1);
      return unsafe(fmt::format("the SVG's style refers to something outside the file: `{}`", quoted(written)));
    }
  }
  return std::nullopt;
}

std::optional<Error> unsafe_attributes(const std::vector<Attribute>& attributes) {
  for (const Attribute& attribute : attributes) {
    std::string_view name = local_name(attribute.name);
    if (name.size() > 2 && starts_with_letters(name, "on") &&
        name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) == std::string_view::npos) {
      return unsafe(fmt::format("the SVG has an event attribute, `{}`, which runs a script", quoted(attribute.name)));
    }
    if (same_letters(name, "href") && !stays_inside(attribute.value)) {
      return unsafe(fmt::format("the SVG refers to something outside the file: `{}=\"{}\"`", quoted(attribute.name),
                                quoted(attribute.value)));
    }
    if (auto error = unsafe_css(attribute.value)) return error;
  }
  return std::nullopt;
}

std::optional<Error> unsafe_element(const Element& element) {
  std::string_view name = local_name(element.name);
  if (!element.end_tag && same_letters(name, "script")) return unsafe("the SVG has a `<script>` element");
  if (!element.end_tag && same_letters(name, "foreignObject")) {
    return unsafe("the SVG has a `<foreignObject>` element, which can hold a web page");
  }
  return unsafe_attributes(element.attributes);
}

// `<!ENTITY name SYSTEM "file">` (or PUBLIC), and the parameter entities
// `<!ENTITY % name ...>`: an entity whose text is another file. An entity
// whose text is written out (`<!ENTITY ns "http://...">`, as Illustrator
// writes) is harmless.
std::optional<Error> unsafe_declaration(const Declaration& declaration) {
  if (!same_letters(declaration.keyword, "ENTITY")) return std::nullopt;
  std::string_view rest = trimmed(declaration.body);
  if (rest.starts_with('%')) rest = trimmed(rest.substr(1));
  std::size_t name_end = rest.find_first_of(" \t\r\n");
  rest = name_end == std::string_view::npos ? std::string_view{} : trimmed(rest.substr(name_end));
  if (starts_with_letters(rest, "SYSTEM") || starts_with_letters(rest, "PUBLIC")) {
    return unsafe("the SVG declares an entity from outside the file (`<!ENTITY` with `SYSTEM` or `PUBLIC`)");
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> unsafe_part(const Piece& piece) {
  return std::visit(
      [](const auto& part) -> std::optional<Error> {
        using Part = std::decay_t<decltype(part)>;
        if constexpr (std::is_same_v<Part, Element>) {
          return unsafe_element(part);
        } else if constexpr (std::is_same_v<Part, Instruction>) {
          return unsafe_attributes(part.attributes);
        } else if constexpr (std::is_same_v<Part, Declaration>) {
          return unsafe_declaration(part);
        } else if constexpr (std::is_same_v<Part, Text>) {
          return unsafe_css(part.content);
        } else {
          static_assert(std::is_same_v<Part, Comment>);
          return std::nullopt;
        }
      },
      piece);
}

}  // namespace regimen::image

#include "check/images.h"

#include <algorithm>

namespace regimen::checking {
namespace {

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c == ' ' || c == '\t'; });
}

}  // namespace

std::vector<program::Image> checked_images(const std::vector<ast::Image>& images, Diagnostics& diagnostics) {
  std::vector<program::Image> out;
  for (const auto& image : images) {
    if (blank(image.path)) {
      diagnostics.report(image.path_span, msg::ImageEmptyPath{})
          .help("write the file's path from this file's folder, as in `image \"photos/wall_slide.jpg\" alt \"...\"`");
      continue;
    }
    if (!image.alt) {
      diagnostics.report(image.span, msg::ImageNoAlt{})
          .help("say what the picture shows after `alt`, as in `alt \"Standing with the back to a wall\"`")
          .note("screen readers read the alt text, and the text handout prints it in place of the picture");
      continue;
    }
    if (blank(*image.alt)) {
      diagnostics.report(image.span, msg::ImageEmptyAlt{})
          .help("say what the picture shows, in a short sentence");
      continue;
    }
    out.push_back(program::Image{image.path, *image.alt, image.path_span});
  }
  return out;
}

}  // namespace regimen::checking

// Inside the image module: the parts of an SVG that would run a script or reach outside the file.
#pragma once

#include <optional>

#include "image/image_file.h"
#include "image/svg_markup.h"

namespace regimen::image {

// Why this piece of an SVG makes it unsafe (Problem::Unsafe), or nullopt.
//
// The HTML handout embeds a picture through <img>, where a browser never
// runs an SVG's scripts or fetches what it names. The PDF handout, though,
// is drawn by librsvg, which loads the files and addresses an SVG refers to
// (other pictures, style sheets, entities); and a clinic's handout must
// look the same wherever it is printed, depending on nothing outside the
// file. So this refuses, conservatively: a <script> or <foreignObject>
// element, an event attribute (`onload=`), an href or xlink:href that is
// not a fragment (`#id`) or a data: URI, a style sheet's `@import` or a
// `url(...)` that is neither, a style sheet by processing instruction with
// such an href, and an entity declared from outside the file. Names and
// keywords are compared without case, more widely than XML would.
std::optional<Error> unsafe_part(const markup::Piece& piece);

}  // namespace regimen::image

// A picture of the clinic's own, as a checked program and the library hold it.
#pragma once

#include <string>

#include "base/source.h"

namespace regimen::program {

// `image "photos/wall_slide.jpg" alt "..."`: a picture of the clinic's own.
// The file is found from the folder of the file that names it (`span.file`)
// and read by the driver, which keeps its bytes apart (image/pictures.h).
struct Image {
  std::string path;                  // as written
  std::string alt;                   // what a screen reader says, and the text handout prints
  Span span;                         // the path as written
  bool operator==(const Image&) const = default;
};

}  // namespace regimen::program

// The handout as Markdown, for email and portals that render it. Every
// string from the routine is escaped, so it reads as written.
#pragma once

#include <filesystem>
#include <string>

#include "handout/handout.h"

namespace regimen {

struct MarkdownOptions {
  // The folder the document is written to: a picture is a link to its file,
  // from there (an absolute path when there is no way from one to the other).
  std::filesystem::path links_from;
};

std::string handout_markdown(const handout::Handout& handout, const MarkdownOptions& options);

}  // namespace regimen

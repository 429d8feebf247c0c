// The handout as a PDF, laid out natively with pango and written with cairo:
// real, selectable text in embedded system fonts, the same bytes for the same
// input.
#pragma once

#include <optional>
#include <string>

#include "handout/handout.h"

namespace regimen {

enum class Paper { A4, Letter };

struct PdfOptions {
  Paper paper = Paper::A4;
  bool large_print = false;                 // body text at least 16 pt
  std::optional<long long> creation_time;   // seconds since 1970 (SOURCE_DATE_EPOCH); none: no date in the file
};

// The PDF's bytes, or nullopt with `error` set when cairo cannot write it.
std::optional<std::string> handout_pdf(const handout::Handout& handout, const PdfOptions& options, std::string& error);

}  // namespace regimen

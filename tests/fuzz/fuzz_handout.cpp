// libFuzzer target: routines that compile, as the patient's handout in every
// format (`regimen build --emit text, md, html, pdf`), with the options the
// command line has. A PDF, laid out by pango, costs six to nine times the rest
// (60 to 90 ms under the sanitizers): it is written for small inputs only,
// which still reach every block the PDF writer lays out, and once each.
#include <cstddef>
#include <cstdint>
#include <string>

#include "emit/html/handout_html.h"
#include "emit/md/handout_md.h"
#include "emit/pdf/handout_pdf.h"
#include "emit/text/handout_text.h"
#include "fuzz_support.h"
#include "handout/handout.h"

namespace {

using regimen::fuzz::fail;

constexpr std::size_t kPdfMaxInput = 1024;

// Which of the two handouts gets its PDF alternates with the input's length,
// so that the fuzzer reaches both without paying for two PDFs an input.
bool pdf_of(std::size_t handout, std::size_t input_size) {
  return input_size <= kPdfMaxInput && handout == input_size % 2;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return regimen::fuzz::with_checked_routine(data, size, [size](const regimen::Compilation& compilation) {
    // As the command line builds it by default, and with everything it can
    // change: a name and a date printed instead of lines to write them on, the
    // longest tracker, large print, the other paper.
    regimen::handout::Options named{"A. Patient", "2026-01-05", 26};
    const regimen::handout::Options choices[] = {regimen::handout::Options{}, named};
    for (std::size_t i = 0; i < 2; ++i) {
      const regimen::handout::Options& options = choices[i];
      bool large_print = i == 1;
      regimen::handout::Handout handout =
          regimen::handout::make_handout(*compilation.program, *compilation.library, compilation.pictures, options);
      (void)regimen::handout_text(handout);
      (void)regimen::handout_markdown(handout, {});
      std::string html = regimen::handout_html(handout, regimen::HtmlOptions{large_print, "en"});
      // Every string from the routine is escaped: no input may add markup.
      if (html.find("<script") != std::string::npos) fail("markup from the routine in the HTML handout");
      if (!pdf_of(i, size)) continue;
      std::string error;
      regimen::PdfOptions pdf_options{large_print ? regimen::Paper::Letter : regimen::Paper::A4, large_print, 0};
      auto pdf = regimen::handout_pdf(handout, pdf_options, error);
      if (!pdf) fail("no PDF: " + error);
      if (pdf->rfind("%PDF-", 0) != 0) fail("a PDF that does not start with %PDF-");
    }
  });
}

#include "emit/pdf/handout_pdf.h"

#include <cairo-pdf.h>

#include <chrono>
#include <exception>
#include <memory>

#include <fmt/format.h>

#include "emit/pdf/pdf_parts.h"

namespace regimen {
namespace {

using SurfacePtr = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using ContextPtr = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;

// Cairo calls this from C: nothing may be thrown through it.
cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (...) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

// Seconds since 1970 as ISO 8601 in UTC, the form cairo takes for the PDF's
// creation date; years outside 0000..9999 cannot be written in a PDF date.
std::optional<std::string> iso8601(long long seconds) {
  constexpr long long kLast = 253402300799;  // 9999-12-31T23:59:59Z
  if (seconds < 0 || seconds > kLast) return std::nullopt;
  using namespace std::chrono;
  const sys_seconds time{std::chrono::seconds{seconds}};
  const auto day = floor<days>(time);
  const year_month_day date{day};
  const hh_mm_ss clock{time - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), clock.hours().count(),
                     clock.minutes().count(), clock.seconds().count());
}

// Everything the handout says, in reading order, flowed onto pages.
pdf::Flow flow_handout(const handout::Handout& h, const pdf::Kit& kit) {
  pdf::Flow flow(kit.theme.margin, kit.theme.content_bottom);
  auto add = [&](pdf::Block block) {
    if (!block.items.empty()) flow.add(std::move(block));
  };
  add(pdf::title_block(h, kit));
  add(pdf::facts_block(h.facts, kit));
  add(pdf::equipment_block(h, kit));
  add(pdf::safety_block(h.safety, kit));
  add(pdf::notes_block(h.notes, kit));
  for (const auto& section : h.sections) {
    for (auto& block : pdf::section_blocks(section, kit)) add(std::move(block));
  }
  for (auto& block : pdf::tracker_blocks(h.tracker, kit)) add(std::move(block));
  return flow;
}

std::optional<std::string> write_pdf(const handout::Handout& h, const PdfOptions& options, std::string& error) {
  std::optional<std::string> created;
  if (options.creation_time) {
    created = iso8601(*options.creation_time);
    if (!created) {
      error = fmt::format("the creation time {} is outside the years a PDF can record", *options.creation_time);
      return std::nullopt;
    }
  }
  const pdf::Theme theme = pdf::make_theme(options);
  const pdf::Typesetter type;
  const pdf::Kit kit{type, theme};
  const pdf::Flow flow = flow_handout(h, kit);

  std::string bytes;
  SurfacePtr surface(cairo_pdf_surface_create_for_stream(append, &bytes, theme.page_width, theme.page_height),
                     cairo_surface_destroy);
  // Cairo stamps the current time unless told otherwise; an empty date
  // leaves it out, so the same handout gives the same bytes.
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, created ? created->c_str() : "");
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, pdf::valid_utf8(h.title).c_str());
  if (!h.author.empty()) {
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, pdf::valid_utf8(h.author).c_str());
  }
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Regimen");

  {
    ContextPtr cr(cairo_create(surface.get()), cairo_destroy);
    const int pages = static_cast<int>(flow.pages().size());
    for (int page = 1; page <= pages; ++page) {
      for (const auto& draw : flow.pages()[static_cast<std::size_t>(page - 1)].draws) draw(cr.get());
      pdf::draw_footer(cr.get(), h.footer, page, pages, kit);
      cairo_show_page(cr.get());
    }
    for (const auto& mark : flow.bookmarks()) {
      const std::string target = fmt::format("page={} pos=[{:.2f} {:.2f}]", mark.page, theme.margin, mark.y);
      cairo_pdf_surface_add_outline(surface.get(), CAIRO_PDF_OUTLINE_ROOT, pdf::valid_utf8(mark.title).c_str(), target.c_str(),
                                    static_cast<cairo_pdf_outline_flags_t>(0));
    }
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      error = fmt::format("cairo could not draw the pages ({})", cairo_status_to_string(cairo_status(cr.get())));
      return std::nullopt;
    }
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    error = fmt::format("cairo could not finish the file ({})", cairo_status_to_string(cairo_surface_status(surface.get())));
    return std::nullopt;
  }
  return bytes;
}

}  // namespace

std::optional<std::string> handout_pdf(const handout::Handout& handout, const PdfOptions& options, std::string& error) {
  try {
    return write_pdf(handout, options, error);
  } catch (const std::exception& e) {
    error = e.what();
  } catch (...) {
    error = "an unexpected failure while laying out the pages";
  }
  return std::nullopt;
}

}  // namespace regimen

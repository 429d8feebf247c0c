#include "emit/pdf/pdf_pictures.h"

#include "emit/pdf/pdf_figure.h"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

namespace regimen::pdf {
namespace {

// At most this tall (4.5 cm): a picture shows the position; the steps say
// the rest, and the card should stay short enough to keep on one page.
constexpr double kMostHeight = 4.5 / 2.54 * 72;

struct PngReader {
  const std::string* bytes;
  std::size_t at = 0;
};

// Cairo calls this from C: nothing may be thrown through it.
cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
  auto* reader = static_cast<PngReader*>(closure);
  if (reader->bytes->size() - reader->at < length) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, reader->bytes->data() + reader->at, length);
  reader->at += length;
  return CAIRO_STATUS_SUCCESS;
}

void release_bytes(void* closure) { delete static_cast<std::shared_ptr<const std::string>*>(closure); }

using SurfacePtr = std::shared_ptr<cairo_surface_t>;

// A raster picture as a cairo surface. A JPEG is not decoded: the surface
// carries the file, which the PDF embeds as it is (its pixels are never
// read); a PNG is decoded, and its pixels written losslessly.
SurfacePtr raster(const image::Picture& picture) {
  cairo_surface_t* surface = nullptr;
  if (picture.info.format == image::Format::Png) {
    PngReader reader{picture.bytes.get()};
    surface = cairo_image_surface_create_from_png_stream(read_png, &reader);
  } else {
    surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, picture.info.width, picture.info.height);
    if (cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS) {
      auto* keep = new std::shared_ptr<const std::string>(picture.bytes);
      cairo_status_t status = cairo_surface_set_mime_data(
          surface, CAIRO_MIME_TYPE_JPEG, reinterpret_cast<const unsigned char*>((*keep)->data()), (*keep)->size(),
          release_bytes, keep);
      if (status != CAIRO_STATUS_SUCCESS) {
        delete keep;
        cairo_surface_destroy(surface);
        throw std::runtime_error(fmt::format("cairo could not take the JPEG {} ({})", picture.file,
                                             cairo_status_to_string(status)));
      }
    }
  }
  SurfacePtr out(surface, cairo_surface_destroy);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(fmt::format("the picture {} could not be read ({})", picture.file,
                                         cairo_status_to_string(cairo_surface_status(surface))));
  }
  return out;
}

using SvgPtr = std::shared_ptr<RsvgHandle>;

SvgPtr vector_drawing(const image::Picture& picture) {
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(picture.bytes->data()),
                                                 picture.bytes->size(), &error);
  if (handle == nullptr) {
    std::string why = error != nullptr ? error->message : "unknown error";
    if (error != nullptr) g_error_free(error);
    throw std::runtime_error(fmt::format("the drawing {} could not be read ({})", picture.file, why));
  }
  return SvgPtr(handle, g_object_unref);
}

// What one picture draws into a box of the size it is given.
struct Placed {
  SurfacePtr surface;  // PNG, JPEG
  SvgPtr svg;          // SVG
  std::shared_ptr<const figure::Drawing> drawing;  // the library's figure
  double width = 0, height = 0;  // of the picture itself, in its own units
  std::string file;
};

void draw_placed(cairo_t* cr, const Placed& p, double x, double y, double w, double h) {
  cairo_save(cr);
  cairo_rectangle(cr, x, y, w, h);
  cairo_clip(cr);
  if (p.drawing) {
    draw_figure(cr, *p.drawing, x, y, w, h);
  } else if (p.svg) {
    RsvgRectangle viewport{x, y, w, h};
    GError* error = nullptr;
    if (!rsvg_handle_render_document(p.svg.get(), cr, &viewport, &error)) {
      std::string why = error != nullptr ? error->message : "unknown error";
      if (error != nullptr) g_error_free(error);
      cairo_restore(cr);
      throw std::runtime_error(fmt::format("the drawing {} could not be drawn ({})", p.file, why));
    }
  } else {
    cairo_translate(cr, x, y);
    cairo_scale(cr, w / p.width, h / p.height);
    cairo_set_source_surface(cr, p.surface.get(), 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
  }
  cairo_restore(cr);
}

}  // namespace

void add_pictures(Block& block, const handout::Exercise& exercise, const Kit& kit, double x, double width,
                  double space_before) {
  const std::vector<handout::Picture>& pictures = exercise.pictures;
  if (pictures.empty() && !exercise.drawn) return;
  const Theme& t = kit.theme;
  const double gap = t.unit * 0.75;
  std::vector<Placed> placed;
  double aspect_sum = 0;
  // A drawing keeps its own proportions and is never wider than this: a
  // figure lying down stays a low strip rather than filling the card.
  double most_height = kMostHeight;
  if (exercise.drawn) {
    Placed p;
    p.drawing = std::make_shared<const figure::Drawing>(exercise.drawn->drawing);
    const figure::Drawing& d = *p.drawing;
    p.width = d.high.x - d.low.x;
    p.height = d.high.y - d.low.y;
    aspect_sum += p.width / p.height;
    most_height = std::min(most_height, width * 0.4 * p.height / p.width);
    placed.push_back(std::move(p));
  }
  for (const auto& shown : pictures) {
    const image::Picture& picture = shown.image;
    if (!picture.bytes || picture.info.width <= 0 || picture.info.height <= 0) {
      throw std::runtime_error(fmt::format("the picture {} was not read", picture.file));
    }
    Placed p;
    p.width = picture.info.width;
    p.height = picture.info.height;
    p.file = picture.file;
    if (picture.info.format == image::Format::Svg) p.svg = vector_drawing(picture);
    else p.surface = raster(picture);
    aspect_sum += p.width / p.height;
    placed.push_back(std::move(p));
  }
  const double room = width - gap * static_cast<double>(placed.size() - 1);
  const double height = std::min(most_height, room / aspect_sum);
  Item item;
  item.space_before = space_before;
  item.height = height;
  item.draw = [placed, x, height, gap, rule = t.rule, rule_width = t.rule_width](cairo_t* cr, double top) {
    double at = x;
    for (const auto& p : placed) {
      const double w = height * p.width / p.height;
      draw_placed(cr, p, at, top, w, height);
      if (p.drawing) {
        at += w + gap;
        continue;  // a drawing has no frame: its floor is its edge
      }
      set_colour(cr, rule);
      cairo_set_line_width(cr, rule_width);
      cairo_rectangle(cr, at, top, w, height);
      cairo_stroke(cr);
      at += w + gap;
    }
  };
  block.items.push_back(std::move(item));
}

}  // namespace regimen::pdf

#include "driver/pictures.h"

#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <system_error>
#include <utility>
#include <variant>

#include "base/names.h"
#include "driver/files.h"

namespace regimen {
namespace {

namespace fs = std::filesystem;

std::string reason(const image::Error& error) {
  std::string what;
  switch (error.problem) {
    case image::Problem::Empty: what = "the file is empty"; break;
    case image::Problem::TooLarge: what = "the file is too large"; break;
    case image::Problem::UnknownFormat:
      if (!error.detail.empty()) return fmt::format("it is {}, not a PNG, JPEG or SVG file", error.detail);
      what = "it is not a PNG, JPEG or SVG file";
      break;
    case image::Problem::Malformed: what = "the file is damaged"; break;
    case image::Problem::NoSize: what = "the SVG gives no size (no `width` and `height`, and no `viewBox`)"; break;
    case image::Problem::TooManyPixels: what = "the picture is too large"; break;
    case image::Problem::Unsafe:
      // The gate's own words say which part of the SVG, and why.
      if (!error.detail.empty()) return error.detail;
      what = "the SVG runs a script or reaches outside its own file";
      break;
  }
  return error.detail.empty() ? what : fmt::format("{}: {}", what, error.detail);
}

std::string help(image::Problem problem) {
  switch (problem) {
    case image::Problem::Empty:
    case image::Problem::Malformed: return "save the picture again, as PNG or JPEG (photos) or SVG (drawings)";
    case image::Problem::UnknownFormat: return "save it as PNG or JPEG (photos) or SVG (drawings)";
    case image::Problem::NoSize: return "give the `<svg>` element a `viewBox`, or a `width` and a `height`";
    case image::Problem::TooLarge:
    case image::Problem::TooManyPixels:
      return "a picture on a handout needs no more than about 1500 pixels on a side; scale it down";
    case image::Problem::Unsafe: return "save the drawing as plain SVG with everything in it, or as PNG";
  }
  return {};
}

// Absolute, so that a handout written to another folder can still link to it.
std::string absolute_path(const fs::path& path) {
  std::error_code ec;
  fs::path out = fs::absolute(path, ec);
  return (ec ? path : out).lexically_normal().string();
}

class Reader {
 public:
  Reader(const SourceSet& sources, Diagnostics& diagnostics) : sources_(sources), diagnostics_(diagnostics) {}

  void read(const program::Image& image) {
    FileId named_in = image.span.file;
    if (!tried_.emplace(named_in, image.path).second) return;  // read, or reported, once
    std::string shown = names::shorten(image.path);
    fs::path target = folder(named_in) / image.path;
    std::error_code ec;
    // Looked at before it is read: a file of gigabytes is never loaded.
    auto size = fs::file_size(target, ec);
    if (!ec && size > image::kMaxBytes) {
      refuse(image, shown, image::Error{image::Problem::TooLarge,
                                        fmt::format("{:.1f} MB, at most {} MB", static_cast<double>(size) / 1e6,
                                                    image::kMaxBytes / (1024 * 1024))});
      return;
    }
    std::string error;
    auto bytes = read_regular_file(target.string(), error);
    if (!bytes) {
      auto d = diagnostics_.report(image.span, msg::ImageNotRead{shown, error});
      if (target.string() != image.path) d.note(fmt::format("looked for {}", target.string()));
      d.help("the path is read from the folder of the file that names it");
      return;
    }
    auto inspected = image::inspect(*bytes);
    if (const auto* problem = std::get_if<image::Error>(&inspected)) {
      refuse(image, shown, *problem);
      return;
    }
    out_.add(named_in, image.path,
             image::Picture{std::get<image::Info>(inspected), absolute_path(target),
                            std::make_shared<const std::string>(std::move(*bytes))});
  }

  image::Pictures take() { return std::move(out_); }

 private:
  fs::path folder(FileId file) const {
    const std::string& path = sources_.file(file).path();
    // Empty for a file in the current folder (and standard input), so that
    // messages show the path as written.
    if (path == "<stdin>") return {};
    return fs::path(path).parent_path();
  }

  void refuse(const program::Image& image, const std::string& shown, const image::Error& error) {
    diagnostics_.report(image.span, msg::ImageNotUsable{shown, reason(error)}).help(help(error.problem));
  }

  const SourceSet& sources_;
  Diagnostics& diagnostics_;
  image::Pictures out_;
  std::set<std::pair<FileId, std::string>> tried_;
};

void read_nodes(const std::vector<program::Node>& nodes, Reader& reader) {
  for (const auto& node : nodes) {
    if (const auto* item = std::get_if<program::Item>(&node)) {
      for (const auto& image : item->images) reader.read(image);
    } else {
      read_nodes(std::get<program::Block>(node).body, reader);
    }
  }
}

}  // namespace

image::Pictures read_pictures(const program::Program& program, const Library& library,
                              const std::vector<const ast::File*>& own_files, const SourceSet& sources,
                              Diagnostics& diagnostics) {
  Reader reader(sources, diagnostics);
  read_nodes(program.body, reader);
  // The files' own definitions, as the library took them (a later layer may
  // have replaced one): a handful, not the whole library, for every routine.
  for (const ast::File* file : own_files) {
    for (const auto& definition : file->definitions) {
      const Exercise* exercise = library.by_id(definition.id.text);
      if (exercise == nullptr || exercise->span.file != file->file) continue;
      for (const auto& image : exercise->images) reader.read(image);
    }
  }
  return reader.take();
}

}  // namespace regimen

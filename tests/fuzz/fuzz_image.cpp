// libFuzzer target: the gate a routine's picture passes (`image::inspect`)
// over any bytes, and its promise: a size inside the limits, or a reason
// fit for a diagnostic (valid UTF-8, lowercase, no closing full stop); and
// the same answer for the same bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "fuzz_support.h"
#include "image/image_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace image = regimen::image;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto result = image::inspect(bytes);
  if (auto* info = std::get_if<image::Info>(&result)) {
    if (info->width < 1 || info->height < 1 || info->width > image::kMaxSide || info->height > image::kMaxSide ||
        static_cast<long long>(info->width) * info->height > image::kMaxPixels) {
      regimen::fuzz::fail("a picture outside the limits: " + std::to_string(info->width) + " by " +
                          std::to_string(info->height));
    }
  } else {
    const std::string& detail = std::get<image::Error>(result).detail;
    if (!regimen::utf8::invalid_offsets(detail).empty()) regimen::fuzz::fail("a detail that is not UTF-8");
    if (!detail.empty() && ((detail.front() >= 'A' && detail.front() <= 'Z') || detail.back() == '.')) {
      regimen::fuzz::fail("a detail that does not read as part of a message: " + detail);
    }
  }
  if (image::inspect(bytes) != result) regimen::fuzz::fail("two answers for the same bytes");
  return 0;
}

// The picture files a compilation read, found by the file that names each
// and the path as it is written there: what the handout writers embed.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "base/source.h"
#include "image/image_file.h"

namespace regimen::image {

struct Picture {
  Info info;
  std::string file;                          // where it was read from
  std::shared_ptr<const std::string> bytes;  // the file as read; shared, never copied
};

class Pictures {
 public:
  // The picture `path` names in `named_in`, or nullptr when it was not read
  // (a file with an error, which no handout is written for).
  const Picture* find(FileId named_in, std::string_view path) const;
  void add(FileId named_in, std::string path, Picture picture);

 private:
  std::map<std::pair<FileId, std::string>, Picture, std::less<>> pictures_;
};

}  // namespace regimen::image

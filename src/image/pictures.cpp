#include "image/pictures.h"

namespace regimen::image {

const Picture* Pictures::find(FileId named_in, std::string_view path) const {
  auto it = pictures_.find(std::pair<FileId, std::string>(named_in, std::string(path)));
  return it == pictures_.end() ? nullptr : &it->second;
}

void Pictures::add(FileId named_in, std::string path, Picture picture) {
  pictures_.insert_or_assign(std::pair<FileId, std::string>(named_in, std::move(path)), std::move(picture));
}

}  // namespace regimen::image

# Script mode: writes OUTPUT, a C++ file defining regimen::FUNCTION() (by
# default embedded_stdlib, declared in HEADER) with the bytes of each file in
# INPUTS, named by the file's stem.
if(NOT DEFINED FUNCTION)
  set(FUNCTION embedded_stdlib)
endif()
if(NOT DEFINED HEADER)
  set(HEADER library/embedded_stdlib.h)
endif()
set(_arrays "")
set(_entries "")
set(_index 0)
list(SORT INPUTS)
foreach(_path IN LISTS INPUTS)
  get_filename_component(_stem "${_path}" NAME_WE)
  file(READ "${_path}" _hex HEX)
  string(LENGTH "${_hex}" _hex_length)
  math(EXPR _size "${_hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_hex}")
  string(APPEND _arrays "const unsigned char kModule${_index}[] = {${_bytes} 0};\n")
  string(APPEND _entries "      {\"${_stem}\", std::string_view(reinterpret_cast<const char*>(kModule${_index}), ${_size})},\n")
  math(EXPR _index "${_index} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from stdlib/ at build time. Do not edit.
#include \"${HEADER}\"

namespace regimen {
namespace {
${_arrays}
}  // namespace

const std::vector<EmbeddedModule>& ${FUNCTION}() {
  static const std::vector<EmbeddedModule> modules = {
${_entries}  };
  return modules;
}

}  // namespace regimen
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)

// driver/files: reading, and writing a file whole or not at all.
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <sstream>

#include "driver/files.h"

using namespace regimen;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary folder, removed afterwards.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "regimen-files-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void spit(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

}  // namespace

TEST_CASE("write_file_atomically writes a new file", "[files]") {
  TempDir dir;
  std::string error;
  REQUIRE(write_output((dir.path / "out.json").string(), "{}\n", error));
  CHECK(error.empty());
  CHECK(slurp(dir.path / "out.json") == "{}\n");
  CHECK(dir.entries() == std::vector<std::string>{"out.json"});  // no temporary file left
}

TEST_CASE("write_file_atomically replaces an existing file and keeps its permissions", "[files]") {
  TempDir dir;
  fs::path target = dir.path / "out.json";
  spit(target, "old contents that are longer than the new ones\n");
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
  std::string error;
  REQUIRE(write_output(target.string(), "new\n", error));
  CHECK(slurp(target) == "new\n");
  CHECK((fs::status(target).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
  CHECK(dir.entries() == std::vector<std::string>{"out.json"});
}

TEST_CASE("write_file_atomically writes empty and binary contents exactly", "[files]") {
  TempDir dir;
  std::string error;
  std::string binary("a\0b\xFF\n", 5);
  REQUIRE(write_output((dir.path / "bin").string(), binary, error));
  CHECK(slurp(dir.path / "bin") == binary);
  REQUIRE(write_output((dir.path / "empty").string(), "", error));
  CHECK(fs::file_size(dir.path / "empty") == 0);
}

TEST_CASE("write_file_atomically refuses a directory as the target", "[files]") {
  TempDir dir;
  fs::create_directory(dir.path / "out");
  spit(dir.path / "out" / "inside", "keep");
  std::string error;
  CHECK_FALSE(write_output((dir.path / "out").string(), "new\n", error));
  CHECK_FALSE(error.empty());
  CHECK(fs::is_directory(dir.path / "out"));
  CHECK(slurp(dir.path / "out" / "inside") == "keep");
  CHECK(dir.entries() == std::vector<std::string>{"out"});
}

TEST_CASE("write_file_atomically fails in a missing folder and creates nothing", "[files]") {
  TempDir dir;
  std::string error;
  CHECK_FALSE(write_output((dir.path / "missing" / "out.json").string(), "new\n", error));
  CHECK_FALSE(error.empty());
  CHECK(dir.entries().empty());
}

TEST_CASE("write_file_atomically leaves an existing file untouched when it cannot write", "[files]") {
  // A 250-byte name is a valid file name, but the temporary name beside it
  // (".name.XXXXXX") is over the 255-byte limit: the write fails before the
  // rename, whatever the user's privileges.
  TempDir dir;
  fs::path target = dir.path / std::string(250, 'a');
  spit(target, "old\n");
  std::string error;
  CHECK_FALSE(write_output(target.string(), "new\n", error));
  CHECK_FALSE(error.empty());
  CHECK(slurp(target) == "old\n");
  CHECK(dir.entries() == std::vector<std::string>{std::string(250, 'a')});
}

TEST_CASE("write_file_atomically fails through a path under a regular file", "[files]") {
  TempDir dir;
  spit(dir.path / "plain", "keep");
  std::string error;
  CHECK_FALSE(write_output((dir.path / "plain" / "out.json").string(), "new\n", error));
  CHECK_FALSE(error.empty());
  CHECK(slurp(dir.path / "plain") == "keep");
  CHECK(dir.entries() == std::vector<std::string>{"plain"});
}

TEST_CASE("read_file reads bytes exactly and reports what it cannot read", "[files]") {
  TempDir dir;
  std::string bytes("x\0y\r\n\xC3\xA9", 7);
  spit(dir.path / "in", bytes);
  std::string error;
  auto text = read_file((dir.path / "in").string(), error);
  REQUIRE(text.has_value());
  CHECK(*text == bytes);

  CHECK_FALSE(read_file((dir.path / "missing").string(), error).has_value());
  CHECK_FALSE(error.empty());
  error.clear();
  CHECK_FALSE(read_file(dir.path.string(), error).has_value());
  CHECK(error == "is a directory");
}

TEST_CASE("read_regular_file refuses a FIFO, a device and a folder without waiting", "[files]") {
  TempDir dir;
  spit(dir.path / "in", "[lint]\n");
  std::string error;
  CHECK(read_regular_file((dir.path / "in").string(), error) == std::optional<std::string>("[lint]\n"));
  CHECK_FALSE(read_regular_file((dir.path / "missing").string(), error).has_value());
  CHECK(error == "No such file or directory");
  CHECK_FALSE(read_regular_file(dir.path.string(), error).has_value());
  CHECK(error == "is a directory");
  CHECK_FALSE(read_regular_file("/dev/null", error).has_value());
  CHECK(error == "is not a regular file");

  // A FIFO with no writer: opening it to read would wait for ever. The read
  // runs aside, so that if it ever waits again the test fails instead of
  // hanging, and a writer is then opened and closed to let it go.
  fs::path fifo = dir.path / "regimen.toml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string fifo_error;
  auto reading = std::async(std::launch::async, [&] { return read_regular_file(fifo.string(), fifo_error); });
  bool returned = reading.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
  if (!returned) {
    int writer = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    if (writer >= 0) ::close(writer);
  }
  CHECK(returned);
  CHECK_FALSE(reading.get().has_value());
  CHECK(fifo_error == "is not a regular file");
}

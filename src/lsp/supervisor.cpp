#include "lsp/supervisor.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <ext/stdio_filebuf.h>
#include <fmt/format.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "lsp/documents.h"
#include "lsp/transport.h"

extern char** environ;

namespace regimen::lsp {
namespace {

using nlohmann::json;

constexpr int kParseError = -32700;
constexpr int kInternalError = -32603;
// The id of the `initialize` a restarted worker is sent: its reply is the
// supervisor's, never the editor's.
constexpr const char* kRestartId = "regimen-restart";
// A worker that dies this many times in a row without answering anything is
// not given the open documents again: one of them is what kills it.
constexpr int kMostReplays = 3;

// One worker process and the pipes to it.
class Worker {
 public:
  explicit Worker(const std::vector<std::string>& argv) {
    int to[2], from[2];
    if (pipe2(to, O_CLOEXEC) != 0) throw std::runtime_error(std::strerror(errno));
    if (pipe2(from, O_CLOEXEC) != 0) {
      ::close(to[0]);
      ::close(to[1]);
      throw std::runtime_error(std::strerror(errno));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, from[1], STDOUT_FILENO);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    int failed = posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(to[0]);
    ::close(from[1]);
    if (failed != 0) {
      ::close(to[1]);
      ::close(from[0]);
      throw std::runtime_error(fmt::format("cannot start {}: {}", argv[0], std::strerror(failed)));
    }
    in_fd_ = to[1];
    out_buf_ = std::make_unique<__gnu_cxx::stdio_filebuf<char>>(from[0], std::ios::in);
    out_ = std::make_unique<std::istream>(out_buf_.get());
  }
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;
  ~Worker() {
    close_input();
    wait();
  }

  // False when the worker is gone.
  bool send(const std::string& body) {
    if (in_fd_ < 0) return false;
    const std::string bytes = framed(body);
    for (std::size_t done = 0; done < bytes.size();) {
      ssize_t n = ::write(in_fd_, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return true;
  }

  std::istream& output() { return *out_; }

  void close_input() {
    if (in_fd_ >= 0) ::close(in_fd_);
    in_fd_ = -1;
  }

  // Waits for the worker to end: its exit status, or 128 + the signal that
  // ended it, as a shell says it.
  int wait() {
    if (pid_ <= 0) return status_;
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    signal_ = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return status_;
  }

  int signal() const { return signal_; }

 private:
  pid_t pid_ = -1;
  int in_fd_ = -1;
  int status_ = 1;
  int signal_ = 0;
  std::unique_ptr<__gnu_cxx::stdio_filebuf<char>> out_buf_;
  std::unique_ptr<std::istream> out_;
};

// Three threads: the editor's (from_editor), the reader of the worker's
// output (read_workers), and, after a restart, one that brings the new worker
// up to date while the reader drains what it answers. No lock is held while
// waiting on a pipe that only a thread waiting for that lock would drain.
class Supervisor {
 public:
  Supervisor(std::ostream& out, std::vector<std::string> argv) : out_(out), argv_(std::move(argv)) {
    worker_ = std::make_unique<Worker>(argv_);
  }

  // The editor's messages, one at a time.
  void from_editor(const Incoming& next) {
    if (failed_) {
      // No worker could be started again: every request is answered so.
      json message = json::parse(next.body, nullptr, /*allow_exceptions=*/false);
      if (message.is_object() && message.contains("id") && message.contains("method")) {
        to_editor(json{{"jsonrpc", "2.0"}, {"id", message["id"]},
                       {"error", {{"code", kInternalError}, {"message", "the server could not be restarted"}}}}
                      .dump());
      }
      return;
    }
    if (next.kind == Incoming::Kind::malformed) {
      // The worker would answer the same; there is no message to pass it.
      to_editor(json{{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", kParseError}, {"message", next.error}}}}
                    .dump());
      return;
    }
    // What is remembered and what is sent go together: a restart's replay
    // holds every message remembered before it and none after.
    std::unique_lock lock(worker_lock_);
    replayed_.wait(lock, [&] { return !replaying_; });
    remember(next.body);
    worker_->send(next.body);  // a dead worker is restarted by the reader, with this message's effect replayed
  }

  // The worker's messages, passed on; a worker that dies is replaced until
  // the editor has said `exit` or its input ended.
  void read_workers() {
    for (;;) {
      std::istream* from;
      {
        std::lock_guard lock(worker_lock_);
        from = &worker_->output();
      }
      for (Incoming next = read_message(*from); next.kind != Incoming::Kind::end; next = read_message(*from)) {
        if (next.kind == Incoming::Kind::message && forward(next.body)) to_editor(next.body);
      }
      if (replay_.joinable()) replay_.join();  // it stops at once on a dead worker's pipe
      std::unique_lock lock(worker_lock_);
      if (ending_) return;
      try {
        restart(lock);
      } catch (const std::exception& e) {
        to_editor(log_message(e.what()));
        failed_ = true;
        return;
      }
    }
  }

  // The editor's input has ended, or it said `exit`: the worker is told (by
  // the end of its input) and its status is the server's.
  int finish(std::thread& reader) {
    {
      std::unique_lock lock(worker_lock_);
      replayed_.wait(lock, [&] { return !replaying_; });
      ending_ = true;
      worker_->close_input();
    }
    reader.join();
    if (replay_.joinable()) replay_.join();
    return failed_ ? 1 : worker_->wait();
  }

  bool exit_sent() const { return exit_sent_; }

 private:
  static std::string log_message(const std::string& text) {
    return json{{"jsonrpc", "2.0"},
                {"method", "window/logMessage"},
                {"params", {{"type", 1}, {"message", "regimen lsp: " + text}}}}
        .dump();
  }

  // What a restarted worker must be told again, from one of the editor's
  // messages. Called with `worker_lock_` held.
  void remember(const std::string& body) {
    json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) return;
    const std::string method = message["method"];
    const json params = message.contains("params") ? message["params"] : json::object();
    if (message.contains("id")) {
      std::lock_guard lock(held_lock_);
      held_.insert(message["id"].dump());
    }
    if (method == "initialize") initialize_ = params;
    if (method == "exit") exit_sent_ = true;
    if (method == "shutdown") shutdown_sent_ = true;
    if (method == "workspace/didChangeConfiguration") configuration_ = body;
    if (!params.is_object() || !params.contains("textDocument") || !params["textDocument"].is_object()) return;
    const json& doc = params["textDocument"];
    if (!doc.contains("uri") || !doc["uri"].is_string()) return;
    const std::string uri = doc["uri"];
    long version = doc.contains("version") && doc["version"].is_number_integer() ? doc["version"].get<long>() : 0;
    if (method == "textDocument/didOpen" && doc.contains("text") && doc["text"].is_string()) {
      documents_.open(uri, doc["text"], version);
      languages_[uri] = doc.contains("languageId") && doc["languageId"].is_string() ? doc["languageId"] : "regimen";
    } else if (method == "textDocument/didChange" && params.contains("contentChanges")) {
      documents_.change(uri, params["contentChanges"], version);
    } else if (method == "textDocument/didClose") {
      documents_.close(uri);
      languages_.erase(uri);
    }
  }

  // False for what the editor must not see: the replies to a restart's own
  // requests. A reply ends the wait for its request.
  bool forward(const std::string& body) {
    json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (!message.is_object() || message.contains("method") || !message.contains("id")) return true;
    if (message["id"] == kRestartId) return false;
    std::lock_guard lock(held_lock_);
    held_.erase(message["id"].dump());
    replays_ = 0;
    return true;
  }

  // After the worker's output ended: its requests are answered with an
  // error, and a new worker is started and, on the replay thread, told what
  // the old one knew.
  void restart(std::unique_lock<std::mutex>& lock) {
    worker_->close_input();
    worker_->wait();
    std::string cause = worker_->signal() != 0
                            ? fmt::format("signal {} ({})", worker_->signal(), strsignal(worker_->signal()))
                            : "an unexpected exit";
    bool replay;
    {
      std::lock_guard held(held_lock_);
      for (const auto& id : held_) {
        to_editor(json{{"jsonrpc", "2.0"},
                       {"id", json::parse(id)},
                       {"error",
                        {{"code", kInternalError},
                         {"message", fmt::format("the server failed on this request ({}) and was restarted", cause)}}}}
                      .dump());
      }
      held_.clear();
      replay = ++replays_ < kMostReplays;
      if (!replay) replays_ = 0;
    }
    to_editor(log_message(replay ? fmt::format("the server failed ({}) and was restarted", cause)
                                 : fmt::format("the server failed ({}) again; it was restarted without the open "
                                               "documents: reopen them",
                                               cause)));
    worker_ = std::make_unique<Worker>(argv_);
    if (!replay) {
      documents_ = Documents();
      languages_.clear();
    }
    if (!initialize_) return;
    std::vector<std::string> messages;
    messages.push_back(json{{"jsonrpc", "2.0"}, {"id", kRestartId}, {"method", "initialize"}, {"params", *initialize_}}.dump());
    messages.push_back(json{{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}}.dump());
    if (!configuration_.empty()) messages.push_back(configuration_);
    for (const auto& uri : documents_.uris()) {
      const Document* doc = documents_.find(uri);
      json open = {{"uri", uri}, {"languageId", languages_[uri]}, {"version", doc->version}, {"text", doc->text}};
      messages.push_back(json{{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"}, {"params", {{"textDocument", open}}}}
                             .dump(-1, ' ', false, json::error_handler_t::replace));
    }
    if (shutdown_sent_) messages.push_back(json{{"jsonrpc", "2.0"}, {"id", kRestartId}, {"method", "shutdown"}}.dump());
    replaying_ = true;
    lock.unlock();
    replay_ = std::thread([this, worker = worker_.get(), messages = std::move(messages)] {
      for (const auto& message : messages) {
        if (!worker->send(message)) break;
      }
      std::lock_guard done(worker_lock_);
      replaying_ = false;
      replayed_.notify_all();
    });
  }

  void to_editor(const std::string& body) {
    std::lock_guard lock(output_lock_);
    write_message(out_, body);
  }

  std::ostream& out_;
  const std::vector<std::string> argv_;
  std::mutex output_lock_;  // the editor's output, written by every thread

  std::mutex worker_lock_;  // the worker, what it must be told again, and the flags below
  std::condition_variable replayed_;
  std::unique_ptr<Worker> worker_;
  std::optional<json> initialize_;
  std::string configuration_;  // the last didChangeConfiguration, as sent
  Documents documents_;
  std::map<std::string, std::string> languages_;  // by URI
  bool shutdown_sent_ = false;
  bool ending_ = false;
  bool replaying_ = false;
  std::thread replay_;

  std::mutex held_lock_;        // the two below
  std::set<std::string> held_;  // the ids of requests sent and not answered, as JSON
  int replays_ = 0;             // restarts since the last answer

  std::atomic<bool> exit_sent_ = false;
  std::atomic<bool> failed_ = false;
};

}  // namespace

int supervise(std::istream& in, std::ostream& out, const std::vector<std::string>& worker_argv) {
  // A worker that dies while being written to is restarted, not a reason to stop.
  ::signal(SIGPIPE, SIG_IGN);
  // A stream tied to the output flushes it before each read: from this
  // thread, while the reader writes it. Only the reader writes, under its lock.
  in.tie(nullptr);
  Supervisor supervisor(out, worker_argv);
  std::thread reader([&] { supervisor.read_workers(); });
  for (;;) {
    Incoming next = read_message(in);
    if (next.kind == Incoming::Kind::end) break;
    supervisor.from_editor(next);
    if (supervisor.exit_sent()) break;
  }
  return supervisor.finish(reader);
}

}  // namespace regimen::lsp

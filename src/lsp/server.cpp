#include "lsp/server.h"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "format/format.h"
#include "lsp/analysis.h"
#include "lsp/completion.h"
#include "lsp/documents.h"
#include "lsp/hover.h"
#include "lsp/builtin_documents.h"
#include "lsp/symbols.h"
#include "parse/parser.h"
#include "lsp/text_positions.h"
#include "lsp/transport.h"

namespace regimen::lsp {
namespace {

using nlohmann::json;

// JSON-RPC's and the protocol's error codes.
enum ErrorCode : int {
  kParseError = -32700,
  kInvalidRequest = -32600,
  kMethodNotFound = -32601,
  kInvalidParams = -32602,
  kInternalError = -32603,
  kServerNotInitialized = -32002,
};

// A request's parameters were not what the method takes.
struct BadParams {
  std::string what;
};

const json& member(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key)) throw BadParams{fmt::format("missing `{}`", key)};
  return object[key];
}

std::string string_member(const json& object, const char* key) {
  const json& value = member(object, key);
  if (!value.is_string()) throw BadParams{fmt::format("`{}` is not a string", key)};
  return value.get<std::string>();
}

json range_json(std::string_view text, std::size_t begin, std::size_t end) {
  Position from = position_of(text, begin), to = position_of(text, end);
  return {{"start", {{"line", from.line}, {"character", from.character}}},
          {"end", {{"line", to.line}, {"character", to.character}}}};
}

int severity_of(Severity severity) {
  switch (severity) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
    case Severity::Note: return 3;
  }
  return 1;
}

class Server {
 public:
  Server(std::ostream& out, const ServerOptions& options) : out_(out), options_(options) {}

  bool exited() const { return exited_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }

  void receive(const std::string& body) {
    json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (message.is_discarded()) {
      reply_error(nullptr, kParseError, "the message is not JSON");
      return;
    }
    if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
      // A response to a request of ours (we send none), or nonsense.
      if (message.is_object() && message.contains("id") && !message.contains("result") && !message.contains("error"))
        reply_error(message["id"], kInvalidRequest, "a request needs a `method`");
      return;
    }
    const std::string method = message["method"];
    if (!options_.abort_on.empty() && method == options_.abort_on) std::abort();
    const json params = message.contains("params") ? message["params"] : json::object();
    if (message.contains("id")) {
      request(message["id"], method, params);
    } else {
      notification(method, params);
    }
  }

  void malformed(const std::string& error) { reply_error(nullptr, kParseError, error); }

 private:
  using Handler = json (Server::*)(const json& params);

  void request(const json& id, const std::string& method, const json& params) {
    static const std::map<std::string, Handler, std::less<>> kRequests = {
        {"initialize", &Server::initialize},
        {"shutdown", &Server::shutdown},
        {"textDocument/formatting", &Server::formatting},
        {"textDocument/completion", &Server::completion},
        {"textDocument/hover", &Server::hover},
        {"textDocument/definition", &Server::definition},
        {"textDocument/documentSymbol", &Server::symbols},
        {"textDocument/codeAction", &Server::code_actions},
    };
    if (!initialized_ && method != "initialize") {
      reply_error(id, kServerNotInitialized, "the server has not been initialized");
      return;
    }
    if (shutdown_) {
      reply_error(id, kInvalidRequest, "the server is shutting down");
      return;
    }
    auto handler = kRequests.find(method);
    if (handler == kRequests.end()) {
      reply_error(id, kMethodNotFound, fmt::format("no method `{}`", method));
      return;
    }
    try {
      reply(id, (this->*(handler->second))(params));
    } catch (const BadParams& e) {
      reply_error(id, kInvalidParams, fmt::format("{}: {}", method, e.what));
    } catch (const std::exception& e) {
      reply_error(id, kInternalError, fmt::format("{} failed: {}", method, e.what()));
    }
  }

  void notification(const std::string& method, const json& params) {
    try {
      if (method == "exit") {
        exited_ = true;
      } else if (!initialized_ || shutdown_) {
        // Notifications before `initialize` or after `shutdown` are dropped.
      } else if (method == "textDocument/didOpen") {
        const json& doc = member(params, "textDocument");
        std::string uri = string_member(doc, "uri");
        documents_.open(uri, string_member(doc, "text"), member(doc, "version").get<long>());
        publish(uri);
      } else if (method == "textDocument/didChange") {
        const json& doc = member(params, "textDocument");
        std::string uri = string_member(doc, "uri");
        if (!documents_.change(uri, member(params, "contentChanges"), member(doc, "version").get<long>())) {
          log(fmt::format("a change to {} could not be applied", uri));
          return;
        }
        publish(uri);
      } else if (method == "textDocument/didClose") {
        std::string uri = string_member(member(params, "textDocument"), "uri");
        documents_.close(uri);
        analyses_.erase(uri);
        send({{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"},
              {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
      } else if (method == "workspace/didChangeConfiguration") {
        if (read_settings(params.contains("settings") ? params["settings"] : json())) {
          for (const auto& uri : documents_.uris()) publish(uri);
        }
      }
      // Others (`initialized`, `$/cancelRequest`) need nothing.
    } catch (const BadParams& e) {
      log(fmt::format("{}: {}", method, e.what));
    } catch (const std::exception& e) {
      log(fmt::format("{} failed: {}", method, e.what()));
    }
  }

  json initialize(const json& params) {
    initialized_ = true;
    if (params.is_object() && params.contains("initializationOptions")) read_settings(params["initializationOptions"]);
    return {{"capabilities",
             {{"textDocumentSync", {{"openClose", true}, {"change", 2}}},  // 2: incremental
              {"documentFormattingProvider", true},
              {"completionProvider", {{"resolveProvider", false}}},
              {"hoverProvider", true},
              {"definitionProvider", true},
              {"documentSymbolProvider", true},
              {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}}}},
            {"serverInfo", {{"name", "regimen"}, {"version", options_.version}}}};
  }

  // The server's settings, from `initializationOptions` or a configuration
  // change: `{"lint": true}`, also under a `regimen` key as editors group
  // settings. Anything else is left as it was. True when they changed.
  bool read_settings(const json& settings) {
    const json* own = &settings;
    if (settings.is_object() && settings.contains("regimen")) own = &settings["regimen"];
    if (!own->is_object() || !own->contains("lint") || !(*own)["lint"].is_boolean()) return false;
    bool lint = (*own)["lint"].get<bool>();
    if (lint == analysis_options_.lint) return false;
    analysis_options_.lint = lint;
    return true;
  }

  json shutdown(const json&) {
    shutdown_ = true;
    return nullptr;
  }

  // The whole document formatted, as one edit; none when it is formatted
  // already, and null when it has a syntax error (its diagnostics say why).
  json formatting(const json& params) {
    std::string uri;
    const Document* doc = &open_document(params, &uri);
    SourceSet sources;
    FileId id = sources.add(path_of(uri), doc->text);
    Diagnostics diagnostics;
    auto formatted = format_file(sources, id, diagnostics);
    if (!formatted) return nullptr;
    if (*formatted == doc->text) return json::array();
    return json::array({{{"range", range_json(doc->text, 0, doc->text.size())}, {"newText", *formatted}}});
  }

  // The open document a request's `textDocument` names.
  const Document& open_document(const json& params, std::string* uri_out = nullptr) {
    std::string uri = string_member(member(params, "textDocument"), "uri");
    const Document* doc = documents_.find(uri);
    if (doc == nullptr) throw BadParams{fmt::format("{} is not open", uri)};
    if (uri_out != nullptr) *uri_out = uri;
    return *doc;
  }

  // The byte a request's position (`member(params, key)`) names in `doc`.
  static std::size_t offset_in(const Document& doc, const json& params, const char* key) {
    auto at = position_from_json(member(params, key));
    if (!at) throw BadParams{fmt::format("`{}` is not a position", key)};
    return offset_of(doc.text, *at);
  }

  // The open document compiled (and linted, as the settings say) at its
  // current version: computed once, then shared by every request until the
  // document or the settings change.
  const Analysis& analysis(const std::string& uri, const Document& doc) {
    auto& cached = analyses_[uri];
    if (!cached || cached->version != doc.version || !(cached->options == analysis_options_)) {
      cached = analyse(path_of(uri), doc.text, doc.version, analysis_options_);
    }
    return *cached;
  }

  // A request about a place in an open document: the document, the byte the
  // position names, and the document analysed.
  struct Place {
    const Document& doc;
    std::size_t offset;
    const Analysis& analysis;
    const Library& library() const { return analysis.library(); }
  };

  Place place(const json& params) {
    std::string uri;
    const Document& doc = open_document(params, &uri);
    return Place{doc, offset_in(doc, params, "position"), analysis(uri, doc)};
  }

  json completion(const json& params) {
    Place at = place(params);
    return {{"isIncomplete", false}, {"items", completion_items(at.doc.text, at.offset, at.library())}};
  }

  json hover(const json& params) {
    Place at = place(params);
    auto text = hover_text(at.analysis.compilation, at.library(), at.doc.text, at.offset);
    if (!text) return nullptr;
    return {{"contents", {{"kind", "markdown"}, {"value", *text}}}};
  }

  // Where an exercise named at the cursor is defined: in the document, a
  // file it imports, or the built-in library (as a read-only copy).
  json definition(const json& params) {
    Place at = place(params);
    const Exercise* exercise = at.library().find(word_at(at.doc.text, at.offset));
    if (exercise == nullptr || !exercise->span.valid()) return nullptr;
    const SourceFile& file = at.analysis.workspace->sources().file(exercise->span.file);
    std::string uri;
    constexpr std::string_view kBuiltin = "<stdlib>/";
    if (file.path().starts_with(kBuiltin)) {
      std::string module = file.path().substr(kBuiltin.size());
      module = module.substr(0, module.rfind(".regimen"));
      std::string error;
      auto written = builtin_document(options_.builtin_dir, module, error);
      if (!written) {
        log(fmt::format("cannot show the built-in library: {}", error));
        return nullptr;
      }
      uri = *written;
    } else {
      std::error_code ec;
      auto absolute = std::filesystem::absolute(file.path(), ec);
      uri = "file://" + (ec ? file.path() : absolute.string());
    }
    return {{"uri", uri}, {"range", range_json(file.text(), exercise->span.begin, exercise->span.end)}};
  }

  json symbols(const json& params) {
    std::string uri;
    const Document* doc = &open_document(params, &uri);
    SourceSet sources;
    Diagnostics diagnostics;
    FileId id = sources.add(path_of(uri), doc->text);
    return document_symbols(parse(sources, id, diagnostics), doc->text);
  }

  // Quick fixes for the problems in the range asked about: a "did you mean"
  // becomes "Change to `cat_camel`", and a diagnostic's own fix is offered
  // as it is.
  json code_actions(const json& params) {
    std::string uri;
    const Document* doc = &open_document(params, &uri);
    const json& range = member(params, "range");
    std::size_t from = offset_in(*doc, range, "start"), to = offset_in(*doc, range, "end");
    const Analysis& analysed = analysis(uri, *doc);
    const FileId root = analysed.compilation.root;
    json actions = json::array();
    for (const Diagnostic& d : analysed.diagnostics.all()) {
      if (!d.span.valid() || d.span.file != root || d.span.end < from || d.span.begin > to) continue;
      json diagnostic = diagnostic_json(d, *analysed.workspace, root, doc->text);
      std::string_view written = std::string_view(doc->text).substr(d.span.begin, d.span.end - d.span.begin);
      // Only a single word is replaced by the name proposed.
      if (d.suggestion && !written.empty() && word_at(written, 0) == written) {
        actions.push_back({{"title", fmt::format("Change to `{}`", *d.suggestion)},
                           {"kind", "quickfix"},
                           {"isPreferred", true},
                           {"diagnostics", json::array({diagnostic})},
                           {"edit", {{"changes", {{uri, json::array({{{"range", range_json(doc->text, d.span.begin, d.span.end)},
                                                                       {"newText", *d.suggestion}}})}}}}}});
      }
      if (!d.fixes.empty()) {
        json edits = json::array();
        for (const FixIt& fix : d.fixes) {
          if (fix.span.file != root) continue;
          edits.push_back({{"range", range_json(doc->text, fix.span.begin, fix.span.end)}, {"newText", fix.replacement}});
        }
        std::string title = d.help.empty() ? d.message : d.help.front();
        if (!title.empty()) title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
        actions.push_back({{"title", title},
                           {"kind", "quickfix"},
                           {"diagnostics", json::array({diagnostic})},
                           {"edit", {{"changes", {{uri, edits}}}}}});
      }
    }
    return actions;
  }

  // The document's problems, as `regimen check` finds them (and `regimen
  // lint`, when the `lint` setting is on).
  void publish(const std::string& uri) {
    const Document* doc = documents_.find(uri);
    if (doc == nullptr) return;
    const Analysis& analysed = analysis(uri, *doc);
    json list = json::array();
    for (const std::string& problem : analysed.config_problems) {
      list.push_back({{"severity", severity_of(Severity::Warning)},
                      {"source", "regimen lint"},
                      {"code", "config"},
                      {"message", fmt::format("the lint config is not used: {}", problem)},
                      {"range", range_json(doc->text, 0, 0)}});
    }
    for (const Diagnostic& d : analysed.diagnostics.all()) {
      list.push_back(diagnostic_json(d, *analysed.workspace, analysed.compilation.root, doc->text));
    }
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/publishDiagnostics"},
          {"params", {{"uri", uri}, {"version", doc->version}, {"diagnostics", list}}}});
  }

  json diagnostic_json(const Diagnostic& d, const Workspace& workspace, FileId root, std::string_view text) const {
    std::string message = d.message;
    for (const auto& help : d.help) message += "\nhelp: " + help;
    const bool from_linter = !std::holds_alternative<DiagCode>(d.origin);
    json out = {{"severity", severity_of(d.severity)},
                {"source", from_linter ? "regimen lint" : "regimen"},
                {"message", message}};
    out["code"] = diagnostic_code(d);
    if (auto page = docs_link(d)) out["codeDescription"] = {{"href", *page}};
    if (d.span.valid() && d.span.file == root) {
      out["range"] = range_json(text, d.span.begin, d.span.end);
    } else {
      // In an imported file, or in no file: shown at the top, naming where.
      out["range"] = range_json(text, 0, 0);
      if (d.span.valid()) {
        out["message"] = fmt::format("in {}: {}", workspace.sources().file(d.span.file).path(), message);
      }
    }
    return out;
  }

  // The code's entry in the docs: language.md for the compiler's codes
  // (`#e0101`), lint.md for a rule's (`#l0101-missing-caution`).
  std::optional<std::string> docs_link(const Diagnostic& d) const {
    if (options_.docs_uri.empty()) return std::nullopt;
    auto lowered = [](std::string text) {
      for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return text;
    };
    if (const auto* code = std::get_if<DiagCode>(&d.origin)) {
      return options_.docs_uri + "/language.md#" + lowered(std::string(code_id(*code)));
    }
    if (const auto* rule = std::get_if<LintRuleOrigin>(&d.origin)) {
      return options_.docs_uri + "/lint.md#" + lowered(rule->id + "-" + rule->name);
    }
    return std::nullopt;
  }

  void reply(const json& id, json result) { send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }

  void reply_error(const json& id, int code, const std::string& message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }

  void log(const std::string& message) {
    send({{"jsonrpc", "2.0"}, {"method", "window/logMessage"}, {"params", {{"type", 1}, {"message", message}}}});
  }

  void send(const json& message) {
    // Invalid UTF-8 in a document's text is replaced, never a failure to write.
    write_message(out_, message.dump(-1, ' ', false, json::error_handler_t::replace));
  }

  std::ostream& out_;
  const ServerOptions& options_;
  Documents documents_;
  std::map<std::string, std::unique_ptr<Analysis>, std::less<>> analyses_;  // by URI
  AnalysisOptions analysis_options_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
};

}  // namespace

int serve(std::istream& in, std::ostream& out, const ServerOptions& options) {
  Server server(out, options);
  while (!server.exited()) {
    Incoming next = read_message(in);
    if (next.kind == Incoming::Kind::end) break;
    try {
      if (next.kind == Incoming::Kind::malformed) {
        server.malformed(next.error);
      } else {
        server.receive(next.body);
      }
    } catch (const std::exception& e) {
      // A fault of the server's own in one message: said, and the next read.
      std::cerr << "regimen lsp: " << e.what() << '\n';
    }
  }
  return server.exit_code();
}

}  // namespace regimen::lsp

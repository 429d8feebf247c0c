#include "lint/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <exception>
#include <map>
#include <unordered_map>

#include "base/names.h"
#include "base/utf8.h"
#include "lint/config_limits.h"
#include "vocab/kinds.h"

namespace regimen::lint {
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kTables = {"lint", "patient", "rules"};
const std::vector<std::string> kLintKeys = {"deny", "warn", "allow"};
const std::vector<std::string> kPatientKeys = {"affected_side", "avoid", "equipment", "level", "max_session", "max_daily"};

// Why a value cannot be a setting's, in words that follow "`max` of `rule` ".
std::optional<std::string> setting_problem(const RuleSetting& setting, std::optional<double> value) {
  switch (setting.unit) {
    case SettingUnit::Count:
      if (!value || *value < 1 || *value != static_cast<double>(static_cast<long long>(*value)) || *value > 1000)
        return "is a whole number from 1 to 1000";
      return std::nullopt;
    case SettingUnit::Seconds:
      if (!value || *value <= 0) return "is a length of time in quotes, as in \"45min\"";
      return std::nullopt;
    case SettingUnit::PainScore:
      if (!value || *value < 0 || *value > 10) return "is a pain score from 0 to 10";
      return std::nullopt;
    case SettingUnit::Ratio:
      if (!value || *value <= 1 || *value > 100) return "is a number above 1 and at most 100";
      return std::nullopt;
    case SettingUnit::Percent:
      if (!value || *value <= 0 || *value > 1000) return "is a percentage above 0 and at most 1000";
      return std::nullopt;
  }
  return "cannot be read";
}

// Reads one parsed config into LintConfig, reporting each problem at its place.
class ConfigReader {
 public:
  ConfigReader(const SourceFile& file, FileId id, std::span<const Rule> rules, const Vocabulary& vocabulary,
               Diagnostics& problems)
      : file_(file), id_(id), rules_(rules), vocabulary_(vocabulary), problems_(problems) {}

  // The byte offset of a toml++ position (1-based line, column in characters).
  std::uint32_t offset(const toml::source_position& at) {
    if (at.line == 0 || at.line > file_.line_count()) return static_cast<std::uint32_t>(file_.text().size());
    std::string_view line = file_.line_text(at.line);
    const std::vector<std::uint32_t>& columns = column_offsets(at.line);
    std::size_t column = std::min<std::size_t>(at.column > 0 ? at.column - 1 : 0, columns.size() - 1);
    return static_cast<std::uint32_t>(line.data() - file_.text().data() + columns[column]);
  }

  Span span(const toml::source_region& region) {
    std::uint32_t begin = offset(region.begin);
    std::uint32_t end = region.end.line == 0 ? begin : std::max(begin, offset(region.end));
    return Span{id_, begin, end};
  }

  // Past kMaxProblems, a problem goes nowhere and the reader stops at the
  // next loop: each one shown prints its line, which may be a megabyte long.
  // A file of half a million mistakes is read no further than its 51st.
  DiagnosticBuilder error(Span at, std::string message) {
    if (reported_ >= kMaxProblems) {
      if (!stopped()) first_unshown_ = at;
      return unshown_.report(LintInputProblem::Config, Severity::Error, at, std::move(message));
    }
    ++reported_;
    return problems_.report(LintInputProblem::Config, Severity::Error, at, std::move(message));
  }

  bool stopped() const { return first_unshown_.valid(); }

  // Says that the reader stopped, where the first problem left out stands.
  void report_stop() {
    if (!stopped()) return;
    problems_.report(LintInputProblem::Config, Severity::Error, first_unshown_,
                     fmt::format("too many mistakes in the file; stopped after {}", kMaxProblems))
        .emit();
  }

  void unknown_key(const toml::key& key, std::string_view where, const std::vector<std::string>& known) {
    auto d = error(span(key.source()), fmt::format("no key `{}` in {}", names::shorten(key.str()), where));
    d.suggest(key.str(), known);
    d.note(fmt::format("the keys are {}", fmt::join(known, ", ")));
  }

  // A string, or a list of strings; anything else is reported.
  std::vector<std::pair<std::string, Span>> strings(const toml::node& node, std::string_view key) {
    std::vector<std::pair<std::string, Span>> out;
    if (auto text = node.value<std::string>(); text && node.is_string()) {
      out.emplace_back(*text, span(node.source()));
      return out;
    }
    const toml::array* list = node.as_array();
    if (!list) {
      error(span(node.source()), fmt::format("`{}` takes a list of words, as in [\"a\", \"b\"]", key)).emit();
      return out;
    }
    for (const toml::node& item : *list) {
      if (stopped()) break;
      if (!item.is_string()) {
        error(span(item.source()), fmt::format("`{}` takes words in quotes", key)).emit();
        continue;
      }
      out.emplace_back(*item.value<std::string>(), span(item.source()));
    }
    return out;
  }

  void read_lint(const toml::table& table, LintConfig& config) {
    struct Entry {
      std::string name;
      RuleLevel level;
      Span at;
    };
    std::vector<Entry> entries;
    for (auto&& [key, node] : table) {
      if (stopped()) return;
      auto level = parse_level_name(key.str());
      if (!level) {
        unknown_key(key, "[lint]", kLintKeys);
        continue;
      }
      for (auto& [name, at] : strings(node, key.str())) entries.push_back(Entry{name, *level, at});
    }
    // toml++ gives the keys in sorted order; a contradiction is reported
    // where the second of its two places stands in the file.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.at.begin < b.at.begin; });
    std::map<std::string_view, const Entry*> chosen;  // rule id -> the entry that set it
    for (const auto& entry : entries) {
      if (stopped()) return;
      const Rule* rule = find_in(rules_, entry.name);
      if (!rule) {
        UnknownRule unknown = unknown_rule(rules_, entry.name);
        auto d = error(entry.at, unknown.message);
        d.suggest(unknown.guess);
        d.note("`regimen lint --list-rules` lists every rule");
        continue;
      }
      auto [earlier, fresh] = chosen.emplace(rule->id, &entry);
      if (!fresh && earlier->second->level != entry.level) {
        auto d = error(entry.at, fmt::format("`{}` is already {}", rule->name, level_name(earlier->second->level)));
        d.note("set here", earlier->second->at);
        continue;
      }
      config.levels.push_back(LevelRequest{entry.name, entry.level});
    }
  }

  // The words of `node` that `kind` defines, as their ids; each other word
  // is reported with a guess.
  std::vector<std::string> vocabulary_words(const toml::node& node, std::string_view key, VocabularyKind kind,
                                            std::string_view what) {
    std::vector<std::string> words;
    for (auto& [word, at] : strings(node, key)) {
      if (stopped()) break;
      const VocabularyWord* known = vocabulary_.find(kind, word);
      if (known == nullptr) {
        auto d = error(at, fmt::format("no {} `{}`", what, names::shorten(word)));
        d.suggest(vocabulary_.suggest(kind, word));
        continue;
      }
      words.push_back(known->id);
    }
    return words;
  }

  // A length of time in quotes: "20min".
  std::optional<double> seconds(const toml::node& node, std::string_view key) {
    auto text = node.value<std::string>();
    auto value = text && node.is_string() ? parse_time_length(*text) : std::nullopt;
    if (!value) {
      error(span(node.source()), fmt::format("`{}` is a length of time in quotes, as in \"20min\"", key))
          .help("the units are s, min and h");
    }
    return value;
  }

  void read_patient(const toml::table& table, PatientProfile& profile, std::string_view where) {
    for (auto&& [key, node] : table) {
      if (stopped()) return;
      std::string_view name = key.str();
      if (name == "equipment") {
        profile.equipment = vocabulary_words(node, name, VocabularyKind::Equipment, "equipment");
      } else if (name == "avoid") {
        profile.avoid = vocabulary_words(node, name, VocabularyKind::Demand, "demand");
      } else if (name == "affected_side") {
        auto word = node.value<std::string>();
        auto side = word && node.is_string() ? parse_word<Side>(*word) : std::nullopt;
        if (!side) {
          error(span(node.source()), "`affected_side` is \"left\" or \"right\"").emit();
          continue;
        }
        profile.affected_side = side;
      } else if (name == "level") {
        auto word = node.value<std::string>();
        auto level = word && node.is_string() ? parse_level(*word) : std::nullopt;
        if (!level) {
          error(span(node.source()), "`level` is one of \"beginner\", \"intermediate\" or \"advanced\"").emit();
          continue;
        }
        profile.level = level;
      } else if (name == "max_session") {
        if (auto value = seconds(node, name)) profile.max_session_seconds = value;
      } else if (name == "max_daily") {
        if (auto value = seconds(node, name)) profile.max_daily_seconds = value;
      } else {
        unknown_key(key, where, kPatientKeys);
      }
    }
  }

  // `[rules.high-pain-target]`, `max = 5`: each rule's thresholds.
  void read_rules(const toml::table& table, RuleValues& values) {
    for (auto&& [key, node] : table) {
      if (stopped()) return;
      const Rule* rule = find_in(rules_, key.str());
      if (!rule) {
        UnknownRule unknown = unknown_rule(rules_, key.str());
        auto d = error(span(key.source()), unknown.message);
        d.suggest(unknown.guess);
        d.note("`regimen lint --list-rules` lists every rule");
        continue;
      }
      const toml::table* settings = node.as_table();
      if (!settings) {
        error(span(node.source()), fmt::format("`{}` is a table: write `[rules.{}]` above its settings", key.str(),
                                               rule->name))
            .emit();
        continue;
      }
      for (auto&& [setting_key, value] : *settings) {
        if (stopped()) return;
        read_setting(*rule, setting_key, value, values);
      }
    }
  }

  void read_setting(const Rule& rule, const toml::key& key, const toml::node& node, RuleValues& values) {
    auto setting = std::find_if(rule.settings.begin(), rule.settings.end(),
                                [&](const RuleSetting& s) { return s.key == key.str(); });
    if (setting == rule.settings.end()) {
      std::vector<std::string> known;
      for (const RuleSetting& s : rule.settings) known.emplace_back(s.key);
      auto d = error(span(key.source()), fmt::format("`{}` has no setting `{}`", rule.name, names::shorten(key.str())));
      d.suggest(key.str(), known);
      if (known.empty()) {
        d.note(fmt::format("`{}` has no settings; only its level can change, in [lint]", rule.name));
      } else {
        d.note(fmt::format("its settings are {}", fmt::join(known, ", ")));
      }
      return;
    }
    std::optional<double> value;
    if (setting->unit == SettingUnit::Seconds) {
      value = seconds(node, key.str());
      if (!value) return;
    } else if (auto number = node.value<double>(); number && (node.is_integer() || node.is_floating_point())) {
      value = number;
    }
    std::optional<std::string> problem = setting_problem(*setting, value);
    if (problem) {
      error(span(node.source()), fmt::format("`{}` of `{}` {}", key.str(), rule.name, *problem)).emit();
      return;
    }
    values.set(rule.id, setting->key, *value);
  }

  void read(const toml::table& root, LintConfig& config) {
    for (auto&& [key, node] : root) {
      if (stopped()) return;
      const toml::table* table = node.as_table();
      bool known = std::find(kTables.begin(), kTables.end(), key.str()) != kTables.end();
      if (!known) {
        auto d = error(span(key.source()), fmt::format("no table `[{}]` in {}", names::shorten(key.str()), kConfigFileName));
        if (auto guess = names::closest(key.str(), kTables)) d.help(names::did_you_mean("[" + *guess + "]"));
        d.note("the tables are [lint], [patient] and [rules.RULE]");
      } else if (!table) {
        error(span(node.source()), fmt::format("`{}` is a table: write `[{}]` above its keys", key.str(), key.str())).emit();
      } else if (key.str() == "lint") {
        read_lint(*table, config);
      } else if (key.str() == "rules") {
        read_rules(*table, config.values);
      } else {
        read_patient(*table, config.profile, "[patient]");
      }
    }
  }

 private:
  // The byte offset in line `number` of each of its characters, and of its
  // end, worked out the first time the line is asked about: a list of
  // thousands of items on one line costs one pass over it, not one per item.
  const std::vector<std::uint32_t>& column_offsets(std::uint32_t number) {
    auto [it, fresh] = columns_.try_emplace(number);
    if (fresh) {
      std::string_view line = file_.line_text(number);
      for (std::size_t i = 0; i < line.size();) {
        it->second.push_back(static_cast<std::uint32_t>(i));
        std::size_t n = utf8::sequence_length(line, i);
        i += n == 0 ? 1 : n;
      }
      it->second.push_back(static_cast<std::uint32_t>(line.size()));
    }
    return it->second;
  }

  // As many as the compiler reports of syntax errors in one file.
  static constexpr std::size_t kMaxProblems = 50;

  const SourceFile& file_;
  FileId id_;
  std::span<const Rule> rules_;
  const Vocabulary& vocabulary_;
  Diagnostics& problems_;
  std::size_t reported_ = 0;
  Diagnostics unshown_;  // past kMaxProblems; never read
  Span first_unshown_;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> columns_;  // by line number
};

// toml++'s messages start with a capital; the compiler's never do.
std::string sentence_case(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

}  // namespace

std::optional<fs::path> find_config(const fs::path& folder) {
  std::error_code ec;
  fs::path dir = fs::absolute(folder, ec);
  if (ec) return std::nullopt;
  dir = dir.lexically_normal();
  while (true) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    fs::path parent = dir.parent_path();
    if (parent.empty() || parent == dir) return std::nullopt;
    dir = parent;
  }
}

namespace {

// Parses `path` (already in `sources` as `id`) and hands its root table to
// `read`; every problem goes to `problems`. Whether there were none.
template <typename Read>
bool read_toml(ConfigReader& reader, const SourceFile& file, FileId id, const std::string& path, Diagnostics& problems,
               Read read) {
  std::size_t errors_before = problems.error_count();
  // toml++ must never see a file that could exhaust its stack.
  if (auto too_much = check_config_limits(file.text())) {
    reader.error(Span{id, too_much->begin, too_much->end}, too_much->message).help(too_much->help);
    return false;
  }
  try {
#if TOML_EXCEPTIONS
    toml::table root;
    try {
      root = toml::parse(file.text(), path);
    } catch (const toml::parse_error& e) {
      reader.error(reader.span(e.source()), sentence_case(e.description())).emit();
      return false;
    }
#else
    toml::parse_result parsed = toml::parse(file.text(), path);
    if (!parsed) {
      reader.error(reader.span(parsed.error().source()), sentence_case(parsed.error().description())).emit();
      return false;
    }
    const toml::table& root = parsed.table();
#endif
    read(root);
  } catch (const std::exception& e) {
    // Nothing above should throw but a parse error; if something does, it is
    // still a problem with this file, not a crash.
    reader.error(Span{id, 0, 0}, fmt::format("cannot read the file: {}", e.what())).emit();
  }
  // toml++ walks tables in key order; the file's order reads better.
  problems.sort();
  reader.report_stop();
  return problems.error_count() == errors_before;
}

}  // namespace

std::optional<LintConfig> parse_config(const std::string& path, std::string text, std::span<const Rule> rules,
                                       const Vocabulary& vocabulary, SourceSet& sources, Diagnostics& problems) {
  FileId id = sources.add(path, std::move(text));
  const SourceFile& file = sources.file(id);
  ConfigReader reader(file, id, rules, vocabulary, problems);
  LintConfig config;
  config.path = path;
  if (!read_toml(reader, file, id, path, problems, [&](const toml::table& root) { reader.read(root, config); })) {
    return std::nullopt;
  }
  return config;
}

std::optional<PatientProfile> parse_patient_file(const std::string& path, std::string text, const Vocabulary& vocabulary,
                                                 SourceSet& sources, Diagnostics& problems) {
  FileId id = sources.add(path, std::move(text));
  const SourceFile& file = sources.file(id);
  ConfigReader reader(file, id, all_rules(), vocabulary, problems);
  PatientProfile profile;
  auto read = [&](const toml::table& root) { reader.read_patient(root, profile, "a patient file"); };
  if (!read_toml(reader, file, id, path, problems, read)) return std::nullopt;
  return profile;
}

void merge_profile(PatientProfile& into, const PatientProfile& over) {
  if (over.affected_side) into.affected_side = over.affected_side;
  if (over.equipment) into.equipment = over.equipment;
  if (over.level) into.level = over.level;
  if (over.max_session_seconds) into.max_session_seconds = over.max_session_seconds;
  if (over.max_daily_seconds) into.max_daily_seconds = over.max_daily_seconds;
  if (!over.avoid.empty()) into.avoid = over.avoid;
}

LintSettings merge_settings(const LintConfig* config, const std::vector<LevelRequest>& command_line_levels,
                            const PatientProfile& command_line_profile, std::span<const Rule> rules) {
  LintSettings settings;
  if (config) {
    apply_levels(rules, config->levels, settings);
    settings.profile = config->profile;
    settings.values = config->values;
  }
  apply_levels(rules, command_line_levels, settings);
  merge_profile(settings.profile, command_line_profile);
  return settings;
}

}  // namespace regimen::lint

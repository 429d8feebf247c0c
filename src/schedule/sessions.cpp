#include "schedule/sessions.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "base/names.h"

namespace regimen::schedule {
namespace {

// Which session a line belongs to: its key in `keys` order.
struct Key {
  Session::Origin origin;
  std::string title;
  std::string exercise_id;  // OwnFrequency: the line's exercise
  bool operator<(const Key& other) const {
    return std::tie(origin, title, exercise_id) < std::tie(other.origin, other.title, other.exercise_id);
  }
  bool operator==(const Key& other) const = default;
};

class Splitter {
 public:
  explicit Splitter(const program::Program& program) : program_(program) {}

  // Records each line's session, in order.
  void walk(const std::vector<program::Node>& body, const program::Block* session) {
    for (const auto& node : body) {
      if (const auto* block = std::get_if<program::Block>(&node)) {
        walk(block->body, block->kind == program::Block::Kind::Session && session == nullptr ? block : session);
        continue;
      }
      const auto& item = std::get<program::Item>(node);
      const std::optional<program::Frequency>& around = session ? session->frequency : program_.frequency;
      Key key{session ? Session::Origin::Declared : Session::Origin::Routine, session ? session->title : "", ""};
      std::optional<program::Frequency> frequency = around;
      if (item.frequency && !program::same_sessions(item.frequency, around)) {
        key = Key{Session::Origin::OwnFrequency, item.name, item.exercise_id};
        frequency = item.frequency;
      }
      item_key_[&item] = key;
      if (std::find(order_.begin(), order_.end(), key) == order_.end()) {
        order_.push_back(key);
        frequencies_[key] = frequency;
      }
    }
  }

  // The body with only `key`'s lines; blocks left empty go, but for
  // phases and stages, whose days still cut the program's stretches.
  std::vector<program::Node> keep(const std::vector<program::Node>& body, const Key& key) const {
    std::vector<program::Node> out;
    for (const auto& node : body) {
      if (const auto* item = std::get_if<program::Item>(&node)) {
        if (item_key_.at(item) == key) out.push_back(*item);
        continue;
      }
      const auto& block = std::get<program::Block>(node);
      program::Block copy = block;
      copy.body = keep(block.body, key);
      bool dated = block.kind == program::Block::Kind::Phase || block.kind == program::Block::Kind::Stage;
      if (!copy.body.empty() || dated) out.push_back(std::move(copy));
    }
    return out;
  }

  std::vector<Session> split() const {
    std::vector<Session> out;
    for (const Key& key : order_) {
      Session s;
      s.origin = key.origin;
      s.title = key.title;
      s.exercise_id = key.exercise_id;
      s.frequency = frequencies_.at(key);
      s.program = program_;
      s.program.frequency = s.frequency;
      s.program.body = keep(program_.body, key);
      out.push_back(std::move(s));
    }
    if (out.empty()) out.push_back(Session{Session::Origin::Routine, "", "", program_.frequency, program_});
    return out;
  }

 private:
  const program::Program& program_;
  std::map<const program::Item*, Key> item_key_;
  std::vector<Key> order_;
  std::map<Key, std::optional<program::Frequency>> frequencies_;
};

}  // namespace

std::string_view to_string(Session::Origin origin) {
  switch (origin) {
    case Session::Origin::Routine: return "routine";
    case Session::Origin::Declared: return "session";
    case Session::Origin::OwnFrequency: return "own_frequency";
  }
  return "routine";
}

std::vector<Session> sessions(const program::Program& program) {
  Splitter splitter(program);
  splitter.walk(program.body, nullptr);
  return splitter.split();
}

bool single_session(const std::vector<Session>& sessions) {
  return sessions.size() == 1 && sessions.front().origin == Session::Origin::Routine;
}

std::string session_label(Session::Origin origin, const std::string& title) {
  return origin == Session::Origin::Routine ? "Other exercises" : title;
}

const Session* main_session(const std::vector<Session>& sessions) {
  if (sessions.size() == 1) return &sessions.front();
  const Session* found = nullptr;
  for (const auto& s : sessions) {
    if (s.origin == Session::Origin::OwnFrequency) continue;
    if (found != nullptr) return nullptr;
    found = &s;
  }
  return found;
}

const Session* find_session(const std::vector<Session>& sessions, std::string_view name) {
  for (const auto& s : sessions) {
    if (s.origin == Session::Origin::Declared && s.title == name) return &s;
  }
  std::string key = names::lookup_key(name);
  for (const auto& s : sessions) {
    if (names::lookup_key(s.title) == key) return &s;
    if (s.origin == Session::Origin::OwnFrequency && names::lookup_key(s.exercise_id) == key) return &s;
  }
  return nullptr;
}

std::vector<SessionTimeline> lower_sessions(const std::vector<Session>& sessions, const program::DayRange& period,
                                            DoseChoice dose) {
  std::vector<SessionTimeline> out;
  for (const auto& s : sessions) {
    Timeline timeline = lower_session(s.program, period, dose);
    if (timeline.entries.empty() && !single_session(sessions)) continue;
    out.push_back(SessionTimeline{&s, std::move(timeline)});
  }
  return out;
}

}  // namespace regimen::schedule

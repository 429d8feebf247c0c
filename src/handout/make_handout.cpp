#include "handout/handout.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "figure/figure.h"
#include "handout/handout_words.h"
#include "schedule/periods.h"
#include "schedule/session_time.h"
#include "schedule/sessions.h"
#include "schedule/stages.h"
#include "schedule/timeline.h"
#include "schedule/week_dose.h"

namespace regimen::handout {
namespace {

// What a handout says when the routine gives no safety advice at all. The
// linter reports such routines; the patient still gets a sensible box.
const char* const kDefaultCaution =
    "Some stretch or muscle effort is normal. Stop an exercise that causes sharp, shooting or increasing pain, "
    "and tell your therapist.";
const char* const kDefaultStopNow =
    "You feel chest pain, faintness, severe shortness of breath, or new numbness or weakness.";
const char* const kNoSteps = "Ask your therapist to show you this exercise: this handout has no written steps for it.";
const int kDefaultTrackerWeeks = 2;
const int kMostTrackerSlots = 6;
const int kMostTrackerRows = 12;  // several sessions: a page's width of rows

class Builder {
 public:
  Builder(const program::Program& program, const Library& library, const image::Pictures& pictures)
      : program_(program), library_(library), pictures_(pictures) {
    count_days(program);
    sessions_ = schedule::sessions(program);
  }

  void walk(const std::vector<program::Node>& body, const std::string& section, const std::vector<std::string>& note,
            const program::Block* phase, Handout& out) {
    for (const auto& node : body) {
      if (const auto* item = std::get_if<program::Item>(&node)) {
        Section& s = section_for(section, note, out);
        s.exercises.push_back(exercise(*item, phase));
        continue;
      }
      const auto& block = std::get<program::Block>(node);
      switch (block.kind) {
        case program::Block::Kind::Section: walk(block.body, block.title, block_note(block, {}), phase, out); break;
        case program::Block::Kind::Circuit:
          walk(block.body, block.title, block_note(block, {circuit_note(block)}), phase, out);
          break;
        case program::Block::Kind::Phase: {
          // A phase outside any section heads its own: "Weeks 2 to 3".
          std::string title = section.empty() && block.days ? program::label(*block.days, " to ") : section;
          walk(block.body, title, block_note(block, note), &block, out);
          break;
        }
        case program::Block::Kind::Session: {
          std::vector<std::string> when;
          if (block.frequency) when.push_back("How often: " + frequency_words(*block.frequency) + ".");
          walk(block.body, block.title, block_note(block, when), phase, out);
          break;
        }
        case program::Block::Kind::Stage: {
          // The stage's heading and what it says of moving on stand before
          // its exercises, even when they are all in sessions of their own.
          std::string title = "Stage: " + block.title;
          std::vector<std::string> moving_on;
          if (std::string text = schedule::moving_on(program_, block); !text.empty()) moving_on.push_back(text);
          out.sections.push_back(Section{title, block_note(block, moving_on), {}});
          open_ = true;
          if (block.runs) {
            walk(block.body, title, out.sections.back().notes, &block, out);
            break;
          }
          // A stage with no date counts its days from its own first:
          // "Weeks 2 to 3 of this stage only".
          program::Program staged = schedule::in_stage(program_, block);
          count_days(staged);
          in_undated_stage_ = true;
          walk(block.body, title, out.sections.back().notes, &block, out);
          in_undated_stage_ = false;
          count_days(program_);
          break;
        }
      }
      open_ = false;  // what follows a block starts a new section, even with the same title
    }
  }

  std::vector<Fact> facts() const {
    std::vector<Fact> out;
    // The routine's own session as "How often" and "Each session"; every
    // other session with its own times and length. No session's time is
    // ever added to another's.
    for (const auto& session : sessions_) {
      if (session.origin == schedule::Session::Origin::Routine) {
        out.push_back({"How often", session.frequency ? frequency_words(*session.frequency) : "As your therapist advises"});
        if (auto time = session_time(session.program)) out.push_back({"Each session", *time});
        continue;
      }
      std::string when = session.frequency ? frequency_words(*session.frequency) : "As your therapist advises";
      // A session that only some stages hold says which: the facts stand
      // before the stages, and must not read as "all of this from day one".
      std::vector<const program::Block*> holding = schedule::stages_holding(session.program);
      if (!holding.empty() && holding.size() < schedule::stages(program_).size()) {
        std::vector<std::string> titles;
        for (const program::Block* stage : holding) titles.push_back(stage->title);
        when += fmt::format(", in {} {}", titles.size() == 1 ? "stage" : "stages", and_list(titles));
      }
      if (auto time = session_time(session.program)) {
        time->front() = static_cast<char>(std::tolower(static_cast<unsigned char>(time->front())));  // "About" -> "about"
        when += "; each time " + *time;
      }
      out.push_back({session.title, when});
    }
    out.push_back({"Program", program_length()});
    if (program_.level) out.push_back({"Level", humanise(std::string(to_string(*program_.level)), true)});
    if (!program_.targets.empty()) {
      std::vector<std::string> targets;
      for (const auto& t : program_.targets) targets.push_back(humanise(t, false));
      out.push_back({"For", humanise(and_list(targets), true)});
    }
    for (const auto& [name, value] : program_.params) out.push_back({humanise(name, true), humanise(value, true)});
    return out;
  }

  // "6 weeks"; "In 4 stages, until you can run without pain", when the last
  // stage ends on a sign; "Ongoing, until your therapist reviews it".
  std::string program_length() const {
    if (program_.length) return program::length_words(*program_.length);
    std::vector<const program::Block*> all = schedule::stages(program_);
    if (all.size() > 1 && !all.back()->criterion.empty())
      return fmt::format("In {} stages, until {}", all.size(), words::clause(all.back()->criterion));
    if (all.size() == 1 && !all.back()->criterion.empty()) return "Until " + words::clause(all.back()->criterion);
    return "Ongoing, until your therapist reviews it";
  }

  std::vector<std::string> equipment() const {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& id : used_) {
      const regimen::Exercise* ex = library_.by_id(id);
      if (ex == nullptr) continue;
      for (const auto& e : ex->equipment) {
        if (e == "none" || !seen.insert(e).second) continue;
        const VocabularyWord* word = library_.vocabulary().find(VocabularyKind::Equipment, e);
        out.push_back(word ? word->name : humanise(e, true));
      }
    }
    return out;
  }

  Tracker tracker(const Options& options) const {
    Tracker t;
    int program_weeks = program_.length ? program::week_of(program_.length->days) : kDefaultTrackerWeeks;
    int weeks = options.tracker_weeks.value_or(std::min(kDefaultTrackerWeeks, program_weeks));
    t.weeks = std::max(1, weeks);
    // Weekdays as columns when any session names its days; else days 1 to 7.
    bool weekdays = std::any_of(sessions_.begin(), sessions_.end(),
                                [](const auto& s) { return s.frequency && !s.frequency->days.empty(); });
    for (Weekday day : all_values<Weekday>()) {
      t.days.push_back(weekdays ? humanise(std::string(to_string(day)), true)
                                : fmt::format("Day {}", static_cast<int>(day) + 1));
    }
    bool several = !schedule::single_session(sessions_);
    // A session no day of the tracked weeks can hold (its stages start later
    // at the earliest) gets no row: it is not the patient's to tick yet.
    auto tracked = [&](const schedule::Session& session) {
      return schedule::earliest_day(session.program) <= t.weeks * kDaysPerWeek;
    };
    for (const auto& session : sessions_) {
      if (!tracked(session)) continue;
      const auto& f = session.frequency;
      std::vector<bool> planned;
      for (Weekday day : all_values<Weekday>())
        planned.push_back(!f || f->days.empty() || std::find(f->days.begin(), f->days.end(), day) != f->days.end());
      std::string name = several ? schedule::session_label(session.origin, session.title) : "";
      auto add = [&](const std::string& slot) {
        std::string label = name.empty() ? slot : slot.empty() ? name : name + ": " + slot;
        t.rows.push_back(TrackerRow{label, planned});
      };
      if (f && !f->times.empty()) {
        // One time of a named session needs no other word: "Evening", not "Evening: evening".
        if (several && f->times.size() == 1) add("");
        else for (const auto& time : f->times) add(humanise(to_string(time), !several));
      } else {
        int per_day = f && f->per_day ? static_cast<int>(std::lround(f->per_day->max.value_or(f->per_day->min))) : 1;
        per_day = std::clamp(per_day, 1, kMostTrackerSlots);
        if (per_day == 1) add(several ? "" : "Session");
        for (int i = 1; per_day > 1 && i <= per_day; ++i) add(fmt::format("{} {}", several ? "time" : "Session", i));
      }
    }
    if (t.rows.size() > static_cast<std::size_t>(kMostTrackerRows)) t.rows.resize(kMostTrackerRows);
    for (std::size_t d = 0; d < t.days.size(); ++d) {
      t.planned_days.push_back(std::any_of(t.rows.begin(), t.rows.end(), [&](const TrackerRow& r) { return r.planned[d]; }));
    }
    t.instruction = "Tick a box each time you finish a session.";
    for (const auto& session : sessions_) {
      const auto& f = session.frequency;
      if (!f || !f->per_week || f->per_day || !tracked(session)) continue;
      const program::Range& w = *f->per_week;
      std::string aim = w.max && *w.max != w.min ? fmt::format("{:g} to {:g}", w.min, *w.max) : fmt::format("{:g}", w.min);
      if (several) t.instruction += fmt::format(" {}: aim for {} a week.", schedule::session_label(session.origin, session.title), aim);
      else t.instruction += fmt::format(" Aim for {} sessions a week.", aim);
    }
    t.instruction += " Bring this sheet to your next appointment.";
    return t;
  }

 private:
  // The stretches of the program (schedule/periods.h) in which an exercise
  // is done: its phase's, or all but those in which a phase replaces it.
  std::vector<program::DayRange> active_periods(const program::Item& item, const program::Block* phase) const {
    std::vector<program::DayRange> out;
    for (std::size_t i = 0; i < periods_.size(); ++i) {
      const program::DayRange& period = periods_[i];
      bool active = !phase ? !replaced_[i].count(item.exercise_id)
                    : phase->kind == program::Block::Kind::Stage
                        ? (phase->runs ? phase->runs->contains(period.first) : in_undated_stage_)
                        : phase->days && phase->days->contains(period.first);
      if (active) out.push_back(period);
    }
    return out;
  }

  // Neighbouring stretches joined: whole weeks, or days when any is days.
  static std::vector<program::DayRange> runs(const std::vector<program::DayRange>& periods) {
    std::vector<program::DayRange> out;
    for (const auto& p : periods) {
      if (!out.empty() && out.back().last + 1 == p.first) {
        out.back().last = p.last;
        if (p.unit == TimeUnit::Days) out.back().unit = TimeUnit::Days;
      } else {
        out.push_back(p);
      }
    }
    return out;
  }

  // "Weeks 1 to 2 only", "Weeks 1 to 2 and 7 to 8 only", "Days 4 to 7 and 15 to 42 only";
  // in a stage with no date, "Weeks 2 to 3 of this stage only".
  std::string runs_words(const std::vector<program::DayRange>& periods) const {
    std::vector<program::DayRange> joined = runs(periods);
    bool weeks = std::all_of(joined.begin(), joined.end(), [](const auto& r) { return r.unit == TimeUnit::Weeks; });
    std::vector<std::string> parts;
    for (program::DayRange r : joined) {
      r.unit = weeks ? TimeUnit::Weeks : TimeUnit::Days;
      std::string label = program::label(r, " to ");
      parts.push_back(label.substr(label.find(' ') + 1));  // the numbers, after "Weeks"
    }
    bool one = joined.size() == 1 && parts[0].find(' ') == std::string::npos;
    return fmt::format("{} {}{} only", weeks ? (one ? "Week" : "Weeks") : (one ? "Day" : "Days"), and_list(parts),
                       in_undated_stage_ ? " of this stage" : "");
  }

  Section& section_for(const std::string& title, const std::vector<std::string>& note, Handout& out) {
    if (!open_ || out.sections.empty() || out.sections.back().title != title || out.sections.back().notes != note) {
      out.sections.push_back(Section{title, note, {}});
      open_ = true;
    }
    return out.sections.back();
  }

  // What a block says of itself, after `lead`: its goals, notes and
  // cautions, each its own paragraph.
  static std::vector<std::string> block_note(const program::Block& block, std::vector<std::string> lead) {
    if (block.level) lead.push_back("Level: " + humanise(std::string(to_string(*block.level)), true) + ".");
    for (const auto& goal : block.texts.goals) lead.push_back("Goal: " + sentence(goal));
    for (const auto& note : block.texts.notes) lead.push_back(sentence(note));
    for (const auto& caution : block.texts.cautions) lead.push_back("Take care: " + sentence(caution));
    return lead;
  }

  std::string circuit_note(const program::Block& circuit) const {
    program::Range rounds = circuit.rounds.value_or(program::Range{1, std::nullopt});
    bool single = !rounds.max || *rounds.max == rounds.min;
    if (single && rounds.min <= 1) return "Do these exercises one after another.";
    std::string times = single ? fmt::format("{:g}", rounds.min) : fmt::format("{:g} to {:g}", rounds.min, *rounds.max);
    // A rest the circuit does not give is the schedule's estimate, not the
    // prescription: the handout leaves it out, as it does a set's rest.
    if (!circuit.rest_seconds) return fmt::format("Go through these exercises {} times in a row.", times);
    return fmt::format("Go through these exercises {} times in a row, resting {} between rounds.", times,
                       seconds_words(*circuit.rest_seconds));
  }

  Exercise exercise(const program::Item& item, const program::Block* phase) {
    used_.push_back(item.exercise_id);
    const regimen::Exercise* lib = library_.by_id(item.exercise_id);
    Exercise out;
    out.number = ++number_;
    out.id = item.exercise_id;
    out.name = item.name;
    std::vector<program::DayRange> active = active_periods(item, phase);
    if (active.empty()) active.push_back(periods_.front());  // replaced all through: still describe it as written
    out.dose = dose_words(item, active.front().first);
    out.dose_by_week = by_period(item, active);
    if (!out.dose_by_week.empty()) {
      auto rows_say = [&](std::string_view word) {
        return std::all_of(out.dose_by_week.begin(), out.dose_by_week.end(),
                           [&](const DoseRow& row) { return row.weeks.starts_with(word); });
      };
      bool weekly = rows_say("Week");
      out.dose_by_week_heading = weekly ? "Weeks" : rows_say("Day") ? "Days" : "When";
      if (in_undated_stage_ && out.dose_by_week_heading != "When") out.dose_by_week_heading += " of the stage";
      out.dose += weekly ? " Build up week by week as the table shows." : " Build up as the table shows.";
    }
    if (std::string extras = schedule::dose_extras(item); !extras.empty()) out.dose += " " + extras;
    // A stage's exercises are done while the stage lasts, which its heading says.
    if (phase && phase->kind == program::Block::Kind::Stage) out.when = "";
    else if (phase && phase->days)
      out.when = program::label(*phase->days, " to ") + (in_undated_stage_ ? " of this stage only" : " only");
    else if (active.size() < periods_.size()) out.when = runs_words(active);
    if (item.frequency) out.how_often = frequency_words(*item.frequency);
    if (lib != nullptr) append_new(out.steps, lib->steps);
    if (out.steps.empty()) out.no_steps = kNoSteps;
    append_new(out.cues, item.texts.cues);
    append_new(out.cautions, item.texts.cautions);
    append_new(out.notes, item.texts.notes);
    if (lib != nullptr) {
      append_new(out.cues, lib->cues);
      append_new(out.cautions, lib->cautions);
    }
    variants(item, out.variants);
    for (const auto& image : item.images) {
      // Every picture was read when the program was compiled; one that
      // could not be is an error, and no handout is made of a file with one.
      if (const image::Picture* picture = pictures_.find(image.span.file, image.path)) {
        out.pictures.push_back(Picture{image.alt, *picture});
      }
    }
    // The library's drawing, where the clinic gave no picture of its own.
    if (out.pictures.empty() && lib != nullptr && lib->figure) {
      out.drawn = Drawn{figure_alt(*lib, *lib->figure), figure::draw(figure::figure_of(*lib->figure))};
    }
    return out;
  }

  // Runs of stretches with the same dose; a table only when the dose changes.
  std::vector<DoseRow> by_period(const program::Item& item, const std::vector<program::DayRange>& periods) const {
    std::vector<std::pair<std::vector<program::DayRange>, std::string>> alike;
    std::set<std::string> doses;
    // The work of the stretch, and a load that moves with it.
    auto dose_of = [&](int day) {
      std::string changes = schedule::day_changes(item, day);
      std::string work = dose_words(item, day);
      return changes.empty() ? work : work + " " + changes;
    };
    for (const auto& period : periods) {
      std::string dose = dose_of(period.first);
      doses.insert(dose);
      if (alike.empty() || alike.back().second != dose || alike.back().first.back().last + 1 != period.first) {
        alike.push_back({{period}, dose});
      } else {
        alike.back().first.push_back(period);
      }
    }
    std::vector<DoseRow> rows;
    if (doses.size() < 2) return rows;
    for (const auto& [stretches, dose] : alike) rows.push_back({program::label(runs(stretches).front(), " to "), dose});
    return rows;
  }

  // The variants the program offers for the line: its own, then the
  // library's it keeps (the checker decides which); each once.
  static void variants(const program::Item& item, std::vector<Variant>& out) {
    auto label = [](VariantKind kind) {
      switch (kind) {
        case VariantKind::Easier: return "Easier";
        case VariantKind::Harder: return "Harder";
        case VariantKind::Alternative: return "Instead";
      }
      return "Instead";
    };
    std::set<std::pair<int, std::string>> seen;
    auto add = [&](const program::Variant& v) {
      std::string text = v.name;
      const std::string& key = v.exercise_id.empty() ? v.name : v.exercise_id;
      if (text.empty() || !seen.insert({static_cast<int>(v.kind), key}).second) return;
      if (!v.condition.empty()) text += ", if " + v.condition;
      // `for intermediate`: whom it is for, which the patient reads too.
      if (v.level) text += fmt::format(", at {} level", to_string(*v.level));
      out.push_back({label(v.kind), humanise(text, true)});
    };
    for (const auto& v : item.variants) add(v);
  }

  // Adds each text as a sentence, once: the routine may repeat the library.
  static void append_new(std::vector<std::string>& to, const std::vector<std::string>& from) {
    for (const auto& s : from) {
      std::string text = sentence(s);
      if (!text.empty() && std::find(to.begin(), to.end(), text) == to.end()) to.push_back(text);
    }
  }

  std::optional<std::string> session_time(const program::Program& session) const {
    return schedule::session_time_words(program_, session);
  }

  // The stretches an exercise's doses are given in: the program's, or, in a
  // stage with no date, that stage's own (schedule::in_stage).
  void count_days(const program::Program& program) {
    periods_ = schedule::periods(program, schedule::plan_days(program));
    replaced_.clear();
    for (const auto& period : periods_) replaced_.push_back(schedule::phase_exercises(program, period.first));
  }

  const program::Program& program_;
  const Library& library_;
  const image::Pictures& pictures_;
  std::vector<program::DayRange> periods_;  // the plan's stretches: schedule/periods.h
  std::vector<std::set<std::string>> replaced_;  // by stretch: the exercises a phase gives
  bool in_undated_stage_ = false;                // periods_ are a stage's own
  int number_ = 0;
  bool open_ = false;
  std::vector<std::string> used_;
  std::vector<schedule::Session> sessions_;      // schedule/sessions.h
};

}  // namespace

Handout make_handout(const program::Program& program, const Library& library, const image::Pictures& pictures,
                     const Options& options) {
  Handout out;
  out.title = program.title.empty() ? "Your home exercise program" : program.title;
  out.author = program.author;
  out.patient = options.patient;
  out.date = options.date;
  out.footer = out.title;
  auto sentences = [](const std::vector<std::string>& texts) {
    std::vector<std::string> whole;
    for (const auto& t : texts) whole.push_back(sentence(t));
    return whole;
  };
  for (const auto& goal : program.goals) out.notes.push_back("Goal: " + sentence(goal));
  for (const auto& note : sentences(program.notes)) out.notes.push_back(note);
  out.safety.stop_now = sentences(program.red_flags);
  // A pain rule is how this program treats pain: it replaces the default
  // advice, which could contradict it. Seeking a review is not urgent: it
  // has its own heading, never under "get help straight away".
  out.safety.pain_rules = sentences(program.pain_rules);
  out.safety.cautions = sentences(program.cautions);
  out.safety.seek_review = sentences(program.seek_review);
  out.safety.disclaimers = sentences(program.disclaimers);
  if (program.cautions.empty() && program.red_flags.empty() && program.disclaimers.empty() &&
      program.pain_rules.empty() && program.seek_review.empty()) {
    out.safety.is_default = true;
    out.safety.cautions.push_back(kDefaultCaution);
    out.safety.stop_now.push_back(kDefaultStopNow);
  }

  Builder builder(program, library, pictures);
  builder.walk(program.body, "", {}, nullptr, out);
  out.facts = builder.facts();
  out.equipment = builder.equipment();
  out.tracker = builder.tracker(options);
  return out;
}

}  // namespace regimen::handout

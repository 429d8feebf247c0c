// Sessions and stages: who does what, when, and when the program moves on;
// and the goals, notes and cautions a block carries.
#include <fmt/format.h>

#include <tuple>

#include "base/names.h"
#include "check/checker_impl.h"

namespace regimen::checking {
namespace {

std::string_view place_words(int place) {
  static constexpr std::string_view kWords[] = {"the routine", "a section", "a circuit", "a phase", "a session", "a stage"};
  return kWords[place];
}

}  // namespace

std::vector<program::Node> Checker::block_body(const std::vector<ast::Statement>& statements, Place place,
                                               program::Block& block) {
  auto saved = std::tuple{place_, in_session_, in_circuit_, texts_, level_};
  place_ = place;
  in_session_ = in_session_ || place == Place::Session;
  in_circuit_ = in_circuit_ || place == Place::Circuit;
  texts_ = &block.texts;
  level_ = place == Place::Stage || place == Place::Phase ? &block.level : nullptr;
  auto out = body(statements, false);
  std::tie(place_, in_session_, in_circuit_, texts_, level_) = saved;
  return out;
}

bool Checker::block_level(const ast::Fact& fact) {
  if (level_ == nullptr || fact.kind != ast::Fact::Kind::Level) return false;
  if (*level_) {
    diagnostics_.report(fact.span, msg::BlockLevelTwice{place_ == Place::Stage ? "stage" : "phase"})
        .note("first given here", level_at_);
    return true;
  }
  *level_ = level(*fact.word);
  level_at_ = fact.span;
  return true;
}

bool Checker::block_text(const ast::Fact& fact) {
  if (texts_ == nullptr || fact.kind != ast::Fact::Kind::Text) return false;
  switch (fact.note->kind) {
    case ast::Text::Kind::Goal: texts_->goals.push_back(fact.note->text); return true;
    case ast::Text::Kind::Note: texts_->notes.push_back(fact.note->text); return true;
    case ast::Text::Kind::Caution: texts_->cautions.push_back(fact.note->text); return true;
    default: return false;
  }
}

program::Block Checker::session(const ast::Session& session) {
  program::Block block;
  block.kind = program::Block::Kind::Session;
  block.title = session.title;
  block.span = session.span;
  if (in_session_) {
    diagnostics_.report(session.title_span, msg::SessionInSession{})
        .help("end the first session before the next starts; a session may hold sections and phases");
  } else if (in_circuit_) {
    diagnostics_.report(session.title_span, msg::SessionInCircuit{})
        .help("put the circuit inside the session instead");
  }
  // A session without a frequency of its own keeps the routine's.
  bool own = session.frequency.has_value();
  block.frequency = own ? frequency(*session.frequency) : program_.frequency;
  if (own && !block.frequency) {
    block.frequency = program_.frequency;  // reported; checked as if it had none
    own = false;
  }
  Span where = own ? session.frequency->span : session.title_span;
  auto [seen, fresh] = sessions_.emplace(session.title, SessionSeen{block.frequency, where, own});
  if (!fresh && !program::same_sessions(seen->second.frequency, block.frequency)) {
    if (own) {
      diagnostics_.report(session.frequency->span, msg::SessionFrequencyClash{names::shorten(session.title)})
          .help("give a session its frequency once; name a different session for different days or times")
          .note(seen->second.own ? "first given here" : "first named here, at the routine's frequency",
                seen->second.where);
    }
    block.frequency = seen->second.frequency;
  }
  block.body = block_body(session.body, Place::Session, block);
  return block;
}

program::Block Checker::stage(const ast::Stage& stage) {
  program::Block block;
  block.kind = program::Block::Kind::Stage;
  block.title = stage.title;
  block.span = stage.span;
  if (stage.criterion) block.criterion = *stage.criterion;
  if (place_ != Place::Top) {
    diagnostics_.report(stage.title_span, msg::StageInBlock{std::string(place_words(static_cast<int>(place_)))})
        .help("stages follow one another at the top of the routine; a stage may hold sessions, sections and phases");
  } else {
    if (auto [first, fresh] = stage_titles_.emplace(stage.title, stage.title_span); !fresh) {
      diagnostics_.report(stage.title_span, msg::StageTitleTwice{names::shorten(stage.title)})
          .note("the first is here", first->second);
    }
  }
  if (stage.days) block.days = counted_days(stage.days->unit, stage.days->first, stage.days->last, stage.days->span);
  if (place_ == Place::Top) {
    const std::string title = names::shorten(stage.title);
    if (previous_stage_ && !previous_stage_->days && !previous_stage_->ends_on_sign) {
      diagnostics_.report(stage.title_span, msg::StageAfterOngoing{title})
          .help("give the stage before its days (`days 1-14`) or a sign to move on (`until \"...\"`)")
          .note("the stage before", previous_stage_->where);
    } else if (block.days) {
      if (!previous_stage_ && block.days->first != 1) {
        diagnostics_.report(stage.days->span, msg::FirstStageLate{block.days->first})
            .help("start the first stage on day 1 (`days 1-...` or `weeks 1-...`)");
      } else if (previous_stage_ && previous_stage_->ends_on_sign) {
        diagnostics_.report(stage.days->span, msg::StageAfterSign{title})
            .help("move on from this stage with `until \"...\"` too, or give the stage before days only")
            .note("the stage before", previous_stage_->where);
      } else if (previous_stage_ && previous_stage_->days && block.days->first != previous_stage_->days->last + 1) {
        diagnostics_.report(stage.days->span, msg::StageGap{title, block.days->first, previous_stage_->days->last})
            .help(fmt::format("start it on day {}, the day after", previous_stage_->days->last + 1))
            .note("the stage before", previous_stage_->where);
      }
    }
    previous_stage_ = StageSeen{stage.title, block.days, stage.criterion.has_value(), stage.title_span};
    // When the schedule places it: its days, or from its start on when it
    // ends on a sign or never; nowhere when its start is not known.
    if (next_stage_start_) {
      int start = block.days ? block.days->first : *next_stage_start_;
      if (block.days && !stage.criterion) {
        block.runs = block.days;
        next_stage_start_ = block.days->last + 1;
      } else {
        block.runs = program::DayRange{start, program::kMostScheduledDay, TimeUnit::Days};
        next_stage_start_.reset();
      }
    }
  }
  // The lines inside progress over the stage's days, when it has them.
  std::optional<Window> outside = window_;
  window_.reset();
  if (block.days) window_ = Window{*block.days, stage.span, true};
  block.body = block_body(stage.body, Place::Stage, block);
  window_ = outside;
  return block;
}

}  // namespace regimen::checking

#include "check/dose.h"

#include <fmt/format.h>

#include "check/amounts.h"
#include "check/holds.h"

namespace regimen {
namespace {

const Expect kReps{"reps", {Dimension::Count}, Dimension::Count, true};
const Expect kSets{"sets", {Dimension::Count}, Dimension::Count, true, false, kMostSets};
const Expect kTime{"for", {Dimension::Time}, std::nullopt};
const Expect kEachTime{"for ... each", {Dimension::Time}, std::nullopt};
const Expect kDistance{"distance", {Dimension::Distance}, std::nullopt};
const Expect kRest{"rest", {Dimension::Time}, std::nullopt, false, true};

// False, after saying so, when a library default progresses.
bool single_in_default(const ast::Quantity& quantity, std::string_view clause, DoseSite site, Diagnostics& diagnostics) {
  if (site != DoseSite::LibraryDefault || !quantity.end) return true;
  diagnostics.report(quantity.span, msg::ProgressionInDefault{std::string(clause)})
      .help("a default gives a starting dose only: `reps`, `hold`, `x`, `for`, `distance` and `rest`");
  return false;
}

class DoseChecker {
 public:
  DoseChecker(const Exercise& exercise, DoseSite site, Diagnostics& diagnostics)
      : exercise_(exercise), site_(site), diagnostics_(diagnostics) {}

  std::optional<program::Dose> operator()(const ast::RepsDose& d) {
    bool ok = accepted(DoseClause::Reps, d.reps.span, "reps");
    if (d.hold_each) ok = accepted(DoseClause::Hold, d.hold_each->span, "hold") && ok;
    if (!ok) return std::nullopt;
    auto reps = count(d.reps);
    std::optional<program::Hold> held;
    if (d.hold_each && !(held = hold(*d.hold_each))) return std::nullopt;
    std::optional<program::Quantity> each;
    if (d.each_time && !(each = quantity(*d.each_time, kEachTime))) return std::nullopt;
    if (!reps) return std::nullopt;
    return program::RepsDose{*reps, held, each};
  }
  std::optional<program::Dose> operator()(const ast::HoldDose& d) {
    if (!accepted(DoseClause::Hold, d.hold.span, "hold")) return std::nullopt;
    auto held = hold(d.hold);
    if (!held) return std::nullopt;
    return program::HoldDose{*held};
  }
  std::optional<program::Dose> operator()(const ast::TimeDose& d) {
    if (!accepted(DoseClause::Duration, d.time.span, "for")) return std::nullopt;
    auto seconds = quantity(d.time, kTime);
    if (!seconds) return std::nullopt;
    return program::TimeDose{*seconds};
  }
  std::optional<program::Dose> operator()(const ast::DistanceDose& d) {
    if (!accepted(DoseClause::Duration, d.distance.span, "distance")) return std::nullopt;
    auto metres = quantity(d.distance, kDistance);
    if (!metres) return std::nullopt;
    return program::DistanceDose{*metres};
  }
  std::optional<program::Dose> operator()(const ast::AdvisedDose& d) {
    if (site_ == DoseSite::LibraryDefault) {
      diagnostics_.report(d.span, msg::NotInDefault{"`as advised`"})
          .help("a default gives a starting dose only: `reps`, `hold`, `x`, `for`, `distance` and `rest`");
      return std::nullopt;
    }
    program::AdvisedDose out;
    if (exercise_.defaults.dose) out.usual = program::measured(*exercise_.defaults.dose);
    return out;
  }

 private:
  bool accepted(DoseClause clause, Span where, std::string_view keyword) {
    if (exercise_.accepts.has(clause)) return true;
    auto d = diagnostics_.report(where, msg::DoseNotTaken{exercise_.id, std::string(kind_phrase(exercise_.kind)), std::string(keyword)});
    d.help(fmt::format("dose it as in {}", kind_example(exercise_.kind)));
    if (exercise_.span.valid()) d.note(fmt::format("`{}` is defined here", exercise_.id), exercise_.span);
    return false;
  }

  // A count as written; an open one is timed by its cap, or else by the
  // library's usual count, or else by a fixed guess (docs/schedule.md).
  std::optional<program::RepCount> count(const ast::RepCount& c) {
    switch (c.form) {
      case ast::RepCount::Form::Given: {
        if (!c.amount) return std::nullopt;  // reported by the parser (E0405)
        auto reps = quantity(*c.amount, kReps);
        if (!reps) return std::nullopt;
        return program::RepCount{*reps};
      }
      case ast::RepCount::Form::UpTo: {
        if (!c.amount) return std::nullopt;
        auto most = quantity(*c.amount, kReps);
        if (!most) return std::nullopt;
        return program::RepCount{program::UpTo{*most}};
      }
      case ast::RepCount::Form::AsManyAsYouCan: {
        program::AsManyAsYouCan open;
        if (c.amount) {
          auto cap = quantity(*c.amount, kReps);
          if (!cap) return std::nullopt;
          open.cap = cap->start;
        }
        const auto* usual = exercise_.defaults.dose ? std::get_if<program::RepsDose>(&*exercise_.defaults.dose) : nullptr;
        if (usual != nullptr) {
          open.estimate = program::top_count(usual->reps);
          open.estimate_from_library = true;
        }
        return program::RepCount{open};
      }
    }
    return std::nullopt;
  }

  std::optional<program::Quantity> quantity(const ast::Quantity& q, const Expect& expect) {
    if (!single_in_default(q, expect.clause, site_, diagnostics_)) return std::nullopt;
    auto converted = convert(q, expect, diagnostics_);
    if (!converted) return std::nullopt;
    return converted->quantity;
  }

  std::optional<program::Hold> hold(const ast::Hold& h) {
    if (h.dose && !single_in_default(*h.dose, "hold", site_, diagnostics_)) return std::nullopt;
    return convert_hold(h, exercise_.timing, diagnostics_);
  }

  const Exercise& exercise_;
  DoseSite site_;
  Diagnostics& diagnostics_;
};

}  // namespace

std::optional<program::Dose> check_dose(const ast::Dose& dose, const Exercise& exercise, DoseSite site,
                                        Diagnostics& diagnostics) {
  return std::visit(DoseChecker(exercise, site, diagnostics), dose);
}

std::optional<program::Quantity> check_sets(const ast::Quantity& sets, DoseSite site, Diagnostics& diagnostics) {
  if (!single_in_default(sets, "sets", site, diagnostics)) return std::nullopt;
  auto converted = convert(sets, kSets, diagnostics);
  if (!converted) return std::nullopt;
  return converted->quantity;
}

std::optional<program::Range> check_rest(const ast::Quantity& rest, DoseSite site, Diagnostics& diagnostics) {
  if (!single_in_default(rest, "rest", site, diagnostics)) return std::nullopt;
  // A rest is one time for every week of the program.
  if (rest.end) {
    diagnostics.report(rest.span, msg::RestProgression{})
        .help("give one time or a range, such as `rest 30..45s`");
    return std::nullopt;
  }
  if (rest.over) {
    diagnostics.report(rest.over->span, msg::OverWithoutEnd{})
        .help("a rest is the same in every week of the program; remove `over`");
    return std::nullopt;
  }
  auto converted = convert(rest.start, kRest, diagnostics);
  if (!converted) return std::nullopt;
  return converted->range;
}

std::string_view kind_phrase(DosageKind kind) {
  switch (kind) {
    case DosageKind::Reps: return "is done in repetitions";
    case DosageKind::Hold: return "is a held position";
    case DosageKind::RepsHold: return "is done in repetitions, each held";
    case DosageKind::Duration: return "is done for a time or a distance";
  }
  return "";
}

std::string_view kind_example(DosageKind kind) {
  switch (kind) {
    case DosageKind::Reps: return "`reps 10 x2`";
    case DosageKind::Hold: return "`hold 20..30s x5`";
    case DosageKind::RepsHold: return "`reps 10 hold 5s x2`";
    case DosageKind::Duration: return "`for 20min`";
  }
  return "";
}

}  // namespace regimen

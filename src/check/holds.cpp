#include "check/holds.h"

#include <fmt/format.h>

#include "check/amounts.h"

namespace regimen {

std::optional<program::Hold> convert_hold(const ast::Hold& h, const Timing& timing, Diagnostics& diagnostics) {
  program::Hold out;
  Expect expect{"hold", {Dimension::Time, Dimension::Breaths}, std::nullopt};
  switch (h.form) {
    case ast::Hold::Form::Brief:
      out.kind = program::HoldKind::Timed;
      out.amount = program::Quantity{program::Range{timing.short_hold_seconds, timing.short_hold_seconds},
                                     std::nullopt, program::Measure::Seconds};
      out.amount_from_library = true;
      return out;
    case ast::Hold::Form::Timed:
    case ast::Hold::Form::UpTo: {
      auto amount = convert(*h.dose, expect, diagnostics);
      if (!amount) return std::nullopt;
      out.kind = h.form == ast::Hold::Form::UpTo ? program::HoldKind::UpTo : program::HoldKind::Timed;
      out.unit = amount->dimension == Dimension::Breaths ? program::HoldUnit::Breaths : program::HoldUnit::Seconds;
      out.amount = amount->quantity;
      return out;
    }
    case ast::Hold::Form::AtLeast: {
      auto floor = convert(*h.bound, expect, diagnostics);
      if (!floor) return std::nullopt;
      out.kind = program::HoldKind::AtLeast;
      out.unit = floor->dimension == Dimension::Breaths ? program::HoldUnit::Breaths : program::HoldUnit::Seconds;
      out.amount = program::Quantity{program::Range{floor->range.min, std::nullopt}, std::nullopt,
                                     out.unit == program::HoldUnit::Breaths ? program::Measure::Count : program::Measure::Seconds};
      return out;
    }
    case ast::Hold::Form::UntilPain:
    case ast::Hold::Form::UntilText:
    case ast::Hold::Form::Comfortable: {
      out.kind = h.form == ast::Hold::Form::UntilPain   ? program::HoldKind::UntilPain
                 : h.form == ast::Hold::Form::UntilText ? program::HoldKind::UntilText
                                                        : program::HoldKind::Comfortable;
      if (h.until_pain) {
        out.until_pain = convert_score(*h.until_pain, "pain", diagnostics);
        if (!out.until_pain) return std::nullopt;
      }
      out.until_text = h.until_text;
      if (h.from_pain) {
        out.start_pain = convert_score(*h.from_pain, "pain", diagnostics);
        if (out.start_pain && out.until_pain && out.start_pain->min <= out.until_pain->min) {
          diagnostics.report(h.from_pain->span, msg::PainEaseGoesUp{})
              .help("write `until pain 2/10 from pain 6/10`");
        }
      }
      if (h.bound) {
        std::string_view clause = h.form == ast::Hold::Form::Comfortable ? "up to" : "max";
        auto bound = convert(*h.bound, Expect{clause, {Dimension::Time}, std::nullopt}, diagnostics);
        if (!bound) return std::nullopt;
        out.bound_seconds = bound->range.max.value_or(bound->range.min);
      } else {
        out.bound_seconds = timing.open_hold_bound_seconds;
        out.bound_from_library = true;
      }
      out.amount = program::Quantity{program::Range{0, out.bound_seconds}, std::nullopt, program::Measure::Seconds};
      return out;
    }
  }
  return std::nullopt;
}

}  // namespace regimen

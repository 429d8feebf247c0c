// The registry of every lint rule: id, name, default level, summary and the
// reason a careful clinician cares. Ids are stable and never reused.
#include <array>

#include "base/names.h"
#include "lint/rule.h"
#include "lint/rules/rule_checks.h"

namespace regimen::lint {
namespace {

using L = RuleLevel;

const std::array kRules = {
    // L01xx: completeness and safety text
    Rule{"L0101", "missing-caution", L::Warn, "the routine has no safety caution or disclaimer",
         "A patient alone at home needs to be told what to do when something hurts; the handout carries the routine's "
         "cautions and disclaimers, and without one it says nothing about safety.",
         checks::missing_caution},
    Rule{"L0102", "missing-frequency", L::Warn, "the routine does not say how often to do it",
         "How often a program is done is half its dose: the same exercises daily or twice a week are different "
         "programs, and a patient left to guess tends to do too much or too little.",
         checks::missing_frequency},
    Rule{"L0103", "missing-program-length", L::Warn, "progressions or phases without a program length",
         "A progression is spread over the program's weeks; without a length it never moves past its starting dose, "
         "and the patient does not know when the program ends or when to come back.",
         checks::missing_program_length},
    Rule{"L0104", "pain-without-stop-rule", L::Deny, "a pain target with no caution saying when to stop",
         "Working to a pain score asks the patient to judge pain on their own; they must also be told when pain means "
         "stop, or a warning sign is pushed through as if it were the target.",
         checks::pain_without_stop_rule},
    Rule{"L0105", "red-flag-as-advice", L::Warn, "a `red_flag` that reads as advice or a reason for a review",
         "The handout prints red flags under \"stop and get help straight away\": advice there is lost among the "
         "alarms, and a sign that only needs a review sends the patient to the emergency department.",
         checks::red_flag_as_advice},
    // L02xx: the session
    Rule{"L0201", "session-too-long", L::Warn, "a session longer than the patient's limit, or 45 minutes",
         "Long home sessions are the first thing patients drop; a session that fits the patient's day is one that "
         "gets done. The time is the schedule's own, the same the timer and the plan show.",
         checks::session_too_long},
    Rule{"L0202", "too-many-exercises", L::Warn, "more than 10 exercises in one session",
         "Adherence falls as the list grows; a handful of well-chosen exercises done well beats a long list done "
         "badly or not at all.",
         checks::too_many_exercises},
    Rule{"L0203", "duplicate-in-session", L::Warn, "the same exercise twice in one session",
         "The same exercise on two lines doubles its dose without saying so, and confuses the patient about which "
         "dose is meant.",
         checks::duplicate_in_session},
    Rule{"L0204", "strength-before-warm-up", L::Warn, "loaded strengthening before any warm-up or mobility",
         "Muscles and joints take load better once they have moved through their range; loaded work first thing in "
         "a session is where strains happen.",
         checks::strength_before_warm_up},
    Rule{"L0205", "too-many-sessions-a-day", L::Warn, "more than 5 sessions a day",
         "More than five sessions a day leaves too little rest between them and is rarely kept up; short stretches "
         "through the day belong on the exercise, as its own frequency.",
         checks::too_many_sessions_a_day},
    Rule{"L0206", "daily-total-too-long", L::Warn, "more than 90 minutes of exercise in one day, all sessions together",
         "Each session may be short and the day still too long: three sessions and a walk add up. The total is the "
         "plan's, each session's time as often as it comes that day.",
         checks::daily_total_too_long},
    Rule{"L0207", "stage-without-end", L::Warn, "a stage with no days and no sign to move on, in a program of no length",
         "A patient told to do a stage with no end and no sign to look for does not know whether they are on track, "
         "or when to come back.",
         checks::stage_without_end},
    Rule{"L0208", "never-done", L::Warn, "an exercise line that no day of the program or of its stage holds",
         "A line the schedule never places is still printed on the handout: the patient reads a dose nobody will "
         "do, or one that a phase replaces every week, and cannot tell which to follow.",
         checks::never_done},
    // L03xx: the dose of one exercise
    Rule{"L0301", "missing-side", L::Warn, "a one-sided exercise whose line does not say `per side`",
         "Without `per side` a patient may do only one side, or split the count between the two; the handout should "
         "say plainly that the dose is for each side.",
         checks::missing_side},
    Rule{"L0302", "missing-hold-time", L::Warn, "a held exercise whose line gives no hold time",
         "A hold is only a dose with its length; without one the patient gets the library's default, or, for "
         "repetitions that are each held, no hold at all, and nobody decided either for this patient.",
         checks::missing_hold_time},
    Rule{"L0303", "unbounded-hold", L::Warn, "a hold until a symptom changes, with no time limit",
         "A hold that ends when pain eases or tension releases may not end at all; the patient needs to know how long "
         "to wait before giving up on it for the day.",
         checks::unbounded_hold},
    Rule{"L0304", "wide-range", L::Warn, "a range whose top is more than three times its bottom",
         "A range as wide as `5..20` leaves the real dose to the patient; a narrow range, or a progression over the "
         "weeks, says what is meant.",
         checks::wide_range},
    Rule{"L0305", "loaded-sets-without-rest", L::Warn, "several sets of loaded or strengthening work with no rest",
         "Muscles need a rest between sets of load to do the next set with good form; patients who are not told to "
         "rest tend to rush.",
         checks::loaded_sets_without_rest},
    Rule{"L0306", "high-pain-target", L::Deny, "a pain target above 3/10 outside release work",
         "Outside release techniques, exercising into more than mild pain risks a flare-up and teaches the patient to "
         "push through warning signs.",
         checks::high_pain_target},
    // L04xx: progression
    Rule{"L0401", "volume-doubling", L::Deny, "a progression that more than doubles an exercise's work in a week",
         "Tissues adapt to load gradually; more than doubling the work from one week to the next is a common cause of "
         "flare-ups and overuse injuries.",
         checks::volume_doubling},
    Rule{"L0402", "level-jump", L::Deny, "a progression that skips a level",
         "Going straight from a beginner exercise to an advanced one skips the step where the patient learns the "
         "control the harder one needs.",
         checks::level_jump},
    // L05xx: patient fit
    Rule{"L0501", "above-routine-level", L::Deny, "an exercise harder than the routine's level",
         "The routine's level says who it is for; an exercise above it is one the patient may not have the strength "
         "or control to do safely.",
         checks::above_routine_level},
    Rule{"L0502", "above-patient-level", L::Deny, "an exercise harder than the patient's level",
         "An exercise above what the patient can do is done badly or not at all, and a bad rep under load can hurt.",
         checks::above_patient_level},
    Rule{"L0503", "missing-equipment", L::Warn, "an exercise that needs equipment the patient does not have",
         "An exercise the patient cannot set up gets skipped or improvised; offering a substitute they can do keeps "
         "the program whole.",
         checks::missing_equipment},
    // L06xx: hygiene
    Rule{"L0601", "unused-import", L::Warn, "an import none of whose exercises is used",
         "An import that nothing uses makes the routine look as if it relied on exercises it does not; removing it "
         "keeps the file honest.",
         checks::unused_import},
    Rule{"L0602", "unused-definition", L::Warn, "an exercise defined in the file and never used",
         "A definition that no line uses is usually a leftover, or an exercise the therapist meant to prescribe and "
         "forgot.",
         checks::unused_definition},
    Rule{"L0603", "mixed-hold-units", L::Warn, "one exercise held for breaths in one place and seconds in another",
         "Counting the same hold in breaths one day and seconds the next confuses the patient about how long it "
         "really is.",
         checks::mixed_hold_units},
    Rule{"L0604", "exercise-under-two-names", L::Warn, "one exercise written under two names",
         "Two names for one exercise read as two exercises on a handout; one name throughout avoids the patient "
         "doing it twice or looking for one that does not exist.",
         checks::exercise_under_two_names},
};

}  // namespace

std::span<const Rule> all_rules() { return kRules; }

const Rule* find_rule(std::string_view id_or_name) {
  for (const auto& rule : kRules) {
    if (rule.id == id_or_name || rule.name == id_or_name) return &rule;
  }
  return nullptr;
}

}  // namespace regimen::lint

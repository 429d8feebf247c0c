// The registry of every lint rule: id, name, default level, summary and the
// reason a careful clinician cares. Ids are stable and never reused.
#include <array>

#include "base/names.h"
#include "lint/rule.h"
#include "lint/rules/rule_checks.h"

namespace regimen::lint {
namespace {

using L = RuleLevel;
using U = SettingUnit;

// The thresholds a clinic may set in regimen.toml, `[rules.NAME]`.
constexpr RuleSetting kSessionTooLong[] = {
    {"max", U::Seconds, 45 * 60, "the longest session, where the patient's own limit (`max_session`) is not given"}};
constexpr RuleSetting kTooManyExercises[] = {{"max", U::Count, 10, "the most exercises in one session"}};
constexpr RuleSetting kTooManySessions[] = {{"max", U::Count, 5, "the most sessions in one day"}};
constexpr RuleSetting kDailyTotal[] = {
    {"max", U::Seconds, 90 * 60, "the most exercise in one day, where the patient's own limit (`max_daily`) is not given"}};
constexpr RuleSetting kWideRange[] = {{"max_ratio", U::Ratio, 3, "how many times its bottom a range's top may be"}};
constexpr RuleSetting kHighPain[] = {
    {"max", U::PainScore, 3, "the highest pain score an exercise may work at"},
    {"max_with_pain_rule", U::PainScore, 5,
     "the highest in a routine with a `pain_rule` or a tendon-loading exercise, where pain is monitored"}};
constexpr RuleSetting kVolume[] = {
    {"max_rise", U::Percent, 100, "how much more work than the week before an exercise may ask, in percent"}};

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
    Rule{"L0104", "pain-without-stop-rule", L::Deny, "a hold into pain with nothing saying how far the pain may go",
         "Working into pain asks the patient to judge pain on their own; they must also be told how far it may go, "
         "or a warning sign is pushed through as if it were the target.",
         checks::pain_without_stop_rule},
    Rule{"L0105", "red-flag-as-advice", L::Warn, "a `red_flag` that reads as advice or a reason for a review",
         "The handout prints red flags under \"stop and get help straight away\": advice there is lost among the "
         "alarms, and a sign that only needs a review sends the patient to the emergency department.",
         checks::red_flag_as_advice},
    Rule{"L0106", "missing-warning-signs", L::Warn, "red flags that leave out the warning signs of the region worked",
         "Each part of the body has its own signs that mean stop and get help (a swollen calf after knee surgery, "
         "loss of bladder control with back pain, dizziness with neck exercises); a patient who has not been told "
         "them may exercise through a clot or a trapped nerve. A suggestion, not an error: the therapist may have "
         "given them another way.",
         checks::missing_warning_signs},
    // L02xx: the session
    Rule{"L0201", "session-too-long", L::Warn, "a session longer than the patient's limit, or 45 minutes",
         "Long home sessions are the first thing patients drop; a session that fits the patient's day is one that "
         "gets done. The time is the schedule's own, the same the timer and the plan show.",
         checks::session_too_long, kSessionTooLong},
    Rule{"L0202", "too-many-exercises", L::Warn, "more than 10 exercises in one session",
         "Adherence falls as the list grows; a handful of well-chosen exercises done well beats a long list done "
         "badly or not at all.",
         checks::too_many_exercises, kTooManyExercises},
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
         checks::too_many_sessions_a_day, kTooManySessions},
    Rule{"L0206", "daily-total-too-long", L::Warn,
         "more exercise in one day than the patient's limit, or 90 minutes, all sessions together",
         "Each session may be short and the day still too long: three sessions and a walk add up. The total is the "
         "plan's, each session's time as often as it comes that day.",
         checks::daily_total_too_long, kDailyTotal},
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
         checks::wide_range, kWideRange},
    Rule{"L0305", "loaded-sets-without-rest", L::Warn, "several sets against a load with no rest between them",
         "Muscles need a rest between sets of load to do the next set with good form; patients who are not told to "
         "rest tend to rush.",
         checks::loaded_sets_without_rest},
    Rule{"L0306", "high-pain-target", L::Deny, "a pain target above 3/10 (5/10 with a pain rule or tendon loading)",
         "Outside release techniques, exercising into more than mild pain risks a flare-up and teaches the patient to "
         "push through warning signs. Pain-monitored loading, of a tendon above all, accepts more, within the "
         "limit the routine's pain rule gives.",
         checks::high_pain_target, kHighPain},
    // L04xx: progression
    Rule{"L0401", "volume-doubling", L::Deny,
         "a progression that more than doubles an exercise's work in a week (or rises more than the clinic's limit)",
         "Tissues adapt to load gradually; more than doubling the work from one week to the next is a common cause of "
         "flare-ups and overuse injuries.",
         checks::volume_doubling, kVolume},
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
    Rule{"L0504", "avoided-demand", L::Deny, "an exercise that asks for something the patient must avoid",
         "A patient told to avoid kneeling after a knee replacement, or the floor because they cannot get up again, "
         "is put at risk by an exercise that asks for it; a substitute that fits the whole profile keeps the program "
         "whole.",
         checks::avoided_demand},
    Rule{"L0505", "per-side-in-one-sided-program", L::Warn,
         "`per side` on a line beside the program's `affected side only` lines of the same region",
         "A program for one side (after an operation or an injury) that says `per side` has the patient exercise "
         "the healthy side too, and doubles the time; where both sides are meant, a note should say so.",
         checks::per_side_in_one_sided_program},
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

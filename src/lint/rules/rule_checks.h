// The check function of every lint rule, by theme; registry.cpp lists them
// with their ids, names, levels and reasons.
#pragma once

#include <vector>

#include "lint/rule.h"

namespace regimen::lint::checks {

// L01xx: completeness and safety text (safety_rules.cpp)
void missing_caution(const LintInput& input, std::vector<Finding>& out);
void missing_frequency(const LintInput& input, std::vector<Finding>& out);
void missing_program_length(const LintInput& input, std::vector<Finding>& out);
void pain_without_stop_rule(const LintInput& input, std::vector<Finding>& out);
void red_flag_as_advice(const LintInput& input, std::vector<Finding>& out);
void missing_warning_signs(const LintInput& input, std::vector<Finding>& out);

// L02xx: the session (session_rules.cpp)
void session_too_long(const LintInput& input, std::vector<Finding>& out);
void too_many_exercises(const LintInput& input, std::vector<Finding>& out);
void duplicate_in_session(const LintInput& input, std::vector<Finding>& out);
void strength_before_warm_up(const LintInput& input, std::vector<Finding>& out);
void too_many_sessions_a_day(const LintInput& input, std::vector<Finding>& out);
void daily_total_too_long(const LintInput& input, std::vector<Finding>& out);
void stage_without_end(const LintInput& input, std::vector<Finding>& out);
void never_done(const LintInput& input, std::vector<Finding>& out);

// L03xx: the dose of one exercise (dose_rules.cpp)
void missing_side(const LintInput& input, std::vector<Finding>& out);
void missing_hold_time(const LintInput& input, std::vector<Finding>& out);
void unbounded_hold(const LintInput& input, std::vector<Finding>& out);
void wide_range(const LintInput& input, std::vector<Finding>& out);
void loaded_sets_without_rest(const LintInput& input, std::vector<Finding>& out);
void high_pain_target(const LintInput& input, std::vector<Finding>& out);

// L04xx: progression over the weeks (progression_rules.cpp)
void volume_doubling(const LintInput& input, std::vector<Finding>& out);
void level_jump(const LintInput& input, std::vector<Finding>& out);

// L05xx: fit to the patient (patient_rules.cpp)
void above_routine_level(const LintInput& input, std::vector<Finding>& out);
void above_patient_level(const LintInput& input, std::vector<Finding>& out);
void missing_equipment(const LintInput& input, std::vector<Finding>& out);
void avoided_demand(const LintInput& input, std::vector<Finding>& out);
void per_side_in_one_sided_program(const LintInput& input, std::vector<Finding>& out);

// L06xx: hygiene of the file (hygiene_rules.cpp)
void unused_import(const LintInput& input, std::vector<Finding>& out);
void unused_definition(const LintInput& input, std::vector<Finding>& out);
void mixed_hold_units(const LintInput& input, std::vector<Finding>& out);
void exercise_under_two_names(const LintInput& input, std::vector<Finding>& out);

}  // namespace regimen::lint::checks

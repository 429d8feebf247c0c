// Exercises of every category, level and sidedness the rules care about,
// defined in the routine file itself, so that the rule tests do not depend on
// the built-in library's contents.
#pragma once

#include <string>

namespace regimen::testing {

inline const std::string kLintExercises = R"(exercise t_roll "Test roll" {
  aliases roll_alias
  kind reps
  accepts reps, hold
  sides bilateral
  equipment none
  targets mid_back
  level beginner
  category mobility
  default reps 10
}
exercise t_twist "Test twist" {
  kind hold
  sides per_side
  equipment chair
  targets mid_back
  level beginner
  category stretching
  default hold 20s
}
exercise t_hang "Test hang" {
  kind hold
  sides bilateral
  equipment wall
  targets mid_back
  level beginner
  category stretching
  default hold 30s
}
exercise t_press "Test press" {
  kind reps
  sides bilateral
  equipment band
  targets upper_back, shoulder_blades
  level beginner
  category strengthening
  rest_time 45s
  default reps 10
}
exercise t_bridge "Test bridge" {
  kind reps_hold
  sides bilateral
  equipment mat
  targets glutes
  level beginner
  category strengthening
  default reps 10 hold 5s
}
exercise t_row "Test row" {
  kind reps
  sides per_side
  equipment dumbbells
  targets mid_back, lats
  level intermediate
  category strengthening
  default reps 8
  alternative t_band_row if "no dumbbells"
}
exercise t_band_row "Test band row" {
  kind reps
  sides bilateral
  equipment band
  targets mid_back, lats
  level beginner
  category strengthening
  default reps 10
}
exercise t_lift "Test lift" {
  kind reps
  sides bilateral
  equipment barbell
  targets mid_back
  level advanced
  category strengthening
  default reps 5
  easier t_bridge
}
exercise t_release "Test release" {
  kind hold
  sides bilateral
  equipment tennis_balls
  targets upper_back
  level beginner
  category release
  hold_bound 90s
  caution "Keep the ball beside the spine, never on the bone"
  default hold until pain 2/10 from pain 6/10
}
exercise t_walk "Test walk" {
  kind duration
  sides bilateral
  equipment none
  targets whole_body
  level beginner
  category activity
  default for 20min
}
exercise t_side_row "Test side row" {
  kind reps
  sides per_side
  equipment none
  targets mid_back
  level beginner
  category strengthening
  default reps 8 x2
}
exercise t_side_hold "Test side hold" {
  kind hold
  sides per_side
  equipment none
  targets mid_back
  level beginner
  category stretching
  default hold 20s
}
exercise t_kneel "Test kneeling knee exercise" {
  kind reps
  sides per_side
  equipment mat
  targets quadriceps
  region knee
  demands floor, kneeling
  level beginner
  category strengthening
  default reps 10
}
exercise t_knee_sit "Test seated knee exercise" {
  kind reps
  sides per_side
  equipment chair
  targets quadriceps
  region knee
  demands none
  level beginner
  category strengthening
  default reps 10
}
exercise t_knee_lie "Test lying knee exercise" {
  kind reps
  sides per_side
  equipment mat
  targets quadriceps
  region knee
  demands floor
  level beginner
  category strengthening
  default reps 10
}
exercise t_back_kneel "Test kneeling back exercise" {
  kind reps
  sides bilateral
  equipment mat
  targets quadriceps
  region low_back
  demands floor, kneeling
  level beginner
  category strengthening
  default reps 10
}
exercise t_tendon "Test tendon loading" {
  kind hold
  sides per_side
  equipment chair
  targets achilles
  region ankle_foot
  demands none
  level beginner
  category tendon_loading
  default hold 45s
}
)";

}  // namespace regimen::testing

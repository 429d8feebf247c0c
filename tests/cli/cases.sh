#!/usr/bin/env bash
# The command line's behaviour, one case per ctest test: cases.sh CASE.
# Each case runs the real binary and checks its exit status and output.
source "$(dirname "$0")/lib.sh"

case_version() {
  run --version
  expect_status 0
  [ "$(cat out.txt)" = "regimen 0.1.0" ] || fail "expected exactly 'regimen 0.1.0'"
}

case_help_command() {
  run help
  expect_status 0
  for word in check build help; do expect_contains out.txt "$word"; done
  expect_contains out.txt "Exit status"
}

case_help_flag() {
  run --help
  expect_status 0
  for word in check build help --version; do expect_contains out.txt "$word"; done
}

case_help_topic() {
  run help check
  expect_status 0
  expect_contains out.txt "--diagnostics-format"
  run help build
  expect_status 0
  expect_contains out.txt "--emit"
  run help nonsense
  expect_status 2
  expect_contains err.txt "regimen: error:"
}

# Only the named command is set up when the first argument names one; its
# help must not change for that, nor may the full list of commands.
case_command_help_alone() {
  for command in check build lint lib play new; do
    run help "$command"
    expect_status 0
    cp out.txt topic.txt
    run "$command" --help
    expect_status 0
    cmp -s out.txt topic.txt || fail "\`$command --help\` differs from \`help $command\`"
  done
  run --help
  for command in check build lint lib play new help; do expect_contains out.txt "$command"; done
  run --version --help
  expect_status 0
}

case_check_help() {
  run check --help
  expect_status 0
  for word in FILE --lib --set --diagnostics-format --color; do expect_contains out.txt "$word"; done
}

case_build_help() {
  run build --help
  expect_status 0
  for word in FILE --emit json --output --lib --set --diagnostics-format; do expect_contains out.txt "$word"; done
}

case_no_arguments() {
  run
  expect_status 2
  expect_contains out.txt "check"
  expect_contains out.txt "build"
}

case_unknown_subcommand() {
  run frobnicate
  expect_status 2
  run chek ok.regimen
  expect_status 2
}

case_unknown_option() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run check --frobnicate ok.regimen
  expect_status 2
  run build ok.regimen --emit json --frobnicate
  expect_status 2
  run --frobnicate
  expect_status 2
}

case_check_missing_file_argument() {
  run check
  expect_status 2
  run build --emit json
  expect_status 2
}

case_check_one_liner_is_silent() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run check ok.regimen
  expect_status 0
  expect_empty out.txt
  expect_empty err.txt
}

case_check_errors_exit_1() {
  printf 'cat_camel reps 10..15\ncat_camle reps 10\n' >bad.regimen
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run check bad.regimen
  expect_status 1
  expect_empty out.txt
  expect_contains err.txt "[E0101]"
  expect_contains err.txt "1 error generated."
  # One bad file among good ones still fails the check.
  run check ok.regimen bad.regimen ok.regimen
  expect_status 1
}

case_warnings_exit_0() {
  printf 'cat_camel reps 150\n' >many.regimen
  run check many.regimen
  expect_status 0
  expect_contains err.txt "warning:"
  expect_contains err.txt "[W0602]"
}

case_unknown_exercise_text() {
  printf 'cat_camle reps 10\n' >m.regimen
  run check m.regimen
  expect_status 1
  printf '%s\n' \
    'm.regimen:1:1: error: unknown exercise `cat_camle` [E0101]' \
    ' 1 | cat_camle reps 10' \
    '   | ^~~~~~~~~' \
    'help: did you mean `cat_camel`?' >expected.txt
  head -n 4 err.txt >first.txt
  cmp -s expected.txt first.txt || { diff expected.txt first.txt >&2; fail "the diagnostic differs"; }
}

case_diagnostics_json() {
  printf 'cat_camle reps 10\n' >m.regimen
  run check --diagnostics-format json m.regimen
  expect_status 1
  expect_empty out.txt
  expect_json err.txt 'doc["errors"] == 1 and doc["warnings"] == 0 and doc["diagnostics"][0]["code"] == "E0101" and doc["diagnostics"][0]["severity"] == "error" and doc["diagnostics"][0]["span"]["line"] == 1 and doc["diagnostics"][0]["help"] == ["did you mean `cat_camel`?"]'
  run build m.regimen --emit json --diagnostics-format json
  expect_status 1
  expect_empty out.txt
  expect_json err.txt 'doc["diagnostics"][0]["code"] == "E0101"'
}

case_diagnostics_format_bad() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run check --diagnostics-format xml ok.regimen
  expect_status 2
}

case_color() {
  printf 'cat_camle reps 10\n' >m.regimen
  run check --color always m.regimen
  expect_status 1
  grep -q $'\x1b\[' err.txt || fail "expected colour codes with --color always"
  run check --color never m.regimen
  expect_status 1
  ! grep -q $'\x1b' err.txt || fail "expected no colour codes with --color never"
  run check --color auto m.regimen
  ! grep -q $'\x1b' err.txt || fail "expected no colour codes when stderr is not a terminal"
  run check --color sometimes m.regimen
  expect_status 2
}

case_build_json() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run build ok.regimen --emit json
  expect_status 0
  expect_empty err.txt
  expect_json out.txt 'doc["format"] == "regimen-program" and doc["source"] == "ok.regimen" and [i["exercise"]["id"] for i in doc["body"]] == ["cat_camel", "half_wall_hang"] and doc["body"][1]["hold"]["amount"]["start"] == {"min": 20, "max": 30}'
}

case_stdin() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run_stdin ok.regimen check -
  expect_status 0
  expect_empty out.txt
  expect_empty err.txt
  run_stdin ok.regimen build - --emit json
  expect_status 0
  expect_json out.txt 'doc["source"] == "<stdin>" and len(doc["body"]) == 2'
  printf 'cat_camle reps 10\n' >m.regimen
  run_stdin m.regimen check -
  expect_status 1
  expect_contains err.txt "<stdin>:1:1: error: unknown exercise"
}

case_output_file() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run build ok.regimen --emit json -o out.json
  expect_status 0
  expect_empty out.txt
  expect_empty err.txt
  expect_json out.json 'len(doc["body"]) == 2'
  # Replacing it gives the same bytes as standard output does.
  run build ok.regimen --emit json --output out.json
  expect_status 0
  run build ok.regimen --emit json
  cmp -s out.txt out.json || fail "-o and standard output differ"
  [ "$(ls -A | grep -c '^\.out\.json')" -eq 0 ] || fail "a temporary file was left behind"
}

case_output_kept_on_errors() {
  printf 'precious, not JSON\n' >out.json
  cp out.json before.json
  printf 'cat_camle reps 10\n' >bad.regimen
  run build bad.regimen --emit json -o out.json
  expect_status 1
  cmp -s before.json out.json || fail "out.json changed though the build failed"
  [ "$(ls -A | grep -c '^\.out\.json')" -eq 0 ] || fail "a temporary file was left behind"
}

# A syntax error is recovered from, and the rest of the file checked, but the
# file still fails every command and no output is written.
case_syntax_errors_fail() {
  printf 'cat_camel reps ..\nhalf_wall_hang hold 30s x x\n' >bad.regimen
  cp bad.regimen before.regimen
  run check bad.regimen
  expect_status 1
  expect_empty out.txt
  expect_contains err.txt "[E0001]"
  run build bad.regimen --emit json
  expect_status 1
  expect_empty out.txt
  run build bad.regimen --emit json -o out.json
  expect_status 1
  [ ! -e out.json ] || fail "out.json was written though the file has a syntax error"
  run lint bad.regimen
  expect_status 1
  expect_contains err.txt "[E0001]"
  run lint bad.regimen --fix
  expect_status 1
  cmp -s before.regimen bad.regimen || fail "lint --fix changed a file with a syntax error"
}

case_output_missing_folder() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run build ok.regimen --emit json -o missing/out.json
  expect_status 2
  expect_contains err.txt "regimen: error:"
  [ ! -e missing ] || fail "the missing folder was created"
  [ "$(ls -A | sort | tr '\n' ' ')" = "err.txt ok.regimen out.txt " ] || fail "unexpected files: $(ls -A)"
}

case_output_is_directory() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  mkdir out.json
  run build ok.regimen --emit json -o out.json
  expect_status 2
  [ -d out.json ] || fail "the folder was replaced"
}

case_emit_unknown_format() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run build ok.regimen --emit docx
  expect_status 2
  expect_empty out.txt
  run build ok.regimen
  expect_status 2
}

case_missing_file() {
  run check no-such-file.regimen
  expect_status 2
  expect_contains err.txt "regimen: error: cannot read"
  expect_contains err.txt "no-such-file.regimen"
  run build no-such-file.regimen --emit json
  expect_status 2
  expect_contains err.txt "regimen: error: cannot read"
  expect_empty out.txt
}

case_directory_as_file() {
  mkdir folder.regimen
  run check folder.regimen
  expect_status 2
  expect_contains err.txt "regimen: error: cannot read"
}

case_unreadable_not_a_directory() {
  printf 'x\n' >file.txt
  run check file.txt/x
  expect_status 2
  expect_contains err.txt "regimen: error: cannot read"
}

case_unreadable_dangling_symlink() {
  ln -s nowhere.regimen link.regimen
  run check link.regimen
  expect_status 2
  expect_contains err.txt "regimen: error: cannot read"
}

case_unreadable_mode_000() {
  # Root reads any file, so as root the check runs as the unprivileged user
  # `nobody` (setpriv is in util-linux, on every Debian system), from a folder
  # under /tmp that `nobody` can enter wherever the build tree is.
  local dir
  dir=$(mktemp -d /tmp/regimen-cli.XXXXXX)
  chmod 755 "$dir"
  cp "$REGIMEN" "$dir/regimen"
  printf '%s\n' "$ONE_LINER" >"$dir/locked.regimen"
  chmod 000 "$dir/locked.regimen"
  local as_user=()
  [ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  LAST_ARGS="check locked.regimen (as ${as_user[*]:-$(id -un)})"
  (cd "$dir" && "${as_user[@]}" ./regimen check locked.regimen) </dev/null >out.txt 2>err.txt
  status=$?
  rm -rf "$dir"
  expect_status 2
  expect_contains err.txt "regimen: error: cannot read 'locked.regimen': Permission denied"
}

case_io_error_beats_input_errors() {
  printf 'cat_camle reps 10\n' >bad.regimen
  run check bad.regimen no-such-file.regimen
  expect_status 2
}

case_set_needs_equals() {
  printf '%s\n' "$ONE_LINER" >ok.regimen
  run check --set symptoms ok.regimen
  expect_status 2
  expect_contains err.txt "regimen: error:"
  run build ok.regimen --emit json --set =severe
  expect_status 2
  expect_empty out.txt
}

case_set_param() {
  cat >p.regimen <<'R'
param symptoms: mild | severe = mild
when symptoms = mild { cat_camel reps 10 }
when symptoms = severe { cat_camel reps 5 }
R
  run build p.regimen --emit json
  expect_status 0
  expect_json out.txt 'doc["params"] == {"symptoms": "mild"} and doc["body"][0]["reps"]["start"]["min"] == 10'
  run build p.regimen --emit json --set symptoms=severe
  expect_status 0
  expect_json out.txt 'doc["params"] == {"symptoms": "severe"} and doc["body"][0]["reps"]["start"]["min"] == 5'
  run check p.regimen --set symptoms=extreme
  expect_status 1
  expect_contains err.txt "[E0106]"
  run check p.regimen --set mood=good
  expect_status 1
  expect_contains err.txt "[E0106]"
  run check --set symptoms=severe p.regimen p.regimen
  expect_status 0
}

case_lib_folder() {
  mkdir lib
  cat >lib/extra.regimen <<'R'
exercise cli_test_reach "Test reach" {
  kind reps
  default reps 8
}
R
  printf 'cli_test_reach\n' >r.regimen
  run check r.regimen
  expect_status 1
  run check --lib lib r.regimen
  expect_status 0
  expect_empty err.txt
  run check --lib no-such-folder r.regimen
  expect_status 2
  # An option given once takes one value: the files after it stay files.
  printf 'no_such_exercise reps 3\n' >s.regimen
  run check --lib lib r.regimen s.regimen
  expect_status 1
  expect_contains err.txt "s.regimen:1:"
  run check --lib=lib r.regimen r.regimen
  expect_status 0
  expect_empty err.txt
}

case_import_file() {
  mkdir sub
  cat >sub/mine.regimen <<'R'
exercise cli_test_reach "Test reach" {
  kind reps
}
R
  printf 'import "sub/mine.regimen"\ncli_test_reach reps 10\n' >r.regimen
  run check r.regimen
  expect_status 0
  expect_empty err.txt
  # Imports are found from the importing file's folder, not the current one.
  mkdir elsewhere
  cd elsewhere || fail "cd"
  "$REGIMEN" check ../r.regimen >out.txt 2>err.txt
  status=$?
  expect_status 0
  cd .. || fail "cd"
  printf 'import "missing.regimen"\n' >m.regimen
  run check m.regimen
  expect_status 1
  expect_contains err.txt "[E0103]"
}

# Every id of the built-in library, from its JSON (the table must show each).
library_ids() {
  "$REGIMEN" lib list --format json </dev/null >ids.json 2>/dev/null || fail "lib list --format json failed"
  "$PYTHON" -c '
import json, sys
for ex in json.load(open(sys.argv[1], encoding="utf-8"))["exercises"]:
    print(ex["id"])
' ids.json
}

case_lib_list_table() {
  run lib list
  expect_status 0
  expect_empty err.txt
  head -n 1 out.txt >header.txt
  for word in ID NAME KIND SIDES POSITION EQUIPMENT LEVEL; do expect_contains header.txt "$word"; done
  local ids count=0
  ids=$(library_ids)
  [ -n "$ids" ] || fail "the library lists no exercise"
  for id in $ids; do
    grep -qE "^$id( |\$)" out.txt || fail "expected a row starting with $id"
    count=$((count + 1))
  done
  # Header, rule, one row per exercise, and the count.
  [ "$(wc -l <out.txt)" -eq $((count + 3)) ] || fail "expected $((count + 3)) lines"
  expect_contains out.txt "$count exercises"
}

case_lib_list_filters() {
  run lib list --level advanced --format json
  expect_status 0
  expect_json out.txt 'len(doc["exercises"]) > 0 and all(e["level"] == "advanced" for e in doc["exercises"])'
  run lib list --level advanced
  expect_status 0
  expect_not_contains out.txt "beginner"
  expect_not_contains out.txt "cat_camel"
  run lib list --equipment none --format json
  expect_status 0
  expect_json out.txt 'len(doc["exercises"]) > 0 and all("none" in e["equipment"] for e in doc["exercises"])'
  expect_json out.txt '"cat_camel" in [e["id"] for e in doc["exercises"]]'
  expect_json out.txt '"band_pull_apart" not in [e["id"] for e in doc["exercises"]]'
  run lib list --target shoulder_blades --position standing --format json
  expect_status 0
  expect_json out.txt 'all("shoulder_blades" in e["targets"] and e["position"] == "standing" for e in doc["exercises"])'
  run lib list --module thoracic --format json
  expect_status 0
  expect_json out.txt 'len(doc["exercises"]) > 0 and all(e["module"] == "thoracic" for e in doc["exercises"])'
  # The issue's own example: the knee's standing exercises a beginner can do with nothing.
  run lib list --region knee --equipment none --position standing --level intermediate --format json
  expect_status 0
  expect_json out.txt 'len(doc["exercises"]) > 0 and all(e["region"] == "knee" and "none" in e["equipment"] and e["position"] == "standing" and e["level"] == "intermediate" for e in doc["exercises"])'
  # A region by an alias; demands to avoid, by id or alias, comma-separated.
  run lib list --region ankle --avoid one_leg_balance,impact --format json
  expect_status 0
  expect_json out.txt 'len(doc["exercises"]) > 0 and all(e["region"] == "ankle_foot" and "single_leg_balance" not in e["demands"] and "impact" not in e["demands"] for e in doc["exercises"])'
  expect_json out.txt '"calf_raise" in [e["id"] for e in doc["exercises"]] and "hop_in_place" not in [e["id"] for e in doc["exercises"]]'
  run lib list --kind duration --format json
  expect_status 0
  expect_json out.txt '"walking" in [e["id"] for e in doc["exercises"]] and all(e["kind"] == "duration" for e in doc["exercises"])'
}

case_lib_list_bad_filters() {
  run lib list --module thoracik
  expect_status 2
  expect_empty out.txt
  expect_contains err.txt "thoracik"
  expect_contains err.txt "did you mean \`thoracic\`?"
  run lib list --region kne
  expect_status 2
  expect_empty out.txt
  expect_contains err.txt "did you mean \`knee\`?"
  run lib list --avoid kneling
  expect_status 2
  expect_empty out.txt
  expect_contains err.txt "did you mean \`kneeling\`?"
  run lib list --level expert
  expect_status 2
  expect_empty out.txt
  expect_contains err.txt "expert"
  run lib list --equipment trampoline
  expect_status 2
  expect_empty out.txt
  expect_contains err.txt "--equipment trampoline: no such equipment"
  run lib list --target hamstringz
  expect_status 2
  expect_contains err.txt "did you mean \`hamstrings\`?"
  run lib list --format yaml
  expect_status 2
}

case_lib_list_by_alias() {
  # An alias finds what its word finds.
  run lib list --equipment gym_ball --format json
  expect_status 0
  expect_json out.txt '[e["id"] for e in doc["exercises"]] == ["swiss_ball_prone_extension"]'
  run lib list --target hip --format json
  expect_status 0
  expect_json out.txt 'len(doc["exercises"]) > 0 and all("hips" in e["targets"] for e in doc["exercises"])'
}

case_lib_vocabulary() {
  run lib vocabulary
  expect_status 0
  expect_empty err.txt
  for heading in "Equipment (" "Targets (" "Directions ("; do expect_contains out.txt "$heading"; done
  expect_contains out.txt "Step or stair"
  run lib vocabulary directions --format json
  expect_status 0
  expect_json out.txt 'doc["format"] == "regimen-vocabulary" and list(doc) == ["directions", "format", "version"]'
  expect_json out.txt '{"id": "clockwise", "name": "clockwise", "aliases": [], "module": "vocabulary"} in doc["directions"]'
  run lib vocabulary shoes
  expect_status 2
}

case_lib_folder_vocabulary() {
  # A --lib folder may define words, and a later layer may rename one.
  mkdir lib
  cat >lib/words.regimen <<'R'
equipment wobble_board "Wobble board"
equipment band "Exercise band"
direction sideways "out to the side"
R
  cat >lib/balance.regimen <<'R'
exercise cli_board_balance "Board balance" {
  kind hold
  sides per_direction
  directions forward, sideways
  equipment wobble_board
  default hold 20s
}
R
  printf 'cli_board_balance\nband_pull_apart\n' >r.regimen
  run check --lib lib r.regimen
  expect_status 0
  expect_empty err.txt
  run build r.regimen --lib lib --emit text
  expect_status 0
  expect_contains out.txt "Wobble board"
  expect_contains out.txt "Exercise band"
  run build r.regimen --lib lib --emit schedule
  expect_status 0
  expect_contains out.txt "Now out to the side"
  run lib vocabulary equipment --lib lib --format json
  expect_json out.txt '{"id": "band", "name": "Exercise band", "aliases": [], "module": "words"} in doc["equipment"]'
  run check r.regimen
  expect_status 1
}

# An exercise of a `--lib` folder shows its pictures on its page, as text
# and as JSON.
case_lib_show_pictures() {
  mkdir -p clinic
  cat >clinic/shoulder.regimen <<'EOF'
exercise wall_slide "Wall slide" {
  kind reps
  image "photos/wall_slide.svg" alt "Standing with the back against a wall"
  step "Slide the arms up the wall"
}
EOF
  run lib show wall_slide --lib clinic
  expect_status 0
  expect_contains out.txt "Pictures"
  expect_contains out.txt "  - Standing with the back against a wall (photos/wall_slide.svg)"
  run lib show wall_slide --lib clinic --format json
  expect_status 0
  expect_json out.txt 'doc["exercise"]["images"] == [{"path": "photos/wall_slide.svg", "alt": "Standing with the back against a wall"}]'
  run lib show cat_camel --format json
  expect_json out.txt 'doc["exercise"]["images"] == []'
}

# An exercise's figure on its page: the notation as written back, and as
# JSON taken apart.
case_lib_show_figure() {
  mkdir -p clinic
  cat >clinic/knee.regimen <<'EOF'
exercise seated_kick "Seated kick" {
  kind reps
  figure seated knee 90 -> near_knee 0 with chair
}
exercise side_leg_lift "Side-lying leg lift" {
  kind reps
  figure side_lying -> near_hip_out 30 from front
}
exercise toe_lift "Toe lift" {
  kind reps
  figure standing -> ankle 15 on_heels with table
}
EOF
  run lib show seated_kick --lib clinic
  expect_status 0
  expect_contains out.txt "  figure        seated knee 90 -> near_knee 0 with chair"
  run lib show seated_kick --lib clinic --format json
  expect_status 0
  expect_json out.txt 'doc["version"] == 8 and doc["exercise"]["figure"] == {"view": "side", "start": {"position": "seated", "changes": [{"joint": "knee", "side": "both", "degrees": 90}], "stance": None, "shape": None}, "end": {"position": None, "changes": [{"joint": "knee", "side": "near", "degrees": 0}], "stance": None, "shape": None}, "props": [{"prop": "chair", "placement": None}]}'
  run lib show side_leg_lift --lib clinic
  expect_contains out.txt "  figure        side_lying -> near_hip_out 30 from front"
  run lib show side_leg_lift --lib clinic --format json
  expect_json out.txt 'doc["exercise"]["figure"]["view"] == "front"'
  run lib show toe_lift --lib clinic
  expect_contains out.txt "  figure        standing -> ankle 15 on_heels with table"
  run lib show toe_lift --lib clinic --format json
  expect_json out.txt 'doc["exercise"]["figure"]["end"]["stance"] == "on_heels" and doc["exercise"]["figure"]["start"]["stance"] is None'
  run lib show cat_camel --format json
  expect_json out.txt '"figure" in doc["exercise"]'
}

case_lib_show() {
  run lib show cat_camel
  expect_status 0
  expect_empty err.txt
  expect_contains out.txt "Cat-camel (cat_camel)"
  expect_contains out.txt "Steps"
  expect_contains out.txt "  1. "
  cp out.txt by_id.txt
  # An alias and the display name, in odd case and spelling, find the same page.
  for name in cat_cow "CAT-COW" "cat camel" "Cat-Camel"; do
    run lib show "$name"
    expect_status 0
    cmp -s out.txt by_id.txt || fail "lib show '$name' differs from lib show cat_camel"
  done
  run lib show "child's pose" --format json
  expect_status 0
  expect_json out.txt 'doc["format"] == "regimen-exercise" and doc["exercise"]["id"] == "childs_pose"'
  run lib show "Bird Dog" --format json
  expect_status 0
  expect_json out.txt 'doc["exercise"]["id"] == "bird_dog"'
}

case_lib_show_unknown() {
  run lib show cat_camle
  expect_status 1
  expect_empty out.txt
  expect_contains err.txt "[E0101]"
  expect_contains err.txt "unknown exercise \`cat_camle\`"
  expect_contains err.txt "did you mean \`cat_camel\`?"
  run lib show zzzzzzzzzz
  expect_status 1
  expect_not_contains err.txt "did you mean"
  run lib show
  expect_status 2
}

case_lib_search() {
  run lib search band
  expect_status 0
  expect_empty err.txt
  head -n 1 out.txt | grep -qF "MATCHED IN" || fail "expected a header"
  sed -n 3p out.txt | grep -qiE "^[a-z_0-9]+ +[^ ].*band" || fail "expected an exercise named for a band first"
  run lib search band --format json
  expect_status 0
  expect_json out.txt 'doc["format"] == "regimen-search" and doc["query"] == "band" and "band" in doc["results"][0]["exercise"]["name"].lower()'
  # A region's word lists that region's exercises first.
  run lib search knee --format json
  expect_status 0
  expect_json out.txt 'all(r["exercise"]["region"] == "knee" for r in doc["results"][:15])'
  # Several words, quoted or not, are one query.
  run lib search "shoulder blades" --format json
  expect_status 0
  cp out.txt quoted.json
  expect_json out.txt 'doc["query"] == "shoulder blades" and "shoulder_blades" in doc["results"][0]["exercise"]["targets"]'
  run lib search shoulder blades --format json
  expect_status 0
  cmp -s out.txt quoted.json || fail "lib search shoulder blades differs from lib search \"shoulder blades\""
  run lib search xylophone
  expect_status 0
  expect_contains out.txt "no exercise matches"
  run lib search
  expect_status 2
}

case_lib_local_folder() {
  mkdir lib
  cat >lib/mine.regimen <<'R'
exercise cli_test_shrug "Test shrug" {
  aliases shoulder_lift_test
  kind reps
  sides bilateral
  position seated
  equipment chair
  targets upper_back
  level beginner
  category strengthening
  default reps 12 x2
  step "Sit tall."
  cue "Slowly."
}
R
  run lib show cli_test_shrug
  expect_status 1
  run lib show "Shoulder-Lift Test" --lib lib
  expect_status 0
  expect_empty err.txt
  expect_contains out.txt "Test shrug (cli_test_shrug)"
  expect_contains out.txt "reps 12 x2"
  run lib list --lib lib --module mine --format json
  expect_status 0
  expect_json out.txt '[e["id"] for e in doc["exercises"]] == ["cli_test_shrug"]'
  run lib list --lib no-such-folder
  expect_status 2
  # A broken definition in the folder is an error in the input.
  printf 'exercise cli_test_bad "Bad" {\n  kind repetitions\n}\n' >lib/bad.regimen
  run lib show cat_camel --lib lib
  expect_status 1
  expect_contains err.txt "[E0012]"
}

# A staged routine for --stage: a dated first stage, one that ends on a sign,
# and one after it with no date.
staged_routine() {
  cat >staged.regimen <<'ROUTINE'
routine "Staged" {
  stage "Protection" days 1-10 {
    cat_camel reps 5
  }
  stage "Early" until "you can walk without a limp" {
    cat_camel reps 8
  }
  stage "Strength" until "you can hop" {
    cat_camel reps 12
    weeks 2-3 {
      thread_the_needle reps 6 per side
    }
  }
}
ROUTINE
}

case_stage_schedule() {
  staged_routine
  # A stage that starts on a sign: its days count from the day it starts.
  run build staged.regimen --emit schedule-json --stage strength --week 2
  expect_status 0
  expect_json out.txt 'doc["counted_from"] == "stage" and doc["stage"] == "Strength" and doc["day"] == 8 and any(i["exercise_id"] == "thread_the_needle" for s in doc["sessions"] for i in s["intervals"])'
  run build staged.regimen --emit schedule --stage Strength
  expect_status 0
  expect_contains out.txt "Stage Strength: weeks and days counted from the day you start it"
  expect_not_contains out.txt "Thread"
  # A dated stage: --day counts from its first day, the program's day 11.
  run build staged.regimen --emit schedule-json --stage Early --day 3
  expect_status 0
  expect_json out.txt 'doc["counted_from"] == "program" and doc["stage"] == "Early" and doc["day"] <= 13 <= doc["period"]["last_day"]'
  # Without --stage, the schedule names the stage its days are in.
  run build staged.regimen --emit schedule --day 4
  expect_status 0
  expect_contains out.txt "Stage Protection"
  # A stage that runs on has any week.
  run build staged.regimen --emit schedule --week 30
  expect_status 0
  expect_contains out.txt "Stage Early"
}

case_stage_errors() {
  staged_routine
  run build staged.regimen --emit schedule --stage Strenght
  expect_status 2
  expect_contains err.txt "no such stage; it has \`Protection\`, \`Early\`, \`Strength\`"
  expect_contains err.txt "did you mean \`Strength\`?"
  run build staged.regimen --emit schedule --stage Protection --day 11
  expect_status 2
  expect_contains err.txt "--day 11: the stage \`Protection\` has 10 days"
  run build staged.regimen --emit html --stage Early
  expect_status 2
  expect_contains err.txt "--stage"
  run build staged.regimen --emit pdf --session Early -o out.pdf
  expect_status 2
  expect_contains err.txt "--session"
  # A calendar of a stage: only of one with no date.
  run build staged.regimen --emit ics --start 2027-01-04 --stage Protection
  expect_status 2
  expect_contains err.txt "starts on day 1 of the program"
  run build staged.regimen --emit ics --start 2027-01-04 --stage Strength
  expect_status 0
  expect_contains out.txt "DTSTART:20270104"
  run play staged.regimen --stage Nothing --speed 1000
  expect_status 2
  expect_contains err.txt "no such stage"
  # A session that only a stage with no date holds: the player says where.
  cat >later.regimen <<'ROUTINE'
routine "Later" {
  stage "Early" until "you can walk" {
    session "Moves" daily { cat_camel reps 5 }
  }
  stage "Late" until "you can run" {
    session "Strength" on mon, wed, fri { cat_camel reps 8 }
  }
}
ROUTINE
  run play later.regimen --session Strength --speed 100000
  expect_status 2
  expect_contains err.txt "try --stage \"Late\""
  run play later.regimen --session Strength --stage late --speed 100000
  expect_status 0
  expect_contains out.txt "Cat-camel"
  echo 'cat_camel reps 5' >plain.regimen
  run build plain.regimen --emit schedule --stage Early
  expect_status 2
  expect_contains err.txt "the routine has no stages"
}

# Only `--emit pdf` and `--emit ics` load cairo, pango and libical, from the
# backends module beside the program: the program itself does not name them.
# The clinic's pictures (`image`) in every handout format: embedded in the
# PDF (the JPEG as it is, the PNG losslessly, the SVG drawn) and the HTML,
# linked from the Markdown, described in the text; and a picture whose
# content is damaged stops the PDF rather than leaving a card without it.
case_handout_pictures() {
  cp -r "$(dirname "$0")/../conformance/pictures/photos" photos
  cp "$(dirname "$0")/../conformance/pictures/pictures.regimen" pictures.regimen

  run build pictures.regimen --emit text
  expect_status 0
  expect_contains out.txt "Picture: Standing with the back against a wall, arms in a goalpost"
  expect_contains out.txt "Picture: The same, with a towel behind the back"

  mkdir -p handouts
  run build pictures.regimen --emit md -o handouts/pictures.md
  expect_status 0
  expect_contains handouts/pictures.md "![Standing with the back against a wall, arms in a goalpost](<../photos/wall_slide.svg>)"
  expect_contains handouts/pictures.md "![The same, with a towel behind the back](<../photos/handout_page.jpg>)"

  run build pictures.regimen --emit html -o pictures.html
  expect_status 0
  for picture in "image/svg+xml wall_slide.svg" "image/png ball.png" "image/jpeg handout_page.jpg"; do
    set -- $picture
    local encoded
    encoded=$("$PYTHON" -c 'import base64,sys; print(base64.b64encode(open(sys.argv[1],"rb").read()).decode())' "photos/$2")
    expect_contains pictures.html "<img src=\"data:$1;base64,$encoded\""
  done
  expect_contains pictures.html 'alt="Standing with the back against a wall, arms in a goalpost" width="240" height="320"'

  run build pictures.regimen --emit pdf -o pictures.pdf
  expect_status 0
  pdfimages -list pictures.pdf >images.txt 2>&1 || fail "pdfimages failed: $(cat images.txt)"
  # The JPEG embedded as it is (DCT, its own size), the PNG as an image of its size.
  grep -Eq '^ +[0-9]+ +[0-9]+ +image +125 +176 .* jpeg ' images.txt || fail "no embedded JPEG of 125x176: $(cat images.txt)"
  grep -Eq '^ +[0-9]+ +[0-9]+ +image +200 +150 .* image ' images.txt || fail "no PNG of 200x150: $(cat images.txt)"
  # The SVG is drawn, not embedded as an image: the page has more ink than
  # the same page with a blank drawing of the same size in its place.
  sed -n '/exercise wall_slide/,/^  }/p' pictures.regimen | grep -v 'ball.png' >drawing.regimen
  printf 'wall_slide reps 10\n' >>drawing.regimen
  sed 's/wall_slide.svg/blank.svg/' drawing.regimen >plain.regimen
  printf '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="320" viewBox="0 0 240 320"></svg>\n' >photos/blank.svg
  for name in drawing plain; do
    run build $name.regimen --emit pdf -o $name.pdf
    expect_status 0
    pdftoppm -gray -r 72 -f 1 -l 1 $name.pdf $name || fail "pdftoppm failed on $name.pdf"
  done
  "$PYTHON" - drawing-1.pgm plain-1.pgm <<'PY' || fail "the SVG drawing left no ink on the page"
import sys
def ink(path):
    data = open(path, "rb").read()
    parts = data.split(b"\n", 3)  # P5, size, maximum, pixels
    return sum(255 - b for b in parts[3])
# A stick figure, a wall and a floor: thousands of units of grey at 72 dpi.
sys.exit(0 if ink(sys.argv[1]) > ink(sys.argv[2]) + 20000 else 1)
PY

  # A PNG whose header is whole but whose pixels are not: checking passes
  # (only headers are read), the PDF is refused and nothing is written.
  "$PYTHON" - <<'PY'
import struct, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
header = struct.pack(">IIBBBBB", 20, 20, 8, 2, 0, 0, 0)
open("photos/damaged.png", "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"not deflate data") + chunk(b"IEND", b""))
PY
  printf 'cat_camel reps 10 image "photos/damaged.png" alt "On hands and knees"\n' >damaged.regimen
  run check damaged.regimen
  expect_status 0
  run build damaged.regimen --emit pdf -o damaged.pdf
  expect_status 2
  expect_contains err.txt "cannot write the PDF: the picture"
  expect_contains err.txt "damaged.png could not be read"
  [ ! -e damaged.pdf ] || fail "a PDF was written without its picture"
}

case_backends_not_linked() {
  ldd "$REGIMEN" >libs.txt 2>&1 || fail "ldd failed: $(cat libs.txt)"
  for lib in libcairo libpango libical libglib libharfbuzz libfontconfig librsvg; do
    if grep -q "$lib" libs.txt; then fail "regimen itself loads $lib"; fi
  done
  [ -f "$(dirname "$REGIMEN")/regimen-backends.so" ] || fail "no regimen-backends.so beside the program"
}

# `check` of many files runs a worker per core (cli/in_order.h); whatever
# the number of workers, the output, its order and the exit status are those
# of checking the files one by one, unreadable files and files with errors
# included, in text and in JSON.
case_check_jobs_same_output() {
  for i in $(seq 1 23); do
    case $((i % 5)) in
      0) printf 'cat_camell reps 10\n' >"r$i.regimen" ;;
      1) printf 'cat_camel reps 10..15 x2\nbird_dog hold 5s banana\n' >"r$i.regimen" ;;
      *) printf '%s\n' "$ONE_LINER" >"r$i.regimen" ;;
    esac
  done
  files=$(for i in $(seq 1 23); do printf 'r%s.regimen ' "$i"; [ "$i" = 11 ] && printf 'missing.regimen '; done)
  for format in text json; do
    # shellcheck disable=SC2086
    run check --jobs 1 --diagnostics-format "$format" $files
    expect_status 2
    cp err.txt "one_$format.txt"
    grep -q "cannot read 'missing.regimen'" err.txt || fail "the unreadable file is not reported"
    for jobs in 2 3 7; do
      # shellcheck disable=SC2086
      run check --jobs "$jobs" --diagnostics-format "$format" $files
      expect_status 2
      cmp -s err.txt "one_$format.txt" || fail "--jobs $jobs ($format) differs from --jobs 1: $(diff "one_$format.txt" err.txt | head -5)"
    done
  done
  # Errors only: exit 1 at any number of workers.
  run check --jobs 3 r1.regimen r5.regimen r10.regimen
  expect_status 1
  expect_contains err.txt "unknown exercise \`cat_camell\`"
}

# Start-up: the ANTLR runtime is linked into the program (no symbols to look
# up at every start), and the lexer's and parser's state machines are built
# on first use, not by static initialisers that every command would run
# (cmake/LazyAtn.cmake).
case_startup_lean() {
  ldd "$REGIMEN" >libs.txt 2>&1 || fail "ldd failed: $(cat libs.txt)"
  if grep -q "libantlr4-runtime" libs.txt; then fail "regimen loads the ANTLR runtime at start"; fi
  nm -C "$REGIMEN" >symbols.txt 2>&1 || fail "nm failed: $(cat symbols.txt)"
  grep -q "RegimenParser::RegimenParser" symbols.txt || fail "no parser in the program's symbols (stripped?)"
  for recogniser in RegimenLexer RegimenParser; do
    if grep -q "$recogniser::_init\$" symbols.txt; then fail "$recogniser's ATN is still built before main()"; fi
  done
  run --version
  expect_status 0
}

# Without the module, the PDF and the calendar are an I/O error that names
# where it was looked for; every other command works.
case_backends_module_missing() {
  mkdir alone
  cp "$REGIMEN" alone/regimen
  printf '%s\n' "$ONE_LINER" >ok.regimen
  REGIMEN="$PWD/alone/regimen"
  run check ok.regimen
  expect_status 0
  run build ok.regimen --emit html -o out.html
  expect_status 0
  run build ok.regimen --emit pdf -o out.pdf
  expect_status 2
  expect_contains err.txt "regimen: error: cannot write the PDF: the PDF and calendar writers are missing (looked for $PWD/alone/regimen-backends.so"
  [ ! -e out.pdf ] || fail "a PDF was written without its writer"
  run build ok.regimen --emit ics --start 2026-01-05 -o out.ics
  expect_status 2
  expect_contains err.txt "the PDF and calendar writers are missing"
}


# `lib show NAME --figure FILE`: the figure as an SVG file, to a file or to
# standard output; an exercise without one, or with a geometric problem,
# said on standard error.
case_lib_show_figure_file() {
  run lib show cat_camel --figure cat_camel.svg
  expect_status 0
  expect_empty err.txt
  expect_empty out.txt
  expect_contains cat_camel.svg '<svg xmlns="http://www.w3.org/2000/svg" role="img"'
  expect_contains cat_camel.svg '<title>Cat-camel</title>'
  run lib show "Cat-Cow" --figure -
  expect_status 0
  cmp -s out.txt cat_camel.svg || fail "the figure on standard output differs from the file's"

  mkdir -p mine
  cat >mine/mine.regimen <<'REGIMEN'
exercise lifted_leg "Lifted leg" {
  kind reps
  step "Lift the leg."
  figure side_lying -> near_hip_out 40 from front
}
exercise no_drawing "No drawing" {
  kind reps
  step "Do it."
}
exercise curled "Curled" {
  kind reps
  step "Round the back, the arms along it."
  figure quadruped -> spine 25 shoulder 0
}
REGIMEN
  run lib show lifted_leg --lib mine --figure lifted.svg
  expect_status 0
  expect_empty err.txt
  expect_contains lifted.svg '<title>Lifted leg</title>'
  run lib show no_drawing --lib mine --figure none.svg
  expect_status 1
  expect_contains err.txt "no_drawing has no figure"
  [ ! -e none.svg ] || fail "a figure file was written for an exercise without one"
  # Arms along a rounded back hold nothing up: the figure is drawn, and
  # the hands off the floor are said.
  run lib show curled --lib mine --figure curled.svg
  expect_status 0
  expect_contains err.txt "regimen: warning: curled's figure, end pose: a hand does not touch the support"
  expect_contains curled.svg '<title>Curled</title>'
  run lib show nosuch --figure x.svg
  expect_status 1
  run lib show cat_camel --figure missing/folder/x.svg
  expect_status 2
  expect_contains err.txt "cannot write 'missing/folder/x.svg'"
}

# The handouts of every example show each exercise's figure beside its
# steps: an inline SVG in the HTML, drawn paths in the PDF; a clinic's own
# picture takes the figure's place.
# How many lines of a figure's outline the PDF FILE draws: the outline is
# a pure grey no other part of a handout uses.
figure_lines() {
  pdftocairo -svg "$1" "$1.svg" || fail "pdftocairo failed on $1"
  grep -Eo 'stroke:rgb\(10\.19[0-9]*%,10\.19[0-9]*%,10\.19[0-9]*%\)' "$1.svg" | wc -l
}

case_handout_figures() {
  local examples
  examples="$(cd "$(dirname "$0")/../../examples" && pwd)"
  for example in "$examples"/*.regimen; do
    local name
    name=$(basename "$example" .regimen)
    run build "$example" --emit html -o "$name.html"
    expect_status 0
    local cards drawn
    cards=$(grep -c '<article class="exercise"' "$name.html")
    drawn=$(grep -c '<figure class="drawn"><svg ' "$name.html")
    [ "$cards" -gt 0 ] || fail "$name: no exercise cards in the HTML"
    [ "$drawn" -eq "$cards" ] || fail "$name: $drawn drawn figures for $cards exercises in the HTML"
    run build "$example" --emit pdf -o "$name.pdf"
    expect_status 0
    # Each figure draws fifteen outline lines (the edges of its ten segments
    # on both sides), and an arrow or a movement more.
    local strokes
    strokes=$(figure_lines "$name.pdf")
    [ "$strokes" -ge $((15 * cards)) ] || fail "$name: $strokes figure lines in the PDF for $cards exercises"
  done

  # A clinic's picture replaces the drawing, in both handouts.
  mkdir -p photos
  printf '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"></svg>\n' >photos/own.svg
  printf 'cat_camel reps 10\nchilds_pose hold 30s image "photos/own.svg" alt "Our own photo"\n' >own.regimen
  run build own.regimen --emit html -o own.html
  expect_status 0
  [ "$(grep -c '<figure class="drawn">' own.html)" -eq 1 ] || fail "expected one drawn figure, for cat_camel only"
  expect_contains own.html 'alt="Our own photo"'
  expect_contains own.html '<title>Drawing of Cat-camel: on hands and knees, the start and the end of the movement</title>'
  run build own.regimen --emit pdf -o own.pdf
  expect_status 0
  local own_strokes
  own_strokes=$(figure_lines own.pdf)
  [ "$own_strokes" -ge 15 ] && [ "$own_strokes" -lt 60 ] || fail "expected one figure's lines in own.pdf, found $own_strokes"

  # The hand's exercises show the close-up of the hand: the forearm, the
  # palm, the thumb's and four fingers' bones, in both handouts.
  printf 'wrist_curl reps 10 x3\ntendon_glides reps 10\n' >hand.regimen
  run build hand.regimen --emit html -o hand.html
  expect_status 0
  [ "$(grep -c '<figure class="drawn"><svg ' hand.html)" -eq 2 ] || fail "expected two drawn figures in hand.html"
  expect_contains hand.html '<title>Drawing of Wrist curl: the hand and forearm, close up, the start and the end of the movement</title>'
  run build hand.regimen --emit pdf -o hand.pdf
  expect_status 0
  local hand_strokes
  hand_strokes=$(figure_lines hand.pdf)
  # Each figure's end pose: the forearm, the palm, and the thumb's and fingers' fifteen bones.
  [ "$hand_strokes" -ge $((2 * 17)) ] || fail "expected two close-ups' lines in hand.pdf, found $hand_strokes"
}

run_case "${1:-}"

#!/usr/bin/env bash
# `regimen lint` from the outside, one case per ctest test: cases.sh CASE.
# Each case runs the real binary on the routines in inputs/ (copied into its
# own scratch folder) and checks the exit status and what is printed.
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/../cli/lib.sh"
INPUTS="$HERE/inputs"
VALIDATE="$HERE/../schema/validate.py"
LINT_SCHEMA="$HERE/../../docs/schema/lint.schema.json"
SARIF_SCHEMA="$HERE/sarif-schema-2.1.0.json"

# The routines are copied into a folder of their own; a case that wants a
# regimen.toml writes one there or below.
mkdir -p project
cp "$INPUTS"/*.regimen project/
cd project || exit 1

case_list_rules() {
  run lint --list-rules
  expect_status 0
  head -1 out.txt | grep -qE '^ID +NAME +LEVEL +SUMMARY$' || fail "expected a header line"
  # Every other line: an id, a name, a level and a summary.
  tail -n +2 out.txt | grep -vqE '^L[0-9]{4} +[a-z][a-z0-9-]+ +(allow|warn|deny) +[^ ].*$' &&
    fail "expected every rule line to hold an id, a name, a level and a summary"
  local listed
  listed=$(tail -n +2 out.txt | wc -l)
  [ "$listed" -ge 20 ] || fail "expected at least 20 rules, got $listed"
  # The same rules, in the same order and at the same levels, as SARIF describes.
  cp out.txt listed.txt
  run lint --format sarif clean.regimen
  expect_status 0
  "$PYTHON" - <<'EOF' || fail "--list-rules and the SARIF rules disagree"
import json
levels = {"allow": "none", "warn": "warning", "deny": "error"}
listed = [line.split()[:3] for line in open("listed.txt").readlines()[1:]]
rules = json.load(open("out.txt"))["runs"][0]["tool"]["driver"]["rules"]
described = [[r["id"], r["name"], r["defaultConfiguration"]["level"]] for r in rules]
assert [[i, n, levels[l]] for i, n, l in listed] == described, (listed, described)
EOF
}

case_lint_help() {
  run lint --help
  expect_status 0
  for word in FILE --format --deny --warn --allow --equipment --avoid --affected-side --level --max-session --max-daily \
    --patient-profile --config --explain --fix --list-rules --lib --set --color; do
    expect_contains out.txt "$word"
  done
  expect_not_contains out.txt "--diagnostics-format"
}

case_no_files() {
  run lint
  expect_status 2
  expect_contains err.txt "regimen: error:"
}

case_clean_is_silent() {
  run lint clean.regimen
  expect_status 0
  expect_empty out.txt
  expect_empty err.txt
}

case_warnings_exit_0() {
  run lint fixable.regimen
  expect_status 0
  expect_contains err.txt "fixable.regimen:9:3: warning: "
  expect_contains err.txt "[L0301 missing-side]"
  expect_contains err.txt "fixable.regimen:10:27: warning: "
  expect_contains err.txt "[L0305 loaded-sets-without-rest]"
  expect_contains err.txt "2 warnings generated."
  # Sorted by position: line 9 before line 10.
  [ "$(grep -n 'L0301' err.txt | head -1 | cut -d: -f1)" -lt "$(grep -n 'L0305' err.txt | head -1 | cut -d: -f1)" ] ||
    fail "expected the findings in order of position"
}

case_deny_by_default_exit_1() {
  run lint pain_guided.regimen
  expect_status 1
  expect_contains err.txt "error: "
  expect_contains err.txt "[L0104 pain-without-stop-rule]"
}

case_deny_raises() {
  run lint --deny missing-side fixable.regimen
  expect_status 1
  expect_contains err.txt "error: \`quadruped_trunk_rotation\`"
  expect_contains err.txt "1 error and 1 warning generated."
  # By id, too, and with commas.
  run lint --deny L0301,loaded-sets-without-rest fixable.regimen
  expect_status 1
  expect_contains err.txt "2 errors generated."
}

case_warn_lowers() {
  run lint --warn pain-without-stop-rule pain_guided.regimen
  expect_status 0
  expect_contains err.txt "warning: "
  expect_contains err.txt "[L0104 pain-without-stop-rule]"
}

case_allow_silences() {
  run lint --allow missing-side --allow L0305 fixable.regimen
  expect_status 0
  expect_empty err.txt
  run lint --allow L0104 pain_guided.regimen
  expect_status 0
  expect_not_contains err.txt "L0104"
}

case_unknown_rule() {
  run lint --deny missing-sid fixable.regimen
  expect_status 2
  expect_contains err.txt "no lint rule \`missing-sid\`; did you mean \`missing-side\`?"
  run lint --deny missing-side --allow L0301 fixable.regimen
  expect_status 2
  expect_contains err.txt "both deny and allow"
}

case_compile_errors_stop_the_rules() {
  run lint broken.regimen
  expect_status 1
  expect_contains err.txt "[E0101]"
  expect_not_contains err.txt "[L0"
  # The other files are still linted.
  run lint broken.regimen fixable.regimen
  expect_status 1
  expect_contains err.txt "[E0101]"
  expect_contains err.txt "[L0301 missing-side]"
}

case_io_errors_exit_2() {
  run lint missing.regimen clean.regimen
  expect_status 2
  expect_contains err.txt "cannot read 'missing.regimen'"
}

case_stdin() {
  run_stdin fixable.regimen lint -
  expect_status 0
  expect_contains err.txt "<stdin>:9:3: warning: "
}

case_config_found_upward() {
  mkdir -p clinic/patients/ann
  cp fixable.regimen clinic/patients/ann/program.regimen
  printf '[lint]\ndeny = ["missing-side"]\n' >clinic/regimen.toml
  run lint clinic/patients/ann/program.regimen
  expect_status 1
  expect_contains err.txt "error: \`quadruped_trunk_rotation\`"
  # From inside the folder, too.
  (cd clinic/patients/ann && "$REGIMEN" lint program.regimen </dev/null >../../../out.txt 2>../../../err.txt)
  status=$?
  expect_status 1
  # A nearer config wins.
  printf '[lint]\nallow = ["missing-side"]\n' >clinic/patients/regimen.toml
  run lint clinic/patients/ann/program.regimen
  expect_status 0
  expect_not_contains err.txt "L0301"
  # A routine outside the clinic folder does not see it.
  run lint fixable.regimen
  expect_status 0
  expect_contains err.txt "warning: "
}

case_flags_override_config() {
  mkdir -p clinic
  cp fixable.regimen clinic/program.regimen
  printf '[lint]\ndeny = ["missing-side"]\n[patient]\nequipment = ["chair"]\n' >clinic/regimen.toml
  run lint clinic/program.regimen
  expect_status 1
  expect_contains err.txt "[L0503 missing-equipment]"
  run lint --warn missing-side --equipment band,chair clinic/program.regimen
  expect_status 0
  expect_not_contains err.txt "L0503"
  expect_contains err.txt "warning: \`quadruped_trunk_rotation\`"
  # --config names a file instead of the search.
  printf '[lint]\nallow = ["missing-side", "loaded-sets-without-rest"]\n' >quiet.toml
  run lint --config quiet.toml clinic/program.regimen
  expect_status 0
  expect_empty err.txt
}

# lint_config PYTHON-EXPRESSION: the expression's value, a line, becomes
# clinic/regimen.toml, and clinic/program.regimen is linted under it.
lint_config() {
  "$PYTHON" -c "print($1)" >clinic/regimen.toml
  run lint clinic/program.regimen
}

case_bad_config() {
  mkdir -p clinic
  cp clean.regimen clinic/program.regimen
  printf '[lint]\ndeny = ["missing-side"\n' >clinic/regimen.toml
  run lint clinic/program.regimen
  expect_status 2
  grep -qE '^clinic/regimen.toml:[0-9]+:[0-9]+: error: ' err.txt || fail "expected regimen.toml:LINE:COL: error:"
  expect_not_contains err.txt "terminate"
  printf '[lint]\ndeny = ["missing-sid"]\n' >clinic/regimen.toml
  run lint clinic/program.regimen
  expect_status 2
  expect_contains err.txt "clinic/regimen.toml:2:9: error: no lint rule \`missing-sid\`"
  expect_contains err.txt "did you mean \`missing-side\`?"
  printf '[patient]\nlevel = "expert"\n' >clinic/regimen.toml
  run lint clinic/program.regimen
  expect_status 2
  expect_contains err.txt "clinic/regimen.toml:2:9: error: \`level\` is one of"
  # A broken config spoils only the routines under it.
  run lint clinic/program.regimen fixable.regimen
  expect_status 2
  expect_contains err.txt "[L0301 missing-side]"
  # Half a million mistakes on one line: the first 50 are shown, at once.
  lint_config '"[lint]\ndeny = [" + "1," * 500000 + "]"'
  expect_status 2
  [ "$(grep -c ': error: ' err.txt)" -eq 51 ] || fail "expected 50 mistakes and the reader stopping"
  expect_contains err.txt "clinic/regimen.toml:2:109: error: too many mistakes in the file; stopped after 50 [config]"
}

# A config past the bounds is one clean error at its place, exit 2: toml++
# never sees it. A key of 50,000 parts once crashed the linter.
case_config_limits() {
  mkdir -p clinic
  cp clean.regimen clinic/program.regimen
  lint_config '"a" + ".a" * 49999 + " = 1"'
  expect_status 2
  expect_contains err.txt "clinic/regimen.toml:1:65: error: the key has more than 32 parts, the most a config allows [config]"
  lint_config '"[lint]\ndeny = " + "[" * 50000 + "]" * 50000'
  expect_status 2
  expect_contains err.txt "clinic/regimen.toml:2:39: error: values are nested more than 32 deep, the most a config allows [config]"
  lint_config '"[lint]\ndeny = " + "{a = " * 50000 + "1" + "}" * 50000'
  expect_status 2
  expect_contains err.txt "error: values are nested more than 32 deep"
  # Larger than 1 MiB, in a comment that holds nothing wrong.
  lint_config '"[lint]\n# " + "x" * (1 << 20)'
  expect_status 2
  expect_contains err.txt "clinic/regimen.toml:2:1048570: error: the file is larger than 1 MiB, the most a config allows [config]"
  # Dots and brackets in strings and comments are not levels.
  printf '[lint] # [[[[.a.a.a\ndeny = ["missing-side"] # {{{{\n[patient]\nlevel = "beginner"\n' >clinic/regimen.toml
  run lint clinic/program.regimen
  expect_status 0
}

# A list of 125,000 rules on one line, just under 1 MiB, and a mistake at
# its end. Each item's place used to be found by walking the line from its
# start: minutes for this list. The test's timeout catches that coming back.
case_config_long_list() {
  mkdir -p clinic
  cp clean.regimen clinic/program.regimen
  lint_config '"[lint]\ndeny = [" + "\"L0301\"," * 125000 + "\"missing-sid\"]"'
  expect_status 2
  expect_contains err.txt "clinic/regimen.toml:2:$((9 + 125000 * 8)): error: no lint rule \`missing-sid\`"
  lint_config '"[lint]\ndeny = [" + "\"L0301\"," * 125000 + "]"'
  expect_status 0
}

# run_bounded ARGS...: run, but a regimen that has not exited after 20
# seconds is stopped and the case fails: it was waiting for something.
run_bounded() {
  LAST_ARGS="$*"
  timeout 20 "$REGIMEN" "$@" </dev/null >out.txt 2>err.txt
  status=$?
  [ "$status" -ne 124 ] || fail "regimen $* did not finish"
}

# Only a regular file is a config. A FIFO would make the open wait for a
# writer: the search passes over one, and --config refuses one at once.
case_config_not_regular() {
  mkdir -p clinic/patients
  cp fixable.regimen clinic/patients/program.regimen
  printf '[lint]\ndeny = ["missing-side"]\n' >clinic/regimen.toml
  mkfifo clinic/patients/regimen.toml
  run_bounded lint clinic/patients/program.regimen
  expect_status 1
  expect_contains err.txt "error: \`quadruped_trunk_rotation\`"
  run_bounded lint --config clinic/patients/regimen.toml clinic/patients/program.regimen
  expect_status 2
  expect_contains err.txt "regimen: error: cannot read 'clinic/patients/regimen.toml': is not a regular file"
  run_bounded lint --config /dev/zero clinic/patients/program.regimen
  expect_status 2
  expect_contains err.txt "cannot read '/dev/zero': is not a regular file"
  run_bounded lint --config clinic clinic/patients/program.regimen
  expect_status 2
  expect_contains err.txt "cannot read 'clinic': is a directory"
}

case_profile_flags() {
  run lint --max-session 1min clean.regimen
  expect_status 0
  expect_contains err.txt "[L0201 session-too-long]"
  run lint --max-session 2h clean.regimen
  expect_status 0
  expect_empty err.txt
  run lint --max-session 20 clean.regimen
  expect_status 2
  expect_contains err.txt "--max-session 20: expected a length of time"
  run lint --level expert clean.regimen
  expect_status 2
  run lint --equipment chairs clean.regimen
  expect_status 2
  expect_contains err.txt "did you mean \`chair\`?"
  run lint --equipment chair fixable.regimen
  expect_contains err.txt "[L0503 missing-equipment]"
}

case_allow_comments() {
  run lint allowed.regimen
  expect_status 0
  expect_not_contains err.txt "[L0301"
  expect_not_contains err.txt "[L0305"
  expect_contains err.txt "allowed.regimen:11:24: warning: no lint rule \`missing-sid\` [allow-comment]"
  expect_contains err.txt "did you mean \`missing-side\`?"
  # Without the comments, the same lines are findings.
  sed 's/# lint: allow.*$//' allowed.regimen >unallowed.regimen
  run lint unallowed.regimen
  expect_contains err.txt "[L0301 missing-side]"
  expect_contains err.txt "[L0305 loaded-sets-without-rest]"
}

case_json_validates() {
  run lint --format json fixable.regimen broken.regimen allowed.regimen
  expect_status 1
  "$PYTHON" "$VALIDATE" "$LINT_SCHEMA" out.txt || fail "the lint JSON does not match its schema"
  expect_json out.txt 'doc["format"] == "regimen-lint" and doc["errors"] == 1 and doc["warnings"] == 3'
  expect_json out.txt '[f["linted"] for f in doc["files"]] == [True, False, True]'
  expect_json out.txt '[(d["code"], d["rule"]) for d in doc["diagnostics"] if d["code"].startswith("L")] == [("L0301", "missing-side"), ("L0305", "loaded-sets-without-rest")]'
  expect_json out.txt 'any(d["fixes"] and d["fixes"][0]["replacement"] == " per side" for d in doc["diagnostics"])'
  # The schema is strict enough to refuse a finding without its rule.
  "$PYTHON" - <<'EOF' || fail "could not write the broken document"
import json
doc = json.load(open("out.txt"))
next(d for d in doc["diagnostics"] if d["code"] == "L0301")["rule"] = None
json.dump(doc, open("broken.json", "w"))
EOF
  "$PYTHON" "$VALIDATE" "$LINT_SCHEMA" broken.json --expect-invalid "is not of type 'string'" ||
    fail "the lint schema accepted a finding without its rule"
}

case_sarif_validates() {
  run lint --format sarif fixable.regimen pain_guided.regimen broken.regimen
  expect_status 1
  "$PYTHON" "$VALIDATE" "$SARIF_SCHEMA" out.txt || fail "the SARIF does not match the SARIF 2.1.0 schema"
  "$PYTHON" - <<'EOF' || fail "the SARIF run is not as expected"
import json, sys
doc = json.load(open("out.txt"))
assert doc["version"] == "2.1.0"
run = doc["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "regimen" and driver["version"]
rules = driver["rules"]
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)), "rule ids repeat"
for rule in rules:
    if rule["id"].startswith("L"):
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"], rule
        assert rule["defaultConfiguration"]["level"] in ("none", "warning", "error"), rule
results = run["results"]
for r in results:
    assert rules[r["ruleIndex"]]["id"] == r["ruleId"], r
    region = r["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1 and region["startColumn"] >= 1, r
by_rule = {r["ruleId"]: r for r in results}
side = by_rule["L0301"]
assert side["level"] == "warning"
loc = side["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"] == "fixable.regimen"
assert (loc["region"]["startLine"], loc["region"]["startColumn"]) == (9, 3)
replacement = side["fixes"][0]["artifactChanges"][0]["replacements"][0]
assert replacement["insertedContent"]["text"] == " per side"
assert by_rule["L0104"]["level"] == "error"
assert "fixes" not in by_rule["L0104"]
assert by_rule["E0101"]["level"] == "error"
EOF
  # The schema copy is the real one: it refuses a level SARIF does not have.
  "$PYTHON" - <<'EOF' || fail "could not write the broken document"
import json
doc = json.load(open("out.txt"))
doc["runs"][0]["results"][0]["level"] = "fatal"
json.dump(doc, open("broken.sarif", "w"))
EOF
  "$PYTHON" "$VALIDATE" "$SARIF_SCHEMA" broken.sarif --expect-invalid "'fatal' is not one of" ||
    fail "the SARIF schema accepted a level it does not have"
}

case_sarif_clean() {
  run lint --format sarif clean.regimen
  expect_status 0
  "$PYTHON" "$VALIDATE" "$SARIF_SCHEMA" out.txt || fail "the SARIF does not match the SARIF 2.1.0 schema"
  expect_json out.txt 'doc["runs"][0]["results"] == []'
}

case_fix_idempotent() {
  cp fixable.regimen program.regimen
  run lint --fix program.regimen
  expect_status 0
  expect_contains err.txt "fixed 2 problems in program.regimen"
  expect_not_contains err.txt "[L0301"
  expect_not_contains err.txt "[L0305"
  cmp -s fixable.regimen program.regimen && fail "expected --fix to change the file"
  # Comments and layout are kept: only the two lines changed, each by an insertion.
  diff fixable.regimen program.regimen | grep '^[<>]' >changes.txt
  [ "$(grep -c '^<' changes.txt)" -eq 2 ] || fail "expected exactly two lines changed"
  expect_contains program.regimen "# Needs two mechanical fixes; this comment must survive them."
  expect_contains program.regimen "  cat_camel reps 10..15      # warm up first"
  expect_contains program.regimen "  quadruped_trunk_rotation reps 8 per side   # which side? the linter adds it"
  grep -E '^  band_pull_apart ' program.regimen | grep -E 'rest [0-9]+s' | grep -F 'reps 12 x3' | grep -qF 'load band yellow' ||
    fail "expected a rest added to the band line, the rest of it kept"
  # The fixed file is clean, and a second --fix changes no byte.
  run lint program.regimen
  expect_status 0
  expect_empty err.txt
  cp program.regimen once.regimen
  run lint --fix program.regimen
  expect_status 0
  expect_not_contains err.txt "fixed"
  cmp -s once.regimen program.regimen || fail "the second --fix changed the file"
}

case_fix_skips_allowed() {
  cp fixable.regimen program.regimen
  run lint --fix --allow missing-side program.regimen
  expect_status 0
  expect_contains err.txt "fixed 1 problem in program.regimen"
  expect_contains program.regimen "  quadruped_trunk_rotation reps 8   # which side? the linter adds it"
  cp allowed.regimen kept.regimen
  run lint --fix kept.regimen
  expect_not_contains err.txt "fixed"
  cmp -s allowed.regimen kept.regimen || fail "--fix changed lines its allow comments cover"
}

case_fix_stdin_is_usage_error() {
  run_stdin fixable.regimen lint --fix -
  expect_status 2
  expect_contains err.txt "--fix"
}

case_fix_leaves_broken_files() {
  cp broken.regimen program.regimen
  run lint --fix program.regimen
  expect_status 1
  cmp -s broken.regimen program.regimen || fail "--fix changed a routine that does not compile"
}

# The corpus of tests/lint/corpus through the command line: each program,
# with its NAME.args as options, gets exactly the findings of NAME.expected.
case_corpus_through_cli() {
  local corpus="$HERE/../lint/corpus" checked=0
  for program in "$corpus"/*.regimen; do
    local name args
    name=$(basename "$program" .regimen)
    args=""
    [ -f "$corpus/$name.args" ] && args=$(cat "$corpus/$name.args")
    # shellcheck disable=SC2086  # the options are words
    (cd "$corpus" && "$REGIMEN" lint --format json $args "$name.regimen" </dev/null >"$OLDPWD/out.txt" 2>"$OLDPWD/err.txt")
    status=$?
    [ "$status" -le 1 ] || fail "$name: exit status $status"
    "$PYTHON" - "$corpus/$name.expected" <<'PY' || fail "$name: the command's findings differ from $name.expected"
import json, sys
found = {f"{d['span']['line']}:{d['span']['column']} {d['rule']}" for d in json.load(open("out.txt"))["diagnostics"]}
expected = {line.strip() for line in open(sys.argv[1]) if line.strip()}
if found != expected:
    print("found:", sorted(found), "\nexpected:", sorted(expected), file=sys.stderr)
    sys.exit(1)
PY
    checked=$((checked + 1))
  done
  [ "$checked" -ge 40 ] || fail "expected at least 40 corpus programs, got $checked"
}

# Many files: linted by worker processes in the text format, with the same
# output, exit status and fixed files whatever the number of workers.
case_jobs_same_output() {
  mkdir many
  cp "$HERE"/../lint/corpus/*.regimen "$INPUTS"/*.regimen many/
  cd many || fail "no folder"
  local files
  files=$(ls ./*.regimen | sort | sed '5a missing.regimen' | tr '\n' ' ')
  [ "$(echo "$files" | wc -w)" -ge 40 ] || fail "expected at least 40 files"
  # shellcheck disable=SC2086
  run lint --jobs 1 $files
  expect_status 2
  cp err.txt one.txt
  expect_contains one.txt "cannot read 'missing.regimen'"
  expect_contains one.txt "[L0"
  for jobs in 2 3 7; do
    # shellcheck disable=SC2086
    run lint --jobs "$jobs" $files
    expect_status 2
    cmp -s err.txt one.txt || fail "--jobs $jobs differs from --jobs 1: $(diff one.txt err.txt | head -5)"
  done
  cd .. || fail "no folder"
  # --fix in workers: the same messages, the same files written.
  for dir in serial parallel; do
    mkdir "$dir"
    for i in 1 2 3 4 5; do cp fixable.regimen "$dir/f$i.regimen"; done
    cp broken.regimen "$dir/f6.regimen"
  done
  (cd serial && "$REGIMEN" lint --fix --jobs 1 f*.regimen >../out.txt 2>../serial.txt)
  local serial_status=$?
  (cd parallel && "$REGIMEN" lint --fix --jobs 3 f*.regimen >../out.txt 2>../parallel.txt)
  [ $? -eq "$serial_status" ] || fail "--fix: another exit status with workers"
  expect_contains serial.txt "fixed 2 problems in f5.regimen"
  cmp -s serial.txt parallel.txt || fail "--fix: other messages with workers: $(diff serial.txt parallel.txt | head -5)"
  for i in 1 2 3 4 5 6; do
    cmp -s "serial/f$i.regimen" "parallel/f$i.regimen" || fail "--fix: f$i.regimen fixed differently with workers"
  done
}

case_explain() {
  run lint --explain high-pain-target
  expect_status 0
  expect_contains out.txt "L0306 high-pain-target: "
  expect_contains out.txt "Why: "
  expect_contains out.txt "Bad:"
  expect_contains out.txt "Good:"
  expect_contains out.txt "    routine \"Hamstrings\" {"
  expect_contains out.txt "Settings, in regimen.toml under [rules.high-pain-target]:"
  expect_contains out.txt "max                = 3 (default)"
  expect_not_contains out.txt '```'
  # By id too, and a rule with no settings says so.
  run lint --explain L0301
  expect_status 0
  expect_contains out.txt "L0301 missing-side: "
  expect_contains out.txt "Settings: none"
  # The config in force shows its own values.
  printf '[rules.high-pain-target]\nmax = 4\n' >regimen.toml
  run lint --explain high-pain-target
  expect_status 0
  expect_contains out.txt "max                = 4 (default 3; regimen.toml sets it)"
  rm regimen.toml
  run lint --explain missing-sid
  expect_status 2
  expect_contains err.txt "did you mean \`missing-side\`?"
}

case_rule_settings() {
  # pain 4/10 is above the default limit of 3/10 ...
  run lint left_knee.regimen
  expect_status 1
  expect_contains err.txt "[L0306 high-pain-target]"
  # ... and within the clinic's own.
  printf '[rules.high-pain-target]\nmax = 4\n' >regimen.toml
  run lint left_knee.regimen
  expect_status 0
  expect_not_contains err.txt "L0306"
  printf '[rules.high-pain-target]\nmaxx = 4\n' >regimen.toml
  run lint left_knee.regimen
  expect_status 2
  expect_contains err.txt "regimen.toml:2:1: error: \`high-pain-target\` has no setting \`maxx\`"
  expect_contains err.txt "did you mean \`max\`?"
  printf '[rules.high-pain-target]\nmax = 11\n' >regimen.toml
  run lint left_knee.regimen
  expect_status 2
  expect_contains err.txt "\`max\` of \`high-pain-target\` is a pain score from 0 to 10"
  printf '[rules.session-too-long]\nmax = "1min"\n[rules.missing-side]\nmax = 1\n' >regimen.toml
  run lint left_knee.regimen
  expect_status 2
  expect_contains err.txt "\`missing-side\` has no setting \`max\`"
  printf '[rules.session-too-long]\nmax = "1min"\n' >regimen.toml
  run lint left_knee.regimen
  expect_contains err.txt "[L0201 session-too-long]"
  expect_contains err.txt "1 minute is the clinic's limit"
  rm regimen.toml
}

case_patient_profile() {
  # The options: what the patient must avoid, the affected side, the day's limit.
  run lint --avoid kneeling --affected-side left --max-daily 1min left_knee.regimen
  expect_contains err.txt "[L0505 per-side-in-one-sided-program]"
  expect_contains err.txt "[L0206 daily-total-too-long]"
  expect_contains err.txt "the patient's limit of 1 minute"
  run lint --avoid kneel left_knee.regimen
  expect_status 1
  run lint --avoid kneelin left_knee.regimen
  expect_status 2
  expect_contains err.txt "--avoid: no demand \`kneelin\`; did you mean \`kneeling\`?"
  run lint --max-daily soon left_knee.regimen
  expect_status 2
  expect_contains err.txt "--max-daily soon: expected a length of time"
  # A patient file, and the same in [patient]: the program is built for the side.
  printf 'affected_side = "left"\nmax_daily = "1min"\n' >mrs-a.toml
  run lint --patient-profile mrs-a.toml left_knee.regimen
  expect_contains err.txt "[L0505 per-side-in-one-sided-program]"
  expect_contains err.txt "work the left side only"
  printf '[patient]\naffected_side = "left"\n' >regimen.toml
  run lint left_knee.regimen
  expect_contains err.txt "[L0505 per-side-in-one-sided-program]"
  # The options override the file, which overrides the config.
  printf 'affected_side = "right"\n' >mr-b.toml
  run lint --patient-profile mr-b.toml left_knee.regimen
  expect_contains err.txt "work the right side only"
  run lint --patient-profile mr-b.toml --affected-side left left_knee.regimen
  expect_contains err.txt "work the left side only"
  rm regimen.toml
  # Mistakes in the file are reported at their place, exit 2.
  printf 'affected_side = "middle"\navoid = ["kneelin"]\ncolour = "blue"\n' >bad.toml
  run lint --patient-profile bad.toml left_knee.regimen
  expect_status 2
  expect_contains err.txt "bad.toml:1:17: error: \`affected_side\` is \"left\" or \"right\""
  expect_contains err.txt "bad.toml:2:10: error: no demand \`kneelin\`"
  expect_contains err.txt "bad.toml:3:1: error: no key \`colour\` in a patient file"
  run lint --patient-profile missing.toml left_knee.regimen
  expect_status 2
  expect_contains err.txt "cannot read 'missing.toml'"
}

"case_$1"

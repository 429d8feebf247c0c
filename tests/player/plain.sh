#!/usr/bin/env bash
# `regimen play` when standard output is not a terminal: one line per step,
# in order, then "Done". plain.sh CASE.
source "$(dirname "$0")/lib.sh"

SHORT="$ROUTINES/short.regimen"

case_plain_log() {
  run play "$SHORT" --speed 1000
  expect_status 0
  [ -s err.txt ] && fail "expected nothing on stderr"
  # The schedule of the same session says how many steps there are.
  "$REGIMEN" build "$SHORT" --emit schedule >schedule.txt || fail "build --emit schedule failed"
  local steps total
  steps=$(sed -n '/^TIME /,/^$/p' schedule.txt | grep -c '^[0-9]')
  total=$(sed -n 's/^Session total: \(about \)\{0,1\}\([0-9:]*\) .*/\2/p' schedule.txt)
  [ "$(grep -c '^\[' out.txt)" -eq "$steps" ] || fail "expected $steps step lines"
  [ "$(tail -n 1 out.txt)" = "Done: $total" ] || fail "expected the last line to be 'Done: $total'"
  [ "$(wc -l <out.txt)" -eq $((steps + 1)) ] || fail "expected only the steps and the Done line"
  expect_contains out.txt "[0:00] Get ready: Player bend"
  expect_contains out.txt "Player bend — 10 repetitions (set 1 of 2)"
  expect_contains out.txt "Player bend — Rest 10 seconds (after set 1 of 2)"
  expect_contains out.txt "Player hold — Hold for 4 slow breaths"
  expect_contains out.txt "Player reach — Switch to the left side"
  # No drawing, no bell in a log.
  if grep -q $'\x1b\|\a' out.txt; then fail "expected no escape codes or bells in the log"; fi
}

# Every step's line, for the examples too, has the step's start and cue: for
# every session of each routine, played with --session.
case_plain_matches_schedule() {
  local file name
  for file in "$SHORT" "$EXAMPLES"/*.regimen; do
    "$REGIMEN" build "$file" --emit schedule-json --dose mid >schedule.json || fail "build failed for $file"
    "$PYTHON" - schedule.json >sessions.txt <<'PY' || fail "cannot read the sessions of $file"
import json, sys
for s in json.load(open(sys.argv[1], encoding="utf-8"))["sessions"]:
    print("routine" if s["origin"] == "routine" else s["title"])
PY
    local index=0
    while IFS= read -r name; do
      run play "$file" --speed 100000 --dose mid --session "$name"
      expect_status 0
      "$PYTHON" - schedule.json out.txt "$index" <<'PY' || fail "the log of $file, session $name, does not follow its schedule"
import json, sys
schedule = json.load(open(sys.argv[1], encoding="utf-8"))["sessions"][int(sys.argv[3])]
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
def clock(s):
    s = round(s)
    return f"{s // 3600}:{s // 60 % 60:02}:{s % 60:02}" if s >= 3600 else f"{s // 60}:{s % 60:02}"
steps = schedule["intervals"]
assert len(lines) == len(steps) + 1, (len(lines), len(steps))
for line, step in zip(lines, steps):
    assert line.startswith(f"[{clock(step['start_seconds'])}] "), (line, step)
    assert step["cue"] in line, (line, step["cue"])
assert lines[-1] == f"Done: {clock(schedule['total_seconds'])}", lines[-1]
PY
      index=$((index + 1))
    done <sessions.txt
  done
}

# A routine of several sessions: --session picks one; without it, or with a
# name it does not have, the player lists them and plays nothing.
case_sessions() {
  local file="$EXAMPLES/mid-back-prehab.regimen"
  run play "$file" --speed 100000
  expect_status 2
  expect_contains err.txt "choose one with --session NAME"
  expect_contains err.txt "\`Stretches\`"
  run play "$file" --speed 100000 --session Stretchs
  expect_status 2
  expect_contains err.txt "did you mean \`Stretches\`"
  run play "$file" --speed 100000 --session Stretches
  expect_status 0
  expect_contains out.txt "Get ready: Puppy pose"
  expect_not_contains out.txt "Walking"
}

# The example from the documentation, line for line.
case_plain_quick_start() {
  run play "$EXAMPLES/quick-start.regimen" --speed 1000
  expect_status 0
  [ "$(sed -n 2p out.txt)" = "[0:10] Cat-camel — 10 repetitions" ] || fail "unexpected second line"
  [ "$(tail -n 1 out.txt)" = "Done: 4:45" ] || fail "expected Done: 4:45"
}

# Ctrl-C (SIGINT) ends the log with how far it got, and exit status 130.
case_plain_interrupted() {
  LAST_ARGS="play short.regimen, interrupted"
  # Interrupted once the first step is out, however slow the machine (a
  # sanitizer build under load may take more than a second to start).
  "$REGIMEN" play "$SHORT" </dev/null >out.txt 2>err.txt &
  local pid=$! tries=0
  until grep -q '^\[0:00\]' out.txt 2>/dev/null || [ "$tries" -ge 600 ]; do
    sleep 0.1
    tries=$((tries + 1))
  done
  kill -INT "$pid"
  wait "$pid"
  status=$?
  expect_status 130
  expect_contains out.txt "[0:00] Get ready: Player bend"
  expect_contains out.txt "Stopped at 0:0"
  expect_not_contains out.txt "Done"
}

case_options_checked() {
  local speed
  for speed in 0 -1 abc 2x inf nan; do
    run play "$SHORT" --speed "$speed"
    expect_status 2
    expect_contains err.txt "--speed"
  done
  run play "$SHORT" --speed 0.5e4
  expect_status 0
  # A program of a set length has no week after it (an ongoing one goes on).
  printf 'routine "One week" {\n  program 1 week\n  cat_camel reps 2\n}\n' >one_week.regimen
  run play one_week.regimen --week 2 --speed 100000
  expect_status 2
  expect_contains err.txt "the program has 1 week"
  run play "$SHORT" --dose heavy
  expect_status 2
  run play missing.regimen
  expect_status 2
  expect_contains err.txt "cannot read"
  run play --help
  expect_status 0
  for word in --week --dose --speed --no-bell --session --stage --lib --set; do expect_contains out.txt "$word"; done
  run help
  expect_contains out.txt "play"
}

case_input_errors() {
  printf 'cat_camel reps 10\nnot_an_exercise reps 5\n' >bad.regimen
  run play bad.regimen --speed 1000
  expect_status 1
  expect_contains err.txt "error"
  expect_not_contains out.txt "Done"
  # Parameters and standard input work as for build.
  printf 'routine "P" {\n  param symptoms: mild | severe = mild\n  when symptoms = severe { cat_camel reps 10 }\n  when symptoms = mild { childs_pose hold 30s }\n}\n' >param.regimen
  run play param.regimen --speed 1000 --set symptoms=severe
  expect_status 0
  expect_contains out.txt "Cat-camel"
  expect_not_contains out.txt "Child"
  LAST_ARGS="play - (stdin)"
  "$REGIMEN" play - --speed 1000 <param.regimen >out.txt 2>err.txt
  status=$?
  expect_status 0
  expect_contains out.txt "Child's pose"
}

"case_$1"

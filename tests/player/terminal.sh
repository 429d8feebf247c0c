#!/usr/bin/env bash
# `regimen play` in a real terminal: tmux runs it in a 100x30 pane, the test
# reads the screen with capture-pane and presses keys with send-keys; and
# `script` records the bytes it sends to a terminal. terminal.sh CASE.
# Every wait is bounded; the tmux server is private to the test and killed
# at the end.
source "$(dirname "$0")/lib.sh"

SHORT="$ROUTINES/short.regimen"
SOCKET="regimen-test-$$"
export LC_ALL=C.UTF-8  # the screen draws with block characters

printf 'set -g status off\n' >tmux.conf
tm() { timeout 10 tmux -u -L "$SOCKET" -f "$WORK/tmux.conf" "$@"; }
# The server goes at the end, and the socket file it leaves behind with it.
trap 'tmux -L "$SOCKET" kill-server >/dev/null 2>&1; rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCKET"' EXIT

# start ARGS...: runs `regimen play ARGS` in a new pane; when it ends, its
# exit status goes to status.txt and the terminal's settings to stty.txt.
# The pane then stays open a while: tmux may drop a dead pane's last output.
start() {
  {
    printf '%q ' "$REGIMEN" play "$@"
    printf '\necho "status $?" >%q\nstty -a >%q\n' "$WORK/status.txt" "$WORK/stty.txt"
    printf 'echo "(the player has ended)"\nsleep 60\n'
  } >session.sh
  tm new-session -d -x 100 -y 30 "bash $WORK/session.sh" || fail "tmux could not start"
}

screen() { tm capture-pane -p >"$1" || fail "capture-pane failed"; }

# fail with the screen as it is
fail_on_screen() {
  screen last.txt
  echo "--- the screen:" >&2
  cat last.txt >&2
  fail "$@"
}

# wait_for PATTERN [SECONDS]: until the screen matches the extended regex.
wait_for() { wait_for_match -E "$@"; }
# wait_for_text TEXT [SECONDS]: until the screen shows TEXT as it is.
wait_for_text() { wait_for_match -F "$@"; }

wait_for_match() {
  local how=$1 deadline=$((SECONDS + ${3:-10}))
  while [ $SECONDS -lt "$deadline" ]; do
    screen now.txt
    grep -q "$how" -- "$2" now.txt && return 0
    sleep 0.1
  done
  fail_on_screen "waited ${3:-10} s for the screen to show: $2"
}

# wait_until_gone PATTERN [SECONDS]
wait_until_gone() {
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt "$deadline" ]; do
    screen now.txt
    grep -qE -- "$1" now.txt || return 0
    sleep 0.1
  done
  fail_on_screen "waited ${2:-10} s for the screen to stop showing: $1"
}

# wait_for_end [SECONDS]: until the player has exited and the shell after it
# has written down how it left the terminal.
wait_for_end() {
  wait_for '\(the player has ended\)' "${1:-15}"
  [ -s status.txt ] && [ -s stty.txt ] || fail_on_screen "the player ended but left no status"
}

# The terminal is back in its usual cooked mode: lines, echo, signals.
expect_sane_terminal() {
  [ -s stty.txt ] || fail "no stty output"
  grep -qE '(^| )icanon( |$)' stty.txt || fail "the terminal was left without icanon: $(cat stty.txt)"
  grep -qE '(^| )echo( |$)' stty.txt || fail "the terminal was left without echo: $(cat stty.txt)"
  grep -qE '(^| )isig( |$)' stty.txt || fail "the terminal was left without isig"
  if grep -qE -- '-icanon|(^| )-echo( |$)' stty.txt; then fail "the terminal was left raw: $(cat stty.txt)"; fi
}

expect_status_file() {
  [ "$(cat status.txt)" = "status $1" ] || fail "expected exit status $1, got: $(cat status.txt)"
}

case_screen_and_keys() {
  start "$SHORT" --speed 20 --no-bell
  wait_for 'Session  \['
  cp now.txt first.txt
  expect_contains first.txt "Player check"
  expect_contains first.txt "week 1 · low dose"
  expect_contains first.txt "Player bend"
  expect_contains first.txt "█"
  grep -qE 'Step     \[[#.]+\] +[0-9]+%   [0-9]+:[0-9]{2} left of [0-9]+:[0-9]{2}' first.txt || fail_on_screen "no step bar"
  grep -qE 'Session  \[[#.]+\] +[0-9]+%   [0-9]+:[0-9]{2} of 2:21' first.txt || fail_on_screen "no session bar"
  grep -qE '^ *Next: ' first.txt || fail_on_screen "no next step"
  expect_contains first.txt "space pause · n skip · q quit"

  # Paused, nothing on the screen moves.
  tm send-keys Space
  wait_for 'PAUSED'
  screen paused1.txt
  sleep 1
  screen paused2.txt
  cmp -s paused1.txt paused2.txt || fail_on_screen "the screen changed while paused: $(diff paused1.txt paused2.txt)"
  expect_contains paused1.txt "space resume"

  # Skipping shows what was announced as next, from its start, still paused.
  local next rest
  next=$(grep -E '^ *Next: ' paused1.txt | sed -E 's/^ *Next: //; s/ +$//')
  tm send-keys n
  case "$next" in
    "the end of the session") wait_for_end; return ;;
    *" — "*) wait_for_text "▶ ${next#* — }"; expect_contains now.txt "${next%% — *}" ;;
    "Rest "* | "Switch to "*) wait_for_text "▶ $next" ;;
    *) wait_for_text "▶ Next: $next" ;;
  esac
  grep -qE ' ([0-9:]+) left of \1 *$' now.txt || fail_on_screen "expected the skipped-to step to start from its beginning"
  expect_contains now.txt "PAUSED"

  # Resumed, the clock runs again.
  tm send-keys Space
  wait_until_gone 'PAUSED'
  screen running1.txt
  sleep 0.5
  screen running2.txt
  cmp -s running1.txt running2.txt && fail_on_screen "the screen stood still after resuming"

  tm send-keys q
  wait_for_end
  expect_status_file 0
  expect_sane_terminal
  screen after.txt
  expect_contains after.txt "Stopped at"
  # The alternate screen is gone with the player: the shell's screen is back.
  expect_not_contains after.txt "█"
}

case_finish() {
  start "$SHORT" --speed 40
  wait_for 'Session  \['
  wait_for_end 20
  expect_status_file 0
  expect_sane_terminal
  screen after.txt
  expect_contains after.txt "Done: 2:21"
  expect_not_contains after.txt "█"
}

# A routine of several sessions: the screen names the one played.
case_session_title() {
  cat >two.regimen <<'ROUTINE'
routine "Knee" {
  session "Mobility" daily at morning { cat_camel reps 2 }
  session "Strength" on mon, wed, fri { prone_cobra reps 2 }
}
ROUTINE
  start "$WORK/two.regimen" --session strength --speed 40
  wait_for_text "Knee: Strength"
  wait_for_end 20
  expect_status_file 0
}

case_ctrl_c() {
  start "$SHORT" --speed 1
  wait_for 'Session  \['
  tm send-keys C-c
  wait_for_end
  expect_status_file 130
  expect_sane_terminal
  screen after.txt
  expect_contains after.txt "Stopped at"
  expect_not_contains after.txt "█"
}

# The bell rings at each change of step and at the end, not with --no-bell;
# the screen is left the way it was found.
case_bell() {
  local bells
  timeout 60 script -qec "$(printf '%q ' "$REGIMEN" play "$SHORT" --speed 20)" /dev/null </dev/null >raw.txt 2>err.txt
  status=$?
  expect_status 0
  bells=$(tr -cd '\a' <raw.txt | wc -c)
  # 10 steps: 9 changes and the end. A loaded machine may pass a short step
  # between two looks at the clock, and ring once for both.
  [ "$bells" -ge 5 ] && [ "$bells" -le 10 ] || fail "expected up to 10 bells, got $bells"
  expect_contains raw.txt "Done: 2:21"
  # Leaving the alternate screen and showing the cursor come last.
  "$PYTHON" - raw.txt <<'PY' || fail "the screen was not put back at the end"
import sys
raw = open(sys.argv[1], "rb").read()
assert raw.rfind(b"\x1b[?1049l") > raw.rfind(b"\x1b[?1049h") >= 0
assert raw.rfind(b"\x1b[?25h") > raw.rfind(b"\x1b[?25l") >= 0
PY

  timeout 60 script -qec "$(printf '%q ' "$REGIMEN" play "$SHORT" --speed 100 --no-bell)" /dev/null </dev/null >raw.txt 2>err.txt
  status=$?
  expect_status 0
  [ "$(tr -cd '\a' <raw.txt | wc -c)" -eq 0 ] || fail "expected no bell with --no-bell"
}

"case_${1#tmux_}"

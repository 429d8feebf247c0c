#!/usr/bin/env bash
# `regimen fmt`: one function per behaviour of the command (docs/formatting.md).
. "$(dirname "$0")/lib.sh"

UNFORMATTED='routine "Back"   # the title
{
  cat_camel   reps 10 .. 15 ;  half_wall_hang x5 hold 20 .. 30 s # both
}'
FORMATTED='routine "Back" { # the title
  cat_camel reps 10..15
  half_wall_hang hold 20..30s x5 # both
}'

case_fmt_in_place() {
  printf '%s\n' "$UNFORMATTED" >a.regimen
  printf '%s\n' "$FORMATTED" >want.regimen
  chmod 640 a.regimen
  run fmt a.regimen
  expect_status 0
  expect_empty out.txt
  expect_empty err.txt
  cmp -s a.regimen want.regimen || { diff want.regimen a.regimen >&2; fail "a.regimen not rewritten as expected"; }
  [ "$(stat -c %a a.regimen)" = 640 ] || fail "the rewritten file lost its permissions"
  ls -A | grep -v -e '^a.regimen$' -e '^want.regimen$' -e '^out.txt$' -e '^err.txt$' && fail "a temporary file was left behind"
  # A formatted file is not written again.
  touch -d '2020-01-01' a.regimen
  run fmt a.regimen
  expect_status 0
  [ "$(stat -c %Y a.regimen)" = "$(date -d 2020-01-01 +%s)" ] || fail "a formatted file was written again"
}

case_fmt_check() {
  printf '%s\n' "$UNFORMATTED" >a.regimen
  printf '%s\n' "$FORMATTED" >b.regimen
  cp a.regimen a.before
  run fmt --check a.regimen b.regimen
  expect_status 1
  [ "$(cat out.txt)" = "a.regimen" ] || fail "expected --check to list a.regimen alone"
  cmp -s a.regimen a.before || fail "--check changed the file"
  run fmt --check b.regimen
  expect_status 0
  expect_empty out.txt
}

case_fmt_diff() {
  printf '%s\n' "$UNFORMATTED" >a.regimen
  cp a.regimen a.before
  run fmt --diff a.regimen
  expect_status 0
  cmp -s a.regimen a.before || fail "--diff changed the file"
  expect_contains out.txt "--- a.regimen"
  expect_contains out.txt "+++ a.regimen"
  expect_contains out.txt "+  half_wall_hang hold 20..30s x5 # both"
  # The diff is one `patch` applies.
  cp a.regimen patched.regimen
  patch -s patched.regimen <out.txt || fail "patch could not apply the diff"
  printf '%s\n' "$FORMATTED" >want.regimen
  cmp -s patched.regimen want.regimen || fail "the patched file is not the formatted one"
  run fmt --diff --check a.regimen
  expect_status 1
  printf '%s\n' "$FORMATTED" >b.regimen
  run fmt --diff b.regimen
  expect_status 0
  expect_empty out.txt
}

case_fmt_stdin() {
  printf '%s\n' "$UNFORMATTED" >a.regimen
  run_stdin a.regimen fmt -
  expect_status 0
  printf '%s\n' "$FORMATTED" >want.regimen
  cmp -s out.txt want.regimen || fail "fmt - did not print the formatted file"
  run_stdin a.regimen fmt --check -
  expect_status 1
  [ "$(cat out.txt)" = "<stdin>" ] || fail "expected --check to name <stdin>"
}

case_fmt_syntax_error_untouched() {
  printf 'cat_camel reps 10 20\nhalf_wall_hang   hold 20s\n' >bad.regimen
  cp bad.regimen bad.before
  printf '%s\n' "$UNFORMATTED" >good.regimen
  run fmt bad.regimen good.regimen
  expect_status 1
  expect_contains err.txt "bad.regimen:1:19: error: unexpected \`20\` [E0001]"
  cmp -s bad.regimen bad.before || fail "a file with a syntax error was changed"
  printf '%s\n' "$FORMATTED" >want.regimen
  cmp -s good.regimen want.regimen || fail "the good file named beside it was not formatted"
  printf 'routine "A" {\n  cat_camel reps 10\n' >open.regimen
  run fmt --check open.regimen
  expect_status 1
  expect_contains err.txt "open.regimen:"
}

case_fmt_io_errors() {
  run fmt missing.regimen
  expect_status 2
  expect_contains err.txt "cannot read 'missing.regimen'"
  mkdir folder.regimen
  run fmt folder.regimen
  expect_status 2
  run fmt
  expect_status 2
  # Unknown exercises are the checker's business, not the formatter's.
  printf 'no_such_exercise   reps 10\n' >unknown.regimen
  run fmt unknown.regimen
  expect_status 0
  [ "$(cat unknown.regimen)" = "no_such_exercise reps 10" ] || fail "a file that parses was not formatted"
}

run_case "${1:-}"

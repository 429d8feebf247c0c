#!/usr/bin/env bash
# robust.sh CASE [SEED]: no input makes regimen crash, hang or print a stack
# trace. Inputs come from gen.py at test time; each is run through `check` and
# `build` under a time limit, and the exit status and standard error are judged.
set -u
: "${REGIMEN:?set REGIMEN to the regimen binary}"
: "${WORK:?set WORK to a scratch folder}"
PYTHON="${PYTHON:-/usr/bin/python3}"
HERE="$(cd "$(dirname "$0")" && pwd)"
# Seconds one run may take before it counts as a hang. The sanitizer build
# runs several times slower, and its CMake raises the limit.
LIMIT=${ROBUST_LIMIT:-60}

case_name=${1:?usage: robust.sh CASE [SEED]}
seed=${2:-1}
rm -rf "$WORK"
mkdir -p "$WORK/in"
cd "$WORK" || exit 1

fail() {
  echo "FAIL: $*" >&2
  [ -f err.txt ] && { echo "--- stderr (start):" >&2; head -c 3000 err.txt >&2; echo >&2; }
  exit 1
}

generate() {
  "$PYTHON" "$HERE/gen.py" "$1" "$seed" in || fail "gen.py $1 failed"
}

# A crash, a sanitizer report or an escaped exception leaves one of these.
FORBIDDEN=("terminate called" "Segmentation" "AddressSanitizer" "LeakSanitizer" "runtime error"
           "internal error" "Aborted" "core dumped" "std::" "what():")

# judge WHAT ALLOWED...: the last run's status is one of ALLOWED, it neither
# timed out nor died of a signal, and its stderr shows no crash.
judge() {
  local what=$1
  shift
  [ "$status" -ne 124 ] || fail "$what: did not finish within ${LIMIT}s"
  [ "$status" -lt 128 ] || fail "$what: killed by signal $((status - 128))"
  local ok=no s
  for s in "$@"; do [ "$status" -eq "$s" ] && ok=yes; done
  [ $ok = yes ] || fail "$what: exit status $status, expected one of: $*"
  local word
  for word in "${FORBIDDEN[@]}"; do
    ! grep -qaF -- "$word" err.txt || fail "$what: stderr contains '$word'"
  done
}

# check_file FILE ALLOWED...: `regimen check FILE`, judged.
check_file() {
  local file=$1
  shift
  timeout "$LIMIT" "$REGIMEN" check "$file" </dev/null >out.txt 2>err.txt
  status=$?
  judge "check $file" "$@"
  [ ! -s out.txt ] || fail "check $file: printed on standard output"
}

# build_file FILE STATUS: `regimen build FILE --emit json` ends the same way
# `check` did, and when it succeeds its output is JSON.
build_file() {
  local file=$1 expected=$2
  timeout "$LIMIT" "$REGIMEN" build "$file" --emit json </dev/null >out.txt 2>err.txt
  status=$?
  judge "build $file" "$expected"
  if [ "$status" -eq 0 ]; then
    "$PYTHON" -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' out.txt ||
      fail "build $file: the output is not JSON"
  fi
}

# each_file ALLOWED...: every generated input, through check and then build.
each_file() {
  local file count=0
  for file in in/*; do
    check_file "$file" "$@"
    build_file "$file" "$status"
    count=$((count + 1))
  done
  [ "$count" -gt 0 ] || fail "gen.py wrote no inputs"
  echo "ok: $count inputs"
}

expect_code() {
  grep -qF "[$1]" err.txt || fail "expected a $1 diagnostic"
}

# expect_each FILE CODE: FILE is an input error reported as CODE.
expect_each() {
  check_file "in/$1" 1
  expect_code "$2"
}

case "$case_name" in
  random_bytes | random_tokens | mutated | invalid_utf8 | nul_byte | lone_quote | repeated)
    generate "$case_name"
    each_file 0 1
    ;;
esac

case "$case_name" in
  random_bytes | random_tokens | mutated | repeated)
    ;;
  invalid_utf8)
    for file in in/*; do check_file "$file" 1; expect_code E0004; done
    ;;
  nul_byte)
    # A NUL outside a string is a bad character; inside one, it may be kept
    # (the JSON escapes it) or refused, as long as nothing breaks.
    expect_each nul.regimen E0003
    check_file in/only_nul.regimen 1
    ;;
  lone_quote)
    expect_each quote.regimen E0002
    expect_each escape.regimen E0002
    expect_each quote_newline.regimen E0002
    ;;
  empty)
    # An empty routine is a valid one: it prescribes nothing.
    : >in/empty.regimen
    printf '\n\n# only a comment\r\n\r\r\n   \t\n' >in/blank.regimen
    for file in in/*; do
      check_file "$file" 0
      [ ! -s err.txt ] || fail "check $file: printed on standard error"
      build_file "$file" 0
    done
    ;;
  big_valid)
    generate big_valid
    check_file in/big_valid.regimen 0
    [ ! -s err.txt ] || fail "printed on standard error"
    check_file in/one_line_valid.regimen 0
    [ ! -s err.txt ] || fail "printed on standard error"
    check_file in/too_big.regimen 2
    grep -qF "is larger than 2 MiB" err.txt || fail "expected the size limit to be named"
    ;;
  big_garbage)
    generate big_garbage
    check_file in/big_garbage.regimen 1
    check_file in/too_big_garbage.regimen 2
    check_file in/one_line_errors.regimen 1
    # The first 100 are shown, and a note counts the rest.
    [ "$(grep -c 'error: unknown exercise' err.txt)" -eq 100 ] || fail "expected 100 errors shown"
    grep -qF "more problems in this file are not shown [E0009]" err.txt || fail "expected the note on the rest"
    [ "$(stat -c %s err.txt)" -lt 200000 ] || fail "the diagnostics of one line flood the terminal"
    ;;
  nested)
    generate nested
    expect_each braces.regimen E0005
    expect_each sections.regimen E0005
    expect_each parens.regimen E0005
    check_file in/closing.regimen 1
    ;;
  huge_numbers)
    generate huge_numbers
    for file in in/*; do check_file "$file" 1; expect_code E0006; build_file "$file" 1; done
    ;;
  long_line)
    generate long_line
    check_file in/long_note.regimen 0
    build_file in/long_note.regimen 0
    ;;
  long_identifier)
    generate long_identifier
    check_file in/long_name.regimen 1
    expect_code E0101
    # Long lines are shown as a window around the fault; the message must not
    # undo that by quoting the whole name.
    size=$(wc -c <err.txt)
    [ "$size" -lt 65536 ] || fail "a 1 MB name gave ${size} bytes of diagnostics"
    ;;
  many_errors)
    generate many_errors
    for file in in/*; do check_file "$file" 1; done
    ;;
  stdin)
    generate random_bytes
    for file in in/*; do
      timeout "$LIMIT" "$REGIMEN" check - <"$file" >out.txt 2>err.txt
      status=$?
      judge "check - < $file" 0 1
    done
    ;;
  import_cycle)
    printf 'import "b.regimen"\ncat_camel reps 10\n' >in/a.regimen
    printf 'import "a.regimen"\n' >in/b.regimen
    printf 'import "self.regimen"\ncat_camel reps 10\n' >in/self.regimen
    check_file in/a.regimen 1
    expect_code E0104
    check_file in/self.regimen 1
    expect_code E0104
    ;;
  endless_input)
    # An I/O case: reading stops at a size no routine reaches.
    timeout "$LIMIT" "$REGIMEN" check /dev/zero </dev/null >out.txt 2>err.txt
    status=$?
    judge "check /dev/zero" 2
    grep -qF "regimen: error: cannot read" err.txt || fail "expected 'cannot read'"
    timeout "$LIMIT" "$REGIMEN" check /dev/null </dev/null >out.txt 2>err.txt
    status=$?
    judge "check /dev/null" 0
    ;;
  *)
    fail "no case '$case_name'"
    ;;
esac
echo "ok: $case_name $seed"

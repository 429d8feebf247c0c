# What the command-line tests share: run the binary, capture its
# output and exit status, and fail with a clear message.
# Expects REGIMEN (the binary) and WORK (a scratch folder) in the environment.
set -u

: "${REGIMEN:?set REGIMEN to the regimen binary}"
: "${WORK:?set WORK to a scratch folder}"
PYTHON="${PYTHON:-/usr/bin/python3}"

rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK" || exit 1

fail() {
  echo "FAIL: $*" >&2
  if [ -f out.txt ]; then echo "--- stdout:" >&2; head -c 4000 out.txt >&2; fi
  if [ -f err.txt ]; then echo "--- stderr:" >&2; head -c 4000 err.txt >&2; fi
  exit 1
}

# run ARGS...: runs regimen with stdin from /dev/null; sets $status, out.txt, err.txt.
run() {
  LAST_ARGS="$*"
  "$REGIMEN" "$@" </dev/null >out.txt 2>err.txt
  status=$?
}

# run_stdin FILE ARGS...: the same, with FILE as standard input.
run_stdin() {
  local input=$1
  shift
  LAST_ARGS="$* < $input"
  "$REGIMEN" "$@" <"$input" >out.txt 2>err.txt
  status=$?
}

expect_status() {
  [ "$status" -eq "$1" ] || fail "expected exit status $1, got $status (regimen ${LAST_ARGS:-})"
}

expect_empty() {
  [ ! -s "$1" ] || fail "expected $1 to be empty"
}

# expect_contains FILE TEXT: TEXT appears literally in FILE.
expect_contains() {
  grep -qF -- "$2" "$1" || fail "expected $1 to contain: $2"
}

expect_not_contains() {
  ! grep -qF -- "$2" "$1" || fail "expected $1 not to contain: $2"
}

# expect_json FILE [PYTHON-EXPRESSION]: FILE is one JSON document, and the
# expression, with the document as `doc`, is true.
expect_json() {
  local file=$1 check=${2:-True}
  "$PYTHON" -c '
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if eval(sys.argv[2]) else 3)
' "$file" "$check" || fail "expected $file to be JSON with: $check"
}

ONE_LINER='cat_camel reps 10..15; half_wall_hang hold 20..30s x5'

# run_case NAME: runs the script's function case_NAME, the one case a ctest
# test names, and says so when it passes.
run_case() {
  local name=$1
  if [ -z "$name" ] || ! declare -F "case_$name" >/dev/null; then
    echo "no case '$name'" >&2
    exit 1
  fi
  LAST_ARGS=""
  "case_$name"
  echo "ok: $name"
}

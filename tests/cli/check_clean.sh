#!/usr/bin/env bash
# check_clean.sh FILE: a shipped .regimen file (an example or a library
# module) checks with no output at all and exit status 0, and is formatted
# (`regimen fmt --check`).
source "$(dirname "$0")/lib.sh"

file=${1:?usage: check_clean.sh FILE}
run check "$file"
expect_status 0
expect_empty out.txt
expect_empty err.txt
# The quick start shows the one-line form, `a; b`, which the formatter
# writes as two lines.
if [ "$(basename "$file")" != quick-start.regimen ]; then
  run fmt --check "$file"
  expect_status 0
  expect_empty out.txt
fi
echo "ok: $file"

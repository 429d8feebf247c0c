#!/usr/bin/env bash
# install.sh BUILD_DIR CMAKE: `cmake --install` into a scratch prefix gives a
# bin/regimen that works from any folder, the library built in.
source "$(dirname "$0")/lib.sh"

build_dir=${1:?usage: install.sh BUILD_DIR CMAKE}
cmake=${2:?usage: install.sh BUILD_DIR CMAKE}
prefix="$WORK/prefix"

"$cmake" --install "$build_dir" --prefix "$prefix" >install.log 2>&1 || { cat install.log >&2; fail "cmake --install failed"; }
[ -x "$prefix/bin/regimen" ] || fail "bin/regimen was not installed"

mkdir elsewhere
printf '%s\n' "$ONE_LINER" >elsewhere/ok.regimen
cd elsewhere || fail "cd"
REGIMEN="$prefix/bin/regimen"
run --version
expect_status 0
expect_contains out.txt "regimen 0.1.0"
run check ok.regimen
expect_status 0
expect_empty err.txt
run build ok.regimen --emit json
expect_status 0
expect_json out.txt '[i["exercise"]["id"] for i in doc["body"]] == ["cat_camel", "half_wall_hang"]'
# The PDF and calendar writers come from the installed backends module.
run build ok.regimen --emit pdf -o ok.pdf
expect_status 0
[ "$(head -c 5 ok.pdf)" = "%PDF-" ] || fail "the installed program wrote no PDF"
run build ok.regimen --emit ics --start 2026-01-05 -o ok.ics
expect_status 0
expect_contains ok.ics "BEGIN:VCALENDAR"
echo "ok: install"

#!/usr/bin/env bash
# What Regimen does to the files and the machine it runs on (docs/safety.md):
# where `-o` and `lint --fix` write, where imports may come from, write errors
# on standard output. One case per ctest test: safety.sh CASE.
#
# Device nodes are made in the case's own scratch folder (mknod, as root),
# never taken from the system's /dev: a regression here must not be able to
# replace a real device.
source "$(dirname "$0")/lib.sh"

FIXABLE="$(cd "$(dirname "$0")/../lint-cli/inputs" && pwd)/fixable.regimen"
ROUTINE='cat_camel reps 10..15; half_wall_hang hold 20..30s x5'

# Skips the case (ctest shows it as skipped, with this reason) when device
# nodes cannot be made here.
need_mknod() {
  if ! mknod -m 666 probe c 1 3 2>/dev/null; then
    echo "skipped: making device nodes needs root" >&2
    exit 77
  fi
  rm -f probe
}

case_output_full_device() {
  need_mknod
  mknod -m 666 full c 1 7  # the kernel's "disk full" device
  printf '%s\n' "$ROUTINE" >r.regimen
  run build r.regimen --emit text -o full
  expect_status 2
  expect_contains err.txt "No space left on device"
  [ -c full ] || fail "the device node was replaced"
  # The same through standard output, for every command that prints.
  "$REGIMEN" lib list >full 2>err.txt </dev/null
  status=$?
  expect_status 2
  expect_contains err.txt "cannot write to standard output"
  "$REGIMEN" lint --format json r.regimen >full 2>err.txt </dev/null
  status=$?
  expect_status 2
  "$REGIMEN" --help >full 2>err.txt </dev/null
  status=$?
  expect_status 2
  "$REGIMEN" build r.regimen --emit json >full 2>err.txt </dev/null
  status=$?
  expect_status 2
}

case_output_null_device() {
  need_mknod
  mknod -m 666 null c 1 3
  printf '%s\n' "$ROUTINE" >r.regimen
  run build r.regimen --emit pdf -o null
  expect_status 0
  [ -c null ] || fail "the device node was replaced by a file"
}

case_output_block_device_refused() {
  need_mknod
  # A major number no driver has: nothing could be written to it anyway.
  mknod -m 666 disk b 240 0
  printf '%s\n' "$ROUTINE" >r.regimen
  run build r.regimen --emit text -o disk
  expect_status 2
  expect_contains err.txt "block device"
  [ -b disk ] || fail "the device node was replaced"
}

case_output_stdout_link() {
  # Our own link to standard output, as /dev/stdout is.
  ln -s /proc/self/fd/1 my-stdout
  printf '%s\n' "$ROUTINE" >r.regimen
  "$REGIMEN" build r.regimen --emit text -o my-stdout </dev/null 2>err.txt | cat >piped.txt
  [ "${PIPESTATUS[0]}" -eq 0 ] || fail "build -o my-stdout into a pipe failed"
  expect_contains piped.txt "Cat-camel"
  [ -L my-stdout ] || fail "the link was replaced"
  # Standard output redirected to a file: the file gets the handout.
  run build r.regimen --emit text -o my-stdout
  expect_status 0
  expect_contains out.txt "Cat-camel"
}

case_output_fifo() {
  mkfifo pipe
  printf '%s\n' "$ROUTINE" >r.regimen
  timeout 20 cat pipe >from-pipe.txt &
  local reader=$!
  run build r.regimen --emit text -o pipe
  expect_status 0
  wait "$reader" || fail "the reader of the FIFO did not finish"
  expect_contains from-pipe.txt "Cat-camel"
  [ -p pipe ] || fail "the FIFO was replaced by a file"
}

case_output_symlink_followed() {
  mkdir real links
  printf 'old\n' >real/handout.txt
  chmod 640 real/handout.txt
  ln -s ../real/handout.txt links/handout.txt
  ln -s links/handout.txt chain.txt  # a link to a link
  printf '%s\n' "$ROUTINE" >r.regimen
  run build r.regimen --emit text -o chain.txt
  expect_status 0
  [ -L chain.txt ] && [ -L links/handout.txt ] || fail "a link was replaced"
  expect_contains real/handout.txt "Cat-camel"
  [ "$(stat -c %a real/handout.txt)" = 640 ] || fail "the file lost its permissions"
  [ "$(ls -A real links | grep -c '^\.')" -eq 0 ] || fail "a temporary file was left behind"
}

case_output_dangling_link_refused() {
  ln -s nowhere.txt handout.txt
  printf '%s\n' "$ROUTINE" >r.regimen
  run build r.regimen --emit text -o handout.txt
  expect_status 2
  expect_contains err.txt "is a link to 'nowhere.txt', which does not exist"
  [ -L handout.txt ] || fail "the link was replaced"
  [ ! -e nowhere.txt ] || fail "the link's target was made"
}

case_lint_fix_through_symlink() {
  mkdir real
  cp "$FIXABLE" real/program.regimen
  ln -s real/program.regimen program.regimen
  run lint --fix program.regimen
  expect_status 0
  [ -L program.regimen ] || fail "lint --fix replaced the link"
  cmp -s "$FIXABLE" real/program.regimen && fail "lint --fix did not fix the file the link points to"
  expect_contains real/program.regimen "per side"
}

# An interrupt while the output is written leaves no temporary file: the
# signals wait while one exists. Kills land at spread-out moments of runs.
case_interrupted_write_leaves_nothing() {
  printf '%s\n' "$ROUTINE" >r.regimen
  local i delay
  for i in $(seq 1 40); do
    delay=$(printf '0.%03d' $(( (i * 37) % 150 )))
    "$REGIMEN" build r.regimen --emit pdf -o out.pdf </dev/null >/dev/null 2>&1 &
    local pid=$!
    sleep "$delay"
    if [ $(( i % 2 )) -eq 0 ]; then kill -TERM "$pid" 2>/dev/null; else kill -INT "$pid" 2>/dev/null; fi
    wait "$pid" 2>/dev/null
  done
  local left
  left=$(ls -A | grep -c '^\.out\.pdf\.' || true)
  [ "$left" -eq 0 ] || fail "$left temporary files were left behind"
}

case_import_outside_refused() {
  mkdir -p clinic/routines shared
  printf 'exercise shared_reach "Shared reach" {\n  kind reps\n}\n' >shared/defs.regimen
  printf 'import "../../shared/defs.regimen"\nshared_reach reps 10\n' >clinic/routines/r.regimen
  run check clinic/routines/r.regimen
  expect_status 1
  expect_contains err.txt "[E0108]"
  expect_contains err.txt "--allow-import-outside"
  run check --allow-import-outside clinic/routines/r.regimen
  expect_status 0
  # A --lib folder is allowed.
  run check --lib shared clinic/routines/r.regimen
  expect_status 0
  # A link inside the folder that leads outside it is still outside.
  ln -s ../../shared clinic/routines/linked
  printf 'import "linked/defs.regimen"\nshared_reach reps 10\n' >clinic/routines/l.regimen
  run check clinic/routines/l.regimen
  expect_status 1
  expect_contains err.txt "[E0108]"
  # `..` after a link goes where the system goes: up from the link's target.
  mkdir -p elsewhere/deep clinic/routines/up
  printf 'exercise shared_reach "Shared reach" {\n  kind reps\n}\n' >elsewhere/defs.regimen
  ln -s ../../../elsewhere/deep clinic/routines/up/link
  cp elsewhere/defs.regimen clinic/routines/up/defs.regimen  # what a lexical reading would find
  printf 'import "up/link/../defs.regimen"\nshared_reach reps 10\n' >clinic/routines/u.regimen
  run check clinic/routines/u.regimen
  expect_status 1
  expect_contains err.txt "[E0108]"
  # Subfolders are inside.
  mkdir clinic/routines/more
  cp shared/defs.regimen clinic/routines/more/defs.regimen
  printf 'import "more/defs.regimen"\nshared_reach reps 10\n' >clinic/routines/s.regimen
  run check clinic/routines/s.regimen
  expect_status 0
}

case_import_other_file_not_quoted() {
  printf 'root:secret-hash:19000:0:99999:7:::\n' >shadow
  printf 'import "shadow"\ncat_camel reps 10\n' >r.regimen
  run check --allow-import-outside r.regimen
  expect_status 1
  expect_contains err.txt "[E0108]"
  expect_not_contains err.txt "secret-hash"
}

case_import_fifo_refused() {
  mkfifo defs.regimen
  printf 'import "defs.regimen"\ncat_camel reps 10\n' >r.regimen
  timeout 20 "$REGIMEN" check r.regimen </dev/null >out.txt 2>err.txt
  status=$?
  [ "$status" -ne 124 ] || fail "importing a FIFO hung"
  expect_status 1
  expect_contains err.txt "is not a regular file"
}

run_case "${1:-}"

#!/usr/bin/env bash
# `regimen new --template` writes the template byte for byte, refuses to
# replace a file without --force, and suggests the nearest id; `regimen lib
# templates` lists every template with its condition and source.
set -euo pipefail
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$REGIMEN" new --template knee_oa -o mine.regimen 2> err.txt || fail "new exited with $?"
cmp -s mine.regimen "$TEMPLATES/knee_oa.regimen" || fail "new did not write the template's text"
grep -q "FILL IN" err.txt || fail "new did not say what to fill in: $(cat err.txt)"

echo "# my edits" >> mine.regimen
set +e
"$REGIMEN" new --template knee_oa -o mine.regimen 2> err.txt; status=$?
set -e
[[ $status == 2 ]] || fail "replacing a file without --force exited with $status, expected 2"
grep -q "my edits" mine.regimen || fail "a file was replaced without --force"
grep -q -- "--force" err.txt || fail "the refusal does not mention --force: $(cat err.txt)"
"$REGIMEN" new --template knee_oa -o mine.regimen --force 2> /dev/null || fail "--force exited with $?"
cmp -s mine.regimen "$TEMPLATES/knee_oa.regimen" || fail "--force did not replace the file"

"$REGIMEN" new --template knee_oa > stdout.regimen || fail "new to standard output exited with $?"
cmp -s stdout.regimen "$TEMPLATES/knee_oa.regimen" || fail "new to standard output differs from the template"

set +e
"$REGIMEN" new --template knee_ao -o other.regimen 2> err.txt; status=$?
set -e
[[ $status == 2 ]] || fail "an unknown template exited with $status, expected 2"
grep -q 'did you mean `knee_oa`' err.txt || fail "no suggestion for knee_ao: $(cat err.txt)"
[[ ! -e other.regimen ]] || fail "an unknown template wrote a file"

"$REGIMEN" lib templates --format json > list.json || fail "lib templates exited with $?"
"$PYTHON" - "$TEMPLATES" list.json <<'PY'
import json, os, sys
folder, listed = sys.argv[1], json.load(open(sys.argv[2]))
ids = sorted(f[:-8] for f in os.listdir(folder) if f.endswith(".regimen"))
got = [t["id"] for t in listed["templates"]]
assert listed["format"] == "regimen-templates", listed["format"]
assert got == ids, f"lib templates lists {got}, the folder holds {ids}"
assert len(ids) >= 12, f"only {len(ids)} templates"
for t in listed["templates"]:
    head = open(os.path.join(folder, t["id"] + ".regimen")).read().split("\n")
    assert head[0] == "# Condition: " + t["condition"], (t["id"], head[0])
    assert head[1] == "# Source: " + t["source"], (t["id"], head[1])
    assert t["fill_ins"] >= 1, t["id"]
PY
"$REGIMEN" lib templates | grep -q "^knee_oa$" || fail "the text listing lacks knee_oa"
echo ok

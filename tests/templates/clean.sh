#!/usr/bin/env bash
# clean.sh ID: the template checks and lints with no output at all, has the
# header `regimen lib templates` reads and at least one `# FILL IN:` line,
# and names only built-in exercises (a template defines none of its own).
set -euo pipefail
id=${1:?usage: clean.sh ID}
file="$TEMPLATES/$id.regimen"
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK"
fail() { echo "FAIL: $id: $*" >&2; exit 1; }

"$REGIMEN" check "$file" > out.txt 2> err.txt || fail "check exited with $? ($(cat err.txt))"
[[ ! -s out.txt && ! -s err.txt ]] || fail "check printed: $(cat out.txt err.txt)"
"$REGIMEN" lint "$file" > out.txt 2> err.txt || fail "lint exited with $?: $(cat out.txt err.txt)"
[[ ! -s out.txt && ! -s err.txt ]] || fail "lint printed: $(cat out.txt err.txt)"

head -1 "$file" | grep -q '^# Condition: .' || fail "the first line is not '# Condition: ...'"
sed -n 2p "$file" | grep -q '^# Source: .' || fail "the second line is not '# Source: ...'"
grep -q '^ *# FILL IN: ' "$file" || fail "no '# FILL IN:' line for the prescriber"
if grep -q '^ *exercise ' "$file"; then fail "defines an exercise of its own; a template names the library's"; fi
echo "ok: $id"

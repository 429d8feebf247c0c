#!/bin/sh
# Builds the project in Release, writes a generated corpus to a temporary
# folder and runs the front-end benchmark on it.
#   bench/run.sh [FILES [REPEAT]] [-- extra regimen_bench options, e.g. --json]
# FILES defaults to 200, REPEAT to 3; BUILD_DIR (default build-bench) and
# SEED (default 1) may be set in the environment.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
files=${1:-200}
repeat=${2:-3}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
build=${BUILD_DIR:-"$root/build-bench"}
seed=${SEED:-1}
python=/usr/bin/python3
[ -x "$python" ] || python=python3

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DREGIMEN_TESTS=OFF >/dev/null
cmake --build "$build" --target regimen regimen_bench -j2 >&2

corpus=$(mktemp -d "${TMPDIR:-/tmp}/regimen-corpus.XXXXXX")
trap 'rm -rf "$corpus"' EXIT INT TERM
"$python" "$root/bench/gen_corpus.py" "$corpus" --count "$files" --seed "$seed" --check "$build/regimen" >&2
"$build/regimen_bench" --repeat "$repeat" "$@" "$corpus"

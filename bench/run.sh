#!/bin/sh
# Builds the project in Release and prints every figure of
# docs/performance.md: the front end stage by stage on a generated corpus
# (bench/regimen_bench), then start-up, memory, many files and the input
# shapes that were once quadratic (bench/measure.py), and the language
# server's answer to a change (bench/lsp_change.py).
#   bench/run.sh [FILES [REPEAT]] [-- extra regimen_bench options, e.g. --json]
# (with --json only the stage figures are printed, as one JSON document)
# FILES defaults to 200, REPEAT to 3. In the environment: BUILD_DIR (default
# build-bench), SEED (default 1), MANY (files for the many-files figures,
# default 10000), WODCRAFT (a WODCraft checkout or its `wodc` program: adds
# the comparison with it).
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
# With --json, the stage figures alone, as one JSON document.
case " $* " in *" --json "*) exit 0 ;; esac
set -- "$build/regimen" "$root/examples/mid-back-prehab.regimen" --many "${MANY:-10000}"
[ -n "${WODCRAFT:-}" ] && set -- "$@" --wodcraft "$WODCRAFT"
"$python" "$root/bench/measure.py" "$@"
# The language server: a keystroke in a 500-line routine, to its diagnostics.
"$python" "$root/bench/lsp_change.py" "$build/regimen"

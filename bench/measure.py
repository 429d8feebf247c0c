#!/usr/bin/env python3
"""Whole-program measurements of the `regimen` binary, for bench/run.sh.

Start-up time, memory per input byte, memory over many files, the two input
shapes that were once quadratic, and, given a WODCraft command, the same-size
comparison with it. Standard library only; every input is generated here, in a
temporary folder. No figure is a pass or a fail: docs/performance.md gives the
goals beside them.

    measure.py REGIMEN EXAMPLE [--runs N] [--many N] [--big-mb N]
               [--wodcraft CMD] [--json]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


# GNU time reports the peak memory of the program it runs. The rusage that
# os.wait4 returns cannot: Linux counts a child's peak from the fork, when it
# is still a copy of this interpreter (tens of megabytes once the big file has
# been generated), so a small program would seem as large as Python.
GNU_TIME = "/usr/bin/time"


def run_once(argv, cwd=None, memory=True):
    """Wall time in ms and peak resident memory in KiB of one run. Without
    `memory` the program runs alone, for start-up times: GNU time would add
    its own start to them."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        use_time = memory and os.path.exists(GNU_TIME)
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss.name] + argv if use_time else argv
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
        peak_kib = usage.ru_maxrss
        if wrapped is not argv:
            reported = rss.read().split()
            peak_kib = int(reported[-1]) if reported else 0
    return elapsed, peak_kib, os.waitstatus_to_exitcode(status)


def timed(argv, runs, cwd=None):
    """min and median wall ms over `runs` runs, and the exit code of the last."""
    times = []
    code = 0
    for _ in range(runs):
        ms, _, code = run_once(argv, cwd, memory=False)
        times.append(ms)
    return min(times), statistics.median(times), code


# Lines of a routine in the shapes real programs use, for the big file.
BIG_LINES = [
    'cat_camel reps 10..15 x2 rest 30s cue "Move one segment at a time"',
    "half_wall_hang hold 20..30s x5",
    "bird_dog reps 8 per side x2 tempo slow",
    'clamshell reps 12..15 per side load band yellow note "Keep the heels together"',
    "calf_raise reps 15 x3 rest 45s",
]


def big_routine(size_bytes):
    lines, total, i = ['routine "Big" {'], 0, 0
    while total < size_bytes:
        line = "  " + BIG_LINES[i % len(BIG_LINES)]
        lines.append(line)
        total += len(line) + 1
        i += 1
    lines.append("}")
    return "\n".join(lines) + "\n"


def rest_line(clauses):
    """`cat_camel rest 30s` repeated on one line: once quadratic in the parser."""
    return "cat_camel" + " rest 30s" * clauses + "\n"


def misspelt_uses(n):
    """n definitions and n misspelt uses: once quadratic in "did you mean"."""
    out = []
    for i in range(n):
        out.append(f'exercise drill_{i:05d} "Drill {i}" {{\n  kind reps\n}}\n')
    for i in range(n):
        out.append(f"drlil_{i:05d} reps 10\n")
    return "".join(out)


def wodcraft_command(path):
    """The argv prefix that validates a .wod file with the WODCraft at `path`."""
    if os.path.isdir(path):
        src = os.path.join(path, "src") if os.path.isdir(os.path.join(path, "src", "wodcraft")) else path
        os.environ["PYTHONPATH"] = os.path.abspath(src) + os.pathsep + os.environ.get("PYTHONPATH", "")
        return [sys.executable, "-m", "wodcraft.cli", "validate"]
    return [os.path.abspath(path), "validate"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("regimen")
    ap.add_argument("example", help="the routine timed for start-up (the mid-back prehab example)")
    ap.add_argument("--runs", type=int, default=30, help="runs for each start-up figure (default 30)")
    ap.add_argument("--many", type=int, default=10000, help="files for the many-files figures (default 10000)")
    ap.add_argument("--big-mb", type=float, default=2,
                    help="size of the big file in MB (default 2: a routine file may be at most 2 MiB)")
    ap.add_argument("--wodcraft", metavar="PATH",
                    help="a WODCraft checkout (its src/wodcraft is run with this Python), or its `wodc` program")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    regimen = os.path.abspath(args.regimen)
    rows = []  # (section, what, value, unit)
    work = tempfile.mkdtemp(prefix="regimen-measure.")
    try:
        one_line = os.path.join(work, "one_line.regimen")
        with open(one_line, "w") as f:
            f.write("cat_camel reps 10..15; half_wall_hang hold 20..30s x5\n")

        # Start-up: the whole process, as a user or a test suite pays it.
        for label, argv in [
            ("regimen --version", [regimen, "--version"]),
            ("check, one-line routine", [regimen, "check", one_line]),
            ("check, " + os.path.basename(args.example), [regimen, "check", args.example]),
        ]:
            low, mid, _ = timed(argv, args.runs)
            rows.append(("start-up", label + " (min)", round(low, 1), "ms"))
            rows.append(("start-up", label + " (median)", round(mid, 1), "ms"))

        # Memory per input byte on one big file.
        big = os.path.join(work, "big.regimen")
        text = big_routine(int(args.big_mb * 1_000_000))
        with open(big, "w") as f:
            f.write(text)
        ms, rss_kib, code = run_once([regimen, "check", big])
        _, base_kib, _ = run_once([regimen, "check", one_line])
        size = len(text.encode())
        rows.append(("memory", f"check of a {size / 1e6:.1f} MB file: time", round(ms), "ms"))
        rows.append(("memory", "  throughput", round(size / 1e6 / (ms / 1000), 2), "MB/s"))
        rows.append(("memory", "  peak resident memory", round(rss_kib / 1024, 1), "MiB"))
        rows.append(("memory", "  bytes per input byte, above a one-line check",
                     round((rss_kib - base_kib) * 1024 / size, 1), "B/B"))
        if code != 0:
            rows.append(("memory", "  (the big file did not check clean: exit code)", code, ""))

        # Many files: memory should not grow with their number.
        folder = os.path.join(work, "many")
        os.mkdir(folder)
        paths = []
        for i in range(args.many):
            p = os.path.join(folder, f"r{i:05d}.regimen")
            with open(p, "w") as f:
                f.write(f"# routine {i}\ncat_camel reps 10..15; half_wall_hang hold 20..30s x5\n")
            paths.append(os.path.relpath(p, folder))
        for command in ("check", "lint"):
            ms, rss_kib, _ = run_once([regimen, command] + paths, cwd=folder)
            rows.append(("many files", f"{command} of {args.many} files: time", round(ms), "ms"))
            rows.append(("many files", f"  peak resident memory", round(rss_kib / 1024, 1), "MiB"))

        # The shapes that were quadratic: eight times the input should take
        # about eight times as long, not sixty-four.
        for label, make in [("`cat_camel rest 30s` repeated on one line", rest_line),
                            ("n definitions and n misspelt uses", misspelt_uses)]:
            times = {}
            for n in (1000, 8000):
                p = os.path.join(work, f"shape_{n}.regimen")
                with open(p, "w") as f:
                    f.write(make(n))
                low, _, _ = timed([regimen, "check", p], 3)
                times[n] = low
                rows.append(("shapes", f"{label}, n = {n}", round(low, 1), "ms"))
            rows.append(("shapes", "  ratio for 8 times the input", round(times[8000] / times[1000], 1), "x"))

        # WODCraft, when given: the same-size input through its validator.
        if args.wodcraft:
            wod = os.path.join(work, "big.wod")
            body = ["WOD \"Big\"", "BLOCK FT {"]
            total = 0
            while total < 1_000_000:
                line = "  12 wall_balls @9kg;"
                body.append(line)
                total += len(line) + 1
            body.append("}")
            with open(wod, "w") as f:
                f.write("\n".join(body) + "\n")
            mb = os.path.join(work, "mb.regimen")
            with open(mb, "w") as f:
                f.write(big_routine(1_000_000))
            theirs, their_kib, their_code = run_once(wodcraft_command(args.wodcraft) + [wod])
            ours, our_kib, _ = run_once([regimen, "check", mb])
            rows.append(("WODCraft", "1 MB through WODCraft's validator", round(theirs), "ms"))
            rows.append(("WODCraft", "1 MB through regimen check", round(ours), "ms"))
            rows.append(("WODCraft", "  regimen's speed over WODCraft's", round(theirs / ours, 1), "x"))
            rows.append(("WODCraft", "  peak memory, WODCraft / regimen",
                         f"{their_kib / 1024:.0f} / {our_kib / 1024:.0f}", "MiB"))
            if their_code != 0:
                rows.append(("WODCraft", "  (WODCraft's exit code)", their_code, ""))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if args.json:
        print(json.dumps([{"section": s, "what": w.strip(), "value": v, "unit": u} for s, w, v, u in rows], indent=2))
        return
    section = None
    for s, w, v, u in rows:
        if s != section:
            print(f"\n{s}")
            section = s
        print(f"  {w:<58} {v!s:>10} {u}")


if __name__ == "__main__":
    sys.exit(main())

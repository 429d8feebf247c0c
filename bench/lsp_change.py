#!/usr/bin/env python3
"""How long `regimen lsp` takes to answer a change: opens a routine of
LINES lines (default 500), then types into it CHANGES times (default 200),
one incremental change each, and times each change from the moment it is
sent to the moment its diagnostics arrive. Prints the median, the 90th
percentile and the slowest, in milliseconds; docs/performance.md has the
figures and the goal (20 ms for a 500-line file).

usage: lsp_change.py REGIMEN [--lines N] [--changes N] [--json]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "lsp"))
from session import Client  # noqa: E402  the scripted editor of the tests

EXERCISES = ["cat_camel reps 10..15 x2 rest 30s", "childs_pose hold 20..30s x3",
             "bird_dog reps 8 per side x2 rest 45s", "half_wall_hang hold 20..30s x5",
             "thread_the_needle reps 6 per side", "prone_y_raise reps 10 x2"]


def routine(lines):
    out = ['routine "Benchmark" {', "  frequency 1/day", "  program 8 weeks"]
    section = 0
    while len(out) < lines - 1:
        section += 1
        out.append('  section "Part %d" {' % section)
        for i in range(18):
            out.append("    " + EXERCISES[(section + i) % len(EXERCISES)])
        out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("regimen")
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--changes", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    text = routine(args.lines)
    uri = "file:///nonexistent-regimen-bench/routine.regimen"
    client = Client(args.regimen)
    client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    client.notify("initialized", {})
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "regimen", "version": 1, "text": text}})
    published = client.diagnostics(uri)
    if published["diagnostics"]:
        sys.exit("lsp_change.py: the routine has problems: %r" % published["diagnostics"][:3])

    # Each change retypes the second digit of the first exercise line's
    # amount (`hold 20..30s` becomes `hold 21..30s`, and back): a keystroke.
    target = 4
    line = text.splitlines()[target]
    column = max(line.find("reps "), line.find("hold ")) + len("hold ")
    times = []
    for version in range(2, args.changes + 2):
        digit = "1" if version % 2 else "0"
        started = time.perf_counter()
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": target, "character": column + 1},
                                          "end": {"line": target, "character": column + 2}}, "text": digit}]})
        while True:
            got = client.diagnostics(uri)
            if got["version"] == version:
                break
        times.append((time.perf_counter() - started) * 1000)
        if got["diagnostics"]:
            sys.exit("lsp_change.py: a change made problems: %r" % got["diagnostics"][:3])
    client.request("shutdown")
    client.notify("exit")
    client.proc.wait(timeout=20)

    times.sort()
    figures = {"lines": len(text.splitlines()), "changes": len(times),
               "median_ms": round(statistics.median(times), 2),
               "p90_ms": round(times[int(len(times) * 0.9) - 1], 2), "max_ms": round(times[-1], 2)}
    if args.json:
        print(json.dumps(figures))
    else:
        print("lsp: a change to a %(lines)d-line routine, answered with its diagnostics, over %(changes)d changes:"
              " median %(median_ms).1f ms, 90th percentile %(p90_ms).1f ms, slowest %(max_ms).1f ms" % figures)


if __name__ == "__main__":
    main()

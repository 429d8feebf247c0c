#!/usr/bin/env python3
"""Every dose element a routine writes reaches the patient.

For one routine file, reads what the compiler understood (the program JSON)
and checks that each exercise line's count, hold, sets, side, load, tempo,
effort, pain limit, rest and own frequency -- and the open forms: "up to", "as many as you
can", "as tolerated", "as advised" -- are said, in the prescription's own
numbers, in the exercise's part of the handout (text) and in the plan. A
progression is said at both ends. The wording is not this test's business
(the goldens pin it); that nothing is dropped or replaced by an estimate is.

    dose_elements.py REGIMEN FILE [ARGS...]

Runs in FILE's folder, as the conformance runner does, with the extra
command-line words of FILE's .args file when there is one.
"""
import json
import os
import re
import subprocess
import sys


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def run(regimen, name, folder, args, emit):
    done = subprocess.run([regimen, "build", name, "--emit", emit, *args], cwd=folder, capture_output=True, timeout=120)
    if done.returncode != 0:
        fail(f"`regimen build {name} --emit {emit}` exited with {done.returncode}: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode()


def number(value):
    return f"{value:g}"


# ------------------------------------------------------------ what to look for

def seconds_forms(seconds, unit_needed):
    """Ways a length in seconds may be said: 45 seconds, 2 minutes, 1 minute 30 seconds."""
    s = round(seconds)
    forms = [rf"{s} seconds?"]
    if s >= 60:
        m, r = divmod(s, 60)
        forms.append(rf"{m} minutes? (?:and )?{r} seconds?" if r else rf"{m} minutes?")
        if s % 3600 == 0:
            forms.append(rf"{s // 3600} hours?")
    if not unit_needed:  # the low end of "20 to 30 seconds", "1 to 2 minutes"
        forms.append(rf"{s}")
        if s >= 60 and s % 60 == 0:
            forms.append(rf"{s // 60}")
    return forms


def seconds_pattern(rng):
    low, high = rng["min"], rng.get("max")
    if high is None or high == low:
        return rf"\b(?:{'|'.join(seconds_forms(low, True))})\b"
    return rf"\b(?:{'|'.join(seconds_forms(low, False))}) to (?:{'|'.join(seconds_forms(high, True))})\b"


def count_pattern(rng):
    low, high = rng["min"], rng.get("max")
    if high is None:
        return rf"\b(?:at least )?{number(low)}\b"
    if high == low:
        return rf"\b{number(low)}\b"
    return rf"\b{number(low)} to {number(high)}\b"


def metres_pattern(rng):
    def forms(m):
        out = [rf"{number(m)} metres?"]
        if m >= 1000:
            out.append(rf"{number(m / 1000)} km")
        return out
    low, high = rng["min"], rng.get("max")
    if high is None or high == low:
        return rf"\b(?:{'|'.join(forms(low))})\b"
    return rf"\b(?:{number(low)}|{number(low / 1000)}) to (?:{'|'.join(forms(high))})\b"


def quantity_ends(quantity):
    """A quantity's start and, for a progression, its end."""
    ends = [quantity["start"]]
    if quantity.get("end"):
        ends.append(quantity["end"])
    return ends


def words(text):
    return re.escape(text.replace("_", " "))


def elements(item):
    """(what, pattern) for every dose element of one exercise line."""
    out = []

    def add(what, pattern):
        out.append((what, pattern))

    if item["as_advised"]:
        add("as advised", r"as your therapist showed you")
    if item["as_tolerated"]:
        add("as tolerated", r"as tolerated")

    reps = item.get("reps")
    form = item.get("reps_form")
    if form == "up_to":
        add("up to", r"\bup to\b")
    if form == "as_many_as_you_can":
        add("as many as you can", r"as many repetitions as you can")
        if item.get("reps_estimate") and not item["reps_estimate"].get("from_library"):
            add("cap", rf"up to {number(item['reps_estimate']['count'])}")
    if reps and form != "as_many_as_you_can":
        for end in quantity_ends(reps):
            add(f"reps {end}", count_pattern(end))

    sets = item.get("sets")
    if sets:
        for end in quantity_ends(sets):
            if end["min"] > 1 or (end.get("max") or 1) > 1:
                add(f"sets {end}", count_pattern(end))

    hold = item.get("hold")
    if hold and not hold.get("amount_from_library"):
        kind = hold["kind"]
        if kind in ("timed", "up_to", "at_least") and hold.get("amount"):
            for end in quantity_ends(hold["amount"]):
                if hold.get("unit") == "breaths":
                    add(f"hold {end} breaths", count_pattern(end) + r" breaths?")
                else:
                    add(f"hold {end}", seconds_pattern(end))
        if kind == "up_to":
            add("hold up to", r"\bup to\b")
        if kind == "at_least":
            add("hold at least", r"\bat least\b")
        if kind == "comfortable":
            add("hold as long as comfortable", r"as long as it is comfortable")
        if kind == "until_text":
            add("hold until", re.escape(hold["until_text"]))
        for key in ("until_pain", "start_pain"):
            if hold.get(key):
                add(f"hold {key}", count_pattern(hold[key]) + r" out of 10")
        if hold.get("bound_seconds") and not hold.get("bound_from_library") and kind in ("comfortable", "until_pain", "until_text"):
            add("hold bound", seconds_pattern({"min": hold["bound_seconds"], "max": hold["bound_seconds"]}))

    if item.get("each_seconds"):
        for end in quantity_ends(item["each_seconds"]):
            add(f"each {end}", seconds_pattern(end))
    if item.get("duration_seconds"):
        for end in quantity_ends(item["duration_seconds"]):
            add(f"for {end}", seconds_pattern(end))
    if item.get("distance_metres"):
        for end in quantity_ends(item["distance_metres"]):
            add(f"distance {end}", metres_pattern(end))

    sides = item["sides"]
    mode = sides["mode"]
    if mode == "per_side":
        add("per side", r"\beach side\b")
    elif mode == "alternating":
        add("alternating sides", r"\balternating\b")
    elif mode == "per_direction":
        add("per direction", r"\beach direction\b")
    elif mode == "one_side":
        side = sides["order"][0] if sides["order"] else sides["only"]
        add(f"one side ({side})", rf"\b{side}\b.*\bonly\b")

    load = item.get("load")
    if load:
        for end in [load] + ([load["end"]] if load.get("end") else []):
            if end.get("colour"):
                add(f"band {end['colour']}", rf"\b{words(end['colour'])}\b")
            if end.get("resistance"):
                add(f"load {end['resistance']}", rf"\b{words(end['resistance'])}\b")
            if end.get("as_written"):
                written = end["as_written"]
                add(f"load {written}", count_pattern(written["amount"]) + rf" ?{written['unit']}\b")
            if end.get("text"):
                add("load in words", re.escape(end["text"]))

    tempo = item.get("tempo")
    if tempo:
        if tempo.get("word"):
            add(f"tempo {tempo['word']}", rf"\b{words(tempo['word'])}\b")
        for seconds in tempo.get("phases") or []:
            add(f"tempo phase {seconds}", rf"\b{number(seconds)}\b")
        if tempo.get("seconds_per_rep") and not tempo.get("phases"):  # else the phases' sum
            add("tempo per repetition", rf"\b{number(tempo['seconds_per_rep'])}\b")

    if item.get("rpe"):
        add(f"rpe {item['rpe']}", count_pattern(item["rpe"]) + r" out of 10")
    if item.get("effort_percent"):
        for end in quantity_ends(item["effort_percent"]):
            add(f"effort {end}", count_pattern(end) + r"%")
    if item.get("pain_max"):
        pain = item["pain_max"]
        add(f"pain {pain}", rf"\b{number(pain.get('max') or pain['min'])} out of 10")
    if item.get("rest_seconds"):
        add(f"rest {item['rest_seconds']}", seconds_pattern(item["rest_seconds"]))

    frequency = item.get("frequency")
    if frequency:
        for key, period in (("per_day", "day"), ("per_week", "week")):
            times = frequency.get(key)
            if not times:
                continue
            if times.get("max") == times["min"] and times["min"] in (1, 2):
                add(f"frequency {key}", rf"\b{'once' if times['min'] == 1 else 'twice'} a {period}\b")
            else:
                add(f"frequency {key}", count_pattern(times) + rf" (?:times|days) a {period}\b")
    return out


def items_of(body):
    for node in body:
        if node.get("type") == "exercise":
            yield node
        elif "body" in node:
            yield from items_of(node["body"])


# ------------------------------------------------------------ where to look

def flat(text):
    return " ".join(text.split())


def handout_blocks(text):
    """Each numbered exercise of the text handout: name -> its blocks' text, unwrapped."""
    blocks = {}
    name, lines = None, []
    for line in text.splitlines() + [""]:
        header = re.match(r"^\d+\. (.+)$", line)
        ends = header or (line and not line.startswith(" "))
        if ends and name is not None:
            blocks.setdefault(name, []).append(flat("\n".join(lines)))
            name, lines = None, []
        if header:
            name, lines = header.group(1), []
        elif name is not None:
            lines.append(line)
    return blocks


def plan_lines(text, names):
    """Each exercise's lines of the plan, the name column taken off: indented
    once in a plan of one session, twice under a session's heading."""
    lines = {}
    for line in text.splitlines():
        if not line.startswith("  "):
            continue
        body = line.lstrip(" ")
        for name in sorted(names, key=len, reverse=True):
            if body == name or body.startswith(name + "  "):
                lines.setdefault(name, []).append(flat(body[len(name):]))
                break
    return lines


def main():
    if len(sys.argv) < 3:
        fail("usage: dose_elements.py REGIMEN FILE")
    regimen, path = os.path.abspath(sys.argv[1]), sys.argv[2]
    folder, name = os.path.dirname(os.path.abspath(path)), os.path.basename(path)
    args = sys.argv[3:]
    extra = os.path.splitext(path)[0] + ".args"
    if os.path.exists(extra):
        args += [line.strip() for line in open(extra, encoding="utf-8") if line.strip()]
    program = json.loads(run(regimen, name, folder, args, "json"))
    handout = handout_blocks(run(regimen, name, folder, args, "text"))
    items = list(items_of(program["body"]))
    plan = plan_lines(run(regimen, name, folder, args, "plan"), {i["exercise"]["name"] for i in items})
    missing = []
    checked = 0
    for item in items:
        exercise = item["exercise"]["name"]
        where = f"{exercise} (line {item['span']['line']})"
        for what, pattern in elements(item):
            checked += 1
            for output, texts in (("handout", handout.get(exercise, [])), ("plan", plan.get(exercise, []))):
                if not any(re.search(pattern, text, re.IGNORECASE) for text in texts):
                    missing.append(f"{where}: {what} /{pattern}/ not said in the {output}: {texts}")
    if missing:
        fail(f"{name}: {len(missing)} dose elements missing\n  " + "\n  ".join(missing))
    print(f"ok: {name}: {checked} dose elements of {len(items)} lines said in the handout and the plan")


if __name__ == "__main__":
    main()

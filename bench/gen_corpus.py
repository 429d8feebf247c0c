#!/usr/bin/env python3
"""Writes a corpus of realistic routine files for the front-end benchmark.

Each file is a whole routine that uses every construct of the language: facts,
parameters and `when`, library and file imports, its own exercise definitions,
sections, circuits, phases, every dosage form, variants, comments and
non-ASCII strings. Exercises come from stdlib/*.regimen, read at generation
time, so the corpus follows the library as it grows. The output depends only
on --seed and the library: file N is the same whatever --count is.

    python3 bench/gen_corpus.py OUT_DIR [--count 200] [--seed 1] [--check path/to/regimen]

With --check, every file is run through `regimen check` and the script fails
unless all of them pass without errors.
"""

import argparse
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_STDLIB = os.path.join(os.path.dirname(HERE), "stdlib")

# Words the lexer reserves: a name spelled like one must be quoted.
KEYWORDS = set("""
import routine exercise equipment target param when section circuit rounds week weeks over title by level program
frequency targets caution disclaimer red_flag note cue step default reps hold sets for distance
per each side sides alternating direction left right first rest tempo load rpe pain until from
max at least on alternate easier harder alternative if
""".split())
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SETS_WORD = re.compile(r"^x[0-9]+$")

SHARED_MODULE = "lib/clinic_exercises.regimen"


# ---------------------------------------------------------------- the library

class Exercise:
    """What a routine line needs to know to dose an exercise correctly."""

    def __init__(self, ident, name, aliases, kind, accepts, sides, has_default):
        self.id = ident
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.accepts = accepts
        self.sides = sides
        self.has_default = has_default


def strip_comments(text):
    """Drops `#` comments, keeping strings (which may hold a `#`) intact."""
    out = []
    for line in text.splitlines():
        kept, quoted, i = [], False, 0
        while i < len(line):
            c = line[i]
            if quoted and c == "\\":
                kept.append(line[i:i + 2])
                i += 2
                continue
            if c == '"':
                quoted = not quoted
            elif c == "#" and not quoted:
                break
            kept.append(c)
            i += 1
        out.append("".join(kept))
    return "\n".join(out)


WORD_OR_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"|([^,"]+)')


def words_of(value):
    """The items of a comma-separated list; a quoted item keeps its commas
    ("Wrist curl, palm down" is one alias)."""
    out = []
    for quoted, bare in WORD_OR_STRING.findall(value):
        word = quoted if quoted else bare.strip()
        if word:
            out.append(word)
    return out


def default_accepts(kind):
    return {"reps": {"reps"}, "hold": {"hold"}, "reps_hold": {"reps", "hold"},
            "duration": {"duration"}}.get(kind, {"reps"})


def parse_definitions(text):
    """The exercise definitions of one .regimen file, read line by line."""
    exercises = []
    header = re.compile(r'^\s*exercise\s+([A-Za-z_][A-Za-z0-9_]*)\s*("(?:[^"\\]|\\.)*")?\s*\{?\s*$')
    current = None
    # A list may go on over the next line after a comma: join such lines first.
    joined = re.sub(r",[ \t]*\n[ \t]*", ", ", strip_comments(text))
    for line in joined.splitlines():
        m = header.match(line)
        if m:
            name = m.group(2)[1:-1] if m.group(2) else m.group(1)
            current = {"id": m.group(1), "name": name, "aliases": [], "kind": "reps",
                       "accepts": None, "sides": "bilateral", "default": False}
            continue
        if current is None:
            continue
        stripped = line.strip()
        if stripped == "}":
            accepts = current["accepts"] or default_accepts(current["kind"])
            exercises.append(Exercise(current["id"], current["name"], current["aliases"],
                                      current["kind"], accepts, current["sides"], current["default"]))
            current = None
            continue
        key, _, value = stripped.partition(" ")
        if key == "aliases":
            current["aliases"] += words_of(value)
        elif key == "kind":
            current["kind"] = value.strip()
        elif key == "accepts":
            current["accepts"] = (current["accepts"] or set()) | set(words_of(value))
        elif key == "sides":
            current["sides"] = value.strip()
        elif key == "default":
            current["default"] = True
    return exercises


def read_library(stdlib_dir):
    modules, exercises = [], []
    for entry in sorted(os.listdir(stdlib_dir)):
        if not entry.endswith(".regimen"):
            continue
        modules.append(entry[:-len(".regimen")])
        with open(os.path.join(stdlib_dir, entry), encoding="utf-8") as f:
            exercises += parse_definitions(f.read())
    if not exercises:
        sys.exit(f"gen_corpus: no exercise definitions found in {stdlib_dir}")
    return modules, exercises


def lookup_key(name):
    """The compiler's name matching: case, spaces, hyphens, underscores and apostrophes do not count."""
    return re.sub(r"[ \t\-_'\u2019]", "", name).lower()


# ---------------------------------------------------------------- words

CLINICS = ["Riverside Physiotherapy", "Clínica Fisio Norte", "Praxis Dr. Müller", "Harbour Sports Rehab",
           "Cabinet de kinésithérapie Lefèvre", "Øresund Fysioterapi", "Northgate Back Clinic",
           "Studio Ōkubo Rehabilitation", "Saint-Étienne Spine Centre", "Valley Chiropractic & Wellness"]
TITLES = ["Mid-back mobility", "Upper back reset", "Desk worker’s back plan", "Thoracic strength — phase {n}",
          "Posture programme nº{n}", "Rücken & Schultern", "Back to gardening", "Gentle spine care",
          "Shoulder blade control", "Return to running — back support", "Programme dos — semaine {n}"]
TARGETS = ["mid_back", "lower_back", "shoulders", "lats", "rhomboids", '"upper back"', '"shoulder blades"',
           "hamstrings", "hips", "core", '"chest wall"', "neck"]
CAUTIONS = ["Stop and rest if pain sharpens or spreads.",
            "Keep every movement within a comfortable range — no forcing.",
            "Dizziness or numbness means stop for today and tell your therapist.",
            "Après une chirurgie récente, demandez l’avis de votre médecin.",
            "Move slowly on the first days; soreness the next morning should fade within a day."]
DISCLAIMERS = ["These exercises do not replace an assessment by your physiotherapist.",
               "Ce programme est personnel : ne le partagez pas sans avis médical.",
               "Follow the plan your clinician wrote for you; ask before changing doses."]
RED_FLAGS = ["Chest pain, shortness of breath or pain into the arm or jaw: call emergency services.",
             "New weakness in the legs or trouble controlling the bladder: seek care the same day.",
             "Fever with back pain, or pain that wakes you every night: see a doctor promptly."]
NOTES = ["Bring this sheet to your next appointment.", "Log how each session felt in the diary — 0 to 10.",
         "Wear loose clothes; a mat makes floor work kinder on the knees.",
         "Hydratez-vous bien après chaque séance.", "Breathe out on the effort; never hold your breath."]
CUES = ["Breathe out as you move into the stretch.", "Keep your neck long and your chin gently tucked.",
        "Let the movement come from the upper back, not the low back.", "Slide, don’t shrug.",
        "Feel the shoulder blades glide toward each other.", "Ruhig atmen — nicht pressen.",
        "Relax the jaw and shoulders between repetitions.", "Press the floor away with both hands.",
        "Imagine the breastbone lifting toward the ceiling.", "Gardez le dos neutre."]
STEPS = ["Start in a stable position with your weight spread evenly.",
         "Set your shoulders down and away from your ears.", "Move slowly to the end of the easy range.",
         "Pause briefly and breathe.", "Return to the start with control.",
         "Switch sides when the set is done.", "Keep the hips level the whole time.",
         "Lengthen through the crown of the head."]
EASIER_TEXTS = ["smaller range of movement", "hands higher on the wall", "sit on a chair instead of the floor",
                "fewer repetitions, longer rests", "use a pillow under the knees", "sans élastique"]
CONDITIONS = ["no band at home", "the floor is too hard on the knees", "no corner is free",
              "traveling", "pain above 4/10", "à la salle de sport"]
UNTIL_TEXTS = ["the tension releases", "the spot softens", "breathing is easy again", "la douleur s’apaise"]
COMMENTS = ["# Reviewed at the last visit; doses raised a little.", "# Keep this part short on busy days.",
            "# Patient prefers mornings.", "# Les exercices au sol se font sur un tapis.",
            "# From week 3 the band gets one colour stronger.", "# Progress only if pain stays under 3/10."]
SECTION_TITLES = ["Warm-up", "Mobility", "Stretching", "Release", "Cool-down", "Échauffement",
                  "Beweglichkeit", "Activation", "Posture breaks"]
CIRCUIT_TITLES = ["Strength", "Core circuit", "Shoulder blades", "Kraft", "Renforcement"]

DEFINITION_BASES = [
    ("wall_press", "Wall press", "reps", "standing", ["wall"], "strengthening"),
    ("seated_band_row", "Seated band row", "reps", "seated", ["band", "chair"], "strengthening"),
    ("thoracic_extension_chair", "Thoracic extension over a chair", "reps_hold", "seated", ["chair"], "mobility"),
    ("doorway_pec_stretch", "Doorway pec stretch", "hold", "standing", ["doorway"], "stretching"),
    ("side_lying_open_book", "Side-lying open book", "reps", "side_lying", ["pillow"], "mobility"),
    ("foam_roller_extension", "Foam roller extension", "reps_hold", "supine", ["foam_roller"], "mobility"),
    ("tennis_ball_upper_back", "Tennis ball release, upper back", "hold", "supine", ["tennis_balls"], "release"),
    ("brisk_walk", "Brisk walk", "duration", "standing", ["none"], "activity"),
    ("prone_y_raise", "Prone Y raise", "reps_hold", "prone", ["mat"], "strengthening"),
    ("quadruped_reach", "Quadruped reach-through", "reps", "quadruped", ["mat"], "mobility"),
    ("pool_walk", "Pool walking", "duration", "standing", ["pool"], "activity"),
    ("kettlebell_deadlift", "Kettlebell deadlift", "reps", "standing", ["kettlebell"], "strengthening"),
]


# ---------------------------------------------------------------- pieces of a routine

def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def bare_word_ok(word):
    return bool(IDENT.match(word)) and word.lower() not in KEYWORDS and not SETS_WORD.match(word)


def spoken_name(rng, ex):
    """One of the ways a therapist writes an exercise's name."""
    choice = rng.random()
    if choice < 0.55 and bare_word_ok(ex.id):
        return ex.id
    if choice < 0.7 and ex.aliases:
        alias = rng.choice(ex.aliases)
        return alias if bare_word_ok(alias) else quote(alias)
    if choice < 0.85:
        return quote(ex.name)
    # Case, spaces and hyphens do not count: "Cat Camel" finds cat_camel.
    return quote(ex.id.replace("_", " ").title())


def reference(ex):
    return ex.id if bare_word_ok(ex.id) else quote(ex.id)


def seconds(rng, low, high):
    value = rng.randint(low, high)
    return f"{value}s" if rng.random() < 0.8 else f"{value} {rng.choice(['sec', 'secs', 'seconds'])}"


def reps_clause(rng):
    low = rng.randint(5, 12)
    return rng.choice([f"reps {low}", f"reps {low}..{low + rng.randint(2, 5)}",
                       f"reps {low // 2 + 1} -> {low + 5}", f"reps {low} {rng.choice(['reps', 'times'])}"])


def hold_clause(rng, with_reps):
    if with_reps:
        return rng.choice([f"hold {rng.randint(2, 10)}s", "hold", f"hold {rng.randint(2, 4)}..{rng.randint(5, 6)} breaths",
                           f"hold 5s -> {rng.choice([10, 20, 30])}s"])
    return rng.choice([
        f"hold {seconds(rng, 15, 45)}",
        f"hold {rng.randint(10, 20)}..{rng.randint(25, 60)}s",
        f"hold {rng.randint(2, 3)}..{rng.randint(4, 5)} breaths",
        f"hold 5s -> {rng.choice([20, 30, 45])}s",
        "hold 30s -> 5min",
        f"hold until pain {rng.randint(1, 3)}/10 from pain {rng.randint(5, 7)}/10 max {rng.randint(1, 3)}min",
        f"hold until {quote(rng.choice(UNTIL_TEXTS))} max {rng.choice([60, 90, 120])}s",
        f"hold at least {rng.randint(2, 5)}min",
        "hold",
    ])


def duration_clause(rng):
    return rng.choice([f"for {rng.randint(10, 40)}min", f"for 10min -> {rng.randint(20, 45)} minutes",
                       f"distance {rng.randint(1, 5)}km", f"distance {rng.randint(400, 900)}m",
                       f"for {rng.randint(15, 30)}..{rng.randint(35, 50)}min", "distance 1mi -> 2 miles"])


def sets_clause(rng):
    return rng.choice(["x2", "x3", "sets 2", "x1 -> 3", "sets 2..3", "x2 -> x3"])


def dosage(rng, ex):
    """Clauses that dose `ex` the way it can be dosed; none when its default will do."""
    if ex.has_default and rng.random() < 0.1:
        return []
    parts = []
    choices = sorted(ex.accepts)
    picked = rng.choice(choices)
    if picked == "reps":
        parts.append(reps_clause(rng))
        if "hold" in ex.accepts and rng.random() < 0.6:
            parts.append(hold_clause(rng, with_reps=True))
    elif picked == "hold":
        parts.append(hold_clause(rng, with_reps=False))
    else:
        parts.append(duration_clause(rng))
    if picked != "duration" and rng.random() < 0.75:
        parts.append(sets_clause(rng))
    return parts


def sides_clause(rng, ex):
    if ex.sides == "per_side":
        return rng.choice(["per side", "each side", "per side left first", "per side right first"])
    if ex.sides == "alternating":
        return rng.choice(["alternating", "alternating sides"])
    if ex.sides == "per_direction":
        return rng.choice(["per direction", "each direction (right, left, centre)", "per direction (left, right)"])
    return None


def extra_clauses(rng, ex, pool):
    """Optional clauses, each at most once, as a therapist adds them."""
    extras = []
    if rng.random() < 0.4:
        extras.append(f"rest {rng.choice(['30s', '45s', '1min', '20 seconds'])}")
    if rng.random() < 0.3:
        extras.append("tempo " + rng.choice(["slow", "controlled", "moderate", "fast", "3-1-3", "2-0-2", "4s"]))
    if rng.random() < 0.3:
        extras.append("load " + rng.choice(["2kg", "5lb", "light", "medium", "heavy", "band yellow",
                                            "band(red)", "band heavy", "2..4kg", "1.5kg"]))
    if rng.random() < 0.2:
        extras.append(rng.choice(["rpe 6..7", "rpe 5", "rpe 4..6"]))
    if rng.random() < 0.2:
        extras.append(f"pain {rng.randint(1, 3)}/10")
    if rng.random() < 0.1:
        extras.append(rng.choice(["alternate cat, cow", 'alternate "arms up", "arms down"']))
    if rng.random() < 0.15:
        extras.append(rng.choice(["frequency 3..5/day", "frequency 2/day at morning, bedtime",
                                  "frequency daily at 07:30", "frequency 3/week on mon, thu"]))
    return extras


def variant_clauses(rng, ex, pool):
    out = []
    if rng.random() < 0.35:
        out.append(f"easier {quote(rng.choice(EASIER_TEXTS))}" + (" for beginner" if rng.random() < 0.5 else ""))
    others = [e for e in pool if e.id != ex.id]
    if others and rng.random() < 0.3:
        out.append(f"harder {reference(rng.choice(others))}" + (" for advanced" if rng.random() < 0.3 else ""))
    if others and rng.random() < 0.25:
        out.append(f"alternative {reference(rng.choice(others))} if {quote(rng.choice(CONDITIONS))}")
    return out


def text_clauses(rng):
    out = []
    if rng.random() < 0.5:
        out.append(f"cue {quote(rng.choice(CUES))}")
    if rng.random() < 0.2:
        out.append(f"note {quote(rng.choice(NOTES))}")
    if rng.random() < 0.15:
        out.append(f"caution {quote(rng.choice(CAUTIONS))}")
    return out


def exercise_line(rng, pool, indent):
    """One exercise line, sometimes with a block of details under it."""
    ex = rng.choice(pool)
    head = [spoken_name(rng, ex)] + dosage(rng, ex)
    side = sides_clause(rng, ex) if rng.random() < 0.85 else None
    if side:
        head.append(side)
    details = extra_clauses(rng, ex, pool) + text_clauses(rng) + variant_clauses(rng, ex, pool)
    # Short lines keep everything on one line; longer ones move details into a block.
    on_line = rng.randint(0, min(2, len(details)))
    head += details[:on_line]
    rest = details[on_line:]
    line = indent + " ".join(head)
    comment = "  " + rng.choice(COMMENTS) if rng.random() < 0.15 else ""
    if not rest:
        return [line + comment]
    if rng.random() < 0.5:
        return [line + " {" + comment] + [indent + "  " + c for c in rest] + [indent + "}"]
    return [line + comment, indent + "{"] + [indent + "  " + c for c in rest] + [indent + "}"]


def exercise_lines(rng, pool, indent, count):
    lines = []
    while count > 0:
        # Now and then two short lines share one, separated by `;`.
        if count >= 2 and rng.random() < 0.1:
            a, b = rng.sample(pool, 2)
            lines.append(f"{indent}{spoken_name(rng, a)} {' '.join(dosage(rng, a))}; "
                         f"{spoken_name(rng, b)} {' '.join(dosage(rng, b))}".rstrip())
            count -= 2
            continue
        lines += exercise_line(rng, pool, indent)
        count -= 1
    return lines


def definition(rng, base, ident, name, aliases, targets_pool, pool):
    """A full exercise definition, every property written out."""
    stem, _, kind, position, equipment, category = base
    if kind == "duration":
        sides = "bilateral"
    else:
        sides = rng.choice(["bilateral", "per_side", "alternating", "per_direction"])
    accepts = {"reps": ["reps"], "hold": ["hold"], "reps_hold": ["reps", "hold"], "duration": ["duration"]}[kind]
    default = {"reps": f"reps {rng.randint(8, 10)}..{rng.randint(12, 15)} x2",
               "hold": f"hold {rng.randint(15, 20)}..{rng.randint(30, 45)}s x3",
               "reps_hold": f"reps 10 hold {rng.randint(3, 5)}s x2",
               "duration": f"for {rng.randint(15, 30)}min"}[kind]
    lines = [f"exercise {ident} {quote(name)} {{",
             f"  aliases {aliases[0]}, {quote(aliases[1])}",
             f"  kind {kind}",
             f"  accepts {', '.join(accepts)}",
             f"  sides {sides}",
             f"  switch {rng.choice(['per_set', 'per_rep'])}",
             f"  position {position}",
             f"  equipment {', '.join(equipment)}",
             f"  targets {', '.join(rng.sample(targets_pool, 2))}",
             f"  level {rng.choice(['beginner', 'intermediate', 'advanced'])}",
             f"  category {category}",
             f"  rep_time {rng.randint(2, 5)}s",
             f"  breath_time {rng.randint(4, 6)}s",
             f"  rest_time {rng.choice([20, 30, 45])}s",
             f"  hold_bound {rng.randint(1, 3)}min",
             f"  short_hold {rng.randint(2, 4)}s",
             f"  default {default}"]
    for step in rng.sample(STEPS, rng.randint(2, 4)):
        lines.append(f"  step {quote(step)}")
    lines.append(f"  cue {quote(rng.choice(CUES))}")
    lines.append(f"  caution {quote(rng.choice(CAUTIONS))}")
    lines.append(f"  easier {quote(rng.choice(EASIER_TEXTS))} for beginner")
    lines.append(f"  harder {reference(rng.choice(pool))}")
    lines.append(f"  alternative {reference(rng.choice(pool))} if {quote(rng.choice(CONDITIONS))}")
    lines.append(f'  source "clinic handout {rng.randint(1, 40)}"')
    lines.append("}")
    return lines, Exercise(ident, name, aliases, kind, set(accepts), sides, True)


def definitions(rng, count, prefix, suffix, taken, targets_pool, pool):
    """`count` definitions whose names clash with nothing in `taken` (lookup keys)."""
    lines, made = [], []
    for base in rng.sample(DEFINITION_BASES, count):
        ident, alias = f"{prefix}{base[0]}", f"{prefix}{base[0]}_alt"
        name = base[1] + suffix
        spoken = f"{prefix.strip('_')} {base[1].lower()}"
        keys = {lookup_key(ident), lookup_key(name), lookup_key(alias), lookup_key(spoken)}
        if keys & taken:
            continue
        taken |= keys
        text, ex = definition(rng, base, ident, name, [alias, spoken], targets_pool, pool + made)
        lines += text + [""]
        made.append(ex)
    return lines, made


def frequency_fact(rng):
    return "frequency " + rng.choice([
        "2/day, 5/week at morning, evening on mon, wed, fri",
        "daily at 07:30",
        "twice_daily at morning, bedtime",
        "3..5/week on monday, thursday, saturday",
        "2..3/day",
        "weekly on sun",
        "1/day, 4..5/week at midday",
    ])


def block(header, body, indent):
    return [f"{indent}{header} {{"] + body + [f"{indent}}}", ""]


def routine(rng, index, modules, library, shared):
    taken = set()
    for ex in library + shared:
        taken |= {lookup_key(ex.id), lookup_key(ex.name)} | {lookup_key(a) for a in ex.aliases}
    base_pool = library + shared
    local_lines, local = definitions(rng, rng.randint(2, 3), f"r{index}_", " (modified)", taken, TARGETS_PLAIN, base_pool)
    pool = base_pool + local
    weeks = rng.randint(6, 12)
    title = rng.choice(TITLES).format(n=index)
    imports = [f"import {m}" for m in modules] + [f"import {quote(SHARED_MODULE)}"]
    out = [f"# Home programme {index:04d} — {rng.choice(CLINICS)}", rng.choice(COMMENTS), ""]
    inner = "  "
    imports_outside = rng.random() < 0.5
    if imports_outside:
        out += imports + [""]
    titled_header = rng.random() < 0.6
    out.append(f"routine {quote(title)} {{" if titled_header else "routine {")
    if not imports_outside:
        out += [inner + line for line in imports] + [""]
    if not titled_header:
        out.append(f"{inner}title {quote(title)}")
    out += [f"{inner}by {quote(rng.choice(CLINICS))}",
            f"{inner}level {rng.choice(['beginner', 'intermediate', 'advanced'])}",
            f"{inner}program {weeks} weeks",
            inner + frequency_fact(rng),
            f"{inner}targets {', '.join(rng.sample(TARGETS, 3))}",
            f"{inner}caution {quote(rng.choice(CAUTIONS))}",
            f"{inner}disclaimer {quote(rng.choice(DISCLAIMERS))}",
            f"{inner}red_flag {quote(rng.choice(RED_FLAGS))}",
            f"{inner}note {quote(rng.choice(NOTES))}",
            "",
            f"{inner}param symptoms: mild | moderate | severe = {rng.choice(['mild', 'moderate'])}",
            f"{inner}param setting: home | gym = home",
            ""]
    out += [inner + line if line else "" for line in local_lines]
    deeper = inner + "  "
    for title in rng.sample(SECTION_TITLES, 2):
        out += block(f"section {quote(title)}", exercise_lines(rng, pool, deeper, rng.randint(3, 6)), inner)
    rounds, rest = rng.randint(2, 4), rng.choice(["60s", "90s", "1min", "45 seconds"])
    out += block(f"circuit {quote(rng.choice(CIRCUIT_TITLES))} rounds {rounds} rest {rest}",
                 exercise_lines(rng, pool, deeper, rng.randint(3, 5)), inner)
    first = rng.randint(1, weeks - 2)
    separator = rng.choice(["-", ".."])
    out += block(f"weeks {first}{separator}{first + 1}", exercise_lines(rng, pool, deeper, rng.randint(2, 3)), inner)
    # A phase of a few days: long enough for any progression in it to build up.
    first_day = 7 * first + 1
    out += block(f"days {first_day}-{first_day + rng.randint(2, 6)}", exercise_lines(rng, pool, deeper, rng.randint(1, 2)), inner)
    out += block("when symptoms = severe", exercise_lines(rng, pool, deeper, rng.randint(2, 3)), inner)
    # Blocks nest: a section inside a `when`, a phase inside a section.
    nested = exercise_lines(rng, pool, deeper + "  ", rng.randint(2, 3))
    out += block("when setting = gym", block(f"section {quote('Gym extras')}", nested, deeper)[:-1], inner)
    phase_in_section = block(f"weeks {weeks - 1}-{weeks}", exercise_lines(rng, pool, deeper + "  ", 2), deeper)[:-1]
    out += block(f"section {quote(rng.choice(SECTION_TITLES))}",
                 exercise_lines(rng, pool, deeper, rng.randint(2, 4)) + phase_in_section, inner)
    if out[-1] == "":
        out.pop()
    out.append("}")
    return "\n".join(out) + "\n"


TARGETS_PLAIN = [t for t in TARGETS if not t.startswith('"')]


def shared_module(rng, library):
    """The clinic's own exercises, imported by every routine."""
    taken = set()
    for ex in library:
        taken |= {lookup_key(ex.id), lookup_key(ex.name)} | {lookup_key(a) for a in ex.aliases}
    lines, made = definitions(rng, 5, "clinic_", "", taken, TARGETS_PLAIN, library)
    header = ["# Exercises this clinic uses beyond the standard library.", ""]
    return "\n".join(header + lines).rstrip("\n") + "\n", made


# ---------------------------------------------------------------- main

def write(path, text, crlf):
    with open(path, "w", encoding="utf-8", newline="\r\n" if crlf else "\n") as f:
        f.write(text)


def check(regimen, paths):
    """Runs `regimen check` over the files; returns the ones that failed, with their output."""
    failed = []
    for i in range(0, len(paths), 50):
        batch = paths[i:i + 50]
        result = subprocess.run([regimen, "check", "--color", "never", *batch], capture_output=True, text=True)
        if result.returncode != 0:
            for path in batch:
                one = subprocess.run([regimen, "check", "--color", "never", path], capture_output=True, text=True)
                if one.returncode != 0:
                    failed.append((path, one.stderr + one.stdout))
    return failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stdlib", default=DEFAULT_STDLIB, help="folder of library modules (default: stdlib/)")
    parser.add_argument("--check", metavar="REGIMEN", help="verify every file with this regimen binary")
    args = parser.parse_args()

    modules, library = read_library(args.stdlib)
    os.makedirs(os.path.join(args.out_dir, os.path.dirname(SHARED_MODULE)), exist_ok=True)
    shared_text, shared = shared_module(random.Random(args.seed), library)
    write(os.path.join(args.out_dir, SHARED_MODULE), shared_text, False)
    paths = []
    for index in range(args.count):
        rng = random.Random(args.seed * 1_000_003 + index)
        text = routine(rng, index, modules, library, shared)
        path = os.path.join(args.out_dir, f"routine_{index:04d}.regimen")
        write(path, text, crlf=rng.random() < 0.1)
        paths.append(path)
    total = sum(os.path.getsize(p) for p in paths)
    print(f"wrote {len(paths)} routines ({total / 1e6:.2f} MB) and {SHARED_MODULE} to {args.out_dir}; "
          f"{len(library)} library exercises from {len(modules)} modules")
    if args.check:
        failed = check(args.check, paths + [os.path.join(args.out_dir, SHARED_MODULE)])
        for path, output in failed[:5]:
            print(f"--- {path}\n{output}", file=sys.stderr)
        if failed:
            sys.exit(f"gen_corpus: {len(failed)} of {len(paths)} files do not pass `regimen check`")
        print(f"all {len(paths)} routines pass `regimen check`")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerates the "Diagnostic codes" part of docs/language.md.

Each code gets a small program, the compiler's real output for it, and the
fix. Run after changing a message:  docs/tools/diagnostic_examples.py build/regimen
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(HERE, "..", "language.md")
CODES = os.path.join(HERE, "..", "..", "src", "diag", "codes.def")
MARKER = "<!-- diagnostic codes: generated below this line -->"

# code -> (title, program, fix). A program given as bytes is written as is.
EXAMPLES = {
    "E0001": ("Syntax error", "cat_camel reps\nhalf_wall_hang hold 20..30s x5 }\n",
              "Complete the clause (`reps 10`) and remove the stray `}`. Every syntax error in the file is reported; each breaks only its own statement, and the rest of the file is still checked (see [syntax errors](#syntax-errors))."),
    "E0002": ("Unclosed string", 'cat_camel reps 10 cue "Breathe out\n',
              "Close the string with `\"` on the same line."),
    "E0003": ("Bad character", "cat_camel reps 10 @ slow\n",
              "Remove the character. Text in other scripts goes inside quotes; comments start with `#`."),
    "E0004": ("Invalid UTF-8", b'cat_camel reps 10 cue "caf\xe9"\n',
              "Save the file as UTF-8."),
    "E0005": ("Nesting too deep", "".join('section "a" {\n' for _ in range(40)) + "cat_camel reps 10\n" + "}\n" * 40,
              "Flatten the blocks: a routine needs a routine, sections and exercise lines, a few levels at most."),
    "E0006": ("Number too large", "cat_camel reps 99999999999999999999\n",
              "Use a realistic number; numbers stay below 1000000000. Some clauses have a lower limit, because "
              "schedules, plans and calendars are built one at a time: at most 100 sets or circuit rounds, and "
              "520 weeks in a program or phase ([limits](safety.md#limits-on-input))."),
    "E0007": ("Range written with a dash", "cat_camel reps 10-15\n",
              "Write `10..15`. The compiler reads it as `10..15` and goes on checking."),
    "E0008": ("Clause given twice", "cat_camel reps 10 reps 12\n",
              "Keep one. For a dose that grows over the program, write `reps 10 -> 12`."),
    "E0009": ("Too many syntax errors", "".join("cat_camel reps ..\n" for _ in range(60)),
              "Fix the first errors and check again; the parser stops after 50 in one file, and then checks nothing in it."),
    "E0010": ("Misplaced statement", 'section "Warm-up" {\n  level beginner\n  cat_camel reps 10\n}\n',
              "Move routine facts to the top of the routine; imports, definitions and parameters go at the top of the file or routine."),
    "E0011": ("Unknown property", 'exercise wall_press "Wall press" {\n  kind reps\n  posture standing\n}\nwall_press reps 10\n',
              "Use one of the properties listed under [defining exercises](#defining-exercises). A word of a "
              "vocabulary (`equipment`, `target`, `direction`) takes `aliases` only."),
    "E0012": ("Bad property value", 'exercise wall_press "Wall press" {\n  kind repetitions\n}\nwall_press reps 10\n',
              "Use one of the allowed words the note lists. For `equipment`, `targets` and `directions` the "
              "words are the library's: define a missing one with `equipment`, `target` or `direction` "
              "([equipment, targets and directions](#equipment-targets-and-directions))."),
    "E0013": ("Unknown escape", 'cat_camel reps 10 note "Sheet: C:\\Clinic\\knee.pdf"\n',
              "Inside quotes a backslash starts an escape: `\\\"` (a quote), `\\\\` (a backslash), `\\n` (a new "
              "line) or `\\t` (a tab). Write a backslash you mean as `\\\\`."),
    "E0101": ("Unknown exercise", "cat_camle reps 10\n",
              "Correct the name, or define the exercise with `exercise`."),
    "E0102": ("Unknown library module", "import mobilty\ncat_camel reps 10\n",
              "Correct the module's name; the note lists them."),
    "E0103": ("Imported file not found", 'import "my_exercises.regimen"\ncat_camel reps 10\n',
              "Correct the path; it is relative to the file that imports it."),
    "E0104": ("Import cycle", None,
              "Move the shared definitions into a third file that both import."),
    "E0105": ("Duplicate definition", 'exercise wall_press "Wall press" { kind reps }\nexercise wall_press "Wall press" { kind reps }\nwall_press reps 10\n',
              "Rename or remove one of the definitions. The same holds for the words of a vocabulary "
              "(`equipment step` twice, or an alias two words share)."),
    "E0106": ("Unknown parameter", "param symptoms: mild | severe\nwhen symptom = severe { cat_camel reps 5 }\n",
              "Use a declared parameter and one of its values; `--set` must name them too."),
    "E0107": ("Unknown word", "routine \"Back care\" {\n  level expert\n  cat_camel reps 10\n}\n",
              "Use one of the words the note lists. A direction the library lacks can be defined with "
              "`direction` ([equipment, targets and directions](#equipment-targets-and-directions))."),
    "E0108": ("Import refused", 'import "../shared/my_exercises.regimen"\ncat_camel reps 10\n',
              "Move the file into the routine's folder (or a subfolder), add its folder with `--lib DIR`, or, "
              "for a file you trust, pass `--allow-import-outside`. Only `.regimen` files can be imported. "
              "See [where imports come from](safety.md#where-imports-come-from)."),
    "E0201": ("Unit does not fit", "cat_camel reps 10\nhalf_wall_hang hold 10 reps\n",
              "A hold is a time or breaths (`hold 10s`); repeat it with `x`: `hold 10s x5`."),
    "E0202": ("Missing unit", "half_wall_hang hold 20\n",
              "Add the unit: `hold 20s`, `hold 2min` or `hold 3 breaths`."),
    "E0203": ("Unknown unit", "half_wall_hang hold 20 secondz\n",
              "Use a unit from the [table](#units)."),
    "E0301": ("Range goes down", "cat_camel reps 15..10\n",
              "Write the smaller number first: `10..15`."),
    "E0302": ("Zero or negative", "cat_camel reps 0\nhalf_wall_hang hold -5s\n",
              "Give a positive amount, or remove the clause."),
    "E0303": ("Progression goes down", "cat_camel reps 15 -> 5\n",
              "A progression builds up (`5 -> 15`); to lower a dose in later weeks, use a phase."),
    "E0304": ("Fractional count", "cat_camel reps 10.5\n",
              "Counts are whole numbers: `reps 10` or `reps 10..11`."),
    "E0305": ("Score outside its scale", "cat_camel reps 10 pain 12/10\n",
              "Pain and effort are scored from 0 to 10, written `3/10`."),
    "E0306": ("Phase outside the program", "routine \"Back care\" {\n  program 4 weeks\n  weeks 5-6 { cat_camel reps 10 }\n}\n",
              "Lengthen the program or move the phase into it. Phases count weeks or days from the program's "
              "first day: `days 1-3` are its first three days."),
    "E0307": ("Progression where one amount is expected", "cat_camel reps 10 x2 rest 30s -> 60s\n",
              "Give one rest, or a range: `rest 30..45s`. A rest is the same in every week of the program."),
    "E0308": ("Load progression between two kinds of load", "routine \"Rows\" {\n  program 8 weeks\n  band_pull_apart reps 12 load band yellow -> heavy\n}\n",
              "Write both ends of the progression alike: two colours (`load band yellow -> red`), two resistances "
              "(`load band light -> heavy`), two weights (`load 2kg -> 4kg`) or two words (`load light -> heavy`)."),
    "E0309": ("Effort without a percentage", "routine \"Tendon\" {\n  half_wall_hang hold 45s x5 effort 5\n}\n",
              "Write the effort as a percentage of maximal effort (`effort 50%`), or a rating out of 10 as `rpe 5`."),
    "E0310": ("Progression longer than its phase or the program",
              "routine \"After surgery\" {\n  program 10 days\n  half_wall_hang hold 5s -> 30s over 2 weeks\n}\n",
              "Let the progression end within the days its line applies (`over 10 days`), or leave out `over` to "
              "spread it over all of them."),
    "E0311": ("`over` without a progression", "half_wall_hang hold 30s over 10 days\n",
              "Say where the dose goes, `hold 5s -> 30s over 10 days`, or remove `over`."),
    "E0312": ("Progression with no time to build up",
              "routine \"Back care\" {\n  program 4 weeks\n  half_wall_hang hold 5s -> 30s over 1 week\n}\n",
              "Give it two weeks or days at least (`over 2 weeks`, `over 7 days`), or give one dose."),
    "E0401": ("Dose the exercise cannot take", "half_wall_hang reps 10\n",
              "Dose the exercise as its kind says: a hold takes `hold`, repetitions take `reps`."),
    "E0402": ("Sides on a two-sided exercise", "cat_camel reps 10 per side\n",
              "Remove the side clause: the exercise works both sides at once."),
    "E0403": ("No dose", 'exercise wall_press "Wall press" { kind reps }\nwall_press\n',
              "Give the line a dose (`wall_press reps 10`), or give the definition a `default`."),
    "E0404": ("Conflicting values", "routine \"Walks\" {\n  program 4..6 weeks\n  walking for 20min distance 2km\n}\n",
              "Give one value where one is meant: a program has one length (`program 6 weeks`), and a dose is one of "
              "repetitions, a hold, a time or a distance (`walking for 20min`, with `note \"about 2 km\"` if the "
              "distance matters too)."),
    "E0405": ("Open dose that is incomplete or does not fit", "cat_camel reps up to 10..15\n",
              "Write `up to` with one amount after `reps` or `hold` (`reps up to 10`, `hold up to 30s`), "
              "`as many as you can` after `reps`, and `as long as comfortable` after `hold`. A range already "
              "says how many: `reps 10..15`."),
    "E0501": ("Session or stage where it cannot stand",
              'session "Morning" daily at morning {\n  session "Stretches" 3/day {\n    corner_stretch hold 30s\n  }\n}\n',
              "Sessions stand side by side: end one before the next starts. A session may hold sections, circuits "
              "and phases, but not another session; a circuit cannot hold a session. Stages follow one another "
              "at the top of the routine, and may hold sessions."),
    "E0502": ("Stage days that do not follow on",
              'stage "Early" days 1-7 {\n  cat_camel reps 5\n}\nstage "Later" days 10-28 {\n  cat_camel reps 10\n}\n',
              "Start the first stage on day 1 and each dated stage on the day after the one before ends. After a "
              "stage that moves on at a sign (`until \"...\"`), the day the next starts is not known: give it "
              "`until` too, or no days. Only the last stage may go on without days or a sign."),
    "E0503": ("Session given two frequencies",
              'session "Strength" on mon, wed, fri {\n  prone_cobra reps 8 hold 5s\n}\n'
              'session "Strength" on tue, thu {\n  open_book reps 8 per side\n}\n',
              "A session has one frequency wherever it is named (it may be named again in another stage). For "
              "other days or times, name another session."),
    "E0504": ("`progress` rule that does not fit", 'cat_camel reps 10 progress "add 2 repetitions" every 3 days until reps 8\n',
              "Stop the rule above where the line starts, at a limit of the line's own kind (`until reps 15` "
              "for repetitions, `until hold 45s` for holds) or at a sign in words (`until \"...\"`). A line "
              "progresses with `->` or with `progress`, not both."),
    "E0611": ("Unknown word in a figure",
              'exercise wall_sit "Wall sit" {\n  kind hold\n  figure standing hip 80 knee 80 with wal behind\n}\n',
              "Use one of the words the note lists; [figures](#figures) gives every position, joint, prop and "
              "placement."),
    "E0612": ("Joint angle beyond its range",
              'exercise deep_squat "Deep squat" {\n  kind reps\n  figure standing -> hip 110 knee 150\n}\n',
              "Give an angle within the joint's normal range, which the message names. Angles are the joint's, "
              "not changes of it: `-> knee 90` ends with the knee at 90 degrees, whatever it was at the start."),
    "E0613": ("`near_` or `far_` on the head or trunk",
              'exercise seated_twist "Seated twist" {\n  kind reps\n  figure seated -> near_trunk_turn 30\n}\n',
              "Write the joint alone: `trunk_turn 30`. Only the joints of the arms and legs have a near and a far "
              "side."),
    "E0614": ("Joint set twice in a pose",
              'exercise lunge_stretch "Lunge stretch" {\n  kind hold\n  figure half_kneeling hip 20 near_hip 90\n}\n',
              "Give each joint one angle in a pose; for two sides apart, set each: `near_hip 90 far_hip 20`. The "
              "end pose, after `->`, may set a joint the start set. Name each prop once."),
    "E0615": ("Figure without a pose",
              'exercise knee_bend "Knee bend" {\n  kind reps\n  figure knee 90 -> knee 0\n}\n',
              "Start with a position: `figure seated knee 90 -> knee 0`. After `->` write where the movement "
              "ends, or leave out `->` for a position that is held."),
    "E0616": ("Prop the figure's position has no place for",
              'exercise towel_knee_press "Towel knee press" {\n  kind hold\n  figure seated with chair, towel under_knee\n}\n',
              "A step goes under the feet of a standing figure; a towel, roller or ball placed under the neck, "
              "back, knee or heel lies under a body lying down or sitting with the legs out (`supine`, `prone`, "
              "`side_lying`, `long_sitting`). Start the figure from such a position, or leave the prop out."),
    "E0617": ("Figure seen from above that does not lie on its back or front",
              'exercise side_leg_lift "Side leg lift" {\n  kind reps\n  figure side_lying -> near_hip_out 30 from above\n}\n',
              "Looking down on a body shows it well only when it lies on its back or front: start (and end) the figure "
              "`supine` or `prone`, or see it from the side or `from front` (a side-lying leg lift is seen from the front). "
              "A close-up (`figure hand`, `figure foot`) is seen from the side or `from above`, never from the front or back."),
    "E0618": ("Finger or toe in a whole body, or a word a close-up does not draw",
              'exercise finger_curl "Finger curl" {\n  kind reps\n  figure seated knuckles 90 with chair\n}\n',
              "A whole body's hands and feet are too small to show fingers and toes: draw the close-up, `figure hand "
              "knuckles 90` (or `figure hand -> fist`, `figure foot -> curl`). The close-up of the hand shows only the "
              "near wrist, the forearm's turn, the fingers and the thumb, that of the foot only the toes: draw a knee or "
              "a shoulder in a whole-body figure, and keep one kind from the start to the end."),
    "W0101": ("A built-in module the library no longer has (warning)", "import mobility\ncat_camel reps 10\n",
              "The library's modules were its kinds of exercise (`mobility`, `stretching`, `strengthening`, `release`, `activity`); they are its regions now (`thoracic`, `low_back`, `knee`, ...; `regimen lib vocabulary region`). Every exercise kept its id and names, so the routine means what it did: remove the import, or import the regions its exercises come from."),
    "W0601": ("Very long hold (warning)", "half_wall_hang hold 15min\n",
              "Check the unit: `15s` is seconds, `15min` minutes."),
    "W0602": ("Very many repetitions (warning)", "cat_camel reps 150\n",
              "Split them into sets: `reps 15 x10`... or check for a typo."),
    "W0603": ("Very many sets (warning)", "half_wall_hang hold 20s x12\n",
              "For a dose spread through the day, use an exercise-level `frequency 3/day`."),
    "W0604": ("Hold without repetitions (warning)", "press_up hold 5s\n",
              "Give the repetitions, each held: `press_up reps 10 hold 5s`. For a single held repetition, say so: "
              "`reps 1 hold 5s`."),
}


def run(binary, folder, name, content):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode())
    result = subprocess.run([binary, "check", "--color", "never", name], cwd=folder,
                            capture_output=True, timeout=60)
    return result.stderr.decode("utf-8", "replace"), result.returncode


def section(binary, code):
    title, program, fix = EXAMPLES[code]
    with tempfile.TemporaryDirectory() as folder:
        if code == "E0104":
            files = {"a.regimen": 'import "b.regimen"\ncat_camel reps 10\n',
                     "b.regimen": 'import "a.regimen"\n'}
            for name, text in files.items():
                with open(os.path.join(folder, name), "w") as f:
                    f.write(text)
            output, status = run(binary, folder, "a.regimen", files["a.regimen"])
            shown = "# a.regimen\n" + files["a.regimen"] + "# b.regimen\n" + files["b.regimen"]
        else:
            output, status = run(binary, folder, "m.regimen", program)
            shown = program.decode("utf-8", "replace") if isinstance(program, bytes) else program
    if code == "E0005":
        shown = 'section "a" {\n  section "a" {\n    ...   # 40 levels deep\n'
    if code == "E0009":
        shown = "cat_camel reps ..\ncat_camel reps ..\n...   # 60 such lines\n"
    if code == "E0009":
        lines = output.rstrip().split("\n")
        output = "\n".join(lines[:6] + ["..."] + lines[-4:]) + "\n"
    if code not in output:
        raise SystemExit(f"{code}: the example did not produce the code:\n{output}")
    return (f'### {code}\n\n<a id="{code.lower()}"></a>**{title}.**\n\n```\n{shown.rstrip()}\n```\n\n'
            f"```\n{output.rstrip()}\n```\n\n**Fix:** {fix}\n")


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: diagnostic_examples.py path/to/regimen")
    binary = os.path.abspath(sys.argv[1])
    codes = re.findall(r'^DIAG\(\w+,\s*"([EW]\d{4})"', open(CODES).read(), re.M)
    missing = [c for c in codes if c not in EXAMPLES]
    if missing:
        raise SystemExit(f"no example for {', '.join(missing)}")
    doc = open(DOC).read()
    head = doc.split(MARKER)[0]
    body = "\n".join(section(binary, code) for code in codes)
    with open(DOC, "w") as f:
        f.write(head + MARKER + "\n\n" + body)


if __name__ == "__main__":
    main()

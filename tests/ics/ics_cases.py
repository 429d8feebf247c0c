"""Calendar output (`regimen build FILE --emit ics`), read back as a calendar
program would: parsed with python3-icalendar, every RRULE expanded with
dateutil, and compared with what the schedule and the plan say.

Usage: ics_cases.py CASE, with REGIMEN (the binary), WORK (a scratch folder)
and EXAMPLES (the examples folder) in the environment.
"""
import datetime as dt
import json
import os
import pathlib
import subprocess
import sys

import icalendar
from dateutil.rrule import rrulestr

REGIMEN = os.environ["REGIMEN"]
WORK = pathlib.Path(os.environ["WORK"])
EXAMPLES = pathlib.Path(os.environ.get("EXAMPLES", "."))
DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DAY_WORDS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
NAMED_TIMES = {"morning": "08:00", "midday": "12:00", "afternoon": "15:00", "evening": "18:00", "bedtime": "21:00"}


def fail(message):
    raise AssertionError(message)


def expect(condition, message):
    if not condition:
        fail(message)


def run(*args, env_extra=None, drop_epoch=True):
    env = dict(os.environ)
    if drop_epoch:
        env.pop("SOURCE_DATE_EPOCH", None)
    env.update(env_extra or {})
    return subprocess.run([REGIMEN, *args], capture_output=True, env=env)


def routine(name, text):
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"{name}.regimen"
    path.write_text(text, encoding="utf-8")
    return path


def build_ics(path, start, *extra):
    result = run("build", str(path), "--emit", "ics", "--start", start, *extra)
    expect(result.returncode == 0, f"ics build of {path.name} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout


def emitted_json(path, fmt, *extra):
    result = run("build", str(path), "--emit", fmt, *extra)
    expect(result.returncode == 0, f"{fmt} of {path.name} exited {result.returncode}: {result.stderr.decode()}")
    return json.loads(result.stdout)


class Calendar:
    """The events of a calendar, each with its expanded occurrences."""

    def __init__(self, data, start):
        self.data = data
        self.start = dt.datetime.fromisoformat(start)
        self.calendar = icalendar.Calendar.from_ical(data)
        expect(str(self.calendar.get("PRODID")) == "-//Regimen//Regimen 0.1//EN", "PRODID")
        expect(str(self.calendar.get("VERSION")) == "2.0", "VERSION")
        self.events = list(self.calendar.walk("VEVENT"))
        self.occurrences = []  # (datetime, event)
        for event in self.events:
            start_time = event.decoded("DTSTART")
            expect(isinstance(start_time, dt.datetime) and start_time.tzinfo is None,
                   f"DTSTART is not a floating local time: {event.get('DTSTART').to_ical()}")
            rule = event.get("RRULE").to_ical().decode()
            expect("UNTIL=" in rule and "COUNT=" not in rule, f"RRULE without UNTIL: {rule}")
            dates = list(rrulestr(rule, dtstart=start_time))
            expect(dates and dates[0] == start_time, f"DTSTART {start_time} is not the rule's first occurrence")
            self.occurrences += [(when, event) for when in dates]
        whens = [when for when, _ in self.occurrences]
        expect(len(whens) == len(set(whens)), "two sessions at the same moment")

    def week_of(self, when):
        return (when - self.start).days // 7 + 1

    def day_of(self, when):
        return (when - self.start).days + 1

    def rule(self, event):
        return event.get("RRULE").to_ical().decode()

    def times(self):
        return sorted({when.strftime("%H:%M") for when, _ in self.occurrences})


def session_titles(plan, title):
    """What each session's events are called: the routine's title, then the
    session's when the routine has more than one."""
    sessions = plan["sessions"]
    several = not (len(sessions) == 1 and sessions[0]["origin"] == "routine")
    return [f"{title}: {s['title']}" if several and s["title"] else title for s in sessions]


def check_against_schedule(calendar, path, days, title, *extra):
    """Every occurrence: inside the program, with the DURATION the schedule
    gives its session that day and a description naming that day's exercises."""
    end = calendar.start + dt.timedelta(days=days)
    schedules = {}
    plan = emitted_json(path, "plan-json", *extra)
    names = session_titles(plan, title)
    periods = [(p["period"]["first_day"], p["period"]["last_day"], p["sessions"]) for p in plan["periods"]]
    uids = [str(event.get("UID")) for event in calendar.events]
    expect(len(uids) == len(set(uids)), "UIDs repeat")
    expect(all(uid.endswith("@regimen") for uid in uids), f"UIDs: {uids}")
    for when, event in calendar.occurrences:
        expect(calendar.start <= when < end, f"session {when} outside the program {calendar.start}..{end}")
        day = calendar.day_of(when)
        summary = str(event.get("SUMMARY"))
        # The longest name that starts the summary: "R: Strength" before "R".
        index = max((i for i, n in enumerate(names) if summary.startswith(n + " (")), key=lambda i: len(names[i]))
        # Without a program length the schedule knows only the plan's days;
        # the calendar's later days repeat the last (none of these routines
        # has a phase ending there).
        first, _, sessions = next(p for p in periods if p[0] <= min(day, plan["days"]) <= p[1])
        entries = next(s["entries"] for s in sessions if s["session"] == index)
        session = plan["sessions"][index]
        key = (first, index)
        if key not in schedules:
            chosen = session["title"] if session["origin"] != "routine" else "routine"
            schedules[key] = emitted_json(path, "schedule-json", "--day", str(first), "--session", chosen, *extra)
        schedule = schedules[key]["sessions"][0]
        duration = event.decoded("DURATION").total_seconds()
        expect(duration == round(schedule["total_seconds"]),
               f"day {day}: DURATION {duration}s, the schedule says {schedule['total_seconds']}s")
        text = str(event.get("DESCRIPTION"))
        for interval in schedule["intervals"]:
            if interval["kind"] == "work":
                expect(interval["exercise"] in text, f"day {day}: {interval['exercise']} missing from {text!r}")
        for entry in entries:
            # The dose and everything that goes with it (load, tempo, effort,
            # pain limit, rest), as the plan says it.
            # The plan's words, which are sentences: the calendar says them as they are.
            line = f"{entry['exercise']}: {entry['dose_phrase']}"
            if entry["extras"]:
                line += f" {entry['extras']}"
            expect(line in text, f"day {day}: '{line}' missing from {text!r}")
        expect(summary.startswith(title), f"SUMMARY {summary}")


def sessions_per_week(calendar):
    counts = {}
    for when, _ in calendar.occurrences:
        counts[calendar.week_of(when)] = counts.get(calendar.week_of(when), 0) + 1
    return counts


# ---- cases ---------------------------------------------------------------

def case_daily():
    per_day, weeks, title = 3, 3, "Rücken am Morgen – täglich"
    path = routine("daily", f"""routine "{title}" {{
  program {weeks} weeks
  frequency {per_day}/day
  "Child's pose" hold 30s
  cat_camel reps 10
}}
""")
    cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
    expect(len(cal.events) == per_day, f"{len(cal.events)} events for {per_day} sessions a day")
    expect(all(cal.rule(e).startswith("FREQ=DAILY") for e in cal.events), "not DAILY")
    expect(len(cal.occurrences) == per_day * 7 * weeks, f"{len(cal.occurrences)} sessions")
    expect(cal.times() == sorted(NAMED_TIMES[w] for w in ["morning", "midday", "evening"]), f"times {cal.times()}")
    expect(all(str(e.get("SUMMARY")).startswith(title) for e in cal.events), "non-ASCII title mangled")
    check_against_schedule(cal, path, 7 * weeks, title)


def case_ongoing_everywhere():
    # A routine without a program length is ongoing in every output: none
    # presents the calendar's four weeks, or the plan's one, as its length.
    path = routine("ongoing", """routine "Ongoing" {
  frequency 1/day
  cat_camel reps 10
}
""")
    handout = run("build", str(path), "--emit", "text").stdout.decode()
    expect("Ongoing, until your therapist reviews it" in handout, "the handout does not say ongoing")
    plan = run("build", str(path), "--emit", "plan").stdout.decode()
    expect("ongoing" in plan.splitlines()[0] and "week plan" not in plan, f"the plan gives a length: {plan!r}")
    expect("Every week" in plan and "Week 1" not in plan, "the plan labels its one week as week 1")
    expect(emitted_json(path, "plan-json")["ongoing"] is True, "plan-json is not ongoing")
    cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
    for event in cal.events:
        text = str(event.get("DESCRIPTION"))
        expect("of an ongoing program" in text and "of 4" not in text, f"the calendar gives a length: {text!r}")
    # With a length, every output gives it.
    fixed = routine("fixed", """routine "Fixed" {
  program 6 weeks
  frequency 1/day
  cat_camel reps 10
}
""")
    expect("6 weeks" in run("build", str(fixed), "--emit", "text").stdout.decode(), "the handout lost the length")
    expect("6-week plan" in run("build", str(fixed), "--emit", "plan").stdout.decode(), "the plan lost the length")
    expect(emitted_json(fixed, "plan-json")["ongoing"] is False, "a 6-week plan is ongoing")


def case_calendar_name_escaped():
    # Commas, semicolons and backslashes are escaped in the calendar's name as
    # in any TEXT value, and a long name is folded: read back, it is the title.
    title = "Knee, phase 2; home programme \\\\ Très long titre pour un programme de rééducation du genou"
    path = routine("named", f"""routine "{title}" {{
  cat_camel reps 10
}}
""")
    data = build_ics(path, "2026-01-05")
    expected = title.replace("\\\\", "\\")  # the routine's `\\` is one backslash
    for line in data.split(b"\r\n"):
        expect(len(line) <= 75, f"a line longer than 75 octets: {line!r}")
    cal = icalendar.Calendar.from_ical(data)
    for key in ("X-WR-CALNAME", "NAME"):
        expect(str(cal.get(key)) == expected, f"{key} reads back as {str(cal.get(key))!r}, not {expected!r}")
    unfolded = data.replace(b"\r\n ", b"")
    expect(b"X-WR-CALNAME:Knee\\, phase 2\\; home programme \\\\ Tr" in unfolded,
           "X-WR-CALNAME is not escaped as TEXT")


def named_days_routine(name):
    return routine(name, """routine "Weekday mobility" {
  program 8 weeks
  frequency 2/day, 5/week at morning, evening on mon, tue, wed, thu, fri
  cat_camel reps 10
  thread_the_needle_open_book reps 8..10 per side
}
""")


def check_named_days(start):
    per_day, days, weeks = 2, DAY_WORDS[:5], 8
    path = named_days_routine("named_days_" + start)
    cal = Calendar(build_ics(path, start), start)
    expect(len(cal.events) == per_day, f"{len(cal.events)} events")
    for event in cal.events:
        rule = cal.rule(event)
        expect("FREQ=WEEKLY" in rule and "BYDAY=" + ",".join(DAY_CODES[:5]) in rule, rule)
    expect(len(cal.occurrences) == per_day * len(days) * weeks, f"{len(cal.occurrences)} sessions, not 80")
    expect(all(when.weekday() < 5 for when, _ in cal.occurrences), "a session at the weekend")
    expect(cal.times() == [NAMED_TIMES["morning"], NAMED_TIMES["evening"]], f"times {cal.times()}")
    expect(set(sessions_per_week(cal).values()) == {per_day * len(days)}, f"per week {sessions_per_week(cal)}")
    check_against_schedule(cal, path, 7 * weeks, "Weekday mobility")


def case_named_days():
    check_named_days("2026-01-05")  # a Monday


def case_start_midweek():
    check_named_days("2026-01-07")  # a Wednesday: weeks run Wednesday to Tuesday


def case_week_range():
    low, high, weeks = 3, 5, 6
    path = routine("week_range", f"""routine "Three to five" {{
  program {weeks} weeks
  frequency {low}..{high}/week
  cat_camel reps 10
}}
""")
    cal = Calendar(build_ics(path, "2026-03-02"), "2026-03-02")
    expect(len(cal.events) == 1, f"{len(cal.events)} events")
    rule = cal.rule(cal.events[0])
    expect("FREQ=WEEKLY" in rule and "BYDAY=MO,WE,FR" in rule, rule)
    expect(len(cal.occurrences) == low * weeks, f"{len(cal.occurrences)} sessions, not the low end x weeks")
    text = str(cal.events[0].get("DESCRIPTION"))
    expect(f"{low} to {high}" in text and "low end" in text, f"the range is not explained: {text!r}")
    check_against_schedule(cal, path, 7 * weeks, "Three to five")


def case_fewer_than_named_days():
    per_week, weeks = 3, 2
    path = routine("fewer_days", f"""routine "Pick three" {{
  program {weeks} weeks
  frequency {per_week}/week on mon, tue, wed, thu, fri
  cat_camel reps 10
}}
""")
    cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
    expect("BYDAY=MO,WE,FR" in cal.rule(cal.events[0]), cal.rule(cal.events[0]))
    expect(len(cal.occurrences) == per_week * weeks, f"{len(cal.occurrences)} sessions")


def case_explicit_time():
    weeks = 2
    path = routine("explicit_time", f"""routine "Early" {{
  program {weeks} weeks
  frequency 2/day at 07:30
  cat_camel reps 10
}}
""")
    cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
    # The named time replaces the nearest default (the morning), not the evening.
    expect(cal.times() == ["07:30", NAMED_TIMES["evening"]], f"times {cal.times()}")
    expect(len(cal.occurrences) == 2 * 7 * weeks, f"{len(cal.occurrences)} sessions")
    summaries = sorted(str(e.get("SUMMARY")) for e in cal.events)
    expect(summaries == ["Early (07:30)", "Early (evening)"], f"summaries {summaries}")
    check_against_schedule(cal, path, 7 * weeks, "Early")


def case_no_frequency():
    path = routine("no_frequency", """routine "Whenever" {
  cat_camel reps 10
}
""")
    cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
    default_weeks = 4
    expect(len(cal.events) == 1, f"{len(cal.events)} events")
    expect(cal.rule(cal.events[0]).startswith("FREQ=DAILY"), cal.rule(cal.events[0]))
    expect(cal.times() == [NAMED_TIMES["morning"]], f"times {cal.times()}")
    expect(len(cal.occurrences) == 7 * default_weeks, f"{len(cal.occurrences)} sessions")
    text = str(cal.events[0].get("DESCRIPTION"))
    expect("does not say how often" in text and "no program length" in text, f"defaults not explained: {text!r}")
    check_against_schedule(cal, path, 7 * default_weeks, "Whenever")


def case_progression():
    weeks = 4
    path = routine("progression", f"""routine "Building up" {{
  program {weeks} weeks
  frequency 1/day
  cat_camel reps 5 -> 15
}}
""")
    cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
    plan = emitted_json(path, "plan-json")
    phrases = [period["sessions"][0]["entries"][0]["dose_phrase"] for period in plan["periods"]]
    expect(len(set(phrases)) == weeks, f"the test needs a dose that changes every week: {phrases}")
    expect(len(cal.events) == weeks, f"{len(cal.events)} event series for {weeks} different weeks")
    check_against_schedule(cal, path, 7 * weeks, "Building up")


def case_phases():
    weeks = 6
    path = routine("phases", f"""routine "Phased" {{
  program {weeks} weeks
  frequency 1/day
  cat_camel reps 10
  weeks 3-4 {{
    side_plank reps 3 per side
  }}
}}
""")
    cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
    # Weeks 1-2, 3-4 and 5-6 differ; the weeks inside each are the same.
    expect(len(cal.events) == 3, f"{len(cal.events)} event series")
    for when, event in cal.occurrences:
        in_phase = "Side plank" in str(event.get("DESCRIPTION"))
        expect(in_phase == (3 <= cal.week_of(when) <= 4), f"week {cal.week_of(when)}: phase shown {in_phase}")
    expect(len(cal.occurrences) == 7 * weeks, f"{len(cal.occurrences)} sessions")
    check_against_schedule(cal, path, 7 * weeks, "Phased")


def case_days():
    # A program counted in days, as after an operation: phases in days fall
    # on their dates, a progression over days changes the dose every day
    # until it ends, and nothing runs past the tenth day.
    days = 10
    path = routine("days", f"""routine "After surgery" {{
  program {days} days
  frequency 1/day
  cat_camel reps 5
  days 1-3 {{
    half_wall_hang hold 10s x3
  }}
  wall_angel reps 5 -> 8 over 4 days
}}
""")
    start = "2026-01-07"  # a Wednesday: days are counted from the start, not from Monday
    cal = Calendar(build_ics(path, start), start)
    expect(len(cal.occurrences) == days, f"{len(cal.occurrences)} sessions in a {days}-day program")
    expect(max(when for when, _ in cal.occurrences).date() == dt.date(2026, 1, 16), "the last session is not day 10")
    for when, event in cal.occurrences:
        day, text = cal.day_of(when), str(event.get("DESCRIPTION"))
        expect(("Half wall hang" in text) == (day <= 3), f"day {day}: phase shown {'Half wall hang' in text}")
        reps = 5 + min(day, 4) - 1
        expect(f"Wall angel: {reps} repetitions" in text, f"day {day}: not {reps} repetitions in {text!r}")
        expect(f"of {days}," in text and ("Day" in text.split(" of ")[0]), f"day {day}: {text.splitlines()[0]!r}")
    # Days 1, 2 and 3 each (the phase, and the progression's first steps), then days 4-10 alike.
    expect(len(cal.events) == 4, f"{len(cal.events)} event series")
    check_against_schedule(cal, path, days, "After surgery")


def case_days_in_weeks():
    # A phase of days in a program of weeks cuts week 1 only; a stretch of
    # days that falls on none of the routine's days gets no series.
    weeks = 3
    path = routine("days_in_weeks", f"""routine "Back to work" {{
  program {weeks} weeks
  frequency 3/week on mon, wed, fri
  cat_camel reps 10
  day 2 {{
    half_wall_hang hold 10s
  }}
  days 3-4 {{
    cat_camel reps 5
  }}
}}
""")
    start = "2026-01-05"  # a Monday: day 2 is a Tuesday, with no session
    cal = Calendar(build_ics(path, start), start)
    expect(len(cal.occurrences) == 3 * weeks, f"{len(cal.occurrences)} sessions")
    for when, event in cal.occurrences:
        day, text = cal.day_of(when), str(event.get("DESCRIPTION"))
        expect("Half wall hang" not in text, f"day {day}: a session on day 2's phase")
        expect(("Cat-camel: 5 repetitions" in text) == (3 <= day <= 4), f"day {day}: {text!r}")
    labels = sorted(str(e.get("DESCRIPTION")).split(",")[0] for e in cal.events)
    expect(labels == ["Day 1 of the 3-week program", "Days 3-4 of the 3-week program",
                      "Days 5-21 of the 3-week program"], f"series {labels}")
    check_against_schedule(cal, path, 7 * weeks, "Back to work")


def case_dose_extras():
    # Everything that goes with a dose reaches the calendar: the slow tempo of
    # an eccentric heel drop is the exercise, not a detail.
    weeks = 2
    path = routine("dose_extras", f"""routine "Tendon" {{
  program {weeks} weeks
  frequency 1/day
  exercise heel_drop "Eccentric heel drop" {{
    kind reps
    sides per_side
  }}
  heel_drop reps 15 x3 tempo slow rest 60s load 2kg rpe 6 pain 3/10
}}
""")
    cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
    text = str(cal.events[0].get("DESCRIPTION"))
    for said in ["Use a weight of 2 kg.", "Move at a slow pace.", "Work at an effort of about 6 out of 10.",
                 "Keep any pain at or below 3 out of 10.", "Rest 1 minute between sets."]:
        expect(said in text, f"{said!r} missing from {text!r}")
    handout = " ".join(run("build", str(path), "--emit", "text").stdout.decode().split())  # unwrapped
    expect("Move at a slow pace." in handout, "the handout lost the tempo")
    check_against_schedule(cal, path, 7 * weeks, "Tendon")


def case_load_progression():
    # A band that changes halfway gives one series for each half, each
    # description naming its own band; a weight and an effort show each week's.
    weeks = 4
    path = routine("load_progression", f"""routine "Bands" {{
  program {weeks} weeks
  frequency 1/day
  band_pull_apart reps 12 x2 load band yellow -> red
  band_pull_apart reps 10 load 2kg -> 3kg
  half_wall_hang hold 30s effort 30% -> 60%
}}
""")
    cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
    for when, event in cal.occurrences:
        text = str(event.get("DESCRIPTION"))
        week = cal.week_of(when)
        colour = "yellow" if week <= 2 else "red"
        expect(f"Use a {colour} resistance band." in text, f"week {week}: not the {colour} band: {text!r}")
        kilograms = {1: "2", 2: "2.5", 3: "2.5", 4: "3"}[week]
        expect(f"Use a weight of {kilograms} kg." in text, f"week {week}: not {kilograms} kg: {text!r}")
        percent = {1: 30, 2: 40, 3: 50, 4: 60}[week]
        expect(f"Work at about {percent}% of your maximum effort." in text, f"week {week}: not {percent}%: {text!r}")
    check_against_schedule(cal, path, 7 * weeks, "Bands")


def case_deterministic():
    path = named_days_routine("deterministic")
    first = build_ics(path, "2026-01-05")
    second = build_ics(path, "2026-01-05")
    expect(first == second, "two builds differ")
    out = WORK / "out.ics"
    build_ics(path, "2026-01-05", "-o", str(out))
    expect(out.read_bytes() == first, "-o writes other bytes than standard output")
    cal = Calendar(first, "2026-01-05")
    stamps = {e.decoded("DTSTAMP") for e in cal.events}
    expect(stamps == {dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)}, f"DTSTAMP without SOURCE_DATE_EPOCH: {stamps}")
    other = Calendar(build_ics(path, "2026-02-02"), "2026-02-02")
    expect({str(e.get("UID")) for e in cal.events} == {str(e.get("UID")) for e in other.events},
           "UIDs depend on the start date")


def case_stamp_from_epoch():
    path = named_days_routine("epoch")
    epoch = 1767225600
    result = run("build", str(path), "--emit", "ics", "--start", "2026-01-05",
                 env_extra={"SOURCE_DATE_EPOCH": str(epoch)})
    expect(result.returncode == 0, result.stderr.decode())
    cal = Calendar(result.stdout, "2026-01-05")
    want = dt.datetime.fromtimestamp(epoch, dt.timezone.utc)
    expect({e.decoded("DTSTAMP") for e in cal.events} == {want}, "DTSTAMP is not SOURCE_DATE_EPOCH")
    bad = run("build", str(path), "--emit", "ics", "--start", "2026-01-05", env_extra={"SOURCE_DATE_EPOCH": "soon"})
    expect(bad.returncode == 2 and not bad.stdout, f"a bad SOURCE_DATE_EPOCH exited {bad.returncode}")


def case_missing_start():
    path = named_days_routine("missing_start")
    out = WORK / "never.ics"
    result = run("build", str(path), "--emit", "ics", "-o", str(out))
    expect(result.returncode == 2, f"exit {result.returncode} without --start")
    expect(b"--start" in result.stderr and not result.stdout, result.stderr.decode())
    expect(not out.exists(), "a file was written without --start")
    # Usage comes before reading: a broken routine still gives 2, not 1.
    broken = routine("broken", "routine \"Broken\" {\n  no_such_exercise reps 10\n}\n")
    result = run("build", str(broken), "--emit", "ics")
    expect(result.returncode == 2, f"exit {result.returncode} for a broken routine without --start")
    # Errors in the routine still give 1 once the usage is right.
    result = run("build", str(broken), "--emit", "ics", "--start", "2026-01-05")
    expect(result.returncode == 1 and not result.stdout, f"exit {result.returncode} for a broken routine")


def case_bad_start():
    path = named_days_routine("bad_start")
    for start in ["2026-02-30", "2026-13-01", "2026-1-5", "05/01/2026", "tomorrow", ""]:
        result = run("build", str(path), "--emit", "ics", "--start", start)
        expect(result.returncode == 2 and not result.stdout, f"--start {start!r} exited {result.returncode}")
    build_ics(path, "2028-02-29")  # a leap day is a day


def case_sessions():
    """A 6-week program with a daily mobility session, a Monday-Wednesday-
    Friday strength session and a stretch three times a day: each its own
    series, with its own duration, and no event for two sessions."""
    path = routine("sessions", """routine "Knee strength" {
  program 6 weeks
  session "Mobility" daily at morning {
    cat_camel reps 10
  }
  session "Strength" on mon, wed, fri at evening {
    prone_cobra reps 8 hold 5s x3
  }
  corner_stretch hold 30s frequency 3/day
}
""")
    # 2027-01-04 is a Monday.
    calendar = Calendar(build_ics(path, "2027-01-04"), "2027-01-04")
    by_summary = {}
    for when, event in calendar.occurrences:
        by_summary.setdefault(str(event.get("SUMMARY")), []).append((when, event))
    mobility = by_summary["Knee strength: Mobility (morning)"]
    strength = by_summary["Knee strength: Strength (evening)"]
    expect(len(mobility) == 42, f"mobility: {len(mobility)} events, not 42 (6 weeks, every day)")
    expect(len(strength) == 18, f"strength: {len(strength)} events, not 18 (6 weeks, 3 days a week)")
    expect({when.weekday() for when, _ in strength} == {0, 2, 4}, "strength off Monday, Wednesday and Friday")
    stretch = [summary for summary in by_summary if summary.startswith("Knee strength: Corner stretch (")]
    expect(len(stretch) == 3, f"the stretch at 3/day is three daily series: {stretch}")
    for summary in stretch:
        expect(len(by_summary[summary]) == 42, f"{summary}: {len(by_summary[summary])} events, not 42")
    # Each series lasts its own session, as the schedule times it; none is the sum of two.
    durations = {summary: {event.decoded("DURATION").total_seconds() for _, event in occurrences}
                 for summary, occurrences in by_summary.items()}
    plan = emitted_json(path, "plan-json")
    timed = {plan["sessions"][s["session"]]["title"]: s["session_seconds"] for s in plan["periods"][0]["sessions"]}
    expect(durations["Knee strength: Mobility (morning)"] == {round(timed["Mobility"])}, f"{durations}")
    expect(durations["Knee strength: Strength (evening)"] == {round(timed["Strength"])}, f"{durations}")
    expect(durations[stretch[0]] == {round(timed["Corner stretch"])}, f"{durations}")
    expect(len(set(timed.values())) == 3, f"three sessions with three times: {timed}")
    # Both "morning" sessions keep apart: the stretch starts when mobility ends.
    morning = {when.strftime("%H:%M") for summary in stretch for when, _ in by_summary[summary]}
    expect("08:00" not in morning, f"the stretch and the mobility session both at 08:00: {morning}")
    check_against_schedule(calendar, path, 42, "Knee strength")


def case_reminders():
    """--remind 15min: every event has one VALARM, a display alarm 15
    minutes before it starts; a reminder that is not a length of time, or
    longer than a day, or given without a calendar, is a usage error."""
    path = routine("remind", """routine "R" {
  program 2 weeks
  session "Morning" daily at morning {
    cat_camel reps 10
  }
  session "Strength" on mon, wed, fri at evening {
    prone_cobra reps 8 hold 5s
  }
}
""")
    calendar = Calendar(build_ics(path, "2027-01-04", "--remind", "15min"), "2027-01-04")
    for event in calendar.events:
        alarms = list(event.walk("VALARM"))
        expect(len(alarms) == 1, f"{event.get('SUMMARY')}: {len(alarms)} alarms")
        alarm = alarms[0]
        expect(str(alarm.get("ACTION")) == "DISPLAY", f"ACTION {alarm.get('ACTION')}")
        expect(alarm.decoded("TRIGGER") == -dt.timedelta(minutes=15), f"TRIGGER {alarm.get('TRIGGER').to_ical()}")
        expect(str(event.get("SUMMARY")).split(" (")[0] in str(alarm.get("DESCRIPTION")), "the alarm names its session")
    without = Calendar(build_ics(path, "2027-01-04"), "2027-01-04")
    expect(all(not list(event.walk("VALARM")) for event in without.events), "an alarm nobody asked for")
    for bad in ["15", "2d", "25h", "0min", "soon"]:
        result = run("build", str(path), "--emit", "ics", "--start", "2027-01-04", "--remind", bad)
        expect(result.returncode == 2, f"--remind {bad}: exit {result.returncode}")
        expect(b"--remind" in result.stderr, f"--remind {bad}: {result.stderr!r}")
    result = run("build", str(path), "--emit", "plan", "--remind", "15min")
    expect(result.returncode == 2 and b"--remind" in result.stderr, f"--remind without ics: {result.stderr!r}")


def case_stages():
    """A dated stage's events carry its own words (the ice and rest of a first
    stage) and its session's; the stage after a sign is not in the calendar,
    and `--stage` gives its own calendar from the day it starts, with weeks of
    its own and the next stage named."""
    path = routine("stages", """routine "Ankle" {
  stage "First days" days 1-3 {
    goal "Let the swelling settle"
    note "Rest with the leg raised"
    session "Movements" daily at morning {
      note "Small, easy movements"
      cat_camel reps 5
    }
  }
  stage "Moving" until "you can walk without a limp" {
    session "Movements" daily at morning {
      cat_camel reps 10
    }
  }
  stage "Strength" until "you can hop" {
    session "Strength" on mon, wed, fri at evening {
      prone_cobra reps 8
      weeks 2-3 {
        bird_dog reps 6 per side
      }
    }
  }
  stage "Sport" until "you can run" {
    session "Strength" on mon, wed, fri at evening {
      prone_cobra reps 12
    }
  }
}
""")
    calendar = Calendar(build_ics(path, "2027-01-04"), "2027-01-04")
    first = [event for when, event in calendar.occurrences if when.date() <= dt.date(2027, 1, 6)]
    expect(len(first) == 3, f"{len(first)} events in the first three days, not 3")
    text = str(first[0].get("DESCRIPTION"))
    for words in ["Stage: First days.", "Goal: Let the swelling settle.", "Rest with the leg raised.",
                  "Small, easy movements."]:
        expect(words in text, f"{words!r} not in {text!r}")
    later = [event for _, event in calendar.occurrences if "Stage: Moving." in str(event.get("DESCRIPTION"))]
    expect(later and "Rest with the leg raised" not in str(later[0].get("DESCRIPTION")), "the first stage's words run on")
    expect(all("Strength" not in str(event.get("SUMMARY")) for event in calendar.events), "an undated stage dated")
    # The stage after the sign, from the day the patient starts it.
    staged = Calendar(build_ics(path, "2027-02-01", "--stage", "strength"), "2027-02-01")
    expect(staged.events, "no events for --stage strength")
    days = sorted({when.date() for when, _ in staged.occurrences})
    expect(days[0] == dt.date(2027, 2, 1), f"the stage starts on {days[0]}, not on --start")
    expect({d.weekday() for d in days} == {0, 2, 4}, "strength off Monday, Wednesday and Friday")
    week2 = [event for when, event in staged.occurrences if dt.date(2027, 2, 8) <= when.date() <= dt.date(2027, 2, 14)]
    expect(week2 and all("Bird dog" in str(event.get("DESCRIPTION")) for event in week2), "the stage's weeks 2-3 phase")
    week1 = [event for when, event in staged.occurrences if when.date() < dt.date(2027, 2, 8)]
    expect(week1 and all("Bird dog" not in str(event.get("DESCRIPTION")) for event in week1), "the phase in week 1")
    expect("next stage (Sport)" in str(week1[0].get("DESCRIPTION")), "the stage's calendar does not name the next")
    result = run("build", str(path), "--emit", "ics", "--start", "2027-01-04", "--stage", "first days")
    expect(result.returncode == 2 and b"already has it" in result.stderr, f"--stage of a dated stage: {result.stderr!r}")


def case_examples():
    files = sorted(EXAMPLES.glob("*.regimen"))
    expect(files, f"no examples in {EXAMPLES}")
    for path in files:
        program = emitted_json(path, "json")
        plan = emitted_json(path, "plan-json")
        # The documented rule: the program's length, else four weeks or up to the plan's last day.
        length = program["program_length"]
        days = length["days"] if length else max(28, plan["days"])
        weeks = (days + 6) // 7
        cal = Calendar(build_ics(path, "2026-01-05"), "2026-01-05")
        expect(cal.events, f"{path.name}: no events")
        expect(max(cal.week_of(when) for when, _ in cal.occurrences) == weeks, f"{path.name}: not {weeks} weeks")
        check_against_schedule(cal, path, days, program["title"] or "Routine")

CASES = {name[len("case_"):]: fn for name, fn in globals().items() if name.startswith("case_")}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in CASES:
        sys.exit(f"usage: ics_cases.py {{{'|'.join(CASES)}}}")
    try:
        CASES[sys.argv[1]]()
    except AssertionError as error:
        sys.exit(f"FAIL {sys.argv[1]}: {error}")
    print(f"ok {sys.argv[1]}")

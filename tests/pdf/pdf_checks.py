#!/usr/bin/env python3
"""Checks of the PDF handout, read back with poppler's pdftotext and pdfinfo.

Each case builds PDFs with the real binary (`regimen build FILE --emit pdf`)
and compares what the pages say with what the handout model says
(handout_expect prints it), so that nothing here repeats the content.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter

MARGIN = 18 * 72 / 25.4  # the handout's side margins, in points
FOOTER = 18 * 72 / 25.4  # the band at the foot of each page that holds the footer
A4 = re.compile(r"^595\.2\d* x 841\.8\d* pts \(A4\)$")
LETTER = re.compile(r"^612 x 792 pts \(letter\)$")
DATE_EPOCH = 1700000000
DATE_ISO = "2023-11-14T22:13:20Z"


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Tools:
    def __init__(self, args):
        self.regimen = args.regimen
        self.expect_bin = args.expect
        self.pdftotext = args.pdftotext
        self.pdfinfo_bin = args.pdfinfo
        self.work = args.work
        os.makedirs(self.work, exist_ok=True)
        for tool in (self.pdftotext, self.pdfinfo_bin):
            check(tool and os.path.exists(tool), f"poppler tool not found: {tool!r} (install poppler-utils)")

    def run(self, cmd, env=None):
        done = subprocess.run(cmd, capture_output=True, env=env)
        check(done.returncode == 0,
              f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr.decode(errors='replace')}")
        return done.stdout.decode("utf-8")

    def build(self, source, name, *options, epoch=None):
        """The PDF of `source`, with SOURCE_DATE_EPOCH set only when asked."""
        env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
        if epoch is not None:
            env["SOURCE_DATE_EPOCH"] = str(epoch)
        out = os.path.join(self.work, name)
        if os.path.exists(out):
            os.remove(out)
        self.run([self.regimen, "build", source, "--emit", "pdf", "-o", out, *options], env=env)
        with open(out, "rb") as f:
            check(f.read(5) == b"%PDF-", f"{out} is not a PDF")
        return out

    def expect(self, source):
        return json.loads(self.run([self.expect_bin, source]))

    def info(self, pdf):
        fields = {}
        for line in self.run([self.pdfinfo_bin, "-isodates", pdf]).splitlines():
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
        return fields

    def text(self, pdf, page=None):
        pages = ["-f", str(page), "-l", str(page)] if page else []
        return self.run([self.pdftotext, "-enc", "UTF-8", *pages, pdf, "-"])

    def body_text(self, pdf, pages, width, height):
        """The pages' text without their footers, which would interrupt a paragraph running on."""
        crop = ["-x", "0", "-y", "0", "-W", str(int(width)), "-H", str(int(height - FOOTER))]
        return "".join(self.run([self.pdftotext, "-enc", "UTF-8", "-f", str(n), "-l", str(n), *crop, pdf, "-"])
                       for n in range(1, pages + 1))

    def words(self, pdf):
        """Every word on every page with its box: (page, text, xMin, yMin, xMax, yMax)."""
        html = self.run([self.pdftotext, "-enc", "UTF-8", "-bbox", pdf, "-"])
        out = []
        for number, page in enumerate(html.split("<page ")[1:], start=1):
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page):
                out.append((number, m.group(5), *(float(m.group(i)) for i in range(1, 5))))
        return out


def norm(text):
    """Whitespace folded; a line broken after a hyphen joined again."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def bare(text):
    return "".join(text.split())


def page_count(info):
    return int(info["Pages"])


def most_common_height(words):
    return Counter(round(w[5] - w[3], 1) for w in words).most_common(1)[0][0]


# --- cases -----------------------------------------------------------------

def case_example(t, source):
    """Every exercise's name and dose on the page, each exercise on one page, A4."""
    pdf = t.build(source, "a4.pdf")
    info = t.info(pdf)
    check(A4.match(info["Page size"]), f"not A4: {info['Page size']}")
    model = t.expect(source)
    exercises = model["exercises"]
    check(exercises, "the example has no exercises to look for")
    most = 3 + len(exercises)
    check(1 <= page_count(info) <= most, f"{page_count(info)} pages for {len(exercises)} exercises (at most {most})")
    whole = norm(t.text(pdf))
    check(norm(model["title"]) in whole, f"title missing: {model['title']!r}")
    pages = [norm(t.text(pdf, n)) for n in range(1, page_count(info) + 1)]
    for e in exercises:
        name, dose = norm(e["name"]), norm(e["dose"])
        check(name in whole, f"exercise name missing: {e['name']!r}")
        check(dose in whole, f"dose of {e['name']!r} missing: {e['dose']!r}")
        # Some page holds the whole exercise: it was not split.
        parts = [dose] + [norm(s) for s in e["texts"]]
        homes = [n for n, p in enumerate(pages, start=1) if name in p and all(x in p for x in parts)]
        if not homes:
            missing = [x for x in parts if not any(name in p and x in p for p in pages)]
            raise Failure(f"{e['name']!r} is not on one page; not beside its name: {missing!r}")


def case_letter(t, source):
    pdf = t.build(source, "letter.pdf", "--paper", "letter")
    info = t.info(pdf)
    check(LETTER.match(info["Page size"]), f"not Letter: {info['Page size']}")
    whole = norm(t.text(pdf))
    for e in t.expect(source)["exercises"]:
        check(norm(e["name"]) in whole and norm(e["dose"]) in whole, f"{e['name']!r} or its dose missing on Letter")


def case_same_bytes(t, source):
    first = t.build(source, "first.pdf")
    second = t.build(source, "second.pdf")
    with open(first, "rb") as a, open(second, "rb") as b:
        check(a.read() == b.read(), "two builds of the same routine differ")
    info = t.info(first)
    check("CreationDate" not in info, f"a creation date without SOURCE_DATE_EPOCH: {info.get('CreationDate')}")
    check(info.get("Title") == t.expect(source)["title"], f"title metadata: {info.get('Title')!r}")


def case_source_date_epoch(t, source):
    first = t.build(source, "first.pdf", epoch=DATE_EPOCH)
    second = t.build(source, "second.pdf", epoch=DATE_EPOCH)
    later = t.build(source, "later.pdf", epoch=DATE_EPOCH + 86400)
    check(t.info(first).get("CreationDate") == DATE_ISO, f"CreationDate: {t.info(first).get('CreationDate')!r}")
    with open(first, "rb") as a, open(second, "rb") as b, open(later, "rb") as c:
        one, two, three = a.read(), b.read(), c.read()
    check(one == two, "two builds with the same SOURCE_DATE_EPOCH differ")
    check(one != three, "SOURCE_DATE_EPOCH does not reach the file")


def case_large_print(t, source):
    normal = t.build(source, "normal.pdf")
    large = t.build(source, "large.pdf", "--large-print")
    # A word's box is as tall as the font's ascent plus descent: in proportion
    # to its size. The commonest word is body text.
    n, l = most_common_height(t.words(normal)), most_common_height(t.words(large))
    body = 10.5 * l / n
    check(body >= 16 - 0.05, f"large print body about {body:.1f} pt (word heights {n} and {l})")
    check(n <= 11 * 1.25, f"normal body words {n} pt tall: more than an 11 pt body")
    check(page_count(t.info(large)) > page_count(t.info(normal)), "large print on no more pages than normal print")
    whole = norm(t.text(large))
    for e in t.expect(source)["exercises"]:
        check(norm(e["name"]) in whole and norm(e["dose"]) in whole, f"{e['name']!r} or its dose missing in large print")


def case_patient_and_date(t, source):
    blank = norm(t.text(t.build(source, "blank.pdf")))
    check("Name:" in blank and "Date:" in blank, "no Name:/Date: lines to write on")
    named = norm(t.text(t.build(source, "named.pdf", "--patient", "Ann O'Neil-Smith", "--date", "14 March 2025")))
    check("Ann O'Neil-Smith" in named, "the patient's name is missing")
    check("14 March 2025" in named, "the date is missing")


def case_tracker_weeks(t, source):
    text = norm(t.text(t.build(source, "five.pdf", "--tracker-weeks", "5")))
    for week in range(1, 6):
        check(f"Week {week}" in text, f"tracker week {week} missing")
    check("Week 6" not in text, "a sixth tracker week")


def quoted_strings(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if not l.lstrip().startswith("#")]
    return [re.sub(r"\\(.)", r"\1", s) for s in re.findall(r'"((?:[^"\\]|\\.)*)"', "".join(lines))]


def case_hostile_text(t, source, *options):
    """Long words wrap inside the margins; markup comes out as typed."""
    pdf = t.build(source, "hostile.pdf", *options)
    info = t.info(pdf)
    width, height = (float(x) for x in re.match(r"([\d.]+) x ([\d.]+)", info["Page size"]).groups())
    words = t.words(pdf)
    check(words, "no words on the pages")
    for page, text, x0, y0, x1, y1 in words:
        check(x0 >= MARGIN - 1 and x1 <= width - MARGIN + 1,
              f"page {page}: {text[:40]!r} spans x {x0:.1f}..{x1:.1f}, outside {MARGIN:.1f}..{width - MARGIN:.1f}")
        check(y0 >= 0 and y1 <= height, f"page {page}: {text[:40]!r} below the page")
    whole = t.body_text(pdf, page_count(info), width, height)
    flat = bare(whole)
    for s in quoted_strings(source):
        check(bare(s) in flat, f"not on the pages as typed: {s[:80]!r}")
    check(norm('<b>&amp; "quotes" <script>alert(1)</script> stay as typed') in norm(whole), "the markup note is altered")
    check(page_count(info) <= 12, f"{page_count(info)} pages for one exercise")
    title = t.expect(source)["title"]
    check(info.get("Title") == title, f"title metadata {info.get('Title')!r}, not {title!r}")


CASES = {
    "example": case_example,
    "letter": case_letter,
    "same_bytes": case_same_bytes,
    "source_date_epoch": case_source_date_epoch,
    "large_print": case_large_print,
    "patient_and_date": case_patient_and_date,
    "tracker_weeks": case_tracker_weeks,
    "hostile_text": case_hostile_text,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    for flag in ("--regimen", "--expect", "--pdftotext", "--pdfinfo", "--work"):
        parser.add_argument(flag, required=True)
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument("source")
    parser.add_argument("options", nargs="*")
    args, extra = parser.parse_known_args()
    try:
        CASES[args.case](Tools(args), args.source, *args.options, *extra)
    except Failure as failure:
        print(f"FAIL {args.case} {args.source}: {failure}", file=sys.stderr)
        return 1
    print(f"ok {args.case} {os.path.basename(args.source)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The HTML handout, read back as a browser would: parsed with html5lib in
strict mode (any parse error fails), its structure checked, and a page
rendered by headless Chromium checked for being more than a blank sheet,
and printed to PDF to check that a very long word stays on the paper.

Usage: html_cases.py CASE [ARG], with REGIMEN (the binary), SAMPLE (the
hand-built sample writer), WORK (a scratch folder) and EXAMPLES in the
environment. Cases: sample, sample_patient, sample_large_print, example FILE,
escaping, patient, large_print, browser_example, browser_large_print.
"""
import collections
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

import html5lib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_pixels import read_png  # noqa: E402

REGIMEN = os.environ.get("REGIMEN", "regimen")
SAMPLE = os.environ.get("SAMPLE", "html_sample")
WORK = pathlib.Path(os.environ.get("WORK", tempfile.mkdtemp()))
EXAMPLES = pathlib.Path(os.environ.get("EXAMPLES", "."))
HOSTILE = "<script>alert(1)</script> & 'single' \"double\""
# What a routine file can hold: its strings have no escapes for double quotes.
HOSTILE_IN_ROUTINE = "<script>alert(1)</script> & 'single' <b>bold</b> &amp;"


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def run(args, what):
    result = subprocess.run(args, capture_output=True)
    expect(result.returncode == 0,
           f"{what} exited {result.returncode}: {result.stderr.decode(errors='replace')}")
    return result.stdout


# --- making pages -------------------------------------------------------------

def sample_page(name, *extra):
    WORK.mkdir(parents=True, exist_ok=True)
    out = WORK / f"{name}.html"
    manifest = json.loads(run([SAMPLE, str(out), *extra], "html_sample"))
    return out, manifest


def built_page(source, name, *extra):
    WORK.mkdir(parents=True, exist_ok=True)
    out = WORK / f"{name}.html"
    run([REGIMEN, "build", str(source), "--emit", "html", "-o", str(out), *extra], f"html build of {source}")
    return out


def routine(name, text):
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"{name}.regimen"
    path.write_text(text, encoding="utf-8")
    return path


def exercise_names(source, *extra):
    """The display names of the program's exercises, from the checked-program JSON."""
    program = json.loads(run([REGIMEN, "build", str(source), "--emit", "json", *extra], f"json build of {source}"))
    names = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "exercise":
                names.append(node["exercise"]["name"])
            for key, value in node.items():
                if key != "variants":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(program["body"])
    return names


# --- reading pages ------------------------------------------------------------

def parse(path):
    parser = html5lib.HTMLParser(strict=True, tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    try:
        return parser.parse(path.read_bytes())
    except html5lib.html5parser.ParseError as error:
        raise AssertionError(f"{path.name} is not valid HTML: {error}") from error


def text(element):
    return "".join(element.itertext())


def squeeze(value):
    return " ".join(value.split())


def classes(element):
    return element.get("class", "").split()


def with_class(tree, name):
    return [e for e in tree.iter() if name in classes(e)]


def css_of(tree):
    styles = tree.findall(".//style")
    expect(len(styles) == 1, f"expected one <style>, found {len(styles)}")
    return text(styles[0])


def check_page(path, names):
    """What every handout page must be: self-contained, semantic, with every exercise."""
    raw = path.read_text(encoding="utf-8")
    expect(raw.startswith("<!DOCTYPE html>"), "the page does not start with <!DOCTYPE html>")
    tree = parse(path)
    expect(tree.tag == "html", "the root is not <html>")
    expect(tree.get("lang", "").strip() != "", "<html> has no lang attribute")
    head = tree.find("head")
    expect(any(m.get("charset", "").lower() == "utf-8" for m in head.findall("meta")), "no <meta charset=utf-8>")
    expect(any(m.get("name") == "viewport" for m in head.findall("meta")), "no viewport <meta>")
    expect(squeeze(text(head.find("title"))) != "", "the <title> is empty")
    expect(len(tree.findall(".//h1")) == 1, f"expected exactly one <h1>, found {len(tree.findall('.//h1'))}")
    for tag in ("header", "main", "footer"):
        expect(tree.find(f".//{tag}") is not None, f"no <{tag}>")
    for tag in ("script", "link", "iframe", "object", "embed", "img", "base", "form"):
        expect(tree.find(f".//{tag}") is None, f"the page has a <{tag}> element")
    for element in tree.iter():
        for attribute, value in element.attrib.items():
            expect(not attribute.lower().startswith("on"), f"<{element.tag}> has an event handler {attribute}")
            if attribute in ("src", "href", "action", "srcset", "poster", "data"):
                expect(not re.match(r"\s*(https?:)?//", value), f"<{element.tag}> loads {value}")
    css = css_of(tree)
    for request in ("url(", "@import", "@font-face", "http:", "https:"):
        expect(request not in css.lower(), f"the stylesheet makes an external request ({request})")
    expect(re.search(r"overflow-wrap:\s*anywhere", css), "long words are not allowed to wrap anywhere")
    expect(re.search(r"break-inside:\s*avoid", css) and re.search(r"page-break-inside:\s*avoid", css),
           "the print rules do not keep exercises whole")
    expect(re.search(r"@media print", css) and "@page" in css, "no print rules")
    headings = re.search(r"h1, h2, h3\s*\{([^}]*)\}", css)
    expect(headings and re.search(r"break-after:\s*avoid", headings.group(1)),
           "a heading may be left alone at the foot of a printed page")

    shown = [squeeze(text(e)) for e in with_class(tree, "exercise-name")]
    for name in names:
        expect(squeeze(name) in shown, f"exercise {name!r} is not on the page (names shown: {shown})")
    exercises = tree.findall(".//article")
    expect(len(exercises) == len(shown), "every exercise is an <article> with a name")
    for article in exercises:
        expect(len(article.findall(".//h3")) == 1, "an exercise has exactly one <h3>")
        expect(with_class(article, "dose"), f"exercise {squeeze(text(article.find('.//h3')))!r} has no dose")
    numbers = [squeeze(text(e)) for e in with_class(tree, "exercise-number")]
    expect(numbers == [str(n) for n in range(1, len(numbers) + 1)], f"exercises are not numbered 1, 2, ...: {numbers}")

    safety = with_class(tree, "safety")
    expect(len(safety) == 1, "the page has no safety box")
    expect(safety[0].get("aria-labelledby") or safety[0].get("aria-label"), "the safety box has no accessible name")
    for table in tree.findall(".//table"):
        expect(table.find("caption") is not None, "a table has no <caption>")
        for th in table.findall(".//th"):
            expect(th.get("scope") in ("row", "col"), "a table header has no scope")
    return tree


def heading_texts(tree, tag):
    return [squeeze(text(h)) for h in tree.iter(tag)]


def style_rules(css):
    """(at-rule preludes around it, selector, declarations) for every style rule, in order."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    rules, stack, pos = [], [], 0
    while True:
        match = re.compile(r"[{}]").search(css, pos)
        if not match:
            return rules
        prelude = css[pos:match.start()].strip()
        if match.group() == "}":
            if stack:
                stack.pop()
            pos = match.end()
        elif prelude.startswith("@"):
            stack.append(prelude)
            pos = match.end()
        else:
            close = css.index("}", match.end())
            rules.append((tuple(stack), prelude, css[match.end():close]))
            pos = close + 1


def body_font_size_pt(css, medium):
    """The body's font size in points on screen or in print: the last rule that applies wins."""
    size = None
    for at_rules, selector, declarations in style_rules(css):
        if [s.strip() for s in selector.split(",")] != ["body"]:
            continue
        if medium == "screen" and at_rules:
            continue
        if medium == "print" and any(a != "@media print" for a in at_rules):
            continue
        match = re.search(r"font-size:\s*([\d.]+)(pt|px)", declarations)
        if match:
            size = float(match.group(1)) * (1 if match.group(2) == "pt" else 0.75)
    return size


# --- cases --------------------------------------------------------------------

def case_sample():
    path, manifest = sample_page("sample", "--hostile", HOSTILE)
    tree = check_page(path, [e["name"] for e in manifest["exercises"]])
    hostile = HOSTILE
    expect(manifest["hostile"] == HOSTILE, "html_sample did not take the hostile text")

    # The parts in order, with a heading for each.
    h2 = heading_texts(tree, "h2")
    expect(h2 == ["About this program", "What you need", "When to stop", "Good to know", "Mobility", "Exercises",
                  "Your tracker"], f"the page's parts are out of order: {h2}")

    # Escaping: each hostile string is text, equal to the original.
    raw = path.read_text(encoding="utf-8")
    expect("<script" not in raw.lower(), "a <script tag reached the page")
    expect(squeeze(text(tree.find(".//h1"))) == manifest["title"], "the title is not shown as written")
    expect(squeeze(text(tree.find("head/title"))) == manifest["title"], "the <title> is not the title")
    expect(squeeze(text(with_class(tree, "routine-notes")[0].find("p"))) == hostile, "the note is not shown as written")
    tips = [squeeze(text(p)) for p in with_class(tree, "tip")]
    expect(tips == [f"Tip: {hostile}"], f"the cue is not shown as written: {tips}")
    footer = squeeze(text(tree.find(".//footer")))
    expect(footer == manifest["title"], "the footer does not carry the title")

    # Each exercise: its name, dose and parts.
    articles = tree.findall(".//article")
    for article, expected in zip(articles, manifest["exercises"]):
        name = squeeze(text(with_class(article, "exercise-name")[0]))
        expect(name == expected["name"], f"exercise {expected['number']} is {name!r}, expected {expected['name']!r}")
        dose = squeeze(text(with_class(article, "dose")[0]))
        expect(dose == squeeze(expected["dose"]), f"exercise {name!r} has dose {dose!r}")
    first = articles[0]
    expect(len(first.findall(".//ol/li")) == 3, "the first exercise's three steps are not a numbered list")
    expect([squeeze(text(p)) for p in with_class(first, "caution")][0].startswith("Take care:"),
           "the exercise's caution is not marked")
    variants = [squeeze(text(li)) for li in with_class(first, "variants")[0].findall("li")]
    expect(variants == ["Easier: one shoulder at a time", f"Harder: Band pull-apart {hostile}"],
           f"the variants read {variants}")
    dose_rows = first.findall(".//table/tbody/tr")
    expect(len(dose_rows) == 2, "the dose-by-week table does not have a row per stretch of weeks")
    second = articles[1]
    expect(with_class(second, "no-steps") and second.find(".//ol") is None,
           "an exercise without steps does not say so")
    expect([squeeze(text(li)) for li in with_class(second, "timing")[0].findall("li")] ==
           ["Weeks 3 to 6 only", "3 times a day"], "when and how often are not shown")
    ids = [e.get("id") for e in tree.iter() if e.get("id")]
    expect(len(ids) == len(set(ids)), "ids repeat")
    expect(all(re.fullmatch(r"[A-Za-z][\w-]*", i) for i in ids), f"an id has unsafe characters: {ids}")

    # The safety box: red flags first, under their own line; disclaimers last.
    safety = with_class(tree, "safety")[0]
    order = [classes(child)[0] if classes(child) else child.tag for child in safety]
    expect(order[:3] == ["h2", "stop-now-lead", "stop-now"], f"the red flags do not come first: {order}")
    expect(order[-1] == "disclaimers", f"the disclaimers do not come last: {order}")
    expect(len(with_class(tree, "write-on")) == 2, "an empty patient and date do not leave lines to write on")

    # The tracker: a table per week, a row per slot, a box per planned day.
    tracker = manifest["tracker"]
    tables = with_class(tree, "tracker-table")
    expect(len(tables) == tracker["weeks"], f"{len(tables)} tracker tables for {tracker['weeks']} weeks")
    for table in tables:
        rows = table.findall("tbody/tr")
        expect(len(rows) == tracker["slots"], "a tracker week does not have a row per slot")
        for row in rows:
            expect(len(row.findall("td")) == tracker["days"], "a tracker row does not have a cell per day")
        boxes = with_class(table, "tick-box")
        expect(len(boxes) == tracker["slots"] * tracker["planned_days"], f"{len(boxes)} tick boxes in a week")
        shaded = [td for td in table.iter("td") if "no-session" in classes(td)]
        expect(len(shaded) == tracker["slots"] * (tracker["days"] - tracker["planned_days"]),
               "days without a session are not shaded")
    weeks = with_class(tree, "tracker-week")
    expect(len(weeks) == tracker["weeks"], "each tracker week is not kept in its own block")
    rules = style_rules(css_of(tree))
    for block in (".exercise", ".tracker-week"):
        expect(any(selector == block and re.search(r"(^|;)\s*break-inside:\s*avoid", declarations)
                   and re.search(r"page-break-inside:\s*avoid", declarations)
                   for _, selector, declarations in rules), f"{block} may be split across printed pages")


def case_sample_patient():
    patient, date = "Ana <Ruiz> & Bo", "3 March 2025"
    path, _ = sample_page("sample_patient", "--patient", patient, "--date", date)
    tree = parse(path)
    values = [squeeze(text(e)) for e in with_class(tree, "field-value")]
    expect(values == [patient, date], f"the patient line reads {values}")
    expect(not with_class(tree, "write-on"), "a line to write on is left although the name and date are given")


def case_sample_large_print():
    normal, _ = sample_page("sample_normal")
    large, _ = sample_page("sample_large", "--large-print")
    check_ordinary_print(css_of(parse(normal)))
    check_large_print(css_of(parse(large)))


def check_large_print(css):
    for medium in ("screen", "print"):
        size = body_font_size_pt(css, medium)
        expect(size is not None and size >= 16, f"large print body text on {medium} is {size} pt, below 16 pt")


def check_ordinary_print(css):
    # So that a stylesheet always in large print cannot pass for one that obeys the option.
    size = body_font_size_pt(css, "screen")
    expect(size is not None and size < 16, f"ordinary body text is already {size} pt")


def case_example(source):
    source = pathlib.Path(source)
    path = built_page(source, source.stem)
    check_page(path, exercise_names(source))


def case_escaping():
    source = routine("escaping", f'''routine "Tom & Jerry {HOSTILE_IN_ROUTINE}" {{
  by "{HOSTILE_IN_ROUTINE}"
  caution "{HOSTILE_IN_ROUTINE}"
  note "{HOSTILE_IN_ROUTINE}"
  section "{HOSTILE_IN_ROUTINE}" {{
    cat_camel reps 10 {{
      cue "{HOSTILE_IN_ROUTINE}"
      note "{HOSTILE_IN_ROUTINE}"
    }}
  }}
}}
''')
    path = built_page(source, "escaping")
    tree = check_page(path, exercise_names(source))
    raw = path.read_text(encoding="utf-8")
    expect("<script" not in raw.lower() and "<b>" not in raw, "markup from the routine reached the page")
    expect(tree.find(".//b") is None, "markup from the routine became an element")
    title = f"Tom & Jerry {HOSTILE_IN_ROUTINE}"
    expect(squeeze(text(tree.find(".//h1"))) == title, "the title is not shown as written")
    expect(squeeze(text(tree.find("head/title"))) == title, "the <title> is not the title")
    shown = {
        "author": [squeeze(text(e)) for e in with_class(tree, "author")],
        "cue": [squeeze(text(e)) for e in with_class(tree, "tip")],
        "exercise note": [squeeze(text(e)) for e in with_class(tree, "exercise-note")],
        "routine note": [squeeze(text(e)) for e in tree.iterfind(".//section[@class='routine-notes']/p")],
        "caution": [squeeze(text(e)) for e in with_class(tree, "safety-cautions")[0].iter("li")],
        "section title": heading_texts(tree, "h2"),
    }
    for where, texts in shown.items():
        expect(any(t == HOSTILE_IN_ROUTINE or t.endswith(": " + HOSTILE_IN_ROUTINE) for t in texts),
               f"the {where} is not shown as written: {texts}")


def case_patient():
    source = EXAMPLES / "quick-start.regimen"
    path = built_page(source, "patient", "--patient", "Ana <Ruiz> & Bo", "--date", "3 March 2025")
    tree = check_page(path, exercise_names(source))
    values = [squeeze(text(e)) for e in with_class(tree, "field-value")]
    expect(values == ["Ana <Ruiz> & Bo", "3 March 2025"], f"the patient line reads {values}")
    blank = check_page(built_page(source, "no_patient"), exercise_names(source))
    expect(len(with_class(blank, "write-on")) == 2, "no lines to write the name and date on")


def case_large_print():
    source = EXAMPLES / "quick-start.regimen"
    check_large_print(css_of(parse(built_page(source, "large", "--large-print"))))
    check_ordinary_print(css_of(parse(built_page(source, "normal"))))


# --- rendering ----------------------------------------------------------------

def chromium(page, output, *flags):
    """Runs headless Chromium on PAGE with a fresh profile; OUTPUT is the file it must write."""
    output.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["timeout", "60", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
             f"--user-data-dir={profile}", *flags, page.resolve().as_uri()],
            capture_output=True, cwd=WORK)
    expect(output.exists(), f"Chromium wrote no {output.suffix} of {page.name}")
    return output


def screenshot(page, name, width, height):
    WORK.mkdir(parents=True, exist_ok=True)
    png = WORK / f"{name}.png"
    return chromium(page, png, f"--screenshot={png}", f"--window-size={width},{height}")


def print_to_pdf(page, name):
    WORK.mkdir(parents=True, exist_ok=True)
    pdf = WORK / f"{name}.pdf"
    return chromium(page, pdf, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")


def check_words_on_paper(pdf, word):
    """Every word printed lies inside its page's side margins, and WORD (too long for a line) is all there."""
    boxes = run(["pdftotext", "-bbox", str(pdf), "-"], "pdftotext").decode()
    pages = re.findall(r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', boxes, flags=re.S)
    expect(pages, f"pdftotext found no pages in {pdf.name}")
    printed = ""
    for width, body in pages:
        for x_min, x_max, shown in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" '
                                              r'yMax="[\d.]+">([^<]*)</word>', body):
            expect(float(x_min) >= 0 and float(x_max) <= float(width) - 30,
                   f"{shown[:30]!r} runs off the page ({x_max} of {width} pt)")
            printed += shown
    expect(word in printed, "the long word is not printed whole: part of it runs off the page")


def check_not_blank(png):
    """Fails when nearly the whole picture is one colour, or there is no dark text on it."""
    width, height, bpp, rows = read_png(png)
    counts, dark, total = collections.Counter(), 0, 0
    for row in rows[::2]:
        for x in range(0, width * bpp, 2 * bpp):
            pixel = bytes(row[x:x + 3])
            counts[pixel] += 1
            dark += sum(pixel) < 240
            total += 1
    colour, most = counts.most_common(1)[0]
    expect(most / total < 0.97, f"{png.name} is blank: {most / total:.1%} of it is {colour.hex()}")
    expect(dark / total > 0.003, f"{png.name} has no text on it ({dark / total:.2%} dark pixels)")


def case_browser_example():
    check_not_blank(screenshot(built_page(EXAMPLES / "mid-back-prehab.regimen", "browser_example"),
                               "browser_example", 1000, 1400))


def case_browser_large_print():
    long_word = "Unbreakable" * 12
    page, _ = sample_page("browser_large_print", "--large-print", "--long-word", long_word)
    check_not_blank(screenshot(page, "browser_large_print", 390, 844))
    check_words_on_paper(print_to_pdf(page, "browser_large_print"), long_word)


CASES = {
    "sample": case_sample,
    "sample_patient": case_sample_patient,
    "sample_large_print": case_sample_large_print,
    "example": case_example,
    "escaping": case_escaping,
    "patient": case_patient,
    "large_print": case_large_print,
    "browser_example": case_browser_example,
    "browser_large_print": case_browser_large_print,
}

if __name__ == "__main__":
    CASES[sys.argv[1]](*sys.argv[2:])

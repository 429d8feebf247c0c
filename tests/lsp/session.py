#!/usr/bin/env python3
"""A scripted editor: drives `regimen lsp` over stdio through an editing
session (open, type, format, break, fix, close) and checks every reply.

usage: session.py REGIMEN CASE
"""
import json
import os
import re
import subprocess
import sys
import tempfile


class Client:
    def __init__(self, binary, env=None):
        self.proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self.next_id = 1
        self.pending = []  # messages read while waiting for another

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError("the server closed its output")
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        assert length is not None, "a message without Content-Length"
        return json.loads(self.proc.stdout.read(length))

    def wait_for(self, match):
        for i, message in enumerate(self.pending):
            if match(message):
                return self.pending.pop(i)
        while True:
            message = self.read()
            if match(message):
                return message
            self.pending.append(message)

    def request(self, method, params=None):
        rid = self.next_id
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return self.wait_for(lambda m: m.get("id") == rid and "method" not in m)

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def diagnostics(self, uri):
        return self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                             and m["params"]["uri"] == uri)["params"]

    def open(self, uri, text, version=1):
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "regimen", "version": version, "text": text}})

    def shut_down(self):
        """`shutdown` then `exit`, and the clean exit status they give."""
        reply = self.request("shutdown")
        expect("result" in reply and reply["result"] is None, "shutdown: %r" % reply)
        self.notify("exit")
        expect(self.proc.wait(timeout=20) == 0, "a clean exit")

    def finish(self, timeout=20):
        self.proc.stdin.close()
        return self.proc.wait(timeout=timeout)


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def initialize(client):
    reply = client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    caps = reply["result"]["capabilities"]
    expect(caps["textDocumentSync"]["change"] == 2, "incremental sync expected: %r" % caps)
    expect(caps["documentFormattingProvider"] is True, "formatting expected")
    expect("completionProvider" in caps, "completion expected")
    expect(caps["hoverProvider"] is True, "hover expected")
    expect(caps["definitionProvider"] is True and caps["documentSymbolProvider"] is True, "definitions and symbols")
    expect(caps["codeActionProvider"]["codeActionKinds"] == ["quickfix"], "quick fixes")
    expect(reply["result"]["serverInfo"]["name"] == "regimen", "serverInfo.name")
    client.notify("initialized", {})


def case_editing_session(binary):
    folder = tempfile.mkdtemp()
    uri = "file://" + os.path.join(folder, "my%20routine.regimen")
    client = Client(binary)

    # Before `initialize`, a request is refused, and the server stays up.
    reply = client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})
    expect(reply["error"]["code"] == -32002, "a request before initialize: %r" % reply)
    initialize(client)

    # Open: one unknown exercise, after an emoji (two UTF-16 units) on its line.
    text = 'cat_camel reps 10 cue "\U0001F642 slowly"; cat_camle reps 10\n'
    client.open(uri, text)
    published = client.diagnostics(uri)
    expect(published["version"] == 1, "diagnostics for version 1")
    found = published["diagnostics"]
    expect(len(found) == 1, "one problem expected: %r" % found)
    d = found[0]
    expect(d["code"] == "E0101" or d["code"].startswith("E"), "a compiler code: %r" % d)
    expect(d["severity"] == 1, "an error")
    expect("cat_camle" in d["message"] and "did you mean" in d["message"], "the message and its help: %r" % d)
    # Where `cat_camle` starts, counted as the protocol counts: UTF-16 units.
    start = text.index("cat_camle")
    utf16 = len(text[:start].encode("utf-16-le")) // 2
    expect(d["range"]["start"] == {"line": 0, "character": utf16}, "UTF-16 start: %r, want %d" % (d["range"], utf16))
    expect(d["range"]["end"]["character"] == utf16 + len("cat_camle"), "UTF-16 end: %r" % d["range"])
    expect(d["codeDescription"]["href"].startswith("file://") and "language.md#e" in d["codeDescription"]["href"],
           "a link to the code's docs: %r" % d)

    # Type the fix, as an incremental change over the misspelt word.
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": d["range"], "text": "cat_camel"}]})
    published = client.diagnostics(uri)
    expect(published["version"] == 2 and published["diagnostics"] == [], "fixed: %r" % published)

    # Format: one edit over the whole document, to the canonical layout.
    reply = client.request("textDocument/formatting", {"textDocument": {"uri": uri},
                                                        "options": {"tabSize": 2, "insertSpaces": True}})
    edits = reply["result"]
    want = 'cat_camel reps 10 cue "\U0001F642 slowly"\ncat_camel reps 10\n'
    expect(len(edits) == 1 and edits[0]["newText"] == want, "the formatting edit: %r" % edits)
    expect(edits[0]["range"]["start"] == {"line": 0, "character": 0}, "from the start")
    expect(edits[0]["range"]["end"] == {"line": 1, "character": 0}, "to the end: %r" % edits[0]["range"])
    # The editor applies it, as a whole-text change this time.
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                             "contentChanges": [{"text": want}]})
    expect(client.diagnostics(uri)["diagnostics"] == [], "still clean after formatting")
    reply = client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})
    expect(reply["result"] == [], "formatted already: no edits, got %r" % reply)

    # Break it: a syntax error is reported, and formatting declines.
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 4},
        "contentChanges": [{"range": {"start": {"line": 1, "character": 17}, "end": {"line": 1, "character": 17}},
                            "text": " 20"}]})
    found = client.diagnostics(uri)["diagnostics"]
    expect(any(x["code"] == "E0001" and x["range"]["start"] == {"line": 1, "character": 18} for x in found),
           "the syntax error at 2:19: %r" % found)
    reply = client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})
    expect(reply["result"] is None, "no formatting with a syntax error: %r" % reply)

    # Mistakes of the client's are answered, and the server goes on.
    reply = client.request("textDocument/noSuchThing", {})
    expect(reply["error"]["code"] == -32601, "method not found: %r" % reply)
    reply = client.request("textDocument/formatting", {"options": {}})
    expect(reply["error"]["code"] == -32602, "invalid params: %r" % reply)
    reply = client.request("textDocument/formatting", {"textDocument": {"uri": "file:///not/open.regimen"}})
    expect(reply["error"]["code"] == -32602, "a document not open: %r" % reply)
    client.send_raw(b"Content-Length: 9\r\n\r\n{not json")
    reply = client.wait_for(lambda m: "error" in m and m["error"]["code"] == -32700)
    expect(reply["id"] is None, "a parse error has a null id")
    client.send_raw(b"Content-Type: nothing\r\n\r\n")
    client.wait_for(lambda m: "error" in m and m["error"]["code"] == -32700)
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 5},
                                             "contentChanges": [{"range": {"start": {"line": "x"}}, "text": ""}]})
    client.wait_for(lambda m: m.get("method") == "window/logMessage")
    reply = client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})
    expect(reply["result"] is None, "the bad change left the text as it was: %r" % reply)

    # Close: the problems are cleared.
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    expect(client.diagnostics(uri)["diagnostics"] == [], "cleared on close")

    reply = client.request("shutdown")
    expect("result" in reply and reply["result"] is None, "shutdown: %r" % reply)
    reply = client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})
    expect(reply["error"]["code"] == -32600, "a request after shutdown: %r" % reply)
    client.notify("exit")
    status = client.proc.wait(timeout=20)
    expect(status == 0, "exit after shutdown: status %d" % status)


def case_completion(binary):
    uri = "file:///nonexistent-regimen-lsp/routine.regimen"
    client = Client(binary)
    initialize(client)
    lines = [
        'exercise my_stretch "My stretch" { kind hold }',  # 0: an exercise of the document's own
        "",                                                # 1: a line to start
        "cat_camel ",                                      # 2: after a name
        "half_wall_hang hold 20 ",                         # 3: after a number
        "childs_pose hold 30s easier ",                    # 4: a variant names an exercise
        'cat_camel reps 10 cue "sl',                       # 5: inside a string
        "# cat",                                           # 6: inside a comment
        "session \"Morning\" 2/day at ",                  # 7: a time of day
        "cat_camel frequency 3/week on mon, ",             # 8: days
        'exercise band_row "Band row" {',                  # 9: a definition
        "  ",                                              # 10: a property's start
        "  equipment band, ",                              # 11: equipment words, after a comma
        "  kind ",                                         # 12: a property with words of its own
        "  default reps 10 ",                              # 13: a default dose's clauses
        '  step "Pull { the band" # } not a brace',        # 14: braces in strings and comments
        "  ",                                              # 15: still in the definition
        "}",
        "",                                                # 17: out of it again
        "targets mid_back, ",                              # 18: the library's targets
        "childs_pose hold 3 breaths per direction (right, ",  # 19: its directions
    ]
    text = "\n".join(lines) + "\n"
    client.open(uri, text)
    client.diagnostics(uri)

    def complete(line, character=None):
        if character is None:
            character = len(lines[line].encode("utf-16-le")) // 2
        reply = client.request("textDocument/completion", {
            "textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
        return {item["label"]: item for item in reply["result"]["items"]}

    start = complete(1)
    expect("cat_camel" in start and start["cat_camel"]["detail"] == "Cat-camel", "library exercises at a line's start")
    expect("my_stretch" in start and start["my_stretch"]["detail"] == "My stretch", "the document's own exercises")
    expect("cat" in start["cat_camel"]["filterText"].lower(), "filtered by id and name")
    expect(start["cat_camel"]["documentation"]["value"].startswith("**Cat-camel**"), "documented: %r" % start["cat_camel"])
    expect(start["routine"]["insertTextFormat"] == 2 and "{" in start["routine"]["insertText"], "a routine snippet")
    expect("title" in start and "reps" not in start, "statements, not clauses, start a line")

    after_name = complete(2)
    for clause in ("reps", "hold", "x2", "per side", "rest", "load", "cue", "affected side only"):
        expect(clause in after_name, "clause %s after a name: %r" % (clause, sorted(after_name)))
    expect("cat_camel" not in after_name, "no exercises after a name")

    after_number = complete(3)
    expect("s" in after_number and "breaths" in after_number and after_number["s"]["kind"] == 11, "units after a number")
    expect("x2" in after_number, "and the clauses")

    variant = complete(4)
    expect("cat_camel" in variant and "reps" not in variant, "exercises after `easier`")

    expect(complete(5) == {}, "nothing inside a string")
    expect(complete(6) == {}, "nothing inside a comment")
    expect("morning" in complete(7), "times of day after `at`")
    expect("wed" in complete(8), "days after `on ..., `")

    # Inside an exercise definition: its properties and the words they take.
    props = complete(10)
    for word in ("kind", "equipment", "targets", "position", "default", "step", "figure", "source"):
        expect(word in props, "property %s in a definition: %r" % (word, sorted(props)))
    expect(props["kind"]["detail"].startswith("how its dose"), "a property says what it is for: %r" % props["kind"])
    expect("cat_camel" not in props and "routine" not in props, "no exercises or snippets in a definition")
    equipment = complete(11)
    expect("chair" in equipment and "towel" in equipment and "kind" not in equipment,
           "the library's equipment after `equipment band, `: %r" % sorted(equipment))
    expect(equipment["chair"]["detail"] != "", "with what people read: %r" % equipment["chair"])
    expect(set(complete(12)) == {"reps", "hold", "reps_hold", "duration"}, "kinds: %r" % sorted(complete(12)))
    expect("x2" in complete(13) and "s" in complete(13), "a default's clauses and units")
    expect("kind" in complete(15), "a brace in a string or a comment opens nothing")
    expect("cat_camel" in complete(17) and "kind" not in complete(17), "after the definition, a routine's line")
    targets = complete(18)
    expect("hamstrings" in targets and "reps" not in targets, "targets after `targets ..., `: %r" % sorted(targets))
    directions = complete(19)
    expect("left" in directions and "centre" in directions and "reps" not in directions,
           "directions in `per direction (...)`: %r" % sorted(directions))

    reply = client.request("textDocument/completion", {"textDocument": {"uri": uri}})
    expect(reply["error"]["code"] == -32602, "no position: %r" % reply)
    client.shut_down()


def case_hover(binary):
    uri = "file:///nonexistent-regimen-lsp/hover.regimen"
    client = Client(binary)
    initialize(client)
    text = ("cat_camel reps 10..15 x2\nchilds_pose easier cat_camel\nknee_extension_isometric hold 30s -> 45s\n\n"
            "program 4 weeks\n")
    client.open(uri, text)
    client.diagnostics(uri)

    def hover(line, character):
        reply = client.request("textDocument/hover", {
            "textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
        result = reply["result"]
        return None if result is None else result["contents"]["value"]

    line = hover(0, 3)
    expect(line.startswith('The patient reads: "2 sets of 10 to 15 repetitions."'), "the dose in words: %r" % line)
    expect("**Cat-camel** (`cat_camel`)" in line and "\n\n1. " in line, "the exercise and its steps: %r" % line)
    expect(hover(0, 18) == line, "anywhere on the line")
    usual = hover(1, 3)
    expect("Hold 30 seconds" in usual and "(the library's usual dose)" in usual, "a default dose, said so: %r" % usual)
    variant = hover(1, 22)
    expect(variant.startswith("**Cat-camel**"), "another exercise on the line is that one: %r" % variant)
    progressing = hover(2, 5)
    expect("on day 1:" in progressing and "on day 28:" in progressing, "a progressing dose, both ends: %r" % progressing)
    expect(hover(3, 0) is None, "nothing on an empty line")
    # The session's time, as the patient's handout says it.
    handout = handout_text(binary, text)
    each = re.search(r"^Each session: (.*)$", handout, re.M).group(1)
    expect("\n\nEach session: %s\n" % each in line, "the session's time, as the handout has it (%r): %r" % (each, line))

    # With several sessions: the line's own, by name.
    text = ('program 4 weeks\nsession "Morning" daily {\n  cat_camel reps 10..15 x2\n}\n'
            'session "Evening" 2/week {\n  childs_pose hold 30s x3 rest 10s\n  cat_camel reps 10\n}\n')
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"text": text}]})
    client.diagnostics(uri)
    handout = handout_text(binary, text)
    for name, line_number in (("Morning", 2), ("Evening", 6)):
        time = re.search(r"^%s: .*; each time (.*)$" % name, handout, re.M).group(1)
        said = hover(line_number, 4)
        expect("\n\nIts session, %s: %s\n" % (name, time[0].upper() + time[1:]) in said,
               "the time of %s (%r): %r" % (name, time, said))
    client.shut_down()


def handout_text(binary, text):
    """The patient's text handout of a routine, to compare the server's words with."""
    with tempfile.NamedTemporaryFile("w", suffix=".regimen", delete=False) as f:
        f.write(text)
    try:
        return subprocess.run([binary, "build", f.name, "--emit", "text"], check=True, capture_output=True,
                              text=True).stdout
    finally:
        os.unlink(f.name)


def case_definition_and_symbols(binary):
    folder = tempfile.mkdtemp()
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(folder, "cache"))
    client = Client(binary, env)
    initialize(client)
    uri = "file://" + os.path.join(folder, "own.regimen")
    lines = [
        'exercise my_stretch "My stretch" {',   # 0
        "  kind hold",                          # 1
        "}",                                    # 2
        'routine "Back care" {',                # 3
        '  section "Warm-up" {',                # 4
        "    cat_camel reps 10 x2",             # 5
        "    my_stretch hold 20s",              # 6
        "  }",                                  # 7
        '  stage "Early" until "it eases" {',   # 8
        "    weeks 1-2 { childs_pose }",        # 9
        "  }",                                  # 10
        "}",                                    # 11
    ]
    text = "\n".join(lines) + "\n"
    client.open(uri, text)
    expect(client.diagnostics(uri)["diagnostics"] == [], "a clean document")

    def definition(line, character):
        return client.request("textDocument/definition", {
            "textDocument": {"uri": uri}, "position": {"line": line, "character": character}})["result"]

    own = definition(6, 6)
    expect(own["uri"] == uri and own["range"]["start"]["line"] == 0, "the document's own exercise: %r" % own)
    builtin = definition(5, 6)
    expect(builtin["uri"].startswith("file://" + os.path.join(folder, "cache", "regimen", "stdlib-")),
           "a built-in exercise, in the cache: %r" % builtin)
    path = builtin["uri"][len("file://"):]
    shown = open(path, encoding="utf-8").read().splitlines()[builtin["range"]["start"]["line"]]
    expect(shown.startswith("exercise cat_camel "), "the definition's line: %r" % shown)
    expect(oct(os.stat(path).st_mode & 0o777) == oct(0o444), "mode 0444: %o" % (os.stat(path).st_mode & 0o777))
    expect(definition(5, 15) is None, "no definition for a number")

    symbols = client.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})["result"]
    names = [(s["name"], s["kind"]) for s in symbols]
    expect(names == [("my_stretch", 5), ("Back care", 2)], "the top of the outline: %r" % names)
    routine = symbols[1]
    section, stage = routine["children"]
    expect(section["name"] == "Warm-up" and [c["name"] for c in section["children"]] == ["cat_camel", "my_stretch"],
           "the section and its lines: %r" % section)
    expect(section["children"][0]["detail"] == "reps 10 x2", "a line's dose as its detail: %r" % section["children"][0])
    expect(section["children"][0]["selectionRange"]["start"] == {"line": 5, "character": 4}, "the name selected")
    expect(stage["name"] == "Early" and stage["children"][0]["name"] == "weeks 1-2"
           and stage["children"][0]["children"][0]["name"] == "childs_pose", "a stage, its phase and line: %r" % stage)
    client.shut_down()


def case_code_actions(binary):
    uri = "file:///nonexistent-regimen-lsp/fixes.regimen"
    client = Client(binary)
    initialize(client)
    text = "cat_camle reps 10..15 x2\nchilds_pose hold 30 rest 20s\nweeks 1-2 { cat_camel reps 10 - 12 }\n"
    client.open(uri, text)
    expect(len(client.diagnostics(uri)["diagnostics"]) == 3, "three problems")

    def actions(start_line, end_line):
        return client.request("textDocument/codeAction", {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": start_line, "character": 0}, "end": {"line": end_line, "character": 0}},
            "context": {"diagnostics": []}})["result"]

    found = actions(0, 3)
    titles = [a["title"] for a in found]
    expect(titles[0] == "Change to `cat_camel`", "did you mean, as a change: %r" % titles)
    expect(found[0]["isPreferred"] and found[0]["diagnostics"][0]["code"] == "E0101", "for its diagnostic")
    edit = found[0]["edit"]["changes"][uri]
    expect(edit == [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 9}},
                     "newText": "cat_camel"}], "the word replaced: %r" % edit)
    unit = [a for a in found if a["diagnostics"][0]["code"] == "E0202"]
    expect(len(unit) == 1 and unit[0]["edit"]["changes"][uri][0]["newText"] == "s", "the unit's own fix: %r" % unit)
    dash = [a for a in found if a["diagnostics"][0]["code"] == "E0007"]
    expect(len(dash) == 1 and dash[0]["title"] == "Write `10..12`", "the range's own fix: %r" % dash)
    at_cursor = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri},
        "range": {"start": {"line": 1, "character": 17}, "end": {"line": 1, "character": 17}},
        "context": {"diagnostics": []}})["result"]
    expect([a["title"] for a in at_cursor] == [unit[0]["title"]], "only the problems at the cursor: %r" % at_cursor)

    # Applying each fix, as the editor would, clears every problem; the
    # actions are asked for again after each, as their places move.
    version = 1
    for code in ("E0101", "E0202", "E0007"):
        action = [a for a in actions(0, 3) if a["diagnostics"][0]["code"] == code][0]
        version += 1
        changes = [{"range": e["range"], "text": e["newText"]} for e in reversed(action["edit"]["changes"][uri])]
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": changes})
        left = client.diagnostics(uri)["diagnostics"]
    expect(left == [], "no problem left: %r" % left)
    client.shut_down()


def case_lint(binary):
    folder = tempfile.mkdtemp()
    uri = "file://" + os.path.join(folder, "band.regimen")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lint-cli", "inputs",
                           "fixable.regimen")) as f:
        text = f.read()
    # The folder's regimen.toml makes missing-side an error, as `regimen lint` would read it.
    with open(os.path.join(folder, "regimen.toml"), "w") as f:
        f.write('[lint]\ndeny = ["missing-side"]\n')
    client = Client(binary)
    reply = client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {},
                                          "initializationOptions": {"lint": True}})
    expect("result" in reply, "initialize with options: %r" % reply)
    client.open(uri, text)
    found = client.diagnostics(uri)["diagnostics"]
    codes = [(d["code"], d["severity"], d["source"]) for d in found]
    expect(codes == [("L0301", 1, "regimen lint"), ("L0305", 2, "regimen lint")],
           "the linter's findings, missing-side denied by the config: %r" % codes)
    expect(found[0]["codeDescription"]["href"].endswith("/lint.md#l0301-missing-side"), "the rule's docs: %r" % found[0])
    expect(found[0]["range"]["start"] == {"line": 8, "character": 2}, "on the exercise's name: %r" % found[0]["range"])

    # Each finding's fix is a quick fix; applying both leaves nothing to find.
    version = 1
    for code in ("L0301", "L0305"):
        actions = client.request("textDocument/codeAction", {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 11, "character": 0}},
            "context": {"diagnostics": []}})["result"]
        action = [a for a in actions if a["diagnostics"][0]["code"] == code]
        expect(len(action) == 1 and action[0]["kind"] == "quickfix", "a fix for %s: %r" % (code, actions))
        version += 1
        changes = [{"range": e["range"], "text": e["newText"]} for e in reversed(action[0]["edit"]["changes"][uri])]
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": changes})
        left = client.diagnostics(uri)["diagnostics"]
    expect(left == [], "no finding left: %r" % left)
    # The document as the server holds it, seen through formatting: the fixes went where they belong.
    formatted = client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})["result"]
    now = formatted[0]["newText"]
    expect("quadruped_trunk_rotation reps 8 per side" in now and "reps 12 x3 rest 30s load band" in now,
           "the fixed text: %r" % now)

    # A broken config is said at the top, and the defaults are used.
    with open(os.path.join(folder, "regimen.toml"), "w") as f:
        f.write('[lint]\ndeny = ["no-such-rule"]\n')
    version += 1
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                             "contentChanges": [{"text": text}]})
    found = client.diagnostics(uri)["diagnostics"]
    expect(found[0]["code"] == "config" and "regimen.toml:2:" in found[0]["message"]
           and "no-such-rule" in found[0]["message"], "the config's problem: %r" % found[0])
    expect([d["code"] for d in found[1:]] == ["L0301", "L0305"] and found[1]["severity"] == 2,
           "default levels: %r" % found)

    # The setting turned off: the compiler's problems only (there are none).
    client.notify("workspace/didChangeConfiguration", {"settings": {"regimen": {"lint": False}}})
    expect(client.diagnostics(uri)["diagnostics"] == [], "no lint without the setting")
    client.shut_down()


def case_worker_crash(binary):
    # The server is made to abort on a hover, as a fault in one would.
    client = Client(binary, env=dict(os.environ, REGIMEN_LSP_TEST_ABORT_ON="textDocument/hover"))
    initialize(client)
    uri = "file:///nonexistent-regimen-lsp/crash.regimen"
    client.open(uri, "cat_camle reps 10\n")
    expect(client.diagnostics(uri)["diagnostics"][0]["code"] == "E0101", "the misspelling")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"range": {"start": {"line": 0, "character": 15}, "end": {"line": 0, "character": 17}}, "text": "12"}]})
    expect(client.diagnostics(uri)["version"] == 2, "the change")

    reply = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}})
    expect(reply["error"]["code"] == -32603 and "restarted" in reply["error"]["message"], "the failed request: %r" % reply)
    logged = client.wait_for(lambda m: m.get("method") == "window/logMessage")
    expect("restarted" in logged["params"]["message"], "the restart is logged: %r" % logged)
    # The new server has the document as it was last changed, and goes on.
    published = client.diagnostics(uri)
    expect(published["version"] == 2 and published["diagnostics"][0]["code"] == "E0101", "republished: %r" % published)
    formatted = client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})["result"]
    expect(formatted == [], "the text with its change, formatted already: %r" % formatted)
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
        {"range": {"start": {"line": 0, "character": 6}, "end": {"line": 0, "character": 9}}, "text": "mel"}]})
    expect(client.diagnostics(uri)["diagnostics"] == [], "an incremental change after the restart")
    reply = client.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 0}})
    expect(len(reply["result"]["items"]) > 10, "completion after the restart")
    client.shut_down()


def case_worker_crash_loop(binary):
    # A document whose opening kills the server: after a few restarts it is
    # not given to the new server again, and the server stays up.
    client = Client(binary, env=dict(os.environ, REGIMEN_LSP_TEST_ABORT_ON="textDocument/didOpen"))
    initialize(client)
    uri = "file:///nonexistent-regimen-lsp/loop.regimen"
    client.open(uri, "cat_camel reps 10\n")
    logged = client.wait_for(lambda m: m.get("method") == "window/logMessage" and "reopen" in m["params"]["message"])
    expect("without the open documents" in logged["params"]["message"], "given up on the document: %r" % logged)
    reply = client.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})
    expect(reply["error"]["code"] == -32602 and "not open" in reply["error"]["message"], "no longer open: %r" % reply)
    client.shut_down()


def case_exit_without_shutdown(binary):
    client = Client(binary)
    initialize(client)
    client.notify("exit")
    status = client.proc.wait(timeout=20)
    expect(status == 1, "exit without shutdown: status %d, want 1" % status)


def case_end_of_input(binary):
    client = Client(binary)
    initialize(client)
    client.send_raw(b"Content-Length: 500\r\n\r\n{\"jsonrpc\"")  # cut short
    status = client.finish()
    expect(status == 1, "end of input without shutdown: status %d, want 1" % status)


def main():
    binary, case = sys.argv[1], sys.argv[2]
    globals()["case_" + case](binary)
    print("ok:", case)


if __name__ == "__main__":
    main()

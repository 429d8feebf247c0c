"""Writes the inputs of the robustness cases, deterministically from a seed.

gen.py CASE SEED OUTDIR writes one or more *.regimen files into OUTDIR.
Big inputs are made here, at test time, so that none is kept in the repository.
"""
import os
import random
import sys

MIB = 1024 * 1024
ONE_LINER = "cat_camel reps 10..15; half_wall_hang hold 20..30s x5\n"

# Words and marks of the language, for token soup that gets past the lexer.
VOCABULARY = (
    "routine section circuit rounds weeks week when param import exercise title by level program "
    "frequency targets caution disclaimer red_flag note cue step default reps hold sets for distance "
    "per each side sides alternating direction left right first rest tempo load rpe pain until from max "
    "at least on alternate easier harder alternative if kind accepts aliases cat_camel half_wall_hang "
    "Cat-Cow s min breaths kg lb km weeks daily mon morning beginner band red light symptoms mild severe"
).split() + ["{", "}", "(", ")", ",", ";", ":", "|", "=", "/", "..", "->", "-", "x5", "x1", "0", "10", "15",
             "2.5", "07:30", '"Mobility"', '"a \\"quoted\\" word"', '"', "#", "\n", "\n", "\n", "\r\n", "\t", "@"]


def write(outdir, name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(outdir, name), mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)


def random_bytes(rng, outdir):
    for i in range(4):
        write(outdir, f"bytes{i}.regimen", bytes(rng.getrandbits(8) for _ in range(rng.choice([1, 100, 4096, 65536]))))


def random_tokens(rng, outdir):
    for i in range(20):
        count = rng.choice([5, 50, 500, 5000])
        write(outdir, f"tokens{i}.regimen", " ".join(rng.choice(VOCABULARY) for _ in range(count)))


def mutated(rng, outdir):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "everything.regimen"), encoding="utf-8") as f:
        seed_text = f.read()
    pieces = list(VOCABULARY) + list("{}()\"\n.;:-0123456789")
    for i in range(25):
        text = seed_text
        for _ in range(rng.choice([1, 2, 5, 20])):
            at = rng.randrange(len(text) + 1)
            action = rng.randrange(4)
            if action == 0:  # delete a few characters
                text = text[:at] + text[at + rng.randint(1, 8):]
            elif action == 1:  # insert a word or a mark
                text = text[:at] + rng.choice(pieces) + text[at:]
            elif action == 2:  # duplicate a stretch
                end = min(len(text), at + rng.randint(1, 200))
                text = text[:end] + text[at:end] + text[end:]
            else:  # swap two neighbouring lines
                lines = text.split("\n")
                k = rng.randrange(max(1, len(lines) - 1))
                if k + 1 < len(lines):
                    lines[k], lines[k + 1] = lines[k + 1], lines[k]
                text = "\n".join(lines)
        write(outdir, f"mutated{i}.regimen", text)


def invalid_utf8(rng, outdir):
    samples = [
        b"cat_camel reps 10 note \"caf\xe9\"\n",            # Latin-1, not UTF-8
        b"cat_camel reps 10\n\xc3\x28\n",                     # a broken two-byte sequence
        b"\xc0\xaf cat_camel reps 10\n",                      # an overlong form
        b"cat_camel cue \"\xed\xa0\x80\" reps 10\n",          # an encoded surrogate
        b"\xf4\x90\x80\x80\n",                                # past U+10FFFF
        b"cat_camel reps 10 note \"\xe2\x80",                 # cut off at the end of the file
        b"\xff" * 10000,                                      # many bad bytes
    ]
    for i, sample in enumerate(samples):
        write(outdir, f"utf8_{i}.regimen", sample)


# The most a file may hold (docs/safety.md); the big cases sit just under it.
LIMIT = 2 * MIB
UNDER = LIMIT - 64 * 1024


def big_valid(rng, outdir):
    line = "cat_camel reps 10..15\n"
    write(outdir, "big_valid.regimen", line * (UNDER // len(line)))
    # The same statements on one line: no shape may cost more than its size.
    statement = "cat_camel reps 10..15; "
    write(outdir, "one_line_valid.regimen", statement * (UNDER // len(statement)) + "\n")
    write(outdir, "too_big.regimen", line * (10 * MIB // len(line) + 1))


def big_garbage(rng, outdir):
    write(outdir, "big_garbage.regimen", rng.randbytes(UNDER))
    write(outdir, "too_big_garbage.regimen", rng.randbytes(10 * MIB))
    # A line of errors, each of which quotes the line: quadratic if either
    # finding a column or showing the line cost the line's length.
    statement = "cat_camle reps 10; "
    write(outdir, "one_line_errors.regimen", statement * (UNDER // len(statement)) + "\n")


def nested(rng, outdir):
    write(outdir, "braces.regimen", "{" * 100000 + "\n")
    write(outdir, "sections.regimen", 'section "a" {' * 100000 + "\n")
    write(outdir, "parens.regimen", "cat_camel reps 10 per direction " + "(" * 100000 + "\n")
    write(outdir, "closing.regimen", "}" * 100000 + ")" * 100000 + "\n")


def huge_numbers(rng, outdir):
    write(outdir, "reps.regimen", "cat_camel reps 99999999999999999999999999\n")
    write(outdir, "range.regimen", "cat_camel reps 1..99999999999999999999999999\n")
    write(outdir, "sets.regimen", "cat_camel reps 10 x99999999999999999999999999\n")
    write(outdir, "decimal.regimen", "half_wall_hang hold 99999999999999999999999999.5s\n")
    write(outdir, "weeks.regimen", "weeks 1-99999999999999999999999999 { cat_camel reps 10 }\n")
    write(outdir, "digits.regimen", "cat_camel reps " + "9" * 100000 + "\n")


def long_line(rng, outdir):
    write(outdir, "long_note.regimen", 'cat_camel reps 10 note "' + "a" * MIB + '"\n')


def long_identifier(rng, outdir):
    write(outdir, "long_name.regimen", "a" * MIB + " reps 10\n")


def nul_byte(rng, outdir):
    write(outdir, "nul.regimen", b"cat_camel reps 10\x00\n")
    write(outdir, "nul_in_string.regimen", b"cat_camel reps 10 note \"a\x00b\"\n")
    write(outdir, "only_nul.regimen", b"\x00")


def lone_quote(rng, outdir):
    write(outdir, "quote.regimen", '"')
    write(outdir, "escape.regimen", '"\\')
    write(outdir, "quote_newline.regimen", 'cat_camel note "\n"\n')


def repeated(rng, outdir):
    write(outdir, "arrows.regimen", "->" * 100000)
    write(outdir, "progression.regimen", "cat_camel reps 5 " + "-> 6 " * 100000 + "\n")
    write(outdir, "dots.regimen", "cat_camel reps " + "1.." * 100000 + "\n")
    write(outdir, "commas.regimen", "targets " + "a, " * 100000 + "\n")
    write(outdir, "semicolons.regimen", ";" * 100000 + ONE_LINER)
    write(outdir, "blank_lines.regimen", "\n" * 100000 + ONE_LINER)
    write(outdir, "comment_lines.regimen", "# a comment\n" * 100000 + ONE_LINER)
    write(outdir, "blank_lines_in_block.regimen", 'section "a" {' + "\n" * 100000 + ONE_LINER + "}\n")


def many_errors(rng, outdir):
    write(outdir, "many_errors.regimen", "cat_camle reps 10\n" * 20000)
    write(outdir, "many_syntax_errors.regimen", "cat_camel reps ..\n" * 20000)
    write(outdir, "many_bad_chars.regimen", "@" * MIB)


CASES = {
    "random_bytes": random_bytes,
    "random_tokens": random_tokens,
    "mutated": mutated,
    "invalid_utf8": invalid_utf8,
    "big_valid": big_valid,
    "big_garbage": big_garbage,
    "nested": nested,
    "huge_numbers": huge_numbers,
    "long_line": long_line,
    "long_identifier": long_identifier,
    "nul_byte": nul_byte,
    "lone_quote": lone_quote,
    "repeated": repeated,
    "many_errors": many_errors,
}

if __name__ == "__main__":
    case, seed, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(outdir, exist_ok=True)
    CASES[case](random.Random(seed), outdir)

"""Checks one JSON file against one of the JSON Schemas in docs/schema/.

    validate.py SCHEMA FILE
        passes when FILE matches SCHEMA.
    validate.py SCHEMA FILE --expect-invalid TEXT
        passes when FILE breaks SCHEMA in exactly one place, with an error
        whose message contains TEXT. Exactly one, so that a hand-made bad
        document proves the rule it was made for, not some other slip in it.

Exit status: 0 passes, 1 does not, 2 the file or the schema cannot be read.
Needs the jsonschema module (Debian: python3-jsonschema).
"""

import argparse
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate.py: the jsonschema module is missing; run it with a python that has it "
          "(Debian: /usr/bin/python3 with python3-jsonschema)", file=sys.stderr)
    sys.exit(2)


def cannot(message):
    print(f"validate.py: {message}", file=sys.stderr)
    sys.exit(2)


def load(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        cannot(f"cannot read the {what} {path}: {e.strerror}")
    if not text.strip():
        cannot(f"the {what} {path} is empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        cannot(f"the {what} {path} is not JSON: {e}")


def pointer(path):
    """A JSON Pointer, such as /body/0/hold/kind, so that the place can be found in the file."""
    return "/" + "/".join(str(part) for part in path) if path else "(the whole document)"


def describe(error, indent="  "):
    """One error, with the alternatives an anyOf or oneOf tried, if any."""
    lines = [f"{indent}at {pointer(error.absolute_path)}: {error.message}"]
    for sub in sorted(error.context, key=lambda e: list(e.absolute_path)):
        lines.append(f"{indent}    - at {pointer(sub.absolute_path)}: {sub.message}")
    return "\n".join(lines)


def messages(error):
    yield error.message
    for sub in error.context:
        yield from messages(sub)


def main():
    parser = argparse.ArgumentParser(description="Check a JSON file against a JSON Schema.")
    parser.add_argument("schema")
    parser.add_argument("file")
    parser.add_argument("--expect-invalid", metavar="TEXT",
                        help="pass only if the file breaks the schema once, with an error containing TEXT")
    args = parser.parse_args()

    schema = load(args.schema, "schema")
    document = load(args.file, "document")
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        cannot(f"{args.schema} is not a valid JSON Schema: {e.message}")
    errors = sorted(validator_class(schema).iter_errors(document), key=lambda e: list(e.absolute_path))

    if args.expect_invalid is None:
        if not errors:
            print(f"{args.file}: matches {args.schema}")
            return 0
        print(f"{args.file}: does not match {args.schema} ({len(errors)} error(s)):", file=sys.stderr)
        for error in errors:
            print(describe(error), file=sys.stderr)
        return 1

    if not errors:
        print(f"{args.file}: expected the schema {args.schema} to reject it "
              f"({args.expect_invalid!r}), but it was accepted", file=sys.stderr)
        return 1
    if len(errors) != 1:
        print(f"{args.file}: expected exactly one error ({args.expect_invalid!r}), got {len(errors)}; "
              f"a bad document must break one rule only:", file=sys.stderr)
        for error in errors:
            print(describe(error), file=sys.stderr)
        return 1
    if not any(args.expect_invalid in m for m in messages(errors[0])):
        print(f"{args.file}: rejected, but not for the expected reason ({args.expect_invalid!r}):", file=sys.stderr)
        print(describe(errors[0]), file=sys.stderr)
        return 1
    print(f"{args.file}: rejected as expected:")
    print(describe(errors[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Reading the import file and checking it against the JSON schema, with messages in plain language."""

import difflib
import json
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator, FormatChecker

from .errors import ImportRejected, Problem

SCHEMA_PATH = Path(__file__).resolve().parent / "method-import.schema.json"

_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list [ ... ]",
    "object": "an object { ... }",
    "boolean": "true or false",
    "null": "null",
}


@cache
def load_schema():
    with SCHEMA_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def _format_checker():
    checker = FormatChecker()

    # jsonschema checks "uri" only when an optional package is installed; the references are shown as
    # links, so they must be web addresses a browser can open.
    @checker.checks("uri", raises=ValidationError)
    def is_web_address(value):
        if not isinstance(value, str):
            return True
        URLValidator(schemes=["http", "https"])(value)
        return True

    return checker


@cache
def validator():
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=_format_checker())


def parse_json(path):
    """Parse the import file once. Raises ImportRejected with the line and column of a syntax error."""
    duplicates = []

    def no_duplicate_keys(pairs):
        seen = set()
        for key, _value in pairs:
            if key in seen:
                duplicates.append(key)
            seen.add(key)
        return dict(pairs)

    try:
        with open(path, encoding="utf-8-sig") as handle:
            data = json.load(handle, object_pairs_hook=no_duplicate_keys)
    except FileNotFoundError:
        raise ImportRejected([Problem(_("The file %(path)s does not exist.") % {"path": path})]) from None
    except UnicodeDecodeError as error:
        raise ImportRejected(
            [
                Problem(
                    _("The file is not UTF-8 text (unreadable byte at position %(pos)s). Save it as UTF-8.")
                    % {"pos": error.start}
                )
            ]
        ) from None
    except json.JSONDecodeError as error:
        raise ImportRejected(
            [
                Problem(
                    _("The file is not valid JSON: %(reason)s at line %(line)s, column %(column)s.")
                    % {"reason": error.msg, "line": error.lineno, "column": error.colno}
                )
            ]
        ) from None
    if duplicates:
        raise ImportRejected(
            [
                Problem(
                    _(
                        "The field '%(key)s' appears twice in the same object; JSON would silently keep "
                        "only the last one. Remove one of them."
                    )
                    % {"key": key}
                )
                for key in dict.fromkeys(duplicates)
            ]
        )
    return data


def _join_path(parts):
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _problem_at(data, parts, message):
    parts = list(parts)
    if len(parts) >= 2 and parts[0] == "methods" and isinstance(parts[1], int):
        index = parts[1]
        record = data["methods"][index]
        record_id = record.get("id") if isinstance(record, dict) else None
        return Problem(
            message,
            record_index=index,
            record_id=record_id if isinstance(record_id, str) else "",
            field=_join_path(parts[2:]),
        )
    return Problem(message, field=_join_path(parts))


def _show(value):
    return json.dumps(value, ensure_ascii=False)


def _plain_messages(error):
    """Yield (extra path parts, message) for one jsonschema error."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "required":
        for name in expected:
            if isinstance(value, dict) and name not in value:
                yield [name], _("This required field is missing.")
    elif kind == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        for name in value:
            if name in allowed:
                continue
            close = difflib.get_close_matches(name, allowed, n=1)
            hint = _(" Did you mean '%(name)s'?") % {"name": close[0]} if close else ""
            yield [name], _("'%(name)s' is not a field of this format.") % {"name": name} + hint
    elif kind == "enum":
        yield (
            [],
            _("%(value)s is not allowed here. Use one of: %(choices)s.")
            % {
                "value": _show(value),
                "choices": ", ".join(str(choice) for choice in expected),
            },
        )
    elif kind == "type":
        yield (
            [],
            _("This must be %(type)s, not %(value)s.")
            % {
                "type": _TYPE_NAMES.get(expected, expected),
                "value": _show(value),
            },
        )
    elif kind == "pattern" and error.absolute_path and error.absolute_path[-1] == "id":
        yield (
            [],
            _(
                "%(value)s cannot be used as an id: use 1 to 80 characters, only lowercase letters a–z, "
                "digits and hyphens, starting with a letter or digit (no spaces, æ, ø or å)."
            )
            % {"value": _show(value)},
        )
    elif kind == "pattern":
        yield [], _("%(value)s does not have the expected form.") % {"value": _show(value)}
    elif kind == "minLength":
        yield [], _("This is too short: write at least %(min)s characters.") % {"min": expected}
    elif kind == "maxLength":
        yield (
            [],
            _("This is too long: %(length)s characters, at most %(max)s are allowed.")
            % {
                "length": len(value),
                "max": expected,
            },
        )
    elif kind == "minItems":
        yield [], _("List at least %(min)s.") % {"min": expected}
    elif kind == "minimum":
        yield (
            [],
            _("%(value)s is too small: the lowest allowed is %(min)s.") % {"value": value, "min": expected},
        )
    elif kind == "maximum":
        yield (
            [],
            _("%(value)s is too large: the highest allowed is %(max)s.") % {"value": value, "max": expected},
        )
    elif kind == "format" and expected == "date":
        yield (
            [],
            _("%(value)s is not a valid date. Write it as YYYY-MM-DD, e.g. 2024-03-01.")
            % {"value": _show(value)},
        )
    elif kind == "format" and expected == "uri":
        yield (
            [],
            _("%(value)s is not a web address. It must start with http:// or https://.")
            % {"value": _show(value)},
        )
    else:
        yield [], error.message


def schema_problems(data):
    """Every way the data breaks the schema, as Problems sorted by record and field."""
    problems = []
    for error in validator().iter_errors(data):
        for extra, message in _plain_messages(error):
            problems.append(_problem_at(data, [*error.absolute_path, *extra], message))
    return sorted(
        dict.fromkeys(problems),
        key=lambda p: (p.record_index if p.record_index is not None else -1, p.field, p.message),
    )

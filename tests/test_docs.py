"""The documentation stays short where a newcomer starts, and true where it points.

README.md is the first two minutes (what this is, the two commands, the roles, the page tree, where the code
is); the rest lives in docs/ and benchmarks/README.md. Links and `manage.py <command>` mentions rot quietly
when code moves, so every one of them is checked against the repository and Django's command registry.
"""

import re
from pathlib import Path

import pytest
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = [README, *sorted((ROOT / "docs").glob("*.md")), ROOT / "benchmarks" / "README.md"]

# [text](target) and [label]: target; the target ends at whitespace or the closing parenthesis.
INLINE_LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
# One space: `manage.py load_demo`, not the layout column "manage.py        defaults to ...".
MANAGE_COMMAND = re.compile(r"manage\.py ([a-z][a-z0-9_]*)")


def _doc_id(path):
    return str(path.relative_to(ROOT))


def _relative_targets(text):
    for match in [*INLINE_LINK.finditer(text), *REFERENCE_LINK.finditer(text)]:
        target = match.group(1)
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("#"):
            continue  # http(s):, mailto: and in-page anchors are not files
        yield target.split("#", 1)[0]


def test_readme_is_a_first_two_minutes():
    size = len(README.read_bytes())
    assert size < 10_240, f"README.md is {size} bytes; move detail to docs/ (limit 10,240)"
    text = README.read_text(encoding="utf-8")
    assert "make run" in text
    assert "make test" in text


@pytest.mark.parametrize("doc", DOCS, ids=_doc_id)
def test_relative_links_point_at_files_that_exist(doc):
    assert doc.exists(), f"{_doc_id(doc)} is missing"
    text = doc.read_text(encoding="utf-8")
    broken = [target for target in _relative_targets(text) if not (doc.parent / target).exists()]
    assert not broken, f"{_doc_id(doc)} links to missing files: {broken}"


@pytest.mark.parametrize("doc", DOCS, ids=_doc_id)
def test_manage_py_commands_exist(doc):
    assert doc.exists(), f"{_doc_id(doc)} is missing"
    commands = get_commands()
    mentioned = set(MANAGE_COMMAND.findall(doc.read_text(encoding="utf-8")))
    unknown = sorted(mentioned - commands.keys())
    assert not unknown, f"{_doc_id(doc)} mentions management commands that do not exist: {unknown}"

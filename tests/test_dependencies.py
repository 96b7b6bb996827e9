"""Installs are reproducible: requirements/*.txt pin every package with hashes, and match pyproject.toml.

`make run`, `make test` and CI install only from these lock files with `pip --require-hashes`; the
project itself goes in afterwards without dependencies. A dependency added to pyproject.toml but not
locked would otherwise surface only as `pip check` failing in someone's `make run` (docs/dependencies.md).
"""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCKS = {"base": ROOT / "requirements" / "base.txt", "test": ROOT / "requirements" / "test.txt"}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+?)\s*(\\)?$")


def read_lock(path):
    """{canonical name: (version, number of hashes)} from a pip-compile --generate-hashes file."""
    pins, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = [match.group(2), 0]
        elif line.strip().startswith("--hash=sha256:") and current:
            pins[current][1] += 1
        elif line and not line.startswith((" ", "#")):
            raise AssertionError(f"{path.name}: a line that is not a hashed pin: {line!r}")
    return {name: tuple(value) for name, value in pins.items()}


def declared(extra=None):
    requirements = PYPROJECT["project"]["dependencies"]
    if extra:
        requirements = [*requirements, *PYPROJECT["project"]["optional-dependencies"][extra]]
    return [Requirement(text) for text in requirements]


@pytest.mark.parametrize(("lock", "extra"), [("base", None), ("test", "test")])
def test_every_declared_dependency_is_pinned_within_its_range(lock, extra):
    pins = read_lock(LOCKS[lock])
    problems = []
    for requirement in declared(extra):
        pin = pins.get(canonicalize_name(requirement.name))
        if pin is None:
            problems.append(f"{requirement.name} is not in requirements/{lock}.txt")
        elif not requirement.specifier.contains(pin[0], prereleases=True):
            problems.append(f"{requirement.name}=={pin[0]} is outside {requirement.specifier}")
    assert not problems, "run `make lock`: " + "; ".join(problems)


@pytest.mark.parametrize("lock", LOCKS)
def test_every_pin_carries_a_hash(lock):
    pins = read_lock(LOCKS[lock])
    assert len(pins) > 20
    assert [name for name, (_version, hashes) in pins.items() if hashes == 0] == []


def test_the_site_lock_is_the_test_lock_minus_test_tools():
    """One resolution: a package both install gets the same version in both."""
    base, test = read_lock(LOCKS["base"]), read_lock(LOCKS["test"])
    assert set(base) <= set(test)
    assert {name: base[name][0] for name in base} == {name: test[name][0] for name in base}


def test_the_build_backend_is_locked():
    """`pip install --no-build-isolation -e .` builds with the lock's setuptools, not a fresh download."""
    backend = Requirement(PYPROJECT["build-system"]["requires"][0])
    for lock in LOCKS.values():
        version = read_lock(lock).get(canonicalize_name(backend.name), (None,))[0]
        assert version and backend.specifier.contains(version), f"{backend} is not locked in {lock.name}"

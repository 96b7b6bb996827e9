"""MRR and nDCG@10 of the Norwegian relevance cases (tests/search/relevance.py) on this database.

    .venv/bin/python benchmarks/search_relevance.py                      # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres .venv/bin/python benchmarks/search_relevance.py

Runs the metrics test with its per-query table printed (pytest builds a test database from DATABASE_URL's
server and removes it afterwards).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    command = [
        sys.executable,
        "-m",
        "pytest",
        "tests/search/test_relevance.py::test_relevance_metrics",
        "-q",
        "-s",
        "-p",
        "no:cacheprovider",
        *sys.argv[1:],
    ]
    sys.exit(subprocess.call(command, cwd=ROOT))

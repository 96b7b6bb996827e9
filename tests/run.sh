#!/usr/bin/env bash
# The whole test suite, in stages: ruff, the import-linter layers contract, Django checks and makemigrations --check, pytest on SQLite,
# then pytest on PostgreSQL (a throwaway cluster this script starts and removes, or DATABASE_URL's
# database). Browser tests run inside both pytest stages when Chromium and axe-core are present.
# Every stage runs even when an earlier one fails; the exit code is non-zero when any stage failed.
#
# `make test` installs .venv and calls this. Environment:
#   CI=true or REQUIRE_BROWSER=1  a missing Chromium or axe-core fails instead of skipping the browser tests
#   DATABASE_URL                  run the PostgreSQL stage on this database instead of a throwaway cluster
#   PG_BIN                        directory holding initdb and pg_ctl (default: newest /usr/lib/postgresql/*/bin)
#   SKIP_POSTGRES=1               leave out the PostgreSQL stage (quick local runs)
#   PYTEST_ARGS                   extra arguments for both pytest runs, e.g. PYTEST_ARGS="tests/methods -x"
#   PYTEST_WORKERS                pytest-xdist workers per pytest run (default: one per CPU; 0 runs in-process)
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=$ROOT/${VENV:-.venv}/bin
ARTIFACTS=$ROOT/test-artifacts
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
AXE_JS=$ROOT/node_modules/axe-core/axe.min.js
read -r -a EXTRA_PYTEST_ARGS <<<"${PYTEST_ARGS:-}"
mkdir -p "$ARTIFACTS"
rm -f "$ARTIFACTS"/pytest-*.xml

IN_CI=""
if [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; then
    IN_CI=1
    export REQUIRE_BROWSER=1
fi
export PYTHONUNBUFFERED=1

STAGE_NAMES=()
STAGE_RESULTS=()
STAGE_SECONDS=()
FAILED=0

# run_stage NAME COMMAND...: runs one stage and records passed / FAILED / skipped (exit 200 = skipped).
run_stage() {
    local name=$1 start=$SECONDS rc result
    shift
    printf '\n===== %s =====\n' "$name"
    "$@"
    rc=$?
    case $rc in
        0) result="passed" ;;
        200) result="skipped: $SKIP_REASON" ;;
        *) result="FAILED (exit $rc)"; FAILED=1 ;;
    esac
    STAGE_NAMES+=("$name")
    STAGE_RESULTS+=("$result")
    STAGE_SECONDS+=($((SECONDS - start)))
}

skip() {
    SKIP_REASON=$1
    echo "skipped: $1"
    return 200
}

# ---------------------------------------------------------------- static checks
ruff_check() { "$BIN/ruff" check .; }
ruff_format() { "$BIN/ruff" format --check .; }
# The apps' layers (pyproject.toml [tool.importlinter], docs/architecture.md): a new circle fails here.
import_layers() { "$BIN/lint-imports" --no-cache; }

django_checks() {
    # An in-memory database: the checks must not create or touch the development database.
    DJANGO_SETTINGS_MODULE=cms.settings.test DATABASE_URL="sqlite://:memory:" \
        "$BIN/python" manage.py check || return 1
    DJANGO_SETTINGS_MODULE=cms.settings.test DATABASE_URL="sqlite://:memory:" \
        "$BIN/python" manage.py makemigrations --check --dry-run
}

# ---------------------------------------------------------------- browser prerequisites
browser_tools() {
    local missing=()
    if [ ! -f "$AXE_JS" ] && [ -f package-lock.json ] && command -v npm >/dev/null; then
        echo "Installing axe-core from package-lock.json (npm ci)"
        npm ci --no-audit --no-fund --loglevel=error || true
    fi
    [ -x "$CHROMIUM" ] || missing+=("Chromium ($CHROMIUM; apt-get install chromium)")
    [ -f "$AXE_JS" ] || missing+=("axe-core ($AXE_JS; npm ci)")
    if [ ${#missing[@]} -eq 0 ]; then
        echo "Chromium: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
        echo "axe-core: $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$ROOT/node_modules/axe-core/package.json" | head -1)"
        return 0
    fi
    if [ -n "${REQUIRE_BROWSER:-}" ] && [ "${REQUIRE_BROWSER}" != "0" ]; then
        echo "Browser tests are required here (CI / REQUIRE_BROWSER) but these are missing: ${missing[*]}"
        return 1
    fi
    skip "browser tests will be skipped, missing: ${missing[*]}"
}

# ---------------------------------------------------------------- pytest
# run_pytest LABEL: one pytest run; DATABASE_URL is whatever the caller set. Exit 5 (no tests) is a failure.
run_pytest() {
    local label=$1 rc
    # One worker per CPU (pytest-xdist): each has its own test database (test_<name>_gw0, ...), media folder
    # and live server. The suite is CPU-bound, so on CI's two cores this about halves each stage.
    "$BIN/pytest" -q -rfEs --durations=5 -n "${PYTEST_WORKERS:-auto}" --junitxml="$ARTIFACTS/pytest-$label.xml" \
        "${EXTRA_PYTEST_ARGS[@]}"
    rc=$?
    if [ $rc -eq 5 ]; then
        echo "pytest collected no tests: the configuration is broken (this project always has tests)."
    fi
    return $rc
}

pytest_sqlite() {
    # pytest-django gives SQLite an in-memory test database; DATABASE_URL only chooses the engine here.
    DATABASE_URL="sqlite:///$ROOT/db.sqlite3" run_pytest sqlite
}

PG_DIR=""
PG_AS=()

stop_cluster() {
    [ -n "$PG_DIR" ] || return 0
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
}

cleanup() { stop_cluster; }
trap cleanup EXIT
trap 'echo "Interrupted."; exit 130' INT TERM

free_port() {
    "$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_cluster: initdb + pg_ctl start on a free port, trust auth on 127.0.0.1, fsync off, socket inside.
start_cluster() {
    if [ "$(id -u)" = "0" ]; then
        # initdb and postgres refuse to run as root.
        if ! id postgres >/dev/null 2>&1; then
            echo "Running as root but there is no 'postgres' user to run the cluster as."
            return 1
        fi
        PG_AS=(runuser -u postgres --)
    else
        PG_AS=()
    fi
    PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/knutepunkt-pg.XXXXXX") || return 1
    [ ${#PG_AS[@]} -eq 0 ] || chown postgres "$PG_DIR"
    "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 || {
        cat "$PG_DIR/initdb.log"
        return 1
    }
    local attempt
    for attempt in 1 2 3; do
        PG_PORT=$(free_port)
        if "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
            -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
            echo "Throwaway PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
            return 0
        fi
        echo "PostgreSQL did not start on port $PG_PORT (attempt $attempt):"
        tail -n 5 "$PG_DIR/server.log"
    done
    return 1
}

pytest_postgres() {
    if [ -n "${SKIP_POSTGRES:-}" ]; then
        skip "SKIP_POSTGRES is set"
        return
    fi
    if [ -n "${DATABASE_URL:-}" ]; then
        echo "Using the database DATABASE_URL names."
        run_pytest postgres
        return
    fi
    if [ -z "${PG_BIN:-}" ]; then
        PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        if [ -n "$IN_CI" ]; then
            echo "CI needs PostgreSQL's server binaries (apt-get install postgresql) and found none."
            return 1
        fi
        skip "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) and no DATABASE_URL"
        return
    fi
    start_cluster || return 1
    local rc
    DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres" run_pytest postgres
    rc=$?
    stop_cluster
    return $rc
}

# ---------------------------------------------------------------- run
run_stage "ruff check" ruff_check
run_stage "ruff format --check" ruff_format
run_stage "import-linter: app layers" import_layers
run_stage "django check + makemigrations --check" django_checks
run_stage "browser tools (Chromium, axe-core)" browser_tools
run_stage "pytest on SQLite" pytest_sqlite
run_stage "pytest on PostgreSQL" pytest_postgres

# ---------------------------------------------------------------- summary
printf '\n===== summary =====\n'
for i in "${!STAGE_NAMES[@]}"; do
    printf '%-42s %5ss  %s\n' "${STAGE_NAMES[$i]}" "${STAGE_SECONDS[$i]}" "${STAGE_RESULTS[$i]}"
done
if [ $FAILED -ne 0 ]; then
    echo "make test: FAILED (see the stages above)"
else
    echo "make test: all stages passed"
fi
# Test counts per database, then the total as the closing line.
"$BIN/python" - "$ARTIFACTS" <<'PY'
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

totals = {"passed": 0, "failed": 0, "skipped": 0}
for path in sorted(Path(sys.argv[1]).glob("pytest-*.xml")):
    try:
        suites = list(ET.parse(path).getroot().iter("testsuite"))
    except ET.ParseError:
        continue
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for suite in suites:
        for key in counts:
            counts[key] += int(suite.get(key, 0))
    failed = counts["failures"] + counts["errors"]
    passed = counts["tests"] - failed - counts["skipped"]
    print(f"{path.stem.removeprefix('pytest-')}: {passed} passed, {failed} failed, {counts['skipped']} skipped")
    totals["passed"] += passed
    totals["failed"] += failed
    totals["skipped"] += counts["skipped"]
print(f"total: {totals['passed']} passed, {totals['failed']} failed, {totals['skipped']} skipped")
PY
exit $FAILED

"""Benchmark: import N generated method records with 2 material files each into a scratch database.

    .venv/bin/python benchmarks/import_methods.py [--records 1000] [--material-kb 16] [--tracemalloc]
                                                  [--tasks immediate|database [--run-worker]]

SQLite (a new file in a temporary folder) unless DATABASE_URL names a PostgreSQL server, in which case a
scratch database is created on that server and dropped afterwards. Reports the wall time of the first
import (everything created) and of a second import of the same file (everything unchanged), pages per
second, and memory: the growth of the process's peak RSS during the import and, with --tracemalloc, the
peak of Python allocations during the import (tracemalloc slows the import, so timings are taken in a
separate run without it). Run it with two --material-kb values to see that memory does not grow with
the total size of the files: they are hashed and copied in chunks, never read whole. The CPU time of
this process is printed beside the wall time because a shared machine's load inflates wall time (on
PostgreSQL the server's own CPU time is not included).

One run per measurement: each import of 1,000 records takes long enough that run-to-run noise is small
next to it; repeat the script for a median.
"""

import argparse
import os
import resource
import secrets
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--material-kb", type=int, default=16, help="approximate size of each material file")
    parser.add_argument("--tracemalloc", action="store_true", help="also measure the Python allocation peak")
    parser.add_argument(
        "--tasks",
        choices=["immediate", "database"],
        default="immediate",
        help="immediate: search indexing, reference index and PDF previews run inside the import (as in "
        "development); database: they are queued for `db_worker` as in production, and the worker's time "
        "is reported separately",
    )
    parser.add_argument(
        "--run-worker", action="store_true", help="with --tasks database: run the queued tasks and time them"
    )
    return parser.parse_args()


def maxrss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def scratch_database(workdir):
    """Point DATABASE_URL at a scratch database; return a function that removes it."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
        return "SQLite", lambda: None
    import psycopg

    name = f"bench_import_{secrets.token_hex(4)}"
    base, _slash, _db = url.rpartition("/")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
        version = connection.execute("SHOW server_version").fetchone()[0]
    os.environ["DATABASE_URL"] = f"{base}/{name}"

    def drop():
        from django.db import connections

        connections.close_all()
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')

    return f"PostgreSQL {version}", drop


def build_import_folder(folder, count, material_kb):
    from tests.importing.importdata import realistic_records, write_import_folder

    records = realistic_records(count)
    for record in records:
        ident = record["id"]
        record["materials"] = [
            {"title": f"Veileder – {record['title']}", "file": f"materialer/{ident}/veileder.pdf",
             "audience": ["educators"], "licence": "CC-BY-4.0"},
            {"title": f"Arbeidsark – {record['title']}", "file": f"materialer/{ident}/arbeidsark.docx",
             "audience": ["participants"], "licence": "CC-BY-NC-4.0"},
        ]  # fmt: skip
    path = write_import_folder(folder, records, padding=material_kb * 1024)
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and p.suffix != ".json")
    return path, total


def queued_tasks():
    """(number of queued background tasks, {task: number})."""
    from django.db.models import Count
    from django_tasks_db.models import DBTaskResult

    kinds = dict(DBTaskResult.objects.values_list("task_path").annotate(n=Count("id")).order_by("-n"))
    return sum(kinds.values()), kinds


def run_worker():
    from django.core.management import call_command

    start, cpu_start = time.perf_counter(), time.process_time()
    call_command("db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", verbosity=0)
    return time.perf_counter() - start, time.process_time() - cpu_start


def timed_import(path, trace):
    from importing.importer import import_file

    if trace:
        tracemalloc.start()
    rss_before = maxrss_mb()
    start, cpu_start = time.perf_counter(), time.process_time()
    result = import_file(path)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024 if trace else None
    if trace:
        tracemalloc.stop()
    return result.counts, (elapsed, cpu), maxrss_mb() - rss_before, peak


def main():
    args = parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    database, drop_database = scratch_database(workdir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"  # DEBUG off: no query log growing in memory
    try:
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from wagtail.models import Page

        from tests.factories import build_site_tree
        from tests.importing.importdata import CENTRES

        call_command("migrate", verbosity=0)
        Page.objects.filter(depth=2).delete()
        build_site_tree(tuple(CENTRES))
        path, total = build_import_folder(workdir / "import", args.records, args.material_kb)
        files = args.records * 2
        print(
            f"{database}: {args.records} records, {files} material files, {total / 1024 / 1024:.1f} MB of files"
        )

        from django.test import override_settings

        backend = {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[args.tasks]
        with override_settings(TASKS={"default": {"BACKEND": backend}}):
            counts, first, rss_first, peak_first = timed_import(path, args.tracemalloc)
            assert counts["created"] == args.records and counts["documents_created"] == files, counts
            queued, queued_kinds = queued_tasks() if args.tasks == "database" else (None, None)
            worker = run_worker() if queued and args.run_worker else None
            counts, second, rss_second, peak_second = timed_import(path, args.tracemalloc)
            assert counts["unchanged"] == args.records and counts["documents_unchanged"] == files, counts

        label = " (under tracemalloc, slower)" if args.tracemalloc else ""
        print(
            f"| run | wall time{label} | CPU time of this process | pages/s (wall) | peak RSS growth | tracemalloc peak |"
        )
        print("|---|---|---|---|---|---|")
        for name, (elapsed, cpu), rss, peak in (
            ("first import (all created)", first, rss_first, peak_first),
            ("second import (all unchanged)", second, rss_second, peak_second),
        ):
            traced = f"{peak:.1f} MB" if peak is not None else "not measured"
            print(
                f"| {name} | {elapsed:.1f} s | {cpu:.1f} s | {args.records / elapsed:.1f} | {rss:.1f} MB | {traced} |"
            )
        if queued is not None:
            print(
                f"background tasks queued by the first import: {queued}: "
                + ", ".join(f"{path.rsplit('.', 1)[-1]} {number}" for path, number in queued_kinds.items())
            )
        if worker is not None:
            print(
                "background tasks queued by the first import, run by db_worker --batch: "
                f"{worker[0]:.1f} s wall, {worker[1]:.1f} s CPU"
            )
        print(f"tasks: {args.tasks}; process peak RSS: {maxrss_mb():.1f} MB; load average: {os.getloadavg()}")
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    finally:
        drop_database()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

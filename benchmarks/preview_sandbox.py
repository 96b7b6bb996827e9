"""Benchmark: the preview of a 6-level nested Form XObject PDF, in the worker (before) and sandboxed (after).

    .venv/bin/python benchmarks/preview_sandbox.py [--before-wall 120] [--before-memory-mb 6144] [--skip-before]

Before: the old code path, PDFium rendering page one with no limits, as the preview task did in the worker.
So that the benchmark cannot eat the machine, it runs in a child process that is killed after --before-wall
seconds and may not map more than --before-memory-mb (a safety cap far above what a worker should use).
After: materials.sandbox.render_in_sandbox with the limits from the settings (PREVIEW_CPU_SECONDS,
PREVIEW_WALL_SECONDS, PREVIEW_MEMORY_MB from the environment, else their defaults), also for the 7-level file.

Prints wall time, CPU time and peak RSS of the rendering process, and how it ended. Peak RSS is the child's
ru_maxrss (from os.wait4 for the before run; RUSAGE_CHILDREN for the sandbox, measured before any other child
has been reaped).
"""

import argparse
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--before-wall", type=float, default=120, help="seconds before the unlimited render is killed"
    )
    parser.add_argument(
        "--before-memory-mb", type=int, default=6144, help="safety cap on the unlimited render"
    )
    parser.add_argument("--skip-before", action="store_true", help="measure only the sandboxed render")
    parser.add_argument("--child-before", help=argparse.SUPPRESS)
    return parser.parse_args()


def child_before(path, memory_mb):
    """In the child: the render exactly as the worker did it before the sandbox."""
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    from materials.previews import render_first_page

    with open(path, "rb") as handle:
        render_first_page(handle)


def measure_before(path, wall, memory_mb):
    command = [sys.executable, __file__, "--child-before", str(path), "--before-memory-mb", str(memory_mb)]
    start = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ended = "finished"
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > wall:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            ended = f"killed by the benchmark after {wall:.0f} s"
            break
        time.sleep(0.2)
    child.returncode = 0  # reaped here; keeps Popen from waiting again
    seconds = time.monotonic() - start
    if ended == "finished" and os.WIFSIGNALED(status):
        ended = f"died of {signal.Signals(os.WTERMSIG(status)).name} (safety cap {memory_mb} MB?)"
    elif ended == "finished" and os.WEXITSTATUS(status):
        ended = f"exit status {os.WEXITSTATUS(status)}: {child.stderr.read().decode()[-200:].strip()}"
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, ended


def measure_after(path):
    from materials.previews import PreviewError
    from materials.sandbox import render_in_sandbox

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    try:
        render_in_sandbox(path.read_bytes())
        ended = "rendered"
    except PreviewError as error:
        ended = f"no preview ({error.reason}): {error}"[:160]
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, cpu, after.ru_maxrss / 1024, ended


def report(label, seconds, cpu, peak_mb, ended):
    print(f"{label:<34} wall {seconds:7.1f} s   cpu {cpu:7.1f} s   peak RSS {peak_mb:8.0f} MB   {ended}")


def main():
    args = parse_args()
    if args.child_before:
        child_before(args.child_before, args.before_memory_mb)
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django
    from django.conf import settings

    django.setup()
    from tests.materials.hostile.make_hostile import write_all

    with tempfile.TemporaryDirectory() as folder:
        files = write_all(folder, ["nested-6.pdf", "nested-7.pdf"])
        print(
            f"nested-6.pdf {files['nested-6.pdf'].stat().st_size:,} bytes, "
            f"nested-7.pdf {files['nested-7.pdf'].stat().st_size:,} bytes; sandbox limits: "
            f"{settings.PREVIEW_CPU_SECONDS} s CPU, {settings.PREVIEW_WALL_SECONDS} s wall, "
            f"{settings.PREVIEW_MEMORY_MB} MB"
        )
        # The sandboxed runs first: RUSAGE_CHILDREN's peak is then that of the sandbox's child alone.
        report("after, sandboxed, nested-6", *measure_after(files["nested-6.pdf"]))
        report("after, sandboxed, nested-7", *measure_after(files["nested-7.pdf"]))
        if not args.skip_before:
            report(
                "before, in the worker, nested-6",
                *measure_before(files["nested-6.pdf"], args.before_wall, args.before_memory_mb),
            )


if __name__ == "__main__":
    main()

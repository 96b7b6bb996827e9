"""Benchmark: build the 'download all' ZIP for a method with 20 files of 10 MB each.

    .venv/bin/python benchmarks/materials_zip.py [--files 20] [--mb 10] [--runs 5] [--kind pdf|docx|mixed]

Sets up a scratch SQLite database and media folder in a temporary folder (nothing shared is touched),
creates one live method with the files as public materials, then measures, in a fresh forked process per
run so that each run starts from the same state:

- first build: plan (queries, README, cache key) + writing the ZIP to a temporary file in 1 MB chunks +
  storing it, with no ZIP in the cache;
- cached: the same call when the ZIP is already stored (plan + existence check);
- served: a full GET of the download URL through Django with the ZIP cached, body streamed and dropped.

Memory: the tracemalloc peak of Python allocations during the build (a separate traced run, since tracing
slows it) and the growth of the process's peak RSS (ru_maxrss) during the untraced build. Reports the
median of the runs. The files are random bytes inside a valid PDF (or DOCX) wrapper: incompressible,
like the images that make teaching materials large, so this is the worst case for time.
"""

import argparse
import multiprocessing
import os
import resource
import secrets
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHUNK = 1024 * 1024


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--mb", type=int, default=10, help="size of each file in MB")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kind", choices=["pdf", "docx", "mixed"], default="pdf")
    return parser.parse_args()


def maxrss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def write_pdf(path, size):
    """A valid one-page PDF whose bulk is one incompressible stream (like an embedded photo)."""
    with open(path, "wb") as out:
        out.write(b"%%PDF-1.4\n4 0 obj<</Length %d>>stream\n" % size)
        remaining = size
        while remaining:
            chunk = min(CHUNK, remaining)
            out.write(secrets.token_bytes(chunk))
            remaining -= chunk
        out.write(
            b"\nendstream endobj\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n"
        )


def write_docx(path, size):
    """A DOCX (a ZIP) holding one incompressible picture, as slide decks and handouts with photos do."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<root/>")
        with archive.open("word/media/image1.jpeg", "w") as media:
            remaining = size
            while remaining:
                chunk = min(CHUNK, remaining)
                media.write(secrets.token_bytes(chunk))
                remaining -= chunk


def set_up(args, workdir):
    from django.core.files import File
    from django.core.management import call_command
    from django.test import override_settings
    from wagtail.models import Page

    from methods.models import MethodPageMaterial
    from tests.factories import MaterialFactory, MethodPageFactory, build_site_tree

    call_command("migrate", verbosity=0)
    Page.objects.filter(depth=2).delete()
    tree = build_site_tree(("bikuben",))
    method = MethodPageFactory(parent=tree["method_indexes"]["bikuben"], title="Benchmark", slug="benchmark")
    source = workdir / "source"
    source.mkdir()
    size = args.mb * 1024 * 1024
    # Previews are not what is measured here: queue them nowhere.
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        for number in range(args.files):
            kind = args.kind if args.kind != "mixed" else ("pdf", "docx")[number % 2]
            path = source / f"file-{number}.{kind}"
            (write_pdf if kind == "pdf" else write_docx)(path, size)
            with open(path, "rb") as handle:
                material = MaterialFactory(title=f"Materiell {number:02d}", file=File(handle, name=path.name))
            MethodPageMaterial.objects.create(page=method, document=material, sort_order=number)
            path.unlink()
    return method.pk


def measure(method_id, trace, queue):
    """One run in a forked child: build (traced or not), then the cached lookup and a served download."""
    from django.core.files.storage import default_storage
    from django.db import connections
    from django.test import Client
    from django.urls import reverse

    from materials.zips import ZIP_FOLDER, ensure_zip, plan_zip
    from methods.models import MethodPage

    connections.close_all()
    method = MethodPage.objects.get(pk=method_id)
    folder = Path(default_storage.path(f"{ZIP_FOLDER}/{method_id}"))
    shutil.rmtree(folder, ignore_errors=True)
    plan_zip(method)  # warm up, as a running server is: templates, translations, URL resolvers loaded
    if trace:
        tracemalloc.start()
    rss_before = maxrss_mb()
    start = time.perf_counter()
    name, built = ensure_zip(plan_zip(method))
    first = time.perf_counter() - start
    rss_growth = maxrss_mb() - rss_before
    peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024 if trace else None
    if trace:
        tracemalloc.stop()
    assert built
    zip_size = default_storage.size(name)

    start = time.perf_counter()
    assert ensure_zip(plan_zip(method)) == (name, False)
    cached = time.perf_counter() - start

    start = time.perf_counter()
    response = Client().get(reverse("materials:method_zip", args=[method_id]))
    served_bytes = sum(len(chunk) for chunk in response.streaming_content)
    served = time.perf_counter() - start
    assert response.status_code == 200 and served_bytes == zip_size
    with default_storage.open(name) as handle:
        entries = len(zipfile.ZipFile(handle).namelist())
    queue.put(
        {
            "first": first,
            "cached": cached,
            "served": served,
            "rss_growth": rss_growth,
            "peak": peak,
            "zip_mb": zip_size / 1024 / 1024,
            "entries": entries,
        }
    )


def run(method_id, trace):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    process = context.Process(target=measure, args=(method_id, trace, queue))
    process.start()
    result = queue.get(timeout=600)
    process.join()
    return result


def main():
    args = parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-zip-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"  # DEBUG off, media in a temporary folder
    try:
        import django

        django.setup()
        from django.conf import settings
        from django.db import connections

        settings.MEDIA_ROOT = workdir / "media"
        method_id = set_up(args, workdir)
        connections.close_all()
        plain = [run(method_id, trace=False) for _ in range(args.runs)]
        traced = [run(method_id, trace=True) for _ in range(args.runs)]

        def median(results, key):
            return statistics.median(result[key] for result in results)

        total = args.files * args.mb
        print(
            f"{args.files} files of {args.mb} MB ({args.kind}, {total} MB in all); ZIP of "
            f"{plain[0]['entries']} entries, {plain[0]['zip_mb']:.1f} MB; median of {args.runs} runs"
        )
        print("| measurement | median | all runs |")
        print("|---|---|---|")
        for label, key, results, unit in (
            ("first build (plan + write + store)", "first", plain, "s"),
            ("cached (plan + lookup)", "cached", plain, "s"),
            ("served from cache (GET, body streamed)", "served", plain, "s"),
            ("peak RSS growth during the first build", "rss_growth", plain, "MB"),
            ("tracemalloc peak during the first build", "peak", traced, "MB"),
        ):
            values = ", ".join(f"{result[key]:.3f}" for result in results)
            print(f"| {label} | {median(results, key):.3f} {unit} | {values} |")
        print(f"load average: {os.getloadavg()}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

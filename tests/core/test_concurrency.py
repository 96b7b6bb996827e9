"""Many people at once on one database: an import, public readers, reviewers, a page copy and the worker.

What a busy day did to the embedded SQLite database before its settings (cms/settings/base.py): public
pages answered 500 ("database is locked") during an import, one of three simultaneous approvals failed,
and a copy that failed halfway left the page tree broken. Here the real programs run against a real
database file: gunicorn with threads, `db_worker` and `import_methods`, as separate processes with the
settings production uses. The test's in-memory SQLite database is copied to a file for them and copied
back afterwards to be checked; on PostgreSQL they use the test database itself (a transactional test).

The figures (requests, 500s, approvals, seconds) are printed; run pytest with -s to see them.
"""

import json
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from methods.models import MethodPage
from reviews.models import ReviewRecord
from tests.factories import CentrePageFactory, MethodPageFactory
from tests.importing.importdata import realistic_records, write_import_folder
from tests.reviews.conftest import checklist, create_method_page

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
RECORDS = 50
# The write lock is held for the import's whole write phase (it is all or nothing), and others' writes wait
# for it. 50 records take about 10 s on an idle machine but over a minute on a loaded 2-core CI runner, so
# the processes here wait up to 120 s instead of production's 30 s: the test is about locking, not speed.
BUSY_TIMEOUT = "120"
SETTINGS = "tests.core.concurrency_settings"

# Serialized rollback like every other transactional test here (the browser tests): their flush leaves the
# database empty for the next transactional test, which restores the migrations' data (locales, the site
# root) before it starts.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def shared_database(tmp_path):
    """A DATABASE_URL other processes can open, holding what the test wrote so far; afterwards the test's
    connection sees what they wrote."""
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        yield f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        return
    assert connection.vendor == "sqlite"
    path = tmp_path / "db.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
    target.close()
    yield f"sqlite:///{path}"
    source = sqlite3.connect(path)
    source.backup(connection.connection)
    source.close()


class Traffic:
    """HTTP requests from threads, as browsers would send them; every response's status is kept."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.statuses = []
        self.lock = threading.Lock()

    def request(self, path, data=None, session=None, ajax=False):
        headers = {}
        if session:
            csrf = secrets.token_hex(16)
            headers["Cookie"] = (
                f"{settings.SESSION_COOKIE_NAME}={session}; {settings.CSRF_COOKIE_NAME}={csrf}"
            )
            headers["X-CSRFToken"] = csrf
        if ajax:
            headers["X-Requested-With"] = "XMLHttpRequest"
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(self.base_url + path, data=body, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=300) as response:  # noqa: S310 - our own server
                status, content = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, content = error.code, error.read()
        with self.lock:
            self.statuses.append((path, status))
        return status, content


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


urllib.request.install_opener(urllib.request.build_opener(NoRedirects))


def start(args, env, log):
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_serving(traffic, server, deadline=90):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        assert server.poll() is None, "gunicorn exited"
        try:
            with urllib.request.urlopen(traffic.base_url + "/metoder/", timeout=5):  # noqa: S310
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise AssertionError("gunicorn did not answer")


def pending_tasks(database_url):
    waiting = (TaskResultStatus.READY, TaskResultStatus.RUNNING)
    if connection.vendor == "postgresql":
        return DBTaskResult.objects.filter(status__in=waiting).count()
    with sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=60) as db:
        sql = f"SELECT COUNT(*) FROM {DBTaskResult._meta.db_table} WHERE status IN (?, ?)"
        return db.execute(sql, [str(status) for status in waiting]).fetchone()[0]


@pytest.fixture
def busy_day(editorial, tmp_path):
    """Three pages waiting for review, a reviewer for each, Vestavind's published methods to read and
    copy to Sagatun (a centre without methods yet), and an import file for Bikuben."""
    people = editorial
    client = Client()
    client.force_login(people.bikuben_editor)
    index = people.tree["method_indexes"]["bikuben"]
    in_review = []
    for title in ("Samtalegruppe for pårørende", "Kriseplan", "Mestringskurs"):
        assert create_method_page(client, index, title, "action-submit").status_code == 302
        in_review.append(MethodPage.objects.get(title=title))
    public = [
        MethodPageFactory(parent=people.tree["method_indexes"]["vestavind"], title=title)
        for title in ("Recoveryverksted", "Selvhjelpsgruppe", "Erfaringskafe")
    ]
    sagatun = CentrePageFactory(parent=people.tree["centre_index"], slug="sagatun", title="Sagatun")

    records = realistic_records(RECORDS)
    for record in records:
        record["centre"] = "bikuben"
    import_file = write_import_folder(tmp_path / "import", records)

    def session(user):
        user_client = Client()
        user_client.force_login(user)
        return user_client.cookies[settings.SESSION_COOKIE_NAME].value

    def approval_url(page):
        task_state = page.current_workflow_task_state
        return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))

    reviewers = [people.reviewer, people.reviewer2, people.reviewer3]
    return {
        "approvals": [
            (session(user), approval_url(page)) for user, page in zip(reviewers, in_review, strict=True)
        ],
        "copier": session(people.national),
        "copy_source": people.tree["method_indexes"]["vestavind"],
        "copy_target": sagatun,
        "public_paths": [page.url for page in public] + ["/metoder/", "/sok/?q=samtale", "/sok/?q=kriseplan"],
        "import_file": import_file,
    }


def test_an_import_readers_reviewers_a_copy_and_the_worker_at_once(busy_day, tmp_path):
    media = tmp_path / "media"
    media.mkdir()
    started = time.monotonic()
    with shared_database(tmp_path) as database_url:
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "CONCURRENCY_MEDIA_ROOT": str(media),
            "SQLITE_BUSY_TIMEOUT": BUSY_TIMEOUT,
        }
        traffic = Traffic(f"http://127.0.0.1:{free_port()}")
        port = traffic.base_url.rsplit(":", 1)[1]
        log = (tmp_path / "processes.log").open("w")
        server = start(
            [BIN / "gunicorn", "cms.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2",
             "--worker-class", "gthread", "--threads", "4", "--timeout", "300"],
            env, log,
        )  # fmt: skip
        worker = start(
            [BIN / "python", "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"], env, log
        )
        try:
            wait_until_serving(traffic, server)
            outcome = run_the_day(traffic, busy_day, env, database_url)
        finally:
            stop(server)
            stop(worker)
            log.close()
    seconds = time.monotonic() - started

    statuses = [status for _path, status in traffic.statuses]
    failed = [(path, status) for path, status in traffic.statuses if status >= 500]
    approvals = [
        json.loads(content).get("step") if status == 200 else status
        for status, content in outcome["approvals"]
    ]
    print(
        f"\n{connection.vendor}: {len(statuses)} requests, {len(failed)} answered 5xx, "
        f"approvals {approvals}, copy {outcome['copy']}, import {outcome['import_seconds']:.1f} s "
        f"(writers from {outcome['writers_started']:.1f} s), "
        f"tasks left {outcome['pending_tasks']}, {seconds:.1f} s in all"
    )

    assert outcome["import_returncode"] == 0, (tmp_path / "processes.log").read_text()[-3000:]
    assert failed == []
    assert set(statuses) <= {200, 302}
    assert approvals == ["success"] * 3
    assert ReviewRecord.objects.count() == 3
    assert outcome["copy"] == 302
    copied_index = Page.objects.get(pk=busy_day["copy_target"].pk).get_children().get()
    assert copied_index.get_children().count() == 3
    assert (
        MethodPage.objects.filter(slug__in=[r["id"] for r in realistic_records(RECORDS)]).count() == RECORDS
    )
    assert not DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).exists()
    assert all(not problems for problems in Page.find_problems())


def run_the_day(traffic, day, env, database_url):
    """The import runs; readers read throughout; reviewers approve and a page is copied while it runs."""
    done = threading.Event()
    outcome = {"approvals": [None] * 3}

    def read():
        while not done.is_set():
            for path in day["public_paths"]:
                traffic.request(path)

    def approve(n, session, url):
        data = {**checklist(), "comment": "Respektfullt og tydelig."}
        outcome["approvals"][n] = traffic.request(url, data, session=session, ajax=True)

    def copy():
        source, target = day["copy_source"], day["copy_target"]
        data = {
            "new_title": source.title,
            "new_slug": source.slug,
            "new_parent_page": target.pk,
            "copy_subpages": "on",
            "publish_copies": "on",
        }
        url = reverse("wagtailadmin_pages:copy", args=(source.pk,))
        outcome["copy"] = traffic.request(url, data, session=day["copier"])[0]

    readers = [threading.Thread(target=read) for _ in range(4)]
    for thread in readers:
        thread.start()
    start = time.monotonic()
    importer = subprocess.Popen(
        [BIN / "python", "manage.py", "import_methods", str(day["import_file"])],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    # Reviewers and the copier act a second apart once the import writes: its first material file is in
    # storage (files are written inside its transaction, right after it began).
    while importer.poll() is None and not any(
        path.is_file() for path in Path(env["CONCURRENCY_MEDIA_ROOT"]).rglob("*")
    ):
        time.sleep(0.1)
    outcome["writers_started"] = time.monotonic() - start
    writers = [threading.Thread(target=approve, args=(n, *pair)) for n, pair in enumerate(day["approvals"])]
    writers.insert(2, threading.Thread(target=copy))
    for thread in writers:
        thread.start()
        time.sleep(1)
    outcome["import_errors"] = importer.communicate(timeout=300)[1]
    outcome["import_returncode"] = importer.returncode
    outcome["import_seconds"] = time.monotonic() - start
    for thread in writers:
        thread.join()
    # Readers keep reading for a while the worker indexes and renders previews of what was imported,
    # approved and copied (all of it can take minutes: not waited for, but none of it may fail).
    deadline = time.monotonic() + 20
    while (pending := pending_tasks(database_url)) and time.monotonic() < deadline:
        time.sleep(0.5)
    outcome["pending_tasks"] = pending
    done.set()
    for thread in readers:
        thread.join()
    return outcome

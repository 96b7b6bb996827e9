"""Settings of the processes the concurrency test starts (web server, worker, importer).

The test settings (which keep base.py's database OPTIONS, the ones production uses), with production's
background tasks: queued in the database for `db_worker` rather than run inside the request, so the
worker writes to the same database while everything else runs. All processes share one media folder."""

import os
from pathlib import Path

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MEDIA_ROOT = Path(os.environ["CONCURRENCY_MEDIA_ROOT"])

"""Where admin imports wait for confirmation, and removing the ones nobody came back to.

An upload is a folder under METHOD_IMPORT_UPLOAD_DIR named by a random token (the JSON file and the
unpacked ZIP). The admin views remove it when the import is confirmed or cancelled, or refused; one that
is abandoned (the tab closed, the session expired) would stay on disk, so folders older than
METHOD_IMPORT_UPLOAD_MAX_AGE_HOURS are removed at each new upload and by `manage.py clean_import_uploads`
(run it from cron or a systemd timer: a site that gets no new upload must not keep them either).
"""

import shutil
import tempfile
import time
from pathlib import Path

from django.conf import settings


def upload_root():
    root = Path(getattr(settings, "METHOD_IMPORT_UPLOAD_DIR", Path(tempfile.gettempdir()) / "method-imports"))
    root.mkdir(parents=True, exist_ok=True)
    return root


def max_age_hours():
    return getattr(settings, "METHOD_IMPORT_UPLOAD_MAX_AGE_HOURS", 24)


def remove_stale_uploads(hours=None, now=None):
    """Remove upload folders last changed more than `hours` ago; returns how many were removed."""
    cutoff = (now or time.time()) - (max_age_hours() if hours is None else hours) * 60 * 60
    removed = 0
    for folder in upload_root().iterdir():
        if folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed

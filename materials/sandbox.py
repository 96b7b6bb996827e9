"""Render an uploaded PDF's first page in a child process with CPU, memory and wall-clock limits.

The worker that runs the preview task also sends emails and updates the search index: one hostile PDF
(a few KB of nested drawings can keep PDFium busy for minutes and take gigabytes) must cost it at most
PREVIEW_WALL_SECONDS, after which it goes on with its next task. The child (materials.sandbox_render) limits
its own CPU time and address space; this side enforces the wall-clock limit, kills the child when it runs
over and turns the way the child ended into a PreviewError with a reason the admin shows.
"""

import os
import signal
import subprocess
import sys
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image

from .previews import PreviewError
from .sandbox_render import EXIT_MEMORY, EXIT_UNREADABLE

# The folder that holds the `materials` package: `python -m` finds the module there whether or not the
# project is installed.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The only variables the child gets: the project's secrets (SECRET_KEY, DATABASE_URL...) stay out.
CHILD_ENVIRONMENT_KEYS = ("PATH", "PYTHONPATH", "LANG", "LC_ALL")


class PreviewProblem(models.TextChoices):
    """Why a PDF material has no preview, as editors read it after "No preview:"."""

    TOO_SLOW = "too-slow", _("the file took too long to render")
    TOO_BIG = "too-big", _("the file needed more memory to render than is allowed")
    UNREADABLE = "unreadable", _("the file cannot be read as a PDF (it may be damaged or password-protected)")


def render_in_sandbox(data):
    """JPEG bytes and (width, height) of the first page of the PDF in data (bytes), rendered in a child process.

    Raises PreviewError (with a PreviewProblem as its reason) when the file cannot be rendered or the child
    hits a limit. Never waits longer than PREVIEW_WALL_SECONDS (and the moment it takes to reap the child).
    """
    cpu, wall, memory = (
        settings.PREVIEW_CPU_SECONDS,
        settings.PREVIEW_WALL_SECONDS,
        settings.PREVIEW_MEMORY_MB,
    )
    command = [sys.executable, "-m", "materials.sandbox_render", str(cpu), str(memory)]
    try:
        # run() kills and reaps the child when the timeout expires.
        result = subprocess.run(
            command,
            input=data,
            capture_output=True,
            timeout=wall,
            cwd=PROJECT_ROOT,
            env=_child_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise PreviewError(f"stopped after {wall} s of wall time", PreviewProblem.TOO_SLOW) from error
    status = result.returncode
    if status == 0 and result.stdout:
        return result.stdout, Image.open(BytesIO(result.stdout)).size
    if status == EXIT_UNREADABLE:
        raise PreviewError(result.stderr.decode(errors="replace")[:500], PreviewProblem.UNREADABLE)
    # SIGXCPU at the soft CPU limit; SIGKILL at the hard one, a second later.
    if status in (-signal.SIGXCPU, -signal.SIGKILL):
        raise PreviewError(f"stopped after {cpu} s of CPU time", PreviewProblem.TOO_SLOW)
    # PDFium aborts when an allocation fails under the address-space limit; Python exits with EXIT_MEMORY.
    if status == EXIT_MEMORY:
        ending = "out of memory"
    elif status < 0:
        ending = f"signal {_signal_name(-status)}"
    else:
        ending = f"exit status {status}"
    detail = result.stderr.decode(errors="replace")[-300:].strip()
    raise PreviewError(
        f"the renderer stopped ({ending}) under the {memory} MB memory limit. {detail}".strip(),
        PreviewProblem.TOO_BIG,
    )


def _signal_name(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)


def _child_environment():
    return {key: os.environ[key] for key in CHILD_ENVIRONMENT_KEYS if key in os.environ}

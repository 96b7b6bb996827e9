"""Progress reporting for imports: a bar on a terminal, nothing elsewhere (logs, pipes, the admin)."""

import sys


class NoProgress:
    def update(self, n=1):
        pass

    def close(self):
        pass


def terminal_progress(total, stream=None, description="Importing"):
    """A tqdm bar when `stream` (stderr by default) is a terminal; otherwise a progress that prints nothing."""
    stream = stream or sys.stderr
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        return NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, file=stream, desc=description, unit="record", leave=False)

"""The child process that renders an uploaded PDF's first page under operating-system limits.

    python -m materials.sandbox_render CPU_SECONDS MEMORY_MB  < file.pdf  > preview.jpg

A few KB of PDF can ask PDFium for minutes of work or gigabytes of memory, and PDFium cannot be stopped from
inside. So the render runs here, in a process of its own that the kernel stops once it has used CPU_SECONDS of
CPU time (SIGXCPU) or asks for more than MEMORY_MB of address space (allocations fail). The parent
(materials.sandbox) adds a wall-clock limit and reads what happened from the exit status:

- 0: JPEG bytes on stdout;
- EXIT_UNREADABLE: PDFium refused the file (broken, encrypted, no pages); the reason on stderr;
- EXIT_MEMORY: an allocation failed under the memory limit.

This module imports neither Django nor the project's settings: the child starts fast and sees nothing secret
(the parent also gives it an empty environment).
"""

import resource
import sys

EXIT_UNREADABLE = 2
EXIT_MEMORY = 3


def apply_limits(cpu_seconds, memory_mb):
    """Limit this process before it touches the file; the hard CPU limit is a second later, then SIGKILL."""
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    # A crash must not leave a core file the size of the memory limit.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main(argv):
    cpu_seconds, memory_mb = int(argv[1]), int(argv[2])
    apply_limits(cpu_seconds, memory_mb)
    try:
        # Imported under the limits, so that what the libraries reserve counts too.
        from materials.previews import PreviewError, render_first_page

        data = sys.stdin.buffer.read()
        try:
            jpeg, _size = render_first_page(data)
        except PreviewError as error:
            sys.stderr.write(str(error))
            return EXIT_UNREADABLE
    except MemoryError:
        return EXIT_MEMORY
    sys.stdout.buffer.write(jpeg)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

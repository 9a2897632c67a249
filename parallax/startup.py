"""Ctrl-C while the ``parallax`` command is still starting.

Importing the package loads the analysis code (hundreds of compiled patterns, spaCy, SciPy): seconds on an idle
laptop, a minute on a loaded one.  That import runs before :func:`parallax.cli.main`, which turns Ctrl-C into one
line, is even called (``python -m parallax`` and the ``parallax`` script both import the package first), so a user
who pressed Ctrl-C then got a 30-line traceback from inside a regex compile.  The package's import hands such an
interrupt here: from the command line it is the same one line and exit status 130 as later; in a script or a
notebook, Python's own KeyboardInterrupt goes on (the caller may handle it).

The command line's own import comes after the package's (typer, click and rich, then the command modules, inside
:func:`parallax.cli.main`), and ``python -m parallax`` runs its ``__main__`` with ``sys.argv[0]`` already that file's
path, so a try around the package's import alone still let those print a traceback.  :func:`guard_start` therefore
makes SIGINT itself say the line and exit, from the first line of the package's import until :func:`parallax.cli.main`
is about to run the command (:func:`end_guard`), where Ctrl-C is a KeyboardInterrupt again that the command handles.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import FrameType

INTERRUPTED = "parallax: interrupted (what `parallax run` had committed to its store stays: the same command again resumes)"


def launched_as_command() -> bool:
    """Whether this process is the ``parallax`` command: the console script (``.../bin/parallax``, ``parallax.exe``),
    or ``python -m parallax`` while the package is imported (Python shows ``-m`` as ``sys.argv[0]`` until the module
    it runs is found; ``python -c`` shows ``-c``, a script or a notebook kernel its own path)."""
    first = sys.argv[0] if sys.argv else ""
    return first == "-m" or Path(first).stem == "parallax"


def interrupted_on_import() -> None:
    """Called with a KeyboardInterrupt raised by the package's import: exit with one line when run as the command;
    else return, and the caller raises the interrupt on."""
    if launched_as_command():
        sys.stderr.write(INTERRUPTED + "\n")
        sys.stderr.flush()
        raise SystemExit(130)


class StartInterrupted(SystemExit):
    """The exit :func:`_say_interrupted` raises, its line already printed (the command line prints no second one)."""


def _say_interrupted(signum: int, frame: FrameType | None) -> None:
    """SIGINT while the command starts: the one line, and exit status 130 (128 + SIGINT) with no traceback."""
    sys.stderr.write(INTERRUPTED + "\n")
    sys.stderr.flush()
    raise StartInterrupted(130)


def guard_start() -> None:
    """When this process is the command, let Ctrl-C end its start-up with one line.  Only over Python's own
    KeyboardInterrupt handler: a process that ignores SIGINT (started in the background) keeps ignoring it."""
    if launched_as_command() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _say_interrupted)


def end_guard() -> None:
    """Give Ctrl-C back to Python (a KeyboardInterrupt) once the command is about to run; a no-op where
    :func:`guard_start` set nothing."""
    if signal.getsignal(signal.SIGINT) is _say_interrupted:
        signal.signal(signal.SIGINT, signal.default_int_handler)

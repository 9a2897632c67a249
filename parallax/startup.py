"""Ctrl-C while the ``parallax`` command is still starting.

Importing the package loads the analysis code (hundreds of compiled patterns, spaCy, SciPy): seconds on an idle
laptop, a minute on a loaded one.  That import runs before :func:`parallax.cli.main`, which turns Ctrl-C into one
line, is even called (``python -m parallax`` and the ``parallax`` script both import the package first), so a user
who pressed Ctrl-C then got a 30-line traceback from inside a regex compile.  The package's import hands such an
interrupt here: from the command line it is the same one line and exit status 130 as later; in a script or a
notebook, Python's own KeyboardInterrupt goes on (the caller may handle it).
"""

from __future__ import annotations

import sys
from pathlib import Path

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

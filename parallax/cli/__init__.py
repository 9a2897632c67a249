"""The ``parallax`` command line (Typer).

Each command lives in its own module and registers itself on :data:`app`;
:func:`main` turns every :class:`~parallax.errors.ParallaxError` into one line
on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import logging
import sys

import typer

from parallax.cli.help_labels import NaturalGroup
from parallax.errors import ParallaxError

app = typer.Typer(
    name="parallax",
    help="Compare news reports of one event fact by fact: shared, unique and conflicting facts, quote fidelity, word choice.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=NaturalGroup,
)


def _print_version(value: bool) -> None:
    """Runs while the options are parsed (eager), so ``parallax --version`` needs no command."""
    if value:
        from parallax import __version__

        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True, callback=_print_version),
) -> None:
    pass


def fail(message: str) -> None:
    """Print one clear line and exit with status 2."""
    typer.echo(f"parallax: error: {message}", err=True)
    raise typer.Exit(2)


class _LineFormatter(logging.Formatter):
    """``parallax: warning: …``: the library's logged warnings ("story model was fitted on e5
    embeddings, running with hashing", "article id … already stored with another text") read as
    the command line's own, not as bare lines Python's last-resort handler prints."""

    def format(self, record: logging.LogRecord) -> str:
        return f"parallax: {record.levelname.lower()}: {record.getMessage()}"


class _Stderr(logging.StreamHandler):
    """Writes to ``sys.stderr`` as it is at each record (a test's redirect, a replaced stream),
    where a plain StreamHandler keeps the stream it was made with."""

    @property  # type: ignore[override]
    def stream(self):  # noqa: D102
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def log_to_stderr() -> None:
    """Print the ``parallax`` loggers' warnings and errors on stderr in the command line's form (once)."""
    logger = logging.getLogger("parallax")
    if any(isinstance(h.formatter, _LineFormatter) for h in logger.handlers):
        return
    handler = _Stderr()
    handler.setLevel(logging.WARNING)
    handler.setFormatter(_LineFormatter())
    logger.addHandler(handler)


def main() -> None:
    from parallax.startup import StartInterrupted, end_guard

    try:
        # Commands register themselves on import.
        from parallax.cli import commands  # noqa: F401
        from parallax.cli.usage import run_app

        log_to_stderr()
        end_guard()  # from here Ctrl-C is a KeyboardInterrupt, which the command and the lines below handle
        code = run_app(app)  # a usage error as one line (cli/usage.py)
        if code == 130:  # typer's exit for Ctrl-C inside a command (see below)
            _interrupted()
        sys.exit(code)
    except ParallaxError as err:
        typer.echo(f"parallax: error: {err}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        _interrupted()
    except SystemExit as exc:
        # typer turns Ctrl-C inside a command into a silent exit with status 130 (128 + SIGINT), which no
        # command of ours uses for anything else: say what happened rather than end without a word
        if exc.code == 130 and not isinstance(exc, StartInterrupted):
            _interrupted()
        raise


def _interrupted() -> None:
    from parallax.startup import INTERRUPTED

    typer.echo(INTERRUPTED, err=True)
    sys.exit(130)

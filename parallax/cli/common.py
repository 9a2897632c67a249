"""Helpers shared by the commands: options, reading inputs with progress, writing outputs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import typer

from parallax.config import Options
from parallax.errors import InputError, ParallaxError
from parallax.records import Article
from parallax.report.formatting import counted  # noqa: F401  (one rule for a count in English: the CLI summary, the reports, the web pages)


def max_bytes_option():
    """``--max-bytes``, the same on every command that reads input files."""
    return typer.Option(None, "--max-bytes", min=1, help="Refuse input files larger than this many bytes (default 20 MB).")


def options_from(published: str | None = None, skip_bad: bool = False, max_bytes: int | None = None, **extra) -> Options:
    from parallax.ingest.timeparse import parse_published

    changes = {"skip_bad": skip_bad}
    if published:
        value = parse_published(published)
        if value is None:
            raise InputError("--published", f"not an ISO 8601 date: {published!r}")
        changes["default_published"] = value
    if max_bytes:
        changes["max_file_bytes"] = max_bytes
    check_embedder(extra.get("embedder"))
    changes.update({k: v for k, v in extra.items() if v is not None})
    return Options().with_(**changes)


def check_embedder(name: str | None) -> None:
    """Refuse an unknown ``--embedder`` before any work: it was found only when the first
    sentences were embedded, after reading and analysing, as a ValueError traceback."""
    if name is None:
        return
    from parallax.embed import EMBEDDERS

    if name not in EMBEDDERS:
        raise ParallaxError(f"--embedder: unknown embedder {name!r} (choose {' or '.join(EMBEDDERS)})")


def check_output(output: Path | None) -> None:
    """Refuse an ``-o`` that cannot be written (a folder, or under a file) before the work, not
    after it with an OSError traceback."""
    if to_stdout(output):
        return
    if output.is_dir():
        raise ParallaxError(f"{output}: is a directory, not a file to write")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ParallaxError(f"{output}: cannot write there ({err.strerror or err})") from None


def check_folder(folder: Path) -> None:
    """Make the output folder of ``parallax run`` now; a path that is a file fails here with one line."""
    if folder.exists() and not folder.is_dir():  # "(File exists)" said the opposite of what is wrong
        raise ParallaxError(f"{folder}: cannot write the output folder there (it is a file; --out names a folder)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ParallaxError(f"{folder}: cannot write the output folder there ({err.strerror or err})") from None


def check_store(store: str) -> None:
    """Refuse a --store under a missing folder before any work (one line, exit status 2)."""
    from parallax.store import check_location

    check_location(store)


def warn_skip(err: InputError) -> None:
    typer.echo(f"parallax: warning: skipped {err}", err=True)


class CountedSkips:
    """:func:`warn_skip` that also counts, so the summary says how many inputs or records ``--skip-bad`` left out:
    a mixed JSONL file's warnings scroll past, and "3 articles read" alone did not say that 3 lines were lost."""

    def __init__(self) -> None:
        self.count = 0
        self.sources: list[str] = []  # each skipped input or record, for the warning when nothing was read

    def __call__(self, err: InputError) -> None:
        self.count += 1
        self.sources.append(err.source)
        warn_skip(err)

    def summary(self, read: int, options: Options) -> None:
        """One closing warning with the count, where ``--skip-bad`` skipped anything (a FIFO met in a folder is
        skipped without it, and its one warning says all)."""
        if self.count and options.skip_bad:
            typer.echo(
                f"parallax: warning: {counted(self.count, 'input or record', 'inputs or records')} skipped (named above), "
                f"{counted(read, 'article', 'articles')} read",
                err=True,
            )


def progress_console():
    """The console progress bars draw on: stderr.  Rich's default console is standard
    output, where a bar that stops prints a newline into the result (JSONL starting with
    a blank line breaks ``json.loads`` per line)."""
    from rich.console import Console

    return Console(stderr=True)


def to_stdout(output: Path | None) -> bool:
    """No ``-o``, or ``-o -``: the result goes to standard output."""
    return output is None or str(output) == "-"


class Loaded(NamedTuple):
    """What :func:`load_inputs` read: the articles, and each input or record ``--skip-bad`` left out (named by
    :func:`warn_no_articles` where nothing was read)."""

    articles: list[Article]
    skipped: list[str]


def load_inputs(inputs: list[Path], options: Options) -> Loaded:
    """Read all inputs, with a progress bar when there are many files."""
    from rich.progress import Progress

    from parallax.ingest import load_paths

    articles: list[Article] = []
    skips = CountedSkips()
    with Progress(transient=True, console=progress_console(), disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("Reading", total=None)
        for article in load_paths([str(p) for p in inputs], options, on_skip=skips):
            articles.append(article)
            progress.advance(task)
    skips.summary(len(articles), options)
    warn_undated(articles, options)
    return Loaded(articles, skips.sources)


def _some(names: list[str]) -> str:
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def warn_no_articles(inputs: list[Path], skipped: list[str] | None = None) -> None:
    """One warning when the inputs gave no article, naming them and the types read: ``ingest`` and ``analyze``
    write an empty output, ``run`` and ``cluster`` go on with the store (a drop folder with nothing new is a normal
    re-run), and "0 articles read" alone left a user who gave a folder of PDFs or ``.json`` files to guess why.
    Where ``--skip-bad`` skipped inputs or records (``skipped``), every input of a type read was damaged, and the
    warning says so and names them: "no file of a type read there" was wrong for a folder of broken feeds."""
    from parallax.ingest import READERS

    names = _some(list(map(str, inputs)))
    if skipped:
        typer.echo(
            f"parallax: warning: no articles in the inputs: {names} (every input of a type read there was damaged: {_some(skipped)})",
            err=True,
        )
        return
    typer.echo(
        f"parallax: warning: no articles in the inputs: {names} (no file of a type read there: "
        f"{' '.join(sorted(READERS))}, or any of them .gz)",
        err=True,
    )


def warn_undated(articles: list[Article], options: Options) -> None:
    """One warning when articles carry no publication date and ``--published`` gave none: plain
    text has no date, and its "on Tuesday" and "yesterday" stayed unresolved ("?" in the report)
    with nothing said about why."""
    warn_undated_names([a.source or a.id for a in articles if not a.published], options)


def warn_undated_names(undated: list[str], options: Options) -> None:
    """The warning of :func:`warn_undated` from the names of the undated articles alone, for
    ``parallax run``, whose engines stream the articles and keep only these names."""
    if options.default_published:
        return
    if undated:
        names = ", ".join(undated[:3]) + (f" and {len(undated) - 3} more" if len(undated) > 3 else "")
        typer.echo(
            f"parallax: warning: no publication date for {counted(len(undated), 'article', 'articles')} ({names}): "
            "relative dates such as 'on Tuesday' stay unresolved; give one with --published DATE",
            err=True,
        )


def write_output(text: str, output: Path | None) -> None:
    if to_stdout(output):
        sys.stdout.write(text)
        if text and not text.endswith("\n"):  # no records: an empty JSONL, not one blank line
            sys.stdout.write("\n")
        return
    check_output(output)
    try:
        if output.exists() and not output.is_file():  # /dev/null, a pipe: written through, never replaced
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
            return
        tmp = output.with_name(output.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)  # atomic: a crash never leaves half a file
    except OSError as err:  # a full disk, no permission
        raise ParallaxError(f"{output}: cannot write ({err.strerror or err})") from None

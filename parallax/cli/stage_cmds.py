"""Stage commands: ``parallax ingest`` and ``parallax analyze``, usable alone."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from parallax.cli import app
from parallax.cli.common import (
    check_output,
    load_inputs,
    max_bytes_option,
    options_from,
    progress_console,
    to_stdout,
    warn_no_articles,
    write_output,
)

# Each record names its schema (parallax/report/schemas/ingest.schema.json, analysis.schema.json) as the JSON
# documents of ``compare`` and ``cluster`` do, so a reader can tell the two kinds of line apart and check them.
SCHEMA_INGEST = "parallax.ingest/1"
SCHEMA_ANALYSIS = "parallax.analysis/1"


def _jsonl(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _report(n: int, output: Path | None, inputs: list[Path], skipped: list[str]) -> None:
    """One line on stderr when the records went to a file, as ``compare -o`` does; a warning when
    there were none (a folder with no file of a supported type), which exit status 0 alone hides.  The
    warning names the inputs and the types read: "no file of a supported type?" left a user who gave a
    folder of PDFs or of news-please ``.json`` files to guess which input and which types."""
    if not n:
        warn_no_articles(inputs, skipped)
    if not to_stdout(output):
        typer.echo(f"wrote {n} article{'' if n == 1 else 's'} to {output}", err=True)


@app.command("ingest")
def ingest_command(
    inputs: list[Path] = typer.Argument(..., help="Files or folders to read."),
    output: Path | None = typer.Option(None, "-o", "--output", help="JSONL file to write (default: standard output)."),
    published: str | None = typer.Option(None, "--published", metavar="DATE", help="Publication date (ISO 8601) for inputs that carry none, e.g. plain text."),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip unreadable inputs with a warning instead of stopping."),
    max_bytes: int | None = max_bytes_option(),
) -> None:
    """Read and clean articles: one JSON record per article."""
    check_output(output)
    articles, skipped = load_inputs(inputs, options_from(published=published, skip_bad=skip_bad, max_bytes=max_bytes))
    keys = (
        "id",
        "outlet",
        "url",
        "title",
        "published",
        "language",
        "dateline",
        "dateline_offset",
        "dateline_date",
        "text",
        "boilerplate_removed",
        "kind",
        "agencies",
        "byline",
        "content_hash",
    )
    write_output(_jsonl({"schema": SCHEMA_INGEST, **{k: getattr(a, k) for k in keys}} for a in articles), output)
    _report(len(articles), output, inputs, skipped)


@app.command("analyze")
def analyze_command(
    inputs: list[Path] = typer.Argument(..., help="Files or folders to read."),
    output: Path | None = typer.Option(None, "-o", "--output", help="JSONL file to write (default: standard output)."),
    published: str | None = typer.Option(
        None, "--published", metavar="DATE", help="Publication date (ISO 8601) for inputs that carry none (needed to resolve 'on Thursday')."
    ),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip unreadable inputs with a warning instead of stopping."),
    max_bytes: int | None = max_bytes_option(),
) -> None:
    """Analyse articles: sentences, entities, quotes with speakers, resolved times, numbers."""
    from rich.progress import track

    from parallax.analyze import Analyzer

    options = options_from(published=published, skip_bad=skip_bad, max_bytes=max_bytes)
    check_output(output)
    articles, skipped = load_inputs(inputs, options)
    analyzer = Analyzer(options)
    records = []
    # The bar goes to stderr (and only to a terminal): the records may be going to stdout.
    bar = track(
        articles, description="Analysing", transient=True, console=progress_console(), disable=len(articles) < 5 or not sys.stderr.isatty()
    )
    for a in bar:
        analyzer.analyze(a)
        d = a.to_dict()
        d.pop("analyzed", None)
        records.append({"schema": SCHEMA_ANALYSIS, **d})
    write_output(_jsonl(records), output)
    _report(len(records), output, inputs, skipped)

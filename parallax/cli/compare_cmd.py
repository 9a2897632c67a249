"""``parallax compare``: all inputs taken as one story."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from parallax.cli import app
from parallax.cli.common import check_output, load_inputs, max_bytes_option, options_from, to_stdout, write_output


class Format(StrEnum):
    json = "json"
    text = "text"
    html = "html"


@app.command("compare")
def compare_command(
    inputs: list[Path] = typer.Argument(..., help="Files or folders (.txt, .html, .jsonl, ...), all taken as one story."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write here instead of standard output."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json (schema parallax.comparison/2), text or html."),
    published: str | None = typer.Option(
        None, "--published", metavar="DATE", help="Publication date (ISO 8601) for inputs that carry none, e.g. plain text."
    ),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip unreadable inputs with a warning instead of stopping."),
    max_bytes: int | None = max_bytes_option(),
    embedder: str = typer.Option("e5", "--embedder", help="Sentence embeddings: e5 (multilingual, bundled) or hashing (no model)."),
) -> None:
    """Compare reports of one event: shared, unique and conflicting facts, quotes, word choice."""
    from parallax.compare import compare_articles
    from parallax.report import render

    options = options_from(published=published, skip_bad=skip_bad, max_bytes=max_bytes, embedder=embedder)
    check_output(output)
    articles = load_inputs(inputs, options)
    if not articles:
        from parallax.cli import fail

        fail(f"{', '.join(map(str, inputs))}: no readable articles in the inputs")
    with _status(f"Comparing {len(articles)} articles"):
        comparison = compare_articles(articles, options)
    if fmt is Format.text and to_stdout(output):
        from parallax.report.text import print_text

        print_text(comparison.to_dict())
        return
    write_output(render(comparison.to_dict(), fmt.value), output)  # text to a file too: whole or not at all
    if not to_stdout(output):
        typer.echo(f"wrote {output}", err=True)


def _status(message: str):
    from rich.console import Console

    console = Console(stderr=True)
    return console.status(message) if sys.stderr.isatty() else _Null()


class _Null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

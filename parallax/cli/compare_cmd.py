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
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json (schema parallax.comparison/3), text or html."),
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
    articles = read_once(load_inputs(inputs, options).articles)
    if not articles:
        from parallax.cli import fail

        fail(f"{', '.join(map(str, inputs))}: no readable articles in the inputs")
    if len(articles) == 1:  # the comparison is still written: one report's analysis is useful, but say why it is bare
        typer.echo(
            f"parallax: warning: only one article ({articles[0].source or articles[0].id}): nothing to compare it with, so "
            "every fact is unique to it",
            err=True,
        )
    with _status(f"Comparing {len(articles)} articles"):
        comparison = compare_articles(articles, options)
    if fmt is Format.text and to_stdout(output):
        from parallax.report.text import print_text

        print_text(comparison.to_dict())
        return
    write_output(render(comparison.to_dict(), fmt.value), output)  # text to a file too: whole or not at all
    if not to_stdout(output):
        typer.echo(f"wrote {output}", err=True)


def read_once(articles: list) -> list:
    """``articles`` less each text read again from the same source (a JSONL line given twice, a feed item and its
    page's crawl), with a warning: compared with itself, "copy-fire~2" corroborated every fact of "copy-fire" and
    the story counted one report as two, where ``parallax run`` stores such a text once."""
    from parallax.store.articles import other_source

    kept, held = [], {}
    for article in articles:
        first = next((a for a in held.get(article.content_hash, []) if not other_source(article.outlet, article.url, a.outlet, a.url)), None)
        if first is not None:
            typer.echo(f"parallax: warning: {article.source or article.id} is the text of {first.source or first.id} from the same "
                       "source: compared once", err=True)
            continue
        held.setdefault(article.content_hash, []).append(article)
        kept.append(article)
    return kept


def _status(message: str):
    from rich.console import Console

    console = Console(stderr=True)
    return console.status(message) if sys.stderr.isatty() else _Null()


class _Null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

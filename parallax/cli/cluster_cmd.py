"""``parallax cluster``: group articles into stories (same real-world event)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from parallax.cli import app
from parallax.cli.common import (
    check_output,
    check_store,
    counted,
    load_inputs,
    max_bytes_option,
    options_from,
    progress_console,
    to_stdout,
    warn_no_articles,
    write_output,
)


@app.command("cluster")
def cluster_command(
    inputs: list[Path] = typer.Argument(..., help="Files or folders (.txt, .html, .jsonl, ...) with articles of many stories."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write the stories JSON here instead of standard output."),
    store: str | None = typer.Option(
        None,
        "--store",
        help="Store to keep articles, stories and state in: a SQLite file or a postgresql:// URL; a re-run then only processes new texts.",
    ),
    published: str | None = typer.Option(
        None, "--published", metavar="DATE", help="Publication date (ISO 8601) for inputs that carry none, e.g. plain text."
    ),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip unreadable inputs with a warning instead of stopping."),
    max_bytes: int | None = max_bytes_option(),
    window_days: float | None = typer.Option(
        None, "--window-days", min=0, help="Close a story after this many days without a new article (default from the model)."
    ),
    embedder: str = typer.Option(
        "e5", "--embedder", help="Embeddings: e5 (multilingual, bundled; the model is fitted on it) or hashing (no model)."
    ),
) -> None:
    """Group articles into stories, streaming in publication order; flags near-duplicates."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    options = options_from(published=published, skip_bad=skip_bad, max_bytes=max_bytes, embedder=embedder)
    check_output(output)
    if store is not None:
        check_store(store)
    if window_days is not None:
        options = options.with_(extra={**options.extra, "story_window_days": window_days})
    articles, skipped = load_inputs(inputs, options)
    if not articles:
        warn_no_articles(inputs, skipped)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True, console=progress_console(), disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("Clustering", total=len(articles))

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        if store is not None:
            from parallax.store import open_store
            from parallax.stories.persist import update_store

            with open_store(store) as db:
                result = update_store(db, articles, options, progress=progress)
        else:
            from parallax.stories import cluster_articles

            done = 0

            def advance(n: int) -> None:
                nonlocal done
                done += n
                progress(done, len(articles))

            result = cluster_articles(articles, options, progress=advance)
    data = result.to_dict()
    write_output(json.dumps(data, ensure_ascii=False, indent=2), output)
    typer.echo(
        f"{counted(sum(len(s['articles']) for s in data['stories']), 'article', 'articles')} in "
        f"{counted(len(data['stories']), 'story', 'stories')}, "
        f"{counted(len(data['near_duplicates']), 'near-duplicate group', 'near-duplicate groups')}"
        + ("" if to_stdout(output) else f"; wrote {output}"),
        err=True,
    )

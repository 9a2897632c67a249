"""``parallax run``: the main job.

Ingest, analyse the texts the store does not hold yet, group everything into
stories, compare every story with two or more distinct reports, and write
``OUT/stories.json`` plus one comparison per story (JSON, HTML and text).
A re-run over a folder that gained articles analyses only the new texts and
recompares only the stories whose membership changed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import typer

from parallax.cli import app
from parallax.cli.common import load_inputs, options_from, write_output


def _progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        transient=True, disable=not sys.stderr.isatty(),
    )


def members_key(articles) -> str:
    """Identifies a story's membership: same texts, same comparison."""
    joined = "\n".join(sorted(f"{a.id}:{a.content_hash}" for a in articles))
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


@app.command("run")
def run_command(
    inputs: list[Path] = typer.Argument(..., help="Files or folders with articles of many stories."),
    store: Path = typer.Option(Path("parallax.sqlite"), "--store", help="SQLite store (created if missing) that keeps articles, stories and comparisons."),
    out: Path = typer.Option(Path("out"), "--out", help="Folder for stories.json and one comparison per story."),
    published: str | None = typer.Option(None, "--published", help="Publication date (ISO 8601) for inputs that carry none."),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip unreadable inputs with a warning instead of stopping."),
    html: bool = typer.Option(True, "--html/--no-html", help="Also write an HTML report per story."),
    embedder: str = typer.Option("e5", "--embedder", help="Embeddings: e5 (multilingual, bundled) or hashing (no model)."),
    batch: int = typer.Option(32, "--batch", min=1, help="Articles analysed and committed to the store together."),
) -> None:
    """Ingest, analyse, group into stories and compare each story (the main job)."""
    from parallax.analyze import Analyzer
    from parallax.compare import compare_articles
    from parallax.report import render
    from parallax.report.text import print_text
    from parallax.store import open_store
    from parallax.stories.persist import update_store

    options = options_from(published=published, skip_bad=skip_bad, embedder=embedder)
    articles = load_inputs(inputs, options)
    with open_store(store) as db:
        new = [a for a in articles if not db.has_hash(a.content_hash)]
        analyzer = Analyzer(options)
        with _progress() as bar:
            task = bar.add_task("Analysing", total=len(new))
            # analysed texts are committed batch by batch: an interrupted run keeps them
            for start in range(0, len(new), batch):
                chunk = new[start : start + batch]
                for a in chunk:
                    analyzer.analyze(a)
                    bar.advance(task)
                db.add_articles(chunk)
            task = bar.add_task("Grouping", total=None)
            result = update_store(db, [], options, progress=lambda done, total: bar.update(task, completed=done, total=total))
        duplicates = {aid for g in result.near_duplicates for aid in g["articles"] if aid != g["original"]}
        stories = db.stories()
        out_dir = out / "stories"
        out_dir.mkdir(parents=True, exist_ok=True)
        compared = reused = 0
        with _progress() as bar:
            task = bar.add_task("Comparing", total=len(stories))
            for story in stories:
                members = [db.get_article(aid) for aid in story["articles"] if aid not in duplicates]
                members = [m for m in members if m is not None]
                bar.advance(task)
                if len(members) < 2:
                    continue
                key = members_key(members)
                saved = db.comparison(story["id"])
                if saved and saved.get("settings", {}).get("members_key") == key:
                    comparison = saved
                    reused += 1
                else:
                    comparison = compare_articles(members, options).to_dict()
                    comparison["settings"]["members_key"] = key
                    comparison["settings"]["story"] = story["id"]
                    db.save_comparison(story["id"], comparison)
                    compared += 1
                base = out_dir / story["id"]
                write_output(json.dumps(comparison, ensure_ascii=False, indent=2), base.with_suffix(".json"))
                if html:
                    write_output(render(comparison, "html"), base.with_suffix(".html"))
                with open(base.with_suffix(".txt"), "w", encoding="utf-8") as fh:
                    print_text(comparison, file=fh)
        data = result.to_dict()
        data["stories"] = stories
        write_output(json.dumps(data, ensure_ascii=False, indent=2), out / "stories.json")
    typer.echo(
        f"{len(articles)} articles read ({len(new)} new), {len(stories)} stories, "
        f"{compared} compared, {reused} unchanged; wrote {out / 'stories.json'} and {out_dir}/",
        err=True,
    )

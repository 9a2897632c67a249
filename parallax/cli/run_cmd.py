"""``parallax run``: the main job.

Ingest, analyse the texts the store does not hold yet, group everything into
stories, compare every story with two or more distinct reports, and write
``OUT/stories.json`` plus one comparison per story (JSON, HTML and text).
A re-run over a folder that gained articles analyses only the new texts and
recompares only the stories whose membership changed.

``--engine`` picks where ingest, analysis and comparisons run (see
:mod:`parallax.engine`): ``local`` (this process, the default) or ``dask``
(partitions on Dask workers, per-article results in a Parquet dataset; see
:mod:`parallax.engine.dask`).  Both give the same stories and comparisons.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from parallax.cli import app, fail
from parallax.cli.common import check_folder, check_store, counted, max_bytes_option, options_from, warn_no_articles, warn_undated_names
from parallax.engine.parquet import PARTITION_FILES


@app.command("run")
def run_command(
    inputs: list[Path] = typer.Argument(..., help="Files or folders with articles of many stories."),
    store: str = typer.Option(
        "parallax.sqlite",
        "--store",
        help="Store that keeps articles, stories and comparisons: a SQLite file (created if missing, in a folder that exists) or a postgresql:// URL.",
    ),
    out: Path = typer.Option(Path("out"), "--out", help="Folder for stories.json and one comparison per story."),
    published: str | None = typer.Option(
        None, "--published", metavar="DATE", help="Publication date (ISO 8601) for inputs that carry none."
    ),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip unreadable inputs with a warning instead of stopping."),
    max_bytes: int | None = max_bytes_option(),
    html: bool = typer.Option(True, "--html/--no-html", help="Also write an HTML report per story."),
    embedder: str = typer.Option("e5", "--embedder", help="Embeddings: e5 (multilingual, bundled) or hashing (no model)."),
    batch: int = typer.Option(32, "--batch", min=1, help="Articles analysed and committed to the store together."),
    engine: str = typer.Option(
        "local", "--engine", help="Where ingest, analysis and comparisons run: local (this process) or dask (partitions on Dask workers)."
    ),
    workers: int | None = typer.Option(
        None, "--workers", min=1, help="dask: worker processes of the local cluster (default: the number of cores)."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="dask: address of a running Dask scheduler (e.g. tcp://host:8786) instead of a local cluster."
    ),
    work: Path | None = typer.Option(
        None, "--work", help="dask: folder of the per-article Parquet dataset (default: <store dir>/<store stem>.parquet)."
    ),
    partition_files: int = typer.Option(
        PARTITION_FILES, "--partition-files", min=1, help="dask: input files per partition, on average (1: one partition per file)."
    ),
) -> None:
    """Ingest, analyse, group into stories and compare each story (the main job)."""
    from parallax.engine import engine_names, get_engine, run_pipeline

    if engine not in engine_names():
        fail(f"unknown engine {engine!r} (choose from: {', '.join(engine_names())})")
    if engine != "dask" and (workers or scheduler or work):
        fail("--workers, --scheduler and --work need --engine dask")
    if workers and scheduler:
        fail("--workers starts a local cluster; with --scheduler the cluster's own workers are used")
    options = options_from(published=published, skip_bad=skip_bad, max_bytes=max_bytes, embedder=embedder)
    # a store inside an output folder not yet made (`make demo`: --store out/demo/x.sqlite --out out/demo) has its
    # folder made below, with the outputs; any other store is checked before anything is written
    if out.exists() or Path(store).parent.resolve() != out.resolve():
        check_store(store)
    check_folder(out)
    settings = {"workers": workers or os.cpu_count(), "scheduler": scheduler, "work": work, "partition_files": partition_files}
    with get_engine(engine, **settings) as eng:
        report = run_pipeline(eng, inputs, store, out, options, html=html, batch=batch)
    if not report.ingest.read:
        warn_no_articles(inputs, report.ingest.skipped_sources)
    warn_undated_names(report.ingest.undated, options)
    out_dir = out / "stories"
    twice = f", {report.ingest.repeated} read twice" if report.ingest.repeated else ""  # a feed item and its page's crawl
    twice += f", {report.ingest.skipped} bad skipped" if report.ingest.skipped else ""  # --skip-bad: each named above
    typer.echo(
        f"{counted(report.ingest.read, 'article', 'articles')} read ({report.ingest.new} new{twice}), {counted(report.stories, 'story', 'stories')}, "
        f"{report.compared} compared, {report.reused} unchanged; wrote {out / 'stories.json'} and {out_dir}/",
        err=True,
    )
    if report.ingest.corrected:
        typer.echo(
            f"{counted(report.ingest.corrected, 'stored article', 'stored articles')} read again with a corrected headline, "
            "publication time or byline: stored with the new values (warnings above), their stories compared again",
            err=True,
        )
    if report.reanalysed:
        typer.echo(
            f"{counted(report.reanalysed, 'stored article', 'stored articles')} analysed again: their analysis was made by other "
            "Parallax code or models, or before their publication time was corrected",
            err=True
        )
    if report.ingest.partitions:
        st = report.ingest
        typer.echo(
            f"dask: {st.computed} of {st.partitions} partitions computed, {st.partitions - st.computed} reused; "
            f"dataset {st.extra.get('dataset')}",
            err=True,
        )

"""Engines for ``parallax run``: where ingest, analysis and comparisons run.

An engine does two things the same way as every other engine, only elsewhere:

* :meth:`Engine.ingest` reads the inputs, analyses the texts and adds them to
  the store (texts it already holds, by content hash, are not added again);
* :meth:`Engine.map_compare` compares the stories it is given and yields the
  comparisons in the order it got them.

Everything else is shared and runs in the calling process
(:func:`run_pipeline`): story grouping against the store
(:func:`parallax.stories.persist.update_store`), deciding which stories need a
new comparison, saving comparisons and writing the outputs.  So every engine
gives the same stories and comparisons for the same input.

Engines are registered by name with :func:`engine` (``local``: in this
process, :mod:`parallax.engine.local`; ``dask``: on Dask workers,
:mod:`parallax.engine.dask`) and made with :func:`get_engine`.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from parallax.config import Options
from parallax.errors import ParallaxError
from parallax.records import Article

# name -> module that registers it (imported on first use: the Dask engine imports dask lazily too)
_MODULES = {"local": "parallax.engine.local", "dask": "parallax.engine.dask"}
ENGINES: dict[str, Callable[..., Engine]] = {}


class Engine(Protocol):
    name: str

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...

    def ingest(self, inputs: list[Path], options: Options, db, batch: int) -> IngestStats: ...

    def map_compare(self, jobs: Iterable[tuple[Any, list[Article] | None]], options: Options) -> Iterator[tuple[Any, dict | None]]: ...


@dataclass
class IngestStats:
    read: int = 0  # articles read from the inputs
    new: int = 0  # of which the store did not hold the text yet
    repeated: int = 0  # read twice from one source in this run (a feed item and its page's crawl): stored once
    corrected: int = 0  # of the others, those whose stored headline, time or byline this run corrected
    skipped: int = 0  # bad inputs or records --skip-bad left out (each warned about as it was met)
    skipped_sources: list[str] = field(default_factory=list)  # their names, for the warning when nothing was read
    partitions: int = 0  # dask: partitions in the plan
    computed: int = 0  # dask: partitions computed in this run (the rest were reused)
    undated: list[str] = field(default_factory=list)  # source (else id) of each article read with no publication date
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class RunReport:
    ingest: IngestStats
    stories: int = 0
    compared: int = 0
    reused: int = 0
    reanalysed: int = 0  # stored articles analysed again (their analysis was made by other code or models)
    seconds: dict[str, float] = field(default_factory=dict)  # wall: ingest, group, compare, total
    cpu: dict[str, float] = field(default_factory=dict)  # CPU of this process, same stages


def engine(name: str) -> Callable:
    """Register an engine class (or factory) under ``name``."""

    def register(factory):
        ENGINES[name] = factory
        return factory

    return register


def engine_names() -> list[str]:
    return sorted(set(_MODULES) | set(ENGINES))


def get_engine(name: str, **settings: Any) -> Engine:
    """Make the engine ``name`` with its ``settings`` (e.g. ``workers``, ``scheduler``)."""
    if name not in ENGINES and name in _MODULES:
        importlib.import_module(_MODULES[name])
    if name not in ENGINES:
        raise ParallaxError(f"unknown engine {name!r} (known: {', '.join(engine_names())})")
    return ENGINES[name](**settings)


# ------------------------------------------------------------------ shared steps


def progress_bar():
    """A bar on stderr (checked there too), so nothing of it ends up in a result on stdout."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
        console=Console(stderr=True),
        disable=not sys.stderr.isatty(),
    )


def members_key(articles) -> str:
    """Identifies a story's membership: same texts, same comparison."""
    joined = "\n".join(sorted(f"{a.id}:{a.content_hash}" for a in articles))
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def _same_settings(saved: dict, options: Options) -> bool:
    """Whether a stored comparison was made by this code and these models with these settings:
    an upgrade, a changed rule or another ``--align-threshold`` compares again, even when the
    members did not change (:mod:`parallax.stamps`)."""
    from parallax.stamps import comparison_stamp

    settings = saved.get("settings") or {}

    def canon(value) -> str:
        return json.dumps(value, sort_keys=True, default=str)

    return settings.get("code") == comparison_stamp() and canon(settings.get("options")) == canon(json.loads(canon(options.to_dict())))


def reanalyse_stale(db, options: Options, batch: int = 32) -> int:
    """Analyse again the stored articles whose analysis other code or models made
    (an upgrade; :mod:`parallax.stamps`), ``batch`` at a time, each batch in one
    transaction, so an interrupted run keeps what it finished.  Returns how many."""
    from parallax.analyze import Analyzer
    from parallax.stamps import analysis_stamp

    ids = db.stale_ids(analysis_stamp())
    if not ids:
        return 0
    analyzer = Analyzer(options)
    with progress_bar() as bar:
        task = bar.add_task("Analysing stored articles again", total=len(ids))
        for i in range(0, len(ids), batch):
            chunk = [a for a in map(db.get_article, ids[i : i + batch]) if a is not None]
            db.update_analyses([analyzer.analyze(a) for a in chunk])
            bar.advance(task, len(chunk))
    return len(ids)


def group(db, options: Options):
    """Story grouping over the store (single process: it needs every stored article in order)."""
    from parallax.stories.persist import update_store

    with progress_bar() as bar:
        task = bar.add_task("Grouping", total=None)
        return update_store(db, [], options, progress=lambda done, total: bar.update(task, completed=done, total=total))


def story_copies(db, story: dict, copy_of: dict[str, tuple[str, float]], saved: dict | None = None) -> list[dict]:
    """The story's near-duplicates, which its comparison leaves out (a copy adds no second voice), named
    in its ``settings`` so the report can say who else published the text: outlet, headline, address,
    time, the member it copies and how alike the copy is to it, and what the copy added, left out or
    changed (``compare/copy_changes.py``: a changed figure in a republished wire story is what an analyst
    looks for). A copy already listed in ``saved`` (the stored comparison) against the same original keeps
    its reading, so a reused comparison is not read again."""
    from parallax.compare.copy_changes import copy_changes
    from parallax.compare.copy_likeness import copy_likeness

    before = {(c.get("id"), c.get("of")): c for c in ((saved or {}).get("settings") or {}).get("copies") or []}
    copies = []
    for aid in story["articles"]:
        if aid in copy_of and (a := db.get_article(aid)) is not None:
            of, similarity = copy_of[aid]
            row = {"id": aid, "outlet": a.outlet, "title": a.title, "url": a.url, "published": a.published, "of": of, "similarity": similarity}
            old = before.get((aid, of))
            if old is not None and "added" in old and "figures_only" in old:
                row.update({k: old[k] for k in ("similarity", "figures_only", "added", "left_out", "changed")})
            elif (original := db.get_article(of)) is not None:
                exact, row["figures_only"] = copy_likeness(original.text, a.text)  # figures counted
                row["similarity"] = min(similarity, exact)  # never above what detection measured
                row.update(copy_changes(original, a))
            copies.append(row)
    return copies


def drop_stale_outputs(out_dir: Path, current: set[str]) -> list[str]:
    """Remove the comparison files (``.json``, ``.html``, ``.txt``) an earlier run wrote for stories the store no
    longer holds: a corrected time or a late article regroups, a story's id follows its first article, and the old
    story's files stayed beside the new one's, a second fire story with the old time.  Only a ``.json`` that is a
    Parallax comparison naming that story is taken for one, with its two siblings; any other file is left alone."""
    dropped = []
    for path in sorted(out_dir.glob("*.json")):
        if path.stem in current:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or not str(data.get("schema", "")).startswith("parallax.comparison/"):
            continue
        if (data.get("settings") or {}).get("story") != path.stem:
            continue
        for sibling in (path, path.with_suffix(".html"), path.with_suffix(".txt")):
            sibling.unlink(missing_ok=True)
        dropped.append(path.stem)
    return dropped


def compare_stories(db, result, options: Options, out: Path, html: bool, eng: Engine) -> tuple[list[dict], int, int]:
    """Compare every story with two or more distinct reports, or with one and a copy that changed a sentence of it
    (a republished toll changed from 12 to 14 is what an analyst looks for; :func:`story_copies`), (reusing a saved
    comparison when the membership is unchanged), save the comparisons and
    write ``OUT/stories/<id>.json`` (``.html``, ``.txt``).  The comparisons run
    on ``eng``; saving and writing happen here, in story order."""
    from parallax.cli.common import write_output
    from parallax.report import render

    copy_of = {
        aid: (g["original"], (g.get("similarities") or {}).get(aid, g["similarity"]))
        for g in result.near_duplicates
        for aid in g["articles"]
        if aid != g["original"]
    }
    duplicates = set(copy_of)
    stories = db.stories()
    out_dir = out / "stories"
    out_dir.mkdir(parents=True, exist_ok=True)

    read_copies: dict[str, list[dict]] = {}  # a lone report's copies, read to see whether one changed a sentence

    def jobs():
        for story in stories:
            members = [db.get_article(aid) for aid in story["articles"] if aid not in duplicates]
            members = [m for m in members if m is not None]
            altered = False
            if len(members) == 1 and any(aid in copy_of for aid in story["articles"]):
                # one report and its copies: compared only where a copy changed a sentence (a figure, a name), which
                # the comparison's copies name; a word-for-word reprint adds nothing to compare
                copies = read_copies[story["id"]] = story_copies(db, story, copy_of, db.comparison(story["id"]))
                altered = any(c.get("changed") for c in copies)
            if len(members) < 2 and not altered:
                yield (story, None, None), None
                continue
            key = members_key(members)
            saved = db.comparison(story["id"])
            if saved and saved.get("settings", {}).get("members_key") == key and _same_settings(saved, options):
                yield (story, key, saved), None
            else:
                yield (story, key, None), members

    drop_stale_outputs(out_dir, {s["id"] for s in stories})
    compared = reused = 0
    with progress_bar() as bar:
        task = bar.add_task("Comparing", total=len(stories))
        for (story, key, saved), comparison in eng.map_compare(jobs(), options):
            bar.advance(task)
            if key is None:
                continue
            copies = read_copies.pop(story["id"], None) or story_copies(db, story, copy_of, saved)
            if saved is not None:
                comparison = saved
                reused += 1
                if comparison["settings"].get("copies", []) != copies:  # a copy came or went; the comparison stands
                    comparison["settings"]["copies"] = copies
                    db.save_comparison(story["id"], comparison)
            else:
                comparison["settings"].update(members_key=key, story=story["id"], copies=copies)
                db.save_comparison(story["id"], comparison)
                compared += 1
            base = out_dir / story["id"]
            write_output(json.dumps(comparison, ensure_ascii=False, indent=2), base.with_suffix(".json"))
            if html:
                write_output(render(comparison, "html"), base.with_suffix(".html"))
            write_output(render(comparison, "text"), base.with_suffix(".txt"))
    return stories, compared, reused


def run_pipeline(eng: Engine, inputs: list[Path], store, out: Path, options: Options, html: bool = True, batch: int = 32) -> RunReport:
    """The whole ``parallax run`` job on engine ``eng``: ingest and analyse,
    group into stories, compare, write ``OUT/stories.json`` and one comparison
    per story.  Returns counts and per-stage seconds."""
    from parallax.cli.common import write_output
    from parallax.compare.copy_shown import shown_near_duplicates
    from parallax.store import open_store

    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}
    marks = [(time.perf_counter(), time.process_time())]

    def lap(stage: str) -> None:
        marks.append((time.perf_counter(), time.process_time()))
        seconds[stage] = marks[-1][0] - marks[-2][0]
        cpu[stage] = marks[-1][1] - marks[-2][1]

    with open_store(store) as db:
        stats = eng.ingest(inputs, options, db, batch)
        reanalysed = reanalyse_stale(db, options, batch)
        lap("ingest")
        result = group(db, options)
        lap("group")
        stories, compared, reused = compare_stories(db, result, options, out, html, eng)
        data = result.to_dict()
        data["stories"] = stories
        data["near_duplicates"] = shown_near_duplicates(result.near_duplicates, db.get_article)  # figures counted
        write_output(json.dumps(data, ensure_ascii=False, indent=2), out / "stories.json")
        lap("compare")
    seconds["total"] = time.perf_counter() - marks[0][0]
    cpu["total"] = time.process_time() - marks[0][1]
    return RunReport(stats, len(stories), compared, reused, reanalysed, seconds, cpu)

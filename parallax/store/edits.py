"""An input read again with another text under the same id: the file was edited, its old text goes.

``parallax run`` over a folder where one file was edited (same name, new text) read the new text under the same
id, found the id stored with another text and kept both versions (the second as ``id@hash``): the old text's
analysis stayed, both versions joined one story, and the story compared the article with itself.  An id holding
another text is two versions of one article only when they come from the same input: the same file (for a JSONL
line, a feed item or a WARC record, the same file whatever its position there, which an edit above it moves) and
the same outlet and address (:func:`.articles.other_source`).  Then the new version replaces the old: the old
text's analysis stamp, cached embedding, copy index entry and story membership go, the comparisons of its stories
are dropped, and grouping is rewound as for a corrected time (:meth:`.corrections.Corrections._rewind_grouping`),
so the next grouping places the new text.  The same id from another file (two folders with ``fire.txt``), with
no recorded file (records given to the library), or uploaded to the web app (two uploads named "article.html" are
two articles: only the engines of ``parallax run`` ask for this, ``Store.add_articles(..., edits=True)``) is
still kept as a second version.

An id numbered in the run (``load_paths`` gives the second "fire" of a run "fire~2") moves when another input of the
run takes the id first: a JSONL record "fire" edited while a new file ``fire.txt``, read before it, took "fire" comes
in as "fire~2", and its stored version, "fire", is no longer found under its id.  Decided: nothing is replaced there,
because which stored text was this record cannot be told from the id alone (a record added to the file under the
same id reads the same way), and replacing the wrong one would lose an article.  Every text is kept, and
:func:`note_moved_id` warns naming the record, the id its earlier version is stored under and the way out (give
the records ids of their own, or ``parallax run`` over the file alone).
"""

from __future__ import annotations

import json
import logging
import os
import re

from parallax.ingest.timeparse import published_ts
from parallax.records import Article

log = logging.getLogger("parallax.store")

# where in its file a record sits (ingest/jsonl.py "path:12", feed.py "path:item 3", warc.py "path:record 2 (offset
# 91)"): an edit above the record moves it, so the file is compared without it
_RUN_NUMBER = re.compile(r"~\d+$")  # the number load_paths gives an id repeated in a run (ingest.unique_id)
_POSITION = re.compile(r":(?:\d+|item \d+|record \d+ \(offset \d+\))$")


def input_file(source: str | None) -> str | None:
    """The file an article was read from, less its position in the file, as a resolved path.

    A source holds the path as the command was given it ("./dir/a.txt", "dir/a.txt", "/home/me/dir/a.txt" are one
    file), so the two are compared resolved: made absolute against the working folder, "." and ".." and repeated
    separators taken out, and symbolic links followed.  A stored relative path is resolved against the folder the
    command runs in now; from another folder it names another file or none, and the article is kept as a second
    version (the behaviour for two files), never replaced by a file it was not read from."""
    if not source:
        return None
    path = _POSITION.sub("", source)
    return path if "://" in path else os.path.realpath(path)


def resolved_source(source: str | None) -> str | None:
    """``source`` with its file resolved where it is read now (:func:`input_file`), its position in the file kept
    ("dir/wire.jsonl:3" -> "/home/me/dir/wire.jsonl:3"); an address, a path naming no file here, or no source as it is.

    ``parallax run`` stores its articles' sources so (``Store.add_articles(..., edits=True)``): a relative path as
    given names a file only against the folder the command ran in, so a later run from another folder
    ("../dir/a.txt" for "dir/a.txt") found no stored file to replace and kept both versions, while "dir/a.txt" given
    in another folder, another file, replaced it.  Resolved where it was read, the stored path names its file from
    anywhere."""
    if not source:
        return source
    position = _POSITION.search(source)
    path = input_file(source)
    if path is None or "://" in path or not os.path.exists(path):
        return source  # no file read here (a record given to the library under a made-up source)
    return path + (position.group() if position else "")


def replace_edited(store, article: Article) -> bool:
    """Drop the stored version of ``article``'s id where it came from the same input (see the module docstring),
    so ``article`` is stored in its place; ``False`` (nothing done) where it did not.  Runs inside the caller's
    transaction."""
    from parallax.store.articles import other_source

    row = store._execute("SELECT outlet, url, record_json, published FROM articles WHERE id = ?", (article.id,)).fetchone()
    if row is None:
        return False
    outlet, url, record, published = row
    held_file = input_file(json.loads(record).get("source"))
    if held_file is None or held_file != input_file(article.source) or other_source(article.outlet, article.url, outlet, url):
        return False
    aid = article.id
    store._execute("DELETE FROM comparisons WHERE story_id IN (SELECT story_id FROM story_articles WHERE article_id = ?)", (aid,))
    store._rewind_grouping(aid, published_ts(published), published_ts(article.published))
    for table in ("story_articles", "article_analysis", "article_vectors", "article_copies"):
        store._execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
    store._execute("DELETE FROM articles WHERE id = ?", (aid,))
    log.warning("article %s read again from %s with another text: the old text, its analysis and stories replaced", aid, held_file)
    return True


def note_moved_id(store, article: Article) -> None:
    """Warn where ``article`` (stored under a new id) carries a run number and the id without it is stored from
    the same input with another text: perhaps its own earlier version (see the module docstring)."""
    from parallax.store.articles import other_source

    if not _RUN_NUMBER.search(article.id):
        return
    base = _RUN_NUMBER.sub("", article.id)
    row = store._execute("SELECT outlet, url, record_json, content_hash FROM articles WHERE id = ?", (base,)).fetchone()
    if row is None or row[3] == article.content_hash:
        return
    outlet, url, record, _ = row
    held_file = input_file(json.loads(record).get("source"))
    if held_file is None or held_file != input_file(article.source) or other_source(article.outlet, article.url, outlet, url):
        return
    log.warning(
        "article %s (%s) is stored as %s from the same file with another text: another input of this run took the id %s, "
        "so if the record was edited its old version stays as %s; give the records their own ids to have edits replace them",
        article.id, article.source, base, base, base,
    )  # fmt: skip

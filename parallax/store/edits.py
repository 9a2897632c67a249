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
"""

from __future__ import annotations

import json
import logging
import re

from parallax.ingest.timeparse import published_ts
from parallax.records import Article

log = logging.getLogger("parallax.store")

# where in its file a record sits (ingest/jsonl.py "path:12", feed.py "path:item 3", warc.py "path:record 2 (offset
# 91)"): an edit above the record moves it, so the file is compared without it
_POSITION = re.compile(r":(?:\d+|item \d+|record \d+ \(offset \d+\))$")


def input_file(source: str | None) -> str | None:
    """The file an article was read from, less its position in the file."""
    return _POSITION.sub("", source) if source else None


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

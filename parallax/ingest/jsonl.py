"""JSONL records: ``{"id", "outlet", "url", "title", "published", "language", "byline", "text" | "html"}``.

``byline`` (else ``author``/``authors``) is one string or a list of names (:mod:`parallax.ingest.authors`).

Unknown fields are ignored and given ids are kept; the field names of common scrapers' output stand in
for missing ones (:data:`ALIASES`), and a language tag keeps its primary code ("pt-BR" -> "pt").  A malformed line is an
:class:`InputError` naming the file and line; with ``skip_bad`` the reader
yields the error instead, and :func:`parallax.ingest.load_paths` reports it
and goes on with the next line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from parallax.config import Options
from parallax.errors import InputError
from parallax.ingest import reader
from parallax.ingest.authors import record_byline
from parallax.ingest.decode import decode_bytes
from parallax.ingest.html import article_from_html
from parallax.ingest.language import language_tag
from parallax.ingest.record_fields import keep_cleaned_fields
from parallax.ingest.text import article_from_text
from parallax.ingest.text_limit import check_text_length
from parallax.ingest.timeparse import parse_published
from parallax.records import Article

_SURROGATE = re.compile("[\ud800-\udfff]")  # json.loads pairs valid escapes; what is left is lone
# The names the common scrapers and schema.org give these fields, read when a record lacks Parallax's own
# (string values only): news-please ("maintext", "date_publish", "source_domain"), trafilatura's JSON
# ("date", "sitename"), newspaper3k ("publish_date"), schema.org's NewsArticle ("headline", "articleBody",
# "datePublished").  Their records otherwise fail for want of a "text", or lose their date silently.
ALIASES = {
    "text": ("maintext", "articleBody", "body", "content"),
    "title": ("headline",),
    "published": ("date_publish", "datePublished", "publish_date", "published_at", "date"),
    "url": ("link",),
    "outlet": ("source_domain", "sitename", "site_name"),
}


# A number stands in for an id, a title or an outlet ("id": 17), but never for an article: "text": 12345
# was read as the article "12345", and "html": 5 failed as "no article text found in the HTML page".
_BODIES = ("text", "html")


def _with_aliases(rec: dict) -> tuple[dict, dict[str, str]]:
    """The record with the aliases' values under Parallax's names, and which field each came from
    (so that an error names the field the user wrote)."""
    used: dict[str, str] = {}
    for key, names in ALIASES.items():
        if rec.get(key) in (None, ""):
            name = next((n for n in names if isinstance(rec.get(n), str) and rec[n].strip()), None)
            if name is not None:
                rec[key], used[key] = rec[name], name
    return rec, used


def article_from_record(rec, source: str, default_id: str, max_chars: int | None = None) -> Article:
    """A record as an article; ``max_chars``: the length limit, checked on its text before the cleaning."""
    if not isinstance(rec, dict):
        raise InputError(source, "record is not a JSON object")
    rec, aliased = _with_aliases(dict(rec))
    for key in ("id", "outlet", "url", "title", "language", "text", "html"):
        value = rec.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int) or (key in _BODIES and not isinstance(value, str)):
            raise InputError(source, f"field '{key}' must be a string")
        # numbers become strings; lone surrogates ("\\ud800" escapes: not Unicode
        # text, and unwritable as UTF-8) become U+FFFD
        rec[key] = _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else str(value)
    text, html = rec.get("text"), rec.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise InputError(source, "record needs a non-empty 'text' or 'html'")
    published = None
    if rec.get("published") not in (None, ""):
        published = parse_published(rec["published"])
        if published is None:
            raise InputError(source, f"'{aliased.get('published', 'published')}' is not an ISO 8601 date: {str(rec['published'])[:40]!r}")
    ident = str(rec.get("id")) if rec.get("id") not in (None, "") else default_id
    meta = {
        "outlet": rec.get("outlet"),
        "url": rec.get("url"),
        "published": published,
        "language": language_tag(rec.get("language")),
    }
    if isinstance(text, str) and text.strip():
        check_text_length(text, source, max_chars)
        article = article_from_text(text, ident, source, title=rec.get("title"), **meta)
    else:
        article = article_from_html(html, ident, source, max_chars=max_chars, title=rec.get("title"), **meta)
    article.byline = record_byline(rec) or article.byline  # the record's own, else its HTML body's
    return keep_cleaned_fields(article, rec)  # a record `parallax ingest` wrote keeps what its cleaning took out


@reader(".jsonl", ".ndjson")
def read_jsonl(data: bytes, source: str, stem: str, options: Options) -> Iterator[Article]:
    content = decode_bytes(data, source)
    any_line = False
    for lineno, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        any_line = True
        where = f"{source}:{lineno}"
        try:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(where, f"invalid JSON ({exc.msg}, column {exc.colno})") from None
            except ValueError as exc:  # e.g. an integer of more than 4,300 digits
                raise InputError(where, f"invalid JSON ({exc})") from None
            except RecursionError:
                raise InputError(where, "invalid JSON (nested too deeply)") from None
            art = article_from_record(rec, where, f"{stem}-{lineno}", options.max_text_chars)
        except InputError as err:
            if not options.skip_bad:
                raise
            yield err  # type: ignore[misc]  # reported and skipped by load_paths
            continue
        yield art
    if not any_line:
        raise InputError(source, "empty input")

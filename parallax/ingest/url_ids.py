"""Ids for pages known by their URL: short, stable and safe as file names.

WARC records and feed items name no article id of their own; the id is made
from the page's URL, so it is the same on every run (stored comparisons refer
to it) and tells a reader which page it is.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import unquote, urlsplit


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.findall(r"[A-Za-z0-9]+", folded)


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def url_id(url: str | None, limit: int = 80) -> str | None:
    """A short, stable, file-name-safe id for a URL: ``host-path-words``.

    Ids must not change between runs (stored comparisons refer to them) and
    should tell a reader which page they are.  A query string, a path that
    folds to nothing in ASCII, or a slug over ``limit`` characters gets an
    8-character hash of the whole URL appended, so distinct pages keep
    distinct ids; exact duplicates are numbered by ``load_paths``."""
    if not url or not url.strip():
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        parts, host = None, ""
    if parts is None or not host:
        return None
    host = host.removeprefix("www.")
    path = re.sub(r"(?i)\.(s?html?|php\d?|aspx?|jsp|cfm)$", "", unquote(parts.path))
    words = _ascii_words(path)
    slug = "-".join([host, *words])
    if parts.query or len(slug) > limit or (path.strip("/") and not words):
        slug = slug[: limit - 9].rstrip("-") + "-" + short_hash(url)
    return slug

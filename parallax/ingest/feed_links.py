"""An item's web address, resolved against its feed's.

Many RSS feeds give each item's ``<link>`` as a path on the site,
``<link>/world/2026/11/03/chile-quake</link>``, and feedparser (run with
``resolve_relative_uris=False`` so that no markup is rewritten) hands it on as
written.  Taking only ``http(s)://`` links then lost the address of every item
of such a feed: its ``url`` came out empty.  A relative link is resolved
against the feed's own ``<link>`` (the site), as a reader would; a link that
feedparser copied from a ``<guid>`` (``guidislink``: an id like ``10231`` or
``tag:...``) is an id, never a path, and counts only when it is a full
address already.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

_WEB = re.compile(r"(?i)https?://")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def item_url(entry, site: str | None) -> str | None:
    """The ``http(s)`` address of a feed item: its link as given when absolute, else
    resolved against ``site`` (the feed's own web address); ``None`` when there is none."""
    link = str(entry.get("link") or "").strip()
    if not link or _WEB.match(link):
        return link or None
    from_guid = bool(entry.get("guidislink")) and link == str(entry.get("id") or "").strip()
    if from_guid or _SCHEME.match(link) or not site or not _WEB.match(site):
        return None  # an id (tag:, urn:, a bare number), or nothing to resolve against
    url = urljoin(site, link)
    return url if _WEB.match(url) and urlsplit(url).netloc else None

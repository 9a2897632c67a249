"""The publication time a page prints only as text under its headline.

Many pages give no ``article:published_time`` and no ``<time datetime>``, only a visible line:
"Veröffentlicht am 20.11.2026, 14:32 Uhr", "Publié le 20/11/2026 à 07h15", "Publicado em 20/11/2026 às 14h32",
"2026年11月20日 14時32分", "20 ноября 2026, 14:32", "Giriş: 20.11.2026 14:32 | Güncelleme: …".  htmldate reads the
day of some of them and none of the time (QA 40d: the Japanese, Russian and Portuguese pages got no date at all),
yet the date resolver needs the hour ("tonight", "this morning").  The first such line of the article, outside
navigation, asides, footers, comments and story lists, gives the date and its time of day as the outlet printed
them: a naive ISO date-time, since the line names no time zone.  Numeric dates are read day first, as every
language but English writes them; an English page's numeric dates are left alone (US pages write the month first).
"""

from __future__ import annotations

import re
from datetime import datetime

from parallax.ingest.date_lines import is_date_line, is_metadata_row, is_page_metadata

_MAX_LINE_CHARS = 100
_MAX_ELEMENTS = 800
_SKIP_TAGS = {"nav", "aside", "footer", "script", "style", "noscript", "template", "figcaption"}
_SKIP_CLASS = re.compile(r"comment|related|teaser|rail|sidebar|popular|most-?read|ticker|recommend|cookie|consent", re.I)
_ROW_PART = re.compile(r"(?<![ ])[ ]++[|·•][ ]+")  # starts at a run's first space: linear
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)")
_CJK = re.compile(r"(?<!\d)(?P<y>\d{4})[ ]?[年년][ ]?(?P<m>\d{1,2})[ ]?[月월][ ]?(?P<d>\d{1,2})[ ]?[日일]")
_DAY_FIRST = re.compile(r"(?<!\d)(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})(?!\d)")
_WORD_MONTH = re.compile(r"(?<!\d)(?P<d>\d{1,2})\.?[ ](?:de[ ])?(?P<month>[^\W\d_]{3,12})\.?,?[ ](?:de[ ])?(?P<y>\d{4})(?!\d)")
# the clock time soon after the date: "14:32", "07h15", "14.32 Uhr", "14時32分", "14시 32분"
_CLOCK = re.compile(r"(?<!\d)(?P<h>\d{1,2})(?:[:h.]|[ ]?[時时시][ ]?)(?P<min>\d{2})(?!\d)")
_MAX_GAP = 16  # characters between the date and its time ("20/11/2026 às 14h32", ", 14:32")


def _lines(tree) -> list[str]:
    """The short texts of the page's elements in document order, outside the places that date other things."""
    found: list[str] = []
    for seen, el in enumerate(tree.iter()):
        if seen >= _MAX_ELEMENTS:  # the stamp stands under the headline, near the top
            break
        if not isinstance(el.tag, str):
            continue
        chain = [el, *el.iterancestors()]
        if any(a.tag in _SKIP_TAGS or _SKIP_CLASS.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in chain):
            continue
        text = _short_text(el)
        if text:
            found.append(text)
    return found


def _short_text(el) -> str | None:
    """The element's text with its spaces closed up, or ``None`` when longer than a line: read piece by piece and
    given up past the limit, so a wrapper of the whole page costs no more than a line."""
    pieces, size = [], 0
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > 4 * _MAX_LINE_CHARS:  # (spaces closed up below may shorten it: some slack)
            return None
    text = " ".join("".join(pieces).split())
    return text if 0 < len(text) <= _MAX_LINE_CHARS else None


def _is_stamp(text: str) -> bool:
    """Whether ``text`` is a time stamp line (alone, labelled, or one part of a metadata row)."""
    return any(is_date_line(p) or is_page_metadata(p) for p in [text, *_ROW_PART.split(text)]) or is_metadata_row(text)


def _month(word: str, language: str | None) -> int | None:
    from parallax.analyze.timelex import LEXICONS  # here: parallax.analyze imports the ingest package

    lexicon = LEXICONS.get(language or "")
    return lexicon.months.get(word.lower()) if lexicon is not None else None


def _read(text: str, language: str | None) -> str | None:
    """The first date in ``text`` with the clock time right after it, as an ISO string, or ``None``."""
    matches = [m for m in (_ISO.search(text), _CJK.search(text)) if m]
    if language != "en" and (m := _DAY_FIRST.search(text)):
        matches.append(m)
    if (m := _WORD_MONTH.search(text)) and _month(m.group("month"), language):
        matches.append(m)
    if not matches:
        return None
    first = min(matches, key=lambda m: m.start())
    month = int(first.group("m")) if "m" in first.groupdict() else _month(first.group("month"), language)
    try:
        day = datetime(int(first.group("y")), month or 0, int(first.group("d")))
    except ValueError:
        return None
    clock = _CLOCK.search(text, first.end(), first.end() + _MAX_GAP + 5)
    if clock and int(clock.group("h")) < 24 and int(clock.group("min")) < 60:
        return day.replace(hour=int(clock.group("h")), minute=int(clock.group("min"))).isoformat()
    return day.date().isoformat()


def shown_time(tree, language: str | None) -> str | None:
    """The publication date (with its time where printed) of the page's first time stamp line, or ``None``."""
    for text in _lines(tree):
        if _is_stamp(text) and (when := _read(text, language)):
            return when
    return None


def with_shown_time(published: str | None, tree, language: str | None) -> str | None:
    """``published`` completed from the page's shown time stamp: the shown one where there is none, its time of
    day where ``published`` is that same day without one."""
    if published and len(published) > 10:
        return published
    shown = shown_time(tree, language)
    if shown is None or published and shown[:10] != published:
        return published
    return shown if not published or len(shown) > 10 else published

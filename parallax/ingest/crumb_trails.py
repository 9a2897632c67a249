"""Breadcrumb trails that the capitals cannot tell: scripts without case, and trails joined by slashes.

:func:`parallax.ingest.line_filters.is_breadcrumb` reads a trail by its arrows and its capitalised parts ("Accueil >
Actualités > Décisions"), which is what tells it from a comparison ("x > 3 and y > 4").  Arabic, Japanese and
Chinese have no capitals ("الرئيسية > أخبار > محليات", "ホーム > 社会 > 事件", "首页 > 新闻 > 本地"), and Russian, Ukrainian
and German sites often join the parts with slashes ("Главная / Новости / Город"), which prose uses for "or" and ratios.

Two shapes are a trail here: one that opens on the site's home page by its name in each language (the separator may
then be a slash), and, in a script without case, one of three short parts or more joined by arrows.  The parts are
the site's sections, so they are short and hold no sentence's stop, and a section is no figure with words after it
("3 و ص" is a comparison's); the last part may be the headline, so it may run longer.

Only the first shape joined by arrows is sure by its words alone.  The others are *loose* (:func:`is_loose_trail`):
a writer's order of priorities ("收入 > 支出 > 储蓄") and a sports table's column labels ("Home / Away / Draw") take
the same shape, so :mod:`.crumb_places` takes a loose trail only where navigation sits.
"""

from __future__ import annotations

import re

# the home page's name, first in the trail
_HOME = re.compile(
    r"^(?:home(?:page)?|home page|startseite|accueil|portada|inicio|início|pagina iniziale|главная(?: страница)?|головна|начало|"
    r"strona główna|hlavní stránka|domů|anasayfa|ana sayfa|الرئيسية|الصفحة الرئيسية|ראשי|דף הבית|ホーム|トップ(?:ページ)?|"
    r"首页|首頁|主页|主頁|홈|trang chủ|αρχική|etusivu|forside|startsida|voorpagina)$",
    re.I,
)
# an arrow with spaces around it, a full-width arrow with or without, a slash with spaces around it
_ARROWS = re.compile(r"[ ][>»›][ ]|[ ]?[＞〉][ ]?")
_ANY_SEPARATOR = re.compile(r"[ ][>»›/][ ]|[ ]?[＞〉][ ]?")
_STOP = re.compile(r"[.!?。！？]")
_CASED = re.compile(r"[^\W\d_]")  # a letter; a cased one has a different upper or lower form
_MAX_SECTION_CHARS, _MAX_SECTION_WORDS, _MAX_LAST_CHARS = 30, 4, 120


def _cased(text: str) -> bool:
    return any(ch.lower() != ch.upper() for ch in _CASED.findall(text))


def _section(part: str) -> bool:
    """Whether ``part`` reads as a section's name: short, no stop, not a figure with words after it."""
    if not part or len(part) > _MAX_SECTION_CHARS or len(part.split()) > _MAX_SECTION_WORDS or _STOP.search(part):
        return False
    return part.isdigit() or not any(ch.isdigit() for ch in part)


def _named(part: str) -> bool:
    """A section of a cased script is capitalised (or a number of the archive's date)."""
    return not _cased(part) or part[:1].isupper() or part.isdigit()


def is_crumb_trail(line: str) -> bool:
    """Whether ``line`` is a breadcrumb trail of one of the two shapes in the module's docstring."""
    text = line.strip(" |")
    if len(text) > _MAX_LAST_CHARS + 4 * _MAX_SECTION_CHARS or "«" in text or _STOP.search(text[-1:] or "."):
        return False
    home = _HOME.match(_ANY_SEPARATOR.split(text, maxsplit=1)[0].strip())
    parts = [p.strip() for p in (_ANY_SEPARATOR if home else _ARROWS).split(text)]
    if len(parts) < 3 or len(parts[-1]) > _MAX_LAST_CHARS or _STOP.search(parts[-1]):
        return False
    sections = parts[:-1]
    if not all(_section(p) for p in sections):
        return False
    if home:
        return all(_named(p) for p in parts[1:-1])
    return not any(_cased(p) for p in parts)


def is_loose_trail(line: str) -> bool:
    """Whether ``line`` is a trail of :func:`is_crumb_trail` that its words alone do not make sure of: one that does
    not open on the home page's name, or one joined by slashes ("Главная / Новости / Город", "Home / Away / Draw")."""
    if not is_crumb_trail(line):
        return False
    text = line.strip(" |")
    return not (_HOME.match(_ARROWS.split(text, maxsplit=1)[0].strip()) and len(_ARROWS.split(text)) >= 3)

"""The kind of article a page says it is: an opinion piece or an analysis, not a report.

A column or a roundup is not a second report of the story: its sentences are views, so comparing them as
reports lists them as "unique facts". Pages say their kind in several places, read here in the order of how
plainly they say it: schema.org's JSON-LD ``@type`` (``OpinionNewsArticle``, ``AnalysisNewsArticle``,
``ReviewNewsArticle``), the ``article:section`` / ``og:type`` metadata, the URL's path (``/opinion/``,
``/meinung/``, ``/opinión/``, ``/commento/``), and a section label printed above the headline ("Comment",
"Opinion", "Kommentar", "Tribune").  Where the page says nothing, :func:`text_kind` reads what a reader sees in the
text: a title's label or a columnist's note (:mod:`parallax.ingest.opinion_signals`), a roundup's title or live-blog
entries (:mod:`parallax.ingest.roundups`), a first-person argument with no reporting in it.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

from parallax.ingest.json_ld import ld_items

OPINION = "opinion"
ANALYSIS = "analysis"

_LD_TYPES = {"opinionnewsarticle": OPINION, "analysisnewsarticle": ANALYSIS, "reviewnewsarticle": OPINION}
# section names and labels newsrooms give opinion and analysis, in the languages the package reads
_WORDS = {
    OPINION: (
        "opinion",
        "opinions",
        "comment",
        "commentary",
        "op-ed",
        "oped",
        "column",
        "columns",
        "editorial",
        "editorials",
        "meinung",
        "meinungen",
        "kommentar",
        "kommentare",
        "gastbeitrag",
        "leitartikel",
        "kolumne",
        "opinión",
        "opinion",
        "tribuna",
        "editorial",
        "columna",
        "tribune",
        "tribunes",
        "éditorial",
        "chronique",
        "opinione",
        "opinioni",
        "commento",
        "commenti",
        "editoriale",
        "opinião",
        "artigo de opinião",
        "mening",
        "opinie",
        "column",
        "commentaar",
        "opinia",
        "komentarz",
        "publicystyka",
        "мнение",
        "мнения",
        "колонка",
        "думка",
        "колонки",
        "debatt",
        "ledare",
        "kronikk",
        "leder",
        "debat",
        "kommentti",
        "mielipide",
    ),
    ANALYSIS: ("analysis", "analyse", "analyses", "análisis", "analisi", "análise", "analiza", "анализ", "аналітика"),
}
_KIND_OF = {w: kind for kind, words in _WORDS.items() for w in words}
_SPACE = re.compile(r"[\s_]+")
# a class or id that marks a section label above the headline ("kicker", "section-label", "rubrik")
# (not a bare "tag" or "label": a report's tag list or a menu may name the opinion section too)
_LABEL_CLASS = re.compile(r"kicker|eyebrow|overline|rubri[ck]|genre|section[-_]?(?:label|name|title)|article[-_]?(?:label|type|kind)", re.I)
_AWAY = {"nav", "footer", "aside", "menu"}  # the page's menus and boxes name sections, not this article's kind
# a block of readers' comments, whose heading a page may set as a label ("Kommentare" is readers' comments as well
# as the opinion section): its class or id names the comments
_COMMENTS = re.compile(r"comments|kommentare|commentaires|comentarios|commenti|comentários|reacties|disqus|respond", re.I)


def _word(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip(" :|·•-–—").casefold()


def _of(text: str | None) -> str | None:
    """The kind a section name or label names, where it names one whole ("Opinion", "Kommentar")."""
    return _KIND_OF.get(_word(text)) if text else None


def label_kind(text: str | None) -> str | None:
    """The kind a section label names whole ("Opinion", "Kommentar", "Analyse"), else ``None``."""
    return _of(text)


def text_kind(title: str | None, text: str, removed: list[str]) -> str | None:
    """The kind an article's title and text show where its page says none: ``opinion`` by a title's label ("Opinion |
    …") or a note on its writer among its edge paragraphs or the lines cleaning removed ("Jane Roe is a columnist"),
    ``analysis`` by a title's label, ``roundup`` by a roundup's title or live-blog entries, then ``opinion`` by a
    first-person argument with no reporting; else ``None``."""
    from parallax.ingest.opinion_signals import argues_in_first_person, is_writer_note, title_label_kind
    from parallax.ingest.roundups import ROUNDUP, is_roundup

    if kind := title_label_kind(title):
        return kind
    if any(is_writer_note(line) for line in [*removed, text.split("\n\n")[-1]]):  # (the cleaning takes a closing note on the writer)
        return OPINION
    if is_roundup(title, text):
        return ROUNDUP
    return OPINION if argues_in_first_person(text) else None


def _ld_kind(tree) -> str | None:
    for item in ld_items(tree):
        types = item.get("@type")
        for t in types if isinstance(types, list) else [types]:
            if isinstance(t, str) and (kind := _LD_TYPES.get(t.casefold())):
                return kind
        if isinstance(section := item.get("articleSection"), str) and (kind := _of(section)):
            return kind
    return None


def _meta_kind(tree) -> str | None:
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key in ("article:section", "og:type", "section", "article-section", "parsely-section") and (kind := _of(el.get("content"))):
            return kind
    return None


def url_kind(url: str | None) -> str | None:
    """The kind a URL's path names by a folder of its own: ``/opinion/``, ``/meinung/``, ``/opinión/``."""
    if not url:
        return None
    parts = [unquote(p) for p in urlsplit(url).path.split("/")[:-1] if p]  # the folders, not the page's own name
    return next((k for p in parts if (k := _of(p))), None)


def _away(el) -> bool:
    """Whether ``el`` is a menu, a box or a block of readers' comments: a label inside names no kind of this article."""
    return el.tag in _AWAY or bool(_COMMENTS.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def _label_kind(tree) -> str | None:
    """A short section label above or beside the headline, by its class: "Comment", "Kommentar". Only near the
    headline (its block and the one around it): a box of other stories may label one of them "Opinion"."""
    h1 = tree.find(".//h1")
    if h1 is None:
        return None
    block = h1.getparent() if h1.getparent() is not None else h1
    around = block.getparent() if block.getparent() is not None else block
    for el in around.iter("span", "p", "div", "a", "strong"):
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if marks.strip() and _LABEL_CLASS.search(marks) and not any(_away(a) for a in el.iterancestors()):
            text = " ".join(el.text_content().split())
            if 0 < len(text) <= 30 and (kind := _of(text)):
                return kind
    return None


def article_kind(tree, url: str | None) -> str | None:
    """``opinion`` or ``analysis`` where the page says so, else ``None`` (a report, or unsaid)."""
    return _ld_kind(tree) or _meta_kind(tree) or url_kind(url) or _label_kind(tree)

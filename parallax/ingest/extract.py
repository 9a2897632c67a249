"""Main text of an HTML page: the article body, without headline or furniture.

:func:`main_text` is what :func:`parallax.ingest.html.extract_main_text`
returns.  Measured with ``python -m benchmarks.bench_extraction`` (see
``benchmarks/README.md``); every choice below was tuned on the *dev* splits
only.

1. The page is parsed once (lxml, through trafilatura's loader).
2. trafilatura extracts the body.  On article pages (``og:type`` article and
   an ``<article>`` element, see :func:`is_article_page`) it runs in precision
   mode (``favor_precision``), which drops more teasers, related-link blocks
   and sign-up boxes; on other pages (home pages, blogs, shops, institutional
   pages) precision mode loses real text, so the default mode runs instead.
   One extraction per page (a second, in recall mode, only when the first
   finds nothing).  Comments are never included; tables are.
   trafilatura's ``deduplicate`` is *not* used: its cache is process-wide, so
   a paragraph seen in earlier pages (the same wire copy run by several
   outlets -- exactly what Parallax compares) would silently disappear from
   later ones.
3. Repairs: a body split into several blocks is joined
   (:mod:`parallax.ingest.split_body`) and a standfirst the extraction left
   out is put back on top (:mod:`parallax.ingest.standfirst`).
4. Line filters remove what survives extraction: the headline repeated at the
   top (the title is kept separately in ``Article.title``), "read also" /
   "related" link lines in several languages, news-agency credit lines
   ("Reporting by ...; Editing by ..."), comment counters, and the web
   furniture recognised by :func:`parallax.ingest.boilerplate.boilerplate_reason`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.ingest.boilerplate import QUOTE_MARKS, boilerplate_reason
from parallax.ingest.bylines import byline_reason
from parallax.ingest.cards import drop_link_cards
from parallax.ingest.clean import norm_words
from parallax.ingest.server_errors import without_server_errors
from parallax.ingest.split_body import continuation, opening
from parallax.ingest.standfirst import standfirst

_COMMON = {
    "output_format": "txt",
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
}


_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s++[|\-–—:·•»]\s+")  # "Headline | Site"; starts at a run's first space: linear


def _trafilatura(tree, precision: bool) -> str | None:
    """One extraction; when it finds nothing (the page's markup hides the body
    from the chosen mode), one more in recall mode, which keeps more blocks."""
    import trafilatura

    return trafilatura.extract(tree, favor_precision=precision, **_COMMON) or trafilatura.extract(tree, favor_recall=True, **_COMMON)


def is_article_page(tree) -> bool:
    """The page declares itself an article (``og:type`` ``article``) *and* marks
    the article up (an ``<article>`` element): a well-structured article page,
    where trafilatura's precision mode is safe."""
    declared = False
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key == "og:type" and (el.get("content") or "").strip().lower().startswith("article"):
            declared = True
            break
    return declared and next(tree.iter("article"), None) is not None


# Hidden-until-hover widgets inside the running text: a politician's name
# that opens a card with their photo and latest headlines, a glossary
# tooltip.  Their text is not the article's, and extractors read it inline
# ("Rep. Ilhan OmarIlhan OmarHillicon Valley: ...").
_POPUP = re.compile(r"(?:^|[\s_-])(?:tooltip|popover|popup|pop-up|rollover|hovercard|hover-card)(?:$|[\s_-])", re.I)


# Share buttons by the class most templates give them ("entry-share", "post__share", "article-sharing"):
# trafilatura's own list knows the ones that start with "share" only.  Left in a live blog's entry, their
# links make the last entry look like a teaser that precision mode drops.
_SHARE = re.compile(r"(?:^|[-_])shar(?:e|es|ing)(?:$|[-_])", re.I)
_MAX_SHARE_CHARS = 150  # a row of buttons, not a container of text


def drop_share_widgets(tree) -> None:
    """Remove share-button rows (a share class or id, a link or button, little text): never article text."""
    doomed = []
    for el in tree.iter("div", "ul", "section", "aside", "p", "span"):
        words = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if not any(_SHARE.search(w) for w in words) or next(el.iter("a", "button"), None) is None:
            continue
        if len(el.text_content().strip()) <= _MAX_SHARE_CHARS:
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def unwrap_layout_tables(tree) -> None:
    """Turn the tables that lay a page out (menu in one cell, the article in the next: how pages were
    built before CSS, and still are on some regional and institutional sites) into plain blocks.  A table
    whose cell holds the page's headline (``<h1>``) is layout: a table of data has no headline in it.  As
    a table, trafilatura reads it row by row, menu and article in one line; as blocks, it finds the
    article's cell.  Tables of data, inside the article or not, stay tables."""
    layout = [t for h1 in tree.iter("h1") for t in h1.iterancestors("table")]  # the proxies held: lxml keeps them the same objects
    if not layout:
        return
    owned = [(el, el if el.tag == "table" else next(el.iterancestors("table"), None)) for el in tree.iter(*_TABLE_PARTS)]
    for el, owner in owned:  # (owners found before any is renamed)
        if owner is not None and any(owner is t for t in layout):
            el.tag = "div"
            for attr in ("width", "valign", "colspan", "rowspan", "border", "cellpadding", "cellspacing"):
                el.attrib.pop(attr, None)


_EMBED = re.compile(r"\b(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed)\b", re.I)


def _is_card(el) -> bool:
    return bool(_POPUP.search(el.get("class") or "")) and (
        next(el.iter("img"), None) is not None or sum(1 for _ in el.iter("a")) >= 2
    )


def drop_popups(tree) -> None:
    """Remove hover cards inside paragraphs, keeping the anchor word: the
    innermost card-like element (an image or several links under a popup
    class) goes, its wrapper with the name stays."""
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or not _is_card(el) or next(el.iterancestors("p"), None) is None:
            continue
        if not any(isinstance(d.tag, str) and _is_card(d) for d in el.iterdescendants()):
            doomed.append(el)
    for el in doomed:
        el.drop_tree()


# Names trafilatura's precision mode discards an element for (its PRECISION_DISCARD_XPATH: a
# "link" class token, a token starting or ending in "bottom", a border style).  A span of running
# text can carry them ('reported that <span class="link"><a>the NFL will fine Rudolph</a></span>
# for his role'), and the sentence then loses its middle.
_PRECISION_DISCARD = re.compile(r"(?:^|\s)(?:link(?:$|\s)|bottom)|bottom(?:$|\s)")


def keep_running_text(tree) -> None:
    """Inline spans inside a paragraph lose the class, id or style that would make precision mode
    discard them: words in the middle of a sentence are never page furniture."""
    for el in tree.iter("span"):
        if next(el.iterancestors("p"), None) is None:
            continue
        for attr in ("class", "id"):
            if _PRECISION_DISCARD.search(el.get(attr) or ""):
                del el.attrib[attr]
        if "border" in (el.get("style") or ""):
            del el.attrib["style"]


_INLINE = frozenset({"a", "em", "strong", "b", "i", "u", "span", "sup", "sub", "small", "abbr", "cite", "q", "mark", "time", "font"})
_MIN_LOOSE_TEXT = 40  # characters of text directly in a block before it counts as prose, not a label


def paragraphs_from_breaks(tree) -> None:
    """Wrap the prose that a block holds directly, in runs split by ``<br>`` ("<div class=content">
    Following the ..., according to <em><a>DigiTimes</a></em>.<br><br><img ...>The report claims
    ..."), in paragraphs: the extraction reads the text after each ``<br>`` but lost the run before
    the first one, the article's opening paragraph.  Inline elements stay in their run; any other
    element (an image, a table, a nested block) ends it and stays where it was."""
    from lxml import etree

    for block in list(tree.iter("div", "td", "section", "article")):
        if len((block.text or "").strip()) < _MIN_LOOSE_TEXT or not any(c.tag == "br" for c in block):
            continue
        parts: list = []  # runs (lists of text and inline elements) and the block elements between them
        run: list = [block.text]
        block.text = None
        for child in list(block):
            block.remove(child)
            tail, child.tail = child.tail, None
            if isinstance(child.tag, str) and child.tag in _INLINE:
                run.append(child)
            else:
                parts.append(run)
                run = []
                if child.tag != "br":
                    parts.append(child)
            if tail:
                run.append(tail)
        parts.append(run)
        for part in parts:
            if not isinstance(part, list):
                block.append(part)
            elif any(not isinstance(x, str) or x.strip() for x in part):
                para = etree.SubElement(block, "p")
                for piece in part:
                    if not isinstance(piece, str):
                        para.append(piece)
                    elif len(para):
                        para[-1].tail = (para[-1].tail or "") + piece
                    else:
                        para.text = (para.text or "") + piece


def unwrap_embedded_posts(tree) -> None:
    """Embedded social-media posts (``<blockquote class="twitter-tweet">``)
    are statements the article reports, often the very quote it is about;
    extractors drop them as widgets.  Without their widget class they read as
    the quotations they are."""
    for el in list(tree.iter("blockquote")):
        if not _EMBED.search(el.get("class") or ""):
            continue
        del el.attrib["class"]
        # and the wrappers that hold nothing else ("social-media-embed")
        size = len(el.text_content().strip())
        for wrapper in list(el.iterancestors())[:2]:
            if wrapper.tag not in ("div", "figure", "span") or len(wrapper.text_content().strip()) > size + 20:
                break
            for attr in ("class", "id"):
                wrapper.attrib.pop(attr, None)


def parse(html: str):
    """An lxml tree of ``html`` or ``None`` (trafilatura's tolerant loader)."""
    from trafilatura.utils import load_html

    try:
        return load_html(html)
    except (TypeError, ValueError):
        return None


# ------------------------------------------------------------------ title

_TITLE_META = ("og:title", "twitter:title", "title", "dc.title", "headline")


def title_candidates(tree) -> list[str]:
    """Headline strings the page declares: meta titles, ``<h1>``, ``<title>``
    and the ``<title>`` parts around a site-name separator."""
    out: list[str] = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in _TITLE_META and el.get("content"):
            out.append(el.get("content"))
    for tag in ("h1", "title"):
        for el in tree.iter(tag):
            text = el.text_content()
            if text and text.strip():
                out.append(text)
                if tag == "title":
                    out.extend(_TITLE_SEPARATOR.split(text))
    return [c for c in (norm_words(c) for c in out) if c]


def _is_title(line: str, titles: list[str]) -> bool:
    words = norm_words(line)
    return bool(words) and any(words == t for t in titles)


# ------------------------------------------------------------------ lines

# "Read also: <headline>", "Related:", "Lesen Sie auch", "Lire aussi", ...:
# lead-ins of links to other articles, in the languages Parallax meets most.
_RELATED = re.compile(
    r"^[\W_]*(?:"
    # English
    r"read (?:more|also|next|this)|also read|related(?: (?:articles?|stories|story|coverage|content|news|posts?|links?|reading))?|"
    r"see (?:more|also)|more (?:on this|from|stories|news)|don'?t miss|must read|recommended(?: for you| stories)?|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested)|also on [\w-]+\.[a-z]{2,}\b.*|also on [\w.]+|trending(?: now)?|most (?:read|popular)|"
    r"top stories|further reading|next article|previous article|"
    # German
    r"lesen sie (?:auch|mehr|weiter)|auch interessant|ebenfalls interessant|mehr zum thema(?: auf [\w.-]+)?|mehr dazu|zum thema|"
    r"weitere aktuelle (?:themen|artikel|beiträge|nachrichten)(?: [\w ]{0,40})?|beiträge aus dem forum|vorschau auf den nächsten artikel|meist(?:-| )(?:gelesen|diskutiert|kommentiert)|"
    r"weitere (?:artikel|beiträge|themen|nachrichten|informationen)|schon gelesen|das könnte sie (?:auch )?interessieren|"
    r"siehe auch|passend (?:dazu|zum thema)|verwandte (?:artikel|beiträge)|"
    # French
    r"(?:à )?lire (?:aussi|également|la suite)|(?:à )?voir aussi|sur le même (?:sujet|thème)|articles? (?:liés|similaires|connexes)|"
    # Spanish, Portuguese, Italian, Polish
    r"lea (?:también|además|más)|lee (?:también|además|más)|lea|mire|mira|vea (?:también|además|más)|ver (?:también|más)|"
    r"le puede interesar|te puede interesar|puedes ver|notas relacionadas|noticias relacionadas|contenido relacionado|"
    r"relacionad[oa]s?|leia (?:também|mais)|veja (?:também|mais)|saiba mais|leggi anche|potrebbe interessarti|"
    r"articoli correlati|czytaj (?:też|także|więcej)|zobacz (?:też|także|również)|przeczytaj (?:też|także)|"
    # Dutch, Swedish, Danish, Norwegian, Romanian, Hungarian, Turkish, Czech, Slovak
    r"lees (?:ook|meer|verder)|meer over dit onderwerp|gerelateerde artikelen|ook interessant|"
    r"läs (?:också|även|mer)|mer om ämnet|relaterat|læs (?:også|mere)|les (?:også|mer)|"
    r"cite[șşs]te (?:[șşs]i|mai mult)|citi[țţt]i (?:[șşs]i|mai mult)|vezi [șşs]i|articole (?:similare|corelate)|"
    r"kapcsolód[óo](?: (?:cikkek?|hírek))?|olvassa el ezt is|ez is érdekelheti|ezek is érdekelhetik|"
    r"ilgili haber(?:ler)?|ayrıca (?:okuyun|bakınız)|benzer haberler|bunlar da ilginizi çekebilir|"
    r"čtěte (?:také|též)|přečtěte si (?:také|též)|čítajte (?:aj|tiež)|súvisiace články|"
    # Greek, Russian, Ukrainian
    r"διαβάστε (?:επίσης|ακόμη|ακόμα)|δείτε (?:επίσης|ακόμη|ακόμα)|σχετικά άρθρα|σχετικές ειδήσεις|"
    r"читайте (?:также|тоже|ещё|еще)|смотрите также|читать также|по теме|(?:материалы|новости) по теме|похожие (?:новости|материалы)|"
    r"читайте (?:також|ще)|дивіться також|за темою|новини на тему|(?:матеріали|новини) за темою|схожі (?:новини|матеріали)|"
    r"περισσότερα (?:άρθρα|νέα)|"
    # Dutch and Turkish further ones
    r"meer (?:nieuws|artikelen) over|gerelateerd(?:e berichten)?|diğer haberler|ilginizi çekebilir|"
    # Arabic ("اقرأ أيضاً", tanwin or not, hamza or not), Chinese, Japanese, Korean
    r"[اإ]قرأ (?:أ|ا)يضا|[اإ]قرأ المزيد|شاهد (?:أ|ا)يضا|(?:أخبار|مواضيع|مقالات) ذات صلة|"
    r"相[关關](?:阅读|閱讀|新[闻聞]|[报報][道导導])|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|"
    r"関連記事|関連ニュース|あわせて読みたい|관련 ?(?:기사|뉴스)|함께 (?:보면 좋은|읽으면 좋은) 기사"
    # "Also on gofeminin.de", "Aussi sur Marrow Info" in the other languages
    r"|(?:auch|ebenfalls) (?:auf|bei) [\w.-]+|(?:aussi|également) sur [\w.-]+|también en [\w.-]+|anche su [\w.-]+|também (?:em|no|na) [\w.-]+|ook op [\w.-]+"
    r")\b\u064b?\s*(?:[:：|›»>\-–—?]|\.{3}|…|$)",  # (the tanwin of "أيضاً" is a mark, after the word's boundary); "You may also like..."
    re.I,
)
# Agency credits closing a wire story: "(Reporting by ...; Editing by ...)".
_CREDIT = re.compile(r"^[(\[]?\s*(?:additional )?(?:reporting|writing|editing|compiled|edited|written|produced|graphics?) by\b", re.I)
_COUNTER = re.compile(
    r"^\d*\s*(?:comments?|kommentare?|commentaires?|comentarios?|yorumlar|yorum|σχόλια|комментарии|коментарі|reacties)\b\s*(?:\(\d+\))?\s*$", re.I
)


# Page metadata printed as a line: "Release Date: 12 May", "Kategorie: News", "News date : 04/21/2022
# Category : Press Releases",
# "Last Modified:", "Aktualisiert am 3.5.2022".  The record keeps the
# publication time separately; in the body these are furniture.
_METADATA = re.compile(
    r"^[\W_]*(?:(?:release |news |publication )?date|datum|last (?:modified|updated)|updated(?: on)?|published(?: on)?|posted(?: on| in)?|categor(?:y|ies)|tags?|filed under|"
    r"kategorie(?:n)?|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|aktualisiert(?: am)?|ver(?:ö|oe)ffentlicht(?: am)?|stand|zuletzt (?:aktualisiert|geändert)|"
    r"catégorie|mis à jour(?: le)?|publié(?: le)?|categoría|etiquetas|actualizado(?: el)?|publicado(?: el)?|kategoria|tagi|"
    # Turkish, Greek, Russian, Ukrainian, Dutch tags and categories
    r"etiketler|kategori|ετικέτες|κατηγορία|теги|метки|рубрика|мітки|теґи|trefwoorden|rubriek)"
    r"(?:\s*:\s*(?:\S+\s*){0,8}|\s+(?=[^\n]*\d)(?:\S+\s*){1,8})$",  # a colon, or a value with a digit in it
    re.I,
)
# The reading time a page prints under the headline ("Tempo de leitura: 2 minutos", "Lesezeit: 3 Minuten",
# "Estimated reading time: 6 minutes", "5 min read"): a label (or "read" after the figure), minutes, nothing
# else on the line.
_READING_TIME = re.compile(
    r"^[\W_]*(?:(?:(?:estimated |approximate )?read(?:ing)? time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|"
    r"tempo di lettura|leestijd|czas czytania|lästid|læsetid|время чтения)[ ]?[:：]?[ ]?(?:ca\.[ ]?|about[ ]|~[ ]?)?\d{1,3}[ ]?"
    r"(?:min(?:utes?|uten|utos?|uti|uty?|s)?\.?)|\d{1,3}[ ]?min(?:utes?|s)?\.?[ ](?:read|reading))[\W_]*$",
    re.I,
)
# a sentence's last stop; the full stop of "p.m." or of a date ("Updated at 1:23 p.m.", "Stand: 17.03.2026.") ends no sentence
_SENTENCE_STOP = re.compile(r"(?<![ap]\.m)(?<![./-]\d{4})[.!?]\s*$|[!?]\s*$", re.I)
# A line that is only a date ("January 13", "23.10.2018").  A bare time of day
# stays: in a live blog "4:14 p.m." heads the entry it dates.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|mai|okt|dez|janv|févr|avr|juil|déc|ene|dic)[a-zäéû.]*"
_DATE_ONLY = re.compile(
    rf"^[\W_]*(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}(?:,?\s\d{{1,2}}[:.]\d{{2}})?|"
    rf"{_MONTH}\s\d{{1,2}}(?:,?\s\d{{4}})?|\d{{1,2}}\.?\s{_MONTH}(?:\s\d{{4}})?)[\W_]*$",
    re.I,
)
# A date with at most one word of label beside it: the page's time stamp printed as a line, in any
# language and order ("24. März 2004, 19:49 | Redaktion", "2021-10-16 | Botschaft", "Aktualisiert am
# 17.01.2021.", "sexta-feira, 22 de outubro de 2010 às 20:13", "기사입력 :[ 2018-08-25 15:24 ]").  A full
# date must be there (day, month and year: a bare time of day heads a live blog's entry), and a line of
# reporting or a timeline's entry ("12 March 2026: the strike begins", "The vote is on 14 March 2026.") has
# two words or more beside it.
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?!\d)")
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BY_NAME = re.compile(r"[ ,|·]+(?:by|von|par|por|di|door|av)[ ][A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,3}$")
_MAX_DATE_LINE_CHARS = 80
_MIN_LABEL_LETTERS = 3  # shorter words are the date's own prepositions ("am", "de", "às", "on", "PM")


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday words of every date lexicon, lower case."""
    from parallax.analyze.timelex import LEXICONS, month_words  # here: parallax.analyze imports the ingest package

    weekdays = {w.lower() for lex in LEXICONS.values() for w in lex.weekdays}
    return frozenset().union(*(month_words(lang) for lang in LEXICONS)) | weekdays


def is_date_line(line: str) -> bool:
    """Whether ``line`` is a date (with its time, perhaps) and at most one word of label."""
    if len(line) > _MAX_DATE_LINE_CHARS or line.rstrip().endswith(("?", "!")):
        return False
    line = _BY_NAME.sub("", line)  # a byline with its date: "5:45 AM PST 11/19/2026 by Jane Roe"
    dates = len(_NUMERIC_DATE.findall(line))
    rest = _CLOCK_TIME.sub(" ", _NUMERIC_DATE.sub(" ", line))
    numbers = len(_NUMBER.findall(rest))
    if dates:
        dated = dates == 1 and not numbers  # two dates ("23.10.2015 - 25.10.2015") are a period, an event's
    else:  # a day, a month word and a year, once ("22. & 23. August 2015" is a period too)
        dated = numbers == 2 and bool(_YEAR.search(rest)) and any(w.lower() in _calendar_words() for w in _WORD.findall(rest))
    words = [w for w in _WORD.findall(rest) if w.lower() not in _calendar_words()]
    label = [w for w in words if len(w) >= _MIN_LABEL_LETTERS]
    # the label is a capitalised word or one of a script without case; a lower-case one is a sentence's verb
    # ("Er starb am 14.03.2026.")
    return dated and (not label or len(label) == 1 and not label[0][0].islower())


# Calls to follow, download, join or support the outlet, in several languages.
# Phrases that are calls wherever they stand ("download the X apps",
# "¡Mira nuestro canal de YouTube!", "View Comments") ...
_PROMO = re.compile(
    r"\bdownload (?:the|our) [\w-]+ apps?\b|\b(?:our|nuestro|unseren?|notre) (?:youtube|telegram|whatsapp|instagram|tiktok)\b|"
    r"\bcanal de (?:youtube|telegram|whatsapp)\b|\b(?:youtube|telegram|whatsapp)[ -](?:channel|kanal)\b|"
    r"\bsubmit (?:your|a) letter\b|\bletters? to the editor via\b|\bview comments\b|\bkommentare anzeigen\b|\bbild anzeigen\b|"
    r"\b(?:eingeloggt|angemeldet) sein,? um\b|\bmust be logged in to\b|"
    r"\buse (?:the )?(?:promo |coupon |discount )?code\b|"
    r"\[(\w+)\b[^\]\n]{0,200}\][^\[\n]{0,200}\[/\1\]",  # a CMS shortcode left in the text: [button ...]Send us ...[/button]
    re.I,
)
# ... calls to the reader that news copy only has inside quotation marks ('the
# email said "click here to verify your account"', "We'd like to hear what you think") ...
_READER_CALL = re.compile(
    r"\bclick here\b|\btell us what you think\b|\blet us know (?:what you think|in the comments)\b|\bwe(?:['’]d| would) (?:like|love) to hear (?:from you|what you think)\b",
    re.I,
)
# ... and their Chinese, Japanese and Korean forms: "订阅我们的每日简报", "扫码关注", "ニュースレターに登録",
# "뉴스레터 구독하기".  These scripts write no spaces, so a line's shape is its length: a call is a short line.
_CJK_CALL = re.compile(r"[订訂]阅我们|訂閱我們|[关關]注我[们們]|扫码关注|掃碼關注|ニュースレター(?:に|の)?(?:登録|購読)|メルマガ(?:に)?登録|뉴스레터 ?구독|구독하기")
_MAX_CJK_CALL_CHARS = 60
# ... and calls only at the start of a line ("Support us", "Unterstütze RosaMag",
# "HAZTE MIEMBRO"): inside a sentence "become a member" is news.
_PROMO_START = re.compile(
    r"^[\W_]*(?:unterstütze[n]?\s+(?:uns|\w+)\s*[!.]?$|support (?:us|our journalism|independent journalism)\b|hazte (?:miembro|socio)\b|"
    r"become a (?:member|subscriber|patron)\b|puede escribirnos\b|schreiben sie uns\b|écrivez-nous\b)",
    re.I,
)
# Paid-content disclosures: a label ("*Werbung.", "ANZEIGE -") or a statement ("This post contains
# references to products ...").  The statement is a sentence of furniture wherever it stands, so it opens a
# disclosure box of several sentences too ("... from our advertisers. We may receive compensation when you
# click on links to those products. Terms apply ..."); a label word opens a sentence of reporting as well
# ("Werbung nervt.").
_AD_MARK = re.compile(r"^[\W_]*(?:werbung|anzeige|publicidad|publicité|sponsored|advertorial)\b[\s.:\-–—|]", re.I)
_DISCLOSURE = re.compile(r"\bcontains (?:references to products|affiliate links)\b|\b(?:enthält|enthaelt) (?:werbung|affiliate)", re.I)
# An advert's label left on a line of its own where the advert was ("Advertisement", "Anzeige",
# "Publicidad", "Реклама", "广告"): the bare word is never a sentence of the report.
_AD_LABEL = re.compile(
    r"^[\W_]*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie|"
    r"reclame|annons|annonse|annonce|mainos|reklama|reklam|реклама|διαφήμιση|publicitate|hirdetés|reklám|"
    r"إعلان|广告|廣告|広告|광고)[\W_]*$",
    re.I,
)
# A photo credit on a line of its own, left when the extraction dropped the picture and its caption:
# "Foto: Jonas Reiter/dpa", "Bildnachweis: Anna Roth", "Beitragsbild: Stefan Lang", "Image credit: Harbour
# Council", "Fot. Tomasz Wiśniewski / PAP", "Φωτογραφία: ...", "تصوير: ...",
# "图片来源：视觉中国", "사진=김민준 기자".  A label and a colon (Korean papers write "="; Polish abbreviates
# "Fot.") open no sentence of reporting; the line is short, a name and an agency.
_PHOTO_CREDIT = re.compile(
    r"^[(\[]?(?:photo(?:graph)?s?|pictures?|images?|(?:photo|image|picture) credits?|cr[ée]dits? photos?|foto(?:s|grafie|grafía|grafia|grafi|grafija)?|"
    r"bild(?:er|quelle|nachweis)?|(?:beitrags|titel|header|vorschau)bild|titelfoto|"
    r"fotó|fotoğraf|zdjęcie|фото(?:графия)?|світлина|φωτογραφία|تصوير|صورة|الصورة|图片来源|圖片來源|图片|圖片|写真|사진)"
    r"\s?[:：=]|^[(\[]?(?:fot|zdj|φωτ)\.\s",
    re.I,
)
_MAX_CREDIT_WORDS, _MAX_CREDIT_CHARS = 12, 100
# A link to another story tagged by its kind, as tabloids set them between paragraphs: "China
# furious at Macron for Hong Kong protest jibe [INSIGHT]", "... amid China turmoil [VIDEO]".
# A headline ends on no full stop, so a transcript's "That's all. [LAUGHTER]" is no such link.
_TAGGED_LINK = re.compile(r"(?<![.!?\"”’)\]])[ \t\u00a0]\[[A-Z][A-Z ]{2,15}\][ \t]{0,3}\|?[ \t]{0,3}$")
# The closing note on the writer or the outlet: "Follow him on Twitter @michaeldwall", "Follow us on
# Facebook" ("Follow us" opening a line is already furniture, see boilerplate._CTA).
_FOLLOW = re.compile(
    r"\bfollow (?:him|her|me|us)(?: (?:on|at) (?:twitter|facebook|instagram|bluesky|threads|linkedin|x)\b|[^.!?\n]{0,30}?[ (]@\w)", re.I
)  # not "follow her recovery ... on Facebook": the network right after the pronoun, or a handle
# A short label and an address, the page's print footer or a pointer elsewhere: "Publikacja dostępna na
# stronie: https://...", "Source: www.example.org", "Article available at: https://...".  A sentence of
# reporting does not end on a bare address after a colon.
_LABELLED_URL = re.compile(r"^[^:\n]{1,60}:[ ]?(?:https?://|www\.)\S+$")
_MAX_URL_LABEL_WORDS = 6
# A bulleted line whose text is one of the page's links and nothing more: the outlet's links to its
# other stories, their list markup flattened by the extraction ("- 15 Amazing Images of Stars"); a
# headline has four words or more ("- Marr and Sons" may be a list in the story whose names a tag links).
_BULLET = re.compile(r"^[-–•*][ \t]+")


# Bylines ("By Jane Doe", "Von Tobias Krämer", "Jane Doe · 21.02.2025"): bylines.byline_reason, shared with
# the plain-text cleaning

# The outlet's note at an edge of the text, a few sentences long, one of them a call to the reader: "Start your
# day with the Opening Bell ... Sign up for the free daily newsletter.", "Get access to ... Pro for Rs 599.
# Use the code "GETPRO". ...".  The whole note is too long for the line filters, but the call, read as a
# sentence of its own, is one of theirs; a report's last paragraph holds no such sentence (a call quoted
# from someone carries the quotation marks the filters let stand).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[ ]++(?=[A-Z])")  # one run of spaces after a stop: linear
_CALL_REASONS = frozenset({"promotion", "newsletter or sign-up", "paywall note", "appeal for support", "closing call"})
_MAX_NOTE_WORDS = 80


# The page's breadcrumb trail, when the extraction kept it: "Accueil > Actualités > Décisions de l'AG",
# "| Hauptseite » 2010 » Oktober » 26 » Briefe |".  Three parts or more, joined by an arrow with spaces
# around it; a line with an opening guillemet uses "»" as a quotation mark ("les revues de rang « 1 »").
_CRUMB = re.compile(r"^[|\s]*[^>»›|\n]{1,60}(?:[ ][>»›][ ][^>»›|\n]{1,120}){2,}[|\s]*$")


_CRUMB_SPLIT = re.compile(r"[ ][>»›][ ]")


def is_breadcrumb(line: str) -> bool:
    """Whether ``line`` is a breadcrumb trail: its parts are the site's sections (each a name, capitalised,
    or a number of the archive's date), the last perhaps the headline.  "x > 3 and y > 4" compares."""
    if "«" in line or not _CRUMB.match(line) or line.rstrip(" |").endswith((".", "!", "?")):
        return False
    middle = [part.strip(" |") for part in _CRUMB_SPLIT.split(line)[1:-1]]
    return all(part[:1].isupper() or part.isdigit() for part in middle)


def _is_house_note(line: str) -> bool:
    """Whether a line at the text's edge is the outlet's note: several sentences, one of them a call."""
    if len(line.split()) > _MAX_NOTE_WORDS:
        return False
    sentences = _SENTENCE_BREAK.split(line)
    return any(line_reason(s, is_last=True) in _CALL_REASONS for s in sentences[1:])  # (a note's first sentence introduces it)


def line_reason(line: str, is_last: bool = False, links: frozenset[str] = frozenset()) -> str | None:
    """Why an extracted line is not article body, or ``None``; ``links`` holds the texts of the
    page's links."""
    words = len(line.split())
    if _RELATED.match(line) and words <= 30:
        return "related link"
    if _METADATA.match(line) and not _SENTENCE_STOP.search(line) or _DATE_ONLY.match(line) or _READING_TIME.match(line):
        return "page metadata"
    if words <= 25 and (_PROMO.search(line) or _PROMO_START.match(line) or _AD_MARK.match(line) or _DISCLOSURE.search(line)):
        return "promotion"
    if words <= _MAX_NOTE_WORDS and _DISCLOSURE.search(_SENTENCE_BREAK.split(line, maxsplit=1)[0]):
        return "promotion"
    if _AD_LABEL.match(line):
        return "advertisement"
    if words <= _MAX_CREDIT_WORDS and len(line) <= _MAX_CREDIT_CHARS and _PHOTO_CREDIT.match(line):
        return "photo credit"
    if len(line) <= _MAX_CJK_CALL_CHARS and _CJK_CALL.search(line) and not QUOTE_MARKS.search(line):
        return "promotion"
    if words <= 25 and _READER_CALL.search(line) and not QUOTE_MARKS.search(line):
        return "promotion"
    if words <= 25 and _TAGGED_LINK.search(line) and not QUOTE_MARKS.search(line):  # not a speech's "[APPLAUSE]"
        return "related link"
    if is_last and words <= 80 and _FOLLOW.search(line):
        return "note on the writer"
    if is_last and _is_house_note(line):
        return "house note"
    if (m := _BULLET.match(line)) and len(line[m.end():].split()) >= 4 and line[m.end():] in links:
        return "related link"
    if byline_reason(line):
        return "byline"
    if is_last and byline_reason(line, "last") in ("credit", "signature"):  # the closing credit or signature the article's cleaning takes too
        return "agency credit"
    if is_date_line(line):  # (after the bylines: "Jane Doe · 21.02.2025" names its writer)
        return "page metadata"
    if _CREDIT.match(line) and len(line.split()) <= 60:
        return "agency credit"
    if _COUNTER.match(line):
        return "comment counter"
    if _LABELLED_URL.match(line) and len(line.split()) <= _MAX_URL_LABEL_WORDS + 1:
        return "link line"
    if is_breadcrumb(line):
        return "breadcrumb"
    return boilerplate_reason(line, is_last=is_last)


# The readers' comments under a page, what the extraction kept of them: a line that opens with the word
# for comments heads the section ("#1 Kommentar von Naru", "Keine Kommentare / Trackbacks", "Kommentare
# insgesamt: 0", "ATENÇÃO: Comentários ... não serão aprovados pelo moderador.", "Comments are closed."),
# and what follows it is the readers', not the article's.  Only near the end, and only a short line: a
# report may well begin a paragraph with "Comments".
_COMMENT_SECTION = re.compile(
    r"^[\W_]*(?:[^\W\d_]{3,12}[ ]?:[ ])?(?:#?\d+\.?[ ]|(?:keine|no|aucun|sin|sem|nessun|brak)[ ])?"
    r"(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|komentarz[ey]?|reacties|hozzászólások)\b",
    re.I,
)
_COMMENT_TAIL_LINES, _MAX_COMMENT_HEAD_WORDS = 3, 20


def _without_comment_section(lines: list[str]) -> list[str]:
    """``lines`` up to the head of a comment section among the last few (the article itself always stays)."""
    for i in range(max(1, len(lines) - _COMMENT_TAIL_LINES), len(lines)):
        if len(lines[i].split()) <= _MAX_COMMENT_HEAD_WORDS and _COMMENT_SECTION.match(lines[i]):
            return lines[:i]
    return lines


def _without_related_list(lines: list[str], links: frozenset[str]) -> list[str]:
    """``lines`` without a closing list of links to other stories: a "read also" lead-in ("Auch auf
    gofeminin.de", "More from Marrow News:") followed to the end by lines that are each one of the page's
    links (the lead-in itself goes with the line filters)."""
    for i in range(len(lines) - 2, 0, -1):
        if lines[i + 1] not in links:
            break
        if _RELATED.match(lines[i]) and len(lines[i].split()) <= 30:
            return lines[: i + 1]
    return lines


_MAX_KICKER_WORDS = 12


def _is_kicker(line: str) -> bool:
    """Whether the line above the headline is its kicker ("EXCLUSIVE", "War in Ukraine | Analysis"): a few
    words.  A paragraph there is the text's opening (a blog post that sets a subheading after its first
    paragraph, and the subheading is also the page's title), not a label to drop with the headline."""
    return len(line.split()) <= _MAX_KICKER_WORDS


def clean_lines(text: str, titles: list[str] | None = None, links: frozenset[str] = frozenset()) -> list[str]:
    """The body lines of an extraction: headline and furniture removed."""
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if titles:
        # the headline, possibly after a kicker line, at the top of the body; a little further down it is
        # the headline repeated (what stands before it there may be a blog's opening, so it stays)
        for i in range(min(4, len(lines))):
            if _is_title(lines[i], titles):
                del lines[(0 if i == 1 and _is_kicker(lines[0]) else i) : i + 1]
                break
    lines = _without_comment_section(lines)
    lines = _without_related_list(lines, links)
    kept: list[str] = []
    tail = True
    for line in reversed(lines):  # from the end, so trailing labels count as dangling
        if line_reason(line, is_last=tail, links=links):
            continue
        tail = False
        kept.append(line)
    kept.reverse()
    if len(kept) > 1 and _is_house_note(kept[0]):  # the note may open the text too ("Start your day with ...")
        del kept[0]
    return kept


# ------------------------------------------------------------------- main


def main_text(html: str) -> str | None:
    """The article body of ``html``: paragraphs separated by ``"\\n"``, or ``None``."""
    tree = parse(without_server_errors(html))
    if tree is None:
        return None
    drop_popups(tree)
    drop_share_widgets(tree)
    drop_link_cards(tree)
    unwrap_layout_tables(tree)
    unwrap_embedded_posts(tree)
    keep_running_text(tree)
    paragraphs_from_breaks(tree)
    text = _trafilatura(tree, precision=is_article_page(tree))
    if not text:
        return None
    first = opening(tree, text.split("\n"))
    rest = continuation(tree, text.split("\n"))
    titles = title_candidates(tree)
    links = frozenset(" ".join(a.text_content().split()) for a in tree.iter("a"))
    lines = clean_lines("\n".join([*first, text, *rest]), titles, links)
    lead = standfirst(tree, lines)
    if lead and not line_reason(lead) and not _is_title(lead, titles):
        lines.insert(0, lead)
    if len(lines) >= 3 and all(len(ln.split()) < 5 for ln in lines):
        if all(ln in links for ln in lines):
            return None  # the page's menus only ("Home", "World", "Sport", ...): no article on it
    return "\n".join(lines) or None

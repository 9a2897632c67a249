"""The article body a page carries as data when its markup shows little of it.

Many news CMSs render the body in the browser: an Arc XP or Next.js page ships a thin DOM (the headline, a
byline, the first paragraph or an empty placeholder) and the whole text as data, in the schema.org JSON-LD
``articleBody`` that search engines read, or in the framework's state (``<script id="__NEXT_DATA__"
type="application/json">``, Nuxt's ``__NUXT_DATA__``, Arc's ``Fusion.globalContent``: :mod:`.state_scripts`).
Paywalled pages do the same for the crawlers they let in.  An extractor that reads
the markup then returns a paragraph, or the menus.  The data is the article the page declares, so when it holds
far more prose than the extraction found, it is the body.

Only when the markup is thin (:data:`_THIN_SHARE`): where the DOM holds the body, the DOM's paragraphs and its
cleaning are better (``articleBody`` is often one run of text, without paragraph breaks, or cut to a summary).
A JSON-LD item counts only when it is an article whose headline is the page's, or the page's only article; a
JSON state blob only when it names the page's headline, and from it the longest list of prose paragraphs (or
an HTML body string) is taken, as front-end frameworks hold a body as a list of blocks.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from parallax.ingest.body_breaks import with_breaks
from parallax.ingest.clean import norm_words
from parallax.ingest.data_prose import may_hold_more
from parallax.ingest.drops import drop_all
from parallax.ingest.json_ld import ld_items
from parallax.ingest.state_scripts import state_blobs, state_nodes
from parallax.ingest.unshown import UNSHOWN_TAGS

_ARTICLE_TYPES = re.compile(r"article|posting|report|newsarticle", re.I)  # NewsArticle, BlogPosting, ReportageNews ...
_THIN_SHARE = 0.5  # the extraction found under half the text the data holds
_MIN_CHARS = 500  # a body, not a description or a teaser (characters: Japanese or Chinese words have no spaces)
_MIN_PARAGRAPH_CHARS = 60
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", "'", "’", ")", "。", "！", "？", "」", "؟")
_TEXT_KEYS = ("text", "content", "html", "value", "body", "paragraph")
_RUN_KEYS = ("children", "content", "spans", "elements")
# a paragraph break lost when a CMS flattened "<p>...</p><p>...</p>" into one string: "... in 1958.The plan ...",
# "... 2027.« Ce projet ...": a sentence's end, and with no space the next one's capital (or its opening quote)
_GLUED = re.compile(r"(?<=[^\W_])[.!?…][\"”’»]?(?=(?:[«“\"¿¡]\s?)?([^\W\d_]))")
_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|h[1-6]|li|blockquote)\b[^>]{0,200}>", re.I)


def _is_prose(text: str) -> bool:
    """A paragraph of running text in any script: some length, ending as sentences end."""
    return len(text) >= _MIN_PARAGRAPH_CHARS and text.rstrip().endswith(_SENTENCE_END)


def _reads_as_body(blocks: list[str]) -> bool:
    """Whether a list of text blocks is a body: two different paragraphs of prose at least, and prose the most of
    it (headings and captions between them are few; a list of a page's meta values, its URLs, tags and a
    description repeated three times, is not)."""
    prose = [b for b in blocks if _is_prose(b)]
    return len(set(prose)) >= 2 and 2 * len(prose) >= len(blocks)


def _paragraphs(text: str) -> list[str]:
    """A body string as paragraphs: its HTML blocks or line breaks, else sentences glued by a stripped tag."""
    if _TAG.search(text):
        import lxml.html

        text = _TAG.sub("\n", text)
        tree = lxml.html.fromstring(f"<div>{text}</div>")
        drop_all(list(tree.iter(*UNSHOWN_TAGS)))  # code, not words of the body
        text = tree.text_content()
    else:
        text = html.unescape(text)  # "&quot;We cannot&quot;", "&#8217;": entities escaped once more in the JSON
    parts = [" ".join(p.split()) for p in text.split("\n")]
    parts = [p for p in parts if p]
    return [piece for part in parts for piece in _unglued(part)]


def _unglued(text: str) -> list[str]:
    """``text`` cut where a lost paragraph break glued two sentences ("in 1958.The plan"): after a lower-case
    letter or a digit (not "U.S.Army"), before a capital."""
    cuts = [
        m.end() - (m.group(0).endswith('"') and text.count('"', 0, m.start()) % 2 == 0)  # a straight quote opening the next
        for m in _GLUED.finditer(text)
        if m.group(1).isupper() and not text[m.start() - 1].isupper()
    ]
    bounds = [0, *cuts, len(text)]
    return [p for a, b in zip(bounds, bounds[1:], strict=False) if (p := text[a:b].strip())]


def _ld_body(tree, titles: list[str]) -> list[str]:
    """The ``articleBody`` of the page's article in its JSON-LD: the one headed with the page's title, or the only one."""
    found = []
    for item in ld_items(tree, nested=True, needle="articleBody"):  # a WebPage's mainEntity too
        kinds = item.get("@type")
        kinds = " ".join(kinds) if isinstance(kinds, list) else str(kinds or "")
        if isinstance(item.get("articleBody"), str) and _ARTICLE_TYPES.search(kinds):
            found.append(item)
    named = [it for it in found if norm_words(str(it.get("headline") or "")) in titles]
    chosen = named[:1] or (found if len(found) == 1 else [])
    return _paragraphs(chosen[0]["articleBody"]) if chosen else []


def _block_text(node, depth: int = 0) -> str:
    """A body block's text: the block itself, its text field, or its inline runs joined (rich-text editors hold a
    paragraph as runs: Sanity's ``{"_type": "block", "children": [{"text": ...}, ...]}``, Contentful's ``content``)."""
    if isinstance(node, str):
        return node
    if not isinstance(node, dict) or depth > 2:
        return ""
    if text := next((v for k in _TEXT_KEYS if isinstance(v := node.get(k), str)), ""):
        return text
    runs = next((v for k in _RUN_KEYS if isinstance(v := node.get(k), list)), [])
    return "".join(_block_text(r, depth + 1) for r in runs)


def _state_body(tree, titles: list[str]) -> list[str]:
    """The body in a JSON state blob that names the page's headline: its longest list of prose blocks, or its
    longest HTML string."""
    best: list[str] = []
    for script, data in state_blobs(tree):
        if not titles or not any(t and t in norm_words(script) for t in titles):
            continue
        for node in state_nodes(data):
            if isinstance(node, str) and _TAG.search(node):
                candidate = _paragraphs(node)
                if not _reads_as_body(candidate):
                    continue
            elif isinstance(node, list):
                texts = [" ".join(_block_text(n).split()) for n in node]
                candidate = [t for t in texts if t]
                if not _reads_as_body(candidate):
                    continue
            else:
                continue
            if _chars(candidate) > _chars(best):
                best = candidate
    return best


def _chars(lines: list[str]) -> int:
    return sum(len(ln) for ln in lines)


def embedded_body(tree, titles: list[str], lines: list[str] | None = None) -> list[str]:
    """The body the page holds as data (JSON-LD ``articleBody``, else a JSON state blob), or ``[]``.
    ``titles``: :func:`.extract.title_candidates`; ``lines``: what the extraction found, if it ran (trafilatura works on
    a copy of the tree, so its scripts are still there).  Where the data holds no prose the extraction lacks
    (:func:`.data_prose.may_hold_more`), the markup cannot be thin and no script is parsed: the common page, whose
    DOM shows its body, pays a scan of its scripts' strings, not a ``json.loads`` and a walk of each."""
    if lines is not None and not may_hold_more(tree, lines, _MIN_CHARS * _THIN_SHARE):
        return []
    found = _ld_body(tree, titles)  # the page's own article: one run of prose will do
    if len(found) == 1:  # flattened, no break left: the DOM's paragraphs and runs of sentences give them (:mod:`.body_breaks`)
        found = with_breaks(found[0], lines or [])
    if _chars(found) >= _MIN_CHARS and any(_is_prose(p) for p in found):
        return found
    found = _state_body(tree, titles)
    return found if _chars(found) >= _MIN_CHARS else []


def markup_is_thin(found: list[str], lines: list[str]) -> bool:
    """Whether the extraction's ``lines`` hold under :data:`_THIN_SHARE` of the words of the data body ``found``
    (counted with their repeats): menus and labels share none of them, and a body the markup shows whole, in
    whatever lines (a list, hard-wrapped text), shares nearly all."""
    want = Counter(norm_words(" ".join(found)).split())
    have = Counter(norm_words(" ".join(lines)).split())
    return bool(want) and sum((want & have).values()) < _THIN_SHARE * sum(want.values())

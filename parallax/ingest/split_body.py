"""Article bodies that a page splits into several blocks.

Many layouts break the body into repeated containers with an advert or a
"most popular" rail between them: ``<div class="article__body">`` three
times, each holding a few paragraphs.  A main-content extractor picks the
best single block and silently drops the rest (on Wired-style pages half
the article).  :func:`continuation` finds the block the extraction came
from and returns the text of its *twins*: other elements with the same tag
and the same ``class`` attribute, outside it, whose text is prose.

Why class twins: a site's template gives every body part the same markup,
while related-story lists, teasers and comments use their own classes.  Only
prose is taken (paragraph elements of some length), so an empty advert slot
or a link list that happens to share the class adds nothing.
"""

from __future__ import annotations

from collections import Counter

from parallax.ingest.clean import norm_words
from parallax.ingest.related_links import RELATED

_BLOCKS = ("p", "h2", "h3", "h4", "blockquote")
_MIN_WORDS = 8  # a body paragraph, not a caption or a label
_MIN_PARAGRAPHS = 2  # matched paragraphs needed to trust the container, prose paragraphs in a twin
_HEADINGS = ("h1", "h2", "h3")
# a twin shares an ancestor at most this far above the container: a grid layout sets each part of the body in
# its own band, the column three levels down (band > container > row > column, as Bootstrap's grid does)
_MAX_UP = 4
_MAX_LEAD_IN_WORDS = 30


class _Headings:
    """Which headings part the container from a twin.  A "read also" box set between two parts of one body
    ("<h3>Mehr zum Thema</h3>", a heading inside an ``<aside>``, and the linked headlines under such a lead-in) is
    no next item's title: the body resumes after it, where the next twin's prose does."""

    def __init__(self) -> None:
        self.in_box = False

    def parts(self, el) -> bool:
        text = " ".join(el.text_content().split())
        if (RELATED.match(text) and len(text.split()) <= _MAX_LEAD_IN_WORDS) or any(a.tag in ("aside", "nav") for a in el.iterancestors()):
            self.in_box = True
            return False
        linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        return not (self.in_box and text and linked >= len(text))

    def resume(self) -> None:
        """Prose again (a twin taken): the box is over."""
        self.in_box = False


def _container(tree, lines: list[str]):
    """The element whose direct ``<p>`` children hold most extracted lines."""
    wanted = {norm_words(line) for line in lines if len(line.split()) >= _MIN_WORDS}
    if not wanted:
        return None
    parents: Counter = Counter()
    for p in tree.iter("p"):
        if norm_words(p.text_content()) in wanted and p.getparent() is not None:
            parents[p.getparent()] += 1
    if not parents:
        return None
    parent, hits = parents.most_common(1)[0]
    return parent if hits >= _MIN_PARAGRAPHS else None


def _article(el):
    """The nearest enclosing ``<article>``: infinite-scroll pages put each
    story in its own, and a twin inside another one is another story."""
    return next((a for a in el.iterancestors("article")), None)


def _near(el, container) -> bool:
    """``el`` lies within :data:`_MAX_UP` levels above ``container``, in the same
    ``<article>`` (or outside any), and neither contains the other."""
    ups = list(container.iterancestors())[:_MAX_UP]
    if any(a is el for a in ups) or any(a is container for a in el.iterancestors()):
        return False
    mine = list(el.iterancestors())  # live proxies: lxml hands out the same object for a node while one is held
    return any(a is m for a in ups for m in mine) and _article(el) is _article(container)


def _paragraphs(block) -> list[str]:
    """Prose paragraphs among ``block``'s children, or nothing when fewer than
    :data:`_MIN_PARAGRAPHS` are prose or one is mostly links (a teaser list)."""
    out: list[str] = []
    prose = 0
    for el in block:
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS:
            continue
        text = " ".join(el.text_content().split())
        if not text:
            continue
        linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        if linked > 0.5 * len(text):
            return []
        if len(text.split()) >= _MIN_WORDS:
            prose += 1
        out.append(text)
    return out if prose >= _MIN_PARAGRAPHS else []


class _Twins:
    """The container's twins, taken one at a time as a walk of the page meets
    them; the elements inside the container and inside a taken twin are
    skipped when the walk reaches them."""

    def __init__(self, container) -> None:
        self.container = container
        self._held: list = []  # keeps lxml's element proxies alive, so that the ids below hold
        self._ids: set[int] = set()

    def skip_inside(self, el) -> None:
        more = list(el.iterdescendants())
        self._held += more
        self._ids |= set(map(id, more))

    def is_inside(self, el) -> bool:
        return id(el) in self._ids

    def take(self, el) -> list[str]:
        """``el``'s prose paragraphs when it is a twin (same tag and class, near), else nothing."""
        box = self.container
        if el.tag != box.tag or el.get("class") != box.get("class") or not _near(el, box):
            return []
        paragraphs = _paragraphs(el)
        if paragraphs:
            self.skip_inside(el)
        return paragraphs


def _twins(tree, lines: list[str]) -> _Twins | None:
    container = _container(tree, lines)
    if container is None or not container.get("class"):
        return None
    return _Twins(container)


def _fresh(texts: list[str], lines: list[str]) -> list[str]:
    """``texts`` less those already extracted and repeats (a twin may repeat a paragraph: a pull quote)."""
    seen = {norm_words(line) for line in lines}
    out: list[str] = []
    for text in texts:
        key = norm_words(text)
        if key and key not in seen:
            seen.add(key)
            out.append(text)
    return out


def continuation(tree, lines: list[str]) -> list[str]:
    """Body paragraphs found in twins of the extraction's container that follow
    it in the page, in page order.  Lines already extracted are not repeated.

    A heading between the container and a twin ends the search: on a blog's
    front page or a list of teasers each item's body follows its own title,
    while a split article body runs on without one."""
    twins = _twins(tree, lines)
    if twins is None:
        return []
    after: list[str] = []
    passed = False
    headings = _Headings()
    for el in tree.iter():
        if el is twins.container:
            passed = True
            twins.skip_inside(el)
            continue
        if not passed or twins.is_inside(el):
            continue
        if el.tag in _HEADINGS and headings.parts(el):
            break
        if taken := twins.take(el):
            after += taken
            headings.resume()
    return _fresh(after, lines)


def opening(tree, lines: list[str]) -> list[str]:
    """Body paragraphs found in twins of the extraction's container that come
    before it in the page, in page order: when the extractor picked a later
    block of a split body (the longest, say), the article's opening blocks
    (its lead, an interview's introduction) are missing otherwise.

    As in :func:`continuation`, a heading between a twin and the container
    parts them (the twin is the end of another item, or of a teaser above the
    headline), so only the twins after the last heading count."""
    twins = _twins(tree, lines)
    if twins is None:
        return []
    before: list[str] = []
    headings = _Headings()
    for el in tree.iter():
        if el is twins.container:
            break
        if twins.is_inside(el):
            continue
        if el.tag in _HEADINGS and headings.parts(el):
            before = []
            continue
        if taken := twins.take(el):
            before += taken
            headings.resume()
    return _fresh(before, lines)

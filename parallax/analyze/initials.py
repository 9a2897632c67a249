"""Names written with bare initials, as the press of South Asia writes them: "Judge A K Menon", "Mr P Chidambaram",
"Justice R K Sharma".

The small English model reads the first of two bare initials as the article "a" ("Judge A K Menon said": the
entity is "K Menon", tagged an organisation, and the quote's speaker was "K Menon"), and after a title it may tag
the title alone ("Justice" an organisation) and leave the name untagged.  Here, after the model:

- an entity that opens with an initial takes in the initials written right before it ("A " before "K Menon"), and
  one that does not takes in two or more ("A R " before "Pillai");
- a run of initials and a capitalised surname after a title or an honorific ("Justice R K Sharma", "Mr P
  Chidambaram") is a person, whatever the model tagged there; the title itself is no entity.

An initial is one capital letter, with or without its point ("S. R. Bhat", "S R Bhat").  Only English text: other
languages' rules take their capitalised runs whole.
"""

from __future__ import annotations

import re

from parallax.analyze.titles import HONORIFICS, TITLE_WORDS
from parallax.records import Article, Entity

_INITIAL = re.compile(r"[A-Z]\.?[ \u00a0]")  # one initial and the space after it, at the start of a name
# up to three initials right before a position (the window is short: no search runs over long text)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.?[ \u00a0]){1,3}\Z")
# a title word, then one to three initials and a capitalised surname ("Justice S. R. Bhat", "Mr P Chidambaram")
_TITLED_INITIALS = re.compile(r"(?<![\w.])([A-Z][a-z]+)\.?[ \u00a0]((?:[A-Z]\.?[ \u00a0]){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w])")
_PERSON = ("PERSON", "PER")
_SKIP = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")


def _titled(word: str) -> bool:
    return word.lower() in TITLE_WORDS or word.lower() in HONORIFICS


def initial_names(article: Article) -> None:
    """Put the initials before a name into its entity and the titled names with initials the model missed into
    the article's entities, in place (see the module)."""
    if (article.language or "")[:2] != "en":
        return
    text = article.text
    for e in article.entities:
        if e.label in _SKIP:
            continue
        m = _INITIALS_BEFORE.search(text, max(0, e.start - 9), e.start)
        # (before a name the model took without its initials, "A R " before "Pillai", two at least: "A Trump aide",
        # "I Smith" are the article or the pronoun before a name)
        if m and "\n" not in m.group() and (_INITIAL.match(e.text) or len(m.group().split()) >= 2):
            e.text, e.start = text[m.start() : e.end], m.start()
    people = [e for e in article.entities if e.label in _PERSON]
    for m in _TITLED_INITIALS.finditer(text):
        if not _titled(m.group(1)):
            continue
        s, e = m.span(2)
        label = next((p.label for p in people), "PERSON")
        kept = [x for x in article.entities if x.end <= m.start() or x.start >= e or (x.label in _PERSON and (x.start, x.end) == (s, e))]
        if not any(x.label in _PERSON and (x.start, x.end) == (s, e) for x in kept):
            # the model's spans over the title and the name give way to the person
            kept.append(Entity(text[s:e], label, s, e))
        article.entities[:] = sorted(kept, key=lambda x: x.start)

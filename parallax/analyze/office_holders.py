"""The holder named after an office of a body: "Superintendent of Police Sakshi Verma" (QA round 51).

Indian, Kenyan, South African and Canadian papers write the office in full before the name: "Superintendent of Police
Sakshi Verma", "Cabinet Secretary for Roads Kipchumba Murkomen", "MEC for Health Nomafrench Mbombo", "Minister of
Foreign Affairs Naledi Pandor".  The English model reads the run as one work of art, a body, or a person from the body
on ("Roads Kipchumba Murkomen"), and a speaker then is the whole title.  After a title word, "of" or "for" and a run of
three or more capitalised words, the last two are the holder's given name and surname (a body named by one or more
words, "Police", "Foreign Affairs", comes first): they are made the person, in place of the entities across the run.
A longer name ("Mary Anne Smith") loses its first given name, which the rest of the article's mentions still join.

The portfolio may also stand before the title with no "of": "Roads CS Kipchumba Murkomen", "Transport Minister Jane
Wambui".  A person the model read from the portfolio on, whose second word is a title and two or more words follow,
is the words after the title.
"""

from __future__ import annotations

import re

from parallax.analyze.titles import _TITLE_WORDS
from parallax.letters import UPPER
from parallax.records import Article, Entity

# English title words, and the offices of Canadian and South African local and provincial government: a county's or
# rural municipality's "Reeve", a province's "MEC" (member of the executive council)
_TITLES = sorted({*_TITLE_WORDS["en"], "Reeve", "MEC"}, key=len, reverse=True)
_TITLE_SET = frozenset(_TITLES)
_CAP = rf"[{UPPER}][\w'’-]*"
_OFFICE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _TITLES))})[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?(?P<run>{_CAP}(?:[ \u00a0]{_CAP}){{2,5}})\b"
)
# the last two words of the run, from the first capital of the word before the last: each word is read from its start
# alone (a run of capitals tried from each of its letters, then failing at the end, took time quadratic in its length)
_NAME = re.compile(rf"(?<![\w'’-])(?:(?![{UPPER}])[\w'’-])*(?P<name>{_CAP}[ \u00a0]{_CAP})\Z")


def office_holders(article: Article, lang: str) -> None:
    """Make the name after an office of a body a person in English ``article`` (see above)."""
    if lang != "en":
        return
    for e in article.entities:
        words = e.text.split()
        if e.label == "PERSON" and len(words) >= 4 and words[1] in _TITLE_SET and words[0][:1].isupper():
            cut = e.text.index(words[2], len(words[0]) + len(words[1]) + 1)
            e.text, e.start = e.text[cut:], e.start + cut  # "Roads CS Kipchumba Murkomen" -> "Kipchumba Murkomen"
    for m in _OFFICE.finditer(article.text):
        name = _NAME.search(m.group("run"))
        if name is None:
            continue
        start, end = m.start("run") + name.start("name"), m.end("run")
        if article.text[end : end + 1] == "." and len(name.group().split()[-1]) == 1 or any(
            e.label in ("PERSON", "PER") and e.start < end < e.end for e in article.entities
        ):
            continue  # "Secretary of State John F. Kerry": the name runs on past an initial, as the model read it
        end -= 2 if article.text[end - 2 : end] in ("'s", "’s") else 0  # "Enoch Godongwana's budget"
        keep = [e for e in article.entities if e.end <= m.start() or e.start >= end]
        at = next((i for i, e in enumerate(keep) if e.start >= end), len(keep))  # in the order of the text
        article.entities = [*keep[:at], Entity(article.text[start:end], "PERSON", start, end), *keep[at:]]

"""Transcripts and interviews: a paragraph that opens with its speaker's label.

Interviews and transcripts mark who speaks with a label instead of quotation
marks ("**Miriam Okafor:** The fine is up to £1,000", "OKAFOR: We will ...",
"A: The ban stays until the autumn rains").  Such a paragraph is the speaker's
own words: a direct quotation.  A title-case label is taken only in bold
(markdown) or as a name of two or three words after a "Q:" paragraph, since
"Poll: ..." or "The Latest: ..." open headlines; an all-capitals label only
when it is no label of the page ("CORRECTION:", "UPDATE:"), and when the article names that person elsewhere
or is a broadcast transcript, whose labels name every guest (:func:`is_transcript`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.titles import TITLE_WORDS
from parallax.records import Quote

_NOT_SPEAKERS = frozenset(
    "q a correction clarification update updated note editor's editors' watch read related breaking photo photos video source "
    "sources credit advertisement exclusive analysis opinion live warning disclaimer media contact contacts investor investors press".split()
)
_LABEL = re.compile(
    r"\A(?P<bold>\*\*)?(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})(?(bold)\*\*)?"
    r"\s?:(?:\*\*)?\s+(?=\S)"
)
_QUESTION = re.compile(r"\A\s*(?:\*\*)?(?:Q|Question|Frage|Pregunta|Domanda)(?:\*\*)?\s?[:.]", re.I)
_ANSWER = re.compile(r"\A(?:\*\*)?(?:A|Answer|Antwort|Respuesta|Risposta)(?:\*\*)?\s?[:.](?:\*\*)?\s+(?=\S)")


def transcript_quote(
    text: str, offset: int, sentence: int, after_question: bool, article_text: str = "", answerer: str | None = None
) -> Quote | None:
    """The paragraph ``text`` (at ``offset`` in its article) as its labelled speaker's quotation, or
    None.  ``after_question``: the paragraph before was an interviewer's question; an "A:" after it is
    ``answerer``'s, the last labelled speaker who answered rather than asked.  An all-capitals
    label is a speaker only when the article names that person elsewhere ("OKAFOR:" after "Miriam
    Okafor"), not a page's call ("OUR READERS: What is going on in your town?")."""
    body = text.lstrip()
    lead = len(text) - len(body)
    if after_question and (m := _ANSWER.match(body)):
        return _quote(text, offset, lead + m.end(), answerer, sentence)
    m = _LABEL.match(body)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    if name.lower().rstrip(".") in _NOT_SPEAKERS or any(w.lower().strip(".") in _NOT_SPEAKERS for w in words[:1]):
        return None
    elsewhere = article_text[:offset] + article_text[offset + len(text) :]
    if name.isupper():
        words = [w.capitalize() for w in words if w.rstrip(".").capitalize() not in _HONORIFICS]  # "MR. GRANT" is Grant
        if not words:
            return None
        if len(words) > 2 and words[0].lower() in TITLE_WORDS:
            words = words[1:]  # "CAPTAIN MARKO BELIC" is Marko Belic
        name = " ".join(words)  # "OKAFOR" is "Okafor" when compared with a byline
        if not _named(words[-1], elsewhere) and not (len(words) >= 2 and is_transcript(article_text)):
            return None
    elif not (m.group("bold") or after_question) or words[0].lower() in _OPENERS:
        return None
    elif len(words) < 2 and not _named(words[-1], elsewhere):
        return None  # "**Context:**", "**Flashback:**": a heading, unless the article names that person
    q = _quote(text, offset, lead + m.end(), name, sentence)
    first = m.group("name").upper().find(words[0].upper())  # past a dropped honorific
    q.speaker_start, q.speaker_end, q.cue = offset + lead + m.start("name") + max(first, 0), offset + lead + m.end("name"), ":"
    return q


_HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Judge", "Sen", "Rep", "Gov"}
_OPENERS = {"the", "a", "an", "our", "my", "why", "what", "how", "who", "when", "where", "this", "that", "in", "on", "at", "for"}


# a paragraph that opens with a label in capitals, a turn of a broadcast transcript ("GRETA LIND: Thanks, Paul.")
_TURN = re.compile(r"^(?:\*\*)?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:\*\*)?\s?:\s+\S", re.M)


@lru_cache(maxsize=4)  # asked once per capitals label of one article: read its text once
def is_transcript(text: str) -> bool:
    """Whether ``text`` is a broadcast transcript: three or more paragraphs open with a label in capitals, and one
    of them is a person the text names in title case, both names ("Our reporter Greta Lind" ... "GRETA LIND:").  Broadcasters
    label every turn so (the CNN and NPR transcript style), a guest the text never introduces included, so there a
    full name in capitals ("HANNA ROTH:") speaks as a name written elsewhere does."""
    labels = _TURN.findall(text)
    if len(labels) < 3:
        return False
    return any(len(ws := label.split()) >= 2 and _named(" ".join(w.capitalize() for w in ws[-2:]), text) for label in labels)


def _named(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` in title case (a name is written so; a heading in capitals is not)."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def label_in_quotation(content: str, start: int) -> tuple[str, int, int] | None:
    """The speaker an all-capitals label opens a quotation with, a transcript quoted whole ('"WALLACE: Let's
    start with ...', '"PENCE: Well, look, ...'): (name, start, end), ``start`` being where the quotation's
    content begins in the article.  Never a page's label ("UPDATE:"); unlike a paragraph's label, the name
    need not be written elsewhere: a quotation does not open with a heading, and a host the article never
    names ("WALLACE:") is still the one who speaks that turn."""
    m = _LABEL.match(content)
    if m is None or m.group("bold") or not m.group("name").isupper() or len(m.group("name")) < 2:
        return None
    words = [w.capitalize() for w in m.group("name").split() if w.rstrip(".").capitalize() not in _HONORIFICS]
    if not words or any(w.lower().strip(".") in _NOT_SPEAKERS for w in words):
        return None
    first = m.group("name").upper().find(words[0].upper())
    return " ".join(words), start + m.start("name") + max(first, 0), start + m.end("name")


def is_question(text: str) -> bool:
    """A "Q:" paragraph, or a labelled one that asks ("**Tom Reyes:** Why a ban now?")."""
    return _QUESTION.match(text) is not None or (_LABEL.match(text.lstrip()) is not None and text.rstrip().endswith("?"))


def _quote(text: str, offset: int, start: int, speaker: str | None, sentence: int) -> Quote:
    end = len(text.rstrip())
    return Quote(text=text[start:end], start=offset + start, end=offset + end, kind="direct", speaker=speaker, sentence=sentence)

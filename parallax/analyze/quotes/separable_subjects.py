"""The subject between the two parts of a German or Dutch separable reporting verb, after a quotation.

German and Dutch split a separable verb in a main clause: the finite part stands second and its particle closes the
clause (the "Satzklammer"), so a subject inverted after a quotation stands inside the bracket, with the time or the
addressee after it: '„...“, teilte die NVB mit.', '„...“, gab die NVB am Sonntag bekannt.', '"...", liet de RVS weten.'.
The name patterns of :mod:`.lexical_cues` refuse an acronym followed by a word (it is the organisation a role or a
person's name after it belongs to: "UN envoy Tom Reed"), so the acronym was lost, or the noun of the time after it
("auf Anfrage") read as the name.  Inside the bracket nothing but the subject and circumstances stand, so an acronym
after the finite part, with or without its article, is the subject: the body speaks.  Dutch writes a body's
description in lower case after its article ('"...", liet de politie weten.'), which speaks as it does after a simple
verb ('"...", meldt de politie.').
"""

from __future__ import annotations

import re
from functools import cache

from parallax.analyze.quotes.cue_lexicon import DE_SEPARABLE, NL_SEPARABLE
from parallax.letters import LOWER, UPPER

_ARTICLES = {"de": "die|der|das|den", "nl": "de|het"}
_CLAUSE_END = r"(?=[ \u00a0]*(?:[.,;:!?\"“”«»„]|$)|[ \u00a0]+(?:dass|dat)(?!\w))"


@cache
def _pattern(lang: str) -> re.Pattern | None:
    table = {"de": DE_SEPARABLE, "nl": NL_SEPARABLE}.get(lang)
    if table is None:
        return None
    verbs = "|".join(rf"(?P<c{i}>{finite})\s+(?P<s{i}>{{subject}})(?:\s+[^\s.,;:!?\"“”„«»]+){{{{0,4}}}}?\s+{particle}"
                     for i, (finite, particle) in enumerate(table.items()))
    # an acronym, its article before it or not ("die NVB", "ProRail" is a name the patterns read already)
    subject = rf"(?:(?:{_ARTICLES[lang]})\s+)?[{UPPER}]{{2,}}[{UPPER}\d]*(?![\w-])"
    if lang == "nl":  # a body described in lower case after the Dutch article: "de politie", "het ministerie"
        subject += rf"|(?:de|het)\s+[{LOWER}][\w-]+"
    return re.compile(rf"\W{{0,3}}\s*(?:{verbs.format(subject=subject)}){_CLAUSE_END}")


def separable_subject(after: str, lang: str) -> tuple[int, int, str] | None:
    """``(start, end, cue)`` of the subject, relative to ``after`` (the text after the quotation), where a separable
    verb of saying brackets it: the acronym (its article left out), or the Dutch description in lower case."""
    pattern = _pattern(lang)
    m = pattern.match(after) if pattern else None
    if m is None:
        return None
    i = next(k for k in range(len(m.groups()) // 2) if m.group(f"s{k}") is not None)
    start, end = m.span(f"s{i}")
    words = after[start:end].split()
    if words[0][:1].islower() and words[-1][:1].isupper():
        start = end - len(words[-1])  # "die NVB": the acronym
    return start, end, " ".join(m.group(f"c{i}").split())

"""A Hindi or Urdu pronoun that reports speech, back to the person the paragraph named before it.

"जिला अग्निशमन अधिकारी राजेश कुमार मौके पर पहुंचे। उन्होंने बताया कि …" (the district fire officer Rajesh Kumar
reached the spot. He said that …): the statement is the officer's, as English "He said" takes up the person just
named.  A pronoun with no statement before it had been left without a speaker and the statement dropped.  The person
is the last one named after a role word in the text before (Hindi and Urdu name a person after the title: "उपायुक्त
अनीता शर्मा", "پولیس افسر طارق محمود"): the two words after the last role word, a given name and a surname, where
neither is a role word nor a postposition.  A postposition is no role word either, though the role tables hold the
genitive that joins a role to its body ("किसानों के वकील"): "… ने जायजा लिया" or "… کا دورہ کیا" (visited) is no name.
A pronoun that opens a paragraph takes up the person named in the paragraphs before, as English "He said that …"
does (:func:`carried_speaker`), read in the paragraphs of the last 3,000 characters (:func:`text_before`): a
pronoun takes up someone just named, and a look back over the whole report from every paragraph grew with the
square of its length.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.uncased_cues import _HI_ROLES
from parallax.analyze.quotes.urdu import _UR_ROLES

_ROLES = {"hi": _HI_ROLES, "ur": _UR_ROLES}
# (a word of the script, no danda or full stop in it)
_WORDS = {"hi": re.compile(r"[\u0900-\u0963\u0966-\u097f]+"), "ur": re.compile(r"[\u0600-\u06d3\u06d5-\u06ff]+")}
_POSTPOSITIONS = {"hi": {"ने", "को", "से", "में", "का", "की", "के", "पर", "और"}, "ur": {"نے", "کو", "سے", "میں", "کا", "کی", "کے", "پر", "اور"}}


def titled_name_before(text: str, pos: int, lang: str) -> tuple[int, int] | None:
    """The span of the last "role word, given name, surname" in ``text`` before ``pos``, or None."""
    roles, stops = _ROLES.get(lang), _POSTPOSITIONS.get(lang, set())
    if roles is None:
        return None
    words = list(_WORDS[lang].finditer(text, 0, pos))
    found = None
    for i in range(len(words) - 2):
        role, given, surname = words[i : i + 3]
        if role.group() not in roles or role.group() in stops or {given.group(), surname.group()} & (roles | stops):
            continue
        if text[role.end() : given.start()].strip() or text[given.end() : surname.start()].strip():
            continue  # a danda or a comma between them: no name after the role
        found = (given.start(), surname.end())
    return found


def carried_speaker(before: str, said: tuple[int, int] | None, lang: str) -> tuple[int, int] | None:
    """The speaker a pronoun with no one named before it in its own paragraph takes up: in ``before`` (the report's
    text before that paragraph) the later of the last titled name and ``said``, the span of the last statement's
    speaker there, or None."""
    found = [n for n in (titled_name_before(before, len(before), lang), said) if n is not None]
    return max(found) if found else None


LOOK_BACK = 3000  # characters before a paragraph in which its opening pronoun's person is sought


def text_before(article, para) -> tuple[str, tuple[int, int] | None]:
    """The text of ``article`` before paragraph ``para`` (at most :data:`LOOK_BACK` characters of it) and the span
    there of the last speaker of a statement in it, or None."""
    lo = max(0, para.offset - LOOK_BACK)
    said = next(((q.speaker_start, q.speaker_end) for q in reversed(article.quotes) if q.speaker and q.speaker_start is not None and q.speaker_end), None)
    if said is not None and said[0] < lo:
        said = None
    return article.text[lo : para.offset], None if said is None else (said[0] - lo, said[1] - lo)

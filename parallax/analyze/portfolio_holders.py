"""The holder named after a Romance office and its portfolio: "l'assessore all'Interno Tomás Bellver", "le ministre
de l'Intérieur Tomás Bellver", "a secretária de Saúde Marta Queiroz" (QA rounds 32 and 58).

Italian, French, Spanish, Portuguese and Catalan papers write a minister or a councillor as the office, the small
words joining it to its portfolio, the portfolio and the name, with no comma.  The entity models read the portfolio
into the name ("Interno Tomás Bellver", tagged a miscellany) or the whole run as one body ("ministre de l'Intérieur
Tomás Bellver"), and the speaker then was "L'assessore", the portfolio and the name, or the whole run.

:func:`holder_cut` finds where the holder's name starts in such a span: after the office and its joiner (before the
span or opening it in lower case, the joiner perhaps elided: "all'", "dell'", "de l'", "d'"), the capitalised words
of the portfolio, then the given name: a given name of the lexicon, or, in a run of exactly three capitalised words
the model did not call a person, the second (one word of portfolio, a given name and a surname).  An elided article
before the office ("L'assessore") is no part of its word, here and in :func:`role_word`.
"""

from __future__ import annotations

import re

from parallax.analyze.body_heads import ROLES_OF_A_BODY
from parallax.analyze.names import FIRST_NAMES
from parallax.letters import LOWER

# the small words between an office and its portfolio or body: "secretária de Saúde", "ministro della Salute", "le
# secrétaire d'État aux Transports", "il ministro al Turismo"; elided before a vowel: "all'Interno", "dell'Economia"
PLAIN_OF = frozenset("de do da dos das di del della dello dei degli delle des du au aux al alla ai agli ao aos".split())
_ELIDED_OF = frozenset("dell' all' dall' nell' sull' d'".split())
_WORD = re.compile(r"[\w-]+'?")  # a word, with the apostrophe of an elision ("l'", "all'") kept on it
_ELISION = re.compile(r"^\w{1,4}'(?=\w)")  # the elided article or preposition before a word: "l'assessore"
# the lower-case words that open a span the model read from the office on ("ministre de l'", "ministro dell'")
_LOWER_LEAD = re.compile(rf"(?:[{LOWER}][\w-]*(?:['’]|\s+))+")
_REACH = 40  # characters before a span read for the office


def role_word(word: str) -> str:
    """``word`` in lower case, without the elided article before it: "L'assessore" -> "assessore"."""
    return _ELISION.sub("", word.lower().replace("’", "'"))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def office_before(words: list[str]) -> bool:
    """Whether lower-case ``words`` end with an office of a body and the small words joining it to a portfolio:
    "assessore all'", "ministre de l'", "ministro della", "(a) secretária municipal de" (an adjective may follow
    the office)."""
    end = len(words)
    if end >= 2 and words[-1] == "l'" and words[-2] in (*PLAIN_OF, "à", "a"):
        end -= 2  # "de l'Intérieur", "à l'Économie"
    elif end and (words[-1] in PLAIN_OF or words[-1] in _ELIDED_OF):
        end -= 1
    else:
        return False
    return any(w.removeprefix("ex-") in ROLES_OF_A_BODY for w in words[max(0, end - 2) : end])


def portfolio_before(text: str, pos: int) -> bool:
    """Whether the capitalised run at ``pos`` of ``text`` follows an office and its joiner (:func:`office_before`)."""
    return office_before(_words(text[max(0, pos - _REACH) : pos]))


def holder_cut(text: str, span: str, start: int, person: bool) -> int | None:
    """Where the holder's name starts in the entity ``span`` at ``start`` of ``text`` (see above), or None: it
    names no office's holder, or the model read it well.  ``person``: the model tagged the span a person."""
    lead = _LOWER_LEAD.match(span)
    lead_end = lead.end() if lead else 0
    if not office_before(_words(text[max(0, start - _REACH) : start] + span[:lead_end])):
        return None
    words = span[lead_end:].split(" ")
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    given = next((i for i in range(1, len(words) - 1) if words[i].lower() in FIRST_NAMES), None)
    if given is None and len(words) == 3 and not person:
        given = 1  # "Interno Tomás Bellver": a given name the lexicon lacks
    if given is None or any(w.lower() in FIRST_NAMES for w in words[:given]):
        return None  # "Pier Paolo Rossi" is one name
    return lead_end + len(" ".join(words[:given])) + 1

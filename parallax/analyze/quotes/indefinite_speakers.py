"""Someone new, described and not named, who spoke just before a pronoun's quotation, in a paragraph with no parse.

News prose brings in a witness with an indefinite description and a verb of saying, then quotes them with a pronoun:
"Een passagier vertelde aan het ANP dat hij vlammen zag komen. „Iedereen schreeuwde“, zei hij."  The pronoun is that
passenger, not the spokeswoman named two paragraphs up, whom the salience rules would otherwise reach back to (the
parser's languages find such a description as the subject of a clause, :meth:`.antecedents._Antecedents._group`;
without a parse nothing marked it).  The description must open its sentence with the language's indefinite article
and be followed by one of the language's verbs of saying, so a thing ("Een brand verwoestte ...") is never taken.
"""

from __future__ import annotations

import re
from functools import cache

from parallax.letters import LOWER, UPPER

# the indefinite article of a person's description, per language written without a parse
_INDEFINITE = {
    "nl": "Een", "de": "Ein|Eine", "es": "Un|Una", "it": "Un|Una|Uno|Un'", "pt": "Um|Uma",
    "sv": "En|Ett", "da": "En|Et", "no": "En|Ei|Et", "nb": "En|Ei|Et", "nn": "Ein|Ei|Eit",
}  # fmt: skip
_REACH = 400  # characters back from the pronoun: the sentence before, or the one before it


@cache
def _pattern(lang: str) -> re.Pattern | None:
    from parallax.analyze.quotes.lexical_reported import _LEXICAL_REPORTING

    if lang not in _INDEFINITE or lang not in _LEXICAL_REPORTING:
        return None
    verbs = _LEXICAL_REPORTING[lang][0]
    # (German writes its nouns with a capital: "Ein Augenzeuge", "Eine Sprecherin der Polizei")
    noun, more = (rf"[{UPPER}][\w-]+", r"[\w-]+") if lang == "de" else (rf"[{LOWER}][\w-]+", rf"[{LOWER}][\w-]+")
    return re.compile(
        rf"(?:(?<=[.!?][ \u00a0])|(?<=[.!?][\"”»“] )|(?<=\A)|(?<=\n))(?P<d>(?:{_INDEFINITE[lang]})\s{noun}"
        rf"(?:\s{more}){{0,2}}?)\s+(?:{verbs})\b"
    )


def indefinite_speaker(text: str, lang: str | None, para_start: int, pos: int, named_between: bool) -> tuple[int, int] | None:
    """The span of the last described newcomer who spoke in ``text[para_start:pos]`` (see the module docstring), or
    ``None``; ``named_between`` says a person was named after the paragraph's start, who comes first."""
    pat = _pattern((lang or "")[:2])
    if pat is None or named_between:
        return None
    last = None
    for m in pat.finditer(text, max(para_start, pos - _REACH), pos):
        last = m
    return last.span("d") if last else None

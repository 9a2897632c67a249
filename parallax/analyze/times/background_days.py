"""A day named in a past-perfect clause is background, not the day the account is on.

"A fire broke out at the mill on Thursday evening. ¶ The mill had been shut down on Monday after inspectors
found faulty wiring. ¶ Firefighters arrived at 6:40 p.m.": the bare clock time took the day the paragraph
before it named last, Monday, and met another outlet's Thursday 6:40 p.m. with a date conflict.  The press
tells what happened before the report's event in the past perfect ("had been shut down on Monday", "había
cerrado el lunes"); a chronological account tells its days in the simple past ("On Wednesday, the search
resumed. ¶ At 7 a.m., divers ..."), whose day a later clock time must keep.  So a day whose clause is in the
past perfect neither becomes the day carried to later paragraphs nor the day of a clock time after it in its
paragraph: the day named before it stays.  The clause is the one the day stands in; a day that opens its
sentence in a phrase of its own ("On Monday, the operator had been warned") is read with the clause after its
comma.  Languages with a past perfect of one auxiliary and a participle are listed; others keep the last day.
"""

from __future__ import annotations

import re
from datetime import date

from parallax.analyze.timelex import LEXICONS, Lexicon
from parallax.analyze.times.cues import _CLAUSE_BREAK, _sentence_bounds

_ADVERB = r"(?:[^\W\d_]+ly[ \u00a0]+|(?:already|also|not|never|just|then|since|previously|first|still|long)[ \u00a0]+)?"
# the past perfect: its auxiliary, an adverb at most, and a participle (a regular one, or one of the common
# irregular ones of news; "been" for the passive and "had been closed")
_PERFECT = {
    "en": re.compile(
        rf"(?<!\w)(?:had|'d)[ \u00a0]+{_ADVERB}(?:been|[^\W\d_]{{2,}}ed|made|done|gone|seen|taken|given|told|said|found|held|left|"
        r"shut|put|set|cut|hit|paid|sold|built|brought|bought|begun|broken|chosen|known|shown|won|lost|sent|spent|"
        r"struck|warned|led|met|kept|fallen|risen|written|become)(?!\w)",
        re.I,
    ),
    "es": re.compile(r"(?<!\w)(?:había|habían|habíamos)[ \u00a0]+(?:[^\W\d_]+(?:ado|ido|to|cho|so))(?!\w)", re.I),
    "pt": re.compile(r"(?<!\w)(?:tinha|tinham|havia|haviam)[ \u00a0]+(?:[^\W\d_]+(?:ado|ido|to|ito))(?!\w)", re.I),
    "it": re.compile(r"(?<!\w)(?:aveva|avevano|era|erano)[ \u00a0]+(?:già[ \u00a0]+)?(?:stat[oaie]|[^\W\d_]+(?:at|ut|it)[oaie])(?!\w)", re.I),
    "fr": re.compile(r"(?<!\w)(?:avait|avaient|était|étaient)[ \u00a0]+(?:déjà[ \u00a0]+)?(?:été|[^\W\d_]+(?:é|ée|és|ées|i|is|it|u))(?!\w)", re.I),
}


# the capitalised word that ends the text before a conjunction: "Cork" of "Cork and Kerry"
_CAPITAL_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_a-zß-ÿ][^\W\d_]*\Z")


def _names_joined(text: str, brk: re.Match) -> bool:
    """Whether a conjunction break stands between two capitalised words, joining names ("Cork and Kerry", "Smith y
    Pérez"), not clauses; a comma or a semicolon always breaks."""
    after = text[brk.end() : brk.end() + 1]
    return brk.group().strip().isalpha() and after.isupper() and bool(_CAPITAL_BEFORE.search(text, max(0, brk.start() - 30), brk.start()))


def _pattern(lex: Lexicon) -> re.Pattern | None:
    return next((p for code, p in _PERFECT.items() if LEXICONS.get(code) is lex), None)


def in_background(lex: Lexicon, text: str, s: int, e: int) -> bool:
    """Whether the day at ``text[s:e]`` stands in a past-perfect clause (see the module)."""
    perfect = _pattern(lex)
    if perfect is None:
        return False
    lo, hi = _sentence_bounds(text, s, e)
    # (a conjunction between two capitalised words joins names, not clauses: "a warning for Cork and Kerry on Monday")
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, lo, s) if not _names_joined(text, b)]
    start = breaks[-1] if breaks else lo
    after = _CLAUSE_BREAK.search(text, e, hi)
    end = after.start() if after else hi
    if after and not breaks and after.group() == "," and len(text[lo:s].split()) <= 2 and not text[e:end].strip():
        following = _CLAUSE_BREAK.search(text, after.end(), hi)  # "On Monday, | the operator had been warned."
        end = following.start() if following else hi
    return bool(perfect.search(text, start, end))


_RECENT = 7  # days before the publication within which a report's own account falls (a weekday names one of them)


def far_back(value: str, ref: date | None) -> bool:
    """Whether the background day ``value`` lies more than a week before the publication ``ref``.  A background day
    of the report's week ("The mill had been shut on Wednesday") may still be the only day a later bare clock time
    can take; one further back ("On March 3 the company had warned of delays") is history, and carried to "at
    2.40pm" two paragraphs down it dated the report's event months before it: such a day is carried nowhere."""
    return ref is not None and (ref - date.fromisoformat(value[:10])).days > _RECENT

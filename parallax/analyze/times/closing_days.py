"""A market's close on a weekday is past, whatever the tense of its sentence.

"Corvane will pay 310 pence a share, a premium of 42% to Andes Copper's closing price on Friday": the
sentence looks ahead ("will pay"), so its weekday read as the coming Friday, a week after the one the other
report named ("a 24% premium to Friday's closing price"), and the two showed a date conflict.  A price is
quoted at a close that has happened: a weekday right after the words of a close ("closing price on", "close
of trading on", "last traded on") is the last such day; a bare "closed on" is no market's close ("Schools remain
closed on Friday" is a state that lasts into the coming Friday).  English only: the phrase
is the English press's; other languages write it their own ways and keep their tense rules.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import LEXICONS, Lexicon

_CLOSE_BEFORE = {
    "en": re.compile(
        r"(?<!\w)(?:clos(?:e|ed|ing)[ \u00a0](?:price|level|value|share[ \u00a0]price)|close[ \u00a0]of[ \u00a0](?:trading|business)"
        r"|last[ \u00a0]traded|settled|unaffected[ \u00a0](?:share[ \u00a0])?price)[ \u00a0](?:on|as[ \u00a0]of)[ \u00a0]\Z",
        re.I,
    ),
}


def after_a_close(lex: Lexicon, text: str, start: int) -> bool:
    """Whether the weekday at ``text[start:]``, read with ``lex``, follows the words of a market's close (see the module)."""
    pattern = next((p for code, p in _CLOSE_BEFORE.items() if LEXICONS.get(code) is lex), None)
    return bool(pattern and pattern.search(text, max(0, start - 40), start))

"""A bare role after the cue with what it is of, in a Slavic language: '"…," je povedala predsednica vlade.'

Languages without articles name a speaker by role alone, and say what the role is of with a bare genitive or a
preposition after it ("predsednica vlade", the prime minister; "minister za finance"; "глава региона";
"rzecznik policji"; a body by its acronym, "глава МИД", "rzecznik MSZ"), where the Romance and Germanic languages write an article and "of" (the pattern of
:mod:`.lexical_cues` for '«…», disse o porta-voz da polícia').  A role of the titles' lexicon and up to three
words in lower case, or an acronym, with a country in the genitive or not ("глава МИД России"), closing the clause are the speaker; a name after them is read by the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.quotes.acronym_bodies import COUNTRY_GENITIVE
from parallax.analyze.titles import TITLE_WORDS
from parallax.letters import LOWER, UPPER

# the Slavic languages, which have no articles (Bulgarian and Macedonian suffix one, so their roles are definite)
LANGS = frozenset({"sl", "hr", "bs", "sr", "cs", "sk", "pl", "ru", "uk"})


# a country in the Russian or Ukrainian genitive closing the role ("глава МИД России", "министр обороны Армении",
# "посол Турции", "речник МЗС України"), where a surname in the nominative names the person ("министр обороны Петров",
# "представитель МИД Захарова": those endings are kept out, :data:`.acronym_bodies.COUNTRY_GENITIVE`)
_COUNTRY_OF = rf"\s{COUNTRY_GENITIVE.pattern}(?!\w)"


@lru_cache(maxsize=32)
def _pattern(cues: str) -> re.Pattern[str]:
    return re.compile(
        rf"\W{{0,3}}\s*+(?:[—–-]\s*+)?(?P<cue>{cues})\s++(?P<spk>[{LOWER}][\w-]{{2,}}"
        rf"(?:(?:\s[{LOWER}][\w-]*){{1,3}}?|(?:\s[{LOWER}][\w-]*){{0,2}}?\s[{UPPER}]{{2,6}}(?:{_COUNTRY_OF})?"
        rf"|(?:\s[{LOWER}][\w-]*){{0,2}}?{_COUNTRY_OF}(?:{_COUNTRY_OF})?))"  # (a body, then its country: "глава Минздрава России")
        r"\s?(?:[.,;!?]|\Z)"
    )


def bare_role_after(after: str, cues: str, lang: str) -> tuple[int, int, str] | None:
    """(start, end) in ``after`` (the text after the quotation) of a bare role and what it is of closing the
    clause after the cue, and the cue's words; None where the language has articles or the words are no role."""
    if lang not in LANGS or not (m := _pattern(cues).match(after)):
        return None
    if m.group("spk").split()[0].lower() not in TITLE_WORDS:
        return None
    return m.start("spk"), m.end("spk"), " ".join(m.group("cue").split())

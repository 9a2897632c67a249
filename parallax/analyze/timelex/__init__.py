"""Per-language lexicons and patterns for temporal expressions.

A :class:`Lexicon` (in :mod:`.base`) holds the words of one language (months, weekdays, relative
days, units, "last"/"next" words, number words); :func:`_rules` builds the ordered regular
expressions from them.  Patterns are linear (no nested quantifiers) so they are safe on untrusted
text.

Each language has its own module here (``en.py``, ``de.py``, ... ``fa.py``; ``id.py`` serves
Indonesian and Malay; ``no.py`` Norwegian, Bokmål and Nynorsk alike; ``nordic.py`` holds the
weekday forms Swedish, Danish and Norwegian share; ``sh.py`` Croatian, Bosnian and Serbian) holding just
its ``Lexicon`` and the private tables it is built from.

Adding a language means two things:

1. one module, ``xx.py`` for ISO 639-1 code ``xx``, that defines ``XX = Lexicon(...)`` (import
   :class:`Lexicon` and the helpers ``_units``/``_alt`` from :mod:`.base`); set ``past_cues`` and
   ``future_cues`` so that a bare weekday or month looks back or ahead as the sentence does;
2. one registry line: import ``XX`` below and add ``"xx": XX`` to :data:`LEXICONS`.

The rules are compiled for every registered lexicon when this package is imported.
"""

from __future__ import annotations

from parallax.analyze.timelex.af import AF
from parallax.analyze.timelex.am import AM
from parallax.analyze.timelex.ar import AR
from parallax.analyze.timelex.base import Lexicon, Rule, _alt, _rules, _units
from parallax.analyze.timelex.bg import BG
from parallax.analyze.timelex.bn import BN
from parallax.analyze.timelex.ca import CA
from parallax.analyze.timelex.cs import CS
from parallax.analyze.timelex.da import DA
from parallax.analyze.timelex.de import DE
from parallax.analyze.timelex.el import EL
from parallax.analyze.timelex.en import EN
from parallax.analyze.timelex.es import ES
from parallax.analyze.timelex.et import ET
from parallax.analyze.timelex.fa import FA
from parallax.analyze.timelex.fi import FI
from parallax.analyze.timelex.fr import FR
from parallax.analyze.timelex.ha import HA
from parallax.analyze.timelex.he import HE
from parallax.analyze.timelex.hi import HI
from parallax.analyze.timelex.hu import HU
from parallax.analyze.timelex.id import ID, MS
from parallax.analyze.timelex.it import IT
from parallax.analyze.timelex.ja import JA
from parallax.analyze.timelex.ko import KO
from parallax.analyze.timelex.lt import LT
from parallax.analyze.timelex.lv import LV
from parallax.analyze.timelex.nl import NL
from parallax.analyze.timelex.no import NO
from parallax.analyze.timelex.pl import PL
from parallax.analyze.timelex.pt import PT
from parallax.analyze.timelex.ro import RO
from parallax.analyze.timelex.ru import RU
from parallax.analyze.timelex.sh import SH
from parallax.analyze.timelex.sk import SK
from parallax.analyze.timelex.sl import SL
from parallax.analyze.timelex.spelled import spelled_numbers
from parallax.analyze.timelex.sv import SV
from parallax.analyze.timelex.sw import SW
from parallax.analyze.timelex.ta import TA
from parallax.analyze.timelex.th import TH
from parallax.analyze.timelex.tl import TL
from parallax.analyze.timelex.tr import TR
from parallax.analyze.timelex.uk import UK
from parallax.analyze.timelex.ur import UR
from parallax.analyze.timelex.vi import VI
from parallax.analyze.timelex.yo import YO
from parallax.analyze.timelex.zh import ZH
from parallax.sounds import script

__all__ = ["LEXICONS", "Lexicon", "Rule", "_alt", "_rules", "_units", "month_words"]

LEXICONS: dict[str, Lexicon] = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT, "nl": NL, "ru": RU, "uk": UK, "pl": PL, "ro": RO, "id": ID, "ms": MS, "tr": TR, "el": EL, "hi": HI, "fa": FA, "ko": KO, "zh": ZH, "ja": JA, "ar": AR, "vi": VI, "cs": CS, "hu": HU, "fi": FI, "bg": BG, "he": HE, "th": TH, "ca": CA, "et": ET}
# Swedish, Danish and Norwegian; Bokmål and Nynorsk records ("nb", "nn") read as Norwegian
LEXICONS |= {"sv": SV, "da": DA, "no": NO, "nb": NO, "nn": NO}
# Slovak, Slovenian, and one lexicon for Croatian, Bosnian and Serbian (both scripts: sh.py)
LEXICONS |= {"sk": SK, "sl": SL, "hr": SH, "bs": SH, "sr": SH}
# Lithuanian and Latvian
LEXICONS |= {"lt": LT, "lv": LV}
# Urdu, Bengali and Tamil, after Hindi
LEXICONS |= {"ur": UR, "bn": BN, "ta": TA}
# Swahili and Tagalog (Filipino records, "fil", read as Tagalog)
LEXICONS |= {"sw": SW, "tl": TL, "fil": TL}
# Afrikaans, after Dutch; Hausa, Yoruba and Amharic (qa58c)
LEXICONS |= {"af": AF, "ha": HA, "yo": YO, "am": AM}
# a duration may open with any number word from thirteen to ninety-nine the count tables write ("ventidue
# anni", "twenty-two years", "zweiundzwanzig Jahre"), not only the ones to twelve a lexicon lists by hand (those
# it chose with care: Russian "двое часовых" is two sentries, no two-hour span); not where words run together with no spaces, nor in Vietnamese, whose number syllables are
# mostly other words ("năm" is also "year")
for _code, _lex in LEXICONS.items():
    if not (_lex.no_spaces or _lex.unspaced) and _code != "vi":
        _lex.numbers = {**{w: v for w, v in spelled_numbers(_code).items() if v >= 13}, **_lex.numbers}
for _lex in LEXICONS.values():
    _lex.rules = _rules(_lex)


# the scripts that abbreviate a month's name ("Sept.", "нояб.", "Σεπτ."); Arabic, Hebrew and the Asian
# scripts write months in full: "كانون" cut to "كان" would be "was"
_ABBREVIATING_SCRIPTS = ("latin", "cyrillic", "greek")
# the abbreviations of four letters in use (the others are three: "Jan.", "déc.", "янв.")
_LONG_ABBREVIATIONS = {"sept", "sett", "janv", "févr", "fevr", "juil", "сент", "нояб", "февр"}


def month_words(language: str) -> frozenset[str]:
    """The words that name a month in ``language`` (a key of :data:`LEXICONS`), lower case: its
    lexicon's month names and, where its script and press abbreviate them, their standard abbreviations
    (the first three letters, and the four-letter ones in use: "sept", "нояб").

    The one list of month words for every reader that must tell a month from another word: a number
    before one is a day, not a count (:mod:`parallax.analyze.quantities.dates`), and a wire dateline's
    date names one (:func:`parallax.ingest.datelines.split_dateline`)."""
    names = {m.lower() for m in LEXICONS[language].months}
    if script(language) not in _ABBREVIATING_SCRIPTS or not LEXICONS[language].abbreviated_months:
        return frozenset(names)
    return frozenset(names | {m[:3] for m in names if len(m) > 3} | {m[:4] for m in names if m[:4] in _LONG_ABBREVIATIONS})

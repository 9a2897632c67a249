"""Number words, per language: every count from two to ninety-nine as news writes it out, and the
hundreds, thousands and scales above.

Reports of one event often give one count in figures and another in words ("23 personas" /
"Diecisiete personas", "dua belas orang" / "12 orang"), so a number conflict is only found when
the words are read as numbers.  A language's words are read only in that language: Indonesian
"dua" or Turkish "bin" mean something else in an English text.

Each family module builds its languages' tables by its own rule for compounds and registers them
in :data:`LANGUAGES` (one :class:`NumberWords` each); the flat tables below are views of it.
Chinese, Japanese and Korean write their numbers differently (figures and characters, grouped by
ten thousand): :mod:`.cjk`.  Thai writes no spaces between words: :mod:`.unspaced` reads its
number words before a counter.  Vietnamese number syllables are mostly other words too ("năm" is also
"year"): :mod:`.vietnamese` reads them only before a counted noun.
"""

from __future__ import annotations

from dataclasses import replace

from parallax.analyze.numwords import (
    arabic,
    baltic,
    bengali,
    bulgarian,
    catalan,
    cjk,
    czech,
    dozens,
    european,
    finnish,
    hausa_yoruba,
    hebrew,
    hellenic_turkic,
    hungarian,
    indic,
    malay,
    slavic,
    slovak,
    south_slavic,
    swahili_tagalog,
    thai,
    unspaced,
    vietnamese,
)
from parallax.analyze.numwords.base import ABOUT, HUNDRED, THOUSAND, NumberWords, compound_value
from parallax.analyze.numwords.open_counts import OPEN_COUNTS

LANGUAGES: dict[str, NumberWords] = {
    **european.LANGUAGES,
    **slavic.LANGUAGES,
    **hellenic_turkic.LANGUAGES,
    **malay.LANGUAGES,
    **indic.LANGUAGES,
    **bengali.LANGUAGES,  # Bengali: its words, scales and glued counters
    **arabic.LANGUAGES,
    **vietnamese.LANGUAGES,
    **czech.LANGUAGES,
    **bulgarian.LANGUAGES,
    **finnish.LANGUAGES,
    **hungarian.LANGUAGES,
    **hebrew.LANGUAGES,
    **thai.LANGUAGES,
    **slovak.LANGUAGES,  # Slovak
    **south_slavic.LANGUAGES,  # Croatian, Bosnian, Serbian (both scripts), Slovenian
    **baltic.LANGUAGES,  # Lithuanian, Latvian, Estonian
    **catalan.LANGUAGES,
    **swahili_tagalog.LANGUAGES,  # Swahili, Tagalog
    **hausa_yoruba.LANGUAGES,  # Hausa, Yoruba
    "ko": NumberWords(words=cjk.KOREAN_WORDS),
}
# "a dozen" where the press writes it without an article or a language's own tables leave it out (:mod:`.dozens`)
# and "dozens", "des dizaines": at least two of the unit, read as number words (:mod:`.open_counts`, the floor in
# :func:`parallax.analyze.quantities.values.approximate_range`)
LANGUAGES = {
    lang: replace(nw, collectives=nw.collectives | dozens.dozens(lang) | {w: (n, ABOUT) for w, n in OPEN_COUNTS.get(lang, {}).items()})
    for lang, nw in LANGUAGES.items()
}

WORDS_BY_LANGUAGE: dict[str, dict[str, float]] = {lang: nw.words for lang, nw in LANGUAGES.items()}
MULTIPLIERS: dict[str, dict[str, int]] = {lang: nw.multipliers for lang, nw in LANGUAGES.items() if nw.multipliers}
HUNDREDS: dict[str, dict[str, int]] = {lang: nw.hundreds for lang, nw in LANGUAGES.items() if nw.hundreds}
COLLECTIVES: dict[str, dict[str, tuple[int, float]]] = {lang: nw.collectives for lang, nw in LANGUAGES.items() if nw.collectives}
PLURAL_THOUSANDS = frozenset().union(*(nw.plural_thousands for nw in LANGUAGES.values()))
# languages written without spaces between words, and the reader of their numbers in words (Thai)
UNSPACED: dict[str, unspaced.Reader] = {lang: unspaced.Reader(nw) for lang, nw in LANGUAGES.items() if nw.unspaced}

__all__ = ["ABOUT", "COLLECTIVES", "HUNDRED", "HUNDREDS", "LANGUAGES", "MULTIPLIERS", "PLURAL_THOUSANDS", "THOUSAND", "UNSPACED", "WORDS_BY_LANGUAGE",
           "NumberWords", "cjk", "compound_value"]  # fmt: skip

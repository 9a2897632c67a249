"""A time that dates a count or a status ("as of Thursday"), not the event the sentence tells.

"Hingga Kamis sore, 12 orang tewas" (as of Thursday afternoon, 12 people had died) gives the moment a toll was
counted; another outlet's "the quake struck on Wednesday" gives the quake's.  News writes a running count or a
state this way in every language: "as of Thursday", "by Thursday evening, 12 had died", "bis Donnerstagabend wurden
zwölf Tote gezählt", "le bilan, à jeudi soir, est de 12 morts", "hasta el jueves por la tarde", "по состоянию на
четверг", "截至19日晚", "19日夕方時点で", "Perşembe akşamı itibarıyla".  Such a time is no date of the event, so a
comparison leaves it out as it does the day figures were released (:mod:`.reporting_times`).

Two kinds of words mark it.  Some say "as of" and nothing else ("as of", "per", "Stand", "по состоянию на",
"截至", "時点で"): the time they mark is always a count's or a state's.  Others are also "until" or "by" ("by",
"hingga", "bis", "jusqu'à", "hasta", "до"), which end a span as well ("the road stays closed until Friday"), so the
time they mark counts as a count's only where the sentence gives a count: a figure outside the time itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.records import Article, TimeExpression

_S = r"[ \u00a0]+"
# words before the time that say "as of" only
_AS_OF = {
    "en": r"as of|as at",
    "id": r"per|hingga\s+berita\s+ini\s+diturunkan\s+pada",
    "ms": r"setakat",
    "de": r"Stand|mit\s+Stand",
    "fr": r"en\s+date\s+de|en\s+date\s+du",
    "es": r"con\s+corte\s+(?:a|al)|a\s+fecha\s+de",
    "pt": r"com\s+dados\s+de",
    "nl": r"per|stand",
    "ru": r"по\s+состоянию\s+на",
    "uk": r"станом\s+на",
    "pl": r"według\s+stanu\s+na|wg\s+stanu\s+na|na\s+stan\s+z",
    "cs": r"ke\s+stavu\s+k",
    "zh": r"截至|截止",
}
# words before the time that are also "until" or "by": a count's time only beside a count
_UNTIL = {
    "en": r"by|until|till|up\s+to",
    "id": r"hingga|sampai|sampai\s+dengan",
    "ms": r"hingga|sehingga|sampai",
    "de": r"bis|bis\s+zum|bis\s+am",
    "fr": r"à|jusqu['’]à|jusqu['’]au",
    "es": r"hasta|hasta\s+el",
    "pt": r"até",
    "it": r"fino\s+a|fino\s+al|sino\s+a",
    "nl": r"tot|tot\s+en\s+met",
    "ru": r"к|до",
    "uk": r"до",
    "pl": r"do",
    "cs": r"do|k",
    "ar": r"حتى|لغاية",
    "ro": r"până\s+(?:la|în)",
}
# words after the time that say "as of" (Turkish, Japanese, Korean), always a count's or a state's time
_AS_OF_AFTER = {
    "tr": r"[^\W\d_]{0,4}(?:\s+[^\W\d_]+)?\s+itibar[ıi]y(?:la|le)",  # "Perşembe (akşamı) itibarıyla"
    "ja": r"(?:朝|昼|夕方|夜|午前|午後|未明|深夜)?(?:時点|現在)",  # "19日夕方時点で"
    "ko": r"(?:\s?(?:오전|오후|저녁|밤|새벽))?\s?(?:기준|현재)",  # "19일 오후 기준"
}

# the words English puts between "by", "until" or "as of" and the time of a count: an article, a part of the day
_BETWEEN_EN = r"the|this|late|early|mid|midday|noon|midnight"


@lru_cache(maxsize=64)
def _patterns(lang: str) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    def before(words: str | None) -> re.Pattern | None:
        if words is None:
            return None
        gap = "" if lang in ("zh", "ja") else _S  # "截至19日晚": no space in an unspaced script
        # ... and at most one short word between: an article or a part of the day ("by the", "на вечер четверга"); in
        # English only those, for "by" before any other word is the agent's ("approved by MPs Thursday", "by police")
        between = _BETWEEN_EN if lang == "en" else r"[^\W\d_]{1,6}"
        return re.compile(rf"(?<!\w)(?:{words.replace(' ', _S)}){gap}(?:(?:{between})\s+)?\Z", re.I)

    # (matched at the time's end)
    after = re.compile(rf"(?:{_AS_OF_AFTER[lang]})", re.I) if lang in _AS_OF_AFTER else None
    return before(_AS_OF.get(lang)), before(_UNTIL.get(lang)), after


def _counts_beside(art: Article, t: TimeExpression) -> bool:
    """Whether the sentence of ``t`` gives a count: a figure outside the time."""
    sentence = next((s for s in art.sentences if s.start <= t.start < s.end), None)
    if sentence is None:
        return False
    return any(
        sentence.start <= q.start < sentence.end and not (t.start <= q.start < t.end) and q.value is not None for q in art.quantities
    )


def dates_a_count(art: Article, t: TimeExpression) -> bool:
    """Whether the time ``t`` of ``art`` dates a count or a status ("as of Thursday"), not the event."""
    lang = (art.language or "en").split("-")[0].lower()
    as_of, until, after = _patterns(lang)
    head = art.text[max(0, t.start - 40) : t.start]
    if as_of is not None and as_of.search(head) or after is not None and after.match(art.text, t.end, t.end + 20):
        return True
    if until is None or not until.search(head):
        return False
    if lang == "fr" and head.rstrip().endswith("à") and re.search(r"\d", t.text):
        return False  # "à 15 heures" is the time something happened
    return _counts_beside(art, t)

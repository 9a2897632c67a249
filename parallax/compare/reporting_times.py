"""A date that says when something was reported, not when it happened.

"The bridge collapsed, killing seven, the fire service said on Thursday" dates the fire service's statement;
"the bridge collapsed on Wednesday" in another outlet dates the collapse, and the two do not disagree.  The same
in every language: "повідомили в четвер у ДСНС", "сообщили в среду в МЧС", "δήλωσε την Πέμπτη", "zei donderdag".
A date is the report's when a verb of saying (:data:`parallax.analyze.quotes.cue_lexicon.LEXICAL_CUES`) stands
right next to it, with at most two short words between (a preposition, an article: "said on", "δήλωσε την"), and
no comma or word that opens the reported clause ("said that on Wednesday the bridge ...": the collapse's date).

A report written a day later quotes a later statement, so the days two sources spoke are compared only between
reports published on one day (:func:`one_day`: there it can only be one statement, dated two ways).  The day
figures were released ("according to official results published on Monday", English) dates no event at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.quotes.arabic_script import _AR_CUE
from parallax.analyze.quotes.cue_lexicon import DE_SEPARABLE, LEXICAL_CUES
from parallax.analyze.times.written import report_day
from parallax.compare.told_days import VERB_LAST_LANGS, told_with_local_verb
from parallax.records import Article, TimeExpression

# the words that open a reported clause, which the date then belongs to ("said that on Wednesday ...")
_THAT = frozenset("that que che dass dat что що ότι πως że că att at hogy že da kad ka et että".split())
_SHORT = r"[^\W\d_]{1,4}"  # a preposition or an article between the verb and the date
_REACH = 60


# verbs of making known that no quotation hangs on, yet that date the telling as "said" does ("athletics chiefs
# confirmed yesterday", "the company announced on Monday")
_ANNOUNCED = {"en": r"confirmed|announced|revealed|disclosed|reported"}


@lru_cache(maxsize=64)
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    cues = LEXICAL_CUES.get(lang, LEXICAL_CUES["en"]) + (f"|{_ANNOUNCED[lang]}" if lang in _ANNOUNCED else "")
    before = re.compile(rf"(?<![\w])(?:{cues})(?P<between>(?:[ \u00a0]+{_SHORT}){{0,2}})[ \u00a0]+\Z", re.I)
    after = re.compile(rf"\A(?P<between>(?:[ \u00a0]+{_SHORT})?)[ \u00a0]+(?:{cues})(?![\w])", re.I)
    return before, after


_RELEASE = re.compile(r"according\s+to\s[^,.;]{0,50}?\b(?:published|released|issued|announced)\s+(?:on\s+)?\Z", re.I)
# the same day in languages that say it with a participle right before it, "according to" or not: Russian "по данным
# избиркома, опубликованным 13 марта", Ukrainian "за даними, оприлюдненими в п'ятницю", Indonesian "data yang dirilis
# pada Jumat" (a report or result published on a day dates its publication, no event)
_RELEASED_BEFORE = {
    "ru": r"(?<!\w)(?:опубликованн|обнародованн|распространённ|распространенн)\w*(?:\s+(?:в|во))?\s+\Z",
    "uk": r"(?<!\w)(?:опублікован|оприлюднен|поширен)\w*(?:\s+(?:в|у))?\s+\Z",
    "id": r"(?<!\w)yang\s+(?:dirilis|diumumkan|dipublikasikan|diterbitkan)(?:\s+pada)?\s+\Z",
}


def dates_a_release(art: Article, t: TimeExpression) -> bool:
    """Whether the time ``t`` of ``art`` is the day the figures a clause cites were released."""
    lang = (art.language or "en")[:2]
    if lang == "en":
        return bool(_RELEASE.search(art.text, max(0, t.start - 80), t.start))
    before = _RELEASED_BEFORE.get(lang)
    return before is not None and re.search(before, art.text[max(0, t.start - 40) : t.start], re.I) is not None


def one_day(a: Article, b: Article) -> bool:
    """Whether two reports were written on one (local) day, the day a wire dateline prints or else the publication
    day (:func:`parallax.analyze.times.written.report_day`: "WASHINGTON, Nov. 19 (Reuters) -" on a page out on the
    20th is of the 19th); unknown counts as one."""
    day_a, day_b = report_day(a), report_day(b)
    return day_a is None or day_b is None or day_a == day_b


# (session 42) a German verb split around the date: its finite part before it, its particle closing the clause after
# it ("Die Polizei teilte am Montag mit, ...", "gab am Sonntag bekannt, dass ..."), the time the telling's
_DE_SPLIT = tuple(
    (
        re.compile(rf"(?<!\w)(?:{finite})(?:[ \u00a0]+{_SHORT}){{0,2}}[ \u00a0]+\Z", re.I),
        re.compile(
            rf"\A(?:[ \u00a0]+[^\s.,;:!?\"“”„«»]+){{0,3}}?[ \u00a0]+{particle}(?:[ \u00a0]*[.,;:!?\"“”«»„]|\Z|[ \u00a0]+dass(?!\w))"
        ),
    )
    for finite, particle in DE_SEPARABLE.items()
)


# (QA round 59) Arabic puts the verb first and its subject between it and the day: "وفق ما أفاد مسؤول في الدفاع المدني
# يوم الجمعة" (as an official of the civil defence reported on Friday), "قال الدفاع المدني يوم الجمعة إن ..." (the
# civil defence said on Friday that ...): up to five words between, none of them the "that" a reported clause opens with
_AR_THAT = r"(?:إن|أن|بأن|إنه|أنه|إنها|أنها|ان|انه)"
_AR_TOLD_BEFORE = re.compile(rf"(?<!\S)[وف]?(?:{_AR_CUE}|أفاد|أفادت|أفادوا)(?:\s+(?!{_AR_THAT}(?!\S))[^\s،,.:؛;«»\"“”!?؟]+){{0,5}}\s+\Z")


def dates_the_report(art: Article, t: TimeExpression) -> bool:
    """Whether the time ``t`` of ``art`` is when something was said, by a verb of saying next to it."""
    lang = (art.language or "en").split("-")[0].lower()
    before, after = _patterns(lang)
    text = art.text
    if lang == "ar" and _AR_TOLD_BEFORE.search(text[max(0, t.start - 90) : t.start]):
        return True
    if lang in VERB_LAST_LANGS and told_with_local_verb(art, t):
        return True
    if lang == "de" and any(
        b.search(text[max(0, t.start - _REACH) : t.start]) and a.match(text[t.end : t.end + _REACH]) for b, a in _DE_SPLIT
    ):
        return True
    for m in (before.search(text[max(0, t.start - _REACH) : t.start]), after.match(text[t.end : t.end + _REACH])):
        if m and not _THAT & set(m.group("between").lower().split()):
            return True
    return False


_TELLER_LABELS = frozenset({"PERSON", "PER", "ORG", "NORP", "GPE"})


def teller(art: Article, t: TimeExpression) -> str | None:
    """Who made the statement a time dates (:func:`dates_the_report`): the name that ends right before its verb of
    saying ("the Consumer Product Safety Commission said on Thursday", "Brightway announced on Wednesday"), as the
    entity layer gives it; None where no name stands there ("officials said on Monday")."""
    before, _ = _patterns((art.language or "en").split("-")[0].lower())
    lo = max(0, t.start - _REACH)
    m = before.search(art.text[lo : t.start])
    if m is None or _THAT & set(m.group("between").lower().split()):
        return None
    verb = lo + m.start()
    for e in art.entities:
        if e.label in _TELLER_LABELS and e.end <= verb and not art.text[e.end : verb].strip():
            return e.canonical or e.text
    return None

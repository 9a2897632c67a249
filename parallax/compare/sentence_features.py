"""What alignment reads of a sentence: the words, names and anchors two sentences are scored on.

:func:`sentence_infos` gives each sentence of an article its :class:`SentenceInfo`: its content words
(:func:`content_words`, less the figures' own words), the canonical names of its entities, its anchors
(resolved dates, numbers, scores and the quotations it shares), what its counts count
("people/injured") and the kinds of its figures (:func:`measure_of`).  :mod:`.align` scores pairs of
them; this module was split off it to keep it short, and every name is still importable from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parallax.analyze.greek_names import greek_nominative
from parallax.analyze.name_forms import polish_nominative
from parallax.analyze.quantities import TALLY, tally_pair
from parallax.compare.count_nouns import counted as counted_as
from parallax.compare.forecast_figures import forecasts_apart, sentence_forecast
from parallax.compare.roles import role
from parallax.compare.vote_sides import failed, vote_keys
from parallax.compare.word_keys import word_keys
from parallax.letters import WORD, fold
from parallax.records import Article
from parallax.serbian_script import latin_form, serbian_cyrillic

_STOP = set(
    "the a an and or but of to in on at for with by from as is are was were be been being that this these those it its "
    "their his her they he she we our you your has have had will would can could should may might also than then there "
    "which who whom whose what when where while after before about into over under more most other such some any all "
    "not no said says der die das und oder ein eine den dem des ist sind war le la les un une des et ou est sont du de "
    "el los las y en que por para".split()
)


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(WORD, text.lower()) if len(w) > 2 and w not in _STOP}


@dataclass
class SentenceInfo:
    article: int
    index: int
    text: str
    words: set[str]
    entities: set[str]
    anchors: set[str]  # resolved dates, numbers and quote ids
    counted: set[str] = field(default_factory=set)  # "noun/role" of its casualty-like counts ("people/injured")
    measures: set[str] = field(default_factory=set)  # the kinds of its figures that say what they measure: "%", "money", "result"
    peoples: set[str] = field(default_factory=set)  # the nationalities of the persons it tells of ("australian", "british")
    purposes: set[str] = field(default_factory=set)  # what its sums are for ("profit", "revenue"; "" for a sum with none named)
    form: str = ""  # the text as it is compared (and embedded), where not ``text``: Serbian Cyrillic in Latin letters
    keys: set[str] = field(default_factory=set)  # an English sentence's words by their keys (:mod:`.word_keys`); empty in other languages
    lengths: set[str] = field(default_factory=set)  # the durations it gives ("PT5H"): across languages, a figure they share
    forecast: bool | None = None  # whether its figures are all forecast, or all stated (:mod:`.forecast_figures`)

    @property
    def compared(self) -> str:
        return self.form or self.text


def _name_of(art: Article, e, serbian: bool = False) -> str:
    """An entity's name to meet another report's by: its canonical form, a Polish or Greek person's in the nominative,
    a Serbian one printed in Cyrillic in Latin letters ("Вучић" is "Vučić")."""
    name = latin_form(e.canonical or e.text, serbian)
    if e.label not in ("PERSON", "PER"):
        return name
    lang = (art.language or "")[:2]
    return polish_nominative(name) if lang == "pl" else greek_nominative(name) if lang == "el" else name


def sentence_infos(articles: list[Article], quote_ids: dict[tuple[int, int], str]) -> list[list[SentenceInfo]]:
    """Per article, the features of each sentence used for alignment.

    A Serbian report printed in Cyrillic is read in Latin letters (:func:`latin_form`): the two scripts map one to
    one and outlets print either, so two reports of one event in the two scripts would otherwise share no word or
    name and meet on meaning alone, which e5 places lower across scripts than within one."""
    from parallax.compare.money_links import purpose  # (here: money_links reads durations, which read this module's words)

    out = []
    for ai, art in enumerate(articles):
        infos = []
        serbian = serbian_cyrillic(art.text, art.language)
        english = (art.language or "")[:2] == "en"
        for si, s in enumerate(art.sentences):
            text = latin_form(s.text, serbian)
            ents = {_name_of(art, e, serbian).lower() for e in art.entities if s.start <= e.start < s.end}
            anchors = {
                t.value for t in art.times if s.start <= t.start < s.end and t.value and t.granularity not in ("duration", "ref", "set")
            }
            counts = [q for q in art.quantities if s.start <= q.start < s.end and q.value is not None]
            anchors |= {f"n:{q.value:g}" for q in counts}
            tallies = [(q, p) for q in art.quantities if s.start <= q.start < s.end and q.unit == TALLY and (p := tally_pair(q.text))]
            # a score is one anchor; a chamber's vote is its counts, so that a report with one side wrong ("241 in favour
            # and 89 against" / "241 … and 98 against") still meets the other as its two counts did before they were read
            # as one vote (two counts each above nine say more than a match's 1-0)
            anchors |= {f"t:{p}" for _, p in tallies if min(p) <= 9} | {f"n:{n:g}" for _, p in tallies if min(p) > 9 for n in p}
            # what a figure counts and what happened to it: "14 people injured" and "19 people injured" state one
            # fact, whose count differs (a bare "212 people" on a train says too little to join it)
            counted = {f"{fold(counted_as(q.unit, r) or '')}/{r}" for q in counts if (r := role(art.text, q))}
            anchors |= {f"q:{qid}" for (a, qi), qid in quote_ids.items() if a == ai and art.quotes[qi].sentence == si}
            measures = {m for q in art.quantities if s.start <= q.start < s.end and (m := measure_of(q.unit))}
            # a chamber's vote by its counts: two that share one are one vote told with its other side wrong, a full anchor
            # as a shared quotation is ("The bill passed with 241 votes to 98." / "214 képviselő támogatta, 98 ellene
            # szavazott."), where a sentence of its own has little meaning beside its figures to meet the other by; each
            # count keeps its side (the count for the motion, the count against: :mod:`.vote_sides`), as a vote on another motion may share
            # a count on the other side ("rejected by 98 votes to 190" / "passed with 241 votes to 98")
            votes = [(p, failed(s.text, q.start - s.start)) for q, p in tallies if min(p) > 9]
            measures |= {f"vote:{k}" for p, lost in votes for k in vote_keys(p, lost)}
            # the words a figure is written with ("71 procent", "sjuttioen procent") are its anchor, not shared content:
            # else two shares of different things ("Valdeltagandet var 71 procent" / "Moderaterna fick 18,5 procent") meet
            words = content_words(text) - set().union(*(content_words(latin_form(q.text, serbian)) for q in counts))
            form = text if text != s.text else ""
            sums = [q for q in counts if measure_of(q.unit) == "money"]
            purposes = {purpose(art, q.start, q.end, s.start, s.end) or "" for q in sums}
            peoples = {_BRITISH.get(n, n) for e in art.entities if s.start <= e.start < s.end and (n := _nationality(art, e))}
            # two English sentences meet on their words' keys, one act in two forms (:mod:`.word_keys`): "office shootings" / "Shooting at ..."
            keys = word_keys(words, text) if english else set()
            # (a length with a figure, "PT5H", not "PXH" for "hours"; durations are no anchor within one language: a report
            # says "for two hours" of many things)
            spans = [t for t in art.times if s.start <= t.start < s.end and t.granularity == "duration"]
            lengths = {t.value for t in spans if re.search(r"\d", t.value or "")}
            forecast = sentence_forecast(art, s, counts)
            infos.append(SentenceInfo(ai, si, s.text, words, ents, anchors, counted, measures, peoples, purposes, form, keys, lengths, forecast))
        out.append(infos)
    return out


def sums_apart(a: SentenceInfo, b: SentenceInfo) -> bool:
    """Whether two sentences give sums for different things only: a company's profit and its sales ("Net profit dropped
    42% to 1.1 billion euros" / "Der Umsatz stieg auf 41,3 Milliarden Euro"), a fire's damage and a fine.  e5 places such
    sentences of one report close (one company, one quarter, one currency), and across languages it is all alignment
    reads, so the profit met the sales and their sums conflicted, while the other report's profit went unmet.  A sum
    whose purpose is not named may be any, and keeps the pair."""
    return bool(a.purposes and b.purposes) and "" not in a.purposes | b.purposes and not a.purposes & b.purposes


def votes_apart(a: SentenceInfo, b: SentenceInfo) -> bool:
    """Whether two sentences tell chamber votes on two motions: one passed, the other failed, on other counts
    ("rejected the amendment by 98 votes to 190" / "passed the bill with 241 votes to 98").  Their meaning, their day
    and the shared figure drew them into one fact, whose two results then conflicted.  The same two counts told
    with opposite outcomes are one vote, and stay together (the outcome is then what the reports dispute)."""
    outcome_a, outcome_b = ({m for m in x.measures if m in ("vote:passed", "vote:failed")} for x in (a, b))
    counts_a, counts_b = ({m.split(":")[2] for m in x.measures if m.count(":") == 2 and m[:5] == "vote:"} for x in (a, b))
    return len(outcome_a) == len(outcome_b) == 1 and outcome_a != outcome_b and counts_a != counts_b


_BRITISH = {n: "british" for n in ("english", "englishman", "englishwoman", "scottish", "scot", "scots", "welsh", "briton", "britons")}


# one person, as a nationality describes him or her: "a British climber", "an Australian man" (not "Palestinian health
# officials", a source beside the other side's act: "Israeli strike" / "Palestinian officials said" tell one fact)
_ONE_PERSON = frozenset(
    "man woman boy girl teenager child climber mountaineer hiker skier tourist backpacker traveller traveler national citizen"
    " student worker journalist photographer soldier pilot sailor swimmer cyclist driver diver surfer runner survivor victim"
    " father mother husband wife".split()
)
_NEXT_WORD = re.compile(r"[\s-]*(\w+)")


def _nationality(art: Article, e) -> str:
    """The nationality a NORP name gives one person (its next word a person, "British climber"), folded, or ""."""
    if e.label != "NORP":
        return ""
    m = _NEXT_WORD.match(art.text, e.end)
    return fold(e.canonical or e.text) if m and m.group(1).lower() in _ONE_PERSON else ""


def peoples_apart(a: SentenceInfo, b: SentenceInfo) -> bool:
    """Whether two sentences tell of people of two nationalities and of none in common ("A 41-year-old Canadian
    hiker is dead after slipping about 200 metres" / "A German hiker has fallen 1,500ft to her death"): two
    deaths in one story, which meaning and the shared words of the act drew into one fact.  (An Englishman is a
    Briton: "Englishman Tom Hale" / "A British hiker".)"""
    return bool(a.peoples and b.peoples) and not a.peoples & b.peoples


def figures_apart(a: SentenceInfo, b: SentenceInfo) -> bool:
    """Whether what two sentences read says they tell two facts: sums for two things, votes on two motions, people of
    two nationalities."""
    return sums_apart(a, b) or votes_apart(a, b) or peoples_apart(a, b) or forecasts_apart(a.forecast, b.forecast)


_MONEY = re.compile(r"[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}")  # a currency as quantities write it ("€", "HK$", "SEK")


def measure_of(unit: str | None) -> str | None:
    """The kind of figure a unit makes, where the kind alone says much of what is measured: a share,
    a sum of money, a score or a vote."""
    if unit == "%":
        return "%"
    if unit == TALLY:
        return "result"
    return "money" if unit and _MONEY.fullmatch(unit) else None

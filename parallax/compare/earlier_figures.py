"""A figure a sentence gives as the base of a change ("up from $900m a year earlier") is an earlier figure, not the
current one: it meets only another report's earlier figure.

Company results, turnout and prices are told with the figure they changed from: "Net profit rose to $1.2bn, up from
$900m a year earlier", "Turnout was 61%, down from 66% in 2021", "1,2 milliard d'euros, contre 900 millions un an plus
tôt".  Compared as one set with the current figure, the base hid a real dispute (another report's "made a net profit of
$900m in the quarter" agreed with the base and no conflict showed), and it could not tell which of two figures changed.

A figure is a base where the words before it say so:

* an unambiguous connective right before it ("up from", "down from", "compared with", "compared to", "versus"; "von …
  auf" in German is read below), a hedge or two between allowed ("up from about $900m");
* a connective that also joins other things ("from", "against", "gegenüber", "contre", "frente a", "rispetto a", "ante",
  "tegen" — "by 300 votes against 200" is a vote, not a change) only where a time before now follows the figure in its
  clause ("a year earlier", "last year", "in 2021", "im Vorjahr", "un an plus tôt", "hace un año", "l'anno scorso", "no
  ano passado", "een jaar eerder"), or where the other end of the change stands beside it ("rose from $900m to $1.2bn",
  "rose to $1.2bn from $900m", "stieg von 900 Millionen auf 1,2 Milliarden").

Each sentence's bases are held apart from its current figures (:func:`earlier_apart`) and compared only with the other
sentence's bases (:func:`earlier_conflicts`): "up from $900m" / "up from $850m" still conflict.
"""

from __future__ import annotations

import re

from parallax.compare import earlier_words
from parallax.compare.count_nouns import NOT_COUNTS
from parallax.compare.numbers import in_sentence, number_conflicts, numbers
from parallax.compare.sentence_items import starting_in
from parallax.records import Article, Sentence

_HEDGE = r"(?:(?:about|around|some|nearly|almost|roughly|a|an|record|the|etwa|rund|knapp|environ|près de|unos|cerca de|circa|quasi|cerca)[ \u00a0]+){0,2}"
# a figure set against a known one with "than the" or "above/below the" ("62 per cent, lower than the 78 per cent
# recorded at the last election", "below the 2% target") is that other figure, another time's or a goal, no second
# reading of this one; without "the" a comparative is the figure's own bound ("more than 30 people", "lower than 50%")
_THAN_THE = (
    r"(?<!\w)(?:(?:higher|lower|more|less|fewer|greater|smaller|bigger)[ \u00a0]+than|above|below|short[ \u00a0]+of)"
    r"[ \u00a0]+the[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|record)[ \u00a0]+)?\Z"
)
# a base whatever follows it
_STRONG = re.compile(
    rf"(?<!\w)(?:up|down|higher|lower)[ \u00a0]+from[ \u00a0]+{_HEDGE}\Z|{_THAN_THE}|(?<!\w)(?:compared[ \u00a0]+(?:with|to)|versus|vs\.?|{earlier_words.STRONG})[ \u00a0]+{_HEDGE}\Z",
    re.I,
)
# a base only with a time before now after it, or the change's other end beside it
_WEAK = re.compile(
    r"(?<!\w)(?:from|against|gegenüber|von|nach|contre|frente[ \u00a0]+a(?:[ \u00a0]+(?:los|las))?|rispetto[ \u00a0]+a(?:i|gli|lle)?"
    rf"|ante|contra|tegen|van|{earlier_words.WEAK})[ \u00a0]+(?:(?:den|dem|les|los|las|i|gli|le|os|as)[ \u00a0]+)?{_HEDGE}\Z",
    re.I,
)
# a time before now, after the figure in its clause
_BEFORE_NOW = re.compile(
    r"[^.;:!?]{0,40}?(?<!\w)(?:a[ \u00a0]+(?:year|quarter)[ \u00a0]+(?:earlier|ago|before)|last[ \u00a0]+(?:year|quarter)"
    r"|the[ \u00a0]+(?:previous|prior)[ \u00a0]+(?:year|quarter)|the[ \u00a0]+year[ \u00a0]+before|the[ \u00a0]+same[ \u00a0]+(?:period|quarter)"
    r"|in[ \u00a0]+(?:19|20)\d\d|im[ \u00a0]+Vorjahr\w*|vor[ \u00a0]+einem[ \u00a0]+Jahr|un[ \u00a0]+an[ \u00a0]+(?:plus[ \u00a0]+tôt|auparavant)"
    r"|il[ \u00a0]+y[ \u00a0]+a[ \u00a0]+un[ \u00a0]+an|l'(?:an|année)[ \u00a0]+(?:dernière?|précédente?)|en[ \u00a0]+(?:19|20)\d\d"
    r"|un[ \u00a0]+año[ \u00a0]+antes|hace[ \u00a0]+un[ \u00a0]+año|el[ \u00a0]+año[ \u00a0]+(?:pasado|anterior)"
    r"|un[ \u00a0]+anno[ \u00a0]+(?:prima|fa)|l'anno[ \u00a0]+(?:scorso|precedente)|nel[ \u00a0]+(?:19|20)\d\d"
    r"|um[ \u00a0]+ano[ \u00a0]+antes|há[ \u00a0]+um[ \u00a0]+ano|no[ \u00a0]+ano[ \u00a0]+(?:passado|anterior)"
    r"|een[ \u00a0]+jaar[ \u00a0]+(?:eerder|geleden)|vorig[ \u00a0]+jaar"
    rf"|{earlier_words.BEFORE_NOW})(?!\w)",  # (the Slavic and Nordic words: :mod:`.earlier_words`)
    re.I,
)
# the change's other end: "from $900m to $1.2bn", "von 900 Millionen auf 1,2 Milliarden" (after the base) and "to $1.2bn
# from" (before the connective)
_END_AFTER = re.compile(r"[ \u00a0]+(?:to|auf)[ \u00a0]+\S", re.I)
_END_BEFORE = re.compile(r"(?<!\w)to[ \u00a0]+\S{1,20}[ \u00a0]+(?:\S+[ \u00a0]+)?from[ \u00a0]+\S{0,20}\Z", re.I)
_LOOK_BEFORE = 60


def _base(art: Article, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` of ``art``'s text is the base of a change (see the module)."""
    text, lo = art.text, max(0, start - _LOOK_BEFORE)
    if _STRONG.search(text, lo, start):
        return True
    if not _WEAK.search(text, lo, start):
        return False
    return bool(_BEFORE_NOW.match(text, end) or _END_AFTER.match(text, end) or _END_BEFORE.search(text, lo, start))


def _bases(art: Article, s: Sentence) -> set[int]:
    """The starts of the sentence's figures given as the base of a change."""
    return {
        q.start
        for q in starting_in(art.quantities, s)
        if in_sentence(s, q.start) and q.value is not None and q.unit not in NOT_COUNTS and _base(art, q.start, q.end)
    }


def earlier_apart(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[int], set[int]]:
    """The starts of each sentence's base figures, held apart from its current ones."""
    return _bases(art_a, sa), _bases(art_b, sb)


def earlier_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, list[float], list[float]]]:
    """(unit, values a, values b) of the base figures of the two sentences that disagree: "up from $900m" / "up from
    $850m"."""
    base_a, base_b = _bases(art_a, sa), _bases(art_b, sb)
    if not base_a or not base_b:
        return []
    current = [{q.start for q in starting_in(art.quantities, s)} - base for art, s, base in ((art_a, sa, base_a), (art_b, sb, base_b))]
    return number_conflicts(numbers(art_a, sa, current[0]), numbers(art_b, sb, current[1]))

"""What kind of event a "first ... since" record is of: "the first rate cut since 2019" is a cut, "the first loss
since 2015" a loss, and two records of two kinds are two facts.

:mod:`.first_since` links each report's sentence that sets its event against a year ("the first strike since 1989")
to the other report's, and compares the years: a report rarely tells two records of one event.  But a report of a
central bank's meeting may tell "its first rate cut since 2019" and another "its first loss since 2015": two records
of two events, which had been linked and shown as a date conflict.  A record's kind here is the kind of the noun
between "first" and its year ("first rate cut since", "erste Zinssenkung seit"), or, where none is there ("for the
first time since 2019", "the first at the plant in 30 years"), of a word before "first" in its sentence ("The bank
cut rates for the first time", "The walkout is the first").  Kinds come from a table of the events news sets against
records (cuts, rises, losses, profits, wins, strikes, quakes, ...) in en, de, fr, es, it, pt, nl, German and Dutch
compounds by their head ("Leitzinssenkung", "renteverlaging"); a noun in no kind is its own kind by its first five
letters ("first title since 1998" / "first title in 28 years"), so an unlisted event links only to the same word.
Two records are of one kind where their kinds meet; a record with no kind links to none.
"""

from __future__ import annotations

import re

from parallax.compare.event_nouns import event_kind
from parallax.letters import fold

_KINDS = {
    "cut": r"cuts?|reductions?|\w*senkung|baisse|recortes?|rebajas?|bajadas?|taglio|tagli|cortes?|\w*verlaging",
    "rise": r"rises?|hikes?|increases?|raises?|growth|\w*erhohung|anhebung|wachstum|hausse|relevement|croissance"
            r"|subidas?|alzas?|aumentos?|crecimiento|rialzo|crescita|crescimento|\w*verhoging|groei|stijging",
    "fall": r"falls?|drops?|declines?|contraction|\w*ruckgang|chute|recul|caidas?|descenso|calo|queda|daling|krimp",
    # a loss of money and of a match are one kind: a story tells only one of them
    "loss": r"loss|losses|deficit|defeats?|\w*verlust|niederlage|pertes?|defaite|perdidas?|derrotas?|perdita|sconfitta"
            r"|prejuizo|perdas?|verlies|nederlaag|tekort",
    "profit": r"profits?|surplus|\w*gewinn|uberschuss|benefices?|beneficios?|ganancias?|utile|lucro|winst",
    "win": r"wins?|victory|title|trophy|triumph|sieg|titel|victoire|titre|victoria|triunfo|titulo|vittoria|titolo|vitoria"
           r"|overwinning|zege",
    "quake": r"\w*quake|\w*beben|seisme|tremblement|terremoto|sismo|aardbeving",
    "eruption": r"eruption|ausbruch|erupcion|eruzione|erupcao|uitbarsting",
    "flood": r"floods?|flooding|\w*hochwasser|\w*flut|inondations?|inundaci(?:on|ones)|alluvioni?|inundac(?:ao|oes)|overstromings?",
    "snow": r"snow|snowfall|schnee\w*|neige|nieve|neve|sneeuw",
    "visit": r"visits?|besuch|visite|visitas?|bezoek",
    "execution": r"executions?|hinrichtung|ejecucion|esecuzione|execucao|executie",
}  # fmt: skip
_KIND = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _KINDS.items()))
_WORD = re.compile(r"[^\W\d_]+")
# words of no kind that say no event: "for the first time", "the first such", "the first at the plant"
_NO_EVENT = frozenset(
    "time times such since year years this that their there have been mal seit jahr jahren fois depuis annee annees vez "
    "veces desde volta volte anno anni vezes keer jaar sinds plant site".split()
)


def _kinds(words: list[str]) -> set[str]:
    found = set()
    for w in words:
        if kind := event_kind(w):
            found.add(kind)  # (a strike, a siege, a search: :mod:`.event_nouns`)
        elif m := _KIND.fullmatch(w):
            found.add(m.lastgroup or "")
    return found


def record_kinds(before: str, between: str) -> frozenset[str]:
    """The kinds of event a record is of (see the module), from the sentence's words ``before`` its "first" and those
    ``between`` it and its year; empty where none tells an event."""
    words = [fold(w.lower()) for w in _WORD.findall(between)]
    if kinds := _kinds(words):
        return frozenset(kinds)
    if kinds := _kinds([fold(w.lower()) for w in _WORD.findall(before)]):
        return frozenset(kinds)
    return frozenset("word:" + w[:5] for w in words if len(w) > 3 and w not in _NO_EVENT)  # (no article, no "its")

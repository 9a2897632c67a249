"""A state named by its capital, its seat of power or its people ("Pyongyang" / "North Korea").

News writing names a state three ways besides its own name: by its capital ("Washington warned
Tehran"), by the building its government sits in ("the Kremlin said"), and by its people ("the
Russians walked out").  Two reports of one fact that name the state one way and the other are one
referent in two words, a choice the reader sees ("Pyongyang" reads as a regime, "North Korea" as a
country), and two names the entity stage never makes one.

The table here holds English names (the entity stage's canonical names for English text); French, German, Spanish
and Italian names are found in the text by their own tables (:mod:`.metonym_names`); a state
written by two spellings of its own name ("U.S." / "the United States") is one name, no choice.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from parallax.compare.metonym_names import find_states, languages
from parallax.records import Article, Sentence

# the state, its other names, its capital (and seat of government where the press names another), its people
# (plural); one row a state, the states the international press names most
_STATES = (
    ("united states", "us|u.s|usa|u.s.a|america", "washington|white house", "americans"),
    ("united kingdom", "uk|u.k|britain|great britain", "london|downing street|whitehall", "britons|british"),
    ("russia", "russian federation", "moscow|kremlin|the kremlin", "russians"),
    ("china", "prc|people's republic of china", "beijing|zhongnanhai", "chinese"),
    ("north korea", "dprk|democratic people's republic of korea", "pyongyang", "north koreans"),
    ("south korea", "republic of korea|rok", "seoul|blue house", "south koreans"),
    ("japan", "", "tokyo", "japanese"),
    ("france", "", "paris|elysee|élysée|elysee palace|élysée palace", "french"),
    ("germany", "", "berlin", "germans"),
    ("italy", "", "rome", "italians"),
    ("spain", "", "madrid", "spaniards"),
    ("iran", "islamic republic", "tehran", "iranians"),
    ("iraq", "", "baghdad", "iraqis"),
    ("syria", "", "damascus", "syrians"),
    ("israel", "", "jerusalem", "israelis"),
    ("turkey", "türkiye", "ankara", "turks"),
    ("saudi arabia", "", "riyadh", "saudis"),
    ("egypt", "", "cairo", "egyptians"),
    ("ukraine", "", "kyiv|kiev", "ukrainians"),
    ("poland", "", "warsaw", "poles"),
    ("india", "", "new delhi|delhi", "indians"),
    ("pakistan", "", "islamabad", "pakistanis"),
    ("afghanistan", "", "kabul", "afghans"),
    ("canada", "", "ottawa", "canadians"),
    ("mexico", "", "mexico city", "mexicans"),
    ("brazil", "", "brasilia|brasília", "brazilians"),
    ("argentina", "", "buenos aires", "argentines"),
    ("venezuela", "", "caracas", "venezuelans"),
    ("cuba", "", "havana", "cubans"),
    ("australia", "", "canberra", "australians"),
    ("taiwan", "", "taipei", "taiwanese"),
    ("vietnam", "", "hanoi", "vietnamese"),
    ("european union", "eu|e.u", "brussels", ""),
    ("belgium", "", "", "belgians"),
    ("netherlands", "the netherlands|holland", "the hague|amsterdam", "dutch"),
    ("greece", "", "athens", "greeks"),
    ("sweden", "", "stockholm", "swedes"),
    ("norway", "", "oslo", "norwegians"),
    ("denmark", "", "copenhagen", "danes"),
    ("finland", "", "helsinki", "finns"),
    ("austria", "", "vienna", "austrians"),
    ("switzerland", "", "bern", "swiss"),
    ("hungary", "", "budapest", "hungarians"),
    ("serbia", "", "belgrade", "serbs"),
    ("belarus", "", "minsk", "belarusians"),
    ("lebanon", "", "beirut", "lebanese"),
    ("jordan", "", "amman", "jordanians"),
    ("qatar", "", "doha", "qataris"),
    ("libya", "", "tripoli", "libyans"),
    ("nigeria", "", "abuja", "nigerians"),
    ("kenya", "", "nairobi", "kenyans"),
    ("ethiopia", "", "addis ababa", "ethiopians"),
    ("south africa", "", "pretoria", "south africans"),
    ("indonesia", "", "jakarta", "indonesians"),
    ("philippines", "the philippines", "manila", "filipinos"),
    ("thailand", "", "bangkok", "thais"),
    ("myanmar", "burma", "naypyidaw", ""),
)


class _Kind(NamedTuple):
    state: str  # the state's own name, lower case
    kind: str  # "state" | "seat" (capital or seat of government) | "people"


def _table() -> dict[str, _Kind]:
    out: dict[str, _Kind] = {}
    for state, others, seats, people in _STATES:
        for kind, names in (("state", f"{state}|{others}"), ("seat", seats), ("people", people)):
            for name in filter(None, names.split("|")):
                out[name.rstrip(".")] = _Kind(state, kind)
    return out


_NAMES = _table()


def state_of(name: str) -> _Kind | None:
    """The state a name stands for and how it names it (its own name, its seat, its people), or None."""
    key = " ".join(name.lower().replace("’", "'").split()).rstrip(".")
    return _NAMES.get(key) or _NAMES.get(key.removeprefix("the "))


def _states(art: Article, s: Sentence) -> list[tuple[str, _Kind]]:
    """The state names in one sentence: (as written, kind).  A people's name counts only as
    a noun ("the Russians"), not as the adjective before one ("Russian officials" names the officials), except
    before the word for its government ("the Russian government" names the state by its seat of power)."""
    lo, hi = s.start, s.start + len(s.text)
    lang = (art.language or "en").split("-")[0].lower()
    if lang in languages():
        return _written_states(art, s, lang)
    out = []
    for e in art.entities:
        if not (lo <= e.start and e.end <= hi) or e.label == "PERSON":  # "Washington" the man is no seat
            continue
        kind = state_of(e.canonical or e.text)
        if kind is None or (kind.kind == "people" and not _noun_use(s.text, e.end - lo)):
            if (gov := _GOVERNMENT.match(s.text, e.end - lo)) and (adj := _adjective_state(e.canonical or e.text)):
                out.append((s.text[e.start - lo : gov.end()], _Kind(adj.state, "seat")))
            continue
        if e.start == lo and e.text.isupper() and len(e.text) > 3:
            continue  # a dateline ("WASHINGTON —"): where the report was written, not who acted
        out.append((s.text[e.start - lo : e.end - lo], kind))
    return out + _tied_seats(art, s, {k.state for _, k in out})


# the nouns that, after a people's adjective, name the state's government, as its seat does ("the Russian government",
# "the Iranian regime"); "Russian officials" and "Russian agents" are people of the state, not the state
_GOVERNMENT = re.compile(r"\s+(?:government|regime|administration|authorities|leadership)\b")


# a government written bare, standing for the one the article named before ("the regime", "the government")
_BARE_GOVERNMENT = re.compile(r"(?<![\w-])the\s+(?P<noun>government|regime|administration|leadership|authorities)\b", re.I)


def _tied_seats(art: Article, s: Sentence, named: set[str]) -> list[tuple[str, _Kind]]:
    """A bare "the regime" of a sentence as the seat of power of the one state its article ties that noun to
    ("the North Korean regime", "North Korea's regime", "the regime in Pyongyang"): the report chose the word for
    that state, which another report names ("the regime" / "North Korea").  Not where the sentence names a state
    (the noun may be another's), nor where the article ties the noun to several states or none."""
    if named:
        return []
    out = []
    for m in _BARE_GOVERNMENT.finditer(s.text):
        states = _government_states(art, m.group("noun").lower())
        if len(states) == 1:
            out.append((m.group(), _Kind(next(iter(states)), "seat")))
    return out


def _government_states(art: Article, noun: str) -> set[str]:
    """The states an article writes with a government noun: a people's adjective or a state's name right before it
    ("the Iranian regime", "Iran's regime"), or a state or its seat after it ("the regime in Tehran", "the
    government of Iran")."""
    out = set()
    for e in art.entities:
        if e.label in {"PERSON", "PER"}:
            continue
        name = e.canonical or e.text
        kind = _adjective_state(name) or state_of(name)
        if kind is None:
            continue
        after = re.match(rf"(?:['’]s)?\s+{noun}\b", art.text[e.end : e.end + 40], re.I)
        before = re.search(rf"\b{noun}\s+(?:in|of)\s+(?:the\s+)?\Z", art.text[max(0, e.start - 40) : e.start], re.I)
        if after or before:
            out.add(kind.state)
    return out


def _adjective_state(name: str) -> _Kind | None:
    """The state a people's adjective belongs to ("Russian" of the Russians, "British" of the British), or None."""
    key = " ".join(name.lower().split()).removeprefix("the ")
    kind = _NAMES.get(key) or _NAMES.get(key + "s")
    return kind if kind and kind.kind == "people" else None


def _written_states(art: Article, s: Sentence, lang: str) -> list[tuple[str, _Kind]]:
    """The state names of a sentence in a language with a table of its own (:mod:`.metonym_names`), found in its text:
    not a person's name ("Paris Hilton" tagged a person), not a dateline ("MOSKAU (dpa) -")."""
    lo = s.start
    people = [(e.start - lo, e.end - lo) for e in art.entities if e.label in {"PER", "PERSON"}]
    out = []
    for start, end, state, kind in find_states(lang, s.text):
        if any(a < end and start < b for a, b in people):
            continue
        if start == 0 and s.text[start:end].isupper() and end - start > 3:
            continue
        out.append((s.text[start:end], _Kind(state, kind)))
    return out


def _noun_use(text: str, end: int) -> bool:
    """Whether a people's name ending at ``end`` stands as a noun: no word follows it in its clause
    ("the Russians said", "the Russians,"), where "Russian officials" has its noun after it."""
    rest = text[end:].lstrip()
    return not rest or not rest[0].isalpha() or rest.split()[0].islower() and rest.split()[0] in _VERB_STARTS


# words that may follow a people's name used as a noun (a verb or a clause's joint), not a noun it qualifies
_VERB_STARTS = frozenset(
    "said says say have has had are were was will would could can may might did do does and or who which that "
    "also then now still had warned told denied agreed refused wanted want".split()
)


def metonym_choices(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """One state named two ways in two aligned sentences ("Pyongyang" / "North Korea", "the Kremlin" / "Russia"):
    a pair where the ways differ in kind (its name, its seat, its people) and neither sentence also names the state
    the other's way (then both say both, and neither chose)."""
    xs, ys = _states(art_a, sa), _states(art_b, sb)
    out: list[tuple[str, str]] = []
    for text_a, ka in xs:
        for text_b, kb in ys:
            if ka.state != kb.state or ka.kind == kb.kind:
                continue
            if any(k.state == ka.state and k.kind == kb.kind for _, k in xs) or any(
                k.state == ka.state and k.kind == ka.kind for _, k in ys
            ):
                continue  # each sentence names the state both ways, or the other's way too
            if (text_a, text_b) not in out:
                out.append((text_a, text_b))
    return out

"""Counts of the same thing under different nouns: "arresting 23 people" / "arresting 31 rioters".

Where two aligned sentences count one thing under two nouns (a loaded word, or another language),
the counts pair by what happened to them, by their order in a translation, or by the verb before
them; a pair whose values differ is a conflict the comparison under one noun cannot see.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache

from parallax.analyze.quantities.money import is_money
from parallax.compare.case_counts import case_and_other
from parallax.compare.count_nouns import PEOPLE, TIME_WORDS, counted
from parallax.compare.hedges import HEDGE, Bound, agree, bounds
from parallax.compare.kind_tolls import larger_group, meets_toll
from parallax.compare.noun_kinds import PERSON_KINDS
from parallax.compare.responders import other_responders, same_responders
from parallax.compare.role_words import TOLL_ROLES
from parallax.compare.roles import role, same_role
from parallax.compare.sentence_items import starting_in
from parallax.compare.si_prefixes import one_si_figure
from parallax.compare.thing_kinds import THING_KINDS
from parallax.compare.totals import apart
from parallax.compare.unit_names import unit_name
from parallax.letters import WORD, fold
from parallax.records import Article, Quantity, Sentence
from parallax.sounds import same_sound

_FUNCTION_WORDS = {"of", "the", "and", "to", "in", "on", "at", "for", "with", "by", "from", "about", "than", "some", "de", "la", "le", "el",
                   "der", "die", "das", "und", "et", "y", "e", "di", "van", "het", "een", "en", "da", "do", "des", "du", "a"}  # fmt: skip


# units of measure after a number ("450 ha", "4,5 kilometra", "12 tonnes", "300 litrów"): a measure is no
# noun a count can be renamed to ("arresting 23 people" / "arresting 31 rioters"); areas, lengths, weights
# and volumes compare only with the same unit
MEASURE_UNIT = re.compile(
    r"ha|km|kg|(?:kilo|centi|milli|mili|санти|милли|кило)?(?:met(?:er|re|ro|r)|метр)\w*|kilom\w*|килом\w*|тонн\w*|ton(?:ne|na|nes|ny|n|y|)"
    r"|tonn[aeiy]\w*|lit(?:er|re|ro|r)\w*|литр\w*|quilómetro\w*|kilómetro\w*|chilometr\w*|χιλιόμετρ\w*|τόν\w*",
    re.I,
)
# the languages that put the verb after its object: there the word before a count is no verb
_VERB_LAST = frozenset({"tr", "ja", "ko", "hi", "fa"})


def lang_code(art: Article) -> str:
    return (art.language or "en")[:2].lower()


def _counts(art: Article, s: Sentence) -> list[Quantity]:
    """Quantities of the sentence that count a noun ("23 people"), not a share, a sum of money, a
    measure or an age."""
    return [q for q in starting_in(art.quantities, s) if q.value is not None and q.unit and q.unit.isalpha()
            and not is_money(q.unit) and q.unit not in TIME_WORDS and not MEASURE_UNIT.fullmatch(q.unit)]  # fmt: skip


@lru_cache(maxsize=64)
def speech_verb(language: str | None) -> re.Pattern[str] | None:
    """A word of attribution in the language ("said", "según"): it says who counted, not what happened."""
    from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES

    cues = LEXICAL_CUES.get((language or "en").split("-")[0].lower())
    return re.compile(rf"(?:{cues})", re.I) if cues else None


def _word_before(art: Article, q: Quantity) -> str:
    """The content word right before a number ("arresting" in "arresting 23 people"), or "": not a
    word of attribution ("Officials said 600 people ..." / "Officials said 90 shelters ..." count two things).  A
    hedge is stepped over: "moved about 12,000 people" / "moved about 10,000 residents" meet at "moved"."""
    before = art.text[max(0, q.start - 60) : q.start]
    if hedge := HEDGE.search(before):
        before = before[: hedge.start()]
    words = re.findall(WORD, before[-40:])
    word = words[-1].lower() if words else ""
    if (speech := speech_verb(art.language)) is not None and speech.fullmatch(word):
        return ""
    return word if len(word) > 2 and word not in _FUNCTION_WORDS else ""


def renamed_counts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[Quantity, Quantity]]:
    """:func:`_renamed_counts`, less the pairs of responders of two classes ("120 Einsatzkräfte" / "80
    Feuerwehrleute": the general count holds the specific one, :mod:`.responders`)."""
    pairs = _renamed_counts(art_a, sa, art_b, sb)
    # nor a count of cases and one of people (:mod:`.case_counts`), nor one figure under two prefixes of its unit: "2850万千瓦" / "28.5 GW" (:mod:`.si_prefixes`)
    return [
        (x, y)
        for x, y in pairs
        if not other_responders(art_a.text, x, art_b.text, y) and not case_and_other(x.unit, y.unit) and not one_si_figure(x.value, unit_name(x.unit or ""), y.value, unit_name(y.unit or ""))
    ]


def _renamed_counts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[Quantity, Quantity]]:
    """Counts of the same thing under different nouns whose values differ: "arresting 23 people" /
    "arresting 31 rioters", which is the loaded-word case, or "Seis agentes ... dos manifestantes" /
    "Nine officers ... two rioters" across languages.  After the counts whose noun both sentences use,
    the rest pair up by what happened to them when the text says (:func:`_paired_by_role`), or else
    when both sentences hold as many numbers (at most three):

    * in one language, when the content word before each number is the same ("hield 14 demonstranten" /
      "hield 19 relschoppers");
    * across languages, in order (a translation keeps the order of its numbers), when every other
      number of the two sentences agrees and only one pair differs, or when each sentence counts
      one thing under a noun of one root ("manuscripts" / "manuscrits") and what happened to it,
      where both say, is the same: "14 people injured" / "1.200 vecinos evacuados", two facts a
      loose alignment can pair, is no conflict."""
    numbers_a = [q for q in starting_in(art_a.quantities, sa) if q.value is not None and not apart(art_a, sa, q)]
    numbers_b = [q for q in starting_in(art_b.quantities, sb) if q.value is not None and not apart(art_b, sb, q)]
    all_a, all_b = [q for q in _counts(art_a, sa) if q in numbers_a], [q for q in _counts(art_b, sb) if q in numbers_b]
    keys_a = {id(q): (counted(q.unit, what := role(art_a.text, q)), what) for q in all_a}
    keys_b = {id(q): (counted(q.unit, what := role(art_b.text, q)), what) for q in all_b}
    nouns_a, nouns_b = {k for k, _ in keys_a.values()}, {k for k, _ in keys_b.values()}
    rest_a = [q for q in all_a if keys_a[id(q)][0] not in nouns_b]  # nouns both use compare in number_conflicts
    rest_b = [q for q in all_b if keys_b[id(q)][0] not in nouns_a]
    # by what happened to them, also a noun both use for different roles (the dead miners of one, the injured of the other)
    by_role = _paired_by_role(art_a, [q for q in all_a if not _compared(keys_a[id(q)], keys_b.values())],
                              art_b, [q for q in all_b if not _compared(keys_b[id(q)], keys_a.values())],
                              (nouns_a, nouns_b))  # fmt: skip
    if by_role is not None:
        return by_role
    if art_a.in_another_language(art_b) and len(all_a) == len(all_b) == 1 and rest_a and rest_b:
        # a translation that counts one thing each: "stole two manuscripts" / "ont dérobé trois manuscrits"
        x, y = all_a[0], all_b[0]
        rx, ry = role(art_a.text, x), role(art_b.text, y)
        bx, by = bounds(art_a.text, x, art_a.language), bounds(art_b.text, y, art_b.language)
        kinds = (keys_a[id(x)][0], keys_b[id(y)][0])
        # (and neither sentence gives the other's figure bare: "downs 87 drones" / "shot down 87 of 121 drones")
        given = _gives(art_b, numbers_b, bx) or _gives(art_a, numbers_a, by)
        one = _cognates(x.unit, y.unit) or _kind_over_people(kinds, bx, by) or same_responders(art_a.text, x, art_b.text, y)
        if same_role(rx, ry) and one and not agree({bx}, {by}) and not given:
            return [(x, y)]
        return []
    if not numbers_a or len(numbers_a) != len(numbers_b) or len(numbers_a) > 3:
        return []
    if not rest_a or len(rest_a) != len(rest_b):
        return []
    if art_a.in_another_language(art_b):
        pairs = list(zip(numbers_a, numbers_b, strict=True))
        differ = [(x, y) for x, y in pairs if not agree({bounds(art_a.text, x, art_a.language)}, {bounds(art_b.text, y, art_b.language)})]
        if len(differ) != 1 or len(pairs) < 2 or differ[0][0] not in rest_a or differ[0][1] not in rest_b:
            return []
        return differ
    if lang_code(art_a) in _VERB_LAST or lang_code(art_b) in _VERB_LAST:
        return []  # the word before a count is no verb there ("Bölgeye 38 ambulans" / "Bölgeye 150 personel")
    pairs = [(x, y) for x, y in zip(rest_a, rest_b, strict=True) if (w := _word_before(art_a, x)) and w == _word_before(art_b, y)]
    return [(x, y) for x, y in pairs if not agree({bounds(art_a.text, x, art_a.language)}, {bounds(art_b.text, y, art_b.language)})]


def _gives(art: Article, quantities: list[Quantity], b: Bound) -> bool:
    """Whether one of ``quantities`` of ``art`` is the figure ``b``."""
    return any(agree({bounds(art.text, q, art.language)}, {b}) for q in quantities)


def _compared(key: tuple[str | None, str | None], other: Iterable[tuple[str | None, str | None]]) -> bool:
    """Whether :func:`parallax.compare.numbers.number_conflicts` compares a count (its noun, what happened to it) with the other
    sentence's: the other counts the noun in the same role (:func:`parallax.compare.roles.same_role`).  "7 madenci hayatını
    kaybetti" / "9 işçi öldü, 43 madenci yaralandı": the miners of the two are the dead and the injured,
    so the dead miners are left to pair with the dead workers."""
    noun, what = key
    return any(n == noun and same_role(what, r) for n, r in other)


def _kind_over_people(kinds: tuple[str | None, str | None], bx: Bound, by: Bound) -> bool:
    """One kind of person counted in one language against people in the other, the kind's lowest figure above the
    people's highest: "Et persontog med 186 passasjerer" / "A train carrying 168 people" is another figure for the
    people on board, not a part of them (a smaller group may be one and stays apart, as :func:`.kind_tolls.larger_group`
    has it for tolls)."""
    (kx, ky), (_, lo_x, hi_x), (_, lo_y, hi_y) = kinds, bx, by
    if kx == "people" and ky in PERSON_KINDS:
        return lo_y > hi_x
    return ky == "people" and kx in PERSON_KINDS and lo_x > hi_y


def _cognates(a: str | None, b: str | None) -> bool:
    """Two nouns of one root across languages: a shared opening of four letters or more and most of
    the shorter word ("manuscript" / "manuscrit", "tractor" / "tracteur"), or one sound in two
    scripts ("container" / "контейнер")."""
    if not a or not b:
        return False
    a, b = fold(a), fold(b)
    n = len(os.path.commonprefix([a, b]))
    return (n >= 4 and n >= 0.6 * min(len(a), len(b))) or same_sound(a, b)


def _paired_by_role(
    art_a: Article, rest_a: list[Quantity], art_b: Article, rest_b: list[Quantity], nouns: tuple[set, set] = (set(), set())
) -> list[tuple[Quantity, Quantity]] | None:
    """Counts that say what happened to what they count pair by that ("19 Menschen wurden verletzt" /
    "23 people were injured", "41 Aktivisten ... in Gewahrsam" / "47 Personen ... in Gewahrsam"): the
    differing pairs of the roles each sentence gives exactly one count; None when no role pairs.  ``nouns``
    are the nouns each sentence counts (:func:`_group_and_toll`)."""
    roles_a = [(role(art_a.text, q), q) for q in rest_a]
    roles_b = [(role(art_b.text, q), q) for q in rest_b]
    shared = {r for r, _ in roles_a if r} & {r for r, _ in roles_b if r}
    pairs = []
    for r in sorted(shared):
        xs, ys = [q for x, q in roles_a if x == r], [q for y, q in roles_b if y == r]
        if len(xs) != 1 or len(ys) != 1:
            continue
        if _two_things(counted(xs[0].unit, r), counted(ys[0].unit, r)):
            continue  # "mataron 40 ovejas" / "hanno ucciso 25 galline": sheep and hens, two counts of one role
        bx, by = bounds(art_a.text, xs[0], art_a.language), bounds(art_b.text, ys[0], art_b.language)
        if not _group_and_toll(r, xs[0], ys[0], *nouns, exceeds=(bx, by)):
            pairs.append((xs[0], ys[0]))
    if not pairs:
        return None
    return [(x, y) for x, y in pairs if not agree({bounds(art_a.text, x, art_a.language)}, {bounds(art_b.text, y, art_b.language)})]


def _two_things(key_x: str | None, key_y: str | None) -> bool:
    """Whether two counts are of two kinds, one of them a kind of thing (:mod:`.thing_kinds`: sheep, hens, lorries),
    which no other noun names: "40 sheep killed" meets neither "25 hens killed" nor "25 people killed"."""
    things = [k for k in (key_x, key_y) if k and k != "people" and k in THING_KINDS]
    return bool(things) and key_x != key_y


def _group_and_toll(
    what: str | None, x: Quantity, y: Quantity, nouns_x: set = frozenset(), nouns_y: set = frozenset(), exceeds: tuple | None = None
) -> bool:
    """A casualty count of a group against one of people: "four children died" / "eleven people
    died" is part of a toll and the toll, no disagreement.  (Arrests are told by who was arrested:
    "23 people" / "31 rioters" is one count.)  Unless the people's sentence counts that kind of person
    too (``nouns_x``, ``nouns_y``: the nouns each sentence counts): "Two workers were killed and seven
    people injured" / "Nine workers were injured" is one toll (:mod:`.kind_tolls`); or the group is larger
    than the toll (``exceeds``: the bounds of ``x`` and ``y``) where that is a kind of person and the toll's
    sentence names no other: "14 miners were killed" / "12 people were killed" is no part of it."""
    if what not in TOLL_ROLES or (x.unit in PEOPLE) == (y.unit in PEOPLE) or None in (x.unit, y.unit):
        return False
    toll_nouns, group = (nouns_x, y) if x.unit in PEOPLE else (nouns_y, x)
    if exceeds is not None:
        toll_bound, group_bound = exceeds if x.unit in PEOPLE else exceeds[::-1]
        if larger_group(counted(group.unit, what), group_bound, toll_bound, toll_nouns):
            return False
    return not meets_toll(counted(group.unit, what), toll_nouns)

"""Find where aligned sentences of different articles disagree.

Kinds: ``date`` (resolved dates that cannot both be true: "on Thursday" and
"April 7" are the same day and do not conflict; :mod:`.dates` says which dates
are compared; or, on one day, two clock times of one act, see :mod:`.clocks`), ``number`` (the same counted thing with different values, see
:mod:`.numbers`; two measures of the same span of time, see :mod:`.dates`; or two results, a score
or a vote, see :func:`.numbers.tally_conflicts`; or one noun's ordinal, "third resignation" / "second
resignation", see :mod:`.ordinals`), ``name`` and ``place`` (one person, organisation
or place swapped for another at the same spot of the sentence, found with a word-level diff so that
reordered lists are not conflicts),
``quote`` (the same quotation with words changed), ``speaker`` (the same
quotation given to different people, or one reported statement to two sources, see :mod:`.sources`) and ``negation`` (one act denied by one report and affirmed by
the other, see :mod:`.negation`; or said one way and the other way, see :mod:`.negation_links`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from parallax.compare.acronym_names import acronym_of, with_story_acronyms
from parallax.compare.adapted_surnames import adapted_surname
from parallax.compare.ages import age_conflicts
from parallax.compare.bare_figures import told_bare
from parallax.compare.clocks import clock_conflicts
from parallax.compare.count_nouns import PEOPLE, counted
from parallax.compare.count_tallies import count_tally_conflicts
from parallax.compare.crowds import estimated_apart
from parallax.compare.currencies import currency_conflicts
from parallax.compare.dates import compared_dates, date_values, dates_conflict
from parallax.compare.deadlines import deadline_conflicts
from parallax.compare.denied_harm import denied_harm_conflicts
from parallax.compare.durations import duration_conflicts
from parallax.compare.earlier_figures import earlier_apart, earlier_conflicts
from parallax.compare.estimates import cited_apart
from parallax.compare.first_since import first_since_conflicts
from parallax.compare.hedges import agree, values_of
from parallax.compare.holders import held_apart
from parallax.compare.life_terms import life_term_conflicts
from parallax.compare.lone_votes import lone_vote_conflicts
from parallax.compare.measured import measured_apart
from parallax.compare.measures import measure_conflicts, measured_figures
from parallax.compare.metonyms import state_of
from parallax.compare.minimum_terms import minimum_term_conflicts
from parallax.compare.minutes import minute_conflicts
from parallax.compare.named_places import one_within_other, reference_point
from parallax.compare.negation import negation_conflicts
from parallax.compare.negation_links import opposed
from parallax.compare.numbers import number_conflicts, numbers, tally_conflicts
from parallax.compare.offset_conflicts import offset_conflicts
from parallax.compare.ordinals import different_stages, ordinal_conflicts, read_as_count
from parallax.compare.others_counts import others_conflicts
from parallax.compare.parties import party_name
from parallax.compare.party_shares import party_share_conflicts
from parallax.compare.recalled_counts import recalled_apart
from parallax.compare.renamed import renamed_counts
from parallax.compare.rescue_counts import RECOVERED, bodies_beyond_toll
from parallax.compare.roles import role
from parallax.compare.sentence_items import starting_in
from parallax.compare.sources import source_conflicts
from parallax.compare.stated_elsewhere import stated_elsewhere
from parallax.compare.sum_kinds import sum_kinds_apart
from parallax.compare.suspensions import suspension_conflicts
from parallax.compare.turns import two_ends
from parallax.compare.updates import later_report
from parallax.compare.years import year_conflicts
from parallax.letters import WORD
from parallax.records import Article, Conflict, Sentence

_FAMILY = {"PER": "PERSON"}
_MAX_SWAP = 4  # words on each side of a replacement that can be one name swapped for another
NAME_LABELS = {"PERSON": "name", "PER": "name", "ORG": "name", "NORP": "name", "GPE": "place", "LOC": "place", "FAC": "place"}


def _words_with_spans(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in re.finditer(WORD, text)]


def _same_name(a: str, b: str) -> bool:
    if acronym_of(a, b):
        return True  # "the SES" / "the State Emergency Service" (:mod:`.acronym_names`)
    a, b = party_name(a).lower(), party_name(b).lower()  # "the GOP" / "the Republicans" (:mod:`.parties`)
    return a == b or a in b or b in a or fuzz.token_set_ratio(a, b) >= 90 or _one_state(a, b)


def _one_state(a: str, b: str) -> bool:
    """Whether two names are one state's own names ("Britain" / "the UK", "Burma" / "Myanmar", :mod:`.metonyms`):
    "Kettly is recalling 2,970 kettles sold in Britain" / "... recalled in the UK" showed a place conflict."""
    sa, sb = state_of(a), state_of(b)
    return bool(sa and sb and sa.kind == sb.kind == "state" and sa.state == sb.state)


def _speaks(art: Article, s: Sentence, name: str, start: int, end: int) -> bool:
    """Whether the name is the speaker of a quotation in the sentence (named there or resolved to it)."""
    for q in [q for q in starting_in(art.quotes, s) if q.speaker]:
        span = (q.speaker_start, q.speaker_end) if q.speaker_start is not None and q.speaker_end is not None else (end, end)
        if (span[0] < end and start < span[1]) or _same_name(name, q.speaker):
            return True
    return False


def entity_swaps(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str, str]]:
    """(kind, name in a, name in b) for entities replaced at the same place of the sentence."""
    ents_a = [e for e in starting_in(art_a.entities, sa) if e.label in NAME_LABELS]
    ents_b = [e for e in starting_in(art_b.entities, sb) if e.label in NAME_LABELS]
    if not ents_a or not ents_b:
        return []
    wa, wb = _words_with_spans(sa.text), _words_with_spans(sb.text)
    matcher = SequenceMatcher(None, [w for w, _, _ in wa], [w for w, _, _ in wb], autojunk=False)
    out = []
    opcodes = matcher.get_opcodes()
    for k, (op, i1, i2, j1, j2) in enumerate(opcodes):
        # a swap is a short replacement between matching context on both sides;
        # a long or unanchored one is a different sentence shape, not a swap
        if op != "replace" or i2 - i1 > _MAX_SWAP or j2 - j1 > _MAX_SWAP:
            continue
        before = opcodes[k - 1] if k else None
        after = opcodes[k + 1] if k + 1 < len(opcodes) else None

        def anchors(block) -> bool:
            """An equal run that really anchors: two words, or one of four letters or more
            ("said", "minister"), not a lone article ("la CGT" / "la SNCF" is no swap)."""
            if not block or block[0] != "equal":
                return False
            words = [w for w, _, _ in wa[block[1] : block[2]]]
            return len(words) >= 2 or len(words[0]) >= 4

        if not (anchors(before) or anchors(after)):
            continue
        a_lo, a_hi = sa.start + wa[i1][1], sa.start + wa[i2 - 1][2]
        b_lo, b_hi = sb.start + wb[j1][1], sb.start + wb[j2 - 1][2]
        in_a = [e for e in ents_a if e.start < a_hi and a_lo < e.end]
        in_b = [e for e in ents_b if e.start < b_hi and b_lo < e.end]
        for ea in in_a:
            kind = NAME_LABELS[ea.label]
            for eb in in_b:
                if _FAMILY.get(eb.label, eb.label) != _FAMILY.get(ea.label, ea.label):
                    continue
                na, nb = ea.canonical or ea.text, eb.canonical or eb.text
                # the name must be absent from the other sentence altogether (not just moved)
                if _same_name(na, nb) or any(_same_name(na, e.canonical or e.text) for e in ents_b) or any(
                    _same_name(nb, e.canonical or e.text) for e in ents_a
                ):
                    continue
                if kind == "name" and art_a.in_another_language(art_b) and adapted_surname(na, nb):
                    continue  # "Vilnis Kalniņš" / "Vilnis Kalninis": a surname another language adapts (:mod:`.adapted_surnames`)
                if kind == "place" and one_within_other(na, art_a, nb, art_b):
                    continue  # "in northwestern Montana" / "near Libby" where a report writes "LIBBY, Mont." (:mod:`.named_places`)
                if kind == "place" and (reference_point(art_a.text, ea.start) or reference_point(art_b.text, eb.start)):
                    continue  # "in Soshanguve, Tshwane" / "in Soshanguve, north of Pretoria": a point it lies off
                if _speaks(art_a, sa, na, ea.start, ea.end) != _speaks(art_b, sb, nb, eb.start, eb.end):
                    continue  # '"...," the judge told Lowe' / '"...," Judge Hale said': the speaker's name against another role's
                out.append((kind, na, nb))
    return out


def _nouns_written(unit: str | None, art_a: Article, sa: Sentence, art_b: Article, sb: Sentence, va: list, vb: list) -> dict:
    """How a number conflict names what it counts: ``unit``, the noun both texts wrote for a count
    compared as "people" ("persona", "Menschen"), or ``units``, each text's own noun where they
    wrote different ones ("agentes" / "officers"); else the key it was compared under.  Only the nouns of
    the figures in dispute (``va``, ``vb``) are read: "Dues persones van morir i set més ferits" /
    "Kaks inimest hukkus ja üheksa sai vigastada" dispute the injured, whom neither names, not the dead's nouns."""
    if unit != "people":
        return {"unit": unit}
    nouns = [
        {
            q.unit
            for q in starting_in(art.quantities, s)
            if q.unit and q.value in values and counted(q.unit, role(art.text, q)) == "people"
        }
        for art, s, values in ((art_a, sa, va), (art_b, sb, vb))
    ]
    if len(nouns[0]) == len(nouns[1]) == 1 and nouns[0] != nouns[1]:
        return {"units": {art_a.id: next(iter(nouns[0])), art_b.id: next(iter(nouns[1]))}}
    written = {n for side in nouns for n in side if n in PEOPLE}
    if art_a.in_another_language(art_b):
        return {"unit": unit}  # one side's word would name the other's figure in a language it is not in ("11 ราย" for "11 की मौत")
    return {"unit": written.pop() if len(written) == 1 else unit}


def _elided_noun(va: list[float], vb: list[float], na: dict, nb: dict) -> bool:
    """Whether each side's figures stand in the other sentence too, one of them without its noun: a
    noun said once serves two figures ("postponed 11,000 appointments on the first day, bringing the
    total to 96,000" / "96,000 appointments have been cancelled, including 11,000 on Tuesday"), so
    11,000 against 96,000 sets a daily figure against a total both outlets give."""

    def figures(n: dict, bare: bool) -> set:
        return {b for key, roles in n.items() if key is None or not bare for b in set().union(*roles.values())}

    def stated(values: list[float], n: dict, bare: bool) -> bool:
        return all(agree({(v, v, v)}, figures(n, bare)) for v in values)

    return stated(va, nb, False) and stated(vb, na, False) and (stated(va, nb, True) or stated(vb, na, True))


def _disputed(va: list[float], vb: list[float], art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[list[float], list[float]]:
    """The figures of a number conflict that are in dispute: a figure the other sentence also gives (under
    any noun: "in the 150-seat parliament" / "in the 150-member parliament") is shared, and shown only
    where each side would otherwise be left with none ("71 seats" / "73 seats", not "71; 150 seats")."""
    given_a, given_b = ({q.value for q in starting_in(art.quantities, s) if q.value is not None} for art, s in ((art_a, sa), (art_b, sb)))
    keep_a, keep_b = [v for v in va if v not in given_b], [v for v in vb if v not in given_a]
    return (keep_a, keep_b) if keep_a and keep_b else (va, vb)


@with_story_acronyms  # (the two reports' "Norvik Air (NVA)" where no comparison runs: :mod:`.acronym_names`)
def sentence_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[Conflict]:
    if different_stages(art_a, sa, art_b, sb):
        return []  # "No primeiro turno ... 38,9%" / "venceu o segundo turno com 54,3%": two rounds, two statements
    found: list[Conflict] = []
    da, db = compared_dates(art_a, sa, art_b, sb)
    if two_ends(art_a, sa, art_b, sb):
        pass  # "were suspended overnight" / "resumed on Friday morning": two acts' times (:mod:`.turns`)
    # and with every date the sentences give: a statement's day that fits the other's leaves the background aside
    elif dates_conflict(da, db) and dates_conflict(date_values(art_a, sa), date_values(art_b, sb)):
        # the values that name a day, which are what conflicts: not a bare clock time beside them ("07:30." at
        # the start of a live-blog entry), whose day was only inferred
        # each value once: "el martes 10 de marzo" writes one day twice
        named_a, named_b = ([*dict.fromkeys(v for v, _, named in side if named)] for side in (da, db))
        found.append(Conflict("date", {art_a.id: named_a, art_b.id: named_b}))
    else:  # one day, or none named: the clock times of one act ("at 10:15" / "at 11:40")
        for x, y in clock_conflicts(art_a, sa, art_b, sb):
            found.append(Conflict("date", {art_a.id: x, art_b.id: y}))
    for x, y in year_conflicts(art_a, sa, art_b, sb):  # "inspected in 2024" / "last inspected in 2019"
        found.append(Conflict("date", {art_a.id: [x], art_b.id: [y]}))
    for x, y in first_since_conflicts(art_a, sa, art_b, sb):  # "the first strike since 1989" / "since 1992" (:mod:`.first_since`)
        found.append(Conflict("date", {art_a.id: x, art_b.id: y}))
    na, nb = numbers(art_a, sa), numbers(art_b, sb)
    # counts of one noun held by different names ("Labour won 27 seats" / "the Greens won 9 seats") are two facts
    apart_a, apart_b = held_apart(art_a, sa, art_b, sb)
    # and shares of different things ("Shares jumped 14%" / "revenue rose 32 percent") too
    measured_a, measured_b = measured_apart(art_a, sa, art_b, sb)
    # and a crowd's size by the police and by the organisers ("police put the crowd at 15,000" / "organisers said 60,000")
    crowd_a, crowd_b = estimated_apart(art_a, sa, art_b, sb)
    # and any figure cited to the other side ("80%, según los sindicatos" / "20%, según el Gobierno", :mod:`.estimates`)
    crowd_a, crowd_b = (x | y for x, y in zip((crowd_a, crowd_b), cited_apart(art_a, sa, art_b, sb), strict=True))
    # and a count of an earlier event the sentence recalls ("since 1987, when a quake killed more than 100 people")
    recalled_a, recalled_b = recalled_apart(art_a, sa, art_b, sb)
    # and the base of a change ("up from $900m a year earlier"), compared only with the other's base (:mod:`.earlier_figures`)
    base_a, base_b = earlier_apart(art_a, sa, art_b, sb)
    # and a company's sales against its profit ("Revenue ... to €4.1bn" / "net profit ... to €650m", :mod:`.sum_kinds`)
    sums_a, sums_b = sum_kinds_apart(art_a, sa, art_b, sb)
    apart_a, apart_b = apart_a | measured_a | crowd_a | recalled_a | base_a | sums_a, apart_b | measured_b | crowd_b | recalled_b | base_b | sums_b
    held_a, held_b = (numbers(art_a, sa, apart_a), numbers(art_b, sb, apart_b)) if apart_a or apart_b else (na, nb)
    for unit, va, vb in number_conflicts(held_a, held_b):
        if _elided_noun(va, vb, held_a, held_b) or stated_elsewhere(unit, art_a, sa, held_a, art_b, sb, held_b):
            continue  # one figure without its noun, or a figure the other report states itself ("1.2 million" / "96,000 of them")
        if told_bare(vb, art_a, sa, held_a) or told_bare(va, art_b, sb, held_b):
            continue  # "368 Abgeordnete, 312 stimmten dagegen" / "312 Abgeordnete stimmten mit Nein" (:mod:`.bare_figures`)
        unit = unit[1] if isinstance(unit, tuple) else unit  # two running totals: the noun they count
        va, vb = _disputed(va, vb, art_a, sa, art_b, sb)
        found.append(Conflict("number", {art_a.id: va, art_b.id: vb}, **_nouns_written(unit, art_a, sa, art_b, sb, va, vb)))
    for unit, va, vb in earlier_conflicts(art_a, sa, art_b, sb) if base_a and base_b else []:  # "up from $900m" / "up from $850m"
        found.append(Conflict("number", {art_a.id: va, art_b.id: vb}, unit=unit[1] if isinstance(unit, tuple) else unit))
    for x, y in party_share_conflicts(art_a, sa, art_b, sb):  # "Labour 41%, the Conservatives 33%" / "... 41% and Labour 33%"
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, unit="%"))
    for x, y in denied_harm_conflicts(art_a, sa, art_b, sb):  # "No one was injured" / "Three were injured" (:mod:`.denied_harm`)
        found.append(Conflict("number", {art_a.id: x, art_b.id: y}, unit="people"))
    for x, y in others_conflicts(art_a, sa, held_a, art_b, sb, held_b):  # "16 others remained missing" / "20 people"
        found.append(Conflict("number", {art_a.id: x, art_b.id: y}, unit="people"))
    for x, y in currency_conflicts(art_a, sa, art_b, sb):  # "a fine of $5m" / "a fine of £5m" (:mod:`.currencies`)
        found.append(Conflict("number", {art_a.id: [x.value], art_b.id: [y.value]}, units={art_a.id: x.unit, art_b.id: y.unit}))
    for x, y in renamed_counts(art_a, sa, art_b, sb):
        found.append(Conflict("number", {art_a.id: [x.value], art_b.id: [y.value]}, units={art_a.id: x.unit, art_b.id: y.unit}))
    for x, y in ((na, nb), (nb, na)):  # "The bodies of 5 people were found" / "Three people died" (:mod:`.rescue_counts`)
        found_x, dead_y = x.get("people", {}).get(RECOVERED, set()), y.get("people", {}).get("dead", set())
        if bodies_beyond_toll(found_x, dead_y):
            va, vb = (values_of(found_x), values_of(dead_y)) if x is na else (values_of(dead_y), values_of(found_x))
            found.append(Conflict("number", {art_a.id: va, art_b.id: vb}, unit="people"))
    bare_a, bare_b = set().union(*na.get(None, {}).values()), set().union(*nb.get(None, {}).values())
    if len(bare_a) == len(bare_b) == 1 and not agree(bare_a, bare_b) and len(na) == len(nb) == 1:
        found.append(Conflict("number", {art_a.id: values_of(bare_a), art_b.id: values_of(bare_b)}))
    for _name, x, y in age_conflicts(art_a, sa, art_b, sb):  # "Brenner, 61," / "Brenner, 63,"
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, unit="age"))
    for ta, tb in tally_conflicts(art_a, sa, art_b, sb):  # "beat City 3-1" / "lost the final 3-2"
        found.append(Conflict("number", {art_a.id: ta, art_b.id: tb}, unit="result"))
    for ta, tb in count_tally_conflicts(art_a, sa, art_b, sb):  # "polled 384,312 votes ... scored 261,907 votes" / "384,312 votes against 216,907"
        found.append(Conflict("number", {art_a.id: ta, art_b.id: tb}, unit="result"))
    for ta, tb in lone_vote_conflicts(art_a, sa, art_b, sb):  # "214 képviselő támogatta" / "241 votes to 98"
        found.append(Conflict("number", {art_a.id: ta, art_b.id: tb}, unit="result"))
    for x, y in duration_conflicts(art_a, sa, art_b, sb):  # "a 48-hour strike" / "a 72-hour strike"
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, unit="duration"))
    for x, y in minimum_term_conflicts(art_a, sa, art_b, sb):  # "minimum term of 24 years" / "must serve at least 22 years"
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, unit="duration"))
    for x, y in life_term_conflicts(art_a, sa, art_b, sb):  # "jailed for life" / "a 25-year sentence" (:mod:`.life_terms`)
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, unit="duration"))
    for x, y in offset_conflicts(art_a, sa, art_b, sb):  # "arrested two days later" / "three days later" (:mod:`.offset_conflicts`)
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, unit="duration"))
    for x, y in suspension_conflicts(art_a, sa, art_b, sb):  # "zwei Jahre auf Bewährung" / "deux ans ferme"
        found.append(Conflict("negation", {art_a.id: x, art_b.id: y}))
    for x, y in deadline_conflicts(art_a, sa, art_b, sb):  # "repair it within two weeks" / "within 48 hours" (:mod:`.deadlines`)
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, unit="duration"))
    for _pa, x, _pb, y in minute_conflicts(art_a, sa, art_b, sb):  # "scored in the 23rd minute" / "in the 25th minute"
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, unit="minute"))
    ordinal = ordinal_conflicts(art_a, sa, art_b, sb)  # "his third resignation" / "his second resignation"
    found = [c for c in found if c.kind != "number" or not read_as_count(c, ordinal, (art_a.id, art_b.id))]
    for noun, x, y in ordinal:
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, unit=noun))
    # a temperature, and a measure that agrees across a conversion ("10,000 acres (4,047 hectares)" / "4,000
    # hectares"), are compared as measures, not as counts of degrees or of hectares (:mod:`.measures`)
    measured_a, measured_b = measured_figures(art_a, sa, art_b, sb)
    found = [c for c in found if c.kind != "number" or not _all_in(c.values, (art_a.id, measured_a), (art_b.id, measured_b))]
    for x, ux, y, uy in measure_conflicts(art_a, sa, art_b, sb):  # "12,000 acres" / "6,500 hectares" (16,000 acres)
        units = {"unit": ux} if ux == uy else {"units": {art_a.id: ux, art_b.id: uy}}  # "43C" / "45C"
        found.append(Conflict("number", {art_a.id: [x], art_b.id: [y]}, **units))
    negated = negation_conflicts(art_a, sa, art_b, sb)
    for x, y in negated:  # "did not sign the accord" / "signed the accord"
        found.append(Conflict("negation", {art_a.id: x, art_b.id: y}))
    for x, y in [] if negated else opposed(art_a, sa, art_b, sb):  # "denied taking the money" / "admitted taking it"
        found.append(Conflict("negation", {art_a.id: x, art_b.id: y}))
    for kind, x, y in entity_swaps(art_a, sa, art_b, sb):
        found.append(Conflict(kind, {art_a.id: x, art_b.id: y}))
    for x, y in source_conflicts(art_a, sa, art_b, sb):  # "according to police" / "according to the mayor's office"
        found.append(Conflict("speaker", {art_a.id: x, art_b.id: y}))
    for c in found:  # "at least 12 dead" at 08:00 / "at least 19 dead" at 15:00: most likely an update (:mod:`.updates`)
        c.later = later_report(c, art_a, sa, art_b, sb)
    return found


def _all_in(values: dict, *sides: tuple[str, set[float]]) -> bool:
    """Whether each side's figures of a number conflict are all among the given figures."""
    return all(values.get(key) and isinstance(values[key], list) and set(values[key]) <= figures for key, figures in sides)


def merge(conflicts: list[Conflict]) -> list[Conflict]:
    """One conflict per kind and value set."""
    out: dict[str, Conflict] = {}
    for c in conflicts:
        key = c.kind + repr(sorted((k, repr(v)) for k, v in c.values.items())) + repr((c.unit, sorted((c.units or {}).items())))
        out.setdefault(key, c)
    return list(out.values())

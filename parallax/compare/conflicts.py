"""Find where aligned sentences of different articles disagree.

Kinds: ``date`` (resolved dates that cannot both be true: "on Thursday" and
"April 7" are the same day and do not conflict), ``number`` (the same counted
thing with different values, see :mod:`.numbers`, or two different durations), ``name`` and ``place`` (one person,
organisation or place swapped for another at the same spot of the sentence,
found with a word-level diff so that reordered lists are not conflicts),
``quote`` (the same quotation with words changed) and ``speaker`` (the same
quotation given to different people).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from parallax.compare.numbers import PEOPLE, agree, counted, in_sentence, number_conflicts, numbers, renamed_counts, role, values_of
from parallax.letters import WORD
from parallax.records import Article, Conflict, Sentence

_FAMILY = {"PER": "PERSON"}
_MAX_SWAP = 4  # words on each side of a replacement that can be one name swapped for another
NAME_LABELS = {"PERSON": "name", "PER": "name", "ORG": "name", "NORP": "name", "GPE": "place", "LOC": "place", "FAC": "place"}


def interval(value: str | None) -> tuple[date, date] | None:
    """The days an ISO value covers: a day, a week, a month, a year or a range."""
    if not value:
        return None
    if "T" in value[10:11]:  # a time of day or part of day: the day is what conflicts
        value = value[:10]
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            ia, ib = interval(a), interval(b)
            return (ia[0], ib[1]) if ia and ib else None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = date.fromisoformat(value)
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = int(value[:4]), int(value[5:7])
            end = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
            return date(y, m, 1), end
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            start = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return start, start + timedelta(days=6)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


_PART_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$")  # "Tuesday evening": a day the text names


def date_values(art: Article, s: Sentence) -> list[tuple[str, tuple[date, date], bool]]:
    """(value, days it covers, whether the text names the day) of the sentence's dates.  Days,
    ranges, parts of named days and clock times with their day ("11 p.m. on Dec. 30") name it; a
    bare clock time does not (its day may be inferred)."""
    from parallax.analyze.times import names_a_day

    out = []
    for t in art.times:
        if in_sentence(s, t.start) and (iv := interval(t.value)):
            named = t.granularity in ("day", "range") or bool(_PART_OF_DAY.search(t.value or ""))
            out.append((t.value, iv, named or (t.granularity == "time" and names_a_day(t.text, art.language))))
    return out


def _dates_conflict(a, b) -> bool:
    """Both sentences name a day and no date of one fits any date of the other."""
    if not a or not b:
        return False
    if not any(x[2] for x in a) or not any(x[2] for x in b):
        return False
    return not any(x[1][0] <= y[1][1] and y[1][0] <= x[1][1] for x in a for y in b)


_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                       r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?")
_DURATION_SECONDS = (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1)


def duration_seconds(value: str | None) -> float | None:
    """Seconds of an exact ISO 8601 duration (``PT48H``, ``P2D``); ``None``
    for anything else, including TimeML's vague ``PXD`` ("for days")."""
    m = _DURATION.fullmatch(value or "")
    if not m or not any(m.groups()):
        return None
    return sum(float(g) * k for g, k in zip(m.groups(), _DURATION_SECONDS, strict=True) if g)


def durations(art: Article, s: Sentence) -> list[tuple[str, float]]:
    return [(t.value, sec) for t in art.times if in_sentence(s, t.start) and t.granularity == "duration" and (sec := duration_seconds(t.value))]


def _words_with_spans(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in re.finditer(WORD, text)]


def _same_name(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a in b or b in a or fuzz.token_set_ratio(a, b) >= 90


def entity_swaps(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str, str]]:
    """(kind, name in a, name in b) for entities replaced at the same place of the sentence."""
    ents_a = [e for e in art_a.entities if in_sentence(sa, e.start) and e.label in NAME_LABELS]
    ents_b = [e for e in art_b.entities if in_sentence(sb, e.start) and e.label in NAME_LABELS]
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
                out.append((kind, na, nb))
    return out


def _nouns_written(unit: str | None, art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> dict:
    """How a number conflict names what it counts: ``unit``, the noun both texts wrote for a count
    compared as "people" ("persona", "Menschen"), or ``units``, each text's own noun where they
    wrote different ones ("agentes" / "officers"); else the key it was compared under."""
    if unit != "people":
        return {"unit": unit}
    nouns = [
        {q.unit for q in art.quantities if in_sentence(s, q.start) and q.unit and counted(q.unit, role(art.text, q)) == "people"}
        for art, s in ((art_a, sa), (art_b, sb))
    ]
    if len(nouns[0]) == len(nouns[1]) == 1 and nouns[0] != nouns[1]:
        return {"units": {art_a.id: next(iter(nouns[0])), art_b.id: next(iter(nouns[1]))}}
    written = {n for side in nouns for n in side if n in PEOPLE}
    return {"unit": written.pop() if len(written) == 1 else unit}


def sentence_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[Conflict]:
    found: list[Conflict] = []
    da, db = date_values(art_a, sa), date_values(art_b, sb)
    if _dates_conflict(da, db):
        # the values that name a day, which are what conflicts: not a bare clock time beside them ("07:30." at
        # the start of a live-blog entry), whose day was only inferred
        found.append(Conflict("date", {art_a.id: [v for v, _, named in da if named], art_b.id: [v for v, _, named in db if named]}))
    na, nb = numbers(art_a, sa), numbers(art_b, sb)
    for unit, va, vb in number_conflicts(na, nb):
        found.append(Conflict("number", {art_a.id: va, art_b.id: vb, **_nouns_written(unit, art_a, sa, art_b, sb)}))
    for x, y in renamed_counts(art_a, sa, art_b, sb):
        found.append(Conflict("number", {art_a.id: [x.value], art_b.id: [y.value], "units": {art_a.id: x.unit, art_b.id: y.unit}}))
    bare_a, bare_b = set().union(*na.get(None, {}).values()), set().union(*nb.get(None, {}).values())
    if len(bare_a) == len(bare_b) == 1 and not agree(bare_a, bare_b) and len(na) == len(nb) == 1:
        found.append(Conflict("number", {art_a.id: values_of(bare_a), art_b.id: values_of(bare_b)}))
    ta, tb = durations(art_a, sa), durations(art_b, sb)
    if len(ta) == len(tb) == 1 and ta[0][1] != tb[0][1]:  # "a 48-hour strike" / "a 72-hour strike"
        found.append(Conflict("number", {art_a.id: [ta[0][0]], art_b.id: [tb[0][0]], "unit": "duration"}))
    for kind, x, y in entity_swaps(art_a, sa, art_b, sb):
        found.append(Conflict(kind, {art_a.id: x, art_b.id: y}))
    return found


def merge(conflicts: list[Conflict]) -> list[Conflict]:
    """One conflict per kind and value set."""
    out: dict[str, Conflict] = {}
    for c in conflicts:
        key = c.kind + repr(sorted((k, repr(v)) for k, v in c.values.items()))
        out.setdefault(key, c)
    return list(out.values())

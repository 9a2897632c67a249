"""Find where aligned sentences of different articles disagree.

Kinds: ``date`` (resolved dates that cannot both be true: "on Thursday" and
"April 7" are the same day and do not conflict), ``number`` (the same counted
thing with different values, also under another noun, or two different durations), ``name`` and ``place`` (one person,
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

from parallax.records import Article, Conflict, Quantity, Sentence

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


def _in(sentence: Sentence, start: int) -> bool:
    return sentence.start <= start < sentence.end


def date_values(art: Article, s: Sentence) -> list[tuple[str, tuple[date, date], str]]:
    return [(t.value, iv, t.granularity) for t in art.times if _in(s, t.start) and (iv := interval(t.value))]


_PART_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$")  # "Tuesday evening": a day the text names


def _dates_conflict(a, b) -> bool:
    """Both sentences date something and no date of one fits any date of the other.  Days,
    ranges and parts of named days count; a bare clock time does not (its day may be inferred)."""
    if not a or not b:
        return False
    precise_a = [x for x in a if x[2] in ("day", "range") or _PART_OF_DAY.search(x[0])]
    precise_b = [x for x in b if x[2] in ("day", "range") or _PART_OF_DAY.search(x[0])]
    if not precise_a or not precise_b:
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
    return [(t.value, sec) for t in art.times if _in(s, t.start) and t.granularity == "duration" and (sec := duration_seconds(t.value))]


# hedges before a number: a bound or an estimate, not an exact figure ("at least 28" agrees with 38)
_AT_LEAST = r"more than|over|at least|upwards of|in excess of|plus de|au moins|más de|al menos|mehr als|über|mindestens|oltre|almeno|più di|mais de|pelo menos|meer dan|minstens|ruim"
_AT_MOST = r"fewer than|less than|up to|under|almost|nearly|moins de|près de|jusqu'à|menos de|casi|hasta|weniger als|fast|bis zu|meno di|quasi|fino a|quase|até|minder dan|bijna"
_ABOUT = r"about|around|roughly|approximately|some|an estimated|estimated|environ|quelque|unos|unas|alrededor de|cerca de|etwa|rund|ungefähr|circa|cerca di|ongeveer|zo'n"
_HEDGE = re.compile(rf"(?<!\w)(?:(?P<lo>{_AT_LEAST})|(?P<hi>{_AT_MOST})|(?P<about>{_ABOUT}))\s+\Z", re.I)
Bound = tuple[float, float, float]  # value, lowest, highest it allows


def bounds(text: str, q: Quantity) -> Bound:
    """What a number allows, given the hedge before it: "at least 28" allows 28 and more, "nearly 40"
    up to 40, "about 200" 10% either way; a bare number itself only."""
    v = float(q.value or 0.0)
    m = _HEDGE.search(text[max(0, q.start - 25) : q.start])
    if m is None:
        return v, v, v
    if m.group("lo"):
        return v, v, float("inf")
    if m.group("hi"):
        return v, 0.0, v
    return v, v * 0.9, v * 1.1


def _agree(a, b) -> bool:
    """Whether some number of one set fits some number of the other."""
    return any(x[1] <= y[2] and y[1] <= x[2] for x in a for y in b)


def _values(entries) -> list[float]:
    return sorted({e[0] for e in entries})


def numbers(art: Article, s: Sentence) -> dict[str | None, dict[str | None, set[Bound]]]:
    """The sentence's numbers by counted noun, then by what happened to what they count (:func:`role`)."""
    out: dict[str | None, dict[str | None, set[Bound]]] = {}
    for q in art.quantities:
        if _in(s, q.start) and q.value is not None:
            out.setdefault(q.unit, {}).setdefault(role(art.text, q), set()).add(bounds(art.text, q))
    return out


# what happened to the people (or things) a number counts: the casualty roles that news numbers
# mostly report, in the languages Parallax reads ("28 people killed" and "210 people injured" are
# no conflict; "28 dead" and "38 dead" are).  Whole words only: "total" is no "tot".
_ROLES = {
    "dead": r"kill(?:s|ed|ing)?|dead|died|dying|deaths?|toll|fatalit(?:y|ies)|perished|muert[oa]s?|fallecid[oa]s?|morts?|mortes?"
            r"|tués?|tuées?|tot|tote[nr]?|getötet|verstorben|uccis[oie]|mort[io]|mortos?|doden|omgekomen|gestorven",
    "injured": r"injur(?:y|ies|ed|ing)|wound(?:s|ed|ing)?|hurt|herid[oa]s?|lesionad[oa]s?|blessés?|blessées?|verletzt[e]?[nr]?"
               r"|verwundet[e]?[nr]?|ferit[oie]|ferid[oa]s?|gewond|gewonden",
    "missing": r"missing|desaparecid[oa]s?|disparus?|disparues?|vermisst[e]?[nr]?|dispers[oi]|vermist|vermisten",
    "arrested": r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detenid[oa]s?|detid[oa]s?|interpell(?:é|és|ée|ées|ations?)|arrêté(?:e|s|es)?"
                r"|festgenommen|verhaftet|gewahrsam|fermat[oie]|arrestat[oie]|aangehouden|gearresteerd|pres[oa]s",
    "evacuated": r"evacuat(?:e|es|ed|ing|ion)|displaced|homeless|évacué(?:e|s|es)?|evacuad[oa]s?|evakuiert|sfollat[oie]|evacuat[oie]"
                 r"|desalojad[oa]s?|obdachlos|geëvacueerd|dakloos",
    "trapped": r"trapp(?:ed|ing)|stranded|eingeschlossen|verschüttet|piégé(?:e|s|es)?|bloqué(?:e|s|es)|atrapad[oa]s?|intrappolat[oie]"
               r"|soterrad[oa]s?|ingesloten|bedolven",
    "rescued": r"rescu(?:ed|ing)|saved|gerettet|geborgen|sauvé(?:e|s|es)?|secouru(?:e|s|es)?|rescatad[oa]s?|salvat[oie]"
               r"|resgatad[oa]s?|gered",
}  # fmt: skip
_ROLE_WORD = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _ROLES.items()), re.I)


def role(text: str, q: Quantity) -> str | None:
    """What a number's count went through, from the words around it: the counted word itself
    ("28 dead", "38 morts"), the word after it ("210 people injured"), else the nearest casualty
    word before it in five words ("killing at least 28 people"), else after it in three."""
    after = re.findall(r"[\w-]+", text[q.end : q.end + 60])[:4]
    for word in after[:2]:
        if m := _ROLE_WORD.fullmatch(word):
            return m.lastgroup
    before = re.findall(r"[\w-]+", text[max(0, q.start - 60) : q.start])[-5:]
    for word in reversed(before):
        if m := _ROLE_WORD.fullmatch(word):
            return m.lastgroup
    for word in after[2:]:
        if m := _ROLE_WORD.fullmatch(word):
            return m.lastgroup
    return None


def _number_conflicts(na: dict, nb: dict) -> list[tuple[str, list[float], list[float]]]:
    """(unit, values a, values b) of the counts that disagree.  When both sentences say what
    happened to what they count, only counts of the same role compare ("28 killed" / "210 injured"
    is no conflict); otherwise all the counts of the noun compare together."""
    out = []
    for unit in set(na) & set(nb) - {None}:
        ra, rb = na[unit], nb[unit]
        roles_a, roles_b = set(ra) - {None}, set(rb) - {None}
        if roles_a and roles_b:
            out += [(unit, _values(ra[r]), _values(rb[r])) for r in sorted(roles_a & roles_b) if not _agree(ra[r], rb[r])]
            continue
        va, vb = set().union(*ra.values()), set().union(*rb.values())
        if not _agree(va, vb):
            out.append((unit, _values(va), _values(vb)))
    return out


_CURRENCY_WORDS = {"euro", "dollar", "pound", "yen", "yuan", "franc", "krona", "kronor", "krone", "rouble", "ruble", "rupee", "peso", "real", "reai"}
_FUNCTION_WORDS = {"of", "the", "and", "to", "in", "on", "at", "for", "with", "by", "from", "about", "than", "some", "de", "la", "le", "el",
                   "der", "die", "das", "und", "et", "y", "e", "di", "van", "het", "een", "en", "da", "do", "des", "du", "a"}  # fmt: skip


# ages and spans of time ("an 81-year-old woman", "71 ans") are no counts of people or things
_TIME_WORDS = {"year", "yr", "month", "week", "day", "hour", "minute", "second", "jahr", "jahre", "monat", "woche", "tag", "stunde",
               "an", "ans", "année", "mois", "semaine", "jour", "heure", "año", "mese", "anno", "anni", "ano", "mê", "jaar", "jaren",
               "maand", "dag", "uur", "dia", "giorni", "giorno", "ore", "hora", "horas", "semana"}  # fmt: skip


def _counts(art: Article, s: Sentence) -> list[Quantity]:
    """Quantities of the sentence that count a noun ("23 people"), not a share, a sum of money or an age."""
    return [q for q in art.quantities if _in(s, q.start) and q.value is not None and q.unit and q.unit.isalpha()
            and q.unit not in _CURRENCY_WORDS and q.unit not in _TIME_WORDS]  # fmt: skip


def _word_before(art: Article, q: Quantity) -> str:
    """The content word right before a number ("arresting" in "arresting 23 people"), or ""."""
    words = re.findall(r"\w+", art.text[max(0, q.start - 40) : q.start])
    word = words[-1].lower() if words else ""
    return word if len(word) > 2 and word not in _FUNCTION_WORDS else ""


def renamed_counts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[Quantity, Quantity]]:
    """Counts of the same thing under different nouns whose values differ: "arresting 23 people" /
    "arresting 31 rioters", which is the loaded-word case, or "Seis agentes ... dos manifestantes" /
    "Nine officers ... two rioters" across languages.  After the counts whose noun both sentences use,
    the rest pair up by what happened to them when the text says (:func:`_paired_by_role`), or else
    when both sentences hold as many numbers (at most three):

    * in one language, when the content word before each number is the same ("hield 14 demonstranten" /
      "hield 19 relschoppers");
    * across languages, in order (a translation keeps the order of its numbers), when every other
      number of the two sentences agrees and only one pair differs."""
    numbers_a = [q for q in art_a.quantities if _in(sa, q.start) and q.value is not None]
    numbers_b = [q for q in art_b.quantities if _in(sb, q.start) and q.value is not None]
    all_a, all_b = _counts(art_a, sa), _counts(art_b, sb)
    units_a, units_b = {q.unit for q in all_a}, {q.unit for q in all_b}
    rest_a = [q for q in all_a if q.unit not in units_b]
    rest_b = [q for q in all_b if q.unit not in units_a]
    by_role = _paired_by_role(art_a, rest_a, art_b, rest_b)
    if by_role is not None:
        return by_role
    if not numbers_a or len(numbers_a) != len(numbers_b) or len(numbers_a) > 3:
        return []
    if not rest_a or len(rest_a) != len(rest_b):
        return []
    languages = {(x.language or "")[:2] for x in (art_a, art_b)}
    if len(languages) == 2 and "" not in languages:
        pairs = list(zip(numbers_a, numbers_b, strict=True))
        differ = [(x, y) for x, y in pairs if not _agree({bounds(art_a.text, x)}, {bounds(art_b.text, y)})]
        if len(differ) != 1 or len(pairs) < 2 or differ[0][0] not in rest_a or differ[0][1] not in rest_b:
            return []
        return differ
    pairs = [(x, y) for x, y in zip(rest_a, rest_b, strict=True) if (w := _word_before(art_a, x)) and w == _word_before(art_b, y)]
    return [(x, y) for x, y in pairs if not _agree({bounds(art_a.text, x)}, {bounds(art_b.text, y)})]


def _paired_by_role(art_a: Article, rest_a: list[Quantity], art_b: Article, rest_b: list[Quantity]) -> list[tuple[Quantity, Quantity]] | None:
    """Counts that say what happened to what they count pair by that ("19 Menschen wurden verletzt" /
    "23 people were injured", "41 Aktivisten ... in Gewahrsam" / "47 Personen ... in Gewahrsam"): the
    differing pairs of the roles each sentence gives exactly one count; None when no role pairs."""
    roles_a = [(role(art_a.text, q), q) for q in rest_a]
    roles_b = [(role(art_b.text, q), q) for q in rest_b]
    shared = {r for r, _ in roles_a if r} & {r for r, _ in roles_b if r}
    pairs = []
    for r in sorted(shared):
        xs, ys = [q for x, q in roles_a if x == r], [q for y, q in roles_b if y == r]
        if len(xs) == len(ys) == 1:
            pairs.append((xs[0], ys[0]))
    if not pairs:
        return None
    return [(x, y) for x, y in pairs if not _agree({bounds(art_a.text, x)}, {bounds(art_b.text, y)})]


def _words_with_spans(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in re.finditer(r"\w+", text)]


def _same_name(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a in b or b in a or fuzz.token_set_ratio(a, b) >= 90


def entity_swaps(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str, str]]:
    """(kind, name in a, name in b) for entities replaced at the same place of the sentence."""
    ents_a = [e for e in art_a.entities if _in(sa, e.start) and e.label in NAME_LABELS]
    ents_b = [e for e in art_b.entities if _in(sb, e.start) and e.label in NAME_LABELS]
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


def sentence_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[Conflict]:
    found: list[Conflict] = []
    da, db = date_values(art_a, sa), date_values(art_b, sb)
    if _dates_conflict(da, db):
        found.append(Conflict("date", {art_a.id: [v for v, _, _ in da], art_b.id: [v for v, _, _ in db]}))
    na, nb = numbers(art_a, sa), numbers(art_b, sb)
    for unit, va, vb in _number_conflicts(na, nb):
        found.append(Conflict("number", {art_a.id: va, art_b.id: vb, "unit": unit}))
    for x, y in renamed_counts(art_a, sa, art_b, sb):
        found.append(Conflict("number", {art_a.id: [x.value], art_b.id: [y.value], "units": {art_a.id: x.unit, art_b.id: y.unit}}))
    bare_a, bare_b = set().union(*na.get(None, {}).values()), set().union(*nb.get(None, {}).values())
    if len(bare_a) == len(bare_b) == 1 and not _agree(bare_a, bare_b) and len(na) == len(nb) == 1:
        found.append(Conflict("number", {art_a.id: _values(bare_a), art_b.id: _values(bare_b)}))
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

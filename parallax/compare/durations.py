"""Measures of time of two aligned sentences ("a 48-hour strike" / "a 72-hour strike"), and the offsets
between two events ("a day after it ran aground", "two days later").

A duration is a measure ("a 48-hour strike") only when it is not a bound ("within six weeks",
"well over a year") and not an offset ("a day after", "two days later"); two of them conflict only
when they measure the same thing, shown by the same word governing both ("grève de 48 heures" /
"grève de 72 heures").  An estimate ("about three hours") is no bound: it is compared too, with the give
:mod:`.estimated_lengths` allows it ("about three hours" / "about four hours" agree, "about ten hours" not).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.segment import segments
from parallax.compare.align import _STOP
from parallax.compare.estimated_lengths import lengths_fit
from parallax.compare.event_nouns import same_event
from parallax.compare.hedges import ABOUT, AT_LEAST, AT_MOST
from parallax.compare.lengths import measured, measured_noun
from parallax.compare.minutes import stoppage_added
from parallax.compare.numbers import in_sentence
from parallax.compare.prison_terms import PRISON, prison_term
from parallax.compare.sentence_items import starting_in
from parallax.letters import IN_WORD, UNSPACED, WORD, fold
from parallax.records import Article, Sentence, TimeExpression

_DURATION = re.compile(
    r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?"
)
_DURATION_SECONDS = (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1)


def duration_seconds(value: str | None) -> float | None:
    """Seconds of an exact ISO 8601 duration (``PT48H``, ``P2D``); ``None``
    for anything else, including TimeML's vague ``PXD`` ("for days")."""
    m = _DURATION.fullmatch(value or "")
    if not m or not any(m.groups()):
        return None
    return sum(float(g) * k for g, k in zip(m.groups(), _DURATION_SECONDS, strict=True) if g)


# an offset between two events, after the span ("a day after", "two days later", "einen Tag später",
# "un jour plus tard", "al día siguiente" is a date) and before it ("after two days", "nach zwei Tagen",
# "через два дня", "po dwóch dniach"): the sign is where the other event lies
_LATER = (
    r"after|later|afterwards|après|plus tard|después|más tarde|dopo|più tardi|depois|mais tarde|nach|nachdem|später|danach"
    r"|daarna|после|спустя|позже|позднее|після|пізніше|później|sonra|μετά|setelah|kemudian|după|mai târziu|senare|efter"
)
_EARLIER = (
    r"before|earlier|beforehand|previously|avant|plus tôt|auparavant|antes|antes de|prima|vor|zuvor|vorher|früher|voor|eerder"
    r"|до|раньше|ранее|раніше|przed|wcześniej|önce|πριν|sebelum|sebelumnya|înainte|tidigare|innan|før|tidligere"
)
_OFFSET_AFTER = re.compile(rf"[ \u00a0,]{{0,2}}(?:(?P<later>{_LATER})|(?P<earlier>{_EARLIER}))(?![\w{IN_WORD}])", re.I)
_OFFSET_BEFORE = re.compile(r"(?<![\w])(?:after|nach|après|tras|dopo|depois de|через|спустя|po|після)[ \u00a0]{1,3}\Z", re.I)

# a bound, not a measure (public: compare/deadlines.py reads a deadline by it): "within six weeks", "well over a year", "in less than a week", and the hedges of counts
# (Swedish "inom tre timmar", Norwegian "innen tre timer", Danish "inden (for) tre timer"; Finnish puts it after:
# "kolmen tunnin sisällä", "kuluessa"; Vietnamese "trong vòng một tháng", Swahili "ndani ya wiki mbili", Hausa "cikin
# mako biyu")
WITHIN = (
    r"within|inside|binnen|innerhalb|innerhalb von|d'ici|dentro de|entro|en moins de|en menos de|em menos de|in meno di|binnen de"
    r"|inom|innom|innen|innenfor|inden|inden for|indenfor|trong vòng|ndani ya|cikin"
)
_BOUND_BEFORE = re.compile(rf"(?<![\w])(?:{WITHIN}|{AT_LEAST}|{AT_MOST})[ \u00a0]{{1,3}}\Z", re.I)
_BOUND_AFTER = re.compile(r"[ \u00a0](?:sisällä|sisään|kuluessa)(?!\w)", re.I)
_BOUND_IN_SPAN = re.compile(rf"(?:{AT_LEAST}|{AT_MOST})[ \u00a0]", re.I)
_ABOUT_BEFORE = re.compile(rf"(?<![\w])(?:{ABOUT})[ \u00a0]{{1,3}}\Z", re.I)
_ABOUT_IN_SPAN = re.compile(rf"(?:{ABOUT})[ \u00a0]", re.I)


def offsets(art: Article, s: Sentence) -> list[tuple[int, float]]:
    """The sentence's offsets between two events: (-1, seconds) where the other event lies before
    ("a day after it ran aground", "two days later"), (+1, seconds) where it lies after ("a day
    before the vote")."""
    out = []
    for t in starting_in(art.times, s):
        if not in_sentence(s, t.start) or t.granularity != "duration" or not (sec := duration_seconds(t.value)):
            continue
        if measured(art, t):
            continue  # "deliberated for nine hours before ...", "after seven hours of deliberation": a length
        if (sign := offset_direction(art, t)) is not None:
            out.append((sign, sec))
    return out


def offset_direction(art: Article, t: TimeExpression) -> int | None:
    """Where a duration is an offset, the side the other event lies on: -1 before ("two days later", "a day after
    it ran aground"), +1 after ("a day before the vote"); None where it is no offset (read by :func:`offsets` and
    :mod:`.offset_conflicts`)."""
    if m := _OFFSET_AFTER.match(art.text, t.end):
        return -1 if m.lastgroup == "later" else 1
    if _OFFSET_BEFORE.search(art.text, max(0, t.start - 20), t.start):
        return -1
    return None


_GOVERNING_WITHIN = 3  # content words before a duration among which the word that governs it stands
_ADJECTIVAL = re.compile(rf"[\w{IN_WORD}]-[\w{IN_WORD}]+\Z")  # "48-hour", "three-day": the noun after is what it measures
# and the languages that compound it otherwise: Greek in one word ("24ωρη απεργία", "τριήμερη"), Turkish with "-lik"
# ("24 saatlik grev")
_ADJECTIVAL_BY_LANGUAGE = {"el": re.compile(r"(?:ωρ|ήμερ)[^\W\d_]{1,3}\Z"), "tr": re.compile(r"l[ıiuü]k\Z")}


def _adjectival(t: TimeExpression, language: str | None) -> bool:
    """Whether a duration is an adjective of the noun after it ("a 48-hour strike", "24ωρη απεργία")."""
    own = _ADJECTIVAL_BY_LANGUAGE.get((language or "").split("-")[0].lower())
    return bool(_ADJECTIVAL.search(t.text) or (own and own.search(t.text)))


@lru_cache(maxsize=64)
def _stops(language: str | None) -> frozenset[str]:
    from parallax.stories.features import stop_words

    lang = (language or "").split("-")[0].split("_")[0].lower()
    return frozenset(_STOP) | (stop_words(lang) if lang.isalpha() else frozenset())


def content_word(word: str, language: str | None) -> bool:
    # (a word of two Han characters or kana is a content word: "懲役", "罢工"; a particle is one character)
    return (
        (len(word) > 2 or len(word) == 2 and _UNSPACED_CHAR.match(word) is not None)
        and not word.isdigit()
        and fold(word) not in _stops(language)
        and not _BOUND_IN_SPAN.match(word + " ")
        and not _ABOUT_IN_SPAN.match(word + " ")
    )


def _governing(art: Article, s: Sentence, t: TimeExpression) -> frozenset[str]:
    """The words that may say what a duration measures: the noun after an adjectival one ("a 48-hour
    strike"), else the nearest content words before it ("grève de 48 heures", "lasted two days",
    "has seen in two decades"), names and dates passed over: the verb stands apart from its measure
    when the sentence names whom or when ("sentenced former mayor Gerald Finch to eight years",
    "was sentenced on Thursday to seven years"); empty when there is none near."""
    if _adjectival(t, art.language):
        after = re.findall(WORD, art.text[t.end : min(s.end, t.end + 40)])
        return frozenset({fold(after[0])}) if after and content_word(after[0], art.language) else frozenset()
    lo = max(s.start, t.start - 60)
    # (a German noun the entity model calls MISC is no name: "Ihr Martyrium dauerte 47 Tage")
    names = [e for e in art.entities if e.label != "MISC"]
    skip = [(x.start, x.end) for x in (*names, *art.times) if x is not t and x.start < t.start and lo < x.end]
    out: list[str] = []
    for a, b in reversed(_words(art.text, lo, t.start, art.language)):
        word = art.text[a:b]
        if content_word(word, art.language) and not any(x < b and a < y for x, y in skip):
            out.append(fold(word))
        if len(out) == _GOVERNING_WITHIN:
            break
    return frozenset(out)


_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")


def _words(text: str, lo: int, hi: int, language: str | None) -> list[tuple[int, int]]:
    """The words of ``text[lo:hi]``, a run without spaces cut by the language's segmenter: a Chinese or Japanese
    clause is one "word" to ``WORD`` ("依貪污治罪條例判處有期徒刑"), and the word that governs the length is its last,
    "有期徒刑" (:func:`parallax.analyze.segment.segments`)."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(WORD, text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        if _UNSPACED_CHAR.search(m.group()):
            out.extend((a + s, a + e) for s, e in segments(m.group(), language))
        else:
            out.append((a, b))
    return out


def estimated(art: Article, t: TimeExpression) -> bool:
    """Whether a length is an estimate: "about three hours", "etwa drei Stunden"."""
    return bool(_ABOUT_IN_SPAN.match(t.text) or _ABOUT_BEFORE.search(art.text, max(0, t.start - 25), t.start))


def durations(art: Article, s: Sentence, estimates: bool = False) -> list[tuple[str, float, frozenset[str]]]:
    """(value, seconds, governing words) of the sentence's measures of time: exact durations that are
    neither a bound ("within six weeks", "more than six hours") nor an offset ("a day after"), and
    that have a word near them saying what they measure (:func:`_governing`; not the mark of a prison term,
    :mod:`.prison_terms`); with ``estimates``, the estimated ones too ("about three hours")."""
    return [(v, sec, words - {PRISON}) for v, sec, words, about in _measures(art, s) if estimates or not about]


def prison_lengths(art: Article, s: Sentence) -> list[str]:
    """The sentence's prison terms to serve, exact ones, as ISO 8601 lengths (:mod:`.prison_terms`, :mod:`.life_terms`)."""
    return [v for v, _, words, about in _measures(art, s) if PRISON in words and not about]


def _measures(art: Article, s: Sentence) -> list[tuple[str, float, frozenset[str], bool]]:
    """:func:`durations`, estimates with them, each told by its last field."""
    out = []
    for t in starting_in(art.times, s):
        if not in_sentence(s, t.start) or t.granularity != "duration" or not (sec := duration_seconds(t.value)):
            continue
        adjectival = _adjectival(t, art.language)  # "after six-hour talks": the talks' length, no offset
        if (
            _BOUND_IN_SPAN.match(t.text)
            or stoppage_added(art.text, t.start)  # "aos 90+2 minutos": a minute of play (:mod:`.minutes`)
            or _BOUND_BEFORE.search(art.text, max(0, t.start - 25), t.start)
            or _BOUND_AFTER.match(art.text, t.end)
        ):
            continue
        offset = _OFFSET_AFTER.match(art.text, t.end) or not adjectival and _OFFSET_BEFORE.search(art.text, max(0, t.start - 20), t.start)
        if offset and not measured(art, t):
            continue
        words = _governing(art, s, t) | ({noun} if (noun := measured_noun(art, t)) else set())
        if prison_term(art, t, words, noun):  # "jailed for 12 years" / "a 10-year sentence" (:mod:`.prison_terms`)
            words |= {PRISON}
        if words:
            out.append((t.value, sec, words, estimated(art, t)))
    return out


# the endings that inflect a short English word ("ban" / "bans", "banned", "banning"), its last consonant doubled or not
_INFLECTIONS = frozenset({"s", "es", "d", "ed", "ing"})


def same_word(a: str, b: str) -> bool:
    """One word in two forms: equal, a shared opening of five letters ("strike" / "strikes", "grève" / "grèves"),
    or a short word and itself with an ending ("ban" / "banned", "jail" / "jailed")."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    if a == b or n >= 5:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if n < len(short) or len(short) < 3 or not short.isascii():
        return False
    rest = long[n:]
    if rest == "d":
        return short.endswith("e")  # "fire" / "fired", not "war" / "ward"
    return rest in _INFLECTIONS or rest[:1] == short[-1] and rest[1:] in _INFLECTIONS


def duration_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(value in a, value in b) of measures of time that measure the same thing and differ: the
    same word governs both ("a 48-hour strike" / "a 72-hour strike"), or two nouns of one kind of event
    (:mod:`.event_nouns`: "a 25-day walkout" / "the strike, which lasted three weeks"), and no measure of the other
    under that word agrees.  Across languages no word is shared: a translated pair compares its lengths only
    where each sentence measures one ("The strike will last 48 hours" / "La huelga durará 72 horas"), as a
    translation keeps what it measures."""
    if art_a.in_another_language(art_b):
        da, db = _measures(art_a, sa), _measures(art_b, sb)
        return [(da[0][0], db[0][0])] if len(da) == len(db) == 1 and not lengths_fit(da[0], db[0]) else []
    out = []
    ta, tb = _measures(art_a, sa), _measures(art_b, sb)
    # a measure of b that one of a agrees with is that one's counterpart, told by both: "the first strike in 14
    # years, set to last five days" / "the first strike in 14 years" leaves the five days nothing to disagree with
    paired = [y for y in tb if any(lengths_fit(x, y) for x in ta)]
    for x in ta:
        same = [y for y in tb if any(same_word(w, v) or same_event(w, v) for w in x[2] for v in y[2])]
        if same and not any(lengths_fit(x, y) for y in same) and (free := [y for y in same if y not in paired]):
            out.append((x[0], free[0][0]))
    return out

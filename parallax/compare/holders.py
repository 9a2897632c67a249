"""Who holds a count: counts of one noun held by different named holders are two facts, not two figures.

"El PSOE quedó segundo con 27 procuradores" / "Vox obtuvo nueve procuradores", "Germany won 12 medals" /
"Norway won 16 medals": aligned by their noun, each count belongs to the name its clause gives it, and
the names differ.  The holder is the name nearest before the count in its clause (the subject, or the
party the seats went to: "dieron al PSOE 27 procuradores"), not a place a preposition governs ("in
Leeds") nor a speaker ("Labour said 27 seats").  A count only one side gives a holder stays comparable
("the PSOE got 27 seats" / "29 seats went to the party"), and so does one holder under two names: an
acronym and a name one of whose words gives one of its letters ("PSOE" / "the Socialists"), two spellings
("Grünen" / "Greens").  German and Luxembourgish, where every noun has a capital, find their names by shape
and lexicon in :mod:`.holders_de` (and a bare name opening its sentence, which the English model tags: "Frankreich
gewann 12 Medaillen").  A casualty count ("27 people died in Valencia") has no holder: what happened to
people is the event's, whoever the clause names.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from parallax.compare.count_nouns import NOT_COUNTS, counted
from parallax.compare.holders_de import _ACRONYM as GERMAN_ACRONYM
from parallax.compare.holders_de import GERMANIC_CAPITALS, name_spans, opening_name, receiver
from parallax.compare.numbers import in_sentence
from parallax.compare.parties import party_name, same_party
from parallax.compare.renamed import MEASURE_UNIT, lang_code, speech_verb
from parallax.compare.role_words import JOBS
from parallax.compare.roles import role
from parallax.compare.sentence_items import reaching_into, starting_in
from parallax.compare.state_bodies import names_government
from parallax.letters import IN_WORD, LOWER, fold
from parallax.records import Article, Quantity, Sentence
from parallax.sounds import same_sound

_NAME_LABELS = frozenset({"PERSON", "PER", "ORG", "NORP", "GPE", "MISC"})
# a place after one of these is where, not who ("won 27 seats in Leeds", "obtuvo en Valladolid 27")
_LOCATIVE = frozenset("in at on en dans à au aux im am nel nella em no na w v в у".split())
# the determiners that may stand before a name ("the Greens", "el PSOE", "die SPD", "les Verts")
_DETERMINERS = frozenset("the el la los las le les l die der den das il lo gli i os as o a".split())
# the languages whose entity layer has a model: their sentence-opening names are found by it
_WITH_MODEL = frozenset({"en", "fr"})
# where a count's clause starts: a comma, a semicolon, a colon, a sentence end, or a conjunction; a word that is
# a conjunction in one language and a preposition in another only in its own ("en" is Dutch "and", Spanish "in")
_CLAUSE_MARK = r"[,;:，、；：。！？।]|[.!?](?=\s)"
_CONJUNCTIONS = "and|but|while|whereas|et|mais|y|pero|und|aber|maar|и|а|но|і|та|але|oraz|ale|și|şi|och|og|ve|και|और|و"
# and the words that open a subordinate clause with a subject of its own: a name before one holds nothing after it
# ("Veltra was fined £10m after hackers stole 4.3 million records", "a breach that exposed 3.4 million records": the
# hackers and the breach, not Veltra or the regulator); "who" and "which" are left out, since their antecedent, the
# name before them, is their subject ("the Greens, who won 9 seats")
_SUBORDINATORS = "after|before|because|when|although|though|until|unless|that|quand|lorsque|porque|cuando|perché|quando|omdat|nadat"
_OWN_CONJUNCTIONS = {"nl": "en", "it": "e|ma", "pt": "e|mas", "pl": "i", "ca": "i", "id": "dan", "ms": "dan"}


@lru_cache(maxsize=32)
def _clause_end(lang: str) -> re.Pattern[str]:
    words = _CONJUNCTIONS + "|" + _SUBORDINATORS + ("|" + _OWN_CONJUNCTIONS[lang] if lang in _OWN_CONJUNCTIONS else "")
    return re.compile(rf"{_CLAUSE_MARK}|\s(?:{words})\s", re.I)


_CAPITALISED = re.compile(rf"(?<![\w{IN_WORD}])[^\W\d_][\w{IN_WORD}'’-]*")
_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,6}|(?:[A-Z]{1,2}\.){2,4}")


@lru_cache(maxsize=32)
def _common_openers(lang: str) -> frozenset[str]:
    """The language's words that take a capital opening a sentence and are no name: its stop words, and
    its words of time ("Ayer se repartieron 27 procuradores", "Hoy", "Lunes")."""
    from importlib import import_module

    from parallax.analyze.timelex import LEXICONS

    try:
        stops = frozenset(import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    except (ImportError, AttributeError):
        stops = frozenset()
    lex = LEXICONS.get(lang)
    times = {fold(w) for table in (lex.relative_days, lex.day_with_part, lex.weekdays, lex.months) for w in table} if lex else set()
    return stops | times


def _capitalised_runs(art: Article, s: Sentence, lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of capitalised words in ``[lo, hi)`` outside its figures, as a fallback where the entity layer misses a name: an
    acronym anywhere; another run except a single word opening the sentence (any word takes a capital
    there) that is a stop word (German and Luxembourgish, where every noun has a capital, go to
    :mod:`.holders_de` instead)."""
    lang = lang_code(art)
    runs: list[list[int]] = []
    # (a currency's sign written onto its figure is no name: "naik dari Rp6.800 menjadi Rp8.000", "RM2 juta", "Rs 500")
    figures = [(q.start, q.end) for q in reaching_into(art.quantities, lo - 1, hi)]  # (:mod:`.sentence_items`)
    for m in _CAPITALISED.finditer(art.text, lo, hi):
        word = m.group()
        if not word[0].isupper() or any(fs < m.end() and m.start() < fe for fs, fe in figures):
            continue
        if runs and not art.text[runs[-1][1] : m.start()].strip():
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
    out = []
    for start, end in runs:
        text = art.text[start:end]
        if _ACRONYM.fullmatch(text.replace(" ", "")):
            out.append((start, end))
        elif lang in _WITH_MODEL:
            first = text.split()[0]
            if art.text[s.start : start].strip(" \"'“”«»„(") == "" and _named_elsewhere(art, first):
                out.append((start, start + len(first)))  # "Labour lawmakers won 27 seats", the article also writing "for Labour"
            continue
        elif art.text[s.start : start].strip(" \"'“”«»„(") == "" and " " not in text:
            if text.lower() not in _common_openers(lang) and fold(text) not in _common_openers(lang) and not _common_noun(art, text):
                out.append((start, end))  # "Vox obtuvo nueve procuradores"
        else:
            out.append((start, end))
    return out


def _named_elsewhere(art: Article, word: str) -> bool:
    """Whether the article writes a word that opens a sentence with its capital inside a sentence too (after a
    word in lower case or a comma: "a blow for Labour"), so it is a name the entity model missed, not any
    word a sentence opens with ("Local lawmakers", "Some voters")."""
    return re.search(rf"(?<=[{LOWER},;] ){re.escape(word)}(?![\w{IN_WORD}])", art.text) is not None


# an elided article or preposition written onto its noun ("L'operazione", "D'après", "Dell'azienda", "All'Inter")
_ELIDED = re.compile(r"(?:[^\W\d_]{1,4})['’](?P<rest>[^\W\d_].*)")


def _common_noun(art: Article, word: str) -> bool:
    """Whether a word opening its sentence, which takes a capital there whatever it is, is a common noun and no
    name: its capital is only an elided article's ("L'operazione vale 28 milioni": a name keeps its own,
    "L'Aquila"), or the article writes the word in lower case elsewhere ("Operation ... the operation")."""
    if (m := _ELIDED.fullmatch(word)) is not None:
        word = m.group("rest")
        if word[0].islower():
            return True
    return re.search(rf"(?<![\w{IN_WORD}]){re.escape(word.lower())}(?![\w{IN_WORD}])", art.text) is not None


def _after_locative(before: str) -> bool:
    """Whether a name follows a locative preposition, perhaps across an article and an adjective in lower
    case ("in Leeds", "im neuen Landtag"), not across another name ("In Leeds Labour won ...")."""
    for word in reversed(re.findall(rf"[\w{IN_WORD}]+", before)[-3:]):
        if word.lower() in _LOCATIVE:
            return True
        if not word.islower():
            return False
    return False


# the names a list may hold before the conjunction or comma that cut the clause: capitalised words and small
# words inside a name ("the US", "Bosnia and Herzegovina" is cut at its "and" too)
_PREPOSITION_AFTER = re.compile(r"(?:,|(?<!\s))\s++(?:after|before|with|from|for|since|over|of|to|by|at|in|on|during|amid|following)\s", re.I)
_NAME_RUN_END = re.compile(rf"(?:\s*(?<![\w{IN_WORD}])(?:[^\W\d_{LOWER}][\w{IN_WORD}.'’-]*|of|the|de|del|la))+\s*\Z")


def _listed_after_locative(text: str, cuts: list[tuple[int, int]], lo: int, start: int, end: int) -> bool:
    """Whether a name opening its clause is the next item of a list of places a locative preposition governs:
    "sold in the US and Canada after 47 reports" holds nothing for "Canada", whose clause the "and" began, any
    more than "in the US" does.  The clauses before it, back to the preposition, must each be a name alone, and a
    preposition must follow it: "counted in Leeds and Labour won 27 seats" begins a clause with its own verb."""
    if text[lo:start].strip() or not _PREPOSITION_AFTER.match(text, end):
        return False
    for k in range(len(cuts) - 1, 0, -1):
        head = text[cuts[k - 1][1] : cuts[k][0]]
        m = _NAME_RUN_END.search(head)
        if m is None or not m.group().strip():
            return False
        if _after_locative(head[: m.start()]):
            return True
        if head[: m.start()].strip():
            return False
    return False


def holder(art: Article, s: Sentence, q: Quantity) -> str | None:
    """The name that holds a count: the nearest before it in its clause, as the entity layer or a
    capitalised run gives it (in German and Luxembourgish, a name by its shape or the lexicon of
    :mod:`.holders_de`, or else the receiver after the count: "25 Prozent gingen an die SPD"); None for a
    casualty count, or when the clause names none.  Jobs cut are held by who cuts them ("Northvale shed 1,200
    jobs" / "Brightwater shed 450 jobs" are two firms' cuts), though a role (:mod:`.job_cuts`)."""
    if role(art.text, q) not in (None, JOBS):
        return None
    lang = lang_code(art)
    lo, cuts = s.start, [(s.start, s.start)]
    for cut in _clause_end(lang).finditer(art.text, s.start, q.start):
        lo = cut.end()
        cuts.append(cut.span())
    if lang in GERMANIC_CAPITALS:
        spans = name_spans(art, lo, q.start) + opening_name(art, s, lo, q.start, _common_openers(lang))
    else:
        # (not a name the rule-based entities made of a currency's sign and its figure: "Rp6" of "dari Rp6.800 menjadi Rp8.000")
        figures = [(f.start, f.end) for f in reaching_into(art.quantities, lo - 1, q.start)]
        spans = [(e.start, e.end) for e in reaching_into(art.entities, lo, q.start) if e.label in _NAME_LABELS and lo <= e.start and e.end <= q.start
                 and not any(fs < e.end and e.start < fe for fs, fe in figures)]  # fmt: skip
        spans += _capitalised_runs(art, s, lo, q.start)
        # (not a weekday or a month, which some languages write with a capital: "τις εκλογές της Κυριακής με 38,4%")
        days = [(t.start, t.end) for t in reaching_into(art.times, lo - 1, q.start) if any(c.isalpha() for c in t.text)]
        spans = [sp for sp in spans if not any(ts < sp[1] and sp[0] < te for ts, te in days)]
    speech = speech_verb(art.language)
    for start, end in sorted(spans, key=lambda span: span[1], reverse=True):
        if _after_locative(art.text[lo:start]) or _listed_after_locative(art.text, cuts, lo, start, end):
            continue
        between = re.findall(rf"[\w{IN_WORD}]+", art.text[end : q.start])
        if speech is not None and any(speech.fullmatch(w) for w in between):
            return None  # "Labour said 27 seats ...": the speaker, no holder
        return art.text[start:end]
    if lang in GERMANIC_CAPITALS:
        end = _clause_end(lang).search(art.text, max(q.end, q.start), s.end)
        return receiver(art, s, q, end.start() if end else s.end)
    return None


def _words(name: str) -> list[str]:
    return [w for w in re.findall(rf"[\w{IN_WORD}]+", fold(name)) if w not in _DETERMINERS]


def _acronym_parts(name: str) -> list[str]:
    """The acronyms a holder is: itself ("PSOE"), or, as German writes some, the two joined by a slash
    ("CDU/CSU") or one in mixed case ("AfD"); none for a name of words."""
    if _ACRONYM.fullmatch(name.replace(" ", "")):
        return [name]
    return name.strip().split("/") if GERMAN_ACRONYM.fullmatch(name.strip()) else []


def _acronym_of(acronym: str, words: list[str]) -> bool:
    """Whether an acronym may stand for a name: in capitals, one word of the name opens with one of its
    letters ("PSOE" / "Socialists"); in mixed case, which spells its small words too, the name's initials
    are its letters ("AfD" / "Alternative für Deutschland", not "Freie Wähler")."""
    letters = fold(acronym).replace(".", "")
    if acronym.replace(".", "").isupper():
        return any(w[0] in letters for w in words)
    return "".join(w[0] for w in words) == letters


def same_holder(a: str, b: str) -> bool:
    """Whether two holders may be one: the same words or one inside the other ("Labour" / "the Labour
    Party"), one root ("Socialists" / "Socialistas"), one sound, or an acronym and a name one of whose
    words opens with one of its letters ("PSOE" / "Socialists", "RN" / "Rassemblement national")."""
    a, b = party_name(a), party_name(b)  # "the Tories" / "the Conservatives" (:mod:`.parties`)
    if (party := same_party(a, b)) is not None:
        return party  # two names of listed parties: "el PP" / "los populares", not "PSOE" / "populares" (:mod:`.parties`)
    wa, wb = _words(a), _words(b)
    if not wa or not wb or (names_government(a) and names_government(b)):
        return True  # (a government under two names: "El Gobierno" / "El Ejecutivo", :mod:`.state_bodies`)
    ja, jb = " ".join(wa), " ".join(wb)
    if ja == jb or set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    for x in wa:
        for y in wb:
            n = len(os.path.commonprefix([x, y]))
            if (n >= 4 and n >= 0.6 * min(len(x), len(y))) or same_sound(x, y):
                return True
    acr_a, acr_b = _acronym_parts(a), _acronym_parts(b)
    if bool(acr_a) != bool(acr_b):
        parts, words = (acr_a, wb) if acr_a else (acr_b, wa)
        return any(_acronym_of(part, words) for part in parts)
    return False


def held_apart(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[int], set[int]]:
    """The starts of the counts of each sentence that another holder's counts of the same noun leave no
    figure to compare with: each count of the noun on the other side names a holder, none of them one
    this count's may be.  Two articles in different languages keep their counts (a name there may be
    any other's translation)."""
    if art_a.in_another_language(art_b):
        return set(), set()
    sides = []
    for art, s in ((art_a, sa), (art_b, sb)):
        # (a measure is no holding: "Уровень воды поднялся на 1,2 метра" / "Вода поднялась на полтора метра" measure one
        # river, whatever word opens each sentence)
        counts = [
            q
            for q in starting_in(art.quantities, s)
            if in_sentence(s, q.start) and q.value is not None and q.unit and q.unit not in NOT_COUNTS and not MEASURE_UNIT.fullmatch(q.unit)
        ]
        sides.append([(q, counted(q.unit, role(art.text, q)), holder(art, s, q)) for q in counts])
    out: tuple[set[int], set[int]] = (set(), set())
    for i, (mine, theirs) in enumerate(((sides[0], sides[1]), (sides[1], sides[0]))):
        for q, key, name in mine:
            # (a single word holding the other side's count that this report writes in lower case is a common noun opening
            # its sentence: "USKOK je proveo pretrage na šest lokacija" / "Pretrage su provedene na osam lokacija")
            others = [None if h and " " not in h and _common_noun((art_a, art_b)[i], h) else h for _, k, h in theirs if k == key]
            name = None if name and " " not in name and _common_noun((art_b, art_a)[i], name) else name
            if name and others and all(h and not same_holder(name, h) for h in others):
                out[i].add(q.start)
    return out

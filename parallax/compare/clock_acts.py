"""One act told with two verbs, so that its clock times are compared: "touched down at 2:20pm" / "landed at
2:50 p.m.", "broke out at 3 a.m." / "started at 4 a.m.".

:mod:`.clock_links` joins two sentences whose times carry the same word of their act ("landed" / "landed");
outlets time one act with verbs that mean it.  So a small table per language (en, de, fr, es) gives the
verbs of the acts news times most one key: a landing, a take-off, an arrival, an explosion, an outbreak (a
fire's, a riot's).  The verbs are read in the time's clause, also after it where German puts the participle
or the particle last ("ist um 14.50 Uhr gelandet", "brach gegen 3 Uhr aus").  An act key is no proof of one
event ("the fire broke out at 3" / "the evacuation began at 4"), so the two clauses must also name one
subject: a word both write, a pair of one kind of subject (:data:`_SUBJECTS`: "fire" / "blaze", "flight" /
"plane"), or no subject on one side ("... and landed at 2:50").  And, as for one word, each article times
that act once, on the same day, neither planned, both local or both zoned.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.compare.clock_act_nouns import ACT_NOUNS, LIGHT_VERB
from parallax.compare.clocks import Clock, clause_start
from parallax.compare.durations import content_word, same_word
from parallax.compare.renamed import speech_verb
from parallax.letters import IN_WORD, WORD, fold
from parallax.records import Article, Sentence

_GAP = r" (?:[\w'.]+ ){0,10}?"  # the words a separable verb's particle may stand behind ("brach gegen 3 Uhr aus")
_ACTS = {
    "land": {
        "en": r"landed|lands|landing|touched down|touches down",
        "de": r"landete|landeten|gelandet|landet|aufgesetzt|setzte" + _GAP + "auf",
        "fr": r"atterri|atterrit|atterrissait|s'est posee?|se sont poses",
        "es": r"aterrizo|aterrizaron|aterrizado|aterrizaba|tomo tierra",
    },
    "depart": {
        "en": r"took off|takes off|lifted off|departed",
        "de": r"abgehoben|abgeflogen|hob" + _GAP + "ab|flog" + _GAP + "ab",
        "fr": r"decolle|decollait|decolla",
        "es": r"despego|despegaron|despegado",
    },
    "arrive": {
        "en": r"arrived|arrives",
        "de": r"eingetroffen|angekommen|traf" + _GAP + "ein|kam" + _GAP + "an",
        "fr": r"arrivee?s?|arriva",
        "es": r"llego|llegaron|llegado",
    },
    "explode": {
        "en": r"exploded|explodes|detonated|went off|blew up",
        "de": r"explodierte|explodiert|detonierte|ging" + _GAP + "hoch",
        "fr": r"explose|explosa|a saute",
        "es": r"exploto|estallo|detono",
    },
    "outbreak": {
        "en": r"broke out|started|began|erupted|ignited",
        "de": r"brach" + _GAP + "aus|ausgebrochen|entstand|entstanden|begann|begonnen",
        "fr": r"s'est declaree?|a eclate|a demarre|a commence|a debute|s'est declenchee?",
        "es": r"se declaro|se inicio|comenzo|empezo|estallo|se origino|se desato",
    },
}  # fmt: skip


@lru_cache(maxsize=16)
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each act's verbs in ``language``, and its nouns ("Der Start erfolgte um", :mod:`.clock_act_nouns`)."""
    out = []
    for act, by_language in _ACTS.items():
        words = [w for w in (by_language.get(language), ACT_NOUNS.get(act, {}).get(language)) if w]
        if words:
            out.append((act, re.compile(rf"(?<![\w{IN_WORD}])(?:{'|'.join(words)})(?![\w{IN_WORD}])")))
    return tuple(out)


# the subjects of these acts that are one thing under two nouns
_SUBJECTS = {
    "fire": r"fire|blaze|flames|inferno|feuer|brand|grossbrand|großbrand|flammen|incendie|feu|incendio|fuego|llamas",
    "aircraft": r"plane|aircraft|airliner|airplane|jet|flight|flugzeug|maschine|flug|avion|appareil|vol|vuelo|aeronave|aparato",
    "blast": r"blast|explosion|bomb|device|detonation|bombe|sprengsatz|engin|artefacto|bomba|explosivo",
}  # fmt: skip
_SUBJECT = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _SUBJECTS.items()))


def acts(art: Article, s: Sentence, c: Clock) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the acts a clock's clause names with a verb of :data:`_ACTS`, and the clause's subject
    words: its content words before the time that are no such verb.  The clause from its start, also where
    a word of another event stands inside it ("Der Brand entstand nach Angaben der Polizei um 4 Uhr")."""
    language, art_text = art.language, art.text
    lang = (language or "").split("-")[0].lower()
    lo, hi = clause_start(art, s, c.start), c.clause[1]
    clause = fold(art_text[lo:hi])
    found = {act for act, pattern in _patterns(lang) if pattern.search(clause)}
    if not found:
        return frozenset(), frozenset()
    before = fold(art_text[lo : c.start])
    verbs = {w for _, p in _patterns(lang) for m in p.finditer(before) for w in re.findall(WORD, m.group())}
    speech = speech_verb(language)  # "officials said the plane landed": who told it is no subject
    subject = {
        w for w in re.findall(WORD, before)
        if content_word(w, language) and w not in verbs and not (speech and speech.fullmatch(w)) and not LIGHT_VERB.fullmatch(w)
    }  # fmt: skip  (a light verb, "erfolgte", carries an act's noun: no subject, :mod:`.clock_act_nouns`)
    return frozenset(found), frozenset(subject)


def one_subject(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two clauses' subject words may name one thing: one side names none, a word both write, or two
    nouns of one kind of subject ("fire" / "blaze")."""
    if not x or not y:
        return True
    if any(same_word(a, b) for a in x for b in y):
        return True
    return bool(_subject_kinds(x) & _subject_kinds(y))


def _subject_kinds(words: frozenset[str]) -> set[str]:
    return {m.lastgroup for w in words if (m := _SUBJECT.fullmatch(w)) and m.lastgroup}

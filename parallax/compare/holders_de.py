"""Who holds a count in German and Luxembourgish, where every noun takes a capital.

A capital says nothing there ("Die Bundesregierung kam auf 27 Stimmen": a common noun), so a holder is
only what is a name by its shape or by the lexicon:

* an acronym, also in mixed case ("SPD", "AfD", "ÖVP"), two joined by a slash being one ("CDU/CSU");
* a party named by its adjective or its members ("die Grünen", "die Linke", "die Freien Wähler", "die
  Sozialdemokraten", "die Union", "déi gréng");
* a person or a multiword name the entity layer found ("Olaf Scholz", "Deutsche Bahn"), and a person's
  surname alone where the article named the person in full ("Scholz erhielt 27 Stimmen");

and a single word that opens its sentence without an article before a verb in the singular ("Frankreich gewann
12 Medaillen", "Siemens verkaufte 300 Züge"): a German count noun in the singular needs an article, so a bare
one there is a name, as the English model reads "France won 12 medals" (not a stop word, a word of time or an
adverb by its ending: "Zuletzt lag ...", nor a plural before a plural verb: "Experten zählten ...");

never a run joined by a genitive ("Prozent der Stimmen", "Angaben der Feuerwehr"), a lone word after a
preposition ("nach Auszählung") nor a word with the ending of an abstract noun ("Zustimmung").  A
count's receiver may also stand after the count and its verb: "25 Prozent gingen an die SPD", "31
Prozent entfielen auf die CDU".
"""

from __future__ import annotations

import re

from parallax.letters import IN_WORD
from parallax.records import Article, Entity, Quantity, Sentence

# the languages read here
GERMANIC_CAPITALS = frozenset({"de", "lb"})
# an acronym, with a small letter inside as some parties write it ("AfD", "BfV"), or an umlaut ("ÖVP", "FPÖ")
_ONE_ACRONYM = r"(?=(?:[^\W\d_]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-ZÄÖÜa-z]{0,4}[A-ZÄÖÜ]"
# and two joined by a slash, one holder ("CDU/CSU")
_ACRONYM = re.compile(rf"(?<![\w/-]){_ONE_ACRONYM}(?:/{_ONE_ACRONYM})?(?![\w/-])")
# parties named by their adjective or their members, in any case ending ("die Grünen", "der Linken",
# "den Freien Wählern"), and Luxembourg's in lower case ("déi gréng", "déi Lénk")
_PARTY = re.compile(
    r"(?<![\w-])(?:(?:Bündnis\s90/)?(?:Die\s|die\s)?Grünen?|Linken?|Freien?\sWähler(?:n|innen)?|Piraten(?:partei)?|Volt"
    r"|Sozialdemokrat(?:en|innen)|Christdemokrat(?:en|innen)|Christsozialen|Liberalen|Konservativen|Grüne\sJugend"
    r"|Union(?:sparteien)?"
    r"|[Dd]éi\s[Gg]réng|[Dd]éi\s[Ll]énk|Fokus)(?![\w-])"
)
# a lone word after one of these is its object, not who holds a count ("nach Auszählung", "bei Wahlen")
_PREPOSITIONS = frozenset(
    "an auf aus bei durch für gegen hinter mit nach neben ohne seit trotz über um unter von vor wegen zu zwischen "
    "laut gemäß dank innerhalb außerhalb fir vun mat bäi".split()
)
# the verbs and prepositions that give a count to a receiver after it: "gingen an die SPD", "entfielen auf die
# CDU", "fielen der AfD zu" is not read; Luxembourgish "goungen un d'CSV", "fir d'LSAP"
_RECEIVER = re.compile(
    r"(?<![\w-])(?:an|auf|für|zugunsten|un|op|fir)\s+(?:(?:die|der|den|dem|des|déi|d['’])\s*)?(?=\S)", re.I
)
# the endings of German abstract nouns, which no name has ("Zustimmung", "Mehrheit", "Koalition", "Opposition")
_NOUN_SUFFIX = re.compile(r"(?:ung|heit|keit|schaft|tion|sion|tät|nis|tum|ismus|ment)(?:en|s)?\Z")
_WORD = re.compile(rf"[\w{IN_WORD}]+")
_NAME_LABELS = frozenset({"PERSON", "PER", "ORG", "NORP", "GPE", "MISC"})


def _entity_is_name(art: Article, e: Entity) -> bool:
    """Whether an entity of the capitalised-run layer is a name and no common noun: a person, an acronym,
    a run of capitalised words with no small word inside ("Olaf Scholz", "Deutsche Bahn"; not "Prozent
    der Stimmen"), or a lone word the layer kept (no article before it) that no preposition governs; and
    no word of it has the ending of an abstract noun ("Antrag Zustimmung", "Mehrheit")."""
    if e.label in ("PERSON", "PER") or _ACRONYM.fullmatch(e.text):
        return True
    words = e.text.split()
    if any(_NOUN_SUFFIX.search(w) for w in words):
        return False  # "erhielt der Antrag Zustimmung von 27 Abgeordneten"
    if len(words) > 1:
        return all(w[:1].isupper() for w in words)
    before = re.findall(rf"[\w{IN_WORD}]+", art.text[max(0, e.start - 30) : e.start])
    return not (before and before[-1].lower() in _PREPOSITIONS)


def _surnames(art: Article, lo: int, hi: int) -> list[tuple[int, int]]:
    """A person's surname written alone in ``[lo, hi)``, where the article named the person in full before:
    the layer takes no single capitalised word opening a sentence ("Scholz erhielt 27 Stimmen")."""
    names = {e.text.split()[-1] for e in art.entities if e.label in ("PERSON", "PER") and " " in e.text and e.start < hi}
    if not names:
        return []
    return [(m.start(), m.end()) for m in _WORD.finditer(art.text, lo, hi) if m.group() in names]


def name_spans(art: Article, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans in ``[lo, hi)`` that may hold a count in a German or Luxembourgish text (see the module)."""
    spans = [(m.start(), m.end()) for pattern in (_ACRONYM, _PARTY) for m in pattern.finditer(art.text, lo, hi)]
    spans += _surnames(art, lo, hi)
    spans += [
        (e.start, e.end) for e in art.entities if e.label in _NAME_LABELS and lo <= e.start and e.end <= hi and _entity_is_name(art, e)
    ]
    return spans


# a capitalised word opening its sentence (after an opening quotation mark), then a lower-case word: its verb
_OPENER = re.compile(rf"[\s\"'“”„«»(]*(?P<name>[A-ZÄÖÜ][\w{IN_WORD}-]+)\s+(?P<verb>[a-zäöüß]+)\b")
# the endings of German adverbs that may open a sentence ("zuletzt", "insgesamt", "bislang", "erstmals", "mittlerweile")
_ADVERB_END = re.compile(r"(?:lich|tens|mals|weise|weile|falls|dings|seits|wärts|samt|letzt|lang|her|hin|dem|nach|zeit|wohl|dessen)\Z")


def opening_name(art: Article, s: Sentence, lo: int, hi: int, common: frozenset[str]) -> list[tuple[int, int]]:
    """The bare word that opens sentence ``s`` as its subject, where it lies in ``[lo, hi)`` and is a name by
    the rule of the module: no article before it, and the verb after it in the singular (not ending in -en, the
    plural's and the infinitive's ending); ``common`` holds the language's stop words and words of time."""
    m = _OPENER.match(art.text, s.start, hi)
    if m is None or m.start("name") < lo:
        return []
    name, verb = m.group("name"), m.group("verb")
    if name.lower() in common or verb in common or verb.endswith("en") or _ADVERB_END.search(name.lower()) or _NOUN_SUFFIX.search(name):
        return []
    return [(m.start("name"), m.end("name"))]


def receiver(art: Article, s: Sentence, q: Quantity, hi: int) -> str | None:
    """The name a count went to, after it and its verb in its clause (``hi`` is where the clause ends):
    "25 Prozent gingen an die SPD", "31 Prozent entfielen auf die Freien Wähler"."""
    end = q.end if q.end > q.start else q.start
    for m in _RECEIVER.finditer(art.text, end, min(hi, s.end)):
        spans = [span for span in name_spans(art, m.end(), min(hi, s.end)) if span[0] == m.end()]
        if spans:
            start, stop = max(spans, key=lambda span: span[1])
            return art.text[start:stop]
        break  # "kam auf 25 Prozent": the first such preposition after the count governs no name
    return None

"""Counts of people at a gathering: who marched, took part in, joined or rallied for a protest.

"20,000 people took part in the march", "An der Demonstration nahmen 20.000 Menschen teil", "20 000 personnes
ont défilé": a crowd's size (:func:`parallax.compare.roles.role` "crowd") told by what its people did, not by a
crowd's own word ("crowd", "turnout": :mod:`.role_words`).  Two kinds of words: a verb that is a gathering in
itself (marched, demonstrated, gathered, "ont manifesté", "hanno sfilato", "demonstrowało"), and a verb of
taking part that is one only beside a gathering's noun ("took part in the march", "participaron en la marcha";
"took part in the survey", "joined the party" count no crowd).  And a crowd's figure given bare after a word of
estimate ("Police put the number at 4,000") where the text just before speaks of a gathering.  Kept apart from
:mod:`.role_words`, whose words are read one at a time beside the count: these are phrases, and a clause's verb
may stand far from its count ("nahmen ... 20.000 Menschen teil").  A clause that also says what happened to its
people ("30 people who took part in the march were arrested") is left to that role.  Languages: en, de, fr, es,
it, pt, nl, pl (and the verbs of gathering in hu).
"""

from __future__ import annotations

import re

from parallax.compare.role_words import CLAUSE_END, ROLE_WORD, said_in_words

# up to 60 characters of one clause between a verb and its particle ("zogen am Dienstag durch"), a figure's point among them
_GAP = r"(?:[^,;:!?.]|\.(?=\d)){0,60}"
# verbs that are a gathering in themselves
_GATHERED = (
    r"marched|marching|rallied|demonstrated|protested|gathered|assembled|turned out(?! to)|took to the streets|poured into the streets"
    r"|demonstrierten|protestierten|marschierten|versammelten sich|gingen auf die stra(?:ß|ss)e|auf die stra(?:ß|ss)e gegangen"
    # (and German and Dutch verbs whose particle closes the clause: "30.000 Menschen zogen am Dienstag durch die Stadt",
    # "gingen am Samstag rund 30.000 Menschen auf die Straße", "8.000 mensen gingen zaterdag de straat op", "kwamen ... samen";
    # the words between may hold a figure's thousands point)
    rf"|(?:zogen|ziehen)\s(?:{_GAP}\s)?durch|(?:gingen|gehen)\s(?:{_GAP}\s)?auf\s+die\s+stra(?:ß|ss)e|kamen\s(?:{_GAP}\s)?zusammen"
    rf"|gingen\s(?:{_GAP}\s)?de\s+straat\s+op|kwamen\s(?:{_GAP}\s)?(?:samen|bijeen)"
    r"|manifest(?:é|er|aient|ent|ait)|défil(?:é|er|aient|ent|ait)|(?:se sont|s'étaient) rassemblée?s"
    r"|(?:se )?manifestaron|manifestaban|marcharon|marchaban|protestaron|se concentraron|se congregaron|salieron a las? calles?"
    r"|manifestato|manifestavano|sfilat[oie]|sfilavano|sfilare|marciato|(?:si sono )?radunat[eio]|scesi? in (?:piazza|strada)"
    r"|manifestaram|manifestavam|marcharam|protestaram|desfilaram|concentraram-se|se concentraram|saíram às ruas|foram às ruas"
    r"|estiveram na rua|saíram à rua|desceram à rua"
    r"|demonstreerden|betoogden|protesteerden|marcheerden|liepen mee|gingen de straat op|verzamelden zich"
    r"|demonstrował\w*|protestował\w*|maszerował\w*|manifestował\w*|zebrał\w* się|zgromadził\w* się|wyszł\w* na ulic\w*"
    # Hungarian ("25 ezren tüntettek", "10 ezer ember vonult az utcára")
    r"|tüntet(?:tek|ett|nek)|vonult(?:ak)?|demonstráltak|tiltakoztak|gyűltek össze|összegyűltek|utcára vonult\w*"
)
# verbs of taking part: a gathering only beside one of its nouns
_TOOK_PART = (
    r"took part|take part|taking part|takes part|joined|joining|participated|participating|turned up|showed up|came out"
    r"|drew|draws|drawing|attracted|attracting"
    r"|(?:nahmen|nehmen|nahm|nimmt)\b.*\bteil|teilgenommen|teilnahmen|beteiligten sich|kamen|folgten"
    r"|particip(?:é|aient|ent|er)|pris part|prenaient part|rejoint|répondu à l'appel"
    r"|particip(?:aron|aban|ó)|asistieron|acudieron|secundaron|tomaron parte|se sumaron|se unieron"
    r"|partecipat[oie]|partecipavano|partecipano|preso parte|aderito"
    r"|particip(?:aram|avam|ou)|aderiram|compareceram|juntaram-se"
    # a gathering that drew its people ("A manifestação reuniu 15 mil pessoas", "la marcha reunió", "il corteo ha riunito")
    r"|reuniu|juntou|reunió|congregó|(?:ha\s)?riunito|rassemblé"
    r"|(?:namen|nemen|nam)\b.*\bdeel|deelgenomen|deelnamen|sloten zich aan"
    r"|wzię\w* udział|uczestniczy\w*|przyszli|przyszło|dołączy\w*"
    # and the nouns of those who take part ("la policía cifró en 9.000 los asistentes a la protesta")
    r"|participants|\w*teilnehmer(?:innen|n)?|participantes|asistentes|partecipanti|deelnemers|uczestnik\w*|uczestniczek"
)
# the nouns of a gathering ("march" in lower case only: "in March" is a month)
_GATHERING = (
    r"protests?|(?-i:march(?:es)?)|demonstrations?|demos?|rall(?:y|ies)|vigils?|processions?|gatherings?|sit-ins?"
    r"|\w*(?:demonstration(?:en)?|demo|kundgebung(?:en)?|protest(?:e|en|zug|marsch)?|marsch|mahnwache)"
    r"|manifestations?|manifs?|marches|défilés?|rassemblements?|cortèges?|mobilisations?"
    r"|manifestaci(?:ón|ones)|marchas?|protestas?|concentraci(?:ón|ones)|movilizaci(?:ón|ones)"
    r"|corteo|cortei|manifestazion[ei]|marcia|marce|protest[ae]|presidio|fiaccolat[ae]|mobilitazion[ei]"
    r"|manifestaç(?:ão|ões)|protestos?|passeatas?|concentraç(?:ão|ões)"
    r"|demonstraties?|betogingen?|protestmars(?:en)?|mars|manifestaties?"
    r"|marsz(?:u|em|ach|e|ów)?|manifestacj\w*|demonstracj\w*|protest(?:u|em|ach|y|ów)?|wiec(?:u|em|ach|e|ów)?|pochód|pochodzie|pochodu"
)
# the people of a gathering named as its participants (as quantities write a unit: lower case, a final "s" cut)
PARTICIPANTS = re.compile(r"participant[es]?|\w*teilnehmer(?:innen|n)?|partecipanti|deelnemer|uczestnik\w*|uczestniczek", re.I)

_W = r"(?<![\w'-])"  # whole words: "demo" is no part of "democracy", "mars" none of "Marseille"
_GATHERED_RE = re.compile(rf"{_W}(?:{_GATHERED})(?![\w-])", re.I)
_TOOK_PART_RE = re.compile(rf"{_W}(?:{_TOOK_PART})(?![\w-])", re.I)
_GATHERING_RE = re.compile(rf"{_W}(?:{_GATHERING})(?![\w-])", re.I)
# a crowd's figure given bare after a word of estimate: "put the number at 4,000", "a estimé leur nombre à 4 000"
_ESTIMATE = (
    r"(?:put|puts|estimated|estimates|placed|set)\s+(?:the|their)\s+(?:number|numbers|figure|size|count|total|attendance)\s+at"
    r"|(?:estimé|évalué|chiffré)\s+(?:leur\s+nombre|la\s+participation|l['’]affluence)\s+à"
    r"|cifr(?:ó|aron|a)\s+(?:la\s+(?:asistencia|participación)\s+)?en"
)
# (and up to two words of hedge between: "put the number at about 4,000", "at more than 4,000")
_ESTIMATE_AT = re.compile(rf"(?:{_ESTIMATE})\s+(?:[\w-]+\s+){{0,2}}$", re.I)
_IN_N = re.compile(r"(?<!\w)in\s+$", re.I)
_CONTEXT = 300  # how far before a bare figure of estimate its gathering is read (characters)
_BEFORE, _AFTER = 100, 120  # how far a count's clause is read either side (characters)


def _clause(text: str, start: int, end: int, ends: re.Pattern) -> tuple[str, int]:
    """The count's clause, from the last clause end before it to the first after it, and where the count
    stands in it."""
    lead = text[max(0, start - _BEFORE) : start]
    if cuts := list(ends.finditer(lead)):
        lead = lead[cuts[-1].end() :]
    tail = text[end : end + _AFTER]
    if source := _SOURCE_SET_OFF.match(tail):  # "60 mil pessoas, segundo a CGTP, desfilaram": past the source
        tail = tail[: source.start("source")] + tail[source.end() :]
    if cut := ends.search(tail):
        tail = tail[: cut.start()]
    return f"{lead} {text[start:end]} {tail}", len(lead) + 1


# the source of a figure set off by commas between its noun and its verb: "20.000 personas, según la policía,
# participaron", "60 mil pessoas, segundo a CGTP, desfilaram", "15.000 persone, secondo la questura, hanno sfilato"
_SOURCE_SET_OFF = re.compile(
    r"[ \u00a0]?[^\W\d_]*(?P<source>,[ \u00a0](?:según|segundo|secondo|selon|d['’]après|according to|laut|volgens|de acuerdo con|de acordo com)"
    r"[ \u00a0][^,;:.!?()\n]{1,50},)",
    re.I,
)


# a clause's ends for its words of gathering: its punctuation only, since a conjunction of one language is a
# preposition of another ("participaron en la marcha": Dutch "en" is "and")
_PUNCTUATION = re.compile(r"[,;:()–—]|[.!?](?=\s|$)")


def _other_role(clause: str) -> bool:
    """Whether the clause says its people were killed, hurt, arrested ...: a toll at a march is no crowd."""
    return any((m := ROLE_WORD.fullmatch(w)) and m.lastgroup != "crowd" for w in re.findall(r"[\w-]+", said_in_words(clause)))


def at_gathering(text: str, start: int, end: int, unit: str | None) -> bool:
    """Whether the count at ``start:end`` of ``unit`` counts the people of a gathering (see the module).  A bare
    count, with no noun, takes a verb of gathering only after it ("9,000 marched", "ils étaient 20 000 à manifester"):
    before it the verb may have another object ("the trial demonstrated 40 ...")."""
    if _other_role(_clause(text, start, end, CLAUSE_END)[0]):
        return False
    bare = unit is None
    clause, at = _clause(text, start, end, _PUNCTUATION)
    if bare and not _IN_N.search(text, max(0, start - 4), start):
        clause = clause[at:]  # (Italian "hanno sfilato in 15mila": "in" makes the count the verb's subject)
    if _GATHERED_RE.search(clause) or (_TOOK_PART_RE.search(clause) and _GATHERING_RE.search(clause)):
        return True
    if not _ESTIMATE_AT.search(text, max(0, start - 60), start) and not (unit and PARTICIPANTS.fullmatch(unit)):
        return False
    return _gathering_before(text, start)  # "Police put the number at 4,000", "waren es 6.500 Teilnehmer" after a march


def _gathering_before(text: str, start: int) -> bool:
    before = text[max(0, start - _CONTEXT) : start]
    return bool(_GATHERED_RE.search(before) or _GATHERING_RE.search(before) or re.search(r"\bcrowds?\b|\bturnout\b", before, re.I))

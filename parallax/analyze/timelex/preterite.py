"""The simple past of German and Dutch as cues of the past tense.

News tells what happened in the preterite ("Die Belegschaft streikte am Montag", "Das Feuer brach am Dienstag
aus", "De bonden staakten maandag", "Het overleg vond dinsdag plaats").  Without it a sentence that goes on
about what is ahead ("... und will am Freitag erneut streiken") lends its future cue to the past day too, and a
preterite modal before a passive infinitive ("In der Nacht zu Mittwoch mussten 200 Menschen evakuiert werden")
lent the day to "werden".  The cues join a lexicon's ``past_cues``; the nearest-cue rule of
:func:`parallax.analyze.times.cues.sentence_tense` then gives each clause's date its own verb.

German weak verbs end in "-te"/"-ten" after the stem, and so do many words that are no verb: adjectives
("harte", "direkte", "interessante", "letzte", "größte"), ordinals ("vierte", "zehnte"), infinitives of stems in
"-t" ("halten", "warten", "treten", "berichten"), the subjunctive of modals ("könnte", "müsste", "sollte") and
participles used as adjectives ("die geplante Sitzung", "die für Freitag erwartete Entscheidung").  So the weak
ending counts only on a word in small letters (a noun is written with a capital: "Mitte", "Rente", "Leute"),
after a consonant that a weak past takes ("heute", "gute", "zweite" have a vowel), with those classes left out;
a form that is also a participle without "ge-" ("erwartete", "organisierte": a prefix "be-", "ver-", "er-",
"ent-", "zer-", or "-iert") counts only when no capitalised word follows it, which would be its noun.  Strong
verbs, whose past no ending shows ("kam", "fand statt", "brach aus"), come from a table of the ones news uses,
alone or with a prefix written onto them ("stattfand", "ausbrach", "bekam").  "wollte" and "sollte" are left
out: news writes them of plans still ahead too ("Der Minister wollte am Abend nach Paris reisen").

Dutch nouns are written small and many end in "-de"/"-te" ("ronde", "hoogte"), so Dutch takes its strong
verbs and a few weak ones news uses from a table, the past of the verbs in "-eren" ("protesteerde",
"arriveerden"), which no other word shares, and a weak past right before a weekday ("reisde maandag"), where
only a few adjectives stand.
"""

from __future__ import annotations

from collections.abc import Iterable

# prefixes written onto a German verb: separable ones in a subordinate clause ("als das Feuer ausbrach"), and
# inseparable ones ("bekam", "entstand", "verlor")
_DE_SEPARABLE = r"ab|an|auf|aus|bei|ein|fest|fort|mit|nach|vor|weg|zu|zurück|zusammen|statt|teil|los|hin|her|heraus|vorbei|dar"
_DE_INSEPARABLE = r"be|ent|emp|er|ge|miss|ver|zer|über|unter"
# strong (and mixed) verbs in the past as news uses them, the singular; the plural adds "-en" ("kamen", "fanden")
_DE_STRONG = (
    r"kam|ging|fand|brach|gab|starb|fiel|stieg|sank|lag|stand|traf|nahm|hielt|rief|sprach|schrieb|blieb|fuhr|flog|zog|"
    r"schlug|wies|lor|gewann|begann|schien|ließ|lief|sah|trat|griff|floh|bat|warf|trug|stieß|schloss|schoss|riss|"
    r"geschah|gelang|saß|schwand|riet|litt|stritt|galt|schuf|lud|half|hob|zwang|sprang|tat|wuchs|schwieg|"
    r"diente|dienten|reiste|reisten|löste|lösten"
)
# the consonants a weak past takes before "-te" (not "t", "d", "s": "dritte", "gesamte", "beste" are adjectives;
# "-ete" after "t" or "d" and "-sste" come apart)
_DE_WEAK = r"[a-zäöüß]{2,}(?:[bcfghklmnprvwxz]|ss|[a-zäöüß]e)ten?"
# what ends like a weak past and is none: adjectives, ordinals, infinitives of stems in "-t", subjunctives
_DE_NOT_WEAK = (
    r"heute|letzten?|hinten|selten|[a-zäöüß]*(?:[ie]chten?|alten?|[ae]nten?|(?<!c)[ae]kten?|(?:hart|zart|sanft)en?)|"
    r"(?:vier|fünf|sieb|ach|neun|[a-zäöüß]*zehn|elf|zwölf|hundert|tausend)te[nmrs]?|"
    r"(?:ver|ent)?gelten?|schelten?|[a-zäöüß]*(?:wart|start|wert|antwort|stift|haft|heft)en?|"
    r"[a-zäöüß]*(?:beacht|betracht|eracht|tracht|schlacht|pacht|fürcht|flücht|leucht|zücht)en?|"
    r"(?:[a-zäöüß]*tr|be)eten?|[a-zäöüß]*ieten?|[a-zäöüß]*kreten?|"
    r"(?:könn|müss|dürf|möch|bräuch|soll|woll|hätt)ten?|"
    rf"(?:so|{_DE_SEPARABLE})?ge[a-zäöüß]*"
)
# a weak form that is also a participle without "ge-": an adjective when a noun follows it
_DE_PARTICIPLE_LIKE = r"(?:be|ver|er|ent|zer|miss|emp|über|unter|hinter|wider)[a-zäöüß]*|[a-zäöüß]*iert[a-zäöüß]*"
DE_PRETERITE = (
    # (with "ge-" the singular only: "gefiel", "gestand"; "geschlossen", "geblieben", "gestiegen" are participles)
    rf"(?-i:(?:(?:{_DE_SEPARABLE})?(?:{_DE_INSEPARABLE.replace('|ge|', '|')})?(?:{_DE_STRONG})(?:en)?"
    rf"|(?:{_DE_SEPARABLE})?ge(?:{_DE_STRONG})"
    rf"|(?!(?:{_DE_NOT_WEAK})\b)(?!(?:{_DE_PARTICIPLE_LIKE})\b\s+[A-ZÄÖÜ])(?:{_DE_WEAK}))(?![\wäöüß]))"
)

# Dutch: strong verbs, a few weak ones, and the past of the verbs in "-eren" ("protesteerde", not "gereserveerde")
_NL_STRONG = (
    r"kwam|kwamen|ging|gingen|vond|vonden|brak|braken|gaf|gaven|stierf|stierven|overleed|overleden|viel|vielen|"
    r"steeg|stegen|lag|lagen|stond|stonden|ontstond|ontstonden|trof|troffen|nam|hield|hielden|riep|riepen|sprak|"
    r"bleef|bleven|vloog|vlogen|trok|trokken|vertrok|vertrokken|sloeg|sloegen|verloor|won|wonnen|begon|begonnen|"
    r"verscheen|verschenen|verliet|verlieten|lieten|liep|liepen|zag|zagen|trad|traden|greep|grepen|kreeg|kregen|"
    r"bracht|brachten|dacht|dachten|zocht|zochten|kocht|kochten|wist|wisten|moest|moesten|kon|konden"
)
_NL_WEAK = (
    r"staakte|staakten|stemde|stemden|opende|openden|eindigde|eindigden|startte|startten|landde|landden|raakte|raakten|"
    r"gebeurde|gebeurden|duurde|duurden|brandde|brandden|vluchtte|vluchtten|daalde|daalden|eiste|eisten|ontplofte"
)
NL_IMPERFECT = rf"(?:{_NL_STRONG}|{_NL_WEAK}|(?!ge|verkeerde|\w*ge\w*eerden?\b)\w{{2,}}eerden?)"
# what ends in "-de"/"-te" right before a weekday and is no past: "volgende", "komende", "aanstaande" (present
# participles), ordinals and superlatives ("tweede", "derde", "eerste", "laatste"), "Goede Vrijdag"
_NL_NOT_PAST_BEFORE_DAY = (
    r"\w*(?:volgende|komende|staande|gaande)|tweede|derde|vierde|vijfde|zesde|zevende|negende|\w*tiende|elfde|twaalfde|"
    r"\w*(?<!i)sten?|goede"
)

# a word after one of these is a noun ("dat de gemeente dinsdag ...", "de leden"), not a verb
_NL_DETERMINERS = ("de", "het", "een", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "onze", "ons", "elke", "iedere")


def nl_past_before_day(weekdays: Iterable[str]) -> str:
    """A Dutch weak past in the singular ("-de", "-te") right before a weekday ("reisde maandag", "opende dinsdag"):
    a word right before a weekday ending so is the verb whose day it is, once "volgende", "komende" and the
    ordinals are left out ("besliste dinsdag" is a past too) and a word after an article, a noun ("dat de gemeente
    dinsdag ..."), is.  The plural ("-den", "-ten") is left to the table: "de leden", "de steden" are nouns."""
    days = "|".join(sorted(weekdays, key=len, reverse=True))
    after_article = "".join(rf"(?<!\b{w} )" for w in _NL_DETERMINERS)
    return rf"{after_article}(?!(?:{_NL_NOT_PAST_BEFORE_DAY})\b)\w{{2,}}[dt]e(?=\s+(?:{days})\b)"

"""Word tables for statements two reports make in opposite ways, per language (en, de, fr, es).

:mod:`.negation_links` reads a clause as a claim (what it says, and whether it says it or its opposite)
with these tables.  An antonym pair is two words of which a report says one and another report the
other about the same thing: admitted / denied, accepted / rejected, won / lost, released / still in
custody, open / closed, rose / fell.  Each pole is a pattern of the forms a report writes; a change of
state that both reports can tell of in turn ("detained" then "released", "closed" then "reopened")
is left out: only a state that still holds stands against its end ("remains in custody").

The other tables name what makes a clause no claim of the report's own (a hedge, the future, a
condition, a question), what marks a change in time ("previously", "no longer": then two reports may
tell of two moments), the words that negate, and the words of a denial.
"""

from __future__ import annotations

import re

# concept -> language -> (pole one, pole two); ``needs_object``: concepts whose verb says nothing without what it is about
ANTONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "affirm": {
        "en": (r"admit(?:s|ted)?|confess(?:es|ed)?|confirm(?:s|ed)?|acknowledged?", r"den(?:y|ies|ied)"),
        "de": (r"gestand|gesteht|gestanden|eingeräumt|räumte\s+\w+\s+ein|bestätigte|bestätigt|zugegeben",
               r"bestritt|bestreitet|bestritten|dementierte|dementiert|leugnete|leugnet|geleugnet"),
        "fr": (r"avou[ée]|avoue|avouent|reconnu|reconna[iî]t|reconnaissent|admis|admet|confirm[ée]|confirment|confirme",
               r"ni[ée]|nient|d[ée]menti|d[ée]ment|d[ée]mentent"),
        "es": (r"admiti[óo]|admite|admitieron|reconoci[óo]|reconoce|reconocieron|confes[óo]|confiesa|confirm[óo]|confirma|confirmaron",
               r"neg[óo]|niega|niegan|negaron|desminti[óo]|desmiente|desmienten|desmintieron"),
    },
    "accept": {
        "en": (r"accept(?:s|ed)?|approved?|approves", r"reject(?:s|ed)?|refused?|refuses|turned\s+down"),
        "de": (r"akzeptiert|akzeptierte|angenommen|nahm\s+\w+\s+an|gebilligt|billigte",
               r"abgelehnt|lehnte\s+\w+\s+ab|lehnt\s+\w+\s+ab|zurückgewiesen|wies\s+\w+\s+zurück|verweigert|verweigerte"),
        "fr": (r"accept[ée]e?s?|acceptent|approuv[ée]e?s?|approuvent", r"rejet[ée]e?s?|rejette|rejettent|refus[ée]e?s?|refusent"),
        "es": (r"acept[óo]|acepta|aceptaron|aceptad[oa]s?|aprob[óo]|aprueba|aprobaron|aprobad[oa]s?",
               r"rechaz[óo]|rechaza|rechazaron|rechazad[oa]s?"),
    },
    "win": {
        "en": (r"won|wins", r"lost|loses"),
        "de": (r"gewann|gewinnt|gewonnen", r"verlor|verliert|verloren"),
        "fr": (r"gagn[ée]|gagne|gagnent|remport[ée]|remporte|remportent", r"perdu|perd|perdent"),
        "es": (r"gan[óo]|gana|ganaron|ganad[oa]", r"perdi[óo]|pierde|perdieron|perdid[oa]"),
    },
    "free": {
        "en": (r"released|freed|set\s+free", r"(?:remains?|remained|still|stays?)\s+(?:\w+\s+)?(?:in\s+custody|detained|jailed|behind\s+bars|in\s+jail|being\s+held)"),
        "de": (r"freigelassen|freigekommen|kam\s+frei|auf\s+freiem\s+fuß", r"(?:sitzt|bleibt|befindet\s+sich)\s+(?:\w+\s+){0,2}in\s+(?:untersuchungs)?haft|(?:weiterhin|noch)\s+in\s+(?:untersuchungs)?haft"),
        "fr": (r"libér[ée]e?s?|relâch[ée]e?s?|remise?s?\s+en\s+libert[ée]",
               r"(?:reste|restent|demeure|demeurent|toujours)\s+(?:\w+\s+)?(?:en\s+d[ée]tention|d[ée]tenue?s?|en\s+garde\s+[àa]\s+vue|en\s+prison|incarc[ée]r[ée]e?s?)"),
        "es": (r"liberad[oa]s?|puest[oa]s?\s+en\s+libertad|excarcelad[oa]s?",
               r"(?:sigue|siguen|permanece|permanecen|contin[úu]a|contin[úu]an)\s+(?:\w+\s+)?(?:detenid[oa]s?|en\s+prisi[óo]n|bajo\s+custodia|arrestad[oa]s?|encarcelad[oa]s?)"),
    },
    "open": {
        "en": (r"(?:is|are|was|were|remains?|remained|stays?|stayed)\s+open", r"(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:closed|shut)"),
        "de": (r"(?:ist|sind|war|waren|bleibt|bleiben|blieb|blieben)\s+(?:\w+\s+)?(?:geöffnet|offen)",
               r"(?:ist|sind|war|waren|bleibt|bleiben|blieb|blieben)\s+(?:\w+\s+)?(?:geschlossen|gesperrt)"),
        "fr": (r"(?:est|sont|était|étaient|reste|restent|restait|demeure)\s+ouverte?s?", r"(?:est|sont|était|étaient|reste|restent|restait|demeure)\s+ferm[ée]e?s?"),
        "es": (r"(?:est[áa]|est[áa]n|estaba|estaban|permanece|permanecen|sigue|siguen)\s+abiert[oa]s?",
               r"(?:est[áa]|est[áa]n|estaba|estaban|permanece|permanecen|sigue|siguen)\s+cerrad[oa]s?"),
    },
    "rise": {
        "en": (r"rose|risen|rises|climbed|climbs", r"fell|fallen|falls|dropped|drops|declined|declines"),
        "de": (r"stieg|steigt|gestiegen", r"sank|sinkt|gesunken|fiel|fällt|gefallen"),
        "fr": (r"augment[ée]|augmente|augmentent|grimp[ée]|grimpe|progress[ée]|progresse", r"baiss[ée]|baisse|baissent|chut[ée]|chute|chutent|recul[ée]|recule|diminu[ée]|diminue"),
        "es": (r"subi[óo]|sube|suben|subieron|aument[óo]|aumenta|aumentaron", r"baj[óo]|baja|bajan|bajaron|cay[óo]|cae|caen|cayeron|disminuy[óo]|disminuye"),
    },
}  # fmt: skip
NEEDS_OBJECT = {"affirm", "accept"}  # "the minister denied it" says nothing of what was denied

NEGATORS = {
    "en": {"not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot"},
    "de": {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "niemand", "nichts", "weder"},
    "fr": {"ne", "n'", "n’", "pas", "jamais", "aucun", "aucune", "rien", "ni", "nullement"},
    "es": {"no", "nunca", "jamás", "ningún", "ninguna", "ninguno", "nadie", "nada", "ni", "tampoco"},
}

# a word right after a negator that makes it no plain negation of the clause: "not only", "no more than",
# "not all", "nicht nur", "ne ... plus", "no solo"
NOT_NEGATING = {
    "en": {"only", "just", "more", "less", "fewer", "least", "even", "always", "all", "every", "quite", "exactly", "merely"},
    "de": {"nur", "mehr", "weniger", "erst", "alle", "immer", "ganz", "genau", "einmal", "bloß", "lediglich"},
    "fr": {"seulement", "plus", "moins", "que", "tous", "toutes", "toujours", "encore", "uniquement", "simplement"},
    "es": {"solo", "sólo", "solamente", "más", "menos", "todos", "todas", "siempre", "únicamente", "sino"},
}

# a clause that is no claim of the report's own: hedged, to come, conditional, a question's
HEDGES = {
    "en": {"may", "might", "could", "would", "will", "shall", "'ll", "wo", "should", "if", "whether", "unless", "reportedly",
           "allegedly", "alleged", "possibly", "probably", "likely", "unlikely", "apparently", "believed", "thought", "suspected",
           "unconfirmed", "rumoured", "rumored", "expected", "perhaps", "maybe", "seems", "seemed", "appears", "appeared",
           "unclear", "claimed", "claims", "going", "plans", "planned", "intends", "threatened", "asked", "wants"},
    "de": {"soll", "sollen", "solle", "sollte", "sollten", "angeblich", "möglicherweise", "vermutlich", "wohl", "vielleicht",
           "offenbar", "mutmaßlich", "könnte", "könnten", "kann", "dürfte", "dürften", "würde", "würden", "wird", "werden", "ob",
           "wenn", "falls", "scheint", "schien", "unbestätigt", "unbestätigten", "unklar", "will", "wollen", "plant"},
    "fr": {"aurait", "auraient", "serait", "seraient", "pourrait", "pourraient", "devrait", "devraient", "peut-être", "probablement",
           "présumé", "présumée", "apparemment", "semble", "semblait", "si", "selon", "vraisemblablement", "éventuellement",
           "incertain", "va", "vont", "prévoit"},
    "es": {"podría", "podrían", "habría", "habrían", "sería", "serían", "presuntamente", "supuestamente", "posiblemente",
           "probablemente", "quizá", "quizás", "aparentemente", "parece", "parecía", "si", "va", "van", "planea", "incierto"},
}  # fmt: skip
# the future of French and Spanish is written in the verb's ending ("sera libéré", "será liberado")
FUTURE_ENDING = {"fr": re.compile(r"\w{2,}(?:ra|ront)$"), "es": re.compile(r"\w{2,}(?:rá|rán)$")}

# a change in time: the two reports may each be right at their own moment
SHIFTS = {
    "en": r"previously|earlier|initially|at\s+first|later|formerly|no\s+longer|again|since|now|subsequently|eventually|briefly|temporarily|re-?opened|until|after|before|prior|yet",
    "de": r"zuvor|vorher|zunächst|anfangs|später|inzwischen|mittlerweile|nicht\s+mehr|erneut|wieder|seitdem|nun|jetzt|vorübergehend|bis|nachdem|noch\s+nicht|bevor",
    "fr": r"auparavant|précédemment|d'abord|initialement|plus\s+tard|désormais|ne\s+\w+\s+plus|n'\w+\s+plus|de\s+nouveau|à\s+nouveau|depuis|maintenant|temporairement|jusqu'|après|avant|pas\s+encore",
    "es": r"anteriormente|previamente|inicialmente|al\s+principio|después|más\s+tarde|ya\s+no|de\s+nuevo|nuevamente|otra\s+vez|desde|ahora|temporalmente|hasta|antes|todavía\s+no|aún\s+no",
}  # fmt: skip

DENIALS = {
    "en": r"den(?:y|ies|ied|ial)|refut(?:e|es|ed)|disputed?|rebuffed|dismissed",
    "de": r"bestritt|bestreitet|bestritten|dementi\w*|leugne\w*|geleugnet|zurückgewiesen|wies\s+\w+\s+zurück",
    "fr": r"ni[ée]|nient|niait|d[ée]menti\w*|d[ée]ment|r[ée]fut\w*|contest\w*",
    "es": r"neg[óo]|niega|niegan|negaron|desminti\w*|desmient\w*|refut\w*",
}

# where a clause ends: its own words, the subordinating and joining words that start another
CLAUSE_WORDS = {
    "en": {"that", "which", "who", "whom", "but", "although", "though", "while", "whereas", "because", "and", "or", "when", "as"},
    "de": {"dass", "weil", "obwohl", "aber", "doch", "während", "als", "und", "oder", "sondern", "denn"},
    "fr": {"que", "qu'", "qu’", "qui", "mais", "bien", "alors", "parce", "quand", "lorsque", "et", "ou", "car", "tandis"},
    "es": {"que", "quien", "quienes", "pero", "aunque", "mientras", "porque", "cuando", "y", "o", "sino"},
}
# the words of telling, left out of what a clause is about: "police did not say" is no claim against "police said"
REPORTING = {
    "en": {"say", "said", "says", "tell", "told", "according", "add", "added", "state", "stated", "report", "reported", "announce", "announced"},
    "de": {"sagte", "sagten", "sagt", "erklärte", "erklärten", "erklärt", "teilte", "mitteilte", "mit", "berichtete", "berichtet", "laut", "zufolge"},
    "fr": {"dire", "dit", "déclarer", "déclaré", "selon", "affirmer", "affirmé", "indiquer", "indiqué", "préciser", "précisé", "annoncer", "annoncé"},
    "es": {"dijo", "dijeron", "afirmó", "declaró", "según", "explicó", "indicó", "señaló", "aseguró", "informó", "añadió", "anunció"},
}  # fmt: skip
# after these a clause may leave out its subject ("... but was not wearing a helmet"): who it tells of is unknown
COORDINATORS = {
    "en": {"and", "but", "or"},
    "de": {"und", "aber", "oder", "sondern", "doch"},
    "fr": {"et", "mais", "ou"},
    "es": {"y", "pero", "o", "sino"},
}
# nor is it known where a clause opens with a pronoun ("He was wearing a helmet")
PRONOUNS = {
    "en": {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"},
    "de": {"er", "sie", "ihr", "wir", "ich", "du", "dies", "das", "diese", "dieser"},
    "fr": {"il", "elle", "ils", "elles", "on", "nous", "je", "tu", "vous", "ce", "c'", "cela", "ceci"},
    "es": {"él", "ella", "ellos", "ellas", "nosotros", "nosotras", "yo", "tú", "usted", "ustedes", "esto", "eso"},
}
CLAUSE_MARKS = set(',;:()[]–—"“”„«»‹›‘’')

LANGUAGES = frozenset(NEGATORS)


def _compiled(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)


POLES = {
    lang: {concept: (_compiled(by_lang[lang][0]), _compiled(by_lang[lang][1])) for concept, by_lang in ANTONYMS.items()}
    for lang in LANGUAGES
}
SHIFT = {lang: _compiled(p) for lang, p in SHIFTS.items()}
DENIAL = {lang: _compiled(p) for lang, p in DENIALS.items()}

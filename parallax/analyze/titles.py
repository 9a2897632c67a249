"""Words that stand beside a person's name, in every language Parallax reads.

One lexicon, three readers:

* the entity stage strips titles from person names ("Mayor Ana Ruiz",
  "Verkehrsministerin Anna Berg") and, without a NER model, takes a
  capitalised run after a title for a person (:data:`TITLES`,
  :data:`ROLE_COMPOUND`);
* the quote stage tells a person's gender from an honorific or a gendered
  role noun ("Mr.", "spokeswoman": :data:`HONORIFICS`, :data:`ROLE_GENDER`);
* and it finds who a description names ("the Texas governor said", "afirmou o
  advogado") from the role a title or an apposition gave them (:data:`ROLES`,
  :data:`DEFINITE`).

A language's words go here and every reader has them.
"""

from __future__ import annotations

import re

from parallax.analyze.hungarian_names import ROLES as HU_ROLES
from parallax.analyze.role_endings import _CAPITAL_ROLES_AFTER_HYPHEN as _CAPITAL_ROLES_AFTER_HYPHEN
from parallax.analyze.role_endings import _COMPOUND_ONLY_ENDINGS as _COMPOUND_ONLY_ENDINGS
from parallax.analyze.role_endings import _COMPOUND_ROLE_ENDINGS as _COMPOUND_ROLE_ENDINGS
from parallax.analyze.role_endings import _FI_ROLE_ENDINGS as _FI_ROLE_ENDINGS
from parallax.analyze.titles_ha_yo import TITLES as _HA_YO_TITLES
from parallax.analyze.titles_sw_tl import TITLES as _SW_TL_TITLES
from parallax.letters import LOWER, UPPER

# a definite article before a description or a role, in every language read (a regular-expression
# alternation, matched case-insensitively by its readers; "l'" joins its noun with no space)
DEFINITE = r"(?:the|o|a|os|as|el|la|los|las|il|lo|le|les|l['’]|der|die|das|de|het)"
# ... and Greek's ("ο υπουργός", "η δήμαρχος"), for a description that speaks after its cue ('«...», πρόσθεσε ο
# υπουργός') and the person the article introduced with it.  (Not where a description opens the sentence: "Ο
# λιμενάρχης Γιώργος Μαυρίδης είπε:" names its speaker, which the cue words read.)
DEFINITE_WITH_GREEK = DEFINITE[:-1] + "|ο|η)"

# honorifics (lowercase, with and without the dot) and the gender they tell
HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m", "lady": "f", "lord": "m",
    "herr": "m", "frau": "f", "m.": "m", "mme": "f", "madame": "f", "monsieur": "m", "señor": "m", "señora": "f",
}  # fmt: skip

# titles that may open a person's name, as written (matching is case-sensitive: "le ministre",
# "Minister"); abbreviations match with or without their dot
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "St",
                  # the British and Commonwealth press's, with no full stop: "Cllr Darren Price" (a councillor), "Det
                  # Insp", "Det Supt", "Ch Supt", "Det Con" (police ranks), "Cdr", "Maj", "Brig" and "Cpl" (forces)
                  "Cllr", "Det", "Insp", "Supt", "Con", "Cdr", "Cmdr", "Maj", "Brig", "Cpl")
_TITLE_WORDS = {
    "en": (
        "Mayor", "President", "Minister", "Prime", "Chancellor", "Secretary", "Senator", "Councillor", "Councilor", "Alderman",
        "Governor", "General", "King", "Queen", "Prince", "Princess", "Pope", "Sir", "Lord", "Lady", "Judge", "Justice", "Chief",
        "Commissioner", "Ambassador", "Spokesperson", "Spokesman", "Spokeswoman", "Deputy",
        "Executive",  # after "Chief", as wires capitalise it: "Chief Executive Goh Choon Phong said"
        "CS",  # Kenya's Cabinet Secretary, as its papers abbreviate it before the name ("Roads CS Kipchumba Murkomen")
        "Superintendent", "Inspector", "Constable", "Sergeant", "Detective", "Officer", "Commander", "Colonel", "Captain", "Major",
        "Lieutenant", "Professor", "Doctor", "Father", "Rabbi", "Imam", "Bishop", "Archbishop", "Cardinal", "Reverend", "Rev",
        "Foreign", "Defence", "Defense", "Interior", "Energy", "Finance", "Health",  # "Foreign Secretary ...", "Health Minister ..."
    ),
    "de": ("Bürgermeisterin", "Bürgermeister", "Ministerin", "Minister", "Kanzler", "Kanzlerin", "Präsident", "Präsidentin", "Herr", "Frau",
           # the French state's representative in a département, as the German press writes it
           "Präfekt", "Präfektin",
           # a team's coach and captain ("Trainer Julian Schuster sagte")
           "Trainer", "Trainerin", "Kapitän", "Kapitänin",
           # a district's and a town's councillors, a senator, a head of a city department, a pastor, a commander
           # ("Landrätin Petra Weber sagte"); "-rat" alone ends other words too ("Apparat", "Inserat"), so these whole
           "Landrat", "Landrätin", "Stadtrat", "Stadträtin", "Gemeinderat", "Gemeinderätin", "Kreisrat", "Kreisrätin",
           "Regierungsrat", "Regierungsrätin", "Bundesrat", "Bundesrätin", "Senator", "Senatorin", "Dezernent", "Dezernentin",
           "Pfarrer", "Pfarrerin", "Kommandeur", "Kommandeurin",
           # a minister's counterpart, as meeting reports name the other side ("Ihr französischer Kollege Paul Mercier
           # sprach von ...", "sein Amtskollege Jean Roy")
           "Kollege", "Kollegin", "Amtskollege", "Amtskollegin"),
    # "Me" (maître) is the title of a lawyer or notary, "Mgr" of a bishop, "Pr" of a professor: "Me Claire Vasseur"
    "fr": ("M.", "Mme", "Madame", "Monsieur", "le", "la", "maire", "ministre", "président", "présidente", "Me", "Maître", "Mgr", "Pr",
           "préfet", "préfète", "porte-parole", "secrétaire d'État", "secrétaire", "ministre d'État", "délégué", "déléguée",
           "représentant", "représentante", "dirigeant", "dirigeante", "directrice", "coordinateur", "syndicaliste"),
    "es": ("Señor", "Señora", "alcalde", "alcaldesa", "ministro", "ministra", "presidente", "presidenta", "portavoz",
           "secretario", "secretaria", "sindicalista", "director", "directora", "dirigente", "responsable", "delegado", "delegada",
           "vocero", "vocera"),
    "it": ("sindaco", "sindaca", "ministro", "ministra", "presidente", "assessore", "assessora", "portavoce", "Signor", "Signora",
           "segretario", "segretaria", "sindacalista", "direttore", "direttrice", "dirigente", "responsabile", "delegato", "delegata",
           "coordinatore", "coordinatrice", "rappresentante", "prefetto", "questore", "procuratore", "procuratrice", "comandante",
           "consigliere", "consigliera", "deputato", "deputata", "senatore", "senatrice", "governatore"),
    "pt": ("prefeito", "prefeita", "ministro", "ministra", "presidente", "secretário", "secretária", "coronel", "tenente-coronel",
           "deputado", "deputada", "senador", "senadora", "governador", "governadora",
           # Portugal's press calls a mayor "autarca" and a councillor "vereador": 'afirmou o autarca Nuno Reis'
           "autarca", "vereador", "vereadora", "comandante", "porta-voz", "diretor", "diretora", "embaixador", "embaixadora"),
    "ru": ("министр", "президент", "премьер-министр", "мэр", "губернатор", "глава", "спикер", "представитель", "пресс-секретарь",
           "директор", "председатель", "генерал", "депутат", "сенатор", "посол", "прокурор", "судья",
           # a club's people and a trial's, bare after a cue as often as before a name ('— заявил нападающий журналистам')
           "тренер", "нападающий", "защитник", "полузащитник", "вратарь", "футболист", "игрок", "адвокат", "следователь"),
    "uk": ("міністр", "президент", "прем'єр-міністр", "мер", "губернатор", "голова", "речник", "речниця", "представник",
           "директор", "генерал", "депутат", "посол", "прокурор", "суддя"),
    "pl": ("minister", "prezydent", "premier", "burmistrz", "wojewoda", "rzecznik", "rzeczniczka", "dyrektor", "generał", "poseł",
           "posłanka", "senator", "ambasador", "prokurator", "sędzia", "szef", "szefowa", "marszałek",
           # the chair of a union or a board and a firm's chief ("przewodniczący Solidarności w hucie Jan Lis")
           "przewodniczący", "przewodnicząca", "wiceprzewodniczący", "wiceprzewodnicząca", "prezes", "wiceprezes",
           # a club's people, bare after a cue as often as before a name ('– powiedział trener'), as in Russian
           "trener", "trenerka", "zawodnik", "zawodniczka", "piłkarz", "piłkarka", "napastnik", "bramkarz", "obrońca", "pomocnik"),
    "cs": ("trenér", "trenérka", "hráč", "hráčka", "fotbalista", "fotbalistka", "útočník", "útočnice", "brankář", "obránce",
           "záložník",
           # offices, as Slovak lists them ('„…,“ řekl předseda vlády.', 'uvedla mluvčí hasičů Petra Málková')
           "předseda", "předsedkyně", "mluvčí", "ministr", "ministryně", "premiér", "premiérka", "prezident", "prezidentka",
           "starosta", "starostka", "primátor", "primátorka", "hejtman", "hejtmanka", "ředitel", "ředitelka", "velitel",
           "velitelka", "šéf", "šéfka", "velvyslanec", "velvyslankyně"),
    "sk": ("starosta", "starostka", "primátor", "primátorka", "minister", "ministerka", "premiér", "premiérka", "prezident", "prezidentka",
           "hovorca", "hovorkyňa", "riaditeľ", "riaditeľka", "veliteľ"),
    "sh": ('gradonačelnik', 'gradonačelnica', 'ministar', 'ministrica', 'ministarka', 'premijer', 'premijerka', 'predsjednik', 'predsjednica', 'predsednik', 'predsednica', 'glasnogovornik', 'glasnogovornica', 'portparol', 'portparolka', 'ravnatelj', 'ravnateljica', 'direktor', 'direktorica', 'direktorka', 'načelnik', 'načelnica', 'zapovjednik', 'komandant', 'градоначелник', 'градоначелница', 'министар', 'министрица', 'министарка', 'премијер', 'премијерка', 'предсједник', 'предсједница', 'председник', 'председница', 'гласноговорник', 'гласноговорница', 'портпарол', 'портпаролка', 'равнатељ', 'равнатељица', 'директор', 'директорица', 'директорка', 'начелник', 'начелница', 'заповједник', 'командант'),
    "sl": ("župan", "županja", "minister", "ministrica", "premier", "premierka", "predsednik", "predsednica", "direktor", "direktorica",
           "poveljnik", "predstavnik", "predstavnica"),
    # Indonesian and Malay write the portfolio after "Menteri" in capitals ("Menteri Kesehatan Budi Santoso",
    # "Menteri Kerja Raya Ahmad Zulkifli"): the portfolio is part of the title
    "id": ("Menteri", "Presiden", "Wakil", "Perdana", "Gubernur", "Bupati", "Walikota", "Kepala", "Ketua", "Direktur", "Jubir",
           "Panglima", "Jurucakap", "Kesehatan", "Kesihatan", "Keuangan", "Kewangan", "Pertahanan", "Pendidikan", "Perhubungan",
           "Pengangkutan", "Pertanian", "Perdagangan", "Perindustrian", "Luar Negeri", "Dalam Negeri", "Kerja Raya",
           "Kapolri", "Kapolda", "Kapolres", "Kapolsek"),  # the chiefs of police, national to district
    # Romanian writes the article onto the role ("Ministrul Ioana Popescu", "primarul Vasile Ionescu")
    "ro": ("Ministrul", "ministrul", "Primarul", "primarul", "Președintele", "președintele", "Preşedintele", "preşedintele",
           "Premierul", "premierul", "Prefectul", "prefectul", "Directorul", "directorul", "Ministra", "ministra", "Primarița",
           "primarița", "Domnul", "domnul", "Doamna", "doamna", "Generalul", "generalul", "Procurorul", "procurorul"),
    # Catalan elides the article before a vowel ("L'alcalde Jaume Collboni", "la consellera Núria Parlon")
    "ca": ("L'alcalde", "l'alcalde", "L'alcaldessa", "l'alcaldessa", "alcalde", "alcaldessa", "conseller", "consellera", "ministre",
           "ministra", "president", "presidenta", "portaveu"),
    # Greek: the role after its article ("Ο υπουργός Νίκος Δένδιας", "η δήμαρχος Μαρία Παππά")
    "el": ("υπουργός", "πρωθυπουργός", "δήμαρχος", "πρόεδρος", "εκπρόσωπος", "βουλευτής", "περιφερειάρχης",
           "αρχηγός", "διοικητής", "υφυπουργός",
           # a club's people ("ο προπονητής Νίκος Παπαδάκης", '«...», δήλωσε ο προπονητής')
           "προπονητής", "προπονήτρια", "παίκτης", "παίκτρια", "ποδοσφαιριστής", "ποδοσφαιρίστρια", "τερματοφύλακας"),
    # Lithuanian and Latvian write the role in lower case before the name, its body in the genitive before it
    # ("policijos atstovas Tomas Petrauskas", "Valsts policijas pārstāvis Jānis Bērziņš")
    "lt": ("ministras", "ministrė", "prezidentas", "prezidentė", "premjeras", "premjerė", "meras", "merė", "atstovas", "atstovė",
           "vadovas", "vadovė", "direktorius", "direktorė", "pirmininkas", "pirmininkė", "generolas", "komisaras", "komisarė",
           "prokuroras", "prokurorė", "teisėjas", "teisėja", "ambasadorius", "ambasadorė", "viršininkas", "viršininkė",
           "seniūnas", "seniūnė", "profesorius", "profesorė"),
    "lv": ("ministrs", "ministre", "prezidents", "prezidente", "premjerministrs", "premjerministre", "premjers", "mērs", "mēre",
           "pārstāvis", "pārstāve", "vadītājs", "vadītāja", "direktors", "direktore", "priekšsēdētājs", "priekšsēdētāja",
           "ģenerālis", "komisārs", "prokurors", "prokurore", "tiesnesis", "tiesnese", "vēstnieks", "vēstniece", "priekšnieks",
           "priekšniece", "profesors", "profesore", "runasvīrs"),
    "nl": ("Burgemeester", "burgemeester", "Premier", "premier", "minister", "Staatssecretaris", "staatssecretaris",
           "Wethouder", "wethouder", "Woordvoerder", "woordvoerder", "Meneer", "Mevrouw", "mevrouw", "meneer", "Dijkgraaf", "dijkgraaf"),
    # Turkish: the title, and its form after the body it is of ("İçişleri Bakanı", "Belediye Başkanı")
    "tr": ("Vali", "vali", "Bakan", "bakan", "Bakanı", "bakanı", "Başkan", "başkan", "Başkanı", "başkanı", "Kaymakam", "kaymakam",
           "Muhtar", "muhtar", "Sözcü", "sözcü", "Sözcüsü", "sözcüsü", "Milletvekili", "milletvekili"),
    **_SW_TL_TITLES,  # Swahili and Tagalog
    **_HA_YO_TITLES,  # Hausa and Yoruba
}  # fmt: skip

# role words and the titles that abbreviate them, to one canonical role
ROLES = {
    **{w: "governor" for w in ("gov", "gov.", "governor")},
    **{w: "senator" for w in ("sen", "sen.", "senator")},
    **{w: "representative" for w in ("rep", "rep.", "representative", "congressman", "congresswoman", "lawmaker")},
    # a judge of a superior court is titled "Justice" ("Justice Carol Lawrence-Beswick", "Mr Justice Hale"), then "the judge"
    **{w: "judge" for w in ("judge", "justice")},
    **{w: w for w in ("president", "mayor", "speaker", "secretary", "minister", "chancellor", "premier", "sheriff", "ambassador",
                      "commissioner", "director", "nominee", "candidate", "chairman", "chairwoman", "ceo",
                      "spokesman", "spokeswoman", "spokesperson", "prosecutor", "coach", "founder", "pope", "king", "queen")},
}  # fmt: skip

# role and kinship nouns that tell gender ("Spokeswoman Jessica Ditto", "Ditto, a spokeswoman")
ROLE_GENDER = {
    "spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "chairman": "m", "congresswoman": "f", "congressman": "m",
    "businesswoman": "f", "businessman": "m", "actress": "f", "actor": "m", "mother": "f", "father": "m", "wife": "f",
    "husband": "m", "daughter": "f", "son": "m", "sister": "f", "brother": "m", "widow": "f", "widower": "m",
    "grandmother": "f", "grandfather": "m", "queen": "f", "king": "m", "princess": "f", "prince": "m", "woman": "f", "man": "m",
    "girl": "f", "boy": "m", "aunt": "f", "uncle": "m", "niece": "f", "nephew": "m", "councilwoman": "f", "councilman": "m",
    "anchorwoman": "f", "anchorman": "m", "sprecherin": "f", "sprecher": "m", "porte-parole": "", "portavoz": "",
    "hovorkyňa": "f", "hovorca": "m", "glasnogovornica": "f", "glasnogovornik": "m", "portparolka": "f", "portparol": "m",
    "портпаролка": "f", "портпарол": "m", "predstavnica": "f", "predstavnik": "m",
    "atstovė": "f", "atstovas": "m", "ministrė": "f", "ministras": "m", "pārstāve": "f", "pārstāvis": "m",
}  # fmt: skip


# what a person is or does, written before a name without a title's capital ("retired teacher Glenys
# Moore", "security researcher Amara Osei", "Labour campaigner Ines Farrow"): it shows that a name
# the entity model took for an organisation is a person's.  Only nouns that never name an
# organisation ("carmaker", "broadcaster", "operator", "insurer" are left out)
PERSON_NOUNS = frozenset(
    """teacher builder campaigner researcher resident worker nurse doctor farmer driver witness student lawyer
    attorney activist analyst economist scientist engineer survivor neighbour neighbor passenger volunteer firefighter
    shopkeeper pensioner retiree chef pilot captain professor expert historian author writer journalist reporter
    photographer manager executive editor consultant adviser advisor aide surgeon paramedic midwife priest pastor
    imam rabbi singer actor actress artist musician player striker goalkeeper midfielder boxer athlete runner comedian
    novelist poet legislator councillor councilor detective sergeant constable inspector superintendent commander
    colonel lieutenant admiral veteran mother father daughter son wife husband grandmother grandfather widow
    fisherman fishermen mp msp mep candidate organiser organizer protester protestor victim owner landlord tenant
    homeowner mechanic electrician plumber carpenter baker butcher labourer laborer miner guard warden ranger officer""".split()
)


# a German role's feminine in "-in" tells a woman ("Landrätin", "Bürgermeisterin", "Staatssekretärin"): every
# German title word and compound role ending so whose masculine is a role too ("Landrat", "Sekretär")
_DE_ROLES = {w.lower() for w in _TITLE_WORDS["de"]} | {w for w in _COMPOUND_ROLE_ENDINGS if w.isalpha()}
_UMLAUTS = str.maketrans("äöü", "aou")
ROLE_GENDER |= {
    w: "f" for w in _DE_ROLES if w.endswith("in") and (w[:-2] in _DE_ROLES or w[:-2].translate(_UMLAUTS) in _DE_ROLES)
}


# every title and role word in lower case, for "a name follows a title" ("la ministra Ana Ruiz")
TITLE_WORDS = (
    {w.lower().rstrip(".") for ws in _TITLE_WORDS.values() for w in ws if w not in ("le", "la")}
    | {w.lower() for w in _ABBREVIATIONS}
    | {w.rstrip(".") for w in ROLES}
    | set(_COMPOUND_ROLE_ENDINGS)  # "Sprecherin", "woordvoerder" on their own
    | set(_FI_ROLE_ENDINGS)
    | HU_ROLES  # Hungarian roles, written after the name ("Nagy Péter polgármester": :mod:`.hungarian_names`)
)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# a title opening a name, with the space after it
TITLES = re.compile(
    rf"^(?:(?:{_alternation(_ABBREVIATIONS)})\.?|{_alternation(w for ws in _TITLE_WORDS.values() for w in ws)})\s+"
)
# a German, Dutch or Finnish compound role opening a name, three forms:
# - one word, the role after at least two more letters: "Chefvolkswirt", "Notenbankchefin", "Huisarts",
#   "Pelastusjohtaja" (not "Richter" or "Arts" alone, which are also surnames, nor "Zwarts");
# - a capitalised word, a hyphen and such a role: "Flughafen-Geschäftsführerin", "CDU-Generalsekretär";
# - an organisation, a hyphen and a role in lower case (Dutch: "GGD-arts", "PvdA-leider") or, after an
#   acronym or "Ex", the role alone ("SPD-Chef", "Ex-Minister").
# A double-barrelled surname ("Müller-Richter") has a capital after its hyphen and no letters before
# the role, so it is never cut.
# - a word, a hyphen and a capitalised role (:data:`.role_endings._CAPITAL_ROLES_AFTER_HYPHEN`) before a full name:
#   "Verkehrsbetriebe-Chefin Karin Albrecht", "Polizei-Sprecher Tobias Heller"
_ROLE_END = _alternation(_COMPOUND_ROLE_ENDINGS + _COMPOUND_ONLY_ENDINGS + _FI_ROLE_ENDINGS)
_UP, _LOW = f"[{UPPER}]", f"[{LOWER}ß]"
ROLE_COMPOUND = re.compile(
    rf"^(?:{_UP}{_LOW}{{2,}}(?:{_ROLE_END})"
    rf"|{_UP}[\w]*-(?:{_UP}{_LOW}+(?:{_ROLE_END})|{_LOW}*(?:{_ROLE_END}))"
    rf"|(?:{_UP}[{UPPER}\d]+|Ex|Vize|Alt)-(?i:{_ROLE_END})"
    rf"|{_UP}{_LOW}{{3,}}-(?:{_alternation(_CAPITAL_ROLES_AFTER_HYPHEN)})(?=\s+{_UP}[\w'’-]*\s+{_UP})"
    rf")\s+"
)

# a German adjective of a town or land before a role, "der Lyoner Bürgermeister Grégory Doucet", "die Berliner
# Innensenatorin Iris Spranger", or the genitive of a place, a club or a person, "Bayerns Ministerpräsident Markus
# Söder", "Freiburgs Trainer Julian Schuster": it belongs to the office, so it goes with the role it opens
_GERMAN_ROLE = rf"(?:{_alternation(_TITLE_WORDS['de'])}|{_UP}{_LOW}{{2,}}(?:{_ROLE_END}))"
PLACE_ADJECTIVE = re.compile(rf"^{_UP}{_LOW}+(?:er\s+(?={_GERMAN_ROLE}\s+{_UP})|s\s+(?={_GERMAN_ROLE}\s+{_UP}[\w'’-]*\s+{_UP}))")


def role_opening(text: str) -> re.Match | None:
    """A title, a compound role or a town's adjective before a role opening ``text``, with the space after it."""
    return TITLES.match(text) or ROLE_COMPOUND.match(text) or PLACE_ADJECTIVE.match(text)


# a role or a person's noun written with a capital right before a full name: German capitalises every
# noun ("die Ärztin Miriam Vogt", "Sprecherin Lea Brandt"), and any language writes one so at the
# start of a sentence ("Farmer Alan Whitby stood in his yard").  It is cut only when two capitalised
# words follow it, since such a word can also be a name's own first word ("Baker Mayfield", "Richter").
_ROLE_WORD_BEFORE_NAME = re.compile(rf"({_UP}{_LOW}+)\s+(?={_UP}[\w'’-]*\s+{_UP}[\w'’-]*)")


def role_word_before_name(name: str, report: str = "") -> int:
    """How many characters of ``name`` a capitalised role or person's noun opening it takes ("Ärztin ",
    "Farmer "), or 0; the ``report`` the name is from may show an agent noun so ("Vendor Joy Okafor", then "Okafor")."""
    from parallax.analyze.agent_nouns import agent_noun_before_given_name

    m = _ROLE_WORD_BEFORE_NAME.match(name)
    if not m:
        return 0
    word = m.group(1)
    known = word.lower() in TITLE_WORDS or word.lower() in PERSON_NOUNS
    return m.end() if known or agent_noun_before_given_name(word, name[m.end() :], report) else 0  # "Trader Folake Adewale"


# a role's stem, so that a declined role is found too ("portavoce", "purtătorului de cuvânt"), with the Romanian
# and Greek stems :data:`TITLE_WORDS` lacks
_ROLE_STEMS = tuple(sorted({w for w in TITLE_WORDS | PERSON_NOUNS if len(w) >= 5 and w.isalpha()})) + (
    "purtăt", "primar", "ministr", "procuror", "preşedin", "președin", "comandant", "εκπρόσωπ", "υπουργ", "δήμαρχ",
    "διευθυντ", "πρόεδρ", "αρχηγ", "εισαγγελ",
) + tuple(  # Lithuanian and Latvian decline a role by its ending ("atstovai", "pārstāvji"): the nominative's ending off
    stem for w in _TITLE_WORDS["lt"] + _TITLE_WORDS["lv"] if len(stem := re.sub(r"(?:ius|as|is|ys|us|ė|a|e|s|š)\Z", "", w)) >= 5
)  # fmt: skip


def describes_a_role(text: str) -> bool:
    """Whether words that stand for a source hold a role or a person's noun ("el portavoz de la policía", "a police
    spokesman"), in any of its forms; "la policía" or "the ministry" hold none."""
    # (a hyphenated role whole too: "porta-voz", "porte-parole")
    words = re.findall(r"\w+(?:-\w+)*", text.lower())
    words += [p for w in words if "-" in w for p in w.split("-")]
    return any(w in TITLE_WORDS or w in PERSON_NOUNS or w.startswith(_ROLE_STEMS) for w in words)


_PARTICLE_THEN_WORD = re.compile(r"\s(?:de|von|van|der|la|le|du|al|da|di|del|dos|das)\s+(?=\S)")


def role_after_particle(run: str) -> int:
    """Where a person's name starts in a run of capitalised words that a particle joined to a role and a name
    ("Angaben von Verkehrsminister Jonas Weber": German capitalises the noun "Angaben", according to), at
    the role, which the caller then cuts; 0 when no role follows a particle with two words after it.  A
    particle of the name itself ("Ursula von der Leyen") is followed by no role."""
    for m in _PARTICLE_THEN_WORD.finditer(run):
        rest = run[m.end() :]
        role = TITLES.match(rest) or ROLE_COMPOUND.match(rest)
        if role and len(rest[role.end() :].split()) >= 2:
            return m.end()
    return 0

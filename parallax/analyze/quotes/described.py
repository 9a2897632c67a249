"""Who a description that speaks stands for when the article named one person so: "the midfielder said".

News prose names a person once with what they are ("Midfielder Marco Rinaldi", "Marco Rinaldi, the
club's captain,", "Rinaldi, 34,") and later lets the description speak: '"...," the 34-year-old said',
"ha detto il giocatore", "sagte der Trainer", "dijo el delantero".  The role lexicon of
:mod:`.roles` knows offices (governor, minister, spokesman) and the person an office was given next
to the name; this module reads any person's noun (a sports position, a trade) and an age, and the
kind a position is of (a midfielder is a player: "il centrocampista Marco Rinaldi" is "il giocatore").

The description must be definite ("the striker", not "a striker", who is someone new) and exactly one
person named before it, outside quotations, must fit it: none or several, and the description stays
(never a guess).  Polish, Czech and Russian write no article ('– powiedział trener'), and decline the noun
next to the name as Greek does ("przyjazd napastnika Piotra Nowaka"): :mod:`.inflected_nouns`.  :func:`described_person` is called by :meth:`.subject_names._SubjectNames.named`
after the office lookups.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from parallax.analyze.agent_nouns import agent_noun
from parallax.analyze.quotes import inflected_nouns as inflected
from parallax.analyze.quotes.case_parties import case_parties
from parallax.analyze.quotes.described_before import Found, MentionsBefore
from parallax.analyze.titles import DEFINITE, DEFINITE_WITH_GREEK, ROLES, describes_a_role
from parallax.letters import UPPER
from parallax.records import Entity

# what a position or a trade is a kind of, per language: a description with the general noun ("the player", "il
# giocatore") fits a person introduced with the particular one ("Midfielder ...", "il centrocampista ...")
_KINDS: dict[str, tuple[str, ...]] = {
    "player": ("player", "footballer", "midfielder", "striker", "defender", "goalkeeper", "forward", "winger", "fullback",
               "centre-back", "center-back", "keeper", "captain", "playmaker"),
    "giocatore": ("giocatore", "giocatrice", "calciatore", "calciatrice", "centrocampista", "attaccante", "difensore",
                  "portiere", "punta", "terzino", "capitano", "capitana", "regista", "trequartista", "fantasista"),
    "jugador": ("jugador", "jugadora", "futbolista", "delantero", "delantera", "centrocampista", "mediocampista", "defensa",
                "defensor", "defensora", "portero", "portera", "arquero", "arquera", "guardameta", "lateral", "capitán", "capitana"),
    "joueur": ("joueur", "joueuse", "footballeur", "footballeuse", "attaquant", "attaquante", "milieu", "défenseur",
               "défenseuse", "gardien", "gardienne", "capitaine", "latéral", "buteur", "buteuse"),
    "spieler": ("spieler", "spielerin", "fußballer", "fußballerin", "stürmer", "stürmerin", "mittelfeldspieler",
                "mittelfeldspielerin", "verteidiger", "verteidigerin", "torwart", "torhüter", "torhüterin", "kapitän",
                "kapitänin", "abwehrspieler", "abwehrspielerin"),
    "jogador": ("jogador", "jogadora", "futebolista", "atacante", "avançado", "médio", "zagueiro", "defesa", "goleiro",
                "guarda-redes", "capitão", "lateral"),
}  # fmt: skip
# the general noun in each of its forms (a woman player is "la giocatrice", "die Spielerin")
_GENERAL = {
    "player": "player", "footballer": "player", "giocatore": "giocatore", "giocatrice": "giocatore", "calciatore": "giocatore",
    "calciatrice": "giocatore", "jugador": "jugador", "jugadora": "jugador", "futbolista": "jugador", "joueur": "joueur",
    "joueuse": "joueur", "footballeur": "joueur", "footballeuse": "joueur", "spieler": "spieler", "spielerin": "spieler",
    "fußballer": "spieler", "fußballerin": "spieler", "jogador": "jogador", "jogadora": "jogador", "futebolista": "jogador",
}  # fmt: skip
_KINDS |= inflected.KINDS  # Polish, Czech, Russian and Greek (:mod:`.inflected_nouns`)
_GENERAL |= inflected.GENERAL
_KIND_OF: dict[str, set[str]] = {}
for _kind, _words in _KINDS.items():
    for _w in _words:
        _KIND_OF.setdefault(_w, set()).add(_kind)  # ("centrocampista" is Italian and Spanish)
# persons' nouns the title lexicon lacks (coaches, lawyers, doctors, riders in the languages of the table above)
_MORE_PEOPLE = frozenset(
    """coach trainer teenager defender forward winger allenatore allenatrice tecnico avvocato avvocata medico pilota ciclista
    tennista campione campionessa entrenador entrenadora técnico técnica abogado abogada médico médica piloto ciclista tenista
    entraîneur entraîneuse avocat avocate médecin pilote trainerin anwalt anwältin arzt ärztin treinador treinadora
    advogado advogada""".split()
)
_MORE_PEOPLE |= inflected.NOUNS  # Polish, Czech, Russian and Greek coaches, lawyers, doctors, riders

# an age in a description or an apposition, per language: "34-year-old", "34-Jährige(r)", "34enne", "34 anni", "de 34 años",
# "34 ans", a bare "34" or "(34)"
_AGE_WORD = re.compile(r"(\d{1,3})(?:-year-old|-jährige[rn]?|enne|-enne)", re.I)
_AGE_OF = re.compile(r"(?<!\w)(?:de|di|of)\s(\d{1,3})\s(?:anni|ans|años|anos|years)(?!\w)", re.I)  # "el jugador de 34 años"
_AGE_APPOSED = re.compile(r"(?:de\s)?(\d{1,3})(?:\s(?:anni|ans|años|anos|jahre(?:\salt)?|years?\sold|år|jaar))?", re.I)
# the words that open a complement, which the head noun stands before ("the captain of the team", "ministre de l'Intérieur")
_COMPLEMENT = re.compile(
    r"\s(?:of|for|from|at|in|with|who|de|del|della|dello|dei|degli|di|da|do|dos|das|du|des|d['’]\w+|von|vom|des|der|bei|beim|que|qui|che)\b.*",
    re.I,
)
_DESCRIPTION = re.compile(rf"{DEFINITE}(?:\s|(?<=['’]))(?P<rest>[^,;:]{{2,60}})", re.I)
_DESCRIPTION_EL = re.compile(rf"{DEFINITE_WITH_GREEK}\s(?P<rest>[^,;:]{{2,60}})", re.I)  # "ο προπονητής"
_BARE_DESCRIPTION = re.compile(r"(?P<rest>[^,;:]{2,60})")  # "trener", in a language without articles
_WORD = re.compile(r"[\w’'-]+")
_APPOSITION_AFTER = re.compile(r",\s(?P<app>[^,.;:!?()\n]{1,60})(?=[,.;:!?)\n]|$)|\s\((?P<age>\d{1,3})\)")
# (or an English possessive opening it, the team's or the body's: "Sydney's coach, Mark Hale,")
_APPOSITION_BEFORE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:{DEFINITE}(?:\s|(?<=['’]))(?P<app>[^,.;:!?\n]{{2,60}})|(?P<own>[{UPPER}][\w-]*['’]s?\s[^,.;:!?\n]{{2,60}})),\s\Z",
    re.I,
)
_ARTICLE_BEFORE = re.compile(rf"(?<!\w){DEFINITE}(?:\s|(?<=['’]))\Z", re.I)
_NAME_SHAPED = re.compile(rf"[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+){{1,2}}")  # a given name and a surname
_ELIDED = re.compile(r"^(?:[lLdD]|[dD]ell|[aA]ll|[nN]ell|[sS]ull|[dD]all)['’](?=\w)")
# a person's noun and its complement right before a name: "milieu de terrain", "gardien de but", "meneur de jeu"
_NOUN_OF = re.compile(r"(?<![\w’'-])(?P<head>[\w’'-]+)\s(?:de|di|du|del|do|da)\s(?P<of>[\w-]+)\s\Z")
_LIST = re.compile(r"\s(?:and|or|y|e|et|und|o|ou|oder)\s", re.I)


def _is_person_word(word: str) -> bool:
    # (or any noun shaped as a person's trade or part, :func:`.agent_nouns.agent_noun`: "the defendant", "the trader")
    return word in _KIND_OF or word in _GENERAL or word in _MORE_PEOPLE or describes_a_role(word) or agent_noun(word)


def _features(phrase: str, lang: str = "") -> tuple[str | None, int | None]:
    """The head noun (lower case, when it is a person's noun; in a language that declines it, its nominative) and
    the age a description or an apposition gives."""
    phrase = phrase.strip()
    if (m := _AGE_APPOSED.fullmatch(phrase)) is not None:
        return None, int(m.group(1))
    aged = _AGE_WORD.search(phrase) or _AGE_OF.search(phrase)
    words = _WORD.findall(_COMPLEMENT.sub("", phrase))
    rest = [w for w in words if not _AGE_WORD.fullmatch(w)]
    head = rest[-1].lower() if rest and rest[-1][:1].isalpha() else None
    if lang in inflected.HEAD_FIRST:  # the noun first, what it is of after it: "trener Legii", "προπονητής της ομάδας"
        head = next((w for w in (inflected.lemma(w, lang) for w in rest) if _is_person_word(w)), None)
    return (head if head and _is_person_word(head) else None), (int(aged.group(1)) if aged else None)


def _fits(noun: str, word: str, lang: str) -> bool:
    """Whether a person's noun ``word`` written next to a name fits the description's ``noun``: the same word or
    office ("Gov." is a "governor"), a kind of it ("midfielder" is a "player"), or in German and Dutch a compound
    ending in it ("Bundestrainer")."""
    if word == noun or ROLES.get(word, word) == ROLES.get(noun, noun) or _GENERAL.get(noun) in _KIND_OF.get(word, ()):
        return True
    return lang in ("de", "nl") and len(noun) >= 4 and word.endswith(noun)


# adjectives of office between a person's noun and the name ("o deputado estadual Renato Albuquerque", "il sindaco
# uscente Marco Rossi", "el diputado federal Juan Pérez")
_OFFICE_ADJECTIVES = frozenset(
    "estadual federal municipal regional distrital eleito eleita electo electa eletto eletta uscente interino interina "
    "adjunto adjunta aggiunto aggiunta provincial provinciale nacional nazionale".split()
)


def _around(text: str, start: int, end: int, lang: str = "") -> tuple[set[str], set[int]]:
    """The persons' nouns and ages a mention at ``start:end`` writes next to the name: the words right before it
    ("Liverpool midfielder", "der 34-jährige Stürmer"), an apposition after it (", the club's captain,", ", 34,",
    " (34)") or before it, opening the sentence ("The club's captain, ")."""
    nouns: set[str] = set()
    ages: set[int] = set()
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - 60) : start]
    if (
        (c := _NOUN_OF.search(before))
        and c.group("of").islower()
        and _is_person_word(inflected.lemma(_ELIDED.sub("", c.group("head")), lang))
    ):
        before = before[: c.end("head") + 1]  # "le milieu de terrain Karim Lemoine": the noun before its complement
    for w in reversed(before.split(" ")[:-1][-4:]) if before.endswith(" ") else ():
        w = _ELIDED.sub("", w)  # "L'attaquant Paul Roux", "l'allenatore"
        w = w[:-1] if w.lower() in ROLES and w.endswith(".") else w  # an office abbreviated: "Texas Gov. Rick Perry"
        word = inflected.lemma(w, lang)
        if (a := _AGE_WORD.fullmatch(w)) is not None:
            ages.add(int(a.group(1)))
        elif _WORD.fullmatch(w) and _is_person_word(word):
            nouns.add(word)
        elif w.lower() in _OFFICE_ADJECTIVES:
            continue  # "o deputado estadual Renato Albuquerque": the noun is before its adjective
        elif not (w[:1].isupper() and _WORD.fullmatch(w)):
            break  # a verb or a function word: "coach Paul Reed praised striker Tom Evans" gives Evans no "coach"
    if (m := _APPOSITION_AFTER.match(text, end)) is not None:
        if m.group("age"):
            ages.add(int(m.group("age")))
        elif not _LIST.search(m.group("app")) and not re.match(rf"[{UPPER}]\w+\s[{UPPER}]", m.group("app")):
            noun, age = _features(
                re.sub(rf"^(?:{DEFINITE}|a|an|un|una|uno|une|ein|eine|einer)(?:\s|(?<=['’]))", "", m.group("app"), flags=re.I), lang
            )
            nouns.update([noun] if noun else [])
            ages.update([age] if age is not None else [])
    if (m := _APPOSITION_BEFORE.search(text, max(line, start - 80), start)) is not None:
        noun, age = _features(m.group("app") or m.group("own"), lang)
        nouns.update([noun] if noun else [])
        ages.update([age] if age is not None else [])
    nouns |= case_parties(text, start, end) if lang in ("", "en") else set()  # "Nwosu was charged": the defendant
    return nouns, ages


# Each attributor's described mentions, read once (see :func:`_described_mentions`); weak keys: an attributor lives for
# one article's quotation stage.
_MENTIONS: WeakKeyDictionary = WeakKeyDictionary()


def _described_mentions(attrib, lang: str) -> MentionsBefore:
    """The person mentions of the article (and names shaped like one) that write a person's noun or an age next to
    them, with those nouns and ages, in the entities' order.  What a mention writes next to it depends on the text
    alone, so it is read once per article: read again for each description that spoke, the work grew as the square
    of the article's length (a 200,000-character report: 45 s here, minutes for 1.5 MB).  Read again when the
    entity list or the text is another (an attributor's article is analysed once, but nothing forbids it)."""
    art = attrib.article
    key = (id(art.entities), len(art.entities), id(art.text), lang)
    cached = _MENTIONS.get(attrib)
    if cached is not None and cached[0] == key:
        return cached[1]
    mentions = []
    for e in art.entities:
        if e.label not in ("PERSON", "PER") and not _NAME_SHAPED.fullmatch(e.text):
            continue
        nouns, ages = _around(art.text, e.start, e.end, lang)
        if nouns or ages:
            mentions.append((e, nouns, ages))
    gathered = MentionsBefore(
        mentions,
        lambda at: not attrib._in_quote(at),
        # (a name the entity stage labelled otherwise, "l'attaccante Oliver Grant" as MISC, is a person who may fit
        # too: one more who fits, never the answer)
        lambda e: attrib.name_of(e) if e.label in ("PERSON", "PER") else f"\0{e.text}",
        lambda e: _beside(art.text, e.start, e.end),
    )
    _MENTIONS[attrib] = (key, gathered)
    return gathered


def described_person(attrib, text: str, pos: int) -> str | None:
    """The one person named before ``pos`` (outside quotations) that the definite description ``text`` fits (see
    the module docstring), by the attributor's fullest form of the name; None when none or several fit."""
    art = attrib.article
    lang = (art.language or "en")[:2]
    # (a span may leave its article out: "sagte der Spieler" read as "Spieler")
    said = (
        text.strip()
        if (art_before := _ARTICLE_BEFORE.search(art.text, max(0, pos - 6), pos)) is None
        else art_before.group() + text.strip()
    )
    m = (_BARE_DESCRIPTION if lang in inflected.BARE else _DESCRIPTION_EL if lang == "el" else _DESCRIPTION).fullmatch(said)
    if m is None or len(_WORD.findall(m.group("rest"))) > 5 or lang == "en" and not said.lower().startswith("the"):
        return None  # (English "a striker" is someone new; Portuguese "a" is "the")
    noun, age = _features(m.group("rest"), lang)
    if noun is None and age is None:
        return None
    gathered = _described_mentions(attrib, lang)
    if (upto := gathered.upto(pos)) is not None:
        found, told = upto  # (gathered along the article: :mod:`.described_before`)
        # (only the people with the age or a fitting noun: each description compared with all found was quadratic)
        # (and, with no qualifier to tell people apart, two: then nobody is the answer)
        enough = None if _CAPITALISED.search(m.group("rest")) else 2
        candidates = gathered.fitting(age, lambda w: noun is not None and _fits(noun, w, lang), enough)
    else:
        found, told = _gather(attrib, gathered.mentions, pos)
        candidates = list(found)
    fit = [
        name
        for name, (nouns, ages) in ((name, found[name]) for name in candidates)
        if (age is None or age in ages) and (noun is None or any(_fits(noun, w, lang) for w in nouns) or age is not None)
    ]
    if len(fit) > 1:
        fit = _qualified(fit, m.group("rest"), told)  # "the Sydney coach" of "Sydney coach Mark Hale" and "Brisbane coach Tim Roe"
    return fit[0] if len(fit) == 1 and not fit[0].startswith("\0") else None


def _gather(attrib, mentions: list[tuple[Entity, set[str], set[int]]], pos: int) -> tuple[Found, dict[str, str]]:
    """What the described mentions ending at or before ``pos`` outside quotations say of each person (the nouns and
    ages, the words beside the name), read one by one."""
    art = attrib.article
    found: Found = {}
    told: dict[str, str] = {}  # what the article writes next to each name, for the qualifiers (:func:`_qualified`)
    for e, nouns, ages in mentions:
        if e.end > pos or attrib._in_quote(e.start):
            continue
        # (a name the entity stage labelled otherwise, "l'attaccante Oliver Grant" as MISC, is a person who may fit
        # too: one more who fits, never the answer)
        key = attrib.name_of(e) if e.label in ("PERSON", "PER") else f"\0{e.text}"
        have = found.setdefault(key, (set(), set()))
        have[0].update(nouns)
        have[1].update(ages)
        told[key] = told.get(key, "") + " " + _beside(art.text, e.start, e.end)
    return found, told


_CAPITALISED = re.compile(rf"[{UPPER}][\w-]+")


def _beside(text: str, start: int, end: int) -> str:
    """The words written next to a mention: the line's words before it (60 characters) and the apposition after it."""
    line = text.rfind("\n", 0, start) + 1
    after = _APPOSITION_AFTER.match(text, end)
    return text[max(line, start - 60) : start] + (" " + after.group() if after else "")


def _qualified(fit: list[str], rest: str, told: dict[str, str]) -> list[str]:
    """Of several people the description's noun fits, those next to whose name the article writes every capitalised
    qualifier the description gives ("the Sydney coach": "Sydney coach Mark Hale" or "Sydney's coach, Mark Hale", not
    "Brisbane coach Tim Roe"): the team, the town or the body tells two holders of one kind of post apart.  No
    qualifier, or none that tells, and all stay (the caller then names nobody)."""
    marks = {w.lower() for w in _CAPITALISED.findall(rest)}
    if not marks:
        return fit
    return [n for n in fit if marks <= {w.lower().removesuffix("'s").removesuffix("’s") for w in _CAPITALISED.findall(told.get(n, ""))}]

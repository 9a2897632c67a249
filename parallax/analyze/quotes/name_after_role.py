"""Where a speaker's name starts when a role stands before it.

A cue's subject is often a role and then a name, and the speaker is the name.  Where the role ends
depends on the language, and on how much of it the pattern that found the subject took in:

- role words in lower case before the name, and their complement ("mayor Jan de Vries", "o
  secretário de Estado Rui dos Santos"; "il ministro di Grazia e Giustizia" stays whole):
  :func:`_without_role`, :func:`_role_complement`;
- the owner of the role in the genitive (Swedish, Danish, Norwegian, German "Trafikverkets
  generaldirektör Karin Lindqvist"; Greek "ο εκπρόσωπος του Λιμενικού Νίκος Αλεξίου"):
  :func:`_past_genitive`, :func:`_after_genitive_owner`;
- Turkish titles and the group a person is one of ("Kalkanlı Belediye Başkanı Ayşe Kaya",
  "İşçilerden Serkan Doğan"): :func:`.turkish_titles._tr_name`.

A capitalised title ("President", "Gov.") is :data:`parallax.analyze.titles.TITLES`', cut where
a name is cleaned (:mod:`.person_names`); the role words are in :mod:`parallax.analyze.titles`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.body_heads import ROLES_OF_A_BODY
from parallax.analyze.names import FIRST_NAMES as _FIRST_NAMES
from parallax.analyze.names import NAME_PARTICLES
from parallax.analyze.quotes.acronym_bodies import acronym_body
from parallax.analyze.quotes.antecedents import impersonal, pronouns
from parallax.analyze.quotes.nordic_names import genitive_mark_end
from parallax.analyze.quotes.turkish_titles import _NEXT_CAPITALISED, _TR_ABBREVIATED, _TR_ONE_OF, _TR_TITLE, _tr_name  # noqa: F401  (kept importable from here)
from parallax.analyze.quotes.west_slavic_roles import body_run_speaker, role_holder_after_place
from parallax.analyze.titles import TITLE_WORDS, describes_a_role
from parallax.letters import LOWER, UPPER


def _without_role(name: str) -> str:
    """A subject without the role words in lower case before the name: "mayor Jan de Vries" is Jan
    de Vries, "secretário de Estado Rui dos Santos" Rui dos Santos (a capitalised title is
    :data:`TITLES`'; role words are in :mod:`parallax.analyze.titles`)."""
    words = name.split()
    k = 0
    body = False  # whether the role's complement was skipped
    while k < len(words) - 1 and words[k].lower().strip(",") in TITLE_WORDS and words[k][:1].islower():
        k += 1
        if words[k] == "van" and k + 3 <= len(words) and words[k + 1] in ("de", "het") and words[k + 2][:1].isupper():
            words = words[:k] + [f"van {words[k + 1]}"] + words[k + 2 :]  # "woordvoerder van de RVS": one "of"
        if k < len(words) - 2 and words[k] in ("de", "of", "di", "da", "do", "del", "des", "du") and words[k + 1][:1].isupper():
            k, body = k + 2, True  # "secretário de Estado", "minister of State"
        elif words[k] in ("van", "van de", "van het") and words[k + 1 : k + 2] and words[k + 1][:1].isupper():
            k, body = k + 2, True  # Dutch "of": a surname's "van" is capitalised after a role ("burgemeester Van Dijk")
    rest = words[k:]
    if body and len(rest) == 1 and rest[0].lower() not in _FIRST_NAMES:
        return name  # "ministro da Defesa Civil": one capitalised word more is the body's name, not a person's
    if k == 0 or not rest or not all(w[:1].isupper() or w in NAME_PARTICLES for w in rest) or not rest[-1][:1].isupper():
        return name
    return name if acronym_body(" ".join(rest)) else " ".join(rest)  # "глава МЧС": the head of the body


# words before a capitalised run that make it a complement, not the name of the person described:
# "residents near Lake Placid", "officials at the Ministry of Health" (with the language's stop words)
_NOT_DESCRIPTION = frozenset("near at in on of for from with by to into across outside inside behind beyond via per".split())
_WORD = re.compile(r"\S+")


def name_after_description(text: str, lang: str) -> int | None:
    """Where the name starts in a subject that describes a person and then names them: "Kovač's chief
    negotiator, Marko Petrić", "the union's chief negotiator Marko Petrić", "Valdoria's foreign minister,
    Anna Novak" (the name closes the subject; the words before it are the description, whatever its
    owner).  The name is two to four capitalised words (particles between them: "Jan de Vries"); the
    word before it is in lower case and no function word ("the Home Office", "residents near Lake
    Placid" name no person).  None when the subject is not so built."""
    words = list(_WORD.finditer(text))
    k = len(words)
    while k > 0 and (words[k - 1].group()[:1].isupper() or words[k - 1].group() in NAME_PARTICLES):
        k -= 1
    while k < len(words) and not words[k].group()[:1].isupper():
        k += 1  # (a particle does not open the name: "de Vries" after "minister" is still "... Vries")
    run = words[k:]
    capitalised = [w for w in run if w.group()[:1].isupper()]
    if not 2 <= len(capitalised) <= 4 or k == 0 or any(w.group().endswith(",") for w in run):
        return None
    before = words[k - 1].group().removesuffix(",")
    bare = before.rstrip("’'")
    if not (bare.isalpha() and bare.islower() and len(bare) >= 3) or bare in _NOT_DESCRIPTION or bare in _stop_words(lang):
        return None
    if role_of_a_body(text[: run[0].start()], text[run[0].start() :], lang):
        return None  # "υπουργό Πολιτικής Προστασίας": the ministry the minister heads
    return run[0].start()


@lru_cache(maxsize=64)
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang`` (none for a language it does not know)."""
    import spacy

    try:
        return frozenset(spacy.util.get_lang_class(lang).Defaults.stop_words)
    except ImportError:
        return frozenset()


def opening_adverb(word: str, lang: str) -> bool:
    """Whether a speaker found is one capitalised stop word of ``lang`` that is no pronoun: "Poi" (then) of 'Poi ha
    parlato di «…»', "Dann" of 'Dann sagte …' (a pronoun, "Sie", "On", is resolved later)."""
    low = word.lower()
    return word[:1].isupper() and " " not in word and low in _stop_words(lang) and low not in pronouns(lang) | impersonal(lang)


# (a role of two words, its second "d'État": "secrétaire d'État aux Transports"; or what it is in charge of: "au", "ai")
_ROLE_OF = re.compile(
    rf"(?<!\w)(?P<role>[{LOWER}][\w-]+)(?:\s+d['’][{UPPER}][\w-]+)?\s+"
    r"(?:de|da|do|das|dos|del|di|della|dello|dei|degli|delle|of|des|du|för|van|au|aux|al|alla|ai|agli|ao|aos)\s+$",
    re.I,
)
_NEXT_NAME = re.compile(rf"(?<!\S)\S++\s++(?=[{UPPER}])")  # from a word's start only: linear


def _role_complement(text: str, start: int, end: int) -> tuple[int, int]:
    """A name found after a role and its complement starts after the complement: in 'o secretário de
    Estado Rui dos Santos' the name is "Rui dos Santos", in 'il ministro di Grazia e Giustizia' nothing
    changes.  The name then starts at its first known given name (after any noun and its preposition:
    'la portavoce della Croce Rossa Anna Bianchi'; not when a given name opens the span, 'la figlia di
    Maria Anna Rossi'), or else, after a role word, it has three capitalised words at least and the
    first ("Estado", "Defesa", "Fiom") is the complement."""
    if later := _past_cyrillic_body(text, start, end):
        return later
    role = _ROLE_OF.search(text, 0, start)
    if role is None or role.end() != start:
        return start, end
    if later := _name_past_the_body(text, end):
        return later
    words = list(re.finditer(r"\S+", text[start:end]))
    if words and words[0].group().lower() not in _FIRST_NAMES:  # ("la figlia di Maria Anna Rossi" stays whole)
        # after any noun and its preposition: "la portavoce della Croce Rossa Anna Bianchi"
        for w in words[1:-1]:
            if w.group().lower() in _FIRST_NAMES:
                return start + w.start(), end
    if role.group("role").lower() not in ROLES_OF_A_BODY:  # "il leader della Fiom Michele De Palma"
        return start, end
    capitalised = [w for w in words if w.group()[:1].isupper()]
    if len(capitalised) >= 3 and (nxt := _NEXT_NAME.match(text, start)) and nxt.end() < end:
        return nxt.end(), end
    return start, end


_CYRILLIC_WORD = re.compile(r"^[А-ЯЁІЇЄҐа-яёіїєґʼ'’-]+$")
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ич|ична|овна|евна)(?:а|у|ем|ом|е|ой|ы|ою|і|и)?$", re.I)


def _past_cyrillic_body(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A Russian or Ukrainian role names its body in the genitive, capitalised when it is a country or a city, right
    before the person: in 'по словам министра иностранных дел Франции Поля Мерсье' the speaker is Поля Мерсье, not
    "Франции Поля Мерсье".  Of three Cyrillic words, the first goes when the middle one is no patronymic ("Сергея
    Викторовича Лаврова" stays whole) and the first no given name."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) != 3 or not all(_CYRILLIC_WORD.match(w.group()) for w in words):
        return None
    if _PATRONYMIC.search(words[1].group()) or words[0].group().lower() in _FIRST_NAMES:
        return None
    return start + words[1].start(), end


# the body a role is of, its adjective in lower case after it, then the person: 'ha detto il presidente del Consiglio
# europeo António Costa', 'a déclaré le président de la Commission européenne Jean Roy' (one or two adjectives of four
# letters or more; a name of two or three capitalised words that ends the clause or goes on in lower case)
_BODY_ADJECTIVES_THEN_NAME = re.compile(
    rf"\s+(?P<adj>(?:[{LOWER}][\w'’-]{{3,}}\s+){{1,2}})(?P<spk>[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+){{1,2}})(?=\s*(?:[,.;:!?]|$)|\s+[{LOWER}])"
)
# words of four letters or more that open where or when a thing was said, not an adjective of the body
_NOT_ADJECTIVES = frozenset(
    "presso durante dopo nella nelle negli della delle dalla dalle sulla sulle dans pendant après avant durante desde tras "
    "entre sobre ante während nach before after during outside inside ayer hoy oggi ieri hier aujourd'hui".split()
)


def _name_past_the_body(text: str, end: int) -> tuple[int, int] | None:
    """The person named after a role's body and its adjective, where the body ends at ``end``: in 'il presidente del
    Consiglio europeo António Costa' the speaker is António Costa, not "Consiglio"; None when no such name follows."""
    m = _BODY_ADJECTIVES_THEN_NAME.match(text, end)
    if m is None or any(w.lower() in _NOT_ADJECTIVES for w in m.group("adj").split()):
        return None
    return m.start("spk"), m.end("spk")


# (the name ends its clause, or a lower-case word follows it: whom it was told to, "… presschef Lena Holm till TT.")
_GENITIVE_THEN_NAME = re.compile(rf"(?<!\s)\s+(?:[{LOWER}][\w-]*\s+){{1,2}}(?P<spk>[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+){{1,2}})(?=\s*(?:[,.;]|$)|\s+[{LOWER}])")


def _past_genitive(text: str, start: int, end: int) -> tuple[int, int] | None:
    """An organisation in the genitive before a role and a name: in 'säger Trafikverkets generaldirektör
    Karin Lindqvist.' the speaker is Karin Lindqvist, not "Trafikverkets" (Swedish, Danish, Norwegian,
    German write the owner of a role before it).  Only a single word in -s that is no given name."""
    word = text[start:end]
    if marked := genitive_mark_end(text, end):
        end = marked  # "SMHI:s meteorolog Linnea Åberg" (:mod:`.nordic_names`)
    elif " " in word or not word.endswith("s") or word.lower() in _FIRST_NAMES:
        return None
    m = _GENITIVE_THEN_NAME.match(text, end)
    return (m.start("spk"), m.end("spk")) if m else None


def estonian_past_owner(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Estonian writes the body a person speaks for before the role, in the genitive, which ends in a vowel or
    "-de"/"-te" rather than "-s": in 'ütles TS Laevade juht Tõnis Rihvk.' the speaker is Tõnis Rihvk, not
    "Laevade".  A single capitalised word that is no given name, then one or two lower-case words and a name
    that ends the clause."""
    word = text[start:end]
    if " " in word or word.lower() in _FIRST_NAMES:
        return None
    m = _GENITIVE_THEN_NAME.match(text, end)
    return (m.start("spk"), m.end("spk")) if m else None


_GENITIVE_ARTICLE = re.compile(r"(?<!\w)(?:του|της|των)\s+$")


# the endings of a Greek noun in the genitive ("Ασπρόλιθου", "Πυροσβεστικής", "Καλαμιώνα"), which
# names a place or a body before a person's name
# (not -ης, -ος: the nominative of most given names, "Στάθης", "Πέτρος"; but "Σώματος", "Πόλεως")
_GREEK_GENITIVE = re.compile(r"(?:ου|ού|ής|ών|ων|ας|άς|α|ά|ατος|άτος|εως)\Z")


def _after_genitive_owner(text: str, start: int, end: int) -> int:
    """Where a name starts after the owner of a role in the genitive: in 'ο εκπρόσωπος του Λιμενικού
    Νίκος Αλεξίου' the name is "Νίκος Αλεξίου" ("του Λιμενικού": of the Coast Guard), in 'ο πρόεδρος της
    κοινότητας Ασπρόλιθου Παναγιώτης Λιάκος' it is "Παναγιώτης Λιάκος".  Greek only: of three capitalised
    words or more, the first goes after a genitive article or when it is in the genitive itself."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = 0
    while len(words) - first >= 3 and (
        first == 0 and _GENITIVE_ARTICLE.search(text, max(0, start - 6), start) or _GREEK_GENITIVE.search(words[first].group())
    ):
        first += 1
    return start + words[first].start() if words else start


# the genitive endings no given name in the accusative has (not -α, -η: "Κώστα", "Γιάννη", "Μαρία")
_GREEK_BODY_GENITIVE = re.compile(r"(?:ου|ού|ής|ών|ων|ας|άς|ατος|άτος|εως)\Z")


def role_of_a_body(role: str, name: str, lang: str) -> bool:
    """Whether ``name``, right after the words ``role``, is the body the role belongs to in the genitive, not
    the person holding it: 'σύμφωνα με τον υπουργό Πολιτικής Προστασίας' is the minister, and "Πολιτικής
    Προστασίας" (of Civil Protection) no speaker.  Greek only, where a name after a role agrees with it
    and so is not in the genitive after "τον υπουργό"; every word of ``name`` must be in the genitive."""
    words = name.split()
    if role.strip() and describes_a_role(role.strip()) and acronym_body(name):
        return True  # any language: a body by its acronym, "глава МИД" (:mod:`.acronym_bodies`)
    return (
        lang == "el"
        and bool(role.strip())
        and describes_a_role(role.strip())
        and bool(words)
        and all(_GREEK_BODY_GENITIVE.search(w) for w in words)
    )


NORDIC_OWNER_FIRST = frozenset({"sv", "da", "no", "nb", "nn"})  # (their names after a body: :mod:`.nordic_names`)


# Finnish names the body a person speaks for after the name, its first word a capitalised genitive and its noun in
# lower case in a local case: "meteorologi Liisa Nieminen Ilmatieteen laitokselta" (from the Meteorological Institute)
_FI_BODY_AFTER = re.compile(r"[ \u00a0]+[a-zäöå][\w-]*(?:lta|ltä|sta|stä|lla|llä|ssa|ssä)(?!\w)")


def finnish_name_end(text: str, start: int, end: int) -> int:
    """Where a Finnish name ends before the body it speaks for: of three capitalised words or more, the last goes
    when it is a genitive ("-n") and a lower-case word in a local case follows it ("Liisa Nieminen Ilmatieteen
    laitokselta" is Liisa Nieminen); "Liisa Maria Nieminen sanoi" stays whole."""
    words = list(re.finditer(r"\S+", text[start:end]))
    last = words[-1].group() if words else ""
    if len(words) >= 3 and last[:1].isupper() and last.endswith("n") and _FI_BODY_AFTER.match(text, end):
        return start + words[-2].end()
    return end


# Slovak, Croatian, Bosnian, Serbian, Slovenian and Bulgarian write the body or place a role belongs to between the role and
# the name, capitalised where it is a name ("gradonačelnik Slavonskog Broda Marko Jurić", "predstavnica policijske
# uprave Celje Nina Zupan", "директор Инфраструктуре железнице Зоран Илић"): the person is the given name and
# surname at the end of that run
# (Lithuanian and Latvian do so too: "Valstybinės priešgaisrinės apsaugos ir gelbėjimo departamento atstovas Jonas
# Kazlauskas", "Valsts ugunsdzēsības un glābšanas dienesta pārstāvis Andris Ozols")
SLAVIC_OWNER_FIRST = frozenset({"sk", "hr", "bs", "sr", "sl", "bg", "lt", "lv"})
# Polish and Czech do so as well ("przewodniczący komisji zakładowej Solidarności Marek Wiśniewski", "mluvčí společnosti OKD
# Petr Novák"), but there a name after a few words in lower case is more often someone spoken with ("powiedział Zieliński
# w rozmowie z Janem Kowalskim"): a later name is the person only with no preposition or conjunction before it
WEST_SLAVIC_OWNER_FIRST = frozenset({"pl", "cs"})
_NOT_BEFORE_PERSON = frozenset(
    "w we z ze do od na o po przy dla bez nad pod przed za u i a ale lub oraz"
    " v ve s se k ke na o po při pro bez nad pod před za u a i ale nebo ani".split()
)
_CAPITALISED_WORD = re.compile(rf"[{UPPER}][\w’'-]*")
# after a one-word "name": a few words in lower case (up to six: "Valstybinės priešgaisrinės apsaugos ir gelbėjimo
# departamento atstovas"), then a name of two or three words that ends the clause
_LATER_NAME = re.compile(rf"(?:\s[{LOWER}][\w-]*+){{1,6}}\s(?P<spk>[{UPPER}][\w’'-]*+(?:\s[{UPPER}][\w’'-]*+){{1,2}})(?=\s*(?:[,.;!?]|$))")


def slavic_name(text: str, start: int, end: int, limit: int, later: bool = True) -> tuple[int, int]:
    """The person in a speaker span ``text[start:end]`` found after a role (see :data:`SLAVIC_OWNER_FIRST`):
    of three capitalised words or more, the last two, unless the first two are given names ("Ana Marija
    Petrović"); of one word followed, before ``limit`` and the end of its clause, by a few words in lower
    case and a name of two words or three, that name ("Инфраструктуре железнице Зоран Илић"); with ``later`` False
    (Polish, Czech) only where no preposition or conjunction stands between (:data:`_NOT_BEFORE_PERSON`)."""
    if not later and (run := body_run_speaker(text, start, end, limit, _NOT_BEFORE_PERSON)):
        return run  # "rzecznik Jastrzębskiej Spółki Węglowej Tomasz Siemieniec", "rzecznik KPP Gdańsk"
    words = list(_CAPITALISED_WORD.finditer(text, start, end))
    after = _LATER_NAME.match(text[:limit], end) if len(words) == 1 else None
    if after and (
        later
        or not _NOT_BEFORE_PERSON & set(text[end : after.start("spk")].lower().split())
        or role_holder_after_place(text, start, after.start("spk"), _NOT_BEFORE_PERSON)
    ):
        start, end = after.start("spk"), after.end("spk")  # ("портпарол Полицијске управе Ниш Дејан Стојановић")
        words = list(_CAPITALISED_WORD.finditer(text, start, end))
    if len(words) >= 3 and not (words[-3].group().lower() in _FIRST_NAMES and words[-2].group().lower() in _FIRST_NAMES):
        return words[-2].start(), end
    return start, end

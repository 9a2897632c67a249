"""A four-figure count right before its plural noun is no year: "Volunteers filled 1900 sandbags", "Helfer
füllten 1900 Sandsäcke", "ont rempli 1900 sacs".

A bare year is read wherever four figures from 1900 to 2099 stand alone (:mod:`.periods`), save before the
language's common count words (``Lexicon.not_after_year``: "2000 people").  Any other plural noun right
after the figure counts too, when the word before the figure is a word of content, a verb or an adjective
("filled", "laid", "record"): a year is named after a preposition or a determiner ("in 1900", "the 1998
floods", "since 2019 officers have left"), a word of a kind of year ("fiscal 1989 sales"), a possessive ("Scotland's 2014 referendum") or a capital (a name,
a month), which this leaves alone, as it does the languages whose plural it does not know; but an article or a
determiner before the figures and a plural noun of people after them make a count ("die 1900 Menschen").  Kept apart from
:mod:`.periods`, which is long already.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.timelex import LEXICONS, Lexicon

# a plural noun, by language: English, French, Spanish, Portuguese and Catalan in "-s" ("-x" in French),
# Italian in "-i" or "-e", Dutch in "-en" or "-s", German any noun, which it writes with a capital
_PLURAL = {
    "en": r"[a-z]{2,}(?<!s)s", "fr": r"[^\W\d_A-ZÀ-Þ]{2,}(?<!s)[sx]", "es": r"[^\W\d_A-ZÀ-Þ]{2,}(?<!s)s",
    "pt": r"[^\W\d_A-ZÀ-Þ]{2,}(?<!s)s", "ca": r"[^\W\d_A-ZÀ-Þ]{2,}(?<!s)s", "it": r"[^\W\d_A-ZÀ-Þ]{2,}[ie]",
    "nl": r"[^\W\d_A-ZÀ-Þ]{2,}(?:en|s)", "de": r"[A-ZÄÖÜ][^\W\d_]{2,}",
}  # fmt: skip
# the words that make the figures a kind of year ("fiscal 1989 sales", "the model 2020 cars", "exercice 2019")
_KINDS_OF_YEAR = frozenset("fiscal financial calendar tax academic school budget model crop season vintage class exercice ejercicio exercício esercizio".split())
_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]{2,})[ \u00a0]+\Z")

# an article or a determiner before the figures and a plural noun of people after them: "die 1900 Menschen", "les 1900
# habitants", "the 1900 residents" count people; a year there is followed by no such noun ("die 1900 gegründete Firma",
# "the 1900 census"), and the words of the common counts ("2000 people") are the lexicon's own (Lexicon.not_after_year)
_DETERMINERS = {
    "en": "the these those all its their our his her", "de": "die der den dem des diese dieser diesen alle allen aller jene jenen "
    "ihre ihren seine seinen unsere unseren rund etwa knapp fast insgesamt", "fr": "les des ces ses leurs nos aux environ",
    "es": "los las unos unas estos estas esos esas sus nuestros", "pt": "os as dos das aos às uns umas estes estas esses essas seus suas",
    "it": "i gli le dei degli delle ai agli alle questi queste quei quegli suoi sue loro circa",
    "ca": "els les dels uns unes aquests aquestes seus seves", "nl": "de die deze alle hun zijn ongeveer ruim bijna",
}  # fmt: skip
_PEOPLE = {
    "en": "people persons men women children residents inhabitants villagers workers employees staff soldiers troops officers police "
    "students pupils passengers refugees migrants protesters demonstrators victims patients doctors nurses teachers members "
    "participants spectators visitors citizens voters miners firefighters rescuers volunteers fans athletes runners delegates",
    "de": "Menschen Personen Leute Einwohner Einwohnerinnen Bewohner Anwohner Mitarbeiter Mitarbeiterinnen Mitarbeitende Beschäftigte "
    "Beschäftigten Soldaten Polizisten Beamte Beamten Kinder Frauen Männer Schüler Schülerinnen Studenten Studierende Flüchtlinge "
    "Geflüchtete Helfer Helferinnen Teilnehmer Teilnehmende Teilnehmerinnen Besucher Zuschauer Passagiere Fahrgäste Opfer Tote Toten "
    "Verletzte Verletzten Arbeiter Arbeiterinnen Fans Demonstranten Mitglieder Bürger Bürgerinnen Patienten Ärzte Lehrer "
    "Einsatzkräfte Feuerwehrleute Bergleute Läufer Wähler",
    "fr": "personnes habitants gens hommes femmes enfants salariés employés ouvriers soldats policiers gendarmes élèves étudiants "
    "passagers réfugiés migrants manifestants victimes morts blessés patients médecins enseignants membres participants "
    "spectateurs visiteurs citoyens électeurs pompiers bénévoles supporters agents militaires détenus fidèles",
    "es": "personas habitantes vecinos vecinas hombres mujeres niños trabajadores empleados soldados policías agentes alumnos "
    "estudiantes pasajeros refugiados migrantes manifestantes víctimas muertos heridos pacientes médicos profesores miembros "
    "participantes espectadores visitantes ciudadanos votantes bomberos voluntarios aficionados militares presos fieles",
    "pt": "pessoas habitantes moradores homens mulheres crianças trabalhadores funcionários soldados policiais polícias agentes alunos "
    "estudantes passageiros refugiados migrantes manifestantes vítimas mortos feridos pacientes médicos professores membros "
    "participantes espectadores visitantes cidadãos eleitores bombeiros voluntários adeptos torcedores militares presos fiéis",
    "it": "persone abitanti residenti uomini donne bambini lavoratori dipendenti operai soldati poliziotti agenti carabinieri alunni "
    "studenti passeggeri profughi migranti manifestanti vittime morti feriti pazienti medici insegnanti membri partecipanti "
    "spettatori visitatori cittadini elettori pompieri vigili volontari tifosi militari detenuti fedeli",
    "ca": "persones habitants veïns homes dones nens infants treballadors empleats soldats policies agents mossos alumnes estudiants "
    "passatgers refugiats migrants manifestants víctimes morts ferits pacients metges professors membres participants espectadors "
    "visitants ciutadans votants bombers voluntaris aficionats militars presos fidels",
    "nl": "mensen personen inwoners bewoners mannen vrouwen kinderen werknemers medewerkers arbeiders soldaten agenten leerlingen "
    "studenten passagiers vluchtelingen migranten demonstranten slachtoffers doden gewonden patiënten artsen leraren leden "
    "deelnemers toeschouwers bezoekers burgers kiezers vrijwilligers supporters militairen gevangenen gelovigen",
}
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]+)[ \u00a0]+\Z")
_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)(?![\w'’-])")


def _people_after_determiner(language: str, text: str, start: int, end: int) -> bool:
    """Whether the figures at text[start:end] stand between an article or a determiner and a plural noun of
    people ("die 1900 Menschen", "les 1900 habitants"): a count of them, never the year."""
    before = _DETERMINER_BEFORE.search(text, max(0, start - 20), start)
    after = _WORD_AFTER.match(text, end)
    if not before or not after or before.group(1).lower() not in _DETERMINERS[language].split():
        return False
    noun = after.group(1) if language == "de" else after.group(1).lower()  # (German nouns keep their capital)
    return noun in _PEOPLE[language].split()


def _language(lex: Lexicon) -> str | None:
    return next((code for code, x in LEXICONS.items() if x is lex), None)  # (a Lexicon is no key: found by identity)


@lru_cache(maxsize=16)
def _stops(language: str) -> frozenset[str]:
    from parallax.stories.features import stop_words

    return stop_words(language)


def count_before_noun(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether the four figures at text[start:end] count the plural noun right after them (see the module)."""
    language = _language(lex)
    if language not in _PLURAL:
        return False
    if _people_after_determiner(language, text, start, end):
        return True
    after = re.compile(rf"[ \u00a0]+({_PLURAL[language]})(?![\w'’-])").match(text, end)
    before = _BEFORE.search(text, max(0, start - 30), start)
    if not after or not before or not before.group(1).islower() or before.group(1) in _KINDS_OF_YEAR:
        return False
    stops, months = _stops(language), {m.lower() for m in lex.months}
    return all(w.lower() not in stops and w.lower() not in months for w in (before.group(1), after.group(1)))

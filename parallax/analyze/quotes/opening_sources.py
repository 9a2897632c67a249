"""Sources that open their sentence, in the languages read without a parser: "Según la policía, ...",
"Według rzecznika ... Marka Nowaka nikt ...", "Virtasen mukaan ...", "Podľa Hudecovej vodič ...".

One pattern per language (:data:`_SOURCE_FIRST`) and the "according to" of many (:data:`_LEXICAL_ACCORDING`),
matched at a sentence's start by :func:`.lexical_reported._lexical_indirect`.  They are word lists and
patterns with nothing of the reporting verbs, so they live apart from :mod:`.lexical_reported` (which had
grown past 330 lines); their names stay importable from there.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.oblique_pronouns import FORMS as OBLIQUE_FORMS
from parallax.analyze.quotes.oblique_pronouns import possessive_source
from parallax.analyze.quotes.v2_sources import V2Source
from parallax.analyze.titles import describes_a_role
from parallax.letters import LOWER, UPPER

# "Según la policía, tres personas ...", "Laut Polizei wurden ...": a source that opens its sentence
# Polish writes no comma after "według": its source is a name (with a title before it) or one noun,
# and the clause it reports follows in lower case ("Według Tomasza Wróbla skład jechał ...")
_WEDLUG = re.compile(rf"Według\s(?P<src>(?:[a-ząćęłńóśźż]+\s)?(?:[{UPPER}][\w-]+\s){{1,3}}|[a-ząćęłńóśźż]{{4,}}\s)(?=[a-ząćęłńóśźż])")
_WEDLUG_ROLE = re.compile(
    rf"Według\s(?P<src>(?P<role>[a-ząćęłńóśźż]+)\s(?:[a-ząćęłńóśźż]+\s){{1,2}}(?:[{UPPER}][\w-]+\s){{1,3}})(?=[a-ząćęłńóśźż])"
)


# "Jak poinformował rzecznik policji Jan Wrona, kierowca ...": "as X informed", the source after its verb, up to a comma;
# with no source ("Jak dodał, projekt trafi ..."), Polish drops the subject: the person the text has been quoting
# (an empty source, read as a cue with no subject by :meth:`.subject_names._SubjectNames.named`)
_JAK = re.compile(
    r"Jak\s(?P<cue>poinformował[aoy]?|przekazał[aoy]?|podał[aoy]?|powiedział[aoy]?|wyjaśnił[aoy]?|zaznaczył[aoy]?"
    r"|podkreślił[aoy]?|dodał[aoy]?|stwierdził[aoy]?|zauważył[aoy]?|ocenił[aoy]?|przyznał[aoy]?|zapewnił[aoy]?"
    r"|poinformowali|przekazali|podali|dodali|podkreślali|mówi|podaje|informuje|przekazuje|dodaje|podkreśla|zaznacza)"
    r"\s?(?P<src>(?<=\s)[^,.;:!?\"„”«»\n]{2,60}|),\s(?=[a-ząćęłńóśźż])"
)


class _PolishSource:
    """The Polish source that opens a sentence: a role with the body it speaks for, then the name ("Według rzecznika
    pomorskich strażaków Marka Nowaka nikt ...": the spokesman's words, not the body's), read when the first word
    holds a role ("Według policji kierowca Jan Kowalski ..." is the police's, Kowalski what they tell of); else
    :data:`_WEDLUG`; or the source after "Jak" and its verb (:data:`_JAK`)."""

    groupindex = _WEDLUG.groupindex

    def match(self, text: str, pos: int) -> re.Match | None:
        m = _WEDLUG_ROLE.match(text, pos)
        return m if m and describes_a_role(m.group("role")) else _WEDLUG.match(text, pos) or _JAK.match(text, pos)


_LEXICAL_ACCORDING = re.compile(
    r"(?:Según|Segons|Segundo|Secondo|Laut|Volgens|Selon|По словам|По данным|За словами|За даними|Według|Podle|Според"
    r"|Menurut|Kwa\smujibu\swa|Ayon\s(?:kay|kina|sa)|Potrivit(?:\slui)?|Conform(?:\slui)?|Enligt|Ifølge|Σύμφωνα\sμε(?:\sτ(?:ον|ην|ο|α|ους|ις|ου|ης))?)\s(?P<src>[^,.;:!?“”\"«»\n]{2,60}),\s"
)
# a description of the source, then its name in commas: "Según el portavoz de la policía, Andrés Molina, los
# detenidos ...", "Potrivit purtătorului de cuvânt al poliției, Mihai Stan, nimeni ...".  Read so only when the
# description holds a role ("Según la policía, Juan Pérez, de 34 años, murió" names who died, not who told);
# the role may be declined (:func:`parallax.analyze.titles.describes_a_role`)
_APPOSED_NAME = re.compile(rf"(?P<name>[{UPPER}][\w'’-]*+(?:\s[{UPPER}][\w'’-]*+){{1,3}}),\s(?=\S)")


# a source that opens its sentence with no comma after it, where the language writes none: Czech
# "Podle Virtanena se hasičům podařilo ..." (the name in the genitive), Finnish "Virtasen mukaan vuoto
# saatiin tukittua" and Hungarian "A kórház szerint egyikük ..." (a postposition after the source)
_PODLE = re.compile(rf"Podle\s(?P<src>(?:[{UPPER}][\w-]+\s){{1,3}}|[{LOWER}]{{4,}}\s|(?:{OBLIQUE_FORMS})\s)(?=[{LOWER}])")
# (or a pronoun for the person named before: "Podle ní je třeba ...", :mod:`.oblique_pronouns`)
# (each word taken whole, from a word's start only: linear on a long run of letters)
_MUKAAN = re.compile(rf"(?<![\w-])(?P<src>(?:[{UPPER}][\w-]++\s){{0,2}}[{UPPER}][\w-]*+(?::n)?(?<=n))\s(?P<cue>mukaan)\s(?=[{LOWER}])")
# (up to five words: a Hungarian role follows the name, "Nagy László rendőrségi szóvivő szerint")
_SZERINT = re.compile(rf"(?<![\w-])(?:Az?\s)?(?P<src>[\w-]++(?:\s[\w-]++){{0,4}}?)\s(?P<cue>szerint)\s(?=[{LOWER}])")
# Turkish sets the source before "göre" with its dative ending after an apostrophe: "Polis sözcüsü Ali
# Kaya'ya göre kazada ...", role words before the name
_GORE = re.compile(rf"(?P<src>(?:[\w-]++\s){{0,3}}?[{UPPER}][\w-]*+)['’](?:y?[ae]|n[ae])\s(?P<cue>göre),?\s(?=\S)")
_SOURCE_FIRST = {"pl": _PolishSource(), "cs": _PODLE, "fi": _MUKAAN, "hu": _SZERINT, "tr": _GORE}
# Vietnamese "Theo ông Phạm Văn Long, Giám đốc Sở Y tế, bệnh viện ...": "theo" (according to), a name with the words
# before it that say who (ông, bà, Đại tá), perhaps a role in commas after it, then the clause in lower case (a
# source in lower case alone, "Theo thống kê", by the statistics, is no one's)
_SOURCE_FIRST["vi"] = re.compile(
    rf"(?P<cue>Theo)\s(?P<src>(?:[{LOWER}][\w-]*+\s){{0,2}}?(?:[{UPPER}][\w-]*+\s){{1,3}}?[{UPPER}][\w-]*+)"
    rf"(?:,\s[{UPPER}][^,.;:!?“”\"]{{0,60}})?,\s(?=[{LOWER}]|\d)"
)
# German, Dutch and the Scandinavian languages: the verb right after a fronted source, no comma (:mod:`.v2_sources`)
_SOURCE_FIRST |= dict.fromkeys(("de", "nl", "sv", "da", "no", "nb", "nn"), V2Source())
# Slovak "Podľa Hudecovej vodič ...", Croatian and Serbian "Prema riječima gradonačelnika Jurića, grad će ...",
# Slovenian "Po besedah župana Novaka bo ...": the source opens the sentence (its role in lower case, then the
# name in the genitive), with or without a comma, and the clause it reports follows in lower case
_SOURCE_WORDS = rf"(?P<src>(?:[{LOWER}][\w-]*+\s){{0,3}}?(?:[{UPPER}][\w-]*+\s){{0,2}}[{UPPER}][\w-]*+|[{LOWER}]{{4,}}+|(?:{OBLIQUE_FORMS})(?!\w))"
_SOURCE_NAME = rf"{_SOURCE_WORDS},?\s(?=[{LOWER}])"
class _EitherSource:
    """The first of a language's source patterns that matches at a sentence's start, where it writes a source two
    ways (Lithuanian "Pasak bendrovės, ..." and "Bendrovės teigimu, ...")."""

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.patterns = patterns

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        return next((m for p in self.patterns if (m := p.match(text, pos))), None)


_OWNER_BEFORE_ROLE = {"lt", "lv", "et"}  # (so their sources run longer: "Kauno apskrities policijos atstovo Tomo Petrausko")
# Lithuanian and Latvian name the body a role belongs to before it, in capitals where it is a name ("Kauno policijos
# atstovo Tomo Petrausko", "Valsts policijas pārstāvja Jāņa Bērziņa"), or write the body alone ("valsts policijas")
# (the source starts a word: a search over one long word then tries it once, not at each of its letters)
_BALTIC_SOURCE = (
    rf"(?<![\w-])(?P<src>(?:[{UPPER}][\w-]*+\s){{0,2}}(?:[{LOWER}][\w-]*+\s){{0,5}}(?:[{UPPER}][\w-]*+\s){{0,2}}[{UPPER}][\w-]*+"
    rf"|(?:[{UPPER}][\w-]*+\s)?(?:[{LOWER}][\w-]*+\s){{0,2}}[{LOWER}]{{4,}}+)"
)
_SOURCE_FIRST |= {
    "sk": re.compile(rf"(?P<cue>Podľa)\s{_SOURCE_NAME}"),
    **dict.fromkeys(("hr", "bs", "sr"), re.compile(
        rf"(?P<cue>(?:Prema|Po|Према|По)\s(?:riječima|rečima|navodima|mišljenju|речима|наводима|мишљењу))\s{_SOURCE_NAME}")),
    "sl": re.compile(rf"(?P<cue>Po\s(?:besedah|navedbah|mnenju))\s{_SOURCE_NAME}"),
    # Bulgarian declines no names and may leave out the comma: "Според Иванов шофьорът не е пострадал"
    "bg": re.compile(rf"(?P<cue>Според)\s{_SOURCE_NAME}"),
    # Lithuanian "Pasak Kauno policijos atstovo Tomo Petrausko, gaisras ...", "Anot policijos, ..." (the source in the
    # genitive, the body it speaks for before its role)
    # (or before "teigimu", "nuomone", "žodžiais", "duomenimis", "vertinimu": by the claim, opinion, words, data, estimate
    # of: "Bendrovės teigimu, autobusas ...", :class:`_EitherSource`)
    "lt": _EitherSource(
        re.compile(rf"(?P<cue>Pasak|Anot)\s{_BALTIC_SOURCE},\s(?=[{LOWER}])"),
        re.compile(rf"{_BALTIC_SOURCE}\s(?P<cue>teigimu|nuomone|žodžiais|duomenimis|vertinimu|skaičiavimais),?\s(?=[{LOWER}])"),
    ),
    # Latvian "Pēc Valsts policijas pārstāvja Jāņa Bērziņa teiktā, ugunsgrēks ...": the source in the genitive between
    # "pēc" and "teiktā" (said) or "vārdiem" (words)
    "lv": re.compile(rf"(?P<cue>Pēc)\s{_BALTIC_SOURCE}\s(?:teiktā|vārdiem),?\s(?=[{LOWER}])"),
    # Estonian "Päästeameti pressiesindaja Mari Saare sõnul kustutati ...", "Ettevõtte teatel hävis ...": the source in
    # the genitive before a postposition (by the words, the report, the estimate, the data of), the body before its role
    "et": re.compile(rf"{_BALTIC_SOURCE}\s(?P<cue>sõnul|teatel|hinnangul|andmetel),?\s(?=[{LOWER}])"),
}
# "according to his words" with the possessive for the person named before: "Po njegovih besedah bo ...", "По его
# словам, ..." (:mod:`.oblique_pronouns`), tried before the language's own source patterns
for _lang in ("sl", "hr", "bs", "sr", "ru", "uk", "sk"):
    _own = re.compile(rf"{possessive_source(_lang)}(?=[{LOWER}])")
    _SOURCE_FIRST[_lang] = _EitherSource(_own, _SOURCE_FIRST[_lang]) if _lang in _SOURCE_FIRST else _own

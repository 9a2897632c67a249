"""A committee's split told by its members' two stances: "Five members backed the cut, while four members wanted rates
left on hold", "Fünf Mitglieder stimmten für die Senkung, vier wollten die Zinsen unverändert lassen", "Cinq membres ont
voté pour la baisse, tandis que quatre ont préféré le statu quo", "Cinco miembros votaron a favor del recorte, mientras
que cuatro prefirieron mantener los tipos".

Both counts are of a body's voters (members, judges, governors), the first with a verb of voting or of preferring in
its clause, the second with such a verb right after it (and the voters' noun, or "others", between), joined by
"while", "and", "but", "whereas" or the language's like, or by a comma alone.  Read as two counts of
members, two reports' splits (5-4, 6-3) met as counts of members, not as one result; until session 36 only English
was read (:mod:`.vote_splits` makes the tally).
"""

from __future__ import annotations

import re

_N = r"\d{1,3}|[^\W\d_]+(?:-[^\W\d_]+)*"
_S = r"[ \u00a0]+"
_W = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
# per language: the voters' nouns, the words that join the two sides, the verbs of a stance (a verb before its
# participle too: "ont voté", "hanno votato"), and the word for the others
_TABLE = {
    "en": (
        r"members?|judges?|justices?|governors?|policymakers?|policy-makers?|directors?|councillors?|councilors?|jurors?",
        r"while|and|with|but|whereas",
        r"voted|voting|backed|backing|supported|supporting|favou?red|favou?ring|wanted|wanting|preferred|preferring"
        r"|opposed|opposing|dissented|dissenting|sought|seeking|argued|arguing|pushed|pushing|called|calling",
        r"(?:other{_S})?(?:{voters})|others?",
    ),
    "de": (
        r"Mitglieder|Mitgliedern|Ratsmitglieder|Richter|Richterinnen|Währungshüter|Notenbanker|Direktoren|Gouverneure",
        r"während|und|aber|wogegen|wohingegen",
        r"stimmten|votierten|wollten|bevorzugten|plädierten|unterstützten|befürworteten|sprachen|lehnten|waren|hätten",
        r"(?:andere{_S})?(?:{voters})|andere",
    ),
    "fr": (
        r"membres|juges|gouverneurs|administrateurs|conseillers|magistrats|jurés",
        r"tandis{_S}que|alors{_S}que|et|mais",
        r"(?:(?:ont|avaient){_S})?(?:voté|soutenu|préféré|souhaité|plaidé|voulu|défendu|prôné)|votaient|voulaient"
        r"|préféraient|souhaitaient|plaidaient|(?:se{_S})?sont{_S}prononcés|s['’]y{_S}sont{_S}opposés|s['’]y{_S}opposaient",
        r"(?:autres{_S})?(?:{voters})|autres",
    ),
    "es": (
        r"miembros|jueces|magistrados|consejeros|gobernadores|directores|jurados",
        r"mientras{_S}que|mientras|y|pero",
        r"votaron|apoyaron|respaldaron|prefirieron|quisieron|defendieron|abogaron|pidieron|(?:se{_S})?opusieron"
        r"|se{_S}inclinaron|se{_S}decantaron",
        r"(?:{voters})|otros",
    ),
    "it": (
        r"membri|giudici|consiglieri|governatori|direttori|giurati",
        r"mentre|e|ma",
        r"(?:hanno{_S})?(?:votato|sostenuto|preferito|voluto|chiesto)|votarono|volevano|preferivano|si{_S}sono{_S}opposti",
        r"(?:altri{_S})?(?:{voters})|altri",
    ),
    "pt": (
        r"membros|juízes|ministros|conselheiros|diretores|governadores|jurados",
        r"enquanto|e|mas",
        r"votaram|apoiaram|preferiram|defenderam|queriam|quiseram|pediram|(?:se{_S})?opuseram",
        r"(?:outros{_S})?(?:{voters})|outros",
    ),
}


# the words between a side's count and the body's size: "Seven of the nine members backed the cut, while two ...",
# "Sieben der neun Mitglieder", "Sept des neuf membres": the side is the first count, the second the whole (read as
# the first side, the size had made the split 9-2 and met a report's 7-2 as another result)
_PARTITIVE = {
    "en": r"of(?:{_S}(?:the|its|their))?",
    "de": r"der|von{_S}(?:den{_S})?",
    "fr": r"des|sur(?:{_S}les)?",
    "es": r"de(?:{_S}los)?",
    "it": r"dei|degli|su",
    "pt": r"dos|de",
}


def _compile(voters: str, joins: str, stance: str, others: str, partitive: str = "") -> tuple[re.Pattern, re.Pattern]:
    joins = joins.format(_S=_S)
    stance = stance.format(_S=_S)
    others = others.format(_S=_S, voters=voters)
    whole = rf"(?:{_S}(?:{partitive.format(_S=_S)}){_S}(?:{_N}))?" if partitive else ""  # "of the nine"
    join = rf"(?:,?{_S}(?:{joins}){_S}|,{_S})"  # a comma alone too: "Fünf Mitglieder stimmten für …, vier wollten …"
    pattern = re.compile(
        rf"(?<![\w.,])(?P<a>{_N}){whole}{_S}(?:{voters})(?P<first>(?:{_S}{_W}){{1,8}}?){join}"
        rf"(?P<b>{_N})(?:{_S}(?:{others}))?{_S}(?:{stance})(?!\w)",
        re.I,
    )
    return pattern, re.compile(rf"(?<!\w)(?:{stance})(?!\w)", re.I)


_PATTERNS = {lang: _compile(*row, _PARTITIVE.get(lang, "")) for lang, row in _TABLE.items()}
# one side alone: the voters' noun after the count, up to four words ("of the committee"), then a verb of a stance
_ONE_SIDE = {
    lang: re.compile(rf"{_S}(?:{voters})(?:{_S}{_W}){{0,4}}?{_S}(?:{stance.format(_S=_S)})(?!\w)", re.I)
    for lang, (voters, _joins, stance, _others) in _TABLE.items()
}


def stance_after(text: str, end: int, lang: str) -> bool:
    """Whether the count ending at ``end`` is of a body's voters told by their stance ("Four members wanted rates left
    on hold", "Drei Richter stimmten dagegen"): one side of a committee's split, told alone."""
    pattern = _ONE_SIDE.get(lang)
    return bool(pattern and pattern.match(text, end))


def committee_at(text: str, start: int, lang: str) -> re.Match | None:
    """A committee's split told by its members' stances at ``start`` in ``lang`` (two letters), or None."""
    if lang not in _PATTERNS:
        return None
    pattern, stance = _PATTERNS[lang]
    if not (m := pattern.match(text, start)) or not stance.search(m.group("first")):
        return None
    return m


def committee_patterns() -> list[tuple[str, re.Pattern]]:
    """Each language's pattern of such a split's text (to read the text back as a pair)."""
    return [(lang, pattern) for lang, (pattern, _stance) in _PATTERNS.items()]

"""Wire trailers: the bracketed credit that closes an agency story, in English and the agencies' other languages.

"(Reporting by Jane Doe; Editing by John Roe)" on a line of its own was dropped already
(:func:`parallax.ingest.bylines.is_credit`), but two shapes stayed in the text, where each became a "fact" that only one
report holds:

* the trailer run on at the end of the last paragraph, as JSON lines and pasted texts carry it: "... the ministry said.
  (Reporting by Jane Doe; Editing by John Roe)" (:func:`trailer_apart` splits it off, so the cleaning judges it alone);
* the trailer of the agencies' German, French, Spanish, Portuguese and Italian services, whose roles are written in
  their language: "(Berichterstattung: Jane Doe, redigiert von John Roe)", "(Reportage Jane Doe; Édité par John Roe)",
  "(Rédaction Jean Roy, édité par Anne Roux)", "(Reportaje de Ana Gil; Editado en español por Juan Roe)",
  "(Reportagem de Ana Gil)", "(Hanno collaborato Anna Rossi e Luca Bianchi)" (:func:`is_wire_trailer`).

A trailer is bracketed, holds only roles and names (a name's words capitalised, or particles; "in Kyiv", "à Paris" may
follow), and is at most :data:`MAX_WORDS` words: "(Reporting by Reuters showed a drop)" and a bracketed sentence stay.
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

MAX_WORDS = 40

# a role's words, then "by"/"von"/"par"/"de"/"por"/"da" or a colon, in the agencies' languages (case-insensitive)
_ROLE = (
    r"(?:(?:additional|extra)\s)?(?:reporting|writing|editing|compiled|research|translation)(?:\s(?:and|&)\s(?:reporting|writing|editing))?\sby"
    r"|(?:weitere\s)?berichterstattung(?:\s?:|\svon)|(?:bearbeitet|redigiert|geschrieben|übersetzt)\svon|redaktion\s?:|mitarbeit\s?:"
    r"|reportage(?:\scomplémentaire)?(?:\spar|\s?:)?|rédaction(?:\spar|\s?:)?|rédigé\spar|édité\spar|version\sfrançaise|traduction(?:\spar)?|avec"
    r"|reportaje(?:\sadicional)?\sde|redacción(?:\sde|\s?:)|escrito\spor|editado(?:\sen\sespañol)?\spor|traducido\spor|información\sde"
    r"|reportagem(?:\sadicional)?\sde|edição\sde|texto\sde|redação\sde|escrito\spor|editado\spor"
    r"|hanno\scollaborato|ha\scollaborato|in\sredazione|a\scura\sdi|redazione\s?:"
)
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|zu|al|bin)"
_WORD = rf"[{UPPER}][\w.'’-]*+"
_NAME = rf"(?:{_PARTICLE}\s)*+{_WORD}(?:\s(?:{_PARTICLE}\s)*+{_WORD}){{0,3}}"
_PLACE = rf"(?:\s(?:in|à|a|en|em|aus|from|de)\s{_WORD}(?:\s{_WORD}){{0,2}})?"
_NAMES = rf"{_NAME}{_PLACE}(?:(?:,\s|\s(?:and|und|et|y|e|&)\s){_NAME}{_PLACE}){{0,5}}"
_PART = re.compile(rf"(?i:{_ROLE})\s{_NAMES}")
_SPLIT = re.compile(r"\s*+[;,]\s*+")
# a bracketed group ending the paragraph after a finished sentence: "... said. (Reporting by ...)"
_TAIL = re.compile(r"(?<=[.!?\"”»])\s++(\([^()\n]{5,400}\))$")


def is_wire_trailer(line: str) -> bool:
    """Whether ``line`` is a bracketed wire trailer: roles with their names, parts split by ";" or ","."""
    line = line.strip()
    if not (line.startswith("(") and line.endswith(")")) or len(line) > 600 or len(line.split()) > MAX_WORDS:
        return False
    inner = line[1:-1].strip().rstrip(".")
    # a part may hold a comma inside its names ("Anna Roth, Paul Lenz"): join a part that has no role to the one before
    parts: list[str] = []
    for piece in _SPLIT.split(inner):
        if parts and not re.match(rf"(?i:{_ROLE})\s", piece):
            parts[-1] += ", " + piece
        else:
            parts.append(piece)
    return bool(parts) and all(_PART.fullmatch(p) for p in parts)


def trailer_apart(paragraph: str) -> list[str]:
    """The last paragraph, with a bracketed trailer run on at its end split off as a paragraph of its own."""
    start = max(0, len(paragraph) - 420)  # a trailer is short: only the paragraph's end is searched
    found = _TAIL.search(paragraph, start)
    if found is None:
        return [paragraph]
    from parallax.ingest.bylines import is_credit

    tail = found.group(1)
    if not (is_wire_trailer(tail) or is_credit(tail)):
        return [paragraph]
    return [paragraph[: found.start()].rstrip(), tail]

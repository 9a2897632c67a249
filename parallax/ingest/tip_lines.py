"""The outlet asking its readers for tips, with the address to send them to: "Har du tips? Mejla oss på
tips@example.se", "Masz informacje w tej sprawie? Napisz do nas: kontakt@example.pl", "Hai una segnalazione?
Scrivici a redazione@example.it", "Haben Sie Hinweise? Schreiben Sie uns an ...".

:mod:`parallax.ingest.notes` knows the English contact line ("send tips to ..."); in other languages the line
asks the reader to write to, mail or call "us", so it is told by that verb with "us", opening the line or a sentence of it, *and* an e-mail address on
a short paragraph without quotation marks (the caller's check): a report's sentence that gives an address
quotes someone or names whose it is, and does not ask the reader to write to the outlet.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")  # from a run's start, no backtracking: linear
# the reader's verb of writing, mailing, calling or tipping with "us" as its object, per language
# (opening the paragraph or a sentence of it: "Har du tips? Mejla oss ...", never after a comma, where a
# report tells what someone asked: "..., napisz do nas - apelował wójt")
_WRITE_TO_US = re.compile(
    r"(?:^|[.?!:][ \u00a0]+)\W*(?:"
    # Swedish, Norwegian, Danish
    r"mejla oss|maila oss|skriv till oss|kontakta oss|tipsa oss|hör av dig|ring oss|send oss|skriv til oss|skriv til os"
    r"|kontakt oss|kontakt os|tips oss|tip os|ring til os|send os"
    # Polish
    r"|napisz(?:cie)? do nas|skontaktuj(?:cie)? się z nami|zadzwoń(?:cie)? do nas|daj(?:cie)? nam znać|pisz(?:cie)? na (?:adres|maila)"
    # Italian
    r"|scrivici|scriveteci|scrivi(?:te)? a(?:lla redazione)?|contattaci|contattateci|segnalacelo|segnalatecelo|inviaci|inviateci"
    # German, French, Spanish, Portuguese
    r"|schreiben sie uns|schreib(?:t)? uns|mailen sie uns|kontaktieren sie uns|écrivez-nous|écris-nous|contactez-nous"
    r"|escríbenos|escríbanos|contáctanos|contáctenos|escreva-nos|escreve-nos|contacte-nos"
    r")(?!\w)",
    re.I,
)
_MAX_WORDS = 25


def tip_line_reason(paragraph: str) -> str | None:
    """``"tip line"`` when a short paragraph asks the reader to write to the outlet at an e-mail address."""
    if len(paragraph.split()) > _MAX_WORDS or not _EMAIL.search(paragraph):
        return None
    return "tip line" if _WRITE_TO_US.search(paragraph) else None

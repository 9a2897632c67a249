"""The outlet addressing its reader in one short line at the text's edge: "Alle Infos zum Festival findest du
hier.", "Kennt ihr schon unseren Podcast?", "Unterstütze RosaMag mit 2,50!", "Soutenez le journalisme
indépendant", "Apoya nuestro trabajo con una donación".

:mod:`parallax.ingest.boilerplate` knows the calls that name an offer (a newsletter, a subscription) or open on
the imperatives it lists; these are the pointers, questions and appeals that slip past it.  Each is told by
the reader's verb (second person, or the imperative) *and* a second mark: the pointer "here" (the link), a
word of the outlet's own offer, the outlet's possessive or an amount.  Only a short line, only at the text's
edge (the caller's part), and never one inside quotation marks: a report's sentence may address someone too.
"""

from __future__ import annotations

import re

from parallax.ingest.appeals import SUPPORT_ASKED_FOR, SUPPORT_NAME, SUPPORT_OPENING

_MAX_WORDS = 20
# a pointer to a link: the reader's verb (the polite German "Sie" capitalised: "Ruhe finden sie hier" is "they") of finding, reading or seeing, and "here" at the line's end, or "here"
# opening the line with that verb after it ("Hier findest du alle Artikel zur Wahl")
_YOUR_VERB = (
    r"findest du|findet ihr|liest du|lest ihr|siehst du|seht ihr|hörst du|hört ihr|(?-i:(?:finden|lesen|sehen|hören) Sie)|"
    r"you(?: can| will|['’]ll)? (?:find|read|watch|see|listen)|"
    r"vous (?:trouverez|pouvez (?:lire|voir|trouver|écouter|retrouver))|retrouvez|découvrez|"
    r"(?:puedes|podéis|puede usted) (?:leer|ver|encontrar|escuchar|consultar)|encontrarás"
)
_POINTER = re.compile(
    rf"(?:\b(?:{_YOUR_VERB})\b[^.!?\n]{{0,120}}\b(?:hier|here|ici|aquí)\W*$)|(?:^\W*(?:hier|here|ici|aquí)\s+(?:{_YOUR_VERB})\b)",
    re.I,
)
# a question to the reader about the outlet's own offer: "Kennt ihr schon unseren Podcast?", "Have you heard our
# new podcast?", "Vous connaissez notre newsletter ?", "¿Ya conoces nuestro canal?"
_YOU_ASKED = re.compile(
    r"\b(?:kennst du|kennt ihr|kennen sie|hast du|habt ihr|haben sie|willst du|wollt ihr|do you|did you|have you|are you|"
    r"vous connaissez|connaissez-vous|tu connais|connais-tu|avez-vous|(?:ya )?conoces|conocéis|has (?:visto|escuchado|oído))\b",
    re.I,
)
# ... or about anything of the outlet's that the reader may "already" know: "Kennt ihr schon unseren Brandfinder?",
# "Do you already know our shop finder?", "Vous connaissez déjà notre carte ?" (a question to the reader about "our
# old school" has no "already")
_ALREADY = re.compile(r"\b(?:schon|bereits|already|déjà|ya|già|já)\b", re.I)
_OURS = re.compile(r"\b(?:unser(?:e[mnrs]?)?|our|notre|nos|nuestr[oa]s?)\b", re.I)
_OFFER = re.compile(
    r"\b(?:podcasts?|newsletters?|kanal|channel|chaîne|canal|app|apps|abo|abonnement|magazin|magazine|revista|shop|boutique|tienda|"
    r"community|communauté|comunidad|youtube|instagram|tiktok|whatsapp|telegram|facebook|bolet[íi]n|e-?paper)\b",
    re.I,
)
# an appeal for money or support: the imperative that opens the line and what it asks for (journalism, the outlet's
# work, an amount): "Unterstütze RosaMag mit 2,50!", "Support independent reporting today", "Soutenez notre rédaction";
# or the outlet by its name, the whole line: "Support the Marrow Herald", "Soutenez Radio Vallée !" (the words:
# :mod:`parallax.ingest.appeals`)
_QUOTE_MARKS = re.compile("[\"“”«»„]")


def reader_address_reason(line: str) -> str | None:
    """``"reader address"`` when ``line`` is one of the outlet's pointers, questions or appeals to its reader
    described above, else ``None``; the caller asks only of a line at the text's edge."""
    if len(line.split()) > _MAX_WORDS or _QUOTE_MARKS.search(line):
        return None
    if _POINTER.search(line):
        return "reader address"
    if line.rstrip().endswith("?") and _YOU_ASKED.search(line) and _OURS.search(line) and (_OFFER.search(line) or _ALREADY.search(line)):
        return "reader address"
    if (SUPPORT_OPENING.match(line) and SUPPORT_ASKED_FOR.search(line)) or SUPPORT_NAME.match(line):
        return "reader address"
    return None

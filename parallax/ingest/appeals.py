"""The outlet's appeals for support, one phrase table for the three places that recognise them.

An appeal ("Support us", "Wesprzyj nas", "Unterstütze RosaMag", "Support independent reporting today.") is
recognised with a different reach in each place: :mod:`parallax.ingest.boilerplate` anywhere in a paragraph,
the imperative with "us" as its object opening a sentence; :mod:`parallax.ingest.line_filters` at the start of
an extracted line of a page; :mod:`parallax.ingest.reader_address` on a short line at the text's edge, the
imperative opening it and a second mark (what it asks support for, an amount, the outlet's name).  The words
were three tables that drifted apart (a language known to one place and not another); they are one here, per
language, and each place builds its own pattern from them and keeps its own reach.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Appeal(NamedTuple):
    """One language's words of an appeal for support."""

    us: tuple[str, ...]  # the imperative with "us" as its object: "support us", "soutenez-nous", "apóyanos"
    verbs: tuple[str, ...]  # the imperative that opens an appeal ("Support independent reporting", "Soutenez Radio Vallée")
    asked_for: tuple[str, ...]  # what is asked to be supported: journalism, the newsroom, the work, a donation
    ours: tuple[str, ...]  # the outlet's possessive ("Apoya nuestro trabajo"): asked for too
    pronoun: tuple[str, ...] = ()  # "us" after the imperative ("Unterstützen Sie uns mit 5 Euro"): asked for too
    join: tuple[str, ...] = ()  # joining the outlet: "become a member", "hazte socio"
    with_: tuple[str, ...] = ()  # the word before an amount: "mit 2,50", "with £5"
    named: tuple[str, ...] | None = None  # the imperatives that take the outlet's name ("Support the Harbour Gazette"); None: the verbs
    name_line: bool = True  # whether one of those with a one-word name is an appeal on any line ("Support Groups" is an English heading)


APPEALS: dict[str, Appeal] = {
    "en": Appeal(
        us=("support us", "help us"),
        verbs=("support", "back"),
        named=("support",),  # ("Back To School")
        asked_for=("journalism", "reporting", "newsroom", "work", "donation"),
        ours=("our",),
        pronoun=("us",),
        join=("become a member", "become a subscriber", "become a patron"),
        with_=("with",),
        name_line=False,
    ),
    "de": Appeal(
        us=("unterstütze uns", "unterstützen sie uns", "helfen sie uns"),  # (not "unterstützt uns": "Unterstützt uns die Stadt?")
        verbs=("unterstütze", "unterstützt", "unterstützen sie"),
        named=("unterstütze", "unterstützt", "unterstützen sie", "unterstützen"),
        asked_for=("journalismus", "redaktion", "arbeit", "spende"),
        ours=("unser", "unsere", "unserem", "unseren", "unserer", "unseres"),
        pronoun=("uns",),
        join=("werde mitglied", "werden sie mitglied"),
        with_=("mit",),
    ),
    "fr": Appeal(
        us=("soutenez-nous", "aidez-nous", "soutiens-nous"),
        verbs=("soutenez", "soutiens"),
        asked_for=("journalisme", "rédaction", "travail", "don"),
        ours=("notre", "nos"),
        pronoun=("nous",),
        join=("devenez membre", "devenez abonné"),
        with_=("avec",),
    ),
    "es": Appeal(
        us=("apóyanos", "ayúdanos", "sosténganos"),
        verbs=("apoya", "apoye", "apoyá", "sostén"),
        asked_for=("periodismo", "redacción", "trabajo", "donación", "aportación"),
        ours=("nuestro", "nuestra", "nuestros", "nuestras"),
        join=("hazte miembro", "hazte socio"),
        with_=("con",),
    ),
    "it": Appeal(
        us=("sostienici", "aiutaci"),
        verbs=("sostieni",),
        asked_for=("giornalismo", "redazione", "lavoro", "donazione"),
        ours=("nostro", "nostra"),
    ),
    "pt": Appeal(us=("apoie-nos", "ajude-nos"), verbs=("apoie",), asked_for=("jornalismo", "redação", "trabalho", "doação"), ours=("nosso", "nossa")),
    "nl": Appeal(us=("steun ons", "help ons"), verbs=(), asked_for=(), ours=()),
    "pl": Appeal(us=("wesprzyj nas", "wesprzyjcie nas", "pomóż nam", "pomóżcie nam"), verbs=(), asked_for=(), ours=()),
    "sv": Appeal(us=("stöd oss",), verbs=(), asked_for=(), ours=()),
    "no": Appeal(us=("støtt oss",), verbs=(), asked_for=(), ours=()),
    "da": Appeal(us=("støt os",), verbs=(), asked_for=(), ours=()),
    "cs": Appeal(us=("podpořte nás",), verbs=(), asked_for=(), ours=()),
    "sk": Appeal(us=("podporte nás",), verbs=(), asked_for=(), ours=()),
    "hu": Appeal(us=("támogass minket", "támogasson minket"), verbs=(), asked_for=(), ours=()),
    "ro": Appeal(us=("susține-ne",), verbs=(), asked_for=(), ours=()),
    "ru": Appeal(us=("поддержите нас", "помогите нам"), verbs=(), asked_for=(), ours=()),
    "uk": Appeal(us=("підтримайте нас",), verbs=(), asked_for=(), ours=()),
}


def _alt(words: list[str]) -> str:
    """An alternation of ``words``, the longest first (so "unterstützen sie uns" wins over a shorter prefix)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _all(field: str, name_line_only: bool = False) -> list[str]:
    appeals = [a for a in APPEALS.values() if a.name_line or not name_line_only]
    if field == "named":
        return [w for a in appeals for w in (a.verbs if a.named is None else a.named)]
    return [w for a in appeals for w in getattr(a, field)]


US = _alt(_all("us"))  # "support us", "soutenez-nous", "wesprzyj nas", ... (all languages)
VERBS = _alt(_all("verbs"))  # the opening imperatives
NAMED = _alt(_all("named"))  # those that take the outlet's name
ASKED_FOR = _alt(_all("asked_for") + _all("ours") + _all("pronoun"))
OURS = _alt(_all("ours"))
WORK = _alt(_all("asked_for"))
JOIN = _alt(_all("join"))
# an amount of money after its preposition, perhaps "only" or "already": "mit 2,50", "with just £5", "avec 3 €" (a
# currency or the cents: "with 3" is a count)
_MONEY = r"(?:[€$£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{2}|(?:[.,]\d{2})?\s?(?:[€$£]|euros?|eur|dollars?|pounds?|złotych|zł)(?!\w)))"
_WITH = rf"(?:{_alt(_all('with_'))})\s(?:(?:nur|bereits|schon|just|only|seulement|solo|sólo)\s)?"
AMOUNT = _WITH + _MONEY

# The imperative with "us" as its object ("Support us", "Wesprzyj nas"), with the outlet's work ("Support our
# journalism", "Apoya nuestro trabajo", "Unterstützen Sie unsere Arbeit"), or with an amount closing the sentence three words or fewer after it
# ("Unterstütze RosaMag bereits mit 2,50!", "Support us with just £5."), anywhere: the boilerplate's reach (its
# caller asks that the words open a sentence or be capitalised as a button's label).  Verb-first sentences of
# Spanish or Italian reporting put no amount last after "con" ("Apoya con 12 votos la moción el grupo").
SUPPORT_US = re.compile(
    rf"\b(?:{US})\b|\b(?:{VERBS})\s+(?:(?:sie|usted)\s+)?(?:{OURS})\s+(?:\w+\s+)?(?:{WORK})\b|"
    rf"\b(?:{VERBS})(?:\s+[^\s.!?]+){{0,3}}\s+{AMOUNT}(?=[!.]?\s*$|[!.]\s)",
    re.I,
)
# The imperative opening a line and what it asks support for, or the outlet named alone: the edge's reach
# (:mod:`parallax.ingest.reader_address`): "Support independent reporting today", "Unterstütze RosaMag mit 2,50!"
SUPPORT_OPENING = re.compile(rf"^\W*(?:{VERBS}|{US})\b", re.I)
SUPPORT_ASKED_FOR = re.compile(rf"\b(?:{ASKED_FOR})\b|-(?:nous|nos)\b|\b{_WITH}[€$£]?\s?\d", re.I)  # (at the edge any number)
# ... or the outlet itself by its name, the whole line (at the edge): "Support the Marrow Herald", "Soutenez Radio Vallée !"
SUPPORT_NAME = re.compile(
    rf"^\W*(?:{NAMED})\s+(?:the |le |la |les |el |los |die |den |das )?"
    r"(?-i:[A-Z][\w.&'’-]*)(?: (?-i:[A-Z][\w.&'’-]*)){0,3}\s*[!.]?$",
    re.I,
)
# On any line of a page, at its start (:mod:`parallax.ingest.line_filters`): "Support us", "Wesprzyj nas", "Become a
# member", "Unterstütze RosaMag", "Support our journalism".  Inside a sentence "become a member" is news; an English
# imperative with one word after it may be a heading ("Support Groups"), so the name alone counts in the other languages.
APPEAL_START = re.compile(
    rf"^[\W_]*(?:(?:{_alt(_all('named', name_line_only=True))})\s+\w+\s*[!.]?$|(?:{US})\b|(?:{JOIN})\b|"
    r"support (?:our|independent) journalism\b)",
    re.I,
)

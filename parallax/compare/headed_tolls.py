"""A toll named at its clause's head in Swahili, Indonesian/Malay and Bengali: "the number of the dead ... reached N".

"Idadi ya watu waliokufa katika mafuriko ... imefikia 19", "Jumlah korban tewas dalam kecelakaan ... bertambah menjadi
14 orang" and "বন্যায় মৃতের সংখ্যা বেড়ে ২৩ জনে দাঁড়িয়েছে" give the figure with no casualty word near it: the word that says
who it counts stands at the head of the clause, further back than the few words a count's role is read from
(:func:`parallax.compare.roles.role`), so a toll that rose between two reports ("Watu kumi na wanne wamefariki") was no
conflict.  :mod:`.toll_counts` reads the European heads ("Liczba ofiar ... wzrosła do"); these heads are of their own
words, each language's "number of" and its casualty word, with the verb of reaching before the figure (Swahili,
Indonesian) or none needed (Bengali puts the verb after it).  The figure must count people or nothing.
"""

from __future__ import annotations

import re

from parallax.records import Quantity

_S = r"[ \u00a0]++"
_HEAD = re.compile(
    # Swahili: "idadi ya (watu) waliokufa / vifo / majeruhi / waliopotea"
    rf"(?<!\w)idadi{_S}ya{_S}(?:watu{_S})?(?:(?P<sw_dead>vifo|waliokufa|waliofariki|waliofariki{_S}dunia|waliopoteza{_S}maisha)"
    r"|(?P<sw_injured>majeruhi|waliojeruhiwa)|(?P<sw_missing>waliopotea|wasiojulikana))(?!\w)"
    # Indonesian and Malay: "jumlah korban tewas / meninggal (dunia) / jiwa / luka / hilang", "jumlah kematian"
    rf"|(?<!\w)(?:jumlah|angka){_S}(?:(?:korban|mangsa|orang){_S}(?:yang{_S})?)?(?:(?P<id_dead>tewas|meninggal|maut|kematian|terbunuh)"
    r"|(?P<id_injured>luka(?:-luka)?|cedera)|(?P<id_missing>hilang))(?!\w)"
    # Bengali: "মৃতের / নিহতের সংখ্যা", "আহতের সংখ্যা", "নিখোঁজের সংখ্যা"
    r"|(?P<bn_dead>মৃতের|নিহতের|মৃত্যুর)[ \u00a0]++সংখ্যা|(?P<bn_injured>আহতের)[ \u00a0]++সংখ্যা|(?P<bn_missing>নিখোঁজের)[ \u00a0]++সংখ্যা",
    re.I,
)
# the verb of reaching right before the figure, with a hedge ("imefikia 19", "bertambah menjadi 14", "mencapai sedikitnya 30")
_REACHED = re.compile(
    rf"(?<!\w)(?:imefikia|imeongezeka|imepanda|hadi|kufikia|ni|menjadi|jadi|mencapai|sebanyak|kepada)"
    rf"{_S}(?:(?:zaidi{_S}ya|takriban|angalau|sedikitnya|setidaknya|sekitar|lebih{_S}dari|hampir){_S})?\Z",
    re.I,
)
_REACH = 130  # characters from the head to the figure: one clause
_CLAUSE_BREAK = re.compile(r"[.;:!?।]")
# the nouns of people a toll's figure may count ("14 orang", "২৩ জনে"); a figure with another noun is a count of its own
_PEOPLE = re.compile(r"watu|orang|jiwa|জন[\u0980-\u09ff]*|ব্যক্তি[\u0980-\u09ff]*|মানুষ", re.I)


def headed_toll(text: str, q: Quantity) -> str | None:
    """The casualty role of a figure at the end of a clause headed by a toll ("Idadi ya vifo ... imefikia 19"), or None."""
    if q.unit is not None and not _PEOPLE.fullmatch(q.unit):
        return None
    head = None
    for m in _HEAD.finditer(text, max(0, q.start - _REACH), q.start):
        head = m
    if head is None or _CLAUSE_BREAK.search(text, head.end(), q.start):
        return None
    lang, what = (head.lastgroup or "_").split("_", 1)
    if lang != "bn" and not _REACHED.search(text, max(0, q.start - 40), q.start):
        return None
    return what

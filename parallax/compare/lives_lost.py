"""Deaths told as lives an event took: "The fire claimed 2 lives", "the crash claimed the lives of two people".

No casualty word stands beside such a count ("lives" is no role word: "saved 40 lives", "the lives of 300
residents"), so it was read as no toll, and "claimed 2 lives" / "three people died" was one shared fact with no
conflict.  A count is of the dead when the event's verb of taking (claimed, cost, took) governs "lives" with the
count before it ("claimed 2 lives", "cost at least 12 lives", "forderte zwei Menschenleben", "se cobró tres
vidas"), or "the lives of" with the count after it ("claimed the lives of two people", "a coûté la vie à trois
personnes", "costó la vida a tres personas", "kostete drei Menschen das Leben").  A verb of saving or risking
("saved 40 lives", "put 300 lives at risk") takes none, and "lives" alone stays a plain count.
"""

from __future__ import annotations

import re

from parallax.records import Quantity

# the verbs by which an event takes lives, in en, de, fr, es, it, pt
_TAKE = (
    r"claim(?:ed|s|ing)?|cost(?:s|ing)?|took|tak(?:e|es|en|ing)|forder(?:te|ten|t|n)?|gefordert|kostet(?:e|en)?|gekostet"
    r"|coûté|coûte|coûtent|cobr[óoa]\w*|cost[óo]|costad[oa]|cuesta|costato|costata|costa|custou|custaram|custa"
)
# the verb, a few words (a hedge, an auxiliary) and the count's place: "claimed at least | 12 lives"
_TAKE_BEFORE = re.compile(rf"(?<!\w)(?:{_TAKE})(?:[ \u00a0]+[^\W\d_]+){{0,3}}[ \u00a0]+\Z", re.I)
# "the lives of" with the count after it: "claimed the lives of (at least) | two people", "coûté la vie à", "se cobró
# la vida de", "costó la vida a", "è costato la vita a", "custou a vida de"
_LIVES_OF = re.compile(
    rf"(?<!\w)(?:{_TAKE})[ \u00a0]+(?:the lives of|la vie (?:à|de)|la vida (?:a|de)|la vita (?:a|di)|a vida (?:a|de))"
    r"(?:[ \u00a0]+[^\W\d_]+){0,3}[ \u00a0]+\Z",
    re.I,
)
# the Slavic "took the lives of": "забрала життя шести працівників", "унесла жизни пяти человек", "pochłonął życie
# trzech osób", "si vyžádal životy tří lidí" (the life noun may stand after a hedge or its verb's object pronoun)
_SLAVIC_LIVES_OF = re.compile(
    r"(?<!\w)(?:забра\w*|забира\w*|забер\w*|унес\w*|унёс|унос\w*|pochłon\w*|zabra\w*|vyžádal\w*)"
    r"(?:[ \u00a0]+[^\W\d_]+){0,2}?[ \u00a0]+(?:життя|життів|жизни|жизней|жизнь|życie|życia|istnień|životy|životů)"
    r"(?:[ \u00a0]+[^\W\d_]+){0,3}[ \u00a0]+\Z",
    re.I,
)
# German "kostete drei Menschen das Leben": the lives after the count, in its clause
_LIFE_AFTER = re.compile(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){0,2}das[ \u00a0]+Leben(?!\w)", re.I)
_KOSTEN = re.compile(r"(?<!\w)(?:kostet(?:e|en)?|gekostet)(?!\w)", re.I)
# the nouns of a life, as quantities write them (lower case, the plural's "s" cut)
_LIFE = re.compile(r"li(?:fe|ve|ves)|menschenleben|vies?|vidas?|vit[ae]", re.I)
_WINDOW = 60  # characters before the count in which its verb stands


def lives_lost(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts lives an event took ("claimed 2 lives", "claimed the lives of two people",
    "kostete drei Menschen das Leben"): the dead."""
    lead = text[max(0, q.start - _WINDOW) : q.start]
    if q.unit and _LIFE.fullmatch(q.unit) and _TAKE_BEFORE.search(lead):
        return True
    if _LIVES_OF.search(lead) or _SLAVIC_LIVES_OF.search(lead):
        return True
    return bool(_KOSTEN.search(lead) and _LIFE_AFTER.match(text, q.end, q.end + 40))


def life_noun(unit: str | None) -> bool:
    """Whether a count's noun is a life ("2 lives", "zwei Menschenleben"): a count of people where something
    happened to them, compared as "people" (:func:`parallax.compare.count_nouns.counted`)."""
    return bool(unit and _LIFE.fullmatch(unit))

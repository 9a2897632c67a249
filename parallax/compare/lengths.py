"""Durations that measure something even with "before" or "after" next to them.

:func:`parallax.compare.durations.offsets` reads "nine hours before the vote" and "after two days" as the
distance between two events.  Two shapes are measures all the same, and two reports giving different
lengths for them disagree: a duration governed by "for" ("deliberated for nine hours before returning a
verdict": the deliberation lasted nine hours), and a duration of a noun ("after seven hours of
deliberation", "tras siete horas de deliberación", "nach 52 Tagen Gefangenschaft": the deliberation's length,
the noun being what it measures).
"""

from __future__ import annotations

import re

from parallax.letters import IN_WORD, fold
from parallax.records import Article, TimeExpression

__all__ = ["measured", "measured_noun"]

# "for nine hours", "pendant neuf heures", "durante nueve horas", "per nove ore", "в течение девяти часов", "przez dziewięć godzin"
_FOR = re.compile(r"(?<![\w])(?:for|pendant|durante|per|während|в течение|протягом|przez)[ \u00a0]{1,3}\Z", re.I)
# "seven hours of deliberation", "sept heures de délibération", "sette ore di trattative": a noun right after
# (no article: "two days of the week" is no measure of a noun)
_OF_NOUN = re.compile(rf"[ \u00a0](?:of|de|di|d['’])[ \u00a0]?(?P<noun>[^\W\d_][\w{IN_WORD}]{{3,}})", re.I)
_NO_NOUN = frozenset("the a an his her its their this that these those le la les un une des el los las il lo gli una uno o os as um uma".split())


# German sets the noun right after the measure, in capitals: "nach 52 Tagen Gefangenschaft", "drei Wochen Streik"
# (not "vor drei Tagen", three days ago, nor a name: an entity there is none)
_DE_NOUN = re.compile(rf"[ \u00a0](?P<noun>[A-ZÄÖÜ][a-zäöüß{IN_WORD}]{{3,}})(?![\w{IN_WORD}-])")
_DE_AGO = re.compile(r"(?<![\w])vor[ \u00a0]+\Z", re.I)


def measured_noun(art: Article, t: TimeExpression) -> str | None:
    """The noun a duration measures after "of" ("seven hours of deliberation": deliberation), or in German
    right after it ("52 Tage Gefangenschaft"), folded."""
    if (art.language or "").split("-")[0].lower() == "de":
        m = _DE_NOUN.match(art.text, t.end)
        if m and not _DE_AGO.search(art.text, max(0, t.start - 8), t.start) and not any(
            e.start <= m.start("noun") < e.end for e in (*art.entities, *art.times) if getattr(e, "label", "") != "MISC"
        ):  # (the entity model takes many a German noun for a MISC name: "Tagen Gefangenschaft")
            return fold(m.group("noun"))
        return None
    m = _OF_NOUN.match(art.text, t.end)
    if not m or m.group("noun").lower() in _NO_NOUN:
        return None
    return fold(m.group("noun"))


def measured(art: Article, t: TimeExpression) -> bool:
    """Whether a duration measures a span whatever "before" or "after" stands next to it: "for nine hours
    before ...", "after seven hours of deliberation"."""
    return bool(_FOR.search(art.text, max(0, t.start - 20), t.start)) or measured_noun(art, t) is not None

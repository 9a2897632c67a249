"""Speakers a quotation is labelled with instead of introduced by a verb of saying.

News may set the speaker's name before a colon or after a dash and write no "said": 'Said Ellis:
“...”', a headline 'Rush Limbaugh: Hillary ... ‘Reeks of Fear’', a list of reactions '“...” ―
Martha Aguilar'.  (The speaker labels of an interview or transcript, "OKAFOR: ...", which opens a
paragraph with no quotation marks, are :mod:`.transcript`'s.)
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph
from parallax.analyze.quotes.people import _Attributor
from parallax.analyze.quotes.person_names import _entity_at
from parallax.letters import UPPER

_LEAD_NAME = re.compile(
    rf"(?<![\w’'.-])(?:(?:Said|Says|Added|Asked|Wrote|Continued|Tweeted)\s+)?(?P<spk>(?:[{UPPER}][\w’'.-]*\s){{0,3}}[{UPPER}][\w’'-]+)\s?:(?=\s|$)"
)


_DASH_NAME = re.compile(rf"[”\"’»]?[\s,]{{0,2}}[―—–]\s?(?P<spk>(?:[{UPPER}][\w’'.-]*\s){{0,3}}[{UPPER}][\w’'-]+)")


def _headline_speaker(attrib: _Attributor, para: Paragraph, before: str) -> tuple[str, int, int, str] | None:
    """The speaker a headline names before a colon: "Rush Limbaugh: Hillary ... ‘Reeks of Fear’",
    "A lesson from Loretta Lynch: ‘Be the voice ...’"."""
    colon = before.rfind(":")
    if colon < 0:
        return None
    start, end = para.offset, para.offset + colon
    ent = _entity_at(attrib.article, start, end)
    if ent is not None:
        return attrib.name_of(ent), ent.start, ent.end, ":"
    lead = _LEAD_NAME.match(before)
    if lead and lead.end("spk") == colon:
        return attrib.named(para.offset + lead.start("spk"), para.offset + lead.end("spk"), ":", end)
    return None

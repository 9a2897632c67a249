"""Speakers a quotation is labelled with instead of introduced by a verb of saying.

News may set the speaker's name before a colon or after a dash and write no "said": 'Said Ellis:
“...”', a headline 'Dana Whitfield: Mayor ... ‘Smells of Panic’', a list of reactions '“...” ―
Martha Aguilar', a sentence quoted whole after a name and a dash '... Mitt Romney -- ''It is ...'' --'.
(The speaker labels of an interview or transcript, "OKAFOR: ...", which opens a
paragraph with no quotation marks, are :mod:`.transcript`'s.)
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph
from parallax.analyze.quotes.people import _Attributor
from parallax.analyze.quotes.person_names import _entity_at
from parallax.letters import UPPER
from parallax.records import Article, Entity

_LEAD_NAME = re.compile(
    rf"(?<![\w’'.-])(?:(?:Said|Says|Added|Asked|Wrote|Continued|Tweeted)\s+)?(?P<spk>(?:[{UPPER}][\w’'.-]*\s){{0,3}}[{UPPER}][\w’'-]+)\s?:(?=\s|$)"
)


_DASH_NAME = re.compile(rf"[”\"’»]?[\s,]{{0,2}}[―—–]\s?(?P<spk>(?:[{UPPER}][\w’'.-]*\s){{0,3}}[{UPPER}][\w’'-]+)")


def _headline_speaker(attrib: _Attributor, para: Paragraph, before: str) -> tuple[str, int, int, str] | None:
    """The speaker a headline names before a colon: "Dana Whitfield: Mayor ... ‘Smells of Panic’",
    "A warning from Ana Ruiz: ‘Keep the paths lit ...’"."""
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


# a headline's label that names the source of what follows without being anyone: "Poll: Mercer and Alvarez
# level", "Study: ...", "Report: ..."
SOURCE_LABELS = {"poll", "polls", "survey", "study", "report", "reports", "sources", "officials", "police", "analysis", "data"}
# labels of the page, not sources: "The Latest: ...", "Watch: ...", "Breaking: ..."
_PAGE_LABELS = {"latest", "watch", "breaking", "live", "update", "updated", "exclusive", "opinion", "editorial", "photos",
                "video", "explainer", "factbox", "timeline", "correction", "review", "podcast", "interview", "quiz"}  # fmt: skip
_HEADLINE_LABEL = re.compile(rf"\A(?P<spk>(?:[{UPPER}][\w’'.-]*\s){{0,3}}[{UPPER}][\w’'-]+)\s?:\s+(?=\S)")


def headline_label(attrib: _Attributor, para: Paragraph, index: int) -> tuple[int, tuple[str | None, int, int]] | None:
    """A headline that sets its source before a colon and quotes nothing: "Reed: Harbour Chief Won't Be
    at Hearing", "Poll: Mercer and Alvarez level in capital race".  What follows the colon is the source's claim:
    (where it starts in the paragraph, (speaker, speaker start, speaker end) in article offsets).  The source
    is a person or an organisation the label names, or a word of one ("Poll"); a page's label ("The Latest:",
    "Watch:") is none."""
    text = para.text
    if index != 0 or "\n" in text.strip() or not 3 <= len(text.split()) <= 30 or not (m := _HEADLINE_LABEL.match(text)):
        return None
    label = m.group("spk")
    if any(w.lower().strip(".") in _PAGE_LABELS for w in label.split()):
        return None
    start, end = para.offset + m.start("spk"), para.offset + m.end("spk")
    if label.lower() in SOURCE_LABELS:
        return m.end(), (label, start, end)
    ent = _entity_at(attrib.article, start, end, ("PERSON", "PER", "ORG"))
    if ent is not None:
        return m.end(), (attrib.name_of(ent), ent.start, ent.end)
    if (fuller := attrib.full(label)) != label:
        return m.end(), (fuller, start, end)  # "Pence:" where the article names Mike Pence (a headline's name the model missed)
    return None


_DASH_BEFORE = re.compile(r"(?:--|[—–])\s*\Z")


def person_before_dash(article: Article, text: str, offset: int, sent_start: int, start: int, content: str) -> Entity | None:
    """The person named right before a dash that a quotation opening a sentence follows (paragraph ``text``
    at article ``offset``; the quotation's ``content`` starts at ``start``, its sentence at ``sent_start``):
    "including the former candidate Mitt Romney -- ''It is disqualifying ...'' --" is Romney's, whatever verb
    the sentence has.  Only a quotation that opens a sentence of five words or more: "called Clinton --
    'the worst ever' --" describes her."""
    head = text[sent_start:start].rstrip(" '‘\"“«„")
    dash = _DASH_BEFORE.search(head)
    words = content.lstrip(" '‘\"“").split()
    if dash is None or len(words) < 5 or not words[0][:1].isupper():
        return None
    end = offset + sent_start + len(head[: dash.start()].rstrip())
    return next((e for e in article.entities if e.label in ("PERSON", "PER") and e.end == end), None)


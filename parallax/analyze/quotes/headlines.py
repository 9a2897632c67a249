"""What a title-case English headline reports: "Obama Seeks More Refugees", "Sanders Vows To Eliminate Tax Breaks".

A headline in title case capitalises its verb, and the tagger then reads "Seeks" or "Vows" as part of a name,
so the parse finds no verb to report with.  A headline is short and says one thing: its subject, one verb of
saying, judging or intending in the third person ("Says", "Urges", "Vows", "Backs"), and what that verb
reports.  The verb is found by its form among the lexicons the parse uses (:mod:`.clauses`, :mod:`.stances`),
the subject must name someone (:meth:`.people._Attributor.named`), and what follows the verb is the claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze import Paragraph
from parallax.analyze.quotes.clauses import APPEAL_LEMMAS, INDIRECT_LEMMAS, INTENT_LEMMAS
from parallax.analyze.quotes.people import _Attributor, _is_headline
from parallax.analyze.quotes.stances import STANCE_OBJECT_LEMMAS

# verbs that report without a clause as readily as with one; not verbs as common for a deed or a state
# ("Finds", "Shows", "Knows", "Feels": a headline's "Team Finds Form" reports nothing)
_NOT_IN_HEADLINES = {"find", "show", "know", "feel", "learn", "hear", "note", "rule", "project", "post", "back", "hit", "target",
                     "link", "support", "defend", "accept", "decide", "determine", "wish", "vote", "offer", "aim", "plan", "agree",
                     "reason", "object", "protest", "question", "charge", "calculate", "forecast", "recall", "discover"}  # fmt: skip
HEADLINE_LEMMAS = (INDIRECT_LEMMAS | APPEAL_LEMMAS | INTENT_LEMMAS | STANCE_OBJECT_LEMMAS | {"see"}) - _NOT_IN_HEADLINES


def _third_person(lemma: str) -> str:
    """ "urge" -> "urges", "vow" -> "vows", "deny" -> "denies", "push" -> "pushes"."""
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    if re.search(r"(?:s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    return lemma + "s"


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern:
    forms = sorted(
        {_third_person(lemma).capitalize() for lemma in HEADLINE_LEMMAS if lemma.isalpha() and lemma.isascii()}, key=len, reverse=True
    )
    # the subject: one to five capitalised words (a name, "House Panel"; after a comma, a phrase set before it:
    # "Railing Against Trump, Sanders Vows ..."); the verb; what follows
    return re.compile(
        rf"\A(?P<spk>[A-Z][\w.’'-]*(?:,?\s[A-Z][\w.’'-]*){{0,4}}?)\s(?P<cue>{'|'.join(forms)})\s(?P<rest>\S.*?)[.\s]*\Z", re.S
    )


def headline_claim(attrib: _Attributor, para: Paragraph, index: int) -> tuple[int, int, tuple[str, int, int], str] | None:
    """The claim of an English title-case headline with its verb of saying, judging or intending ("Obama Seeks
    More Muslim Refugees"): (start, end) in the paragraph, (speaker, start, end) in the article, and the verb.
    None when the paragraph is no headline, when its subject names no one, or when quotation marks would hold
    its claim (a quotation is read as one)."""
    text = para.text
    if index != 0 or not _is_headline(text) or "\n" in text.strip() or not (m := _verb_pattern().match(text)):
        return None
    if any(mark in m.group("rest")[:2] for mark in "“\"‘'"):
        return None
    words = m.group("rest").split()
    if words and words[0] in ("That", "that"):
        rest_start = m.start("rest") + len(words[0]) + 1
    else:
        rest_start = m.start("rest")
    off = para.offset
    subject = m.group("spk")
    spk_start = m.start("spk") + (subject.rfind(", ") + 2 if ", " in subject else 0)  # past a phrase set before it
    speaker = attrib.named(off + spk_start, off + m.end("spk"), m.group("cue"), off + rest_start)
    if not speaker or not speaker[0] or not _named_in(text[spk_start : m.end("spk")], speaker[0]):
        return None
    return rest_start, m.end("rest"), (speaker[0], speaker[1], speaker[2]), m.group("cue")


def _named_in(subject: str, name: str) -> bool:
    """Whether the name the subject was resolved to shares a word with it ("Obama" is Barack Obama; a phrase
    resolved to someone it does not name is no subject of this headline)."""
    return bool({w.strip(",.’'").lower() for w in subject.split()} & {w.strip(",.’'").lower() for w in name.split()})

"""The speaker of an Arabic cue with no subject, where no quotation came before: the subject the sentence before names.

Arabic carries the person in the verb, so a cue often has no subject ("وقال في مؤتمر صحفي: «…»", and he said at a
news conference).  It then takes up whoever the text is about, as English "he said" does.  Where a quotation came
before, that quotation's speaker answers (:func:`.attribution.by_uncased_cue`); where none did, the person is the
subject of the sentence just before, which Arabic writes verb first and names by role, then name ("التقى وزير
الخارجية أحمد الصفدي نظيره الفرنسي", the foreign minister Ayman Safadi met his French counterpart).  Without a
named-entity model for Arabic, the name is read from the words after the role: its given name and the word after it
(three words where a joined name runs on: "محمد بن سلمان", "عبد الله الثاني").
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.arabic_script import _AR_JOINED, _AR_RANKS, AR_ROLES, _ar_genitive, _ar_word

__all__ = ["ar_subject_before"]

# the sentence before: what follows the last sentence end (or paragraph break) before the cue's sentence
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?؟\n]))\s*")


def ar_subject_before(text: str, upto: int) -> tuple[str, int, int] | None:
    """(name, start, end) in ``text`` of the person that the sentence ending before ``upto`` makes its subject, verb
    first, a role then a name: "التقى وزير الخارجية أحمد الصفدي ..." is أحمد الصفدي.  None where that sentence
    opens otherwise."""
    head = text[:upto].rstrip()
    if not head or head[-1] not in ".!?؟":
        return None
    begin = max(head.rfind(c, 0, len(head) - 1) for c in ".!?؟\n") + 1
    words = list(re.finditer(r"\S+", head[begin:]))
    if len(words) < 4 or words[1].group() not in AR_ROLES:
        return None  # (the verb, then a role: "التقى وزير ...")
    k = 2
    while k < len(words) and (_ar_genitive(words[k].group()) or words[k].group() in _AR_RANKS):
        k += 1  # the role's genitive ("الخارجية") and a rank ("الدكتور")
    if k >= len(words) or words[k].group().startswith("ال"):
        return None
    last = k + 1  # the given name and the word after it
    if _ar_word(words[k].group()) in _AR_JOINED:
        last += 1  # "عبد الله الثاني": a compound given name
    while last < len(words) - 1 and _ar_word(words[last].group()) in _AR_JOINED:
        last += 1  # "محمد بن سلمان": a joining word and the name after it
    if last >= len(words):
        return None
    start, end = begin + words[k].start(), begin + words[last].end()
    return text[start:end].rstrip(".!?؟،,"), start, end

"""Swahili reported speech without "kwamba", and the office "X wa Y" before the speaker's name.

"Kamanda wa Polisi Juma Mrisho alisema watu watatu wamekamatwa …" (the police commander said three people were
arrested): Swahili reports a statement straight after the verb as often as after "kwamba"/"kuwa" (that), as Malay
does after "berkata".  The clause opens in lower case; not a word that makes the verb's object or occasion
("alisema hayo", said this; "alisema jana", "alisema kwa", "alisema wakati").

Swahili names an office with its field after "wa" (of): "Waziri wa Afya", "Kamanda wa Polisi", "Mkuu wa Mkoa".  The
capitalised run the name patterns take ("Afya Ummy Nyalali") then opens on the field: after "wa" the first word is
the office's, and the name is the words after it.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.lexical_cues import _NAME
from parallax.letters import LOWER

_VERB = r"(?:a|wa)(?:li|me|na)(?:sema|eleza|ongeza|sisitiza|bainisha|onya|thibitisha|tangaza|kiri)"
# words after the verb that are its object, its occasion or "that" (read by the pattern with "kwamba")
_NOT_CLAUSE = (
    "kwamba|kuwa|ya|hayo|haya|hivyo|hilo|hiyo|kwa|na|wakati|katika|jana|leo|juzi|mbele|baada|kabla|akiwa|wakiwa"
    "|alipokuwa|walipokuwa|alipozungumza|mjini|jijini|bungeni|mahakamani|kuhusu"
)
_SAID_NO_THAT = re.compile(rf"(?<![\w’'.-]){_NAME},?\s+(?P<verb>{_VERB})\s++(?!(?:{_NOT_CLAUSE})(?!\w))(?=[{LOWER}]|\d)")
_OF_BEFORE = re.compile(r"(?<!\w)wa\s++\Z")
_FIRST_WORD = re.compile(r"\S+\s+")


def sw_said_no_that(text: str) -> list[tuple[int, int, int, str]]:
    """``(clause start, speaker start, speaker end, verb)`` for each "<name> alisema <clause>" in ``text``, the name
    past the field of an office before it (:func:`sw_name_start`)."""
    return [
        (m.end(), sw_name_start(text, m.start("spk"), m.end("spk")), m.end("spk"), m.group("verb")) for m in _SAID_NO_THAT.finditer(text)
    ]


def sw_name_start(text: str, start: int, end: int) -> int:
    """Where the name of the span ``text[start:end]`` starts: past its first word where "wa" (of) stands right before
    it and two words are left ("wa Afya Ummy Nyalali": Ummy Nyalali), else ``start``."""
    if len(text[start:end].split()) >= 3 and _OF_BEFORE.search(text, max(0, start - 6), start):
        return start + _FIRST_WORD.match(text, start).end() - start
    return start

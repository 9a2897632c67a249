"""A Malay or Indonesian body named by its acronym alone as the subject of a verb of saying.

The press of both languages names a body in full once ("Suruhanjaya Pilihan Raya (SPR)", "Komisi Pemilihan Umum
(KPU)") and then by its acronym alone: "SPR berkata pengundian awal …", "KPU mengatakan bahwa …" (the commission
said that …).  The name patterns of :mod:`.lexical_cues` open on no acronym before a space ("МЧС Андрей Петров": the
body before a person's name), so the body's statement had no speaker and was no quotation.  Right before the verb
the acronym is the subject itself, whoever else the sentence names.

The patterns of a name before the verb with no "bahawa"/"bahwa" (that) and of the acronym in brackets after a body's
full name live here too (:mod:`.lexical_reported` reads them).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.lexical_cues import _NAME
from parallax.letters import LOWER, UPPER

# a body named in full gives its acronym in brackets after it the first time, before the verb: "Suruhanjaya Pilihan
# Raya (SPR) berkata ...", "Komisi Pemilihan Umum (KPU) mengatakan bahwa ...", "Die Europäische Zentralbank (EZB) sagte,
# dass ..." (the body speaks; the acronym is no part of the speaker's name)
_ACRONYM_AFTER = rf"(?:\s\([{UPPER}][{UPPER}\d&-]{{1,9}}\))?"
# Malay and Indonesian report a statement after "berkata", "mengatakan" without "bahawa"/"bahwa" as often as with it:
# "Dr Rosmah Abdullah berkata tiga kematian dicatatkan", "Asep Mulyana mengatakan hujan deras ..." (the clause opens
# in lower case or with a figure, "mengatakan 40.226 pemilih terdaftar"; not "berkata kepada wartawan", to whom, nor "bahawa", which the pattern above reads)
_MALAY_NO_THAT = re.compile(
    rf"(?<![\w’'.-]){_NAME}{_ACRONYM_AFTER},?\s+(?P<verb>berkata|mengatakan|memaklumkan|menegaskan|menjelaskan|menyatakan)\s+"
    rf"(?!(?:bahawa|bahwa|kepada|dalam|di|pada|ketika|semasa|bahawasanya)\s)(?=[{LOWER}]|\d)"
)

LANGS = frozenset({"id", "ms"})
_VERBS = "berkata|mengatakan|memaklumkan|menegaskan|menjelaskan|menyatakan|mengumumkan|menyebutkan"
# the acronym (two to eight capitals or figures, "PDRM", "BNPB", "KPK"), the verb, "that" or the clause in lower case;
# not the one told or the occasion after the verb ("berkata kepada wartawan", "mengatakan dalam kenyataan")
_ACRONYM_SAID = re.compile(
    rf"(?<![\w.’'-])(?P<spk>[{UPPER}][{UPPER}\d]{{1,7}})\s++(?P<verb>{_VERBS})\s++"
    rf"(?:(?:bahawa|bahwa)\s++|(?!(?:kepada|dalam|di|pada|ketika|semasa|bahawasanya)\s)(?=[{LOWER}]|\d))"
)


def acronym_subjects(text: str) -> list[tuple[int, int, int, str]]:
    """``(clause start, speaker start, speaker end, verb)`` for each "ACRONYM <verb> [that] <clause>" in ``text``."""
    return [(m.end(), m.start("spk"), m.end("spk"), m.group("verb")) for m in _ACRONYM_SAID.finditer(text)]

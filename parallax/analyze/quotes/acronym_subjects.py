"""A Malay or Indonesian body named by its acronym alone as the subject of a verb of saying.

The press of both languages names a body in full once ("Suruhanjaya Pilihan Raya (SPR)", "Komisi Pemilihan Umum
(KPU)") and then by its acronym alone: "SPR berkata pengundian awal …", "KPU mengatakan bahwa …" (the commission
said that …).  The name patterns of :mod:`.lexical_cues` open on no acronym before a space ("МЧС Андрей Петров": the
body before a person's name), so the body's statement had no speaker and was no quotation.  Right before the verb
the acronym is the subject itself, whoever else the sentence names.
"""

from __future__ import annotations

import re

from parallax.letters import LOWER, UPPER

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

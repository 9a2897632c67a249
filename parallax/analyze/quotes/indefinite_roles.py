"""A role with the indefinite article after the cue, and the body it speaks for: "dijo un portavoz de Renfe".

News writes the unnamed official who speaks for a body with the indefinite article and the body after "of": '«...»,
dijo un portavoz de Ferrovías del Norte.', '"...", zegt een woordvoerder van de RVS.', '«...», ha detto un
portavoce di Ferrolinea.'.  The speaker is the spokesperson, as English "said a spokesperson for the DGT" is
"spokesperson for the DGT" (the parser's subject, its article left out); the body is only what the role is of.  The
name patterns of :mod:`.lexical_cues` took the body's capitalised name after the role for the speaker ("Renfe",
"NS"), because the description pattern there knows the definite article only ("dijo el portavoz de Renfe").  The
role must be a word of the title lexicon or a person's noun (:func:`~parallax.analyze.titles.describes_a_role`), so
"dijo un informe de la DTV" names no one; a name in apposition after it ("..., Ana Gil.") is left to the patterns
that read it.  French is parsed; German's genitive ("ein Sprecher der Bahn") is read already.
"""

from __future__ import annotations

import re
from functools import cache

from parallax.analyze.titles import describes_a_role
from parallax.letters import LOWER, UPPER

# per language: the indefinite article, and the "of" (with its article) that joins the role to its body
_INDEFINITE = {
    "es": ("un|una", r"de(?:\s(?:la|los|las))?|del"),
    "it": ("un|una|uno|un['’]", r"di|del|della|dello|dei|degli|delle|dell['’]"),
    "pt": ("um|uma", r"de|da|do|das|dos"),
    "ca": ("un|una", r"de(?:\s(?:la|les))?|del|dels|d['’]"),
    "nl": ("een", r"(?:van|bij)(?:\s(?:de|het))?"),
}  # fmt: skip
# the body: up to four words, capitalised but for the particles inside a name ("Ferrovías del Norte"), or in lower
# case after an article ("de la policía")
_BODY = rf"[{UPPER}][\w’'-]*(?:\s(?:[{LOWER}]{{1,4}}\s)?[{UPPER}][\w’'-]*){{0,3}}|[{LOWER}][\w-]+(?:\s[{LOWER}][\w-]+)?"
# the clause ends after the body, but not before a name in apposition ("..., Ana Gil.")
_END = rf"(?=\s*(?:[.;!?]|$|,\s*(?![{UPPER}])))"


@cache
def _pattern(lang: str, cues: str) -> re.Pattern:
    article, of = _INDEFINITE[lang]
    return re.compile(
        rf"\W{{0,3}}\s*(?:[—–-]\s*)?(?P<cue>{cues})\s+(?:{article})\s?(?P<spk>(?P<role>[{LOWER}][\w-]+)\s(?:{of})(?:\s|(?<=['’]))(?:{_BODY})){_END}"
    )


def indefinite_role(after: str, cues: str, lang: str) -> tuple[int, int, str] | None:
    """``(start, end, cue)`` of the role and its body after the cue words ``cues`` (an alternation), relative to
    ``after``, the text after the quotation: "portavoz de Renfe" in '», dijo un portavoz de Renfe.'."""
    if lang not in _INDEFINITE:
        return None
    m = _pattern(lang, cues).match(after)
    if m is None or not describes_a_role(m.group("role")):
        return None
    return m.start("spk"), m.end("spk"), " ".join(m.group("cue").split())

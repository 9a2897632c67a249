"""Turkish ages with no name: "45 yaşındaki kadın" / "47 yaşındaki kadın" (the woman, 45 or 47 years old).

Turkish writes the age before the noun as an adjective of its own, "yaşındaki" (who is at the age of) or "yaşında"
(at the age of), an indefinite "bir" perhaps between ("45 yaşında bir kadın"), and the noun takes its case ending
("kadının", the woman's; "erkeği", the man as object, whose final k softens to ğ).  The noun is read by its stem
from the person nouns news writes (:data:`STEMS`), so that the case ending does not make two nouns of one; each stem
maps to the kind of person :mod:`.age_nouns` compares ("kadın" with "woman", "erkek" with "man").
"""

from __future__ import annotations

import re

# the stem as the noun is written, with its softened form, and the kind of :mod:`.age_nouns` it is
STEMS = {
    "kadın": "woman", "erkek": "man", "erkeğ": "man", "adam": "man", "çocuk": "child", "çocuğ": "child",
    "sürücü": "driver", "şoför": "driver", "yaya": "pedestrian", "şüpheli": "suspect", "öğrenci": "student",
    "emekli": "pensioner", "genç": "teenager", "kız": "girl", "oğlan": "boy",
}  # fmt: skip
_STEM = "|".join(sorted(STEMS, key=len, reverse=True))
TR_AGE = re.compile(rf"(?<![\w-])(?P<n>\d{{1,3}})[ \u00a0]+yaşında(?:ki)?[ \u00a0]+(?:bir[ \u00a0]+)?(?P<noun>{_STEM})\w*", re.I)


def turkish_kind(stem: str) -> str:
    """The kind of person a stem of :data:`STEMS` names ("erkeğ" is "man")."""
    return STEMS.get(stem.lower(), stem.lower())

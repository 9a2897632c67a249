"""The counted noun of a Vietnamese count, whole: "87 hành khách" counts passengers, not "hành".

Vietnamese writes every syllable as a word of its own, spaces between, so a noun of two or three
syllables ("hành khách", "phương tiện", "người biểu tình") looks like a run of words, and the first
syllable alone is often no noun at all ("hành" is "to act", "phương" "direction").  The counted
noun is the longest run of syllables after the number that is a noun in :data:`NOUNS`: the nouns news
counts most (people by role, vehicles, dwellings, buildings, flights), each of which
:mod:`parallax.compare.noun_kinds` gives its kind.  A syllable left out of the table is read alone, as before.
"""

from __future__ import annotations

import re

from parallax.analyze.quantities.base import _lower

# nouns of more than one syllable, as written after a figure; a noun of one syllable ("người", "nhà", "hộ", "tấn")
# needs no entry, nor one after a classifier ("ngôi nhà", "căn hộ": the noun after it is counted), except where
# the classifier is the noun's first syllable ("tòa nhà", a building, is no house)
NOUNS = frozenset(
    "hành khách|phương tiện|tòa nhà|toà nhà|gia đình|học sinh|sinh viên"
    "|giáo viên|binh sĩ|binh lính|chiến sĩ|quân nhân|cảnh sát|công an|người dân|cư dân|du khách|nạn nhân|bệnh nhân"
    "|công nhân|nhân viên|người lao động|người biểu tình|người di cư|người tị nạn|người tỵ nạn|trẻ em|thuyền viên"
    "|ngư dân|cán bộ|bác sĩ|y tá|điều dưỡng|cử tri|đại biểu|xe máy|ô tô|xe tải|xe buýt|xe khách|máy bay|chuyến bay"
    "|tàu thuyền|trường học|bệnh viện|giường bệnh|điểm cơ bản|nghi phạm|đối tượng".split("|")
)  # fmt: skip
_LONGEST = max(len(n.split()) for n in NOUNS)
_SYLLABLE = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def vietnamese_noun(text: str, first: re.Match[str]) -> str | None:
    """The longest noun of :data:`NOUNS` that starts with the word `first` matched (its group 1), or None."""
    words, end, found = [_lower(first.group(1))], first.end(1), None
    for _ in range(_LONGEST - 1):
        if not (m := _SYLLABLE.match(text, end)):
            break
        words.append(_lower(m.group(1)))
        end = m.end(1)
        if " ".join(words) in NOUNS:
            found = " ".join(words)
    return found

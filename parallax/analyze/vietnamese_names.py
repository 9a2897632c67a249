"""Vietnamese people among the runs of capitals the entity stage found (QA round 59).

No Vietnamese model tags names, so the entity stage reads runs of capitalised syllables, all ``MISC``, and the
titles before a name do not help it: they are written in lower case after their first syllable ("Bộ trưởng
Nguyễn Văn Tâm", the minister; "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Khải", the chair of a province's committee),
so neither the title lexicon nor the capitals mark them.  The quote stage already knows the shape of a Vietnamese
name (:mod:`parallax.analyze.quotes.vietnamese`: a family name of a short list opens it); the same shape is read
here, so that the speaker is a person in the entity list too, as an English "Minister Jane Doe" is:

* a run whose syllables from a family name on are three or four ("Nguyễn Văn Tâm", "Trần Thị Ngọc") is a person,
  a place before the name in the same run cut off as a place ("Quảng Nam" | "Lê Văn Khải");
* a run of two after a title or an honorific ("Bộ trưởng Lê Khải", "ông Khải", "bà Ngọc") is a person too, one
  syllable after an honorific ("ông Tâm": Mr Tâm) also;
* places that open with a family name ("Hà Nội", "Lâm Đồng", "Thành phố Hồ Chí Minh") stay places.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.vietnamese import _HONORIFIC, _PLACES, _SURNAMES
from parallax.records import Article, Entity

# offices written before a name, in lower case after their first syllable (matched without regard to case)
_OFFICES = (
    r"(?:phó\s+|nguyên\s+|tân\s+)?(?:bộ\s+trưởng|thứ\s+trưởng|thủ\s+tướng|chủ\s+tịch|giám\s+đốc|tổng\s+giám\s+đốc|tổng\s+thống"
    r"|bí\s+thư|phát\s+ngôn\s+viên|người\s+phát\s+ngôn|trưởng\s+phòng|trưởng\s+ban|trưởng\s+công\s+an|hiệu\s+trưởng"
    r"|thị\s+trưởng|đại\s+sứ|thống\s+đốc|chủ\s+nhiệm|chánh\s+văn\s+phòng|đội\s+trưởng|chỉ\s+huy\s+trưởng|viện\s+trưởng"
    r"|tổng\s+bí\s+thư|chủ\s+tịch\s+nước|giáo\s+sư|tiến\s+sĩ|kỹ\s+sư|nhà\s+báo|đại\s+tướng|tư\s+lệnh)"
)
_TITLE_BEFORE = re.compile(rf"(?<!\w)(?i:{_OFFICES}|{_HONORIFIC})\s+\Z")
# a city's or a province's word before a name that opens with a family name ("Thành phố Hồ Chí Minh", "TP Hồ Chí Minh")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?i:thành\s+phố|tp\.?|tỉnh|huyện|quận|xã|phường|thị\s+xã|đường|phố|sông|hồ|cầu)\s+\Z")


def _name_start(words: list[str]) -> int | None:
    """Where the person's name opens in a run of capitalised syllables: at a family name that leaves two to four
    syllables (in a longer run, the last such: "Quảng Nam Lê Văn Khải"), not at a place's name."""
    starts = [
        i for i, w in enumerate(words)
        if w in _SURNAMES and 2 <= len(words) - i <= 4 and f"{w} {words[i + 1]}" not in _PLACES
    ]  # fmt: skip
    if not starts:
        return None
    return starts[-1] if len(words) > 4 else starts[0]


def vietnamese_people(article: Article) -> None:
    """Relabel (and cut) the Vietnamese people among ``article``'s ``MISC`` runs (see above)."""
    text = article.text
    out: list[Entity] = []
    for e in article.entities:
        if e.label != "MISC" or not e.text[:1].isupper():
            out.append(e)
            continue
        before = text[max(0, e.start - 40) : e.start]
        words = e.text.split()
        titled = bool(_TITLE_BEFORE.search(before))
        at = _name_start(words)
        if titled and len(words) <= 4 and (at in (0, None) or len(words) == 1):
            out.append(Entity(e.text, "PER", e.start, e.end))  # "ông Tâm", "Bộ trưởng Lê Khải"
            continue
        if at is None or (len(words) - at < 3 and not titled) or (at == 0 and _PLACE_BEFORE.search(before)):
            out.append(e)
            continue
        cut = len(" ".join(words[:at])) + 1 if at else 0
        if at:
            place = " ".join(words[:at])
            out.append(Entity(place, "MISC", e.start, e.start + len(place)))  # the place the office is of
        out.append(Entity(e.text[cut:], "PER", e.start + cut, e.end))
    article.entities = out

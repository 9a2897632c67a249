"""Vietnamese number words.

Vietnamese writes every number in separate syllables: "mười hai" (12), "hai mươi" (20, "mươi" is the
ten after a unit), "hai mươi mốt" (21: one is "mốt" after a ten), "hai mươi tư" (24), "mười lăm" and
"hai mươi lăm" (15, 25: five is "lăm" after a ten), "một trăm hai mươi" (120), "năm nghìn" (5,000);
"triệu" (million) and "tỷ" (billion) follow a figure as scales ("10 triệu đồng"), and so may "nghìn",
"ngàn" (thousand).  The press groups thousands with a point and writes decimals with a comma ("10.000",
"5,2"), as :data:`parallax.analyze.quantities.values._DECIMAL_POINT` knows.

Most number syllables are other words too: "năm" is also "year" ("năm nay", "năm 2026", "hai năm"),
"ba" also "father", "hai", "ba", "tư", "năm", "sáu", "bảy" also the weekdays after "thứ" ("thứ Ba" is
Tuesday, "lần thứ ba" the third time), "chín" also "ripe", "Mai", "Ba", "Hai" also names.  So a
Vietnamese word is a count only before a counted noun or classifier (:attr:`NumberWords.counters`),
never after "thứ" (:attr:`NumberWords.ordinal_before`), and "hàng trăm", "vài nghìn" (hundreds, a few
thousand) are no figure (:attr:`NumberWords.vague_before`).  "Một" (one) is also "a".
"""

from __future__ import annotations

from parallax.analyze.numwords.base import ABOUT, HUNDRED, THOUSAND, NumberWords, tens_and_units

_UNITS = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
# a unit after a ten: "hai mươi mốt" (21), "hai mươi tư" (24), "hai mươi lăm" (25); "mười một" (11), but
# "mười lăm" (15): "mười năm" is ten years
_AFTER_TEN = {1: ["mốt"], 2: ["hai"], 3: ["ba"], 4: ["bốn", "tư"], 5: ["lăm", "nhăm"], 6: ["sáu"], 7: ["bảy", "bẩy"], 8: ["tám"],
              9: ["chín"]}  # fmt: skip
_AFTER_MUOI = {1: ["một"], 2: ["hai"], 3: ["ba"], 4: ["bốn"], 5: ["lăm"], 6: ["sáu"], 7: ["bảy", "bẩy"], 8: ["tám"], 9: ["chín"]}


def _vietnamese() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, w in enumerate(_UNITS) if n} | {"bẩy": 7, "mười": 10}
    words |= {f"mười {u}": 10 + n for n, forms in _AFTER_MUOI.items() for u in forms}
    return words | tens_and_units({10 * n: f"{u} mươi" for n, u in enumerate(_UNITS) if n > 1}, _AFTER_TEN, "{t} {u}")


# what a number word must stand before to count: people, households, buildings, vehicles, boats, cases,
# and the classifiers before a noun ("ngôi nhà", "chiếc xe")
_COUNTERS = frozenset(
    "người|nạn nhân|hành khách|học sinh|sinh viên|trẻ em|em|cháu|chiến sĩ|binh sĩ|quân nhân|cán bộ|công nhân|bệnh nhân|thuyền viên"
    "|ngư dân|du khách|cư dân|hộ|hộ dân|gia đình|ca|vụ|lần|nhà|ngôi|căn|chiếc|con|cái|tòa|toà|xe|tàu|đò|ghe|thuyền|đội|nhóm|điểm"
    "|xã|phường|thôn|làng|bản|tỉnh|huyện|tấn|km|mét|ha|héc-ta|đồng|USD|cảnh sát|đối tượng|nghi phạm".split("|")
)  # fmt: skip
# classifiers: the noun after them is what is counted ("3 ngôi nhà" and "3 căn nhà" count houses)
_CLASSIFIERS = frozenset("ngôi căn chiếc cái con tòa toà bức tấm quả".split())

LANGUAGES: dict[str, NumberWords] = {
    "vi": NumberWords(
        words=_vietnamese(),
        multipliers={"trăm": HUNDRED, "nghìn": THOUSAND, "ngàn": THOUSAND},
        collectives={"mươi": (10, ABOUT)},  # "mươi người": ten or so
        scales={"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9},
        not_alone=frozenset({"một"}),
        counters=_COUNTERS,
        classifiers=_CLASSIFIERS,
        ordinal_before=frozenset({"thứ"}),
        vague_before=frozenset({"hàng", "vài", "mấy", "dăm", "những"}),
        rest_after_scale=True,  # "2 triệu 500 nghìn đồng"
    ),
}

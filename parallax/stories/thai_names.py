"""The names a Thai report writes after a title, a word of office or a noun of place, as words to hear names by.

Thai writes no spaces between words, so grouping keeps a Thai text's words as pairs of letters
(:func:`parallax.stories.article_text.content_words`), and a pair holds two consonants at most: no Thai word gave a
sound key of four classes (:func:`parallax.sounds.heard_keys`), and a Thai report never heard a name of another
script's report.  Its joins across scripts rested on the cosine alone, where the words of every other script without
capitals let the names of the other side be heard ("فيلمورا" is "Velmora").

Thai marks a person's name by the title written onto it, "นาย" (Mr), "นาง" (Mrs), "นางสาว" (Miss), "ดร." (Dr), a
rank in letters and dots ("พล.ต.อ."), or by the word of office before it ("ประธานาธิบดี", president;
"นายกรัฐมนตรี", prime minister), and a foreign name is spelt by its sounds, the given name and the surname a space
apart: "นายวิกเตอร์ เฮลมันด์" is Mr Viktor Helmand, and the consonants of "เฮลมันด์" are those of "Helmand".  A
foreign place is written after its noun of place the same way ("ประเทศ", country; "เมือง", city; "กรุง", capital).
So the letters after such a word to the end of its run, and the next run where the first ends there (the surname),
are words of the text (:func:`thai_name_words`), each cut where a word that follows a name in news writing begins
("กล่าว", said; "ว่า", that; "ที่", who): "นางสาวมาริสา คอร์เดลล์กล่าวว่า" gives "มาริสา" and "คอร์เดลล์".  A name
in Latin letters inside the Thai text ("บริษัท Korvalis Energy") was a name already.
"""

from __future__ import annotations

import re

# titles and words of office before a name, and nouns of place before a place, longest first where one opens another
# ("นายกรัฐมนตรี" before "นาย", "นางสาว" before "นาง", "ประธานาธิบดี" before "ประธาน")
_CUES = (
    "นายกรัฐมนตรี", "นายกเทศมนตรี", "ประธานาธิบดี", "ผู้ว่าราชการจังหวัด", "เลขาธิการ", "ประธาน", "โฆษก", "นางสาว", "นาย",
    "นาง", "ดร.", "ประเทศ", "เมือง", "กรุง", "จังหวัด", "เกาะ",
)  # fmt: skip
_RANK = r"(?:[\u0e01-\u0e2e]{1,2}\.){2,4}"  # a rank in letters and dots: "พล.ต.อ.", "พ.ต.ท."
_CUE = re.compile("|".join([*(re.escape(c) for c in _CUES), _RANK]))
# words that follow a name in news writing: verbs of saying, "that", "who", "and", "of", "in", "from", "is", "age"
_AFTER_NAME = re.compile("กล่าว|เปิดเผย|ระบุ|บอก|ยืนยัน|แถลง|ชี้แจง|เผย|ประกาศ|เตือน|เดินทาง|ว่า|ที่|ซึ่ง|และ|ของ|ใน|จาก|เป็น|ได้|ให้|จะ|ถูก|ผู้|อายุ|กับ|เมื่อ")
_THAI = re.compile("[\u0e01-\u0e4e]+")
MIN_LETTERS = 3  # a name's letters at least: two are a syllable that many words share
MAX_LETTERS = 20  # a name's letters at most, where no word after it is found


def _name_part(letters: str) -> tuple[str, bool]:
    """The name at the start of Thai letters, cut where a word that follows a name begins, and whether it runs to
    their end (no such word found: the surname may follow in the next run)."""
    m = _AFTER_NAME.search(letters)
    name = letters[: m.start()] if m else letters
    return name[:MAX_LETTERS], m is None


def thai_name_words(text: str) -> set[str]:
    """The names a Thai text writes after a title, a word of office or a noun of place, and the surnames after them
    (see the module docstring)."""
    runs = text.split()
    out: set[str] = set()
    for i, run in enumerate(runs):
        for cue in _CUE.finditer(run):
            rest = _THAI.match(run, cue.end())
            if rest is None:
                continue
            name, whole = _name_part(rest.group())
            if len(name) < MIN_LETTERS:
                continue
            out.add(name)
            if whole and rest.end() == len(run) and i + 1 < len(runs) and (surname := _THAI.fullmatch(runs[i + 1])):
                part, _ = _name_part(surname.group())
                if len(part) >= MIN_LETTERS:
                    out.add(part)
    return out

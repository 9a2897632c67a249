"""Speakers in Vietnamese: the subject before the verb of saying, on either side of the quotation.

Vietnamese is written in Latin letters with capitals, so a name is a run of capitalised syllables,
but the press puts a lower-case honorific before it ("ông", "bà", "anh", "chị": Mr, Mrs, ...) and
the subject before the verb even after the quotation:

- 'Ông Nguyễn Văn Thạnh, Chủ tịch UBND xã Phước An Tây, cho biết: “…”' (the role in commas after the name);
- '“…”, bà Lê Thị Hoa, một hành khách trên đò, kể.';
- '“…”, ông Phạm Văn Tùng nói.', and then '“…”, ông nói.' (the honorific alone is "he": the speaker before);
- 'Trao đổi với phóng viên, ông Thạnh cho biết: “…”' (a clause before the subject).

The subject is read comma by comma: the last comma-separated phrase that opens with a person (an
honorific and a name, or a name that opens with a Vietnamese surname, a role before it allowed) is
the speaker, and the phrases after it describe them.
"""

from __future__ import annotations

import re

from parallax.letters import LOWER, UPPER

# verbs of saying (two syllables are one word: "cho biết", "chia sẻ"), and what may follow them
# ("nói thêm", "kể lại", "cho biết rằng")
VI_CUES = (
    r"cho\s+biết|cho\s+hay|chia\s+sẻ|khẳng\s+định|nhấn\s+mạnh|tuyên\s+bố|trả\s+lời|thông\s+tin|nêu\s+rõ|giải\s+thích|bày\s+tỏ"
    r"|phát\s+biểu|thừa\s+nhận|xác\s+nhận|thông\s+báo|tâm\s+sự|cảnh\s+báo|nhận\s+định|bổ\s+sung|kể\s+lại|nhớ\s+lại|đề\s+nghị"
    r"|kiến\s+nghị|khẳng\s+định|nghẹn\s+ngào|nói|kể|hỏi|viết"
)
_CUE_TAIL = r"(?:\s+(?:thêm|lại|tiếp|rằng|với\s+phóng\s+viên|với\s+báo\s+chí))?"
# honorifics and ranks before a name; alone they are a pronoun ("ông nói": he said)
_HONORIFIC = (
    r"ông|bà|anh|chị|cô|chú|bác|cụ|em|thầy|ngài|đồng\s+chí|bác\s+sĩ|luật\s+sư|thượng\s+tá|đại\s+tá|trung\s+tá|thiếu\s+tá|đại\s+úy"
    r"|thiếu\s+tướng|trung\s+tướng|PGS\.TS\.?|TS\.?|ThS\.?|GS\.?|BS\.?"
)
_PRONOUN = re.compile(rf"\A(?i:{_HONORIFIC}|họ)(?:\s+(?:ấy|ta))?(?:\s+[{LOWER}]+){{0,2}}\Z")
# the most common Vietnamese family names: a run of capitals that opens with one is a person's name
_SURNAMES = set(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Đinh Lâm Phùng Mai Tô Trương "
    "Hà Cao Lưu Tạ Châu Quách Thái Tăng Triệu Kiều Khúc Lương Nông Lò Hứa Doãn Chu Đàm Từ Mạc Diệp Tống Thân Giang Kim Âu Lã "
    "Lại Bạch Khổng Thạch Quan Nghiêm Viên Tiêu Trình Ninh Hàn Cù Mẫn Lục La".split()
)
# places whose name opens with a family name: no person ("tỉnh Lâm Đồng", "Hà Nội")
_PLACES = {"Hà Nội", "Hà Tĩnh", "Hà Giang", "Hà Nam", "Lâm Đồng", "Thái Bình", "Thái Nguyên", "Cao Bằng", "Ninh Bình", "Ninh Thuận", "Hồ Chí"}
_WORD = rf"[{UPPER}][{LOWER}]*+(?![\w.])"  # a capitalised syllable ("Thạnh"; not "UBND")
# a person in a phrase: an honorific and a name, or a name opening with a surname; not after "của"
# (of), "với" (with), "và" (and) ...: that person is no subject
_PERSON = re.compile(rf"(?<![\w.])(?:(?P<hon>(?i:{_HONORIFIC}))\s+)?(?P<name>{_WORD}(?:\s{_WORD}){{0,5}})")
_NOT_SUBJECT = re.compile(r"(?:của|với|cho|và|cùng|gặp|theo|về|tại|ở)\s*$", re.I)


def _name_span(m: re.Match) -> tuple[int, int] | None:
    """The name in a run of capitals: after an honorific, all of it; without one, from a surname on
    (in a run of five or more, "tỉnh Lâm Đồng Trần Văn Bình", from the last surname that leaves two
    words), four words at most."""
    words = list(re.finditer(r"\S+", m.group("name")))
    first = 0
    if not m.group("hon"):
        starts = [
            i for i, w in enumerate(words)
            if w.group() in _SURNAMES and len(words) - i >= 2 and f"{w.group()} {words[i + 1].group()}" not in _PLACES
        ]  # fmt: skip
        if not starts:
            return None
        first = starts[-1] if len(words) > 4 else starts[0]
    words = words[first : first + 4]
    base = m.start("name")
    return base + words[0].start(), base + words[-1].end()


def _person_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The person a comma-separated phrase opens with (within its first six words), as a span."""
    for m in _PERSON.finditer(text, start, end):
        if len(text[start : m.start()].split()) > 6 or _NOT_SUBJECT.search(text, start, m.start()):
            return None
        if span := _name_span(m):
            return span
    return None


def _subject(text: str, start: int, end: int, describe: bool = True) -> tuple[int, int] | None:
    """The speaker in the subject ``text[start:end]``: the last comma-separated phrase that opens with a
    person; the honorific alone is a pronoun (an empty span at ``end``); a short description is kept
    (with ``describe``)."""
    bounds = [start] + [m.end() for m in re.finditer(r"[,;]", text[start:end])]
    bounds = [bounds[0]] + [start + b for b in bounds[1:]]
    phrases = [(a, bounds[i + 1] - 1 if i + 1 < len(bounds) else end) for i, a in enumerate(bounds)]
    for a, b in reversed(phrases):
        if found := _person_in(text, a, b):
            return found
    a, b = phrases[-1]
    phrase = text[a:b].strip()
    if _PRONOUN.match(phrase):
        return end, end
    if not describe or not phrase or len(phrase.split()) > 6 or phrase[:1].isupper() or _NO_DESCRIPTION.match(phrase):
        return None  # a clause, or a capitalised word that is no name we know
    a += len(text[a:b]) - len(text[a:b].lstrip())
    return a, a + len(phrase)


# a noun made of a verb of saying ("lời nói": words, "tiếng nói": voice), and a phrase that is no subject
_NOUN_BEFORE = r"(?<!lời\s)(?<!tiếng\s)(?<!câu\s)(?<!cách\s)(?<!giọng\s)"
_NO_DESCRIPTION = re.compile(r"(?:là|được|bị|đã|sẽ|đang|không|chưa)(?!\w)", re.I)
_AFTER = re.compile(rf"[^\w\n]{{0,4}}(?P<subj>[^.;!?“”\"«»\n]{{1,160}}?)\s{_NOUN_BEFORE}(?P<cue>{VI_CUES}){_CUE_TAIL}(?=[\s.,;!?…]|$)")
_BEFORE = re.compile(rf"(?<!\w){_NOUN_BEFORE}(?P<cue>{VI_CUES}){_CUE_TAIL}\s*+[:,]?\s*+$")
_ACCORDING = re.compile(r"\A[^\w\n]{0,3}\s*(?:Theo|theo)\s+(?P<subj>[^.;!?“”\"«»\n]{1,120}?)\s*+[,:]?\s*+$")


def vi_speaker(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The speaker of the quotation ``text[start:end]`` (marks included) in the sentence ``lo:hi``:
    ``(start, end, cue)``, an empty span for a pronoun ("ông nói"), or ``None``."""
    after = _AFTER.match(text, end, hi)
    if after:
        subj = _subject(text, after.start("subj"), after.end("subj"))
        if subj:
            return *subj, " ".join(after.group("cue").split())
    head = text[lo:start]
    if before := _BEFORE.search(head):
        region = (lo, lo + before.start())
        if (subj := _subject(text, *region)) is not None:
            return *subj, " ".join(before.group("cue").split())
    if according := _ACCORDING.match(head):  # 'Theo ông Nguyễn Văn Thạnh, “…”'
        if subj := _person_in(text, lo + according.start("subj"), lo + according.end("subj")):
            return *subj, "theo"
    if head.rstrip().endswith(":"):  # 'Tại bệnh viện, chị Võ Thị Mai vẫn chưa hết bàng hoàng: “…”'
        colon = lo + len(head.rstrip()) - 1
        if subj := _subject(text, lo, colon, describe=False):
            return *subj, ":"
    return None

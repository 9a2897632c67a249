"""Vietnamese reported speech without quotation marks: "Ông Nguyễn Ngọc Nam, Chủ tịch VFA, cho biết giá đã tăng 12%".

The Vietnamese press reports a statement after its verb of saying ("cho biết", "cho hay", "khẳng định", "nói"), with
"rằng" (that), a colon or nothing before the clause; :mod:`.vietnamese` read only the quotations in marks, so a
statement told so was no quotation at all and never met another report's "Nam said prices were up 12%".  The speaker
is the subject before the verb, read as :func:`.vietnamese._subject` reads it for a quotation (the last phrase between
commas that opens with a person; a role in commas after the name describes them).  The clause opens in lower case
or with a count and a word in lower case ("cho biết 25 người bị thương": 25 people were hurt); a capital, a bare
figure or a quotation mark after the verb opens a name, a number or a quotation, read elsewhere, and
runs to the sentence's end; a sentence with a quotation before the verb is that quotation's ('“…,” ông Nam nói hôm
thứ Ba': the day he said it is no statement).  The one told after "với" (with, to) and before "rằng" is no part of the
statement: "nói với phóng viên rằng …" (told reporters that …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parallax.analyze.quotes.vietnamese import _NOUN_BEFORE, _subject
from parallax.letters import LOWER

# the verbs that report a statement (not "kể", to tell a story, nor "hỏi", to ask)
_CUES = (
    r"cho\s+biết|cho\s+hay|khẳng\s+định|nhấn\s+mạnh|tuyên\s+bố|thông\s+báo|xác\s+nhận|cảnh\s+báo|thừa\s+nhận|nhận\s+định"
    r"|giải\s+thích|nêu\s+rõ|bày\s+tỏ|nói"
)
_MARKS = re.compile(r"[“”\"«»]")
_REPORTED = re.compile(
    rf"(?<!\w){_NOUN_BEFORE}(?P<cue>{_CUES})(?:\s+với\s+[^,.:;“”\"«»\n]{{1,40}}?(?=\s+rằng))?(?:\s+(?:thêm|rằng|là))?(?:[ \u00a0]*+:)?[ \u00a0]+(?=[{LOWER}]|\d[\d.,]*+[ \u00a0]+[{LOWER}])(?P<clause>[^“”\"«»\n]+?)"
    r"(?=[.!?…]*\s*\Z)"
)


def vi_reported(sentence: str) -> Iterator[tuple[int, int, int, int, str]]:
    """(clause start, clause end, speaker start, speaker end, cue) of the reported speech in one Vietnamese sentence
    (offsets in ``sentence``): a subject before the verb that names a person or a short description."""
    m = _REPORTED.search(sentence)
    if m is None or m.start() == 0 or _MARKS.search(sentence, 0, m.start()):
        return  # (a quotation before the verb is its statement: '“…,” ông Nam nói hôm thứ Ba', told by :mod:`.vietnamese`)
    subject = _subject(sentence, 0, m.start())
    if subject is None or subject[0] == subject[1]:
        return  # no subject, or a pronoun ("ông nói"): the speaker is another step's to find
    yield m.start("clause"), m.end("clause"), subject[0], subject[1], " ".join(m.group("cue").split())

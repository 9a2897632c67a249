"""A score or a vote in Thai: "ไทยชนะเวียดนาม 2-1" (Thailand beat Vietnam 2-1), "เสมอ 1-1" (drew 1-1).

Thai writes its words against each other with no space, so the words of the result in :mod:`.tally_words`, which
want a word's edge, never stood beside a Thai pair, and a score was read as two bare counts (2 and 1): another
outlet's 3-1 met nothing.  As in Chinese and Japanese (:func:`.tallies._cjk_tally`), a word of winning, losing,
drawing, a score or a vote within a few characters of the pair makes it a result; without one "2-1" may be anything.
"""

from __future__ import annotations

import re

# win, beat (take the win), lose, draw, edge, thrash, the score, goals of a match, votes
_RESULT = re.compile(r"ชนะ|แพ้|เสมอ|เฉือน|ถล่ม|ไล่ตีเสมอ|สกอร์|ผลการแข่งขัน|ประตูต่อ|คะแนนเสียง|นัดชิง|รอบชิง")
_BEFORE, _AFTER = 30, 20  # characters around the pair in which the word must stand (a Thai clause has no full stop)


def thai_result_near(text: str, start: int, end: int) -> bool:
    """Whether a Thai word of a result stands within a few characters before ``start`` or after ``end``."""
    return bool(_RESULT.search(text[max(0, start - _BEFORE) : start]) or _RESULT.search(text[end : end + _AFTER]))

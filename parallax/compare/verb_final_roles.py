"""The role of a count in Tamil and Bengali: the verb that closes the count's clause.

Tamil and Bengali put the verb last, after the day, the place and the manner: "15,000 பேர் புதன்கிழமை பாதுகாப்பான
இடங்களுக்கு வெளியேற்றப்பட்டனர்" (15,000 people were evacuated to safe places on Wednesday), "১২ জন বুধবার রাতে
কারখানায় নিহত হয়েছেন".  The casualty word is then too far after the count for the first words after it
(:func:`parallax.compare.roles.role` reads four), and the count had no role, so it never met another report's "12,000
people were evacuated".  Here the clause's last word, or the one before an auxiliary ("নিহত হয়েছেন", killed have
been), is read, only where no other figure stands between the count and it (that verb would be the other count's).
"""

from __future__ import annotations

import re

from parallax.compare.role_words import CLAUSE_END, ROLE_WORD

# the scripts read: Tamil and Bengali (a letter of them right after the count's figure and its noun)
_SCRIPT = re.compile(r"[\u0b80-\u0bff\u0980-\u09ff]")
_WORD = re.compile(r"[\w\u0b80-\u0bff\u0980-\u09ff-]+")
_SENTENCE_END = re.compile(r"[.।!?\n]")
# the Bengali auxiliaries after a participle ("হয়েছেন", "হয়েছে", "হন", "হলেন"; both spellings of "য়")
_AUXILIARY = re.compile(r"হ(?:য়|য়)েছেন|হ(?:য়|য়)েছে|হন|হলেন|হয়|হয়|হ(?:য়|য়)েছিলেন")


def verb_final_role(text: str, end: int) -> str | None:
    """The role the verb closing the clause of the count that ends at ``end`` gives it, in Tamil or Bengali; else None."""
    window = text[end : end + 160]
    if not _SCRIPT.search(window[:12]):
        return None
    if stop := _SENTENCE_END.search(window):
        window = window[: stop.start()]
    if cut := CLAUSE_END.search(window):
        window = window[: cut.start()]
    if any(c.isdigit() for c in window):
        return None  # another count's clause: "3 জন নিহত ও ১২ জন আহত"
    words = _WORD.findall(window)
    while len(words) > 1 and _AUXILIARY.fullmatch(words[-1]):
        words.pop()
    m = ROLE_WORD.fullmatch(words[-1]) if words else None
    return m.lastgroup if m else None

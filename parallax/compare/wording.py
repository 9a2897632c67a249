"""Word-choice differences between aligned sentences ("condemn" vs "denounce").

A word-level diff of two sentences that state the same fact; a short
replaced stretch of content words on both sides (not names, numbers or
dates, which are facts rather than wording) is a choice of words.
"""

from __future__ import annotations

import os
import re
from difflib import SequenceMatcher

from parallax.analyze.titles import TITLE_WORDS
from parallax.compare.align import _STOP
from parallax.records import Article, Sentence

_MAX_WORDS = 3
_CUE_PRONOUNS = {"he", "she", "they", "we", "i", "il", "elle", "ils", "elles", "er", "sie", "él", "ella", "lui", "lei", "hij", "zij", "ze"}
_WORD = re.compile(r"\w(?:[\w’'-]*\w)?")  # "sem-terra", "l’élu"; not "houden’" (a closing quotation mark)


# function words (beyond the alignment's list) of the languages read: a stretch of them is no choice
# of words, and they do not count when two stretches are compared ("se encargará" / "encargar")
_FUNCTION = _STOP | set(
    "auf aus bei mit von für nach vor zu zum zur im am ins sich nicht auch noch wird werden hat haben "
    "qui que se s sur dans par pour avec au aux ne pas en y a ont été "
    "se del al con sin sobre ha han lo le les su sus muy "
    "il lo gli di da della dello degli delle dei che si per non è "
    "o os as do da dos das no na nos nas em com por um uma "
    "het een van op te dat zich niet ook werd "
    "в во на с со к по из за от до о об у и а но не что как это был была было были "  # ru
    "і й та але що як це від з із був була було були "  # uk
    "w we na z ze do od za po o że jak to nie się i a był była było były"  # pl
    .split()
)


_ENDING = re.compile(r"(?:ing|ed|es|s|e)$")
_SLAVIC = re.compile(r"[а-яёєіїґ]")


def _same_stem(a: str, b: str) -> bool:
    """One word in two forms ("aprobar" / "aprobará", "dritte" / "dritten", "condemned" / "condemns"):
    a shared beginning of four letters or more and three quarters of the shorter word."""
    n = len(os.path.commonprefix([a, b]))
    share = 0.6 if _SLAVIC.match(a) else 0.75  # Slavic endings are long: "працюють" / "працювали"
    return (n >= 4 and n >= share * min(len(a), len(b))) or _ENDING.sub("", a) == _ENDING.sub("", b)  # "car" / "cars"


def _restated(la: list[str], lb: list[str]) -> bool:
    """Whether two stretches differ in form only: the same content words, each in some form
    ("encargar" / "se encargará", "dritte" / "dritten").  An added content word is a choice
    ("pudo sobrecargar" / "sobrecargó": a hedge)."""
    ca, cb = [w for w in la if w not in _FUNCTION], [w for w in lb if w not in _FUNCTION]
    if not ca or not cb:
        return True  # function words only on one side: a change of construction, not of words
    return len(ca) == len(cb) and all(any(_same_stem(x, y) for y in cb) for x in ca)


def word_choices(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    def tokens(art: Article, s: Sentence):
        blocked = [(e.start, e.end) for e in art.entities] + [(t.start, t.end) for t in art.times] + [(q.start, q.end) for q in art.quantities]
        out = []
        for m in _WORD.finditer(s.text):
            pos = s.start + m.start()
            out.append((m.group(), any(a <= pos < b for a, b in blocked)))
        return out

    ta, tb = tokens(art_a, sa), tokens(art_b, sb)
    matcher = SequenceMatcher(None, [w.lower() for w, _ in ta], [w.lower() for w, _ in tb], autojunk=False)
    if matcher.ratio() < 0.3:
        return []
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or min(i2 - i1, j2 - j1) > _MAX_WORDS:
            continue
        for wa, wb in _edges(_unblocked(ta[i1:i2]), _unblocked(tb[j1:j2])):
            if any(blocked for _, blocked in wa + wb):
                continue
            la, lb = [w.lower() for w, _ in wa], [w.lower() for w, _ in wb]
            if any(w in TITLE_WORDS for w in la + lb) or any(w.isdigit() for w in la + lb):
                continue  # a title is a fact about a person, not a choice of words
            if _restated(la, lb):
                continue
            out.append((" ".join(w for w, _ in wa), " ".join(w for w, _ in wb)))
    return out


def _unblocked(words: list) -> list:
    """A replaced stretch without the names, numbers and dates at its ends ("14 demonstranten" /
    "19 relschoppers": the numbers are a conflict, the nouns a choice of words) nor a trailing
    pronoun ("unsafe she" / "dangerous": the pronoun belongs to the cue after it)."""
    while words and words[0][1]:
        words = words[1:]
    while words and (words[-1][1] or words[-1][0].lower() in _CUE_PRONOUNS or "-t-" in words[-1][0]):
        words = words[:-1]
    return words


def _edges(wa: list, wb: list) -> list[tuple[list, list]]:
    """The word choices in one replaced stretch.  A short stretch is one choice.  When one side
    also carries added words ("ligadas ao Movimento ... ocuparam" / "invadiram"), the choice sits at
    an edge of the long side, next to the words both keep: with two or more words on the short side
    its first and last words pair with the long side's first and last ("Os sem-terra montaram" /
    "Os invasores, ligados ..., ergueram"); with one, the edge word sharing its ending ("-aram" /
    "-iram": the same inflection) pairs with it."""
    if not wa or not wb:
        return []
    if len(wa) <= _MAX_WORDS and len(wb) <= _MAX_WORDS:
        return [(wa, wb)]
    short, long_, flip = (wa, wb, False) if len(wa) <= len(wb) else (wb, wa, True)
    if len(short) >= 2:
        pairs = [([short[0]], [long_[0]]), ([short[-1]], [long_[-1]])]
    else:
        word = short[0][0].lower()
        ends = [(_shared_ending(word, w[0][0].lower()), w) for w in ([long_[0]], [long_[-1]])]
        best = max(n for n, _ in ends)
        pairs = [(short, w) for n, w in ends if n >= 2 and n == best][:1]
    return [(b, a) if flip else (a, b) for a, b in pairs]


def _shared_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n

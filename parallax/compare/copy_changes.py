"""What a near-duplicate copy adds to, cuts from or changes in the article it copies.

A republished wire story is left out of its story's comparison (it adds no second voice), but what the
republisher did to it is news to an analyst: an added paragraph, a cut one, or a changed figure in an
otherwise word-for-word copy, which is disinformation's fingerprint. A copy keeps the original's sentences
word for word, so the two are matched sentence by sentence in order (a difflib matching of the folded
sentences); what is left is paired where the two wordings keep most of their words (an edit of the
sentence, not a new one), and each such pair is read with the compare stage's conflict readers, as aligned
sentences are, so a changed date, figure, name or quotation is named.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from rapidfuzz import fuzz

from parallax.compare.conflicts import merge, sentence_conflicts
from parallax.compare.contractions import same_opened
from parallax.compare.house_spellings import same_words_respelled, spelt_two_ways
from parallax.records import Article, Sentence

EDITED = 70.0  # rapidfuzz ratio of two wordings at or above which one is the other edited, not a new sentence
_SPACE = re.compile(r"\s+")
# typography a republisher's system rewrites: curly and straight quotation marks and apostrophes, dashes
_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-"})
SPELLING = 75.0  # rapidfuzz ratio of two words at or above which one is the other spelled another way


def _fold(text: str) -> str:
    """A sentence as compared: case, spacing and typography aside (a copy's house typography is no change)."""
    return _SPACE.sub(" ", text.translate(_MARKS)).strip().casefold()


def _respelled(a: str, b: str) -> bool:
    """Whether two wordings differ only in spelling, word for word ("kilometre" / "kilometer", "organise" /
    "organize"): a house style, not an edit. A word swapped for another ("protesters" / "rioters") is an edit.
    The words are read as :func:`.house_spellings.same_words_respelled` reads a quotation's, with the near spellings
    of :func:`_same_word` too."""
    return same_words_respelled(a.split(), b.split(), _same_word)


def _same_word(x: str, y: str) -> bool:
    """One word spelled two ways: in the presses' spellings (:func:`.house_spellings.spelt_two_ways`: "oestrogen" /
    "estrogen", "plough" / "plow"), or alike, with the same initial, and a figure in it the same ("11.4-kilometre")."""
    if spelt_two_ways(x, y):
        return True
    if re.sub(r"\D", "", x) != re.sub(r"\D", "", y):
        return False
    return x[:1] == y[:1] and fuzz.ratio(x, y) >= SPELLING


def _row(s: Sentence, index: int) -> dict[str, Any]:
    return {"text": s.text, "sentence": index}


def _edits(original: Article, copy: Article, gone: list[int], new: list[int]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair the original's unmatched sentences with the copy's where one is the other edited: the most
    alike pairs first, each sentence once; the rest is cut (``gone``) or added (``new``)."""
    scored = []
    for i in gone:
        for j in new:
            r = fuzz.ratio(_fold(original.sentences[i].text), _fold(copy.sentences[j].text))
            if r >= EDITED:
                scored.append((-r, i, j))
    pairs: list[tuple[int, int]] = []
    used_i: set[int] = set()
    used_j: set[int] = set()
    for _, i, j in sorted(scored):
        if i not in used_i and j not in used_j:
            pairs.append((i, j))
            used_i.add(i)
            used_j.add(j)
    return sorted(pairs, key=lambda p: p[1]), [i for i in gone if i not in used_i], [j for j in new if j not in used_j]


def copy_changes(original: Article, copy: Article) -> dict[str, list[dict[str, Any]]]:
    """The copy's ``added`` sentences, the original's sentences it ``left_out``, and the sentences it
    ``changed``: each with the copy's text, the ``original`` text, their indices and the ``conflicts`` the
    compare stage reads between them (empty where only the wording moved)."""
    a = [_fold(s.text) for s in original.sentences]
    b = [_fold(s.text) for s in copy.sentences]
    gone: list[int] = []
    new: list[int] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            gone += range(i1, i2)
            new += range(j1, j2)
    pairs, gone, new = _edits(original, copy, gone, new)
    changed = []
    for i, j in pairs:
        so, sc = original.sentences[i], copy.sentences[j]
        conflicts = merge(sentence_conflicts(original, so, copy, sc))
        if not conflicts and (_respelled(_fold(so.text), _fold(sc.text)) or same_opened(_fold(so.text), _fold(sc.text))):
            continue  # the same sentence in the republisher's spelling, or with a contraction opened ("won't" / "will not")
        changed.append(
            {
                "text": sc.text,
                "sentence": j,
                "original": so.text,
                "original_sentence": i,
                "conflicts": [c.to_dict() for c in conflicts],
            }
        )
    return {
        "added": [_row(copy.sentences[j], j) for j in new],
        "left_out": [_row(original.sentences[i], i) for i in gone],
        "changed": changed,
    }

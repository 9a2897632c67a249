"""Anchors two sentences share across scripts: a name one spells in Latin letters and the other writes in
Chinese characters, and a count of one kind of thing ("41 seats" / "43席").

e5 places a Chinese sentence and its English counterpart lower than a translation between two European
languages ("Its leader, Zhou Minghui, called the outcome a turning point" / "该党领导人周明辉称，这一结果是该地区
的转折点" at 0.33, under :data:`.align.XL_MEANING`), and the anchors that rescue such a pair
(:func:`corroborated_meaning`, below) are dates, figures and quotations, compared as written: "Zhou Minghui"
and "周明辉" share none.  Here the Latin names of one sentence are read among the characters of the other by
their pinyin, or their Hepburn reading for Japanese kanji (:func:`parallax.sounds.same_han_name`: the whole
name, five letters or more), and a count of a kind of person or thing (:mod:`.noun_kinds`) meets a count of
that kind whatever its figure, since the figure may be what the two reports disagree on.  Only the
translation links use these (:func:`.align.corroborated_translation_links`, among the sentences meaning
alone left unlinked, mutual best by a margin), never the score of two reports in one language.
"""

from __future__ import annotations

import re

import numpy as np

from parallax.compare.count_nouns import counted
from parallax.compare.noun_kinds import kind_of
from parallax.letters import HAN, fold
from parallax.records import Article
from parallax.sounds import _pinyin, _press_romaji, _romaji, text_script

_HAN_RUN = re.compile(f"[{HAN}]{{2,}}")
_HAN_LANGUAGES = frozenset({"zh", "ja"})
_NAME_CHARS = (2, 3, 4)  # a Chinese or Japanese name in characters: a place ("广陵"), a person ("周明辉", "山田健一")
_MIN_NAME = 5  # letters a Latin name needs to be read among characters (as :func:`parallax.sounds.same_han_name`: "Li" may not)
_KIND_ANCHOR = 0.5  # a count of one kind in both, of any figure: half an anchor, as a shared counted noun (align.COUNTED_NOUN)


def _readings(text: str, lang: str) -> set[str]:
    """The readings of every run of two to four Han characters in ``text`` (where a name may be, cut or not
    by a segmenter): toneless pinyin for Chinese ("周明辉" zhouminghui), the press romaji of each word and of
    the whole for Japanese kanji ("山田健一" yamada, kenichi, yamadakenichi)."""
    out = set()
    for m in _HAN_RUN.finditer(text):
        run = m.group()
        for n in _NAME_CHARS:
            for i in range(len(run) - n + 1):
                out.update(_romaji(run[i : i + n]) if lang == "ja" else (_pinyin(run[i : i + n]),))
    return {r.replace("'", "") for r in out}


def _spellings(name: str, lang: str) -> set[str]:
    """How a Latin name (every word of it, five letters or more) is read among characters: its words run
    together in either order ("Zhou Minghui": zhouminghui, minghuizhou), long vowels once for Japanese."""
    words = [fold(w).replace("-", "").replace("'", "").replace("’", "") for w in name.split()]
    if not words or sum(map(len, words)) < _MIN_NAME or not all(w.isascii() and w.isalpha() for w in words):
        return set()
    forms = {"".join(words), "".join(reversed(words))}
    return {_press_romaji(f) for f in forms} if lang == "ja" else forms


def _kinds(art: Article, start: int, end: int) -> set[str]:
    """The kinds of person or thing the sentence at ``art.text[start:end]`` counts ("seat", "police")."""
    return {
        k
        for q in art.quantities
        if start <= q.start < end and q.value is not None and q.unit and (k := kind_of(counted(q.unit, None) or ""))
    }


def heard_anchors(left: Article, right: Article, left_names: list[set[str]], right_names: list[set[str]]) -> np.ndarray:
    """For two articles in different languages, a ``(len(left.sentences), len(right.sentences))`` array: 1
    where one sentence's Latin name is written in the other's characters, ``_KIND_ANCHOR`` where both count a
    kind of person or thing, else 0.  ``left_names`` and ``right_names`` are each sentence's entity names."""
    out = np.zeros((len(left.sentences), len(right.sentences)), dtype=np.float32)
    lang_left, lang_right = (left.language or "")[:2], (right.language or "")[:2]
    han_left, han_right = lang_left in _HAN_LANGUAGES, lang_right in _HAN_LANGUAGES
    if han_left == han_right:
        return out  # (both or neither written in characters: names compare as written)
    han, han_lang = (left, lang_left) if han_left else (right, lang_right)
    spelt = [
        set().union(*(_spellings(n, han_lang) for n in names if text_script(n) == "latin"))
        for names in (right_names if han_left else left_names)
    ]
    # (the characters are read only where the other article spells a Latin name to hear among them)
    readings = [_readings(s.text, han_lang) if any(spelt) else set() for s in han.sentences]
    kinds_left = [_kinds(left, s.start, s.end) for s in left.sentences]
    kinds_right = [_kinds(right, s.start, s.end) for s in right.sentences]
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            if (readings[i] & spelt[j]) if han_left else (readings[j] & spelt[i]):
                out[i, j] = 1.0
            elif kinds_left[i] & kinds_right[j]:
                out[i, j] = _KIND_ANCHOR
    return out


XL_ANCHOR_BONUS = 0.15  # what shared anchors (all of the fewer side's dates, figures, quotations) add to meaning


def corroborated_meaning(features: np.ndarray) -> np.ndarray:
    """The meaning feature of sentence pairs across languages, raised by the anchors they share (resolved
    dates, figures, a quotation: up to ``XL_ANCHOR_BONUS`` when all of the fewer side's anchors are shared).
    e5 places a Korean sentence and its English counterpart at 0.24-0.37 (our Busan strike pair), below the
    floor of a translation; the same day and figure in both are evidence the meaning cannot give.  The
    mutual-best and margin rule still decides, so a date both sides give in many sentences pairs none of
    them."""
    return features[:, :, 0] + XL_ANCHOR_BONUS * features[:, :, 3]

"""Bylines and credits in scripts without capital letters, at an article's edge.

The byline rules of :mod:`.bylines` find a name by its capitals ("By Jane Roe", "Tekst: Jan Kowalski"); Chinese,
Hebrew and Arabic write none, so a closing "（责任编辑：李明）" (the editor in charge) or an opening "מאת רונית כהן"
(by Ronit Cohen), a closing Korean "김민수 기자 minsu@example.kr" stayed in the text and was compared as a fact that only one report has.  Such a line is a label
of the press and a short name, nothing else: a sentence goes on after the name.
"""

from __future__ import annotations

import re

# Chinese and Japanese credit labels (the editor in charge, the editor, the reporter, the proof-reader) with a colon
# and one to four names of at most twelve characters, in brackets or not: "（责任编辑：李明）", "编辑：王磊 张华"
_HAN_CREDIT = re.compile(
    r"^[(（\[【]?\s?(?:责任编辑|責任編輯|编辑|編輯|记者|記者|撰稿|校对|校對|审校|審校|来源|來源|编译|編譯)\s?[:：]\s?"
    r"[^\W\d_]{1,12}(?:[ 、，,][^\W\d_]{1,12}){0,3}\s?[)）\]】]?$"
)
# a Hebrew byline, "מאת" (by) and a name of one to four words; an Arabic one, "بقلم" (by the pen of) or "كتب:" / "كتبت:"
# (wrote, with its colon: without one "كتب" opens a sentence) and the name
_HEBREW_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea'\"״׳-]*"
_ARABIC_WORD = r"[\u0621-\u064a][\u0621-\u0652]*"
_RTL_BYLINE = re.compile(
    rf"^(?:מאת:?\s{_HEBREW_WORD}(?:\s{_HEBREW_WORD}){{0,3}}"
    rf"|(?:بقلم\s?:?|كتبت?\s?:)\s?{_ARABIC_WORD}(?:\s{_ARABIC_WORD}){{0,3}})$"
)

# a Korean reporter's signature, which closes nearly every Korean news story: a name of two to four syllables, the
# post ("기자" reporter, "특파원" correspondent ...) and often the address, the outlet before it in brackets or not:
# "김민수 기자 minsu@example.kr", "[누리일보 김민수 기자]", "김민수 특파원"
_KOREAN_SIGNATURE = re.compile(
    r"^[\[(]?(?:[가-힣A-Za-z]{1,12}[ ])?[가-힣]{2,4}[ ]?(?:기자|특파원|선임기자|객원기자|인턴기자|통신원)"
    r"(?:[ ]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?[\])]?$"
)

# a Japanese reporter's name in brackets closing the story, as the national papers sign it: "（山田花子）", "（山田花子、
# 佐藤一郎）" (kana and kanji only: a bracketed figure or remark holds digits or other words)
_JAPANESE_SIGNATURE = re.compile(r"^[（(][\u3005\u3040-\u30ff\u4e00-\u9fff]{2,8}(?:[、・][\u3005\u3040-\u30ff\u4e00-\u9fff]{2,8}){0,3}[）)]$")


def script_byline_reason(line: str) -> str | None:
    """``"byline"``, ``"credit"`` or ``"signature"`` when ``line`` (at an article's edge) is one in a script without capitals, else ``None``."""
    line = line.strip()
    if _RTL_BYLINE.match(line):
        return "byline"
    if _HAN_CREDIT.match(line):
        return "credit"
    if _KOREAN_SIGNATURE.match(line) or _JAPANESE_SIGNATURE.match(line):
        return "signature"
    return None

"""The day a statement was made, in languages whose verb of saying does not stand right after the day in English order.

:func:`.reporting_times.dates_the_report` reads "said on Friday" and "zei vrijdag"; these languages put the day
before a verb that ends the clause, or mark it with a prefix, and their "said on Friday" reads:

- Persian, verb last: "سخنگوی آتش‌نشانی روز جمعه گفت که …" (the fire service's spokesman said on Friday that …),
  with a few words between the day and the verb ("روز جمعه به خبرنگاران گفت", told reporters on Friday), none of
  them the "که" (that) a reported clause opens with;
- Korean: "…다고 소방당국이 13일 밝혔다" (the day right before the verb) or "소방당국은 13일 …다고 밝혔다" (the day right
  after the topic-marked teller, of a sentence whose verb of saying closes a "-고" clause: the press convention that
  dates the statement; the event's day stands inside the clause, "육교가 11일 붕괴했다고");
- Japanese the same: "…と消防が13日、発表した", "消防は13日、…と発表した";
- Chinese: "消防部门13日表示" (the day right before the verb, a part of the day between);
- Turkish: "cuma günü yaptığı açıklamada" (in the statement made on Friday) or "Vali cuma günü, … söyledi" (the day in
  commas before a clause that a verb of saying ends);
- Hebrew, verb first with the prefix "ב" on the day: "אמר ביום שישי", "כך מסרו בכבאות ביום שישי" (a teller between).

A day these read is the report's, not the event's (:mod:`.dates` keeps it out of the event's dates).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.arabic_script import _FA_CUE
from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES
from parallax.analyze.quotes.hebrew import HE_CUE
from parallax.records import Article, TimeExpression

_FA_TOLD = re.compile(
    rf"\A(?:\s+(?!که(?!\S))[^\s،,.:؛;«»\"“”!?؟]+){{0,3}}\s+(?:{_FA_CUE}|خبر\s+داد|گزارش\s+داد)(?![\w\u200c])(?!\s+و\s*گو)"
)

_KO_SAID = r"(?:밝혔|말했|발표했|전했|설명했|강조했|덧붙였|주장했|보도했|공개했|알렸)"
_KO_PART = r"(?:\s*(?:오전|오후|밤|새벽|저녁|아침|낮))?"
_KO_TOLD = re.compile(rf"\A{_KO_PART}\s*{_KO_SAID}")
_KO_TOPIC = re.compile(r"\S[은는]\s+\Z")
_KO_CLAUSE_SAID = re.compile(rf"[다라]?고\s+(?:\S+\s+){{0,2}}{_KO_SAID}")

_JA_SAID = r"(?:発表|明らかに|述べ|語っ|話し|公表|伝え|説明し|強調し|報告し)"
_JA_PART = r"(?:(?:朝|昼|夜|夕方|午前|午後|未明)(?:[0-9０-９]+時(?:ごろ)?)?)?"
_JA_TOLD = re.compile(rf"\A{_JA_PART}(?:に)?[、,]?\s*{_JA_SAID}")
_JA_TOPIC = re.compile(r"[はも]\s*\Z")
_JA_CLAUSE_SAID = re.compile(rf"と(?:して)?[、,]?\s*{_JA_SAID}")

_ZH_TOLD = re.compile(
    r"\A(?:上午|下午|晚间|晚上|晚|早间|早上|凌晨|傍晚|中午|夜间)?(?:在[^，。,、]{1,12}?)?"
    r"(?:表示|称|说|宣布|通报|透露|介绍|指出|发布|证实|发表声明|回应|公布|发布消息|对媒体说|告诉)"
)

_TR_STATEMENT = re.compile(
    r"\A\s*,?(?:\s+[^\s,.;:!?]+)?\s+(?:yaptığı|yaptıkları|düzenlediği|düzenledikleri)(?:\s+[^\s,.;:!?]+){0,2}?\s+"
    r"(?:açıklamada|açıklamasında|basın\s+toplantısında|konuşmada|konuşmasında|paylaşımda|paylaşımında)(?!\w)",
    re.I,
)
_TR_CLAUSE_SAID = re.compile(rf"(?:{LEXICAL_CUES['tr']})[.!]?\s*\Z", re.I)

_HE_TOLD = re.compile(rf"(?<!\S)(?:כך\s+)?[ו]?(?:{HE_CUE})(?:\s+(?!כי(?!\S)|ש)[^\s,.:;\"“”״!?]+){{0,3}}\s+ב\Z")

VERB_LAST_LANGS = frozenset({"fa", "ko", "ja", "zh", "tr", "he"})

_END = re.compile(r"[.!?。！？\n]")


def _sentence_rest(text: str, end: int) -> str:
    m = _END.search(text, end)
    return text[end : m.end() if m else len(text)]


def _sentence_head(text: str, start: int, reach: int = 120) -> str:
    lo = max(0, start - reach)
    head = text[lo:start]
    cut = max(head.rfind(c) for c in ".!?。！？\n")
    return head[cut + 1 :]


def told_with_local_verb(art: Article, t: TimeExpression) -> bool:
    """Whether the time ``t`` of ``art`` dates a statement, read with the word order of the article's language
    (one of those in the module's docstring; False for the others)."""
    lang = (art.language or "").split("-")[0].lower()
    text = art.text
    if lang == "fa":
        return bool(_FA_TOLD.match(text[t.end : t.end + 80]))
    if lang == "ko":
        after = text[t.end : t.end + 40]
        if _KO_TOLD.match(after):
            return True
        return bool(_KO_TOPIC.search(_sentence_head(text, t.start))) and bool(_KO_CLAUSE_SAID.search(_sentence_rest(text, t.end)))
    if lang == "ja":
        if _JA_TOLD.match(text[t.end : t.end + 30]):
            return True
        return bool(_JA_TOPIC.search(_sentence_head(text, t.start))) and bool(_JA_CLAUSE_SAID.search(_sentence_rest(text, t.end)))
    if lang == "zh":
        return bool(_ZH_TOLD.match(text[t.end : t.end + 30]))
    if lang == "tr":
        if _TR_STATEMENT.match(text[t.end : t.end + 80]):
            return True
        rest = _sentence_rest(text, t.end)
        return rest.lstrip().startswith(",") and bool(_TR_CLAUSE_SAID.search(rest))
    if lang == "he":
        return bool(_HE_TOLD.search(text[max(0, t.start - 80) : t.start]))
    return False

"""The person's name in a Japanese speaker phrase whose title the short title list does not cut.

Japanese writes the title after the name ("太田健二予報官", "森首相"), and :func:`.uncased_names._ja_name` cuts the
titles of :data:`.uncased_cues._JA_TITLES` off it.  Two cases were left whole, so the speaker was the name and its
office ("気象庁の太田健二予報官" after the cut at の stayed "太田健二予報官"; "森首相" stayed "森首相") and met neither
the same person's other quotations in the report nor another report's name:

* an official's title outside the short list: the civil service's ranks that end in 官 (予報官 forecaster, 審議官,
  参事官, 調査官 ...), in 員 (研究員 researcher, 職員, 委員), and a few others (主任, 教諭, 講師, 技師, 司令), also
  after a grade that opens them (主任予報官, 上席研究員).  These are words for a post, never the end of a name.
* a surname of one kanji before a title ("森首相", "林外相", "原社長"): Japanese names many people so, but the same
  single kanji before a title is also a determiner ("同社長", that company's president; "両首相", both prime
  ministers; "元首相", a former prime minister) or a country's abbreviation ("米大統領", the US president; "英首相",
  "韓外相"); those are left out, so a single kanji is taken only where it is neither.

A clause that describes the person may stand before the name with no の to cut at: "近くに住む森遥さん" (Haruka Mori,
who lives nearby), "現場に居合わせた田中健太さん" (who was at the scene).  Such a clause ends in a verb or adjective
(る, む, う, た, い ...), and a name never follows a hiragana ending inside itself, so the kanji run after it is the
name (:func:`ja_name_after_clause`).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.ja_katakana_names import ja_katakana_name as ja_katakana_name  # (read with the others)
from parallax.analyze.quotes.uncased_cues import _JA_TITLES

_KANJI = r"\u4e00-\u9fff々"
# posts of the civil service and of institutions, by the word that names the post; a grade may open them
_ROLES = (
    "予報官|審議官|参事官|調査官|捜査官|検察官|裁判官|外交官|警察官|自衛官|事務官|技官|監察官|分析官|"
    "研究員|職員|委員|調査員|社員|相談員|指導員|主任|教諭|講師|助教|技師|看護師|司令|支配人|店長|駅長|園長"
)
_GRADE = "主任|上席|首席|統括|主席|筆頭|特別|次席|副|前"
_ROLE_END = re.compile(rf"(?:{_GRADE})?(?:{_ROLES})\Z")
_TITLE_END = re.compile(rf"(?:{_GRADE})?(?:{_JA_TITLES})\Z")
# single kanji before a title that are no surname: determiners ("同" the same, "両" both, "各" each, "元" former ...)
# and the countries the press abbreviates to one kanji ("米" the US, "英", "仏", "独", "中", "韓", "露", "豪" ...)
_NOT_SURNAME = frozenset("同両各当本元前新現故旧歴初次副米英仏独伊中韓朝露豪加印日台比越泰墨伯")
_NAME = re.compile(rf"[{_KANJI}ぁ-ゖァ-ヺー]{{2,5}}")


def ja_name_before_role(name: str) -> str | None:
    """The name before a post that :data:`_JA_TITLES` lacks ("太田健二予報官": 太田健二; "中村優子上席研究員": 中村優子),
    or a one-kanji surname before any title ("森首相": 森), from a phrase already cut at its last の; None where the
    phrase is no name and such a post, or where the one kanji is a determiner or a country ("同社長", "米大統領")."""
    if (role := _ROLE_END.search(name)) is not None and _NAME.fullmatch(bare := name[: role.start()]):
        return bare
    if (title := _TITLE_END.search(name)) is not None and title.start() == 1:
        first = name[0]
        if re.fullmatch(rf"[{_KANJI}]", first) and first not in _NOT_SURNAME:
            return first
    return None


# a verb's or adjective's last kana, then the name in kanji to the end ("近くに住む|森遥", "居合わせた|田中健太")
_AFTER_CLAUSE = re.compile(rf"[るむうくすつぬぶぐただい](?P<name>[{_KANJI}]{{2,5}})\Z")


def ja_name_after_clause(bare: str) -> str | None:
    """The name after a describing clause in ``bare`` (a speaker phrase without its title): "近くに住む森遥" is 森遥;
    None where the phrase does not end so."""
    m = _AFTER_CLAUSE.search(bare)
    return m.group("name") if m is not None else None

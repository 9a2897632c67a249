"""Where a Turkish speaker's name starts after the titles and the group before it.

Turkish writes the organisation, the title and the group a person is one of before the name ("Kalkanlı Belediye
Başkanı Ayşe Kaya", "Prof. Dr. Ayşe Kaya", "İşçilerden Serkan Doğan").  Kept apart from :mod:`.name_after_role`
(which imports it back, as :mod:`.lexical_cues` and :mod:`.lexical_reported` read it there) because it
is one language's suffixed title words, read on their own (name_after_role.py had grown past 330 lines).
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

# Turkish puts the organisation and the title before a name ("Kalkanlı Belediye Başkanı Ayşe Kaya",
# "Daire Başkanı Murat Koçak"), or the group the person is one of ("İşçilerden Serkan Doğan": one of the
# workers): the name is what follows the last of them
_TR_TITLE = re.compile(
    r"(?:başkan|müdür|sözcü|vali|bakan|kaymakam|muhtar|komutan|sekreter|üye|yönetici|sorumlu|temsilci|yardımcı|müsteşar"
    r"|koordinatör|uzman|şef|amir|savcı|başhekim|hekim|doktor|öğretmen|kaptan|sahib|sakin|çalışan|işçi|şoför|görevli|memur"
    r"|komiser|müfettiş|direktör|genel\s?müdür|rektör|dekan|avukat|hakim|başsavcı|emniyet\s?müdür|itfaiyeci|sağlıkçı|esnaf)"
    r"(?:[ıiuü]|s[ıiuü]|y[ıiuü])?(?:n[ıiuü]n)?",
    re.I,
)
_TR_ABBREVIATED = {"dr.", "prof.", "doç.", "av.", "op.", "uzm.", "yrd.", "öğr.", "gör.", "müh."}
_TR_ONE_OF = ("lerden", "lardan", "lerten", "lartan")  # "İşçilerden", "Yolculardan", "Sakinlerden": one of them


_NEXT_CAPITALISED = re.compile(rf"\s[{UPPER}][\w’'-]*(?<![’'])")


def _tr_name(text: str, start: int, end: int) -> tuple[int, int]:
    """The name in a Turkish speaker span: after the last title word ("Daire Başkanı", "Vali", "Prof.
    Dr.") or the group the person is one of ("İşçilerden"); at least two words are left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    titled = [i for i, w in enumerate(words) if _TR_TITLE.fullmatch(w.group())]
    if titled and titled[-1] >= len(words) - 2:
        # the span stopped inside the name after a long title ("Zonguldak Barosu Başkanı Ayşe" | "Demir"):
        # take the name's words up to two after the title
        for _ in range(2 - (len(words) - 1 - titled[-1])):
            if not (more := _NEXT_CAPITALISED.match(text, end)):
                break
            end = more.end()
        words = list(re.finditer(r"\S+", text[start:end]))
    cut = 0
    for i, w in enumerate(words[:-2] if len(words) > 2 else words[:0]):
        word = w.group()
        if _TR_TITLE.fullmatch(word) or word.lower() in _TR_ABBREVIATED or word.lower().endswith(_TR_ONE_OF):
            cut = i + 1
    return start + words[cut].start(), end

"""A sentence that only names who reported the one before it is that sentence's attribution, not a fact of its own.

Wire copy in many languages closes a statement with a sentence that points back to it and names the outlet or
agency that reported it: "Об этом сообщает ТАСС.", "Про це повідомляє Anadolu.", "Informuje o tym PAP.", "Darüber
berichtete der Spiegel.", "This was reported by Reuters."  Its words are a pronoun for the statement ("этом",
"це", "tym", "this"), a verb of reporting and a name: nothing of the event.  Left alone it is a fact only one
report holds, so every comparison listed it as unique.  Joined to the sentence it points back to, it is read as
that statement's attribution, and the fact is the statement's.
"""

from __future__ import annotations

import re

from parallax.records import Article

# the opening of such a sentence, per language: the pronoun for the statement and the verb of reporting, in
# either order (a verb's inflected forms as stems)
_POINTS_BACK = {
    "ru": r"(?:Об\s+этом|О\s+том|Как)\s+(?:(?:также|ранее|сегодня)\s+)?(?:сообща\w*|сообщил\w*|пиш\w+|писал\w*"
    r"|переда\w+|информир\w+|рассказ\w*)"
    r"|(?:Сообща\w+|Пишет|Передает|Передаёт|Информирует)\s+об\s+этом",
    "uk": r"(?:Про\s+це|Як)\s+(?:(?:також|раніше|сьогодні)\s+)?(?:повідом\w+|пиш\w+|писал\w*|переда\w+|інформу\w+"
    r"|розповід\w+|розповіл\w*)"
    r"|(?:Повідомля\w+|Пише|Передає|Інформує)\s+про\s+це",
    "bg": r"(?:За\s+това|Това)\s+(?:(?:също|днес)\s+)?(?:съобщ\w+|пише|писа\w*|преда\w+|информира\w*)",
    "pl": r"(?:Informuj\w+|Poinformował\w*|Pisz\w+|Donosi|Donoszą|Podaj\w+)\s+o\s+tym"
    r"|O\s+tym\s+(?:informuj\w+|poinformował\w*|pisz\w+|pisał\w*|donos\w+|podaj\w+)",
    "cs": r"(?:Informuj\w+|Informoval\w*)\s+o\s+tom|O\s+tom\s+(?:informuj\w+|informoval\w*|píš\w+|psal\w*)"
    r"|(?:Uvádí|Uvedl\w*|Píše|Napsal\w*)\s+to",
    "sk": r"(?:Informuj\w+|Informoval\w*)\s+o\s+tom|O\s+tom\s+(?:informuj\w+|informoval\w*|píš\w+|písal\w*)"
    r"|(?:Uvádza|Uviedol\w*|Píše|Napísal\w*)\s+to",
    "hr": r"O\s+tome\s+(?:izvještava|izveštava|izvijestio\w*|izvestio\w*|piše|pisao\w*|javlja|prenosi|je\s+izvijestio\w*"
    r"|je\s+izvestio\w*|su\s+izvijestil\w*|su\s+izvestil\w*)|(?:Javlja|Piše|Prenosi)\s+to"
    # Serbian in Cyrillic, as printed
    r"|О\s+томе\s+(?:извештава|извјештава|пише|јавља|преноси|је\s+известио\w*|је\s+извијестио\w*)",
    "sl": r"O\s+tem\s+(?:poroča\w*|piše\w*|je\s+poročal\w*|so\s+poročal\w*)",
    "de": r"(?:Das|Dies)\s+(?:berichte\w*|melde\w*|schrieb|schreib\w*)|Darüber\s+(?:berichte\w*|informierte?\w*)",
    "en": r"(?:This|That|It)\s+was\s+(?:first\s+)?reported\s+by",
    "fr": r"C['’]est\s+ce\s+qu(?:['’](?:a|ont)|e)\s+(?:rapport\w+|annonc\w+|révél\w+|indiqu\w+)",
    "es": r"Así\s+lo\s+(?:ha\s+)?(?:inform\w+|public\w+|recog\w+|adelant\w+|señal\w+)",
    "it": r"Lo\s+(?:ha\s+)?(?:riport\w+|scriv\w+|scritto|riferi\w+|rende\s+noto|reso\s+noto)",
    "pt": r"A\s+informação\s+é\s+d[aoe]s?|(?:É|Foi)\s+o\s+que\s+(?:inform\w+|notici\w+)",
}
_POINTS_BACK |= {"sr": _POINTS_BACK["hr"], "bs": _POINTS_BACK["hr"], "sh": _POINTS_BACK["hr"]}
_OPENING = {lang: re.compile(rf"(?:{words})(?!\w)") for lang, words in _POINTS_BACK.items()}
_MOST_WORDS = 12  # the outlet and what it drew on ("со ссылкой на пресс-службу МЧС"), no more


def is_source_line(text: str, lang: str) -> bool:
    """Whether the sentence ``text`` only says who reported the statement before it ("Об этом сообщает ТАСС.")."""
    opening = _OPENING.get(lang[:2] if lang else "")
    text = text.strip()
    return opening is not None and opening.match(text) is not None and len(text.split()) <= _MOST_WORDS


def source_line_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each source line joined to the sentence before it in its article (the statement it attributes)."""
    return [
        ((ai, si - 1), (ai, si))
        for ai, art in enumerate(articles)
        for si, sent in enumerate(art.sentences)
        if si > 0 and is_source_line(sent.text, art.language or "")
    ]

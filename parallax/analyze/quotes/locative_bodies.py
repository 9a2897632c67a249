"""Reported speech a Russian or Ukrainian body says from where it is: "В пресс-службе министерства сообщили, что ...",
"В МЧС заявили, что ...", "У пресслужбі міністерства повідомили, що ...".

Russian and Ukrainian name the body that speaks with "в/у" (in) and the locative, the verb in the plural with no
subject: the people of the body said it (English "the ministry's press office said that ...").  The lexical pattern
of :mod:`.lexical_reported` wants a name before the verb and leaves a name after a preposition out ("the embassy in
Helsinki confirmed"), so such a sentence gave no indirect quotation.  Here the words between "В" and the plural verb
that opens a "что/що" clause, at a sentence's start (after a day, "В понедельник в МЧС сообщили, что"), are the
speaker, as written ("сообщили в Государственной горной службе" after a quotation is read the same way).
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import LEXICONS

# the plural past of the reporting verbs, and "that"
_VERBS = {
    "ru": (r"сообщили|заявили|рассказали|отметили|пояснили|подчеркнули|уточнили|добавили|признали|предупредили|напомнили"
           r"|подтвердили|объяснили|сказали", r"что"),
    "uk": (r"повідомили|заявили|розповіли|зазначили|пояснили|наголосили|уточнили|додали|визнали|попередили|нагадали"
           r"|підтвердили|сказали", r"що"),
}
_PATTERNS: dict[str, re.Pattern[str]] = {}


def _days(lang: str) -> str:
    lex = LEXICONS.get(lang)
    words = sorted({*lex.relative_days, *lex.weekdays}, key=len, reverse=True) if lex else []
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"


def _pattern(lang: str) -> re.Pattern[str]:
    if lang not in _PATTERNS:
        verbs, that = _VERBS[lang]
        _PATTERNS[lang] = re.compile(
            rf"(?:(?:[ВвУу]|Во|во)\s+(?i:{_days(lang)}),?\s+)?(?:[ВвУу]|Во|во)\s+"  # (a day before the body: "В понедельник в МЧС")
            rf"(?P<spk>[^\s,.;:!?«»\"“”„]+(?:\s+[^\s,.;:!?«»\"“”„]+){{0,5}}?)"
            rf"(?:\s+(?i:{_days(lang)}))?\s+(?P<verb>{verbs}),?\s+(?:{that})\s+"
        )
    return _PATTERNS[lang]


def locative_bodies(text: str, sents: list[tuple[int, int]], lang: str) -> list[tuple[int, int, int, str]]:
    """For each sentence of ``text`` that opens "В <body> <plural reporting verb>, что": where the clause it reports
    starts, the body's span and the verb."""
    if lang not in _VERBS:
        return []
    pattern = _pattern(lang)
    out = []
    for s, _ in sents:
        if (m := pattern.match(text, s)) is not None:
            out.append((m.end(), m.start("spk"), m.end("spk"), m.group("verb").lower()))
    return out

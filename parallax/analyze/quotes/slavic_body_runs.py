"""A Russian or Ukrainian body whose name is capitalised on its first word only: "сообщили в Государственной горной
службе", "повідомили в Державній гірничій службі", "в Национальной полиции".

Russian and Ukrainian write a body's name as a phrase with one capital ("Государственная горная служба",
"Федеральная таможенная служба", "Національна поліція"), so a speaker read as a run of capitalised words stops at
the first adjective ("Государственной") and the body is cut to a word that names nothing, which no other report
can match.  The name goes on through the adjectives that agree with the first one (the same case ending, its last
two letters: "-ой", "-ій") to the noun they qualify, where that noun is a word for a body ("служба", "полиция",
"комиссия", "прокуратура"): an adjective-shaped surname before a common noun ("сказал Толстой журналистам") is no
such phrase, and a run that reaches no body noun is left as it was.
"""

from __future__ import annotations

import re

_LANGS = frozenset({"ru", "uk", "be"})
# adjective endings of the cases (Russian and Ukrainian), two letters each or three
_ADJECTIVE = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{3,}(?:ой|ей|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ый|ий|ое|ее|ые|ие|ых|их|ій|ої|ім|ою)")
# the stems of the nouns that head a body's name, in any case ending after them
_BODY_NOUN = re.compile(
    r"(?:служб|полици|поліці|прокуратур|инспекци|інспекці|гварди|гварді|администраци|адміністраці|комисси|коміс|палат"
    r"|дум|рад|суд|управлени|управлінн|агентств|министерств|міністерств|компани|компані|корпораци|корпораці|академи"
    r"|академі|миссии|місі|милици|войск|військ|арми|армі|сил|банк|фонд|комитет|комітет|совет|обсерватори|обсерваторі"
    r"|центр|бюро|ведомств|відомств|таможн|митн)[а-яёіїєґ]{0,3}"
)
_WORD = re.compile(r"[ \u00a0]+([а-яёіїєґ'’]+)")


def body_run_end(text: str, start: int, end: int, limit: int, lang: str | None) -> int:
    """Where the speaker ``text[start:end]`` ends when it is the first, capitalised adjective of a body's name that
    goes on in small letters (see the module docstring), not past ``limit``; ``end`` otherwise."""
    if (lang or "")[:2] not in _LANGS or not _ADJECTIVE.fullmatch(text[start:end]):
        return end
    ending = text[start:end][-2:]
    pos = end
    while (m := _WORD.match(text, pos, limit)) is not None:
        word = m.group(1)
        if _BODY_NOUN.fullmatch(word):
            return m.end()
        if not word.endswith(ending):
            return end
        pos = m.end()
    return end

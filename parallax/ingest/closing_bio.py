"""The box on the writer that closes a blog post or a guest column: a person the text never named, introduced
in its last lines ("Mara Ellison is the Founder & Lead Strategist at Brightwell, a PR consultancy",
"Tom Hale is the site's gadget editor", "Jonas Brink, Fotograf aus Kiel und Gründer von Hafenlicht.") and
under it at most a few short lines of the same box ("Ich mag jede Art von Fotografie.", "Folgt mir gerne auf
Instagram.").

:func:`parallax.ingest.notes.note_reason` knows the writer's note by its role word ("… is a freelance writer");
it leaves out founders, consultants and curators, because a closing fact about someone in the story ("Ann Roe
is the founder of the shelter") must stay.  What tells the writer's box from that fact is the text itself: a
story introduces its people where it needs them, so a person it never named before its last lines is the one
who wrote it, whatever the role.  Only that absence is used here, with the box's shape (a name that opens the
line, then "is a/the …" or an appositive, short lines after it).
"""

from __future__ import annotations

import re

# a name of two to four capitalised words (any script with capitals), then "is a/the/Outlet's …" in the languages
# whose copula the writer's note uses, or a comma and an appositive with no verb after it ("Fotograf aus Hamburg")
_NAME = r"(?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3})"
# or the verb of the writer's beat ("Pieter Bakker schrijft voor Stadsblad over verkeer", "Ann Roe covers
# the courts", "Lena Berg berichtet für die Zeitung über …"), perhaps with how long ("Anna Roth schreibt seit 2015
# für das Ressort Wissen", ext45)
_SINCE = r"(?:(?:since|seit|depuis|desde|dal|sinds|sedan) [\w.]++ )?"
_BEAT = (
    rf"(?:writes {_SINCE}(?:for|about|on)|covers|reports {_SINCE}(?:for|on)|schreibt {_SINCE}(?:für|über)|berichtet {_SINCE}(?:für|über|aus)|"
    rf"schrijft {_SINCE}(?:voor|over)|écrit {_SINCE}(?:pour|sur)|escribe {_SINCE}(?:para|sobre)|scrive {_SINCE}(?:per|di|su)|"
    rf"escreve {_SINCE}(?:para|sobre)|skriver {_SINCE}(?:för|for|om))"
)
# or the newsroom post with no article, as the Romance languages and German give a profession ("Julie Marchand est
# journaliste au service Société", "Lena Berg ist Redakteurin im Lokalressort", "Marco Riva è giornalista")
_POST = (
    r"(?i:journaliste|journalist(?:in)?|giornalista|periodista|jornalista|rédact(?:eur|rice)|redakteur(?:in)?|redactor(?:a)?|"
    r"reporter(?:in)?|correspondant(?:e)?|corresponsal|corrispondente|correspondente|korrespondent(?:in)?|"
    r"chroniqueu(?:r|se)|columnist(?:in)?|editor(?:a)?|redattore|redattrice)"
)
_IS_BIO = re.compile(
    rf"^{_NAME} (?:(?:ist|est|es|è|é) {_POST}|(?:is|ist|est|es|è|é) (?:a|an|the|ein|eine|der|die|un|une|le|la|l['’]|el|il|lo|o|um|uma|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,2}}['’]s?)|{_BEAT}) "
)
# (one noun phrase: no second comma, which a sentence opening on a place or a list has, "For Debian, Ubuntu or
# Mint, run …")
_APPOSITIVE_BIO = re.compile(rf"^{_NAME}, (?P<rest>[^\W\d_][^.!?;:,\"“”«»]{{2,120}})\.?$")
# what a writer's note never holds and a story's closing line on one of its people does: a quotation or a verb of
# saying ('"and she will not be silenced," her lawyer said'), or a deed told in the past after a relative pronoun
# ("the city council member who opposed the plan"); the note gives a standing role, in the present
_STORY_LINE = re.compile(r"[\"“”«»„]|\b(?:said|says|told)\b|\b(?:who|that|which) \w+ed\b")
# the writer's box where no capital or no copula marks it: Russian and Ukrainian give the post after a dash ("Марина
# Ельцова — корреспондент отдела городских новостей"), Arabic after a name of two or three words it cannot capitalise
# ("ليلى منصور صحفية في القسم المحلي"), Japanese after the name and a space ("高森彩花　地域報道部記者。")
_SCRIPT_BIO = re.compile(
    r"^(?P<name>[А-ЯЁІЇЄ][а-яёіїє'’-]+(?: [А-ЯЁІЇЄ][а-яёіїє'’-]+){1,2}) [—–-] (?:[\w-]+ ){0,2}?"
    r"(?:журналист|журналіст|корреспондент|кореспондент|обозреватель|оглядач|редактор|репортер|репортёр|колумнист|колумніст)"
    r"(?:к[аи]|ка)?(?!\w)"
    r"|^(?P<ar_name>(?!و)[^\W\d_]{2,}(?: [^\W\d_]{2,}){1,2}) (?:ال)?(?:صحفية?|صحافية?|كاتبة?|محررة?|مراسلة?)(?!\w)"
    r"|^(?P<ja_name>[\u3040-\u30ff\u4e00-\u9fff]{2,8})[ \u3000]+[^\s。]{0,16}?(?:記者|編集委員|論説委員|特派員|編集者|ライター|コラムニスト)"
)
_MAX_BIO_WORDS, _MAX_BIO_SENTENCES = 80, 4
_MAX_APPOSITIVE_WORDS = 16
_BOX_LINES, _MAX_BOX_LINE_WORDS = 3, 25  # the lines of the box under its first one: short, as a profile's are


def _capitalised(name: str) -> bool:
    """Every word of the name opens with a capital (a sentence's lower-case words are no name)."""
    return all(w[0].isupper() for w in name.split())


def _named_before(name: str, above: str) -> bool:
    """Whether the text above names the person: any of the name's words longer than two letters, as a word (a
    Japanese name, written without spaces, as itself anywhere)."""
    if " " not in name and not name.isascii() and re.match(r"[\u3040-\u30ff\u4e00-\u9fff]", name):
        return name in above
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", above) for w in name.split() if len(w.strip(".")) > 2)


def _opens_bio(line: str) -> str | None:
    """The name a writer's note opens with, or ``None``."""
    words = len(line.split())
    if _STORY_LINE.search(line):
        return None
    if words <= _MAX_BIO_WORDS and line.count(". ") < _MAX_BIO_SENTENCES and (m := _IS_BIO.match(line)):
        return m.group("name") if _capitalised(m.group("name")) else None
    if words <= _MAX_APPOSITIVE_WORDS and (m := _APPOSITIVE_BIO.match(line)):
        return m.group("name") if _capitalised(m.group("name")) else None
    if words <= _MAX_BIO_WORDS and (m := _SCRIPT_BIO.match(line)):
        return m.group("name") or m.group("ar_name") or m.group("ja_name")
    return None


def without_closing_bio(lines: list[str]) -> list[str]:
    """``lines`` without a closing box on a writer the text above never names (the text itself always stays)."""
    for i in range(max(1, len(lines) - _BOX_LINES - 1), len(lines)):
        name = _opens_bio(lines[i])
        if name and all(len(ln.split()) <= _MAX_BOX_LINE_WORDS for ln in lines[i + 1 :]) and not _named_before(name, "\n".join(lines[:i])):
            return lines[:i]
    return lines

"""A month (or a dated day) written next to a relative year is a month of that year: "en marzo del año pasado".

Only English and German had a rule for it, and only with nothing between ("March last year", "im März letzten
Jahres"): Spanish "en marzo del año pasado", Italian "nel marzo dell'anno scorso", French "en mars de l'année
dernière", Portuguese "em março do ano passado", German "im März des vergangenen Jahres" and Romanian "în martie
anul trecut" were read as a bare month, the nearest one (this year's March), beside a separate "last year": a
report written in November put a plant's closure eight months back when it was twenty.  Here a month without a year
of its own, followed by a year named by words (no figure) with at most two short linking words between ("del", "de
l'", "dell'", "des", "of"), takes that year, and the two become one expression.  The year written first does the
same with nothing or one short preposition between, as Hungarian and Polish put it: "tavaly márciusban", "w
ubiegłym roku w marcu".  Chinese, Japanese and Korean write the year first only ("내년 3월", "明年3月"): a year
after a month or day of theirs ("18일 정부가 내년 …", the 18th, the government … next year) is another clause's.
"""

from __future__ import annotations

import re

_MONTH = re.compile(r"(\d{4})-(\d{2})(?:-\d{2})?\Z")
_YEAR = re.compile(r"\d{4}\Z")
_YEAR_FIGURE = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")
_CJK_DATED = re.compile(r"[月월日일号號]\s*\Z")  # a month or day written the CJK way, its year before it
_LINK_AFTER = re.compile(r"[ \t]++(?:[^\W\d]{1,4}+['’]?[ \t]*+){0,2}+\Z")  # " del ", " de l'", " dell'", " "
_LINK_BEFORE = re.compile(r"[ \t]++(?:[^\W\d]{1,3}+[ \t]++)?\Z")  # " ", " w ", " in "
# a word of comparison between the month and the year: "rose 2.1% in October from a year earlier", "up 3% in May on a
# year ago", "vs", "sur un an", "desde hace un año": the year is the base the month's figure is set against, not the
# year of the month (October 2026 against October 2025), so the two stay apart and the month keeps its own year
_COMPARED = re.compile(r"(?<![^\W\d])(?:from|over|on|than|vs|with|against|versus|sur|desde|frente)(?![^\W\d])", re.I)


def _dated(text: str, s: int, e: int, value: str, gran: str) -> bool:
    """Whether ``text[s:e]`` is a month, or a day of a month written in figures, with no year of its own."""
    if not _MONTH.match(value) or _YEAR_FIGURE.search(text, s, e):
        return False
    return gran == "month" or (gran == "day" and bool(_DIGIT.search(text, s, e)))


def _worded_year(text: str, s: int, e: int, value: str | None, gran: str) -> bool:
    """Whether ``text[s:e]`` is a year named by words alone ("last year", "año pasado")."""
    return bool(value) and gran == "year" and bool(_YEAR.match(value or "")) and not _DIGIT.search(text, s, e)


def months_of_years(text: str, out: list[tuple[int, int, str | None, str]]) -> None:
    """Join each month written beside a year named by words into one expression of that year's month (see the
    module), in place; ``out`` is sorted by start."""
    i = 0
    while i < len(out) - 1:
        (s, e, v, g), (s2, e2, v2, g2) = out[i], out[i + 1]
        if (
            v
            and v2
            and _dated(text, s, e, v, g)
            and not _CJK_DATED.search(text, s, e)
            and _worded_year(text, s2, e2, v2, g2)
            and _LINK_AFTER.match(text[e:s2])
            and not _COMPARED.search(text, e, s2)
        ):
            out[i : i + 2] = [(s, e2, v2 + v[4:], g)]
        elif v and v2 and _worded_year(text, s, e, v, g) and _dated(text, s2, e2, v2, g2) and _LINK_BEFORE.match(text[e:s2]):
            out[i : i + 2] = [(s, e2, v + v2[4:], g2)]
        i += 1

"""Fiscal quarters and halves ("third-quarter profit", "Q2 2025", "второй квартал") and seasons ("last summer").

Parts of a year that the news dates by convention rather than by the calendar alone: a quarter is reported
after it ends, a deadline at one looks ahead, a season without a year is placed by the tense.  Kept apart
from :mod:`.periods`, whose :class:`~.periods.PeriodHandlers` inherits them, so that each reads in one sitting.
"""

from __future__ import annotations

import re

from parallax.analyze.times.cjk_spans import fiscal_before, place_period
from parallax.analyze.times.context import Context
from parallax.analyze.times.cues import _cached, _sentence_bounds
from parallax.analyze.times.month_names import names_a_season

_SEASONS = ("SP", "SU", "FA", "WI")
# a deadline at a quarter: "until", "by (the end of)", in the languages whose lexicons read quarters ("до конца
# второго квартала", "do końca drugiego kwartału", "bis Ende des zweiten Quartals", "d'ici la fin du deuxième
# trimestre", "hasta el final del segundo trimestre"): the quarter is the coming one unless the sentence is past
_DEADLINE_WORDS = (
    "until|till|by|before|through|by the end of|before the end of|until the end of|by the close of|"
    "до|до конца|к|к концу|до кінця|do|do końca|do konce|do konca|bis|bis Ende|bis zum Ende|vor Ende|"
    "d'ici|d'ici la fin du|avant la fin du|jusqu'à la fin du|hasta|hasta el final del|antes del final del|"
    "entro|entro la fine del|até|até o final do|tot|tot het einde van|voor het einde van"
)
_SPACE = "[ \u00a0]"
_DEADLINE_BEFORE = re.compile(rf"(?<!\w)(?:{_DEADLINE_WORDS.replace(' ', _SPACE)}){_SPACE}(?:the{_SPACE})?\Z", re.I)
# the year a quarter or a half is "of", said relative to the publication ("the second half of next year", "im zweiten
# Halbjahr des kommenden Jahres", "au second semestre de l'année prochaine", "en el segundo semestre del próximo año"):
# the step from the publication's year.  Read after the match, as a year in figures is ("of 2027")
_NEXT, _LAST, _THIS = 1, -1, 0
_OF_YEAR = [
    (re.compile(rf"(?<!\s)(?:{p})(?!\w)", re.I), step)  # read from a quarter's last letter: a run of spaces is read once
    for p, step in (
        (r"\s++of\s++(?:the\s++)?(?:next|coming|following)\s++year|\s++next\s++year", _NEXT),
        (r"\s++of\s++(?:the\s++)?(?:last|previous|past|prior)\s++year|\s++last\s++year", _LAST),
        (r"\s++of\s++(?:this|the\s++current)\s++year|\s++this\s++year", _THIS),
        (r"\s++(?:des\s++)?(?:nächsten|kommenden|folgenden)\s++Jahres|\s++de\s++l['’](?:année|an)\s++(?:prochaine?|suivante?)"
         r"|\s++del\s++(?:próximo|siguiente)\s++año|\s++del\s++año\s++(?:próximo|siguiente|que\s++viene)"
         r"|\s++do\s++próximo\s++ano|\s++do\s++ano\s++que\s++vem|\s++dell['’]anno\s++prossimo|\s++del\s++prossimo\s++anno"
         r"|\s++de\s++l['’]any\s++(?:vinent|que\s++ve|següent)|\s++do\s++ano\s++seguinte", _NEXT),
        (r"\s++(?:des\s++)?(?:vergangenen|letzten|vorigen)\s++Jahres|\s++des\s++Vorjahres|\s++de\s++l['’](?:année|an)\s++(?:dernière?|passée?)"
         r"|\s++del\s++(?:pasado|último)\s++año|\s++del\s++año\s++pasado|\s++do\s++ano\s++passado|\s++dell['’]anno\s++scorso|\s++de\s++l['’]any\s++passat", _LAST),
        (r"\s++(?:dieses|des\s++laufenden)\s++Jahres|\s++de\s++l['’]année\s++en\s++cours|\s++de\s++cette\s++année"
         r"|\s++de(?:l)?\s++(?:este\s++)?año\s++en\s++curso|\s++de\s++este\s++año", _THIS),
    )
]


# a year named after a half without saying which ("in der zweiten Hälfte des Jahres", "en la segunda mitad del año",
# "nella seconda metà dell'anno"): enough to make a word for any half a half of a year, placed as a half alone is;
# a year in figures after such words is the year ("im ersten Quartal des Jahres 2025", "la primera mitad de 2025")
_OF_A_YEAR = re.compile(
    r"(?<!\s)\s++(?:of\s++(?:the\s++year\s++)?|des\s++Jahres\s++|del\s++(?:año\s++)?|de\s++(?:l['’]année\s++)?|dell['’]anno\s++|do\s++(?:ano\s++)?)?(?P<y>\d{4})(?!\d)"
    r"|(?<!\s)\s++(?:of\s++the\s++year|des\s++(?:Jahres|Jahrs)|del\s++año|de\s++l['’](?:année|any)|dell['’]anno|do\s++ano)(?!\w)",
    re.I,
)


def _year_after(text: str, end: int) -> int | None:
    """The step from the publication's year of a year named relative to it right after a quarter or a half."""
    for pattern, step in _OF_YEAR:
        if pattern.match(text, end):
            return step
    return None


_CJK_ORDINAL = {c: i for chars in ("1234", "一二三四", "１２３４") for i, c in enumerate(chars, 1)}
_YEAR_EARLIER = {"year-earlier", "year-ago", "year-before", "prior-year", "comparable", "corresponding"}
# a modifier that names the year's last part, not the latest one reported: "growth will be weaker in the final
# quarter" is the fourth quarter (it had read as the quarter just ended, Q3 in November); "last quarter" stays the latest
_FINAL = {"final"}


class QuarterHandlers(Context):
    """Handlers (named by the lexicon's rules) of quarters, halves and seasons."""

    def quarter(self, m, text):
        g = m.groupdict()
        any_half = g["qw"].lower() in {w.lower() for w in self.lex.year_half_words}
        of_a_year = _OF_A_YEAR.match(text, m.end())
        if any_half and not g.get("year2") and not of_a_year and _year_after(text, m.end()) is None:
            return None, None  # "in der zweiten Hälfte" of a match: a half, but of no year
        half = any_half or g["qw"].lower() in {w.lower() for w in self.lex.half_words}
        named_year = g.get("year") or g.get("year2") or g.get("yrel") or of_a_year or _year_after(text, m.end()) is not None
        if half and not named_year and self._in_a_match(text, m.start(), m.end()):
            return None, None  # "scored in the second half": the match's half
        per_year = 2 if half else 4
        code = "H" if half else "Q"
        q = self.lex.lookup("ordinals", g["ord"]) if g.get("ord") else None
        if q is not None and q > per_year:
            return None, None
        qmod = (g.get("qmod") or "").lower()
        if q is None and qmod in _FINAL:
            q = per_year  # "the final quarter": the fourth, placed in its year as "the fourth quarter" is
        year = g.get("year") or g.get("year2") or (of_a_year.group("y") if of_a_year else None)
        if not self.ref and not year:
            return None, "quarter"
        y = int(year) if year else None
        if y is None and not g.get("yrel") and self.ref and (step := _year_after(text, m.end())) is not None:
            y = self.ref.year + step  # "the second half of next year": the half of that year, not the coming one
        if y is None and g.get("yrel"):
            which = g["yrel"].lower()
            assert self.ref is not None
            y = self.ref.year - 1 if which in self.lex.last_words else self.ref.year + 1 if which in self.lex.next_words else self.ref.year
        if y is None or q is None:
            assert self.ref is not None
            cur = (self.ref.month - 1) * per_year // 12 + 1
            cy = self.ref.year
            if q is None:
                if y is not None:  # "the 1988 quarter": the same quarter as the latest one
                    q = cur - 1 if cur > 1 else per_year
                elif qmod in ("current", "this"):
                    q = cur
                elif qmod in ("next", "coming"):
                    q, cy = (cur + 1, cy) if cur < per_year else (1, cy + 1)
                else:  # "the quarter", "the latest quarter": the last one reported
                    q, cy = (cur - 1, cy) if cur > 1 else (per_year, cy - 1)
                y = y or cy
            elif y is None:  # quarters are reported after they end: "third-quarter profit" in October
                tense = self._tense(text, m.start(), m.end())
                # ... but a deadline at a quarter is the coming one unless the sentence is past: "до конца второго квартала"
                ahead = tense is None and bool(_DEADLINE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                y = cy if q <= cur or tense == "future" or ahead else cy - 1
            if qmod in _YEAR_EARLIER:
                y -= 1
        if not half and qmod not in _YEAR_EARLIER:  # "the year-ago quarter" is the comparison, not the one reported
            self.last_quarter = (y, q, self.base + m.start())
        return f"{y:04d}-{code}{q}", "quarter"

    def _in_a_match(self, text: str, s: int, e: int) -> bool:
        """Whether the sentence of a half at ``text[s:e]`` is a match report's (a word of the lexicon's
        ``match_words``: "goal", "scored", "kick-off") and names no year (a year in figures or a word for a year:
        "in the second half of the year, the club scored ...") -- a half there is the match's, not the year's."""
        if not self.lex.match_words:
            return False
        lo, hi = _sentence_bounds(text, s, e)
        sentence = text[lo:s] + " " + text[e:hi]
        sport = _cached(self.lex, "match-words", lambda: re.compile(rf"(?<!\w)(?:{self.lex.match_words})(?!\w)", re.I))
        years = [w for w, u in self.lex.units.items() if u == "year"]
        year = re.compile(rf"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)|(?<!\w)(?:{'|'.join(map(re.escape, years)) or '(?!)'})(?!\w)", re.I)
        return bool(sport.search(sentence)) and not year.search(sentence)  # type: ignore[union-attr]

    def cjk_quarter(self, m, text):
        """A quarter or a half in Chinese, Japanese or Korean ("1분기", "第三季度", "上半年", "下半期"), with its year
        before it or, without one, placed as :meth:`quarter` places a quarter: the latest one ended, unless the
        sentence looks ahead."""
        g = m.groupdict()
        if g.get("fy") or fiscal_before(text, m.start()):
            return None, "quarter"  # "2026年度第3四半期", "今年度上半期": of a fiscal year, whose first month is not given
        half = g.get("half")
        q = (1 if half[0] in "上상" else 2) if half else _CJK_ORDINAL[g["q"]]
        return place_period(self, g, "H" if half else "Q", q, m, text)

    def season(self, m, text):
        g = m.groupdict()
        code = self.lex.lookup("seasons", g["season"])
        mod = (g.get("mod") or g.get("mod2") or "").lower()
        year = g.get("year")
        if not (year or g.get("pre") or (mod and mod != "the")):
            return None, None  # "prices fall", "the fall in prices"
        if not year and re.match(r"\s(?:of|in|de|des|du)\s(?!\d)", text[m.end() : m.end() + 8]):
            return None, None  # "the fall of the Berlin Wall"
        if not year and not self.lex.seasons_capitalised and names_a_season(text, m.start("season"), m.end("season")):
            return None, None  # "the Prague Spring", "la Primavera Árabe": a name (:mod:`.month_names`)
        if year:
            return f"{year}-{code}", "season"
        if not self.ref:
            return None, "season"
        ref = self.ref
        idx = _SEASONS.index(code)
        if ref.month == 12:
            cur, cy = 3, ref.year
        elif ref.month <= 2:
            cur, cy = 3, ref.year - 1
        else:
            cur, cy = (ref.month - 3) // 3, ref.year
        if mod in self.lex.last_words or mod == "this past":
            y = cy if idx < cur else cy - 1
        elif mod in self.lex.next_words:
            y = cy if idx > cur else cy + 1
        elif mod in self.lex.this_words:
            y = ref.year
        else:
            tense = self._tense(text, m.start(), m.end())
            y = (cy if idx <= cur else cy - 1) if tense == "past" else (cy if idx >= cur else cy + 1) if tense == "future" else ref.year
        return f"{y:04d}-{code}", "season"

"""A reader poll that shows only its result: the question put to the reader, its answers with their shares, no
count of votes and no button ("Would you use the new ferry?" / "Yes 62%" / "No 38%").

:mod:`parallax.ingest.poll_lines` knows a poll by its label, its button or its count of votes; without them a
question over figures was left as a survey's result.  Three things together tell the widget from a survey:

* the question is put to the reader, in the second person ("Would you ...?", "Würden Sie ...?", "Prendriez-vous
  ...?"): a survey's result is told in the third person ("Who should lead the party?");
* each answer carries one share, and the shares make a whole (100, give or take the rounding of each): the
  answers of one question, each reader choosing one.  Answers that may each be chosen ("Ferry 62%", "Bus 48%")
  make more than a whole, and a list of figures of other kinds ("Merz 32%", "Wüst 25%") less;
* the line before it does not present a survey ("In a survey of 1,200 residents, the pollster asked:"): a
  report that quotes its survey's question and shares introduces them.

A question that names no reader ("Should the city ban cars?", "Soll die Stadt Autos verbannen?", "Faut-il
interdire les voitures ?", Spanish "¿Usarías el ferry?" whose "you" is in the verb) goes where every answer is
one of a poll's stock answers, yes, no, don't know (ext52): a survey quoted as lines gives its options' names
("Merz 52%"), and a widget offers the reader nothing else.  A question that names no reader over answers of
other names ("Which party will win?" / "Labour 41%" / "Conservatives 35%" / "Lib Dems 24%") goes only where it
closes the text (ext53): the widget is set under the article, while a report that quotes a survey's result goes on
to tell it, so inside the text such lines stay (and a closing survey's result whose lead-in or source is given,
as above, stays too).  In every case a source line after the shares
("Source: YouGov survey of 1,200 adults", "Quelle: Umfrage ...") says a survey's result is reported, and it stays.
"""

from __future__ import annotations

import re

_YOU = re.compile(
    r"\b(?:you|your|sie|ihr|ihre[mnrs]?|du|dein(?:e[mnrs]?)?|vous|votre|vos|tu|ton|ta|tes|usted(?:es)?|vosotros|voi|vostr[oa]"
    r"|você|vocês|jij|je|jouw|u|uw|ty|wy|pan|pani|państwo)\b",
    re.I,
)
_BULLET = re.compile(r"^[-•·*▪►][ \t\u00a0]+")
# a share closing an answer's line ("Yes 62%", "Ja 54 %", "62%", "62.5 %")
_SHARE = re.compile(r"(?:^|[ \t\u00a0:])(\d{1,3}(?:[.,]\d{1,2})?)[ \u00a0\u202f]?%$")
_DIGIT = re.compile(r"\d")
# the line before presents a survey: its word in the languages of the rules ("survey", "Umfrage", "sondage")
_SURVEY = re.compile(
    r"\b(?:survey\w*|poll(?:s|ed|ster\w*)?|respondents|umfrage\w*|befragt\w*|sondage\w*|encuesta\w*|sondaggi\w*|pesquisa\w*|"
    r"enquête\w*|peiling\w*|ankiet\w*|sondaż\w*)\b",
    re.I,
)
# the stock answers of a yes/no poll (en, de, fr, es, it, pt, nl, pl), after the share is taken off
_STOCK = re.compile(
    r"^(?:yes|no|don['’]?t know|not sure|undecided|maybe|ja|nein|wei(?:ß|ss) nicht|vielleicht|unentschieden|oui|non|ne sait pas|"
    r"je ne sais pas|sans opinion|peut-être|s[íi]|no s[ée]|no lo s[ée]|tal vez|non so|sim|não|não sei|nee|weet niet|misschien|tak|nie|nie wiem)$",
    re.I,
)
_SHARE_TAIL = re.compile(r"[ \t\u00a0:]*\d{1,3}(?:[.,]\d{1,2})?[ \u00a0\u202f]?%$")
# the line after the shares gives the survey's source: "Source: YouGov", "Quelle: Umfrage", "Fuente:"
_SOURCE = re.compile(r"^\W*(?:source|quelle|fuente|fonte|bron|źródło|sources)\s?:", re.I)
_MIN_ANSWERS, _WHOLE, _ROUNDING = 2, 100.0, 0.5


def _shares(answers: list[str]) -> list[float] | None:
    """The share of each answer, an answer being a line with its share or a line followed by a share alone;
    ``None`` where an answer has no share or a label holds another figure."""
    shares: list[float] = []
    label = False  # a label waiting for its share on the next line
    for raw in answers:
        line = _BULLET.sub("", raw.strip(), count=1)
        m = _SHARE.search(line)
        if m is None:
            if label or _DIGIT.search(line):
                return None
            label = True
            continue
        head = line[: m.start()].strip()
        if _DIGIT.search(head) or not (head or label):  # a share alone needs its label on the line before
            return None
        shares.append(float(m.group(1).replace(",", ".")))
        label = False
    return None if label else shares


def is_percent_poll(lines: list[str], i: int, j: int) -> bool:
    """Whether the question ``lines[i]`` over the answers ``lines[i + 1 : j]`` is a reader poll showing its result
    (see the module's docstring)."""
    if i > 0 and (_SURVEY.search(lines[i - 1]) or lines[i - 1].rstrip().endswith(":")):
        return False
    if j < len(lines) and (_SURVEY.search(lines[j]) or _SOURCE.match(lines[j])):
        return False  # the survey's source after its result
    if not _YOU.search(lines[i]) and not all(_stock(a) for a in lines[i + 1 : j]) and j < len(lines):
        return False  # (named answers under a question that names no reader: only closing the text)
    shares = _shares(lines[i + 1 : j])
    return shares is not None and len(shares) >= _MIN_ANSWERS and abs(sum(shares) - _WHOLE) <= _ROUNDING * len(shares)


def _stock(answer: str) -> bool:
    """Whether ``answer`` is a stock answer ("Yes 62%", "Weiß nicht 10 %") or a share alone on its line ("62%")."""
    label = _SHARE_TAIL.sub("", _BULLET.sub("", answer.strip(), count=1)).strip()
    return not label or bool(_STOCK.match(label))

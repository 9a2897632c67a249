"""A reader poll that survives extraction as lines: "Poll: Should the bridge be rebuilt?", "Yes", "No", "Vote".

:mod:`parallax.ingest.inline_widgets` drops a poll by its markup (a block its template names a poll, a form of
radio buttons); a template that names it otherwise leaves its question, its answers and its button in the text,
as lines of their own or run together on one.  :func:`without_polls` knows the run by its shape: the question
(with the word for poll before it, or, without it, only where a vote button closes the run), two to eight short
answers (without a button only answers with no figures: a list of results is reporting), and the button ("Vote", "Abstimmen", "Voter", "See results").  None of it is reporting.  A report that
tells a poll's result ("Poll: 54% back the plan, ...", "Poll: Should the city rebuild? A majority said yes.")
is one line of prose that does not end on its question, and stays.

A poll with no label and no button is known by its count of votes closing the answers ("1,234 votes", "Total
votes: 812", "812 Stimmen", "523 votes au total"): the widget tells how many readers voted, a report of a survey
gives its sample and its source in prose, and an election result gives each candidate's votes on the candidate's
own line (those lines have more words than the count alone, so they are answers and no count closes them).
"""

from __future__ import annotations

import re

from parallax.ingest.percent_polls import is_percent_poll

# the word for a poll, as a label before the question (en, de, fr, es, it, pl, nl; not Portuguese "enquete",
# which names a survey article too)
_LABEL = r"(?:(?:reader|quick|daily|our) )?(?:poll|umfrage|leserumfrage|sondage|encuesta|sondaggio|ankieta|sonda|peiling)"
_LABELLED = re.compile(rf"^\W*{_LABEL}\s?[:|–—-]\s?[^?\n]{{3,160}}\?", re.I)
_QUESTION = re.compile(r"^[^?\n]{3,160}\?$")
# the button under the answers: voting, or the results
_BUTTON = re.compile(
    r"^\W*(?:(?:vote|votez|voter|votar|vota|abstimmen|głosuj|stem|submit|senden)(?: now| jetzt| maintenant| ahora| ora)?"
    r"|(?:jetzt )?abstimmen|(?:see|view|show) results|results|ergebnis(?:se)?(?: anzeigen)?|résultats|resultados|risultati|wyniki|uitslag)\W*$",
    re.I,
)
_DIGIT = re.compile(r"\d")
# the widget's count of votes, alone on its line: "1,234 votes", "Total votes: 812", "812 Stimmen insgesamt"
_VOTES = r"(?:votes?|stimmen|voix|votos?|voti|głos(?:y|ów)?|stemmen)"
_COUNT = re.compile(
    rf"^\W*(?:(?:total )?{_VOTES}(?: total)?[ ]?:[ ]?\d[\d.,\u00a0 ]{{0,12}}"
    rf"|\d[\d.,\u00a0]{{0,12}}[ ]?(?:total |abgegebene )?{_VOTES}(?: (?:insgesamt|au total|en total|in totale|w sumie|in totaal|total))?)\W*$",
    re.I,
)
_MAX_ANSWER_WORDS, _MIN_ANSWERS, _MAX_ANSWERS = 6, 2, 8


def _is_answer(line: str) -> bool:
    """A poll's answer: a few words, not a sentence ("Yes", "No", "Not sure", "Yes, rebuild it 62%")."""
    return (
        len(line.split()) <= _MAX_ANSWER_WORDS
        and not line.rstrip().endswith((".", ":", "?"))
        and not _BUTTON.match(line)
        and not _COUNT.match(line)
    )


def _one_line(line: str) -> bool:
    """The poll run together on one line: label, question, answers, button."""
    m = _LABELLED.match(line)
    if not m:
        return False
    rest = line[m.end() :].split()
    return _MIN_ANSWERS + 1 <= len(rest) <= _MAX_ANSWER_WORDS * _MAX_ANSWERS and "." not in line[m.end() :] and bool(_BUTTON.match(rest[-1]))


def _run_end(lines: list[str], i: int) -> int | None:
    """The end (exclusive) of a poll whose question is ``lines[i]``, or ``None``."""
    labelled = bool(_LABELLED.match(lines[i])) and lines[i].rstrip().endswith("?")
    if not labelled and not _QUESTION.match(lines[i].strip()):
        return None
    j = i + 1
    while j < len(lines) and j - i - 1 < _MAX_ANSWERS and _is_answer(lines[j]):
        j += 1
    if j - i - 1 < _MIN_ANSWERS:
        return None
    if j < len(lines) and _COUNT.match(lines[j]):  # the count of votes, with or without a button after it
        return j + 2 if j + 1 < len(lines) and _BUTTON.match(lines[j + 1]) else j + 1
    if j < len(lines) and _BUTTON.match(lines[j]):
        return j + 2 if j + 1 < len(lines) and _COUNT.match(lines[j + 1]) else j + 1
    # no button (a <button> the extraction left out): only a labelled question over answers without figures; a
    # question over "Merz: 32 Prozent" reports the poll's result
    if labelled and not any(_DIGIT.search(ln) for ln in lines[i + 1 : j]):
        return j
    return j if is_percent_poll(lines, i, j) else None  # the reader's question over shares making a whole (:mod:`.percent_polls`)


def without_polls(lines: list[str]) -> list[str]:
    """``lines`` without reader polls left as text (see the module's docstring)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _one_line(lines[i]):
            i += 1
            continue
        end = _run_end(lines, i)
        if end is None:
            out.append(lines[i])
            i += 1
        else:
            i = end
    return out

"""A subscription wall's question opening a paragraph of reporting: "Already a subscriber? The question many readers
ask when the paywall appears is answered by the editor ...".

:mod:`parallax.ingest.boilerplate` judges a paragraph by the sentence its furniture words sit in: the wall's
question ("Already a subscriber?") is a short sentence, so a call by its shape, and the paragraph went whichever
sentences followed it.  The wall offers the login after its question ("Log in", "Click here to log in.", "Sign in
to continue reading."): a sentence shaped as a call again.  A paragraph whose next sentence is *not* call-shaped (no
imperative opening, the reader not addressed, more than a few words) speaks *about* the question, as a report of a
paywall or of a survey does, and only its later sentences are judged.  (The question in the other languages is
:mod:`parallax.ingest.reader_walls`' and keeps its reporting already: it takes the question alone or with its
login.)
"""

from __future__ import annotations

from collections.abc import Callable

from parallax.ingest.reader_walls import ALREADY

_MIN_REST_WORDS = 6  # a sentence of reporting after the question, not "Log in here"


def reported_question_end(paragraph: str, call_shaped: Callable[[str, bool], bool]) -> int:
    """Where the wall's opening question ends in ``paragraph`` when the sentence after it reports rather than
    calls (``call_shaped``: :func:`parallax.ingest.boilerplate._call_shaped`), else 0: the question's own words
    are then no furniture of the paragraph."""
    m = ALREADY.match(paragraph)
    if m is None:
        return 0
    rest = paragraph[m.end() :].strip()
    first = rest.split(". ", 1)[0]
    if len(first.split()) < _MIN_REST_WORDS or call_shaped(first, False):
        return 0
    return m.end()

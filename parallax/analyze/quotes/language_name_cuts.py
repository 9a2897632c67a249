"""Each language's cut of a person's name out of a speaker span the cue patterns found.

:func:`.lexical_cues._lexical_speaker_span` finds where a speaker stands around a cue, the same way in every
language; what of that span is the person's name is each language's own grammar: Turkish titles before the name
(:mod:`.turkish_titles`), a Greek genitive owner before it, an Estonian owner in the past, an Indonesian role run
into the name (:mod:`parallax.analyze.indonesian_names`), a Finnish name's case ending, a Nordic owner first
(:mod:`.nordic_names`), a Slavic body in the genitive before the name, a Russian or Ukrainian declined name
(:mod:`.east_slavic`).  These cuts are apart from the cue patterns because they are the rules of single
languages, not of where a speaker stands (lexical_cues.py had grown past 330 lines).
"""

from __future__ import annotations

import re

from parallax.analyze.english_bodies import LANGS as ENGLISH_BODY_LANGS
from parallax.analyze.english_bodies import english_body
from parallax.analyze.indonesian_names import LANGS as INDONESIAN
from parallax.analyze.indonesian_names import name_length as indonesian_name_length
from parallax.analyze.indonesian_names import name_start as indonesian_name_start
from parallax.analyze.quotes.east_slavic import EAST_SLAVIC, east_slavic_name
from parallax.analyze.quotes.name_after_role import (
    NORDIC_OWNER_FIRST,
    SLAVIC_OWNER_FIRST,
    WEST_SLAVIC_OWNER_FIRST,
    _after_genitive_owner,
    _tr_name,
    estonian_past_owner,
    finnish_name_end,
    slavic_name,
)
from parallax.analyze.quotes.nordic_names import nordic_name
from parallax.analyze.quotes.title_runs import LANGS as TITLE_RUN_LANGS
from parallax.analyze.quotes.title_runs import past_title
from parallax.letters import UPPER

Found = tuple[int, int, str, bool]


def cut_to_name(text: str, found: Found, sent: tuple[int, int], lang: str) -> Found:
    """``found`` (start, end, cue words, whether the span may run past the name) cut to the person's name by the
    rules of ``lang``; unchanged where the language has none or the span is empty."""
    if lang in ENGLISH_BODY_LANGS and found[0] < found[1] and (body := english_body(text, found[0], found[1])) != found[:2]:
        return (*body, *found[2:])  # "ayon sa Office of Civil Defense" (:mod:`.english_bodies`)
    if lang == "tr" and found[0] < found[1]:
        return (*_tr_name(text, found[0], found[1]), *found[2:])
    if lang == "el" and found[0] < found[1]:
        return (_after_genitive_owner(text, found[0], found[1]), *found[1:])
    if lang == "et" and found[0] < found[1] and (owned := estonian_past_owner(text, found[0], found[1])):
        return (*owned, *found[2:])
    if lang in INDONESIAN and found[0] < found[1]:
        return (*_indonesian_name(text, found[0], found[1]), *found[2:])
    if lang == "fi" and found[0] < found[1]:
        return (found[0], finnish_name_end(text, found[0], found[1]), *found[2:])
    if lang in NORDIC_OWNER_FIRST and found[0] < found[1]:
        return (nordic_name(text, found[0], found[1]), *found[1:])
    if lang in SLAVIC_OWNER_FIRST and found[0] < found[1]:
        return (*slavic_name(text, found[0], found[1], sent[1]), *found[2:])
    if lang in WEST_SLAVIC_OWNER_FIRST and found[0] < found[1]:
        return (*slavic_name(text, found[0], found[1], sent[1], later=False), *found[2:])
    if lang in EAST_SLAVIC and found[0] < found[1]:
        return (*east_slavic_name(text, found[0], found[1], sent[1]), *found[2:])
    if lang in TITLE_RUN_LANGS and found[0] < found[1]:  # "amesema Mkuu wa Mkoa Neema Kalinga"
        return (*past_title(text, found[0], found[1]), *found[2:])
    return found


def _indonesian_name(text: str, start: int, end: int) -> tuple[int, int]:
    """The person's name in an Indonesian speaker span, read in its whole run of capitalised words ("kata Kepala
    BPBD Garut Asep Mulyana": the span may open past the role and close before the name's end; the name is cut from
    the run by :mod:`parallax.analyze.indonesian_names`)."""
    # (a ministry's two portfolios joined by "dan" are one run: "Menteri Energi dan Sumber Daya Mineral Bahlil …")
    run = re.search(rf"(?:(?<![\w’'-])[{UPPER}][\w’'.-]*\s+(?:dan\s+(?=[{UPPER}]))?)*\Z", text[max(0, start - 120) : start])
    run_start = start - len(run.group()) if run else start
    run_end = end + re.match(rf"(?:\s(?:dan\s(?=[{UPPER}]))?[{UPPER}][\w’'-]*)*", text[end : end + 120]).end()
    cut = indonesian_name_start(text[run_start:run_end])
    start, end = (run_start + cut, run_end) if cut and run_start + cut >= start else (start, end)
    return start, start + indonesian_name_length(text[start:end])  # "Johanis di Gedung Merah Putih": Johanis

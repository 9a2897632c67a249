"""Reported speech whose cue follows it: "Tres pueblos fueron evacuados, dijo el alcalde Juan Pérez.", "Число
погибших выросло до двенадцати, сообщил губернатор области Сергей Волков.", "Τρία χωριά εκκενώθηκαν, δήλωσε ο
δήμαρχος Νίκος Παππάς.", "Drie dorpen zijn ontruimd, zei burgemeester Jan Smit."

News in these languages attributes a statement without quotation marks by an inverted cue after a comma at the
sentence's end, as it does a quotation ('«...», dijo el alcalde'); the clause before the comma is the quote.
The speaker after the cue is read as a quotation's is (:func:`.lexical_cues._lexical_speaker`, with the clause
in place of the quotation); it must be named there (a name, a description, a body: "сообщили в МЧС"), not left
out ("..., dijo.": the clause may be the narrator's), and the sentence must end soon after it (a place or a time:
"на брифинге", "tijdens een persconferentie").  English and French have a parser for this (:mod:`.reported`),
German its own reading of the subjunctive, Turkish its verb last (:mod:`.turkish`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES
from parallax.analyze.quotes.lexical_cues import _lexical_speaker
from parallax.analyze.quotes.marks import _Span, _words

# the languages that invert a cue after the clause it reports, read with the cue lexicon (Finnish and Estonian too:
# "Tie suljettiin, kertoi liikennepäällikkö Jari Laaksonen.", "Maantee suleti, ütles pressiesindaja Mari Saar."; Swahili
# "..., alisema Kamanda Juma Mrisho.", Tagalog "..., ayon kay Mayor Victorio Palangdan.", Indonesian and Malay "..., ujar
# Asep Mulyana.", Hausa "..., in ji Musa Bello.")
INVERTED_CUE_LANGUAGES = frozenset(
    "es it pt ca ro pl cs sk ru uk bg hr bs sr sl el nl af sv da no nb nn lt lv hu fi et sw tl id ms ha".split()
)
# languages whose press sets the cue after a dash with no comma: "A víz elérte a kilenc métert – mondta Kiss Anna."
_DASH_CUE_LANGUAGES = frozenset({"hu"})
_MIN_WORDS = 3  # of the clause: "Lo hizo, reconoció ..." is too short to be a statement
_MAX_TAIL_WORDS = 6  # after the speaker, to the sentence's end
# between the cue and the speaker: a time, a place, a role ("сообщил в четверг губернатор области"), never a
# clause of its own joined by "and"
_MAX_BETWEEN_WORDS = 4
# cues whose source goes before them, never an inverted cue after a comma: "..., mukaan lukien Ruotsi" (including)
_POSTPOSITIONS = "(?i:mukaan)"
_AND = frozenset("and en y e i и і й та και ve und et och og ja oraz но але αλλά pero ma mas maar".split())


@lru_cache(maxsize=32)
def _comma_cue(lang: str) -> re.Pattern:
    dash = r"|[ \u00a0][—–][ \u00a0]*" if lang in _DASH_CUE_LANGUAGES else ""
    return re.compile(rf"(?:,[ \u00a0]*(?:[—–-][ \u00a0]*)?{dash})(?!{_POSTPOSITIONS}(?!\w))(?=(?i:{LEXICAL_CUES[lang]})(?!\w))")


def said_after(text: str, sents: list[tuple[int, int]], spans: list[_Span], lang: str) -> Iterator[tuple[int, int, int, int, str]]:
    """(clause start, clause end, speaker start, speaker end, cue) of each sentence of a paragraph that reports
    a statement with its cue after it (paragraph offsets); a clause that is mostly quoted, or a quotation past the
    comma, is the quotations' to attribute."""
    if lang not in INVERTED_CUE_LANGUAGES or lang not in LEXICAL_CUES:
        return
    pattern = _comma_cue(lang)
    for lo, hi in sents:
        start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        m = pattern.search(text, start, hi)
        if m is None or _words(text[start : m.start()]) < _MIN_WORDS:
            continue
        inside = sum(max(0, min(m.start(), s.end) - max(start, s.start)) for s in spans)
        if inside > 0.5 * (m.start() - start) or any(start <= s.start < hi and s.end > m.start() for s in spans):
            continue  # a quotation's (a name in guillemets, «Азот-Север», is no quotation of the clause)
        found = _lexical_speaker(text, _Span(start, m.start(), True), (lo, hi), lang)
        if found is None or found[0] >= found[1] or found[0] < m.end():
            continue
        spk_start, spk_end, cue, _ = found
        between = re.findall(r"\w+", text[m.end() + len(cue) : spk_start])
        if len(between) > _MAX_BETWEEN_WORDS or _AND & {w.lower() for w in between}:
            continue  # a clause of the cue's own, not its subject ("zei zijn baan op en vertrok naar Spanje": quit)
        if len(re.findall(r"\w+", text[spk_end:hi])) > _MAX_TAIL_WORDS:
            continue
        yield start, m.start(), spk_start, spk_end, cue

"""How far a quotation opened by a dash inside a paragraph may run: to its cue in a later sentence.

Nordic, Finnish and Baltic news opens a quotation with a dash at the head of a paragraph ("– Vi har aldrig sett så
många träd. Det är helt extremt, säger presschefen."), and a text whose paragraph breaks were lost (a plain-text copy,
a feed's run-in body) keeps the dash after the previous sentence's full stop.  A dash there opens dialogue as it does
at a paragraph's head, so its quotation may go on over the next sentences to the comma and cue that close it; cut
to the dash's own sentence, it found no cue and the statement was read from its last sentence alone, which a report
quoting it whole then took for a paraphrase.  The run stops before a sentence that opens another quotation (a dash
or a mark) and after a few sentences, as a quotation at a paragraph's head does not run on past its paragraph.
"""

from __future__ import annotations

import re

_MAX_SENTENCES = 3  # the dash's sentence and two more
_OPENS = re.compile(r"\s*[—–«»„“”\"‹]")


def dash_run_limit(text: str, sentences: list[tuple[int, int]], k: int) -> int:
    """Where the search for the cue of a quotation opened by a dash at sentence ``k`` (not the paragraph's first) ends."""
    end = sentences[k][1]
    for s, e in sentences[k + 1 : k + _MAX_SENTENCES]:
        if _OPENS.match(text, s):
            break
        end = e
    return end

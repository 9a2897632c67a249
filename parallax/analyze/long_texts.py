"""One line before a long article is analysed, so a long wait is not silence.

Analysis cost grows with length (spaCy gets pieces of at most 10,000 characters, and since session 56 the steps
after it grow about as the length does: 5.3 s of CPU for an invented report of 100,000 characters, 10.7 s for
200,000, the analysis alone; a loaded 2-core machine takes four times that and more in wall time, 97 s for 100,000
characters was measured): an article near the 2,000,000-character limit takes many minutes.  The ``analyze`` command's progress bar counts articles and shows only from five on a terminal, ``run``'s
counts batches, so one such article ran for minutes without a word.  Over :data:`LONG_TEXT_CHARS` the analysis says
which article it is on and how long it is, on the ``parallax`` logger at warning level: the command line prints it
as ``parallax: warning: …``, Python's last-resort handler prints it in a script or a notebook, and a Dask worker's
log holds it.  Shorter articles say nothing (most news reports are under 20,000 characters).
"""

from __future__ import annotations

import logging

from parallax.records import Article

# 100,000 characters take about a minute or more on a loaded 2-core machine (measured on invented reports: 100,000
# characters 97 s, 200,000 about 200 s with every stage), where a wait with no word reads as a hang
LONG_TEXT_CHARS = 100_000

log = logging.getLogger("parallax.analyze")


def announce_long_text(article: Article) -> None:
    """Log one line naming ``article`` when its text is long enough for its analysis to take minutes."""
    n = len(article.text)
    if n > LONG_TEXT_CHARS:
        name = article.source or article.id
        log.warning(f"{name}: a long text ({n:,} characters), analysing it takes minutes (a minute and more per 100,000 characters)")

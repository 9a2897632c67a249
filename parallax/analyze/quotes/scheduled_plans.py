"""A visit or a journey someone "is expected to" make is a schedule, not a claim without a source.

:func:`.impersonal.evidential_passives` reads "X is expected to ..." as PolNeAR does, as a belief of people left
unnamed ("The party is expected to win", "Rates are expected to rise"), an ``indirect`` quote with no speaker.
But English papers and wires tell the diary of an official visit the same way ("The President is expected to
arrive in Lagos on Thursday", "Mitchell is expected to visit the site on Friday"), as others write "is due to" or
"is scheduled to": a plan announced, whose date the times stage reads, and no one's statement a comparison should set
beside quotes.  The verbs of such a plan (:data:`ITINERARY`: going, arriving, attending, meeting, opening) after
"expected" make it a schedule; any other verb ("win", "rise", "resign") stays a forecast.
"""

from __future__ import annotations

ITINERARY = frozenset(
    """visit arrive attend travel tour meet land depart leave return fly head chair host open inaugurate
    commission address appear lead join""".split()
)


def is_schedule(cue, what) -> bool:
    """Whether a passive "expected" (spaCy token ``cue``) with the infinitive ``what`` tells a visit's or a
    meeting's schedule ("is expected to visit", "is expected to arrive"), which no one is quoted saying."""
    return cue.lemma_.lower() == "expect" and what.dep_ == "xcomp" and what.lemma_.lower() in ITINERARY

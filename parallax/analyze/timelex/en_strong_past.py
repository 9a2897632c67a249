"""English strong verbs' simple past: a cue of the past tense like a regular "-ed".

The nearest-cue rule (:func:`parallax.analyze.times.cues.sentence_tense`) read an English past only from "-ed",
"was", "said" and a few more, so in "The club lost to the Hawks on Saturday and will host the Lions next week" the
"will" of the next clause was the only cue and the Saturday gone became the Saturday to come.  English grammars
list the simple past of the irregular (strong) verbs apart (Quirk et al., *A Comprehensive Grammar*, 3.64): those
whose past differs from the participle ("took", "fell", "rose") are a past tense wherever they stand; those shared
with the participle ("lost", "met", "held", "won") only where no "be", "have" or modal makes them a passive or a
perfect ahead ("will be held on Saturday"), the exclusions a regular "-ed" cue has; "beat", the present's form
too, only after no "to" or modal ("hope to beat the Hawks on Saturday").  Lower case only: "Met Office",
"Rose", "Drew" and "Won" opening a name are no verbs.

:data:`SURE_ONLY` and :data:`SURE_SHARED` are the forms :attr:`~parallax.analyze.timelex.lexicon.Lexicon.sure_past`
has read since before this module (moved here from :mod:`.en`); :data:`PAST_CUES` adds the commoner forms of news
copy to the nearest-cue rule.
"""

from __future__ import annotations

# forms of the simple past alone (the participle differs: "taken", "fallen", "risen")
SURE_ONLY = (
    "took|gave|began|fell|rose|came|went|saw|drew|drove|flew|grew|knew|spoke|stole|threw|wrote|broke|chose|froze|"
    "shook|became|ran|sank"
)
# forms shared with the participle
SURE_SHARED = "sold|bought|brought|caught|fought|lost|sent|spent|built|paid|won|fled|struck"

_MORE_ONLY = "forgot|swore|wore|tore|rode|sang|swam|woke|overcame|withdrew|undertook"
_MORE_SHARED = "met|held|led|left|kept|found|heard|felt|made|beat"

# no participle after "be", "have" or a modal, nor an adjective after a determiner ("the lost ground")
_NOT_AFTER = "".join(
    rf"(?<!\b{w} )"
    for w in (
        "be", "been", "being", "is", "are", "get", "gets", "got", "have", "has", "had", "to", "will", "would", "could", "can",
        "may", "might", "should", "must", "shall", "the", "a", "an", "its", "their", "his", "her",
    )
)  # fmt: skip

PAST_CUES = rf"(?-i:(?:{SURE_ONLY}|{_MORE_ONLY})|{_NOT_AFTER}(?:{SURE_SHARED}|{_MORE_SHARED}))"

"""A speaker's role after the cue, then when it was said: '„…” – mondta a polgármester péntek este.'

The patterns that take a description after the cue as the speaker ('«…», dijo el alcalde.', '– közölte a
rendőrség szóvivője.') want the clause to close after it, or a preposition of where or to whom to follow ("am",
"en", "на").  A language that marks time by a case ending or a bare noun writes the time phrase with no
preposition: Hungarian "péntek este" (Friday evening), "kedden" (on Tuesday), "tegnap" (yesterday); Lithuanian
"antradienį"; Turkish "dün".  Those read as no speaker at all.  Here the text after the quotation is cut where its
first time expression opens, as the times stage reads it (one lexicon per language, so no word list is kept
here), and the patterns read the description against that cut, which closes the clause.
"""

from __future__ import annotations

# how far after the quotation the time phrase is looked for: the cue, a role and its body come first
_REACH = 120


def before_time(after: str, language: str | None) -> str | None:
    """``after`` (the text after a quotation) up to the first time expression that follows a space, the spaces
    before it cut; None where there is none (see the module)."""
    from parallax.analyze.times import resolve_text  # (the times stage imports nothing of the quotes)

    for s, _, _, _ in resolve_text(after[:_REACH], language, None):
        if s > 0 and after[s - 1].isspace() and after[s : s + 1].isalpha():
            return after[:s].rstrip()
    return None

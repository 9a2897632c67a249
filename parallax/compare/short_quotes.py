"""A three-word quotation with one word changed, given to one person by both outlets: "„Usłyszeliśmy potężny
huk” – powiedziała Ewa Kaczmarek" / "„Usłyszeliśmy ogromny huk” – powiedziała Ewa Kaczmarek".

:func:`parallax.compare.quote_fidelity.relation` calls two quotations one altered quotation only from four
words up, three of them shared: fewer shared words are too weak a likeness on the text alone.  A language
without articles (Polish, Czech, Russian, Finnish) says in three words what English says in five ("We heard a
huge bang"), so a short quotation changed by one word never met its counterpart there.  Here the text is
backed by the speaker: both quotations direct, each of three words, the same word in two of the three places,
and one person both articles name (:func:`parallax.compare.misattribution.one_speaker`).
"""

from __future__ import annotations

from parallax.compare.misattribution import one_speaker
from parallax.compare.quote_fidelity import quote_tokens
from parallax.records import Article, Quote

_WORDS = 3


def short_altered(art_a: Article, qa: Quote, art_b: Article, qb: Quote) -> bool:
    """Whether two direct three-word quotations differ in one word and both articles name one speaker."""
    if qa.kind != "direct" or qb.kind != "direct":
        return False
    ta, tb = quote_tokens(qa.text), quote_tokens(qb.text)
    if len(ta) != _WORDS or len(tb) != _WORDS or sum(x == y for x, y in zip(ta, tb, strict=True)) != _WORDS - 1:
        return False
    return one_speaker(art_a, qa, art_b, qb)

"""A lead told in two sentences against another report's lead told in one, read as one unit; and past the lead, a
paragraph of two sentences against a paragraph of one that one of its halves already aligned with (:func:`_candidates`).

Agencies write the same opening differently: dpa and PAP split it ("Die Außenminister der EU-Staaten haben sich am
Dienstag in Brüssel getroffen. Sie einigten sich auf ein neues Sanktionspaket."), Reuters and AP pack it into one
("EU foreign ministers agreed on new sanctions at a meeting in Brussels on Wednesday.").  Each half says only part of
the one sentence, so neither scores high enough to align with it, and the day the halves give is never compared
with the other's.  The first paragraph is the lead in news writing, so the two sentences of a two-sentence lead are
read together (their meaning embedded as one text, their words, names and anchors pooled) against the other report's
one-sentence lead, and where the pair passes the alignment's own test, both halves join that sentence's fact: the
threshold within a language; across languages the meaning floor and margin of a translation
(:func:`.align.translation_links`; meaning raised by shared dates and figures, :func:`.align.corroborated_meaning`,
as for sentences the alignment left unlinked: a Japanese or Chinese lead scores low on meaning alone), over every other pairing of the two leads' sentences with the rest of the other
report; and the joined lead must score above either half alone, so a second sentence that tells another thing ("Am
Donnerstag beraten die Verteidigungsminister ...") does not join, nor bring its day to compare.  A lead aligned
elsewhere (a half with another sentence of the other report, or the one-sentence lead with another sentence of this
one) is left as the alignment placed it; where one half aligned with the one-sentence lead, the other joins it on
the same test ("Sie einigten sich auf ein neues Sanktionspaket" met "haben ... ein neues Sanktionspaket
beschlossen" by its words, and the day stood in the half left out).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from parallax.compare.lead_days import disagreeing_leads
from parallax.records import Article

if TYPE_CHECKING:
    from parallax.compare.sentence_features import SentenceInfo

Link = tuple[tuple[int, int], tuple[int, int]]


def lead(art: Article) -> list[int]:
    """The indices of the article's first paragraph's sentences (its lead)."""
    if not art.sentences:
        return []
    first = art.sentences[0].paragraph
    return [i for i, s in enumerate(art.sentences) if s.paragraph == first]


def _pooled(two: list[SentenceInfo]) -> SentenceInfo:
    """One sentence's features from the two halves of a lead: their text joined, their sets pooled."""
    from parallax.compare.sentence_features import SentenceInfo

    a, b = two
    return SentenceInfo(
        a.article,
        a.index,
        f"{a.compared} {b.compared}",
        a.words | b.words,
        a.entities | b.entities,
        a.anchors | b.anchors,
        a.counted | b.counted,
        a.measures | b.measures,
        purposes=a.purposes | b.purposes,
        keys=a.keys | b.keys if a.keys and b.keys else set(),
    )


def lead_links(
    articles: list[Article],
    infos: list[list[SentenceInfo]],
    vectors: list[np.ndarray],
    scores: dict[tuple[int, int], np.ndarray],
    linked: set[frozenset],
    embedder,
    threshold: float,
) -> list[Link]:
    """Links from each half of a two-sentence lead to another report's one-sentence lead (see the module).
    ``linked`` holds the pairs of sentences already joined (by score or a must-link), as frozensets."""
    out: list[Link] = []
    for (a, b), matrix in scores.items():
        for x, y, m in ((a, b, matrix), (b, a, matrix.T)):
            for two, one in _candidates(articles[x], articles[y], x, y, linked):
                out += _joined_links(articles, infos, vectors, linked, embedder, threshold, x, y, m, two, one[0])
    return out + disagreeing_leads(articles, infos, scores, threshold)  # two leads that give one event other days


def _paragraphs(art: Article) -> list[list[int]]:
    """The indices of the article's sentences, paragraph by paragraph."""
    out: dict[int, list[int]] = {}
    for i, s in enumerate(art.sentences):
        out.setdefault(s.paragraph, []).append(i)
    return list(out.values())


def _candidates(art_x: Article, art_y: Article, x: int, y: int, linked: set[frozenset]) -> list[tuple[list[int], list[int]]]:
    """The two leads, then each later paragraph of two sentences of ``art_x`` against a paragraph of one sentence of
    ``art_y`` that one of its halves already aligned with: a figure told in one sentence by one outlet and in two
    by another ("Police put the turnout at 45,000, while the union said 200,000 took part" / "Selon la police,
    45 000 personnes ont défilé. Le syndicat a revendiqué 200 000 participants.").  Past the lead only where a
    half already met that sentence, so that the test reads as a join, never as a new alignment."""
    out = [(lead(art_x), lead(art_y))] if len(lead(art_y)) == 1 else []
    singles = [p[0] for p in _paragraphs(art_y)[1:] if len(p) == 1]
    for two in _paragraphs(art_x)[1:]:
        if len(two) != 2:
            continue
        out += [(two, [o]) for o in singles if any(frozenset(((x, h), (y, o))) in linked for h in two)]
    return out


def _joined_links(
    articles: list[Article],
    infos: list[list[SentenceInfo]],
    vectors: list[np.ndarray],
    linked: set[frozenset],
    embedder,
    threshold: float,
    x: int,
    y: int,
    m: np.ndarray,
    two: list[int],
    o: int,
) -> list[Link]:
    """Both halves of ``two`` (article ``x``) joined to sentence ``o`` of article ``y`` where the pair, read as one
    sentence, passes the alignment's test (see the module), else nothing."""
    from parallax.compare.align import XL_MARGIN, XL_MEANING, combine, corroborated_meaning, pair_features

    out: list[Link] = []
    if len(two) != 2 or len(infos[x]) < 2:
        return out
    mine = [n for n in range(len(infos[y])) if frozenset(((x, two[0]), (y, n))) in linked or frozenset(((x, two[1]), (y, n))) in linked]
    theirs = [n for n in range(len(infos[x])) if frozenset(((x, n), (y, o))) in linked]
    if any(n != o for n in mine) or any(n not in two for n in theirs) or len(theirs) == 2:
        return out  # aligned elsewhere, or already one fact
    joined = _pooled([infos[x][two[0]], infos[x][two[1]]])
    v = embedder.embed([joined.compared])
    # the joined lead against each sentence of the other report, and each sentence of this one against its lead
    fj = pair_features([joined], infos[y], v, vectors[y], embedder.floor)[0]
    fo = pair_features(infos[x], [infos[y][o]], vectors[x], vectors[y][o : o + 1], embedder.floor)[:, 0]
    if not articles[x].in_another_language(articles[y]):
        score = float(combine(fj)[o])
        if score >= threshold and score > max(m[two[0], o], m[two[1], o]):
            out += [((x, two[0]), (y, o)), ((x, two[1]), (y, o))]
        return out
    # across languages the meaning, raised by shared anchors, as for sentences the alignment left unlinked
    cj, co = corroborated_meaning(fj[None])[0], corroborated_meaning(fo[:, None])[:, 0]
    others = [float(c) for n, c in enumerate(cj) if n != o] + [float(c) for n, c in enumerate(co) if n not in two]
    meaning = float(cj[o])
    if meaning >= XL_MEANING and meaning - max(others, default=0.0) >= XL_MARGIN and meaning > max(co[two[0]], co[two[1]]):
        out += [((x, two[0]), (y, o)), ((x, two[1]), (y, o))]
    return out

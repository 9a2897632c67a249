"""Quotations that translate each other across articles in different languages.

A translation is found by meaning (each the other's best match by a margin), not by words, and may
split or join quotations; the grouping (:mod:`.quotes`) joins these pairs after its word-by-word
likenesses.
"""

from __future__ import annotations

from functools import partial

import numpy as np

from parallax.compare.misattribution import one_speaker
from parallax.compare.quote_fidelity import quote_words
from parallax.embed import get_embedder, rescale
from parallax.records import Article


def translations(
    articles: list[Article], items: list, vectors: tuple, embedder: str = "e5"
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Pairs of quotations (runs of indices into ``items``, one or two long) from articles in different languages that
    translate each other: by meaning, each the other's best match by a margin (the rule that
    links translated sentences, :func:`parallax.compare.align.translation_links`), closest first.  A translation
    may split or join quotations ("Nous ne paierons aucune rançon. Céder, ce serait ..." against
    "We will not pay any ransom" + "Giving in would mean ..."), so two quotations of one speaker
    in a row also compete as one."""
    from parallax.compare.align import translation_links as links_over

    by_article: dict[int, list[tuple[int, ...]]] = {}
    for i, (ai, _, q) in enumerate(items):
        if q.kind != "indirect" and quote_words(q.text) >= _SHORTEST:
            by_article.setdefault(ai, []).append((i,))
    runs = {ai: _runs(articles[ai], items, [c[0] for c in cands]) for ai, cands in by_article.items()}
    run_texts = [" ".join(items[i][2].text for i in run) for ai in runs for run in runs[ai]]
    run_vectors = iter(get_embedder(embedder).embed(run_texts)) if run_texts else iter(())
    vec: dict[tuple[int, ...], np.ndarray] = {c: vectors[0][c[0]] for cands in by_article.values() for c in cands}
    for ai in runs:
        for run in runs[ai]:
            vec[run] = next(run_vectors)
            by_article[ai].append(run)
    out = []
    for a in by_article:
        for b in by_article:
            if a >= b or not articles[a].in_another_language(articles[b]):
                continue
            floor = _pair_floor(articles[a], articles[b], vectors[1], embedder)
            translation_links = partial(links_over, floor=floor)
            xs, ys = by_article[a], by_article[b]
            sims = rescale(np.stack([vec[x] for x in xs]) @ np.stack([vec[y] for y in ys]).T, vectors[1])
            bonus = _one_speaker_bonus(articles, items, xs, ys)
            sims = sims + bonus
            # the quotations of four words or more compete first, as they always did; a short one ("Safety comes
            # first" / "Sicherheit geht vor") is a translation only of one person's, and competes afterwards among
            # what is left, so it cannot take the margin from a longer pair
            long_x = [i for i, x in enumerate(xs) if all(quote_words(items[k][2].text) >= 4 for k in x)]
            long_y = [j for j, y in enumerate(ys) if all(quote_words(items[k][2].text) >= 4 for k in y)]
            linked = _links(sims, long_x, long_y, translation_links, xs, ys)
            rest_x = [i for i in range(len(xs)) if i not in {x for x, _ in linked}]
            rest_y = [j for j in range(len(ys)) if j not in {y for _, y in linked}]
            # short on both sides: a language that joins its words ("سنجد المسؤولين وسيعاقبون", three words) says in
            # a short quotation what another says in nine, and that is no formula two people share
            short = np.array([[_words(items, x) < 4 and _words(items, y) < 4 for y in ys] for x in xs])
            # two long quotations of two people that lost the first round do not meet again among what is left: there
            # the last two of each side face no rival, and any two statements over the floor would pass ("5 милиона
            # лева за пострадалите" / "Οι μετασεισμοί θα συνεχιστούν", two speakers' closing words, grouped as one
            # altered and misattributed quotation); one person's two may, as a run and its parts share the margin
            lost = np.array([[i in long_x and j in long_y for j in range(len(ys))] for i in range(len(xs))], dtype=bool)
            barred = (short | lost) & (bonus == 0)
            linked += _links(np.where(barred, -1.0, sims), rest_x, rest_y, translation_links, xs, ys)
            out += [(float(sims[x, y]), xs[x], ys[y]) for x, y in linked]
    return [(x, y) for _, x, y in sorted(out, key=lambda t: -t[0])]  # the closest translations first


def _links(
    sims: np.ndarray, rows: list[int], cols: list[int], translation_links, xs: list[tuple[int, ...]], ys: list[tuple[int, ...]]
) -> list[tuple[int, int]]:
    """The translation links among ``rows`` x ``cols`` of ``sims``, as indices of the whole matrix.  A run of two
    quotations and each quotation in it are one text cut two ways, not rivals: "“Every euro we deny the Kremlin ...”
    + “We will keep raising the cost ...”" took the margin from its own first quotation, so a translation of that
    first one alone was never linked.  So where a run and a part of it are the closest two, the margin is reckoned
    against the best candidate that shares no quotation with the match (both ways)."""
    if not rows or not cols:
        return []
    sub = np.asarray(sims[np.ix_(rows, cols)])
    out = [(x, y) for x, y in translation_links(sub)]
    linked_x, linked_y = {x for x, _ in out}, {y for _, y in out}
    for x in range(len(rows)):
        if x in linked_x:
            continue
        y = int(sub[x].argmax())
        if y in linked_y or int(sub[:, y].argmax()) != x:
            continue
        rivals_y = [k for k in range(len(cols)) if k != y and not set(ys[cols[k]]) & set(ys[cols[y]])]
        rivals_x = [k for k in range(len(rows)) if k != x and not set(xs[rows[k]]) & set(xs[rows[x]])]
        overlapped = len(rivals_y) < len(cols) - 1 or len(rivals_x) < len(rows) - 1
        if overlapped and _ahead_by_margin(sub, x, y, rivals_x, rivals_y, translation_links.keywords.get("floor")):
            out.append((x, y))
            linked_x.add(x)
            linked_y.add(y)
    return [(rows[x], cols[y]) for x, y in out]


def _ahead_by_margin(sub: np.ndarray, x: int, y: int, rivals_x: list[int], rivals_y: list[int], floor: float | None = None) -> bool:
    """Whether ``sub[x, y]`` clears the cross-lingual floor and leads every rival (the rows and columns that share no
    quotation with it) by the margin, the test :func:`parallax.compare.align.translation_links` makes."""
    from parallax.compare.align import XL_MARGIN, XL_MEANING

    runner_up = max([0.0, *(float(sub[x, k]) for k in rivals_y), *(float(sub[k, y]) for k in rivals_x)])
    return float(sub[x, y]) >= (XL_MEANING if floor is None else floor) and float(sub[x, y]) - runner_up >= XL_MARGIN


def _pair_floor(left: Article, right: Article, cosine_floor: float, embedder: str) -> float:
    """The translation floor of two articles' quotations: their sentences' own background
    (:func:`parallax.compare.xl_background.pair_floor`; a joint statement quoted in Chinese and in English scored 0.38,
    under the fixed floor, in a pair whose unrelated sentences score 0.0-0.2).  The sentences' vectors are the
    alignment's own (the embedder keeps them), so this costs no extra embedding."""
    from parallax.compare.xl_background import pair_floor

    if not left.sentences or not right.sentences:
        return pair_floor(np.zeros((0, 0)))
    emb = get_embedder(embedder)
    vl, vr = emb.embed([s.text for s in left.sentences]), emb.embed([s.text for s in right.sentences])
    return pair_floor(np.asarray(rescale(vl @ vr.T, cosine_floor)))


_SHORTEST = 3  # words of the shortest quotation that is compared with translations; under four, only one person's


def _words(items: list, run: tuple[int, ...]) -> int:
    return sum(quote_words(items[i][2].text) for i in run)


_SAME_SPEAKER_BONUS = 0.15  # what one named speaker on both sides adds to two quotations' meaning


def _one_speaker_bonus(articles: list[Article], items: list, xs: list[tuple[int, ...]], ys: list[tuple[int, ...]]) -> np.ndarray:
    """A bonus for each pair of quotations (runs of ``items``) that both articles give to one person they name
    (:func:`parallax.compare.misattribution.one_speaker`: "山田健一" / "Kenichi Yamada" by reading).  e5 puts a Japanese quotation and its
    English translation far apart (0.33 on our pair, below the 0.40 floor), so a translation between
    distant languages was never linked; the speaker both name is evidence of its own.  The bonus goes to
    every pair of that speaker alike, so among one person's quotations the meaning still chooses, by the
    margin."""
    bonus = np.zeros((len(xs), len(ys)))
    for i, x in enumerate(xs):
        ax, _, qx = items[x[0]]
        for j, y in enumerate(ys):
            ay, _, qy = items[y[0]]
            if one_speaker(articles[ax], qx, articles[ay], qy):
                bonus[i, j] = _SAME_SPEAKER_BONUS
    return bonus


def _runs(article: Article, items: list, idxs: list[int]) -> list[tuple[int, int]]:
    """Consecutive quotations (indices into ``items``) of one speaker in one paragraph, in pairs."""
    out = []
    for x, y in zip(idxs, idxs[1:], strict=False):
        qx, qy = items[x][2], items[y][2]
        if not qx.speaker or qx.speaker != qy.speaker or qy.sentence - qx.sentence > 1:
            continue
        if article.sentences and article.sentences[qx.sentence].paragraph != article.sentences[qy.sentence].paragraph:
            continue
        out.append((x, y))
    return out

"""Story grouping's errors on a gold split, each with the signals of its decision and the class of signal that could
have told it apart: ``python -m benchmarks.story_errors`` (ECB+ dev, 5 stream orders; ``--split`` for another,
``--corpus newswcl50``).  Tune on dev only: the thresholds were chosen there, and the test split is read once.

An error is one of

* a **wrong join**: an article joined a story none of whose members is of its gold event;
* a **missed join**: an article did not join a shortlisted story all of whose members are of its gold event (it
  started its own story, or joined one of another event);
* a **wrong merge**: two stories of no gold event in common were merged (a story merge or a rejoin).

Each error's class says which signal read the pair right, or that none did (see :func:`error_class`).  The clusterer
is the shipped one (:class:`parallax.stories.cluster.Clusterer`), observed, never changed: each article's shortlist is
scored again with the same signals and model the clusterer uses.
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from parallax.records import Article
from parallax.stories import prepare, settings_from
from parallax.stories.cluster import Clusterer, _probability, order_key
from parallax.stories.evaluation import b_cubed
from parallax.stories.features import Signals, published_ts

SHOWN = 0.05  # a missed join is listed when the model gave it at least this probability (lower: no signal was near)


@dataclass
class Error:
    kind: str  # "wrong join", "missed join", "wrong merge"
    article: str  # the article (or, for a merge, the first article of one story)
    gold: str
    story: list[str]  # the other side's articles
    story_gold: dict[str, int]  # gold events of the other side, with counts
    p: float | None = None  # the join model's probability (joins only)
    values: dict[str, float] = field(default_factory=dict)  # the signals of the decision
    cls: str = ""

    def line(self) -> str:
        p = "" if self.p is None else f" p={self.p:.3f}"
        values = " ".join(f"{k}={v:.2f}" for k, v in self.values.items())
        return f"{self.kind:<11} [{self.cls}]{p} {self.article} ({self.gold}) ~ {len(self.story)} {self.story[:3]} {self.story_gold} | {values}"


def error_class(kind: str, values: Mapping[str, float], story_size: int) -> str:
    """The signal that read the pair right, or what it lacked.

    A wrong join: ``actor`` when the actor conflict fired (each side leads with a person the other never names: the
    actor signal was right, the other signals outweighed it), ``time`` when the dates disagree, ``figures`` when no
    figure was shared and ``day`` when the weekdays conflict; else ``none`` (no signal told them apart: the same kind
    of event, same names, words, figures).  A lone first report (a one-article story) is marked ``/lone``: it has no
    story yet to be compared with, only one report.  A missed join: ``no shared names`` when no name was shared,
    ``far lead`` when the leads' embeddings are far apart (rescaled cosine under 0.5), else ``weak``: every signal
    present but too weak together."""
    if kind == "missed join":
        if not values.get("names"):
            return "no shared names"
        return "far lead" if values.get("cos_max", 0.0) < 0.5 else "weak"
    found = [
        name
        for name, hit in (
            ("actor", values.get("actors") == 1.0),
            ("time", values.get("times", 0.0) < 0.0),
            ("figures", "numbers" in values and values["numbers"] == 0.0),
            ("day", values.get("days") == 1.0),
        )
        if hit
    ]
    return "+".join(found or ["none"]) + ("/lone" if story_size == 1 else "")


class _Observed(Clusterer):
    """The clusterer, recording each article's scored shortlist and each merge."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.scored: list[tuple[Signals, list[tuple[float, list[str], dict[str, float]]], str | None]] = []
        self.merges: list[tuple[list[str], list[str]]] = []

    def _best_story(self, sig: Signals):
        shortlist = []
        for sid, cos in self.open.shortlist(sig.vector, self.settings.candidates):
            story = self.state.stories[sid]
            values = self._against_rival(story, sig, cos, story.signals(sig, cos))
            shortlist.append((_probability(self.settings.model, values), list(story.articles), values))
        chosen = super()._best_story(sig)
        self.scored.append((sig, shortlist, None if chosen is None else chosen.articles[0]))
        return chosen

    def _merge(self, story, other):
        self.merges.append((list(story.articles), list(other.articles)))
        return super()._merge(story, other)


def find_errors(
    articles: list[Article], gold: Mapping[str, str], vectors: Mapping[str, np.ndarray]
) -> tuple[list[Error], dict[str, float]]:
    """Cluster ``articles`` (with their lead ``vectors``) as :func:`parallax.stories.cluster_articles` does, and
    list the errors against ``gold`` (article id -> event), with the B-cubed score."""
    clusterer = _Observed(settings_from())
    for a in sorted(articles, key=lambda a: order_key(published_ts(a.published), a.id)):
        clusterer.process(*prepare(a, vectors[a.id]))
    state = clusterer.finish()
    predicted = {a: s.id for s in state.stories.values() for a in s.articles}
    errors: list[Error] = []
    for sig, shortlist, chosen in clusterer.scored:
        mine = gold[sig.id]
        chosen_gold = next((members for _, members, _ in shortlist if members[0] == chosen), [])
        for p, members, values in shortlist:
            counts = dict(collections.Counter(gold[m] for m in members))
            if members[0] == chosen and mine not in counts:
                kind = "wrong join"
            elif members[0] != chosen and counts == {mine: len(members)} and p >= SHOWN and mine not in {gold[m] for m in chosen_gold}:
                kind = "missed join"
            else:
                continue
            errors.append(Error(kind, sig.id, mine, members, counts, p, values, error_class(kind, values, len(members))))
    for a, b in clusterer.merges:
        ga, gb = collections.Counter(gold[x] for x in a), collections.Counter(gold[x] for x in b)
        if not set(ga) & set(gb):
            errors.append(Error("wrong merge", a[0], ga.most_common(1)[0][0], b, dict(gb), cls="merge"))
    return errors, b_cubed(predicted, gold)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=("ecbplus", "newswcl50"), default="ecbplus")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--orders", type=int, default=5, help="stream orders (seeds) to run")
    ap.add_argument("--quiet", action="store_true", help="the class counts only")
    args = ap.parse_args()
    from benchmarks.common import missing_data_message, shared_benchmarks
    from parallax.stories.evaluation import cached_vectors, load_ecbplus, load_newswcl50

    folder = "clustering-ecbplus" if args.corpus == "ecbplus" else "bias-newswcl50"
    if shared_benchmarks(folder) is None:
        print(missing_data_message(folder), file=sys.stderr)
        return 0
    loader = load_ecbplus if args.corpus == "ecbplus" else load_newswcl50
    classes: collections.Counter[tuple[str, str]] = collections.Counter()
    f1s = []
    for seed in range(args.orders):
        articles, gold = loader(args.split, seed)
        errors, score = find_errors(articles, gold, cached_vectors(articles))
        f1s.append(score["f1"])
        print(f"== {args.corpus}/{args.split} order {seed}: P {score['precision']} R {score['recall']} F1 {score['f1']}")
        for e in errors:
            classes[(e.kind, e.cls)] += 1
            if not args.quiet:
                print("  " + e.line())
    print(f"F1 mean over {args.orders} orders: {statistics.mean(f1s):.4f}")
    print("errors by class (all orders):")
    for (kind, cls), n in sorted(classes.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4d}  {kind:<11}  {cls}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

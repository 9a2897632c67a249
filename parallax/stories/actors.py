"""Who a report is about: its leading actors, and the signal that two reports lead with different ones.

Two reports of one kind of event (two players arrested for drunk driving, two warships foiling pirates) share
most of their names: the team, the city, the sea, the police force.  What differs is the person, ship or firm at
the centre, and news writing names it in full at least once ("Vincent Jackson", "INS Sukanya", "Jamal
Williams") before it goes on by the surname alone.  So an article's *actors* are its name tokens that were
written as the last word of a name of two words or more, ranked by how often the article names them; shared
places ("San Diego") rank among them too, which is why the signal asks that *both* sides lead with one the
other never names.  The last word, not every later one: a post written before a name is capitalised with it
("Houston Police Chief Noe Diaz", "Texas Governor Greg Abbott"), and two reports of two shootings on one day,
each quoting its own city's police chief, led with "police", "chief" and "noe" and "daniel": posts both share
and a first name, never the surnames, so the conflict never fired (stories44).
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

MAX_ACTORS = 3  # actor tokens kept per article, most named first
LEADING = 2  # the actors of each side whose absence from the other counts
NAME_MATCH = 80  # rapidfuzz ratio for two spellings of a name to count as one (as the name signal's)
ACTOR_LABELS = {"PERSON", "PER", "ORG", "FAC", "PRODUCT"}  # entity kinds that sit at the centre of an event


def actor_tokens(occurrences: Iterable[tuple[str, int]], places: Iterable[str] = ()) -> tuple[str, ...]:
    """The article's actors, most named first: the last tokens of its multi-word names, but for the ``places`` its
    lead names as the event's ("Zurbriggens Ridge" is where, :mod:`.event_places`).

    ``occurrences`` are the article's name tokens as ``(token, place in its name)`` pairs (0 for a name's first
    word; a name ends where the next token's place is not one more), folded as the
    name signal folds them (:func:`parallax.stories.features.name_occurrences`): an analysed article's come
    from its entities, a raw one's from capitalised words."""
    counts: dict[str, int] = {}
    tails: set[str] = set()
    last: tuple[str, int] | None = None  # the token before, with its place in its name
    for token, place in occurrences:
        counts[token] = counts.get(token, 0) + 1
        if last is not None and last[1] > 0 and place != last[1] + 1:
            tails.add(last[0])  # the name before ended on it
        last = (token, int(place))
    if last is not None and last[1] > 0:
        tails.add(last[0])
    ranked = sorted((t for t in counts if t in tails.difference(places)), key=lambda t: -counts[t])  # stable: text order on ties
    return tuple(ranked[:MAX_ACTORS])


def _named(name: str, pool) -> bool:
    """Whether ``name`` is among ``pool``, exactly or as another spelling of it."""
    if name in pool:
        return True
    return len(name) >= 4 and process.extractOne(name, list(pool), scorer=fuzz.ratio, score_cutoff=NAME_MATCH) is not None


def actor_conflict(actors: tuple[str, ...], names: tuple[str, ...], story_actors: dict[str, int], story_names: dict[str, int]) -> float:
    """1.0 when the article leads with an actor the story never names *and* the story leads with an actor
    the article never names (two reports of the same kind of event about different people); else 0.0.
    Either side without actors gives 0.0: no evidence either way.  Only within one language, where a
    name is spelt alike."""
    leading = [a for a, _ in sorted(story_actors.items(), key=lambda kv: -kv[1])[:LEADING]]
    if not actors or not leading:
        return 0.0
    theirs = any(not _named(a, story_names) for a in actors[:LEADING])
    mine = any(not _named(a, names) for a in leading)
    return float(theirs and mine)

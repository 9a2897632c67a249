"""Denied harm: a report's plain statement that nobody was hurt (or killed) is a count of nought against another
report's count of the injured (the dead).

"No one was injured" / "Three people were injured" disagree as plainly as "two injured" / "three injured" do, but the
first states no figure, so the number comparison had nothing to set against the three, and :mod:`.unharmed` joins a
statement that nobody was hurt only with another such statement.  A statement that nobody at all was hurt is the
figure nought for the injured (nobody killed: for the dead), and the other report's count of that role, above nought,
conflicts with it.

Only a statement about everyone counts nought, so a denial that a word limits stays no figure:

* the negated form ("No one was injured", "nadie resultó herido", "никто не пострадал") counts only where the words
  between "no one" and the harm word are auxiliaries of the clause (:data:`_AUXILIARIES`: "was", "has been",
  "reportedly" ...); anything else limits it to some of the people ("No one else", "None of the passengers", "No
  one on the ground", "No one was seriously injured");
* of the set phrases (:mod:`.unharmed`) only those that deny the harm of the event ("There were no injuries", "keine
  Verletzten", "aucun blessé", "No hubo heridos"): a grade or "other" ("no serious injuries", "keine
  Schwerverletzten", "no other injuries") limits them, an adjective ("The driver was unhurt", "ilesos", "bez
  obrażeń") says it of its subject only, and a group after them ("no injuries among the crew") limits them too;
* a report that counts that role itself (outside another occasion) does not deny it: its "no one" speaks of another
  group or moment ("One firefighter was treated for smoke inhalation. No one was injured in the building").

The other report's count is its count of that role (:func:`.roles.role`: "injured", "dead") above nought, of the event
(not in a sentence of another occasion, :func:`.duration_links.another_occasion`).  Each article's only such denial
also joins another article's only sentence counting that role (:func:`denied_harm_links`), since the two share no
figure and few words ("Verletzt wurde niemand" / "Three people were injured").
"""

from __future__ import annotations

import re

from parallax.compare.count_nouns import NOT_COUNTS
from parallax.compare.duration_links import another_occasion
from parallax.compare.hedges import Bound, values_of
from parallax.compare.roles import role
from parallax.compare.unharmed import _CLASSES, _DEATH_WORD, _HURT_WORD  # the forms of a denial are read there
from parallax.records import Article, Sentence

# the role of :func:`.roles.role` each class of :mod:`.unharmed` denies
_ROLE = {"injured": "injured", "dead": "dead"}
# the words that may stand between "no one" and its harm word in a denial of everyone: the clause's auxiliaries,
# adverbs of reporting, and "or" before a second harm word ("No one was killed or injured") in each language read
_AUXILIARIES = frozenset(
    "was were is are has have had been be being got get reportedly reported believed thought to appear appears appeared"
    " seem seems seemed immediately initially apparently yet so far or nor"
    " wurde wurden ist sind war waren dabei bisher zunächst oder noch"
    " resultó resultaron resultado ha han fue fueron sido salió salieron quedó quedaron o ni"
    " è sono rimasto rimasta rimasti stato stata stati risulta risultato né"
    " ficou ficaram foi foram saiu se ou nem"
    " raakte raakten werd werden"
    " nie został została zostało był była było odniósł lub ani"
    " не был была было или ни"
    " був була було або ні".split()
)
_WORDS = re.compile(r"[^\W\d_]+")
# a set phrase that names a grade, the others, or the subject's state, not the event's harm (see the module)
_LIMITED_PHRASE = re.compile(
    r"(?<!\w)(?:serious|other|schwer\w*|zwaar\w*|unhurt|unharmed|uninjured|unscathed|without|unverletzt|indemnes?"
    r"|sain\w*|ilesos?|ilesas?|illes\w|ongedeerd|bez obrażeń)(?!\w)",
    re.I,
)
# a group or a part of the event named after the harm, in its clause ("no injuries among the crew", "keine Verletzten
# unter den Passagieren", "Nobody was injured in the second explosion", "lors du deuxième séisme"), read from the
# end of the harm word on (with .match at that position)
_LIMITED_AFTER = re.compile(
    r"[^.,;:!?]{0,40}?(?<!\w)(?:among|unter den|parmi|entre (?:los|las|os|as)|tra (?:i|le|gli)|fra (?:i|le|gli)|onder de|wśród|среди|серед"
    r"|first|second|third|other|another|earlier|later|previous|erste[nmr]?|zweite[nmr]?|dritte[nmr]?|anderen?|premier|première|deuxième"
    r"|troisième|autre|primer[oa]?|segund[oa]|tercer[oa]?|otr[oa]|prim[oa]|second[oa]|terz[oa]|altr[oa])(?!\w)",
    re.I,
)
_HARM = re.compile(rf"(?:{_HURT_WORD}|{_DEATH_WORD})", re.I)


def _everyone(word: str) -> bool:
    return word.casefold() in _AUXILIARIES or bool(_HARM.fullmatch(word))


def denied(text: str) -> set[str]:
    """The roles ("injured", "dead") a sentence says nobody at all suffered (see the module)."""
    out = set()
    for name, (negated, phrase) in _CLASSES.items():
        plain_negation = any(
            all(_everyone(w) for w in _WORDS.findall(m.group("gap"))) and not _LIMITED_AFTER.match(text, m.end()) for m in negated.finditer(text)
        )
        plain_phrase = any(not _LIMITED_PHRASE.search(m.group()) and not _LIMITED_AFTER.match(text, m.end()) for m in phrase.finditer(text))
        if plain_negation or plain_phrase:
            out.add(_ROLE[name])
    return out


def _counts(art: Article, s: Sentence) -> dict[str, list[Bound]]:
    """The sentence's counts of the denied roles, by role."""
    from parallax.compare.hedges import bounds

    out: dict[str, list[Bound]] = {}
    for q in art.quantities:
        if s.start <= q.start < s.end and q.value is not None and q.unit not in NOT_COUNTS:
            what = role(art.text, q)
            if what in _ROLE.values():
                out.setdefault(what, []).append(bounds(art.text, q, art.language))
    return out


def _counted_roles(art: Article) -> set[str]:
    """The roles the article counts anywhere of the event (outside sentences of another occasion)."""
    return {what for s in art.sentences if not another_occasion(art, s) for what in _counts(art, s)}


def denied_harm_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[list[float], list[float]]]:
    """(figures of a, figures of b) where one sentence denies a harm to everyone and the other counts it (see the module)."""
    out = []
    for deny, s_deny, count, s_count, flip in ((art_a, sa, art_b, sb, False), (art_b, sb, art_a, sa, True)):
        roles = denied(s_deny.text)
        if not roles or another_occasion(deny, s_deny) or another_occasion(count, s_count):
            continue
        counts = _counts(count, s_count)
        for what in sorted(roles - _counted_roles(deny)):
            if counts.get(what) and all(low > 0 for _, low, _ in counts[what]):
                pair = ([0.0], values_of(counts[what]))
                out.append(pair[::-1] if flip else pair)
    return out


def denied_harm_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (article, sentence) to join: an article's only denial of a harm to everyone, in an article that counts
    no such harm, and another article's only sentence counting it, in an article that denies none (see the module)."""
    deniers: dict[str, list[tuple[int, int]]] = {}
    counters: dict[str, list[tuple[int, int]]] = {}
    for ai, art in enumerate(articles):
        denials: dict[str, list[int]] = {}
        counting: dict[str, list[int]] = {}
        for si, s in enumerate(art.sentences):
            if another_occasion(art, s):
                continue
            for what in denied(s.text):
                denials.setdefault(what, []).append(si)
            for what in _counts(art, s):
                counting.setdefault(what, []).append(si)
        for what, sis in denials.items():
            if len(sis) == 1 and what not in counting:
                deniers.setdefault(what, []).append((ai, sis[0]))
        for what, sis in counting.items():
            if len(sis) == 1 and what not in denials:
                counters.setdefault(what, []).append((ai, sis[0]))
    links = []
    for what, found in deniers.items():
        links += [(x, y) if x < y else (y, x) for x in found for y in counters.get(what, [])]
    return links

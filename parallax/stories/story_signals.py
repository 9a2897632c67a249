"""How much an article (or another story) looks like a story: the signals the
grouping model combines.

A mixin of :class:`parallax.stories.story.Story`: the story's profile (its
names, time marks, figures and words, built in :mod:`parallax.stories.story`)
is read here, never changed, apart from the caches of its top names and word
sound keys.  Kept apart so each half reads in one sitting: what a story
remembers, and how a newcomer is scored against it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process

from parallax.embed import E5_FLOOR
from parallax.sounds import caseless, hearable, heard_keys, name_keys, same_sound, script, spelt_among
from parallax.stories.actors import actor_conflict
from parallax.stories.broad_places import broad_words
from parallax.stories.event_days import day_conflict
from parallax.stories.event_places import place_conflict
from parallax.stories.features import Signals
from parallax.stories.script_evidence import needs_evidence, unconfirmed

if TYPE_CHECKING:
    from parallax.stories.story import Story

CORE = 12  # a story's most frequent names (and figures) compared with an article's
NAME_MATCH = 80  # rapidfuzz ratio for two name spellings to count as one
# ("Indonesien"/"Indonesia", "Obama's"/"Obama"; no transliteration needed)


def _top(counts: dict[str, int], n: int) -> list[str]:
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


class StorySignals:
    """The article↔story and story↔story signals of a :class:`Story`."""

    # ------------------------------------------------------------- signals

    def top_names(self) -> list[str]:
        if self._top_names is None:
            self._top_names = _top(self.names, CORE)
        return self._top_names

    def signals(self, sig: Signals, cos_centroid: float) -> dict[str, float]:
        """The article↔story signals the model combines (all in [0, 1] or [-1, 1])."""
        cos_max = float((np.stack(self.recent) @ sig.vector).max())
        values = {
            "cos_centroid": _rescale(cos_centroid),
            "cos_max": _rescale(cos_max),
            "names": self._names(sig),
            "times": self._time_agreement(sig.times),
            "numbers": self._number_overlap(sig.numbers),
            "days": day_conflict(sig.days, self.days),
        }
        if sig.language in self.lang_n:
            values["words"] = self._word_jaccard(sig.words, sig.language)
            values["actors"] = actor_conflict(sig.actors, sig.names, self.actors, self.names)
        if script(sig.language) in self._scripts():  # a place is spelt alike (or by the place table) within a script
            values["places"] = float(
                place_conflict(sig.places, sig.names, sig.words, self.places, self.names, self.words, sig.districts, self.districts)
            )
        if needs_evidence(sig.language, self.lang_n):  # across scripts the place, a name or telling figures (:mod:`.script_evidence`)
            beyond = partial(self._names, sig, broad_words())  # a country's name heard is less (.broad_places.without_countries)
            values["unconfirmed"] = float(
                unconfirmed(sig, values["names"], self.places, self.names, self.words, self.numbers, self.districts, beyond)
            )
        return values

    def max_cos(self, other: Story) -> float:
        """Cosine of the closest pair of recent members."""
        return float((np.stack(self.recent) @ np.stack(other.recent).T).max())

    def pair_signals(self, other: Story, cos_centroid: float, cos_max: float | None = None) -> dict[str, float]:
        """The story↔story signals for the merge decision: the same ones, with
        the other story's profile in place of an article (its core names and
        figures, its time marks, its word profile in the language the two
        share most)."""
        if cos_max is None:
            cos_max = self.max_cos(other)
        values = {
            "cos_centroid": _rescale(cos_centroid),
            "cos_max": _rescale(cos_max),
            "names": self._story_names(other),
            "times": self._time_agreement(frozenset(other.times)),
            "numbers": self._number_overlap(frozenset(_top(other.numbers, CORE))),
        }
        shared = [lang for lang in self.lang_n if lang in other.lang_n]
        if shared:
            lang = min(shared, key=lambda g: (-(self.lang_n[g] + other.lang_n[g]), g))
            values["words"] = self._profile_jaccard(other, lang)
        return values

    def _names(self, sig: Signals, skip: frozenset[str] = frozenset()) -> float:
        """The name signal of an article: its names found among the story's, and, across scripts,
        names heard in the words of the side written without capitals.  In a story told in several scripts, the
        article's among them, both: a Japanese report has no names of its own to spell (no entity model reads it),
        so against a story of English and Japanese reports only hearing them finds what it shares with the English.
        ``skip``: names left out of both sides (the names of countries, when a lone country is weighed)."""
        names = tuple(n for n in sig.names if n not in skip)
        mine = self._scripts()
        if script(sig.language) in mine:
            overlap = self._name_overlap(names, skip=skip)
            if len(mine) == 1:
                return overlap
            return max(overlap, self.names_heard(sig.words if caseless(sig.language) else (), sig.language, names, skip=skip))
        return max(self._name_overlap(names, by_sound=True, skip=skip), self.names_heard(sig.words, sig.language, names, skip=skip))

    def _story_names(self, other: Story) -> float:
        """The name signal of two stories (the merge decision), as :meth:`_names`."""
        theirs = tuple(other.top_names())
        if self._scripts() & other._scripts():
            return self._name_overlap(theirs)
        heard = [self.names_heard((), lang, (), other.word_keys(lang)) for lang in other.words if caseless(lang)]
        heard += [other.names_heard((), lang, (), self.word_keys(lang)) for lang in self.words if caseless(lang)]
        return max([self._name_overlap(theirs, by_sound=True), *heard])

    def names_heard(
        self, words, language: str, names: tuple[str, ...], keys: set[str] | None = None, skip: frozenset[str] = frozenset()
    ) -> float:
        """Share of the names of one side heard among the words of the other, when that side is
        written without capitals (Arabic, Korean, Hindi, Japanese katakana), where no entity
        model finds its names: "فيلمورا" is "Velmora", "벨모라에서" is in "Velmora".  Names of
        four sound classes or more only; between unrelated reports such a match is rare
        (measured on our QA sets: 6% of pairs have one).  ``keys``: the sound keys of ``words``,
        when the caller has them (a story's, cached by :meth:`word_keys`); ``skip``: this story's names left out."""
        heard = 0.0
        if caseless(language):  # the article's (or other story's) words against this story's names
            keys = heard_keys(words, language) if keys is None else keys
            mine = [n for n in self.top_names() if n not in skip and (hearable(n, language) or spelt_among(n, keys))]
            shared = [n for n in mine if self.names[n] >= 2]  # in a story of many reports, the names several give
            heard = _heard_share(shared or mine, keys)
        if names:  # the article's names against the words of this story's members written without capitals
            # per script: Chinese words give pinyin keys, Japanese kanji romaji, the others sound keys (parallax.sounds)
            by_script: dict[str, tuple[str, set[str]]] = {}
            for lang in self.words:
                if caseless(lang):
                    by_script.setdefault(script(lang), (lang, set()))[1].update(self.word_keys(lang))
            for lang, mine in by_script.values():
                heard = max(heard, _heard_share([n for n in names if hearable(n, lang) or spelt_among(n, mine)], mine))
        return heard

    def word_keys(self, language: str) -> set[str]:
        """The sound keys of the story's words in ``language``, kept until the words change
        (:meth:`add`, :meth:`absorb`): a story is scored against every new article."""
        if language not in self._keys:
            self._keys[language] = heard_keys(self.words.get(language, ()), language)
        return self._keys[language]

    def _scripts(self) -> set[str]:
        return {script(lang) for lang in self.lang_n}

    def shares_language(self, other: Story) -> bool:
        return any(lang in other.lang_n for lang in self.lang_n)

    def _profile_jaccard(self, other: Story, language: str) -> float:
        """Weighted Jaccard of two same-language word profiles (document
        frequency / members); for a one-article story it is :meth:`_word_jaccard`."""
        a, b = self.words.get(language, {}), other.words.get(language, {})
        na, nb = self.lang_n[language], other.lang_n[language]
        inter = union = 0.0
        for w in a.keys() | b.keys():
            x, y = a.get(w, 0) / na, b.get(w, 0) / nb
            inter += min(x, y)
            union += max(x, y)
        return inter / union if union else 0.0

    def _name_overlap(self, names: tuple[str, ...], by_sound: bool = False, skip: frozenset[str] = frozenset()) -> float:
        """Share of the smaller set of core names (the article's, the story's
        most frequent) found in the other, exactly or fuzzily, so "Finnland"
        meets "Finland" without any transliteration.  ``by_sound`` (across
        scripts): also by the sound of the name, so "Stoltenberg" meets
        "ستولتنبرغ" and "Lesbos" its Greek genitive (:mod:`parallax.sounds`);
        within a script, spelling says more than a coarse sound key.  ``skip``: this story's names left out."""
        mine = [n for n in self.top_names() if n not in skip] if skip else self.top_names()
        if not names or not mine:
            return 0.0
        pool = set(mine)

        def found(n: str) -> bool:
            if n in pool or (len(n) >= 4 and process.extractOne(n, mine, scorer=fuzz.ratio, score_cutoff=NAME_MATCH)):
                return True
            return by_sound and any(same_sound(n, m) for m in mine)

        hits = sum(1 for n in names if found(n))
        return min(1.0, hits / min(len(names), len(mine)))

    def _number_overlap(self, numbers: frozenset[str]) -> float:
        """Share of the smaller set of figures (the story's most frequent ones) shared."""
        mine = _top(self.numbers, CORE)
        if not numbers or not mine:
            return 0.0
        return sum(1 for n in mine if n in numbers) / min(len(numbers), len(mine))

    def _time_agreement(self, marks: frozenset[str]) -> float:
        """+1 when the article's explicit dates/years are the story's, -1 when
        they are all different, 0 when either side has none.  A day next to one of
        the story's counts half: reports of one night's event, or in other time
        zones, name it a day apart."""
        if not marks or not self.times:
            return 0.0
        shared = sum(1.0 if m in self.times else 0.5 if _next_to(m, self.times) else 0.0 for m in marks)
        # not capped at 1: an article naming a day and the day next to it, against a story naming one, gives 2.0;
        # a cap (stories38) changed no ECB+ or NewsWCL50 dev figure and lost a correct cross-language join
        return 2.0 * shared / min(len(marks), len(self.times)) - 1.0

    def _word_jaccard(self, words: frozenset[str], language: str) -> float:
        """Weighted Jaccard of the article's words and the story's same-language
        word profile (document frequency / members): plain Jaccard for a
        one-article story, robust to story size beyond."""
        bag = self.words.get(language, {})
        n = self.lang_n.get(language, 0)
        if not words or not n:
            return 0.0
        inter = sum(bag.get(w, 0) for w in words) / n
        total = sum(bag.values()) / n
        union = len(words) + total - inter
        return inter / union if union else 0.0


def _heard_share(names: list[str], keys: set[str]) -> float:
    """Share of ``names`` heard among ``keys`` (0 when either is empty)."""
    if not names or not keys:
        return 0.0
    return sum(bool(name_keys(n) & keys) for n in names) / len(names)


def _rescale(cos: float) -> float:
    return max(0.0, (cos - E5_FLOOR) / (1.0 - E5_FLOOR))


def _next_to(mark: str, days) -> bool:
    """Whether a day mark ("2026-03-13") is the day before or after one of ``days``."""
    if len(mark) != 10:
        return False
    from datetime import date, timedelta

    try:
        d = date.fromisoformat(mark)
    except ValueError:
        return False
    return (d - timedelta(days=1)).isoformat() in days or (d + timedelta(days=1)).isoformat() in days

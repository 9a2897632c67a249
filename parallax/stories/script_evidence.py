"""What a join across scripts (or languages without capitals) needs besides the embedding: the place, a name, or figures that few events share.

Between an article and a story with no article in its script (a Persian report against a story told in Bengali, an
English report against one told in Urdu) the join model reads the cosines, the names heard across scripts
(:meth:`parallax.stories.story_signals.StorySignals.names_heard`), the figures and the days.  e5 reads the short
leads of disaster reports in two scripts as alike whatever the disaster ("12 killed in …": a fire, an earthquake,
a bus crash, raw cosines 0.84–0.88 between scripts, where two reports of one event in two scripts stand near 0.87),
the day is the same for everything published that hour, and a small death toll is shared by chance; after the rival
lift (:mod:`.rivals`), a Bengali report of a factory fire in Dhaka, a Persian one of an earthquake in Kerman and an
Urdu one of a bus crash near Quetta, published within the hour, joined one story at p 0.85–0.98 (stories54).  Within a
script the words and the spelt names tell such reports apart; across scripts nothing did.

The same holds between two languages of one script written without capitals (the Persian quake and the Urdu bus
crash, both in Arabic letters, shared no word: their languages differ).  So a join into a story with no article in
the article's language, where one side is written in Arabic, Hebrew, Devanagari, Bengali, Tamil or Thai letters (no
capitals, no entity model: its names and places are only heard by their sounds), must show that the two tell of one
event:

* a place of one side's leads named by the other (:func:`.event_places.place_agreement`: "করাচিতে" read as Karachi by
  :mod:`.uncased_places`, "استان کرمان" heard as "Kerman"), which is enough; or
* where the two sides' leads name places and none of them is the other's, nothing is enough: two events in two
  places, as :func:`.event_places.place_conflict` reads it within a script; else
* a name heard across (the name signal above zero: a person, an organisation or a place the other side names); or
* figures few events share: two figures of the story's, or one that is no small count (a decimal, a magnitude
  "6.1", or 100 and more: "1,500 families"), since death tolls under a hundred recur from one report of a disaster
  to another.

The day and the cosine are not evidence here: both are what different events of one hour share.

Chinese, Japanese and Korean were left out at first (stories54): their places are read by the readings of their
characters, and a true pair may have nothing more than the cosine and one figure where a name runs into another
("西伯利亚克麦罗沃州": Siberia's Kemerovo region read as one word), so the gate split the invented Chinese report of a
mine collapse from its English and Russian reports (tests/test_stories50.py), while a Chinese fire in Chongqing and
an English one in Dhaka, or a Japanese fire in Osaka and the Dhaka one, joined (p 0.37, 0.49).  They are inside now,
with the readings of :mod:`.cjk_place_reading` as evidence too: a Latin place read inside a Chinese run of
transliteration ("克麦罗沃" in it), a short place in characters against the other side's ("达卡" / "Dhaka"), and a
Korean lead's place by its Revised Romanization ("서울의": Seoul).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from parallax.sounds import script
from parallax.stories.broad_places import narrowed, without_countries
from parallax.stories.cjk_place_reading import cjk_agreement
from parallax.stories.event_places import place_agreement, place_conflict
from parallax.stories.features import Signals
from parallax.stories.thai_places import thai_place_heard
from parallax.stories.uncased_places import heard_place

# the scripts without capitals, whose names and places are read by their sounds or the readings of their characters
SCRIPTS = frozenset({"arabic", "hebrew", "devanagari", "bengali", "tamil", "thai", "han", "kana", "hangul", "ethiopic"})
SMALL_COUNT = 100  # a whole figure below this is a count many reports of many events give (death tolls)
CORE = 12  # the story's most frequent figures compared (as :mod:`.story_signals` does)


def needs_evidence(language: str, languages: Iterable[str]) -> bool:
    """Whether an article in ``language`` meets a story with no article in its language (``languages``), one side
    written in one of :data:`SCRIPTS`."""
    languages = tuple(languages)
    return language not in languages and (script(language) in SCRIPTS or any(script(lang) in SCRIPTS for lang in languages))


def unconfirmed(
    sig: Signals,
    names_signal: float,
    story_places: Mapping[str, int],
    story_names: Mapping[str, int],
    story_words: Mapping[str, Mapping[str, int]],
    story_numbers: Mapping[str, int],
    story_districts: Iterable[str] = (),
    names_beyond_countries: Callable[[], float] | None = None,
) -> bool:
    """True when nothing but the cosines and the day joins an article to a story across scripts (module docstring).
    A country alone, the place both name or the name heard (``names_beyond_countries``: the name signal without the
    names of countries), is less than a place or a name (:func:`.broad_places.without_countries`): with it, one
    figure shared is enough."""
    country = _places_agree(sig, sig.places, story_places, story_names, story_words)
    names, all_story_names = (*sig.names, *sig.places), {**story_names, **story_places}
    # two places, or the city both name and a district each ("서울 마포구" / "Seoul's Gangnam district")
    if (not country or (sig.districts and story_districts)) and place_conflict(
        sig.places, names, sig.words, story_places, all_story_names, story_words, sig.districts, story_districts
    ):
        return True
    if country:
        places, theirs = without_countries(sig.places, story_places)
        if (places == sig.places and theirs == story_places) or _places_agree(sig, places, theirs, story_names, story_words):
            return False
    beyond = names_signal if names_signal <= 0 or names_beyond_countries is None else names_beyond_countries()
    if beyond > 0:
        return False
    if country or names_signal > 0:
        return not shared_figure(sig.numbers, story_numbers)
    return not telling_figures(sig.numbers, story_numbers)


def _places_agree(
    sig: Signals,
    places: tuple[str, ...],
    story_places: Mapping[str, int],
    story_names: Mapping[str, int],
    story_words: Mapping[str, Mapping[str, int]],
) -> bool:
    """Whether a place of one side is the other's, spelt, read or heard alike (``places``: the article's)."""
    names = (*sig.names, *places)
    if place_agreement(places, names, sig.words, story_places, {**story_names, **story_places}, story_words):
        return True
    if cjk_agreement(places, sig.words, story_places, story_words):  # "达卡" / "Dhaka", "克麦罗沃" in "西伯利亚克麦罗沃州"
        return True
    return heard_agreement(sig, story_places, story_words, places)  # "کوئٹہ" / "Quetta": a place the table does not know


def heard_agreement(
    sig: Signals, story_places: Mapping[str, int], story_words: Mapping[str, Mapping[str, int]], places: Iterable[str] | None = None
) -> bool:
    """Whether a Latin event place of one side is heard among the words of the other, written without capitals
    (:func:`.uncased_places.heard_place`): a place the place table does not know ("کوئٹہ", Quetta).  A country heard
    is none where each side names a place besides (:func:`.broad_places.narrowed`).  ``places``: the article's,
    when not all of its event places."""
    places, story_places = narrowed(sig.places if places is None else places, story_places)
    if sig.language == "th" and thai_place_heard(story_places, sig.words):  # "ที่เชียงใหม่" / "Chiang Mai" (:mod:`.thai_places`)
        return True
    if "th" in story_words and thai_place_heard(places, story_words["th"]):
        return True
    if any(heard_place(p, sig.words, sig.language) for p in story_places):
        return True
    return any(heard_place(p, bag, lang) for lang, bag in story_words.items() for p in places)


def shared_figure(numbers: Iterable[str], story_numbers: Mapping[str, int]) -> bool:
    """Whether the article shares one of the story's most frequent figures."""
    return bool(set(numbers) & set(sorted(story_numbers, key=lambda n: (-story_numbers[n], n))[:CORE]))


def telling_figures(numbers: Iterable[str], story_numbers: Mapping[str, int]) -> bool:
    """Whether the article shares two of the story's most frequent figures, or one that is no small count."""
    top = sorted(story_numbers, key=lambda n: (-story_numbers[n], n))[:CORE]
    shared = set(numbers) & set(top)
    return len(shared) >= 2 or any(not _small_count(n) for n in shared)


def _small_count(figure: str) -> bool:
    """A whole figure below :data:`SMALL_COUNT` ("12"), as :func:`parallax.stories.figures.numbers` writes it."""
    return figure.isdigit() and int(figure) < SMALL_COUNT

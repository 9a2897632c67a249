"""Story grouping across languages (stories38).

Found on our own multilingual batches (8 batches, 2 events each, every event told in 2 to 4 of en, de, fr, es, ja, zh,
tr, el, ar, ru, ko, with a distractor of the same kind the same day or week):

* a report in a script with no capitals (Chinese, Japanese, Korean, Arabic: no entity model reads it, so it has no
  names of its own) heard no name of a story that already held a report in its script: names were then compared by
  spelling alone, and it had none to spell;
* a Greek report of the small hours of its own publication weekday ("τα ξημερώματα της Τρίτης") was dated a week
  back, so it met its English report with a time conflict;
* two Japanese reports of two earthquakes the same day shared the letter pairs of "マグニチュード" and joined.
"""

from __future__ import annotations

import numpy as np

from parallax.stories.features import Signals, content_words
from parallax.stories.story import Story


def _signals(language: str, text: str, names: tuple[str, ...] = (), times: frozenset[str] = frozenset()) -> Signals:
    return Signals(
        id=f"{language}-{len(text)}",
        ts=None,
        language=language,
        vector=np.ones(4, dtype=np.float32) / 2,
        names=names,
        words=content_words(text, language),
        times=times,
        numbers=frozenset(),
        title="",
        outlet=None,
        published=None,
    )


ZH = "为期两天的能源峰会16日在莫斯科闭幕。俄罗斯能源部长齐维廖夫表示：“今年我们不会削减天然气供应。”"
ZH_SAME_STORY = "能源峰会16日闭幕，与会代表讨论了天然气供应问题。"
ZH_OTHER = "国际人工智能峰会16日在巴黎开幕，来自30个国家的代表团出席。"


def _moscow_story() -> Story:
    """A story told in Russian and Chinese: the Chinese member names nobody by a character of transliteration."""
    story = Story(id="s", title="")
    story.add(_signals("ru", "", ("moskve", "rossii", "sergei", "tsivilev")))
    story.add(_signals("zh", ZH_SAME_STORY))
    return story


def test_a_chinese_report_hears_the_names_of_a_story_that_holds_a_chinese_report_too():
    """Before: the story held the article's script, so only spellings were compared, and the Chinese report has
    none (names 0.0), however many of the story's names it writes in characters."""
    story = _moscow_story()
    assert story.signals(_signals("zh", ZH), 0.5)["names"] > 0
    assert story.signals(_signals("zh", ZH_OTHER), 0.5)["names"] == 0


def test_a_latin_report_is_heard_in_the_chinese_member_of_a_mixed_story():
    """The other way round: a German report against a story of a German and a Chinese report, whose German member
    names someone else, finds its names among the Chinese member's words."""
    story = Story(id="s", title="")
    story.add(_signals("de", "", ("gipfel", "energie")))
    story.add(_signals("zh", ZH))
    assert story.signals(_signals("de", "", ("moskau", "sergej", "ziwilew")), 0.5)["names"] > 0


def test_a_story_in_one_script_still_compares_spellings_only():
    """ECB+ and every one-language stream: unchanged, no sound keys read."""
    story = Story(id="s", title="")
    story.add(_signals("en", "", ("velmora", "dravik")))
    assert story.signals(_signals("en", "", ("velmora",)), 0.5)["names"] == 1.0
    assert story.signals(_signals("en", "", ("karvelia",)), 0.5)["names"] == 0.0


def _times(language: str, text: str, published: str) -> list[str]:
    import parallax
    from parallax.records import Article

    article = parallax.analyze([Article(id="t", text=text, language=language, published=published)])[0]
    return [t.value for t in article.times]


def test_the_small_hours_of_the_publication_weekday_have_passed():
    """A Greek report published on Tuesday at 11:15 of a sinking "τα ξημερώματα της Τρίτης" (in the small hours of
    Tuesday) dated it a week back (2026-03-03TNI): the night part was taken to start at 20:00, still to come, so
    its English and Turkish reports of the same morning met a time conflict.  The small hours, a night part a clock
    time reads as morning, start at midnight."""
    greek = "Οκτώ μετανάστες πνίγηκαν τα ξημερώματα της Τρίτης ανοιχτά της Λέσβου."
    assert _times("el", greek, "2026-03-10T11:15:00+02:00") == ["2026-03-10TNI"]
    # the night of the publication weekday, still to come at the stamp, told in the past: the report was updated
    # after its stamp, so the same day (since session 48; "last Tuesday night" goes a week back)
    night = "Οκτώ μετανάστες πνίγηκαν τη νύχτα της Τρίτης ανοιχτά της Λέσβου."
    assert _times("el", night, "2026-03-10T11:15:00+02:00") == ["2026-03-10TNI"]

"""Session stories55: story grouping across scripts.

* One event told in Persian, English and Arabic, among other disasters of the same hour in Urdu and Bengali, is one
  story in every stream order (a Persian report that came after the English one read it against its nearest rival,
  the Urdu story in its own script, and stayed alone).

Invented articles only."""

from __future__ import annotations

import itertools

from parallax.records import Article


def _articles(rows: list[tuple[str, str, str, str, str]]) -> list[Article]:
    return [Article(id=i, language=lang, published=p, title=t, text=x, outlet=f"outlet-{i}") for i, lang, p, t, x in rows]


def _groups(articles: list[Article], vectors=None) -> frozenset[frozenset[str]]:
    from parallax.stories import cluster_articles

    return frozenset(frozenset(s["articles"]) for s in cluster_articles(articles, vectors=vectors).stories)


def _vectors(articles: list[Article]) -> dict:
    from parallax.embed import get_embedder
    from parallax.stories.features import lead_text

    return dict(zip((a.id for a in articles), get_embedder("e5").embed([lead_text(a) for a in articles]), strict=True))


def _partitions(rows: list[tuple[str, str, str, str, str]]) -> dict[frozenset[frozenset[str]], list[str]]:
    """Each partition the stream gives in some order of ``rows`` (the publication times kept in place, the articles
    permuted over them), with one order that gives it."""
    vectors = _vectors(_articles(rows))
    times = [p for _, _, p, _, _ in rows]
    seen: dict[frozenset[frozenset[str]], list[str]] = {}
    for order in itertools.permutations(rows):
        moved = [(i, lang, t, title, x) for (i, lang, _, title, x), t in zip(order, times, strict=True)]
        seen.setdefault(_groups(_articles(moved), vectors), [i for i, *_ in order])
    return seen


# ------------------------------------------------------------------ 1. one partition in every order

TABRIZ = [
    ("quake-fa", "fa", "2026-11-10T05:05:00Z", "زمین‌لرزه در تبریز ۹ کشته برجای گذاشت",
     "زمین‌لرزه‌ای صبح سه‌شنبه استان آذربایجان شرقی را لرزاند و در تبریز دست‌کم ۹ نفر جان باختند و ده‌ها نفر زخمی شدند. "
     "تیم‌های امداد به منطقه اعزام شدند."),
    ("fire-ur", "ur", "2026-11-10T05:15:00Z", "لاہور میں فیکٹری میں آگ، ۹ مزدور ہلاک",
     "لاہور میں منگل کی صبح ایک فیکٹری میں آگ لگنے سے کم از کم ۹ مزدور ہلاک اور کئی زخمی ہو گئے۔ فائر بریگیڈ کی گاڑیاں موقع "
     "پر پہنچ گئیں۔"),
    ("bus-bn", "bn", "2026-11-10T05:25:00Z", "চট্টগ্রামে বাস দুর্ঘটনায় ৯ জন নিহত",
     "চট্টগ্রামে মঙ্গলবার সকালে একটি বাস খাদে পড়ে অন্তত ৯ জন নিহত এবং অনেকে আহত হয়েছেন। পুলিশ ঘটনাস্থলে পৌঁছেছে।"),
    ("quake-en", "en", "2026-11-10T05:35:00Z", "Earthquake in Tabriz kills 9 in northwestern Iran",
     "A magnitude 5.8 earthquake shook East Azerbaijan province on Tuesday morning, killing at least 9 people in Tabriz "
     "and injuring dozens, state media reported."),
    ("quake-ar", "ar", "2026-11-10T05:45:00Z", "مقتل 9 أشخاص في زلزال بمدينة تبريز",
     "لقي 9 أشخاص على الأقل حتفهم صباح الثلاثاء في زلزال بقوة 5.8 درجات ضرب مدينة تبريز شمال غربي إيران، بحسب وسائل "
     "إعلام رسمية."),
]  # fmt: skip


def test_a_quake_in_three_scripts_among_other_disasters_is_one_story_in_every_order() -> None:
    partitions = _partitions(TABRIZ)
    expected = frozenset({frozenset({"quake-fa", "quake-en", "quake-ar"}), frozenset({"fire-ur"}), frozenset({"bus-bn"})})
    assert set(partitions) == {expected}, {tuple(sorted(map(sorted, g))): order for g, order in partitions.items()}


# ------------------------------------------------------------------ 4. features.py split by concern

MOVED_TO_ARTICLE_TEXT = [
    "LEAD_CHARS", "MAX_WORD_TOKENS", "_URLISH", "_SENT_END", "_WORD", "_UNSPACED_RUN", "_KATAKANA", "_KATAKANA_WORD",
    "_KANJI_RUN", "is_urlish", "sentences_of", "lead_text", "lead_parts", "_serbian", "stop_words", "content_words",
    "time_marks",
]  # fmt: skip


def test_the_text_readings_moved_out_of_features_keep_their_old_home() -> None:
    from parallax.stories import article_text, features

    for name in MOVED_TO_ARTICLE_TEXT:
        assert getattr(features, name) is getattr(article_text, name), name

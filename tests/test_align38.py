"""Session 38 (align38): cross-language alignment judged against the document pair's background, leads that
disagree on the day, and the grouping of one-word quotations."""

from __future__ import annotations

import numpy as np

from parallax.compare.align import corroborated_translation_links
from parallax.compare.xl_background import XL_LOWEST, XL_MEANING, pair_floor


def _low_background() -> np.ndarray:
    """An en/ja-like meaning matrix: unrelated pairs 0.0-0.2, the true pairs 0.33-0.38."""
    m = np.full((4, 4), 0.08, dtype=np.float32)
    m[0, 1], m[2, 3], m[1, 0] = 0.38, 0.33, 0.2
    return m


def test_pair_floor_follows_a_low_background_but_never_rises_above_the_fixed_floor():
    assert pair_floor(_low_background()) == XL_LOWEST  # median 0.08 + 0.15, held at the lowest floor
    high = np.full((4, 4), 0.3, dtype=np.float32)  # an en/es-like pair: the fixed floor stands
    assert pair_floor(high) == XL_MEANING
    assert pair_floor(np.array([[0.35]])) == XL_MEANING  # one pair has no background


def test_translation_links_below_the_fixed_floor_in_a_low_background_pair():
    features = np.zeros((4, 4, 4), dtype=np.float32)
    features[:, :, 0] = _low_background()
    assert sorted(corroborated_translation_links(features)) == [(0, 1), (2, 3)]


def test_a_high_background_keeps_the_fixed_floor():
    features = np.zeros((4, 4, 4), dtype=np.float32)
    features[:, :, 0] = 0.25
    features[0, 1, 0] = 0.38  # mutual best by the margin, but under 0.40 where unrelated pairs score 0.25
    assert corroborated_translation_links(features) == []


def test_a_one_word_quotation_joins_the_full_quotation_of_the_speaker_both_name():
    import parallax
    from parallax.records import Article

    a = Article(
        id="a",
        language="en",
        published="2026-11-19",
        text='The trust\'s chief executive, Dr Samuel Okoro, said care remained open. "Our staff have been extraordinary," Okoro said.',
    )
    b = Article(
        id="b",
        language="en",
        published="2026-11-19",
        text='The hospital\'s chief executive, Dr Samuel Okoro, said staff had been "extraordinary" during the attack.',
    )
    groups = [g for g in parallax.compare([a, b]).quotes if any("extraordinary" in v.text for v in g.variants)]
    assert len(groups) == 1 and {v.article for v in groups[0].variants} == {"a", "b"}
    assert groups[0].fidelity == "trimmed"
    assert next(v for v in groups[0].variants if v.article == "b").fidelity == "trimmed"


def test_a_short_part_needs_a_long_word_and_a_named_speaker():
    from parallax.compare.short_quotes import short_part
    from parallax.records import Article, Quote

    art = Article(id="x", language="en", published="2026-11-19", text="x")
    short = Quote(text="the", start=0, end=3, kind="partial", speaker=None)
    full = Quote(text="the plan is the best", start=0, end=20, kind="direct", speaker=None)
    assert not short_part(art, short, art, full)  # "the" alone, and nobody named


def test_a_cross_language_reference_is_not_chosen_by_token_counts_across_scripts():
    from parallax.compare.quotes import _reference
    from parallax.comparison_records import QuoteVariant

    en = QuoteVariant("en", "The two sides agreed to open a new chapter of partnership", "leaders", 0, 10, "direct", "said")
    zh = QuoteVariant("zh", "双方同意开启战略合作伙伴关系新篇章", "双方", 0, 10, "direct", "表示")
    ko = QuoteVariant("ko", "상호 존중과 호혜를 바탕으로 새로운 장을 열기로 했다", "양측", 0, 10, "direct", "밝혔다")
    sv = QuoteVariant("sv", "De två sidorna enades om att öppna ett nytt kapitel", None, 0, 10, "direct", "sade")
    # no speaker matches and no words are shared: a named speaker first, then the longest in characters
    assert _reference([zh, ko, en, sv], None, ["zh", "ko", "en", "sv"]) == 2


def _lead_infos(days_b: set[str], entities_b: set[str]) -> list:
    from parallax.compare.sentence_features import SentenceInfo

    a = [
        SentenceInfo(
            0, 0, "A ransomware attack on St Aldhelm's Hospital in Leeds since Monday", set(), {"leeds", "st aldhelm's"}, {"2026-11-16"}
        ),
        SentenceInfo(0, 1, "The attack encrypted the records", set(), set(), set()),
    ]
    b = [
        SentenceInfo(1, 0, "Hackers who crippled St Aldhelm's Hospital in Leeds on Sunday", set(), entities_b, days_b | {"n:50"}),
        SentenceInfo(1, 1, "Ambulances were diverted", set(), set(), set()),
    ]
    return [a, b]


def test_two_leads_that_give_one_event_other_days_join_one_fact():
    from parallax.compare.lead_days import disagreeing_leads
    from parallax.records import Article

    arts = [Article(id=x, text="x", language="en", published="2026-11-19") for x in "ab"]
    scores = {(0, 1): np.array([[0.40, 0.39], [0.28, 0.48]], dtype=np.float32)}
    infos = _lead_infos({"2026-11-15"}, {"leeds", "st aldhelm's"})
    assert disagreeing_leads(arts, infos, scores, 0.46) == [((0, 0), (1, 0))]
    # no day on one side, no shared name, or a lead that is not the other's best: nothing
    assert disagreeing_leads(arts, _lead_infos(set(), {"leeds"}), scores, 0.46) == []
    assert disagreeing_leads(arts, _lead_infos({"2026-11-15"}, {"york"}), scores, 0.46) == []
    worse = {(0, 1): np.array([[0.40, 0.42], [0.28, 0.48]], dtype=np.float32)}
    assert disagreeing_leads(arts, infos, worse, 0.46) == []
    # far below the threshold even with the day agreed: nothing
    low = {(0, 1): np.array([[0.25, 0.10], [0.10, 0.48]], dtype=np.float32)}
    assert disagreeing_leads(arts, infos, low, 0.46) == []
    # across languages the translation rules decide
    other = [arts[0], Article(id="b", text="x", language="de", published="2026-11-19")]
    assert disagreeing_leads(other, infos, scores, 0.46) == []


def test_the_margin_shrinks_with_the_floor():
    from parallax.compare.xl_background import XL_MARGIN, pair_margin

    assert abs(pair_margin(XL_MEANING) - XL_MARGIN) < 1e-9
    assert abs(pair_margin(0.30) - 0.075) < 1e-9
    features = np.zeros((4, 4, 4), dtype=np.float32)
    features[:, :, 0] = 0.05
    features[0, 0], features[0, 1, 0] = (0.34, 0, 0, 0), 0.25  # 0.09 ahead: enough where the background is low
    assert corroborated_translation_links(features) == [(0, 0)]


def test_two_leads_that_are_each_others_best_link_without_a_margin():
    from parallax.compare.xl_background import lead_pair

    corr = np.full((3, 3), 0.05, dtype=np.float32)
    corr[0, 0], corr[1, 0] = 0.48, 0.40  # the second sentence retells part of the lead: no margin, still the best
    assert lead_pair(corr, [], 0.30) == [(0, 0)]
    assert lead_pair(corr, [(1, 0)], 0.30) == []  # the other lead is taken already
    corr[1, 0] = 0.50
    assert lead_pair(corr, [], 0.30) == []  # not the best of its column


def test_a_shared_clock_time_or_figure_aligns_over_the_pairs_own_floor():
    from parallax.compare.sentence_features import SentenceInfo
    from parallax.compare.xl_background import specific_anchors

    en = [
        SentenceInfo(0, 0, "lead", set(), set(), {"2026-11-19"}),
        SentenceInfo(0, 1, "touched down at 14:35", set(), set(), {"2026-11-19T14:35"}),
        SentenceInfo(0, 2, "y", set(), set(), set()),
    ]
    fi = [
        SentenceInfo(1, 0, "lead", set(), set(), {"2026-11-19"}),
        SentenceInfo(1, 1, "x", set(), set(), set()),
        SentenceInfo(1, 2, "Kone laskeutui kello 14.35", set(), set(), {"2026-11-19T14:35"}),
    ]
    specific = specific_anchors(en, fi)
    assert specific.tolist() == [[False, False, False], [False, False, True], [False] * 3]  # a shared day is not specific
    features = np.zeros((3, 3, 4), dtype=np.float32)
    features[:, :, 0] = [[0.60, 0.05, 0.0], [0.05, 0.20, 0.20], [0.0, 0.05, 0.0]]
    features[1, 2, 3] = 1.0  # 0.20 + 0.15 = 0.35: under the fixed floor, over this pair's own
    assert corroborated_translation_links(features) == [(0, 0)]
    assert corroborated_translation_links(features, specific=specific) == [(0, 0), (1, 2)]


def test_a_small_whole_number_is_no_specific_anchor_but_a_sum_is():
    from parallax.compare.sentence_features import SentenceInfo
    from parallax.compare.xl_background import specific_anchors

    sv = [SentenceInfo(0, 0, "sjönk med 8 procent till 3,1 miljarder kronor", set(), set(), {"n:8", "n:3.1e+09"})]
    ja = [SentenceInfo(1, 0, "18％減の31億クローナ", set(), set(), {"n:18", "n:3.1e+09"})]
    fi = [SentenceInfo(1, 0, "noin 40 suomalaista matkustajaa", set(), set(), {"n:40"})]
    en = [SentenceInfo(0, 0, "40 flights were delayed", set(), set(), {"n:40"})]
    assert specific_anchors(sv, ja).tolist() == [[True]]
    assert specific_anchors(en, fi).tolist() == [[False]]

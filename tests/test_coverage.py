"""What the analysis can read per language, and the limits a comparison reports."""

from parallax.analyze.coverage import CHECKS, limits, unread


def test_languages_with_their_rules_miss_nothing():
    for lang in ("en", "fr", "de", "ru", "ko", "ar", "pt-BR", "EN"):
        assert unread(lang) == [], lang


def test_chinese_numerals_are_read():
    assert "number_words" not in unread("zh")


def test_a_language_without_rules_and_an_unknown_one_miss_every_check():
    assert unread("xx") == list(CHECKS)
    assert unread(None) == list(CHECKS)


def test_limits_name_the_articles_and_languages_once_per_check():
    out = limits({"a": "en", "b": "xx", "c": "yy", "d": None})
    assert [x["check"] for x in out] == list(CHECKS)
    assert out[0]["articles"] == ["b", "c", "d"] and out[0]["languages"] == ["unknown", "xx", "yy"]
    assert all(x["reason"] for x in out)


def test_no_limits_for_covered_languages():
    assert limits({"a": "en", "b": "de"}) == []


def test_a_comparison_names_what_it_could_not_check(tmp_path):
    """Two reports in a language without rules: the comparison, its text and its HTML say so."""
    import json

    import parallax
    from parallax.report.html import render_html

    for name in ("a", "b"):
        (tmp_path / f"{name}.jsonl").write_text(json.dumps({
            "id": name, "language": "xx", "published": "2026-04-25T07:00:00Z",
            "text": "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore.",
        }) + "\n")
    cmp = parallax.compare(parallax.load([tmp_path])).to_dict()
    assert [x["check"] for x in cmp["limits"]] == list(CHECKS)
    assert cmp["limits"][0]["articles"] == ["a", "b"]
    assert "Not checked in xx" in render_html(cmp)

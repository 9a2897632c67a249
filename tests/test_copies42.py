"""copies42: of near-duplicates published at one time, the fullest text stands for the group (the one a story's
comparison reads), so a paragraph a reprint cut is still compared."""

from __future__ import annotations

from parallax.config import Options
from parallax.ingest import content_hash
from parallax.records import Article

WIRE = (
    "A fire destroyed a warehouse in the port of Gdynia on Monday night, the city's fire service said. "
    "Forty firefighters fought the blaze for six hours before it was brought under control early on Tuesday. "
    "No one was injured, but the building and the grain stored in it were lost, the port authority said. "
    "The cause of the fire is not yet known and prosecutors have opened an inquiry into the incident. "
    "The warehouse belonged to a grain trading company which had stored wheat there for export. "
)
EXTRA = (
    '"We saw smoke rising from the roof shortly after ten in the evening," said port manager Anna Kowalska, '
    "who called the fire service. "
)


def _article(ident: str, text: str, published: str = "2026-11-30") -> Article:
    return Article(id=ident, text=text, published=published, content_hash=content_hash(text), language="en", outlet=ident)


def _cluster(*articles: Article):
    from parallax.stories import cluster_articles

    return cluster_articles(list(articles), Options(embedder="hashing"))


def test_a_fuller_copy_of_the_same_time_stands_for_the_group() -> None:
    # "a-reprint" comes first in the stream (same time, id order) but cut the paragraph with the quotation
    result = _cluster(_article("a-reprint", WIRE), _article("b-wire", WIRE + EXTRA))
    (group,) = result.near_duplicates
    assert group["original"] == "b-wire" and group["articles"] == ["b-wire", "a-reprint"]
    assert result.state.duplicate_of == {"a-reprint": "b-wire"}
    assert 0.8 <= group["similarities"]["a-reprint"] <= 1.0


def test_a_later_copy_that_added_a_paragraph_does_not_stand_for_the_group() -> None:
    result = _cluster(_article("a-wire", WIRE), _article("b-copy", WIRE + EXTRA, "2026-12-01"))
    (group,) = result.near_duplicates
    assert group["original"] == "a-wire" and result.state.duplicate_of == {"b-copy": "a-wire"}


def test_every_member_follows_the_group_to_its_new_original() -> None:
    result = _cluster(_article("a-reprint", WIRE), _article("b-same", WIRE), _article("c-wire", WIRE + EXTRA))
    (group,) = result.near_duplicates
    assert group["original"] == "c-wire" and sorted(group["articles"]) == ["a-reprint", "b-same", "c-wire"]
    assert result.state.duplicate_of == {"a-reprint": "c-wire", "b-same": "c-wire"}
    assert set(group["similarities"]) == {"a-reprint", "b-same"}


def test_a_word_for_word_copy_of_the_same_time_keeps_the_first_as_original() -> None:
    result = _cluster(_article("a-wire", WIRE), _article("b-copy", WIRE))
    (group,) = result.near_duplicates
    assert group["original"] == "a-wire"

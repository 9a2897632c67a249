"""Session 37 (ext37b): furniture kept or credits missed in ingest: embedded posts, republication notes, dash and
"with agencies" credits, a station's call sign in a dateline, a live blog's entry times."""

from __future__ import annotations

import pytest

from parallax.ingest.agencies import credited_agencies, is_call_sign
from parallax.ingest.closing_credits import closing_credit_agencies, is_republication_note
from parallax.ingest.text import article_from_text

_BODY = " ".join(
    f"The council met on Tuesday evening and voted on the plan for the harbour, sentence number {i} of the report." for i in range(6)
)


def _closing(line: str):
    return article_from_text(f"{_BODY}\n\n{_BODY}\n\n{line}", "x", "x")


@pytest.mark.parametrize(
    "note",
    [
        "This story was originally published by ProPublica.",
        "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
        "Dieser Artikel erschien zuerst bei Correctiv.",
        "Cet article a été initialement publié sur The Conversation.",
        "Este artículo fue publicado originalmente en El Diario.",
        "Republished with permission from Grist.",
    ],
)
def test_republication_note_at_the_end_is_furniture_and_names_no_agency(note: str) -> None:
    article = _closing(note)
    assert note not in article.text
    assert note in article.boilerplate_removed
    assert article.agencies == []


def test_republication_note_needs_its_adverb() -> None:
    assert not is_republication_note("This article was published in Nature last May and cited 40 times.")
    assert not is_republication_note("This story was first reported by Axios on Monday.")
    assert is_republication_note("This story first appeared on Inside Climate News.")
    assert is_republication_note("Dieser Beitrag ist zuerst auf Netzpolitik erschienen.")
    assert is_republication_note("Questo articolo è stato pubblicato originariamente su Valigia Blu.")


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("— AFP", ["AFP"]),
        ("- Reuters", ["Reuters"]),
        ("– dpa", ["dpa"]),
        ("With agencies", []),
        ("Com agências", []),
        ("Con agencias", []),
        ("Mit Agenturen", []),
        ("With AFP and agencies", ["AFP"]),
    ],
)
def test_closing_dash_and_agencies_credit_is_removed_and_recorded(line: str, agencies: list[str]) -> None:
    article = _closing(line)
    assert article.text.endswith("of the report.")
    assert article.agencies == agencies


def test_no_credit_shapes_stay() -> None:
    assert closing_credit_agencies("— END") is None
    assert closing_credit_agencies("With police and agencies") is None
    assert closing_credit_agencies("The agencies met on Monday.") is None


def test_station_call_sign_in_a_dateline_is_no_agency() -> None:
    article = article_from_text(f"HOUSTON (KTRK) -- {_BODY}", "x", "x")
    assert article.text.startswith("The council met")
    assert article.agencies == []
    assert is_call_sign("WABC-TV") and is_call_sign("KTRK")
    assert not is_call_sign("KUNA") and not is_call_sign("AFP")
    assert credited_agencies([], "KCNA") == ["KCNA"]
    assert credited_agencies(["(AFP)"], "WABC") == ["AFP"]


def _html_page(inner: str) -> str:
    paragraphs = "".join(f"<p>{_BODY}</p>" for _ in range(2))
    return (
        "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
        f"{paragraphs}{inner}{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    "post",
    [
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The harbour plan is a disgrace and we will fight it. '
        '<a href="https://t.co/AbC">pic.twitter.com/AbC</a></p>&mdash; Ann Roe (@annroe) '
        '<a href="https://twitter.com/annroe/status/1">November 3, 2026</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js"></script>',
        '<blockquote class="bluesky-embed"><p lang="en">The harbour plan is a disgrace and we will fight it.</p>&mdash; '
        'Ann Roe (<a href="https://bsky.app/profile/x">@annroe.bsky.social</a>) '
        '<a href="https://bsky.app/profile/x/post/1">November 3, 2026 at 10:14 AM</a></blockquote>',
    ],
)
def test_embedded_post_is_its_authors_quotation_without_the_signature(post: str) -> None:
    from parallax.ingest.html import article_from_html

    article = article_from_html(_html_page(post), "x", "x.html")
    assert "“The harbour plan is a disgrace and we will fight it.” — Ann Roe" in article.text.split("\n\n")
    assert "@annroe" not in article.text and "November 3" not in article.text and "pic.twitter" not in article.text
    assert any("(@annroe" in line for line in article.boilerplate_removed)


def test_pasted_post_in_a_plain_text_is_a_quotation_too() -> None:
    text = f"{_BODY}\n\nWe will fight the harbour plan,\nall of us. https://t.co/AbC\n\n— Ann Roe (@annroe) November 3, 2026\n\n{_BODY}"
    article = article_from_text(text, "x", "x")
    assert "“We will fight the harbour plan, all of us.” — Ann Roe" in article.text.split("\n\n")
    assert "— Ann Roe (@annroe) November 3, 2026" in article.boilerplate_removed


def test_post_lines_are_joined_with_spaces_and_signature_kept_for_the_extraction() -> None:
    from parallax.ingest.extract import main_text

    post = (
        '<blockquote class="twitter-tweet"><p>Delhi is a gas chamber<br>We hand out masks today</p>'
        "&mdash; Ann Roe (@annroe) November 3, 2026</blockquote>"
    )
    text = main_text(_html_page(post)) or ""
    assert "Delhi is a gas chamber We hand out masks today\n— Ann Roe (@annroe) November 3, 2026" in text


def test_blockquote_without_a_signature_is_left_as_it_was() -> None:
    from lxml import html as lxml_html

    from parallax.ingest.embedded_posts import join_post

    post = lxml_html.fromstring("<blockquote><p>Words of a post.</p><a href='x'>View on the network</a></blockquote>")
    assert not join_post(post)
    assert post.text_content() == "Words of a post.View on the network"


def _live_page(entry: str) -> str:
    text = "The council met on Tuesday evening and voted on the plan for the harbour after a long debate."
    posts = "".join(entry.format(i=i, text=f"{text} Entry number {i} said the clerk.") for i in range(1, 6))
    return f"<html><head><title>Live: harbour vote</title></head><body><article><h1>Live: harbour vote</h1>{posts}</article></body></html>"


@pytest.mark.parametrize(
    "entry",
    [
        '<div class="post"><header><time datetime="2026-11-03T0{i}:15:00Z">0{i}:15</time><h2>Update {i}</h2></header><p>{text}</p></div>',
        '<div class="post"><time>1{i}.30 Uhr</time><p>{text}</p></div>',
    ],
)
def test_live_blog_entry_keeps_its_time(entry: str) -> None:
    from parallax.ingest.html import article_from_html

    article = article_from_html(_live_page(entry), "x", "x.html")
    paragraphs = article.text.split("\n\n")
    entries = [i for i, p in enumerate(paragraphs) if "Entry number" in p]
    assert len(entries) == 5
    if "<h2>" in entry:  # the time goes with the entry's heading, and the text follows (ext45)
        assert all(paragraphs[i - 1] == f"0{n}:15 – Update {n}" for n, i in enumerate(entries, 1))
    else:
        assert all(paragraphs[i][:2].isdigit() and " – The council met" in paragraphs[i] for i in entries[1:])


def test_one_or_two_times_are_no_live_blog() -> None:
    from lxml import html as lxml_html

    from parallax.ingest.live_times import lift_entry_times

    tree = lxml_html.fromstring("<div><header><time>09:15</time></header><p>Text.</p><footer><time>10:15</time></footer></div>")
    assert lift_entry_times(tree) == 0

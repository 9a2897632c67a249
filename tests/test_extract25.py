"""Main-text extraction: kinds of loss found on the dev splits of the extraction benchmarks (round 25),
each tested on hand-made pages."""

from __future__ import annotations

from parallax.ingest.extract import parse

PROSE = "The minister said the plan would be put to a vote before the end of the month, officials added."
LEAD = "Es gibt Ereignisse, die eine Biografie für immer in zwei Teile zerschneiden, sagte die Schauspielerin."


def _page(body: str) -> str:
    return f"<html><head><title>Budget vote</title></head><body><nav><a href='/'>Home</a></nav>{body}</body></html>"


def _block(*paragraphs: str) -> str:
    return "<div class='module module--text'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


# --------------------------------------------------------- split body: the blocks before the one taken


def test_opening_blocks_of_a_split_body_are_found():
    """The extractor took a later block of a body split into twins: the twins before it are its opening."""
    from parallax.ingest.split_body import opening

    first = _block(LEAD, LEAD.replace("Biografie", "Karriere"))
    image = "<div class='module module--image'><img src='a.jpg'><p>Kleid: Atelier Roe</p></div>"
    taken = _block(PROSE, PROSE + " Again.", PROSE + " Once more.")
    tree = parse(_page(f"<div class='wrapper'>{first}{image}{taken}</div>"))
    assert opening(tree, [PROSE, PROSE + " Again.", PROSE + " Once more."]) == [LEAD, LEAD.replace("Biografie", "Karriere")]


def test_opening_ignores_twins_before_a_heading():
    """A twin above a heading belongs to another item (a list of posts, a teaser above the headline)."""
    from parallax.ingest.split_body import opening

    other = _block(LEAD, LEAD.replace("Biografie", "Karriere"))
    taken = _block(PROSE, PROSE + " Again.")
    tree = parse(_page(f"<div class='wrapper'>{other}<h2>Budget vote</h2>{taken}</div>"))
    assert opening(tree, [PROSE, PROSE + " Again."]) == []


def test_opening_ignores_link_lists_and_single_paragraphs():
    """A twin of links (a teaser list) or of one paragraph only (a pull quote) is no opening."""
    from parallax.ingest.split_body import opening

    links = "<div class='module module--text'>" + "".join(f"<p><a href='/{i}'>{LEAD}</a></p>" for i in range(3)) + "</div>"
    quote = _block(LEAD)
    taken = _block(PROSE, PROSE + " Again.")
    tree = parse(_page(f"<div class='wrapper'>{links}{quote}{taken}</div>"))
    assert opening(tree, [PROSE, PROSE + " Again."]) == []


def test_opening_needs_a_container_with_a_class():
    from parallax.ingest.split_body import opening

    tree = parse(_page("<div>" + "".join(f"<p>{PROSE} {i}</p>" for i in range(3)) + "</div>"))
    assert opening(tree, [f"{PROSE} {i}" for i in range(3)]) == []

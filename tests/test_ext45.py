"""ext45: live-blog headings, short standfirsts, CJK spacing in titles, tiny single-byte pages, furniture shapes."""

from __future__ import annotations

import pytest

from parallax.ingest.html import article_from_html

_ENTRIES = (
    ("09:15", "Ferries cancelled across the strait", "All ferry crossings between the two ports were cancelled this morning after waves of more than eight metres were recorded."),
    ("10:40", "Power cut for 12,000 homes", "About 12,000 homes in the northern districts lost power when a pylon collapsed near the motorway junction, the grid company said."),
    ("11:05", "Schools close early", "The regional education office told all primary schools to close at noon so that children can get home before the strongest gusts."),
    ("12:30", "Red warning extended to the coast", "The weather service extended its red warning to the whole coastline until midnight and urged people to stay indoors."),
)


def _live_blog(entry: str) -> str:
    entries = "".join(entry.format(time=t, heading=h, text=x) for t, h, x in _ENTRIES)
    return (
        '<html lang="en"><head><meta charset="utf-8"><title>Storm Elsa live: latest updates</title>'
        '<meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav><main><article>'
        f"<h1>Storm Elsa live: latest updates</h1><div class=\"live-entries\">{entries}</div></article></main></body></html>"
    )


_SHAPES = {
    "header": '<div class="entry"><header class="entry-header"><time>{time}</time><h2>{heading}</h2></header><p>{text}</p>'
    "<p>More details will follow as we get them from the authorities.</p></div>",
    "meta": '<div class="entry"><div class="entry-meta"><time>{time}</time><h2>{heading}</h2></div><p>{text}</p>'
    "<p>More details will follow as we get them from the authorities.</p></div>",
    "short": '<div class="entry"><time>{time}</time><h2>{heading}</h2><p>{text}</p></div>',
    "permalink": '<div class="entry"><time>{time}</time><h2 class="entry-title"><a href="#post">{heading}</a></h2><p>{text}</p>'
    "<p>More details will follow as we get them from the authorities.</p></div>",
}


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_live_blog_keeps_each_entry_heading_with_its_time_in_order(shape: str) -> None:
    text = article_from_html(_live_blog(_SHAPES[shape]), "a", "live.html").text
    positions = []
    for time, heading, body in _ENTRIES:
        assert f"{time} – {heading}" in text
        positions += [text.index(f"{time} – {heading}"), text.index(body)]
    assert positions == sorted(positions)

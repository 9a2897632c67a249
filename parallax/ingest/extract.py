"""Main text of an HTML page: the article body, without headline or furniture.

:func:`main_text` is what :func:`parallax.ingest.html.extract_main_text`
returns.  Measured with ``python -m benchmarks.bench_extraction`` (see
``benchmarks/README.md``); every choice below was tuned on the *dev* splits
only.

1. The page is parsed once (lxml, through trafilatura's loader).
2. trafilatura extracts the body.  On article pages (``og:type`` article and
   an ``<article>`` element, see :func:`is_article_page`) it runs in precision
   mode (``favor_precision``), which drops more teasers, related-link blocks
   and sign-up boxes; on other pages (home pages, blogs, shops, institutional
   pages) precision mode loses real text, so the default mode runs instead.
   One extraction per page (a second, in recall mode, only when the first
   finds nothing); in precision mode a second in the default mode gives back
   the prose precision mode dropped from inside the body
   (:mod:`parallax.ingest.rescue`).  Comments are never included; tables are.
   trafilatura's ``deduplicate`` is *not* used: its cache is process-wide, so
   a paragraph seen in earlier pages (the same wire copy run by several
   outlets -- exactly what Parallax compares) would silently disappear from
   later ones.
3. Repairs: a body split into several blocks is joined
   (:mod:`parallax.ingest.split_body`) and a standfirst the extraction left
   out is put back on top (:mod:`parallax.ingest.standfirst`).
4. Line filters remove what survives extraction: the headline repeated at the
   top (the title is kept separately in ``Article.title``), "read also" /
   "related" link lines in several languages, news-agency credit lines
   ("Reporting by ...; Editing by ..."), comment counters, and the web
   furniture recognised by :func:`parallax.ingest.boilerplate.boilerplate_reason`
   (:mod:`parallax.ingest.line_filters`); closing comment sections, contact blocks and runs of links
   (:mod:`parallax.ingest.closing_lines`).

Before step 2 the tree is repaired (:mod:`parallax.ingest.page_tree`: hover
cards, share rows, layout tables, embedded posts, loose prose between ``<br>``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parallax.ingest.alt_captions import alt_captions, without_alt_captions, without_separators
from parallax.ingest.appeal_boxes import drop_appeal_boxes
from parallax.ingest.cards import drop_link_cards
from parallax.ingest.clean import norm_words
from parallax.ingest.closing_bio import without_closing_bio
from parallax.ingest.closing_blocks import without_closing_blocks
from parallax.ingest.closing_lines import without_closing_links, without_comment_section, without_contact_block, without_related_list
from parallax.ingest.closing_service import without_service_block
from parallax.ingest.comment_runs import without_comment_run
from parallax.ingest.comment_sections import drop_comment_sections
from parallax.ingest.credit_openings import without_credit_openings
from parallax.ingest.crumb_places import without_opening_trails
from parallax.ingest.dense_scripts import extraction_settings
from parallax.ingest.embedded_body import embedded_body, markup_is_thin
from parallax.ingest.field_runs import without_closing_fields
from parallax.ingest.flat_blocks import with_block_breaks
from parallax.ingest.gallery_captions import gallery_captions, with_gallery_captions
from parallax.ingest.heading_spacers import drop_heading_spacers
from parallax.ingest.inline_widgets import drop_inline_widgets
from parallax.ingest.issue_offers import without_issue_offers
from parallax.ingest.joiners import hide_joiners, restore_joiners
from parallax.ingest.key_event_links import drop_key_event_links
from parallax.ingest.key_events import without_key_events
from parallax.ingest.label_rails import rail_headlines, without_rail_headlines
from parallax.ingest.line_filters import is_house_note, line_reason
from parallax.ingest.link_rows import link_rows, without_closing_rows
from parallax.ingest.live_times import lift_entry_times
from parallax.ingest.lost_lists import with_lost_lists
from parallax.ingest.opening_furniture import without_opening_furniture
from parallax.ingest.page_furniture import drop_captions, drop_modals
from parallax.ingest.page_tree import (
    drop_popups,
    drop_share_widgets,
    keep_running_text,
    paragraphs_from_breaks,
    unwrap_embedded_posts,
    unwrap_layout_tables,
)
from parallax.ingest.pitches import without_closing_pitch
from parallax.ingest.player_labels import without_player_durations
from parallax.ingest.poll_lines import without_polls
from parallax.ingest.press_release import without_company_profile
from parallax.ingest.reader_address import reader_address_reason
from parallax.ingest.recipe_facts import without_recipe_facts
from parallax.ingest.related_boxes import boxed_cards, boxed_headlines
from parallax.ingest.related_links import without_related_runs
from parallax.ingest.rescue import with_rescued_prose
from parallax.ingest.server_errors import without_server_errors
from parallax.ingest.split_body import continuation, opening
from parallax.ingest.standfirst import description, standfirst
from parallax.ingest.table_repeats import drop_repeated_footers
from parallax.ingest.teaser_cards import without_teaser_cards
from parallax.ingest.teaser_links import teaser_headlines
from parallax.ingest.text_intros import introduces_text
from parallax.ingest.typed_headlines import list_texts, without_typed_headlines

_COMMON = {"output_format": "txt", "include_comments": False, "include_tables": True}
_COMMON |= {"include_images": False, "include_links": False, "deduplicate": False}


_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s++[|\-–—:·•»]\s+")  # "Headline | Site"; starts at a run's first space: linear


def _trafilatura(tree, precision: bool) -> str | None:
    """One extraction; when it finds nothing (the page's markup hides the body
    from the chosen mode), one more in recall mode, which keeps more blocks.
    In precision mode, the prose it dropped from inside the body comes back
    (:func:`parallax.ingest.rescue.with_rescued_prose`)."""
    import trafilatura

    common = _COMMON | extraction_settings(tree)  # a dense script's shorter bodies (:mod:`.dense_scripts`)
    text = trafilatura.extract(tree, favor_precision=precision, **common)
    if text and precision:
        links = frozenset(" ".join(a.text_content().split()) for a in tree.iter("a"))  # (a teaser's question stays out)
        return with_rescued_prose(text, trafilatura.extract(tree, **common), links)
    return text or trafilatura.extract(tree, favor_recall=True, **common)


def is_article_page(tree) -> bool:
    """The page declares itself an article (``og:type`` ``article``) *and* marks
    the article up (an ``<article>`` element): a well-structured article page,
    where trafilatura's precision mode is safe."""
    declared = False
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key == "og:type" and (el.get("content") or "").strip().lower().startswith("article"):
            declared = True
            break
    return declared and next(tree.iter("article"), None) is not None


def parse(html: str):
    """An lxml tree of ``html`` or ``None`` (trafilatura's tolerant loader)."""
    from trafilatura.utils import load_html

    try:
        return load_html(html)
    except (TypeError, ValueError):
        return None


# ------------------------------------------------------------------ title

_TITLE_META = ("og:title", "twitter:title", "title", "dc.title", "headline")


def title_candidates(tree) -> list[str]:
    """Headline strings the page declares: meta titles, ``<h1>``, ``<title>``
    and the ``<title>`` parts around a site-name separator."""
    out: list[str] = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in _TITLE_META and el.get("content"):
            out.append(el.get("content"))
    for tag in ("h1", "title"):
        for el in tree.iter(tag):
            text = el.text_content()
            if text and text.strip():
                out.append(text)
                if tag == "title":
                    out.extend(_TITLE_SEPARATOR.split(text))
    return [c for c in (norm_words(c) for c in out) if c]


def _is_title(line: str, titles: list[str]) -> bool:
    words = norm_words(line)
    return bool(words) and any(words == t for t in titles)


_MAX_KICKER_WORDS = 12

def _is_kicker(line: str) -> bool:
    """Whether the line above the headline is its kicker ("EXCLUSIVE", "War in Ukraine | Analysis"): a few
    words.  A paragraph there is the text's opening (a blog post that sets a subheading after its first
    paragraph, and the subheading is also the page's title), not a label to drop with the headline."""
    return len(line.split()) <= _MAX_KICKER_WORDS


def clean_lines(
    text: str,
    titles: list[str] | None = None,
    links: frozenset[str] = frozenset(),
    boxed: frozenset[str] = frozenset(),
    lead: str | None = None,
) -> list[str]:
    """The body lines of an extraction: headline and furniture removed (``boxed``: the headlines of the page's
    "read also" boxes, :func:`parallax.ingest.related_boxes.boxed_headlines`; ``lead``: its description tag)."""
    lines = [ln.strip() for ln in text.split("\n")]
    lines = without_opening_trails([ln for ln in lines if ln])  # a loose trail above the text (:mod:`.crumb_places`)
    if titles:
        # the headline, possibly after a kicker line, at the top of the body; a little further down it is
        # the headline repeated (what stands before it there may be a blog's opening, so it stays)
        for i in range(min(4, len(lines))):
            if _is_title(lines[i], titles):
                del lines[(0 if i == 1 and _is_kicker(lines[0]) else i) : i + 1]
                break
    lines = without_teaser_cards(lines)  # a closing row of "Read more" cards (:mod:`.teaser_cards`)
    lines = without_comment_run(without_comment_section(lines))  # "Tom says: ...", "Reply" (:mod:`.comment_runs`)
    lines = without_closing_blocks(without_company_profile(without_contact_block(lines)))
    lines = without_closing_links(without_related_list(without_related_runs(lines, links, boxed), links), links)
    lines = without_closing_fields(lines)  # a template's own fields, "PP:", "FI slug:" (:mod:`.field_runs`)
    lines = without_recipe_facts(without_service_block(lines))  # (:mod:`.closing_service`, :mod:`.recipe_facts`)
    lines = without_key_events(without_polls(lines))  # a poll left as lines, a live blog's key events (:mod:`.poll_lines`, :mod:`.key_events`)
    lines = without_player_durations(lines)  # "5 min" under "Listen to this article" (:mod:`.player_labels`)
    lines = without_issue_offers(lines)  # a magazine issue's price and call to buy (:mod:`.issue_offers`)
    kept: list[str] = []
    tail = True
    for line in reversed(lines):  # from the end, so trailing labels count as dangling
        if line_reason(line, is_last=tail, links=links):
            continue
        tail = False
        kept.append(line)
    kept.reverse()
    kept = without_closing_bio(kept)  # the writer's box, on a person the text never named (:mod:`.closing_bio`)
    kept = without_closing_pitch(kept)  # a membership pitch and its offer (:mod:`.pitches`)
    kept = without_credit_openings(kept, lead)  # "Photo: Jane Doe/Reuters A man walks ..." (:mod:`.credit_openings`)
    if len(kept) > 1 and (
        is_house_note(kept[0]) and not introduces_text(kept[0]) or reader_address_reason(kept[0])
    ):  # the note may open the text too ("Start your day with ..."), not the text's own opening (:mod:`.text_intros`)
        del kept[0]
    return kept


# ------------------------------------------------------------------- main


def main_text(html: str, limit: Callable[[str], None] | None = None) -> str | None:
    """The article body of ``html``: paragraphs separated by ``"\\n"``, or ``None``; ``limit`` checks the extracted
    text before the line filters read it (:mod:`.text_limit`)."""
    tree = parse(without_server_errors(hide_joiners(html)))  # (trafilatura drops them: :mod:`.joiners`)
    if tree is None:
        return None
    drop_popups(tree)
    drop_modals(tree)
    drop_comment_sections(tree)  # readers' comments in a section its name gives away (:mod:`.comment_sections`)
    drop_appeal_boxes(tree)
    drop_inline_widgets(tree)  # pull quotes repeating the body, polls, shop rows (:mod:`.inline_widgets`)
    drop_key_event_links(tree)  # a live blog's "Key events" list of links (:mod:`.key_event_links`)
    captions = gallery_captions(tree)  # a gallery's text (:mod:`.gallery_captions`), before captions go
    drop_captions(tree)
    drop_share_widgets(tree)
    drop_link_cards(tree)
    unwrap_layout_tables(tree)
    drop_heading_spacers(tree)  # an empty layout block that hides a heading from trafilatura (:mod:`.heading_spacers`)
    drop_repeated_footers(tree)  # a table's header row repeated in its footer (:mod:`.table_repeats`)
    unwrap_embedded_posts(tree)
    lift_entry_times(tree)  # a live blog's entry times, out of the headers trafilatura drops (:mod:`.live_times`)
    keep_running_text(tree)
    paragraphs_from_breaks(tree)
    titles = title_candidates(tree)
    links = frozenset(" ".join(a.text_content().split()) for a in tree.iter("a"))
    text = _trafilatura(tree, precision=is_article_page(tree)) or ""  # (on a copy of the tree: its scripts stay)
    if limit is not None:
        limit(text)
    text = with_block_breaks(tree, text)  # a small page's body flattened into one line (:mod:`.flat_blocks`)
    text = "\n".join(with_lost_lists(tree, text.split("\n")))  # a list lost under its lead-in (:mod:`.lost_lists`)
    first = opening(tree, text.split("\n"))
    rest = continuation(tree, text.split("\n"))
    boxed = boxed_headlines(tree) | boxed_cards(tree) | teaser_headlines(tree)  # "read also" boxes, bold teaser links (:mod:`.teaser_links`)
    summary = description(tree)  # (a sentence after a credit that the summary repeats opens the text: :mod:`.credit_openings`)
    lines = clean_lines("\n".join([*first, text, *rest]), titles, links, boxed, summary)
    lines = without_closing_rows(lines, link_rows(tree, lines))  # a closing tag row (:mod:`.link_rows`)
    lines = without_typed_headlines(lines, list_texts(tree))  # a rail typed as "- Headline" lines (:mod:`.typed_headlines`)
    lines = without_rail_headlines(lines, rail_headlines(tree))  # headlines typed under "More on this story" (:mod:`.label_rails`)
    lines = without_separators(without_alt_captions(lines, alt_captions(tree)))  # a caption repeating its photo's alt text, a rule
    lead = standfirst(tree, lines)
    if lead and not line_reason(lead) and not _is_title(lead, titles):
        lines.insert(0, lead)
    lines = without_opening_furniture(lines, links)  # a byline run on after the standfirst, a row of tool links
    data = embedded_body(tree, titles, lines)  # the body the page holds as data (:mod:`.embedded_body`), read only
    lines = clean_lines("\n".join(data), titles, links) if markup_is_thin(data, lines) else lines  # where the markup is thin
    if not text and not data:
        return None
    lines = with_gallery_captions(lines, captions)
    if len(lines) >= 3 and all(len(ln.split()) < 5 for ln in lines) and all(ln in links for ln in lines):
        return None  # the page's menus only ("Home", "World", "Sport", ...): no article on it
    return restore_joiners("\n".join(lines)) or None

"""An embedded social-media post as the quotation of its author.

A tweet, a Bluesky or Mastodon post embedded in an article reaches the page as a blockquote: the post's words in a
paragraph, then the widget's signature, "— Ann Roe (@annroe) November 3, 2026".  Read as they stand, the words are
a paragraph the article seems to say itself, and the signature a line of its prose.

The post's words stay, as a quotation of its author: the article embeds a post as the statement it reports (often the
very quote a story is about), so dropping it would lose a claim that two outlets' reports may both carry; and written
as ``“words” — Ann Roe`` the analysis reads it as that person's quotation (a quotation then a dash and a name), not
as the article's own claim.  The signature goes: a handle and the post's time are the widget's credit, not prose;
its date is when the post went out, which the article does not state.  Links the network adds to the words
("pic.twitter.com/…", "https://t.co/…") go too: they are no words of the author.

Two steps: on the page, :func:`join_post` makes the post's lines one paragraph (its ``<br>`` are spaces) and leaves
the signature on its own line (the main-text extraction keeps both, as the benchmarks' gold does); in the cleaning,
:func:`quote_posts` turns a paragraph followed by a signature into the quotation, so a pasted post in a plain text
reads the same.  Session 37.

Threads (``<blockquote class="text-post-media">``) and Mastodon (``<blockquote class="mastodon-embed">``, 4.3 and
later) ship an embed that holds no words of the post until the network's script replaces it: a logo, "Post by
@ann@mastodon.social", "View on Threads".  Such a placeholder (:func:`is_placeholder`) is dropped whole: its lines
are the widget's, and the page has no words of the post to quote (an ``<iframe>`` embed, Mastodon's older form,
holds none either).  Session 38.
"""

from __future__ import annotations

import re

from lxml import etree

# "— Ann Roe (@annroe) November 3, 2026", "— Ann Roe (@annroe.bsky.social) Nov 3, 2026 at 10:14 AM",
# "— Ann Roe (@ann@mastodon.social)": a dash, the author's name, the handle in brackets, a date or nothing
SIGNATURE = re.compile(r"^(?:[—–]|--?)\s?(?P<name>[^()\n@]{1,80}?)\s?\(@[\w.@-]{1,80}\)(?:\s?[^\n]{0,80})?$")
# what a post's placeholder shows before the network's script fills it: the author's handle, a prompt to open it
_PLACEHOLDER = re.compile(
    r"^(?:(?:post|a post shared|a thread) by\s?[^()\n@]{0,60}?\(?@[\w.@-]{1,80}\)?)?\s?"
    r"(?:view (?:this (?:post|thread) )?on (?:threads|mastodon|bluesky|instagram|x|twitter|tiktok|facebook))?$",
    re.I,
)
# a blockquote that embeds a post by the network's markup, whatever its class: Threads' permalink, Mastodon's URL
PERMALINK_ATTRS = ("data-text-post-permalink", "data-embed-url", "data-instgrm-permalink", "data-bluesky-uri")
_NETWORK_LINK = re.compile(r"\s?(?:https?://t\.co/\S+|pic\.twitter\.com/\S+|https?://bsky\.app/\S+)")


def join_post(post) -> bool:
    """Make an embedded post's paragraphs one, its line breaks spaces, when the blockquote ends on the widget's
    signature (which stays, a paragraph of its own); ``False`` (untouched) when it does not."""
    paras = [child for child in post if child.tag == "p"]
    if not paras:
        return False
    pieces = [paras[-1].tail or ""] + [
        etree.tostring(s, method="text", encoding="unicode", with_tail=True) for s in paras[-1].itersiblings()
    ]
    signature = " ".join("".join(pieces).split())
    if not SIGNATURE.match(signature):
        return False
    for br in post.iter("br"):
        br.tail = " " + (br.tail or "")
    words = " ".join(" ".join(etree.tostring(p, method="text", encoding="unicode", with_tail=False).split()) for p in paras)
    for child in list(post):
        post.remove(child)
    post.text = None
    etree.SubElement(post, "p").text = words
    etree.SubElement(post, "p").text = signature
    return True


def is_placeholder(post) -> bool:
    """Whether an embedded post's blockquote holds only its widget's text ("Post by @ann@mastodon.social", "View
    on Threads", or nothing at all): no word of the post to keep."""
    words = " ".join(" ".join(post.itertext()).split())
    return len(words) <= 160 and bool(_PLACEHOLDER.match(words))


def quote_posts(paragraphs: list[str], removed: list[str]) -> list[str]:
    """The paragraphs with each one that a post's signature follows written as its author's quotation,
    ``“words” — Name``, less the network's links; the signature goes to ``removed``."""
    out: list[str] = []
    for para in paragraphs:
        sign = SIGNATURE.match(para)
        if sign and out and not SIGNATURE.match(out[-1]):
            words = _NETWORK_LINK.sub("", out[-1]).strip()
            out[-1] = f"“{words}” — {sign.group('name').strip()}" if words else out[-1]
            removed.append(para)
            continue
        out.append(para)
    return out

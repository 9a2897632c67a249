"""An embedded social-media post as the quotation of its author.

A tweet, a Bluesky or Mastodon post embedded in an article reaches the page as a blockquote: the post's words in a
paragraph, then the widget's signature, "— Ann Roe (@annroe) November 3, 2026".  Read as they stand, the words are
a paragraph the article seems to say itself, and the signature a line of its prose.

The post's words stay, as a quotation of its author: the article embeds a post as the statement it reports (often the
very quote a story is about), so dropping it would lose a claim that two outlets' reports may both carry; and written
as ``“words” — Ann Roe`` the analysis reads it as that person's quotation (a quotation then a dash and a name), not
as the article's own claim.  The signature goes: a handle and the post's time are the widget's credit, not prose;
its date is when the post went out, which the article does not state.  Links the network adds to the words
("pic.twitter.com/…", "https://t.co/…") go too: they are no words of the author.  Session 37.
"""

from __future__ import annotations

import re

from lxml import etree

# "— Ann Roe (@annroe) November 3, 2026", "— Ann Roe (@annroe.bsky.social) Nov 3, 2026 at 10:14 AM",
# "— Ann Roe (@ann@mastodon.social)": a dash, the author's name, the handle in brackets, a date or nothing
_SIGNATURE = re.compile(r"^(?:[—–]|--?)\s?(?P<name>[^()\n@]{1,80}?)\s?\(@[\w.@-]{1,80}\)(?:\s?[^\n]{0,80})?$")
_NETWORK_LINK = re.compile(r"\s?(?:https?://t\.co/\S+|pic\.twitter\.com/\S+|https?://bsky\.app/\S+)")


def _text(el) -> str:
    return " ".join(etree.tostring(el, method="text", encoding="unicode", with_tail=False).split())


def quote_post(post) -> bool:
    """Rewrite an embedded post's blockquote as one paragraph, ``“words” — Name``, when it ends on the widget's
    signature; ``False`` (the blockquote untouched) when it does not, as a post whose markup the network changed."""
    paras = [child for child in post if child.tag == "p"]
    if not paras:
        return False
    after = "".join(
        [paras[-1].tail or ""]
        + [etree.tostring(sib, method="text", encoding="unicode", with_tail=True) for sib in paras[-1].itersiblings()]
    )
    sign = _SIGNATURE.match(" ".join(after.split()))
    if not sign:
        return False
    words = _NETWORK_LINK.sub("", " ".join(_text(p) for p in paras)).strip()
    for child in list(post):
        post.remove(child)
    post.text = None
    if words:
        etree.SubElement(post, "p").text = f"“{words}” — {sign.group('name').strip()}"
    return True

"""The closing lines of an extraction that are not the article's: the head of a readers' comment section and what
follows it, a press release's contact block, a "read also" lead-in over a closing list of the page's links, and a
closing run of links with no lead-in.

Split out of :mod:`parallax.ingest.extract` (ext53, no change of behaviour): four steps of
:func:`parallax.ingest.extract.clean_lines` that each cut a closing run of lines by its first line's shape or by
the page's links, and keep the article above it.
"""

from __future__ import annotations

import re

from parallax.ingest.closing_link_items import link_item
from parallax.ingest.related_links import RELATED

# The readers' comments under a page, what the extraction kept of them: a line that opens with the word
# for comments heads the section ("#1 Kommentar von Naru", "Keine Kommentare / Trackbacks", "Kommentare
# insgesamt: 0", "ATENÇÃO: Comentários ... não serão aprovados pelo moderador.", "Comments are closed."),
# and what follows it is the readers', not the article's.  Only near the end, and only a short line: a
# report may well begin a paragraph with "Comments".
_COMMENT_SECTION = re.compile(
    r"^[\W_]*(?:[^\W\d_]{3,12}[ ]?:[ ])?(?:#?\d+\.?[ ]|(?:keine|no|aucun|sin|sem|nessun|brak)[ ])?"
    r"(?:(?:leser|nutzer|user)?kommentare?|comments?|commentaires?|comentarios?|comentários?|commenti|komentarz[ey]?|reacties|hozzászólások)\b"
    r"|^[\W_]*(?:reader(?:s['’]?)? comments|lesermeinungen|commentaires des lecteurs|commenti dei lettori|comentarios de los lectores)\b"
    # the form that opens the section: "Leave a Reply", "Join the conversation", "Kommentar schreiben", "Laisser un commentaire"
    r"|^[\W_]*(?:(?:leave|post|add|write) a (?:comment|reply)|join the (?:conversation|discussion)|kommentar (?:schreiben|verfassen)|"
    r"schreibe(?:n sie)? einen kommentar|laisser un commentaire|(?:deja|escribe) (?:un|tu) comentario|lascia un commento|deixe (?:um|seu) comentário)\b",
    re.I,
)
_COMMENT_TAIL_LINES, _MAX_COMMENT_HEAD_WORDS = 3, 20
# The count of comments alone on a line, in any language ("12 Kommentare", "Kommentare (12)", "12 комментариев",
# "12 تعليقا", "コメント（12）"): the byline's row printed it, or the head of the section.  Never prose.
_COUNT_WORD = (
    r"(?:(?:leser|nutzer)?kommentare?|comments?|commentaires?|comentarios?|comentários?|commenti|komentarz\w*|reacties|"
    r"комментари\w*|коментар\w*|تعليق\w*|コメント|评论|評論|댓글)"
)
_COMMENT_COUNT = re.compile(rf"^[\W_]*(?:\d+[ ]?{_COUNT_WORD}|{_COUNT_WORD}[ ]?[(（]\d+[)）])[\W_]*$", re.I)

_ARTICLE_SHARE = 3


def _words(lines: list[str]) -> int:
    return sum(len(ln.split()) for ln in lines)


def without_comment_section(lines: list[str]) -> list[str]:
    """``lines`` up to the head of a comment section among the last few (the article itself always stays), and
    without a count of comments standing among the article's lines (a count over long lines and a text above it not
    :data:`_ARTICLE_SHARE` times as long: the article's paragraphs, where a section's head has short prompts or the
    readers' few lines under a long article)."""
    for i in range(max(1, len(lines) - _COMMENT_TAIL_LINES), len(lines)):
        count = _COMMENT_COUNT.match(lines[i]) is not None
        after = lines[i + 1 :]
        if count and any(len(ln.split()) > _MAX_COMMENT_HEAD_WORDS for ln in after) and _words(lines[:i]) <= _ARTICLE_SHARE * _words(after):
            return without_comment_section(lines[:i] + lines[i + 1 :])  # the article's own lines follow the count
        if count or len(lines[i].split()) <= _MAX_COMMENT_HEAD_WORDS and _COMMENT_SECTION.match(lines[i]):
            return lines[:i]
    return [ln for ln in lines if not _COMMENT_COUNT.match(ln)]


# The contact block that closes a press release or an institute's news: a label on a line of its own
# ("Kontakt:", "Pressekontakt", "Media contacts:", "Contacto de prensa:") and under it to the end only short
# lines, a name, an office, a phone number, an address.  A report's last lines are sentences.
_CONTACT_HEAD = re.compile(
    r"^(?:(?:press|media|presse|medien|news)[ -]?)?(?:contacts?|kontakte?|contactos?|contatti|contatto|kontakty?|ansprechpartner(?:in)?|ansprechperson)"
    r"(?:[ ](?:for|für|pour|para|per|dla)[ ](?:the[ ]|die[ ])?(?:media|medien|press|presse|prensa|journalists|journalisten|mediów))?[ ]?:?$",
    re.I,
)
_CONTACT_TAIL_LINES, _MAX_CONTACT_LINE_WORDS = 12, 10


def without_contact_block(lines: list[str]) -> list[str]:
    """``lines`` up to a closing contact block (its label among the last few lines, only short lines after it)."""
    for i in range(max(1, len(lines) - _CONTACT_TAIL_LINES), len(lines) - 1):
        if _CONTACT_HEAD.match(lines[i]) and all(len(ln.split()) <= _MAX_CONTACT_LINE_WORDS for ln in lines[i + 1 :]):
            return lines[:i]
    return lines


def without_related_list(lines: list[str], links: frozenset[str]) -> list[str]:
    """``lines`` without a closing list of links to other stories: a "read also" lead-in ("Auch auf
    gofeminin.de", "More from Marrow News:") followed to the end by lines that are each one of the page's
    links (the lead-in itself goes with the line filters)."""
    for i in range(len(lines) - 2, 0, -1):
        if lines[i + 1] not in links:
            break
        if RELATED.match(lines[i]) and len(lines[i].split()) <= 30:
            return lines[: i + 1]
    return lines


# A closing run of lines that are each one of the page's links, with no lead-in: the rail of other stories'
# headlines or the tag list the extraction kept under the article.  Three at least (a story may close on a
# link or two: "Read the full report", a source's name); the article's own lines stay above the run.
_MIN_LINK_RUN = 3


def without_closing_links(lines: list[str], links: frozenset[str]) -> list[str]:
    """``lines`` without a closing run of :data:`_MIN_LINK_RUN` lines or more that are each a link's whole text."""
    end = len(lines)
    while end > 0 and (lines[end - 1] in links or link_item(lines[end - 1], links)):  # (with a date or source: :mod:`.closing_link_items`)
        end -= 1
    return lines[:end] if len(lines) - end >= _MIN_LINK_RUN and end > 0 else lines  # (links only: a page of menus, judged later)

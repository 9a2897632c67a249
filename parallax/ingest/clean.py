"""Turn scraped text into clean paragraphs.

Each job by rules meant to generalise rather than by listing strings:

* :func:`normalize` removes characters that only cause trouble (NULs, zero
  width and bidi controls, combining marks past 30 in a row) and unifies line ends and spaces;
* :func:`split_paragraphs` cuts a text into paragraphs, and
  :func:`clean_paragraphs` drops their web furniture and bylines, separates
  the dateline and joins the rest.  The rules those use live in their own
  modules: :mod:`parallax.ingest.datelines` ("LONDON --", "BRUSSELS
  (Reuters) -", also glued to the standfirst), :mod:`parallax.ingest.boilerplate`
  (paywall notes, sign-up calls, consent and copyright lines) and
  :mod:`parallax.ingest.bylines` (bylines, signatures, closing credits).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from parallax.ingest.boilerplate import bare_lead_in, boilerplate_reason
from parallax.ingest.bylines import byline_reason, is_credit
from parallax.ingest.closing_credits import closing_credit_reason, is_republication_note
from parallax.ingest.dated_place import split_dated_place
from parallax.ingest.datelines import DATELINE_ZH_OWN, split_dateline
from parallax.ingest.edge_lines import edge_line_reason, furniture_lines
from parallax.ingest.embedded_posts import quote_posts
from parallax.ingest.mark_runs import cap_mark_runs
from parallax.ingest.notes import is_agency_credit
from parallax.ingest.place_stop import split_place_stop
from parallax.ingest.stamp_lines import stamp_apart, zoned
from parallax.ingest.wire_trailers import trailer_apart
from parallax.letters import MARKS, UPPER

# controls, bidi marks and invisible characters: the soft hyphen (U+00AD, "Bundes\u00adkanzler") and the Mongolian
# vowel separator too, which split a word in two for matching while showing nothing; the Arabic letter mark (U+061C,
# the right-to-left mark of Arabic text) and the interlinear annotation controls (U+FFF9-U+FFFB) show nothing either
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
# the zero-width (non-)joiner is part of a word's spelling in Persian and the Indic scripts ("زمین‌لرزه");
# anywhere else (alone, or around a space) it only hides text
_LETTER = f"(?:[^\\W\\d_]|[{MARKS}])"
_LONE_JOINER = re.compile(f"(?<!{_LETTER})[\u200c\u200d]+|[\u200c\u200d]+(?!{_LETTER})")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = cap_mark_runs(_LONE_JOINER.sub("", _INVISIBLE.sub("", text)))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def without_controls(text: str) -> str:
    """``text`` less the controls :func:`normalize` removes (bidi overrides, zero-width spaces, a lone joiner), its
    spacing kept: for a headline, where a right-to-left override turned the report's and the app's title around (and
    a run of combining marks past Unicode's stream-safe 30 is cut to it, as in the text: ``mark_runs``)."""
    return cap_mark_runs(_LONE_JOINER.sub("", _INVISIBLE.sub("", text)))



def norm_words(text: str) -> str:
    """Text as its lower-cased words, for comparing lines whatever their
    punctuation, spacing or Unicode forms."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def split_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs when the text has any (then single
    newlines are hard wraps); otherwise every line is a paragraph."""
    text = text.strip("\n")
    if re.search(r"\n\s*\n", text):
        blocks = [part for b in re.split(r"\n\s*\n", text) for one in _lead_in_apart(b) for part in stamp_apart(one, _is_stamp)]
        paras = [" ".join(line.strip() for line in b.split("\n") if line.strip()) for b in blocks]
        credit = _closing_credit_line(blocks[-1])
        if credit:
            paras[-1:] = [paras[-1][: -len(credit)].rstrip(), credit]
        # a block of the page's furniture at an edge, a line each ("Автор: Ирина Соколова" / "26.11.2026, 14:20";
        # "Источник: ТАСС" / "Теги: ..."), is its lines, each judged alone (not one furniture whole: "Читайте также:"
        # and the headline it links)
        for i in sorted({0, *(() if credit else _tail_blocks(blocks, paras))}, reverse=True):  # (a credit split off is the last line's)
            if not boilerplate_reason(paras[i], is_last=True) and (lines := furniture_lines(blocks[i])):
                paras[i : i + 1] = lines
    else:
        paras = [line.strip() for line in text.split("\n")]
    paras = [p for p in paras if p]
    if paras:  # "... the ministry said. (Reporting by Jane Doe; Editing by John Roe)": the trailer judged alone
        paras[-1:] = trailer_apart(paras[-1])
    return paras


def _is_stamp(line: str) -> bool:
    return bool(LIVE_STAMP.match(line))


def _lead_in_apart(block: str) -> list[str]:
    """A block whose first line is a "read also" lead-in alone ("Related Articles", "Lesen Sie auch") as two, the
    lead-in and the lines under it: joined as one hard-wrapped paragraph, "Related Articles Storm warning issued"
    reads as a fact, where apart the lead-in takes the headline under it (:func:`_linked_headlines`)."""
    first, _, rest = block.strip("\n").partition("\n")
    return [first, rest] if rest.strip() and bare_lead_in(first.strip()) else [block]


def _tail_blocks(blocks: list[str], paras: list[str]) -> list[int]:
    """The indexes of the blocks at the text's end that are the page's furniture, the last one always: a block of
    short furniture lines ("Dalintis" / "Komentarai (12)") may stand above a last one ("Daugiau naujienų – mūsų
    kanale"), and the run ends at the first block that is reporting."""
    tail = [len(blocks) - 1]
    for i in range(len(blocks) - 1, 0, -1):
        if not (furniture_lines(blocks[i]) or boilerplate_reason(paras[i], is_last=True) or edge_line_reason(paras[i])):
            break
        tail.append(i - 1)
    return tail


def _closing_credit_line(block: str) -> str | None:
    """The last line of the text's last block when it is a credit on a line of its own after a finished
    sentence ("... in 2008.\nReporting by Olena Marchuk"; an agency's name alone, "... balsoja par.\nLETA", as
    wires sign), which joining the block's hard wraps would glue to that sentence; a wrapped sentence's last line
    ("... said\navec AFP") is no credit."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if len(lines) > 1 and re.search(r"[.!?\"”»)]$", lines[-2]) and (is_credit(lines[-1]) or is_agency_credit(lines[-1])):
        return lines[-1]
    return None


# a transcript's speaker label ("HOLT:", "THE COURT:"), which no dateline follows
_SPEAKER_LABEL = re.compile(rf"[{UPPER}][{UPPER}.'’ -]{{1,30}}:\s")


# ------------------------------------------------------------------ live blogs

# A live blog's time stamp: "23 h 45", "07:30", "14.10 Uhr", "10:15 a.m.", "7h30".  Standing alone it heads
# the entry after it; it is no fact of its own, but the time it gives dates that entry's "this morning".
_CLOCK = (
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|[ ]?h(?:[ ]?[0-5]\d)?)(?:[ ]?(?:[Uu]hr|uur|h|horas|hrs?|godz\.?|ч\.?|[ap]\.[ ]?m\.|[AaPp][Mm]))?"
)
LIVE_STAMP = re.compile(rf"^{zoned(_CLOCK)}[ ]?[.:–—-]?$")  # with its zone: "6:45 p.m. ET" (:mod:`.stamp_lines`)
_STAMP_END = re.compile(r"[ ]?(?:[:–—-]|(?<=\d)\.)$")  # "07:30." and "07:30 –", not "a.m."


def _attach_stamps(paragraphs: list[str], removed: list[str]) -> list[str]:
    """Paragraphs with each time stamp standing alone joined to the entry after it ("23 h 45 – Entry");
    one with no entry after it (at the end, or before another stamp) is dropped into ``removed``."""
    out: list[str] = []
    stamp = None
    for para in paragraphs:
        if LIVE_STAMP.match(para):
            if stamp:
                removed.append(stamp)
            stamp = para
            continue
        if stamp:
            para = f"{_STAMP_END.sub('', stamp)} – {para}"
            stamp = None
        out.append(para)
    if stamp:
        (removed if out else out).append(stamp)  # never the whole text
    return out


@dataclass
class CleanText:
    text: str
    dateline: str | None = None
    dateline_offset: int | None = None
    removed: list[str] = field(default_factory=list)
    agency: str | None = None  # the wire agency its dateline names ("LONDON (Reuters) -"): the outlet when none is given
    dateline_date: str | None = None  # the date the dateline prints, as printed ("Nov. 19"; see Article.dateline_date)


_MAX_LINKED_WORDS = 14


def _linked_headlines(paragraphs: list[str]) -> set[int]:
    """The indexes of the headlines that a "read also" lead-in alone on its line links ("Mehr zum Thema" /
    "Kommentar: Die Stadt hat versagt"): the one paragraph after the lead-in, when it is a bare headline (short,
    no sentence's end); the next one may be the story's own crosshead, so it stays."""
    return {
        i + 1
        for i, para in enumerate(paragraphs[:-1])
        if bare_lead_in(para) and len(paragraphs[i + 1].split()) <= _MAX_LINKED_WORDS and looks_like_title(paragraphs[i + 1])
    }


def clean_paragraphs(paragraphs: list[str]) -> CleanText:
    """Remove boilerplate paragraphs, separate the dateline, join the rest.

    Paragraphs are joined by a blank line; offsets of later stages index this
    joined text."""
    removed: list[str] = []
    signatures: list[str] = []
    paragraphs = quote_posts(paragraphs, signatures)  # an embedded post, its author's quotation (:mod:`.embedded_posts`)
    kept: list[str] = []
    linked = _linked_headlines(paragraphs)
    # Walk from the end so that trailing labels ("Source:") followed only by
    # furniture are recognised as dangling.
    tail = True
    for i, para in reversed(list(enumerate(paragraphs))):
        why = i in linked or boilerplate_reason(para, is_last=tail) or tail and (edge_line_reason(para) or closing_credit_reason(para))
        if why:
            removed.append(para)
            continue
        tail = False
        kept.append(para)
    kept.reverse()
    removed.reverse()
    removed[:0] = signatures
    # a byline opens the article, a byline or a signature closes it (never its only paragraph)
    lead = 0
    # (a republication note may open the text too: "This story was originally published by Grist.")
    while len(kept) > 1 and (byline_reason(kept[0], "first") or edge_line_reason(kept[0]) or is_republication_note(kept[0])):
        removed.insert(lead, kept.pop(0))
        lead += 1
    # (the page's metadata over a closing signature is at the edge once the signature goes: "کد خبر: ۴۵۶۷۸۹" over "انتهای پیام/")
    signed = False
    while len(kept) > 1 and (byline_reason(kept[-1], "last") or signed and edge_line_reason(kept[-1])):
        removed.append(kept.pop())
        signed = True
    kept = _attach_stamps(kept, removed)

    out: list[str] = []
    dateline = None
    dateline_offset = None
    agency = None
    dateline_date = None
    pos = 0
    # a transcript labels each turn "HOLT:", "THE COURT:"; a dateline comes once
    transcript = sum(1 for p in kept if _SPEAKER_LABEL.match(p)) >= 2
    for i, para in enumerate(kept):
        if dateline is None and i < 3 and not (transcript and _SPEAKER_LABEL.match(para)):
            d = split_dateline(para)
            if d is None and i == 0:  # "Husum. Der Sturm ...": only at the top, judged on the whole article
                d = split_place_stop(para, "\n\n".join(kept))
            elif d is None:  # "Győr, 2026. november 18. – ..." under a standfirst: a full date only
                d = split_dated_place(para, "\n\n".join(kept), first=False)
            if d and (d.after.strip() or i + 1 < len(kept)):  # a dateline alone on its line heads the next one
                dateline = f"{d.place} ({d.agency})" if d.place and d.agency else d.place or d.agency  # "本报讯": the paper alone
                if d.agency and not DATELINE_ZH_OWN.match(para):  # ("本报", this paper, names no outlet)
                    agency = d.agency.split("/")[0].strip() or None  # "dpa/lno": dpa's regional service
                if d.before:
                    out.append(d.before)
                    pos += len(d.before) + 2
                dateline_offset = pos
                dateline_date = d.date or None
                para = d.after.strip()
        if para:
            out.append(para)
            pos += len(para) + 2
    return CleanText("\n\n".join(out), dateline, dateline_offset, removed, agency, dateline_date)


_SENTENCE_END = re.compile(r"[.!?:;,\"”»。！？｡：；，」』…؟۔।]$")
_MAX_TITLE_CHARS = 200  # a line of a script without spaces is one "word" however long


# a headline may close on a quoted phrase with no stop inside it: '한일 정상, 12건 협정 서명…"바다는 벽 아닌 다리"',
# 'Minister: "We stand together"' (a sentence that closes a quotation has its stop inside: '... "together."')
_QUOTED_TAIL = re.compile(r"(?<![.!?。！？…,，:;：；\s])[\"”»」』]$")


def looks_like_title(line: str) -> bool:
    """A first line is a headline when it is short and not a finished sentence (in any script's
    punctuation: a Chinese or Japanese sentence ends on "。")."""
    words = line.split()
    text = line.strip()
    text = text[:-1] if _QUOTED_TAIL.search(text) else text
    return 0 < len(words) <= 25 and len(line.strip()) <= _MAX_TITLE_CHARS and not _SENTENCE_END.search(text)

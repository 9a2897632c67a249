"""The last steps of :mod:`.attribution`'s table: weaker evidence, then speakers inferred from context.

Where no cue of the quotation's own clause names a speaker, these read further off: a cue in the
sentence before (:func:`by_previous_sentence_cue`), the subject a quoted phrase hangs on
(:func:`by_governing_subject`), the person a headline names (:func:`by_headline`); and, for a
quotation none of the steps attributes, the quote before it continued (:func:`by_continuation`, or the
one asked a question: :func:`_addressee`) or the last person named nearby (:func:`by_salience`, cue
``near``).  They were split off :mod:`.attribution` to keep it short; its tables
(:data:`.attribution.EXPLICIT`, :data:`.attribution.INFERRED`) still set their order, and every name is
still importable from there.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from parallax.analyze.quotes.cue_lexicon import LEXICAL_CUES
from parallax.analyze.quotes.cues import _can_speak, _clip_subject, _governing_subjects, _headline_speaker, _names_outside
from parallax.analyze.quotes.marks import _inside, _words
from parallax.analyze.quotes.people import NOBODY, _is_headline
from parallax.records import Quote

if TYPE_CHECKING:  # the site and the speaker are only annotations here; attribution imports these steps
    from parallax.analyze.quotes.attribution import QuoteSite, Speaker


def by_previous_sentence_cue(site: QuoteSite) -> Speaker | None:
    """A quotation on its own after a sentence that names a speaker and quotes nothing (a quotation
    there is continued instead): 'Cummings called him a master at deals. "He showed ..."'.  First, one whose own
    verb of saying has someone unnamed for subject is no one's named (:func:`by_unnamed_cue`), in any language."""
    if (unnamed := by_unnamed_cue(site)) is not None:
        return unnamed
    if not site.parsed or site.si == 0 or site.before or _cue_after_mark(site) is not None:
        return None
    lo, hi = site.sents[site.si - 1]
    if any(lo <= s.start < hi for s in site.spans):
        return None
    said = [c for c in site.cues if lo <= c.pos < hi and c.subj and not _inside(c.pos, site.spans)]
    subj = _clip_subject(said[-1].subj, site.spans, site.text) if said else None
    return site.named(*subj, said[-1].text) if subj else None


# the indefinite article of someone described and not named, per language: "a réagi un ouvrier", "dijo una vecina"
_INDEFINITE = {
    "en": "a|an", "fr": "un|une|des", "es": "un|una|unos|unas", "it": "un|una|uno|un'", "pt": "um|uma|uns|umas",
    "ca": "un|una", "de": "ein|eine|einer", "nl": "een", "ro": "un|o", "sv": "en|ett", "da": "en|et", "no": "en|ei|et",
}  # fmt: skip


@cache
def _cue_pattern(lang: str) -> re.Pattern[str] | None:
    cues = LEXICAL_CUES.get(lang)
    unnamed = _INDEFINITE.get(lang, "(?!)")
    return re.compile(rf"\W{{0,3}}\s*(?:[—–-]\s*)?(?i:{cues})(?!\w)(?P<unnamed>\s+(?i:{unnamed})\s)?") if cues else None


def _cue_after_mark(site: QuoteSite) -> re.Match[str] | None:
    """The verb of saying that goes on the quotation's own sentence after its closing mark ('« C'est un choc », a
    réagi un ouvrier.'), if any: with it the quotation is not one on its own, and its speaker is that verb's subject,
    named or not, never the sentence before's ("La direction a annoncé 200 suppressions" had given the worker's
    words to the firm)."""
    pattern = _cue_pattern(site.lang)
    return pattern.match(site.text, site.span.end, site.sent[1]) if pattern is not None else None


def by_unnamed_cue(site: QuoteSite) -> Speaker | None:
    """No one named: the verb of saying after the quotation has someone described by an indefinite article for its
    subject ('« … », a réagi un ouvrier.', '«…», dijo una vecina.'), whom no step before named; the person last
    named nearby (:func:`by_salience`), the quote before (:func:`by_continuation`) or the subject of the sentence
    before is someone else.  (Run first thing in :func:`by_previous_sentence_cue`, which keeps the table's order.)"""
    found = _cue_after_mark(site)
    return (NOBODY, 0, 0, "") if found is not None and found.group("unnamed") else None


def by_governing_subject(site: QuoteSite) -> Speaker | None:
    """A phrase quoted inside a clause goes to a subject that can speak: 'Trump attacked “the hateful ideology ...”'."""
    if not site.parsed or not site.before or _words(site.content) < 3:
        return None
    for subj in _governing_subjects(site.para.doc, site.span):
        subj = _clip_subject(subj, site.spans, site.text)
        if subj and _can_speak(site.article, site.para.offset + subj[0], site.para.offset + subj[1]):
            return site.named(*subj, "quoted")
    return None


def by_headline(site: QuoteSite) -> Speaker | None:
    """A headline (or one-sentence first paragraph) quoting someone it names."""
    text = site.text
    if site.index != 0 or not (_is_headline(text) or len(site.sents) == 1 and _words(text) <= 25):
        return None
    return _headline_speaker(site.attrib, site.para, text[: site.span.start])


def by_continuation(site: QuoteSite) -> Speaker | None:
    """News prose continues a quote: the previous quote of the paragraph, or of the previous paragraph
    when this one opens with the quotation and names no one outside its quotes."""
    if site.para_quotes and site.para_quotes[-1].speaker and site.para_quotes[-1].kind != "indirect":
        prev = site.para_quotes[-1]
    elif (
        site.opens_paragraph
        and site.prev_para_last
        and site.prev_para_last.speaker
        and not _names_outside(site.article, site.para, site.spans)
    ):
        prev = site.prev_para_last
    else:
        return None
    if prev in site.para_quotes and (asked := _addressee(site, prev)) is not None:
        return asked
    return prev.speaker, prev.speaker_start, prev.speaker_end, prev.cue  # type: ignore[return-value]


def _addressee(site: QuoteSite, prev: Quote) -> Speaker | None:
    """The answer to a question put to someone: after '"Will it reopen?" a parent asked the mayor.',
    "Not before September." is the mayor's, not the parent's (cue ``near``: inferred).  A question
    with no one asked ('"Why wait?" she asked. "We must act."') is continued as before."""
    if not site.parsed or not prev.text.rstrip(" \"'”’»").endswith("?"):
        return None
    lo, hi = prev.end - site.para.offset, site.span.start
    for cue in site.cues:
        tok = site.para.doc[cue.tok] if cue.tok >= 0 else None
        if tok is None or not lo <= cue.pos < hi or tok.lemma_.lower() != "ask":
            continue
        for obj in tok.children:
            if obj.dep_ in ("dobj", "obj", "iobj") and obj.idx > tok.idx and not _inside(obj.idx, site.spans) and _one_person(obj):
                found = site.named(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text), "near") if obj.pos_ != "PRON" else None
                return found if found else (NOBODY, 0, 0, "near")  # asked "her": an answer, but not the asker's
    return None


_AUDIENCES = frozenset({"crowd", "audience", "room", "press", "public", "nation", "country", "house", "chamber"})


def _one_person(tok) -> bool:
    """An addressee who answers: one person, not the reporters or the crowd a speaker asks a
    rhetorical question ('Reed asked reporters. "Nobody did."' is still Reed)."""
    return tok.tag_ not in ("NNS", "NNPS") and tok.lower_ not in _AUDIENCES and tok.lower_ not in ("them", "us", "you")


def by_salience(site: QuoteSite) -> Speaker | None:
    """The last person the paragraph names as a subject or speaker before the quotation (cue ``near``)."""
    return site.attrib.salient_in(site.para.offset, site.para.offset + site.span.start) if site.parsed else None


def after_reported(para_quotes: list[Quote], text: str, offset: int) -> None:
    """A quotation that is a whole sentence, with no speaker, right after a sentence of reported speech goes to that
    speech's speaker: 'Volgens Visser bleef de bemanning rustig. "Niemand raakte in paniek."' (news prose tells the
    gist, then quotes its source's words).  The attribution steps run before the paragraph's reported speech is read,
    so this is done after it, on the paragraph's quotes in order (``text`` is the paragraph's, at ``offset``).  A cue
    of its own ('He said: "..."', a "he" that is no one named) keeps the quotation from it."""
    last: Quote | None = None
    for q in sorted(para_quotes, key=lambda q: q.start):
        if q.kind == "direct" and q.speaker is None and last is not None and last.speaker and last.sentence == q.sentence - 1:
            between = text[last.end - offset : q.start - offset]
            after = re.match(r"[^\w]*?(?:[.!?…]|\Z)", text[q.end - offset :])
            if not re.search(r"\w", between) and after is not None:
                q.speaker, q.speaker_start, q.speaker_end, q.cue = last.speaker, last.speaker_start, last.speaker_end, last.cue
        last = q if q.kind == "indirect" else None


def inside_reported(para_quotes: list[Quote]) -> None:
    """A partial quotation with no speaker inside a clause of reported speech is that speech's speaker's words: 'El
    presidente dijo que "Nadie quedará atrás" en la reconstrucción' (the clause names who speaks; the marks only
    show which words are his).  The indirect clause is read after the marks are attributed, so this runs after it."""
    for q in para_quotes:
        if q.kind != "partial" or q.speaker is not None:
            continue
        host = next((r for r in para_quotes if r.kind == "indirect" and r.speaker and r.start <= q.start and q.end <= r.end), None)
        if host is not None:
            q.speaker, q.speaker_start, q.speaker_end, q.cue = host.speaker, host.speaker_start, host.speaker_end, host.cue

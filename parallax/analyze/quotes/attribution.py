"""Who said a quotation: an ordered table of attribution steps.

Each step reads one kind of evidence and returns ``(speaker, start, end, cue)`` or ``None``; the first step that
answers wins, so the order is the policy.  Explicit evidence comes first (a cue verb and its subject, a "Name:" lead,
a colon after a clause subject, lexical cue words, a dash byline, the previous paragraph's "He said:"), then weaker
evidence (a cue in the sentence before, the subject a quoted phrase hangs on, a headline's speaker).  A quotation of
one or two words that none of these attributes is a scare-quoted term and is dropped; a longer one may still be
inferred from context: the quote before it continues, or the last person named nearby (cue ``near``, which compare
does not count as evidence of misattribution).

A new kind of evidence is one function here and one place in :data:`EXPLICIT` or :data:`INFERRED`.  The weaker
steps at the end of the tables (the sentence before, the subject a quoted phrase hangs on, the headline, and the
inferred ones) live in :mod:`.weak_evidence`, split off to keep this module short, and a language's own shape in its
module (:func:`.turkish.by_statement_source`); every name is still importable from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from parallax.analyze import Paragraph
from parallax.analyze.quotes.ar_subjects import ar_subject_before
from parallax.analyze.quotes.body_roles import DESCRIPTION_LEAD as _DESCRIPTION_LEAD
from parallax.analyze.quotes.cues import (
    _DASH_NAME,
    _LEAD_NAME,
    _clause_subject,
    _clip_subject,
    _Cue,
    _ends_inside_its_sentence,
    _lexical_speaker,
    _past_dash,
    _pick_cue,
    _region,
    _sentence_of,
)
from parallax.analyze.quotes.marks import _Span, _words
from parallax.analyze.quotes.name_labels import person_before_dash
from parallax.analyze.quotes.people import NOBODY, _Attributor, _is_headline
from parallax.analyze.quotes.transcript import label_in_quotation
from parallax.analyze.quotes.turkish import by_statement_source
from parallax.analyze.quotes.uncased import UNCASED, closes_quotation, find_speaker, name_in
from parallax.analyze.quotes.uncased_names import full_name_before
from parallax.analyze.quotes.uncased_reported import last_statement, reported_before
from parallax.analyze.quotes.weak_evidence import _AUDIENCES as _AUDIENCES
from parallax.analyze.quotes.weak_evidence import _addressee as _addressee
from parallax.analyze.quotes.weak_evidence import _one_person as _one_person
from parallax.analyze.quotes.weak_evidence import by_continuation, by_governing_subject, by_headline, by_previous_sentence_cue, by_salience
from parallax.analyze.quotes.works import name_after_that, names_a_body, names_a_work
from parallax.analyze.titles import describes_a_role
from parallax.letters import UPPER
from parallax.records import Article, Quote

Speaker = tuple[str, int, int, str]  # name, start, end (article offsets), cue
# the name a description opening the sentence introduces, set off by commas after the description and its
# complement: 'El alcalde de Girona, Jordi Vila, declaró: «...»', "L'alcaldessa, Marta Puig, va dir:" (an
# explanatory apposition, which Spanish, Catalan, Italian and Portuguese punctuate with a comma on each side)
# a person after "of" owns the subject: "Il difensore di Ferretti, l'avvocato Paolo Neri, ha annunciato: «...»"
_OF_BEFORE = re.compile(r"(?<!\w)(?:di|de|do|da|dos|das|del|della|dello|dei|degli|of|von|des|du)\s\Z", re.I)
_APPOSED_AFTER_LEAD = re.compile(rf"[^,:;.!?]{{0,60}},\s(?P<spk>[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+){{1,3}}),\s")


@dataclass
class QuoteSite:
    """One quotation span and what the attribution steps may read around it."""

    article: Article
    attrib: _Attributor
    para: Paragraph
    index: int  # of the paragraph in the article
    lang: str
    parsed: bool  # the paragraph has a dependency parse
    sents: list[tuple[int, int]]  # paragraph offsets
    spans: list[_Span]  # every quotation of the paragraph
    cues: list[_Cue]
    used_cues: set[int]  # cue positions already taken (written by the cue step)
    span: _Span
    si: int  # index of the quotation's sentence in ``sents``
    before: str  # the sentence's text before the opening mark
    intro: Speaker | None  # "He said:" closing the previous paragraph
    para_quotes: list[Quote]  # quotes of this paragraph so far
    prev_para_last: Quote | None  # last marked quote of the previous paragraph

    @property
    def text(self) -> str:
        return self.para.text

    @property
    def sent(self) -> tuple[int, int]:
        return self.sents[self.si]

    @property
    def open_to_close(self) -> tuple[int, int]:
        """From the sentence where the quotation opens to the end of the one where it closes."""
        return self.sent[0], max(self.sent[1], _sentence_of(max(self.span.start, self.span.end - 1), self.sents)[1][1])

    @property
    def opens_paragraph(self) -> bool:
        """Whether the quotation opens its paragraph: only its mark before it, and the space French
        sets inside the guillemets ("« Personne n'est venu. »")."""
        return not self.text[: self.span.start].strip(" \u00a0\u202f«»„“”\"‘‹›")

    @property
    def content(self) -> str:
        return self.text[self.span.start : self.span.end]

    def named(self, start: int, end: int, cue: str, first: bool = False) -> Speaker | None:
        """The speaker a subject span (paragraph offsets) names, resolved by the attributor."""
        off = self.para.offset
        return self.attrib.named(off + start, off + end, cue, off + self.span.start, first)


Step = Callable[[QuoteSite], "Speaker | None"]


def by_transcript_label(site: QuoteSite) -> Speaker | None:
    """A transcript quoted whole, each turn opening with its speaker's label ('"PENCE: Well, look, ...'):
    the label names the speaker, whatever cue stands near the quotation."""
    found = label_in_quotation(site.content, site.para.offset + site.span.start)
    return (*found, ":") if found else None


def by_name_before_dash(site: QuoteSite) -> Speaker | None:
    """'... Mitt Romney -- ''It is disqualifying ...'' --': :func:`.name_labels.person_before_dash`."""
    off = site.para.offset
    person = person_before_dash(site.article, site.text, off, site.sent[0], site.span.start, site.content)
    return site.attrib.named(person.start, person.end, "—", off + site.span.start) if person else None


def by_cue(site: QuoteSite) -> Speaker | None:
    """A speech verb outside the quotation and its subject: '“...,” Stoltenberg said.'"""
    if not site.parsed:
        return None
    cue = _pick_cue(site.para.doc, site.span, site.cues, _region(site.span, site.sents, len(site.text)), site.spans)
    if cue is None or _after_headline_label(site, cue.pos):
        return None
    site.used_cues.add(cue.pos)
    subj = _past_dash(site.text, _clip_subject(cue.subj, site.spans, site.text))
    return site.named(*subj, cue.text) if subj else None


def _after_headline_label(site: QuoteSite, pos: int) -> bool:
    """Whether a cue at ``pos`` stands after the person a headline labels with a colon: in "Dana
    Whitfield: Mayor Asking Auditor To Recheck Harbour Books ‘Smells of Panic’" the quoted words are
    Whitfield's, and "Asking" is what the headline reports of the mayor (:func:`by_lead_name` answers)."""
    if site.index != 0 or not _is_headline(site.text):
        return False
    colon = site.text.rfind(":", site.sent[0], min(pos, site.span.start))
    if colon < 0 or not (lead := _LEAD_NAME.match(site.before)) or site.sent[0] + lead.end() != colon + 1:
        return False
    off = site.para.offset
    return any(e.label in ("PERSON", "PER") and off + site.sent[0] <= e.start and e.end <= off + colon for e in site.article.entities)


def by_uncased_cue(site: QuoteSite) -> Speaker | None:
    """Scripts without capitals (:mod:`.uncased`): the speaker the grammar of the cue marks,
    '局长李明说：“…”', 'وقال الوزير أحمد الحارثي: «…»'; a pronoun ("他说") is the speaker before."""
    if site.lang not in UNCASED:
        return None
    window = site.open_to_close
    found = find_speaker(site.text, site.span.start, site.span.end, window, site.lang)
    if found is None:
        return None
    start, end, cue = found
    if start == end:
        prev = site.para_quotes[-1] if site.para_quotes else last_statement(site.article.text, site.article.quotes, site.prev_para_last, site.para.offset)
        # (or the named subject of a statement reported since, which the pronoun takes up as English "he" does)
        said = reported_before(site.text, site.sents, site.sent[0], site.lang)
        if said is not None and (prev is None or prev.start < site.para.offset + said[2]):
            name, s_, e_ = name_in(site.lang, site.text, said[0], said[1])
            return name, site.para.offset + s_, site.para.offset + e_, cue
        if prev is None or not prev.speaker:  # none before: the subject of the sentence before (:mod:`.ar_subjects`)
            return (*found, cue) if site.lang == "ar" and (found := ar_subject_before(site.article.text, site.para.offset + site.sent[0])) else None
        return prev.speaker, prev.speaker_start or prev.start, prev.speaker_end or prev.start, cue
    name, start, end = name_in(site.lang, site.text, start, end)
    if full := full_name_before(site.lang, site.article.text, site.para.offset + start, name):
        name = full  # "นายวิชัยกล่าวว่า" after "นายวิชัย ทองดี", "김 대통령은" after "김서준 대통령은", in an earlier paragraph
    return name, site.para.offset + start, site.para.offset + end, cue


def by_lead_name(site: QuoteSite) -> Speaker | None:
    """'Said Ellis: “...”', a headline 'Pat Caddell: ... ‘in Their Heads’'."""
    if not site.parsed or not (lead := _LEAD_NAME.match(site.before)):
        return None
    return site.named(site.sent[0] + lead.start("spk"), site.sent[0] + lead.end("spk"), ":")


def by_colon_subject(site: QuoteSite) -> Speaker | None:
    """The subject of the clause a colon or dash closes: 'The minister was blunt: “...”'."""
    if not site.parsed or not site.before.endswith((":", "—", "–", " -")):
        return None
    subj = _clause_subject(site.para.doc, site.sent[0], site.span.start)
    return site.named(*subj, ":") if subj else None


def by_person_before_colon(site: QuoteSite) -> Speaker | None:
    """No parser: 'La ministra Anna Berg respondió: «...»' is the first person named before the colon
    (the subject: '... respondió a Peter Holm:' is Anna Berg's)."""
    if site.parsed or not site.before.endswith(":"):
        return None
    lo, hi = site.para.offset + site.sent[0], site.para.offset + site.span.start
    candidates = (e for e in site.article.entities if e.label in ("PERSON", "PER") and lo <= e.start and e.end <= hi)
    person = next((e for e in candidates if not _OF_BEFORE.search(site.article.text, lo, e.start)), None)
    if person is not None:
        return site.attrib.named(person.start, person.end, ":", site.para.offset + site.span.start)
    # a description opens the sentence: 'Il sindaco ha dichiarato: «...»' (the person it introduced)
    lead = (m := _DESCRIPTION_LEAD.match(site.text, site.sent[0], site.span.start)) and (describes_a_role(m["role"]) or not m["a"]) and m
    if lead and (apposed := _APPOSED_AFTER_LEAD.match(site.text, lead.end(), site.span.start)):
        return site.named(apposed.start("spk"), apposed.end("spk"), ":")  # the description's name, in commas
    return site.named(lead.start(), lead.end(), ":") if lead else None


def by_cue_words(site: QuoteSite) -> Speaker | None:
    """Cue words around the quotation, per language: no parser, or a parse that lost the subject."""
    if site.parsed and not _ends_inside_its_sentence(site.text, site.sent[0], site.span):
        window = _region(site.span, site.sents, len(site.text))
    else:  # no look past the sentence where the quotation closes ("« plancher ». Selon les ONG, ...")
        window = site.open_to_close
    found = _lexical_speaker(site.text, site.span, window, site.lang)
    return site.named(*found) if found else None


def by_dash_name(site: QuoteSite) -> Speaker | None:
    """A list of reactions: '“...” ― Martha Aguilar'."""
    dash = _DASH_NAME.match(site.text, site.span.end)
    return site.named(dash.start("spk"), dash.end("spk"), "―") if dash else None


def by_intro(site: QuoteSite) -> Speaker | None:
    """A paragraph that opens with the quotation after one that ended 'He said:'."""
    return site.intro if site.opens_paragraph else None


EXPLICIT: tuple[Step, ...] = (
    by_transcript_label,
    by_name_before_dash,
    by_cue,
    by_uncased_cue,
    by_lead_name,
    by_colon_subject,
    by_person_before_colon,
    by_statement_source,
    by_cue_words,
    by_dash_name,
    by_intro,
    by_previous_sentence_cue,
    by_governing_subject,
    by_headline,
)
INFERRED: tuple[Step, ...] = (by_continuation, by_salience)

SCARE_QUOTE_WORDS = 3  # an unattributed quotation shorter than this is a scare-quoted term, not a quotation


def is_name_like(content: str) -> bool:
    """A quoted name or title, not words anyone said: every word of four letters or more is
    capitalised ("«Nascere a San Vitale»", "“The Apprentice”") and there are at most eight."""
    words = content.strip(" .,;:!?").split()
    long = [w for w in words if len(w.strip("'’\"-")) >= 4]
    return 0 < len(words) <= 8 and bool(long) and all(w[:1].isupper() for w in long) and not any(c in content for c in ".!?;")


def attribute(site: QuoteSite) -> tuple[bool, Speaker | None]:
    """``(keep, speaker)``: run the steps in order; ``keep`` is False for an unattributed scare quote
    or quoted name."""
    if site.lang in ("ja", "ko") and not closes_quotation(site.text, site.span.end, site.lang):
        return False, None  # no quotative particle after the marks: a name or a term ('‘누리호’가')
    if site.lang in UNCASED and names_a_work(site.text, site.span.start, site.span.end, site.lang):
        # (first: with no capitals, the cue of the sentence around it reads as this title's: 'وقال المحامي لـ"صوت النيل" إن')
        return False, None
    if name_after_that(site.text, site.span.start, site.span.end, site.lang):
        return False, None  # 'сказал, что «Единая Россия» победит': a party's name, which the speaker's cue would take
    for step in EXPLICIT:
        if (speaker := step(site)) is not None:
            return True, None if speaker[0] == NOBODY else speaker  # "dit-on": said, by no one
    if _words(site.content) < SCARE_QUOTE_WORDS or (site.before and is_name_like(site.content)):
        return False, None
    if names_a_work(site.text, site.span.start, site.span.end, site.lang) or names_a_body(site.text, site.span.start, site.span.end, site.lang):
        return False, None  # "der Roman „Die stille Küste“", "партия „Единая Россия“": a title or a name, no one's words
    for step in INFERRED:
        if (speaker := step(site)) is not None:
            return True, None if speaker[0] == NOBODY else speaker  # an answer by someone unnamed
    return True, None

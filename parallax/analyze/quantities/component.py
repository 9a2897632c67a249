"""The ``quantities`` stage of the analysis pipeline: the quantities of each paragraph, outside the
dates and times already found, with the counted noun refined by the parse where there is one
("212 mature trees" counts trees, not "mature"; "a 6.4 quake" stays a magnitude, no count of quakes).
"""

from __future__ import annotations

from parallax.analyze import Paragraph, component
from parallax.analyze.quantities.adverbs import manner_word
from parallax.analyze.quantities.attributive import currency_of_bare_sums
from parallax.analyze.quantities.find import find_quantities
from parallax.analyze.quantities.fractions import whole_offset
from parallax.analyze.quantities.goals_back import GOAL
from parallax.analyze.quantities.magnitude import MAGNITUDE, SHINDO
from parallax.analyze.quantities.national import article_yuan
from parallax.analyze.quantities.spoken_rates import RATES
from parallax.analyze.quantities.units import singular
from parallax.analyze.quantities.zh_percent import with_zh_percents
from parallax.analyze.span_index import SpanIndex
from parallax.records import Article, Quantity


def _counted_noun(doc, q: Quantity, language: str | None) -> str | None:
    """With a parse, the noun a number counts, past its adjectives and modifiers ("212 mature
    trees" counts trees, "40 patrol vessels" vessels), normalised like the lexical unit."""
    span = doc.char_span(q.start + whole_offset(q.text), q.end, alignment_mode="expand")  # (the 900 of "a third of the 900")
    if span is None or not len(span):
        return None
    tok = span[1] if len(span) > 1 and span[0].pos_ == "DET" else span[0]  # "a dozen": the number's words
    while tok.dep_ in ("compound", "nummod") and (tok.head.like_num or tok.i < tok.head.i < span.end):
        tok = tok.head  # "2 million", "two dozen": the number's last word
    noun = tok.head
    if tok.dep_ == "compound" and noun.pos_ == "NOUN" and noun.i > tok.i:
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head  # "a dozen aid workers", parsed as a compound of "aid": the workers
    elif tok.dep_ != "nummod":
        return None
    if noun.pos_ != "NOUN" or noun.i <= tok.i or noun.i - tok.i > 4:
        return None
    return singular(noun.text.lower(), language) or None


# the relations of a noun: a word the parse tags an adverb yet hangs on a verb as its object or subject is a noun it
# mis-tagged (the French model reads "attaqué 90 magasins" with "magasins" an adverb, the verb's object)
_NOUN_RELATIONS = frozenset({"obj", "dobj", "iobj", "nsubj", "nsubj:pass", "nsubjpass", "obl", "obl:arg", "nmod", "appos", "conj"})


def _adverb_after(doc, q: Quantity) -> bool:
    """Whether the word after a number is an adverb, no noun ("dont quatre grièvement"; not "attaqué 90 magasins")."""
    after = doc.char_span(q.end, len(doc.text), alignment_mode="expand")
    return after is not None and len(after) > 0 and after[0].pos_ == "ADV" and after[0].dep_ not in _NOUN_RELATIONS


def _noun_after(doc, q: Quantity) -> bool:
    """Whether the parse reads the word after a number as a noun ("1.4bn people"; not "1.4bn comes")."""
    after = doc.char_span(q.end, len(doc.text), alignment_mode="expand")
    return after is not None and len(after) > 0 and after[0].pos_ in ("NOUN", "PROPN")


@component("quantities")
def add_quantities(article: Article, paragraphs: list[Paragraph]) -> None:
    """Fill ``article.quantities``, paragraph by paragraph, skipping the spans of ``article.times``."""
    times = SpanIndex(article.times)
    for para in paragraphs:
        # the times that reach into the paragraph, in the times' order (every time of the article, shifted for each
        # paragraph and tested against each figure, made this stage grow as the square of a long text's length)
        skip = [(t.start - para.offset, t.end - para.offset) for t in times.reaching(para.offset, para.offset + len(para.text))]
        parsed = para.doc.has_annotation("DEP")
        found = find_quantities(para.text, article.language, skip)
        if (article.language or "").startswith("zh"):
            found = with_zh_percents(para.text, found)  # "百分之三点二": the share written before its figure
        bare = set()  # the figures no noun follows, by the text or by the parse ("1.4bn comes from the EU")
        for i, q in enumerate(found):
            # (not LABEL or AGE; a magnitude is no count; nor a currency's ISO code, "3.1 billion kronor" read as SEK,
            # which the parse's noun, "kronor", would set back to a word that meets no other language's sum)
            # (nor a speed, "60 miles an hour" read as mph: the parse's noun is the length, "mile", :mod:`.spoken_rates`)
            # (nor the goal of "pulled one back", whose "back" the parse reads as an adverb, :mod:`.goals_back`)
            if (
                parsed
                and q.unit
                and q.unit.isalpha()
                and q.unit not in (MAGNITUDE, SHINDO, GOAL, *RATES)
                and not (q.unit.isupper() and q.unit.isascii())
            ):
                noun = _counted_noun(para.doc, q, article.language)
                if noun is None and not _noun_after(para.doc, q):
                    bare.add(i)
                q.unit = noun or (None if _adverb_after(para.doc, q) else q.unit)
            elif not parsed and manner_word(q.unit, article.language):
                q.unit = None  # "van wie drie ernstig", "joista kaksi vakavasti": how, not what (:mod:`.adverbs`)
            if q.unit is None:
                bare.add(i)
        currency_of_bare_sums(para.text, found, bare)  # "€2.1bn, of which 1.4bn": euros
        for q in found:
            q.start += para.offset
            q.end += para.offset
            article.quantities.append(q)
    if (article.language or "").startswith("zh"):
        article_yuan(article.text, article.quantities)  # "1200萬元" after "新台幣200萬元": the Taiwan dollar

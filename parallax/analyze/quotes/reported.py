"""Reported speech without quotation marks: an ``indirect`` quote.

"Stoltenberg said the meeting discussed ...", "The plan failed, X said", "The
museum, Bush said, celebrated ...", "According to X, ...", and findings or
beliefs ("the report found ..."): the clause is the quote, the verb's subject
(or the "according to" object) its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import takewhile

from parallax.analyze.quotes.according_appositions import opening_according
from parallax.analyze.quotes.antecedents import _PERSON_HEADS, POSSESSIVES
from parallax.analyze.quotes.body_votes import a_body_vote
from parallax.analyze.quotes.claim_nouns import faced_judgments, ownerless_claims, ownerless_intents
from parallax.analyze.quotes.clause_repairs import closing_cue_as_noun
from parallax.analyze.quotes.clauses import (
    INDIRECT_LEMMAS,
    INTENT_LEMMAS,
    REPORTING_LEMMAS,
    _acts_as_verb,
    _gerund_subject,
    _in_question,
    _name_before,
    _noun_claims,
    _reported_clause,
    _stance_claims,
    _unreported_infinitive,
    lemma_of,
)
from parallax.analyze.quotes.cues import _can_speak, _sentence_of, _subject_span
from parallax.analyze.quotes.feelings import feelings
from parallax.analyze.quotes.held_stances import held_stances
from parallax.analyze.quotes.impersonal import unnamed_claims
from parallax.analyze.quotes.intentions import intent_adjectives
from parallax.analyze.quotes.marks import _inside, _words
from parallax.analyze.quotes.observed_objects import observed_only
from parallax.analyze.quotes.people import _COLLECTIVE
from parallax.analyze.quotes.poll_shares import poll_shares
from parallax.analyze.quotes.reporting_words import PARTICLE_ACTS
from parallax.analyze.quotes.romance_sources import ROMANCE, according_sources
from parallax.analyze.quotes.saying_sites import _utterance_speaker
from parallax.analyze.quotes.stances import (
    STANCE_WORDS,
    intent_claims,
    nominal_stances,
    object_report,
    stance_words,
    takes_a_stance,
)
from parallax.analyze.span_index import index_of
from parallax.analyze.titles import ROLES
from parallax.records import Quote

# (the lexicons of reporting words and the clause they report live in :mod:`.clauses`)
__all__ = ["INDIRECT_LEMMAS", "_indirect"]


def _according_to(doc) -> list[tuple[int, int, tuple[int, int]]]:
    """Clauses attributed with "according to X" or "selon X" (before or after them): (start, end, source span)."""
    out = opening_according(doc)
    opened = {src[0] for _, _, src in out}
    for tok in doc:
        if tok.idx in opened or tok.i + 2 < len(doc) and doc[tok.i + 2].idx in opened:
            continue  # (an opening "According to X, Y, ..." read above: :mod:`.according_appositions`)
        if tok.lower_ in ("selon", "según") and tok.dep_ == "case" and tok.i + 1 < len(doc):
            # « Selon la police, trois personnes ont été blessées »: the noun hangs on the verb
            noun, head = tok.head, tok.head.head
            if noun.i <= tok.i or head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
                continue
            end = noun.right_edge.idx + len(noun.right_edge.text)
            src = (doc[tok.i + 1].idx, doc[tok.i + 1].idx + len(doc.text[doc[tok.i + 1].idx : end].rstrip(" ,;:")))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            # (or the phrase the tagger read as a verb: "according to show insiders", "show" a verb)
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"] or [c for c in doc[tok.i + 1].children if c.dep_ == "pcomp"]
            # (a root "According" is its own head: the parser took the sentence for a phrase on it, "According to
            # radio host Ann Roe, the move reeks of fear", whose words after the source are what the source says)
            head = tok.head
            if not objs or head.pos_ not in ("VERB", "AUX"):
                continue
            src = (objs[0].left_edge.idx, objs[0].right_edge.idx + len(objs[0].right_edge.text))
            # (the source ends at its comma: "according to the Labor Department, the lowest level in a decade"
            # is no apposition of the department, whatever the parser hung on it)
            src = (src[0], min(src[1], _comma_after(doc, objs[0])))
        else:
            continue
        phrase_start, phrase_end = tok.idx, src[1]
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        if phrase_start <= start + 1:  # "According to X, the plan ..."
            start = phrase_end
        elif phrase_end >= end - 1 or head.idx < phrase_start:
            # "the plan ..., according to X", or with more after it ("Incomes would rise 19.9 percent,
            # according to the Tax Foundation, more than twice what ..."): the clause it follows, its verb
            # before it, is what X says
            end = phrase_start
        else:
            continue  # inside the clause, before its verb ("The plan, according to X, will fail"): leave it
        text = doc.text[start:end]
        lead = len(text) - len(text.lstrip(" ,;:—–-"))
        out.append((start + lead, start + len(text.rstrip(" ,;:—–-")), src))
    return out


def _comma_after(doc, tok) -> int:
    """Where the first comma after ``tok`` stands (the end of the text when there is none)."""
    return next((t.idx for t in doc[tok.i + 1 :] if t.text == ","), len(doc.text))


def _indirect(article, para, sents, spans, attrib, sent_base):
    """Reported speech (:func:`_attributed`), then, in English, what no person is named for
    (:mod:`.impersonal`) where it overlaps none of them."""
    found = list(_attributed(article, para, sents, spans, attrib, sent_base))
    yield from found
    lang = (article.language or "en")[:2]
    if lang in ROMANCE:
        yield from _romance_according(para, sents, spans, attrib, sent_base, found)
    if lang != "en":
        return
    taken = [(q.start - para.offset, q.end - para.offset) for q in found]
    ownerless = ownerless_claims(para.doc) + ownerless_intents(para.doc) + faced_judgments(para.doc)
    for start, end, source, cue in poll_shares(para.text) + unnamed_claims(para.doc) + ownerless:
        if any(s < end and start < e for s, e in taken) or _quoted(spans, start, end) > 0.5 * (end - start):
            continue
        for q in _sourced_quote(para, sents, sent_base, attrib, start, end, source, cue):
            taken.append((start, end))
            yield q


def _sourced_quote(para, sents, sent_base, attrib, start: int, end: int, source: tuple[int, int] | None, cue: str):
    """The indirect quote of paragraph offsets ``start:end``: said by the person ``source`` names, by the
    thing it names where it names no one ("polls"), or by no one when there is no source."""
    speaker = attrib.named(para.offset + source[0], para.offset + source[1], cue, para.offset + start) if source is not None else None
    if speaker and speaker[0] and _names_itself(para.text[source[0] : source[1]], speaker[0]):
        name, s_start, s_end = speaker[0], speaker[1], speaker[2]
    elif source is not None:
        name, s_start, s_end = para.text[source[0] : source[1]], para.offset + source[0], para.offset + source[1]
    else:
        name, s_start, s_end = None, None, None
    content = para.text[start:end].rstrip(" .,;")
    si, _ = _sentence_of(start, sents)
    yield Quote(content, para.offset + start, para.offset + start + len(content), "indirect", name, s_start, s_end, cue, sent_base + si)


def _romance_according(para, sents, spans, attrib, sent_base, found):
    """Statements a Romance "according to" opens or closes (:mod:`.romance_sources`) that no quote read yet covers."""
    taken = [(q.start - para.offset, q.end - para.offset) for q in found]
    for start, end, spk_start, spk_end, cue in according_sources(para.text, sents):
        if any(s < end and start < e for s, e in taken) or _words(para.text[start:end]) < 3:
            continue
        if _quoted(spans, start, end) > 0.5 * (end - start) or _inside(spk_start, spans):
            continue
        for q in _quote(para, sents, sent_base, attrib, start, end, (spk_start, spk_end), cue):
            taken.append((start, end))
            yield q


def _names_itself(source: str, name: str) -> bool:
    """Whether the name a source phrase was resolved to is that phrase's own (a word in common), or the phrase
    is a pronoun: "this poll" resolved to the person the article is about is no source of its findings."""
    words = {w.strip(",.’'").lower() for w in source.split()}
    return len(words) == 1 or bool(words & {w.strip(",.’'").lower() for w in name.split()})


def _attributed(article, para, sents, spans, attrib, sent_base):
    """Reported speech: a speech verb's clause, with the verb's subject as speaker.
    A clause that is mostly a quotation is left to the quotation; one that only
    carries a quoted phrase ('He said that her “only experience” was ...') is
    reported speech all the same."""
    doc = para.doc
    text = para.text  # read once (a cached property): spaCy's doc.text joins every token
    english = (article.language or "en")[:2] == "en"
    for tok in doc:
        lemma = lemma_of(tok)
        stance = english and tok.pos_ == "VERB" and takes_a_stance(tok)
        if lemma in REPORTING_LEMMAS and (closing := closing_cue_as_noun(tok)) and not _inside(tok.idx, spans):
            if _quoted(spans, closing[0], closing[1]) <= 0.5 * (closing[1] - closing[0]) and _an_actor(article, para, closing[2]):
                yield from _quote(para, sents, sent_base, attrib, closing[0], closing[1], closing[2], tok.text)
            continue  # '…, the candidate's former doctor maintains.': the parser's noun is the verb
        if lemma not in REPORTING_LEMMAS and not stance or not _acts_as_verb(tok) or _inside(tok.idx, spans):
            continue
        if (lemma in INDIRECT_LEMMAS or stance) and (_unreported_infinitive(tok) or _in_question(tok)):
            continue
        if any((lemma, c.lower_) in PARTICLE_ACTS for c in tok.children if c.dep_ in ("prt", "compound:prt")):
            continue  # "will be sworn in when ...": another act (:data:`.reporting_words.PARTICLE_ACTS`)
        clause = _reported_clause(tok) if lemma in REPORTING_LEMMAS else None
        least = 3  # words of a reported clause
        if clause is None and stance and not _reported_itself(tok) and (found := object_report(tok)) is not None:
            if _quoted(spans, *found):
                continue  # 'blasted Clinton as a “disgrace”': the quoted word is the stance, read as a quotation
            if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children) and not _shares_subject(tok):
                continue  # a stance needs its holder named at the verb ("China's failure to condemn the war" takes none)
            clause, least = (*found, True), STANCE_WORDS
        if clause is None or english and (observed_only(tok) or a_body_vote(tok)):
            continue  # (:mod:`.observed_objects`: "Police questioned the captain"; :mod:`.body_votes`: "voted 4-2")
        start, end, needs_actor = clause
        if english and _a_noun_phrase(doc, start, end):
            least = STANCE_WORDS  # what was cited, called for or denied: a noun phrase is short ("called for a ban")
        elif english and lemma in INTENT_LEMMAS and re.match(r"(?:not |never )?to ", text[start:end]):
            least = STANCE_WORDS  # an intention is a verb: "declined to comment", "pledged to stay calm"
        if english and least == STANCE_WORDS:
            least = stance_words(doc, start, end)  # (a name alone: "endorsed Trump")
        if start <= tok.idx < end and tok.dep_ != "parataxis":
            continue  # the verb inside its own complement: a parse error
        quoted = _quoted(spans, start, end)
        if quoted > 0.5 * (end - start) or _words(text[start:end]) < least:
            continue
        if any(start <= q.start <= start + 3 for q in spans):
            continue  # the clause opens with a quotation: it is that quotation, already read
        first = next((t for t in doc if t.idx >= start), None)
        if text[start:end].split()[0].lower() in ("that", "que", "dass") and (first is None or not first.dep_.startswith("nsubj")):
            # (not a "that" that is the clause's subject: "few experts believe that is likely")
            start += len(text[start:end].split()[0]) + 1
        subj = _subject_span(tok, past_gerund=True) or _gerund_subject(tok) or _utterance_speaker(tok) or (_name_before(tok) if tok.pos_ == "NOUN" else None)
        if subj and least <= STANCE_WORDS and subj[0] < end and start < subj[1]:
            continue  # the holder inside the object of a stance: a parse that took the object for the subject
        if subj and (not needs_actor or _an_actor(article, para, subj)):
            yield from _quote(para, sents, sent_base, attrib, start, end, subj, tok.text)
    claims = [(*c, 4) for c in _noun_claims(doc) + _stance_claims(doc) + (intent_claims(doc) + feelings(doc) if english else [])]
    claims += [(*c, STANCE_WORDS) for c in (intent_adjectives(doc) if english else [])]
    claims += [(*c, stance_words(doc, c[0], c[1])) for c in (nominal_stances(doc) + held_stances(doc) if english else [])]
    for start, end, src, cue, least in claims:
        if _quoted(spans, start, end) <= 0.5 * (end - start) and _words(text[start:end]) >= least and _an_actor(article, para, src):
            yield from _quote(para, sents, sent_base, attrib, start, end, src, cue)
    for start, end, src in _according_to(doc):
        if _quoted(spans, start, end) <= 0.5 * (end - start) and _words(text[start:end]) >= 4:
            yield from _quote(para, sents, sent_base, attrib, start, end, src, "according to")


def _shares_subject(tok) -> bool:
    """A verb whose holder is named at the verb it hangs on: a second finite verb ("Trump has used the phrase
    and criticized Obama for ..."), a participle clause ("..., accusing her of being asleep") or an infinitive
    of what came next ("went on to discuss ..."), on a verb with a subject."""
    head = tok.head
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    if tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return not _unreported_infinitive(tok)  # "Caddell went on to discuss the polls"
    return tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP") or tok.dep_ == "advcl" and tok.tag_ == "VBG"


def _a_noun_phrase(doc, start: int, end: int) -> bool:
    """Whether ``start:end`` of ``doc`` is one noun phrase: its head, the one word whose own head lies outside it, a noun."""
    words = list(takewhile(lambda t: t.idx < end, doc[bisect_left(doc, start, key=lambda t: t.idx) :]))
    heads = [t for t in words if not start <= t.head.idx < end or t.head.i == t.i]
    return len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN")


def _reported_itself(tok) -> bool:
    """A verb inside what another verb reports ("asked the candidates to discuss their plans", "said she would
    endorse him"): part of that report, whose subject is not necessarily the speaker's."""
    return tok.dep_ in ("xcomp", "ccomp") and lemma_of(tok.head) in REPORTING_LEMMAS


def _an_actor(article, para, subj: tuple[int, int]) -> bool:
    """A subject (paragraph offsets) that can hold a position: a person, an organisation, a
    pronoun, a document, or a role or collective noun ("the minister", "the campaign")."""
    if _can_speak(article, para.offset + subj[0], para.offset + subj[1]):
        return True
    words = para.text[subj[0] : subj[1]].split()
    if len(words) == 1 and words[0].lower() in POSSESSIVES:
        return True  # "His promises to ...": an owner who is a person or a body, as the pronoun resolves it
    last = next((t for t in reversed(para.doc) if subj[0] <= t.idx < subj[1]), None)
    if (
        last is not None
        and last.pos_ == "PROPN"
        and not any(
            e.label in _NO_ACTORS and e.start < para.offset + subj[1] and para.offset + subj[0] < e.end
            for e in index_of(article.entities).reaching(para.offset + subj[0], para.offset + subj[1])
        )
    ):
        return True  # a name the entity model missed ("Trump cited ..." in a sentence of its own)
    heads = {words[-1].lower()} if words else set()
    heads |= {
        t.lower_ for t in para.doc if subj[0] <= t.idx < subj[1] and not subj[0] <= t.head.idx < subj[1]
    }  # "critics" of "critics of the plan"
    return any(w in ROLES or w in _COLLECTIVE or w in _PERSON_HEADS or w in _HOLDERS for head in heads for w in _singulars(head))


# people who hold views as a group, which the person nouns leave out ("critics", "voters", "leaders")
_HOLDERS = {
    "leader", "critic", "voter", "authority", "supporter", "opponent", "advocate", "democrat", "republican", "scholar", "member",
}  # fmt: skip


def _singulars(noun: str) -> tuple[str, ...]:
    """The noun and the singulars it may be the plural of ("officials", "authorities", "witnesses")."""
    if noun.endswith("ies"):
        return noun, noun[:-3] + "y"
    if noun.endswith("es"):
        return noun, noun[:-1], noun[:-2]
    return (noun, noun[:-1]) if noun.endswith("s") else (noun,)


# entity labels of things that hold no position: a name of one of these is no actor
_NO_ACTORS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "FAC", "LOC"}


def _quoted(spans, start: int, end: int) -> int:
    """Characters of ``start:end`` inside quotation marks."""
    return sum(max(0, min(end, q.end) - max(start, q.start)) for q in spans)


def _quote(para, sents, sent_base, attrib, start: int, end: int, source: tuple[int, int], cue: str):
    """The indirect quote of paragraph offsets ``start:end`` said by ``source``, if it names someone."""
    speaker = attrib.named(para.offset + source[0], para.offset + source[1], cue, para.offset + start)
    if (not speaker or not speaker[0]) and _the_writer(attrib.article, para.text, para.text[source[0] : source[1]]):
        speaker = (None, None, None, cue)  # "I know his returns are audited": the writer's own claim, no one named
    elif not speaker or not speaker[0]:  # (an impersonal "on dit que ...": no one's)
        return
    content = para.text[start:end].rstrip(" .,;")
    si, _ = _sentence_of(start, sents)
    yield Quote(
        content,
        para.offset + start,
        para.offset + start + len(content),
        "indirect",
        speaker[0],
        speaker[1],
        speaker[2],
        speaker[3],
        sent_base + si,
    )


def _the_writer(article, paragraph: str, subject: str) -> bool:
    """An English "I" or "we" in a paragraph without quotation marks: the writer (an opinion piece's "I know
    ...", "We asked whether ..."), whose claims are attributions with no one named, like the hedges of
    :mod:`.impersonal`.  In a paragraph with marks the "I" may be a quotation's that runs on from the paragraph
    before ("... I really do hope the forecast is wrong.”")."""
    if (article.language or "en")[:2] != "en" or any(m in paragraph for m in '"“”«»'):
        return False
    return subject.strip().lower() in ("i", "we")

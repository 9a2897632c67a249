"""Quotations and who said them.

Finding quotes is done on characters, per paragraph, so that straight, curly,
German („…“) and French (« … ») marks all work and an opening mark that is
never closed stays inside its sentence (or its paragraph, when the next
paragraph opens with a quotation mark: the multi-paragraph convention).

Attribution uses the dependency parse where the language has one: a cue verb
("said", "added", "told", "criticized", "according to", ...) outside the
quote, and its subject; a person's entity inside the subject wins over the
job title around it, and pronouns ("he said") go to the last named speaker or
person.  A quote whose sentence has no cue inherits the speaker of the
previous quote in its paragraph (or of the previous paragraph, when the
paragraph opens with the quote), which is how news prose continues a quote;
failing all of these, a quotation of three words or more goes to the last
person its paragraph names as a subject or speaker before it (cue "near").
Languages without a parser use lexical cue patterns around the quote.
Reported speech without marks ("Stoltenberg said the meeting discussed ...")
becomes an ``indirect`` quote whose text is the reported clause.

The parts: :mod:`.marks` finds the quotation spans, :mod:`.people` knows who
a subject or pronoun is (with :mod:`.person_names`: which person a span names;
:mod:`.antecedents`: whom "she", "it" or a left-out subject stands for;
:mod:`.roles`: who "the governor" or "the statement" is), :mod:`.cues` finds
the words that introduce a quotation in the parse (with :mod:`.cue_lexicon`:
the cue words per language; :mod:`.cue_subjects`: a cue's subject;
:mod:`.lexical_cues`: cues and speakers without a parser, cut to the name by
:mod:`.name_after_role`; :mod:`.name_labels`: a name before a colon or after a
dash; :mod:`.uncased`: speakers in scripts without capitals (:mod:`.uncased_cues`,
:mod:`.uncased_names`, :mod:`.uncased_reported`), with
:mod:`.hebrew` and :mod:`.thai` reading their own), :mod:`.attribution` is the
ordered table of attribution steps built on them (:mod:`.weak_evidence`: its
weaker and inferred steps), :mod:`.reported` reads
reported speech (with :mod:`.clauses`, :mod:`.reporting_words`,
:mod:`.saying_sites`); this module runs them over an article's paragraphs in order
and writes each speaker as the article names them (:mod:`.inflection`: a name
a cue declined, "podle Novákové", back in the nominative).
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze import Paragraph, component
from parallax.analyze.quotes.apposed_sources import drop_apposed_source
from parallax.analyze.quotes.arabic_script import ar_full_name, ar_role_holder
from parallax.analyze.quotes.attribution import SCARE_QUOTE_WORDS, QuoteSite, Speaker, attribute
from parallax.analyze.quotes.block_quotes import announces_block, block_quote
from parallax.analyze.quotes.body_roles import role_of_body_speakers
from parallax.analyze.quotes.bracketed_short import drop_bracketed_short_forms, names_a_body
from parallax.analyze.quotes.cues import CUE_LEMMAS, LEXICAL_CUES, _colon_intro, _cues, _pick_cue, _sentence_of
from parallax.analyze.quotes.he_sources import he_sources
from parallax.analyze.quotes.headlines import headline_claim
from parallax.analyze.quotes.inflection import declines, nominative
from parallax.analyze.quotes.lexical_reported import _lexical_indirect
from parallax.analyze.quotes.marks import find_quote_spans, split_incises
from parallax.analyze.quotes.name_labels import headline_label
from parallax.analyze.quotes.opening_datelines import drop_opening_dateline
from parallax.analyze.quotes.people import PRONOUNS, _Attributor, _entity_at, has_parser_doc, honorific_at
from parallax.analyze.quotes.reported import INDIRECT_LEMMAS, _indirect
from parallax.analyze.quotes.script_runs import one_script_speaker
from parallax.analyze.quotes.thai import introduces as th_introduces
from parallax.analyze.quotes.transcript import is_question, transcript_quote
from parallax.analyze.quotes.uncased import closes_quotation
from parallax.analyze.quotes.weak_evidence import after_reported, inside_reported
from parallax.analyze.sentences import paragraph_sentences
from parallax.analyze.span_index import forget as forget_indexes
from parallax.letters import LOWER, UPPER
from parallax.records import Article, Quote

# languages whose press may set a quotation after a dash (Swedish, Norwegian and Danish news do so
# all the time: "– Det här är en tragedi, säger ...", and Polish and Russian reportage: "– Musimy ... –
# powiedział", "— Мы ..., — сказал он")
DASH_DIALOGUE = {"fr", "es", "it", "pt", "ca", "sv", "no", "nb", "nn", "da", "fi", "pl", "ru", "uk"}
# (and Croatian, Bosnian, Serbian, Slovenian and Slovak interviews: "– Ne znamo još ništa, rekao je Jurić.")
DASH_DIALOGUE |= {"hr", "bs", "sr", "sl", "sk"}
# (and Hungarian news, which closes the quotation with a second dash: "– A keresés folytatódik – mondta Szabó Anna.")
DASH_DIALOGUE |= {"hu"}


@lru_cache(maxsize=16)
def _dash_end(lang: str) -> re.Pattern:
    """Where a dash-opened quotation stops: the comma or the closing dash before its cue
    ("— ..., a déclaré le ministre", "— ..., affirme-t-elle", "— ..., dijo el alcalde",
    "— ... — racconta Luigi")."""
    cues = LEXICAL_CUES.get(lang, LEXICAL_CUES["en"])
    # Finnish puts the subject before the verb as often as after it: "– Tuli levisi nopeasti, hän sanoo.",
    # "– ..., Korhonen kertoo." (a pronoun, or a name of one or two capitalised words, its role in lower case
    # before it: "– ..., poliisin tiedottaja Mikko Virtanen kertoo.")
    subject = rf"(?:(?:hän|he|(?:[{LOWER}][\w-]+\s+){{0,2}}[{UPPER}][\w-]+(?:\s[{UPPER}][\w-]+)?)\s+)?" if lang == "fi" else ""
    # (Spanish sets the closing dash against the cue: "—Esto no es mala suerte —dice—.")
    return re.compile(rf"(?:,|\s[—–])\s*{subject}(?:{cues}|\w+-t-(?:il|elle|ils|elles)|\w+-(?:il|elle|ils|elles))(?!\w)", re.I)


# languages whose copy sets the attribution inside the marks, between two parts of a quotation: French
# and Italian after a comma (« ..., a assuré le préfet Laurent Giraud. ... », «..., ha detto il sindaco.
# ...»), Russian and Ukrainian between a comma and dash and a closing dash («..., — сообщил мэр Павел
# Орлов. — ...»), Spanish between two dashes against it («Estamos dispuestos —dijo Becker— a negociar»)
_INCISE_LANGUAGES = {"fr", "it", "ru", "uk", "es"}


@lru_cache(maxsize=8)
def _incise(lang: str) -> re.Pattern:
    """The attribution inside the marks (see :func:`.marks.split_incises`): the comma (and, in Russian
    and Ukrainian, the dash) before a cue word, the words after it with no quotation mark, and the full
    stop or comma that ends them (a dash after it in Russian and Ukrainian, where the dash must close it)."""
    cues = LEXICAL_CUES[lang]
    inverted = r"|\w+-t-(?:il|elle)|\w+-(?:il|elle)" if lang == "fr" else ""
    if lang in ("ru", "uk"):
        return re.compile(rf",[ \u00a0]?[—–-][ \u00a0]?(?:{cues})(?!\w)[^«»„“”\"\n]{{0,80}}?[.,][ \u00a0]?[—–-][ \u00a0]?(?=\w)")
    if lang == "es":
        return re.compile(rf"[ \u00a0][—–](?:{cues})(?!\w)[^«»„“”\"\n—–]{{0,80}}[—–][ \u00a0]?(?=\w)")
    # closed by a full stop, the next sentence of the quotation after it; or, mid-sentence, closed by a comma
    # with the sentence going on in lower case, where the attribution names its speaker (a capital) or
    # inverts its pronoun (« Nous sommes prêts, a dit Karl Becker, à discuter », « ..., a-t-il dit, ... »):
    # a cue word alone between commas may be the speaker's own ("Il faut, selon moi, agir vite")
    return re.compile(
        rf",[ \u00a0](?:{cues}{inverted})(?!\w)[^«»„“”\"\n.!?;]{{0,80}}\.[ \u00a0]+(?=[{UPPER}])"
        rf"|,[ \u00a0](?:(?:{cues})(?!\w)[^«»„“”\"\n.!?;,{UPPER}]{{0,60}}[{UPPER}]{inverted})[^«»„“”\"\n.!?;,]{{0,40}},[ \u00a0]+(?=[{LOWER}])"
    )


# what ends the words before a whole quoted sentence: a colon or comma, full-width (Chinese
# "表示：“...”") or Arabic
_INTRODUCING = (":", ",", "：", "，", "،", "、")


# Turkish closes a whole quoted sentence with the verb of saying: '“...” dedi', '“...” diye anlattı',
# '“...” ifadelerini kullandı'
_TR_QUOTATIVE = re.compile(r"[”\"»’]\s?(?:dedi|diye|diyerek|ifadelerini|ifadesini|sözlerini|şeklinde)(?!\w)", re.I)


def _quotative_after(text: str, end: int, lang: str) -> bool:
    """A whole quoted sentence closed by its quotative particle (:func:`.uncased.closes_quotation`) or,
    in Turkish, its verb of saying: what comes before the mark is the speaker and where they spoke,
    not a clause the quote is part of."""
    if lang == "tr":
        return _TR_QUOTATIVE.match(text, end) is not None
    return lang in ("ja", "ko", "am") and closes_quotation(text, end, lang)


@component("quotes")
def add_quotes(article: Article, paragraphs: list[Paragraph]) -> None:
    forget_indexes()  # (the entities and times stand from here on: :mod:`parallax.analyze.span_index`)
    lang = (article.language or "en")[:2]
    dash_end = _dash_end(lang) if lang in DASH_DIALOGUE else None
    all_sents, all_spans = [], []
    for k, para in enumerate(paragraphs):
        sents = paragraph_sentences(para) or [(0, len(para.text))]
        nxt = paragraphs[k + 1].text.lstrip() if k + 1 < len(paragraphs) else ""
        all_sents.append(sents)
        spans = find_quote_spans(para.text, sents, continues=bool(nxt[:1]) and nxt[0] in '“„«"‘', dash_end=dash_end)
        all_spans.append(split_incises(para.text, spans, _incise(lang)) if lang in _INCISE_LANGUAGES else spans)
    quoted = [(p.offset + s.start, p.offset + s.end) for p, spans in zip(paragraphs, all_spans, strict=True) for s in spans]
    attrib = _Attributor(article, paragraphs, quoted)
    sent_base = 0
    prev_para_last: Quote | None = None
    intro: Speaker | None = None  # "He said:" at the end of the previous paragraph
    runs_on: list[tuple[Quote, int]] = []
    after_question = False  # the paragraph before was an interviewer's question ("Q: ...")
    answerer: str | None = None  # the interviewee: the last labelled speaker who answered
    first_question: int | None = None
    for k, para in enumerate(paragraphs):
        text = para.text
        sents, spans = all_sents[k], all_spans[k]
        parsed = has_parser_doc(para.doc)
        cues = _cues(para.doc, spans) if parsed else []
        used_cues: set[int] = set()
        para_quotes: list[Quote] = []
        for span in spans:
            si, sent = _sentence_of(span.start, sents)
            content = text[span.start : span.end]
            before = text[sent[0] : max(sent[0], span.start - 1)].strip().rstrip('«„“"‘‚‹—–»”「『-').strip()  # « Nous ... »: the mark's space; "- Det er ...": a hyphen's
            introduced = before.endswith(_INTRODUCING) or lang == "th" and th_introduces(before)  # (Thai: "กล่าวว่า")
            kind = "direct" if not before or introduced or _quotative_after(text, span.end, lang) else "partial"
            site = QuoteSite(
                article, attrib, para, k, lang, parsed, sents, spans, cues, used_cues, span, si, before, intro, para_quotes, prev_para_last
            )
            keep, speaker = attribute(site)
            if not keep:
                continue
            if speaker and speaker[1] is not None and speaker[2] is not None:
                speaker = one_script_speaker(article.text, speaker)  # "IF Metall Λένα Μπεργκ": one script (:mod:`.script_runs`)
            q = Quote(
                text=content,
                start=para.offset + span.start,
                end=para.offset + span.end,
                kind=kind,
                speaker=speaker[0] if speaker else None,
                speaker_start=speaker[1] if speaker else None,
                speaker_end=speaker[2] if speaker else None,
                cue=speaker[3] if speaker else None,
                sentence=sent_base + si,
            )
            para_quotes.append(q)
            if speaker is None and not span.closed and span.end >= len(text.rstrip()) - 1:
                runs_on.append((q, k))  # a quotation that runs on into the next paragraph
            if (
                q.speaker
                and q.speaker[:1].isupper()
                and _entity_at(article, q.speaker_start or 0, q.speaker_end or 0, ("ORG", "GPE", "NORP")) is None
            ):
                attrib.last_person = q
                attrib.spoke(q.speaker, q.speaker_start or q.start, q.speaker_end or q.start)
        # an interview or transcript paragraph opened by its speaker's label ("OKAFOR: ...", "A: ...")
        asks = is_question(text)
        if asks and answerer is None and first_question is None:
            first_question = para.offset
            # "We spoke to the authority's chief executive, Dr Miriam Okafor.": the person the
            # introduction names last is the one who answers
            named = [e for e in article.entities if e.label in ("PERSON", "PER") and e.end <= para.offset]
            answerer = (named[-1].canonical or named[-1].text) if named else None
        spoken = None  # a transcript's answer: its "we" and "I" are the speaker's, not the writer's
        if not spans and (q := transcript_quote(text, para.offset, sent_base, after_question, article.text, answerer)):
            para_quotes.append(q)
            spoken = q
            if q.speaker and q.speaker_start is not None:
                attrib.spoke(q.speaker, q.speaker_start, q.speaker_end or q.speaker_start)
                answerer = answerer if asks else q.speaker
        elif not spans and intro and lang == "en" and k and announces_block(paragraphs[k - 1].text):
            spoken = block_quote(para, intro, sent_base)  # "The governor added:" and the words, unmarked, below it
            para_quotes.extend([spoken] if spoken else [])
        after_question = asks
        # reported speech without quotation marks
        if parsed:
            for q in _indirect(article, para, sents, spans, attrib, sent_base):
                if spoken is None or q.speaker is not None or not spoken.start <= q.start < spoken.end:
                    para_quotes.append(q)
        else:
            para_quotes.extend(_lexical_indirect(article, para, sents, spans, attrib, sent_base, lang))
            para_quotes.extend(he_sources(article, para, sents, spans, sent_base, para_quotes) if lang == "he" else ())
        if lang == "en" and (labelled := _labelled_headline(attrib, para, k, spans, para_quotes, sent_base)) is not None:
            para_quotes.append(labelled)
        if lang == "en" and (claimed := _headline_verb_claim(attrib, para, k, spans, para_quotes, sent_base)) is not None:
            para_quotes.append(claimed)
        para_quotes.sort(key=lambda q: q.start)
        # one statement is one quotation: two readers of one cue ("…, según las autoridades": the parser's reading of
        # "según" and the cue rule's) may both give the same span
        para_quotes = list({(q.start, q.end, q.kind): q for q in reversed(para_quotes)}.values())[::-1]
        after_reported(para_quotes, text, para.offset)
        inside_reported(para_quotes)
        article.quotes.extend(para_quotes)
        prev_para_last = (para_quotes[-1] if para_quotes[-1].kind != "indirect" else prev_para_last) if para_quotes else None
        intro = _colon_intro(attrib, para, sents, cues) if parsed else None
        sent_base += len(sents)
    for q, k in reversed(runs_on):
        # '“We will rebuild ...¶“It will be done by June,” she said.': the cue comes in the paragraph it runs on into
        nxt = (
            next((n for n in article.quotes if n.kind != "indirect" and n.start >= paragraphs[k + 1].offset), None)
            if k + 1 < len(paragraphs)
            else None
        )
        if nxt is not None and nxt.speaker and nxt.start <= paragraphs[k + 1].offset + 1:
            q.speaker, q.speaker_start, q.speaker_end, q.cue = nxt.speaker, nxt.speaker_start, nxt.speaker_end, nxt.cue
    drop_bracketed_short_forms(article)  # "… Authority (EWURA) said": the name before the bracket (:mod:`.bracketed_short`)
    drop_opening_dateline(article)  # "LAHORE: A fire ..., police said" in an article built in code (:mod:`.opening_datelines`)
    drop_apposed_source(article)  # "According to the director, Akosua Boateng, demand ..." (:mod:`.apposed_sources`)
    role_of_body_speakers(article)  # "un portavoz de Renfe", "Renfe", "portavoz": "portavoz de Renfe" (:mod:`.body_roles`)
    _canonical_speakers(article, attrib)


def _labelled_headline(attrib: _Attributor, para: Paragraph, k: int, spans, para_quotes: list[Quote], sent_base: int) -> Quote | None:
    """An English headline's claim after its source's label ("Poll: Mercer and Alvarez level in capital race",
    :func:`.name_labels.headline_label`), as reported speech, unless quotation marks or a quote already
    read hold most of it."""
    found = headline_label(attrib, para, k)
    if found is None:
        return None
    start, (name, s_start, s_end) = found
    content = para.text[start:].rstrip(" .")
    end = start + len(content)
    inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in spans)
    if any(start <= q.start and q.end <= end and len(para.text[q.start : q.end].split()) >= SCARE_QUOTE_WORDS for q in spans):
        return None  # "Pat Caddell: Voters Worried ...; It's ‘in Their Heads’": the label's own words, read as that quotation
    if inside > 0.5 * (end - start) or any(q.kind == "indirect" and q.start < para.offset + end and para.offset + start < q.end for q in para_quotes):
        return None
    return Quote(content, para.offset + start, para.offset + end, "indirect", name, s_start, s_end, ":", sent_base)


def _headline_verb_claim(attrib: _Attributor, para: Paragraph, k: int, spans, para_quotes: list[Quote], sent_base: int) -> Quote | None:
    """A title-case English headline's claim after its verb ("Obama Seeks More Muslim Refugees",
    :func:`.headlines.headline_claim`), unless a quote already read or quotation marks hold most of it."""
    found = headline_claim(attrib, para, k)
    if found is None:
        return None
    start, end, (name, s_start, s_end), cue = found
    inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in spans)
    if inside > 0.5 * (end - start) or any(q.kind == "indirect" and q.start < para.offset + end and para.offset + start < q.end for q in para_quotes):
        return None
    return Quote(para.text[start:end], para.offset + start, para.offset + end, "indirect", name, s_start, s_end, cue, sent_base)


def _canonical_speakers(article: Article, attrib: _Attributor | None = None) -> None:
    """Map "Stoltenberg" to "Jens Stoltenberg" when the article names him in full
    (outside quotations and headlines: "Crooked Hillary Clinton" is no one's name), and a name a cue
    declined back to the nominative first ("podle Novákové" is Nováková's, :mod:`.inflection`); in Arabic,
    "حداد" to "سلمى حداد" named after her role (:func:`.arabic_script.ar_full_name`), and "الوزير" to the minister a
    speaker was named as (:func:`.arabic_script.ar_role_holder`)."""
    if article.language == "ar":
        for q in article.quotes:
            if q.speaker and len(q.speaker.split()) == 1:
                q.speaker = ar_full_name(article.text, q.speaker) or q.speaker
        named = {q.speaker for q in article.quotes if q.speaker}
        for q in article.quotes:
            if q.speaker and len(q.speaker.split()) == 1:
                q.speaker = ar_role_holder(article.text, q.speaker, named, q.start) or q.speaker
    if declines(article.language):
        read: dict[str, str] = {}
        for q in article.quotes:
            if q.speaker and q.speaker[:1].isupper():
                old, q.speaker = q.speaker, nominative(article.language, q.speaker, article.text, q.cue)
                if old != q.speaker:
                    read[old] = q.speaker
        # the name a cue that governs a case let be read ("према речима министарке Јелене Савић"), also for the quotation
        # whose pronoun takes her up after it ("рекла је она"), named in the form the cue had
        for q in article.quotes:
            q.speaker = read.get(q.speaker, q.speaker)
    if attrib is not None and attrib.names:
        for q in article.quotes:
            if q.speaker and q.speaker[:1].isupper() and not names_a_body(article, q.speaker_start, q.speaker_end):
                hon = honorific_at(article.text, q.speaker_start or 0, q.speaker_end or 0)
                hon = hon.capitalize() if hon and hon.isupper() else hon  # "MR. GRANT:" in a transcript
                q.speaker = attrib.full(f"{hon} {q.speaker}" if hon else q.speaker)
        return
    people = sorted({e.canonical or e.text for e in article.entities if e.label in ("PERSON", "PER")}, key=len, reverse=True)
    for q in article.quotes:
        if not q.speaker:
            continue
        words = q.speaker.split()
        fuller = [n for n in people if len(n.split()) > len(words) and _holds(n.split(), words)]
        # (the longest, where the others are parts of it; "Marta" after "Marta Queiroz" and "Marta Lins" is either)
        if fuller and all(_holds(fuller[0].split(), n.split()) for n in fuller):
            q.speaker = fuller[0]


def _holds(name: list[str], words: list[str]) -> bool:
    return any(name[i : i + len(words)] == words for i in range(len(name) - len(words) + 1))


__all__ = ["CUE_LEMMAS", "INDIRECT_LEMMAS", "LEXICAL_CUES", "PRONOUNS", "_cues", "_pick_cue", "add_quotes", "find_quote_spans"]

"""Reported speech without quotation marks: an ``indirect`` quote.

"Stoltenberg said the meeting discussed ...", "The plan failed, X said", "The
museum, Bush said, celebrated ...", "According to X, ...", and findings or
beliefs ("the report found ..."): the clause is the quote, the verb's subject
(or the "according to" object) its speaker.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.antecedents import _PERSON_HEADS
from parallax.analyze.quotes.claim_nouns import faced_judgments, ownerless_claims, ownerless_intents
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
from parallax.analyze.quotes.cue_lexicon import NL_SEPARABLE
from parallax.analyze.quotes.cues import _NAME, _can_speak, _sentence_of, _subject_span
from parallax.analyze.quotes.impersonal import unnamed_claims
from parallax.analyze.quotes.intentions import intent_adjectives
from parallax.analyze.quotes.marks import _inside, _words
from parallax.analyze.quotes.name_after_role import SLAVIC_OWNER_FIRST, _tr_name, slavic_name
from parallax.analyze.quotes.people import _COLLECTIVE
from parallax.analyze.quotes.poll_shares import poll_shares
from parallax.analyze.quotes.romance_sources import ROMANCE, according_sources, described_speakers
from parallax.analyze.quotes.said_after import said_after
from parallax.analyze.quotes.stances import (
    STANCE_WORDS,
    held_stances,
    intent_claims,
    nominal_stances,
    object_report,
    stance_words,
    takes_a_stance,
)
from parallax.analyze.quotes.turkish import tr_reported
from parallax.analyze.quotes.uncased import UNCASED, find_reported, name_in
from parallax.analyze.timelex.sh import cyrillic
from parallax.analyze.titles import ROLES, describes_a_role
from parallax.letters import LOWER, UPPER
from parallax.records import Quote

# (the lexicons of reporting words and the clause they report live in :mod:`.clauses`)
__all__ = ["INDIRECT_LEMMAS", "_indirect", "_lexical_indirect"]


def _according_to(doc) -> list[tuple[int, int, tuple[int, int]]]:
    """Clauses attributed with "according to X" or "selon X" (before or after them): (start, end, source span)."""
    out = []
    for tok in doc:
        if tok.lower_ in ("selon", "según") and tok.dep_ == "case" and tok.i + 1 < len(doc):
            # « Selon la police, trois personnes ont été blessées »: the noun hangs on the verb
            noun, head = tok.head, tok.head.head
            if noun.i <= tok.i or head is noun or head.pos_ not in ("VERB", "AUX"):
                continue
            end = noun.right_edge.idx + len(noun.right_edge.text)
            src = (doc[tok.i + 1].idx, doc[tok.i + 1].idx + len(doc.text[doc[tok.i + 1].idx : end].rstrip(" ,;:")))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            head = tok.head
            if not objs or head is tok or head.pos_ not in ("VERB", "AUX"):
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
    english = (article.language or "en")[:2] == "en"
    for tok in doc:
        lemma = lemma_of(tok)
        stance = english and tok.pos_ == "VERB" and takes_a_stance(tok)
        if lemma not in REPORTING_LEMMAS and not stance or not _acts_as_verb(tok) or _inside(tok.idx, spans):
            continue
        if (lemma in INDIRECT_LEMMAS or stance) and (_unreported_infinitive(tok) or _in_question(tok)):
            continue
        clause = _reported_clause(tok) if lemma in REPORTING_LEMMAS else None
        least = 3  # words of a reported clause
        if clause is None and stance and not _reported_itself(tok) and (found := object_report(tok)) is not None:
            if _quoted(spans, *found):
                continue  # 'blasted Clinton as a “disgrace”': the quoted word is the stance, read as a quotation
            if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children) and not _shares_subject(tok):
                continue  # a stance needs its holder named at the verb ("China's failure to condemn the war" takes none)
            clause, least = (*found, True), STANCE_WORDS
        if clause is None:
            continue
        start, end, needs_actor = clause
        if english and _a_noun_phrase(doc, start, end):
            least = STANCE_WORDS  # what was cited, called for or denied: a noun phrase is short ("called for a ban")
        elif english and lemma in INTENT_LEMMAS and re.match(r"(?:not |never )?to ", doc.text[start:end]):
            least = STANCE_WORDS  # an intention is a verb: "declined to comment", "pledged to stay calm"
        if english and least == STANCE_WORDS:
            least = stance_words(doc, start, end)  # (a name alone: "endorsed Trump")
        if start <= tok.idx < end and tok.dep_ != "parataxis":
            continue  # the verb inside its own complement: a parse error
        quoted = _quoted(spans, start, end)
        if quoted > 0.5 * (end - start) or _words(doc.text[start:end]) < least:
            continue
        if any(start <= q.start <= start + 3 for q in spans):
            continue  # the clause opens with a quotation: it is that quotation, already read
        first = next((t for t in doc if t.idx >= start), None)
        if doc.text[start:end].split()[0].lower() in ("that", "que", "dass") and (first is None or not first.dep_.startswith("nsubj")):
            # (not a "that" that is the clause's subject: "few experts believe that is likely")
            start += len(doc.text[start:end].split()[0]) + 1
        subj = _subject_span(tok) or _gerund_subject(tok) or (_name_before(tok) if tok.pos_ == "NOUN" else None)
        if subj and least <= STANCE_WORDS and subj[0] < end and start < subj[1]:
            continue  # the holder inside the object of a stance: a parse that took the object for the subject
        if subj and (not needs_actor or _an_actor(article, para, subj)):
            yield from _quote(para, sents, sent_base, attrib, start, end, subj, tok.text)
    claims = [(*c, 4) for c in _noun_claims(doc) + _stance_claims(doc) + (intent_claims(doc) if english else [])]
    claims += [(*c, STANCE_WORDS) for c in (intent_adjectives(doc) if english else [])]
    claims += [(*c, stance_words(doc, c[0], c[1])) for c in (nominal_stances(doc) + held_stances(doc) if english else [])]
    for start, end, src, cue, least in claims:
        if _quoted(spans, start, end) <= 0.5 * (end - start) and _words(doc.text[start:end]) >= least and _an_actor(article, para, src):
            yield from _quote(para, sents, sent_base, attrib, start, end, src, cue)
    for start, end, src in _according_to(doc):
        if _quoted(spans, start, end) <= 0.5 * (end - start) and _words(doc.text[start:end]) >= 4:
            yield from _quote(para, sents, sent_base, attrib, start, end, src, "according to")


def _shares_subject(tok) -> bool:
    """A verb whose holder is named at the verb it hangs on: a second finite verb ("Trump has used the phrase
    and criticized Obama for ..."), a participle clause ("..., accusing her of being asleep") or an infinitive
    of what came next ("went on to discuss ..."), on a verb with a subject."""
    head = tok.head
    if head is tok or head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    if tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return not _unreported_infinitive(tok)  # "Caddell went on to discuss the polls"
    return tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP") or tok.dep_ == "advcl" and tok.tag_ == "VBG"


def _a_noun_phrase(doc, start: int, end: int) -> bool:
    """Whether ``start:end`` of ``doc`` is one noun phrase: its head, the one word whose own head lies outside it, a noun."""
    words = [t for t in doc if start <= t.idx < end]
    heads = [t for t in words if not start <= t.head.idx < end or t.head is t]
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
    last = next((t for t in reversed(para.doc) if subj[0] <= t.idx < subj[1]), None)
    if last is not None and last.pos_ == "PROPN" and not any(
        e.label in _NO_ACTORS and e.start < para.offset + subj[1] and para.offset + subj[0] < e.end for e in article.entities
    ):
        return True  # a name the entity model missed ("Trump cited ..." in a sentence of its own)
    heads = {words[-1].lower()} if words else set()
    heads |= {t.lower_ for t in para.doc if subj[0] <= t.idx < subj[1] and not subj[0] <= t.head.idx < subj[1]}  # "critics" of "critics of the plan"
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
    content = para.doc.text[start:end].rstrip(" .,;")
    si, _ = _sentence_of(start, sents)
    yield Quote(content, para.offset + start, para.offset + start + len(content), "indirect", speaker[0], speaker[1], speaker[2], speaker[3], sent_base + si)


def _the_writer(article, paragraph: str, subject: str) -> bool:
    """An English "I" or "we" in a paragraph without quotation marks: the writer (an opinion piece's "I know
    ...", "We asked whether ..."), whose claims are attributions with no one named, like the hedges of
    :mod:`.impersonal`.  In a paragraph with marks the "I" may be a quotation's that runs on from the paragraph
    before ("... I certainly hope they are not right.”")."""
    if (article.language or "en")[:2] != "en" or any(m in paragraph for m in '"“”«»'):
        return False
    return subject.strip().lower() in ("i", "we")


# "X dijo que ...", "X sagte, dass ...", "X ha detto che ...": speech verbs and the word that opens
# what they report, for languages without a parser
_LEXICAL_REPORTING = {
    "de": (r"sagte|sagt|erklärte|erklärt|betonte|betont|meinte|warnte|kritisierte|teilte\s+mit", r"dass"),
    "es": (r"dijo|afirmó|declaró|aseguró|añadió|explicó|señaló|indicó|advirtió|anunció", r"que"),
    "it": (r"ha\s+detto|ha\s+dichiarato|ha\s+affermato|ha\s+aggiunto|ha\s+spiegato|ha\s+sottolineato|ha\s+annunciato|dice|afferma", r"che"),
    "pt": (r"disse|afirmou|declarou|acrescentou|explicou|destacou|ressaltou|anunciou|alertou|diz|afirma", r"que"),
    # (and the separable verbs whole, their particle before "dat": "Jansen liet dinsdag weten dat ...", see .cue_lexicon)
    "nl": (r"zei|zegt|verklaarde|stelde|benadrukte|waarschuwde|meldde"
           + "".join(rf"|(?:{finite})(?:\s+[^\s.,;:!?]+){{0,6}}?\s+{particle}" for finite, particle in NL_SEPARABLE.items()), r"dat"),
    "pl": (r"powiedział[aoy]?|oświadczył[aoy]?|stwierdził[aoy]?|dodał[aoy]?|podkreślił[aoy]?|zaznaczył[aoy]?|poinformował[aoy]?|twierdzi|uważa", r"że"),
    "ru": (r"заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|сообщил[аи]?|пояснил[аи]?|признал[аи]?|считает|говорит", r"что"),
    "uk": (r"заявив|заявил[аи]|сказав|сказал[аи]|зазначив|зазначил[аи]|наголосив|наголосил[аи]|повідомив|повідомил[аи]|вважає|каже", r"що"),
    "cs": (r"řekl[aio]?|uvedl[aio]?|dodal[aio]?|prohlásil[aio]?|sdělil[aio]?|oznámil[aio]?|potvrdil[aio]?|zdůraznil[aio]?|uvádí|tvrdí", r"že"),
    "hu": (r"mondta|elmondta|közölte|közölték|nyilatkozta|hangsúlyozta|jelentette\s+ki|tájékoztatott", r"hogy"),
    "fi": (r"sanoi|sanoo|kertoi|kertoo|totesi|korosti|arvioi|vakuutti|muistutti|ilmoitti", r"että"),
    "bg": (r"каза|заяви|заявиха|посочи|добави|съобщи|съобщиха|обясни|подчерта|уточни", r"че"),
}
# Slovak, Croatian/Bosnian/Serbian (both scripts, the auxiliary on either side: "Ivana Perić rekla je da ...") and
# Slovenian ("Nina Zupan je povedala, da ...")
_SH_REPORTING = "|".join(dict.fromkeys(
    f"{w}|{cyrillic(w)}" for w in "rekao rekla rekli izjavio izjavila izjavili kazao kazala naveo navela naveli istaknuo istakla "
    "naglasio naglasila objasnio objasnila potvrdio potvrdila saopštio saopštila saopćio saopćila priopćio priopćila kaže tvrdi "
    "smatra navodi".split()))
_LEXICAL_REPORTING |= {
    "sk": (r"povedal[aio]?|uviedol|uviedl[aio]|dodal[aio]?|vyhlásil[aio]?|oznámil[aio]?|potvrdil[aio]?|zdôraznil[aio]?"
           r"|konštatoval[aio]?|tvrdí|uvádza|hovorí", r"že"),
    **dict.fromkeys(("hr", "bs", "sr"), (rf"(?:(?:je|su|је|су)\s+)?(?:{_SH_REPORTING})(?:\s+(?:je|su|је|су))?", r"da|kako|да|како")),
    "sl": (r"(?:(?:je|so)\s+)?(?:dejal[aie]?|povedal[aie]?|dodal[aie]?|izjavil[aie]?|poudaril[aie]?|pojasnil[aie]?|sporočil[aie]?"
           r"|zatrdil[aie]?|ocenil[aie]?)|pravi|meni", r"da"),
    # Lithuanian "Rasa Jankauskienė teigė, kad ...", Latvian "Ilze Kalniņa norādīja, ka ..."
    "lt": (r"sakė|teigė|pareiškė|pažymėjo|pabrėžė|tvirtino|patikino|nurodė|pranešė|sako|teigia|tvirtina", r"kad"),
    "lv": (r"sacīja|teica|paziņoja|norādīja|uzsvēra|apgalvoja|atzina|skaidroja|saka|norāda|uzsver", r"ka"),
    # Romanian "Ministrul Ioana Popescu a spus că ...", Catalan "L'alcalde Jaume Collboni va dir que ...", Greek "Ο υπουργός
    # ... δήλωσε ότι ...", Indonesian and Malay "... mengatakan bahwa ...", Estonian "... ütles, et ...", and the Nordic
    # "... sa att ...", "... sagde, at ..."
    "ro": (r"a\s+(?:spus|declarat|afirmat|precizat|explicat|anunțat|anunţat|subliniat|arătat|adăugat|susținut|susţinut|menționat"
           r"|menţionat|transmis|avertizat|recunoscut)|spune|declară|afirmă|susține|susţine", r"că"),
    "ca": (r"va\s+(?:dir|afirmar|declarar|assegurar|explicar|assenyalar|afegir|anunciar|advertir|reconèixer)"
           r"|ha\s+(?:dit|afirmat|declarat|assegurat|explicat|assenyalat|afegit|anunciat)|diu|afirma|assegura", r"que"),
    "el": (r"δήλωσε|είπε|ανέφερε|τόνισε|υπογράμμισε|εξήγησε|ανακοίνωσε|σημείωσε|προειδοποίησε|παραδέχθηκε|λέει|δηλώνει|υποστηρίζει",
           r"ότι|πως"),
    **dict.fromkeys(("id", "ms"), (r"mengatakan|menyatakan|menjelaskan|menegaskan|mengungkapkan|menyebutkan|menuturkan|berkata"
                                   r"|mengakui|memperingatkan", r"bahwa|bahawa")),
    "et": (r"ütles|sõnas|teatas|kinnitas|märkis|rõhutas|selgitas|lisas|tunnistas|hoiatas|ütleb|kinnitab|märgib", r"et"),
    "sv": (r"sa|sade|säger|uppgav|uppger|berättade|meddelade|betonade|underströk|menar|hävdar|konstaterade|varnade", r"att"),
    "da": (r"sagde|siger|oplyste|oplyser|fortalte|understregede|mener|påpegede|advarede|meddelte|erkendte", r"at"),
    **dict.fromkeys(("no", "nb", "nn"), (r"sa|sier|opplyste|opplyser|fortalte|understreket|mener|påpekte|advarte|meldte|erkjente",
                                         r"at")),
}
# Spain's present perfect: "El alcalde, Diego Gómez, ha anunciado que ...", "Ortega ha asegurado que ..."
_LEXICAL_REPORTING["es"] = (
    r"(?:ha|han)\s+(?:dicho|afirmado|declarado|asegurado|añadido|explicado|señalado|indicado|advertido|anunciado|reconocido"
    r"|recordado|subrayado|destacado|precisado|admitido|sostenido|confirmado)|" + _LEXICAL_REPORTING["es"][0],
    _LEXICAL_REPORTING["es"][1],
)
# Polish announcements, assurances and admissions: "Prezydent Anna Wiśniewska zapowiedziała, że ...", "Nowak zapewnił, że ..."
_LEXICAL_REPORTING["pl"] = (
    r"zapowiedział[aoy]?|zapewnił[aoy]?|przyznał[aoy]?|wyjaśnił[aoy]?|przekazał[aoy]?|ocenił[aoy]?|zapowiedzieli|zapewnili"
    r"|przypomniał[aoy]?|ostrzegł[aoy]?|zadeklarował[aoy]?|ogłosił[aoy]?|" + _LEXICAL_REPORTING["pl"][0],
    _LEXICAL_REPORTING["pl"][1],
)
# (a comma may close a role in apposition before the verb: "El presidente, Ignacio Lezcano, aseguró que")
_LEXICAL_INDIRECT = {lang: re.compile(rf"(?<![\w’'.-]){_NAME},?\s+(?:{verbs})\s?,?\s+(?:{that})\s+") for lang, (verbs, that) in _LEXICAL_REPORTING.items()}
# Dutch writes its nouns in lower case, so a subject described, not named, opens the sentence with its article
# right before the reporting verb: "De minister liet dinsdag weten dat ...", "De politie meldde dat ..." (a description
# speaks, as "zei de minister" does after a quotation)
_NL_DESCRIBED = re.compile(
    rf"(?:(?<=[.!?][ \u00a0])|(?<=\A)|(?<=\n))(?P<spk>(?:De|Het)\s[{LOWER}][\w-]+(?:\s[{LOWER}][\w-]+){{0,2}}?)"
    rf"\s+(?:{_LEXICAL_REPORTING['nl'][0]})\s?,?\s+dat\s+"
)
# German reports speech in the subjunctive without "dass": "Hallbrecht sagte, die Werte lägen unter ...",
# or puts the cue after it: "Man arbeite eng zusammen, sagte Hallbrecht."
_DE_VERBS = _LEXICAL_REPORTING["de"][0]
_DE_SAID_BEFORE = re.compile(rf"(?<![\w’'.-]){_NAME}\s+(?:{_DE_VERBS}),\s+(?!dass\b|ob\b|wie\b|als\b|wenn\b)")
_DE_SAID_AFTER = re.compile(rf",\s+(?P<cue>{_DE_VERBS}|so)\s+(?:(?:der|die)\s+)?(?:[{LOWER}][\w-]*\s+){{0,3}}{_NAME}\s*[.!?]?$")
# a verb in the subjunctive: what makes the clause the speaker's rather than the narrator's
_DE_SUBJUNCTIVE = re.compile(
    r"\b(?:sei|seien|habe|hätten?|werde|würden?|könne|könnten|müsse|müssten|dürfe|solle|wolle|gebe|gäbe|lägen?|stehe|gehe"
    r"|komme|arbeite|wisse|brauche|liege|bleibe|fehle)\b"
)
# (a name is tried only where a word starts: linear on a long run of letters)
# "Según la policía, tres personas ...", "Laut Polizei wurden ...": a source that opens its sentence
# Polish writes no comma after "według": its source is a name (with a title before it) or one noun,
# and the clause it reports follows in lower case ("Według Tomasza Wróbla skład jechał ...")
_WEDLUG = re.compile(rf"Według\s(?P<src>(?:[a-ząćęłńóśźż]+\s)?(?:[{UPPER}][\w-]+\s){{1,3}}|[a-ząćęłńóśźż]{{4,}}\s)(?=[a-ząćęłńóśźż])")
_WEDLUG_ROLE = re.compile(
    rf"Według\s(?P<src>(?P<role>[a-ząćęłńóśźż]+)\s(?:[a-ząćęłńóśźż]+\s){{1,2}}(?:[{UPPER}][\w-]+\s){{1,3}})(?=[a-ząćęłńóśźż])"
)


# "Jak poinformował rzecznik policji Jan Wrona, kierowca ...": "as X informed", the source after its verb, up to a comma
_JAK = re.compile(
    r"Jak\s(?P<cue>poinformował[aoy]?|przekazał[aoy]?|podał[aoy]?|powiedział[aoy]?|wyjaśnił[aoy]?|zaznaczył[aoy]?"
    r"|podkreślił[aoy]?|poinformowali|przekazali|podali|mówi|podaje|informuje|przekazuje)"
    r"\s(?P<src>[^,.;:!?\"„”«»\n]{2,60}),\s(?=[a-ząćęłńóśźż])"
)


class _PolishSource:
    """The Polish source that opens a sentence: a role with the body it speaks for, then the name ("Według rzecznika
    pomorskich strażaków Marka Nowaka nikt ...": the spokesman's words, not the body's), read when the first word
    holds a role ("Według policji kierowca Jan Kowalski ..." is the police's, Kowalski what they tell of); else
    :data:`_WEDLUG`; or the source after "Jak" and its verb (:data:`_JAK`)."""

    groupindex = _WEDLUG.groupindex

    def match(self, text: str, pos: int) -> re.Match | None:
        m = _WEDLUG_ROLE.match(text, pos)
        return m if m and describes_a_role(m.group("role")) else _WEDLUG.match(text, pos) or _JAK.match(text, pos)


_LEXICAL_ACCORDING = re.compile(
    r"(?:Según|Segons|Segundo|Secondo|Laut|Volgens|Selon|По словам|По данным|За словами|За даними|Według|Podle|Според"
    r"|Menurut|Potrivit(?:\slui)?|Conform(?:\slui)?|Enligt|Ifølge|Σύμφωνα\sμε(?:\sτ(?:ον|ην|ο|α|ους|ις|ου|ης))?)\s(?P<src>[^,.;:!?“”\"«»\n]{2,60}),\s"
)
# a description of the source, then its name in commas: "Según el portavoz de la policía, Andrés Molina, los
# detenidos ...", "Potrivit purtătorului de cuvânt al poliției, Mihai Stan, nimeni ...".  Read so only when the
# description holds a role ("Según la policía, Juan Pérez, de 34 años, murió" names who died, not who told);
# the role may be declined (:func:`parallax.analyze.titles.describes_a_role`)
_APPOSED_NAME = re.compile(rf"(?P<name>[{UPPER}][\w'’-]*+(?:\s[{UPPER}][\w'’-]*+){{1,3}}),\s(?=\S)")


# German, Dutch and the Scandinavian languages put the verb right after a fronted source, with no comma:
# "Laut Polizeisprecher Martin Scholle wurde niemand verletzt", "Volgens Jansen raakte niemand gewond",
# "Enligt Nilsson skadades ingen".  The source is read when it is a name (a role word may stand before it,
# and the German "Angaben der" or an article inside it), up to the verb in lower case; a source in lower case
# ("Volgens de politie is ...") cannot be told from its verb and is left.
_V2_SOURCE = re.compile(
    rf"(?P<cue>Laut(?:\sAngaben)?|Nach\sAngaben|Volgens|Enligt|Ifølge)\s(?:(?:von|vom|der|des|dem|den|de|het|van)\s)?"
    rf"(?P<src>(?:[{LOWER}][\w-]*+\s)?(?:[{UPPER}][\w'’-]*+\s){{1,4}})"
    rf"(?=(?!(?:der|die|das|des|dem|den|von|vom|zur|zum|van|de|het)\s)[{LOWER}])"
)
# a source that opens its sentence with no comma after it, where the language writes none: Czech
# "Podle Virtanena se hasičům podařilo ..." (the name in the genitive), Finnish "Virtasen mukaan vuoto
# saatiin tukittua" and Hungarian "A kórház szerint egyikük ..." (a postposition after the source)
_PODLE = re.compile(rf"Podle\s(?P<src>(?:[{UPPER}][\w-]+\s){{1,3}}|[{LOWER}]{{4,}}\s)(?=[{LOWER}])")
# (each word taken whole, from a word's start only: linear on a long run of letters)
_MUKAAN = re.compile(rf"(?<![\w-])(?P<src>(?:[{UPPER}][\w-]++\s){{0,2}}[{UPPER}][\w-]*+(?::n)?(?<=n))\s(?P<cue>mukaan)\s(?=[{LOWER}])")
# (up to five words: a Hungarian role follows the name, "Nagy László rendőrségi szóvivő szerint")
_SZERINT = re.compile(rf"(?<![\w-])(?:Az?\s)?(?P<src>[\w-]++(?:\s[\w-]++){{0,4}}?)\s(?P<cue>szerint)\s(?=[{LOWER}])")
# Turkish sets the source before "göre" with its dative ending after an apostrophe: "Polis sözcüsü Ali
# Kaya'ya göre kazada ...", role words before the name
_GORE = re.compile(rf"(?P<src>(?:[\w-]++\s){{0,3}}?[{UPPER}][\w-]*+)['’](?:y?[ae]|n[ae])\s(?P<cue>göre),?\s(?=\S)")
_SOURCE_FIRST = {"pl": _PolishSource(), "cs": _PODLE, "fi": _MUKAAN, "hu": _SZERINT, "tr": _GORE}
_SOURCE_FIRST |= dict.fromkeys(("de", "nl", "sv", "da", "no", "nb", "nn"), _V2_SOURCE)
# Slovak "Podľa Hudecovej vodič ...", Croatian and Serbian "Prema riječima gradonačelnika Jurića, grad će ...",
# Slovenian "Po besedah župana Novaka bo ...": the source opens the sentence (its role in lower case, then the
# name in the genitive), with or without a comma, and the clause it reports follows in lower case
_SOURCE_WORDS = rf"(?P<src>(?:[{LOWER}][\w-]*+\s){{0,3}}?(?:[{UPPER}][\w-]*+\s){{0,2}}[{UPPER}][\w-]*+|[{LOWER}]{{4,}}+)"
_SOURCE_NAME = rf"{_SOURCE_WORDS},?\s(?=[{LOWER}])"
_OWNER_BEFORE_ROLE = {"lt", "lv"}  # (so their sources run longer: "Kauno apskrities policijos atstovo Tomo Petrausko")
# Lithuanian and Latvian name the body a role belongs to before it, in capitals where it is a name ("Kauno policijos
# atstovo Tomo Petrausko", "Valsts policijas pārstāvja Jāņa Bērziņa"), or write the body alone ("valsts policijas")
_BALTIC_SOURCE = (
    rf"(?P<src>(?:[{UPPER}][\w-]*+\s){{0,2}}(?:[{LOWER}][\w-]*+\s){{0,5}}(?:[{UPPER}][\w-]*+\s){{0,2}}[{UPPER}][\w-]*+"
    rf"|(?:[{UPPER}][\w-]*+\s)?(?:[{LOWER}][\w-]*+\s){{0,2}}[{LOWER}]{{4,}}+)"
)
_SOURCE_FIRST |= {
    "sk": re.compile(rf"(?P<cue>Podľa)\s{_SOURCE_NAME}"),
    **dict.fromkeys(("hr", "bs", "sr"), re.compile(
        rf"(?P<cue>(?:Prema|Po|Према|По)\s(?:riječima|rečima|navodima|mišljenju|речима|наводима|мишљењу))\s{_SOURCE_NAME}")),
    "sl": re.compile(rf"(?P<cue>Po\s(?:besedah|navedbah|mnenju))\s{_SOURCE_NAME}"),
    # Bulgarian declines no names and may leave out the comma: "Според Иванов шофьорът не е пострадал"
    "bg": re.compile(rf"(?P<cue>Според)\s{_SOURCE_NAME}"),
    # Lithuanian "Pasak Kauno policijos atstovo Tomo Petrausko, gaisras ...", "Anot policijos, ..." (the source in the
    # genitive, the body it speaks for before its role)
    "lt": re.compile(rf"(?P<cue>Pasak|Anot)\s{_BALTIC_SOURCE},\s(?=[{LOWER}])"),
    # Latvian "Pēc Valsts policijas pārstāvja Jāņa Bērziņa teiktā, ugunsgrēks ...": the source in the genitive between
    # "pēc" and "teiktā" (said) or "vārdiem" (words)
    "lv": re.compile(rf"(?P<cue>Pēc)\s{_BALTIC_SOURCE}\s(?:teiktā|vārdiem),?\s(?=[{LOWER}])"),
}


# short prepositions: a name after one is where or with whom, never the subject of the verb after it
# ("České velvyslanectví v Helsinkách potvrdilo, že ...": the embassy in Helsinki confirmed)
_PREPOSITIONS = {"v", "ve", "na", "u", "z", "ze", "w", "we", "в", "во", "на", "у", "із", "in", "im", "en", "em", "no", "à", "au", "da", "de", "di"}


def _after_preposition(text: str, pos: int) -> bool:
    words = text[max(0, pos - 6) : pos].split()
    return bool(words) and words[-1] in _PREPOSITIONS


# auxiliaries after a participle ("rekla je da"): the cue is the participle
_AUXILIARIES = {"je", "su", "је", "су"}


def _verb_of(m: re.Match) -> str:
    """The verb of a lexical reporting match ("<name> <verb> <that>"), not its auxiliary."""
    words = [w.strip(",") for w in m.group().split()[:-1]]
    return words[-2] if words[-1] in _AUXILIARIES and len(words) > 1 else words[-1]


def _speaker_span(text: str, m: re.Match, lang: str) -> tuple[int, int]:
    """The name of a lexical reporting match, past the body a role belongs to where the language puts it first."""
    if lang in SLAVIC_OWNER_FIRST:
        return slavic_name(text, m.start("spk"), m.end("spk"), m.end("spk"))
    return m.start("spk"), m.end("spk")


def _lexical_indirect(article, para, sents, spans, attrib, sent_base, lang: str):
    """Reported speech by cue patterns, for pipelines without a parser: the clause after
    "<name> <verb> <that>" up to the end of its sentence, said by the name."""
    if lang in UNCASED:
        yield from _uncased_indirect(para, sents, spans, sent_base, lang)
        return
    pattern = _LEXICAL_INDIRECT.get(lang)
    text = para.text
    # the cue after the clause: "Tres pueblos fueron evacuados, dijo el alcalde Juan Pérez." (:mod:`.said_after`)
    for start, end, spk_start, spk_end, cue in said_after(text, sents, spans, lang):
        yield from _quote(para, sents, sent_base, attrib, start, end, (spk_start, spk_end), cue)
    if lang == "tr":  # the verb last: "Vali Ayşe Kara, okulların tatil edildiğini açıkladı." (:mod:`.turkish`)
        for s, e in sents:
            for start, end, spk_start, spk_end, cue in tr_reported(text[s:e]):
                yield from _quote(para, sents, sent_base, attrib, s + start, s + end, _tr_name(text, s + spk_start, s + spk_end), cue)
    found = [(m.end(), *_speaker_span(text, m, lang), _verb_of(m)) for m in pattern.finditer(text) if not _after_preposition(text, m.start("spk"))] if pattern else []
    if lang == "nl":
        found += [(m.end(), m.start("spk"), m.end("spk"), _verb_of(m)) for m in _NL_DESCRIBED.finditer(text)]
    if lang in ROMANCE and lang in _LEXICAL_REPORTING:
        # a speaker described, not named: "El portavoz del Gobierno dijo que ..." (not "Gobierno" inside it)
        described = described_speakers(text, sents, *_LEXICAL_REPORTING[lang])
        clauses = {d[0] for d in described}
        found = [f for f in found if f[0] not in clauses] + described
    sourced: set[int] = set()  # clauses a source opens: two words are a statement ("Enligt Nilsson skadades ingen")
    if lang == "de":
        yield from _german_subjunctive(para, sents, spans, attrib, sent_base)
    for s, _ in sents:
        first = _SOURCE_FIRST.get(lang)
        m = (first.match(text, s) if first else None) or _LEXICAL_ACCORDING.match(text, s)
        if m is None:
            continue
        cue = m.group("cue") if "cue" in m.re.groupindex else m.group().split()[0].lower()
        if m.re is _LEXICAL_ACCORDING and (ap := _APPOSED_NAME.match(text, m.end())) and describes_a_role(m.group("src")):
            found.append((ap.end(), m.start("src"), ap.end("name"), cue))  # "Según el portavoz ..., Andrés Molina, ..."
            sourced.add(ap.end())
        elif m.re is _LEXICAL_ACCORDING and lang in ROMANCE:
            continue  # (read by :func:`_romance_according`, with a role after the name and a source that closes)
        elif len(m.group("src").split()) <= (7 if lang in _OWNER_BEFORE_ROLE else 5):
            # ("Volgens Rijkswaterstaat liep de file op tot 23 kilometer, ..." has no comma after its source)
            found.append((m.end(), m.start("src"), m.start("src") + len(_name_of_source(m.group("src").rstrip(), lang)), cue))
            sourced.add(m.end())
    read = []
    for start, spk_start, spk_end, cue in sorted(found):
        _, sent = _sentence_of(start, sents)
        end = len(text[: sent[1]].rstrip(" .!?"))
        short = end - start < 10 or _words(text[start:end]) < 2 if start in sourced else end - start < 15
        if short or _quoted(spans, start, end) > 0.5 * (end - start) or _inside(spk_start, spans):
            continue
        read += _quote(para, sents, sent_base, attrib, start, end, (spk_start, spk_end), cue)
    yield from read
    if lang in ROMANCE:
        yield from _romance_according(para, sents, spans, attrib, sent_base, read)


def _name_of_source(src: str, lang: str) -> str:
    """A Hungarian source is the name, its role after it in lower case: "Nagy László rendőrségi szóvivő
    szerint" is Nagy László's (Hungarian writes the role after the name)."""
    if lang != "hu":
        return src
    words = src.split()
    k = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    return " ".join(words[:k]) if k >= 2 else src


def _uncased_indirect(para, sents, spans, sent_base, lang: str):
    """Reported speech in scripts without capitals (:func:`.uncased.find_reported`), said by the
    name in its speaker phrase."""
    text = para.text
    for start, end, spk_start, spk_end, cue in find_reported(text, sents, lang):
        framed = lang == "zh" and text[max(0, spk_start - 1) : spk_start] == "据"  # "据…介绍，…": see uncased._ZH_ACCORDING
        if end - start < (4 if framed else 8) or _quoted(spans, start, end) > 0.5 * (end - start) or _inside(spk_start, spans):
            continue
        name, spk_start, spk_end = name_in(lang, text, spk_start, spk_end)
        si, _ = _sentence_of(start, sents)
        off = para.offset
        yield Quote(text[start:end], off + start, off + end, "indirect", name, off + spk_start, off + spk_end, cue, sent_base + si)


def _closes_on_its_source(m: re.Match) -> bool:
    """Whether a German attribution closes its sentence (", sagte Feuerwehrsprecher Jan Ohlsen.", ", so Ohlsen."):
    then the clause before it is the speaker's in any mood ("Fünf Menschen erlitten schwere Verletzungen, so
    Ohlsen"); only a cue before the clause ("Ohlsen sagte, ...") needs the subjunctive to tell its clause from
    the narrator's."""
    return m.re is _DE_SAID_AFTER


def _german_subjunctive(para, sents, spans, attrib, sent_base):
    """German reported speech without "dass": the clause after "<Name> sagte," when a verb of it is in the
    subjunctive (Konjunktiv I or II), or before ", sagte <Name>." / ", so <Name>." in any mood."""
    text = para.text
    for lo, hi in sents:
        if _quoted(spans, lo, hi) > 0:
            continue
        if (m := _DE_SAID_BEFORE.search(text, lo, hi)) is not None:
            start, end, source = m.end(), len(text[:hi].rstrip(" .!?")), (m.start("spk"), m.end("spk"))
            cue = m.group().split()[-1].strip(",")
        elif (m := _DE_SAID_AFTER.search(text[lo:hi])) is not None:
            start, end, source = lo, lo + m.start(), (lo + m.start("spk"), lo + m.end("spk"))
            cue = m.group("cue")
        else:
            continue
        if end - start >= 15 and (_closes_on_its_source(m) or _DE_SUBJUNCTIVE.search(text, start, end)):
            yield from _quote(para, sents, sent_base, attrib, start, end, source, cue)

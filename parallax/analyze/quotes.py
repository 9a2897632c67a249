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
paragraph opens with the quote), which is how news prose continues a quote.
Languages without a parser use lexical cue patterns around the quote.
Reported speech without marks ("Stoltenberg said the meeting discussed ...")
becomes an ``indirect`` quote whose text is the reported clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.analyze import Paragraph, component
from parallax.analyze.entities import TITLES
from parallax.analyze.sentences import paragraph_sentences
from parallax.records import Article, Entity, Quote

CUE_LEMMAS = {
    # English
    "say", "add", "state", "tell", "note", "warn", "write", "argue", "claim", "insist", "ask", "declare", "announce",
    "explain", "accuse", "describe", "urge", "vow", "stress", "emphasise", "emphasize", "reply", "respond",
    "acknowledge", "admit", "deny", "suggest", "predict", "comment", "remark", "criticize", "criticise",
    "tweet", "call", "fume", "exclaim", "snap", "retort", "counter", "boast", "lament", "plead", "demand", "recount", "scoff", "confirm", "recall", "conclude", "complain", "promise", "pledge", "caution", "assert",
    "maintain", "contend", "observe", "point", "reiterate", "indicate", "proclaim", "shout", "testify", "concede",
    "joke", "quip", "mention", "speak", "cite", "quote", "blast", "slam",
    # French
    "dire", "déclarer", "affirmer", "ajouter", "estimer", "souligner", "expliquer", "indiquer", "annoncer",
    "assurer", "préciser", "avertir", "insister", "répondre", "confier", "lancer", "rappeler", "dénoncer",
    # German / Spanish (used when a parser provides lemmas)
    "sagen", "erklären", "betonen", "fügen", "warnen", "decir", "afirmar", "declarar", "añadir", "asegurar", "explicar",
}
# verbs that take reported speech without quotation marks
INDIRECT_LEMMAS = {
    "say", "tell", "state", "add", "announce", "claim", "warn", "argue", "insist", "note", "explain", "write",
    "confirm", "report", "stress", "acknowledge", "admit", "deny", "predict", "suggest", "dire", "déclarer",
    "affirmer", "annoncer", "estimer", "assurer", "sagen", "erklären", "decir", "afirmar",
}
PRONOUNS = {"he", "she", "him", "her", "er", "sie", "il", "elle", "él", "ella"}
PLURAL_PRONOUNS = {"they", "we", "i", "ils", "elles", "nous", "wir", "ellos", "nosotros"}
_OPEN_TO_CLOSE = {"“": "”", "„": "“”", "«": "»", "‹": "›", '"': '"', "‘": "’", "'": "'", "‚": "‘’"}
# words of a lexical cue, for pipelines without a parser
LEXICAL_CUES = {
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|meinte|fügte\s+hinzu|warnte|so|schrieb|kritisierte|teilte\s+mit",
    "es": r"dijo|afirmó|declaró|aseguró|añadió|explicó|señaló|indicó|según|advirtió",
    "fr": r"a\s+déclaré|a\s+dit|a\s+affirmé|a\s+ajouté|a\s+souligné|selon|a\s+estimé|a\s+expliqué|déclare|affirme|estime",
    "en": r"said|says|added|stated|told|noted|warned|according\s+to|wrote|argued|claimed",
}
_PROPER = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’'-]+){1,3}\b")
_NAME = r"(?P<spk>(?:[A-ZÀ-ÖØ-Þ][\w’'.-]+\s){0,3}[A-ZÀ-ÖØ-Þ][\w’'-]+)"


@dataclass
class _Span:
    start: int  # content start, relative to the paragraph
    end: int
    closed: bool


def find_quote_spans(text: str, sentences: list[tuple[int, int]], continues: bool = False) -> list[_Span]:
    """Content spans (inside the marks) of the quotations of one paragraph.

    ``continues`` says the next paragraph opens with a quotation mark, in which
    case an unclosed quote may run to the end of this paragraph."""
    spans: list[_Span] = []
    open_at: int | None = None
    open_ch = ""
    n = len(text)

    def unclosed_end(pos: int) -> int:
        if continues:
            return n
        for s, e in sentences:
            if s <= pos < e:
                return e
        return n

    i = 0
    while i < n:
        ch = text[i]
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if open_at is None:
            if ch in "“„«‹\"" or (ch in "‘‚" and not prev.isalnum()) or (ch == "'" and not prev.isalnum() and nxt.isalpha()):
                open_at, open_ch = i, ch
        else:
            closers = _OPEN_TO_CLOSE[open_ch]
            single = open_ch in "‘'‚"
            if ch in closers and (not single or not nxt.isalnum()) and not (ch == open_ch == "“" and False):
                if open_ch == '"' or not single or (prev.isalnum() or prev in ".,!?;"):
                    spans.append(_Span(open_at + 1, i, True))
                    open_at = None
            elif not single and ch in "“„«" and ch not in closers:
                # a new opening mark while one is open: the first was never closed
                spans.append(_Span(open_at + 1, min(unclosed_end(open_at), i), False))
                open_at, open_ch = i, ch
        i += 1
    if open_at is not None:
        spans.append(_Span(open_at + 1, unclosed_end(open_at), False))
    return [_trim(text, s) for s in spans if _trim(text, s).end > _trim(text, s).start]


def _trim(text: str, span: _Span) -> _Span:
    s, e = span.start, span.end
    while s < e and text[s] in " \n":
        s += 1
    while e > s and text[e - 1] in " \n,;:“”\"«»„":
        e -= 1
    return _Span(s, e, span.closed)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _entity_at(article: Article, start: int, end: int, labels=("PERSON", "PER")) -> Entity | None:
    best = None
    for e in article.entities:
        if e.label in labels and e.start >= start and e.end <= end:
            best = e  # the last one: "Foreign Ministry spokesperson Zhao Lijian"
    return best


def _last_person_before(article: Article, pos: int) -> Entity | None:
    """The last person named before ``pos``: a PERSON entity, or else a run of
    two or three capitalised words that is no other entity (small models miss names)."""
    best = None
    for e in article.entities:
        if e.label in ("PERSON", "PER") and e.end <= pos:
            best = e
    others = {(e.canonical or e.text) for e in article.entities if e.label not in ("PERSON", "PER")}
    for m in _PROPER.finditer(article.text, 0, pos):
        name = m.group()
        while (t := TITLES.match(name)) and len(name.split()) > 1:
            name = name[t.end() :]
        if len(name.split()) >= 2 and name not in others and (best is None or m.start() > best.start):
            best = Entity(name, "PERSON", m.end() - len(name), m.end(), name)
    return best


class _Attributor:
    """Speaker attribution state for one article (last speaker for pronouns)."""

    def __init__(self, article: Article):
        self.article = article
        self.last_person: Quote | None = None

    def named(self, start: int, end: int, cue: str, pos: int) -> tuple[str, int, int, str] | None:
        """Speaker for a subject spanning article offsets ``start:end``."""
        art = self.article
        text = art.text[start:end]
        words = text.lower().split()
        if len(words) == 1 and words[0] in PRONOUNS:
            # the most recently named person: a previous speaker or a mention
            ent = _last_person_before(art, start)
            lp = self.last_person
            if lp and lp.speaker and (ent is None or (lp.speaker_start or 0) >= ent.start):
                return lp.speaker, start, end, cue
            return (ent.canonical or ent.text, start, end, cue) if ent else None
        if len(words) == 1 and words[0] in PLURAL_PRONOUNS:
            return None
        ent = _entity_at(art, start, end)
        if ent:
            return ent.canonical or ent.text, ent.start, ent.end, cue
        ent = _entity_at(art, start, end, labels=("ORG", "GPE", "NORP", "MISC"))
        if ent and len(text.split()) <= 4:
            return ent.canonical or ent.text, ent.start, ent.end, cue
        cleaned = re.sub(r"^(the|a|an|der|die|das|le|la|les|el|los|las)\s+", "", text.strip(), flags=re.I)
        while (t := TITLES.match(cleaned)) and len(cleaned.split()) > 1:
            cleaned = cleaned[t.end() :]
        return (cleaned, start, end, cue) if cleaned else None


def _subject_span(tok) -> tuple[int, int] | None:
    """Character span of the subject of cue token ``tok`` (climbing conjunctions)."""
    head = tok
    for _ in range(3):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
        if subj:
            sub = subj[0]
            left = sub.left_edge.idx
            right = sub.right_edge.idx + len(sub.right_edge.text)
            # drop a relative clause or apposition after the name: "X, who ..., said"
            for c in sub.children:
                if c.dep_ in ("relcl", "acl", "appos", "punct") and c.idx > sub.idx:
                    right = min(right, c.left_edge.idx)
            return left, right
        # a subject after the cue: « ... », a déclaré le maire Jean Dupont
        after = [c for c in head.children if c.dep_ in ("obj", "dobj", "nsubj:inv") and c.idx > head.idx]
        if after and any(t.pos_ == "PROPN" for t in after[0].subtree):
            sub = after[0]
            return sub.left_edge.idx, sub.right_edge.idx + len(sub.right_edge.text)
        agent = [c for c in head.children if c.dep_ == "agent"]
        if agent and list(agent[0].children):
            pobj = list(agent[0].children)[-1]
            return pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        if head.dep_ in ("conj", "xcomp", "advcl", "ccomp") and head.head is not head:
            head = head.head
        else:
            break
    return None


def _clause_subject(doc, start: int, end: int) -> tuple[int, int] | None:
    """Subject of the clause that introduces a quote with a colon or dash:
    'But Mayor Rosa Delgado hit back: "..."'."""
    subjects = [t for t in doc if start <= t.idx < end and t.dep_ in ("nsubj", "nsubjpass") and t.head.idx < end]
    if not subjects:
        return None
    sub = subjects[-1]
    return sub.left_edge.idx, sub.right_edge.idx + len(sub.right_edge.text)


def _inside(pos: int, spans: list[_Span]) -> bool:
    return any(s.start - 1 <= pos < s.end + 1 for s in spans)


def _cues(doc, quote_spans: list[_Span]) -> list[tuple[int, tuple[int, int] | None, str]]:
    """(position, subject span relative to the paragraph, cue text) of every cue outside quotes."""
    out = []
    for tok in doc:
        if _inside(tok.idx, quote_spans):
            continue
        lemma = (tok.lemma_ or tok.text).lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in CUE_LEMMAS:
            out.append((tok.idx, _subject_span(tok), tok.text))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                o = objs[0]
                out.append((tok.idx, (o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)), "according to"))
        elif tok.lower_ in ("selon", "según") and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            out.append((tok.idx, (nxt.left_edge.idx, nxt.head.right_edge.idx + len(nxt.head.right_edge.text)), tok.text))
    return out


def _lexical_speaker(text: str, span: _Span, sent: tuple[int, int], lang: str) -> tuple[int, int, str] | None:
    """Speaker by cue patterns around the quote, for pipelines without a parser."""
    cues = LEXICAL_CUES.get(lang, LEXICAL_CUES["en"])
    after = text[span.end : sent[1]]
    m = re.match(rf"\W{{0,3}}\s*(?:{cues})\s+(?:(?:der|die|the|le|la|el)\s+)?(?:\w+\s+)?{_NAME}", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), m.group().split()[0] if m.group().split() else ""
    m = re.match(rf"\W{{0,3}}\s*{_NAME}\s+(?:{cues})\b", after)
    if m:
        return span.end + m.start("spk"), span.end + m.end("spk"), "cue"
    before = text[sent[0] : max(sent[0], span.start - 1)]
    m = re.search(rf"{_NAME}\s+(?:{cues})\b[^\"“„«]{{0,80}}$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), "cue"
    m = re.search(rf"(?:{cues})\s+{_NAME}[^\"“„«]{{0,40}}$", before)
    if m:
        return sent[0] + m.start("spk"), sent[0] + m.end("spk"), "cue"
    return None


def _sentence_of(pos: int, sents: list[tuple[int, int]]) -> tuple[int, tuple[int, int]]:
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i, (s, e)
    return len(sents) - 1, sents[-1] if sents else (0, 0)


@component("quotes")
def add_quotes(article: Article, paragraphs: list[Paragraph]) -> None:
    attrib = _Attributor(article)
    lang = (article.language or "en")[:2]
    sent_base = 0
    prev_para_last: Quote | None = None
    for k, para in enumerate(paragraphs):
        text = para.text
        sents = paragraph_sentences(para) or [(0, len(text))]
        nxt = paragraphs[k + 1].text.lstrip() if k + 1 < len(paragraphs) else ""
        spans = find_quote_spans(text, sents, continues=bool(nxt[:1]) and nxt[0] in "“„«\"‘")
        parsed = has_parser_doc(para.doc)
        cues = _cues(para.doc, spans) if parsed else []
        used_cues: set[int] = set()
        para_quotes: list[Quote] = []
        for span in spans:
            si, sent = _sentence_of(span.start, sents)
            content = text[span.start : span.end]
            before = text[sent[0] : max(sent[0], span.start - 1)].strip()
            kind = "direct" if not before or before.endswith((":", ",")) or _words(content) >= 12 and not before else "partial"
            speaker = None
            if parsed:
                in_sent = [c for c in cues if sent[0] <= c[0] < sent[1]]
                if in_sent:
                    pos, subj, cue = min(in_sent, key=lambda c: min(abs(c[0] - span.start), abs(c[0] - span.end)))
                    used_cues.add(pos)
                    if subj:
                        speaker = attrib.named(para.offset + subj[0], para.offset + subj[1], cue, para.offset + span.start)
                elif before.endswith((":", "—", "–", " -")):
                    subj = _clause_subject(para.doc, sent[0], span.start)
                    if subj:
                        speaker = attrib.named(para.offset + subj[0], para.offset + subj[1], ":", para.offset + span.start)
            else:
                found = _lexical_speaker(text, span, sent, lang)
                if found:
                    speaker = attrib.named(para.offset + found[0], para.offset + found[1], found[2], para.offset + span.start)
            if speaker is None and _words(content) < 3:
                continue  # a scare-quoted term, not a quotation
            if speaker is None:
                if para_quotes and para_quotes[-1].speaker:
                    prev = para_quotes[-1]
                    speaker = (prev.speaker, prev.speaker_start, prev.speaker_end, prev.cue)
                elif span.start <= 1 and prev_para_last and prev_para_last.speaker and not _entity_at(article, para.offset, para.offset + len(text)):
                    prev = prev_para_last
                    speaker = (prev.speaker, prev.speaker_start, prev.speaker_end, prev.cue)
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
            if q.speaker and q.speaker[:1].isupper() and _entity_at(article, q.speaker_start or 0, q.speaker_end or 0, ("ORG", "GPE", "NORP")) is None:
                attrib.last_person = q
        # reported speech without quotation marks
        if parsed:
            for q in _indirect(article, para, sents, spans, used_cues, attrib, sent_base):
                para_quotes.append(q)
        para_quotes.sort(key=lambda q: q.start)
        article.quotes.extend(para_quotes)
        if para_quotes:
            prev_para_last = para_quotes[-1] if para_quotes[-1].kind != "indirect" else prev_para_last
        else:
            prev_para_last = None
        sent_base += len(sents)
    _canonical_speakers(article)


def _canonical_speakers(article: Article) -> None:
    """Map "Stoltenberg" to "Jens Stoltenberg" when the article names him in full."""
    people = sorted({e.canonical or e.text for e in article.entities if e.label in ("PERSON", "PER")}, key=len, reverse=True)
    for q in article.quotes:
        if not q.speaker:
            continue
        words = q.speaker.split()
        for name in people:
            nw = name.split()
            if len(nw) > len(words) and any(nw[i : i + len(words)] == words for i in range(len(nw) - len(words) + 1)):
                q.speaker = name
                break


def has_parser_doc(doc) -> bool:
    return doc.has_annotation("DEP")


def _indirect(article, para, sents, spans, used_cues, attrib, sent_base):
    doc = para.doc
    for tok in doc:
        lemma = (tok.lemma_ or tok.text).lower()
        if lemma not in INDIRECT_LEMMAS or tok.pos_ != "VERB" or tok.idx in used_cues or _inside(tok.idx, spans):
            continue
        comp = [c for c in tok.children if c.dep_ in ("ccomp",) and c.idx > tok.idx]
        if not comp:
            continue
        c = comp[0]
        start = c.left_edge.idx
        end = c.right_edge.idx + len(c.right_edge.text)
        if any(s.start < end and start < s.end for s in spans) or _words(doc.text[start:end]) < 4:
            continue
        if doc[c.left_edge.i].lower_ in ("that", "que", "dass"):
            start = doc[c.left_edge.i + 1].idx
        subj = _subject_span(tok)
        if not subj:
            continue
        speaker = attrib.named(para.offset + subj[0], para.offset + subj[1], tok.text, para.offset + start)
        if not speaker:
            continue
        content = doc.text[start:end].rstrip(" .,;")
        si, _ = _sentence_of(start, sents)
        yield Quote(content, para.offset + start, para.offset + start + len(content), "indirect", speaker[0], speaker[1], speaker[2], speaker[3], sent_base + si)

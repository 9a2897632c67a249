"""Whose a cue is: the subject of a speech verb in the dependency parse, repaired.

The parser gives a speech verb's subject, but news prose gets in its way: a conjoined verb ("Trump
has used ... and criticized Obama") has its subject on the first verb, a passive its agent ("was
written by Springsteen"), a relative pronoun ("anybody who complains") stands for the noun it
refers to; an apposition may name the person ("Estonia's minister, Kaarel Tamm, said") or only
describe them ("X, who ..., said"); and the parser may hang the quotation itself on the subject
('“...,” Flynn said') or end it at a dash or a dateline ("WASHINGTON -- President Obama").  These
functions find the subject's span and repair it; :mod:`.people` then says who it names.  Also the
subjects of the verbs a quoted phrase hangs on when no speech verb introduces it, and whether a
subject can have used words at all.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.antecedents import _RELATIVE, pronouns
from parallax.analyze.quotes.body_role_names import person_after_body_role
from parallax.analyze.quotes.marks import _Span
from parallax.analyze.quotes.person_names import _entity_at
from parallax.analyze.quotes.roles import DOCUMENTS
from parallax.analyze.quotes.swallowed_subjects import swallowed_subject
from parallax.letters import UPPER
from parallax.records import Article


def _subject_span(tok, past_gerund: bool = False) -> tuple[int, int] | None:
    """Character span of the subject of cue token ``tok`` (climbing conjunctions).

    A passive cue takes its agent ("was written by Springsteen"); a relative
    pronoun subject ("anybody who complains") takes the noun it refers to.  With ``past_gerund`` (reported speech
    only), a gerund after a preposition takes the subject of the verb the phrase is on."""
    if (quoted := _quoted_as(tok)) is not None:
        return quoted
    head = tok
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.tag_ == "VBG" and prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "PER", "ORG"):
        # "footage of Hillary Clinton asking, “...”", "Trump saying during the debate"
        left = prev
        while left.i > 0 and left.doc[left.i - 1].pos_ == "PROPN" and left.doc[left.i - 1].ent_type_ == prev.ent_type_:
            left = left.doc[left.i - 1]
        return left.idx, prev.idx + len(prev.text)
    if tok.dep_ == "acl" and tok.head.pos_ == "PROPN" and tok.head.ent_type_ in ("PERSON", "PER", "ORG") and tok.head.i < tok.i:
        # a participle on a name: "which the port's chief executive, Ines Varga, called ''a reckless gamble''"
        name = tok.head
        left = name
        while left.i > 0 and left.doc[left.i - 1].dep_ == "compound" and left.doc[left.i - 1].head.i == name.i:
            left = left.doc[left.i - 1]
        return left.idx, name.idx + len(name.text)
    for _ in range(3):
        agent = [c for c in head.children if c.dep_ == "agent"]
        if agent and list(agent[0].children):
            pobj = list(agent[0].children)[-1]
            return pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
        if subj:
            sub = subj[0]
            if len(subj) > 1 and subj[-1].i < head.i and any(t.text == "," for t in head.doc[sub.right_edge.i + 1 : subj[-1].left_edge.i]):
                sub = subj[-1]  # "His promises … notwithstanding, independent analyses agree": the phrase before the comma is none
            if sub.lower_ in _RELATIVE and head.dep_ in ("relcl", "acl:relcl") and head.head.i != head.i:
                noun = head.head
                if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                    noun = noun.head  # "Brennan, now the council's majority leader, who said ..."
                if (last := _last_conjunct_before(noun, sub)) is not None:
                    return last
                return noun.left_edge.idx, noun.idx + len(noun.text)
            last = sub
            for nxt in subj[1:]:
                if nxt.i != last.right_edge.i + 1 or nxt.pos_ != "PROPN":
                    break
                last = nxt
            if last.i != sub.i:
                # a title the parser made a subject of its own, the name a second one: "a déclaré Me Claire Vasseur";
                # a hyphenated surname cut into three subjects ("Eli Ben - David", the hyphen tagged a proper noun)
                return _subject_start(sub), _subject_end(last)
            if _quotation_as_subject(sub, head) and (inverted := _inverted_subject(head)) is not None:
                return inverted  # « ... », a reconnu dimanche soir la tête de liste ...: the parser's subject is the quote
            return _name_before_its_role(sub) or person_after_body_role(sub) or (_subject_start(sub), _subject_end(sub))
        if head.dep_ == "xcomp" and (obj := [c for c in head.head.children if c.dep_ in ("dobj", "obj") and c.i < head.i]):
            return _subject_start(obj[0]), _subject_end(obj[0])  # "Warren forced Stumpf to admit that ...": Stumpf admits
        if head.dep_ in ("conj", "xcomp", "advcl", "ccomp") and head.head.i != head.i:
            head = head.head  # "Trump has used ... and criticized Obama": the subject of "used"
            continue
        if past_gerund and head.tag_ == "VBG" and head.dep_ == "pcomp":
            # "stopped short of calling the mayor's remarks deliberately misleading": the subject of the verb the phrase is on,
            # never the gerund's object
            up = head.head
            # (spaCy makes a new Token on each access, so the root is found by its index, never by "is")
            while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i and up.i > up.head.i - 4:
                up = up.head
            if up.pos_ in ("VERB", "AUX"):
                head = up
                continue
            break
        # a subject after the cue: « ... », a déclaré le maire Jean Dupont
        if (inverted := _inverted_subject(head)) is not None:
            return inverted
        if head.i == tok.i and (swallowed := swallowed_subject(tok)) is not None:
            return swallowed  # "In an interview with CNN Sanders said ...": the name the opening phrase took
        if head.i == tok.i and (aged := _description_as_modifier(tok)) is not None:
            return aged
        break
    return None


def _inverted_subject(verb) -> tuple[int, int] | None:
    """A subject after the cue, with a name in it: « ... », a déclaré le maire Jean Dupont."""
    after = [c for c in verb.children if c.dep_ in ("obj", "dobj", "nsubj:inv") and c.idx > verb.idx] or _past_time_phrase(verb)
    if after and any(t.pos_ == "PROPN" for t in after[0].subtree):
        return after[0].left_edge.idx, after[0].right_edge.idx + len(after[0].right_edge.text)
    return None


def _quotation_as_subject(sub, verb) -> bool:
    """A subject before the cue that ends in a closing quotation mark: the quotation itself, which the parser
    took for the subject of the verb that introduces it."""
    between = sub.doc[sub.right_edge.i : verb.i]
    return sub.i < verb.i and any(t.text in ("»", "”", '"') for t in between)


def _past_time_phrase(verb) -> list:
    """The subject after a cue and a time phrase, which the French parser hangs on that phrase as its object
    ("« ... », a reconnu dimanche soir la tête de liste du SPD, Katja Pähle": "tête" the object of "soir"):
    a bare noun of time on the cue ("obl:mod") carries no object of its own, so one in its subtree is the cue's
    inverted subject."""
    for mod in verb.children:
        if mod.dep_ == "obl:mod" and mod.idx > verb.idx:
            found = [t for t in mod.subtree if t.dep_ in ("obj", "nsubj", "nsubj:inv") and t.i != mod.i]
            if found:
                return found[:1]
    return []


def _description_as_modifier(tok) -> tuple[int, int] | None:
    """A description with no noun that the parser hung on the cue as a modifier, its article on the cue too:
    '“...,” the 34-year-old said' ("the" det and "old" amod of "said"): the span from the article to the verb."""
    mods = [c for c in tok.children if c.dep_ == "amod" and c.right_edge.i == tok.i - 1]
    dets = [c for c in tok.children if c.dep_ == "det" and mods and c.i == mods[0].left_edge.i - 1]
    return (dets[0].idx, mods[0].right_edge.idx + len(mods[0].right_edge.text)) if dets else None


def _last_conjunct_before(noun, rel) -> tuple[int, int] | None:
    """The span of the last name of a list right before a relative pronoun the parser hung on its first one:
    in "celebrities like Oprah Winfrey, Will Smith and Stevie Wonder, who joked", "who" is Stevie Wonder."""
    names = [c for c in noun.conjuncts if c.i < rel.i and c.i > noun.i and c.pos_ == "PROPN"]
    if noun.pos_ != "PROPN" or not names:
        return None
    last = max(names, key=lambda c: c.i)
    if any(t.pos_ in ("VERB", "AUX") for t in noun.doc[last.i + 1 : rel.i]):
        return None  # the list ended before: the pronoun is not right after it
    left = last
    while left.i > 0 and left.doc[left.i - 1].dep_ == "compound" and left.doc[left.i - 1].head.i == last.i:
        left = left.doc[left.i - 1]
    return left.idx, last.idx + len(last.text)


# verbs whose passive subject is the one whose words an "as saying" reports ("was quoted as saying", "was
# cited as saying", "was reported as saying")
_QUOTING = frozenset({"quote", "cite", "report", "record"})


def _quoted_as(tok) -> tuple[int, int] | None:
    """The one quoted, for the gerund of "was quoted as saying, ..." (not who quoted them: "was quoted by the
    Times as saying" is the subject's words)."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.i == prep.i or (prep.head.lemma_ or "").lower() not in _QUOTING:
        return None
    quoted = next((c for c in prep.head.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
    return (_subject_start(quoted), _subject_end(quoted)) if quoted is not None else None


def _name_before_its_role(sub) -> tuple[int, int] | None:
    """The name of "said Kim Min-su, head of the port union" where the parser made the role ("head") the
    subject and the name, in front of its comma, the role's compound: the words before the comma, when they
    are all proper nouns (and a name's hyphens), are the speaker; the role after the comma describes them."""
    if sub.pos_ != "NOUN":
        return None
    before = [t for t in sub.doc[sub.left_edge.i : sub.i]]
    commas = [t for t in before if t.text == ","]
    if len(commas) != 1 or commas[0].i == sub.left_edge.i:
        return None
    name = sub.doc[sub.left_edge.i : commas[0].i]
    if not all(t.pos_ == "PROPN" or t.text == "-" for t in name) or not any(t.text[:1].isupper() for t in name):
        return None
    if any(t.i > commas[0].i and t.pos_ == "PROPN" for t in before):
        return None  # "the union's head, Kim Min-su": the name after the comma, read elsewhere
    return name[0].idx, name[-1].idx + len(name[-1].text)


def _clause_subject(doc, start: int, end: int) -> tuple[int, int] | None:
    """Subject of the clause that introduces a quote with a colon or dash:
    'But Mayor Rosa Delgado hit back: "..."'."""
    subjects = [t for t in doc if start <= t.idx < end and t.dep_ in ("nsubj", "nsubjpass") and t.head.idx < end]
    if not subjects:
        return None
    sub = subjects[-1]
    return sub.left_edge.idx, _subject_end(sub)


_QUANTIFIERS = frozenset({"all", "only", "just", "even", "both", "each", "alone"})


def _subject_start(sub) -> int:
    """Where a subject starts: a name's own words, not a quantifier the parser hung on it ("That was
    all Ruiz said" gives Ruiz, not "all Ruiz"; "Only Ruiz said" likewise)."""
    left = sub.left_edge
    while left.i < sub.i and left.lower_ in _QUANTIFIERS and sub.pos_ == "PROPN":
        left = left.doc[left.i + 1]
    return left.idx


def _subject_end(sub) -> int:
    """Where a subject ends: before a relative clause or an apposition after the name ("X, who ...,
    said"), but after an apposition that names the person ("Kelton's mayor, Priya Anand, warned"),
    with the comma that opens it."""
    right = sub.right_edge.idx + len(sub.right_edge.text)
    naming = [c.idx for c in sub.children if c.idx > sub.idx and _names_someone(c)]
    for c in sub.children:
        if c.dep_ in ("relcl", "acl", "appos", "punct") and c.idx > sub.idx and not _names_someone(c):
            if c.dep_ == "punct" and any(c.idx < n for n in naming):
                continue  # the comma before the name
            right = min(right, c.left_edge.idx)
    return right


def _names_someone(tok) -> bool:
    """An apposition that is a proper name (not a relative clause or a description), or the number a capitalised
    name ends with, right after it with no comma ("Rescue 1188 said", "Edhi 115 said": the body's name, which the
    parser hangs on its first word as an apposition)."""
    if tok.dep_ == "appos" and tok.like_num and tok.i == tok.head.i + 1 and tok.head.text[:1].isupper():
        return True
    return tok.dep_ == "appos" and tok.pos_ == "PROPN"


def _clip_subject(subj: tuple[int, int] | None, spans: list[_Span], text: str) -> tuple[int, int] | None:
    """A subject span without the quotation the parser hung on it: '“...,” Flynn said'."""
    if not subj:
        return None
    s, e = subj
    for q in spans:
        if q.start - 1 <= s < q.end + 1 or q.start < e <= q.end:
            if q.end + 1 < e:
                s = q.end + 1
            else:
                return None
    while s < e and not (text[s].isalnum() or text[s] in "«"):
        s += 1
    return (s, e) if s < e else None


_AFTER_DASH = re.compile(rf"(?:--|[―—–])\s*(?P<name>(?:[{UPPER}][\w.’'-]*\s?){{1,4}})")


def _past_dash(text: str, subj: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name after a dash when the parser ended the subject at it: in 'were made
    public ― Trump boasted' or 'WASHINGTON -- President Obama, ..., said' the subject
    it returns is 'public ―' or 'WASHINGTON'."""
    if not subj:
        return subj
    s, e = subj
    stripped = text[s:e].rstrip()
    if stripped.endswith(("--", "―", "—", "–")):
        at = s + len(stripped) - (2 if stripped.endswith("--") else 1)
    elif stripped.isupper():  # a dateline place, "WASHINGTON"
        at = s + len(stripped)
    else:
        return subj
    while at < len(text) and text[at].isspace():
        at += 1
    m = _AFTER_DASH.match(text, at)
    if not m:
        return subj
    return m.start("name"), m.start("name") + len(m.group("name").rstrip())


def _governing_subjects(doc, span: _Span) -> list[tuple[int, int]]:
    """Subjects of the verbs a quoted phrase hangs on, nearest first, when no speech
    verb introduces it: the one who used the words ("The two presidents introduced
    the “War On Drugs”"), or up the clauses, three subjects at most ("An audit found
    that the ministry could not tell whether the funds had come from “the smuggling routes”")."""
    for tok in doc:
        if not span.start <= tok.idx < span.end or span.start <= tok.head.idx < span.end or tok.head.i == tok.i:
            continue
        out, node = [], tok.head
        for _ in range(8):
            if node.pos_ in ("VERB", "AUX") and (subj := _subject_span(node)) and subj not in out:
                out.append(subj)
                if len(out) == 3:
                    break
            if node.head.i == node.i:
                break
            node = node.head
        return out
    return []


def _can_speak(article: Article, start: int, end: int) -> bool:
    """A subject that can have used words: it names a person or an organisation,
    is a personal pronoun, or is a document ("A report released last year found
    ..."); "The Trends Are 'Terrifying'" has no speaker, nor has the "it" of
    "it's crucial to “protect our values”"."""
    words = article.text[start:end].lower().split()
    if len(words) == 1 and words[0] in pronouns(article.language):
        return True
    if any(w.strip(",.’'") in DOCUMENTS for w in words[:6]):
        return True
    return _entity_at(article, start, end, ("PERSON", "PER", "ORG", "NORP")) is not None

"""Attribution that names no speaker, or names a thing rather than a person (English dependency parse).

News hedges a claim without saying who made it as often as it names a source: "It was reported that
the senator had resigned", "The senator is said to be furious", "The gunman reportedly fired six
shots", "Peacekeepers have been accused of hurting civilians".  Attribution corpora (PolNeAR among
them) count each as an attribution whose source is left out, and so does Parallax: the claim is an
``indirect`` quote with no speaker, unless a by-phrase names one ("was accused by prosecutors of
...").  Findings are reported the same way with a thing as their source: "Polls show Clinton with a
narrow lead", "The footage shows her with a phone in her hand" (the source is the poll or the video),
and so are a poll's respondents: "46 percent would choose Clinton" (the share is the source).

Each function reads one construction and returns ``(start, end, source span or None, cue)`` in the
paragraph's offsets; :mod:`.reported` makes the quotes.
"""

from __future__ import annotations

from parallax.analyze.quotes.clauses import _finite, _infinitive, lemma_of
from parallax.analyze.quotes.scheduled_plans import is_schedule

Claim = tuple[int, int, "tuple[int, int] | None", str]

# verbs that, in the passive with an infinitive or an "as" phrase, report what unnamed people say, believe or
# expect: "X is said to ...", "X is expected to ...", "X is widely seen as ...", "It is believed that ..."
EVIDENTIAL_PASSIVES = {
    "say", "report", "expect", "believe", "think", "allege", "rumor", "rumour", "know", "suppose", "understand",
    "estimate", "project", "predict", "fear", "see", "view", "regard", "consider", "deem", "claim", "suspect", "describe",
    "rate", "judge", "dub", "label", "brand",
}  # fmt: skip

# verbs of blaming and judging whose passive subject is the one judged, with the grounds after it: "was
# accused of", "has been blamed for", "was criticized over", "was charged with"
JUDGED_PASSIVES = {
    "accuse", "blame", "criticize", "criticise", "fault", "charge", "condemn", "praise", "credit", "suspect", "attack",
    "slam", "blast", "denounce", "hail", "ridicule", "mock", "chastise", "rebuke",
}  # fmt: skip
_GROUNDS = ("of", "for", "with", "over", "as")

# adverbs that mark a clause as someone's claim, not the writer's: "The gunman reportedly fired six shots"
HEARSAY_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "ostensibly"}

# verbs of showing whose subject is evidence, with what it shows as their object: "Polls show a close
# contest", "The data show Clinton ahead by three points" (with a clause they are :mod:`.clauses`' findings)
SHOWING_LEMMAS = {"show", "indicate", "reveal", "suggest", "find", "confirm", "document", "depict"}

# what an organisation shows as evidence would ("RealClearPolitics showing her ahead 3 points"); an organisation that
# finds or reveals something has most often done a deed ("the team finds its form", "Apple reveals a new phone")
_POLLSTERS_SHOW = {"show", "indicate", "suggest"}

# nouns that name evidence, which "shows" or "finds" something: no person, yet a source
EVIDENCE_NOUNS = {
    "poll", "polling", "survey", "study", "analysis", "report", "data", "figure", "number", "average", "video", "footage",
    "document", "record", "return", "research", "review", "audit", "investigation", "test", "result", "estimate",
    "model", "forecast", "count", "tally", "chart", "graph", "map", "photo", "image", "recording", "tape", "clip",
    "filing", "email", "memo", "letter", "statistic", "evidence", "finding", "census", "index",
}  # fmt: skip

# verbs of preferring a candidate or a policy, as a poll reports its respondents: "46 percent would choose
# Clinton", "a majority oppose the plan"
PREFERENCE_LEMMAS = {
    "support", "back", "choose", "prefer", "favor", "favour", "approve", "disapprove", "oppose", "trust", "distrust",
    "pick", "like", "dislike", "want", "rate", "view", "see", "consider", "blame", "vote", "reject", "endorse",
}  # fmt: skip
# the head of a subject that is a counted share of those asked ("46 percent", "a majority of voters", "half"): not
# "most drivers", which is as often the writer's own generalisation as a poll's figure
_SHARES = {"percent", "cent", "%", "majority", "plurality", "minority", "half", "third", "quarter", "fifth", "two-thirds"}


def _span(tok) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def _passive_subject(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)


def _agent(tok) -> tuple[int, int] | None:
    """The span of the object of a passive verb's by-phrase ("by prosecutors"), if it has one."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return _span(pobj) if pobj is not None else None


def evidential_passives(doc) -> list[Claim]:
    """ "X is said to be furious", "X is widely seen as the favourite", "It was reported that ...": the
    subject with what is said of it, or the clause; the source is the by-phrase, or no one."""
    out: list[Claim] = []
    for tok in doc:
        if tok.pos_ != "VERB" or lemma_of(tok) not in EVIDENTIAL_PASSIVES or tok.tag_ != "VBN":
            continue
        subj = _passive_subject(tok)
        if subj is None or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        source = _agent(tok)
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.idx > tok.idx), None)
        if subj.lower_ == "it" and clause is not None and _finite(clause):
            start, end = _span(clause)  # "It was reported that the senator had resigned"
            first = doc.text[start:end].split()[0].lower()
            out.append((start + len(first) + 1 if first == "that" else start, end, source, tok.text))
            continue
        if subj.pos_ == "PRON" and subj.lower_ in ("it", "this", "that", "there", "which", "who", "what"):
            continue
        what = next(
            (
                c
                for c in tok.children
                if c.idx > tok.idx and (c.dep_ == "xcomp" and _infinitive(c) or c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "oprd")
            ),
            None,
        )
        if what is None or is_schedule(tok, what):  # "is expected to visit the site on Friday" (:mod:`.scheduled_plans`)
            continue
        out.append((subj.left_edge.idx, what.right_edge.idx + len(what.right_edge.text), source, tok.text))
    return out


def judged_passives(doc) -> list[Claim]:
    """ "Peacekeepers have been accused of hurting civilians", "The mayor was accused by prosecutors of
    taking bribes": the one judged with the grounds, said by the by-phrase's accuser, or by no one."""
    out: list[Claim] = []
    for tok in doc:
        if tok.pos_ != "VERB" or lemma_of(tok) not in JUDGED_PASSIVES or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        subj = _passive_subject(tok)
        grounds = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _GROUNDS and c.idx > tok.idx and list(c.children)]
        if not grounds and lemma_of(tok) in FORMAL_CHARGES:
            grounds = _grounds_after_agent(tok)  # "was charged by police with fraud"
        if subj is None or not grounds or subj.lower_ in ("which", "that", "what") or _denied(tok, subj):
            continue
        last = grounds[-1]
        source = _agent(tok)
        if source is not None and source[0] < grounds[0].idx < source[1]:
            source = (source[0], len(doc.text[: grounds[0].idx].rstrip()))  # ("by police" of "by police with fraud")
        if lemma_of(tok) in FORMAL_CHARGES and (source := source or _by_phrase_within(grounds)) is None:
            continue  # "was charged with fraud": a charge laid, no one's words, as "denied the charges" is none
        out.append((subj.left_edge.idx, last.right_edge.idx + len(last.right_edge.text), source, tok.text))
    return out


# verbs of a formal charge, a deed of the prosecuting body and a record of the court, not a claim of someone left
# unnamed ("Nwosu was charged with fraud"): reported speech only of the body a by-phrase names
FORMAL_CHARGES = {"charge"}


def _grounds_after_agent(verb) -> list:
    """The grounds the parser hung on the by-phrase's noun: "charged by police with fraud"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return [] if agent is None else [t for t in agent.subtree if t.dep_ == "prep" and t.lower_ in _GROUNDS and list(t.children)][:1]


def _by_phrase_within(grounds) -> tuple[int, int] | None:
    """The span of a by-phrase's object the parser hung inside the grounds: "charged with money laundering by the
    anti-graft commission"."""
    for ground in grounds:
        for t in ground.subtree:
            if (
                t.lower_ == "by"
                and t.dep_ in ("prep", "agent")
                and (pobj := next((c for c in t.children if c.dep_ == "pobj"), None)) is not None
            ):
                return _span(pobj)
    return None


def _denied(verb, subj) -> bool:
    """A negated judgement reports none: "has never been accused of any fraud", "Neither the mayor nor her
    aides have been charged"."""
    return any(c.dep_ == "neg" for c in verb.children) or any(t.lower_ in ("neither", "no", "nobody", "none") for t in subj.subtree)


def hearsay(doc) -> list[Claim]:
    """A clause with "reportedly" or "allegedly" on its verb: someone's claim, no one named."""
    out: list[Claim] = []
    for tok in doc:
        if tok.lower_ not in HEARSAY_ADVERBS or tok.dep_ != "advmod" or tok.head.i == tok.i:
            continue
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        start, end = _span(verb)
        sent = verb.sent
        if verb.dep_ == "ROOT":  # the whole sentence, less its closing stop
            start, end = sent.start_char, sent.end_char
        text = doc.text[start:end]
        out.append((start, start + len(text.rstrip(" .!?;")), None, tok.text))
    return out


# verbs of how things look, with an infinitive or a clause: an impression no one is named for ("The minister seems to
# have stepped back from the talks", "It appears that the talks have stalled")
SEEMING_LEMMAS = {"seem", "appear"}


def seemings(doc) -> list[Claim]:
    """ "X seems to have vanished", "It appears that the talks have stalled": the subject with the infinitive,
    or the clause, as an impression whose holder is left out; in a main clause, and not denied ("never seem to
    tire of" is a manner of speaking)."""
    out: list[Claim] = []
    for tok in doc:
        if tok.pos_ != "VERB" or lemma_of(tok) not in SEEMING_LEMMAS or tok.dep_ != "ROOT" or any(c.dep_ == "neg" for c in tok.children):
            continue  # (in a clause another verb reports, the impression is that speaker's: "she's glad Clinton appeared to ...")
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.idx > tok.idx and _finite(c)), None)
        if subj is not None and subj.lower_ == "it" and clause is not None:
            start, end = _span(clause)
            first = doc.text[start:end].split()[0].lower()
            out.append((start + len(first) + 1 if first == "that" else start, end, None, tok.text))
            continue
        inf = next((c for c in tok.children if c.dep_ == "xcomp" and c.idx > tok.idx and _infinitive(c)), None)
        if subj is None or inf is None or subj.pos_ == "PRON" and subj.lower_ in ("it", "there", "which", "that", "what"):
            continue
        out.append((subj.left_edge.idx, inf.right_edge.idx + len(inf.right_edge.text), None, tok.text))
    return out


def _is_evidence(tok) -> bool:
    """A noun (or the noun a compound ends in) that names evidence: "polls", "the video", "tax returns"."""
    return tok.pos_ in ("NOUN", "PROPN") and any(w in EVIDENCE_NOUNS for w in (lemma_of(tok), tok.lower_.rstrip("s")))


def findings(doc) -> list[Claim]:
    """ "Polls show a close contest", "The average shows Clinton ahead by 3.7 points", "Recent polls have
    shown Clinton's lead eroding": what evidence shows, as its object and what follows it (a clause after
    "show" is :mod:`.reported`'s already)."""
    out: list[Claim] = []
    for tok in doc:
        if tok.pos_ != "VERB" or lemma_of(tok) not in SHOWING_LEMMAS or any(c.dep_ == "ccomp" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
            subj = tok.head  # "with RealClearPolitics showing her ahead", "video surfaced showing ..."
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.idx > tok.idx), None)
        if subj is None or obj is None or not (_is_evidence(subj) or subj.ent_type_ == "ORG" and lemma_of(tok) in _POLLSTERS_SHOW):
            continue
        last = max((c for c in tok.children if c.idx > tok.idx and c.dep_ not in ("punct", "cc", "conj")), key=lambda c: c.i)
        out.append((obj.left_edge.idx, last.right_edge.idx + len(last.right_edge.text), _span_of_subject(subj), tok.text))
    return out


# what someone proposes, whose terms a sentence may set out after "under": "Under the mayor's plan, fares would ..."
PROPOSAL_NOUNS = {"plan", "proposal", "bill", "budget", "scheme", "policy", "blueprint", "platform", "reform", "offer"}


def evidence_frames(doc) -> list[Claim]:
    """A sentence that opens with the evidence it rests on: "In the last city poll, taken in late
    May, Mercer led Alvarez by 4 points", "In a statement, the council ...": the rest of the sentence,
    with the poll or the statement as its source; or with the proposal it describes, "Under Mrs. Clinton's plan,
    taxpayers would pay ...", said by the proposal's owner."""
    out: list[Claim] = []
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ not in ("in", "under") or first.dep_ != "prep":
            continue
        noun = next((c for c in first.children if c.dep_ == "pobj"), None)
        if noun is None or not (_is_evidence(noun) if first.lower_ == "in" else lemma_of(noun) in PROPOSAL_NOUNS):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        comma = next((t for t in sent if t.i > noun.i and t.text == "," and t.head.i not in range(noun.i, noun.right_edge.i + 1)), None)
        if comma is None:
            comma = next((t for t in sent if t.i > noun.right_edge.i and t.text == ","), None)
        if comma is None or comma.i + 1 >= sent.end:
            continue
        start, end = doc[comma.i + 1].idx, sent.end_char
        text = doc.text[start:end]
        source = _span(owner) if owner is not None else (noun.left_edge.idx, noun.idx + len(noun.text))
        out.append((start, start + len(text.rstrip(" .!?;")), source, first.text))
    return out


def _span_of_subject(subj) -> tuple[int, int]:
    """The subject up to its head noun (not the relative clause or participle after it)."""
    return subj.left_edge.idx, subj.idx + len(subj.text)


def _a_share(subj) -> bool:
    """A subject that is a share of those asked: "46 percent", "a majority of voters", "half of them"."""
    return subj.lower_ in _SHARES


def poll_preferences(doc) -> list[Claim]:
    """ "41 percent would pick Mercer and 39 percent would back Alvarez", "a majority oppose the plan": the
    preference of a share of those asked, said by that share."""
    out: list[Claim] = []
    for tok in doc:
        if tok.pos_ != "VERB" or lemma_of(tok) not in PREFERENCE_LEMMAS:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        after = [c for c in tok.children if c.idx > tok.idx and c.dep_ in ("dobj", "obj", "prep", "xcomp", "oprd", "ccomp")]
        if subj is None or not after or not _a_share(subj):
            continue
        last = max(after, key=lambda c: c.i)
        out.append((after[0].left_edge.idx, last.right_edge.idx + len(last.right_edge.text), _span_of_subject(subj), tok.text))
    return out


def unnamed_claims(doc) -> list[Claim]:
    """Every claim of this module's constructions in ``doc``, in the order of the functions above."""
    return (
        evidential_passives(doc)
        + judged_passives(doc)
        + hearsay(doc)
        + findings(doc)
        + poll_preferences(doc)
        + seemings(doc)
        + evidence_frames(doc)
    )

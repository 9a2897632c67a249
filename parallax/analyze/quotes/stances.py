"""Positions taken on a thing, read in the English dependency parse: what a speaker judged, backed or
talked about, when no clause says it.

News reports a politician's stance as often with a noun phrase as with a clause: "Alvarez attacked
Mercer for her support of the toll bridge", "the union endorsed the mayor's housing plan", "Harris
cited insulting remarks Brandt had made", "She spoke of her early talks with the museum's director".
Attribution corpora (PolNeAR among them) count these as attributions whose content is the object
and what the verb says of it ("Mercer for her support of ...", "her opponent as a fraud").  Three
constructions, each with a lexicon as grammars list it:

* the direct object of a verb of judging (Levin's "judgment verbs": praise, criticize, condemn, blame,
  accuse ...), of backing or rejecting (endorse, support, oppose, reject, defend ...) or of presenting
  a topic (mention, discuss, describe, highlight, invoke ...), with the verb's "for", "as", "of" or
  "to" phrase after it;
* the noun after the preposition of a verb of talking ("spoke of", "complained about", "railed
  against", "pointed to");
* a noun of intention with its infinitive, owned by someone ("his promise to cut taxes", "the
  council's decision to close the pool", "The senator announced plans to ...").

A verb that is as often a deed ("attacked", "hit", "targeted") is a stance only when its object is a
person or it gives the grounds ("for ...", "as ..."): "Trump attacked Machado", not "Rebels attacked
a convoy".
"""

from __future__ import annotations

from parallax.analyze.quotes.bare_objects import REJECTING_LEMMAS, bare_noun, rejected_noun_phrase
from parallax.analyze.quotes.clauses import _after, _owner, lemma_of
from parallax.analyze.quotes.cue_lexicon import CUE_LEMMAS
from parallax.analyze.quotes.cue_subjects import _subject_span

# judging: praise and blame (Levin 1993, 33 "judgment verbs")
JUDGING_LEMMAS = {
    "praise", "applaud", "commend", "compliment", "hail", "laud", "salute", "thank", "congratulate", "criticize",
    "criticise", "condemn", "denounce", "decry", "deplore", "blame", "accuse", "fault", "chastise", "rebuke", "scold",
    "reprimand", "berate", "castigate", "excoriate", "lambaste", "lambast", "blast", "slam", "assail", "mock",
    "ridicule", "deride", "disparage", "belittle", "dismiss", "downplay", "question", "scorn", "shame", "insult",
    "liken", "compare",
}  # fmt: skip

# verbs whose direct object is what the subject judged, backed, rejected or put forward
STANCE_OBJECT_LEMMAS = JUDGING_LEMMAS | {
    # backing and rejecting
    "endorse", "support", "back", "oppose", "reject", "defend", "champion", "advocate", "welcome", "tout", "promote",
    "embrace", "dispute", "protest", "contest", "repudiate", "disavow", "veto",
    # putting a topic forward
    "mention", "cite", "reference", "discuss", "describe", "detail", "outline", "highlight", "invoke", "portray",
    "characterize", "characterise", "recount", "propose", "recommend", "announce", "pitch", "tweet",
    "retweet", "acknowledge", "admit", "deny", "claim", "reveal", "note", "stress", "emphasize", "emphasise", "predict",
    "concede", "allege", "link",
    # and a verb of saying whose object is what was said, no clause ("has said the same thing", "has said his piece")
    "say",
    # committing and demanding, a noun as what is committed to or asked for ("vowed consequences", "promised a veto",
    # "urged restraint", "demands accountability")
    "vow", "pledge", "promise", "urge", "demand",
    # offering and passing over what is put forward ("offered no proof", "offered pointed advice", "has largely ignored
    # the issue"), and the attitudes of liking and disliking ("loves the school", "despise Trump", "prefer Johnson")
    "offer", "ignore", "prefer", "favor", "favour", "love", "admire", "respect", "trust", "distrust", "hate",
    "despise", "dislike",
    # presenting, recounting and examining, whose object is what was told or looked into ("The film documents the boom
    # in prisons", "She also chronicles the deaths that followed", "extols the virtues of ...", "PolitiFact examined
    # the senator's statement", "painted her rival as a plutocrat")
    "document", "chronicle", "explain", "extol", "herald", "expose", "disclose", "echo", "recite", "lament", "report",
    "examine", "investigate", "publish", "paint",
}  # fmt: skip

# of these, verbs as common for a deed as for a word: a stance only on a person or with its grounds
# ("defend", "support": "will defend all allies", "supported the troops with artillery" are deeds too)
_DEEDS = {"attack", "hit", "target", "back", "link", "defend", "support"}
STANCE_OBJECT_LEMMAS |= _DEEDS

# of these, verbs whose bare object is as empty as a judged thing's (:mod:`.bare_objects`): looking into a thing is
# a deed ("The Serious Crash Unit was examining the scene", "Police are investigating the crash"), and welcoming a
# thing tells its stance in the clause after it ("welcomed the ruling, saying it sent a strong message"), so "the
# scene", "the ruling" say nothing a report could quote
_BARE_DEEDS = {"examine", "investigate", "welcome"}

# phrasal verbs of presenting or judging, with their particle: "laid out her proposals", "played down the risk"
PHRASAL_STANCES = {("lay", "out"), ("spell", "out"), ("play", "down"), ("single", "out"), ("call", "out"), ("talk", "up")}

# the phrases after the object that say what the stance is ("blamed X for Y", "described X as Y", "accused X
# of Y", "likened X to Y")
_GROUNDS = ("for", "as", "of", "to", "over")

# verbs of talking with the preposition that introduces their topic: "spoke of", "complained about"
TOPIC_PREPOSITIONS = {
    "speak": ("about", "of", "on"), "talk": ("about", "of"), "comment": ("on", "about"), "complain": ("about", "of"),
    "brag": ("about", "of"), "boast": ("about", "of"), "joke": ("about",), "rail": ("against",), "point": ("to",),
    "refer": ("to",), "warn": ("about", "of", "against"), "argue": ("for", "against"), "advocate": ("for",),
    "testify": ("about", "on"), "write": ("about", "of"), "campaign": ("for", "against"), "apologize": ("for",),
    "apologise": ("for",), "inveigh": ("against",), "fume": ("about", "over"), "rant": ("about", "against"),
    "agree": ("with",), "disagree": ("with",), "side": ("with",),
    # seizing on and worrying about a topic, and voting on a measure ("seized on remarks his rival made", "leaders
    # worried about a lack of passion", "voted against the crime bill")
    "seize": ("on", "upon"), "worry": ("about", "over"), "vote": ("for", "against"), "wonder": ("about",),
    # persisting in, weighing in on and lashing out at a position ("is doubling down on his attacks", "weighed in on the
    # ruling", "lashed out at the press"; not "spoke against": a backdrop as often as a position)
    "double": ("on",), "weigh": ("on",), "lash": ("at", "against"),
}  # fmt: skip

# nouns of committing, directing and deciding that take an infinitive: "his promise to cut taxes", "the council's
# decision to close the pool" (not nouns of doing, "efforts to", "an attempt to": a deed, not a position)
INTENT_NOUNS = {
    "plan", "promise", "pledge", "vow", "decision", "determination", "agreement", "call", "demand", "proposal", "threat",
    "offer", "refusal", "commitment", "intention", "eagerness", "willingness", "reluctance", "resolve",
}  # fmt: skip

_PERSON = ("PERSON", "PER")

# the fewest words a position on a thing is reported with ("endorsed Hillary Clinton"): one name alone is
# whom the stance is on, not what it is
STANCE_WORDS = 2

_NAMED = ("PERSON", "PER", "ORG", "NORP")  # (not a place: "contesting Ohio" is where they campaign)


def stance_words(doc, start: int, end: int) -> int:
    """The fewest words of a position taken on ``start:end``: one when it is a name ("Cruz has endorsed
    Trump", "the Dallas Morning News backed Clinton": whom the stance is on is all it says), else
    :data:`STANCE_WORDS`."""
    words = [t for t in doc if start <= t.idx < end and not t.is_punct]
    return 1 if len(words) == 1 and words[0].pos_ == "PROPN" and words[0].ent_type_ in _NAMED else STANCE_WORDS


# verbs of regarding, whose object with its "as" phrase is how the subject sees it: "Critics see the program as
# an easy way to citizenship", "Voters view her as honest" (without "as", a sight: "saw the parade")
REGARDING_LEMMAS = {"see", "view", "regard", "perceive", "consider", "rate", "judge"}


def _regarding(tok):
    """The "as" phrase of a verb of regarding, after its object ("see the program as an opportunity"), if any
    (on the verb or, as the parser may hang it, on the object)."""
    if lemma_of(tok) not in REGARDING_LEMMAS or (obj := _after(tok, ("dobj", "obj"))) is None:
        return None
    return next(
        (c for c in (*tok.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "as" and c.idx > obj.idx and list(c.children)), None
    )


# verbs of answering, and the words and requests they answer: "did not respond to requests for comment", "replied
# to the criticism" (not "responded to the fire": a deed)
ANSWERING_LEMMAS = {"respond", "reply", "react"}
COMMUNICATION_NOUNS = {
    "request", "question", "query", "inquiry", "enquiry", "call", "message", "email", "letter", "comment", "criticism",
    "accusation", "allegation", "claim", "charge", "attack", "remark", "statement", "tweet", "report", "speech", "ad",
    "invitation", "demand", "complaint", "challenge", "critique", "suggestion", "proposal", "offer", "insult", "threat",
}  # fmt: skip


def _answered(tok):
    """What a verb of answering answers, when it is words or a request ("to requests for comment"), if anything;
    or how it answered: with words ("responded with attacks on Machado") or by saying or judging ("responded by
    calling the report a smear")."""
    if lemma_of(tok) not in ANSWERING_LEMMAS:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.idx > tok.idx):
        if prep.lower_ == "by" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and _says(c) for c in prep.children):
            return prep  # (by saying or judging: "by closing the road" is a deed)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ in ("to", "with") and obj is not None and lemma_of(obj) in COMMUNICATION_NOUNS:
            return prep
    return None


def _says(tok) -> bool:
    """Whether verb ``tok`` says or judges: a verb of saying or of this module's positions ("calling", "attacking")."""
    return lemma_of(tok) in CUE_LEMMAS or lemma_of(tok) in STANCE_OBJECT_LEMMAS


# of the verbs of a position, those that take a gerund as their object ("admitted using the tax code", "has often
# cited widening the coastal road", "opposes raising taxes"): not the deeds, whose gerund is what was done
def _gerund_object(tok):
    """The gerund clause a verb of a position takes as its object, if any (the parser's xcomp in -ing, no "to")."""
    if lemma_of(tok) in {"attack", "hit", "target", "link", "say"}:
        return None
    return next(
        (c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.idx > tok.idx and not any(a.dep_ == "aux" for a in c.children)),
        None,
    )


def takes_a_stance(tok) -> bool:
    """Whether verb ``tok`` is one of the lexicons of this module."""
    lemma = lemma_of(tok)
    # (with a particle, another verb: "backed off", "backed down")
    return (
        _regarding(tok) is not None
        or _answered(tok) is not None
        or lemma in STANCE_OBJECT_LEMMAS
        and not _particle(tok)
        or lemma in TOPIC_PREPOSITIONS
        or any(lemma == v and _particle(tok) == p for v, p in PHRASAL_STANCES)
    )


def object_report(tok) -> tuple[int, int] | None:
    """What verb ``tok`` takes a position on: its object with the grounds after it, or the noun of its topic."""
    lemma = lemma_of(tok)
    if (to := _answered(tok)) is not None:
        return to.idx, to.right_edge.idx + len(to.right_edge.text)  # "to requests for comment"
    if (as_phrase := _regarding(tok)) is not None:
        obj = _after(tok, ("dobj", "obj"))
        return obj.left_edge.idx, as_phrase.right_edge.idx + len(as_phrase.right_edge.text)
    if lemma in STANCE_OBJECT_LEMMAS and not _particle(tok) or any(lemma == v and _particle(tok) == p for v, p in PHRASAL_STANCES):
        obj = _after(tok, ("dobj", "obj"))
        if obj is None and any(c.dep_ == "agent" for c in tok.children):
            # the passive with its agent: "The nominee was endorsed by dozens of papers" is their stance on the nominee
            obj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
            if obj is not None and obj.pos_ != "PRON":
                return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
            return None
        if obj is None and (gerund := _gerund_object(tok)) is not None:
            return gerund.left_edge.idx, gerund.right_edge.idx + len(gerund.right_edge.text)
        grounds = _grounds(tok, obj) if obj is not None else []
        if obj is None or obj.pos_ == "PRON" and not grounds:
            return None  # ("supported it": a pronoun alone says nothing)
        if lemma in _DEEDS and not grounds and obj.ent_type_ not in _PERSON:
            return None
        if (lemma in JUDGING_LEMMAS or lemma in _BARE_DEEDS) and not grounds and bare_noun(obj):
            return None  # "Unions condemned the plan": what was judged, with nothing said of it, is no quotation
        if lemma in REJECTING_LEMMAS and not grounds and rejected_noun_phrase(obj):
            return None  # "denied the charges against him": what was rejected, no words of the speaker's
        end = max([obj.right_edge, *(g.right_edge for g in grounds)], key=lambda t: t.i)
        return obj.left_edge.idx, end.idx + len(end.text)
    for prep in TOPIC_PREPOSITIONS.get(lemma, ()):
        topic = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == prep and c.idx > tok.idx), None)
        pobj = next((c for c in topic.children if c.dep_ == "pobj"), None) if topic is not None else None
        if pobj is not None and pobj.pos_ != "PRON":
            return pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
    return None


def _particle(tok) -> str:
    return next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")


def _grounds(tok, obj) -> list:
    """The phrases after the object that say what the stance is ("for her support of ...")."""
    return [c for c in tok.children if c.idx > obj.idx and (c.dep_ == "prep" and c.lower_ in _GROUNDS or c.dep_ == "oprd")]


# nouns of judging, backing and talking, with the preposition that introduces what they are about: "his
# criticism of the deal", "her support for the ban", "questions about his health", "attacks on his record"
STANCE_NOUNS = {
    "criticism": ("of",), "support": ("for", "of", "behind"), "opposition": ("to",), "attack": ("on", "against"),
    "question": ("about", "over", "on"), "comment": ("on", "about"), "remark": ("on", "about"), "concern": ("about", "over"),
    "misgiving": ("about", "over"), "doubt": ("about", "over"), "praise": ("for", "of"), "condemnation": ("of",),
    "complaint": ("about", "over"), "skepticism": ("about", "of", "over"), "scepticism": ("about", "of", "over"),
    "outrage": ("over", "at"), "claim": ("about", "of"), "warning": ("about", "of", "against"), "insult": ("at", "against"),
    "admiration": ("for", "of"), "disdain": ("for",), "contempt": ("for",), "endorsement": ("of",), "denial": ("of",),
    "defense": ("of",), "defence": ("of",), "rejection": ("of",), "embrace": ("of",), "demand": ("for",), "call": ("for",),
    "argument": ("for", "against"), "case": ("for", "against"), "objection": ("to",),
    # views and devotions held on a thing, and talk about it ("his adulation of Putin", "his obsession with Mexico",
    # "his long-standing ideas about trade", "her reservations about the deal", "his rhetoric about crime")
    "adulation": ("of",), "obsession": ("with",), "idea": ("about", "on"), "reservation": ("about",), "theory": ("of", "about"),
    "rhetoric": ("about", "on"), "view": ("on", "about"), "position": ("on",), "stance": ("on",), "illusion": ("about",),
    "fear": ("of", "about", "over"), "enthusiasm": ("for", "about"), "plea": ("for",), "appeal": ("for",),
}  # fmt: skip


def nominal_stances(doc) -> list[tuple[int, int, tuple[int, int], str]]:
    """A noun of judging or talking with what it is about and whose it is ("Trump's criticism of the deal",
    "Republicans raised questions about his health", "She voiced strong support for the ban"): (start, end,
    owner span, noun).  The owner is the noun's possessor, the object of its "from" or "by", or the subject
    of the light verb it is the object of (:func:`.clauses._owner`)."""
    out = []
    for tok in doc:
        preps = STANCE_NOUNS.get(lemma_of(tok)) if tok.pos_ == "NOUN" else None
        if not preps:
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.idx > tok.idx), None)
        topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if topic is None or topic.pos_ == "PRON" or (owner := _owner(tok) or _haver(tok)) is None:
            continue
        out.append((topic.left_edge.idx, topic.right_edge.idx + len(topic.right_edge.text), owner, tok.text))
    return out


def _haver(noun) -> tuple[int, int] | None:
    """Who has the view a stance noun names, as the object of "have" ("the I.R.S. has questions about ...", "She has
    no illusions about ...", "Republicans had doubts about ..."): the verb's subject, unless the verb is negated."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or lemma_of(verb) != "have" or any(c.dep_ == "neg" for c in verb.children):
        return None
    return _subject_span(verb)


def intent_claims(doc) -> list[tuple[int, int, tuple[int, int], str]]:
    """A noun of intention with its infinitive and its owner ("his promise to cut taxes", "The mayor
    announced plans to sell the airport"): (start, end, owner span, noun)."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or lemma_of(tok) not in INTENT_NOUNS:
            continue
        inf = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "relcl") and c.idx > tok.idx and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        owner = _owner(tok) if inf is not None else None
        if owner is None:
            continue
        start = inf.left_edge.idx
        out.append((start, inf.right_edge.idx + len(inf.right_edge.text), owner, tok.text))
    return out

"""How two reports name one referent in one fact ("the president" / "Trump", "rioters" / "protesters").

A word-level diff (:mod:`.wording`) finds a choice of words only where the two sentences run in step;
two reports of one fact seldom do, and the names they give the same actor, group or act stand at
different places.  Here both sentences are parsed and their noun phrases paired by what they refer
to, by rules of the grammar rather than of any text:

* one entity: both phrases hold a name the analysis resolved to one canonical name;
* one head noun under other modifiers ("undocumented immigrants" / "illegal immigrants"), or a named thing
  against its head noun alone ("Comey's memos" / "the memos": a reference back);
* one role in one act: both are the subject (or both the object) of verbs of one lemma ("protesters
  clashed" / "rioters clashed") or of the two sentences' main verbs; a place in the sentence alone pairs
  two things as often as one, so these must also mean alike (e5 of the two phrases, the more so under
  two main verbs, which may be two acts).

A pair is reported when the phrases differ in content words, beyond the name itself and a title
("President Trump" / "Trump" is one name written two ways, no choice of words); pronouns and
phrases holding a figure or a date are no naming.  Languages without a dependency parser: :mod:`.light_phrases`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from parallax.analyze.nlp import get_nlp, has_parser
from parallax.analyze.titles import TITLE_WORDS
from parallax.compare.acts import NEAR_ACT, act_pairs
from parallax.compare.aged_names import aged_choices
from parallax.compare.described_names import tied
from parallax.compare.descriptors import CLASSIFIERS, FRAMING_KINDS, OFFICES, compounded
from parallax.compare.light_phrases import light_choices, unarticled
from parallax.compare.metonyms import metonym_choices
from parallax.compare.other_things import two_things, two_words
from parallax.compare.sentence_items import reaching_into
from parallax.compare.slots import same_slot, unquoted
from parallax.compare.word_classes import alike, clause
from parallax.compare.wording import _FUNCTION, _same_stem, word_choices
from parallax.embed import get_embedder, rescale
from parallax.han_script import one_han_script
from parallax.records import Article, Sentence

_SUBJECT = {"nsubj", "nsubjpass"}
_OBJECT = {"dobj", "obj", "attr"}
# the words a determiner slot or a possessive takes: no content of their own
_EMPTY_POS = {"DET", "PRON", "PART", "ADP", "PUNCT", "CCONJ", "SCONJ", "AUX", "NUM", "SYM", "SPACE"}
# the longest phrase shown, a name one word: a longer noun phrase says more than a name (a clause of its own)
_MAX_WORDS = 5


class Mention(NamedTuple):
    """A noun phrase of one sentence: where it is (offsets in the sentence), what it says, where it stands."""

    text: str
    start: int
    end: int
    head: str  # the head noun's lemma
    role: str  # "subj" | "obj" | "" (the phrase's part in its verb's act)
    verb: str  # the lemma of the verb it depends on ("" where none)
    main: bool  # the verb is the sentence's main verb
    names: frozenset[str]  # canonical names of the entities inside it
    words: frozenset[str]  # its content words (lower case), names and titles left out
    titled: bool  # a title stands in it ("the president"): a description of a person where no name does
    head_name: str = ""  # the canonical name its head is part of ("dictator Kim"), "" for a thing of a name's ("Kim's visit")
    titles: frozenset[str] = (
        frozenset()
    )  # its capitalised words outside a name, not opening the sentence: a formal title ("House Oversight Chairman")
    kinds: frozenset[str] = frozenset()  # its nouns that modify another as a kind does ("district court", "press tour")


@lru_cache(maxsize=4096)
def _parse(lang: str, text: str):
    return get_nlp(lang)(text)


def _role(tok) -> tuple[str, str, bool]:
    """The phrase head's part in its verb's act: subject or object, the verb's lemma, and whether
    that verb is the sentence's main one (a conjoined main verb counts as one)."""
    dep = tok.dep_
    if dep in _SUBJECT:
        role = "subj"
    elif dep in _OBJECT:
        role = "obj"
    else:
        return "", "", False
    verb = tok.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return role, verb.lemma_.lower(), main


def mentions(art: Article, s: Sentence) -> list[Mention]:
    """The noun phrases of a sentence that may name a referent (not pronouns, figures or dates)."""
    lang = (art.language or "en").split("-")[0].lower()
    if not has_parser(get_nlp(lang)):
        return []
    doc = _parse(lang, s.text)
    lo, hi = s.start, s.start + len(s.text)
    ents = [(e.start - lo, e.end - lo, e.canonical or e.text) for e in reaching_into(art.entities, lo, hi)]  # (:mod:`.sentence_items`)
    blocked = [(t.start - lo, t.end - lo) for t in reaching_into(art.times, lo, hi)]
    blocked += [(q.start - lo, q.end - lo) for q in reaching_into(art.quantities, lo, hi)]
    out = []
    for chunk in doc.noun_chunks:
        head = chunk.root
        toks = [t for t in chunk if not (t.i == chunk.start and t.pos_ in {"DET", "PRON"} and t.dep_ == "poss")]
        if head.pos_ == "PRON" or not toks:
            continue
        a, b = toks[0].idx, toks[-1].idx + len(toks[-1])
        if any(x < b and a < y for x, y in blocked) or any(t.like_num for t in toks):
            continue
        names = frozenset(n for x, y, n in ents if x < b and a < y)
        in_name = {t.i for t in toks for x, y, _ in ents if x <= t.idx < y}
        if len(toks) - len(in_name) + len({n for x, y, n in ents if x < b and a < y}) > _MAX_WORDS:
            continue  # (a name is one word however many it is written in: "North Korean dictator Kim Jong Un" is three)
        words = frozenset(
            t.text.lower()
            for t in toks
            if t.i not in in_name and t.pos_ not in _EMPTY_POS and t.text.lower().rstrip(".") not in TITLE_WORDS
        )
        role, verb, main = _role(head)
        titled = any(t.text.lower().rstrip(".") in TITLE_WORDS for t in toks if t.i not in in_name)
        head_name = next((n for x, y, n in ents if x <= head.idx < y), "")
        titles = frozenset(t.text.lower() for t in toks if t.i > 0 and t.i not in in_name and t.text[:1].isupper())
        # a noun before a noun says which kind of it ("federal district court" / "federal court"): it classifies; not
        # before a name, where the nouns describe the person ("former campaign adviser George Papadopoulos"); and not a
        # noun that frames ("terror attack" / "attack")
        kinds = frozenset(
            t.text.lower()
            for t in toks
            if head.pos_ == "NOUN" and t.i != head.i and t.i not in in_name and t.dep_ == "compound" and t.pos_ == "NOUN"
        ) - FRAMING_KINDS
        out.append(Mention(s.text[a:b], a, b, head.lemma_.lower(), role, verb, main, names, words, titled, head_name, titles, kinds))
    return out


def _same_referent(x: Mention, y: Mention) -> str:
    """Whether two phrases of two reports of one fact name one thing: by which rule ("" where not)."""
    if x.names and y.names:
        # two names: the same one, or two referents; a phrase whose head is a name is that name's, not its modifier's
        # ("North Korean state media" / "North Korean leader Kim Jong Un": two referents)
        return "name" if _key_names(x) & _key_names(y) else ""
    if x.head == y.head and x.words and y.words and (not (x.names or y.names) or _bare(y if x.names else x)):
        return "head"  # one thing under other modifiers; a named one against its head noun alone ("Comey's memos" / "the memos")
    if x.role and x.role == y.role and x.verb == y.verb and x.verb:
        return "verb"  # one part in one act
    return "main" if x.role and x.role == y.role and x.main and y.main else ""


def _key_names(m: Mention) -> frozenset[str]:
    """The names a phrase stands for: its head's, where its head is a name, else all it holds ("Comey's memos"); folded
    as two reports spell one name ("Kim Jong Un" / "Kim Jong-un")."""
    return frozenset(_fold_name(n) for n in ({m.head_name} if m.head_name else m.names))


def _fold_name(name: str) -> str:
    return " ".join(re.sub(r"[-‐.’']", " ", name.lower()).split())


def _bare(m: Mention) -> bool:
    """Whether a phrase is its head noun alone ("the memos"): a reference back to a thing named before, not another
    thing of that kind ("top officials", "a broader influence campaign")."""
    return len(m.words) == 1


def _differ(x: Mention, y: Mention) -> bool:
    """Whether two phrases for one referent use other words: content words beyond the name and its
    title on at least one side, and not the same on both."""
    if x.text.lower() == y.text.lower():
        return False
    if bool(x.names) != bool(y.names) and (x.titled or y.titled):
        return True  # a name against a title standing alone for its bearer: "Trump" / "the president"
    if not x.words and not y.words:
        return False  # one name, with or without a title
    if x.names and y.names and (not x.words or not y.words):
        # a name against the same name with a descriptor: the office ("former director Comey" / "Comey") says who, but
        # a word that characterises ("dictator Kim" / "Kim", "Trump confidant Roger Stone" / "Stone") is a choice
        # (a capitalised word after the phrase's first is a formal title, an office: "House Oversight Chairman Trey Gowdy")
        described, bare = (x, y) if x.words else (y, x)
        # (a neutral office holds no verdict either, with a state's name or not: "North Korean leader Kim Jong Un" / "Kim")
        return _fold_name(described.head_name) in {_fold_name(n) for n in bare.names} and bool(
            described.words - _QUALIFIERS - described.titles - OFFICES
        )
    # a classifying adjective or noun picks the thing out, it judges nothing ("statement" / "joint statement"); a compound's
    # head or a clipped form names what the whole does ("suit" / "lawsuit")
    wx, wy = x.words - CLASSIFIERS - x.kinds or x.words, y.words - CLASSIFIERS - y.kinds or y.words
    same = lambda w, other: any(w == v or _same_stem(w, v) or _base(w) == _base(v) or compounded(w, v) for v in other)  # noqa: E731
    return not (all(same(w, wy) for w in wx) and all(same(w, wx) for w in wy))


# the words that date or rank an office rather than describe its holder ("former", "acting", "top")
_QUALIFIERS = frozenset("former then late acting current incoming outgoing newly new elected top senior ex longtime".split())

_DEGREE = re.compile(r"(?:er|est)$")


def _base(w: str) -> str:
    """An adjective without its degree ("bigger" / "big", "largest" / "large"): one word in two forms."""
    b = _DEGREE.sub("", w) if len(w) > 5 else w
    return b[:-1] if len(b) > 2 and b[-1] == b[-2] else b


# how alike in meaning (e5, rescaled) two phrases must be to pair by their place alone: under verbs of one lemma
# ("Democrats | The lawsuit" both "filed" nothing alike), and more under the two main verbs, which may be two acts
_NEAR = {"verb": 0.6, "main": 0.7}


# how alike in meaning (e5, rescaled) the two wordings the word-level diff paired must be: far below what two
# wordings of one thing reach ("influence" / "sway"), above what words of two things do ("lawsuit alleges" / "campaign")
_NEAR_WORDS = 0.42


def _meaning(a: str, b: str, embedder: str) -> float:
    """How alike two phrases mean (e5, rescaled to the embedder's floor)."""
    emb = get_embedder(embedder)
    v = emb.embed(["query: " + a, "query: " + b])
    return float(rescale(float(v[0] @ v[1]), emb.floor))


def _near_words(wa: str, wb: str, embedder: str) -> bool:
    """Whether two wordings the diff paired mean alike enough to be one thing said two ways (e5 of the wordings)."""
    return _meaning(wa, wb, embedder) >= _NEAR_WORDS


def _near(x: Mention, y: Mention, rule: str, embedder: str) -> bool:
    """Whether two phrases paired by their place alone also mean alike (the e5 of the phrases)."""
    return rule not in _NEAR or _meaning(x.text, y.text, embedder) >= _NEAR[rule]


def referent_choices(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence, embedder: str = "e5") -> list[tuple[str, str]]:
    """The ways two aligned sentences of one language name the same referents: (phrase of a, phrase of b)."""
    ma, mb = mentions(art_a, sa), mentions(art_b, sb)
    out: list[tuple[str, str]] = []
    used_a, used_b = _restated(ma, mb)
    for i, x in enumerate(ma):
        for j, y in enumerate(mb):
            rule = "tied" if tied(art_a, x, art_b, y) else _same_referent(x, y)  # a description its article gives a name
            if i in used_a or j in used_b or not rule or not _differ(x, y):
                continue
            if not _near(x, y, rule, embedder) or rule in _NEAR and two_things(art_a, x, art_b, y):
                continue
            used_a.add(i)
            used_b.add(j)
            out.append(_shown(x.text, y.text))
    return out


def _restated(ma: list[Mention], mb: list[Mention]) -> tuple[set[int], set[int]]:
    """The phrases each sentence shares with the other word for word ("les sanctions" / "les sanctions"): each names
    what its twin names, so it can name nothing else there (a misparse put "les sanctions" in a subject's place and it
    had paired with "La Chine").  Only the same words: a name that two phrases share ("Comey's memos" / "Mr. Comey")
    says nothing of which is its twin."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    for i, x in enumerate(ma):
        for j, y in enumerate(mb):
            if j in used_b:
                continue
            if x.text.lower() == y.text.lower():
                used_a.add(i)
                used_b.add(j)
                break
    return used_a, used_b


def _shown(a: str, b: str) -> tuple[str, str]:
    """The pair as shown: a function word both phrases open with (a determiner, in any language read) left out ("The firm" / "The company" is "firm" /
    "company"), the head noun both share kept ("bitter row" / "fierce row": the referent, in the reader's words)."""
    wa, wb = a.split(" "), b.split(" ")
    if len(wa) > 1 and len(wb) > 1 and wa[0].lower() == wb[0].lower() and wa[0].lower() in _FUNCTION:
        return " ".join(wa[1:]), " ".join(wb[1:])
    return a, b


def naming_choices(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence, embedder: str = "e5") -> list[tuple[str, str]]:
    """The word choices between two aligned sentences: a state named by its seat or its people against its name
    (:mod:`.metonyms`), the names given one referent (a person by an age: :mod:`.aged_names`), then the word-level
    diff's choices (:func:`.wording.word_choices`: verbs, adjectives, and every choice in a language without a
    parser) that do not repeat one of them on both sides and whose words can name one thing (:mod:`.word_classes`)."""
    named = metonym_choices(art_a, sa, art_b, sb) + referent_choices(art_a, sa, art_b, sb, embedder) + aged_choices(art_a, sa, art_b, sb)
    named += light_choices(art_a, sa, art_b, sb, lambda a, b: _meaning(a, b, embedder))  # (languages without a parser)
    lang_a, lang_b = ((a.language or "en").split("-")[0].lower() for a in (art_a, art_b))
    parsed = has_parser(get_nlp(lang_a)) and has_parser(get_nlp(lang_b))
    if parsed and lang_a == lang_b:  # one act as a verb and as a noun ("sued" / "filed a lawsuit")
        doc_a, doc_b, near = _parse(lang_a, sa.text), _parse(lang_b, sb.text), lambda v, n: _meaning(v, n, embedder) >= NEAR_ACT
        named += act_pairs(lang_a, get_nlp(lang_a), doc_a, doc_b, near)
        named += [(a, b) for b, a in act_pairs(lang_a, get_nlp(lang_a), doc_b, doc_a, near)]
    out = list(named)
    for wa, wb in word_choices(art_a, sa, art_b, sb):
        if any((wa in x or x in wa) and (wb in y or y in wb) for x, y in named) or two_words(art_a, wa, art_b, wb):
            continue  # (or each report writes both words: "cut jobs" / "cut gates" where both tell of jobs and gates)
        if parsed and not alike(_parse(lang_a, sa.text), sa.text, wa, _parse(lang_b, sb.text), sb.text, wb):
            continue  # an adverb or an adjective against a noun: the diff out of step, no rewording
        if parsed and clause(_parse(lang_a, sa.text), sa.text, wa) != clause(_parse(lang_b, sb.text), sb.text, wb):
            continue  # a subject and its verb against a phrase: the diff out of step
        if parsed and not same_slot(_parse(lang_a, sa.text), sa.text, wa, _parse(lang_b, sb.text), sb.text, wb):
            continue  # a subject against an object: "wildfire" / "acres" (:mod:`.slots`)
        if not _near_words(wa, wb, embedder):
            continue  # two wordings of one thing mean alike; these the diff paired out of step ("seized" / "tweeted")
        out.append(unarticled(lang_a, wa, wb))
    out = [(unquoted(a), unquoted(b)) for a, b in out]  # '" Harlow Water spokeswoman Dana Pike' (:mod:`.slots`)
    return [(a, b) for a, b in out if a and b and len(set(one_han_script(a, b))) > 1]  # "盐城市" / "鹽城市": one name in two scripts

"""Word-choice differences between aligned sentences ("condemn" vs "denounce").

A word-level diff of two sentences that state the same fact; a short
replaced stretch of content words on both sides (not names, numbers or
dates, which are facts rather than wording) is a choice of words.
"""

from __future__ import annotations

import os
import re
from difflib import SequenceMatcher
from typing import NamedTuple

from parallax.analyze.segment import SEGMENTED, segments
from parallax.analyze.titles import TITLE_WORDS
from parallax.compare.align import _STOP
from parallax.compare.contractions import same_opened
from parallax.compare.descriptors import compounded
from parallax.compare.house_spellings import pair_language, phrases_spelt_two_ways
from parallax.compare.ordinals import ordinal_words
from parallax.compare.unit_words import unit_spans
from parallax.han_script import one_han_script
from parallax.letters import IN_WORD, UNSPACED
from parallax.persian_letters import one_persian_spelling
from parallax.records import Article, Sentence
from parallax.stories.features import fold, stop_words

_MAX_WORDS = 3
# English prepositions that open an adjunct: a stretch opening with one against a stretch opening with none is two
# parts of the sentence, not one thing named two ways ("In a statement, Veltra said" / "The company said")
_ADJUNCT_OPENERS = frozenset("in on at by for with from after before during under over into".split())
_CUE_PRONOUNS = {"he", "she", "they", "we", "i", "il", "elle", "ils", "elles", "er", "sie", "él", "ella", "lui", "lei", "hij", "zij", "ze"}
_WORD = re.compile(rf"[\w{IN_WORD}](?:[\w{IN_WORD}’'-]*[\w{IN_WORD}])?")  # "sem-terra", "l’élu"; not "houden’" (a closing quotation mark)


# function words (beyond the alignment's list) of the languages read: a stretch of them is no choice
# of words, and they do not count when two stretches are compared ("se encargará" / "encargar")
_FUNCTION = _STOP | set(
    "auf aus bei mit von für nach vor zu zum zur im am ins sich nicht auch noch wird werden hat haben "
    "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres "  # possessives: "ihren" / "überfluteten"
    "qui que se s sur dans par pour avec au aux ne pas en y a ont été son sa ses leur leurs "
    "se del al con sin sobre ha han lo le les su sus muy "
    "il lo gli di da della dello degli delle dei che si per non è suo sua suoi sue loro "
    "o os as do da dos das no na nos nas em com por um uma seu sua seus suas "
    "het een van op te dat zich niet ook werd "
    "в во на с со к по из за от до о об у и а но не что как это был была было были "  # ru
    "і й та але що як це від з із був була було були "  # uk
    "w we na z ze do od za po o że jak to nie się i a był była było były mu jej jego ich go im".split()  # pl
)

# the languages _FUNCTION covers; the others take spaCy's stop-word list (shipped without a model)
_LISTED = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl"}
# languages that capitalise common nouns: a capital there does not mark a name
_NOUN_CAPITALS = {"de", "lb"}
_FREE_ORDER = {"ru", "uk", "pl"}  # listed languages that decline their nouns and are read without a parser
_DIGIT = re.compile(r"\d")
# scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer,
# Myanmar): a \w-run there is a clause, not a word; Chinese and Japanese are cut into words (analyze.segment)
_UNSPACED = re.compile(f"[{UNSPACED}]")
# what may stand right before a capital that opens a clause rather than a name: an opening
# quotation mark or bracket, a colon, a dash (after a dateline), the end of a sentence
_OPENERS = set("\"“„«‹‘'([:—–-.!?…")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_AR_CONJ = ("و", "ف")
_AR_PREP = ("ب", "ل", "ك")


def _arabic_core(w: str) -> str:
    """An Arabic word without its clitic prefixes ("وقالت" / "قالت", "والسلطات" / "سلطات"): a
    conjunction و or ف, a preposition ب, ل or ك, the article ال (with ل: "لل"), each taken only
    when three letters or more remain.  Other words as they are."""
    if not _ARABIC.search(w):
        return w
    if w.startswith(_AR_CONJ) and len(w) - 1 >= 3:
        w = w[1:]
    if w.startswith("لل") and len(w) - 2 >= 3:
        return w[2:]  # ل + ال, the alif dropped
    if w.startswith(_AR_PREP) and w[1:].startswith("ال") and len(w) - 3 >= 3:
        return w[3:]
    if w.startswith("ال") and len(w) - 2 >= 3:
        return w[2:]
    if w.startswith(_AR_PREP) and len(w) - 1 >= 3:
        return w[1:]
    return w


def _key(w: str) -> str:
    """What two words are compared by: lower case, one apostrophe (a curly "we’ve" is a straight "we've":
    typography, no choice of words), Arabic without its clitics, Persian without its zero-width non-joiner ("می‌گیریم" /
    "میگیریم": typing, no choice of words)."""
    return _arabic_core(w.lower().replace("’", "'").replace("\u200c", ""))


def _stops(*languages: str | None) -> frozenset[str]:
    """spaCy's stop words (folded) of the languages _FUNCTION does not cover."""
    out: frozenset[str] = frozenset()
    for lang in {(x or "").split("-")[0].split("_")[0].lower() for x in languages}:
        if lang and lang.isalpha() and lang not in _LISTED:
            out |= stop_words(lang)
    return out


def _function(w: str, stops: frozenset[str]) -> bool:
    """Whether a (lower-case) word is a function word of the sentence's language."""
    return w in _FUNCTION or (bool(stops) and (fold(w) in stops or fold(_arabic_core(w)) in stops))


_ENDING = re.compile(r"(?:ing|ed|es|s|e)$")
_SLAVIC = re.compile(r"[а-яёєіїґ]")


def _same_stem(a: str, b: str) -> bool:
    """One word in two forms ("aprobar" / "aprobará", "dritte" / "dritten", "condemned" / "condemns"):
    a shared beginning of four letters or more and three quarters of the shorter word."""
    n = len(os.path.commonprefix([a, b]))
    share = 0.6 if _SLAVIC.match(a) else 0.75  # Slavic endings are long: "працюють" / "працювали"
    return (n >= 4 and n >= share * min(len(a), len(b))) or _ENDING.sub("", a) == _ENDING.sub("", b)  # "car" / "cars"


def _restated(la: list[str], lb: list[str], stops: frozenset[str] = frozenset(), moved: tuple[set, set] = (set(), set())) -> bool:
    """Whether two stretches differ in form only: the same content words, each in some form
    ("encargar" / "se encargará", "dritte" / "dritten").  An added content word is a choice
    ("pudo sobrecargar" / "sobrecargó": a hedge).  A word the other sentence has elsewhere
    (``moved``: the keys of the other sentence's words) is moved, not replaced, and does not count."""
    ca = [_key(w) for w in la if not _function(w, stops) and _key(w) not in moved[1]]
    cb = [_key(w) for w in lb if not _function(w, stops) and _key(w) not in moved[0]]
    if not ca or not cb:
        return True  # function words only on one side: a change of construction, not of words
    # (a compound's head or a clipped form is the whole's word too: "suit" / "lawsuit", :mod:`.descriptors`)
    return len(ca) == len(cb) and all(any(x == y or _same_stem(x, y) or compounded(x, y) for y in cb) for x in ca)


# the negation Polish, Slovak and the East Slavic languages write apart from a verb but join to an adjective or
# participle ("nie był zamieszkany" / "był niezamieszkany"), by the press either way
_NEGATIONS = ("nie", "не", "ні")


def _negation_moved(la: list[str], lb: list[str], keys_a: set[str], keys_b: set[str]) -> bool:
    """Whether two stretches say the same once a joined negation is read as the separate one the other sentence
    writes ('był niezamieszkany' / 'nie był zamieszkany': "niezamieszkany" / "zamieszkany" is no choice of
    words); a negation neither sentence writes apart ("niezwłocznie", at once) stays a word of its own."""

    def apart(words: list[str], other: set[str]) -> list[str]:
        neg = lambda w: next((n for n in _NEGATIONS if w.startswith(n) and len(w) >= len(n) + 4 and n in other), "")  # noqa: E731
        return [w[len(neg(w)) :] for w in words]

    sa, sb = apart(la, keys_b), apart(lb, keys_a)
    return (sa, sb) != (la, lb) and _restated(sa, sb)


class _Token(NamedTuple):
    word: str
    blocked: bool  # a name, number or date: no choice of words
    start: int  # offsets in the sentence's text
    end: int
    quoted: bool = False  # inside a quotation the article reproduces
    reported: bool = False  # inside reported speech (an indirect quote's clause)


def word_choices(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """The word choices between two aligned sentences of one language: (words of a, words of b).

    Not a choice of words (blocked, like names, times and quantities): a token with a digit (a
    figure or a date: the number and date checks compare those), an ordinal word ("third" / "second":
    the ordinal check compares those), a token in a script written
    without spaces (a clause, not a word), the all-capitals words that open a sentence (a
    dateline: "ATHENS"), a capitalised word inside a sentence in a language without an entity
    lexicon (a name the analysis did not mark).  Nor is a pair one side of which is only function words (spaCy's stop words
    outside the languages listed here), nor one of the same words in other forms."""
    stops = _stops(art_a.language, art_b.language)
    # a word moved within a sentence of a free-order language is no choice; kept to the unlisted
    # languages, where it was needed (Arabic) and where no dev set says otherwise, and to declined ones read without a
    # parser: "grozi mu 10 lat więzienia za łapówki od adwokatów" / "Za korzyści od adwokatów grozi mu 10 lat
    # pozbawienia wolności" had paired "adwokatów" with "wolności"
    unlisted = bool(stops) or any((x or "").split("-")[0].lower() not in _LISTED - _FREE_ORDER for x in (art_a.language, art_b.language))

    def tokens(art: Article, s: Sentence):
        # (only the spans that reach into the sentence: each word is looked up in them)
        lo, hi = s.start, s.start + len(s.text)
        spans = (
            [(e.start, e.end) for e in art.entities] + [(t.start, t.end) for t in art.times] + [(q.start, q.end) for q in art.quantities]
        )
        blocked = [(a, b) for a, b in spans if a < hi and lo < b] + unit_spans(art, lo, hi)
        # without an entity lexicon for the language, a capital inside a sentence marks a name the
        # analysis did not (on English and the other listed languages this rule lost good choices
        # on the BASIL and NewsWCL50 dev sets)
        quoted = [(q.start, q.end) for q in art.quotes if q.kind != "indirect" and q.start < hi and lo < q.end]
        reported = [(q.start, q.end) for q in art.quotes if q.kind == "indirect" and q.start < hi and lo < q.end]
        lang = (art.language or "").split("-")[0].lower()
        caps_are_names = lang not in _LISTED and lang not in _NOUN_CAPITALS
        ordinals = ordinal_words(lang)  # "third" / "second": a number given (:mod:`.ordinals`)
        out = []
        for i, (w, start, end) in enumerate(_words(s.text, lang)):
            pos = s.start + start
            unspaced = bool(_UNSPACED.search(w)) and lang not in SEGMENTED
            stop = any(a <= pos < b for a, b in blocked) or bool(_DIGIT.search(w)) or unspaced or w.lower() in ordinals
            if caps_are_names and i > 0 and w[0].isupper() and s.text[:start].rstrip()[-1:] not in _OPENERS:
                stop = True  # a name the analysis did not mark
            out.append(_Token(w, stop, start, end, any(a <= pos < b for a, b in quoted), any(a <= pos < b for a, b in reported)))
        for i, t in enumerate(out):  # a dateline: "ΝΑΞΟΣ —", "NEW YORK,"
            if len(t.word) < 2 or not t.word.isupper():
                break
            out[i] = t._replace(blocked=True)
        return out

    ta, tb = tokens(art_a, sa), tokens(art_b, sb)
    # "李建国" / "李建國": one name in two scripts, no choice of words; so "بانك" / "بانک", Persian in Arabic letters
    fa, fb = one_persian_spelling(*one_han_script(sa.text, sb.text))
    ka, kb = [_key(fa[t.start : t.end]) for t in ta], [_key(fb[t.start : t.end]) for t in tb]
    matcher = SequenceMatcher(None, ka, kb, autojunk=False)
    if matcher.ratio() < 0.3:
        return []
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or min(i2 - i1, j2 - j1) > _MAX_WORDS:
            continue
        # (the names at a stretch's ends off first: "believing," Harlow manager [Greg Ellis]' / "fighting" crosses a
        # quotation's edge by the cue's title alone, and the quoted word pairs with the quoted word)
        stretches = _same_side(_unblocked(ta[i1:i2]), _unblocked(tb[j1:j2]))
        for wa, wb in (e for ra, rb in stretches for e in _edges(_unblocked(ra), _unblocked(rb), sa.text, sb.text)):
            wa, wb = _content_end(wa), _content_end(wb)
            if any(t.blocked for t in wa + wb):
                continue
            la, lb = [t.word.lower() for t in wa], [t.word.lower() for t in wb]
            if any(w in TITLE_WORDS for w in la + lb) or any(w.isdigit() for w in la + lb):
                continue  # a title is a fact about a person, not a choice of words
            if "en" in (art_a.language, art_b.language) and la and lb and (la[0] in _ADJUNCT_OPENERS) != (lb[0] in _ADJUNCT_OPENERS):
                continue  # an adjunct against a subject or an object
            if _restated(la, lb, stops, (set(ka), set(kb)) if unlisted else (set(), set())) or _negation_moved(la, lb, set(ka), set(kb)):
                continue
            # as written, punctuation between the words kept: the report shows the article's own words
            phrase_a, phrase_b = sa.text[wa[0].start : wa[-1].end], sb.text[wb[0].start : wb[-1].end]
            # "can't" / "cannot" (:mod:`.contractions`) and "levelled" / "leveled" (:mod:`.house_spellings`): one word in two spellings
            if not same_opened(phrase_a, phrase_b) and not phrases_spelt_two_ways(phrase_a, phrase_b, pair_language(art_a.language, art_b.language)):
                out.append((phrase_a, phrase_b))
    return out


def _content_end(words: list[_Token]) -> list[_Token]:
    """A stretch without the function words at its end, where a content word stays ("individuals had" /
    "thugs": the auxiliary is the construction's, the choice is the noun; an article before stays, "a pact" /
    "an agreement", the words as the reader meets them).  The listed languages' words only:
    spaCy's stop words of the others take in endings a segmenter cuts off a verb ("発生し")."""
    while len(words) > 1 and words[-1].word.lower() in _FUNCTION:
        words = words[:-1]
    return words


def _same_side(wa: list[_Token], wb: list[_Token]) -> list[tuple[list[_Token], list[_Token]]]:
    """A replaced stretch cut at a quotation's edge: the words inside the quotation pair with the other side's words
    inside it, the cue's with the cue's ('tão depressa", afirmou' / 'tão rapidamente", disse' are two choices,
    "depressa" / "rapidamente" and "afirmou" / "disse"; 'sztuczne" – powiedział' / 'mówił' is the cue's alone, where
    the stretches are short).  A stretch that crosses no edge on either side, or more than one, stays whole."""
    sides_a, sides_b = _runs(wa), _runs(wb)
    # the same words reported, not quoted ('çalışmaları tamamlandı" dedi' / 'çalışmalarının tamamlandığını açıkladı'): the
    # reported clause's edge stands for the quotation's, so the cue pairs with the cue
    if len(sides_a) == 2 and sides_b == [False] and _runs(wb, "reported") == sides_a:
        wb, sides_b = [t._replace(quoted=t.reported) for t in wb], sides_a
    elif len(sides_b) == 2 and sides_a == [False] and _runs(wa, "reported") == sides_b:
        wa, sides_a = [t._replace(quoted=t.reported) for t in wa], sides_b
    if len(sides_a) == 1 and len(sides_b) == 1:
        return [(wa, wb)]  # neither crosses an edge: a quoted word against the other's own ("'reckless'" / "dangerous")
    if len(sides_a) > 2 or len(sides_b) > 2 or (len(sides_a) == len(sides_b) == 2 and sides_a != sides_b):
        return [(wa, wb)]  # more than one edge: no one reading
    if sides_a != sides_b and max(len(wa), len(wb)) > _MAX_WORDS:
        return [(wa, wb)]  # one side crosses an edge, the other says much else: the pairing of edges decides
    return [
        (ra, rb) for side in (True, False) if (ra := [t for t in wa if t.quoted == side]) and (rb := [t for t in wb if t.quoted == side])
    ]


def _runs(words: list[_Token], flag: str = "quoted") -> list[bool]:
    """Whether each run of a stretch is quoted (or reported), in order: [True, False] where a quotation closes inside it."""
    marks = [getattr(t, flag) for t in words]
    return [q for i, q in enumerate(marks) if i == 0 or marks[i - 1] != q]


def _words(text: str, language: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` with their offsets; a run of Chinese or Japanese is cut into its words
    (:mod:`parallax.analyze.segment`), its punctuation left out."""
    out = []
    for m in _WORD.finditer(text):
        if language in SEGMENTED and _UNSPACED.search(m.group()):
            out += [(m.group()[a:b], m.start() + a, m.start() + b) for a, b in segments(m.group(), language) if _WORD.match(m.group()[a:b])]
        else:
            out.append((m.group(), m.start(), m.end()))
    return out


def _unblocked(words: list) -> list:
    """A replaced stretch without the names, numbers and dates at its ends ("14 demonstranten" /
    "19 relschoppers": the numbers are a conflict, the nouns a choice of words) nor a trailing
    pronoun ("unsafe she" / "dangerous": the pronoun belongs to the cue after it)."""
    while words and words[0][1]:
        words = words[1:]
    while words and (words[-1][1] or words[-1][0].lower() in _CUE_PRONOUNS or "-t-" in words[-1][0]):
        words = words[:-1]
    return words


def _edges(wa: list, wb: list, text_a: str = "", text_b: str = "") -> list[tuple[list, list]]:
    """The word choices in one replaced stretch.  A short stretch is one choice.  When one side
    also carries added words ("ligadas ao Movimento ... ocuparam" / "invadiram"), the choice sits at
    an edge of the long side, next to the words both keep: with two or more words on the short side
    its first and last words pair with the long side's first and last ("Os sem-terra montaram" /
    "Os invasores, ligados ..., ergueram"); with one, the edge word sharing its ending ("-aram" /
    "-iram": the same inflection) pairs with it.  A long side of more than twice the short one's
    words, unless they stand between commas (an insertion), says other things: no choice."""
    if not wa or not wb:
        return []
    if len(wa) <= _MAX_WORDS and len(wb) <= _MAX_WORDS:
        return [(wa, wb)]
    short, long_, flip = (wa, wb, False) if len(wa) <= len(wb) else (wb, wa, True)
    if len(long_) > 2 * len(short) + 2 and (text_a if flip else text_b)[long_[0].start : long_[-1].end].count(",") < 2:
        # one side says much more, and not as an insertion between commas ("Os invasores, ligados ao movimento, ergueram"):
        # other content ("told local radio" / "who described the damage as ..."), no rewording
        return []
    if len(short) >= 2:
        pairs = [([short[0]], [long_[0]]), ([short[-1]], [long_[-1]])]
    else:
        word = short[0][0].lower()
        ends = [(_shared_ending(word, w[0][0].lower()), w) for w in ([long_[0]], [long_[-1]])]
        best = max(n for n, _ in ends)
        pairs = [(short, w) for n, w in ends if n >= 2 and n == best][:1]
    return [(b, a) if flip else (a, b) for a, b in pairs]


def _shared_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n

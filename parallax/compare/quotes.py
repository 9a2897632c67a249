"""Group quotations across articles and grade how faithfully each was reproduced.

Fidelity, from faithful to loose: ``verbatim`` (same after normalising quote
marks, apostrophes, whitespace and the trailing comma or full stop that
belongs to the sentence), ``punctuation`` (same words), ``trimmed`` (one is a
contiguous part of the other), ``altered`` (the same quote with words
changed), ``paraphrase`` (reported speech of the quote, or its translation in
an article in another language; a translation joins a group without loosening
the fidelity its same-language variants show).  A group's fidelity
is the loosest relation between its variants; one variant is
``single-source``.  ``misattributed`` flags a group whose variants name
different speakers; only speakers an article states count (a cue, a
continued quotation), not one inferred from whom the paragraph is about
(cue ``near``), which is shown but proves nothing.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from difflib import SequenceMatcher

import numpy as np

from parallax.analyze.name_forms import polish_nominative
from parallax.analyze.names import NAME_PARTICLES
from parallax.analyze.quotes.uncased import is_uncased, looks_named, same_uncased
from parallax.embed import get_embedder, rescale
from parallax.letters import HAN, IN_WORD, UNSPACED, to_latin
from parallax.records import Article, Quote, QuoteGroup, QuoteVariant
from parallax.sounds import same_name_by_sound, text_script

ORDER = ["verbatim", "punctuation", "trimmed", "altered", "paraphrase"]
_MARKS = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-", "—": "-"})


def normalize_quote(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_MARKS)
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(" .,;:").lower()


# a word, or one character of a script written without spaces (there a run of \w is a clause)
_TOKEN = re.compile(rf"[{UNSPACED}]|(?:(?![{UNSPACED}])[\w{IN_WORD}])+")


def quote_tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalize_quote(text).replace("[", "").replace("]", ""))


_UNSPACED_RUN = re.compile(rf"[{HAN}\u3040-\u30ff\uf900-\ufaff]+")  # Han and kana; Thai words are longer
_CHARACTERS_A_WORD = 2  # Chinese and Japanese spend about two characters on a word


def quote_words(text: str) -> int:
    """How many words a quotation holds, for the rules that ask whether it is long enough to judge.  A run
    of Chinese or Japanese characters is one "word" to ``str.split``, so a quotation of twenty characters
    counted as one and never took part in the rules that need four words; there a word is counted for
    every two characters, as the languages spend them."""
    runs = _UNSPACED_RUN.findall(text)
    if not runs:
        return len(text.split())
    rest = [w for w in _UNSPACED_RUN.sub(" ", text).split() if re.search(r"\w", w)]  # no marks: 「 」
    return len(rest) + sum(-(-len(r) // _CHARACTERS_A_WORD) for r in runs)


def _contiguous(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


# the mark of words left out of a quotation: an ellipsis, bare or in brackets ("… within two years",
# "[...] con più agenti", "(…)")
_ELISION = re.compile(r"[\[(]?[ \u00a0]?(?:…|\.\.\.)[ \u00a0]?[\])]?")


def _in_order(parts: list[list[str]], long: list[str]) -> bool:
    """Whether each part stands, contiguous, in ``long``, after the one before it."""
    at = 0
    for part in parts:
        n = len(part)
        at = next((i + n for i in range(at, len(long) - n + 1) if long[i : i + n] == part), -1)
        if at < 0:
            return False
    return True


def _elided(short_text: str, long: list[str]) -> bool:
    """Whether a quotation that marks words left out ("The city will rebuild every home … within two
    years") is the other with those words cut: its parts between the marks stand in it in order."""
    parts = [t for t in (quote_tokens(p) for p in _ELISION.split(short_text)) if t]
    return len(parts) > 1 and sum(map(len, parts)) >= 3 and _in_order(parts, long)


# Arabic writes the conjunctions و and ف, the prepositions ب, ل and ك and the article ال joined to the
# word they govern: "بخفض" is "ب" + "خفض" (by cutting).  For likeness (not sameness) a word of one
# quotation that is a word of the other with such a prefix counts as that word ("ملتزمون بخفض" /
# "عازمون على خفض" share the noun).  A root has three letters, so what is left keeps three; and since
# "بناء" opens with a root letter, not a preposition, a prefix is cut only where the other quotation
# has the shorter word ("ببناء" / "بناء").
_AR_PROCLITICS = re.compile(r"\A([وف]?)([بلك]?)((?:ال)?)(?=[\u0621-\u064a]{3})")


def _forms(token: str) -> list[str]:
    """The word and what is left of it without each of its Arabic prefixes in turn, longest first."""
    m = _AR_PROCLITICS.match(token)
    if m is None or not m.group(0):
        return [token]
    cuts = np.cumsum([len(g) for g in m.groups()])
    return list(dict.fromkeys([token, *(token[int(c) :] for c in cuts)]))


def _likeness_tokens(a: str, b: str) -> tuple[list[str], list[str]]:
    """The words of two quotations, each put in the longest form the other quotation also has."""
    ta, tb = quote_tokens(a), quote_tokens(b)
    fa, fb = [_forms(t) for t in ta], [_forms(t) for t in tb]
    in_a, in_b = {f for fs in fa for f in fs}, {f for fs in fb for f in fs}
    return [next((f for f in fs if f in in_b), fs[0]) for fs in fa], [next((f for f in fs if f in in_a), fs[0]) for fs in fb]


def relation(a_text: str, b_text: str, a_kind: str = "direct", b_kind: str = "direct") -> str | None:
    """The fidelity relation of two quotations, or ``None`` if they are different quotes."""
    if "indirect" in (a_kind, b_kind):
        return None  # decided by meaning, see :func:`group_quotes`
    ta, tb = quote_tokens(a_text), quote_tokens(b_text)
    if not ta or not tb:
        return None
    if ta == tb:
        return "verbatim" if normalize_quote(a_text) == normalize_quote(b_text) else "punctuation"
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) >= 3 and _contiguous(short, long):
        return "trimmed"
    if _elided(a_text if short is ta else b_text, long):
        return "trimmed"
    ta, tb = _likeness_tokens(a_text, b_text)
    short = ta if len(ta) <= len(tb) else tb
    matcher = SequenceMatcher(None, ta, tb, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    if len(short) >= 4 and same / len(short) >= 0.6 and same >= 3:
        return "altered"
    return None


_SLAVIC_CASE = re.compile(r"(?<=[а-яёєіїґ]{3})(?:ого|ому|ым|ой|ей|ем|ом|ою|ая|ую|а|я|у|ю|е|ы|і|и)$")


def _name_words(name: str) -> list[str]:
    """A name's words in lower case; Russian and Ukrainian names lose their case ending ("по
    словам Андрея Петрова" names "Андрей Петров") and are compared in Latin letters, and a Polish name in the
    genitive is read in the nominative ("według Jana Kowalskiego": Jan Kowalski, :mod:`parallax.analyze.name_forms`)."""
    return [to_latin(_SLAVIC_CASE.sub("", w)) for w in polish_nominative(name).lower().split()]


def person_match(a: str | None, b: str | None) -> bool | None:
    """Whether two speakers are one person: True when one name's words are contained in the other's
    (surname use, or the family name first: "Kovács Péter" / "Péter Kovács"), or, in two scripts, a
    word of one sounds like a word of the other (:mod:`parallax.sounds`); False when they are two
    people's names; None when that cannot be told: a speaker not found, a name in two scripts whose
    sound cannot tell (Chinese characters, a short name), or a surname in two forms with nothing else
    to tell them apart ("Virtasen" / "Mikko Virtanen", "Novák" / "Nováková": a case ending, or a wife
    and her husband)."""
    if not a or not b:
        return None
    if text_script(a) != text_script(b):  # "Jens Stoltenberg" and "ستولتنبرغ": by sound
        return same_name_by_sound(a, b)
    if is_uncased(a) and is_uncased(b):
        return same_uncased(a, b)
    wa, wb = _name_words(a), _name_words(b)
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if _contiguous(short, long) or short[-1] == long[-1] or (len(short) > 1 and set(short) <= set(long)):
        return True
    if _forms_of_one_word(short[-1], long[-1]):
        rest_a, rest_b = set(short[:-1]), set(long[:-1])
        if rest_a & rest_b:
            return True  # "Mikko Virtanen" / "Mikko Virtasen"
        return False if rest_a and rest_b else None
    return False


def _forms_of_one_word(x: str, y: str) -> bool:
    """Two forms of one word: a shared stem of four letters or more, and at most three letters of
    ending on each ("virtanen" / "virtasen", "novák" / "nováková", "kovács" / "kovácsnak")."""
    n = len(os.path.commonprefix([x, y]))
    return n >= 4 and len(x) - n <= 3 and len(y) - n <= 3


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two speakers may be one person: all but the names :func:`person_match` tells apart.  What
    cannot be told is no misattribution."""
    return person_match(a, b) is not False


_NAME_PARTICLES = NAME_PARTICLES | {"al", "el", "y"}  # and "Bashar al Assad", "Ortega y Gasset"


def is_named(speaker: str | None, article: Article | None = None) -> bool:
    """Whether a speaker is a person's name rather than a description
    ("Estonia's energy minister", "officials", "a spokeswoman").  A description
    is compatible with any name, so it never makes a quote misattributed.
    A name is one the article tags as a person, or two or more capitalised
    words (particles such as "van" or "al" allowed)."""
    if not speaker:
        return False
    if is_uncased(speaker):
        return looks_named(speaker, article.language if article is not None else None)  # no capitals: the name's shape
    words = speaker.replace("’", "'").split()
    if article is not None:
        last = words[-1].lower()
        for e in article.entities:
            if e.label in ("PERSON", "PER") and (e.text.lower() == speaker.lower() or e.text.lower().split()[-1:] == [last]):
                return True
    if _role_of_a_body(words):
        return False
    return len(words) >= 2 and all(w[:1].isupper() and not w.endswith("'s") or w.lower() in _NAME_PARTICLES for w in words)


def _role_of_a_body(words: list[str]) -> bool:
    """Whether words are a role and the body it serves, joined by a word in lower case ("Sprecher der
    Feuerwehr", "Minister van Financiën", "Directeur de la Police"): a description, whose capitals (German
    nouns, a body's name) made it look like a name with a particle in it, so two such speakers read as two
    people."""
    from parallax.analyze.titles import TITLE_WORDS

    return len(words) >= 3 and words[0].lower() in TITLE_WORDS and words[1][:1].islower()


def _translations(articles: list[Article], items: list, vectors: tuple, embedder: str = "e5") -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Pairs of quotations (runs of indices into ``items``, one or two long) from articles in different languages that
    translate each other: by meaning, each the other's best match by a margin (the rule that
    links translated sentences, :func:`parallax.compare.align.translation_links`), closest first.  A translation
    may split or join quotations ("Nous ne paierons aucune rançon. Céder, ce serait ..." against
    "We will not pay any ransom" + "Giving in would mean ..."), so two quotations of one speaker
    in a row also compete as one."""
    from parallax.compare.align import translation_links

    by_article: dict[int, list[tuple[int, ...]]] = {}
    for i, (ai, _, q) in enumerate(items):
        if q.kind != "indirect" and quote_words(q.text) >= 4:
            by_article.setdefault(ai, []).append((i,))
    runs = {ai: _runs(articles[ai], items, [c[0] for c in cands]) for ai, cands in by_article.items()}
    run_texts = [" ".join(items[i][2].text for i in run) for ai in runs for run in runs[ai]]
    run_vectors = iter(get_embedder(embedder).embed(run_texts)) if run_texts else iter(())
    vec: dict[tuple[int, ...], np.ndarray] = {c: vectors[0][c[0]] for cands in by_article.values() for c in cands}
    for ai in runs:
        for run in runs[ai]:
            vec[run] = next(run_vectors)
            by_article[ai].append(run)
    out = []
    for a in by_article:
        for b in by_article:
            if a >= b or not articles[a].in_another_language(articles[b]):
                continue
            xs, ys = by_article[a], by_article[b]
            sims = rescale(np.stack([vec[x] for x in xs]) @ np.stack([vec[y] for y in ys]).T, vectors[1])
            sims = sims + _one_speaker_bonus(articles, items, xs, ys)
            out += [(float(sims[x, y]), xs[x], ys[y]) for x, y in translation_links(np.asarray(sims))]
    return [(x, y) for _, x, y in sorted(out, key=lambda t: -t[0])]  # the closest translations first


_SAME_SPEAKER_BONUS = 0.15  # what one named speaker on both sides adds to two quotations' meaning


def _one_speaker_bonus(articles: list[Article], items: list, xs: list[tuple[int, ...]], ys: list[tuple[int, ...]]) -> np.ndarray:
    """A bonus for each pair of quotations (runs of ``items``) that both articles give to one person they name
    (:func:`_one_speaker`: "山田健一" / "Kenichi Yamada" by reading).  e5 puts a Japanese quotation and its
    English translation far apart (0.33 on our pair, below the 0.40 floor), so a translation between
    distant languages was never linked; the speaker both name is evidence of its own.  The bonus goes to
    every pair of that speaker alike, so among one person's quotations the meaning still chooses, by the
    margin."""
    bonus = np.zeros((len(xs), len(ys)))
    for i, x in enumerate(xs):
        ax, _, qx = items[x[0]]
        for j, y in enumerate(ys):
            ay, _, qy = items[y[0]]
            if _one_speaker(articles[ax], qx, articles[ay], qy):
                bonus[i, j] = _SAME_SPEAKER_BONUS
    return bonus


def _runs(article: Article, items: list, idxs: list[int]) -> list[tuple[int, int]]:
    """Consecutive quotations (indices into ``items``) of one speaker in one paragraph, in pairs."""
    out = []
    for x, y in zip(idxs, idxs[1:], strict=False):
        qx, qy = items[x][2], items[y][2]
        if not qx.speaker or qx.speaker != qy.speaker or qy.sentence - qx.sentence > 1:
            continue
        if article.sentences and article.sentences[qx.sentence].paragraph != article.sentences[qy.sentence].paragraph:
            continue
        out.append((x, y))
    return out


# between the parts of a quotation that runs over paragraphs: no closing mark, a paragraph break,
# the opening mark that continues it (the newspaper convention)
_RUNS_ON = re.compile(r"[.,;:!?…]?[ \t]{0,8}\n[ \t]{0,8}\n\s{0,8}[“\"«„‘‹»][ \t]{0,8}")  # bounded runs: linear on any text


# between the two parts of a quotation that its attribution splits within one sentence: the first
# part's comma and closing mark, the attribution (no quote mark, no clause-ending mark), a
# comma and the opening mark of the rest ('"We will rebuild," she said, "but not this year."', '„Wir
# bauen wieder auf“, sagte sie, „aber nicht dieses Jahr.“', '« Nous reconstruirons », a-t-elle dit,
# « mais pas cette année »')
_CLOSE = "\"”’'»“‹›"
_OPEN = "\"“‘'«„‹›”"
# the attribution may set the speaker's name or role off by commas, an apposition that news copy in every
# language writes ('"We won," said the candidate, Andrés Lucena, "and we will govern."', '"La situazione è
# critica", ha detto il presidente della Regione, Giulia Serra, "ma …"'): up to two such commas
_ATTRIBUTION_PART = rf"[^,{_CLOSE}{_OPEN}\n!?;:]{{1,60}}"
_ATTRIBUTION = rf"{_ATTRIBUTION_PART}(?:,[ \u00a0]{_ATTRIBUTION_PART}){{0,2}}"
_SPLIT_BY_CUE = re.compile(
    rf"[ \u00a0]?,?[ \u00a0]?[{_CLOSE}],?[ \u00a0]{{1,3}}(?P<attribution>{_ATTRIBUTION}),[ \u00a0]{{1,3}}[{_OPEN}][ \u00a0]?"
)
_MAX_BARE_ATTRIBUTION = 5  # words of an attribution in which no speaker was found ("řekl velitel zásahu")

# the same split over two sentences: the first part's comma and closing mark, the attribution (no
# quote mark; a full stop inside only in an abbreviation, "said Dr. Anand": the parts must
# stand in consecutive sentences), the full stop that ends it and the next sentence's opening mark ('"We will
# rebuild," she said. "But not this year."', '« Nous reconstruirons », a déclaré le maire. « Mais
# pas cette année. »')
_SPLIT_BY_SENTENCE = re.compile(
    rf"[ \u00a0]?,?[ \u00a0]?[{_CLOSE}],?[ \u00a0]{{1,3}}(?P<attribution>{_ATTRIBUTION})\.[ \u00a0]{{1,3}}[{_OPEN}][ \u00a0]?"
)


# the same split inside one pair of marks, as French, Italian, Russian and Ukrainian copy sets it (the
# attribution between the comma, or comma and dash, and the full stop or comma that closes it: « La
# situation est sous contrôle, a assuré le préfet. Aucune victime ... », «Ситуация под контролем, —
# сообщил мэр. — Эвакуация ...»): no quotation mark between the parts
_SPLIT_INSIDE_MARKS = re.compile(
    rf"[ \u00a0]?,[ \u00a0]?(?:[—–-][ \u00a0]?)?(?P<attribution>[^{_CLOSE}{_OPEN}\n!?;:]{{1,80}}?)[.,](?:[ \u00a0]?[—–-])?[ \u00a0]{{1,3}}"
    # (Spanish sets it between two dashes against it: «Estamos dispuestos —dijo Becker— a negociar»)
    rf"|[ \u00a0][—–](?P<raya>[^{_CLOSE}{_OPEN}\n!?;:—–]{{1,80}})[—–][ \u00a0]{{1,3}}"
)


def _split_by_cue(art: Article, prev: Quote, q: Quote) -> str | None:
    """How to join ``prev`` and ``q`` (", " or " ") when they are the two parts of one quotation split
    by its attribution, within one sentence or with the attribution ending the first sentence and the
    rest opening the next, else None.  Between them stands the attribution and nothing
    else: the span where each part's speaker was found (the second part's own speaker elsewhere makes
    it another person's words), or, where no speaker was found, a few words."""
    if prev.sentence == q.sentence:
        m = _SPLIT_BY_CUE.fullmatch(art.text, prev.end, q.start)
    elif q.sentence == prev.sentence + 1 and not prev.text.rstrip().endswith((".", "…", "?", "!")):
        m = _SPLIT_BY_SENTENCE.fullmatch(art.text, prev.end, q.start)  # a first part closed by its full stop is whole (by "?", a question: the next part may be the answer)
    else:
        m = None
    if m is None and q.sentence - prev.sentence in (0, 1):
        m = _SPLIT_INSIDE_MARKS.fullmatch(art.text, prev.end, q.start)
    if m is None:
        return None
    spans = [x.speaker_start for x in (prev, q) if x.speaker_start is not None]
    if spans and not all(prev.end <= s < q.start for s in spans):
        return None
    if not spans and len((m.group("attribution") or m.group("raya")).split()) > _MAX_BARE_ATTRIBUTION:
        return None
    if prev.sentence != q.sentence and "," in art.text[prev.end : prev.end + 3]:
        return ". "  # the comma a quotation takes before its attribution stood for the full stop of a sentence that ended there
    return ", " if "," in art.text[prev.end : prev.end + 3] else " "  # the first part's comma is the quotation's


def quotations(art: Article) -> list[tuple[list[int], Quote]]:
    """The article's quotations with the indices of their quotes: a quotation that runs over
    paragraphs (left open at a paragraph's end, taken up by the next one's opening mark) is one,
    as another outlet that prints it in one paragraph has it; so is one that its attribution splits
    ('"We will rebuild," she said, "but not this year."', or over two sentences: '"We will rebuild,"
    she said. "But not this year."'), which another outlet prints whole, so that the copies compare
    as the same words and not as two trimmed halves."""
    return [(idxs, q) for idxs, q, _ in _quotations(art)]


def _quotations(art: Article) -> list[tuple[list[int], Quote, str]]:
    """:func:`quotations`, each with its text as graded: without the comma a split set before its cue.  That
    comma is the writer's convention ('"We are ready," Becker said, "to talk."'), not the speaker's pause,
    so it neither makes nor breaks a verbatim copy: '"We are ready to talk," Becker said' is one, and so
    is '"We will rebuild, but not this year"' of '"We will rebuild," she said, "but not this year."'."""
    out: list[tuple[list[int], Quote, str]] = []
    for qi, q in enumerate(art.quotes):
        if out and q.kind != "indirect":
            idxs, prev, graded = out[-1]
            if prev.kind != "indirect" and same_person(prev.speaker, q.speaker):
                sep = " " if _RUNS_ON.fullmatch(art.text, prev.end, q.start) else _split_by_cue(art, prev, q)
                if sep is not None:
                    joined = replace(prev, text=f"{prev.text}{sep}{q.text}", end=q.end, speaker=prev.speaker or q.speaker,
                                     cue=prev.cue or q.cue, kind="direct" if "direct" in (prev.kind, q.kind) else prev.kind)  # fmt: skip
                    out[-1] = ([*idxs, qi], joined, f"{graded}{' ' if sep == ', ' else sep}{q.text}")
                    continue
        out.append(([qi], q, q.text))
    return out


def _graded(a: tuple[str, str], b: tuple[str, str], a_kind: str, b_kind: str) -> str | None:
    """The closest :func:`relation` of two quotations, each as printed or without the comma a split set
    before its cue (:func:`_quotations`)."""
    found = {relation(x, y, a_kind, b_kind) for x in dict.fromkeys(a) for y in dict.fromkeys(b)} - {None}
    return min(found, key=ORDER.index) if found else None


def _more_than_a_word(a: str, b: str) -> bool:
    """Whether two similar quotations differ by more than one word put for another: two edits, or a
    change of two words or more ("vorbit clar" / "vorbit foarte clar astăzi"; "Я не признаю свою
    вину" / "Я признаю свою вину полностью")."""
    ta, tb = quote_tokens(a), quote_tokens(b)
    edits = [op for op in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes() if op[0] != "equal"]
    return len(edits) > 1 or any(max(i2 - i1, j2 - j1) > 1 for _, i1, i2, j1, j2 in edits)


def _nearly_verbatim(a: str, b: str) -> bool:
    """Whether two long quotations differ only by a few single words, each put for, added to or left out
    of a long run of the same words (a sentence of twelve words with "rising" / "climbing" and
    "trapped" added): two people do not say that alike, so a second name is a misattribution, not a
    second statement.  Short quotations, or ones that differ by a phrase, stay under :func:`_told_apart`."""
    ta, tb = quote_tokens(a), quote_tokens(b)
    longer = max(len(ta), len(tb))
    if longer < _LONG_QUOTE:
        return False
    ops = SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    same = sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal")
    edits = [op for op in ops if op[0] != "equal"]
    return all(max(i2 - i1, j2 - j1) <= 1 for _, i1, i2, j1, j2 in edits) and same >= _NEARLY_ALL * longer


_LONG_QUOTE, _NEARLY_ALL = 10, 0.85  # words; the share of the longer quotation's words both print


def _told_apart(art_a: Article, qa: Quote, art_b: Article, qb: Quote) -> bool:
    """Whether two quotations are given to two people the articles name and tell apart.  Words that
    differ by more than a word *and* a different speaker are two deviations at once: more often two
    people saying alike ("Românii au vorbit clar", the opposition leader; "Românii au vorbit foarte
    clar astăzi", the party president) than one quotation both changed and misattributed, which would
    accuse an outlet twice on the evidence of neither.  The same words, or one word put for another
    ("cannot see" / "cannot monitor"), under another name stay one group, misattributed."""
    named = all(q.speaker and q.cue != "near" and is_named(q.speaker, art) for q, art in ((qa, art_a), (qb, art_b)))
    return named and person_match(qa.speaker, qb.speaker) is False


def _one_speaker(art_a: Article, qa: Quote, art_b: Article, qb: Quote) -> bool:
    """Whether both quotations are given to one person both articles name (not inferred)."""
    named = all(q.speaker and q.cue != "near" and is_named(q.speaker, art) for q, art in ((qa, art_a), (qb, art_b)))
    return named and person_match(qa.speaker, qb.speaker) is True


def _mostly_other_words(a: str, b: str) -> bool:
    """Whether the longer of two quotations is mostly words the other lacks: what they share (often a
    formula: "Мы не допустим ...", "We will not ...") is less than half of it."""
    ta, tb = _likeness_tokens(a, b)
    same = sum(block.size for block in SequenceMatcher(None, ta, tb, autojunk=False).get_matching_blocks())
    return same < 0.5 * max(len(ta), len(tb))


def _reference(variants: list[QuoteVariant], speaker: str | None) -> int:
    """The variant the others are graded against: the direct one sharing most words with the
    others (so a lone altered or trimmed copy is the one shown as changed), then the one naming
    the group's speaker, then the longest."""
    words = [quote_tokens(v.text) for v in variants]
    direct = [i for i, v in enumerate(variants) if v.kind != "indirect"] or list(range(len(variants)))

    def shared(i: int, j: int) -> int:
        return sum(b.size for b in SequenceMatcher(None, words[i], words[j], autojunk=False).get_matching_blocks())

    return max(direct, key=lambda i: (sum(shared(i, j) for j in direct if j != i), variants[i].speaker == speaker, len(words[i])))


def group_quotes(articles: list[Article], embedder: str = "e5", paraphrase_threshold: float = 0.55) -> tuple[list[QuoteGroup], dict]:
    """Quote groups and a map (article index, quote index) -> group id."""
    # Reported speech that carries a quoted phrase ('said the plan must address “a much
    # stronger China”') is compared through the phrase: the quoted words are the evidence.
    found = [
        (ai, qis, q, graded)
        for ai, art in enumerate(articles)
        for qis, q, graded in _quotations(art)
        if q.kind != "indirect" or not any(o.kind != "indirect" and q.start <= o.start and o.end <= q.end for o in art.quotes)
    ]
    items = [(ai, qis, q) for ai, qis, q, _ in found]
    texts = [(q.text, graded) for _, _, q, graded in found]  # as printed, and as graded
    parent = list(range(len(items)))
    held = [[x] for x in range(len(items))]  # the quotations of each group, kept at its root
    rel: dict[tuple[int, int], str] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(*xs: int, together: tuple[int, ...] = ()) -> bool:
        """Merge the groups of ``xs`` unless one article would then hold two of the group's
        quotations: an article that prints both "Our people want peace, not walls" (Kovač) and "Our
        people want bridges, not walls" (Roth) shows they are two statements, not one altered.  The
        quotations ``together`` may share an article: two parts of one speaker's words that another
        language prints as one quotation."""
        roots = list(dict.fromkeys(find(x) for x in xs))
        if len(roots) == 1:
            return True
        seen: dict[int, int] = {}
        for x in (m for r in roots for m in held[r]):
            if x in together:
                continue
            if items[x][0] in seen:
                return False
            seen[items[x][0]] = x
        if any(items[t][0] in seen for t in together):
            return False
        for r in roots[1:]:
            parent[r] = roots[0]
            held[roots[0]] += held[r]
        return True

    vectors = None
    mixed = any(a.in_another_language(b) for a in articles for b in articles)
    if any(q.kind == "indirect" for _, _, q in items) or mixed:
        emb = get_embedder(embedder)
        vectors = (emb.embed([q.text for _, _, q in items]), emb.floor)
    edges: list[tuple[int, float, int, int, str]] = []
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            ax, _, qx = items[x]
            ay, _, qy = items[y]
            if ax == ay:
                continue
            r = _graded(texts[x], texts[y], qx.kind, qy.kind)
            sim = 0.0
            if r is None and vectors is not None and "indirect" in (qx.kind, qy.kind) and qx.speaker and qy.speaker:
                sim = float(rescale(np.dot(vectors[0][x], vectors[0][y]), vectors[1]))
                if sim >= paraphrase_threshold and same_person(qx.speaker, qy.speaker):
                    r = "paraphrase"
            if (
                r == "altered"
                and _more_than_a_word(qx.text, qy.text)
                and not _nearly_verbatim(qx.text, qy.text)
                and _told_apart(articles[ax], qx, articles[ay], qy)
            ):
                continue  # other words from another named person: two statements ("Ζητάμε μόνο να μας σεβαστούν" / "... σεβαστεί η εταιρεία")
            if (
                r == "altered"
                and _more_than_a_word(qx.text, qy.text)
                and _mostly_other_words(qx.text, qy.text)
                and not _one_speaker(articles[ax], qx, articles[ay], qy)
            ):
                # a shared opening and mostly other words, with no one person named for both: nothing shows it is
                # one quotation changed ("Мы не допустим закрытия завода", the governor; "Мы не допустим
                # сокращения рабочих мест на заводе", a worker or no one named)
                continue
            if r:
                rel[(x, y)] = r
                edges.append((ORDER.index(r), -sim, x, y, r))
    # the closest copies join first, so a looser likeness cannot pull a group apart from its own
    for _, _, x, y, _ in sorted(edges):
        join(x, y)
    if vectors is not None:
        for xs, ys in _translations(articles, items, vectors, embedder):
            if len({find(i) for i in xs + ys}) > 1 and join(*xs, *ys, together=xs + ys if len(xs) + len(ys) > 2 else ()):
                rel.update({(x, y): "translation" for x in xs for y in ys})
    members: dict[int, list[int]] = {}
    for x in range(len(items)):
        members.setdefault(find(x), []).append(x)
    groups: list[QuoteGroup] = []
    index: dict[tuple[int, int], str] = {}
    for idxs in sorted(members.values(), key=lambda m: (items[m[0]][0], items[m[0]][2].start)):
        if all(items[i][2].kind == "indirect" for i in idxs):
            continue  # reported speech that no article quotes directly is not a quotation
        gid = f"q{len(groups) + 1}"
        variants = [
            QuoteVariant(articles[items[i][0]].id, items[i][2].text, items[i][2].speaker, items[i][2].start, items[i][2].end, items[i][2].kind, items[i][2].cue)
            for i in idxs
        ]
        fidelity = "single-source"
        if len({v.article for v in variants}) > 1:
            rels = [r for (x, y), r in rel.items() if x in idxs and y in idxs]
            # a translation says nothing about wording: the variants in one language decide, if any
            same_language = [r for r in rels if r != "translation"]
            fidelity = max(same_language, key=ORDER.index) if same_language else "paraphrase" if rels else "altered"
        speakers = [v.speaker for v in variants if v.speaker]
        named = [items[i][2].speaker for i in idxs if is_named(items[i][2].speaker, articles[items[i][0]]) and items[i][2].cue != "near"]
        distinct: list[str] = []
        for s in named:
            if not any(same_person(s, d) for d in distinct):
                distinct.append(s)
        pool = distinct or speakers  # the named speaker(s) first; a description only when nobody is named
        speaker = max(pool, key=lambda s: (sum(same_person(s, t) for t in speakers), len(s))) if pool else None
        if len(distinct) == 1 and any(person_match(x, y) is None for i, x in enumerate(named) for y in named[i + 1 :]):
            speaker = None  # two names that cannot be told one or two people: neither is the group's
        reference = None
        if fidelity != "single-source":
            reference = _reference(variants, speaker)
            ref = variants[reference]
            for i, v in zip(idxs, variants, strict=True):
                v.fidelity = _graded(texts[idxs[reference]], texts[i], ref.kind, v.kind) or "paraphrase" if v is not ref else "verbatim"
        groups.append(QuoteGroup(gid, speaker, variants, fidelity, misattributed=len(distinct) > 1, reference=reference))
        for i in idxs:
            for qi in items[i][1]:
                index[(items[i][0], qi)] = gid
    return groups, index

"""Group quotations across articles and grade how faithfully each was reproduced.

Fidelity, from faithful to loose: ``verbatim`` (same after normalising quote
marks, apostrophes, whitespace and the trailing comma or full stop that
belongs to the sentence), ``punctuation`` (same words), ``trimmed`` (one is a
contiguous part of the other), ``altered`` (the same quote with words
changed), ``paraphrase`` (reported speech of the quote, or its translation in
an article in another language; a translation joins a group without loosening
the fidelity its same-language variants show, and is ``altered`` where it changes a figure or a
negation, :mod:`.translated_quotes`).  A group's fidelity
is the loosest relation between its variants; one variant is
``single-source``.  ``misattributed`` flags a group whose variants name
different speakers; only speakers an article states count (a cue, a
continued quotation), not one inferred from whom the paragraph is about
(cue ``near``), which is shown but proves nothing.

The pieces live in their own modules: the fidelity grades (:mod:`.quote_fidelity`), the speakers
(:mod:`.speakers`), two statements or one misattributed (:mod:`.misattribution`), quotations printed
in parts (:mod:`.split_quotes`) and translations (:mod:`.quote_translations`).  ``is_named``,
``person_match`` and ``same_person`` stay importable from here, where many tests import them.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import numpy as np

from parallax.compare.bridged_speakers import bridged_apart
from parallax.compare.house_spellings import pair_language
from parallax.compare.misattribution import (
    clause_of,
    more_than_a_word,
    mostly_other_words,
    nearly_verbatim,
    one_speaker,
    reworded,
    told_apart,
)
from parallax.compare.quote_fidelity import ORDER, formula_inside, graded_relation, quote_tokens, relation
from parallax.compare.quote_translations import translations
from parallax.compare.reported_negations import flipped_paraphrases
from parallax.compare.short_quotes import short_altered, short_part
from parallax.compare.speakers import is_named, person_match, same_person
from parallax.compare.split_quotes import graded_against_counterparts, part_matches, printed_parts, quotations_as_graded
from parallax.compare.translated_cuts import cut_translations
from parallax.compare.translated_quotes import altered_translations
from parallax.compare.unnamed_sources import unnamed_in
from parallax.embed import get_embedder, rescale
from parallax.records import Article, QuoteGroup, QuoteVariant
from parallax.serbian_script import one_script

__all__ = ["group_quotes", "is_named", "person_match", "same_person"]


def _reference(variants: list[QuoteVariant], speaker: str | None, languages: list[str] | None = None) -> int:
    """The variant the others are graded against: the direct one sharing most words with the
    others (so a lone altered or trimmed copy is the one shown as changed), then the one naming
    the group's speaker (a group with none prefers no unnamed variant for it), then the longest.  In a group across languages (``languages``, one per variant)
    translations share no words and the token counts of two scripts do not compare (a Chinese quotation
    counts characters as words), so there the tie goes to a variant that names a speaker, then to one in the
    language most variants share, and the longest in characters among those."""
    words = [quote_tokens(v.text) for v in variants]
    direct = [i for i, v in enumerate(variants) if v.kind != "indirect"] or list(range(len(variants)))
    mixed = languages is not None and len(set(languages)) > 1

    def shared(i: int, j: int) -> int:
        a, b = one_script(variants[i].text, variants[j].text)  # Serbian in two scripts: one text
        wa, wb = (words[i], words[j]) if (a, b) == (variants[i].text, variants[j].text) else (quote_tokens(a), quote_tokens(b))
        return sum(b.size for b in SequenceMatcher(None, wa, wb, autojunk=False).get_matching_blocks())

    def length(i: int) -> tuple:
        if not mixed:
            return (len(words[i]),)
        return (bool(variants[i].speaker), languages.count(languages[i]), len(variants[i].text))

    return max(direct, key=lambda i: (sum(shared(i, j) for j in direct if j != i), speaker is not None and variants[i].speaker == speaker, *length(i)))


def _group_speaker(speakers: list[str], named: list[tuple[int, str]]) -> tuple[str | None, list[str]]:
    """The group's speaker and the distinct people its articles name for it (more than one: misattributed).

    ``speakers`` are all the variants' speakers; ``named`` the (article, name) pairs an article states.  One
    person named: that person, in the fullest form the variants give.  Two or more people: the one most
    articles name, and nobody (``None``) on a tie, since one report against another shows a misattribution
    but not whose ("Anna Berg" in one, "Maria Lind" in the other: neither is the group's, not the longer
    name), unless a third variant's speaker, named by a surname alone, sides with one of them.  Nobody named: the description most variants give ("a police spokesman")."""
    distinct: list[str] = []
    for _, s in named:
        if not any(same_person(s, d) for d in distinct):
            distinct.append(s)
    if len(distinct) > 1:
        support = {d: len({ai for ai, s in named if same_person(s, d)}) for d in distinct}
        top = max(support.values())
        leaders = [d for d in distinct if support[d] == top]
        if len(leaders) > 1:  # a tie of the names: a surname alone the entity layer missed ("Mills said") still votes
            votes = {d: sum(same_person(s, d) for s in speakers) for d in leaders}
            leaders = [d for d in leaders if votes[d] == max(votes.values())]
        if len(leaders) > 1:
            return None, distinct
        forms = [s for _, s in named if same_person(s, leaders[0])]
        return max(forms, key=lambda s: (sum(same_person(s, t) for t in forms), len(s))), distinct
    pool = distinct or speakers  # the named speaker first; a description only when nobody is named
    speaker = max(pool, key=lambda s: (sum(same_person(s, t) for t in speakers), len(s))) if pool else None
    names = [s for _, s in named]
    if distinct and any(person_match(x, y) is None for i, x in enumerate(names) for y in names[i + 1 :]):
        # two names that cannot be told one or two people: neither is the group's, unless the names one of them
        # is told to be outnumber the rest ("Anil Verma" / "अनिल वर्मा" / "انیل ورما": the Urdu spelling, with no
        # short vowels, cannot be told by sound, but the Hindi one is the English one)
        def told(s: str) -> int:
            return sum(person_match(s, t) is True for t in names)

        best = max(names, key=lambda s: (told(s), len(s)))
        speaker = best if told(best) * 2 > len(names) else None
    return speaker, distinct


def group_quotes(articles: list[Article], embedder: str = "e5", paraphrase_threshold: float = 0.55) -> tuple[list[QuoteGroup], dict]:
    """Quote groups and a map (article index, quote index) -> group id."""
    # Reported speech that carries a quoted phrase ('said the plan must address “a much
    # stronger China”') is compared through the phrase: the quoted words are the evidence.
    found = [
        (ai, qis, q, graded)
        for ai, art in enumerate(articles)
        for qis, q, graded in quotations_as_graded(art)
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
    lifted: set[int] = set()  # a word or two lifted from another outlet's quotation of one named speaker
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            ax, _, qx = items[x]
            ay, _, qy = items[y]
            if ax == ay:
                continue
            r = graded_relation(texts[x], texts[y], qx.kind, qy.kind, pair_language(articles[ax].language, articles[ay].language))
            sim = 0.0
            if r is None and vectors is not None and "indirect" in (qx.kind, qy.kind) and qx.speaker and qy.speaker:
                sim = float(rescale(np.dot(vectors[0][x], vectors[0][y]), vectors[1]))
                if sim >= paraphrase_threshold and same_person(qx.speaker, qy.speaker):
                    r = "paraphrase"
            if r is None and short_altered(articles[ax], qx, articles[ay], qy):
                r = "altered"  # "Usłyszeliśmy potężny huk" / "Usłyszeliśmy ogromny huk", one person named (:mod:`.short_quotes`)
            if r is None and short_part(articles[ax], qx, articles[ay], qy):
                r = "trimmed"  # 'staff had been "extraordinary"' / '"Our staff have been extraordinary," he said' (:mod:`.short_quotes`)
                lifted.add(x if len(qx.text) <= len(qy.text) else y)  # graded trimmed, not paraphrase, below
            if (
                r == "altered"
                and more_than_a_word(qx.text, qy.text)
                and not nearly_verbatim(qx.text, qy.text)
                and not reworded(qx.text, qy.text)
                and told_apart(articles[ax], qx, articles[ay], qy)
            ):
                continue  # other words from another named person: two statements ("Ζητάμε μόνο να μας σεβαστούν" / "... σεβαστεί η εταιρεία")
            if (
                r == "altered"
                and more_than_a_word(qx.text, qy.text)
                and mostly_other_words(qx.text, qy.text)
                and not clause_of(qx.text, qy.text)
                and not one_speaker(articles[ax], qx, articles[ay], qy)
            ):
                # a shared opening and mostly other words, with no one person named for both: nothing shows it is
                # one quotation changed ("Мы не допустим закрытия завода", the governor; "Мы не допустим
                # сокращения рабочих мест на заводе", a worker or no one named)
                continue
            if r == "trimmed" and formula_inside(qx.text, qy.text) and told_apart(articles[ax], qx, articles[ay], qy):
                continue  # a short formula inside another person's longer words: two statements ("We will not be intimidated")
            if r:
                rel[(x, y)] = r
                edges.append((ORDER.index(r), -sim, x, y, r))
    # the closest copies join first, so a looser likeness cannot pull a group apart from its own
    for _, _, x, y, _ in sorted(edges):
        join(x, y)

    language_of = {id(q): articles[ai].language for ai, _, q in items}

    def part_relation(part: str, q) -> str | None:
        return relation(part, q.text, "direct", q.kind, language_of[id(q)])

    for x, y, mate, r in part_matches(articles, items, find, part_relation):  # a quotation another outlet prints in two
        if not told_apart(articles[items[x][0]], items[x][2], articles[items[y][0]], items[y][2]) and join(x, y, together=(y, mate)):
            rel[(x, y)] = r
    def other_words(side: tuple[int, ...], other: tuple[int, ...]) -> bool:
        """Whether a direct quotation of ``side`` has no likeness by its words to any direct quotation in the group
        of ``other`` from another article in its language: two statements, which a translation cannot make one.
        "We are not meeting to write another report" (Tamm, an English preview) met "Das ist kein
        Papierabkommen" (Tamm, in German) as its best translation in that pair of articles, while the German
        was the translation of another English report's "This is not a paper agreement"."""
        for i in side:
            ai, _, qi = items[i]
            if qi.kind == "indirect":
                continue
            likeness = []
            for j in held[find(other[0])]:
                aj, _, qj = items[j]
                same_language = articles[ai].language and articles[aj].language and not articles[ai].in_another_language(articles[aj])
                if aj == ai or not same_language or qj.kind == "indirect" or j in side:
                    continue
                likeness.append(
                    graded_relation(texts[i], texts[j], qi.kind, qj.kind) is not None
                    or short_altered(articles[ai], qi, articles[aj], qj)
                    or short_part(articles[ai], qi, articles[aj], qj)
                )
            if likeness and not any(likeness):  # (one part of a quotation another outlet prints in two is like it)
                return True
        return False

    cut: set[int] = set()
    if vectors is not None:
        linked = translations(articles, items, vectors, embedder)

        def one_named(pair: tuple[tuple[int, ...], tuple[int, ...]]) -> bool:
            (ax, _, qx), (ay, _, qy) = items[pair[0][0]], items[pair[1][0]]
            return one_speaker(articles[ax], qx, articles[ay], qy)

        # a translation one named person backs joins before one between two names (a stable sort keeps the closest
        # first within each), so that a likelier link to another person's words cannot take the quotation first
        # and the rule above then refuse its own speaker's ("painful but unavoidable", Harker, met "se sont tout
        # simplement effondrées", Dorn, before Dorn's "The old stone houses … simply folded")
        for xs, ys in sorted(linked, key=lambda pair: not one_named(pair)):
            if other_words(xs, ys) or other_words(ys, xs):
                continue  # a translation of another outlet's other statement (see ``other_words``)
            if len({find(i) for i in xs + ys}) > 1 and join(*xs, *ys, together=xs + ys if len(xs) + len(ys) > 2 else ()):
                rel.update({(x, y): "translation" for x in xs for y in ys})
                cut |= cut_translations(articles, items, xs, ys, embedder)  # a translation of only some sentences
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
            same_language = [r for r in rels if r != "translation"] + ["trimmed"] * bool(cut & set(idxs))
            fidelity = max(same_language, key=ORDER.index) if same_language else "paraphrase" if rels else "altered"
        named = [(items[i][0], items[i][2].speaker) for i in idxs if is_named(items[i][2].speaker, articles[items[i][0]]) and items[i][2].cue != "near"]
        speaker, distinct = _group_speaker([v.speaker for v in variants if v.speaker], named)
        reference = None
        if fidelity != "single-source":
            reference = _reference(variants, speaker, [(articles[items[i][0]].language or '')[:2] for i in idxs])
            # a translation that changes a figure or a negation is altered (:mod:`.translated_quotes`)
            direct = [k for k, v in enumerate(variants) if v.kind != "indirect"]
            shortened = frozenset(n for n, k in enumerate(direct) if idxs[k] in cut)
            at, changed = altered_translations([(articles[items[idxs[k]][0]], items[idxs[k]][2]) for k in direct], direct.index(reference), shortened)
            reference = direct[at]
            parts = [printed_parts(articles[items[i][0]], items[i][1]) for i in idxs]
            graded = graded_against_counterparts(
                reference, [(v.article, v.kind, texts[i], p) for i, v, p in zip(idxs, variants, parts, strict=True)], {a.id: a.language for a in articles}
            )
            for v, fid in zip(variants, graded, strict=True):
                v.fidelity = fid
            if len({v.article for v in variants}) < len(variants) and "translation" not in rels:
                fidelity = max(graded, key=ORDER.index)  # printed apart: the parts' grades, not a part against the whole
            for k, i in enumerate(idxs):
                if (i in cut or i in lifted) and variants[k].fidelity == "paraphrase":
                    variants[k].fidelity = "trimmed"  # a translation that leaves out a sentence (:mod:`.translated_cuts`)
            for k in changed:
                variants[direct[k]].fidelity = "altered"
            if changed and len(direct) == len(variants):
                fidelity = "altered"  # no reported speech: the translation's "paraphrase" stood for unchanged words
            # reported speech that adds or drops the quotation's negation: the opposite, no rewording (:mod:`.reported_negations`)
            if flipped := flipped_paraphrases(variants, reference, [articles[items[i][0]].language for i in idxs]):
                for k in flipped:
                    variants[k].fidelity = "altered"
                fidelity = "altered"
        misattributed = len(distinct) > 1 or bridged_apart(named, articles)  # "Haruka Mori" / "김대성" (:mod:`.bridged_speakers`)
        # a named person in one report, "a spokesman" in another: no misattribution, but shown (:mod:`.unnamed_sources`)
        unnamed = [] if misattributed else unnamed_in([(articles[items[i][0]], items[i][2]) for i in idxs])
        groups.append(QuoteGroup(gid, speaker, variants, fidelity, misattributed=misattributed, reference=reference, unnamed_in=unnamed))
        for i in idxs:
            for qi in items[i][1]:
                index[(items[i][0], qi)] = gid
    return groups, index

"""One quotation printed in parts: split by its attribution, or run over paragraphs.

'"We will rebuild," she said, "but not this year."' is one quotation that another outlet prints
whole; joined here, the copies compare as the same words and not as two trimmed halves.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parallax.compare.clause_parts import clause_parts
from parallax.compare.house_spellings import pair_language
from parallax.compare.quote_fidelity import ORDER, graded_relation, relation
from parallax.compare.speakers import same_person
from parallax.records import Article, Quote

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
    return [(idxs, q) for idxs, q, _ in quotations_as_graded(art)]


def quotations_as_graded(art: Article) -> list[tuple[list[int], Quote, str]]:
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


def printed_parts(art: Article, qis: list[int]) -> list[str]:
    """The parts of one of ``art``'s quotations (its quotes' indices ``qis``): the quotes it was joined from, or
    the sentences of one quote that runs over two or more ('"We will not reward criminals. Our priority is
    restoring care safely," he said.'), which another outlet may print apart as well as one split by its cue."""
    if len(qis) > 1:
        return [art.quotes[i].text for i in qis]
    q = art.quotes[qis[0]]
    if q.kind == "indirect":
        return [q.text]
    parts: list[str] = []
    for piece in _SENTENCE_GAP.split(q.text):
        if parts and (not piece or piece[0].islower()):
            parts[-1] += f" {piece}"  # no new sentence: "etc. and", "Dr. smith"
        elif piece:
            parts.append(piece)
    if len(parts) == 1:
        return clause_parts(q.text, art.language)  # one sentence: its coordinated clauses (:mod:`.clause_parts`)
    return parts or [q.text]


# a sentence's end inside a quotation (the parser keeps a quotation's sentences together)
_SENTENCE_GAP = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])")


def part_matches(articles: list[Article], items: list[tuple[int, list[int], Quote]], group_of, relation_of) -> list[tuple[int, int, int, str]]:
    """(joined quotation, other quotation, its neighbour in the group, relation) where an article's quotation joined from parts ('"We will
    not reward criminals," Delaney said. "Our priority is restoring care safely."') meets, part by part, two
    quotations another outlet prints apart, one of them already in its group: the other is its other part, so
    it joins the group beside its neighbour rather than standing alone as single-source.  ``group_of`` gives an
    item's group, ``relation_of(part, quotation)`` the relation of two texts (None for two statements)."""
    out = []
    for x, (ax, qis, _) in enumerate(items):
        parts = printed_parts(articles[ax], qis)
        if len(parts) < 2:
            continue
        for y, (ay, _, qy) in enumerate(items):
            if ay == ax or qy.kind == "indirect" or group_of(y) == group_of(x):
                continue
            mates = [m for m in range(len(items)) if items[m][0] == ay and m != y and group_of(m) == group_of(x)]
            if len(mates) != 1:
                continue
            mate = items[mates[0]][2]
            for k, part in enumerate(parts):
                others = parts[:k] + parts[k + 1 :]
                r = relation_of(part, qy)
                if r and relation_of(part, mate) is None and any(relation_of(o, mate) for o in others):
                    out.append((x, y, mates[0], r))
                    break
    return out


def graded_against_counterparts(ref: int, variants: list[tuple[str, str, tuple[str, str], list[str]]], languages: dict[str, str | None] | None = None) -> list[str]:
    """Each variant's fidelity against the group's reference variant ``ref``, where an outlet may print the
    quotation apart, in two variants of one group (:func:`part_matches`).  ``variants`` holds (article, kind,
    text as printed and as graded, parts).  A variant printed apart is graded against its own counterpart,
    the part of the other outlet's quotation it copies, not the whole: "Our priority is restoring care as
    quickly as possible" is the altered second part of '"We will not reward criminals," Dell said. "Our
    priority is restoring care safely."', not a paraphrase of all of it: a part takes its closest grade
    against the other outlets' variants, whichever of them is the reference.  A quotation that only one outlet prints
    in parts is graded whole, so another outlet's cut of it stays ``trimmed``.  ``languages`` gives each article's
    language, where known (English house spellings are English only: :mod:`.house_spellings`)."""
    languages = languages or {}
    apart = {a for a, *_ in variants if sum(b == a for b, *_ in variants) > 1}
    out = []
    for i, (art, kind, texts, parts) in enumerate(variants):
        if i == ref:
            out.append("verbatim")
            continue
        others = [j for j, v in enumerate(variants) if v[0] != art]
        against = others if art in apart or variants[ref][0] == art else [ref]  # a part: whichever copies it
        found = set()
        for j in against:
            art_j, kind_j, texts_j, parts_j = variants[j]
            language = pair_language(languages.get(art_j), languages.get(art))
            found.add(graded_relation(texts_j, texts, kind_j, kind, language))
            if art in apart or art_j in apart:
                mine = parts if art_j in apart else [texts[0]]
                theirs = parts_j if art in apart else [texts_j[0]]
                found |= {relation(x, y, kind_j, kind, language) for x in theirs for y in mine}
        found.discard(None)
        out.append(min(found, key=ORDER.index) if found else "paraphrase")
    return out

"""One statement given to two sources: "X happened, according to police" / "X happened, according to the mayor's office".

Reported speech that no article quotes directly forms no quote group (:mod:`.quotes`), so a misattributed report
of it showed nowhere: the aligned sentences agreed.  Here two aligned sentences of one language that each carry one
reported clause (an ``indirect`` quote with a stated cue, no quotation beside it) saying the same thing are one
statement, and its two sources conflict ("speaker", as a misattributed quotation does) when both are stated and are
two holders:

- two people's names the compare tells apart (:func:`.speakers.person_match` is False: "Tom Reed" / "Ann Lowe");
- two descriptions or bodies with no specific word in common ("police" / "the mayor's office", "the health
  ministry" / "the interior ministry"), the words any source may carry left aside ("spokesman", "officials",
  "office"): "police" / "a police spokeswoman" share "police", and "officials" or "a spokesman" alone may be
  anyone's.

A document or a count cited ("according to official results", "court filings show") holds nothing: no conflict.
A name against a description is no conflict ("a police spokesman" / "Jana Novak": one may be the other), nor is one
source under two cues ("according to police" / "police said"), nor a body's name against the class noun the report
naming it also calls it by ("Veltra said" / "the company said", the first report writing "the company" too).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from parallax.compare.speakers import is_named, person_match
from parallax.records import Article, Quote, Sentence

# the words any source may carry, which say nothing of whose it is (English, and the Romance and German forms
# news uses most), and the function words between a body's words
_ANY_SOURCE = frozenset(
    """spokesman spokeswoman spokesperson spokespeople official officials source sources authority authorities officer
    officers statement people person witness witnesses resident residents expert experts analyst analysts report reports
    media representative representatives office department ministry agency service services team staff member members
    local senior told reporters press release news conference
    portavoz portavoce porta-voz porte-parole sprecher sprecherin fuentes fonti fontes sources behörden autoridades
    autorità autorités""".split()
)
_FUNCTION = frozenset(
    "the a an of for and at in on from with del della dello delle degli dei des de du la le les los las el il lo gli der die das den dem von vom".split()
)
# a document or a count cited as the source ("according to official results released on Monday", "court filings
# show", "figures from the health ministry"): it says where the statement is printed, not who holds it, and
# whoever published it may be the other report's source ("the electoral commission said"): no holder of its own
_DOCUMENTS = frozenset(
    """result results figures data document documents record records filing filings papers estimate estimates
    count counts tally tallies poll polls survey surveys study studies census statistics stats minutes transcript
    transcripts footage list lists report reports""".split()
)
_WORD = re.compile(r"[^\W\d_][\w-]*")
# a figure of a reported clause: clauses that give different figures are two statements, not one misattributed
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_SAME_CLAUSE = 80  # rapidfuzz token-sort ratio of the two reported clauses: one statement


def _reported(art: Article, s: Sentence) -> Quote | None:
    """The one reported clause of a sentence, with a stated source, when the sentence quotes nothing directly."""
    inside = [q for q in art.quotes if s.start <= q.start and q.end <= s.end]
    if any(q.kind != "indirect" for q in inside):
        return None
    stated = [q for q in inside if q.speaker and q.cue and q.cue != "near"]
    return stated[0] if len(stated) == 1 and len(inside) == 1 else None


def _specific(source: str) -> set[str]:
    """The words of a description that say whose it is ("police" in "a police spokesman", "mayor" in "the mayor's office")."""
    words = (re.sub(r"['’]s$", "", w.lower()) for w in _WORD.findall(source.replace("’", "'")))
    return {w for w in words if w not in _ANY_SOURCE and w not in _FUNCTION and len(w) > 2}


def _two_holders(art_a: Article, a: str, art_b: Article, b: str) -> bool:
    if any(w.lower() in _DOCUMENTS for w in _WORD.findall(a + " " + b)):
        return False  # a document cited: no holder (see ``_DOCUMENTS``)
    named_a, named_b = is_named(a, art_a), is_named(b, art_b)
    if named_a and named_b:
        return person_match(a, b) is False
    if named_a or named_b:
        return False  # a name and a description: one may be the other
    wa, wb = _specific(a), _specific(b)
    if _named_body(art_a, a) and _calls_it(art_a, wb) or _named_body(art_b, b) and _calls_it(art_b, wa):
        return False  # "Veltra said" / "the company said", the first report calling Veltra "the telecoms company" too
    return bool(wa) and bool(wb) and not wa & wb


def _named_body(art: Article, source: str) -> bool:
    """Whether a source is a body's own name ("Veltra", "Greenpeace") rather than a description ("the company",
    "police"): a capitalised word of it the article never writes in lower case (a word opening the sentence takes a
    capital whatever it is: "Police said" is no name where the article writes "police" elsewhere)."""
    for word in _WORD.findall(source):
        if word[:1].isupper() and word.lower() not in _FUNCTION:
            if not re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", art.text):
                return True
    return False


def _calls_it(art: Article, words: set[str]) -> bool:
    """Whether an article writes all the specific words of the other report's description in lower case: a report
    names a body once, then calls it by its class ("the company", "the watchdog"), so a report that names the body
    and also writes its class leaves the other report's "the company" as that body."""
    return bool(words) and all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", art.text) for w in words)


def source_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(source in A, source in B) of one statement the two aligned sentences report from different sources."""
    if art_a.in_another_language(art_b):
        return []
    qa, qb = _reported(art_a, sa), _reported(art_b, sb)
    if qa is None or qb is None or fuzz.token_sort_ratio(qa.text.lower(), qb.text.lower()) < _SAME_CLAUSE:
        return []
    if set(_FIGURE.findall(qa.text)) != set(_FIGURE.findall(qb.text)):
        return []  # two figures: two statements, each its source's estimate ("80%, según los sindicatos" / "20%, según el Gobierno")
    return [(qa.speaker, qb.speaker)] if _two_holders(art_a, qa.speaker, art_b, qb.speaker) else []


def _sources(art: Article, s: Sentence) -> set[str]:
    """The stated sources of a sentence's reported speech and quotations."""
    return {q.speaker for q in art.quotes if s.start <= q.start and q.end <= s.end and q.speaker and q.cue and q.cue != "near"}


def _tellers(art: Article, s: Sentence) -> set[str]:
    """The names that made the statements a sentence dates ("the Commission said on Thursday"), where the reported
    clause went unread as reported speech."""
    from parallax.compare.reporting_times import dates_the_report, teller

    return {name for t in art.times if s.start <= t.start < s.end and dates_the_report(art, t) and (name := teller(art, t))}


def two_sources(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> bool:
    """Whether two aligned sentences each tell what one stated source said, and the sources are two holders
    ("..., the Consumer Product Safety Commission said on Thursday" / "Brightway announced on Wednesday that ..."):
    then the days they were told on are two statements' days, which need not be one (:mod:`.dates`)."""
    a, b = (_tellers(art, s) or _sources(art, s) for art, s in ((art_a, sa), (art_b, sb)))
    return len(a) == len(b) == 1 and _two_holders(art_a, next(iter(a)), art_b, next(iter(b)))

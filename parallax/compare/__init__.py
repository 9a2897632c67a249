"""Compare: the articles of one story in, a :class:`Comparison` out.

Order of work: analyse (if not yet), group quotations across articles,
align sentences into facts (sentences quoting the same words always join),
then per fact find conflicts and word-choice differences, and summarise
entities and resolved times.
"""

from __future__ import annotations

from parallax import __version__
from parallax.analyze.coverage import limits
from parallax.compare.acronym_names import STORY_ACRONYMS, story_acronyms
from parallax.compare.ages import age_links
from parallax.compare.align import align, sentence_infos
from parallax.compare.casualties import casualty_links
from parallax.compare.clock_links import clock_links
from parallax.compare.conflicts import merge, sentence_conflicts
from parallax.compare.count_links import count_links
from parallax.compare.crowd_links import crowd_links
from parallax.compare.date_links import date_links
from parallax.compare.denied_harm import denied_harm_links
from parallax.compare.duration_links import duration_links
from parallax.compare.every_outlet import StoryCounts, every_outlet
from parallax.compare.fact_dates import without_dates_met
from parallax.compare.fact_figures import settled_in_fact, without_figures_told
from parallax.compare.figure_links import figure_links
from parallax.compare.first_since import first_since_links
from parallax.compare.headlines import compare_headlines
from parallax.compare.life_terms import life_term_links
from parallax.compare.lone_votes import lone_vote_links
from parallax.compare.minute_links import minute_links
from parallax.compare.money_links import money_links
from parallax.compare.negation_links import negation_links
from parallax.compare.quotes import group_quotes
from parallax.compare.referents import naming_choices
from parallax.compare.sentence_features import _name_of
from parallax.compare.source_lines import source_line_links
from parallax.compare.speakers import is_named, same_person
from parallax.compare.stated_elsewhere import ELSEWHERE
from parallax.compare.tally_links import tally_links
from parallax.compare.unanimity_links import unanimity_links
from parallax.compare.unharmed import unharmed_links
from parallax.compare.warnings import fact_warnings
from parallax.config import Options
from parallax.errors import NothingToCompare
from parallax.records import (
    Article,
    Comparison,
    Conflict,
    EntitySummary,
    Fact,
    FactSentence,
    Quote,
    TimeMention,
    WordChoice,
)
from parallax.serbian_script import serbian_cyrillic
from parallax.stamps import comparison_stamp

_FAMILY = {"PER": "PERSON"}


def _translated_quotation_links(
    articles: list[Article], quote_index: dict[tuple[int, int], str], fidelity: dict[str, str]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The sentences of one quotation printed word for word in two languages (a ``paraphrase`` group whose
    quotations are both in marks, in articles of different languages) are one fact.  A paraphrase group
    links no sentences, since reported speech may sum up a quotation said elsewhere; but two quotations in
    marks that translate each other (the mutual best by a margin, :func:`parallax.compare.quotes.group_quotes`)
    are one statement, while e5 alone scores such a Japanese and English sentence too low to align them."""
    by_group: dict[str, list[tuple[int, int]]] = {}
    for (ai, qi), gid in quote_index.items():
        q = articles[ai].quotes[qi]
        if fidelity[gid] == "paraphrase" and q.kind == "direct":
            by_group.setdefault(gid, []).append((ai, q.sentence))
    links = []
    for sents in by_group.values():
        links += [(x, y) for i, x in enumerate(sents) for y in sents[i + 1 :] if articles[x[0]].in_another_language(articles[y[0]])]
    return links


def compare_articles(articles: list[Article], options: Options | None = None) -> Comparison:
    options = options or Options()
    if not articles:
        raise NothingToCompare("nothing to compare: no articles")
    from parallax.analyze import Analyzer

    Analyzer(options).analyze_all(articles)
    # "Norvik Air (NVA)" in one report: "NVA" in any other is that name (:mod:`.acronym_names`)
    token = STORY_ACRONYMS.set(story_acronyms(t for a in articles for t in (a.title, a.text)))
    counts_elsewhere = ELSEWHERE.set({})  # a report's counts outside a sentence, read once (:mod:`.stated_elsewhere`)
    try:
        return _compare_analysed(articles, options)
    finally:
        ELSEWHERE.reset(counts_elsewhere)
        STORY_ACRONYMS.reset(token)


def _compare_analysed(articles: list[Article], options: Options) -> Comparison:
    groups, quote_index = group_quotes(articles, options.embedder)
    quote_variants: dict[str, list[tuple[int, Quote]]] = {}  # each group's quotations, in the index's order: read once, not per fact
    for (ai, qi), gid in quote_index.items():
        quote_variants.setdefault(gid, []).append((ai, articles[ai].quotes[qi]))
    by_group: dict[str, list[tuple[int, int]]] = {}
    for (ai, qi), gid in quote_index.items():
        by_group.setdefault(gid, []).append((ai, articles[ai].quotes[qi].sentence))
    fidelity = {g.id: g.fidelity for g in groups}
    must_link = []
    for gid, sents in by_group.items():
        if fidelity[gid] != "paraphrase":
            must_link += [(sents[0], s) for s in sents[1:] if s[0] != sents[0][0]]
    must_link += _translated_quotation_links(articles, quote_index, fidelity)
    must_link += casualty_links(articles)  # each article's only count of the dead (injured ...) is one fact
    must_link += unharmed_links(articles)  # and its only statement that nobody was hurt ("No one was injured" / "were unhurt")
    must_link += denied_harm_links(articles)  # and that statement against another's only count of the hurt ("Three were injured")
    must_link += age_links(articles)  # and one person's two ages ("Tennant, 54," / "Mark Tennant, 52,")
    must_link += clock_links(articles)  # and one act's two clock times ("landed at 14:20" / "landed at 2:50 p.m.")
    must_link += date_links(articles)  # and one act's two days ("since the first case was recorded on February 21" / "... on February 12")
    must_link += duration_links(articles)  # and one event's two lengths ("the siege lasted 11 days" / "a 9-day siege")
    must_link += count_links(articles)  # and one count of things given two ways ("1.4 million patients" / "1.2 million patients")
    must_link += money_links(articles)  # and one sum given two ways ("450 tys. zł" / "540 tys. zł" of damage)
    must_link += crowd_links(articles)  # and one crowd's size by one estimator ("police estimated 5,000" / "4,000, police said")
    must_link += negation_links(articles)  # and one thing said and denied ("no ransom was paid" / "a ransom was paid")
    must_link += minute_links(articles)  # and one player's goal timed twice ("Rossi ... in the 38th minute" / "in the 36th minute")
    must_link += figure_links(articles)  # and one share or temperature in any two languages ("um 7,8 Prozent" / "un 8,7%")
    must_link += tally_links(articles)  # and one committee's vote told with two splits ("five members backed …" / "6-3")
    must_link += lone_vote_links(articles)  # and a vote told by its side in favour alone against a tally ("214 … támogatta")
    must_link += unanimity_links(articles)  # and one vote called unanimous twice ("was unanimous" / "7명 전원이 찬성")
    must_link += first_since_links(articles)  # and one record told twice ("the first strike since 1989" / "in 37 years")
    must_link += life_term_links(articles)  # and a life term against a term of years ("jailed for life" / "a 25-year sentence")
    must_link += source_line_links(articles)  # and a line naming who reported a statement, to that statement
    infos = sentence_infos(articles, quote_index)
    fact_members, related = align(articles, infos, options.align_threshold, options.embedder, must_link)

    facts: list[Fact] = []
    all_choices: list[WordChoice] = []
    story_counts = StoryCounts(articles)  # each report's counts, read where a fact's figures disagree (:mod:`.every_outlet`)
    for n, members in enumerate(fact_members, 1):
        fid = f"f{n}"
        sentences = []
        for ai, si in members:
            s = articles[ai].sentences[si]
            sentences.append(FactSentence(articles[ai].id, s.text, s.start, s.end, si))
        conflicts: list[Conflict] = []
        choices: list[WordChoice] = []
        if len({ai for ai, _ in members}) > 1:
            for x, (ai, si) in enumerate(members):
                for aj, sj in members[x + 1 :]:
                    if ai == aj:
                        continue
                    if related((ai, si), (aj, sj)) < options.align_threshold:
                        continue  # two ends of a chain of restatements, not one restated: no comparison
                    a, b = articles[ai], articles[aj]
                    more_a, more_b = ([articles[k].sentences[n] for k, n in members if k == side and n != own] for side, own in ((ai, si), (aj, sj)))
                    # (a date the pair disagrees on that another sentence of the fact tells alike is two events' dates: :mod:`.fact_dates`)
                    pair = without_dates_met(sentence_conflicts(a, a.sentences[si], b, b.sentences[sj]), a, a.sentences[si], b, b.sentences[sj], more_a, more_b)
                    # (and a figure each side tells in the fact's other sentences: :mod:`.fact_figures`)
                    conflicts += without_figures_told(pair, a, a.sentences[si], b, b.sentences[sj], more_a, more_b)
                    if a.in_another_language(b):
                        continue  # across languages every word differs: a translation is no choice of words
                    for wa, wb in naming_choices(a, a.sentences[si], b, b.sentences[sj], options.embedder):
                        choice = WordChoice(fid, {a.id: wa, b.id: wb})
                        if choice not in choices:  # two sentence pairs of a fact can show the same choice
                            choices.append(choice)
            conflicts += _quote_conflicts(articles, members, groups, quote_variants)
        conflicts = settled_in_fact(_without_speaker_swaps(merge(conflicts)), articles, members)  # (:mod:`.fact_figures`)
        conflicts = every_outlet(conflicts, articles, members, story_counts)  # one disputed count, every outlet's figure
        articles_in = {ai for ai, _ in members}
        status = "unique" if len(articles_in) == 1 else "conflict" if conflicts else "shared"
        # an opinion piece's own sentences are its views: listed apart, not as facts only it reports
        opinion = status == "unique" and articles[next(iter(articles_in))].kind == "opinion"
        facts.append(Fact(fid, status, sentences, conflicts, choices, opinion=opinion, warnings=fact_warnings(articles, sentences)))
        all_choices += choices

    return Comparison(
        articles=articles,
        facts=facts,
        quotes=groups,
        entities=_entities(articles),
        times=[TimeMention(a.id, t.text, t.value, t.start, t.end, t.granularity) for a in articles for t in a.times],
        word_choices=all_choices,
        settings={"parallax_version": __version__, "code": comparison_stamp(), "options": options.to_dict()},
        limits=limits({a.id: a.language for a in articles}),
        headlines=compare_headlines(articles, options),
    )


def _quote_conflicts(articles, members, groups, quote_variants) -> list[Conflict]:
    inside = set(members)
    out = []
    for g in groups:
        here = [(ai, q) for ai, q in quote_variants.get(g.id, ()) if (ai, q.sentence) in inside]
        if len({ai for ai, _ in here}) < 2:
            continue
        # a direct variant whose words changed is a conflict even when the group also holds reported
        # speech (then the group's fidelity is "paraphrase", the loosest)
        if g.fidelity == "altered" or any(v.fidelity == "altered" for v in g.variants):
            direct = [(ai, q) for ai, q in here if q.kind != "indirect"]
            if len({ai for ai, _ in direct}) >= 2:
                # each article's whole quotation (the variant), not one part of it that runs on or is split by its cue;
                # an article that prints the quotation apart, in two variants, shows both
                printed: dict[str, list[str]] = {}
                for ai, q in direct:
                    text = _variant_text(g, articles[ai].id, q)
                    if text not in printed.setdefault(articles[ai].id, []):
                        printed[articles[ai].id].append(text)
                out.append(Conflict("quote", {k: v[0] if len(v) == 1 else v for k, v in printed.items()}))
        if g.misattributed:
            # one speaker per article: its direct quotation's where it has one (the attribution in
            # question), not the person its reported speech names elsewhere
            named = {}
            for ai, q in sorted(here, key=lambda v: v[1].kind == "indirect"):
                if is_named(q.speaker, articles[ai]):
                    named.setdefault(articles[ai].id, q.speaker)
            names = list(named.values())
            if any(not same_person(x, y) for i, x in enumerate(names) for y in names[i + 1 :]):
                out.append(Conflict("speaker", named))
    return out


def _without_speaker_swaps(conflicts: list[Conflict]) -> list[Conflict]:
    """The conflicts less a name swapped where the speakers of one quotation stand ('AFAD Başkanı Mehmet
    Demir, "…" dedi' / 'İçişleri Bakanı Kemal Aydın, "…" dedi'): that is the speaker conflict, said once."""
    speakers = [c.values for c in conflicts if c.kind == "speaker"]

    def said(c: Conflict) -> bool:
        return any(all(k in s and (v in s[k] or s[k] in v) for k, v in c.values.items()) for s in speakers)

    return [c for c in conflicts if c.kind != "name" or not said(c)]


def _variant_text(group, article_id: str, quote) -> str:
    """The text of the group's variant that holds ``quote`` (a quotation joined from parts holds them all)."""
    return next((v.text for v in group.variants if v.article == article_id and v.start <= quote.start < v.end), quote.text)


def _entities(articles: list[Article]) -> list[EntitySummary]:
    seen: dict[tuple[str, str], list[str]] = {}
    names: dict[tuple[str, str], str] = {}
    for a in articles:
        serbian = serbian_cyrillic(a.text, a.language)
        for e in a.entities:
            # "Jana Kowalskiego" in one report is "Jan Kowalski" in another, "τον Γιώργο Παπαδόπουλο" "ο Γιώργος
            # Παπαδόπουλος", and "Вучић" "Vučić" (met in Latin letters, shown as the first report prints it)
            shown = _name_of(a, e)
            key = (_name_of(a, e, serbian).lower(), _FAMILY.get(e.label, e.label))
            names.setdefault(key, shown)
            if a.id not in seen.setdefault(key, []):
                seen[key].append(a.id)
    ordered = sorted(seen, key=lambda k: (-len(seen[k]), k))
    return [EntitySummary(names[k], k[1], seen[k]) for k in ordered]

"""Session 44 (lead): a short quotation with a word put in or left out, the same person named for both."""

from __future__ import annotations

import pytest

from parallax.compare.quote_fidelity import quote_tokens
from parallax.compare.short_quotes import _one_put_in, short_altered
from parallax.records import Article, Quote


def _words(text: str) -> list[str]:
    return quote_tokens(text)


def test_a_word_put_in_a_three_word_quotation():
    assert _one_put_in(_words("This is disgraceful"), _words("This is utterly disgraceful"))
    assert _one_put_in(_words("We will rebuild"), _words("We will not rebuild"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("This is disgraceful", "This is disgraceful today"),  # a word at the end: a trim, read elsewhere
        ("This is disgraceful", "Frankly this is disgraceful"),  # a word at the start: the same
        ("This is disgraceful", "This was really quite disgraceful"),  # two words apart
        ("We are ready", "They are not ready"),  # a word changed and one put in
    ],
)
def test_not_one_word_put_in(a: str, b: str):
    assert not _one_put_in(_words(a), _words(b))


def _compared(text_a: str, text_b: str) -> dict:
    import parallax

    arts = [
        Article(id="a", outlet="A", language="en", published="2026-11-20T10:00:00Z", text=text_a),
        Article(id="b", outlet="B", language="en", published="2026-11-20T10:00:00Z", text=text_b),
    ]
    return parallax.compare(arts).to_dict()


def test_a_short_quotation_with_a_word_put_in_is_one_altered_quotation():
    out = _compared(
        'The mayor of Lindholm visited the flooded district on Friday. "We will rebuild," Mayor Karin Holm said.',
        'Mayor Karin Holm toured the flooded district of Lindholm on Friday. "We will not rebuild," Holm said.',
    )
    groups = [g for g in out["quotes"] if len(g["variants"]) == 2]
    assert len(groups) == 1 and groups[0]["fidelity"] == "altered"


def test_two_people_with_short_words_are_not_joined():
    out = _compared(
        'Workers at the Tamsby plant walked out on Monday. "We want respect," said union leader Ola Berg.',
        'The Tamsby plant stopped on Monday as workers walked out. "We want more respect," said manager Per Lund.',
    )
    assert all(len(g["variants"]) == 1 for g in out["quotes"])


def test_short_altered_needs_direct_quotations():
    art = Article(id="x", language="en", published="2026-11-19", text="x")
    qa = Quote(text="We are ready", start=0, end=12, kind="indirect", speaker="Ann Lee")
    qb = Quote(text="We are fully ready", start=0, end=18, kind="direct", speaker="Ann Lee")
    assert not short_altered(art, qa, art, qb)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The utility has said the outage is expected to last until August.", "2026-08"),
        ("Officials said the closure would last into August.", "2026-08"),
        ("The detour will last for most of August, the council said.", "2026-08"),
        ("The heatwave lasted until August.", "2025-08"),  # "lasted": the past
        ("Turnout fell sharply last August.", "2025-08"),  # "last" before the month: the one before
    ],
)
def test_the_verb_last_is_no_past_tense(text: str, value: str):
    from parallax.analyze.times import resolve_text

    found = [v for _, _, v, _ in resolve_text(text, "en", "2026-03-02T08:15:00+02:00")]
    assert found == [value]


def test_a_translation_does_not_join_another_statement_of_the_same_speaker():
    """An English preview quotes the minister once; a German report translates what she said after the vote,
    which an English report quotes word for word.  The preview's quotation is another statement: in the pair of
    the preview and the German report it was the German quotation's best match, and was joined as a translation."""
    import parallax

    preview = Article(
        id="preview", outlet="Wire", language="en", published="2026-11-19T08:00:00Z",
        text='Fisheries ministers meet in Bergen on Thursday to vote on new quotas for the North Sea.\n\n'
        '"We have not come here to talk about cuts again. We have come to decide how the fleet survives," '
        'Norwegian Fisheries Minister Ingrid Solheim told reporters before the meeting.',
    )
    english = Article(
        id="report", outlet="Wire", language="en", published="2026-11-20T18:00:00Z",
        text='Fisheries ministers agreed in Bergen on Thursday to cut North Sea cod quotas by 12 percent.\n\n'
        'Norwegian Fisheries Minister Ingrid Solheim, who chaired the talks, said: "This is a fair deal. '
        'Every boat in the fleet will still be fishing next year."\n\n'
        '"The cod stock needs at least five years to recover," said marine biologist Lars Eide.',
    )
    german = Article(
        id="bericht", outlet="Zeitung", language="de", published="2026-11-20T19:00:00Z",
        text='Die Fischereiminister haben sich am Donnerstag in Bergen auf eine Kürzung der Dorschquoten um 12 Prozent geeinigt.\n\n'
        'Die norwegische Fischereiministerin Ingrid Solheim sagte: „Das ist eine faire Einigung. Jedes Boot der '
        'Flotte wird auch im nächsten Jahr fischen.“\n\n'
        '„Der Dorschbestand braucht mindestens fünf Jahre, um sich zu erholen“, sagte der Meeresbiologe Lars Eide.',
    )
    out = parallax.compare([preview, english, german]).to_dict()
    by_article = {g["id"]: {v["article"] for v in g["variants"]} for g in out["quotes"]}
    preview_groups = [ids for ids in by_article.values() if "preview" in ids]
    assert preview_groups == [{"preview"}]
    assert {"report", "bericht"} in by_article.values()


def _number_values(out: dict) -> list[dict]:
    return [c["values"] for f in out["facts"] for c in f.get("conflicts", []) if c["kind"] == "number"]


def test_a_count_of_an_earlier_event_is_no_toll_of_this_one():
    out = _compared(
        "A strong earthquake hit the mountain province of Dalmora on Tuesday, killing 34 people, officials said.\n\n"
        "Rescue teams searched the rubble of collapsed homes overnight.",
        "A strong earthquake hit Dalmora province on Tuesday, killing 31 people. It was the deadliest quake in "
        "Dalmora since 2004, when a tremor near the town of Ostrava killed more than 90 people.\n\n"
        "Rescue teams searched the rubble of collapsed homes through the night.",
    )
    values = _number_values(out)
    assert values, "the two tolls of this quake (34 / 31) still conflict"
    assert not any(90 in v for side in values for v in side.values()), values


@pytest.mark.parametrize(
    ("sentence", "recalled"),
    [
        ("It was the worst flood since 1998, when the river killed 40 people.", True),
        ("In 2011, a similar storm killed 12 people.", True),
        ("A similar storm in 2011 killed 12 people.", True),
        ("The storm killed 12 people, the most since 2011.", False),  # the count comes first: this storm's
        ("In 2011, the council said, after the storm, 12 people died.", False),  # other clauses between
        ("The storm killed 12 people on Tuesday.", False),
    ],
)
def test_which_counts_are_recalled(sentence: str, recalled: bool):
    from parallax.compare.recalled_counts import recalled_apart
    from tests.helpers import analyzed

    art = analyzed(sentence, "en", "2026-11-20")
    other = analyzed("The storm killed 14 people.", "en", "2026-11-20")
    left, _ = recalled_apart(art, art.sentences[0], other, other.sentences[0])
    twelve = [q.start for q in art.quantities if q.value in (12, 40)]
    assert bool(left & set(twelve)) is recalled


def test_a_recalled_count_meets_a_count_of_the_same_year():
    from parallax.compare.recalled_counts import recalled_apart
    from tests.helpers import analyzed

    a = analyzed("In 2011, a similar storm killed 12 people.", "en", "2026-11-20")
    b = analyzed("A storm in 2011 killed 15 people.", "en", "2026-11-20")
    assert recalled_apart(a, a.sentences[0], b, b.sentences[0]) == (set(), set())


def test_overnight_in_a_report_written_that_night_is_that_night():
    from tests.helpers import resolved

    text = "The storm reached the coast late on Monday. Trains were halted overnight while crews cleared the lines."
    assert resolved("en", text, "2026-11-16T23:40:00+01:00")["overnight"] == "2026-11-16TNI"
    assert resolved("en", text, "2026-11-17T07:10:00+01:00")["overnight"] == "2026-11-16TNI"
    assert resolved("en", "Trains were halted overnight.", "2026-11-17T09:00:00+01:00")["overnight"] == "2026-11-16TNI"


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Rail services to the coast were halted on Monday.", "Rail services to the coast resumed on Wednesday.", True),
        ("Die Autobahn wurde am Montag gesperrt.", "Die Autobahn wurde am Mittwoch wieder freigegeben.", True),
        ("Rail services to the coast were halted on Monday.", "Rail services to the coast were halted on Tuesday.", False),
        ("Services were halted on Monday and resumed on Wednesday.", "Services resumed on Thursday.", False),
    ],
)
def test_a_stop_and_its_end_are_two_acts(a: str, b: str, apart: bool):
    from parallax.compare.turns import two_ends
    from tests.helpers import analyzed

    lang = "de" if "Autobahn" in a else "en"
    art_a, art_b = analyzed(a, lang), analyzed(b, lang)
    assert two_ends(art_a, art_a.sentences[0], art_b, art_b.sentences[0]) is apart


def test_a_stop_and_its_end_raise_no_date_conflict():
    out = _compared(
        "A landslide blocked the coast road near Orlen on Tuesday. Bus services to the valley were suspended on Tuesday.",
        "A landslide blocked the coast road near Orlen on Tuesday. Bus services to the valley resumed on Thursday.",
    )
    dates = [c for f in out["facts"] for c in f.get("conflicts", []) if c["kind"] == "date"]
    assert not dates, dates


def _quotes_of(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    from tests.helpers import analyzed

    return [(q.text, q.speaker, q.kind) for q in analyzed(text, lang).quotes]


def test_german_reported_speech_closed_by_a_pronoun_and_its_cue():
    found = _quotes_of(
        "Bürgermeisterin Katrin Vogt besuchte am Montag die Baustelle.\n\n"
        "Die Brücke werde bis zum Sommer fertig, sagte sie.",
        "de",
    )
    assert ("Die Brücke werde bis zum Sommer fertig", "Katrin Vogt", "indirect") in found


def test_german_partial_quotation_inside_reported_speech_takes_its_speaker():
    found = _quotes_of(
        "Bürgermeisterin Katrin Vogt besuchte am Montag die Baustelle.\n\n"
        "Die neue Brücke sei „ein Gewinn für alle“ in der Stadt, sagte sie.",
        "de",
    )
    assert ("ein Gewinn für alle", "Katrin Vogt", "partial") in found


def test_a_german_clause_in_the_indicative_before_a_pronoun_cue_stays_the_narrators():
    found = _quotes_of(
        "Bürgermeisterin Katrin Vogt besuchte am Montag die Baustelle.\n\n"
        "Die Arbeiter gossen am Morgen das letzte Fundament, sagte sie.",
        "de",
    )
    assert not [q for q in found if q[2] == "indirect"]

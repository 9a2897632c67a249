"""Compare rules found missing or too eager by the QA sweeps 14 and 15: casualty words in more
languages, the only counts of a toll meeting every other outlet's, durations that measure the same
thing, dates of other moments and of quotations, split quotations and the group's speaker."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import shown


def _conflicts(*articles: Article) -> list[dict]:
    return [c for f in parallax.compare(list(articles)).to_dict()["facts"] for c in f["conflicts"]]


# --- casualty words (compare/roles.py) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "roles"),
    [
        ("Zraněno bylo 14 lidí.", "cs", ["injured"]),
        ("Při požáru zahynuli 3 lidé, pohřešovaných je 5 osob.", "cs", ["dead", "missing"]),
        ("A balesetben 17 ember megsérült.", "hu", ["injured"]),
        ("A tűzben 12 ember sérült meg, 2 ember meghalt.", "hu", ["injured", "dead"]),
        ("Onnettomuudessa kuoli 3 ihmistä ja 12 ihmistä loukkaantui.", "fi", ["dead", "injured"]),
        ("Загинали са 3 души, 5 души са изчезнали.", "bg", ["dead", "missing"]),
        ("При взрива са пострадали 12 души.", "bg", ["injured"]),
        ("בשריפה נפצעו 12 בני אדם באורח קל.", "he", ["injured"]),
        ("3 הרוגים ו-5 נעדרים.", "he", ["dead", "missing"]),
        ("มีผู้ได้รับบาดเจ็บ 12 ราย ส่วนใหญ่สำลักควันไฟ", "th", ["injured"]),
        # Thai: the casualty word of the next phrase belongs to the next count
        ("มีผู้เสียชีวิต 3 ราย บาดเจ็บ 12 ราย", "th", ["dead", "injured"]),
    ],
)
def test_casualty_roles_in_czech_hungarian_finnish_bulgarian_hebrew_and_thai(text, lang, roles):
    from parallax.analyze.quantities import find_quantities
    from parallax.compare.numbers import counted, role

    found = find_quantities(text, lang, [])
    assert [role(text, q) for q in found] == roles
    assert {counted(q.unit, role(text, q)) for q in found} == {"people"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Paikalle lähetettiin 40 pelastajaa ja 9 yksikköä.", "fi"),  # rescuers, not the rescued
        ("Na místě zasahovalo 8 jednotek a 40 hasičů.", "cs"),
        ("รถดับเพลิง 18 คัน และเจ้าหน้าที่ 60 นาย เข้าควบคุมเพลิง", "th"),  # fire engines and officers
        ("A helyszínre 85 tűzoltó vonult ki 22 járművel.", "hu"),
    ],
)
def test_crews_and_vehicles_have_no_casualty_role(text, lang):
    from parallax.analyze.quantities import find_quantities
    from parallax.compare.numbers import role

    assert [role(text, q) for q in find_quantities(text, lang, [])] == [None] * len(find_quantities(text, lang, []))


TH_A = (
    "เกิดเหตุเพลิงไหม้ตลาดสดบ้านหนองบัวทองเมื่อคืนนี้\n\n"
    "เหตุการณ์ครั้งนี้มีผู้ได้รับบาดเจ็บ 12 ราย ส่วนใหญ่สำลักควันไฟ ถูกนำส่งโรงพยาบาลศรีวารินทร์"
)
TH_B = "เพลิงไหม้ตลาดสดบ้านหนองบัวทอง\n\nมีผู้บาดเจ็บ 15 ราย ส่วนใหญ่เป็นพ่อค้าแม่ค้าที่พยายามขนสินค้าออกจากแผง"


def test_thai_injured_counts_in_unaligned_sentences_conflict():
    a = Article(id="a", text=TH_A, language="th", published="2026-04-25")
    b = Article(id="b", text=TH_B, language="th", published="2026-04-25")
    numbers = [shown(c) for c in _conflicts(a, b) if c["kind"] == "number"]
    assert any(v.get("a") == [12.0] and v.get("b") == [15.0] for v in numbers), numbers


def test_hungarian_injured_count_conflicts_with_the_english_one():
    en = Article(id="en", language="en", published="2026-05-11",
                 text="A freight train carrying chlorine derailed on Sunday evening near Harjuvaara, injuring 14 people.")
    hu = Article(id="hu", language="hu", published="2026-05-11",
                 text="Klórt szállító tehervonat siklott ki Harjuvaara közelében.\n\nA balesetben 17 ember megsérült, "
                      "többségük a szivárgó gáztól lett rosszul.")  # fmt: skip
    numbers = [shown(c) for c in _conflicts(en, hu) if c["kind"] == "number"]
    assert any(v.get("en") == [14.0] and v.get("hu") == [17.0] for v in numbers), numbers


def test_a_third_outlets_count_of_a_group_meets_both_others():
    a = Article(id="a", language="en", published="2026-02-17",
                text="A fire tore through a garment factory on Monday night.\n\nTwelve workers are still missing, the fire chief told reporters.")
    b = Article(id="b", language="en", published="2026-02-18",
                text="The death toll from the factory fire rose to nine.\n\nTwenty-four people were injured, and 15 workers are still "
                     "missing, the provincial disaster agency said.")  # fmt: skip
    c = Article(id="c", language="en", published="2026-02-17",
                text="Nine people died when fire swept through the garment factory.\n\nA dozen workers are still missing.")
    numbers = [{k: v for k, v in shown(x).items() if k in "abc"} for x in _conflicts(a, b, c) if x["kind"] == "number"]
    # product60: one conflict of the missing, every outlet's figure (compare.every_outlet); twelve and a dozen agree
    assert {"a": [12.0], "b": [15.0], "c": [12.0]} in numbers, numbers
    assert not any(set(v) == {"a", "c"} for v in numbers), numbers


# --- a quotation split by its attribution (compare/split_quotes.py) --------------------------------------


def _quote(text: str, part: str, speaker: str | None = "Priya Anand", speaker_at: str | None = "she", sentence: int = 0, kind: str = "direct"):
    from parallax.records import Quote

    start = text.index(part)
    at = text.index(speaker_at) if speaker_at else None
    return Quote(part, start, start + len(part), kind=kind, speaker=speaker, speaker_start=at, speaker_end=at and at + len(speaker_at),
                 cue="said", sentence=sentence)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "parts", "joined"),
    [
        ('"We will rebuild," she said, "but not this year."', ("We will rebuild", "but not this year."), "We will rebuild, but not this year."),
        ("'We will rebuild,' she said, 'but not this year.'", ("We will rebuild", "but not this year."), "We will rebuild, but not this year."),
        ("„Wir bauen wieder auf“, sagte sie, „aber nicht in diesem Jahr.“", ("Wir bauen wieder auf", "aber nicht in diesem Jahr."),
         "Wir bauen wieder auf, aber nicht in diesem Jahr."),
        ("« Nous reconstruirons », a-t-elle dit, « mais pas cette année ».", ("Nous reconstruirons", "mais pas cette année"),
         "Nous reconstruirons, mais pas cette année"),
    ],
)
def test_a_quotation_split_by_its_attribution_is_one(text, parts, joined):
    from parallax.compare.split_quotes import quotations

    speaker_at = next(w for w in ("she", "sie", "elle") if w in text)
    art = Article(id="a", text=text, language="en", quotes=[_quote(text, p, speaker_at=speaker_at) for p in parts])
    [(idxs, q)] = quotations(art)
    assert idxs == [0, 1] and q.text == joined and (q.start, q.end) == (art.quotes[0].start, art.quotes[1].end)


def test_quotations_that_are_not_one_split_quotation_stay_apart():
    from parallax.compare.split_quotes import quotations

    # two sentences with something else between them than the attribution
    text = '"We will rebuild," she said. The council agreed. "But not this year."'
    assert len(quotations(Article(id="a", text=text, quotes=[_quote(text, "We will rebuild"), _quote(text, "But not this year.", sentence=2)]))) == 2
    # the second part has a speaker of its own after it: another person's answer
    text = '"We are ready," she said, "and what about you?" asked Olaf Lind.'
    quotes = [_quote(text, "We are ready"), _quote(text, "and what about you?", speaker="Olaf Lind", speaker_at="Olaf Lind")]
    assert len(quotations(Article(id="a", text=text, quotes=quotes))) == 2
    # quoted words in a list: no attribution between them
    text = 'He called the plan "slow", "costly" and "late".'
    quotes = [_quote(text, w, speaker="Marcus Ellery", speaker_at="He", kind="partial") for w in ("slow", "costly", "late")]
    assert len(quotations(Article(id="a", text=text, quotes=quotes))) == 3
    # two people
    text = '"We will rebuild," she said, "but not this year."'
    quotes = [_quote(text, "We will rebuild"), _quote(text, "but not this year.", speaker="Dana Whitcombe")]
    assert len(quotations(Article(id="a", text=text, quotes=quotes))) == 2
    # no speaker found, and more than an attribution between the parts
    text = '"We will rebuild," the man who has run the corner shop for forty years told us, "but not this year."'
    quotes = [_quote(text, p, speaker=None, speaker_at=None) for p in ("We will rebuild", "but not this year.")]
    assert len(quotations(Article(id="a", text=text, quotes=quotes))) == 2


@pytest.mark.parametrize(
    ("lang", "text", "joined"),
    [
        ("en", 'Mayor Priya Anand spoke on Monday. "We will rebuild," she said. "But not this year."', "We will rebuild. But not this year."),
        ("en", '"We will rebuild," said Mayor Priya Anand. "But not this year."', "We will rebuild. But not this year."),
        ("en", '"We will rebuild," the minister told reporters. "But not this year."', "We will rebuild. But not this year."),
        ("de", "„Wir bauen wieder auf“, sagte Bürgermeisterin Anna Berg. „Aber nicht in diesem Jahr.“", "Wir bauen wieder auf. Aber nicht in diesem Jahr."),
        ("fr", "« Nous reconstruirons », a déclaré le maire Jean Dupont. « Mais pas cette année. »", "Nous reconstruirons. Mais pas cette année."),
        ("es", "«Vamos a reconstruir», dijo la alcaldesa Ana Ruiz. «Pero no este año».", "Vamos a reconstruir. Pero no este año"),
    ],
)
def test_a_quotation_split_over_two_sentences_by_its_attribution_is_one(lang, text, joined):
    """The analysis gives the second part, which has no cue of its own, the first part's speaker;
    the comparison takes the two parts as the one quotation another outlet prints whole."""
    from parallax.compare.split_quotes import quotations
    from tests.helpers import analyzed

    art = analyzed(text, lang)
    assert len(art.quotes) == 2 and art.quotes[0].speaker and art.quotes[1].speaker == art.quotes[0].speaker, art.quotes
    [(idxs, q)] = quotations(art)
    assert idxs == [0, 1] and q.text == joined and q.speaker == art.quotes[0].speaker


def test_a_quotation_split_over_two_sentences_matches_the_whole_as_verbatim():
    """The comma before '" said Dr. Anand.' stood for a full stop: the joined quotation reads the same as
    the outlet that printed it whole, not as a change of punctuation."""
    from parallax.compare.quote_fidelity import relation
    from parallax.compare.split_quotes import quotations
    from tests.helpers import analyzed

    split = analyzed('"The river rose faster than any model predicted," said Dr. Priya Anand. "We had four hours, not twelve."', "en")
    whole = 'The river rose faster than any model predicted. We had four hours, not twelve.'
    [(_, q)] = quotations(split)
    assert relation(q.text, whole) == "verbatim"


def test_quotations_in_two_sentences_that_are_not_one_stay_apart():
    from parallax.compare.split_quotes import quotations
    from tests.helpers import analyzed

    # the second part has its own, different speaker
    art = analyzed('Mayor Priya Anand spoke. "We will rebuild," she said. "But not this year," said Dana Whitcombe.', "en")
    assert [q.speaker for q in art.quotes] == ["Priya Anand", "Dana Whitcombe"] and len(quotations(art)) == 2
    # the first part ends with its full stop: a whole quotation, and the next one is another
    text = '"The plant is closed." Mayor Priya Anand said so on Monday. "Nobody was hurt."'
    quotes = [_quote(text, "The plant is closed.", speaker_at="Priya Anand"), _quote(text, "Nobody was hurt.", speaker_at="Priya Anand", sentence=2)]
    assert len(quotations(Article(id="a", text=text, quotes=quotes))) == 2
    # more than an attribution and no speaker found in it
    text = '"We will rebuild," the man who runs the shop on the corner told us. "But not this year."'
    quotes = [_quote(text, p, speaker=None, speaker_at=None, sentence=i) for i, p in enumerate(("We will rebuild", "But not this year."))]
    assert len(quotations(Article(id="a", text=text, quotes=quotes))) == 2
    # the second part's own attribution after it: a quotation of its own
    text = '"We will rebuild," she said. "It will take a year," she added.'
    quotes = [_quote(text, "We will rebuild"), _quote(text, "It will take a year", sentence=1, speaker_at="she added")]
    assert len(quotations(Article(id="a", text=text, quotes=quotes))) == 2
    # a question, then (perhaps) its answer
    text = '"Will the school reopen?" a parent asked the mayor. "Not before September."'
    quotes = [_quote(text, "Will the school reopen?", speaker_at="parent"), _quote(text, "Not before September.", speaker_at="parent", sentence=1)]
    assert len(quotations(Article(id="a", text=text, quotes=quotes))) == 2
    # a paragraph between them
    text = '"We will rebuild," she said.\n\n"But not this year."'
    quotes = [_quote(text, "We will rebuild"), _quote(text, "But not this year.", sentence=1)]
    assert len(quotations(Article(id="a", text=text, quotes=quotes))) == 2


Q_A = ("The government on Monday unveiled a recovery fund for Kelton.\n\n"
       "Kelton's mayor, Priya Anand, welcomed the money but warned that reconstruction would take time. "
       '"We will rebuild," she said, "but not this year."')  # fmt: skip
Q_B = ("Priya Anand, who has led the council since 2022, spoke moments after the minister set out the package. "
       "'We will rebuild,' she said, 'but not this year.'")  # fmt: skip
Q_C = ('Housing Minister Dana Whitcombe acknowledged that the work would be slow. "We will rebuild, but not this year," Whitcombe said.')
Q_D = "Mayor Priya Anand said the town would rebuild but not this year, and urged residents to be patient."


def test_split_copies_are_verbatim_and_the_outlet_that_misattributes_is_no_reference():
    arts = [Article(id=i, text=t, language="en", published="2026-04-21") for i, t in zip("abcd", (Q_A, Q_B, Q_C, Q_D), strict=True)]
    [g] = [q for q in parallax.compare(arts).to_dict()["quotes"] if "rebuild" in q["variants"][0]["text"]]
    by_article = {}
    for v in g["variants"]:
        by_article.setdefault(v["article"], []).append(v)
    assert {k: len(v) for k, v in by_article.items()} == {"a": 1, "b": 1, "c": 1, "d": 1}, g  # the paraphrase groups too
    assert [v["fidelity"] for v in by_article["a"] + by_article["b"] + by_article["c"]] == ["verbatim"] * 3
    assert g["variants"][g["reference"]]["article"] != "c"
    assert g["misattributed"] and g["speaker"] == "Priya Anand"


# --- the group's speaker (compare/quotes.py) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("Kovács Péter", "Péter Kovács", True),  # the family name first
        ("Mikko Virtanen", "Mikko Virtasen", True),
        ("Smith", "John Smith", True),
        ("Eva Nováková", "Kovács Péter", False),
        ("Eva Novák", "Jan Nováková", False),  # one surname in two forms, but two first names
        ("Dana Whitcombe", "Priya Anand", False),
        ("Virtasen", "Mikko Virtanen", None),  # a case ending or another person: cannot tell
        ("Novák", "Eva Nováková", None),
        ("Halina Derwitz", "王丽娜", None),  # characters by meaning: no sound to compare
        (None, "Eva Nováková", None),
    ],
)
def test_whether_two_speakers_are_one_person(a, b, match):
    from parallax.compare.quotes import person_match, same_person

    assert person_match(a, b) is match and person_match(b, a) is match
    assert same_person(a, b) is (match is not False)  # what cannot be told is no misattribution


def _quoted(aid: str, speaker: str, words: str = "The situation is under control, but the clean-up will take weeks"):
    from parallax.records import Entity, Quote

    text = f'"{words}," said {speaker}.'
    at = text.index(speaker)
    return Article(id=aid, text=text, language="en", entities=[Entity(speaker, "PERSON", at, at + len(speaker))],
                   quotes=[Quote(words, 1, 1 + len(words), speaker=speaker, speaker_start=at, speaker_end=at + len(speaker), cue="said")])  # fmt: skip


def test_a_group_whose_speakers_cannot_be_told_apart_names_nobody():
    from parallax.compare.quotes import group_quotes

    [g], _ = group_quotes([_quoted("a", "Mikko Virtanen"), _quoted("b", "Virtasen")])
    assert g.speaker is None and not g.misattributed
    # one person named alike, or written with the family name first: the group is that person's
    [g], _ = group_quotes([_quoted("a", "Mikko Virtanen"), _quoted("b", "Mikko Virtanen"), _quoted("c", "Virtanen")])
    assert g.speaker == "Mikko Virtanen" and not g.misattributed
    [g], _ = group_quotes([_quoted("a", "Kovács Péter"), _quoted("b", "Péter Kovács")])
    assert g.speaker is not None and not g.misattributed
    # two people told apart: a misattribution, named after the majority
    [g], _ = group_quotes([_quoted("a", "Eva Nováková"), _quoted("b", "Eva Nováková"), _quoted("c", "Kovács Péter")])
    assert g.speaker == "Eva Nováková" and g.misattributed


def test_two_statements_an_article_prints_both_stay_two_groups():
    """Both outlets quote Kovač's "peace, not walls" and Roth's "bridges, not walls": the copies are
    verbatim, and the likeness of the two statements is no altered quotation or misattribution."""
    from parallax.compare.quotes import group_quotes
    from tests.helpers import analyzed

    text = 'Kovač said: "Our people want peace, not walls."\n\nRoth said: "Our people want bridges, not walls."'
    a, b = analyzed(text, "en"), analyzed(text, "en")
    b.id = "b"
    groups, _ = group_quotes([a, b])
    assert len(groups) == 2 and all(g.fidelity == "verbatim" and not g.misattributed for g in groups), groups
    # one outlet printing only one of them: its copy goes with the same words
    c = analyzed('Roth said: "Our people want bridges, not walls."', "en")
    c.id = "c"
    groups, _ = group_quotes([a, c])
    [roth] = [g for g in groups if len(g.variants) == 2]
    assert roth.fidelity == "verbatim" and not roth.misattributed and {v.speaker for v in roth.variants} == {"Roth"}


def test_a_quotation_split_by_an_attribution_inside_its_marks_matches_the_whole():
    from parallax.compare.quotes import group_quotes
    from tests.helpers import analyzed

    split = analyzed("« Le feu est fixé, a assuré le préfet Hugo Marchal. Aucune maison n'a brûlé. »", "fr")
    whole = analyzed("« Le feu est fixé. Aucune maison n'a brûlé », a déclaré le préfet Hugo Marchal.", "fr")
    split.id, whole.id = "a", "b"
    [g], _ = group_quotes([split, whole])
    assert g.fidelity in ("verbatim", "punctuation") and len(g.variants) == 2, g


def test_a_shared_opening_with_no_one_speaker_named_is_two_statements():
    """The mayor's "Мы не отдадим порт иностранцам" and an unnamed docker's words that only open alike
    are two statements, not one altered quotation; one word put for another stays one quotation."""
    from parallax.compare.quotes import group_quotes
    from tests.helpers import analyzed

    mayor = analyzed("«Мы не отдадим порт иностранцам», — заявил мэр Игорь Зуев.", "ru")
    docker = analyzed("«Мы не отдадим свои рабочие места без борьбы в порту», — сказал один из докеров.", "ru")
    unnamed = analyzed("«Мы не отдадим порт инвесторам», — говорится в заявлении.", "ru")
    for art, aid in ((mayor, "a"), (docker, "b"), (unnamed, "c")):
        art.id = aid
    groups, _ = group_quotes([mayor, docker])
    assert [len(g.variants) for g in groups] == [1, 1], groups
    [g], _ = group_quotes([mayor, unnamed])
    assert g.fidelity == "altered" and not g.misattributed


def test_translated_quotations_pair_closest_first():
    """A German copy of the chief executive's words goes with his English words, not, through a
    looser translation link, with another person's quotation in Italian."""
    from parallax.compare.quotes import group_quotes
    from tests.helpers import analyzed

    it = analyzed("«Non lasceremo chiudere questa fabbrica senza lottare», ha detto il sindacalista Giulio Parenti.", "it")
    en = analyzed('"This decision was painful but unavoidable," chief executive Markus Kessler said in a statement.\n\n'
                  '"We will not let this factory close without a fight," said regional president Sandra Lupi.', "en")  # fmt: skip
    de = analyzed("„Diese Entscheidung war schmerzhaft, aber unvermeidlich“, sagte Konzernchef Markus Kessler.", "de")
    for art, aid in ((it, "it"), (en, "en"), (de, "de")):
        art.id = aid
    groups, _ = group_quotes([it, en, de])
    [kessler] = [g for g in groups if any(v.article == "de" for v in g.variants)]
    assert {v.article for v in kessler.variants} == {"en", "de"} and not kessler.misattributed, groups


# --- dates and durations (compare/dates.py) ----------------------------------------------------------------


def _pair(ta: str, tb: str, pa: str = "2026-03-05", pb: str = "2026-03-05", lang: str = "en") -> list[dict]:
    return _conflicts(Article(id="a", text=ta, language=lang, published=pa), Article(id="b", text=tb, language=lang, published=pb))


def test_a_relative_time_inside_a_shared_quotation_is_no_date_conflict():
    a = '"We are doing everything we can, and we will not stop tonight," fire chief Oren Malloy said.'
    b = 'Fire chief Oren Malloy said: "We are doing everything we can, and we will not stop tonight."'
    assert _pair(a, b, "2026-02-17T09:30:00Z", "2026-02-18T07:00:00Z") == []  # a day apart: two "tonight"s


def test_a_date_in_figures_inside_a_quotation_and_a_relative_date_outside_one_still_conflict():
    kinds = {c["kind"] for c in _pair('"The fire started on 14 March," fire chief Oren Malloy said.', '"The fire started on 13 March," fire chief Oren Malloy said.')}
    assert "date" in kinds
    outside = _pair("The fire at the Kestrel factory started on Monday night, fire chief Oren Malloy said.",
                    "The fire at the Kestrel factory started on Sunday night, fire chief Oren Malloy said.")  # fmt: skip
    assert [c["kind"] for c in outside] == ["date"]


REFLOAT = ("Salvage crews will try to refloat the ferry Isla Brava off Carrick Point at high tide on Sunday, a day after it ran aground "
           "with 212 people on board.")  # fmt: skip
REACTION = ("Reaction in Kelton to the government's 400 million flood recovery fund was mixed on Tuesday, a day after Housing Minister "
            "Dana Whitcombe announced it in the town.")  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "published", "conflict"),
    [
        (REFLOAT, "The ferry Isla Brava ran aground off Carrick Point early on Saturday with 212 people on board.", "2026-05-16T12:00:00Z", False),
        (REFLOAT, "The ferry Isla Brava ran aground off Carrick Point early on Friday with 212 people on board.", "2026-05-16T12:00:00Z", True),
        (REACTION, "Housing Minister Dana Whitcombe on Monday announced a 400 million flood recovery fund for Kelton.", "2026-04-21T12:00:00Z", False),
        (REACTION, "Housing Minister Dana Whitcombe on Sunday announced a 400 million flood recovery fund for Kelton.", "2026-04-21T12:00:00Z", True),
    ],
)
def test_an_offset_between_two_events_names_the_other_events_day(a, b, published, conflict):
    assert any(c["kind"] == "date" for c in _pair(a, b, published, published)) is conflict


def test_the_day_an_offset_points_to_in_either_direction():
    from parallax.analyze import Analyzer
    from parallax.compare.dates import date_values

    later = Article(id="a", language="en", published="2026-03-05", text="The council met on Friday, two days after the blast.")
    earlier = Article(id="b", language="en", published="2026-03-05", text="The council met on Friday, two days before the vote.")
    Analyzer().analyze_all([later, earlier])
    days = {a.id: sorted(str(iv[0]) for _, iv, _ in date_values(a, a.sentences[0])) for a in (later, earlier)}
    assert days == {"a": ["2026-02-25", "2026-02-27"], "b": ["2026-02-27", "2026-03-01"]}, days


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Kelton's mayor has warned that it will be well over a year before the town is back on its feet.", "en", []),  # a bound
        ("Families will receive help within six weeks, the government promised.", "en", []),
        ("Reaction was mixed on Tuesday, a day after the minister announced it.", "en", []),  # an offset
        ("The talks ended two days later.", "en", []),
        ("Crews fought a fire that burned for more than six hours.", "en", []),
        ("Rail workers began a 48-hour strike on Wednesday.", "en", [("PT48H", "strike")]),
        # "after" before an adjectival measure is no offset: the talks lasted six hours
        ("The leaders agreed to reopen the crossings after six-hour talks in Vienna.", "en", [("PT6H", "talks")]),
        ("The leaders agreed to reopen the crossings six hours after the talks.", "en", []),
        ("Les cheminots ont entamé mercredi une grève de 48 heures.", "fr", [("PT48H", "greve")]),
        ("This is the largest fire this city has seen in two decades.", "en", [("P20Y", "seen")]),
    ],
)
def test_measures_of_time_are_not_bounds_or_offsets(text, lang, found):
    from parallax.analyze import Analyzer
    from parallax.compare.durations import durations

    art = Article(id="a", text=text, language=lang, published="2026-03-05")
    Analyzer().analyze_all([art])
    got = durations(art, art.sentences[0])
    assert [v for v, _, _ in got] == [v for v, _ in found]
    assert all(word in words for (_, _, words), (_, word) in zip(got, found, strict=True))  # among the governing words


def test_durations_conflict_only_when_they_measure_the_same_thing():
    strike = [shown(c) for c in _pair("Rail workers began a 48-hour strike on Wednesday, the union said.",
                                          "Rail workers began a 72-hour strike on Wednesday, the union said.")]  # fmt: skip
    assert strike == [{"a": ["PT48H"], "b": ["PT72H"], "unit": "duration"}]
    assert _pair("Rail workers began a 48-hour strike on Wednesday, the union said.",
                 "Rail workers began a three-day blockade on Wednesday, the union said.") == []  # fmt: skip
    leads = ("Kelton's mayor has warned flood-hit families that it will be well over a year before the town is back on its feet.",
             "Families whose homes were wrecked by the Kelton floods will receive help within six weeks, the government promised.")  # fmt: skip
    assert not [c for c in _pair(*leads) if c["kind"] == "number"]


def test_a_quote_conflict_shows_each_whole_split_quotation():
    a = 'Kelton\'s mayor, Priya Anand, welcomed the money. "We will rebuild," she said, "but not this year."'
    b = 'Kelton\'s mayor, Priya Anand, welcomed the money. "We will rebuild," she said, "but not next year."'
    quotes = [shown(c) for c in _pair(a, b) if c["kind"] == "quote"]
    assert quotes == [{"a": "We will rebuild, but not this year.", "b": "We will rebuild, but not next year."}], quotes


# --- alignment: figures of one kind (compare/align.py) ------------------------------------------------------


@pytest.mark.parametrize(
    ("ta", "tb", "lang", "values"),
    [
        # a result in each: the vote, however differently the sentences word it
        ("Der Zentralbankrat stimmte mit 7:2 für die Erhöhung.", "Der Beschluss fiel mit 6:3 Stimmen.", "de", (["7:2"], ["6:3"])),
        # a share or a sum beside a shared word
        ("La participación fue del 61,4 %, cinco puntos más que en 2022.",
         "La participación se situó en el 58,9 %, según los datos de la junta electoral.", "es", ([61.4], [58.9])),
        ("Il devra également payer une amende de 150 000 euros.",
         "L'ancien édile a écopé de trois ans d'emprisonnement, dont un an ferme, et d'une amende de 250 000 euros.", "fr",
         ([150000.0], [250000.0])),
    ],
)  # fmt: skip
def test_figures_of_one_kind_join_sentences_into_one_fact(ta, tb, lang, values):
    got = _pair(ta, tb, lang=lang)
    assert [(shown(c)["a"], shown(c)["b"]) for c in got if c["kind"] == "number"] == [values], got


def test_figures_of_one_kind_without_a_shared_word_stay_apart():
    """A share in each sentence is no evidence by itself: inflation and a party's vote are two facts."""
    got = _pair("Inflation stood at 4.2% in February.", "The Greens won 12% of the vote.")
    assert not [c for c in got if c["kind"] == "number"], got


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        # other words from another named person: two statements, no accusation
        (('Românii au vorbit clar', "Andrei Dumitrescu"), ('Românii au vorbit foarte clar astăzi', "Cristina Ionescu"), True),
        (("Ζητάμε μόνο να μας σεβαστούν", "Γιώργος Παπαδάκης"), ("Ζητάμε μόνο να μας σεβαστεί η εταιρεία", "Μαρία Κωνσταντίνου"), True),
        # one word put for another under another name: one quotation, altered and misattributed
        (("We cannot protect what we cannot see", "Anna Lindqvist"), ("We cannot protect what we cannot monitor", "Kaarel Tamm"), False),
        # other words from the same person: one quotation, altered
        (("Românii au vorbit clar", "Andrei Dumitrescu"), ("Românii au vorbit foarte clar astăzi", "Andrei Dumitrescu"), False),
    ],
)  # fmt: skip
def test_altered_words_from_two_named_people_are_two_statements(a, b, apart):
    from parallax.compare.quotes import group_quotes

    groups, _ = group_quotes([_quoted("a", a[1], a[0]), _quoted("b", b[1], b[0])], embedder="hashing")
    assert len(groups) == (2 if apart else 1), groups
    if not apart:
        assert groups[0].fidelity == "altered" and groups[0].misattributed == (a[1] != b[1])

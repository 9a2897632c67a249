"""Session 35's QA of the core use case in more languages (a meeting of prime ministers, a parliament vote, an
earthquake, a verdict, a rate decision): the general rules its reports showed missing."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_text


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Retten idømte ham fire års fængsel.", "da", "P4Y"),
        ("To forretningsmænd fik hver 18 måneders fængsel.", "da", "P18M"),
        ("Tingretten dømte ham til fire års fengsel.", "no", "P4Y"),
        ("Han dömdes till fyra års fängelse.", "sv", "P4Y"),
        ("Súd ho odsúdil na tri a pol roka väzenia.", "sk", "P42M"),
        ("Soud mu uložil tři a půl roku vězení.", "cs", "P42M"),
    ],
)
def test_sentence_lengths_read(text: str, lang: str, value: str) -> None:
    """A Nordic length in the genitive before its noun ("fire års fængsel") and a Czech or Slovak length and a
    half ("tri a pol roka") are durations: a verdict's sentence is what reports of it compare."""
    assert [v for _s, _e, v, g in resolve_text(text, lang, "2026-11-20") if g == "duration"] == [value]


def test_nordic_age_still_no_duration() -> None:
    """The age trap still holds beside the genitive: "45 år gammel" is no length."""
    found = resolve_text("Han er 45 år gammel og fik to års fængsel.", "da", "2026-11-20")
    assert [v for *_x, v, _g in found] == ["P2Y"]


def test_vietnamese_speaker_without_marks_is_one_person() -> None:
    """An English wire prints a Vietnamese name without its marks, family name first: one speaker, not a
    misattribution; two names that differ in their marks where both print them are two people."""
    from parallax.compare.speakers import person_match

    assert person_match("Nguyen Van Hung", "Nguyễn Văn Hùng") is True
    assert person_match("Trần Minh Đức", "Tran Minh Duc") is True
    assert person_match("Nguyễn Văn Hùng", "Nguyễn Văn Hưng") is False


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("The reform passed, with 241 lawmakers voting in favour and 98 against.", "en", (241, 98)),
        ("The bill passed with 241 votes in favour and 98 against.", "en", (241, 98)),
        ("Parlamentul a adoptat reforma, cu 241 de voturi pentru și 89 împotrivă.", "ro", (241, 89)),
        ("A javaslatot 214 igen és 98 nem szavazattal fogadták el.", "hu", (214, 98)),
        ("A javaslatot 214 képviselő támogatta, 98 ellene szavazott.", "hu", (214, 98)),
        ("Lakiesitys hyväksyttiin äänin 120 puolesta ja 60 vastaan.", "fi", (120, 60)),
        ("Le texte a été adopté par 241 voix pour et 98 contre.", "fr", (241, 98)),
        ("De Kamer stemde met 76 stemmen voor en 74 tegen.", "nl", (76, 74)),
    ],
)
def test_vote_told_by_its_sides_is_one_tally(text: str, lang: str, pair: tuple[int, int]) -> None:
    """A parliament's vote told by its sides ("241 in favour and 98 against") is one result, kept whole."""
    from parallax.analyze.quantities import TALLY, find_quantities, tally_pair

    tallies = [q for q in find_quantities(text, lang, []) if q.unit == TALLY]
    assert [tally_pair(q.text) for q in tallies] == [pair]


def test_bare_for_and_against_between_figures_is_no_vote() -> None:
    """With no word of voting, "for" between figures is no side: two counts stay counts."""
    from parallax.analyze.quantities import TALLY, find_quantities

    found = find_quantities("They sent 20 soldiers for training and 30 against the rebels.", "en", [])
    assert not [q for q in found if q.unit == TALLY]


def test_size_of_a_body_is_no_count_of_its_members() -> None:
    """ "The nine-member committee" gives the committee's size: it never meets "three members preferred to hold"
    (a false conflict 9 / 3 in a rate decision), but meets another report's size of it."""
    from parallax.analyze.quantities import find_quantities
    from parallax.compare.roles import SIZE, role, same_role

    def roles(text: str) -> list[str | None]:
        return [role(text, q) for q in find_quantities(text, "en", [])]

    size = roles("The nine-member monetary policy committee voted on Thursday.")
    part = roles("Three members preferred to hold rates.")
    assert size == [SIZE] and part == [None]
    assert not same_role(size[0], part[0]) and same_role(size[0], roles("The 12-member jury retired.")[0])


@pytest.mark.parametrize(
    ("line", "edge", "reason"),
    [
        ("de Ioana Marinescu", "first", "byline"),  # Romanian "de", by
        ("Larry Elliott Economics editor", "first", "byline"),  # a name and a desk's post, no comma
        ("Write to Tom Fairless at tom.fairless@wsj.com", "last", "signature"),
        ("Larry Elliott Economics editor", None, None),  # the post with no comma tells only at the top
        ("De Gaulle a spus asta", "first", None),
        ("Mark Carney Bank governor", "first", None),  # a post outside the newsroom: no byline
    ],
)
def test_byline_shapes(line: str, edge: str | None, reason: str | None) -> None:
    """Bylines and a closing address the reports of this round kept as facts of the story."""
    from parallax.ingest.bylines import byline_reason

    assert byline_reason(line, edge) == reason


def test_dateline_with_close_em_dash() -> None:
    """The Wall Street Journal sets its dateline's em dash close: "LONDON—The Bank …" is a dateline."""
    from parallax.ingest.datelines import split_dateline

    d = split_dateline("LONDON—The Bank of England cut its key interest rate on Thursday.")
    assert d is not None and d.place == "LONDON" and d.after.startswith("The Bank")
    assert split_dateline("LONDON—the bank said") is None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Trade unions have called a protest in Bucharest for Saturday.", "en", "2026-11-21"),
        ("Sindicatele au anunțat un protest în București pentru sâmbătă.", "ro", "2026-11-21"),
        ("Police arrested two men for Saturday's attack.", "en", "2026-11-14"),
    ],
)
def test_day_appointed_for_a_weekday_is_ahead(text: str, lang: str, day: str) -> None:
    """ "A protest called for Saturday" is the coming Saturday, whatever the tense of the calling; a possessive
    ("for Saturday's attack") is no appointment."""
    assert [v for *_x, v, g in resolve_text(text, lang, "2026-11-20T10:00") if g == "day"] == [day]


def test_day_planned_then_told_after_is_no_appointment() -> None:
    """ "A memorial service planned for Saturday was canceled", written on Sunday, is the Saturday gone."""
    found = resolve_text("A memorial service planned for Saturday was canceled.", "en", "1999-10-24T20:00")
    assert [v for *_x, v, g in found if g == "day"] == ["1999-10-23"]


def test_hindi_wire_dateline_without_mark_after_agency() -> None:
    """Bhasha's wire leaves out the danda after its credit: "हनोई, 19 नवंबर (भाषा) वियतनाम …" is a dateline."""
    from parallax.ingest.datelines import split_dateline

    d = split_dateline("हनोई, 19 नवंबर (भाषा) वियतनाम के मध्य भाग में भूकंप आया।")
    assert d is not None and (d.place, d.agency) == ("हनोई", "भाषा") and d.after.startswith("वियतनाम")
    assert split_dateline("शिमला, 11 मार्च को बारिश हुई।") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("De verklaring werd donderdag rond half elf ondertekend.", "2026-11-19T10:30"),
        ("De brand brak om kwart over negen uit.", "2026-11-20T09:15"),
        ("Om kwart voor tien landde het toestel.", "2026-11-20T09:45"),
        ("Het ongeluk gebeurde dinsdag om half negen 's avonds.", "2026-11-17T20:30"),
        ("De trein vertrok om half 10.", "2026-11-20T09:30"),
    ],
)
def test_dutch_clock_words(text: str, value: str) -> None:
    """Dutch tells the hour by its half and quarter: "half elf" is 10.30 (half of the hour on the way to eleven)."""
    assert [v for *_x, v, g in resolve_text(text, "nl", "2026-11-20T10:00") if g == "time"] == [value]


def test_dutch_half_outside_a_time_is_no_clock() -> None:
    """ "een half brood en tien appels" tells no time: the half needs "om", "rond", "tegen" before it."""
    assert resolve_text("Hij at een half brood en tien appels.", "nl", "2026-11-20T10:00") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Trận động đất mạnh 6,3 độ richter xảy ra lúc 4 giờ.", "vi"),
        ("वियतनाम में 6.4 तीव्रता का भूकंप आया।", "hi"),
        ("The quake measured 6.3 on the Richter scale.", "en"),
        ("Zemětřesení o síle 6,4 stupně Richterovy škály.", "cs"),
    ],
)
def test_magnitude_named_by_its_scale_after(text: str, lang: str) -> None:
    """A quake's magnitude with its scale after it ("6,3 độ richter", "6.4 तीव्रता") is a magnitude, so that it
    meets another report's "magnitude 6.4"; a temperature in degrees stays one."""
    from parallax.analyze.quantities import find_quantities

    assert [q.unit for q in find_quantities(text, lang, [])][:1] == ["magnitude"]
    assert [q.unit for q in find_quantities("Nhiệt độ lên tới 36,5 độ C.", "vi", [])] != ["magnitude"]


def test_hindi_minutes_told_after_the_hour() -> None:
    """ "सुबह 4 बजकर 12 मिनट पर" is 04:12 in the morning, not a duration of twelve minutes."""
    found = resolve_text("भूकंप सुबह 4 बजकर 12 मिनट पर आया।", "hi", "2026-11-20T10:00")
    assert [(v, g) for *_x, v, g in found] == [("2026-11-20T04:12", "time")]


def test_hungarian_weekday_for_is_ahead() -> None:
    """Hungarian "szombatra" (for Saturday) appoints the coming Saturday though the calling is told in the past."""
    found = resolve_text("A szakszervezetek szombatra tüntetést hirdettek Bukarestben.", "hu", "2026-11-20T10:00")
    assert [v for *_x, v, _g in found] == ["2026-11-21"]
    assert [v for *_x, v, _g in resolve_text("A parlament csütörtökön elfogadta.", "hu", "2026-11-20T10:00")] == ["2026-11-19"]

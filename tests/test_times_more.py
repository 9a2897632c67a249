"""More temporal expressions: days named relative to the day a text last named ("the day before",
"the same day"), vague spans ahead or behind ("in the coming days") that are no day, and which
values a date conflict lists."""

from __future__ import annotations

import pytest

from parallax.analyze.times import resolve_paragraphs, resolve_text
from tests.helpers import shown

PUB = "2026-03-20T09:00:00+00:00"  # a Friday


def _last(lang: str, first: str, second: str, pub: str = PUB):
    return resolve_paragraphs([(0, first), (len(first) + 2, second)], lang, pub)[-1]


@pytest.mark.parametrize(
    ("lang", "first", "second", "value"),
    [
        # the day before the day the text last named, in this paragraph or the one before
        ("en", "The dam gave way on Tuesday.", "Engineers had warned of cracks the day before.", "2026-03-16"),
        ("en", "The dam gave way on March 10.", "Engineers had inspected it the previous day.", "2026-03-09"),
        ("en", "The dam gave way on March 10.", "Villagers heard a loud crack the night before.", "2026-03-09TNI"),
        ("de", "Der Damm brach am Dienstag.", "Am Vortag hatten Ingenieure Risse gemeldet.", "2026-03-16"),
        ("de", "Der Damm brach am 10. März.", "Am Vorabend hatten Anwohner ein Knacken gehört.", "2026-03-09TEV"),
        ("fr", "La digue a cédé mardi.", "La veille, des ingénieurs avaient signalé des fissures.", "2026-03-16"),
        ("fr", "La digue a cédé le 10 mars.", "La veille au soir, des riverains avaient entendu un craquement.", "2026-03-09TEV"),
        ("es", "La presa cedió el martes.", "Los ingenieros habían alertado el día anterior.", "2026-03-16"),
        ("es", "La presa cedió el 10 de marzo.", "Los vecinos oyeron un crujido la noche anterior.", "2026-03-09TNI"),
        ("it", "La diga ha ceduto martedì.", "Il giorno prima i tecnici avevano segnalato crepe.", "2026-03-16"),
        ("pt", "A barragem cedeu na terça-feira.", "No dia anterior, engenheiros tinham alertado.", "2026-03-16"),
        ("nl", "De dam bezweek op dinsdag.", "De dag ervoor hadden ingenieurs scheuren gemeld.", "2026-03-16"),
        ("ru", "Плотину прорвало во вторник.", "Накануне вечером жители слышали треск.", "2026-03-16TEV"),
        ("ru", "Плотину прорвало 10 марта.", "Инженеры предупреждали об этом накануне.", "2026-03-09"),
        ("uk", "Греблю прорвало у вівторок.", "Напередодні інженери попереджали про тріщини.", "2026-03-16"),
        ("pl", "Tama pękła we wtorek.", "Dzień wcześniej inżynierowie zgłaszali pęknięcia.", "2026-03-16"),
        ("pl", "Tama pękła we wtorek.", "Poprzedniego dnia inżynierowie zgłaszali pęknięcia.", "2026-03-16"),
        # no day named before it: the day before publication
        ("es", "La presa sigue en pie.", "Los vecinos oyeron un crujido la noche anterior.", "2026-03-19TNI"),
        ("ru", "Плотина пока держится.", "Накануне жители слышали треск.", "2026-03-19"),
        # the same day as the day last named
        ("en", "The dam gave way on Tuesday.", "The mayor visited the site the same day.", "2026-03-17"),
        ("de", "Der Damm brach am 10. März.", "Noch am selben Tag kam der Bürgermeister.", "2026-03-10"),
        ("fr", "La digue a cédé mardi.", "Le maire s'est rendu sur place le jour même.", "2026-03-17"),
        ("es", "La presa cedió el martes.", "El alcalde visitó la zona ese mismo día.", "2026-03-17"),
        ("it", "La diga ha ceduto martedì.", "Il sindaco è arrivato lo stesso giorno.", "2026-03-17"),
        ("ru", "Плотину прорвало во вторник.", "В тот же день на место приехал мэр.", "2026-03-17"),
        ("pl", "Tama pękła we wtorek.", "Burmistrz przyjechał tego samego dnia.", "2026-03-17"),
        ("pl", "Tama pękła 10 marca.", "Burmistrz przyjechał tego samego dnia.", "2026-03-10"),
        # no day named before it: unresolved, as "the next day" is
        ("en", "The dam held.", "The mayor visited the site the same day.", None),
    ],
)
def test_the_day_before_and_the_same_day_are_placed_on_the_day_the_text_named(lang, first, second, value):
    found = _last(lang, first, second)
    assert found[2] == value, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the eve of an event the sentence names is not the day before the day last named
        ("en", "On Tuesday the dam broke; the day before the storm it was inspected."),
        ("fr", "Mardi la digue a cédé ; la veille de la tempête elle avait été inspectée."),
        ("ru", "Во вторник плотину прорвало, а накануне выборов её проверяли."),
    ],
)
def test_the_eve_of_a_named_event_is_not_read_as_the_day_before(lang, text):
    found = resolve_text(text, lang, PUB)
    assert len(found) == 1, found  # only the weekday


def test_the_day_before_then_the_next_day_chain_on_each_other():
    text = "The dam gave way on March 10. The night before, villagers heard a crack. The next day they left."
    assert [v for _, _, v, _ in resolve_text(text, "en", PUB)] == ["2026-03-10", "2026-03-09TNI", "2026-03-10"]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ru", "Движение восстановили к вечеру понедельника.", "2026-03-16TEV"),
        ("ru", "Утром вторника на дороге снова были пробки.", "2026-03-17TMO"),
        ("es", "La carretera se reabrió la noche del lunes.", "2026-03-16TNI"),
        ("it", "La strada è stata riaperta la sera di lunedì.", "2026-03-16TEV"),
    ],
)
def test_a_part_of_the_day_before_its_weekday(lang, text, value):
    assert [v for _, _, v, _ in resolve_text(text, lang, PUB)] == [value]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # "in the coming days" is a vague span ahead, not tomorrow (TimeML: PXD)
        ("en", "Engineers will inspect the dam in the coming days.", "PXD"),
        ("en", "More rain is expected over the next days.", "PXD"),
        ("en", "The river rose steadily over the last days.", "PXD"),
        ("en", "Repairs will take place in the coming weeks.", "PXW"),
        ("de", "In den kommenden Tagen prüfen Ingenieure den Damm.", "PXD"),
        ("de", "In den letzten Tagen stieg der Fluss.", "PXD"),
        ("es", "Los ingenieros revisarán la presa en los próximos días.", "PXD"),
        ("es", "El río creció en los últimos días.", "PXD"),
        ("fr", "Des ingénieurs inspecteront la digue dans les prochains jours.", "PXD"),
        ("fr", "La rivière a monté ces derniers jours.", "PXD"),
        ("it", "I tecnici ispezioneranno la diga nei prossimi giorni.", "PXD"),
        ("it", "Il fiume è cresciuto nei giorni scorsi.", "PXD"),
        ("pt", "Os engenheiros vão inspecionar a barragem nos próximos dias.", "PXD"),
        ("nl", "Ingenieurs inspecteren de dam in de komende dagen.", "PXD"),
        ("ru", "Инженеры осмотрят плотину в ближайшие дни.", "PXD"),
        ("ru", "В последние дни уровень воды рос.", "PXD"),
        ("uk", "Інженери оглянуть греблю найближчими днями.", "PXD"),
        ("pl", "Inżynierowie sprawdzą tamę w najbliższych dniach.", "PXD"),
        ("pl", "W ostatnich dniach poziom wody rósł.", "PXD"),
    ],
)
def test_the_coming_days_are_no_day(lang, text, value):
    found = resolve_text(text, lang, PUB)
    assert [(v, g) for _, _, v, g in found] == [(value, "duration")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Работы завершат в ближайшее время."),
        ("pl", "Prace zakończą się w najbliższym czasie."),
    ],
)
def test_the_near_future_is_a_future_reference(lang, text):
    assert [v for _, _, v, _ in resolve_text(text, lang, PUB)] == ["FUTURE_REF"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # singular forms keep their meaning: next week, last month, the previous day without an anchor
        ("en", "The report comes out next week."),
        ("de", "Der Bericht erscheint in der kommenden Woche."),
    ],
)
def test_singular_units_still_name_one_period(lang, text):
    found = resolve_text(text, lang, PUB)
    assert [g for _, _, _, g in found] == ["week"], found


def test_a_date_conflict_lists_the_values_that_name_a_day_not_a_live_blog_timestamp():
    import parallax
    from parallax.records import Article

    pub = "2026-03-20T09:00:00+00:00"
    a = Article(id="a", text="Flood on the river\n\n07:30 The bridge over the river was closed on Monday after the flood.", published=pub, language="en")
    b = Article(id="b", text="Flood on the river\n\nThe bridge over the river was closed on Tuesday after the flood.", published=pub, language="en")
    d = parallax.compare([a, b]).to_dict()
    assert [shown(c) for f in d["facts"] for c in f["conflicts"] if c["kind"] == "date"] == [{"a": ["2026-03-16"], "b": ["2026-03-17"]}]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "value"),
    [
        # the day the text last named, however many paragraphs back
        ("es", ["La presa cedió el martes.", "Los daños son graves.", "Los vecinos oyeron un crujido la noche anterior."], "2026-03-16TNI"),
        ("en", ["The dam gave way on March 10.", "Damage is severe.", "Crews returned the next day."], "2026-03-11"),
    ],
)
def test_an_anchored_day_hangs_on_a_day_named_paragraphs_back(lang, paragraphs, value):
    spans, offset = [], 0
    for p in paragraphs:
        spans.append((offset, p))
        offset += len(p) + 2
    assert resolve_paragraphs(spans, lang, PUB)[-1][2] == value

"""Known compare defects (qnum): a count with no role against a casualty count, years of one act, a
quotation split at its cue, Dutch separable reporting verbs, the currency test shared by numbers and totals.
Realistic news sentences of invented events, published on Saturday 14 March 2026."""

from __future__ import annotations

import pytest

from parallax.compare.conflicts import sentence_conflicts
from parallax.records import Article
from tests.helpers import QA_PUBLISHED as PUBLISHED
from tests.helpers import analysed_articles as _analysed
from tests.helpers import first_sentence_conflicts as _first_sentences


# 1. a count with no role is another fact than a casualty count: no conflict
@pytest.mark.parametrize(
    ("lang", "a_text", "b_text"),
    [
        ("en", "The storm damaged 400 people's homes in the harbour district, the council said.",
         "The storm killed 3 people in the harbour district, the council said."),
        ("en", "About 400 people were at the stadium when the roof gave way on Friday evening.",
         "Three people died when the roof of the stadium gave way on Friday evening."),
        ("de", "Rund 400 Menschen waren im Stadion, als das Dach am Freitagabend einstürzte.",
         "Drei Menschen starben, als das Dach des Stadions am Freitagabend einstürzte."),
        ("fr", "Quelque 400 personnes se trouvaient dans le stade quand le toit s'est effondré vendredi soir.",
         "Trois personnes sont mortes quand le toit du stade s'est effondré vendredi soir."),
        ("es", "Unas 400 personas estaban en el estadio cuando se derrumbó el techo el viernes por la noche.",
         "Tres personas murieron cuando se derrumbó el techo del estadio el viernes por la noche."),
    ],
)  # fmt: skip
def test_a_count_with_no_role_does_not_conflict_with_a_casualty_count(lang, a_text, b_text):
    assert [v for kind, v in _first_sentences(a_text, b_text, lang) if kind == "number"] == []


# 5. one currency test for the counts and the amounts per item, and an amount's kind read once per number
@pytest.mark.parametrize(
    ("unit", "money"), [("$", True), ("€", True), ("RON", True), ("SEK", True), ("euro", True), ("family", False), ("km", False)]
)
def test_one_currency_test_lives_with_the_currency_knowledge(unit, money):
    from parallax.analyze.quantities.money import is_money

    assert is_money(unit) is money


def test_a_figure_s_kind_is_read_once_for_conflicts_renamed_counts_and_toll_links(monkeypatch):
    from parallax.compare import totals
    from parallax.compare.casualties import casualty_links

    a, b = _analysed(["The 312 families of Marlow Street will receive $5,000 each, and 2 people died in the fire.",
                      "The 312 families of Marlow Street will receive $4,000 each, and 3 people died in the fire."], "en")  # fmt: skip
    calls: list[tuple[str, int]] = []
    read = totals._running
    monkeypatch.setattr(totals, "_running", lambda text, s0, s1, start, end: calls.append((text, start)) or read(text, s0, s1, start, end))
    totals._apart.cache_clear()
    sentence_conflicts(a, a.sentences[0], b, b.sentences[0])
    casualty_links([a, b])
    assert sorted(calls) == sorted({*calls}), calls


# 3. the comma before a split cue is the writer's: the quotation split at its cue and the same words printed whole are verbatim
_LEAD = {
    "en": "Union leader Karl Becker spoke after the meeting in Bremen on Friday.",
    "de": "Gewerkschaftschef Karl Becker äußerte sich am Freitag nach dem Treffen in Bremen.",
    "fr": "Le syndicaliste Karl Becker s'est exprimé vendredi après la réunion à Brême.",
    "es": "El sindicalista Karl Becker habló el viernes tras la reunión en Bremen.",
    "it": "Il sindacalista Karl Becker ha parlato venerdì dopo l'incontro a Brema.",
}


@pytest.mark.parametrize(
    ("lang", "split", "whole"),
    [
        ("en", '"We are ready," Becker said, "to talk about wages."', '"We are ready to talk about wages," Becker said.'),
        ("de", "„Wir sind bereit“, sagte Becker, „jetzt über die Löhne zu reden.“", "„Wir sind bereit jetzt über die Löhne zu reden“, sagte Becker."),
        ("fr", "« Nous sommes prêts », a dit Becker, « à discuter des salaires ».", "« Nous sommes prêts à discuter des salaires », a dit Becker."),
        ("fr", "« Nous sommes prêts, a dit Becker, à discuter des salaires. »", "« Nous sommes prêts à discuter des salaires », a dit Becker."),
        ("it", "«Siamo pronti, ha detto Becker, a trattare sui salari».", "«Siamo pronti a trattare sui salari», ha detto Becker."),
        ("es", "«Estamos dispuestos», dijo Becker, «a negociar los salarios».", "«Estamos dispuestos a negociar los salarios», dijo Becker."),
        ("es", "«Estamos dispuestos —dijo Becker— a negociar los salarios».", "«Estamos dispuestos a negociar los salarios», dijo Becker."),
    ],
)  # fmt: skip
def test_a_quotation_split_at_its_cue_is_verbatim_of_the_same_words_whole(lang, split, whole):
    import parallax

    arts = [Article(id=i, text=f"{_LEAD[lang]} {t}", language=lang, published=PUBLISHED) for i, t in (("a", split), ("b", whole))]
    assert [g["fidelity"] for g in parallax.compare(arts).to_dict()["quotes"]] == ["verbatim"]


# 4. Dutch separable reporting verbs: the finite part second, the particle closing the clause
def _quotes(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    [art] = _analysed([text], lang)
    return [(q.kind, q.speaker, q.text) for q in art.quotes]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"We zijn klaar om te praten," liet Pieter Jansen weten.', ("direct", "Pieter Jansen", "We zijn klaar om te praten")),
        ('"We zijn klaar om te praten," liet minister Pieter Jansen dinsdag aan de NOS weten.',
         ("direct", "Pieter Jansen", "We zijn klaar om te praten")),
        ('"De gesprekken gaan maandag verder," deelde Jansen mee.', ("direct", "Jansen", "De gesprekken gaan maandag verder")),
        ('"De gesprekken gaan maandag verder," gaf Jansen aan.', ("direct", "Jansen", "De gesprekken gaan maandag verder")),
        ("Minister Pieter Jansen liet dinsdag weten dat het kabinet klaar is om met de bonden te praten.",
         ("indirect", "Pieter Jansen", "het kabinet klaar is om met de bonden te praten")),
        ("Pieter Jansen deelde na afloop mee dat de gesprekken maandag worden hervat.",
         ("indirect", "Pieter Jansen", "de gesprekken maandag worden hervat")),
        ("Pieter Jansen gaf aan dat het kabinet geen nieuw bod zal doen.", ("indirect", "Pieter Jansen", "het kabinet geen nieuw bod zal doen")),
        ("Pieter Jansen maakte woensdag bekend dat de staking wordt opgeschort.",
         ("indirect", "Pieter Jansen", "de staking wordt opgeschort")),
    ],
)  # fmt: skip
def test_a_dutch_separable_reporting_verb_is_a_cue(text, quote):
    assert quote in _quotes(text, "nl")


# ... and a subject described, not named, in lower case before it
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("De minister liet dinsdag weten dat het kabinet klaar is om met de bonden te praten.",
         ("indirect", "De minister", "het kabinet klaar is om met de bonden te praten")),
        ("Brand in Delft. De brandweer deelde mee dat het vuur onder controle is.", ("indirect", "De brandweer", "het vuur onder controle is")),
        ("De politie meldde dat niemand gewond is geraakt bij de brand.", ("indirect", "De politie", "niemand gewond is geraakt bij de brand")),
    ],
)  # fmt: skip
def test_a_dutch_subject_described_in_lower_case_reports_speech(text, quote):
    assert quote in _quotes(text, "nl")


# 2. a year that dates the act of both clauses conflicts; a year that is the background never does
def _dates(a_text: str, b_text: str, lang: str) -> list[dict]:
    return [v for kind, v in _first_sentences(a_text, b_text, lang) if kind == "date"]


@pytest.mark.parametrize(
    ("lang", "a_text", "b_text"),
    [
        ("en", "The Harwick chemical plant was inspected in 2024, the agency said.",
         "The Harwick chemical plant was last inspected in 2019, the agency said."),
        ("en", "In 2024, the Harwick chemical plant was inspected by federal regulators.",
         "Federal regulators inspected the Harwick chemical plant in 2019."),
        ("de", "Das Chemiewerk in Harwick wurde im Jahr 2024 zuletzt überprüft.", "Das Chemiewerk in Harwick wurde im Jahr 2019 zuletzt überprüft."),
        ("fr", "L'usine chimique de Harwick a été inspectée en 2024, selon l'agence.",
         "L'usine chimique de Harwick a été inspectée pour la dernière fois en 2019, selon l'agence."),
        ("es", "La planta química de Harwick fue inspeccionada en 2024.", "La planta química de Harwick fue inspeccionada por última vez en 2019."),
        ("ru", "Химический завод в Харвике проверяли в 2024 году.", "Химический завод в Харвике в последний раз проверяли в 2019 году."),
    ],
)  # fmt: skip
def test_years_of_one_act_conflict(lang, a_text, b_text):
    assert _dates(a_text, b_text, lang) == [{"a": ["2024"], "b": ["2019"]}]


# the background beside the same act: a season, a start, a deadline, a name, a clause that shares one word
@pytest.mark.parametrize(
    ("lang", "a_text", "act", "background"),
    [
        ("en", "Harwick Rovers won the county cup in 2024.", "Harwick Rovers won the county cup in 2023.",
         "Harwick Rovers won the county cup in the 2024/25 season."),
        ("en", "The Harwick chemical plant was inspected in 2024.", "The Harwick chemical plant was inspected in 2019.",
         "The Harwick chemical plant has been closed since 2019."),
        ("en", "The Harwick chemical plant will be shut down in 2030.", "The Harwick chemical plant will be shut down in 2031.",
         "The Harwick chemical plant must be shut down by 2031."),
        ("en", "The Harwick chemical plant was inspected in 2024.", "The Harwick chemical plant was inspected in 2019.",
         "The Harwick chemical plant was inspected under the 2019 law."),
        ("en", "Mayor Ellen Kray opened the new bridge in 2024.", "Mayor Ellen Kray opened the new bridge in 2023.",
         "Mayor Ellen Kray, who was elected in 2019, opened the new bridge."),
        ("es", "La planta química de Harwick fue inspeccionada en 2024.", "La planta química de Harwick fue inspeccionada en 2019.",
         "La ley de 2019 obliga a inspeccionar la planta química de Harwick."),
        ("de", "Das Chemiewerk in Harwick wurde im Jahr 2024 überprüft.", "Das Chemiewerk in Harwick wurde im Jahr 2019 überprüft.",
         "Das Chemiewerk in Harwick ist seit 2019 geschlossen."),
    ],
)  # fmt: skip
def test_a_background_year_never_conflicts_where_the_act_s_year_does(lang, a_text, act, background):
    assert (bool(_dates(a_text, act, lang)), _dates(a_text, background, lang)) == (True, [])

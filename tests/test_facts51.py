"""Results of one event compared across reports (session facts51): shares of parties, company results, prison terms,
warnings and votes, each with guards:

- one party's vote share changed, and the other report writes its sentence in another order or names no word of
  voting ("Los conservadores obtuvieron el 33% y los laboristas el 39%"), was missed: the share of the vote was set
  apart from a sentence naming no kind (:mod:`parallax.compare.share_kinds`, a won share is a share of the vote);
- two parties' shares swapped between reports ("Labour 41%, the Conservatives 33%" / "the Conservatives 41% and
  Labour 33%") agreed as one set of figures (:mod:`parallax.compare.party_shares`);
- "312 votes against 189" was no tally (:mod:`parallax.analyze.quantities.vote_splits`);
- "jailed for life" / "a 25-year sentence" was no conflict (:mod:`parallax.compare.life_terms`);
- the stock's share and the other kinds were read only in en, es, pt, it, fr, de, pl, bg and the unspaced scripts;
  now also ru, uk, nl, tr, id, ms, and a stock price kind in all of them (:mod:`parallax.compare.share_kinds`).

Invented reports (invented places, parties and people).
"""

from __future__ import annotations

from tests.helpers import mixed_articles, mixed_conflicts, sentence_pair_conflicts


def _numbers(*pairs: tuple[str, str]) -> list[dict]:
    return [v for kind, v in mixed_conflicts(*pairs) if kind == "number"]


# -- party shares

_WON = "Labour won the general election in Norland on Sunday. "
_WON_FR = "Le Labour a remporté dimanche les élections législatives en Norland. "
_WON_ES = "El Partido Laborista ganó el domingo las elecciones generales en Norland. "


def test_a_changed_share_in_a_sentence_naming_no_word_of_voting() -> None:
    found = _numbers(
        ("en", _WON + "Labour took 41% of the vote, the Conservatives 33%."),
        ("fr", _WON_FR + "Les conservateurs ont obtenu 33 %, le Labour 39 %."),
    )
    assert found == [{"a": [41.0], "b": [39.0], "unit": "%"}]
    found = _numbers(
        ("es", _WON_ES + "Los laboristas obtuvieron el 41% de los votos y los conservadores el 33%."),
        ("es", _WON_ES + "Los conservadores obtuvieron el 33% y los laboristas el 39%."),
    )
    assert found == [{"a": [41.0], "b": [39.0], "unit": "%"}]


def test_the_same_shares_in_another_order_agree() -> None:
    assert (
        _numbers(
            ("en", _WON + "Labour took 41% of the vote, the Conservatives 33%."),
            ("fr", _WON_FR + "Les conservateurs ont obtenu 33 %, le Labour 41 %."),
        )
        == []
    )
    assert (
        _numbers(
            ("es", _WON_ES + "Los laboristas obtuvieron el 41% de los votos y los conservadores el 33%."),
            ("es", _WON_ES + "Los conservadores obtuvieron el 33% y los laboristas el 41%."),
        )
        == []
    )
    assert _numbers(("en", _WON + "Labour 41%, Conservatives 33%."), ("en", _WON + "The Conservatives won 33% and Labour 41%.")) == []


def test_a_share_of_the_vote_is_no_turnout_nor_abstention() -> None:
    # the guard of share_kinds: a share a party won is no abstention, whatever the other sentence names
    pt = "Kovač venceu a eleição presidencial de Norland no domingo. "
    found = _numbers(("pt", pt + "A abstenção chegou a 24,1%."), ("pt", pt + "Seu adversário obteve 45,7%."))
    assert found == []


def test_two_parties_shares_swapped() -> None:
    found = _numbers(
        ("en", _WON + "Labour took 41% of the vote, the Conservatives 33%."), ("en", _WON + "The Conservatives took 41% and Labour 33%.")
    )
    assert {"a": [41.0], "b": [33.0], "unit": "%"} in found
    found = _numbers(
        ("fr", _WON_FR + "Le Labour a obtenu 41 % et les Tories 33 %."), ("fr", _WON_FR + "Les Tories ont obtenu 41 %, le Labour 33 %.")
    )
    assert {"a": [41.0], "b": [33.0], "unit": "%"} in found


# -- company results: a revenue sentence and a profit sentence


_RESULTS = "Veltra Group reported its annual results in Oslan on Tuesday. "


def test_revenue_is_never_compared_with_profit() -> None:
    assert (
        _numbers(
            ("en", _RESULTS + "Revenue rose 8% to €4.1bn, while net profit fell 3% to €610m."),
            ("en", _RESULTS + "Sales climbed 8 percent to 4.1 billion euros. Net profit dropped 3 percent to 610 million euros."),
        )
        == []
    )
    found = _numbers(
        ("en", _RESULTS + "Revenue rose 8% to €4.1bn. Net profit fell 3% to €610m."),
        (
            "fr",
            "Le groupe Veltra a publié mardi à Oslan ses résultats annuels. Le chiffre d'affaires a progressé de 8 % à 4,1 milliards"
            " d'euros. Le bénéfice net a reculé de 3 % à 650 millions d'euros.",
        ),
    )
    assert found == [{"a": [610000000.0], "b": [650000000.0], "unit": "€"}]


# -- votes

_BILL = "The Norland parliament approved the pension reform bill on Thursday. "


def test_votes_against_is_a_tally() -> None:
    found = _numbers(("en", _BILL + "The bill passed by 312 votes to 198."), ("en", _BILL + "The bill passed by 312 votes against 189."))
    assert found == [{"a": ["312 votes to 198"], "b": ["312 votes against 189"], "unit": "result"}]
    found = _numbers(("en", _BILL + "The bill passed 312-198."), ("en", _BILL + "The bill passed by 312 votes against 189."))
    assert found == [{"a": ["312-198"], "b": ["312 votes against 189"], "unit": "result"}]


def test_votes_against_that_agree() -> None:
    assert _numbers(("en", _BILL + "The bill passed 312-198."), ("en", _BILL + "The bill passed by 312 votes against 198.")) == []
    assert _numbers(("en", _BILL + "The bill passed by 312 votes to 198."), ("en", _BILL + "The bill passed 312-198.")) == []


# -- a life term against a term of years

_COURT = "A court in Dravik sentenced former mayor Ivo Marek on Monday for the murder of his business partner. "
_COURT_DE = (
    "Ein Gericht in Dravik hat den ehemaligen Bürgermeister Ivo Marek am Montag wegen Mordes an seinem Geschäftspartner verurteilt. "
)
_COURT_FR = "Un tribunal de Dravik a condamné lundi l'ancien maire Ivo Marek pour le meurtre de son associé. "


def test_life_against_a_term_of_years() -> None:
    found = _numbers(("en", _COURT + "Marek was jailed for life."), ("en", _COURT + "Marek was given a 25-year sentence."))
    assert found == [{"a": ["life"], "b": ["P25Y"], "unit": "duration"}]
    found = _numbers(
        ("en", _COURT + "Marek was jailed for 25 years."),
        ("fr", _COURT_FR + "Marek a été condamné à la réclusion criminelle à perpétuité."),
    )
    assert found == [{"a": ["P25Y"], "b": ["life"], "unit": "duration"}]


def test_life_terms_that_agree_or_set_a_minimum() -> None:
    assert _numbers(("en", _COURT + "Marek was jailed for life."), ("en", _COURT + "Marek was sentenced to life imprisonment.")) == []
    assert _numbers(("en", _COURT + "Marek was jailed for life."), ("de", _COURT_DE + "Marek erhielt eine lebenslange Haftstrafe.")) == []
    assert _numbers(("en", _COURT + "Marek was jailed for life."), ("fr", _COURT_FR + "Marek a été condamné à la perpétuité.")) == []
    # a life term with its minimum: the 25 years are the minimum, no other sentence
    assert (
        _numbers(
            ("en", _COURT + "Marek was jailed for life and must serve at least 25 years."),
            ("en", _COURT + "Marek was given a life sentence with a minimum term of 25 years."),
        )
        == []
    )
    assert (
        _numbers(
            ("en", _COURT + "Marek was jailed for life."), ("en", _COURT + "Marek must serve at least 25 years before he can seek parole.")
        )
        == []
    )


# -- warnings: the issue day against a report giving the issue and the expiry


_WARN = "The Norland weather service issued a red warning for heavy rain in Kesh province. "


def test_an_issue_day_against_an_issue_and_an_expiry() -> None:
    a = ("en", _WARN + "The warning was issued on Monday and expires on Wednesday.")
    assert _numbers(a, ("en", _WARN + "The warning was issued on Monday.")) == []
    assert [k for k, _ in mixed_conflicts(a, ("en", _WARN + "The warning was issued on Monday."))] == []
    fr = "Le service météorologique de Norland a émis une alerte rouge aux fortes pluies dans la province de Kesh. L'alerte a été émise lundi."
    assert [k for k, _ in mixed_conflicts(a, ("fr", fr))] == []


# -- the kinds of a percentage in more languages, a stock's price among them


def _pair(lang: str, a: str, b: str) -> list[tuple[str, dict]]:
    x, y = mixed_articles((lang, a), (lang, b))
    return sentence_pair_conflicts(x, 0, y, 0)


def test_a_stock_and_the_sales_are_two_kinds() -> None:
    cases = {
        "ru": ("Акции Veltra подорожали на 4%.", "Выручка Veltra выросла на 12%."),
        "nl": ("Het aandeel Veltra steeg 4 procent.", "De omzet van Veltra steeg met 12 procent."),
        "tr": ("Veltra hisseleri yüzde 4 yükseldi.", "Veltra'nın satışları yüzde 12 arttı."),
        "id": ("Saham Veltra naik 4 persen.", "Penjualan Veltra naik 12 persen."),
        "pl": ("Akcje Veltry podrożały o 4 proc.", "Przychody Veltry wzrosły o 12 proc."),
        "de": ("Die Veltra-Aktie stieg um 4 Prozent.", "Der Umsatz von Veltra stieg um 12 Prozent."),
        "ja": ("ヴェルトラの株価は4%上昇した。", "ヴェルトラの売上高は12%増加した。"),
        "ko": ("벨트라 주가는 4% 올랐다.", "벨트라 매출은 12% 늘었다."),
        "zh": ("维尔特拉股价上涨4%。", "维尔特拉营收增长12%。"),
    }
    for lang, (a, b) in cases.items():
        assert _pair(lang, a, b) == [], lang


def test_stock_moves_of_one_kind_still_conflict() -> None:
    assert _pair("ru", "Акции Veltra подорожали на 4%.", "Акции Veltra подорожали на 6%.") == [
        ("number", {"a": [4.0], "b": [6.0], "unit": "%"})
    ]
    assert _pair("tr", "Veltra hisseleri yüzde 4 yükseldi.", "Veltra hisseleri yüzde 6 yükseldi.") == [
        ("number", {"a": [4.0], "b": [6.0], "unit": "%"})
    ]


def test_more_languages_read_the_kinds_of_an_election() -> None:
    # a turnout and a party's share of the vote are two kinds in Russian, Dutch, Turkish and Indonesian too
    cases = {
        "ru": ("Явка составила 64%.", "Партия «Рассвет» набрала 41% голосов."),
        "nl": ("De opkomst bedroeg 64 procent.", "De partij kreeg 41 procent van de stemmen."),
        "tr": ("Katılım oranı yüzde 64 oldu.", "Parti oyların yüzde 41'ini aldı."),
        "id": ("Tingkat partisipasi mencapai 64 persen.", "Partai itu meraih 41 persen suara."),
    }
    for lang, (a, b) in cases.items():
        assert _pair(lang, a, b) == [], lang


_RESULTS_ES = "El grupo Veltra presentó el martes en Oslan sus resultados anuales. "
_RESULTS_DE = "Die Veltra Group hat am Dienstag in Oslan ihre Jahreszahlen vorgelegt. "


def test_a_level_reached_after_a_change_is_exact() -> None:
    # "cayó un 3%, hasta 650 millones": the profit fell to 650 million, no "up to 650 million" that 610 million fits
    found = _numbers(
        ("en", _RESULTS + "Revenue rose 8% to €4.1bn, while net profit fell 3% to €610m."),
        (
            "es",
            _RESULTS_ES
            + "Las ventas crecieron un 8%, hasta 4.100 millones de euros. El beneficio neto cayó un 3%, hasta 650 millones de euros.",
        ),
    )
    assert {"a": [610000000.0], "b": [650000000.0], "unit": "€"} in found
    # a bound with no change before it stays a bound
    assert (
        _numbers(
            ("es", _RESULTS_ES + "La empresa podría pagar multas de hasta 650 millones de euros."),
            ("es", _RESULTS_ES + "La empresa podría pagar multas de 610 millones de euros."),
        )
        == []
    )


def test_a_german_compound_names_the_profit() -> None:
    found = _numbers(
        ("en", _RESULTS + "Revenue rose 8% to €4.1bn, while net profit fell 3% to €610m."),
        (
            "de",
            _RESULTS_DE
            + "Der Umsatz stieg um 8 Prozent auf 4,1 Milliarden Euro. Der Nettogewinn sank um 5 Prozent auf 610 Millionen Euro.",
        ),
    )
    assert found == [{"a": [3.0], "b": [5.0], "unit": "%"}]


def test_two_convicts_terms_are_no_conflict() -> None:
    assert (
        _numbers(
            ("en", _COURT + "His accomplice Petr Novak was jailed for life."),
            ("en", _COURT + "Ivo Marek was given a 25-year sentence."),
        )
        == []
    )

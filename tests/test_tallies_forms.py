"""More forms of a result: a pair joined by a word ("3 à 1", "por 2 a 1"), German and Dutch compounds
("Abstimmung", "Auswärtssieg"), and a score that reads as a clock time with its verb far back in the
clause ("verlor am Sonntag gegen Kiel 21:23"); and the ranges, spans, ratios and clock times that stay
what they are."""

from __future__ import annotations

import pytest

import parallax
from parallax.analyze.quantities import TALLY, find_quantities, tally_pair
from parallax.records import Article
from tests.helpers import shown


def _analyzed(text: str, lang: str) -> Article:
    return parallax.analyze([Article(id="a", text=text, language=lang, published="2026-03-08T20:00:00Z")])[0]


def _tallies(text: str, lang: str) -> list[str]:
    """The results the whole analysis finds (the times stage first, as in a run)."""
    return [q.text for q in _analyzed(text, lang).quantities if q.unit == TALLY]


def _times(text: str, lang: str) -> list[str]:
    return [t.text for t in _analyzed(text, lang).times]


@pytest.mark.parametrize(
    ("text", "lang", "tally"),
    [
        # a pair joined by a word
        ("Lyon a battu Nantes 3 à 1.", "fr", "3 à 1"),
        ("Le PSG s'est imposé 2 à 0 face à Lyon.", "fr", "2 à 0"),
        ("Une défaite 1 à 3 pour Nantes.", "fr", "1 à 3"),  # rising, after a word of losing
        ("Lyon a battu Nantes 3 à 1 dimanche au Groupama Stadium.", "fr", "3 à 1"),  # a day after it is no noun it counts
        ("Nantes s'incline 0 à 2 face à Lyon.", "fr", "0 à 2"),
        ("Le match s'est terminé sur le score de 2 à 2.", "fr", "2 à 2"),  # level, a word of the contest
        ("O Palmeiras venceu o Santos por 2 a 1.", "pt", "2 a 1"),
        ("O Santos perdeu por 1 a 3 na Vila Belmiro.", "pt", "1 a 3"),
        ("O Brasil perdeu de 7 a 1 para a Alemanha.", "pt", "7 a 1"),  # "de" beside a verb of losing
        ("Os dois times empataram por 1 a 1.", "pt", "1 a 1"),
        ("El Madrid ganó por 2 a 1 al Barcelona.", "es", "2 a 1"),
        ("El Betis perdió 1 a 2 ante el Sevilla.", "es", "1 a 2"),
        ("La Juventus ha vinto 2 a 1 contro il Torino.", "it", "2 a 1"),
        # German and Dutch compounds: the word of the result at the end
        ("Die Abstimmung im Bundestag endete 52:48.", "de", "52:48"),
        ("Die Stichwahl endete 52:48.", "de", "52:48"),
        ("Nach dem Auswärtssieg 3:1 jubelten die Fans.", "de", "3:1"),
        ("Das Pokalspiel endete 2:1.", "de", "2:1"),
        ("Die Heimniederlage gegen Bayern endete 1:3.", "de", "1:3"),  # rising: a noun of losing before it
        ("Nach der 1:3-Heimniederlage trat der Trainer zurück.", "de", "1:3"),  # the noun of the result after it
        ("Het werd een thuisnederlaag: 1-3 tegen PSV.", "nl", "1-3"),
        # a score that reads as a clock time, its verb far back in the clause
        ("Der THW verlor am Sonntag gegen Kiel 21:23.", "de", "21:23"),
        ("Die Füchse Berlin verloren am Sonntagnachmittag in der ausverkauften Halle gegen den THW Kiel 21:23.", "de", "21:23"),
        ("Flensburg gewann am Sonntag gegen Kiel 23:21.", "de", "23:21"),  # falling, after a verb of winning
        ("Der HSV verlor am Sonntag gegen den 1. FC Köln 1:3.", "de", "1:3"),  # the point of an ordinal ends no sentence
        ("Kiel verlor am Sonntag 21:23 und rutschte auf Platz vier.", "de", "21:23"),
    ],
)
def test_more_forms_of_a_result(text, lang, tally):
    assert _tallies(text, lang) == [tally]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # ranges and spans joined by a word
        ("La convalescence prendra 3 à 5 jours.", "fr"),
        ("Après la défaite, le match retour est reporté de 3 à 5 jours.", "fr"),  # a word of losing, but days counted
        ("A obra dura de 2 a 3 semanas.", "pt"),
        ("Vieram entre 2 a 3 mil pessoas ao jogo.", "pt"),  # a contest near, but "entre" and thousands
        ("Les prix ont grimpé de 10 à 15 % après la victoire.", "fr"),
        ("Le festival se tient du 3 au 5 mai.", "fr"),
        ("Les voix sont passées de 30 à 10 en un an.", "fr"),  # a span from one count to another
        ("I seggi sono scesi da 3 a 1 dopo il voto.", "it"),
        # a ratio: no word of a contest near it (decided: "por 2 a 1" alone is no result)
        ("A proporção subiu por 2 a 1.", "pt"),
        ("Le mélange se fait à raison de 3 à 1.", "fr"),
        # clock times
        ("Le match commence à 15h30.", "fr"),
        ("O jogo começa às 18:30.", "pt"),
        ("Der THW trifft am Sonntag um 18:30 auf Kiel.", "de"),
        ("Anpfiff ist um 15:30.", "de"),
        ("Das Spiel beginnt am Samstag 15:30.", "de"),
        ("Kiel verlor am Samstag und trifft am Sonntag 18:30 auf Flensburg.", "de"),  # past a word of the schedule
        ("Nachdem Kiel verloren hatte, beginnt das Training am Montag 10:30.", "de"),
        ("Kiel verlor, das Rückspiel ist um 18:30.", "de"),  # a word of the hour before it
        ("The team lost on Saturday and meets Leeds on Sunday 3:15.", "en"),
        ("Der Mann, der seinen Job verloren hatte, wurde am Dienstag 21:30 festgenommen.", "de"),  # another clause's verb
        ("Rovers lost the lead 1:05 before the end.", "en"),  # a leading zero: minutes, no score
        ("Flensburg gewann am Sonntag gegen Kiel 19:21.", "de"),  # rising after a verb of winning: not read
        # the form of another language is not read
        ("Rovers won 3 a 1 on aggregate.", "en"),
        ("Shares fell 3-4 and recovered later.", "en"),  # English "and" after a rising pair: a range still
    ],
)
def test_ranges_spans_ratios_and_clock_times_stay(text, lang):
    assert _tallies(text, lang) == []


def test_a_clock_time_after_a_result_stays_a_time():
    assert "18:30" in _times("Der THW trifft am Sonntag um 18:30 auf Kiel.", "de")
    assert "15:30" in _times("Das Spiel beginnt am Samstag 15:30.", "de")
    assert "21:23" not in _times("Der THW verlor am Sonntag gegen Kiel 21:23.", "de")


def test_a_pair_joined_by_a_word_reads_as_either_side():
    assert tally_pair("3 à 1") == tally_pair("1-3") == tally_pair("1 a 3") == (3, 1)


def test_the_word_pair_without_times_still_reads():
    found = [(q.text, q.unit) for q in find_quantities("Lyon a battu Nantes 3 à 1.", "fr", [])]
    assert found == [("3 à 1", TALLY)]


def _conflicts(a_text: str, b_text: str, lang: str) -> list[dict]:
    a = Article(id="a", text=a_text, outlet="A", published="2026-03-08T20:00:00Z", language=lang)
    b = Article(id="b", text=b_text, outlet="B", published="2026-03-08T21:00:00Z", language=lang)
    d = parallax.compare([a, b]).to_dict()
    return [shown(c) for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]


REST_FR = "\n\nL'attaquant Karim Diallo a marqué deux fois avant la pause devant 40 000 spectateurs au Groupama Stadium."
REST_PT = "\n\nO atacante Rafael Souza marcou duas vezes antes do intervalo diante de 40 mil torcedores no Allianz Parque."
REST_DE = "\n\nRechtsaußen Jonas Berger traf neunmal vor 10.000 Zuschauern in der ausverkauften Halle."


@pytest.mark.parametrize(
    ("a", "b", "lang", "values"),
    [
        ("Lyon a battu Nantes 3 à 1 dimanche au Groupama Stadium." + REST_FR,
         "Lyon a battu Nantes 3-2 dimanche au Groupama Stadium." + REST_FR, "fr", (["3 à 1"], ["3-2"])),
        ("O Palmeiras venceu o Santos por 2 a 1 no domingo no Allianz Parque." + REST_PT,
         "O Palmeiras venceu o Santos por 3 a 1 no domingo no Allianz Parque." + REST_PT, "pt", (["2 a 1"], ["3 a 1"])),
        ("Die Abstimmung im Bundestag über das Heizungsgesetz endete 52:48." + REST_DE,
         "Die Abstimmung im Bundestag über das Heizungsgesetz endete 51:49." + REST_DE, "de", (["52:48"], ["51:49"])),
        ("Die Füchse Berlin verloren am Sonntag in der ausverkauften Halle gegen den THW Kiel 21:23." + REST_DE,
         "Die Füchse Berlin verloren am Sonntag in der ausverkauften Halle gegen den THW Kiel 21:24." + REST_DE, "de", (["21:23"], ["21:24"])),
    ],
)  # fmt: skip
def test_a_different_result_in_these_forms_is_a_conflict(a, b, lang, values):
    assert {"a": values[0], "b": values[1], "unit": "result"} in _conflicts(a, b, lang)


def test_the_same_result_told_from_the_other_side_in_another_form_is_no_conflict():
    found = _conflicts("Lyon a battu Nantes 3 à 1 dimanche au Groupama Stadium." + REST_FR,
                       "Nantes s'est incliné 1-3 face à Lyon dimanche au Groupama Stadium." + REST_FR, "fr")  # fmt: skip
    assert not [c for c in found if c.get("unit") == "result"]


# --- Chinese, Japanese and Korean scores ("3比1", "7対2", "2대1", "3－1で") ---------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "tally"),
    [
        ("北京国安队3比1战胜上海申花队。", "zh", "3比1"),
        ("中国男篮以1：0获胜。", "zh", "1：0"),
        ("浦和は12日、鹿島に4対2で勝った。", "ja", "4対2"),
        ("なでしこジャパンは9日、米国に1－2で敗れた。", "ja", "1－2"),
        ("수원은 12일 포항을 3대2로 꺾었다.", "ko", "3대2"),
        ("한국이 이란을 2 대 0으로 이겼다.", "ko", "2 대 0"),
        ("전북은 서울에 1-2로 패했다.", "ko", "1-2"),
    ],
)
def test_a_score_in_chinese_japanese_and_korean(text, lang, tally):
    assert _tallies(text, lang) == [tally]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("该校男女生比例为3比2。", "zh"),  # a ratio: no word of a contest near it
        ("賛成と反対の割合は3対1だった。", "ja"),
        ("소방헬기 3대를 투입했다.", "ko"),  # 대 counts vehicles
        ("경기는 오후 7:30에 시작한다.", "ko"),  # a clock time
    ],
)
def test_ratios_counters_and_times_in_chinese_japanese_and_korean_stay(text, lang):
    assert _tallies(text, lang) == []


def test_a_different_score_in_japanese_is_a_conflict_and_a_translation_agrees():
    rest = "\n\n先発の佐藤は8回を無失点に抑えた。"
    a = "ソフトバンクは12日、西武に5対2で勝った。" + rest
    assert {"a": ["5対2"], "b": ["5対3"], "unit": "result"} in _conflicts(a, "ソフトバンクは12日、西武に5対3で勝った。" + rest, "ja")
    assert tally_pair("5対2") == tally_pair("2-5") == tally_pair("5－2") == (5, 2)


@pytest.mark.parametrize(
    ("text", "lang", "tally"),
    [
        ("Dinamo je pobijedio Hajduk 3:1 u subotu.", "hr", "3:1"),
        ("HJK voitti Interin 3–1 lauantaina.", "fi", "3–1"),
        ("Ferencváros 2:0-ra nyert a Fradi ellen.", "hu", "2:0"),
        ("Malmö vann mot AIK med 3–1.", "sv", "3–1"),
        ("Galatasaray, Fenerbahçe'yi 3-1 yendi.", "tr", "3-1"),
        ("Omjer je 3:1 u korist žena.", "hr", None),  # a ratio: no word of the result
    ],
)
def test_results_beside_a_word_of_winning_in_more_languages(text, lang, tally):
    found = [q.text for q in find_quantities(text, lang, []) if q.unit == TALLY]
    assert found == ([tally] if tally else [])

"""Quotation QA beyond English, session 36: names in quotation marks, speakers run on with an outlet or a
Japanese role.  Our own sentences, in the style of news copy."""

from __future__ import annotations

import pytest

import parallax
from parallax import Options
from parallax.analyze.quotes.uncased_names import _ja_name
from parallax.analyze.quotes.works import names_a_body
from parallax.compare.source_lines import is_source_line
from parallax.compare.translated_cuts import cut_short
from parallax.records import Article
from tests.helpers import analyzed


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("bg", 'Лидерът на "Право и справедливост" Ярослав Качински посети София в сряда.', "Право и справедливост"),
        ("bg", "Депутатите от „Движение за права и свободи“ гласуваха против бюджета.", "Движение за права и свободи"),
        ("ru", "Газопровод «Северный поток — 2» был поврежден в сентябре.", "Северный поток — 2"),
        ("ru", "Представители партии «Новые люди и голос города» провели встречу.", "Новые люди и голос города"),
        ("pl", "Zarząd spółki „Nowe Huty Śląskie” ogłosił wyniki w środę.", "Nowe Huty Śląskie"),
        ("uk", "Депутати від «Слуга народу» підтримали законопроєкт у четвер.", "Слуга народу"),
        ("de", "Die Pipeline „Nord Stream 2“ wurde im September beschädigt.", "Nord Stream 2"),
    ],
)
def test_a_quoted_name_of_a_party_or_company_is_no_quotation(lang: str, text: str, name: str) -> None:
    assert name not in [q.text for q in analyzed(text, lang).quotes]


@pytest.mark.parametrize(
    ("lang", "text", "quoted"),
    [
        # after a colon or a comma the sentence hands the words to a speaker: a quotation
        ("bg", "Премиерът заяви: „Ще подкрепим бюджета до края на годината.“", "Ще подкрепим бюджета до края на годината."),
        # lower case: a phrase that goes on with the sentence, not a name
        ("ru", "Министр назвал решение «серьёзной ошибкой правительства» в среду.", "серьёзной ошибкой правительства"),
    ],
)
def test_a_quotation_after_a_colon_or_in_lower_case_stays(lang: str, text: str, quoted: str) -> None:
    assert any(quoted.strip(".") in q.text for q in analyzed(text, lang).quotes)


def test_names_a_body_reads_the_word_before() -> None:
    text = 'Лидерът на "Право и справедливост" посети София.'
    start = text.index("Право")
    assert names_a_body(text, start, start + len("Право и справедливост"), "bg")
    said = 'Той каза: "Право и справедливост".'
    s2 = said.index("Право")
    assert not names_a_body(said, s2, s2 + len("Право и справедливост"), "bg")
    # German capitalises every noun: only the noun of the body's kind before makes it a name
    de = "Er sprach von „Verrat an den Wählern“ im Landtag."
    s3 = de.index("Verrat")
    assert not names_a_body(de, s3, s3 + len("Verrat an den Wählern"), "de")


def test_an_outlet_run_on_with_the_speaker_is_none_of_the_name() -> None:
    art = analyzed("In an interview with CNN Sanders said the bill would fail in the Senate.", "en")
    assert [q.speaker for q in art.quotes] == ["Sanders"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("マルクス・レンツ最高経営責任者（CEO）", "マルクス・レンツ"),
        ("独自動車大手のマルクス・レンツ社長", "マルクス・レンツ"),
        ("森田健太さん（34）", "森田健太"),
        ("会社員のジョン・スミスさん", "ジョン・スミス"),
    ],
)
def test_a_japanese_speaker_without_the_role_or_aside(phrase: str, name: str) -> None:
    assert _ja_name(phrase) == name


def test_a_japanese_speaker_with_a_role_in_the_sentence() -> None:
    art = analyzed("マルクス・レンツ最高経営責任者（CEO）は「来年は黒字化する」と述べた。", "ja")
    assert [q.speaker for q in art.quotes] == ["マルクス・レンツ"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Об этом сообщает ТАСС."),
        ("ru", "Об этом сообщает ТАСС со ссылкой на пресс-службу МЧС."),
        ("uk", "Про це повідомляє Anadolu."),
        ("pl", "Informuje o tym PAP."),
        ("pl", "O tym poinformowała agencja Reuters."),
        ("bg", "Това съобщи БТА."),
        ("cs", "Informuje o tom ČTK."),
        ("de", "Darüber berichtete der Spiegel."),
        ("en", "This was reported by Reuters."),
        ("fr", "C'est ce qu'a rapporté Le Monde."),
        ("es", "Así lo informó la agencia EFE."),
        ("it", "Lo riporta l'Ansa."),
        ("pt", "A informação é da agência Lusa."),
    ],
)
def test_a_line_naming_who_reported_is_a_source_line(lang: str, text: str) -> None:
    assert is_source_line(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the pronoun's statement said in the line itself, or more than a source: facts of their own
        ("ru", "Об этом сообщает ТАСС, а также об эвакуации жителей трёх сёл, пострадавших от наводнения на реке Амур."),
        ("ru", "ТАСС сообщает, что погибли три человека."),
        ("en", "Reuters reported that three people died."),
        ("pl", "Informuje, że zginęły trzy osoby."),
        ("it", "Lo ha detto il sindaco di Genova."),
    ],
)
def test_a_statement_is_no_source_line(lang: str, text: str) -> None:
    assert not is_source_line(text, lang)


def test_a_source_line_joins_the_statement_it_attributes() -> None:
    a = Article(
        id="a",
        text="Пожар\n\nПожар на складе в Казани потушили утром в среду. Об этом сообщает ТАСС.",
        language="ru",
        published="2026-03-05",
    )
    b = Article(id="b", text="Пожар\n\nПожар на складе в Казани потушили утром в среду.", language="ru", published="2026-03-05")
    facts = parallax.compare([a, b], Options(embedder="hashing")).facts
    lone = [f for f in facts if any("ТАСС" in s.text for s in f.sentences)]
    assert len(lone) == 1 and len(lone[0].sentences) >= 2 and lone[0].status != "unique"


_EN = "We will rebuild every home that the flood destroyed. No family will be left without a roof over its head this winter."
_BG_CUT = "Ще възстановим всеки дом, разрушен от наводнението."
_BG_FULL = "Ще възстановим всеки дом, разрушен от наводнението. Нито едно семейство няма да остане без покрив над главата си тази зима."


def test_a_translation_of_only_some_sentences_is_cut_short() -> None:
    assert cut_short(_EN, _BG_CUT) == 1
    assert cut_short(_BG_CUT, _EN) == 0
    assert cut_short(_EN, _BG_FULL) is None  # as many sentences: a whole translation


def _grouped(bg: str) -> list[tuple[str, list[str]]]:
    a = Article(id="a", text=f'Flood\n\n"{_EN}" Prime Minister Ivan Petrov said on Monday.', language="en", published="2026-03-05")
    b = Article(
        id="b",
        text=f"Наводнение\n\n„{bg}“, заяви в понеделник премиерът Иван Петров.",
        language="bg",
        published="2026-03-05",
    )
    return [(g.fidelity, [v.fidelity for v in g.variants]) for g in parallax.compare([a, b]).quotes]


def test_a_shortened_translation_is_graded_trimmed() -> None:
    assert _grouped(_BG_CUT.rstrip(".")) == [("trimmed", ["verbatim", "trimmed"])]
    assert _grouped(_BG_FULL.rstrip(".")) == [("paraphrase", ["verbatim", "paraphrase"])]


def test_a_capitalised_quotation_after_the_word_for_that_stays() -> None:
    # 'dijo que "Nadie ..."': the reported words, handed over by "que" as by a colon
    art = analyzed('El presidente dijo que "Nadie quedará atrás" en la reconstrucción.', "es")
    assert "Nadie quedará atrás" in [q.text for q in art.quotes]


def test_a_name_swallowed_by_an_opening_participle_clause_speaks() -> None:
    # "Speaking to NBC News Warren said": the parser hangs "Warren" on "to", as it does in an opening phrase
    art = analyzed("Speaking to NBC News Warren said the plan was dead.", "en")
    assert [(q.text, q.speaker) for q in art.quotes] == [("the plan was dead", "Warren")]


def test_a_serbian_cyrillic_source_line() -> None:
    assert is_source_line("О томе извештава Танјуг.", "sr")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "Как сказал министр Иван Петров, «решение будет принято до конца недели».", "Иван Петров"),
        ("uk", "Як зазначив міністр Іван Петренко, «рішення ухвалять до кінця тижня».", "Іван Петренко"),
        ("pl", "Jak powiedział minister Jan Kowalski, „decyzja zapadnie do końca tygodnia”.", "Jan Kowalski"),
    ],
)
def test_as_said_by_a_role_and_name_before_the_quotation(lang: str, text: str, speaker: str) -> None:
    # "Как" (as) opening the sentence before the cue is no name: the name after the cue speaks
    assert [q.speaker for q in analyzed(text, lang).quotes] == [speaker]


def test_a_translation_that_joins_two_sentences_into_one_is_not_cut() -> None:
    joined = "Ще възстановим всеки дом, разрушен от наводнението, и нито едно семейство няма да остане без покрив над главата си тази зима."
    assert cut_short(_EN, joined) is None

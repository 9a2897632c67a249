"""QA round 55b (European languages): an outlet quoting a person's words whose Ukrainian genitive surname reads like a
country's ("наводить агентство слова Івана Петренка"), ..."""

from __future__ import annotations

import pytest

from tests.helpers import quote_speakers


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Пожежа почалася вранці. «Постраждалих немає», — наводить агентство слова Івана Петренка.", "uk", "Іван Петренко"),
        ("«Евакуацію завершено», — наводять місцеві ЗМІ слова Олени Бондаренко.", "uk", "Олена Бондаренко"),
        ("„Няма пострадали“, цитира агенцията думите на Иван Петров.", "bg", "Иван Петров"),
        # a role before a country in the genitive is still a description, not a person
        ("«Постраждалих немає», — заявив посол Туреччини.", "uk", "посол Туреччини"),
    ],
)
def test_an_outlet_quoting_a_person_s_words_with_a_genitive_surname(text, lang, speaker) -> None:
    assert quote_speakers(text, lang) == [speaker]

"""Short texts whose letters tell a language the identifier confuses with its nearest common neighbour."""

import pytest

from parallax.config import Options
from parallax.ingest.language import detect_language


def _lang(text: str) -> str | None:
    return detect_language(text, Options().languages, Options().more_languages)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Požar so pogasili, je sporočila policija.", "sl"),  # č, š, ž and no long vowel: not Czech
        ("Dva človeka sta umrla v nesreči pri Mariboru.", "sl"),
        ("Пожарът в склада бе овладян късно вечерта.", "bg"),  # ъ a vowel, no ы, э
        # and the neighbours stay themselves
        ("Policie uvedla, že nehoda se stala ve čtvrtek večer.", "cs"),  # no long vowel, but the identifier is sure
        ("Požár se podařilo uhasit, uvedla policie.", "cs"),
        ("Объявлен конкурс на съезд партии в Москве.", "ru"),  # ъ before е, and ы
        ("Dvaja ľudia zahynuli pri nehode pri Žiline.", "sk"),
        # Serbian Cyrillic: ј, љ, њ, џ, ђ, ћ and none of й, я, ы, ь, і
        ("Министар Јовановић", "sr"),
        ("Љубљана и Ниш", "sr"),
        ("Уряд заявив, що переговори продовжаться в понеділок.", "uk"),
    ],
)
def test_the_letters_decide_between_close_languages(text, language):
    assert _lang(text) == language

"""Session 55, lead: review fixes on the merged tree (invented sentences)."""

from __future__ import annotations

from functools import partial

from tests.helpers import quote_speakers

_speakers = partial(quote_speakers, published="2026-12-07T08:00:00+00:00")

_NAMED = "जिला अग्निशमन अधिकारी सुरेश नागर मौके पर पहुंचे।"  # "District fire officer Suresh Nagar reached the spot."
_SAID = "उन्होंने बताया कि आग पर तीन घंटे में काबू पा लिया गया।"  # "He said the fire was controlled in three hours."
_FILLER = "शहर में बारिश के बाद यातायात धीमा रहा और कई सड़कों पर पानी भरा रहा।"  # traffic was slow after the rain


def test_a_hindi_pronoun_takes_up_a_person_named_a_few_paragraphs_back_not_one_named_pages_earlier() -> None:
    # the pronoun opening a paragraph looks back over the last 3,000 characters: a person named two paragraphs
    # before is its speaker; one named sixty paragraphs before (about 4,000 characters) is not, and the look-back
    # no longer reads the whole report from every paragraph (its cost had grown with the square of the length)
    near = "\n\n".join([_NAMED, _FILLER, _SAID])
    assert _speakers(near, "hi") == ["सुरेश नागर"]
    far = "\n\n".join([_NAMED, *[_FILLER] * 60, _SAID])
    assert "सुरेश नागर" not in _speakers(far, "hi")


def test_the_text_before_a_paragraph_is_bounded_and_the_last_speaker_shifted_into_it() -> None:
    from types import SimpleNamespace

    from parallax.analyze.quotes.indic_pronouns import LOOK_BACK, text_before
    from parallax.records import Quote

    text = "x" * 5000 + "y" * 100
    quote = Quote("z", 4900, 4910, "indirect", "Y", 4950, 4960, "said", 0)
    article = SimpleNamespace(text=text, quotes=[quote])
    before, said = text_before(article, SimpleNamespace(offset=5100))
    assert len(before) == LOOK_BACK and before == text[5100 - LOOK_BACK : 5100]
    assert said == (4950 - (5100 - LOOK_BACK), 4960 - (5100 - LOOK_BACK))
    # a speaker before the window is not carried
    article.quotes = [Quote("z", 100, 110, "indirect", "Y", 120, 130, "said", 0)]
    assert text_before(article, SimpleNamespace(offset=5100))[1] is None

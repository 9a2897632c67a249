"""No sentence ends inside a name (QA sweep 17): the small French model takes "Claire" in "la
présidente Claire Mondésir" for an adjective and starts a new sentence at "Mondésir".  A cut the
parser makes after a word, with no mark at all, is undone; a line break still cuts, and so does
every full stop."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, sentences


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Les faits sont d'une gravité particulière pour un élu », a déclaré la présidente Claire Mondésir en lisant le jugement."),
        ("fr", "« Nous ferons appel », a annoncé le ministre de la Justice Gérald Darmanin devant la presse."),
        ("fr", "« La décision est juste », a estimé la procureure Sophie Lantier en sortant du tribunal."),
        ("en", "At Tuesday’s mayoral debate, Alvarez cited dismissive remarks Mercer had made about Ferreira as examples of "
               "the incumbent’s disregard for tenants."),
    ],
)  # fmt: skip
def test_one_sentence_across_a_name(lang, text):
    assert sentences(text, lang) == [text]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("fr", "La présidente Claire Mondésir a lu le jugement. Le procureur Antoine Roux a fait appel.", 2),
        ("fr", "Selon le député Jean Moreau, la loi sera votée. Le texte arrive au Sénat mardi.", 2),
        ("fr", "La maire Anne Hidalgo était présente. Elle a salué la décision.", 2),
        # a line break inside the paragraph still cuts, with no mark before it
        ("en", "Why did we wait this long?” ― Owen Strand\n“Mercer must stop treating nurses as expendable staff.”", 2),
    ],
)
def test_real_sentence_ends_stay(lang, text, count):
    assert len(sentences(text, lang)) == count, sentences(text, lang)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # once one sentence (the parser cut it after "Moderator"), the verb after the colon is what the
        # headline reports of the senator: the quoted words are still the labelled person's
        ("Dale Whitcomb: Senator Asking Moderator To Fact Check Mercer ‘Smells of Panic.’", "Dale Whitcomb"),
        ("Pat Caddell: Democrat Voters Worried Clinton Is ‘in Their Heads’", "Pat Caddell"),
        # a label that names no person leaves the verb its cue
        ("Update: Police Chief Says Suspect ‘Acted Alone’", "Police Chief"),
    ],
)
def test_a_headline_label_speaks_its_quotation(text, speaker):
    art = analyzed(text, "en")
    assert [q.speaker for q in art.quotes if q.kind != "indirect"] == [speaker]

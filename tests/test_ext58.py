"""Session 58, extraction and ingest in other languages: the outlet's "Follow us" note told from prose in ten
languages beside English, the readers' bad-input messages ("<input>: <reason>"), and invented news pages laid out
as German, French, Spanish, Japanese, Arabic and Russian sites lay them out, read by ``parallax ingest``.  All
text, outlets, people and places invented."""

from __future__ import annotations

import pytest

from parallax.ingest.boilerplate import boilerplate_reason
from parallax.ingest.follow_calls import follow_prose
from tests.helpers import HARBOUR_PARAS, harbour_page, page_paragraphs

# ------------------------------------------------------------------ "Follow us" in other languages

# the site's note: a network, the site's channel or page, what it promises, or the words alone
_FOLLOW_NOTES = [
    "Folgen Sie uns auf Telegram",
    "Folgen Sie uns auf Instagram, um nichts zu verpassen.",
    "Folgen Sie uns!",
    "Suivez-nous sur Telegram pour ne rien manquer de l'actualité du port.",
    "Retrouvez-nous sur notre chaîne YouTube",
    "Síguenos en nuestro canal de WhatsApp para más noticias.",
    "Síguenos en redes sociales",
    "Seguici su Instagram",
    "Seguici anche su Facebook e X per restare aggiornato.",
    "Siga-nos no Instagram",
    "Siga-nos nas redes sociais para não perder nenhuma notícia.",
    "Volg ons op Facebook",
    "Volg ons voor meer nieuws uit de haven.",
    "Obserwuj nas na Facebooku",
    "Śledź nas na Twitterze, aby być na bieżąco.",
    "Подписывайтесь на наш канал в Telegram",
    "Следите за нами в соцсетях",
    "تابعونا على تويتر",
    "تابعونا على فيسبوك وإنستغرام لمزيد من الأخبار",
    "公式Xをフォローしてください。",
    "最新ニュースはLINE公式アカウントをフォローしてチェック！",
]
# prose: the reader led somewhere, or the words in a clause of reporting
_FOLLOW_PROSE = [
    "Folgen Sie uns auf einen Rundgang durch den alten Hafen, wo Taucher Risse an zwei Pfeilern der Brücke fanden.",
    "Folgen Sie uns, sagte der Hafenmeister, und die Gruppe stieg zu den Pumpen hinab.",
    "Suivez-nous sur les quais du vieux port, où les plongeurs ont trouvé des fissures dans deux piliers.",
    "Síguenos en este recorrido por el viejo puerto, donde los buzos hallaron grietas en dos pilares del puente.",
    "Seguici lungo il vecchio molo, dove i sommozzatori hanno trovato crepe in due piloni del ponte.",
    "Siga-nos até o velho porto, onde os mergulhadores encontraram rachaduras em dois pilares da ponte.",
    "Volg ons naar de oude haven, waar duikers scheuren vonden in twee pijlers van de brug.",
    "Śledźcie nas w drodze do starego portu, gdzie nurkowie znaleźli pęknięcia w dwóch filarach mostu.",
    "Следите за нами: мы спускаемся в старый туннель под портом, где водолазы нашли трещины в опорах.",
    "تابعونا إلى الميناء القديم حيث وجد الغواصون شقوقا في دعامتين من دعامات الجسر.",
    "市は高齢の患者を地域でフォローしてください、と医師会に求めた。",
]


@pytest.mark.parametrize("note", _FOLLOW_NOTES)
def test_the_sites_follow_note_goes_in_each_language(note):
    assert not follow_prose(note)
    assert boilerplate_reason(note) is not None
    assert boilerplate_reason(note, is_last=True) is not None


@pytest.mark.parametrize("sentence", _FOLLOW_PROSE)
def test_prose_that_says_follow_us_stays_in_each_language(sentence):
    assert follow_prose(sentence)
    assert boilerplate_reason(sentence) is None
    assert boilerplate_reason(sentence, is_last=True) is None


@pytest.mark.parametrize("note", ["Seguici su Instagram", "Obserwuj nas na Facebooku", "تابعونا على تويتر"])
def test_a_follow_note_under_the_headline_goes_from_the_page(note):
    assert page_paragraphs(harbour_page(top=f"<p>{note}</p>")) == HARBOUR_PARAS


@pytest.mark.parametrize("sentence", [_FOLLOW_PROSE[0], _FOLLOW_PROSE[4], _FOLLOW_PROSE[6]])
def test_an_opening_paragraph_that_leads_the_reader_stays_on_the_page(sentence):
    assert sentence in page_paragraphs(harbour_page(paras=[sentence, *HARBOUR_PARAS]))

"""The openers of newspaper reports that are no part of the report: a paper's own credit ("本报讯", "جدة -
«الشرق اليوم»:"), the agency alone ("(AFP) -"), a Hungarian wire date; and sentences shaped like them.
All texts invented."""

from __future__ import annotations

import pytest

from parallax.ingest.clean import clean_paragraphs
from parallax.ingest.datelines import split_dateline


@pytest.mark.parametrize(
    ("para", "place", "agency", "rest"),
    [
        ("本报讯（记者 李青）江城地铁三号线昨日开通。", "", "本报", "江城地铁三号线昨日开通。"),
        ("本报江城5月8日电（记者 李青）今天召开会议。", "江城", "本报", "今天召开会议。"),
        ("本報訊 市府昨日宣布新措施。", "", "本報", "市府昨日宣布新措施。"),
        ("الواحة - «صوت الساحل»: أعلنت البلدية إغلاق الطريق.", "الواحة", "صوت الساحل", "أعلنت البلدية إغلاق الطريق."),
        ("الواحة - ونا: افتتح المحافظ المستشفى.", "الواحة", "ونا", "افتتح المحافظ المستشفى."),
        ("(AFP) - Des centaines de vols ont été annulés.", "", "AFP", "Des centaines de vols ont été annulés."),
        ("(Reuters) - The company said on Monday.", "", "Reuters", "The company said on Monday."),
        ("Kővárhely, 2026. április 9., csütörtök (MTI) – Tűz ütött ki a raktárban.", "Kővárhely", "MTI", "Tűz ütött ki a raktárban."),
    ],
)
def test_more_newspaper_openers_are_datelines(para, place, agency, rest):
    d = split_dateline(para)
    assert d is not None and (d.place, d.agency, d.after.strip()) == (place, agency, rest)


@pytest.mark.parametrize(
    "para",
    [
        "本报记者近日走访江城各区发现，新线开通后客流大增。",
        "本报通讯员近日发现问题。",
        "وأضاف - مؤكدا: إن العمل مستمر.",
        "UNICEF – the United Nations children's agency – said on Thursday it needed money.",
        "NASA - the space agency - confirmed the launch.",
        "(Mary) - no.",
    ],
)
def test_sentences_like_those_openers_stay(para):
    assert split_dateline(para) is None


def test_a_papers_own_credit_becomes_the_dateline():
    cleaned = clean_paragraphs(["本报讯（记者 李青）江城地铁三号线昨日开通。", "市民纷纷前来体验。"])
    assert cleaned.dateline == "本报" and cleaned.text.startswith("江城地铁三号线")

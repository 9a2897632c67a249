"""Cleaning and sentence rules for lines that are not reporting: bylines and agency signatures at the
edges of an article, wire datelines in more languages, live-blog timestamps, rank abbreviations
before a name and one-word sentences.  All texts are invented for these tests."""

from __future__ import annotations

import pytest

from parallax.ingest.clean import clean_paragraphs
from parallax.ingest.datelines import split_dateline
from tests.helpers import analyzed, sentences

_BODY = "Der Stadtrat hat am Montag den neuen Haushalt für das kommende Jahr beschlossen."
_MORE = "Die Opposition stimmte geschlossen dagegen und kündigte eine Klage an."


# --- bylines and signatures at the edges -------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "Von Henrike Baumgart",
        "Por Lucía Gómez-Arrieta",
        "Par Étienne Roussel et Anne Picard",
        "Di Marco Bellandi",
        "Door Pieter van den Berg",
        "Av Ingrid Solberg",
        "Przez Tomasz Wierzbicki",
        "Автор Ирина Соколова",
        "Propos recueillis par Louise Garnier",
        "Ewa Stankiewicz",
        "Héctor Villaseca | Ciudad Real",
        "Marta Ortiz | Redactora de sociedad",
    ],
)
def test_byline_first_paragraph_is_not_text(byline):
    cleaned = clean_paragraphs([byline, _BODY, _MORE])
    assert cleaned.text == f"{_BODY}\n\n{_MORE}" and cleaned.removed == [byline]


@pytest.mark.parametrize("signature", ["abc xyz/qrs", "kle/dpa", "(AFP)", "(dpa)", "(PAP)", "(EFE)", "Von Henrike Baumgart"])
def test_signature_last_paragraph_is_not_text(signature):
    cleaned = clean_paragraphs([_BODY, _MORE, signature])
    assert cleaned.text == f"{_BODY}\n\n{_MORE}" and cleaned.removed == [signature]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ewa Stankiewicz",  # a name inside the article may be a subheading or a Q/A label: it stays
        "Von Henrike Baumgart",
    ],
)
def test_name_line_in_the_middle_stays(paragraph):
    cleaned = clean_paragraphs([_BODY, paragraph, _MORE])
    assert paragraph in cleaned.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ruhe.",  # a one-word paragraph that ends a sentence
        "Von Montag an gilt das Verbot.",
        "Por fin llegó la lluvia.",
        "Par ailleurs, rien.",
        "Berlin bleibt.",
        "Niemand weiß es.",
        "(Fortsetzung folgt am Dienstag mit weiteren Zahlen)",
        "and so on",
    ],
)
def test_real_short_paragraph_at_the_edges_stays(paragraph):
    assert paragraph in clean_paragraphs([paragraph, _BODY, _MORE]).text
    assert paragraph in clean_paragraphs([_BODY, _MORE, paragraph]).text


def test_only_paragraph_is_never_removed_as_a_byline():
    assert clean_paragraphs(["Ewa Stankiewicz"]).text == "Ewa Stankiewicz"


def test_byline_then_dateline_both_leave_the_text():
    cleaned = clean_paragraphs(["Von Henrike Baumgart", "Kesselbach (dpa) - " + _BODY, _MORE])
    assert cleaned.text.startswith("Der Stadtrat") and cleaned.dateline == "Kesselbach (dpa)"


# --- datelines ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("para", "place", "rest"),
    [
        ("Puerto Olvido, 4 oct (EFE).- La Guardia Civil cerró la carretera.", "Puerto Olvido", "La Guardia Civil cerró la carretera."),
        ("Villamayor de los Campos, 4 oct (EFE).- La Guardia Civil cerró la carretera.", "Villamayor de los Campos", "La Guardia Civil cerró la carretera."),
        ("SAN PEDRO DEL MONTE (Soria), 12 feb (EFE).- Los vecinos protestaron.", "SAN PEDRO DEL MONTE (Soria)", "Los vecinos protestaron."),
        ("ЗАРЕЧЕНСК, 7 марта. /АБВ/. Мэр города подал в отставку.", "ЗАРЕЧЕНСК", "Мэр города подал в отставку."),
        ("ЗАРЕЧЕНСК, 7 марта. Мэр города подал в отставку.", "ЗАРЕЧЕНСК", "Мэр города подал в отставку."),
        ("ZAGÓRZE, 3 października (PAP) - Policja zatrzymała kierowcę.", "ZAGÓRZE", "Policja zatrzymała kierowcę."),
        ("Ostheim, 2. Mai (dpa) - Die Polizei sperrte die Straße.", "Ostheim", "Die Polizei sperrte die Straße."),
    ],
)
def test_wire_datelines_in_more_languages(para, place, rest):
    d = split_dateline(para)
    assert d is not None and d.place == place and d.after.strip() == rest


@pytest.mark.parametrize(
    "para",
    [
        "MOSKAU, 7 Tage - Die Gespräche dauerten an.",  # a date needs a month name
        "Es ist der 7. Mai - ein Feiertag.",
        "Madrid, 4 oct. Esto no es un despacho.",  # a mixed-case place needs an agency
    ],
)
def test_no_dateline_without_a_month(para):
    assert split_dateline(para) is None


@pytest.mark.parametrize(
    ("para", "place", "agency", "rest"),
    [
        ("华讯社青岚4月27日电（记者周明远）26日中午，一栋居民楼发生爆炸。", "青岚", "华讯社", "26日中午，一栋居民楼发生爆炸。"),
        ("东方网临江3月2日电 市政府今天召开会议。", "临江", "东方网", "市政府今天召开会议。"),
        ("(강원=한빛뉴스) 박서준 기자 = 14일 오후 산불이 났다.", "강원", "한빛뉴스", "14일 오후 산불이 났다."),
        ("【松浦＝共和通信】市は14日、発表した。", "松浦", "共和通信", "市は14日、発表した。"),
        ("وادي الريم، 10 أيار/مايو (الشرق) - انهار مبنى سكني في المدينة.", "وادي الريم", "الشرق", "انهار مبنى سكني في المدينة."),
        ("بلدة النخيل (وكالة الأنباء) - أعلنت البلدية إغلاق المدارس.", "بلدة النخيل", "وكالة الأنباء", "أعلنت البلدية إغلاق المدارس."),
    ],
)
def test_datelines_of_scripts_without_capitals(para, place, agency, rest):
    d = split_dateline(para)
    assert d is not None and (d.place, d.agency, d.after) == (place, agency, rest)


@pytest.mark.parametrize("para", ["قال الوزير (في بيان) - إن الحكومة ستعوض المتضررين.", "社会各界纷纷表示支持。", "(서울 시내) 교통이 혼잡했다."])
def test_prose_in_scripts_without_capitals_is_no_dateline(para):
    assert split_dateline(para) is None


def test_dateline_alone_on_its_line():
    cleaned = clean_paragraphs(["ЗАРЕЧЕНСК, 7 марта.", "Мэр города подал в отставку в пятницу.", "Выборы назначены на осень."])
    assert cleaned.dateline == "ЗАРЕЧЕНСК" and cleaned.text.startswith("Мэр города")


# --- live-blog timestamps ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "lang", "entry"),
    [
        ("21 h 10", "fr", "Les pompiers ont maîtrisé le feu vers minuit. Trois immeubles ont été évacués."),
        ("08:45", "en", "Police closed the bridge this morning. Traffic was diverted."),
        ("16.20 Uhr", "de", "Die Feuerwehr hat den Brand gelöscht. Zwei Menschen wurden verletzt."),
        ("9:05 a.m.", "en", "The mayor arrived at the scene. She spoke to residents."),
    ],
)
def test_live_blog_timestamp_heads_its_entry(stamp, lang, entry):
    # as its own paragraph: joined to the entry it dates, so it is never a sentence of its own
    cleaned = clean_paragraphs(["Live coverage of the day.", stamp, entry, "22:00", "Nothing more tonight."])
    assert stamp not in cleaned.text.split("\n\n") and f"{stamp} – {entry}" in cleaned.text.split("\n\n")
    # as a prefix of the entry: the sentence keeps it, and the entry's time is still read
    for sep in (" – ", " - ", ". ", " "):
        text = f"{stamp}{sep}{entry}"
        sents = sentences(text, lang)
        assert len(sents) == 2 and sents[0].startswith(stamp) and len(sents[0]) > len(stamp) + 5, (sep, sents)


def test_live_blog_timestamp_still_dates_the_entry():
    art = analyzed("Police closed the bridge.\n\n08:45 – Officers reopened one lane this morning.", "en")
    assert any("08:45" in t.text for t in art.times)


# --- abbreviations before a name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Informację przekazał rzecznik policji asp. sztab. Adam Wierzbowski.", "pl"),
        ("Sprawą zajmuje się mł. asp. Olga Pietrzak z komendy miejskiej.", "pl"),
        ("Na miejscu był st. sierż. Kamil Zawada z drogówki.", "pl"),
        ("Akcją dowodził nadkom. Beata Kurek, a pomagał jej podinsp. Jan Kos.", "pl"),
        ("Rozmawialiśmy z kom. Leszek Bury i insp. Ewa Mróz.", "pl"),
        ("Zeznawał por. Igor Lis, a po nim kpt. Anna Rak i gen. Piotr Wąs.", "pl"),
        ("Opinię wydał prof. Marek Zając i dr hab. inż. Ola Kruk.", "pl"),
        ("„Pożar jest pod kontrolą” - powiedział rzecznik straży pożarnej bryg. Marek Nowicki.", "pl"),
        ("Akcja trwała do godz. 15, a ewakuowano ok. 300 osób; na miejscu był st. bryg. Jan Kowalski.", "pl"),
        ("Das bestätigte Insp. Karl Weidner am Abend.", "de"),
        ("Das sagten Hr. Jens Pohl und Fr. Dr. Ina Sauer.", "de"),
        ("Lo confirmó la Dña. Rosa Valle en el pleno.", "es"),
        ("Lo confirmó el Sr. D. Tomás Valle en el pleno.", "es"),
        ("Il a été reçu par MM. Paul Arnaud et Luc Morel.", "fr"),
        ("Он живёт в г. Зареченске на ул. Садовой.", "ru"),
    ],
)
def test_abbreviation_before_a_name_does_not_end_the_sentence(text, lang):
    assert sentences(text, lang) == [text]


def test_sentence_ending_on_a_rank_word_still_ends():
    # "mjr" without a dot, and a full stop after an ordinary word, still end a sentence
    assert len(sentences("Awansował na mjr. Potem przeszedł na emeryturę.", "pl")) in (1, 2)
    assert sentences("Przyjechała policja. Adam Nowak został ranny.", "pl") == ["Przyjechała policja.", "Adam Nowak został ranny."]


# --- one-word sentences ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        ("Heureusement. Trois cents personnes ont été évacuées avant l'arrivée des flammes.", "fr", "Heureusement."),
        ("Enhorabuena. Pero el dinero todavía no ha llegado a los vecinos afectados.", "es", "Enhorabuena."),
        ("Endlich. Nach drei Jahren ist die Brücke wieder für den Verkehr freigegeben.", "de", "Endlich."),
        ("Gracias a Dios. Pero el dinero todavía no ha llegado a los vecinos afectados.", "es", "Gracias a Dios."),
    ],
)
def test_short_full_sentence_stays_apart(text, lang, first):
    sents = sentences("Erste Zeile des Artikels.\n\n" + text, lang)
    assert sents[1] == first and len(sents) == 3


def test_one_word_opening_the_article_stays_with_its_sentence():
    # German local papers open on the place: "Ortsburg. Am Montag ..." is no one-word sentence
    text = "Ortsburg. Am Montag hat der Stadtrat den Haushalt beschlossen."
    assert sentences(text, "de") == [text]


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("No. 10 Downing Street confirmed the visit on Tuesday.", "en", 1),
        ("Ca. 300 Menschen kamen zur Kundgebung.", "de", 1),
    ],
)
def test_short_abbreviation_still_merges(text, lang, n):
    assert len(sentences(text, lang)) == n

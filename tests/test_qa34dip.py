"""QA pass 34 (qa34dip): reports of diplomatic and political meetings across languages.  Invented sentences in the
shape meeting reports take: a rule's entry into force on a weekday, speakers set beside their role, furniture."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

# published on Thursday 12 March 2026: Saturday ahead is the 14th, Saturday past the 7th
_THURSDAY = "2026-03-12T23:00:00"


@pytest.mark.parametrize(
    ("lang", "text", "day", "value"),
    [
        ("en", "The sanctions take effect on Saturday.", "Saturday", "2026-03-14"),
        ("en", "The sanctions took effect on Saturday.", "Saturday", "2026-03-07"),
        ("de", "Die Sanktionen treten am Samstag in Kraft.", "Samstag", "2026-03-14"),
        ("de", "Die Sanktionen traten am Samstag in Kraft.", "Samstag", "2026-03-07"),
        ("fr", "Le texte entre en vigueur samedi.", "samedi", "2026-03-14"),
        ("fr", "Le texte est entré en vigueur samedi.", "samedi", "2026-03-07"),
        ("es", "Las sanciones entran en vigor el sábado.", "sábado", "2026-03-14"),
        ("es", "Las sanciones entraron en vigor el sábado.", "sábado", "2026-03-07"),
        ("it", "Le misure entrano in vigore sabato.", "sabato", "2026-03-14"),
        ("pt", "As sanções entram em vigor no sábado.", "sábado", "2026-03-14"),
        ("ru", "Пакет вступает в силу в субботу.", "субботу", "2026-03-14"),
        ("ru", "Пакет вступил в силу в субботу.", "субботу", "2026-03-07"),
        ("uk", "Пакет набуде чинності в суботу.", "суботу", "2026-03-14"),
        ("uk", "Пакет набув чинності в суботу.", "суботу", "2026-03-07"),
        ("pl", "Pakiet wejdzie w życie w sobotę.", "sobotę", "2026-03-14"),
        ("pl", "Pakiet wszedł w życie w sobotę.", "sobotę", "2026-03-07"),
        ("ar", "تدخل العقوبات حيز التنفيذ يوم السبت.", "يوم السبت", "2026-03-14"),
        ("ar", "دخلت العقوبات حيز التنفيذ يوم السبت.", "يوم السبت", "2026-03-07"),
        # what was agreed to happen next: "على أن" and a verb in the imperfect (the talks are to resume on Saturday)
        ("ar", "انتهت الجولة دون اتفاق، على أن تستأنف المحادثات يوم السبت.", "يوم السبت", "2026-03-14"),
        ("ar", "أكد الوزير على أن الاجتماع عقد يوم السبت.", "يوم السبت", "2026-03-07"),
    ],
)  # fmt: skip
def test_a_rules_entry_into_force_in_the_present_is_the_coming_weekday(lang, text, day, value):
    assert resolved(lang, text, _THURSDAY)[day] == value


def _quote_groups(*texts: tuple[str, str]):
    from parallax.compare.quotes import group_quotes
    from tests.helpers import analyzed

    arts = []
    for i, (text, lang) in enumerate(texts):
        art = analyzed(text, lang)
        art.id = "abcd"[i]
        arts.append(art)
    return group_quotes(arts, embedder="e5")[0]


def test_a_translation_of_the_first_of_two_quotations_in_a_row_is_linked():
    """The two quotations in a row, run together, were the best rival of the first alone and took its margin."""
    en = (
        '"Every euro we deny the Kremlin is a euro that does not buy a drone," European Council President Antonio Costa '
        'told reporters at a press conference after the talks. "We will keep raising the cost of this war until Russia is ready '
        'for real peace."'
    )
    es = (
        '"Cada euro que negamos al Kremlin es un euro que no compra un dron", afirmó el presidente del Consejo Europeo, '
        "António Costa, en una rueda de prensa al término de la cumbre."
    )
    groups = _quote_groups((en, "en"), (es, "es"))
    assert any({v.article for v in g.variants} == {"a", "b"} for g in groups), groups


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        ("(c) Agencia EFE", False),  # the agency's notice, its owner alone after the sign in letters
        ("Autor: Anna Nowak (PAP)", False),  # the writer's credit with her agency in brackets
        ("Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine", False),  # a pointer
        ("The ministry said it would publish the full text at https://example.com/text", True),  # reporting
    ],
)
def test_a_wire_storys_closing_furniture_is_dropped(closing, kept):
    from parallax.ingest.clean import clean_paragraphs, split_paragraphs

    body = "Los líderes de la Unión Europea aprobaron este jueves el vigésimo paquete de sanciones contra Rusia."
    text = clean_paragraphs(split_paragraphs(f"{body}\n\n{closing}")).text
    assert (closing in text) is kept, text


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # a minister's counterpart: "Kollege" is the role, not the name's first word
        ("de", "Ihr französischer Kollege Paul Mercier sprach von einer «klaren Botschaft an Moskau».", "Paul Mercier"),
        ("de", "«Wir bleiben an der Seite der Ukraine», sagte ihre Amtskollegin Anna Keller.", "Anna Keller"),
        # a role, its body and the body's adjective, then the person
        ("it", '"Ogni euro conta", ha detto il presidente del Consiglio europeo António Costa in conferenza stampa.', "António Costa"),
        ("it", '"Ogni euro conta", ha detto la portavoce della Croce Rossa italiana Anna Bianchi.', "Anna Bianchi"),
        # a view opening the sentence with its holder's role, and a clause of what it is about before the quotation
        ("fr", "Pour le ministre français Paul Mercier, ce texte adresse « un message clair à Moscou ».", "Paul Mercier"),
        ("it", "Secondo il ministro Marco Bellini, il testo è «un messaggio chiaro a Mosca».", "Marco Bellini"),
        # a Russian role's body in the genitive, capitalised as a country is, before the person
        ("ru", 'По словам министра иностранных дел Франции Поля Мерсье, заявление является "четким сигналом Москве".', "Поля Мерсье"),
        # a quoted phrase someone called a thing, an adverb between the name and the verb
        ("ru", 'Официальный представитель МИД России Мария Захарова ранее называла подобные встречи "попыткой затянуть конфликт".',
         "Мария Захарова"),
        ("uk", 'Речниця МЗС Марія Захарова назвала зустріч "спробою затягнути конфлікт".', "Марія Захарова"),
    ],
)  # fmt: skip
def test_the_speaker_after_a_role_is_the_person(lang, text, speaker):
    from tests.helpers import analyzed

    quotes = [q for q in analyzed(text, lang).quotes if q.kind != "indirect"]
    assert [q.speaker for q in quotes] == [speaker], quotes


@pytest.mark.parametrize(
    "closing",
    ["(Version française Jean Terzian, édité par Blandine Hénault)", "(Rédigé par Jean Roy, avec Anne Roux à Berlin)"],
)
def test_a_french_wire_credit_in_brackets_is_dropped(closing):
    from parallax.ingest.clean import clean_paragraphs, split_paragraphs

    body = "Le Royaume-Uni et l'Allemagne ont convenu jeudi de développer ensemble un missile."
    assert closing not in clean_paragraphs(split_paragraphs(f"{body}\n\n{closing}")).text


def test_a_french_sentence_in_brackets_is_no_credit():
    from parallax.ingest.bylines import is_credit

    assert not is_credit("(Avec la France, tout change)")


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # an itinerary: the visit agrees, the return does not
        (("李氏は13日に大阪を訪問し、15日に帰国する。", "ja"), ("이 대통령은 13일 오사카를 방문한 뒤 14일 귀국한다.", "ko"), True),
        (("The president visits Osaka on March 13 and returns on March 15.", "en"),
         ("The president visits Osaka on March 13 and returns on March 14.", "en"), True),
        # the same days in another order: no disagreement
        (("The president returns on March 14 after visiting Osaka on March 13.", "en"),
         ("The president visits Osaka on March 13 and returns on March 14.", "en"), False),
    ],
)  # fmt: skip
def test_days_of_an_itinerary_are_paired_by_order(a, b, conflict):
    import parallax
    from parallax.compare.conflicts import sentence_conflicts
    from parallax.records import Article

    x = Article(id="a", text=a[0], language=a[1], published="2026-03-12T22:00:00")
    y = Article(id="b", text=b[0], language=b[1], published="2026-03-12T22:00:00")
    parallax.analyze([x, y])
    kinds = [c.kind for c in sentence_conflicts(x, x.sentences[0], y, y.sentences[0])]
    assert ("date" in kinds) is conflict, kinds


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ('한일 정상, 12건 협정 서명…"바다는 벽 아닌 다리"', True),  # a headline closing on a quoted phrase
        ('Stoltenberg: "We stand together"', True),
        ('Stoltenberg said: "We stand together."', False),  # the stop inside the marks ends a sentence
    ],
)
def test_a_headline_may_close_on_a_quoted_phrase(line, title):
    from parallax.ingest.clean import looks_like_title

    assert looks_like_title(line) is title


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Поля Мерсье", "Paul Mercier", True),  # French "-ier" says no "r", and Russian writes none
        ("Мишель Барнье", "Michel Barnier", True),
        ("Михаил Петров", "Michael Smith", False),  # a given name alike is not the person
        ("Поль Мерсье", "Paul Dupont", False),
    ],
)
def test_a_french_surname_in_cyrillic_is_the_same_person(a, b, same):
    from parallax.compare.speakers import person_match

    assert person_match(a, b) is same

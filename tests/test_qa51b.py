"""QA round 51b (European languages): "a dozen" without an article ("około tuzina osób", "около дюжины человек",
"ett dussin"), the Baltic word for one before a person where the clause tells a casualty ("žuvo vienas žmogus"),
..."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities.values import approximate_range
from parallax.compare.roles import role
from tests.helpers import analyzed, compared_conflicts


def _roles(text: str, lang: str) -> list[tuple[str, float | None, str | None]]:
    a = analyzed(text, lang)
    return [(q.text, q.value, role(a.text, q)) for q in a.quantities]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Rannych zostało około tuzina osób.", "pl", [("tuzina", 12.0, "injured")]),
        ("Пострадали около дюжины человек.", "ru", [("дюжины", 12.0, "injured")]),
        ("Пострадали две дюжины человек.", "ru", [("две дюжины", 24.0, "injured")]),
        ("Zraněno bylo tucet lidí.", "cs", [("tucet", 12.0, "injured")]),
        ("Zranenie utrpel tucet ľudí.", "sk", [("tucet", 12.0, "injured")]),
        ("Egy tucat ember megsérült.", "hu", [("Egy tucat", 12.0, "injured")]),
        ("Ett dussin personer skadades.", "sv", [("Ett dussin", 12.0, "injured")]),
        ("Et dusin mennesker blev såret.", "da", [("Et dusin", 12.0, "injured")]),
        ("Tusina ihmistä loukkaantui.", "fi", [("Tusina", 12.0, "injured")]),
        ("Ранени са дузина души.", "bg", [("дузина", 12.0, "injured")]),
        # the plural says "dozens" and counts nothing, as English "dozens of"
        ("Kilka tuzinów osób zostało rannych.", "pl", []),
        ("Несколько дюжин человек пострадали.", "ru", []),
    ],
)
def test_a_dozen_without_an_article_is_an_approximate_twelve(text, lang, found) -> None:
    assert _roles(text, lang) == found
    for q in analyzed(text, lang).quantities:
        low, high = approximate_range(q.text, q.value, lang) or (None, None)
        assert low is not None and low < q.value < high


def test_a_dozen_against_fifteen_is_no_conflict_but_against_forty_is() -> None:
    a = "W pożarze hali w Gdańsku w środę rannych zostało około tuzina osób."
    near = "W pożarze hali w Gdańsku w środę rannych zostało 13 osób."
    far = "W pożarze hali w Gdańsku w środę rannych zostało 40 osób."
    assert compared_conflicts([a, near], "pl") == []
    assert [(k, v["a"], v["b"]) for k, v in compared_conflicts([a, far], "pl")] == [("number", [12.0], [40.0])]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Per avariją žuvo vienas žmogus.", "lt", [("vienas žmogus", 1.0, "dead")]),
        ("Vienas žmogus buvo sužeistas.", "lt", [("Vienas žmogus", 1.0, "injured")]),
        ("Avārijā gāja bojā viens cilvēks.", "lv", [("viens cilvēks", 1.0, "dead")]),
        ("Viens cilvēks tika ievainots.", "lv", [("Viens cilvēks", 1.0, "injured")]),
        # without a death or an injury in its clause the word is the indefinite "a": "a man came"
        ("Atvyko vienas žmogus.", "lt", []),
        ("Ieradās viens cilvēks, un divi tika ievainoti.", "lv", [("divi", 2.0, "injured")]),
    ],
)
def test_the_baltic_word_for_one_counts_in_a_casualty_clause(text, lang, found) -> None:
    assert _roles(text, lang) == found


def test_one_dead_against_two_dead_conflicts_in_lithuanian() -> None:
    a = "Antradienį Kaune sprogo dujų balionas. Per sprogimą žuvo vienas žmogus."
    b = "Antradienį Kaune sprogo dujų balionas. Per sprogimą žuvo du žmonės."
    assert [(k, v["a"], v["b"]) for k, v in compared_conflicts([a, b], "lt")] == [("number", [1.0], [2.0])]


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyzed(text, lang).quotes]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # the pronoun after "according to" is declined; it stands for the person named before, of its gender
        ("Ministryně Jana Nováková přijela v úterý. Podle ní je třeba jednat rychle.", "cs", [("je třeba jednat rychle", "Jana Nováková")]),
        ("Ministr Petr Dvořák a ministryně Jana Nováková přijeli v úterý. Podle něj byla škoda obrovská.", "cs",
         [("byla škoda obrovská", "Petr Dvořák")]),
        ("Minister Jan Kowalski przyjechał we wtorek. Według niego trzeba działać szybko.", "pl", [("trzeba działać szybko", "Jan Kowalski")]),
        ("Ministerka Jana Hudecová prišla v utorok. Podľa nej treba konať rýchlo.", "sk", [("treba konať rýchlo", "Jana Hudecová")]),
        ("Министър Иван Петров пристигна във вторник. Според него щетите са огромни.", "bg", [("щетите са огромни", "Иван Петров")]),
    ],
)
def test_a_declined_pronoun_after_according_to_is_the_person_named_before(text, lang, found) -> None:
    assert _speakers(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # "added", "warned" report speech as "said" does
        ("Ministar Ivan Horvat posjetio je Split u utorak. Ministar je dodao da će vlada pomoći obiteljima.", "hr",
         [("će vlada pomoći obiteljima", "Ivan Horvat")]),
        ("Министр Иван Петров прибыл во вторник. Он добавил, что правительство поможет семьям.", "ru",
         [("правительство поможет семьям", "Иван Петров")]),
        # the subject left out: the verb opens the sentence, and its speaker is the person the text is about
        ("Ministar Ivan Horvat posjetio je Split u utorak. Dodao je da će vlada pomoći obiteljima.", "hr",
         [("će vlada pomoći obiteljima", "Ivan Horvat")]),
        ("Ministrica Ana Kovač posjetila je Split u utorak. Upozorila je da će troškovi rasti.", "hr", [("će troškovi rasti", "Ana Kovač")]),
        ("Ministr Petr Dvořák přijel v úterý. Dodal, že vláda pomůže rodinám.", "cs", [("vláda pomůže rodinám", "Petr Dvořák")]),
        ("Minister Jan Kowalski przyjechał we wtorek. Dodał, że rząd pomoże rodzinom.", "pl", [("rząd pomoże rodzinom", "Jan Kowalski")]),
        # a verb in the plural is a group's, not the person's
        ("Ministr Petr Dvořák přijel v úterý. Dodali, že vláda pomůže rodinám.", "cs", []),
    ],
)
def test_added_and_a_dropped_subject_report_speech(text, lang, found) -> None:
    assert _speakers(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # a body named by its acronym and the country it serves speaks, not the country
        ("В результате пожара погибли три человека, сообщили в ГСЧС Украины.", "ru", [("В результате пожара погибли три человека", "ГСЧС Украины")]),
        ("Внаслідок пожежі загинули троє людей, повідомили в ДСНС України.", "uk", [("Внаслідок пожежі загинули троє людей", "ДСНС України")]),
        ("«Пожар локализован», — сообщили в МЧС России.", "ru", [("Пожар локализован", "МЧС России")]),
        # a role before the acronym: the person after it speaks
        ("«Пожар локализован», — сказал глава МЧС Куренков.", "ru", [("Пожар локализован", "Куренков")]),
    ],
)
def test_an_acronym_and_what_it_is_of_is_the_speaking_body(text, lang, found) -> None:
    assert _speakers(text, lang) == found


def test_a_greek_name_that_writes_a_double_consonant_once_is_the_same_speaker() -> None:
    # Greek writes "Κις" for Kiss (as "Σμιθ" for Smith): no misattribution of a quotation the two reports share
    import parallax
    from tests.helpers import mixed_articles

    el = ("Η εκπρόσωπος της αστυνομίας Άννα Κις μίλησε την Τετάρτη. «Η διάσωση έγινε γρήγορα, αλλά τρεις από τους τραυματίες "
          "είναι σε σοβαρή κατάσταση», είπε η Κις την Τετάρτη.")
    en = ('Police spokeswoman Anna Kiss spoke on Wednesday. "The rescue went quickly, but three of the injured are in serious '
          'condition," Kiss said on Wednesday.')
    hu = ("Kiss Anna rendőrségi szóvivő szerdán tájékoztatott. „A mentés gyorsan zajlott, de a sérültek közül hárman súlyos "
          "állapotban vannak” – mondta Kiss Anna szerdán.")
    for pair in ((("el", el), ("en", en)), (("hu", hu), ("el", el))):
        d = parallax.compare(mixed_articles(*pair)).to_dict()
        assert [g["misattributed"] for g in d["quotes"]] == [False]
        assert [c["kind"] for f in d["facts"] for c in f["conflicts"]] == []
    from parallax.compare.speakers import person_match

    assert person_match("Άννα Κις", "Anna Kovács") is False  # another surname stays another person


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "»" opens a quotation in Slovenian, Czech, Danish and German books (»...«), "”" in Swedish and Finnish: a line
        # that opens on one is a new sentence, not the close of the one before
        ("Jana Hudecová je povedala, da je mesto razglasilo alarm.\n»Take vode tukaj nismo imeli dvajset let,« je dejala Hudecová.", "sl"),
        ("Ministeren sagde, at alt var i orden.\n»Vi har styr på det,« sagde hun.", "da"),
        ("Ministern sade att allt var lugnt.\n”Vi har kontroll”, sade hon.", "sv"),
    ],
)
def test_a_line_opening_on_a_reversed_quotation_mark_is_a_new_sentence(text, lang) -> None:
    from tests.helpers import sentences

    assert sentences(text, lang) == text.split("\n")
    # the reported speech before it ends at its own sentence
    assert all("\n" not in q.text for q in analyzed(text, lang).quotes)


@pytest.mark.parametrize(
    ("lang", "a", "b", "found"),
    [
        # the figure after "wobec", "против", "jämfört med", "oproti" with a time before now is the earlier one: it
        # meets another report's earlier figure only, so the current 7% against another's current 5% conflicts
        ("pl", "Inflacja w październiku wzrosła do 7% wobec 5% przed rokiem, podał GUS.", "Inflacja w październiku wyniosła 5%, podał GUS.",
         [("number", {"a": [7.0], "b": [5.0], "unit": "%"})]),
        ("ru", "Инфляция в октябре составила 7% против 5% годом ранее, сообщил Росстат.", "Инфляция в октябре составила 5%, сообщил Росстат.",
         [("number", {"a": [7.0], "b": [5.0], "unit": "%"})]),
        ("sv", "Arbetslösheten steg i oktober till 8 procent jämfört med 7 procent året innan.", "Arbetslösheten i oktober var 7 procent.",
         [("number", {"a": [8.0], "b": [7.0], "unit": "%"})]),
        ("cs", "Nezaměstnanost v říjnu klesla na 3,1 % oproti 3,5 % před rokem.", "Nezaměstnanost v říjnu činila 3,5 %.",
         [("number", {"a": [3.1], "b": [3.5], "unit": "%"})]),
        # the same change told twice: nothing
        ("pl", "Inflacja w październiku wzrosła do 7% wobec 5% przed rokiem, podał GUS.", "Inflacja w październiku wzrosła do 7% wobec 5% przed rokiem.", []),
    ],
)
def test_the_base_of_a_slavic_or_nordic_change_is_an_earlier_figure(lang, a, b, found) -> None:
    assert compared_conflicts([a, b], lang) == found


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("pl", "W środę pod Płockiem doszło do wybuchu. Wśród zabitych jest 45-letni operator instalacji.",
         "W środę pod Płockiem doszło do wybuchu. Wśród zabitych jest 47-letni operator instalacji."),
        ("ru", "В среду на заводе под Плоцком произошел взрыв. Среди погибших 45-летний оператор установки.",
         "В среду на заводе под Плоцком произошел взрыв. Среди погибших 47-летний оператор установки."),
        ("sv", "En brand bröt ut i Tammerfors på torsdagen. En 45-årig man fördes till sjukhus.",
         "En brand bröt ut i Tammerfors på torsdagen. En 47-årig man fördes till sjukhus."),
        ("hu", "Kedden tűz ütött ki Szegeden. Egy 45 éves férfi megsérült.", "Kedden tűz ütött ki Szegeden. Egy 47 éves férfi megsérült."),
        ("fi", "Tampereella syttyi tulipalo torstaina. 45-vuotias mies vietiin sairaalaan.",
         "Tampereella syttyi tulipalo torstaina. 47-vuotias mies vietiin sairaalaan."),
    ],
)
def test_an_age_written_as_an_adjective_of_one_unnamed_person_conflicts(lang, a, b) -> None:
    assert compared_conflicts([a, b], lang) == [("number", {"a": [45.0], "b": [47.0], "unit": "age"})]
    assert compared_conflicts([a, a], lang) == []


def test_two_people_of_other_nouns_with_adjective_ages_are_no_conflict() -> None:
    a = "W środę pod Płockiem doszło do wybuchu. Zginął 45-letni operator i jego 20-letni syn."
    b = "W środę pod Płockiem doszło do wybuchu. Zginął 45-letni operator i jego 47-letni brat."
    assert compared_conflicts([a, b], "pl") == []


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # the Slavic "until" is "do" / "до" with the weekday in the genitive: a day still to come, published Saturday
        ("hr", "Cesta 13 zatvorena je do ponedjeljka.", {"ponedjeljka": "2026-11-23"}),
        ("pl", "Droga będzie zamknięta do poniedziałku.", {"poniedziałku": "2026-11-23"}),
        ("ru", "Дорога закрыта до понедельника.", {"понедельника": "2026-11-23"}),
        # a past tense keeps the day gone
        ("pl", "Droga była zamknięta do poniedziałku.", {"poniedziałku": "2026-11-16"}),
    ],
)
def test_a_slavic_until_before_a_weekday_points_ahead(lang, text, found) -> None:
    from tests.helpers import resolved

    assert resolved(lang, text, "2026-11-21") == found


def test_closed_until_monday_in_norwegian_and_croatian_is_no_date_conflict() -> None:
    from tests.helpers import mixed_conflicts

    no = "Et jordskred traff flere hus i Odda fredag kveld. Riksvei 13 er stengt til mandag."
    hr = "Klizište je u petak navečer pogodilo nekoliko kuća u Oddi. Cesta 13 zatvorena je do ponedjeljka."
    assert [k for k, _ in mixed_conflicts(("no", no), ("hr", hr), published="2026-11-21")] == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        # "according to his/her words", the possessive standing for the person named before
        ("Minister Marko Novak je v ponedeljek obiskal Litijo. Po njegovih besedah bo obvoz dolg osem kilometrov.", "sl",
         [("bo obvoz dolg osem kilometrov", "Marko Novak")]),
        ("Ministar Ivan Horvat posjetio je Split u utorak. Prema njegovim riječima, vlada će pomoći obiteljima.", "hr",
         [("vlada će pomoći obiteljima", "Ivan Horvat")]),
        ("Министр Иван Петров прибыл во вторник. По его словам, ущерб огромен.", "ru", [("ущерб огромен", "Иван Петров")]),
        ("Міністр Іван Петренко прибув у вівторок. За його словами, збитки величезні.", "uk", [("збитки величезні", "Іван Петренко")]),
        ("Ministerka Jana Hudecová prišla v utorok. Podľa jej slov treba konať rýchlo.", "sk", [("treba konať rýchlo", "Jana Hudecová")]),
    ],
)
def test_according_to_his_words_is_the_person_named_before(text, lang, found) -> None:
    assert _speakers(text, lang) == found

"""End-to-end compare QA in Portuguese (Brazil), Polish, Romanian, Turkish, Ukrainian, Greek, Arabic,
Vietnamese, Dutch and Latin American Spanish: reports of one invented event, trimmed to the sentences
each behaviour needs.  False conflicts count as much as missed ones.  Published on Saturday 14 March
2026, so "Tuesday" is the 10th."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import QA_PUBLISHED as PUBLISHED  # noqa: F401
from tests.helpers import analysed_articles as _analysed
from tests.helpers import compared_conflicts as _compared
from tests.helpers import first_sentence_conflicts as _first_sentences


def _numbers(found: list[tuple[str, dict]]) -> list[tuple[list, list]]:
    return [(v["a"], v["b"]) for kind, v in found if kind == "number"]


# a running total (from the start of a year or a war to now) is no figure for the event: it never contradicts its toll
@pytest.mark.parametrize(
    ("lang", "toll", "running"),
    [
        ("uk", "У вівторок уночі російські дрони атакували Одесу, загинули четверо людей.",
         "Від початку року в Одесі через атаки загинули 40 людей."),
        ("en", "Four people were killed when Russian drones struck Odesa on Tuesday night.",
         "Since the start of the year, 40 people have been killed in attacks on the city."),
        ("es", "Cuatro personas murieron en el ataque contra la refinería de Salamanca.",
         "En lo que va del año, 40 personas han muerto en ataques contra instalaciones de Pemex."),
        ("tr", "Saldırıda 4 kişi hayatını kaybetti.", "Yılbaşından bu yana bölgedeki saldırılarda 40 kişi hayatını kaybetti."),
        ("pl", "W ataku na Lwów zginęły cztery osoby.", "Od początku roku w atakach na Lwów zginęło 40 osób."),
    ],
)  # fmt: skip
def test_a_running_total_is_no_conflict_with_the_event_s_toll(lang, toll, running):
    assert _numbers(_compared([toll, running], lang)) == []


# an amount per item is no contradiction of the total: "câte 5 milioane" (5 million each) against 60 million
@pytest.mark.parametrize(
    ("lang", "total", "each"),
    [
        ("ro", "Guvernul alocă 60 de milioane de lei celor 12 spitale județene.", "Cele 12 spitale județene vor primi câte 5 milioane de lei."),
        ("en", "The government will pay $2 million to the 400 families.", "The 400 families will receive $5,000 each."),
        ("es", "El gobierno entregará 20 millones de pesos a las 400 familias afectadas.",
         "Las 400 familias afectadas recibirán 50.000 pesos cada una."),
        ("uk", "Уряд виділить 20 млн гривень для 400 родин.", "Уряд виділить 400 родинам по 50 тисяч гривень."),
        ("de", "Die Regierung zahlt den 400 Familien 2 Millionen Euro.", "Die Regierung zahlt den 400 Familien je 5000 Euro."),
    ],
)  # fmt: skip
def test_an_amount_per_item_is_no_conflict_with_the_total(lang, total, each):
    assert _numbers(_first_sentences(total, each, lang)) == []


# a part of a whole told in an earlier sentence ("Of these, 12 hospitals") may be a part of the other outlet's figure
@pytest.mark.parametrize(
    ("lang", "whole", "part"),
    [
        ("ro", "Peste 40 de spitale vor primi fonduri.", "Dintre acestea, 12 spitale județene vor primi fonduri suplimentare."),
        ("en", "More than 40 hospitals will receive funds.", "Of these, 12 hospitals will receive extra funds."),
        ("vi", "5 người bị thương trong vụ sạt lở.", "Trong đó, 3 người bị thương nặng."),
    ],
)  # fmt: skip
def test_a_part_opening_its_sentence_is_no_conflict_with_a_whole(lang, whole, part):
    assert _numbers(_first_sentences(whole, part, lang)) == []


def test_arabic_met_their_death_is_a_toll():
    found = _compared(["لقي 12 شخصا حتفهم يوم الثلاثاء في سيول جارفة ضربت مدينة المكلا.",
                       "ارتفعت حصيلة ضحايا السيول في المكلا إلى 15 قتيلا."], "ar")  # fmt: skip
    assert _numbers(found) == [([12.0], [15.0])]


def test_an_arabic_noun_in_the_accusative_is_the_noun_after_a_hundred():
    found = _first_sentences("وغمرت المياه نحو 200 منزل في الأحياء المنخفضة.", "وغمرت المياه 260 منزلا في الأحياء المنخفضة.", "ar")
    assert _numbers(found) == [([200.0], [260.0])]


@pytest.mark.parametrize("text", ["وأعلنت الحكومة تخصيص 5 ملايين دولار لإغاثة المتضررين.", "ودفعت كل أسرة 50 دولارا."])
def test_an_arabic_dollar_is_the_dollar(text):
    (art,) = _analysed([text], "ar")
    assert [q.unit for q in art.quantities] == ["$"]


def test_a_magnitude_lends_no_noun_to_a_turkish_toll():
    found = _compared(["Malatya'da salı günü meydana gelen 5,6 büyüklüğündeki depremde 9 kişi hayatını kaybetti.",
                       "Malatya'da salı günü meydana gelen 5,6 büyüklüğündeki depremde ölenlerin sayısı 11'e yükseldi."], "tr")  # fmt: skip
    assert _numbers(found) == [([9.0], [11.0])]


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("tr", 'AFAD Başkanı Mehmet Demir, "Vatandaşlarımız hasarlı binalara kesinlikle girmesin" dedi.',
         'İçişleri Bakanı Kemal Aydın, "Vatandaşlarımız hasarlı binalara kesinlikle girmesin" dedi.'),
        ("en", '"Nobody should go back into a damaged building," said Governor Ahmet Yilmaz.',
         '"Nobody should go back into a damaged building," said Minister Kemal Aydin.'),
    ],
)  # fmt: skip
def test_a_quotation_given_to_another_speaker_is_one_speaker_conflict_not_also_a_name_swap(lang, a, b):
    assert sorted(kind for kind, _ in _compared([a, b], lang)) == ["speaker"]


# a month both sentences name is the background ("February's inflation"); the days they give it out conflict
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("pt", "O IBGE informou nesta terça-feira que a inflação de fevereiro foi de 0,83%.",
         "A inflação oficial subiu 0,91% em fevereiro, segundo dados divulgados pelo IBGE em 11 de março."),
        ("pl", "NBP podał we wtorek, że inflacja w lutym wyniosła 4,9 proc.", "Inflacja w lutym wyniosła 5,2 proc. – poinformował GUS 11 marca."),
        ("nl", "De inflatie in Nederland kwam in februari uit op 3,2 procent, meldde het CBS dinsdag.",
         "De inflatie daalde in februari naar 2,8 procent, aldus het CBS op 11 maart."),
        ("el", "Ο πληθωρισμός διαμορφώθηκε στο 3,1% τον Φεβρουάριο, ανακοίνωσε την Τρίτη η ΕΛΣΤΑΤ.",
         "Στο 3,4% ανήλθε ο πληθωρισμός τον Φεβρουάριο, σύμφωνα με στοιχεία που δόθηκαν στις 11 Μαρτίου."),
    ],
)  # fmt: skip
def test_two_days_conflict_beside_a_month_both_name(lang, a, b):
    dates = [v for kind, v in _first_sentences(a, b, lang) if kind == "date"]
    assert dates == [{"a": ["2026-03-10"], "b": ["2026-03-11"]}]


# a percent written in words: "la sută", "τοις εκατό", "في المئة", "phần trăm", "proc.", "відсотка"
@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("ro", "Rata inflației a coborât la 5,1 la sută în februarie.", "Rata inflației a coborât la 5,6% în februarie."),
        ("el", "Ο πληθωρισμός ήταν 3,1 τοις εκατό τον Φεβρουάριο.", "Ο πληθωρισμός ήταν 3,4% τον Φεβρουάριο."),
        ("ar", "وبلغ معدل التضخم 28 في المئة في فبراير.", "وبلغ معدل التضخم 30% في فبراير."),
        ("vi", "Lạm phát tháng Hai là 3,5 phần trăm.", "Lạm phát tháng Hai là 3,9%."),
        ("pl", "Inflacja w lutym wyniosła 4,9 proc.", "Inflacja w lutym wyniosła 5,2%."),
        ("uk", "Інфляція у лютому становила 4,3 відсотка.", "Інфляція у лютому становила 4,8%."),
    ],
)  # fmt: skip
def test_a_percent_in_words_meets_the_sign(lang, a, b):
    found = [v for kind, v in _first_sentences(a, b, lang) if kind == "number"]
    assert [v.get("unit") for v in found] == ["%"], found


# the verbs of saying news in these languages write after a quotation, so that its speaker is read
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", '"La decisión fue unánime", informó el subgobernador Jonathan Heath.', "Jonathan Heath"),
        ("es", '"No habrá más recortes", externó el gobernador Salvador Ramírez.', "Salvador Ramírez"),
        ("es", '"No habrá más recortes", acotó el ministro Pablo Ruiz.', "Pablo Ruiz"),
        ("pt", '"Não haverá novos cortes", informou o ministro Paulo Ramos.', "Paulo Ramos"),
        ("pt", '"Não haverá novos cortes", pontuou o ministro Paulo Ramos.', "Paulo Ramos"),
        ("ro", '„Nu vor mai fi tăieri", a menționat ministrul Paul Radu.', "Paul Radu"),
        ("ro", '„Nu vor mai fi tăieri", a răspuns ministrul Paul Radu.', "Paul Radu"),
        ("el", "«Δεν θα υπάρξουν νέες περικοπές», ανακοίνωσε ο υπουργός Παύλος Ράπτης.", "Παύλος Ράπτης"),
        ("el", "«Δεν θα υπάρξουν νέες περικοπές», επισήμανε ο υπουργός Παύλος Ράπτης.", "Παύλος Ράπτης"),
        ("nl", '"Er komen geen nieuwe bezuinigingen", stelt minister Pieter Jansen.', "Pieter Jansen"),
        ("nl", '"Er komen geen nieuwe bezuinigingen", meldt minister Pieter Jansen.', "Pieter Jansen"),
        ("uk", "«Нових скорочень не буде», — підкреслив міністр Павло Радченко.", "Павло Радченко"),
        ("uk", "«Нових скорочень не буде», — уточнила міністерка Ольга Радченко.", "Ольга Радченко"),
        ("pl", "„Nie będzie nowych cięć\" – odpowiedział minister Paweł Nowak.", "Paweł Nowak"),
        ("pl", "„Nie będzie nowych cięć\" – zadeklarowała minister Anna Nowak.", "Anna Nowak"),
    ],
)  # fmt: skip
def test_verbs_of_saying_name_the_speaker(lang, text, speaker):
    (art,) = _analysed([text], lang)
    assert [q.speaker for q in art.quotes] == [speaker]


def test_a_speaker_read_from_its_verb_makes_a_quotation_misattributed():
    texts = ['"La decisión fue unánime", dijo la gobernadora Victoria Rodríguez Ceja.',
             '"La decisión fue unánime", informó el subgobernador Jonathan Heath.']  # fmt: skip
    assert [kind for kind, _ in _compared(texts, "es")] == ["speaker"]


# Greek and Arabic tokenizers keep a figure with its full stop; neither writes an ordinal so
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("el", "Οι τιμές των τροφίμων αυξήθηκαν κατά 5,4%. «Η τάση είναι σαφώς αποκλιμακωτική», δήλωσε ο υπουργός."),
        ("el", "Ο πληθωρισμός έφτασε το 3,1%. Η κυβέρνηση αναμένει αποκλιμάκωση."),
        ("ar", "ارتفع التضخم إلى 28%. وقال المحافظ إن البنك سيواصل رفع الفائدة."),
    ],
)
def test_a_figure_s_full_stop_ends_a_greek_or_arabic_sentence(lang, text):
    (art,) = _analysed([text], lang)
    assert len(art.sentences) == 2, [s.text for s in art.sentences]


# a day of the month alone, in the month at hand: the last one, or the next one where a word or the future says so
@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("pt", "O deslizamento atingiu o Morro Azul no último dia 10.", "2026-03-10"),
        ("pt", "O alerta máximo foi emitido às 18h do dia 10.", "2026-03-10"),
        ("pt", "O julgamento está marcado para o próximo dia 20.", "2026-03-20"),
        ("pt", "A Defesa Civil divulgou o balanço no dia 28.", "2026-02-28"),
        ("es", "El sismo sacudió Oaxaca el pasado día 10.", "2026-03-10"),
        ("es", "Las clases se reanudarán el día 20.", "2026-03-20"),
    ],
)
def test_a_day_of_the_month_alone(lang, text, value):
    (art,) = _analysed([text], lang)
    days = {t.value[:10] for t in art.times if t.value}
    assert days == {value}, [(t.text, t.value) for t in art.times]


def test_a_day_of_the_month_conflicts_with_another_day():
    a, b = "O deslizamento atingiu o Morro Azul no último dia 10.", "O deslizamento atingiu o Morro Azul na quarta-feira (11)."
    found = _first_sentences(a, b, "pt")
    assert [v for kind, v in found if kind == "date"] == [{"a": ["2026-03-10"], "b": ["2026-03-11"]}]


def test_a_day_written_twice_is_one_value_of_a_date_conflict():
    a, b = "El terremoto golpeó Oaxaca el 11 de marzo.", "El sismo del martes 10 de marzo golpeó Oaxaca."
    assert [v for kind, v in _first_sentences(a, b, "es") if kind == "date"] == [{"a": ["2026-03-11"], "b": ["2026-03-10"]}]


# the noun of a sum after a scale abbreviated with a full stop ("300 tys. zł"), and the Romanian press's "mil." (millions)
@pytest.mark.parametrize(
    ("lang", "a", "b", "numbers"),
    [
        ("pl", "Straty oszacowano na 300 tys. zł.", "Straty oszacowano na 0,5 mln zł.", [([300000.0], [500000.0])]),
        ("uk", "Збитки оцінили в 300 тис. гривень.", "Збитки оцінили в 0,5 млн гривень.", [([300000.0], [500000.0])]),
        ("ro", "Pagubele sunt estimate la 2,5 mil. lei.", "Pagubele sunt estimate la 2,5 milioane de lei.", []),
    ],
)
def test_a_sum_after_an_abbreviated_scale(lang, a, b, numbers):
    assert _numbers(_first_sentences(a, b, lang)) == numbers


def test_a_distributive_word_is_read_in_its_own_language_only():
    """Slovene 'je' before a count is the verb 'is' ("umrlo je 5 ljudi"), not German 'je' (each)."""
    from parallax.compare.totals import each

    art = parallax.analyze([Article(id="sl", text="V nesreči sta umrla dva, skupaj pa je 5 ljudi ranjenih.", language="sl", published="2026-03-14")])[0]
    q = next(q for q in art.quantities if q.value == 5)
    assert not each(art, art.sentences[0], q)

"""Time expressions in the languages added after the first ten: Romanian, Indonesian and Malay, Turkish,
Greek, Hindi, Persian, Arabic, Korean.  Invented sentences; PUB is a Wednesday."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUB = "2026-03-18"  # a Wednesday


def found(lang: str, text: str, published: str = PUB) -> dict[str, str | None]:
    return resolved(lang, text, published)


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # Romanian
        ("ro", "Incendiul a izbucnit marți într-un depozit.", "marți", "2026-03-17"),
        ("ro", "Ieri, pompierii au intervenit din nou.", "Ieri", "2026-03-17"),
        ("ro", "Alaltăieri a plouat torențial.", "Alaltăieri", "2026-03-16"),
        ("ro", "Ancheta a început pe 14 martie.", "14 martie", "2026-03-14"),
        ("ro", "Ședința a avut loc luni seara la primărie.", "luni seara", "2026-03-16TEV"),
        ("ro", "Primarul a demisionat săptămâna trecută.", "săptămâna trecută", "2026-W11"),
        ("ro", "Contractul a fost semnat acum două zile.", "acum două zile", "2026-03-16"),
        ("ro", "Consiliul se va reuni mâine dimineață.", "mâine dimineață", "2026-03-19TMO"),
        ("ro", "Raportul va fi publicat joi, 19 martie.", "joi, 19 martie", "2026-03-19"),
        ("ro", "Legea a fost adoptată pe 3 februarie 2025.", "3 februarie 2025", "2025-02-03"),
        ("ro", "Ministrul a vorbit aseară la televizor.", "aseară", "2026-03-17TEV"),
        ("ro", "Guvernul a aprobat bugetul luna trecută.", "luna trecută", "2026-02"),
        ("ro", "Sâmbătă a avut loc un protest.", "Sâmbătă", "2026-03-14"),
        ("ro", "Vizita va avea loc vinerea viitoare.", "vinerea viitoare", "2026-03-20"),
        # Indonesian: the press writes the day, then (day/month)
        ("id", "Banjir melanda kota itu pada Selasa (17/3).", "Selasa (17/3)", "2026-03-17"),
        ("id", "Rapat digelar Sabtu (14/3) di Jakarta.", "Sabtu (14/3)", "2026-03-14"),
        ("id", "Polisi menangkap tersangka kemarin.", "kemarin", "2026-03-17"),
        ("id", "Kebakaran terjadi pada Senin malam.", "Senin malam", "2026-03-16TNI"),
        ("id", "Perjanjian itu ditandatangani pada 14 Maret 2026.", "14 Maret 2026", "2026-03-14"),
        ("id", "Menteri itu mundur pekan lalu.", "pekan lalu", "2026-W11"),
        ("id", "Jembatan itu runtuh dua hari lalu.", "dua hari lalu", "2026-03-16"),
        ("id", "Kapal itu tenggelam tiga minggu yang lalu.", "tiga minggu yang lalu", "2026-W09"),
        ("id", "Minggu lalu, harga beras naik.", "Minggu lalu", "2026-W11"),
        ("id", "Pada hari Minggu lalu warga berkumpul.", "hari Minggu lalu", "2026-03-15"),
        ("id", "Pemilu akan digelar bulan depan.", "bulan depan", "2026-04"),
        ("id", "Presiden akan berkunjung besok.", "besok", "2026-03-19"),
        ("id", "Kejadian itu berlangsung pukul 22.15 WIB.", "pukul 22.15 WIB", "2026-03-18T22:15"),
        ("ms", "Mesyuarat itu diadakan pada hari Isnin.", "hari Isnin", "2026-03-16"),
        ("ms", "Banjir berlaku pada 14 Mac 2026.", "14 Mac 2026", "2026-03-14"),
        # Turkish
        ("tr", "Toplantı salı günü yapıldı.", "salı günü", "2026-03-17"),
        ("tr", "Dün akşam fabrikada yangın çıktı.", "Dün akşam", "2026-03-17TEV"),
        ("tr", "Anlaşma 14 Mart'ta imzalandı.", "14 Mart", "2026-03-14"),
        ("tr", "Bakan geçen hafta istifa etti.", "geçen hafta", "2026-W11"),
        ("tr", "Köprü iki gün önce çöktü.", "iki gün önce", "2026-03-16"),
        ("tr", "Seçim yarın yapılacak.", "yarın", "2026-03-19"),
        ("tr", "Pazar günü büyük bir miting düzenlendi.", "Pazar günü", "2026-03-15"),
        ("tr", "Dünkü toplantıda bütçe konuşuldu.", "Dün", "2026-03-17"),
        ("tr", "Geçen salı iki kişi yaralandı.", "Geçen salı", "2026-03-17"),
        ("tr", "Fiyatlar önümüzdeki ay artacak.", "önümüzdeki ay", "2026-04"),
        ("tr", "Olay 3 Şubat 2025 tarihinde yaşandı.", "3 Şubat 2025", "2025-02-03"),
        ("tr", "Önceki gün sel baskını yaşandı.", "Önceki gün", "2026-03-16"),
        # Greek: months in the genitive after a day
        ("el", "Η σύσκεψη έγινε την Τρίτη στο υπουργείο.", "Τρίτη", "2026-03-17"),
        ("el", "Χθες σημειώθηκε σεισμός στην Κρήτη.", "Χθες", "2026-03-17"),
        ("el", "Η συμφωνία υπογράφηκε στις 14 Μαρτίου.", "14 Μαρτίου", "2026-03-14"),
        ("el", "Ο υπουργός παραιτήθηκε την περασμένη εβδομάδα.", "περασμένη εβδομάδα", "2026-W11"),
        ("el", "Η γέφυρα κατέρρευσε πριν από δύο ημέρες.", "πριν από δύο ημέρες", "2026-03-16"),
        ("el", "Η ψηφοφορία θα γίνει αύριο.", "αύριο", "2026-03-19"),
        ("el", "Η πυρκαγιά ξέσπασε χθες το βράδυ.", "χθες το βράδυ", "2026-03-17TEV"),
        ("el", "Ο νόμος ψηφίστηκε στις 3 Φεβρουαρίου 2025.", "3 Φεβρουαρίου 2025", "2025-02-03"),
        ("el", "Προχθές έκλεισε ο δρόμος.", "Προχθές", "2026-03-16"),
        ("el", "Οι αγρότες διαμαρτυρήθηκαν την Πέμπτη, 12 Μαρτίου.", "Πέμπτη, 12 Μαρτίου", "2026-03-12"),
        # Hindi: "कल" and "परसों" look back or ahead as the verb says
        ("hi", "मंगलवार को संसद में विधेयक पारित हुआ।", "मंगलवार", "2026-03-17"),
        ("hi", "कल रात गोदाम में आग लगी थी।", "कल रात", "2026-03-17TNI"),
        ("hi", "प्रधानमंत्री कल दिल्ली जाएंगे।", "कल", "2026-03-19"),
        ("hi", "कल शहर में बैठक हुई।", "कल", "2026-03-17"),
        ("hi", "परसों मतदान होगा।", "परसों", "2026-03-20"),
        ("hi", "परसों यह हादसा हुआ था।", "परसों", "2026-03-16"),
        ("hi", "14 मार्च को समझौता हुआ।", "14 मार्च", "2026-03-14"),
        ("hi", "१४ मार्च को समझौता हुआ।", "१४ मार्च", "2026-03-14"),
        ("hi", "मंत्री ने पिछले हफ्ते इस्तीफा दिया।", "पिछले हफ्ते", "2026-W11"),
        ("hi", "पुल दो दिन पहले गिर गया।", "दो दिन पहले", "2026-03-16"),
        ("hi", "आज सुबह बारिश हुई।", "आज सुबह", "2026-03-18TMO"),
        ("hi", "कानून 3 जनवरी 2025 को लागू हुआ।", "3 जनवरी 2025", "2025-01-03"),
        ("hi", "अगले महीने चुनाव होंगे।", "अगले महीने", "2026-04"),
        # Persian: the weekday written with the zero-width non-joiner, a space, or neither; Solar Hijri dates
        ("fa", "زلزله روز سه\u200cشنبه رخ داد.", "سه\u200cشنبه", "2026-03-17"),
        ("fa", "زلزله روز سه شنبه رخ داد.", "سه شنبه", "2026-03-17"),
        ("fa", "زلزله روز سهشنبه رخ داد.", "سهشنبه", "2026-03-17"),
        ("fa", "دیروز جلسه برگزار شد.", "دیروز", "2026-03-17"),
        ("fa", "وزیر فردا به تهران می\u200cرود.", "فردا", "2026-03-19"),
        ("fa", "قرارداد در ۱۴ مارس امضا شد.", "۱۴ مارس", "2026-03-14"),
        ("fa", "قرارداد در 14 مارس 2026 امضا شد.", "14 مارس 2026", "2026-03-14"),
        ("fa", "این حادثه در ۱۲ اسفند ۱۴۰۴ رخ داد.", "۱۲ اسفند ۱۴۰۴", "2026-03-03"),
        ("fa", "این حادثه در ۲۷ اسفند رخ داد.", "۲۷ اسفند", "2026-03-18"),
        ("fa", "نوروز ۱ فروردین ۱۴۰۵ است.", "۱ فروردین ۱۴۰۵", "2026-03-21"),
        ("fa", "وزیر هفته گذشته استعفا داد.", "هفته گذشته", "2026-W11"),
        ("fa", "پل دو روز پیش فرو ریخت.", "دو روز پیش", "2026-03-16"),
        ("fa", "شنبه تظاهرات شد.", "شنبه", "2026-03-14"),
        ("fa", "دیشب آتش\u200cسوزی رخ داد.", "دیشب", "2026-03-17TNI"),
    ],
)
def test_day_words(lang, text, expr, value):
    assert found(lang, text).get(expr, "missing") == value


def test_romanian_months_are_no_monday():
    # "luni" is Monday and "months": after a number or a quantifier it is months
    assert found("ro", "Lucrările vor dura trei luni.") == {"trei luni": "P3M"}
    assert "2026-03-16" not in found("ro", "În ultimele luni prețurile au crescut.").values()
    assert "2026-03-16" not in found("ro", "Ancheta a durat luni de zile.").values()
    assert found("ro", "Au trecut 18 luni de la inundații.").get("18 luni") == "P18M"


def test_romanian_clock_on_its_day():
    # a clock time after a weekday is on that weekday, not on the publication day
    text = "Miercuri, apelul a venit la ora 22:15, a spus purtătorul de cuvânt."
    assert found("ro", text, "2026-03-19T08:00:00+02:00")["ora 22:15"] == "2026-03-18T22:15"


def test_romanian_mai_is_more():
    assert found("ro", "Au ars mai multe case.") == {}
    assert found("ro", "Alegerile au loc în mai.")["mai"] == "2026-05"


def test_turkish_market_and_world_are_no_days():
    assert found("tr", "Köylüler pazarda sebze sattı.") == {}
    assert found("tr", "Sebzeler pazar yerinde ucuza satıldı.") == {}
    assert found("tr", "Dünya Bankası yeni raporunu yayımladı.") == {}


def test_greek_ordinals_are_no_weekdays():
    assert found("el", "Είναι η τρίτη φορά που συμβαίνει.") == {}
    assert found("el", "Η ομάδα τερμάτισε στην πέμπτη θέση.") == {}
    assert found("el", "Για την τρίτη συνεχόμενη χρονιά αυξήθηκαν οι τιμές.") == {}


def test_hindi_words_that_start_like_kal():
    assert found("hi", "कलाकार ने मंच पर गाना गाया।") == {}
    assert found("hi", "उसने कलम से पत्र लिखा।") == {}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # Vietnamese: relative days, a part of the day before its day, weekdays as ordinals
        ("Hôm qua, nhà máy đã ngừng hoạt động.", "Hôm qua", "2026-03-17"),
        ("Hôm nay trời mưa lớn.", "Hôm nay", "2026-03-18"),
        ("Ngày mai đoàn công tác sẽ đến.", "Ngày mai", "2026-03-19"),
        ("Hôm kia, con đê bị vỡ.", "Hôm kia", "2026-03-16"),
        ("Chiều qua, một vụ cháy đã xảy ra.", "Chiều qua", "2026-03-17TAF"),
        ("Đêm qua gió mạnh làm đổ cây.", "Đêm qua", "2026-03-17TNI"),
        ("Sáng nay, học sinh đã đi học lại.", "Sáng nay", "2026-03-18TMO"),
        ("Tối hôm qua, ông ấy đã về.", "Tối hôm qua", "2026-03-17TEV"),
        ("Cuộc họp diễn ra hôm thứ Hai.", "thứ Hai", "2026-03-16"),
        ("Phiên tòa đã kết thúc vào thứ ba.", "thứ ba", "2026-03-17"),
        ("Chiều thứ Sáu, nước sông bắt đầu dâng.", "Chiều thứ Sáu", "2026-03-13TAF"),
        ("Cuộc thi kết thúc vào thứ Ba tuần trước.", "thứ Ba tuần trước", "2026-03-10"),
        ("Kết quả sẽ được công bố thứ Sáu tuần tới.", "thứ Sáu tuần tới", "2026-03-27"),
        ("Lễ hội diễn ra vào Chủ nhật.", "Chủ nhật", "2026-03-15"),
        ("Đò bị lật chiều thứ Hai (16-3).", "chiều thứ Hai (16-3)", "2026-03-16TAF"),
        ("Chủ tịch xã đã từ chức tuần trước.", "tuần trước", "2026-W11"),
        ("Giá điện tăng từ tháng trước.", "tháng trước", "2026-02"),
        ("Năm ngoái lũ lụt kéo dài.", "Năm ngoái", "2025"),
        ("Cây cầu bị sập 3 ngày trước.", "3 ngày trước", "2026-03-15"),
        ("Bầu cử sẽ diễn ra vào tháng 5.", "tháng 5", "2026-05"),
        ("Dự án khởi công tháng 5 năm 2024.", "tháng 5 năm 2024", "2024-05"),
        ("Hiệp định được ký ngày 14 tháng 3 năm 2025.", "14 tháng 3 năm 2025", "2025-03-14"),
        ("Hội nghị khai mạc ngày 12/3.", "ngày 12/3", "2026-03-12"),
        ("Lũ về sáng 12-3 gây ngập.", "sáng 12-3", "2026-03-12TMO"),
        ("Vụ tai nạn xảy ra lúc 16h30 chiều qua.", "16h30 chiều qua", "2026-03-17T16:30"),
        ("Lúc 9 giờ 15 phút sáng nay, tàu cập bến.", "9 giờ 15 phút sáng nay", "2026-03-18T09:15"),
        ("Cháy lúc 21h ngày 15/3 tại kho.", "21h ngày 15/3", "2026-03-15T21:00"),
    ],
)
def test_vietnamese_dates(text, expr, value):
    assert found("vi", text).get(expr, "missing") == value


@pytest.mark.parametrize(
    "text",
    [
        "Đây là lần thứ ba đội bóng vô địch.",  # the third time
        "Ông đứng thứ 3 trong kỳ thi.",  # ranked third
        "Cô Mai kể lại chuyện ngày trước.",  # a name; "in the old days"
        "Nhiều năm qua, người dân vẫn đi đò.",  # "the past years": no day
        "Cửa hàng mở cửa 24/7.",  # round the clock
        "Đội nhà thắng với tỷ số 3/1.",  # a score: no date word, a day under 13
        "Trong 24h qua, mưa lớn kéo dài.",  # a day's span, no clock time
    ],
)
def test_vietnamese_words_that_only_look_like_times(text):
    assert found("vi", text) == {}


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # a day and month in figures, day first, in the languages that write it so: the year nearest publication
        ("el", "Ο δήμος εξέδωσε ανακοίνωση στις 17/3 για την πυρκαγιά.", "στις 17/3", "2026-03-17"),
        ("el", "Η φωτιά της 13/3 κατέστρεψε δάσος.", "της 13/3", "2026-03-13"),
        ("es", "El 14/3 se registraron fuertes lluvias.", "El 14/3", "2026-03-14"),
        ("es", "Las clases se reanudan el 2/4.", "el 2/4", "2026-04-02"),
        ("fr", "Le 16/3, la préfecture a fermé la route.", "Le 16/3", "2026-03-16"),
        ("it", "Il 15/3 il fiume è esondato.", "Il 15/3", "2026-03-15"),
        ("pt", "Em 13/3, a barragem cedeu.", "Em 13/3", "2026-03-13"),
        ("ar", "وقع الانفجار في 16/3 قرب الميناء.", "في 16/3", "2026-03-16"),
        ("es", "Las lluvias del 28/12 inundaron el valle.", "del 28/12", "2025-12-28"),  # the nearest: last December
        ("el", "Μετά τις 17/3 έκλεισαν τα σχολεία.", "17/3", "2026-03-17"),  # no date word, but no day under 13
    ],
)
def test_a_day_and_month_in_figures_is_a_date(lang, text, expr, value):
    assert found(lang, text).get(expr, "missing") == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Obtuvo 2/3 de los votos."),  # a fraction
        ("es", "Consiguió el 2/3 de los escaños."),  # a fraction after an article
        ("pt", "Em 2/3 dos casos houve atraso."),
        ("fr", "Le service fonctionne 24/7."),  # round the clock
        ("el", "Τα 3/4 των κατοίκων έφυγαν."),
        ("it", "Il voto finale è stato 31/13."),  # no month 13
        ("en", "The hotline is open 24/7 since 9/11 and 17/5."),  # English writes the month first: never read
    ],
)
def test_fractions_and_round_the_clock_are_no_dates(lang, text):
    assert found(lang, text) == {}


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # a year's figures and the noun "year" name the year in Slavic news, as subject or object
        ("ru", "2024 год оказался самым тёплым.", "2024 год", "2024"),
        ("ru", "Отчёт за 2024 год опубликуют весной.", "2024 год", "2024"),
        ("uk", "2024 рік виявився найтеплішим.", "2024 рік", "2024"),
        ("pl", "2024 rok okazał się najcieplejszy.", "2024 rok", "2024"),
        ("cs", "2024 rok byl nejteplejší.", "2024 rok", "2024"),
        ("bg", "2024 година беше най-топлата.", "2024 година", "2024"),
        # the counting forms stay durations, and so do small numbers
        ("ru", "Городу 2000 лет.", "2000 лет", "P2000Y"),
        ("pl", "Miasto ma 2000 lat.", "2000 lat", "P2000Y"),
        ("ru", "Суд длился три года.", "три года", "P3Y"),
        ("ru", "Ремонт занял 2 года.", "2 года", "P2Y"),
        # quarters and halves
        ("ru", "В третьем квартале 2025 года продажи упали.", "третьем квартале 2025", "2025-Q3"),
        ("uk", "У третьому кварталі 2025 року продажі впали.", "третьому кварталі 2025", "2025-Q3"),
        ("pl", "W trzecim kwartale 2025 roku sprzedaż spadła.", "trzecim kwartale 2025", "2025-Q3"),
        ("ru", "В первом полугодии 2025 года продажи упали.", "первом полугодии 2025", "2025-H1"),
    ],
)
def test_slavic_years_and_quarters(lang, text, expr, value):
    assert found(lang, text).get(expr) == value


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # the night dated by the morning it ends on is the evening before that weekday (PUB is a Wednesday)
        ("ru", "В ночь на вторник беспилотники атаковали Курск.", "В ночь на вторник", "2026-03-16TNI"),
        ("ru", "В ночь с понедельника на вторник беспилотники атаковали Курск.", "В ночь с понедельника на вторник", "2026-03-16TNI"),
        ("uk", "У ніч на вівторок дрони атакували Суми.", "У ніч на вівторок", "2026-03-16TNI"),
        ("uk", "В ніч проти вівторка дрони атакували Суми.", "В ніч проти вівторка", "2026-03-16TNI"),
        ("de", "In der Nacht zu Dienstag brannte ein Lager.", "In der Nacht zu Dienstag", "2026-03-16TNI"),
        ("de", "In der Nacht von Montag auf Dienstag brannte ein Lager.", "In der Nacht von Montag auf Dienstag", "2026-03-16TNI"),
        ("pl", "W nocy z poniedziałku na wtorek spłonął magazyn.", "W nocy z poniedziałku na wtorek", "2026-03-16TNI"),
        ("cs", "V noci na úterý shořel sklad.", "V noci na úterý", "2026-03-16TNI"),
        ("hr", "U noći na utorak izgorjelo je skladište.", "U noći na utorak", "2026-03-16TNI"),
        ("bg", "В нощта срещу вторник изгоря склад.", "В нощта срещу вторник", "2026-03-16TNI"),
    ],
)
def test_the_night_before_a_weekday(lang, text, expr, value):
    assert found(lang, text).get(expr) == value


def test_an_hour_of_the_morning_in_a_night_is_the_next_day():
    assert found("nb", "Politiet ble varslet kl. 03.15 natt til tirsdag.")["kl. 03.15"] == "2026-03-17T03:15"
    assert found("nb", "Politiet ble varslet kl. 23.15 natt til tirsdag.")["kl. 23.15"] == "2026-03-16T23:15"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        # centuries: an ordinal in figures or Roman numerals beside the word "century", in either order
        ("de", "Die Mühle stammt aus dem 17. Jahrhundert.", "17. Jahrhundert", "16"),
        ("fr", "Le moulin date du XVIIe siècle.", "XVIIe siècle", "16"),
        ("es", "El molino es del siglo XVII.", "siglo XVII", "16"),
        ("it", "Il mulino risale al XVII secolo.", "XVII secolo", "16"),
        ("ru", "Мельница построена в XVII веке.", "XVII веке", "16"),
        ("nl", "De molen stamt uit de 17e eeuw.", "17e eeuw", "16"),
        # decades: four figures, two (of the 1900s) or a word
        ("de", "In den 1970er Jahren schloss die Mühle.", "1970er Jahren", "197"),
        ("es", "En la década de 1970 cerró el molino.", "década de 1970", "197"),
        ("ru", "В 1970-е годы мельницу закрыли.", "1970-е годы", "197"),
        ("it", "Negli anni Settanta il mulino chiuse.", "anni Settanta", "197"),
        ("it", "Negli anni '70 il mulino chiuse.", "anni '70", "197"),
        ("fr", "Dans les années 70, le moulin a fermé.", "années 70", "197"),
        ("nl", "In de jaren zeventig sloot de molen.", "jaren zeventig", "197"),
    ],
)
def test_centuries_and_decades(lang, text, expr, value):
    assert found(lang, text).get(expr) == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il mugnaio ha 70 anni."),  # an age
        ("es", "El molinero tiene 70 años."),
        ("it", "Ci vi secolo non è."),  # a Roman numeral only in capitals
    ],
)
def test_no_decade_or_century(lang, text):
    assert all(v is None or not v.isdigit() or len(v) == 4 for v in found(lang, text).values()), found(lang, text)

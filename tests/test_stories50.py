"""Session stories50: one event reported in English and two other languages groups as one story, a similar event of
the same kind (another place, or another week) stays apart; "the class of 2010 graduates" names a year; a copy
that writes a figure in words and changes it ("twelve" -> "fourteen") is still a near-duplicate.

Invented articles only."""

from __future__ import annotations

import pytest

from parallax.config import Options
from parallax.records import Article

# ------------------------------------------------------------------ cross-language sets: (id, language, time, title, text)
# each set: event "a" in English and two other languages, event "b" of the same kind elsewhere or in another week

QUAKE = [
    ("a-en", "en", "2026-03-10T08:05:00Z", "Magnitude 6.8 earthquake strikes southern Peru",
     "A magnitude 6.8 earthquake struck the Arequipa region of southern Peru on Tuesday, killing at least nine people "
     "and damaging hundreds of adobe homes, the civil defence institute said. The quake was felt as far as Lima."),
    ("a-es", "es", "2026-03-10T09:10:00Z", "Sismo de magnitud 6,8 sacude el sur del Perú",
     "Un sismo de magnitud 6,8 sacudió este martes la región de Arequipa, en el sur del Perú, y dejó al menos nueve "
     "muertos y cientos de viviendas de adobe dañadas, informó el Instituto Nacional de Defensa Civil."),
    ("a-fr", "fr", "2026-03-10T10:20:00Z", "Un séisme de magnitude 6,8 frappe le sud du Pérou",
     "Un séisme de magnitude 6,8 a frappé mardi la région d'Arequipa, dans le sud du Pérou, faisant au moins neuf morts "
     "et endommageant des centaines de maisons en adobe, selon la défense civile."),
    ("b-en", "en", "2026-03-10T11:40:00Z", "Strong earthquake shakes northern Chile",
     "A magnitude 6.2 earthquake shook the Antofagasta region of northern Chile on Tuesday, cutting power to thousands "
     "of homes in the port city, the national disaster agency said. No deaths were reported."),
    ("b-es", "es", "2026-03-10T12:30:00Z", "Fuerte sismo sacude el norte de Chile",
     "Un sismo de magnitud 6,2 sacudió este martes la región de Antofagasta, en el norte de Chile, y dejó sin luz a "
     "miles de hogares de la ciudad portuaria, informó el Senapred. No se reportaron víctimas."),
]  # fmt: skip

TRAIN = [
    ("a-en", "en", "2026-04-14T06:30:00Z", "Freight train derails near Regensburg",
     "A freight train carrying chemicals derailed near Regensburg in Bavaria early on Tuesday, and about 400 residents "
     "were evacuated as a precaution, police said. Eleven wagons left the tracks; nobody was hurt."),
    ("a-de", "de", "2026-04-14T07:15:00Z", "Güterzug bei Regensburg entgleist",
     "Ein mit Chemikalien beladener Güterzug ist am frühen Dienstagmorgen bei Regensburg in Bayern entgleist. Rund 400 "
     "Anwohner wurden vorsorglich in Sicherheit gebracht, teilte die Polizei mit. Elf Waggons sprangen aus den Gleisen."),
    ("a-tr", "tr", "2026-04-14T08:40:00Z", "Almanya'da yük treni raydan çıktı",
     "Almanya'nın Bavyera eyaletinde Regensburg yakınlarında kimyasal madde taşıyan bir yük treni salı sabahı raydan "
     "çıktı. Polis, önlem amacıyla yaklaşık 400 kişinin tahliye edildiğini açıkladı. Yaralanan olmadı."),
    ("b-en", "en", "2026-04-20T15:00:00Z", "Passenger train derails near Linz in Austria",
     "A regional passenger train derailed near Linz in Upper Austria on Monday afternoon, injuring six passengers, "
     "the Austrian railway company ÖBB said. The line to Salzburg was closed for repairs."),
    ("b-de", "de", "2026-04-20T16:10:00Z", "Regionalzug bei Linz entgleist",
     "Ein Regionalzug ist am Montagnachmittag bei Linz in Oberösterreich entgleist. Sechs Fahrgäste wurden verletzt, "
     "teilten die ÖBB mit. Die Strecke nach Salzburg bleibt für Reparaturen gesperrt."),
]  # fmt: skip

FACTORY = [
    ("a-en", "en", "2026-05-05T04:00:00Z", "Fire at garment factory near Jakarta kills 14",
     "A fire tore through a garment factory in Bekasi, east of Jakarta, on Tuesday, killing 14 workers and injuring "
     "dozens, Indonesian police said. Firefighters needed five hours to bring the blaze under control."),
    ("a-id", "id", "2026-05-05T05:20:00Z", "Kebakaran pabrik garmen di Bekasi tewaskan 14 pekerja",
     "Kebakaran hebat melanda sebuah pabrik garmen di Bekasi, Jawa Barat, pada Selasa dan menewaskan 14 pekerja serta "
     "melukai puluhan lainnya, kata polisi. Petugas pemadam kebakaran membutuhkan lima jam untuk memadamkan api."),
    ("a-ja", "ja", "2026-05-05T06:45:00Z", "ジャカルタ近郊の縫製工場で火災、14人死亡",
     "インドネシアの首都ジャカルタ東方のブカシにある縫製工場で5日、火災が発生し、労働者14人が死亡、数十人が負傷した。"
     "警察によると、消火には5時間かかった。"),
    ("b-en", "en", "2026-05-08T09:00:00Z", "Blaze at Surabaya plastics plant injures workers",
     "A fire broke out at a plastics plant in Surabaya, East Java, on Friday, injuring seven workers, the city's fire "
     "department said. The cause of the fire is under investigation."),
    ("b-id", "id", "2026-05-08T10:15:00Z", "Pabrik plastik di Surabaya terbakar, tujuh pekerja terluka",
     "Sebuah pabrik plastik di Surabaya, Jawa Timur, terbakar pada Jumat dan melukai tujuh pekerja, kata dinas pemadam "
     "kebakaran kota. Penyebab kebakaran masih diselidiki."),
]  # fmt: skip

MINE = [
    ("a-en", "en", "2026-06-02T03:30:00Z", "Coal mine collapse traps 23 miners in Siberia",
     "A roof collapse at a coal mine in the Kemerovo region of Siberia trapped 23 miners on Tuesday, Russia's emergencies "
     "ministry said. Rescue teams reached the mine shaft and were pumping air to the men."),
    ("a-ru", "ru", "2026-06-02T04:10:00Z", "В Кемеровской области обрушение на шахте, заблокированы 23 горняка",
     "Во вторник на угольной шахте в Кемеровской области произошло обрушение кровли, под землей заблокированы 23 горняка, "
     "сообщило МЧС России. Спасатели подают воздух в забой."),
    ("a-zh", "zh", "2026-06-02T05:00:00Z", "俄罗斯西伯利亚煤矿坍塌 23名矿工被困",
     "据俄罗斯紧急情况部消息，西伯利亚克麦罗沃州一座煤矿周二发生顶板坍塌事故，23名矿工被困井下。救援人员已抵达矿井，正在向井下输送空气。"),
    ("b-en", "en", "2026-06-11T10:00:00Z", "Blast at Kazakh coal mine kills five",
     "A methane explosion at a coal mine in the Karaganda region of Kazakhstan killed five miners on Thursday, the "
     "country's emergencies ministry said. Another 40 miners were brought to the surface."),
    ("b-ru", "ru", "2026-06-11T11:20:00Z", "Взрыв на шахте в Карагандинской области: погибли пять горняков",
     "В четверг на угольной шахте в Карагандинской области Казахстана произошел взрыв метана, погибли пять горняков, "
     "сообщило МЧС республики. Еще 40 человек подняли на поверхность."),
]  # fmt: skip

FLOOD = [
    ("a-en", "en", "2026-07-07T05:00:00Z", "Floods in India's Assam displace 200,000 people",
     "Floods in the Indian state of Assam have displaced more than 200,000 people and killed eight after days of heavy "
     "monsoon rain, the state disaster management authority said on Tuesday. The Brahmaputra river is above the danger mark."),
    ("a-hi", "hi", "2026-07-07T06:30:00Z", "असम में बाढ़ से दो लाख लोग बेघर",
     "असम में भारी मानसूनी बारिश के बाद आई बाढ़ से दो लाख से अधिक लोग बेघर हो गए हैं और आठ लोगों की मौत हो गई है, "
     "राज्य आपदा प्रबंधन प्राधिकरण ने मंगलवार को बताया। ब्रह्मपुत्र नदी खतरे के निशान से ऊपर बह रही है।"),
    ("a-ar", "ar", "2026-07-07T07:45:00Z", "فيضانات في ولاية آسام الهندية تشرد 200 ألف شخص",
     "أعلنت هيئة إدارة الكوارث في ولاية آسام الهندية يوم الثلاثاء أن الفيضانات شردت أكثر من 200 ألف شخص وأودت بحياة "
     "ثمانية أشخاص بعد أيام من الأمطار الموسمية الغزيرة. ونهر براهمابوترا فوق مستوى الخطر."),
    ("b-en", "en", "2026-07-08T09:00:00Z", "Flash floods kill 11 in Pakistan's Sindh province",
     "Flash floods triggered by torrential rain killed 11 people in Pakistan's Sindh province, officials said on "
     "Wednesday. Streets in Karachi and Hyderabad were under water and power was cut in several districts."),
    ("b-ar", "ar", "2026-07-08T10:30:00Z", "سيول تقتل 11 شخصا في إقليم السند الباكستاني",
     "قال مسؤولون يوم الأربعاء إن سيولا ناجمة عن أمطار غزيرة أودت بحياة 11 شخصا في إقليم السند الباكستاني. "
     "وغمرت المياه شوارع كراتشي وحيدر آباد وانقطعت الكهرباء في عدة مناطق."),
]  # fmt: skip

STRIKE = [
    ("a-en", "en", "2026-09-15T06:00:00Z", "Air France pilots strike, hundreds of flights cancelled",
     "Air France pilots walked out on Tuesday over pay, forcing the airline to cancel more than 600 flights from Paris "
     "Charles de Gaulle and Orly, the company said. The SNPL union called a second day of strike for Thursday."),
    ("a-fr", "fr", "2026-09-15T07:00:00Z", "Grève des pilotes d'Air France : des centaines de vols annulés",
     "Les pilotes d'Air France sont en grève ce mardi pour les salaires, et la compagnie a annulé plus de 600 vols au "
     "départ de Roissy-Charles-de-Gaulle et d'Orly. Le syndicat SNPL appelle à une deuxième journée de grève jeudi."),
    ("a-de", "de", "2026-09-15T08:30:00Z", "Air-France-Piloten streiken: Hunderte Flüge gestrichen",
     "Die Piloten von Air France haben am Dienstag wegen der Gehälter die Arbeit niedergelegt. Die Fluggesellschaft "
     "strich mehr als 600 Flüge ab Paris-Charles-de-Gaulle und Orly. Die Gewerkschaft SNPL ruft für Donnerstag erneut zum Streik auf."),
    ("b-en", "en", "2026-09-22T06:00:00Z", "Lufthansa pilots strike grounds flights in Frankfurt and Munich",
     "Lufthansa pilots went on strike on Tuesday in a dispute over pensions, grounding about 800 flights at Frankfurt "
     "and Munich, the Vereinigung Cockpit union said. The airline called the walkout unnecessary."),
    ("b-de", "de", "2026-09-22T07:00:00Z", "Lufthansa-Piloten streiken in Frankfurt und München",
     "Die Piloten der Lufthansa streiken seit Dienstag im Streit um die Betriebsrenten. Rund 800 Flüge in Frankfurt und "
     "München fielen aus, teilte die Vereinigung Cockpit mit. Die Lufthansa nannte den Streik unnötig."),
]  # fmt: skip

SETS = {"quake": QUAKE, "train": TRAIN, "factory": FACTORY, "mine": MINE, "flood": FLOOD, "strike": STRIKE}


def _articles(rows: list[tuple[str, str, str, str, str]], prefix: str = "") -> list[Article]:
    return [Article(id=prefix + i, language=lang, published=p, title=t, text=x, outlet=f"outlet-{i}") for i, lang, p, t, x in rows]


def _groups(result) -> set[frozenset[str]]:
    return {frozenset(s["articles"]) for s in result.stories}


def _gold(articles: list[Article]) -> set[frozenset[str]]:
    events: dict[str, set[str]] = {}
    for a in articles:
        events.setdefault(a.id.rsplit("-", 1)[0], set()).add(a.id)
    return {frozenset(v) for v in events.values()}


@pytest.mark.parametrize("name", sorted(SETS))
def test_one_event_in_three_languages_is_one_story_and_a_similar_event_stays_apart(name):
    from parallax.stories import cluster_articles

    articles = _articles(SETS[name])
    result = cluster_articles(articles)
    assert _groups(result) == _gold(articles)


def test_all_sets_in_one_batch_group_by_event():
    """The six sets together: twelve events, each its own story (other kinds of event are rivals, not partners)."""
    from parallax.stories import cluster_articles

    articles = [a for name, rows in sorted(SETS.items()) for a in _articles(rows, f"{name}-")]
    result = cluster_articles(articles)
    assert _groups(result) == _gold(articles)


# ------------------------------------------------------------------ a cohort named by its year


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("The class of 2010 graduates returned to the campus on Saturday for a reunion.", "en", "2010"),
        ("Members of the class of 2019 students protested outside the dean's office.", "en", "2019"),
        ("La promotion de 2015 diplômés s'est réunie samedi à Lyon.", "fr", "2015"),
    ],
)
def test_a_cohort_named_by_its_year_keeps_the_year(text, language, year):
    from parallax.stories.features import signals_without_vector

    sig = signals_without_vector(Article(id="x", text=text, language=language))
    assert year in sig.times and year not in sig.numbers, (sig.times, sig.numbers)


def test_a_count_after_of_still_is_a_count():
    from parallax.stories.features import signals_without_vector

    sig = signals_without_vector(Article(id="x", text="The flood forced the evacuation of 2000 people on Monday.", language="en"))
    assert "2000" in sig.numbers and "2000" not in sig.times


# ------------------------------------------------------------------ figures written in words in near-duplicates

WIRE = (
    "A landslide buried part of a mountain village in the north of the province on Sunday night, killing twelve "
    "people and leaving dozens missing, local officials said. Rescuers searched the mud through the night."
)
GERMAN = (
    "Ein Erdrutsch hat in der Nacht zum Montag einen Teil eines Bergdorfs im Norden der Provinz verschüttet und zwölf "
    "Menschen getötet, teilten die Behörden mit. Rettungskräfte suchten die ganze Nacht im Schlamm."
)


def _near_duplicates(*articles: Article) -> list[dict]:
    from parallax.stories import cluster_articles

    return cluster_articles(list(articles), Options(embedder="hashing")).near_duplicates


def _a(ident: str, text: str, language: str = "en") -> Article:
    return Article(id=ident, text=text, language=language, published="2026-11-30", outlet=ident)


@pytest.mark.parametrize(
    ("text", "language", "old", "new"),
    [(WIRE, "en", "twelve", "fourteen"), (GERMAN, "de", "zwölf", "vierzehn"), (WIRE, "en", "twelve", "12")],
)
def test_a_copy_with_a_figure_in_words_changed_is_a_near_duplicate(text, language, old, new):
    (group,) = _near_duplicates(_a("a-wire", text, language), _a("b-copy", text.replace(old, new), language))
    assert group["articles"] == ["a-wire", "b-copy"]


def test_reports_to_a_template_with_figures_in_words_stay_apart():
    """A weekly notice written to one template, its counts in words: every count changed, no copy."""
    notice = ("The county health office said on {} that {} new cases had been recorded in the past week, {} patients were "
              "in hospital and {} had been discharged, and that the clinics in the market town would keep their usual hours.")  # fmt: skip
    one = notice.format("Monday", "eleven", "four", "seven")
    two = notice.format("Monday", "nineteen", "six", "thirteen")
    assert _near_duplicates(_a("w1", one), _a("w2", two)) == []


# ------------------------------------------------------------------ a landmark is no event place

FIRES_AROUND_ONE_CITY = [
    ("a-en", "en", "2026-05-05T04:00:00Z", "Fire at garment factory near Jakarta kills 14",
     "A fire tore through a garment factory in Bekasi, east of Jakarta, on Tuesday, killing 14 workers and injuring "
     "dozens, Indonesian police said. Firefighters needed five hours to bring the blaze under control."),
    ("a-id", "id", "2026-05-05T05:20:00Z", "Kebakaran pabrik garmen di Bekasi tewaskan 14 pekerja",
     "Kebakaran hebat melanda sebuah pabrik garmen di Bekasi, Jawa Barat, pada Selasa dan menewaskan 14 pekerja serta "
     "melukai puluhan lainnya, kata polisi. Petugas pemadam kebakaran membutuhkan lima jam untuk memadamkan api."),
    ("b-en", "en", "2026-05-05T08:00:00Z", "Fire at shoe factory in Tangerang kills three",
     "A fire at a shoe factory in Tangerang, west of Jakarta, killed three workers on Tuesday, police said. The blaze "
     "started in a storage room and spread to the production hall."),
    ("b-id", "id", "2026-05-05T09:00:00Z", "Kebakaran pabrik sepatu di Tangerang tewaskan tiga pekerja",
     "Kebakaran di sebuah pabrik sepatu di Tangerang, Banten, pada Selasa menewaskan tiga pekerja, kata polisi. Api "
     "berawal dari gudang dan menjalar ke ruang produksi."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "place", "landmark"),
    [
        ("Fire in Bekasi, east of Jakarta, kills 14 workers on Tuesday.", "en", "bekasi", "jakarta"),
        ("Un incendie a tué 14 ouvriers à Bekasi, à l'est de Jakarta, mardi.", "fr", "bekasi", "jakarta"),
        ("Ein Brand in Bekasi östlich von Jakarta tötete am Dienstag 14 Arbeiter.", "de", "bekasi", "jakarta"),
        ("Un incendio en Bekasi, al este de Yakarta, mató el martes a 14 obreros.", "es", "bekasi", "jakarta"),
        ("Kebakaran di Bekasi menewaskan 14 pekerja pada Selasa.", "id", "bekasi", None),
    ],
)
def test_a_town_is_the_event_place_and_the_city_it_is_placed_by_is_not(text, language, place, landmark):
    from parallax.stories.features import signals_without_vector

    sig = signals_without_vector(Article(id="x", text=text, language=language))
    assert place in sig.places and (landmark is None or landmark not in sig.places), sig.places


def test_two_fires_in_two_towns_around_one_city_are_two_stories():
    """Both leads place their town by Jakarta; the shared landmark is no shared place."""
    from parallax.stories import cluster_articles

    articles = _articles(FIRES_AROUND_ONE_CITY)
    assert _groups(cluster_articles(articles)) == _gold(articles)


# ------------------------------------------------------------------ weekdays and months are no names in any language


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Kebakaran melanda sebuah pabrik di Bekasi pada Selasa pagi, kata polisi Jakarta.", "id", "selasa"),
        ("Banjir melanda Kuala Lumpur pada hari Khamis, kata pihak berkuasa Selangor.", "ms", "khamis"),
        ("Yangın Salı sabahı İzmir'deki bir fabrikada çıktı, dedi Valilik.", "tr", "sali"),
        ("Pemilu digelar pada Februari lalu di Surabaya dan Jakarta.", "id", "februari"),
    ],
)
def test_a_weekday_or_month_of_the_articles_language_is_no_name(text, language, word):
    from parallax.stories.features import signals_without_vector

    sig = signals_without_vector(Article(id="x", text=text, language=language))
    assert word not in sig.names and word not in sig.places, sig.names

"""qa48d: Swahili, Tagalog and Malay reports (language, dates, quotes, counts) and their close neighbours."""

import pytest

from parallax.config import Options
from parallax.ingest.language import detect_language


def _lang(text: str) -> str | None:
    return detect_language(text, Options().languages, Options().more_languages)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Swahili went Polish, Tagalog and Malay Indonesian: none of them was offered to the identifier
        ("Wanafunzi watatu walijeruhiwa shuleni leo asubuhi.", "sw"),
        ("Mvua kubwa iliyonyesha usiku kucha imesababisha maporomoko ya udongo katika kijiji cha Bumbuli, na "
         "wakazi wengi wamekimbia makazi yao. Mkuu wa wilaya amesema serikali itatoa msaada wa chakula.", "sw"),
        ("Nagbitiw ang alkalde ng bayan noong Martes.", "tl"),
        ("Umabot sa dalawampung bahay ang natabunan ng gumuhong lupa sa bayan ng Itogon. Ayon sa mga "
         "awtoridad, patuloy pa rin ang paghahanap sa mga nawawalang residente ng barangay.", "tl"),
        # Malay and Indonesian by the words each standard writes
        ("Polis menahan dua lelaki selepas rompakan di Ipoh.", "ms"),
        ("Kerajaan negeri memaklumkan bahawa harga petrol akan naik sebanyak 20 sen mulai Khamis ini. "
         "Menurut kenyataan jabatan itu, kenaikan tersebut berpunca daripada kos import yang meningkat.", "ms"),
        ("Polisi menangkap dua pria setelah perampokan di Bandung kemarin.", "id"),
        ("Pemerintah menyatakan bahwa harga bensin akan naik sebesar 10 persen mulai Kamis pekan depan. "
         "Menurut keterangan dinas terkait, kenaikan itu disebabkan oleh biaya impor yang meningkat.", "id"),
        # the neighbours stay themselves
        ("Prezydent podpisał ustawę w czwartek wieczorem.", "pl"),
        ("Nos últimos dias, a prefeitura anunciou novas medidas contra a dengue no bairro.", "pt"),
        ("En los últimos días, la alcaldía anunció nuevas medidas contra el dengue en el barrio.", "es"),
        ("De gemeenteraad heeft dinsdagavond ingestemd met het nieuwe plan voor de haven.", "nl"),
        ("Kommunen har besluttet å stenge veien etter raset i natt.", "no"),
        ("Kommunen har besluttet at lukke vejen efter skredet i nat.", "da"),
    ],
)
def test_swahili_tagalog_malay_and_their_neighbours(text, language):
    assert _lang(text) == language


# --- Swahili and Tagalog dates (timelex/sw.py, timelex/tl.py); published on Friday 20 November 2026 ---
_FRIDAY = "2026-11-20T10:00:00Z"


@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("sw", "Basi lilipinduka karibu na Morogoro jana usiku.", "jana usiku", "2026-11-19TNI"),
        ("sw", "Mbunge huyo alikamatwa Jumatatu iliyopita.", "Jumatatu iliyopita", "2026-11-16"),
        ("sw", "Mahakama itatoa hukumu Jumatano.", "Jumatano", "2026-11-25"),
        ("sw", "Bei ya sukari ilipanda mwaka jana.", "mwaka jana", "2025"),
        ("sw", "Mkutano wa wadau utafanyika wiki ijayo.", "wiki ijayo", "2026-W48"),
        ("sw", "Rais atahutubia taifa leo jioni.", "leo jioni", "2026-11-20TEV"),
        ("tl", "Nasunog ang palengke kahapon ng hapon.", "kahapon ng hapon", "2026-11-19TAF"),
        ("tl", "Nagbitiw ang kalihim noong Martes.", "Martes", "2026-11-17"),
        ("tl", "Magsisimula ang klase sa Lunes.", "Lunes", "2026-11-23"),
        ("tl", "Dumating ang bagyo noong nakaraang linggo.", "noong nakaraang linggo", "2026-W46"),
        ("tl", "Babalik ang mga mangingisda bukas.", "bukas", "2026-11-21"),
    ],
)
def test_swahili_and_tagalog_dates(lang, text, expr, value):
    from tests.helpers import resolved

    assert resolved(lang, text, _FRIDAY).get(expr) == value


def test_tagalog_open_is_no_tomorrow_and_week_no_sunday():
    from tests.helpers import resolved

    assert "bukas" not in resolved("tl", "Nananatiling bukas ang paaralan para sa mga lumikas.", _FRIDAY)
    assert resolved("tl", "Tatagal ng dalawang linggo ang pagsasaayos.", _FRIDAY).get("dalawang linggo") == "P2W"


# --- Swahili and Tagalog counts (numwords/swahili_tagalog.py, quantities/swahili.py) ---
def _counts(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    from parallax.analyze.quantities import find_quantities

    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # the Swahili noun comes first, the number agrees with it
        ("sw", "Wanafunzi watano walilazwa hospitalini.", [("watano", 5.0, "wanafunzi")]),
        ("sw", "Moto uliteketeza nyumba ishirini na tatu usiku.", [("ishirini na tatu", 23.0, "nyumba")]),
        ("sw", "Basi lilikuwa limebeba abiria 64 na mizigo.", [("64", 64.0, "abiria")]),
        ("sw", "Wavuvi kumi na mmoja hawajulikani walipo.", [("kumi na mmoja", 11.0, "wavuvi")]),
        # the Tagalog number before its noun, joined by a linker
        ("tl", "Labintatlong bangka ang lumubog sa bagyo.", [("Labintatlong", 13.0, "bangka")]),
        ("tl", "Apat na katao ang sugatan sa banggaan.", [("Apat", 4.0, "katao")]),
        ("tl", "Umabot sa apatnapu't dalawang pamilya ang lumikas.", [("apatnapu't dalawang", 42.0, "pamilya")]),
        ("tl", "Dalawang daang sundalo ang ipinadala.", [("Dalawang daang", 200.0, "sundalo")]),
    ],
)
def test_swahili_and_tagalog_counts(lang, text, found):
    assert _counts(text, lang) == found


# --- Swahili and Tagalog quotations and reported speech (cue_lexicon, lexical_reported, tagalog.py, titles) ---
@pytest.mark.parametrize(
    ("lang", "text", "speaker", "kind"),
    [
        ("sw", '"Hatutawaacha wananchi peke yao," alisema Amina Juma.', "Amina Juma", "direct"),
        ("sw", '"Shule zitafunguliwa tena Jumatatu," amesema Mkuu wa Wilaya Saidi Hamisi.', "Saidi Hamisi", "direct"),
        ("sw", "Kwa mujibu wa Kamanda wa Polisi Rashidi Omari, mshukiwa alikamatwa mjini Dodoma.", "Rashidi Omari", "indirect"),
        ("sw", "Daktari Fatuma Salim alisema Alhamisi kwamba wagonjwa wote wanaendelea vizuri.", "Fatuma Salim", "indirect"),
        ("tl", '"Ligtas na ang lahat ng pasahero," sabi ni Kapitan Ramon Dizon.', "Ramon Dizon", "direct"),
        ("tl", '"Walang pasok bukas," ani Mayor Liza Santos.', "Liza Santos", "direct"),
        ("tl", "Ayon kay Senador Jose Cruz, aabot sa dalawang bilyong piso ang pondo.", "Jose Cruz", "indirect"),
        ("tl", "Sinabi ni Kalihim Ana Reyes na babalik sa normal ang presyo ng bigas.", "Ana Reyes", "indirect"),
    ],
)
def test_swahili_and_tagalog_speakers(lang, text, speaker, kind):
    from tests.helpers import analyzed

    quotes = analyzed(text, lang).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [(speaker, kind)]


# --- a span whose last day alone names its week (times/range_starts.py) ---
@pytest.mark.parametrize(
    ("lang", "text", "first", "value"),
    [
        ("ms", "Sekolah itu ditutup dari Selasa hingga Khamis minggu lepas kerana banjir.", "Selasa", "2026-11-10"),
        ("id", "Pameran digelar dari Rabu sampai Jumat pekan lalu di Bandung.", "Rabu", "2026-11-11"),
        ("en", "Trains did not run from Tuesday to Thursday last week.", "Tuesday", "2026-11-10"),
        ("es", "La carretera estuvo cerrada de martes a jueves de la semana pasada.", "martes", "2026-11-10"),
        # a week ahead stays ahead; a bare pair stays as it was read
        ("ms", "Jalan itu akan ditutup dari Selasa hingga Khamis minggu depan.", "Selasa", "2026-11-24"),
    ],
)
def test_first_day_of_a_span_in_the_week_of_its_last(lang, text, first, value):
    from tests.helpers import resolved

    assert resolved(lang, text, _FRIDAY)[first] == value


# --- Malay and Indonesian victims (compare/role_words.py, count_nouns.py) ---
@pytest.mark.parametrize(
    ("lang", "text", "role", "noun"),
    [
        ("ms", "Seramai 900 mangsa banjir ditempatkan di dewan orang ramai.", None, "people"),  # evacuees, alive
        ("ms", "Seramai 7 mangsa maut dalam kemalangan bas itu.", "dead", "people"),
        ("ms", "Hospital merawat 340 mangsa denggi sepanjang bulan ini.", None, "people"),
        ("id", "Sebanyak 9 korban tewas dalam kebakaran pasar.", "dead", "people"),
    ],
)
def test_malay_and_indonesian_victims_are_people_and_dead_only_beside_death(lang, text, role, noun):
    from parallax.analyze.quantities import find_quantities
    from parallax.compare.count_nouns import counted
    from parallax.compare.roles import role as role_of

    q = find_quantities(text, lang, [])[0]
    assert (role_of(text, q), counted(q.unit, role_of(text, q))) == (role, noun)


# --- Malay and Indonesian speakers: "katanya" after a quotation, "berkata" without "bahawa" ---
def test_malay_nya_cue_and_berkata_without_that():
    from tests.helpers import analyzed

    art = analyzed(
        "Ketua Polis Daerah Kuantan, Ahmad Faizal Ismail, berkata dua suspek ditahan di sebuah rumah sewa.\n\n"
        '"Kami masih mengesan seorang lagi suspek," katanya ketika dihubungi.',
        "ms",
    )
    assert [(q.speaker, q.kind) for q in art.quotes] == [("Ahmad Faizal Ismail", "indirect"), ("Ahmad Faizal Ismail", "direct")]


# --- a participle after a preposition is an adjective, no past (timelex/en.py) ---
def test_participle_after_a_preposition_is_no_past_tense():
    from tests.helpers import resolved

    text = "The ministry will cut the price of imported rice from Monday."
    assert resolved("en", text, _FRIDAY)["Monday"] == "2026-11-23"


# --- Indonesian and Malay: "mulai" (from) a weekday is ahead, "belum" (not yet) a state up to now ---
@pytest.mark.parametrize(
    ("lang", "text", "expr", "value"),
    [
        ("id", "Tarif tol naik mulai Senin pukul 00.00 WIB.", "Senin", "2026-11-23"),
        ("ms", "Harga tiket bas baharu berkuat kuasa mulai Isnin.", "Isnin", "2026-11-23"),
        ("id", "Sampai Rabu sore, belum ada warga yang kembali ke rumah.", "Rabu sore", "2026-11-18TEV"),
    ],
)
def test_indonesian_from_a_day_ahead_and_not_yet_behind(lang, text, expr, value):
    from tests.helpers import resolved

    assert resolved(lang, text, _FRIDAY)[expr] == value


# --- a currency's sign on its figure holds no count (compare/holders.py) ---
def test_currency_sign_glued_to_a_figure_is_no_holder():
    from parallax.compare.conflicts import sentence_conflicts
    from tests.helpers import analysed_articles

    a, b = analysed_articles(
        ["Tarif KRL naik jadi Rp5.000, Transjakarta Rp4.500.", "Tarif Transjakarta naik dari Rp3.500 menjadi Rp4.500 per perjalanan."], "id"
    )
    assert [c for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]) if c.kind == "number"] == []


# --- Malay "semalam" is yesterday, Indonesian "semalam" last night (timelex/id.py) ---
def test_malay_semalam_is_yesterday():
    from tests.helpers import resolved

    assert resolved("ms", "Menteri itu mengumumkan keputusan tersebut semalam.", _FRIDAY)["semalam"] == "2026-11-19"
    assert resolved("id", "Banjir merendam permukiman warga semalam.", _FRIDAY)["semalam"] == "2026-11-19TNI"


# --- a headline's length of time cut to its first unit is no conflict (compare/headlines.py) ---
def test_headline_years_of_a_sentence_in_years_and_months():
    import parallax
    from parallax.compare.headlines import compare_headlines
    from parallax.config import Options
    from parallax.records import Article

    title = "Tribunal condena ex-tesoureiro a 7 anos de prisão"
    a = Article(id="a", text="O ex-tesoureiro Jorge Alves foi condenado a 7 anos e 9 meses de prisão por desvio de verbas.", language="pt",
                published="2026-11-20", title=title)  # fmt: skip
    b = Article(id="b", text="Jorge Alves, ex-tesoureiro do clube, recebeu pena de 7 anos e 9 meses de prisão por desvio de verbas.",
                language="pt", published="2026-11-20", title="Ex-tesoureiro Jorge Alves é condenado")  # fmt: skip
    parallax.analyze([a, b])
    assert [c for h in compare_headlines([a, b], Options()) for c in h.conflicts if c.kind == "number"] == []


# --- a Brazilian state in brackets after the city is no agency (ingest/datelines.py) ---
def test_brazilian_state_after_the_city_is_no_agency():
    from parallax.ingest.datelines import split_dateline

    line = split_dateline("RECIFE (PE) - A prefeitura decretou estado de emergência após as chuvas desta terça-feira.")
    assert line is not None and (line.place, line.agency) == ("RECIFE", None)
    wire = split_dateline("RECIFE (Reuters) - A prefeitura decretou estado de emergência após as chuvas.")
    assert wire is not None and wire.agency == "Reuters"
    # the Associated Press and the Press Association share their letters with Amapá and Pará: the wires win
    for agency in ("AP", "PA"):
        wire = split_dateline(f"MANCHESTER ({agency}) - Two men were arrested after the match on Saturday.")
        assert wire is not None and wire.agency == agency

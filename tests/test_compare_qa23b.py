"""End-to-end compare QA in Korean, Hindi, Persian, Hungarian, Finnish, Czech, Hebrew, Swedish, Indonesian
and Turkish: reports of one invented event (a flood, a court ruling, a plane incident, a strike, a budget
vote, an election), trimmed to the sentences each behaviour needs.  False conflicts count as much as missed
ones.  Published on Saturday 14 March 2026, so "Tuesday" is the 10th."""

from __future__ import annotations

import pytest

from tests.helpers import QA_PUBLISHED as PUBLISHED  # noqa: F401
from tests.helpers import analysed_articles as _analysed
from tests.helpers import compared_conflicts as _compared
from tests.helpers import first_sentence_conflicts as _first_sentences


def _numbers(found: list[tuple[str, dict]]) -> list[dict]:
    return [v for kind, v in found if kind == "number"]


def _speakers(text: str, lang: str) -> list[str | None]:
    (art,) = _analysed([text], lang)
    return [q.speaker for q in art.quotes]


# "nearly 50" is a bound that 48 fits: the hedge before the number, or after it and its counter
@pytest.mark.parametrize(
    ("lang", "exact", "nearly"),
    [
        ("hu", "Budapesten 48 vonat nem indult el.", "A fővárosban csaknem 50 vonat nem indult el."),
        ("hu", "Budapesten 48 vonat nem indult el.", "A fővárosban közel 50 vonat nem indult el."),
        ("cs", "Voda zaplavila 48 domů v obci Mikulovice.", "Pod vodou skončilo téměř 50 domů v Mikulovicích."),
        ("cs", "Voda zaplavila 48 domů v obci Mikulovice.", "Voda zaplavila necelých 50 domů v obci Mikulovice."),
        ("ko", "이번 비로 주택 48채가 침수됐다.", "침수된 주택은 50채 가까이 된다."),
        ("ja", "大雨で住宅48棟が浸水した。", "大雨で住宅50棟近くが浸水した。"),
        ("tr", "Davada toplam 48 tanık dinlendi.", "Davada neredeyse 50 tanık dinlendi."),
        ("tr", "Depremde 48 kişi yaralandı.", "Depremde 50'ye yakın kişi yaralandı."),
    ],
)  # fmt: skip
def test_nearly_a_round_figure_is_no_conflict_with_the_figure_below_it(lang, exact, nearly):
    assert _numbers(_first_sentences(exact, nearly, lang)) == []


# a percent in words meets the sign, in the forms the language declines it to
@pytest.mark.parametrize(
    ("lang", "words", "sign"),
    [
        ("id", "Inflasi pada Februari mencapai 5,2 persen.", "Inflasi pada Februari mencapai 5,6%."),
        ("hi", "फरवरी में महंगाई दर 5.2 प्रतिशत रही।", "फरवरी में महंगाई दर 5.6% रही।"),
        ("he", "ההסתדרות דורשת העלאת שכר של 8 אחוזים.", "ההסתדרות דורשת העלאת שכר של 10%."),
        ("hu", "A szakszervezet 15 százalékos béremelést követel.", "A szakszervezet 12%-os béremelést követel."),
        ("hu", "A vasutasok 92 százaléka csatlakozott a sztrájkhoz.", "A vasutasok 85%-a csatlakozott a sztrájkhoz."),
    ],
)  # fmt: skip
def test_a_percent_in_words_is_a_share(lang, words, sign):
    assert [v.get("unit") for v in _numbers(_first_sentences(words, sign, lang))] == ["%"]


def test_two_shares_of_different_things_are_no_conflict():
    """The percent words are the figures', not a shared word: turnout and a party's share stay apart."""
    texts = ["Valdeltagandet var 71 procent.\n\nModeraterna fick 18,5 procent.", "Valdeltagandet landade på sjuttioen procent."]
    assert _numbers(_compared(texts, "sv")) == []


# a numeric date with a space after each full stop, as Czech and Slovak write it
@pytest.mark.parametrize(
    ("lang", "a", "b", "dates"),
    [
        ("cs", "Povodně zasáhly Jesenicko 11. 3. 2026.", "Povodně zasáhly Jesenicko v úterý.", [{"a": ["2026-03-11"], "b": ["2026-03-10"]}]),
        ("sk", "Povodne zasiahli Oravu 11. 3. 2026.", "Povodne zasiahli Oravu v utorok.", [{"a": ["2026-03-11"], "b": ["2026-03-10"]}]),
    ],
)  # fmt: skip
def test_a_spaced_numeric_date(lang, a, b, dates):
    found = _first_sentences(a, b, lang)
    assert ([v for kind, v in found if kind == "date"], _numbers(found)) == (dates, [])


# the speaker's name, not the role around it
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # Persian: the name, then the role in commas, then the verb
        ("fa", "محمد رضایی، سخنگوی سازمان هواپیمایی کشوری، گفت: «شرایط جوی در زمان فرود نامساعد بود.»", "محمد رضایی"),
        ("fa", "علی کریمی، مدیرعامل فرودگاه مشهد، گفت: «همه مسافران به سلامت از هواپیما خارج شدند.»", "علی کریمی"),
        # Hebrew: a role in the construct state and its definite complement
        ("he", 'שר האוצר יוסי כהן אמר: "השביתה הזאת פוליטית לחלוטין."', "יוסי כהן"),
        ("he", 'יו"ר ההסתדרות ארנון בר-דוד אמר: "לא נאפשר לממשלה לפגוע בעובדים."', "ארנון בר-דוד"),
        ("he", '"השביתה פוליטית", אמר ראש הממשלה בנימין לוי.', "בנימין לוי"),
        # Hungarian: the role in apposition after the name, its closing comma left out
        ("hu", "Kovács Péter, a Mozdonyvezetők Szakszervezetének elnöke azt mondta: „Nem hátrálunk meg, amíg nincs béremelés.”",
         "Kovács Péter"),
        ("hu", "Kovács Péter, a szakszervezet elnöke kedden az M1-en azt mondta: „Nem hátrálunk meg.”", "Kovács Péter"),
        # Finnish: the subject before the verb after the quotation too, its role in lower case; a role opening the sentence
        ("fi", '"Tämä on vastuullinen budjetti vaikeina vuosina", pormestari Anna Virtanen sanoi.', "Anna Virtanen"),
        ("fi", 'Valtuutettu Mikko Laine sanoi: "Leikkaukset osuvat kaikkein heikoimpiin."', "Mikko Laine"),
        # Hindi: the court's roles before the name
        ("hi", 'पीड़ित किसानों के वकील अजय सिंह ने कहा, "यह फैसला पीड़ित किसानों की जीत है।"', "अजय सिंह"),
        ("hi", 'न्यायमूर्ति अरुण मिश्रा ने कहा, "कानून से ऊपर कोई नहीं है।"', "अरुण मिश्रा"),
        # Swedish and Danish: the party in the definite genitive before the name
        ("sv", "”Det här är ett tungt resultat för oss”, sa Liberalernas Helene Odenjung.", "Helene Odenjung"),
        ("sv", "”Det här är ett tungt resultat”, säger Centerpartiets Anna Lind.", "Anna Lind"),
        ("da", "”Det er et tungt resultat”, siger Socialdemokraternes Mette Holm.", "Mette Holm"),
    ],
)  # fmt: skip
def test_the_speaker_is_the_name(lang, text, speaker):
    assert _speakers(text, lang) == [speaker]


# a quotation given to another speaker: the conflict names the two people, not a role or a party
@pytest.mark.parametrize(
    ("lang", "a", "b", "speakers"),
    [
        ("fa", "علی کریمی، مدیرعامل فرودگاه مشهد، گفت: «همه مسافران به سلامت از هواپیما خارج شدند.»",
         "محمد رضایی گفت: «همه مسافران به سلامت از هواپیما خارج شدند.»", {"a": "علی کریمی", "b": "محمد رضایی"}),
        ("he", 'שר האוצר יוסי כהן אמר: "השביתה הזאת פוליטית לחלוטין."', '"השביתה הזאת פוליטית לחלוטין", אמר השר דוד לוי.',
         {"a": "יוסי כהן", "b": "דוד לוי"}),
        ("fi", 'Valtuutettu Mikko Laine sanoi: "Leikkaukset osuvat kaikkein heikoimpiin."',
         '"Leikkaukset osuvat kaikkein heikoimpiin", sanoi valtuutettu Sanna Koskinen.', {"a": "Mikko Laine", "b": "Sanna Koskinen"}),
        ("sv", "Moderaternas gruppledare Axel Josefson sa: ”Det här är ett tungt resultat för oss.”",
         "”Det här är ett tungt resultat för oss”, sa Liberalernas Helene Odenjung.", {"a": "Axel Josefson", "b": "Helene Odenjung"}),
    ],
)  # fmt: skip
def test_a_quotation_given_to_another_speaker_names_both(lang, a, b, speakers):
    assert [v for kind, v in _compared([a, b], lang) if kind == "speaker"] == [speakers]


# a running total (from the start of the year to now) adds up many events: it never contradicts the event's toll
@pytest.mark.parametrize(
    ("lang", "toll", "running"),
    [
        ("ko", "화요일 폭우로 4명이 숨졌다.", "올해 들어 폭우로 40명이 숨졌다."),
        ("hi", "मंगलवार को बाढ़ में चार लोगों की मौत हो गई।", "इस साल अब तक बाढ़ में 40 लोगों की मौत हो चुकी है।"),
        ("fa", "در سیل روز سه‌شنبه ۴ نفر جان باختند.", "از ابتدای سال تاکنون ۴۰ نفر در سیل جان باخته‌اند."),
        ("hu", "A keddi árvízben négy ember halt meg.", "Az év eleje óta 40 ember halt meg árvizekben."),
        ("fi", "Tiistain tulvassa kuoli neljä ihmistä.", "Vuoden alusta lähtien tulvissa on kuollut 40 ihmistä."),
        ("cs", "Při úterních povodních zahynuli čtyři lidé.", "Od začátku roku zahynulo při povodních 40 lidí."),
        ("he", "ארבעה בני אדם נהרגו בשיטפון ביום שלישי.", "מתחילת השנה נהרגו בשיטפונות 40 בני אדם."),
        ("sv", "Fyra personer omkom i översvämningen i tisdags.", "Sedan årsskiftet har 40 personer omkommit i översvämningar."),
        ("id", "Empat orang tewas dalam banjir pada Selasa.", "Sejak awal tahun, 40 orang tewas akibat banjir."),
    ],
)  # fmt: skip
def test_a_running_total_is_no_conflict_with_the_event_s_toll(lang, toll, running):
    assert _numbers(_compared([toll, running], lang)) == []


# an amount per household is no contradiction of the total paid to all of them
@pytest.mark.parametrize(
    ("lang", "total", "each"),
    [
        ("ko", "정부는 피해 가구 400곳에 모두 20억 원을 지원한다.", "정부는 피해 가구 400곳에 가구당 500만 원을 지원한다."),
        ("hi", "सरकार 400 प्रभावित परिवारों को 2 करोड़ रुपये देगी।", "सरकार 400 प्रभावित परिवारों को प्रति परिवार 50 हजार रुपये देगी।"),
        ("fa", "دولت به ۴۰۰ خانوار آسیب‌دیده ۲۰ میلیارد ریال پرداخت می‌کند.", "دولت به هر خانوار ۵۰ میلیون ریال پرداخت می‌کند."),
        ("hu", "A kormány 400 családnak összesen 200 millió forintot fizet.", "A kormány 400 családnak fejenként 500 ezer forintot fizet."),
        ("fi", "Hallitus maksaa 400 perheelle yhteensä 2 miljoonaa euroa.", "Hallitus maksaa 400 perheelle 5000 euroa perhettä kohden."),
        ("cs", "Vláda vyplatí 400 rodinám celkem 50 milionů korun.", "Vláda vyplatí 400 rodinám 125 tisíc korun na rodinu."),
        ("he", "הממשלה תעביר 2 מיליון שקל ל-400 המשפחות.", "הממשלה תעביר ל-400 המשפחות 5,000 שקל לכל משפחה."),
        ("sv", "Regeringen betalar ut 20 miljoner kronor till de 400 familjerna.",
         "Regeringen betalar ut 50 000 kronor per familj till de 400 familjerna."),
        ("id", "Pemerintah memberikan Rp 2 miliar kepada 400 keluarga korban.", "Pemerintah memberikan masing-masing Rp 5 juta kepada 400 keluarga korban."),
        ("tr", "Hükümet 400 aileye toplam 20 milyon lira ödeyecek.", "Hükümet 400 aileye aile başına 50 bin lira ödeyecek."),
        ("tr", "Hükümet 400 aileye toplam 20 milyon lira ödeyecek.", "Hükümet 400 ailenin her birine 50 bin lira ödeyecek."),
    ],
)  # fmt: skip
def test_an_amount_per_item_is_no_conflict_with_the_total(lang, total, each):
    assert _numbers(_first_sentences(total, each, lang)) == []


# the rupiah written before the figure is the rupiah written after it (its ISO code: tests/test_currency_units.py)
@pytest.mark.parametrize("text", ["Kerugian akibat banjir mencapai Rp 2 miliar.", "Kerugian akibat banjir mencapai Rp2 miliar."])
def test_rp_before_a_figure_is_the_rupiah(text):
    (art,) = _analysed([text], "id")
    assert [(q.value, q.unit) for q in art.quantities] == [(2e9, "IDR")]


# a quotation opened by a dash: Hungarian closes it with a second dash before the verb, Finnish may put a role in
# lower case before the name that comes before the verb
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("hu", "– A keresés folytatódik – mondta Szabó Anna rendőrségi szóvivő.", "Szabó Anna"),
        ("hu", "– Nem hátrálunk meg – nyilatkozta Kovács Péter. – Ez a tagság döntése.", "Kovács Péter"),
        ("fi", "– Etsinnät jatkuvat, poliisin tiedottaja Mikko Virtanen kertoo.", "Mikko Virtanen"),
    ],
)  # fmt: skip
def test_a_dash_quotation_s_speaker(lang, text, speaker):
    assert _speakers(text, lang) == [speaker]

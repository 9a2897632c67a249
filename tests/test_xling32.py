"""Cross-language QA round (xling32): one event reported in several languages, with planted differences.

Our corpus: floods in Lyon (fr, en, de, ar), an energy summit in Moscow (ru, de, fr, zh, en), a factory fire in
Izmir (tr, en, pl), a derailment near Bologna (it, es, en, de), a rate cut in Poland (pl, en, ru), with a flood in
Valencia, an AI summit in Paris and a football transfer as distractors.  Grouping, tolls in words and figures,
relative and absolute dates, sums in other currencies and the altered translations came out right.  Found and
mended:

* a speaker's name in another press's spelling read as another person, so a faithfully translated quotation was
  reported misattributed: "Adam Glapiński" / "Adam Glapinski" / "Адам Глапинский", "Sergej Ziwilew" /
  "Sergueï Tsiviliov" / "Сергей Цивилев" (``compare/press_spellings.py``, used by ``speakers.person_match``);
* a French future in the first person ("nous reconstruirons", "je reviendrai") was no tense cue, so "pas avant
  l'été" in a quotation fell in the summer before while its translations put it ahead (``timelex/fr.py``);
* a Chinese report heard no name of a story in another script: its words give pinyin, and a foreign name spelt in
  characters of transliteration (齐维廖夫, "qiweiliaofu") never met "Tsivilev"; such a run now gives the consonants
  of its sound, as the other presses' spellings do (``parallax/press_keys.py``, ``sounds.heard_keys``).
* a translated quotation of under four words met its translation only under one named speaker, and Arabic,
  which joins its words, says a nine-word English quotation in three: given to another person, it stayed a
  quotation of its own and the misattribution went unreported (``compare/quote_translations.py``: short on both
  sides now).
* Russian "министр энергетики России Сергей Цивилев" gave the speaker "России Сергей Цивилев": the office's
  country in the genitive was read into the name where no title word stood right before it (``analyze/entities.py``).
* an Arabic dual of a million or a billion ("ملياري دولار") was no figure, so its sum met no other report's
  (``analyze/numwords/arabic.py``).
* "a déclaré le ministre délégué au Numérique" gave the speaker "Numérique": what a role is in charge of after
  "au", "aux", "al", "ao" was read as a name (``analyze/quotes/lexical_cues.py``, ``subject_names.py``).

Left as found: in our full set the Chinese report of the Moscow summit still stays alone.  The story it meets holds
a German report whose capitalised nouns are tagged as names ("Energiegipfel", "Teilnehmer"), and a story's core
names are its twelve most frequent, ties broken alphabetically, so "tsivilev" and "ziwilew" fall outside them.
Sums are no bridge either: written out with their scale words ("2 млрд", "20亿") they met, but a report that
converts the sum into another currency ("1,85 Milliarden Euro") then counted a figure against its story.
"""

from __future__ import annotations

import numpy as np
import pytest

import parallax
from parallax.compare.press_spellings import one_name_spelt_twice
from parallax.compare.speakers import person_match
from parallax.press_keys import TRANSLITERATION_RUN, han_key, press_key
from parallax.records import Article
from parallax.stories.features import Signals, content_words
from parallax.stories.story import Story


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Adam Glapiński", "Adam Glapinski"),  # the diacritics an English outlet drops
        ("Адам Глапинский", "Adam Glapiński"),
        ("Sergej Ziwilew", "Sergueï Tsiviliov"),  # German and French transliterations of one Russian name
        ("Сергей Цивилев", "Sergej Ziwilew"),
        ("Michail Chodorkowski", "Mikhail Khodorkovsky"),
        ("Pjotr Tschaikowski", "Piotr Czajkowski"),
    ],
)
def test_one_name_in_two_presses_spellings_is_one_speaker(a, b):
    assert person_match(a, b) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Alexander Novak", "Sergej Ziwilew"),  # two people
        ("Alexander Novak", "Сергей Цивилев"),
        ("Jan Nowak", "Piotr Nowak"),  # namesakes
        ("Sergej Ziwilew", "Alexander Tsiviliov"),  # one surname, two given names
        ("Jan Novák", "Jana Nováková"),  # a man and his wife
    ],
)
def test_two_people_stay_two(a, b):
    assert person_match(a, b) is False


def test_a_short_surname_tells_too_little_by_its_key():
    assert press_key("Nowak") == press_key("Novak") and not one_name_spelt_twice(["nowak"], ["novak"])


PL = (
    "Rada Polityki Pieniężnej obniżyła w środę stopy procentowe o 25 punktów bazowych, do 4,5 proc.\n\n"
    "„Inflacja wraca do celu, ale nie ogłaszamy końca cyklu obniżek” – powiedział prezes NBP Adam Glapiński "
    "na konferencji prasowej w Warszawie.\n\nByła to pierwsza obniżka od października."
)
EN = (
    "Poland's central bank cut its main interest rate by 25 basis points to 4.5% on Wednesday.\n\n"
    '"Inflation is returning to target, but we are not announcing the end of the easing cycle," central bank '
    "governor Adam Glapinski told a news conference in Warsaw.\n\nIt was the first cut since October."
)
RU = (
    "Национальный банк Польши в среду снизил ключевую ставку на 25 базисных пунктов, до 4,5%.\n\n"
    "«Инфляция возвращается к цели, но мы не объявляем о завершении цикла снижения ставок», — заявил глава НБП "
    "Адам Глапинский на пресс-конференции в Варшаве.\n\nЭто первое снижение ставки с октября."
)


def test_a_faithful_translation_under_the_transliterated_name_is_not_misattributed():
    articles = [
        Article(id=lang, text=text, language=lang, published="2026-03-05T17:00:00+01:00")
        for lang, text in (("pl", PL), ("en", EN), ("ru", RU))
    ]
    quotes = parallax.compare(articles).to_dict()["quotes"]
    group = next(q for q in quotes if len(q["variants"]) == 3)
    assert group["misattributed"] is False
    assert group["fidelity"] == "paraphrase"


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("« Nous reconstruirons chaque pont, mais pas avant l'été », a déclaré le maire mercredi.", "2026-SU"),
        ("« Nous ne rouvrirons pas avant l'été », a dit le maire.", "2026-SU"),
        ("« Je reviendrai à l'automne », a-t-il dit.", "2026-FA"),
        ("Aux environs de l'été, les prix ont augmenté.", "2025-SU"),  # "environs" is no future
    ],
)
def test_a_french_future_in_the_first_person_places_a_season_ahead(text, season):
    """The English, German and Arabic reports of one quotation put "the summer" ahead; the French "nous
    reconstruirons" was read as no future and "l'été" fell in the summer before."""
    article = parallax.analyze([Article(id="a", text=text, language="fr", published="2026-03-12T08:00:00+01:00")])[0]
    assert [t.value for t in article.times if t.granularity == "season"] == [season]


@pytest.mark.parametrize(
    ("han", "latin"),
    [("齐维廖夫", ("Tsivilev", "Ziwilew", "Tsiviliov")), ("泽连斯基", ("Zelensky", "Selenskyj")), ("格拉平斯基", ("Glapinski",))],
)
def test_a_name_in_characters_of_transliteration_has_the_consonants_of_its_latin_spellings(han, latin):
    assert {han_key(han)} == {press_key(w) for w in latin}
    assert len(han_key(han)) >= 4


def test_an_ordinary_chinese_phrase_gives_no_such_key():
    assert han_key("能源峰会") == "" and TRANSLITERATION_RUN.findall("为期两天的能源峰会16日闭幕") == []


def _signals(language: str, text: str, names: tuple[str, ...] = ()) -> Signals:
    return Signals(
        id=language, ts=None, language=language, vector=np.ones(4, dtype=np.float32) / 2, names=names,
        words=content_words(text, language), times=frozenset(), numbers=frozenset(), title="", outlet=None, published=None,
    )  # fmt: skip


ZH = "为期两天的能源峰会16日在莫斯科闭幕。俄罗斯能源部长齐维廖夫表示：“今年我们不会削减天然气供应。”"
ZH_OTHER = "国际人工智能峰会16日在巴黎开幕，来自30个国家的代表团出席。"


def test_a_chinese_report_hears_the_transliterated_name_of_a_story_in_another_script():
    """Chinese writes no capitals and has no entity model here: its names were heard by their pinyin alone, which
    a foreign name spelt in characters ("qiweiliaofu") never matches, so a Chinese report of a Moscow summit had
    no name in common with its Russian, German or French reports."""
    story = Story(id="s", title="")
    story.add(_signals("ru", "", ("moskve", "rossii", "sergei", "tsivilev")))
    assert story.signals(_signals("zh", ZH), 0.5)["names"] > 0
    assert story.signals(_signals("zh", ZH_OTHER), 0.5)["names"] == 0
    chinese = Story(id="z", title="")
    chinese.add(_signals("zh", ZH))
    assert chinese.signals(_signals("de", "", ("moskau", "sergej", "ziwilew")), 0.5)["names"] > 0


EN_KAZAN = (
    "Seven people were killed when a road bridge collapsed in the Russian city of Kazan on Wednesday, officials said.\n\n"
    '"We will find those responsible and they will be punished," mayor Ilsur Metshin told reporters.'
)


@pytest.mark.parametrize(("speaker", "misattributed"), [("رئيس البلدية إلسور ميتشين", False), ("نائب رئيس البلدية رستم كريموف", True)])
def test_a_short_arabic_translation_of_a_long_quotation_joins_its_group(speaker, misattributed):
    """Arabic joins its words ("سنجد المسؤولين وسيعاقبون", three words for the English nine), and a quotation of
    under four words met a translation only where both articles named one speaker: given to another person it
    stayed a quotation of its own, so the misattribution went unreported."""
    ar = (
        "لقي سبعة أشخاص مصرعهم إثر انهيار جسر في مدينة قازان الروسية يوم الأربعاء، بحسب السلطات.\n\n"
        f"وقال {speaker} للصحفيين: «سنجد المسؤولين وسيعاقبون»."
    )
    articles = [
        Article(id="en", text=EN_KAZAN, language="en", published="2026-04-09T10:00:00+00:00"),
        Article(id="ar", text=ar, language="ar", published="2026-04-09T11:00:00+00:00"),
    ]
    quotes = parallax.compare(articles).to_dict()["quotes"]
    assert len(quotes) == 1 and len(quotes[0]["variants"]) == 2, quotes
    assert quotes[0]["misattributed"] is misattributed


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мы не будем сокращать поставки газа», — заявил министр энергетики России Сергей Цивилев.", "Сергей Цивилев"),
        ("Министр энергетики России Сергей Цивилев заявил, что поставки не сократятся.", "Сергей Цивилев"),
    ],
)
def test_a_place_in_the_genitive_before_a_name_is_no_part_of_it(text, speaker):
    """ "министр энергетики России Сергей Цивилев": the office's country in the genitive was read into the name
    ("России Сергей Цивилев"), which then stood against "Sergej Ziwilew" of the German report."""
    article = parallax.analyze([Article(id="a", text=text, language="ru", published="2026-03-17")])[0]
    assert [q.speaker for q in article.quotes] == [speaker]
    assert speaker in [e.text for e in article.entities if e.label == "PER"]


def test_a_name_with_its_patronymic_keeps_its_surname():
    article = parallax.analyze(
        [Article(id="a", text="Вчера глава района Петров Сергей Иванович уехал.", language="ru", published="2026-03-17")]
    )[0]
    assert not any(e.text == "Сергей Иванович" for e in article.entities)


@pytest.mark.parametrize(
    ("text", "value"),
    [("وقال رئيس البلدية إن المدينة ستنفق ملياري دولار على جسر جديد.", 2e9), ("وخصصت الحكومة مليونين للإغاثة.", 2e6)],
)
def test_an_arabic_dual_of_a_million_or_a_billion_is_a_sum(text, value):
    """ "ملياري دولار" (two billion dollars) was no figure, so against "1.800 millones de dólares" no conflict was told."""
    article = parallax.analyze([Article(id="a", text=text, language="ar", published="2026-04-09")])[0]
    assert [q.value for q in article.quantities] == [value]


def test_a_crowd_a_million_strong_is_no_sum():
    article = parallax.analyze([Article(id="a", text="وشارك حشد مليوني في المسيرة.", language="ar", published="2026-04-09")])[0]
    assert article.quantities == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "« L'Europe doit fixer ses propres règles », a déclaré le ministre délégué au Numérique.", "ministre délégué au Numérique"),
        ("it", "«Bisogna agire», ha detto il ministro al Turismo.", "ministro al Turismo"),
        ("fr", "« Il faut agir », a déclaré le ministre de la Culture.", "ministre de la Culture"),  # as before
        ("it", "«Bisogna agire», ha detto il ministro dell'Economia Marco Bianchi.", "Marco Bianchi"),  # as before
    ],
)
def test_what_a_role_is_in_charge_of_is_no_speaker(lang, text, speaker):
    """ "le ministre délégué au Numérique" gave the speaker "Numérique": the role's complement after "au" ("al",
    "aux", "ao") was read as a name, where one after "de" ("ministre de la Culture") was not."""
    article = parallax.analyze([Article(id="a", text=text, language=lang, published="2026-04-09")])[0]
    assert [q.speaker for q in article.quotes] == [speaker]

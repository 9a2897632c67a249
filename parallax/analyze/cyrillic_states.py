"""The states the Ukrainian, Belarusian, Serbian, Macedonian and Kazakh press names most, each form with its nominative.

Read by :mod:`.state_names`, as :mod:`.russian_states` is for Russian.  Each language declines a name by its ending
(Ukrainian "Туреччина, Туреччини, Туреччині, Туреччину, Туреччиною"; Serbian adjectival "Турска, Турске, Турској";
Kazakh suffixes "Түркияның", "Түркияға"), so the forms are generated from the nominative; Macedonian names do not
decline.  Serbian is listed in both its scripts.  No name that is also a common word is listed.
"""

from __future__ import annotations

from parallax.serbian_script import serbian_latin

_UK = """Україна Росія Туреччина Франція Німеччина Італія Іспанія Великобританія Британія Польща Литва Латвія Естонія
Фінляндія Швеція Норвегія Данія Ірландія Португалія Греція Кіпр Болгарія Румунія Молдова Угорщина Сербія Хорватія
Словенія Словаччина Чехія Австрія Швейцарія Бельгія Грузія Вірменія Азербайджан Казахстан Узбекистан Китай Японія
Індія Пакистан Афганістан Іран Ірак Сирія Ліван Йорданія Ізраїль Лівія Туніс Алжир Катар Кувейт Оман Індонезія
Австралія Канада Мексика Бразилія Аргентина Америка Тайвань""".split()
_UK_FIXED = {"США": ("США",), "ОАЕ": ("ОАЕ",), "КНДР": ("КНДР",), "КНР": ("КНР",), "Марокко": ("Марокко",),
             "Нідерланди": ("Нідерланди", "Нідерландів", "Нідерландам", "Нідерландами", "Нідерландах"),
             "Білорусь": ("Білорусь", "Білорусі", "Білоруссю"), "Єгипет": ("Єгипет", "Єгипту", "Єгиптові", "Єгиптом", "Єгипті")}  # fmt: skip
_BE = """Расія Украіна Польшча Літва Латвія Эстонія Турцыя Францыя Германія Італія Іспанія Вялікабрытанія Брытанія Кітай
Японія Індыя Іран Ізраіль Грузія Арменія Казахстан Амерыка Канада Швецыя Фінляндыя Нарвегія Чэхія Аўстрыя Венгрыя
Румынія Балгарыя Сербія Малдова Катар""".split()
_BE_FIXED = {"ЗША": ("ЗША",), "Беларусь": ("Беларусь", "Беларусі", "Беларуссю")}
_SR = """Србија Русија Украјина Турска Немачка Француска Италија Шпанија Британија Пољска Хрватска Словенија Мађарска
Румунија Бугарска Грчка Аустрија Швајцарска Белгија Холандија Шведска Норвешка Данска Финска Литванија Летонија Естонија
Белорусија Молдавија Грузија Јерменија Кина Јапан Индија Иран Ирак Сирија Израел Катар Канада Америка Бразилија
Албанија Македонија Словачка Чешка""".split()
_SR_FIXED = {"САД": ("САД",), "Египат": ("Египат", "Египта", "Египту", "Египтом"), "Црна Гора": ("Црна Гора", "Црне Горе", "Црној Гори", "Црну Гору", "Црном Гором")}  # fmt: skip
_MK = """Македонија Србија Русија Украина Турција Германија Франција Италија Шпанија Британија Полска Хрватска Словенија
Унгарија Романија Бугарија Грција Албанија Косово Австрија Швајцарија Белгија Холандија Шведска Норвешка Данска Финска
Кина Јапонија Индија Иран Ирак Сирија Израел Египет Катар Канада Америка САД""".split()
_KK = """Қазақстан Ресей Қытай Түркия Украина Өзбекстан Қырғызстан Тәжікстан Түрікменстан Франция Германия Италия Испания
Ұлыбритания Польша Жапония Үндістан Иран Ирак Сирия Израиль Мысыр Катар Канада Америка Грузия Әзербайжан Армения
Моңғолия Беларусь АҚШ""".split()
# Kazakh case endings, in both vowel harmonies and after a vowel, a voiced and a voiceless consonant: the genitive,
# dative, locative, ablative, accusative and instrumental ("Түркияның", "Түркияға", "Қытайда", "Ресейден")
_KK_ENDINGS = ("", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "да", "де", "та", "те", "дан", "ден",
               "тан", "тен", "нан", "нен", "ны", "ні", "ды", "ді", "ты", "ті", "мен", "бен", "пен")  # fmt: skip


def _table(names: list[str], fixed: dict[str, tuple[str, ...]], forms) -> dict[str, str]:  # noqa: ANN001
    nominative: dict[str, str] = {}
    for name in names:
        for form in fixed.get(name) or forms(name):
            nominative.setdefault(form, name)
    for name, its in fixed.items():
        for form in its:
            nominative.setdefault(form, name)
    return nominative


def _uk(name: str) -> tuple[str, ...]:
    if name.endswith("ія"):  # Франція, Франції, Францію, Францією
        stem = name[:-2]
        return name, stem + "ії", stem + "ію", stem + "ією"
    if name.endswith("а"):  # Канада, Канади, Канаді, Канаду, Канадою; Польща, Польщі, Польщу, Польщею; Америці
        stem = name[:-1]
        soft = stem[-1] in "жчшщ"
        local = stem[:-1] + "ці" if stem.endswith("к") else stem + "і"
        return name, stem + ("і" if soft else "и"), local, stem + "у", stem + ("ею" if soft else "ою")
    if name.endswith(("й", "ь")):  # Китай, Китаю, Китаєві, Китаєм, Китаї; Ізраїль, Ізраїлю, Ізраїлем, Ізраїлі
        stem, vowel = name[:-1], "є" if name.endswith("й") else "е"
        return name, stem + "ю", stem + "я", stem + vowel + "ві", stem + vowel + "м", stem + ("ї" if name.endswith("й") else "і")
    return name, name + "у", name + "а", name + "ові", name + "ом", name + "і"  # Катар, Катару, Катаром, Катарі


def _be(name: str) -> tuple[str, ...]:
    if name.endswith(("ія", "ыя")):  # Турцыя, Турцыі, Турцыю, Турцыяй
        stem, i = name[:-2], name[-2]
        return name, stem + i + "і", stem + i + "ю", stem + i + "яй"
    if name.endswith("а"):  # Украіна, Украіны, Украіне, Украіну, Украінай; Амерыка, Амерыкі, Амерыцы; Польшча, Польшчы
        stem = name[:-1]
        gen = "і" if stem[-1] in "кгх" else "ы"
        local = stem[:-1] + "цы" if stem.endswith("к") else stem + ("ы" if stem[-1] in "чшжр" else "е")
        return name, stem + gen, local, stem + "у", stem + "ай", stem + "ой", stem + "аю"
    if name.endswith("й"):  # Кітай, Кітая, Кітаю, Кітаем, Кітаі
        stem = name[:-1]
        return name, stem + "я", stem + "ю", stem + "ем", stem + "і"
    return name, name + "а", name + "у", name + "ам", name + "ы", name + "е"  # Катар, Катара, Катару, Катарам


def _sr(name: str) -> tuple[str, ...]:
    if name.endswith(("ска", "чка", "шка")) and name != "Америка":  # Турска, Турске, Турској, Турску, Турском
        stem = name[:-1]
        return name, stem + "е", stem + "ој", stem + "у", stem + "ом"
    if name.endswith("а"):  # Србија, Србије, Србији, Србију, Србијом; Америка, Америке, Америци
        stem = name[:-1]
        local = stem[:-1] + "ци" if stem.endswith("к") else stem + "и"
        return name, stem + "е", local, stem + "у", stem + "ом"
    return name, name + "а", name + "у", name + "ом"  # Јапан, Јапана, Јапану, Јапаном


def ukrainian_forms() -> dict[str, str]:
    return _table(_UK, _UK_FIXED, _uk)


def belarusian_forms() -> dict[str, str]:
    return _table(_BE, _BE_FIXED, _be)


def serbian_forms() -> dict[str, str]:
    """The Cyrillic forms and the same in the Latin script ("Турској", "Turskoj"), each with its nominative as written."""
    cyrillic = _table(_SR, _SR_FIXED, _sr)
    return {**cyrillic, **{serbian_latin(form): serbian_latin(name) for form, name in cyrillic.items()}}


def macedonian_forms() -> dict[str, str]:
    return {name: name for name in _MK}


def kazakh_forms() -> dict[str, str]:
    return {name + ending: name for name in _KK for ending in _KK_ENDINGS}

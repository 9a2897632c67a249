"""States named in Russian text, in any case, read as places with their nominative name.

Russian has no entity model here: a run of capitals is a name of no kind (``MISC``), and names of no kind are never
set against each other, so "В освобождении помогла Турция" / "В освобождении помог Катар" (two reports naming two
different states as the helper) showed no conflict, where the English "Turkey helped" / "Qatar helped" did (QA
rounds 41 and 44).  A single capitalised word opening a sentence is not even kept ("Турция направит спасателей").

A state's name declines ("Турции", "Турцию", "Катаром"), so each form is generated from the nominative by its ending
and every mention gets the nominative as its canonical name: "помогла Турция" and "помогли власти Турции" name one
state, never a conflict of "Турция" against "Турции".  Only the states the Russian press names most are listed, and
no name that is also a common word when it opens a sentence ("Того", "Мали").  The reading itself, shared with the
other Cyrillic languages (:mod:`.cyrillic_states`), is :mod:`.state_names`.
"""

from __future__ import annotations

# nominatives of one word; their case forms follow from the ending (see :func:`_forms`)
_ONE_WORD = """Россия Турция Франция Германия Италия Испания Великобритания Британия Украина Белоруссия Беларусь Польша
Литва Латвия Эстония Финляндия Швеция Норвегия Дания Исландия Ирландия Португалия Греция Кипр Болгария Румыния Молдавия
Молдова Венгрия Сербия Хорватия Словения Словакия Чехия Австрия Швейцария Бельгия Голландия Люксембург Грузия Армения
Азербайджан Казахстан Узбекистан Киргизия Таджикистан Туркмения Туркменистан Монголия Китай Япония Индия Пакистан
Афганистан Иран Ирак Сирия Ливан Иордания Израиль Палестина Египет Ливия Тунис Алжир Марокко Судан Эфиопия Кения
Нигерия Катар Кувейт Бахрейн Оман Йемен Индонезия Малайзия Таиланд Вьетнам Филиппины Австралия Канада Мексика Бразилия
Аргентина Чили Колумбия Венесуэла Куба Америка Тайвань Сингапур Камбоджа Лаос Мьянма Бангладеш Непал""".split()
# indeclinable names and the plurals, each with its forms
_FIXED = {
    "США": ("США",),
    "ОАЭ": ("ОАЭ",),
    "КНДР": ("КНДР",),
    "КНР": ("КНР",),
    "ЮАР": ("ЮАР",),
    "Нидерланды": ("Нидерланды", "Нидерландов", "Нидерландам", "Нидерландами", "Нидерландах"),
    "Филиппины": ("Филиппины", "Филиппин", "Филиппинам", "Филиппинами", "Филиппинах"),
    "Бангладеш": ("Бангладеш",),
    "Марокко": ("Марокко",),
    "Чили": ("Чили",),
}
# two-word names: an adjective in the feminine and a noun
_TWO_WORDS = {"Южная Корея": ("Южн", "Корея"), "Северная Корея": ("Северн", "Корея"), "Саудовская Аравия": ("Саудовск", "Аравия")}
_HARD_SOFT = "кгхжшчщ"  # after these the genitive of -а is -и ("Америки"), not -ы


def _forms(name: str) -> tuple[str, ...]:
    """The singular case forms of a one-word state name, from its ending."""
    if name in _FIXED:
        return _FIXED[name]
    if name.endswith("ия"):  # Турция, Турции, Турцию, Турцией
        stem = name[:-2]
        return name, stem + "ии", stem + "ию", stem + "ией"
    if name.endswith("а"):  # Польша, Польши, Польше, Польшу, Польшей; Канада, Канады, Канаде, Канаду, Канадой
        stem = name[:-1]
        gen = "и" if stem[-1] in _HARD_SOFT else "ы"
        ins = "ей" if stem[-1] in "жшчщц" else "ой"
        return name, stem + gen, stem + "е", stem + "у", stem + ins
    if name.endswith(("ь", "й")):  # Израиль, Израиля, Израилю, Израилем, Израиле; Китай, Китая, ...
        stem = name[:-1]
        return name, stem + "я", stem + "ю", stem + "ем", stem + "е"
    # a consonant: Катар, Катара, Катару, Катаром, Катаре
    return name, name + "а", name + "у", name + "ом", name + "е"


def russian_forms() -> dict[str, str]:
    """Every case form of the listed states and its nominative (read by :mod:`.state_names`)."""
    nominative: dict[str, str] = {}
    for name in _ONE_WORD + list(_FIXED):
        for form in _forms(name):
            nominative.setdefault(form, name)
    for name, (adjective, noun) in _TWO_WORDS.items():
        for ending in ("ая", "ой", "ую"):
            for form in _forms(noun):
                nominative.setdefault(f"{adjective}{ending} {form}", name)
    return nominative

"""A recipe card's fact rows in the body: servings, times, nutrition ("Portionen: 4", "Kalorien 320 kcal").

A recipe page, or a news page with a recipe in it, prints the card's facts as a definition list or a table: one
short row per fact, a label and a number::

    Portionen: 4
    Zubereitungszeit: 20 Min.
    Kalorien: 320 kcal

or ``| Protein | 12 g | (12 %) |`` from a table.  The extraction keeps them as lines of their own among the
paragraphs, where they read as the text's facts (a count, a duration) and no report states them.  One such line
in prose is a sentence's business ("Prep time: 10 minutes, and dinner is ready"), so the rule is the shape: a run
of :data:`_MIN_RUN` lines or more, each a fact label of a recipe card (:data:`_LABELS`, in English, German,
French and Italian) and a short value with a number or a difficulty, with the card's heading ("Nährwerte",
"Nutrition Facts") just above it if there is one.  A fact box of a report ("Population: 2,300") names none of
these labels and stays.
"""

from __future__ import annotations

import re

_LABELS = (
    # English
    r"servings?|serves|yield|makes|portions?|prep(?:aration)?(?: time)?|cook(?:ing)?(?: time)?|bake time|baking time|"
    r"rest(?:ing)? time|total(?: time)?|active time|difficulty|calories|energy|protein|fat|saturated fat|carbs|"
    r"carbohydrates?|fib(?:er|re)|sugars?|sodium|salt|cholesterol|"
    # German
    r"portionen|personen|stück|zubereitungszeit|zubereitung|arbeitszeit|kochzeit|backzeit|garzeit|ruhezeit|kühlzeit|"
    r"wartezeit|gesamtzeit|schwierigkeit(?:sgrad)?|kalorien|brennwert|energie|eiweiß|eiweiss|fett|kohlenhydrate|"
    r"ballaststoffe|zucker|salz|"
    # French
    r"personnes|parts|préparation|temps de préparation|cuisson|temps de cuisson|repos|temps de repos|temps total|"
    r"difficulté|protéines|lipides|glucides|fibres|sucres|sel|"
    # Italian
    r"porzioni|dosi(?: per)?|persone|preparazione|tempo di preparazione|cottura|tempo di cottura|riposo|tempo totale|"
    r"difficoltà|calorie|proteine|grassi|carboidrati|zuccheri|fibre|sale"
)
_DIFFICULTY = r"easy|medium|hard|leicht|einfach|mittel|schwer|facile|moyen(?:ne)?|difficile|media"
_VALUE = rf"(?:[^\W\d_]{{0,12}}[ ]?)?(?:\d[\d.,/½¼¾–-]*+[ ]?[^\W\d_]{{0,12}}\.?|{_DIFFICULTY})"
# "Portionen: 4", "Prep time 10 min", "Kalorien 320 kcal", "Cuisson : 1 h 15 min"; the value a few words at most
_ROW = re.compile(rf"^(?:{_LABELS})[ ]?:?[ ]?{_VALUE}(?:[ ]?[(/,+]?[ ]?[\w.%)–-]++){{0,4}}$", re.I)
# a table row: "| Kalorien | 434 kcal | (21 %) |"
_CELL_ROW = re.compile(rf"^\|[ ]?(?:{_LABELS})[ ]?\|[ ]?{_VALUE}[ ]?\|[^\n]{{0,80}}$", re.I)
# any row of a nutrition table, once the card's labelled rows have begun: "| Vitamin B₁ | 0,4 mg | (40 %) |"
_ANY_CELL_ROW = re.compile(r"^\|[ ]?[^|\d]{1,40}\|[ ]?\d[^|]{0,20}\|[^\n]{0,80}$")
_HEADING = re.compile(
    r"^(?:nährwerte|nährwertangaben|nutrition(?: facts| information| info)?|valeurs nutritionnelles|valori nutrizionali)"
    r"(?:[ ](?:pro|per|par)[ ]\w+)?[ ]?:?$",
    re.I,
)
_MIN_RUN = 3


def fact_row(line: str) -> int:
    """2 for a row of a recipe card's facts (a label of :data:`_LABELS` and a short value), 1 for another row of a
    table of numbers (a nutrient the labels do not name), 0 for any other line."""
    if len(line) > 120:
        return 0
    line = line.replace("\xa0", " ")
    if _ROW.match(line) or _CELL_ROW.match(line):
        return 2
    return 1 if _ANY_CELL_ROW.match(line) else 0


def without_recipe_facts(lines: list[str]) -> list[str]:
    """``lines`` without each run of recipe fact rows that holds :data:`_MIN_RUN` labelled ones or more (and the
    card's heading above it)."""
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        j, labelled = i, 0
        while j < len(lines) and (kind := fact_row(lines[j])):
            labelled += kind == 2
            j += 1
        if labelled >= _MIN_RUN:
            drop.update(range(i - 1 if i and _HEADING.match(lines[i - 1]) else i, j))
        i = max(j, i + 1)
    return [ln for k, ln in enumerate(lines) if k not in drop] if drop else lines

"""Bulgarian number words.

Bulgarian joins the last part of a number with "и" (and): "двадесет и три" (23), "сто и пет" (105),
"хиляда и двеста" (1,200), "две хиляди и петстотин" (2,500), but "сто двадесет и три".  The "и" is
written into the word before it here ("хиляда и", "двеста и"): the words that end a count before
their "и" read on to the next one, and an "и" before a count that follows another word ("и трима
ранени") stays out of the number.  Teens and tens have a long and a spoken form ("дванадесет",
"дванайсет"); men are counted with a personal form ("двама", "трима", "седмина"), which takes the
article too ("тримата"); a count with the article is "трите", "петте".  "Един", "една", "едно" (one)
are also "a".
"""

from __future__ import annotations

from parallax.analyze.numwords.base import ABOUT, THOUSAND, NumberWords, tens_and_units

_UNITS = {1: ["един", "една", "едно"], 2: ["два", "две"], 3: ["три"], 4: ["четири"], 5: ["пет"], 6: ["шест"], 7: ["седем"],
          8: ["осем"], 9: ["девет"]}  # fmt: skip
_TEEN_STEMS = {11: "едина", 12: "двана", 13: "трина", 14: "четирина", 15: "петна", 16: "шестна", 17: "седемна", 18: "осемна", 19: "деветна"}
_TENS = {20: ["двадесет", "двайсет"], 30: ["тридесет", "трийсет"], 40: ["четиридесет", "четирийсет"], 50: ["петдесет"], 60: ["шестдесет"],
         70: ["седемдесет"], 80: ["осемдесет"], 90: ["деветдесет"]}  # fmt: skip
# men, counted with the personal form, and with its article ("двамата", the two of them)
_PERSONAL = {2: "двама", 3: "трима", 4: "четирима", 5: "петима", 6: "шестима", 7: "седмина", 8: "осмина", 9: "деветима", 10: "десетима"}
# a count with the article ("двете жертви", "трите коли")
_WITH_ARTICLE = {2: ["двата", "двете"], 3: ["трите"], 4: ["четирите"], 5: ["петте"], 6: ["шестте"], 7: ["седемте"], 8: ["осемте"],
                 9: ["деветте"], 10: ["десетте"]}  # fmt: skip
_HUNDREDS = {100: "сто", 200: "двеста", 300: "триста", 400: "четиристотин", 500: "петстотин", 600: "шестстотин", 700: "седемстотин",
             800: "осемстотин", 900: "деветстотин"}  # fmt: skip


def _bulgarian() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _UNITS.items() if n > 1 for w in forms} | {"десет": 10}
    words |= {stem + end: n for n, stem in _TEEN_STEMS.items() for end in ("десет", "йсет")}  # "дванадесет", "дванайсет"
    units = {n: [*forms, _PERSONAL[n]] if n in _PERSONAL else forms for n, forms in _UNITS.items()}
    for spelling in (0, -1):  # the long and the spoken tens ("двадесет", "двайсет")
        words |= tens_and_units({n: forms[spelling] for n, forms in _TENS.items()}, units, "{t} и {u}")  # "двадесет и трима"
    words |= {w: n for n, w in _PERSONAL.items()} | {w + "та": n for n, w in _PERSONAL.items()}
    return words | {w: n for n, forms in _WITH_ARTICLE.items() for w in forms} | {"половин": 0.5}  # (half, before a scale)


def _and_after(words: dict[str, float]) -> dict[str, float]:
    """Each word also with the "и" that joins the last part of the count after it ("хиляда и")."""
    return words | {f"{w} и": n for w, n in words.items()}


LANGUAGES: dict[str, NumberWords] = {
    "bg": NumberWords(
        words=_bulgarian(),
        multipliers=_and_after({"хиляда": THOUSAND, "хиляди": THOUSAND}),
        hundreds=_and_after({w: n for n, w in _HUNDREDS.items()}),
        # about ten, about a hundred
        collectives={"десетина": (10, ABOUT), "двадесетина": (20, ABOUT), "стотина": (100, ABOUT)},
        scales={"хиляди": 1e3, "хил": 1e3, "милион": 1e6, "милиона": 1e6, "милиард": 1e9, "милиарда": 1e9},
        # "хиляди хора": thousands of people
        plural_thousands=frozenset({"хиляди", "хиляди и"}),
        not_alone=frozenset({"половин"}),
        # "няколко хиляди", "десетки хиляди": some thousands, no figure
        vague_before=frozenset({"няколко", "десетки", "стотици"}),
    ),
}

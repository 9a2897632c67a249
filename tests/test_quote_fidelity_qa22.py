"""Quote fidelity QA: one statement quoted by two outlets, graded across outlets.  A quotation
trimmed with an ellipsis ("…", "[...]", "(...)") is trimmed, not altered; an Arabic quotation whose
wording changed around a joined preposition ("بخفض" / "على خفض") is one quotation altered; an Arabic
speaker called by the family name ("وقالت حداد") is the person the article named in full after her
role, so another named speaker of the same words makes the quotation misattributed."""

from __future__ import annotations

import pytest

from parallax.analyze import Analyzer
from parallax.compare.quote_fidelity import relation
from parallax.compare.quotes import group_quotes
from parallax.records import Article, Quote

PUBLISHED = "2026-03-14"


def _analysed(lang: str, a: str, b: str) -> list[Article]:
    arts = [Article(id=k, text=t, language=lang, published=PUBLISHED) for k, t in (("a", a), ("b", b))]
    Analyzer().analyze_all(arts)
    return arts


def _shared(lang: str, a: str, b: str) -> list[tuple[str, bool]]:
    """(fidelity, misattributed) of each quotation both reports carry."""
    groups, _ = group_quotes(_analysed(lang, a, b), embedder="hashing")
    return [(g.fidelity, g.misattributed) for g in groups if len(g.variants) > 1]


_RUIZ = 'Mayor Janet Ruiz visited the flooded district.\n\n"The city will rebuild every home that was lost, and we will do it within two years," Ruiz said.'
_BELLINI = "Il ministro Marco Bellini ha parlato martedì a Roma.\n\n«Non permetteremo che la città resti senza controlli, e lo faremo con più agenti», ha detto Bellini."
_HADDAD = "تحدثت وزيرة المالية سلمى حداد يوم الثلاثاء.\n\nوقالت حداد: «لن نرفع أسعار الوقود هذا العام، وسندعم الأسر الفقيرة»."


# words left out and marked so: the rest stands in the full quotation in order
@pytest.mark.parametrize(
    ("lang", "full", "cut"),
    [
        ("en", _RUIZ, 'The mayor toured the area.\n\n"The city will rebuild every home that was lost … within two years," Mayor Janet Ruiz said.'),
        ("en", _RUIZ, 'The mayor toured the area.\n\n"The city will rebuild every home that was lost ... within two years," Mayor Janet Ruiz said.'),
        ("it", _BELLINI, "Il ministro ha parlato martedì.\n\n«Non permetteremo che la città resti senza controlli [...] con più agenti», ha detto il ministro Marco Bellini."),
        ("ar", _HADDAD, "تحدثت الوزارة يوم الثلاثاء.\n\nوقالت وزيرة المالية سلمى حداد: «لن نرفع أسعار الوقود (...) وسندعم الأسر الفقيرة»."),
    ],
)  # fmt: skip
def test_a_quotation_cut_at_an_ellipsis_is_trimmed(lang, full, cut):
    assert _shared(lang, full, cut) == [("trimmed", False)]


@pytest.mark.parametrize(
    ("full", "cut"),
    [
        ("We will rebuild every home that was lost, and we will do it within two years", "We will rebuild every home … within two years"),
        ("Non permetteremo che la città resti senza controlli, e lo faremo con più agenti", "Non permetteremo [...] con più agenti"),
    ],
)
def test_relation_of_an_elided_copy(full, cut):
    assert relation(full, cut) == "trimmed"


# a short Arabic quotation with one word put for another and a preposition written apart ("ملتزمون بخفض" /
# "عازمون على خفض"): the noun is shared, the quotation is one, altered
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("تحدث محافظ البنك المركزي خالد العلي يوم الثلاثاء.\n\nوقال العلي: «نحن ملتزمون بخفض التضخم».",
         "تحدث المحافظ يوم الثلاثاء.\n\nوقال محافظ البنك المركزي خالد العلي: «نحن عازمون على خفض التضخم»."),
        ("تحدثت وزيرة الصحة ليلى ناصر يوم الأربعاء.\n\nوقالت ناصر: «سنعمل على بناء المستشفى الجديد».",
         "تحدثت الوزارة يوم الأربعاء.\n\nوقالت وزيرة الصحة ليلى ناصر: «سنبدأ ببناء المستشفى الجديد»."),
    ],
)  # fmt: skip
def test_an_arabic_quotation_with_a_word_changed_is_altered(a, b):
    assert _shared("ar", a, b) == [("altered", False)]


def test_arabic_joined_preposition_counts_for_likeness():
    assert relation("نحن ملتزمون بخفض التضخم", "نحن عازمون على خفض التضخم") == "altered"


# the minister (named in full after her role, then by her family name) and the ministry's spokesman
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("تحدثت وزيرة المالية سلمى حداد يوم الثلاثاء.\n\nوقالت حداد: «لن نرفع أسعار الوقود هذا العام».",
         "تحدثت الوزارة يوم الثلاثاء.\n\nوقال المتحدث باسم الوزارة كريم منصور: «لن نرفع أسعار الوقود هذا العام»."),
        ("أعلن وزير الداخلية فادي سليمان خطة جديدة.\n\nوقال سليمان: «سنضاعف عدد دوريات الشرطة في العاصمة».",
         "أعلنت الوزارة خطة جديدة.\n\nوقال مدير الأمن العام عمر الزين: «سنضاعف عدد دوريات الشرطة في العاصمة»."),
    ],
)  # fmt: skip
def test_an_arabic_quotation_given_to_another_named_person_is_misattributed(a, b):
    assert _shared("ar", a, b) == [("verbatim", True)]


def test_an_arabic_family_name_takes_the_full_name_given_after_the_role():
    (art, _) = _analysed("ar", _HADDAD, "تحدثت الوزارة يوم الثلاثاء.")
    assert [q.speaker for q in art.quotes if isinstance(q, Quote)] == ["سلمى حداد"]

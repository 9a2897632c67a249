"""Figures in other scripts, and the years of the two Hijri calendars.

Arabic, Persian, Urdu, Hindi and Bengali reports write their figures in their own digits ("٥ مارس ٢٠٢٦",
"۲۰۲۶/۱۱/۱۸", "২০২৬"). Most date rules take any digit (``\\d``), but the years among them are spelled with
ASCII figures (``(?:1[0-9]|20)\\d\\d``), so "٥ مارس ٢٠٢٦" lost its year and took the one nearest the
publication day (2027 for a report of November 2026): a false date against an English report of the same
decision. The resolver therefore reads a copy of the text in ASCII digits (:func:`ascii_digits`: one
character for one, so every offset holds) and the expressions keep the digits the report printed.

Reading those years brings in the years of the Islamic calendars, which the Gregorian rules would take as
they stand: "سال ۱۴۰۵" (Solar Hijri 1405, March 2026 to March 2027) or "عام ١٤٤٧ هـ" (lunar Hijri 1447)
are no year 1405 or 1447. :func:`hijri_years` keeps such a year as an expression of its own with no value
(so the quantities do not count it either), converts a Solar Hijri date written in figures
("۱۴۰۵/۰۸/۲۰", complete and of an explicit calendar) to its Gregorian day, and marks a lunar Hijri date
("١٥ جمادى الأولى ١٤٤٨ هـ") the same way, with no value: its Gregorian day depends on the Umm al-Qura
table (or on a sighting of the moon), which the standard library lacks, and a day off by one would set
two reports of one day against each other.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from parallax.analyze.times.calendars import _solar_to_gregorian
from parallax.analyze.times.solar_months import solar_months

# Arabic-Indic, Extended Arabic-Indic (Persian, Urdu), Devanagari, Bengali, Gurmukhi, Gujarati, Thai, Myanmar
_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0E50, 0x1040)
_ASCII = str.maketrans({chr(z + i): str(i) for z in _ZEROS for i in range(10)})

# the languages whose press writes years of a Hijri calendar: Persian (Solar Hijri), Arabic, Urdu and Pashto
_HIJRI_LANGUAGES = frozenset({"fa", "ar", "ur", "ps"})
_HIJRI_YEAR = re.compile(r"(?<!\d)1[34]\d\d(?!\d)")
# the marks of an era: "هـ", "ه", "هجری", "للهجرة", "ق" (lunar, as Persian writes it), "ش" (solar); "م", "میلادی"
_LUNAR_MARK = re.compile(r"\s?(?:ه\u0640*|هـ|للهجرة|هجرية|هجري|ق(?:\.|مری)?|ہجری)(?![^\W\d_])")
_GREGORIAN_MARK = re.compile(r"\s?(?:م|میلادی|ميلادي|ميلادية|عیسوی|ء)(?![^\W\d_])")
# a date in figures, year first: "۱۴۰۵/۰۸/۲۰", "1405-8-20" (Solar Hijri), "۲۰۲۶/۱۱/۱۸" (Gregorian)
_SOLAR_FIGURES = re.compile(r"(?<![\d/.-])(?P<y>1[34]\d\d|20\d\d)(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/.-])")
_HIJRI_MONTHS = (
    "محرم", "صفر", "ربيع الأول", "ربيع الاول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الاولى", "جمادى الأول",
    "جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة",
    "ذو الحجة", "ذي الحجة",
    # Persian and Urdu spellings, with a space or a zero-width non-joiner inside
    "ربیع‌الاول", "ربیع الاول", "ربیع‌الثانی", "ربیع الثانی", "جمادی‌الاول", "جمادی الاول", "جمادی‌الاولی",
    "جمادی الاولی", "جمادی‌الثانی", "جمادی الثانی", "جمادی‌الآخر", "شوّال", "ذی‌القعده", "ذی القعده", "ذی‌الحجه",
    "ذی الحجه", "ذوالحجہ", "ربیع الاوّل",
)  # fmt: skip
_MONTHS = "|".join(sorted(map(re.escape, _HIJRI_MONTHS), key=len, reverse=True))
# a lunar Hijri date: a day and its month, a year after it ("١٥ جمادى الأولى ١٤٤٨ هـ", "۱۵ رمضان"), or a month
# and its year ("رمضان ١٤٤٧ هـ"); a bare month name ("رمضان", also a given name; "صفر", zero) is none
_LUNAR_DATE = re.compile(
    rf"(?<![\d\w])(?:(?P<d>[1-9]|[12]\d|30)\s(?P<m>{_MONTHS})(?!\w)(?:\s(?P<y>1[34]\d\d)(?!\d))?|(?P<m2>{_MONTHS})\s(?P<y2>1[34]\d\d)(?!\d))"
)


def ascii_digits(text: str) -> str:
    """``text`` with the decimal digits of the scripts above as ASCII ones, each in its place."""
    return text.translate(_ASCII)


# a Gregorian mark written onto a year's last figure: "2026م" (Arabic), "2026ء" (Urdu)
_ATTACHED_MARK = re.compile(r"(?<=(?<![\d.,/])(?:1[5-9]|20)\d\d)(?:م|ء)(?![^\W\d_])")


def unmarked_years(text: str, language: str | None) -> str:
    """``text`` with the era mark written onto a Gregorian year ("٢٠٢٦م", "2026ء") made a space, one character for
    one: no word boundary stood between the year and its mark, so "عام ٢٠٢٦م" had no year and "١٥ مارس ٢٠٢٤م" took
    the year nearest the publication.  :func:`hijri_years` still reads the marks in the text as printed."""
    if (language or "")[:2] not in _HIJRI_LANGUAGES:
        return text
    return _ATTACHED_MARK.sub(" ", text)


def _overlaps(found: list[tuple[int, int, str | None, str]], s: int, e: int) -> list[int]:
    return [i for i, (fs, fe, _, _) in enumerate(found) if fs < e and s < fe]


def _misread(found: list[tuple[int, int, str | None, str]], hits: list[int]) -> bool:
    """Whether the expressions at ``hits`` are none, or all Gregorian readings of a Hijri year ("1405")."""
    return all(found[i][2] is not None and found[i][2][:2] in ("13", "14") for i in hits)


def hijri_years(text: str, language: str | None, found: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``found`` (the expressions of one paragraph, ``text`` in ASCII digits) with the years and dates of
    the Hijri calendars read as said in the module's docstring."""
    lang = (language or "")[:2]
    if lang not in _HIJRI_LANGUAGES:
        return found
    out = list(found)
    for m in _LUNAR_DATE.finditer(text):
        year = m.group("y") or m.group("y2")
        mark = _LUNAR_MARK.match(text, m.end()) if year else None
        if year and not mark and lang == "fa" and not m.group("d"):
            continue  # "رمضان ۱۴۰۵" in Persian could be a name and a Solar year: left to the year rule below
        end = mark.end() if mark else m.end()
        out = [t for i, t in enumerate(out) if i not in _overlaps(out, m.start(), end)]
        out.append((m.start(), end, None, "day" if m.group("d") else "month"))
    for m in _SOLAR_FIGURES.finditer(text):
        hits = _overlaps(out, m.start(), m.end())
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if not (_misread(out, hits) if y < 2000 else all(out[i][3] == "year" for i in hits)):
            continue
        if y >= 2000:  # "۲۰۲۶/۱۱/۱۸": a Gregorian day, which the year rule alone had read as its year
            value = date(y, mo, d).isoformat() if 1 <= mo <= 12 and 1 <= d <= monthrange(y, mo)[1] else None
        elif lang != "fa" or _LUNAR_MARK.match(text, m.end()):
            value = None  # an Arabic or Urdu date, or one marked lunar: of the lunar calendar
        else:
            value = _solar_to_gregorian(y, mo, d)
        out = [t for i, t in enumerate(out) if i not in hits]
        out.append((m.start(), m.end(), value, "day"))
    for m in _HIJRI_YEAR.finditer(text):
        hits = _overlaps(out, m.start(), m.end())
        if _GREGORIAN_MARK.match(text, m.end()) or not _misread(out, hits):
            continue  # "١٤٥٠م": a Gregorian year marked as one; "۳ آذر ۱۴۰۵": a Solar Hijri date the lexicon converted
        mark = _LUNAR_MARK.match(text, m.end())
        end = max([mark.end() if mark else m.end()] + [out[i][1] for i in hits])
        start = min([m.start()] + [out[i][0] for i in hits])
        out = [t for i, t in enumerate(out) if i not in hits]
        out.append((start, end, None, "year"))
    if lang == "fa":  # "آذر ۱۴۰۵": the Gregorian days of a Solar Hijri month (:mod:`.solar_months`)
        out = solar_months(text, out)
    return sorted(out)

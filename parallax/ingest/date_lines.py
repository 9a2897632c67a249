"""Lines that are the page's metadata: a date, a label with its value, a reading time.

Split out of :mod:`parallax.ingest.line_filters`.  The record keeps the publication time separately, so in
the body a time stamp ("24. März 2004, 19:49 | Redaktion"), a category or tag line ("Kategorie: News") or a
reading time ("Lesezeit: 3 Minuten") is furniture; a sentence that holds a date stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import UNSPACED

# Page metadata printed as a line: "Release Date: 12 May", "Kategorie: News", "News date : 09/14/2023
# Category : Press Releases",
# "Last Modified:", "Aktualisiert am 3.5.2022".  The record keeps the
# publication time separately; in the body these are furniture.
_METADATA_LABEL = (
    r"(?:(?:release |news |publication )?date|datum|last (?:modified|updated)|updated(?: on)?|published(?: on)?|posted(?: on| in)?|categor(?:y|ies)|tags?|topics|filed under|"
    # the topics a page files the story under: "Topics: Baltic states", "Themen: Ostsee", "Temas: ...", "Темы: ..."
    r"themen|thèmes|sujets|temas|temi|onderwerpen|tematy|темы|теми|"
    r"kategorie(?:n)?|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|aktualisiert(?: am)?|ver(?:ö|oe)ffentlicht(?: am)?|stand|zuletzt (?:aktualisiert|geändert)|"
    r"catégorie|mis à jour(?: le)?|publié(?: le)?|categoría|etiquetas|actualizado(?: el)?|publicado(?: el)?|kategoria|tagi|"
    # Portuguese time stamps: "Publicado em 20/11/2026 às 14h32", "Atualizado há 2 horas", "Atualizado em 20/11/2026"
    r"publicado em|atualizado(?: em| há)?|"
    # Turkish, Greek, Russian, Ukrainian, Dutch tags and categories
    r"etiketler|kategori|ετικέτες|κατηγορία|теги|метки|рубрика|мітки|теґи|trefwoorden|rubriek|"
    # Catalan, Bulgarian, Serbian (both scripts) and Croatian, Slovenian, Estonian tags and categories
    r"etiquetes|categories|етикети|тагове|категория|oznake|tagovi|kategorija|ознаке|тагови|категорија|značke|"
    r"sildid|märksõnad|teemad|kategooria|rubriik|"
    # Lithuanian, Latvian, Romanian, Hebrew and Indonesian tags and categories
    r"žymės|raktažodžiai|birkas|atslēgvārdi|etichete|taguri|categori[ei]|cuvinte cheie|תגיות|קטגוריה|kata kunci|topik|"
    # Persian, Hindi, Thai, Vietnamese tags and categories
    r"کد خبر|شناسه خبر|برچسب(?:\u200c?ها| ها)?|کلیدواژه(?:\u200c?ها| ها)?|دسته\u200c?بندی|टैग(?:्स)?|श्रेणी|แท็ก|หมวดหมู่|คำค้น|thẻ|từ khóa|từ khoá|chuyên mục|"
    # Italian, Polish, Swedish, Norwegian, Danish time stamps: "Ultimo aggiornamento: 10 marzo 2026, 11:20",
    # "Opublikowano: 10.03.2026", "Publicerad 10 mars 2026 kl 10.00", "Oppdatert 10. mars 2026"
    r"(?:ultimo )?aggiornamento|aggiornato(?: il| alle)?|pubblicato(?: il)?|modificato(?: il)?|"
    r"aktualizacja|zaktualizowano|opublikowano|data publikacji|data aktualizacji|"
    r"(?:senast )?(?:publicerad|uppdaterad)|publisert|oppdatert|publiceret|opdateret|"
    # Korean, Chinese and Japanese time stamps: "입력 2026.11.05 14:00", "发布时间：2026-11-05", "更新日時 2026年11月5日"
    # Arabic, Russian and Ukrainian time stamps, and the Arabic and Japanese tag labels ("الوسوم: ...", "タグ：..."): "آخر تحديث: 4 مارس 2026 - 14:02", "نشر في 4 مارس 2026", "Обновлено 4 марта
    # 2026, 14:02", "Опубліковано 4 березня 2026"
    r"آخر تحديث|تاريخ (?:النشر|التحديث)|(?:تم )?(?:النشر|التحديث)|نُ?شر في|حُ?دّ?ث في|"
    r"الوسوم|الكلمات المفتاحية|كلمات مفتاحية|タグ|キーワード|関連キーワード|"
    r"обновлено|опубликовано|дата (?:публикации|обновления)|оновлено|опубліковано|дата (?:публікації|оновлення)|"
    r"(?:기사[ ]?)?입력|(?:최종[ ]?)?수정|업데이트|发布时间|更新时间|發布時間|更新時間|发布日期|發佈時間|公開日時?|更新日時?|配信日時?|掲載日時?|"
    # the keywords a page files the story under, as a label over its tag row: "Keywords: climate, energy",
    # "Tagged with: ...", "Mots-clés : ...", "Palabras clave: ...", "Parole chiave: ...", "Stichworte: ...",
    # "Słowa kluczowe: ...", "Ключевые слова: ...", "Nyckelord: ...", "Avainsanat: ..." (the label and a colon:
    # :data:`_METADATA`)
    r"key ?words|tagged(?: with| as)?|related (?:tags|topics)|mots[- ]cl(?:é|e|ef)s?|palabras clave|palavras[- ]chave|parole chiave|"
    r"argomenti|schlagworte|stichworte|sleutelwoorden|słowa kluczowe|klíčová slova|kľúčové slová|kulcsszavak|"
    r"anahtar kelimeler|ключевые слова|ключові слова|nyckelord|emneord|nøgleord|avainsanat|asiasanat|cuvinte[- ]cheie|"
    r"etiquetes relacionades|temas relacionados|assuntos|sujets (?:associés|liés)|"
    # "filed under" in German, French, Spanish, Italian, Dutch: "Abgelegt unter: Literatur | Tags: iPad"
    r"abgelegt unter|class[ée] dans|archivado en|archiviato in|opgeslagen onder|"
    # the date a story first ran: "Originally published November 18, 2026", "First published on 18 Nov 2026"
    r"(?:originally|first) published(?: on| at)?)"
)
# one of those labels inside a line: a line of two time stamps run together ("Publicerad 10 mars 2026 kl 10.00
# Uppdaterad 10 mars 2026 kl 11.20") is split before the second, and each part must be one
_INNER_LABEL = re.compile(rf"(?<=\s)(?={_METADATA_LABEL}(?:\s|:))", re.I)
_METADATA = re.compile(
    rf"^[\W_]*{_METADATA_LABEL}"
    r"(?:\s*[:：]\s*(?:\S+\s*){0,8}|\s+(?=[^\n]*\d)(?:\S+\s*){1,8})$",  # a colon (a full-width one too), or a value with a digit in it
    re.I,
)
# The label and a date that closes on a full stop ("Posted: Monday, March 6, 2023. 8:40 pm CST."), which
# _METADATA leaves as a possible sentence; the value must be a date line (:func:`is_date_line`), so "Updated:
# the council met again on Monday." stays
_LABELLED_DATE = re.compile(rf"^[\W_]*{_METADATA_LABEL}\s*:\s*(?P<value>\S.*)$", re.I)
# The reading time a page prints under the headline ("Tempo de leitura: 2 minutos", "Lesezeit: 3 Minuten",
# "Estimated reading time: 6 minutes", "5 min read"): a label (or "read" after the figure), minutes, nothing
# else on the line.
_READING_TIME = re.compile(
    r"^[\W_]*(?:(?:(?:estimated |approximate )?read(?:ing)? time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|"
    r"tempo di lettura|leestijd|czas czytania|lästid|læsetid|время чтения)[ ]?[:：]?[ ]?(?:ca\.[ ]?|about[ ]|~[ ]?)?\d{1,3}[ ]?"
    r"(?:min(?:utes?|uten|utos?|uti|uty?|s)?\.?)|\d{1,3}[ ]?min(?:utes?|s)?\.?[ ](?:read|reading))[\W_]*$",
    re.I,
)
# a sentence's last stop; the full stop of "p.m." or of a date ("Updated at 1:23 p.m.", "Stand: 17.03.2026.") ends no sentence
_SENTENCE_STOP = re.compile(r"(?<![ap]\.m)(?<![./-]\d{4})[.!?]\s*$|[!?]\s*$", re.I)
# A line that is only a date ("January 13", "23.10.2018").  A bare time of day
# stays: in a live blog "4:14 p.m." heads the entry it dates.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|mai|okt|dez|janv|févr|avr|juil|déc|ene|dic)[a-zäéû.]*"
_DATE_ONLY = re.compile(
    rf"^[\W_]*(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}(?:,?\s\d{{1,2}}[:.]\d{{2}})?|"
    rf"{_MONTH}\s\d{{1,2}}(?:,?\s\d{{4}})?|\d{{1,2}}\.?\s{_MONTH}(?:\s\d{{4}})?)[\W_]*$",
    re.I,
)
# A date with at most one word of label beside it: the page's time stamp printed as a line, in any
# language and order ("24. März 2004, 19:49 | Redaktion", "2021-10-16 | Botschaft", "Aktualisiert am
# 17.01.2021.", "quinta-feira, 9 de junho de 2016 às 18:05", "기사입력 :[ 2018-08-25 15:24 ]").  A full
# date must be there (day, month and year: a bare time of day heads a live blog's entry), and a line of
# reporting or a timeline's entry ("12 March 2026: the strike begins", "The vote is on 14 March 2026.") has
# two words or more beside it.
# (and in Chinese, Japanese and Korean with the units of year, month and day, the clock time with those of hour
# and minute: "2026年11月5日 8時00分", "2026년 11월 5일 오후 2시 30분")
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[ ]?[年년][ ]?\d{1,2}[ ]?[月월][ ]?\d{1,2}[ ]?[日일])(?!\d)"
)
_CLOCK_TIME = re.compile(r"(?<!\d)(?:\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?|\d{1,2}[ ]?[時时시][ ]?(?:\d{1,2}[ ]?[分분])?)(?!\d)")
# a line that ends as a sentence does, in the scripts without spaces too (a Chinese line is one "word")
_SENTENCE_END = ("?", "!", "。", "！", "？")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BY_NAME = re.compile(
    r"(?<![ ,|·])[ ,|·]+(?:by|von|par|por|di|door|av)[ ][A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,3}$"
)  # starts at a run's first separator: linear
# a Chinese, Japanese or Korean source label after the time stamp, with the outlet's name (at most 30 characters)
# (and the writer, editor and the count of readers beside it: "2026-11-20 14:32 来源：新华社 作者：李明 阅读量：3.2万"; each
# value is one run without spaces, so the label after a space starts the next pair)
_SOURCE = re.compile(
    r"(?<![ \u3000])(?:[ \u3000]+(?:来源|來源|出典|출처|作者|编辑|編輯|责任编辑|責任編輯|记者|記者|阅读量?|閱讀|浏览量?|点击量?)[ ]?[:：][ ]?[^\s:：，。、,]{1,30}){1,4}$"
)  # from a run's first space: linear
_MAX_DATE_LINE_CHARS = 80
_UNSPACED = re.compile(f"[{UNSPACED}]")
_MAX_UNSPACED_LABEL = 4  # characters of a label in a script without spaces ("来源", "更新日時")
_MIN_LABEL_LETTERS = 3  # shorter words are the date's own prepositions ("am", "de", "às", "on", "PM")
# the words of the clock, part of the stamp too: "17 gennaio 2026, ore 08:15", "kello 8.15", "godz. 8:15", "saat 08.15"
_HOUR_WORDS = frozenset({"ore", "uhr", "uur", "hrs", "horas", "heures", "kello", "klo", "godz", "saat", "óra"})


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday words of every date lexicon, lower case."""
    from parallax.analyze.timelex import LEXICONS, month_words  # here: parallax.analyze imports the ingest package

    weekdays = {w.lower() for lex in LEXICONS.values() for w in lex.weekdays}
    return frozenset().union(*(month_words(lang) for lang in LEXICONS)) | weekdays


def is_date_line(line: str) -> bool:
    """Whether ``line`` is a date (with its time, perhaps) and at most one word of label."""
    if len(line) > _MAX_DATE_LINE_CHARS or line.rstrip().endswith(_SENTENCE_END):
        return False
    line = _BY_NAME.sub("", line)  # a byline with its date: "5:45 AM PST 11/19/2026 by Jane Roe"
    line = _SOURCE.sub("", line)  # the outlet named after the date: "2026-11-05 16:20 来源：东方财经网"
    dates = len(_NUMERIC_DATE.findall(line))
    rest = _CLOCK_TIME.sub(" ", _NUMERIC_DATE.sub(" ", line))
    numbers = len(_NUMBER.findall(rest))
    if dates:
        dated = dates == 1 and not numbers  # two dates ("23.10.2015 - 25.10.2015") are a period, an event's
    else:  # a day, a month word and a year, once ("22. & 23. August 2015" is a period too)
        dated = numbers == 2 and bool(_YEAR.search(rest)) and any(w.lower() in _calendar_words() for w in _WORD.findall(rest))
    words = [w for w in _WORD.findall(rest) if w.lower() not in _calendar_words() and w.lower() not in _HOUR_WORDS]
    label = [w for w in words if len(w) >= _MIN_LABEL_LETTERS or _UNSPACED.match(w)]
    if any(len(w) > _MAX_UNSPACED_LABEL and _UNSPACED.match(w) for w in label):
        return False  # a Chinese or Japanese clause, not a label ("2026年11月5日会议在北京召开")
    # the label is a capitalised word or one of a script without case; a lower-case one is a sentence's verb
    # ("Er starb am 14.03.2026.")
    return dated and (not label or len(label) == 1 and not label[0][0].islower())


# A line of hashtags and nothing else, the page's tags as some outlets print them ("#ข่าววันนี้ #เชียงใหม่",
# "#Rize #sel"): no sentence is only hashtags ("วันนี้", today, inside one is no date of the report)
_HASHTAGS = re.compile(r"^[ \t]*#[^\s#]{2,40}(?:[ \t,]+#[^\s#]{2,40}){0,11}[ \t]*$")


def is_page_metadata(line: str) -> bool:
    """Whether ``line`` is a metadata label with its value, a bare date, a reading time or a line of hashtags."""
    if _HASHTAGS.match(line):
        return True
    if _METADATA.match(line) and not _SENTENCE_STOP.search(line) or _DATE_ONLY.match(line) or _READING_TIME.match(line):
        return True
    labelled = _LABELLED_DATE.match(line)
    if labelled is not None and is_date_line(labelled.group("value")):
        return True
    parts = [p.strip() for p in _INNER_LABEL.split(line)]
    return 1 < len(parts) <= 3 and all(_METADATA.match(p) and not _SENTENCE_STOP.search(p) and _NUMBER.search(p) for p in parts)


# A row of the page's metadata, its parts set off by a spaced bar, slash or dot: "By Jane Roe | May 5, 2026",
# "Posted: May 5, 2026 / 10:00 AM EDT / Updated: May 5, 2026 / 11:00 AM EDT", "Published 10:00 a.m. ET May 5,
# 2026 | Updated 11:00 a.m. ET May 5, 2026", "Par Claire Fontaine – Publié le 11 mars 2026 à 11h45" (a spaced dash too).  Each part is a byline (perhaps a name and the writer's address), a date, a labelled date or a time of day, one
# at least is dated, and not all are bare dates; a sentence has parts that are none of these.
# A page's footer joins the same parts with a spaced hyphen, and may name the page's own file among them:
# "notes.html - Created 14-06-2011 9:05am - Last Modified: 14-06-2011 9:05am".
_ROW_SPLIT = re.compile(r"(?<![ ])[ ]++[|/·•–—-][ ]+")  # starts at a run's first space: linear
_FILE_NAME = re.compile(r"^[\w.-]+\.(?:s?html?|php\d?|aspx?|jsp|cfm)$", re.I)
_TIME_OF_DAY = re.compile(r"^[\W_]*\d{1,2}[:.]\d{2}[ ]?(?:[ap]\.?[ ]?m\.?)?(?:[ ][A-Z]{2,4})?[\W_]*$", re.I)
_MAX_ROW_PARTS, _MAX_ROW_CHARS = 6, 160
# A byline part that gives the writer's address after the name ("Jane Roe jane.roe@example.com | May 5, 2026",
# "Por Ana Ruiz, aruiz@example.com | 22 abril, 2022"): a name of capitalised words, then the address and nothing else
_NAME_EMAIL = re.compile(
    r"^(?:(?:by|von|par|por|di|door|av)[ ])?(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:[ ](?-i:[A-ZÀ-Þ][\w'’.-]*)){0,3},?[ ][\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
    re.I,
)


def is_metadata_row(line: str) -> bool:
    """Whether ``line`` is a row of bylines, dates and times joined by separators (see :data:`_ROW_SPLIT`)."""
    from parallax.ingest.bylines import BYLINE  # (a byline part: "By Jane Roe")

    if len(line) > _MAX_ROW_CHARS:
        return False
    parts = [p.strip() for p in _ROW_SPLIT.split(line.strip()) if p.strip()]
    if not 2 <= len(parts) <= _MAX_ROW_PARTS:
        return False
    bare = [is_date_line(p) or bool(_DATE_ONLY.match(p)) for p in parts]
    labelled = [is_page_metadata(p) and bool(_METADATA.match(p) or _LABELLED_DATE.match(p)) for p in parts]
    other = [bool(_TIME_OF_DAY.match(p) or BYLINE.match(p) or _NAME_EMAIL.match(p) or _FILE_NAME.match(p)) for p in parts]
    if not all(b or lab or o for b, lab, o in zip(bare, labelled, other, strict=True)) or not any(bare) and not any(labelled):
        return False
    return any(labelled) or any(other)  # dates alone are a period ("29 November 2018 | 20 January 2019"), an event's

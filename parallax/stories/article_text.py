"""What an article's text gives story grouping before any name is read: its lead, sentences, content words, dates.

The lead (title and opening sentences) is what e5 embeds and where the event's places and weekday are read; the
content words of the opening are the word signal; the explicit years and days are the time signal.  Kept apart from
:mod:`.features` (the names of an article and the :class:`~.features.Signals` record), which re-exports these names:
a reading of the text, not of who and where.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import HAN, UNSPACED, UPPER, WORD, ascii_digits, fold
from parallax.press_keys import TRANSLITERATION_RUN
from parallax.records import Article
from parallax.serbian_script import latin_form, serbian_cyrillic, serbian_latin
from parallax.stories.cjk_place_reading import korean_stems
from parallax.stories.figures import _YEAR, _numeric_days
from parallax.stories.month_stops import abbreviated_month_stop, ordinal_day_stop
from parallax.stories.section_labels import is_label, unlabelled_title
from parallax.stories.thai_names import thai_name_words
from parallax.stories.thai_places import thai_cued_words
from parallax.stories.uncased_places import cued_short_words
from parallax.stories.year_counts import counts

LEAD_CHARS = 500  # title + first two or three sentences: what e5 sees
MAX_WORD_TOKENS = 400  # content words are taken from the start of the text

_URLISH = re.compile(r"^\s*(?:https?\s*:|www\s*\.)|(?:\s/\s.*){3}|\b\w+\s?\.\s?(?:com|org|net|co\.uk)\b\s?/", re.I)
_SENT_END = re.compile(rf"(?<=[.!?…])[\"”»']?\s+(?=[\"“«'‘(]?[{UPPER}0-9])")
_WORD = re.compile(rf"{WORD}(?:[-'’]{WORD})*")
_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")
# Katakana spells a word by its sounds, a loanword or a foreign name ("マグニチュード", "マラティヤ"): its pairs of
# letters are no words, and a long one gave two reports of two earthquakes six shared "words" (and the word signal,
# fitted on the words of spaced languages, a join); it counts once, whole (from two letters: "ガス")
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]+")
_KATAKANA_WORD = re.compile("[\u30a1-\u30fa\u30fc]{2,}")
_KANJI_RUN = re.compile(f"[{HAN}々]{{3,}}")


def is_urlish(sentence: str) -> bool:
    """Scraped texts (and ECB+) often start with the page address: not prose."""
    return bool(_URLISH.search(sentence))


def sentences_of(article: Article) -> list[str]:
    """Sentences from the analysis layer, else a light rule-based split."""
    if article.sentences:
        return [s.text for s in article.sentences]
    out: list[str] = []
    language = (article.language or "en").lower()[:2]
    for para in article.text.split("\n"):
        pieces: list[str] = []
        for piece in (s.strip() for s in _SENT_END.split(para)):
            if pieces and piece[:1].isdigit() and abbreviated_month_stop(pieces[-1], language):  # "on Nov." | "3, ..."
                pieces[-1] = f"{pieces[-1]} {piece}"
            elif pieces and piece and ordinal_day_stop(pieces[-1], piece, language):  # "am 3." | "Nov. statt"
                pieces[-1] = f"{pieces[-1]} {piece}"
            elif piece:
                pieces.append(piece)
        out.extend(pieces)
    return out


def lead_text(article: Article, max_chars: int = LEAD_CHARS) -> str:
    """Title plus the opening sentences (URL-like ones and a section's label skipped, :mod:`parallax.stories.section_labels`),
    up to ``max_chars``: what is embedded, so a Serbian report printed in Cyrillic is given in Latin letters (:func:`_serbian`)."""
    return latin_form(" ".join(lead_parts(article, max_chars))[:max_chars], _serbian(article))


def lead_parts(article: Article, max_chars: int = LEAD_CHARS) -> list[str]:
    """The title and opening sentences :func:`lead_text` joins, each apart."""
    parts: list[str] = []
    size = 0
    title = unlabelled_title((article.title or "").strip())
    if title:
        parts.append(title)
        size = len(title)
    for sent in sentences_of(article):
        if size >= max_chars:
            break
        if is_urlish(sent) or sent == title or is_label(sent):  # a section's label is no part of the event
            continue
        parts.append(sent)
        size += len(sent) + 1
    return parts


def _serbian(article: Article) -> bool:
    """Whether the article is Serbian printed in Cyrillic, which grouping reads in Latin letters: outlets print
    either script (one to one: љ lj, ш š, ћ ć), and two reports of one event should share their words and names
    ("Ниш" is "Niš": general transliteration would make it "nish")."""
    return serbian_cyrillic(article.text, article.language)


@lru_cache(maxsize=32)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop list for the language (no model needed), folded; empty if none."""
    import importlib

    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return frozenset()
    words = frozenset(fold(w) for w in module.STOP_WORDS)
    # spaCy's Serbian list is in Cyrillic; the Latin press writes the same words ("који" is "koji")
    return words | {fold(serbian_latin(w)) for w in module.STOP_WORDS} if language == "sr" else words


def content_words(text: str, language: str) -> frozenset[str]:
    """Folded words of the opening of ``text`` that carry content: not stop
    words, at least four letters or a number."""
    stops = stop_words(language)
    out = set()
    end = 0  # where the words read end
    for i, m in enumerate(_WORD.finditer(text)):
        if i >= MAX_WORD_TOKENS:
            break
        end = m.end()
        w = ascii_digits(fold(m.group()))  # "١٤" and "14" are one word
        if _UNSPACED_RUN.search(w):
            # no spaces between words: the run's character pairs stand in for its words ("大桥坍塌"), and a run of
            # katakana, a foreign name or word as a whole ("ヴェルモラ"), so that it can be heard across scripts
            for run in _UNSPACED_RUN.findall(w):
                for part in _KATAKANA.split(run):  # a word in katakana is whole below, not its pairs of letters
                    out.update(part[k : k + 2] for k in range(len(part) - 1))
            out.update(_KATAKANA_WORD.findall(m.group()))  # unfolded: folding drops the voicing marks (バ is not ハ)
            if language == "ja":  # and a run of kanji whole, for its names of three ("名古屋") and their given names
                out.update(_KANJI_RUN.findall(m.group()))
            if language == "zh":  # and a foreign name spelt in characters of transliteration whole ("齐维廖夫")
                out.update(TRANSLITERATION_RUN.findall(m.group()))
            if language == "th":  # and the letters after a word of place ("ที่เชียงใหม่": :mod:`.thai_places`)
                out.update(thai_cued_words(m.group()))
        elif (len(w) >= 4 or w.isdigit()) and w not in stops:
            out.add(w)
    out.update(cued_short_words(text[:end], language))  # "در قم" (in Qom): a place of two letters (:mod:`.uncased_places`)
    if language == "ko":  # "정부는" names "정부", a place a Korean lead writes in Hangul (:mod:`.cjk_place_reading`)
        out.update(korean_stems(text[:end]))
    if language == "th":  # "นายวิกเตอร์ เฮลมันด์": the names after a title, heard across scripts (:mod:`.thai_names`)
        out.update(thai_name_words(text[:end]))
    return frozenset(out)


def time_marks(article: Article) -> frozenset[str]:
    """Explicit years (and, when analysed, resolved days) the article mentions.

    Two reports of one event mention the same year and day; the same kind of
    event in another year does not.  The bare year of publication is left
    out: every report of the period shares it, so it tells nothing."""
    marks: set[str] = set()
    if article.times:
        for t in article.times:
            if t.value and t.granularity in {"day", "month", "year", "time"}:
                marks.add(t.value[:4])
                if t.granularity in {"day", "time"}:
                    marks.add(t.value[:10])
    else:
        language = (article.language or "en").lower()[:2]
        # (and a dateline's date, before grouping cuts the dateline from the text, or the dateline and its date ingest
        # set apart: "KELBY", "Dec. 16, 2008"); a year in Persian or Devanagari digits ("۲۰۲۴") too
        dated = [d for d in (article.dateline, article.dateline_date) if d]
        opening = ascii_digits(" ".join([*dated, article.text[:3000]]))
        days = _numeric_days(opening)
        counted = counts(opening, stop_words(language), language)  # "2000 troops" is no year
        marks.update(days | {d[:4] for d in days} | {y for y in _YEAR.findall(opening) if y not in counted})
    marks.discard((article.published or "")[:4])
    return frozenset(marks)

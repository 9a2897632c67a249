"""States named in languages with no entity model here, in any case, read as places with their nominative name.

Where no model tags entities, a run of capitals is a name of no kind (``MISC``), and names of no kind are never set
against each other, so two reports naming two different states as the helper showed no conflict (QA rounds 41 and
44, in Russian; 45 in Ukrainian).  A single capitalised word opening a sentence is not even kept ("Туреччина
допомогла ...").  Each language gives a table of its states' forms and their nominative (:mod:`.russian_states`,
:mod:`.cyrillic_states`); every mention is labelled a place with the nominative as its canonical name, so that
"допомогла Туреччина" and "влада Туреччини" name one state and never conflict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from parallax.analyze.cyrillic_states import belarusian_forms, kazakh_forms, macedonian_forms, serbian_forms, ukrainian_forms
from parallax.analyze.russian_states import russian_forms
from parallax.records import Article, Entity

_TABLES: dict[str, Callable[[], dict[str, str]]] = {
    "ru": russian_forms,
    "uk": ukrainian_forms,
    "be": belarusian_forms,
    "sr": serbian_forms,
    "mk": macedonian_forms,
    "kk": kazakh_forms,
}
# what ends the sentence before a word: the word opens a sentence
_OPENS = re.compile(r"(?:^|[.!?…]\s*+|\n\s*+)\Z")


@cache
def _table(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern for every form of the language's states (longest first) and the nominative of each."""
    build = _TABLES.get(lang)
    if build is None:
        return None
    nominative = build()
    alts = "|".join(re.escape(f) for f in sorted(nominative, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])"), nominative


def _opening_word_and_state(e: Entity, m: re.Match[str], text: str) -> bool:
    """Whether ``e`` is a capitalised word opening its sentence and the state right after it ("Влада Туреччини
    заявила ...": "Влада" is capitalised only because it opens the sentence)."""
    head = text[e.start : m.start()]
    return e.end == m.end() and e.start < m.start() and head.count(" ") == 1 and head.endswith(" ") and bool(_OPENS.search(text, max(0, e.start - 20), e.start))


def name_states(article: Article) -> None:
    """Label the state names of ``article`` places (``GPE``) with their nominative as canonical name: a name of no
    kind the capitals gave is relabelled, or cut to the state where it only adds the word opening its sentence; a
    form no entity covers (one opening a sentence) is added."""
    found = _table((article.language or "")[:2])
    if found is None:
        return
    pattern, nominative = found
    text = article.text
    for m in pattern.finditer(text):
        covering = [e for e in article.entities if e.start < m.end() and m.start() < e.end]
        if not covering:
            article.entities.append(Entity(m.group(), "GPE", m.start(), m.end(), canonical=nominative[m.group()]))
            continue
        for e in covering:
            if e.label != "MISC":
                continue
            if e.start == m.start() and e.end == m.end():
                e.label, e.canonical = "GPE", nominative[m.group()]
            elif _opening_word_and_state(e, m, text):
                e.text, e.label, e.start, e.canonical = m.group(), "GPE", m.start(), nominative[m.group()]
    article.entities.sort(key=lambda e: e.start)

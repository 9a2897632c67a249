"""Language identification (py3langid, restricted to the configured set)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(languages))
    return ident


SURE = 0.9  # how sure the identifier must be to name one of the ``more`` languages


def detect_language(text: str, languages: tuple[str, ...], more: tuple[str, ...] = ()) -> str | None:
    return detect_language_scored(text, languages, more)[0]


def detect_language_scored(text: str, languages: tuple[str, ...], more: tuple[str, ...] = ()) -> tuple[str | None, float]:
    """The language of ``text`` and how sure the identifier is (0 to 1).

    One of ``more`` is the answer only when the identifier is sure of it; otherwise the best
    of ``languages``.  Restricting the identifier to the common languages alone made Greek
    "Finnish" and Hebrew "Czech"; opening it to all let short Russian sentences go Bulgarian."""
    sample = text[:3000]
    if sum(c.isalpha() for c in sample) < 10:
        return None, 0.0
    extra = tuple(x for x in more if x not in languages)
    if not extra:
        lang, prob = _identifier(tuple(languages)).classify(sample)
        return lang, float(prob)
    # one pass over both sets: the best of ``languages`` alone is the same distribution renormalised
    probs = dict(_identifier((*languages, *extra)).rank(sample))
    best = max(probs, key=probs.__getitem__)
    if best in extra and probs[best] >= SURE:
        return best, float(probs[best])
    common = {lang: probs[lang] for lang in languages if lang in probs}
    lang = max(common, key=common.__getitem__)
    return lang, float(common[lang] / sum(common.values()))

"""Reported speech that negates what the quotation it reports affirms, or the other way round (QA round 59).

One outlet prints the minister's words, "Pemerintah akan menaikkan harga bahan bakar bulan depan" (the government
will raise fuel prices next month); another reports them, "mengatakan pemerintah tidak akan menaikkan harga ..."
(said the government will not raise ...).  The two join one quotation group, and reported speech is graded a
``paraphrase`` of the words it reports (:mod:`.quote_fidelity`), the loosest grade, which reads as a fair rewording.
A paraphrase that keeps the quotation's words and adds or drops a negation says the opposite: such a variant is
``altered``, as a translation that changes a negation is (:func:`.translated_quotes.negation_changed`, whose lists
of negating words are used here, per language, so Chinese "不会" against "会" counts too).

Only a paraphrase in the reference's language whose other words are mostly the reference's: reported speech that
rewords freely ("said it would keep the port open" for "we will not close the port") may lose a negation without
changing the meaning, and is left a paraphrase; so is one reported by a verb of denial ("denied", "membantah",
"否认"), which holds the negation itself.
"""

from __future__ import annotations

import re

from parallax.compare.translated_quotes import _NEGATORS, _ZH_NEGATION, negation_changed
from parallax.records import QuoteVariant

_SHARED = 0.6  # the share of the paraphrase's other words that the reference has too
_UNSPACED = frozenset({"zh", "ja"})
_DENIAL = re.compile(r"deni|dismiss|reject|refut|bantah|sangkal|tolak|否认|否認|駁斥|驳斥|yalanla|reddet|نف[ىت]|phủ\s+nhận", re.I)


def _other_words(text: str, lang: str) -> set[str]:
    """The words of ``text`` but its negations (in Chinese, its characters but the negating ones)."""
    if lang in _UNSPACED:
        return {c for c in _ZH_NEGATION.sub("", text) if c.isalnum()}
    particles, agreeing = _NEGATORS.get(lang, (frozenset(), frozenset()))
    return {w for w in re.findall(r"[^\W\d_]+|\d+", text.lower()) if w not in particles and w not in agreeing}


def flipped_paraphrases(variants: list[QuoteVariant], reference: int, languages: list[str | None]) -> list[int]:
    """The indexes of the ``paraphrase`` variants that negate what the ``reference`` variant affirms, or the
    other way round, in its language and mostly its words (see above); ``languages`` is each variant's."""
    ref_lang = (languages[reference] or "")[:2].lower()
    ref_words = _other_words(variants[reference].text, ref_lang)
    out = []
    for k, v in enumerate(variants):
        if k == reference or v.fidelity != "paraphrase" or (languages[k] or "")[:2].lower() != ref_lang or _DENIAL.search(v.cue or ""):
            continue
        words = _other_words(v.text, ref_lang)
        if not words or len(words & ref_words) < _SHARED * len(words):
            continue
        if negation_changed(variants[reference].text, ref_lang, v.text, ref_lang):
            out.append(k)
    return out

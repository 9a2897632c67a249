"""A quotation group for display: variants diffed word by word against a reference.

The reference is the variant sharing most words with the others, so a lone
altered or trimmed copy is the one shown as changed.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from parallax.report.quote_languages import shown_fidelity

FIDELITY = {
    "verbatim": ("=", "verbatim", "identical after normalising quote marks and whitespace"),
    "punctuation": ("≈", "punctuation", "same words, different punctuation"),
    "trimmed": ("✂", "trimmed", "one variant is a contiguous part of another"),
    "altered": ("≠", "altered", "words were changed"),
    "paraphrase": ("~", "paraphrase", "reported speech of the quotation, or its translation into another language"),
    "single-source": ("1", "single source", "only one outlet carries it"),
}


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def word_diff(base: str, other: str) -> tuple[list[tuple[str, str]], float]:
    """Word-level diff of ``other`` against ``base``: ``[(op, text)]`` with op
    ``eq``/``ins``/``del``, and the share of words the two have in common."""
    a, b = _TOKEN.findall(base), _TOKEN.findall(other)
    key = [t.translate(_MARKS).lower() for t in a], [t.translate(_MARKS).lower() for t in b]
    sm = SequenceMatcher(None, key[0], key[1], autojunk=False)
    ops: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            ops.append(("eq", "".join(b[j1:j2])))
            continue
        if i2 > i1 and "".join(a[i1:i2]).strip():
            ops.append(("del", "".join(a[i1:i2])))
        elif i2 > i1:
            ops.append(("eq", "".join(a[i1:i2])))
        if j2 > j1:
            ops.append(("ins", "".join(b[j1:j2])) if "".join(b[j1:j2]).strip() else ("eq", "".join(b[j1:j2])))
    words_a = [t for t in key[0] if t.strip()]
    words_b = [t for t in key[1] if t.strip()]
    common = SequenceMatcher(None, words_a, words_b, autojunk=False)
    same = sum(m.size for m in common.get_matching_blocks())
    return ops, same / max(1, min(len(words_a), len(words_b)))


def _words(text: str) -> list[str]:
    return [t.translate(_MARKS).lower() for t in _TOKEN.findall(text) if t.strip()]


def _shared_words(a: str, b: str) -> int:
    sm = SequenceMatcher(None, _words(a), _words(b), autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks())


def quote_view(q: dict, label: dict[str, str], languages: dict[str, str | None] | None = None) -> dict:
    """A quotation group for display: each variant diffed word by word against
    the reference, the variant that shares most words with all the others
    (so a lone altered or trimmed copy is the one shown as changed)."""
    variants = q.get("variants") or []
    texts = [(v.get("text") or "").strip().rstrip(".,;:").rstrip() for v in variants]  # the sentence's own stop is no difference
    direct = [i for i, v in enumerate(variants) if v.get("kind", "direct") != "indirect"] or list(range(len(variants)))
    speakers = [v.get("speaker") for v in variants if v.get("speaker")]
    # a misattributed group with no speaker is one report against another: each named speaker differs
    expected = q.get("speaker") or (max(sorted(set(speakers)), key=speakers.count) if speakers and not q.get("misattributed") else None)
    ref = q.get("reference")  # chosen by the comparison; older comparisons lack it
    if ref is None or not 0 <= ref < len(variants):
        ref = max(direct, key=lambda i: (sum(_shared_words(texts[i], texts[j]) for j in direct if j != i),
                                         variants[i].get("speaker") == expected, len(texts[i]))) if variants else None
    out = []
    for i, v in enumerate(variants):
        diff, similar = ([], 1.0)
        if ref is not None and i != ref:
            diff, similar = word_diff(texts[ref], texts[i])
        out.append({
            "article": v["article"],
            "outlet": label.get(v["article"], v["article"]),
            "text": texts[i],
            "speaker": v.get("speaker"),
            "inferred": v.get("cue") == "near" and bool(v.get("speaker")),
            "kind": v.get("kind", "direct"),
            "reference": i == ref and len(variants) > 1,
            "fidelity": shown_fidelity(v, variants[ref], languages or {}) if i != ref else None,  # (quote_languages.py)
            "diff": diff if similar >= 0.34 else [],
            "odd_speaker": bool(q.get("misattributed")) and v.get("speaker") != expected,
            "unnamed": v["article"] in (q.get("unnamed_in") or ()),  # an anonymous source where another report names one
        })
    symbol, name, meaning = FIDELITY.get(q.get("fidelity"), ("?", str(q.get("fidelity")), ""))
    return {
        "id": q["id"],
        "speaker": q.get("speaker"),
        "fidelity": q.get("fidelity"),
        "symbol": symbol,
        "fidelity_label": name,
        "fidelity_meaning": meaning,
        "misattributed": bool(q.get("misattributed")),
        "speakers": sorted({s for s in speakers}),
        "variants": out,
    }

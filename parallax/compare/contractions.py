"""English contractions read as the words they stand for, so that "won't" and "will not" are one wording.

An outlet that reprints wire copy often opens or closes a contraction to suit its house style ("we won't
stop" / "we will not stop", "We aren't" / "We are not"): the same words said, not a quotation altered.
Graded "altered", such a pair sat in the report beside quotations whose words were really changed ("the
storm" / "this storm").  :func:`expansions` gives the wordings a quotation may stand for: each contraction
opened ("n't", "'re", "'ll", "'ve", "'m", and "won't", "can't", "shan't", "let's"), and "'s" after a
pronoun read both as "is" and as "has", "'d" as "would" and as "had" (the contraction does not say which);
a possessive ("the company's") is no contraction and stays.  The rules need a letter before the apostrophe
and a word's end after the ending, so French or Italian elisions ("l'homme", "dell'anno") are left as they
are.
"""

from __future__ import annotations

import re
from itertools import product

# whole words first: their stem changes ("won't" is "will not", "can't" is "can not": "cannot" is one
# word, so both spellings of the long form are matched through "can not" after "cannot" is opened too)
_WHOLE = {"won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not", "let's": "let us"}
_WHOLE_RE = re.compile(r"\b(?:won't|can't|cannot|shan't|let's)\b", re.I)
_PLAIN = {"n't": " not", "'re": " are", "'ll": " will", "'ve": " have", "'m": " am"}
_PLAIN_RE = re.compile(r"(?<=[a-z])(n't|'re|'ll|'ve|'m)\b", re.I)
_PRONOUNS = r"it|that|there|here|he|she|what|who|where|how|this|everyone|nobody|i|you|we|they"
# "'s" and "'d" only after a pronoun: after a noun "'s" is mostly the possessive
_S_RE = re.compile(rf"\b({_PRONOUNS})'s\b", re.I)
_D_RE = re.compile(rf"\b({_PRONOUNS})'d\b", re.I)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def has_contraction(text: str) -> bool:
    """Whether ``text`` holds a contraction (or "cannot") that :func:`expansions` opens."""
    text = text.translate(_APOSTROPHES)
    return any(r.search(text) for r in (_WHOLE_RE, _PLAIN_RE, _S_RE, _D_RE))


def expansions(text: str) -> list[str]:
    """The wordings ``text`` may stand for with its contractions opened: one, or up to four where an
    "'s" or "'d" may be either of two verbs."""
    text = text.translate(_APOSTROPHES)
    text = _WHOLE_RE.sub(lambda m: _WHOLE[m.group(0).lower()], text)
    text = _PLAIN_RE.sub(lambda m: _PLAIN[m.group(1).lower()], text)
    s_forms = ("is", "has") if _S_RE.search(text) else ("is",)
    d_forms = ("would", "had") if _D_RE.search(text) else ("would",)
    return list(
        dict.fromkeys(
            _D_RE.sub(rf"\1 {d}", _S_RE.sub(rf"\1 {s}", text)) for s, d in product(s_forms, d_forms)
        )
    )


def same_opened(a: str, b: str) -> bool:
    """Whether two texts are the same words once their contractions are opened ("we won't stop" / "we will not
    stop"): a house style, not an edit."""
    if not (has_contraction(a) or has_contraction(b)):
        return False
    return bool(set(expansions(a)) & set(expansions(b)))

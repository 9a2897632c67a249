"""One English word in the spellings of two presses: British, Indian, Australian or Nigerian "levelled",
"colour", "realised", "centre", "defence", "paediatric", "programme" against American "leveled", "color",
"realized", "center", "defense", "pediatric", "program".

A wire story or a speaker's words reprinted by papers on both sides of the Atlantic come back in each house's
spelling: "the benefit levelled off" / "the benefit leveled off" is one quotation, yet compared letter by letter
it was graded "altered", the worst grade a faithful reprint can get, and "levelled" / "leveled" was listed as a
choice of words.  The rules here are the regular correspondences (and a short list of the irregular words);
each asks for a stem long enough that two different words do not meet ("four" / "for", "prise" / "prize",
"filled" / "filed" stay apart).  English rules, read on English texts only: a French "montre" / "monter" or a
Spanish "centro" / "cerca" is two words, so a caller that knows the texts' language passes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]+")

# irregular pairs (British or Commonwealth first): whole words and the opening of longer ones
_IRREGULAR = {
    "programme": "program", "programmes": "programs", "grey": "gray", "ageing": "aging", "judgement": "judgment",
    "judgements": "judgments", "mould": "mold", "plough": "plow", "aluminium": "aluminum", "jewellery": "jewelry",
    "pyjamas": "pajamas", "moustache": "mustache", "artefact": "artifact", "artefacts": "artifacts",
    "enrol": "enroll", "enrolment": "enrollment", "fulfil": "fulfill", "fulfilment": "fulfillment",
    "instalment": "installment", "skilful": "skillful", "wilful": "willful", "learnt": "learned", "burnt": "burned",
    "spelt": "spelled", "dreamt": "dreamed", "leapt": "leaped", "spoilt": "spoiled", "smelt": "smelled",
    "sceptical": "skeptical", "sceptic": "skeptic", "sceptics": "skeptics", "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers", "cosy": "cozy", "sulphur": "sulfur", "licence": "license", "practise": "practice",
}
_PAIRS = {frozenset(p) for p in _IRREGULAR.items()}

_MIN_STEM = 3  # letters before the spot where the spellings part
# no word is longer ("internationalisation" has 20 letters); a run of letters past it is no word, and its rules would
# slice it once for each "our" or "ll" in it, time quadratic in its length (a 180,000-letter run took 1.5 s)
_LONGEST = 40


def _our(a: str, b: str) -> bool:
    """"colour" / "color", "favourite" / "favorite", "labourers" / "laborers"."""
    i = a.find("our", _MIN_STEM)
    while i != -1:
        if a[: i + 1] + a[i + 2 :] == b:
            return True
        i = a.find("our", i + 1)
    return False


def _ise(a: str, b: str) -> bool:
    """"realised" / "realized", "organisation" / "organization", "analyse" / "analyze": one s for one z after
    i or y, with four letters before ("prise" / "prize" stay two words)."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 1 and (i := diff[0]) > 4 and a[i] == "s" and b[i] == "z" and a[i - 1] in "iy"


def _doubled_l(a: str, b: str) -> bool:
    """"travelled" / "traveled", "cancelling" / "canceling", "counsellor" / "counselor": an unstressed -el or -al
    with its l doubled before an ending ("filled" / "filed" have no such stem)."""
    i = a.find("ll", _MIN_STEM)
    while i != -1:
        if a[i - 1] in "ae" and a[i + 2 : i + 3] in ("e", "i", "o") and a[i + 2 : i + 3] and a[:i] + a[i + 1 :] == b:
            return True
        i = a.find("ll", i + 1)
    return False


_RE_END = re.compile(r"(?<=[a-z]{2})([tb])re(s|d)?\Z")  # "centre(s)", "centred", "fibre", "theatre", "kilometres"
_ENCE_END = re.compile(r"(?<=[a-z]{2})ence(s)?\Z")  # "defence", "offences", "pretence"
_OGUE_END = re.compile(r"(?<=[a-z]{3})ogue(s)?\Z")  # "catalogue", "dialogues", "analogue"
_DIGRAPH = re.compile(r"(?<=[a-z])[ao](?=e)")  # "paediatric", "anaemia", "diarrhoea"


def _endings(a: str, b: str) -> bool:
    if (m := _RE_END.search(a)) and a[: m.start()] + m.group(1) + ("er" + (m.group(2) or "") if m.group(2) != "d" else "ered") == b:
        return True
    if (m := _ENCE_END.search(a)) and a[: m.start()] + "ense" + (m.group(1) or "") == b:
        return True
    return bool((m := _OGUE_END.search(a)) and a[: m.start()] + "og" + (m.group(1) or "") == b)


def _digraph(a: str, b: str) -> bool:
    """"paediatric" / "pediatric", "oestrogen" / "estrogen", "haemorrhage" / "hemorrhage": ae and oe written e, in
    words of seven letters or more ("does" / "des" and "goes" are too short to meet)."""
    if len(a) < 7 or len(a) != len(b) + 1:
        return False
    return any(a[: m.start()] + a[m.end() :] == b for m in _DIGRAPH.finditer(a)) or (
        a[:1] in "ao" and a[1:2] == "e" and a[1:] == b  # "oestrogen", "aesthetic"
    )


def english(language: str | None) -> bool:
    """Whether texts in ``language`` are read for English house spellings: English ("en", "en-GB"), or not known."""
    return not language or re.split(r"[-_]", language)[0].lower() == "en"


def pair_language(a: str | None, b: str | None) -> str | None:
    """The language two texts' spellings are read in: the one that is not English, where one is not."""
    return a if not english(a) else b


def spelt_two_ways(a: str, b: str, language: str | None = None) -> bool:
    """Whether two different words are one word in two presses' spellings (either order, any case), in
    ``language`` (English's rules, so no other language's words; ``None``: not known, read as English)."""
    a, b = a.lower(), b.lower()
    if a == b or not english(language) or not (a.isascii() and b.isascii()) or max(len(a), len(b)) > _LONGEST:
        return False
    if frozenset((a, b)) in _PAIRS:
        return True
    return any(rule(x, y) for x, y in ((a, b), (b, a)) for rule in (_our, _ise, _doubled_l, _endings, _digraph))


@lru_cache(maxsize=4096)
def _words_by_initial(text: str) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The words of ``text`` in lower case, and by their first letter in the order of their set: read once per text,
    not once per pair of quotations a comparison grades."""
    words = {w.lower() for w in _WORD.findall(text)}
    by_initial: dict[str, list[str]] = {}
    for w in words:
        by_initial.setdefault(w[:1], []).append(w)
    return frozenset(words), {k: tuple(v) for k, v in by_initial.items()}


def one_house_spelling(a_text: str, b_text: str, language: str | None = None) -> tuple[str, str, bool]:
    """Two texts with each word of ``b_text`` that is a word of ``a_text`` in the other press's spelling written as
    ``a_text`` writes it, and whether any was (none in a language other than English)."""
    if not english(language):
        return a_text, b_text, False
    words_a, by_initial = _words_by_initial(a_text)
    changed = False

    def swap(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group()
        if word.lower() in words_a:
            return word
        for w in by_initial.get(word[:1].lower(), ()):
            if abs(len(w) - len(word)) <= 2 and spelt_two_ways(w, word):
                changed = True
                return w
        return word

    out = _WORD.sub(swap, b_text)
    return a_text, out, changed


def same_words_respelled(wa: Sequence[str], wb: Sequence[str], alike: Callable[[str, str], bool] = spelt_two_ways) -> bool:
    """Whether two runs of words are the same words in order, each pair alike (case aside) or ``alike``: one word
    in two spellings (by default the presses' spellings above; :mod:`.copy_changes` also takes a republisher's
    near spelling of any language, "kilometre" / "kilometer", through its own ``alike``)."""
    return len(wa) == len(wb) > 0 and all(x.lower() == y.lower() or alike(x, y) for x, y in zip(wa, wb, strict=True))


def phrases_spelt_two_ways(a: str, b: str, language: str | None = None) -> bool:
    """Whether two phrases are the same words, one or more of them in the other press's spelling."""
    return a != b and same_words_respelled(_WORD.findall(a), _WORD.findall(b), lambda x, y: spelt_two_ways(x, y, language))

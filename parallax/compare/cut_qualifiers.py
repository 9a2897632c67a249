"""A qualifier cut off a quotation: "Almost everyone was rescued" printed as "everyone was rescued".

A quotation that is a contiguous run of another outlet's is a trim, and a trim leaves the words it keeps as they
were said.  Not so when the word cut right before the kept run is one that qualifies it -- "almost", "only",
"hardly" -- : "Majdnem mindenkit élve kimentettünk" (we got almost everyone out alive) cut to "Mindenkit élve
kimentettünk" (we got everyone out) says another thing, so the pair is an alteration.  Kept apart from
:mod:`parallax.compare.quote_fidelity` as a per-language table of such words; negation is
:mod:`parallax.compare.negation`'s.  Only single words that qualify what follows them, in every language at once
(none is a common word of another language before a quotation's words: German "fast" and Norwegian "bare"
are English words, so they are left out).
"""

from __future__ import annotations

# almost / nearly, only, hardly / barely
_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "en": ("almost", "nearly", "only", "hardly", "barely", "scarcely"),
    "de": ("beinahe", "nahezu", "nur", "kaum"),  # (not "fast": an English word too)
    "fr": ("presque", "seulement", "quasiment"),
    "es": ("casi", "solo", "sólo", "apenas", "únicamente"),
    "it": ("quasi", "soltanto", "appena"),
    "pt": ("quase", "apenas", "somente"),
    "nl": ("bijna", "nauwelijks", "slechts", "amper"),
    "pl": ("prawie", "niemal", "tylko", "ledwie", "ledwo"),
    "ru": ("почти", "только", "едва", "лишь"),
    "uk": ("майже", "тільки", "лише", "ледве"),
    "el": ("σχεδόν", "μόνο", "μόλις"),
    "hu": ("majdnem", "csaknem", "szinte", "csak", "alig", "kizárólag"),
    "cs": ("téměř", "skoro", "jen", "pouze", "sotva", "jenom"),
    "sk": ("takmer", "iba", "len", "sotva"),
    "ro": ("aproape", "doar", "numai", "abia"),
    "tr": ("neredeyse", "sadece", "yalnızca", "ancak"),
    "sv": ("nästan", "bara", "endast", "knappt"),
    "da": ("næsten", "kun", "knap"),
    "no": ("nesten", "knapt"),  # (not "bare": an English word too)
    "fi": ("lähes", "melkein", "vain", "tuskin"),
    "bg": ("почти", "само", "едва"),
    "sh": ("gotovo", "skoro", "samo", "jedva"),
}
QUALIFIERS = frozenset(w for words in _QUALIFIERS.values() for w in words)


def qualifier_cut(short: list[str], long: list[str]) -> bool:
    """Whether ``short``, a contiguous run of ``long`` (both lower-case word tokens), was cut right after a word
    of :data:`QUALIFIERS` that ``short`` does not hold: the word qualified what ``short`` keeps."""
    n = len(short)
    for i in range(1, len(long) - n + 1):
        if long[i : i + n] == short and long[i - 1] in QUALIFIERS and long[i - 1] not in short:
            return True
    return False

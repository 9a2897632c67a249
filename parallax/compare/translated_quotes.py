"""Whether a quotation translated into another language says what the original says: its figures and its
negations.

A translation shares no words with its original, so :mod:`.quote_fidelity` cannot grade it and it joins its
group as a ``paraphrase`` (:mod:`.quote_translations`).  But a translation that changes a figure ("the next
48 hours will be critical" / "las próximas 24 horas serán críticas") or drops or adds a negation ("we are not
ruling out sabotage" / "wir schließen Sabotage aus") misquotes the speaker as surely as a changed word does;
those two things can be read without understanding the languages, so such a variant is graded ``altered``.

* Figures: the counts, amounts and spans of time the analysis found inside each quotation (dates and clock
  times are left out: a relative day may be resolved differently), compared by value, so "1.200" and "1,200" or "1,5 Millionen" and "1.5 million" agree.  Only
  where both sides give as many figures: a translation may spell a figure out ("two") or round it away.
* Negations: how many negated statements each side makes.  Languages with negative concord write one
  negation with two words ("ne ... pas", "no ... ni", "не ... никто"); there the words of one clause count
  once unless each is a negating particle of its own ("ne", "no", "не").  Where the clauses (between commas)
  are as many on both sides, the negated ones must also stand in the same places ("No vamos a gobernar
  solos, vamos a buscar acuerdos" / "Vamos governar sozinhos, não vamos procurar acordos").  A language
  without a list here is not judged.
* "No longer" ("il ponte non c'era più", "ne ... plus", "nicht mehr", "ya no", "больше не", "不再") says that
  something ended, which a faithful translation often says with no negation at all ("the bridge was gone"):
  such a negation may or may not be matched on the other side, so only a difference that no count of them
  explains is a change (a false "altered" on a faithful translation of "non c'era più").
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.records import Article, Quote

# the words that negate a statement; the first set of a concord language is its negating particles, which
# count each time, the second the words that agree with one (counted once a clause, where no particle is)
# fmt: off
# Croatian, Bosnian and Serbian (in both scripts) fuse the negation with "to be", "to want" (the future) and "to
# have": "nije", "neće", "nemamo" each negate as "ne" does
_SOUTH_SLAVIC = (
    frozenset({"ne", "nije", "nisu", "nisam", "nisi", "nismo", "niste", "neće", "neću", "nećeš", "nećemo", "nećete", "nema",
               "nemaju", "nemamo", "nemam", "nemate", "не", "није", "нису", "нисам", "ниси", "нисмо", "нисте", "неће", "нећу",
               "нећеш", "нећемо", "нећете", "нема", "немају", "немамо", "немам", "немате"}),
    frozenset({"nitko", "niko", "ništa", "nikad", "nikada", "nigdje", "nigde", "nijedan", "nijedna", "nijedno", "nikakav",
               "nikakva", "nikakve", "nikakvo", "nikakvih", "ni", "нико", "ништа", "никад", "никада", "нигде", "ниједан",
               "ниједна", "ниједно", "никакав", "никаква", "никакве", "никакво", "ни"}),
)
_NEGATORS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "cannot", "nowhere"}), frozenset()),
    "de": (frozenset({"nicht", "nie", "niemals", "niemand", "nichts", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nirgends", "keinerlei"}), frozenset()),
    "nl": (frozenset({"niet", "nooit", "geen", "niemand", "niets", "nergens"}), frozenset()),
    "sv": (frozenset({"inte", "aldrig", "ingen", "inget", "inga", "ingenting", "icke"}), frozenset()),
    "fr": (frozenset({"ne", "n"}), frozenset({"pas", "jamais", "rien", "aucun", "aucune", "nullement", "guère"})),
    "es": (frozenset({"no"}), frozenset({"nunca", "jamás", "nadie", "nada", "ningún", "ninguno", "ninguna", "ni", "tampoco"})),
    "pt": (frozenset({"não", "nao"}), frozenset({"nunca", "jamais", "ninguém", "nada", "nenhum", "nenhuma", "nem", "tampouco"})),
    "it": (frozenset({"non"}), frozenset({"mai", "nessuno", "nessuna", "nessun", "niente", "nulla", "né", "neanche", "nemmeno", "neppure"})),
    # (Italian "nessun" is "nessuno" cut before a masculine noun, "nessun vagone", as the French "aucun wagon ne")
    "ru": (frozenset({"не", "нет"}), frozenset({"никто", "ничто", "ничего", "никогда", "нигде", "никакой", "никакие", "никаких", "ни", "никому", "никого",
                                      "нечего", "некого", "некому", "нечем", "негде", "некуда"})),
    "uk": (frozenset({"не", "немає"}), frozenset({"ніхто", "ніщо", "нічого", "ніколи", "ніде", "ніякий", "ні", "нікому", "нікого"})),
    "pl": (frozenset({"nie"}), frozenset({"nikt", "nic", "nigdy", "nigdzie", "żaden", "żadna", "żadne", "ani"})),
    "ar": (frozenset({"لا", "لم", "لن", "ليس", "ليست", "لسنا", "لست"}), frozenset()),
    **{lang: _SOUTH_SLAVIC for lang in ("hr", "bs", "sr")},
    "sl": (frozenset({"ne", "ni", "nisem", "nisi", "nismo", "niste", "niso", "nima", "nimamo", "nimajo", "nimam"}),
           frozenset({"nihče", "nič", "nikoli", "nikjer", "noben", "nobena", "nobeno", "nobenega", "niti"})),
    "bg": (frozenset({"не", "няма", "нямаме", "нямат", "нямам"}), frozenset({"никой", "нищо", "никога", "никъде", "никакъв", "никаква", "никакви", "нито"})),
    "ro": (frozenset({"nu", "n"}), frozenset({"niciun", "nicio", "niciunul", "niciuna", "nimeni", "nimic", "niciodată", "nicăieri", "nici"})),
    "ca": (frozenset({"no"}), frozenset({"mai", "ningú", "res", "gens", "tampoc", "ni"})),  # ("cap" is also "towards")
    # Indonesian and Malay: "tidak akan" (will not), "belum" (not yet), "bukan", the spoken "enggak", "nggak", "gak"
    **{lang: (frozenset({"tidak", "tak", "takkan", "bukan", "belum", "jangan", "tiada", "enggak", "nggak", "gak"}), frozenset()) for lang in ("id", "ms")},
}
# Arabic writes "and" and "so" joined to the word: "ولن", "فلا"
_AR_JOINED = re.compile(r"\A[وف](?=ل[امن]|ليس)")
# Chinese negates with one character; these words hold it without negating ("未来" the future, "不断" ceaselessly)
_ZH_NEGATION = re.compile(r"[不没沒未](?![过断少仅但管久来论收])|无法|并非")
_WORD = re.compile(r"[^\W\d_]*n't|[^\W\d_]+", re.I)  # "can't" is "ca" + "n't"
_CLAUSES = re.compile(r"[,;:，；：、]|\s[-–—]\s")


# a word that agrees with a negation is also a noun one or two words after these ("un véritable pas en avant",
# a real step forward; "la nada")
_DETERMINERS = {
    "fr": frozenset({"un", "le", "les", "ce", "des", "du", "mon", "son", "ton", "notre", "votre", "leur", "ses", "premier", "grand", "petit", "nouveau", "dernier", "chaque", "au"}),
    "es": frozenset({"la", "el", "un", "una", "esta", "esa"}),
    "pt": frozenset({"o", "a", "um", "uma", "do", "da"}),
    "it": frozenset({"il", "la", "lo", "un", "una", "del", "della"}),
}
# the word that makes a negation next to it a "no longer" ("non ... più", "ya no", "больше не"); Arabic "لم يعد"
_NO_LONGER: dict[str, frozenset[str]] = {
    "en": frozenset({"longer", "more", "anymore"}), "de": frozenset({"mehr"}), "nl": frozenset({"meer", "langer"}),
    "sv": frozenset({"längre", "mer"}), "fr": frozenset({"plus"}), "es": frozenset({"ya", "más"}), "pt": frozenset({"mais", "já"}),
    "it": frozenset({"più"}), "ru": frozenset({"больше", "уже"}), "uk": frozenset({"більше", "вже"}), "pl": frozenset({"już"}),
    "ar": frozenset({"يعد", "تعد", "نعد", "أعد"}),
    **{lang: frozenset({"više", "више"}) for lang in ("hr", "bs", "sr")}, "sl": frozenset({"več"}),
    "bg": frozenset({"вече", "повече"}), "ro": frozenset({"mai"}), "ca": frozenset({"ja", "més"}),
}
# fmt: on


def _clause_no_longer(words: list[str], lang: str) -> int:
    """How many of a clause's negations are a "no longer": each "more" word takes the nearest negator of the four
    words before it ("non esiste più", "nicht mehr") or, failing one, the word right after it ("ya no", "больше не")."""
    particles, agreeing = _NEGATORS[lang]
    more = _NO_LONGER.get(lang, frozenset())
    negators = {i for i, w in enumerate(words) if w in particles or w in agreeing}
    taken: set[int] = set()
    for i, w in enumerate(words):
        if w in more:
            before = [j for j in range(max(0, i - 4), i) if j in negators and j not in taken]
            if before or i + 1 in negators - taken:
                taken.add(before[-1] if before else i + 1)
    return min(len(taken), _clause_negations(words, lang))


# "until" and "before" in the languages that may set an expletive negation after them, which negates nothing: "fins
# que l'empresa no negociï", "hasta que la empresa no negocie", "până când firma nu negociază", "finché non arriva",
# "avant qu'il ne parte" all say "until / before it does"; a particle of the four words after one is not counted
_EXPLETIVE_AFTER: dict[str, tuple[tuple[str, ...], ...]] = {
    "ca": (("fins", "que"), ("abans", "que")), "es": (("hasta", "que"), ("antes", "de", "que")), "pt": (("até", "que"),),
    "it": (("finché",), ("finche",), ("prima", "che")), "ro": (("până", "când"), ("până", "ce"), ("până", "să")),
    "fr": (("avant", "que"), ("avant", "qu"), ("moins", "que"), ("moins", "qu")),
}


def _expletive(words: list[str], lang: str) -> set[int]:
    """The positions of the words that an "until" of :data:`_EXPLETIVE_AFTER` makes expletive."""
    out: set[int] = set()
    for seq in _EXPLETIVE_AFTER.get(lang, ()):
        for i in range(len(words) - len(seq) + 1):
            if tuple(words[i : i + len(seq)]) == seq:
                out.update(range(i + len(seq), i + len(seq) + 4))
    return out


def _clause_negations(words: list[str], lang: str) -> int:
    particles, agreeing = _NEGATORS[lang]
    nouns = _DETERMINERS.get(lang, frozenset())
    expletive = _expletive(words, lang)
    found = [
        w for i, w in enumerate(words)
        if (w in particles and i not in expletive) or w in agreeing and not nouns & set(words[max(0, i - 2) : i])
    ]  # fmt: skip
    if not agreeing:
        return len(found)
    bare = sum(w in particles for w in found)
    return bare or int(bool(found))  # "ne ... pas": one; "pas de plafond": one; "ne ... pas ... ne ... pas": two


def _words(clause: str, lang: str) -> list[str]:
    words = []
    for w in _WORD.findall(clause.lower().replace("’", "'")):
        if lang == "en" and w.endswith("n't"):
            words += [w[:-3], "n't"] if len(w) > 3 else ["n't"]
        elif lang in ("fr", "ro") and w in ("n", "ne"):
            words.append(w)
        elif lang == "ar":
            words.append(_AR_JOINED.sub("", w))
        else:
            words.append(w)
    return words


def negations(text: str, language: str | None) -> list[int] | None:
    """The negations of each clause of a quotation, or None for a language without a list here."""
    lang = (language or "")[:2].lower()
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    if lang == "zh":
        return [len(_ZH_NEGATION.findall(c.replace("不得不", "必须"))) for c in clauses]  # "must" negates nothing
    if lang not in _NEGATORS:
        return None
    if lang in ("fr", "ro"):  # "n'est" is "n" + "est", Romanian "n-a" "n" + "a"
        clauses = [re.sub(r"\bn['’-]", "n ", c, flags=re.I) for c in clauses]
    return [_clause_negations(_words(c, lang), lang) for c in clauses]


def no_longer(text: str, language: str | None) -> int:
    """How many of a quotation's negations say "no longer" (see the module's docstring); 0 for a language without a list."""
    lang = (language or "")[:2].lower()
    if lang == "zh":
        return text.count("不再")
    if lang not in _NEGATORS:
        return 0
    if lang in ("fr", "ro"):
        text = re.sub(r"\bn['’-]", "n ", text, flags=re.I)
    return sum(_clause_no_longer(_words(c, lang), lang) for c in _CLAUSES.split(text) if c.strip())


def negation_changed(a_text: str, a_lang: str | None, b_text: str, b_lang: str | None) -> bool:
    """Whether one quotation negates what its translation affirms, or the other way round."""
    na, nb = negations(a_text, a_lang), negations(b_text, b_lang)
    if na is None or nb is None:
        return False
    la, lb = no_longer(a_text, a_lang), no_longer(b_text, b_lang)
    if la or lb:  # each "no longer" may be matched by a negation or by none: a change only where no count agrees
        return sum(na) < sum(nb) - lb or sum(nb) < sum(na) - la
    if sum(na) != sum(nb):
        return True
    return len(na) == len(nb) and [bool(n) for n in na] != [bool(n) for n in nb]


# a count in a unit of time is the span it writes, as the dates read one: Japanese "この10年で" (in these ten years) is a
# count of years, 10.0, where the English "in a decade" is the span P10Y, and the faithful translation was "altered"
_SPAN_UNITS = {"year": "P{}Y", "month": "P{}M", "week": "P{}W", "day": "P{}D", "hour": "PT{}H", "minute": "PT{}M"}


@lru_cache(maxsize=64)
def _time_units(language: str) -> dict[str, str]:
    """``language``'s words of a unit of time (its time lexicon's, lower case) with the unit each names."""
    from parallax.analyze.timelex import LEXICONS  # (lazily: the lexicons compile their rules on import)

    lexicon = LEXICONS.get(language)
    return {word.lower(): unit for word, unit in lexicon.units.items()} if lexicon else {}


def _figure(value: float, unit: str | None, language: str | None = None) -> str:
    """A count by value, or the span it writes where its unit is one of time: "72 hours" and, in the words of its
    language's time lexicon, "трьох місяців" (P3M): a count the dates did not read as a span is still the span its
    translation's dates read ("for three months", P3M), not a changed figure."""
    if unit not in _SPAN_UNITS and unit and language:
        unit = _time_units(language[:2].lower()).get(unit.lower(), unit)
    if unit in _SPAN_UNITS and float(value).is_integer():
        return _SPAN_UNITS[unit].format(int(value))
    return repr(float(value))


def figures(art: Article, q: Quote) -> list[str]:
    """The counts, amounts and spans of time ("72 hours" is PT72H) the analysis found inside a quotation, by value."""
    inside = [x for x in art.quantities if x.value is not None and q.start <= x.start and x.end <= q.end]
    counts = [_figure(x.value, x.unit, art.language) for x in inside]
    spans = [t.value for t in art.times if t.granularity == "duration" and t.value and q.start <= t.start and t.end <= q.end]
    return sorted(counts + spans)


def figures_changed(art_a: Article, qa: Quote, art_b: Article, qb: Quote) -> bool:
    """Whether a quotation and its translation give as many figures, not the same ones."""
    fa, fb = figures(art_a, qa), figures(art_b, qb)
    return bool(fa) and len(fa) == len(fb) and fa != fb


def translation_altered(art_a: Article, qa: Quote, art_b: Article, qb: Quote, whole: bool = True) -> bool:
    """Whether a quotation's translation (articles in two languages) changes its figures or negations; the negations
    only where the translation is ``whole`` (one that leaves out a sentence, :mod:`.translated_cuts`, leaves out
    that sentence's negations too: "No family will be left without a roof" untranslated is no negation dropped)."""
    if not art_a.in_another_language(art_b):
        return False
    if figures_changed(art_a, qa, art_b, qb):
        return True
    return whole and negation_changed(qa.text, art_a.language, qb.text, art_b.language)


def altered_translations(variants: list[tuple[Article, Quote]], reference: int, cut: frozenset[int] = frozenset()) -> tuple[int, set[int]]:
    """The reference of a group of quotations (as (article, quotation)) and the variants whose translation of it
    is altered (``cut``: the variants that translate only some of the sentences).  With three languages or more the
    majority decides: a reference that the others translate alike is the one changed, and the variant the fewest
    differ from becomes the reference."""
    n = len(variants)
    altered = {
        (i, j) for i in range(n) for j in range(n) if i != j and translation_altered(*variants[i], *variants[j], whole=not {i, j} & cut)
    }
    others = [sum(variants[i][0].in_another_language(variants[j][0]) for j in range(n) if j != i) for i in range(n)]
    against = [sum((i, j) in altered for j in range(n)) for i in range(n)]
    if others[reference] >= 2 and 2 * against[reference] > others[reference]:
        reference = min(range(n), key=lambda i: (against[i], i != reference))
    return reference, {j for j in range(n) if (reference, j) in altered}

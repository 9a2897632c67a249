"""Noun phrases paired by a light rule where no parser reads the language ("los manifestantes" / "los activistas").

:mod:`.referents` pairs noun phrases by their parse; Spanish, German, Italian, Portuguese, Dutch and Catalan have
no parser here, so two reports that name one actor two ways at two places ("Los manifestantes bloquearon …" / "…
fue bloqueada por los activistas") gave nothing, and the word-level diff caught only the phrases that run in step,
with their articles ("I manifestanti" / "Gli attivisti": an article that agrees with its noun is no choice).

A noun phrase is read by the grammar of the article: an article (or a preposition joined to one, "del", "dagli",
"pelos", "zum") opens it and its noun follows; Romance languages put an adjective after the noun, agreeing in its
ending ("los manifestantes pacíficos"), German and Dutch before it ("der lange Streik", "de jonge activisten"; the
German noun is the capitalised word).  Two such phrases of two aligned sentences name one thing when:

* they share the head noun under other modifiers; or
* each is the one phrase its sentence does not share with the other (the phrases both write are the same things),
  neither head is written in the other sentence, and the two mean alike (e5 of the phrases, as two phrases
  paired by their place alone must in :mod:`.referents`).

A pair is shown without its articles (they agree with the noun), and a phrase holding a name, a figure or a date
is no naming.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from parallax.compare.other_things import writes
from parallax.compare.wording import _FUNCTION, _same_stem, _words
from parallax.records import Article, Sentence
from parallax.stories.features import fold, stop_words

# the articles of each language read, and the prepositions joined to one: a noun phrase opens with them
_ARTICLES = {
    "es": "el la los las un una unos unas del al",
    "pt": "o a os as um uma uns umas do da dos das no na nos nas ao aos à às pelo pela pelos pelas dum duma num numa",
    "it": "il lo la l i gli le un uno una del dell dello della dei degli delle al all allo alla ai agli alle dal dall dallo "
    "dalla dai dagli dalle nel nell nello nella nei negli nelle sul sull sullo sulla sui sugli sulle",
    "ca": "el la l d els les un una uns unes del dels al als pel pels",
    "de": "der die das den dem des ein eine einen einem einer eines zum zur im am vom beim",
    "nl": "de het een",
}
# the words after an article that stand for a noun rather than name a thing ("los demás", "gli altri", "o mesmo")
_PRONOMINAL = frozenset(
    "otro otra otros otras mismo misma mismos mismas demás cual cuales altro altra altri altre stesso stessa stessi "
    "stesse quale quali outro outra outros outras mesmo mesma mesmos mesmas qual quais altres mateix mateixa".split()
)
_ARTICLE_SETS = {lang: frozenset(words.split()) for lang, words in _ARTICLES.items()}
# languages that put an adjective before its noun
_ADJECTIVE_FIRST = {"de", "nl"}
# the Romance prepositions that may follow a noun ending as they do ("ponte durante", "strada dopo"): no adjective
_PREPOSITIONS = frozenset(
    "durante mediante ante bajo contra desde entre hacia hasta para según sobre tras após até perante segundo "
    "contro dopo dentro fuori sopra sotto verso presso senza secondo durant mitjançant després fins sota segons".split()
)
# languages that capitalise their common nouns
_NOUN_CAPITALS = {"de"}
# the endings of an adjective before a German or Dutch noun ("lange", "jungen", "großer"; Dutch "jonge")
_INFLECTED = {"de": re.compile(r"(?:e|en|er|es|em)$"), "nl": re.compile(r"e$")}
# the endings a Romance noun and its adjective agree in ("pacíficos", "violenti", "bloccata")
_AGREEING = frozenset("aeios")


class Phrase(NamedTuple):
    """A noun phrase read by the light rule: as written (offsets in the sentence), its head noun, its words."""

    text: str
    start: int
    end: int
    head: str  # the head noun, lower case
    words: tuple[str, ...]  # its content words, lower case, the article left out
    shown: str  # its content words as written


def light_language(language: str | None) -> str:
    """The language code whose articles this module reads ("" where none)."""
    lang = (language or "").split("-")[0].lower()
    return lang if lang in _ARTICLES else ""


def _blocked(art: Article, s: Sentence) -> list[tuple[int, int]]:
    """The spans of the sentence (offsets in it) that hold a name, a date or a figure: no naming."""
    lo, hi = s.start, s.start + len(s.text)
    # (German capitalises its nouns, and a run of them the analysis takes for a name of no kind: "Streik der Piloten")
    misc = light_language(art.language) in _NOUN_CAPITALS
    spans = [(e.start, e.end) for e in art.entities if not (misc and e.label == "MISC")] + [(t.start, t.end) for t in art.times]
    spans += [(q.start, q.end) for q in art.quantities]
    return [(a - lo, b - lo) for a, b in spans if a < hi and lo < b]


def phrases(art: Article, s: Sentence) -> list[Phrase]:
    """The noun phrases an article opens in a sentence of a language without a parser."""
    lang = light_language(art.language)
    if not lang:
        return []
    articles, stops = _ARTICLE_SETS[lang], stop_words(lang)
    words = _elided(_words(s.text, lang), articles)
    blocked = _blocked(art, s)

    def content(k: int) -> bool:  # (spaCy's stop lists hold nouns too, "governo", "stato": only its short words count)
        w = words[k][0].lower()
        stop = w in _FUNCTION or w in _PRONOMINAL or len(w) < 5 and fold(w) in stops
        return not stop and not any(c.isdigit() for c in w) and len(w) > 1

    def joined(k: int) -> bool:  # the word follows the one before with only a space between
        return s.text[words[k - 1][2] : words[k][1]] in {" ", "'", "’"}

    out = []
    for i, (w, _, _) in enumerate(words):
        if w.lower().replace("’", "'").rstrip("'") not in articles or i + 1 >= len(words) or not joined(i + 1):
            continue
        k = i + 1
        if lang in _ADJECTIVE_FIRST:  # adjectives, then the noun ("der lange Streik", "de jonge activisten")
            while k + 1 < len(words) and k - i <= 2 and joined(k + 1) and _INFLECTED[lang].search(words[k][0]) and content(k + 1):
                if lang == "de" and words[k][0][:1].isupper():
                    break  # the German noun is capitalised: this one is it
                k += 1
            if lang == "de" and not words[k][0][:1].isupper():
                continue  # no noun (a pronoun, an adverb)
            last = head = k
        else:
            head = last = k
            if k + 1 < len(words) and joined(k + 1) and content(k + 1) and _agree(words[k][0], words[k + 1][0], stops):
                last = k + 1  # an adjective agreeing with its noun ("los manifestantes pacíficos")
        if not content(head) or any(words[j][0].lower() in _FUNCTION for j in range(i + 1, last + 1)):
            continue
        if lang not in _ADJECTIVE_FIRST and words[head][0][:1].isupper():
            continue  # a name the analysis did not mark ("la Casa Blanca")
        a, b = words[i][1], words[last][2]
        if any(x < b and a < y for x, y in blocked):
            continue
        own = tuple(words[j][0].lower() for j in range(i + 1, last + 1))
        out.append(Phrase(s.text[a:b], a, b, words[head][0].lower(), own, s.text[words[i + 1][1] : b]))
    return out


def _elided(words: list[tuple[str, int, int]], articles: frozenset[str]) -> list[tuple[str, int, int]]:
    """The words with an article elided before a vowel cut from its noun ("dall'esecutivo" is "dall" and
    "esecutivo", "l'Ajuntament"), as the other words of the phrase are."""
    out = []
    for w, a, b in words:
        m = re.match(r"(\w+)['’](\w.*)$", w)
        if m and m.group(1).lower() in articles:
            out += [(m.group(1), a, a + len(m.group(1))), (m.group(2), a + m.end(1) + 1, b)]
        else:
            out.append((w, a, b))
    return out


def _agree(noun: str, word: str, stops: frozenset[str]) -> bool:
    """Whether a word after a Romance noun ends as the noun does, as an adjective agreeing with it does
    ("manifestantes pacíficos", "strada bloccata"); a verb seldom does ("manifestantes bloquearon"), and a word of
    the stop list is no adjective ("ponte durante")."""
    return len(word) >= 4 and fold(word) not in stops and word.lower() not in _PREPOSITIONS and noun[-1:].lower() in _AGREEING and noun[-1:].lower() == word[-1:].lower()


# how alike in meaning (e5, rescaled) the words of two phrases of other heads must be to name one thing: as two
# phrases paired by their place under verbs of one lemma in :mod:`.referents` ("Streik" / "Ausstand" 0.62); e5 of
# single words tells little ("carretera" / "puente" 0.80): the sentences' other phrases do the pairing
_NEAR = 0.6


def _forms_only(a, b) -> bool:
    """Whether two phrases differ in the forms of their words only ("dritte Bombe" / "dritten Bombe"): one word in two
    forms is no choice of words."""
    wa, wb = [w.lower() for w in a], [w.lower() for w in b]
    return len(wa) == len(wb) and all(any(x == y or _same_stem(x, y) for y in wb) for x in wa)


def light_choices(
    art_a: Article, sa: Sentence, art_b: Article, sb: Sentence, meaning: Callable[[str, str], float]
) -> list[tuple[str, str]]:
    """The noun phrases two aligned sentences of one language without a parser give one referent: (phrase of a,
    phrase of b), articles left out.  ``meaning`` scores how alike two phrases mean (e5, rescaled)."""
    if not light_language(art_a.language) or light_language(art_a.language) != light_language(art_b.language):
        return []
    pa, pb = phrases(art_a, sa), phrases(art_b, sb)
    shared_a = {x for x in pa if any(x.words == y.words for y in pb)}
    shared_b = {y for y in pb if any(x.words == y.words for x in pa)}
    la, lb = [x for x in pa if x not in shared_a], [y for y in pb if y not in shared_b]
    out = []
    for x in la:  # one head under other modifiers ("los manifestantes pacíficos" / "los manifestantes violentos")
        y = next((y for y in lb if y.head == x.head and set(x.words) != set(y.words) and not _forms_only(x.words, y.words)), None)
        if y is not None:
            out.append((x, y))
    la = [x for x in la if all(x is not p for p, _ in out)]
    lb = [y for y in lb if all(y is not q for _, q in out)]
    if len(la) == 1 and len(lb) == 1:  # the one phrase each does not share: one thing named two ways, if alike
        x, y = la[0], lb[0]
        words_a = {w.lower() for w, _, _ in _words(sa.text, "")}
        words_b = {w.lower() for w, _, _ in _words(sb.text, "")}
        two = writes(art_b, x.head) and writes(art_a, y.head)  # each report tells of both things (:mod:`.other_things`)
        if x.head not in words_b and y.head not in words_a and not two and meaning(x.shown, y.shown) >= _NEAR:
            out.append((x, y))
    return [(x.shown, y.shown) for x, y in out]  # (the article agrees with the noun: no choice)


def unarticled(language: str | None, wa: str, wb: str) -> tuple[str, str]:
    """A pair of the word-level diff as shown in a language read here: the articles both sides open with left out
    where they differ ("I manifestanti violenti" / "Gli attivisti" is "manifestanti violenti" / "attivisti": each
    agrees with its noun, no choice of words; one article both write is left out as :func:`.referents._shown` does)."""
    lang = light_language(language)
    xa, xb = wa.split(" ", 1), wb.split(" ", 1)
    if not lang or len(xa) < 2 or len(xb) < 2:
        return wa, wb
    if xa[0].lower() in _ARTICLE_SETS[lang] and xb[0].lower() in _ARTICLE_SETS[lang]:
        return xa[1], xb[1]
    return wa, wb

"""A Nordic speaker's name after the body or the role that opens its run of capitalised words.

Swedish, Danish and Norwegian write a party or a body in the definite genitive before a politician's name
("Liberalernas Helene Odenjung"), and a role in the definite form opens a sentence capitalised before the name
("Statsministern Ulf Kristersson sa: ..."): neither is part of the name, which starts after it.

An abbreviation takes its genitive after a colon or an apostrophe ("SMHI:s meteorolog Linnea Åberg", "DMI's
vagthavende Mads Holm"): the word a name pattern takes stops before it, and the body had become the speaker
(:func:`genitive_mark_end`).

A role in lower case and the preposition of the body it serves come before the body's name, then the person's:
"sa pressetalsperson i Bane NOR Kari Lunde" is Kari Lunde's, not "Bane NOR Kari Lunde"'s (:func:`_body_words`).
"""

from __future__ import annotations

import re

from parallax.analyze.titles import TITLE_WORDS

__all__ = ["genitive_mark_end", "nordic_name"]

# the genitive of an abbreviation after a colon (Swedish, Finnish) or an apostrophe (Danish, Norwegian, English)
_GENITIVE_MARK = re.compile(r"(?::s|['’]s)(?!\w)")


def genitive_mark_end(text: str, end: int) -> int | None:
    """Where the genitive mark right after a word that ends at ``end`` ends ("SMHI" then ":s"), or None."""
    m = _GENITIVE_MARK.match(text, end)
    return m.end() if m else None

# Swedish, Danish and Norwegian name a politician by the party in the definite genitive before the name:
# "Liberalernas Helene Odenjung", "Centerpartiets Anna Lind", "Socialdemokraternes Mette Holm" (of the Liberals);
# the indefinite genitive ("Lars", "Jonas") is left, since first names end so too
_NORDIC_DEFINITE_GENITIVE = re.compile(r"(?:ernas|arnas|ornas|ets|ernes|enes)\Z")


def nordic_name(text: str, start: int, end: int) -> int:
    """Where a name starts after a party or body in the definite genitive: of three capitalised words or more,
    the first goes when it ends so ("Liberalernas Helene Odenjung" is Helene Odenjung)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = words[0].group() if words else ""
    if len(words) >= 3 and first[:1].isupper() and (_NORDIC_DEFINITE_GENITIVE.search(first) or _definite_role(first)):
        return start + words[1].start()  # (or a role in the definite form opening the sentence: "Statsministern Ulf Kristersson")
    if len(words) >= 3 and _role_before(text, start):
        return start + words[_body_words(words)].start()
    return start


# a role in lower case and the preposition of the body it serves, right before a run of capitalised words:
# "sa pressetalsperson i Bane NOR Kari Lunde", "säger presschef på Vy Kari Lunde", "siger talsmand hos Arriva Ole Dam"
_ROLE_AT = re.compile(r"(?<!\S)(?P<role>[a-zæøåäö][\w-]*)\s+(?:i|på|hos|ved|vid|for|för)\s+\Z")


def _role_before(text: str, start: int) -> bool:
    m = _ROLE_AT.search(text, max(0, start - 60), start)
    if m is None:
        return False
    role = m.group("role").lower()
    return any(role[i:] in TITLE_WORDS for i in range(0, max(1, len(role) - 3)))


def _body_words(words: list[re.Match[str]]) -> int:
    """How many words of the run after a role and its preposition are the body's: up to a given name of the lexicon,
    or past the last word in capitals ("Bane NOR"), or all but the last two (a given name and a surname)."""
    from parallax.analyze.names import FIRST_NAMES

    given = next((i for i, w in enumerate(words) if i and w.group().lower() in FIRST_NAMES), None)
    if given is not None:
        return given
    caps = [i for i, w in enumerate(words[:-2]) if w.group().isupper() and len(w.group()) >= 2]
    return caps[-1] + 1 if caps else len(words) - 2


def _definite_role(word: str) -> bool:
    """Whether ``word`` is a role in the Nordic definite form, a compound's last part a role ("statsministern",
    "utrikesministern" ends on "minister")."""
    low = word.lower()
    stems = [low[: -len(suffix)] for suffix in ("en", "et", "n") if low.endswith(suffix)]
    return any(stem[i:] in TITLE_WORDS for stem in stems for i in range(max(0, len(stem) - 12), len(stem) - 4))

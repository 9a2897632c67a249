"""The Polish spokesman after "według", named by his role alone: 'Według rzecznika PKS, „...”' is "rzecznik PKS".

"Według" (according to) governs the genitive, so a quotation's source after it is a declined role: "Według rzecznika
PKS", "Według rzeczniczki ratusza", "Według ministra zdrowia".  The attribution steps gave the declined words as the
speaker ("rzecznika PKS") or, with no capitalised word after the role, no speaker at all; another outlet's
'powiedział rzecznik PKS' then named someone else.  :func:`according_roles` writes such a speaker as the role in its
base form with the body as written ("rzecznik PKS", "minister zdrowia": the body stays in the genitive, as it does
after a role in the nominative), or as the person the report names with that role ("Rzecznik PKS Jan Wolny
zapowiedział ..." earlier or later).  Only the Polish roles of the titles' lexicon (and a few offices) are read:
"Według danych GUS" (by the data of) names no one.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.inflection import nominative
from parallax.analyze.titles import _TITLE_WORDS
from parallax.letters import UPPER
from parallax.records import Article

# "Według <role> [<body, up to three words>]," right before the quotation (its opening mark after the comma or colon)
_ACCORDING = re.compile(r"(?<![\w-])[Ww]edług\s+(?P<role>[a-ząćęłńóśźż]{3,})(?P<body>(?:\s+[\w-]+){0,3}?)\s*[,:]?\s*[„“\"«»]?\s*\Z")
_NAME_AFTER = r"\s+(?P<name>[{U}][\w-]+(?:\s[{U}][\w-]+){{1,2}})"


def _base_forms(word: str) -> list[str]:
    """The nominatives a Polish role noun in the genitive may be of: "rzecznika" rzecznik, "ministra" minister,
    "marszałka" marszałek, "wojewody" wojewoda, "rzeczniczki" rzeczniczka, "przewodniczącego" przewodniczący,
    "szefowej" szefowa."""
    out = []
    if word.endswith("ego"):
        out.append(word[:-3] + "y")
    if word.endswith("ej"):
        out.append(word[:-2] + "a")
    if word.endswith("a"):
        stem = word[:-1]
        out += [stem, stem[:-1] + "e" + stem[-1]]  # (a fleeting "e": "ministr-a", "marszałk-a")
    if word.endswith(("y", "i")):
        out.append(word[:-1] + "a")
    return out


# the Polish roles of the titles' lexicon, and the offices of the police, a county and a commune it lacks
_ROLES = frozenset(_TITLE_WORDS["pl"]) | {"komendant", "komendantka", "starosta", "wójt", "dyrektorka", "prezeska", "radny", "radna"}


def _nominative_role(word: str) -> str | None:
    return next((base for base in _base_forms(word) if base in _ROLES), None)


def _named_holder(text: str, role: str, body: str) -> str | None:
    """The person the report names with the role and body, in any case of the role ("Rzecznik PKS Jan Wolny",
    "z rzecznikiem PKS Janem Wolnym"), back in the nominative; None unless exactly one is."""
    stem = re.escape(role[: max(4, len(role) - 2)])
    pattern = rf"(?<![\w-])(?i:{stem})\w*{re.escape(body)}" + _NAME_AFTER.format(U=UPPER)
    names = {nominative("pl", m.group("name"), text) for m in re.finditer(pattern, text)}
    return names.pop() if len(names) == 1 else None


def according_roles(article: Article) -> None:
    """Write the speaker of each Polish quotation after "Według <role> [<body>]," with no name as the role in its base
    form and its body, or the person the report names so (see the module's docstring)."""
    if (article.language or "")[:2] != "pl":
        return
    text = article.text
    for q in article.quotes:
        if q.kind != "direct":
            continue
        line_start = max(text.rfind("\n", 0, q.start), text.rfind(". ", 0, q.start) + 1, 0)
        m = _ACCORDING.search(text, line_start, q.start)
        if m is None or (role := _nominative_role(m.group("role"))) is None:
            continue
        declined = text[m.start("role") : m.end("body")]
        if q.speaker is not None and q.speaker != declined:
            continue  # a name the steps found (the role's holder after it, or one the report gave before)
        body = m.group("body")
        q.speaker = _named_holder(text, role, body) or role + body
        q.speaker_start, q.speaker_end, q.cue = m.start("role"), m.end("body"), q.cue or "według"

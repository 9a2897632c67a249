"""A Polish or Czech role whose body and place stand between it and the person: "powiedział przewodniczący
Solidarności w zakładzie Andrzej Kowal", "řekla předsedkyně odborů Kovo v podniku Jana Veselá".

:func:`.name_after_role.slavic_name` passes over a one-word body to the name after it, but in Polish and Czech
not where a preposition stands between ("powiedział Zieliński w rozmowie z Janem Kowalskim": the later name is
someone spoken with), and the body ("Solidarności") became the speaker.  Where a role in lower case stands right
before that body, the words after it are the role's complement, and a place in it ("w zakładzie", "v podniku") is
where the role is held: the name that closes the clause is the person's, unless a preposition or conjunction stands
right before it ("… w rozmowie z Janem Kowalskim").
"""

from __future__ import annotations

import re

from parallax.analyze.names import FIRST_NAMES
from parallax.analyze.titles import describes_a_role
from parallax.letters import LOWER, UPPER

# up to three words in lower case right before the body: the role and its own complement ("předsedkyně odborů")
_ROLE_BEFORE = re.compile(rf"((?:[{LOWER}][\w-]{{0,40}}+\s{{1,3}}+){{1,3}})\Z")


def role_holder_after_place(text: str, start: int, name: int, not_before: frozenset[str]) -> bool:
    """Whether the name at ``name`` is the holder of a role written right before the body at ``start``: a role
    stands before it, and no word of ``not_before`` (prepositions, conjunctions) right before the name."""
    before = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    if before is None or not describes_a_role(before.group(1)):
        return False
    last = text[start:name].split()
    return bool(last) and last[-1].lower() not in not_before


# the capitalised words of a body's name (an acronym among them: "KPP Gdańsk"); a word is at most 40 letters long
_CAPITAL = rf"[{UPPER}][\w’'-]{{0,40}}+"
_RUN_BACK = re.compile(rf"(?<![\w’'-])((?:{_CAPITAL}\s)+)\Z")
_ROLE_JUST_BEFORE = re.compile(rf"(?:[{LOWER}][\w-]{{0,40}}+\s)\Z")
_CLAUSE_END = re.compile(r"[,;:!?]|\.(?:\s|\Z)|\Z")
# the words a body's genitive may hold in lower case besides its nouns: a place after "w"/"v" ("w Gdańsku");
# any other preposition or conjunction starts another phrase ("… w rozmowie z Janem Kowalskim")
_IN_BODY = frozenset({"w", "we", "v", "ve", "na"})
_MAX_RUN = 10


def body_run_speaker(text: str, start: int, end: int, limit: int, not_in_body: frozenset[str]) -> tuple[int, int] | None:
    """The source in a Polish or Czech speaker span that cuts a role's body short: "rzecznik Jastrzębskiej Spółki
    Węglowej Tomasz Siemieniec" (five capitalised words; the cue's span took four and kept "Węglowej Tomasz"),
    "rzeczniczka Komendy Miejskiej Policji w Gdańsku Anna Nowak" (a place inside the body), "mluvčí Hasičského
    záchranného sboru Moravskoslezského kraje Petr Kůdela" (the body's nouns in lower case), "rzecznik KPP Gdańsk"
    (the acronym left out, "Gdańsk" kept).  Where a role in lower case stands right before the body (its words in
    the genitive, "w"/"v" and a place among them, no other preposition or conjunction of ``not_in_body``) and the
    body runs to the end of the clause, a given name and a surname at its end are the person; a body of capitalised
    words only, with no given name in it, is the source whole.  None otherwise (the span is left to the other rules)."""
    back = _RUN_BACK.search(text, max(0, start - 120), start)
    run_start = back.start(1) if back else start
    role = _ROLE_JUST_BEFORE.search(text, max(0, run_start - 42), run_start)
    if role is None or not describes_a_role(role.group()):
        return None
    clause_end = _CLAUSE_END.search(text[:limit], end)
    run_end = clause_end.start() if clause_end else limit
    words = text[run_start:run_end].split()
    if not 2 <= len(words) <= _MAX_RUN or any(w.lower() in not_in_body and w.lower() not in _IN_BODY for w in words):
        return None
    given = [i for i, w in enumerate(words[:-1]) if w.lower() in FIRST_NAMES and words[i + 1][:1].isupper()]
    if given == [len(words) - 2] and len(words) >= 3:
        return text.rindex(words[-2], run_start, run_end), run_end
    if not given and all(w[:1].isupper() or w.lower() in _IN_BODY for w in words):
        return run_start, run_end
    return None  # a name inside the run ("premier Donald Tusk w Sejmie"): not a body's

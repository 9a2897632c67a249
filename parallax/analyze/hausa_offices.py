"""Where a person's name starts after a Hausa office and the field it is of ("Gwamnan jihar Kano Musa Bello").

Hausa joins an office to what it is of with the linker -n (masculine) or -r (feminine): "Ministan Lafiya" (minister
of health), "Gwamnan jihar Kano" (governor of Kano state), "Kwamishinan Yada Labarai" (commissioner of information),
"Kakakin rundunar 'yan sanda" (spokesman of the police).  The field is written in capitals or not, so the run of
capitals the entity stage reads takes its last capitalised words in with the name ("Kano Musa Bello", "Yada Labarai
Musa Garba").  After such an office the person starts at a given name the lexicon knows, else the name is the last
two words of a run of three or more (a given name and a surname, as Hausa names people in the press), but only where
the field still runs on into the run: its last word before the run is itself linked ("jihar", "hukumar") or a
linking "na"/"ta".  A field that ends before the run ("Kwamishinan 'yan sanda Danlami Sule Gwarzo", "Shugaban
hukumar NEMA ...") leaves the whole run to the person.  A bare title, with no linker ("Gwamna Musa Bello"), takes no
field: the titles' lexicon strips it as before.

Also the dispatcher for the runs whose name start one language's rule finds (Indonesian and Malay offices, with
:mod:`.indonesian_names`), so the entity stage calls one place.
"""

from __future__ import annotations

import re

from parallax.analyze.indonesian_names import LANGS as INDONESIAN
from parallax.analyze.indonesian_names import name_start as indonesian_name_start
from parallax.analyze.names import FIRST_NAMES
from parallax.analyze.titles_ha_yo import TITLES

# the offices that take a field after their linker -n/-r ("Ministan", "Ministar", "Sarkin", "Mai magana da yawun")
_LINKED = frozenset(t.lower() for t in TITLES["ha"] if t[-1] in "nr") | {"sakataren", "sakatariyar", "babban", "babbar"}
_LINKED_WORDS = "|".join(sorted((re.escape(t) for t in _LINKED), key=len, reverse=True))
# the office, then up to four words of its field, the last in lower case ("jihar", "hukumar", "na", "'yan sanda")
_OFFICE_BEFORE = re.compile(rf"(?<![\w'’])(?i:{_LINKED_WORDS})(?:\s+\S+){{0,3}}?\s+[a-zɓɗƙƴ'’ʼ][\w'’ʼ-]*\s+\Z")
_WORD = re.compile(r"\S+")
# the last word before the run when the field runs on into it: a linked noun ("jihar Kano") or a linking "na"/"ta"
_FIELD_GOES_ON = re.compile(r"(?:\b(?:na|ta)|[a-zɓɗƙƴ'’ʼ-]*[a-zɓɗƙƴ][nr])\s+\Z")


def ha_name_start(run: str, before: str, right_before: str | None = None) -> int | None:
    """Where the person's name starts in ``run``, a Hausa run of capitalised words, with ``before`` the text right
    before the run of capitals it was read from and ``right_before`` the text right before ``run`` itself (the same
    unless an acronym was taken off the run's front): 0 where the whole run is the office holder's name, None where
    no linked office stands before it or opens it."""
    words = list(_WORD.finditer(run))
    if words and words[0].group().lower() in _LINKED:
        rest = words[1:]
    elif _OFFICE_BEFORE.search(before[-80:]):
        if not _FIELD_GOES_ON.search((before if right_before is None else right_before)[-40:]):
            return 0  # the field ended before the run: "Kwamishinan 'yan sanda Danlami Sule Gwarzo"
        rest = words
    else:
        return None
    given = next((i for i, w in enumerate(rest[:-1]) if w.group().lower().rstrip(".,") in FIRST_NAMES), None)
    if given is None and len(rest) >= 3:
        given = len(rest) - 2
    if given is None:
        return rest[0].start() if rest and rest is not words else None
    return rest[given].start()


def run_name_start(run: str, text: str, span: tuple[int, int], lang: str) -> int | None:
    """Where the person's name starts in ``run``, the run of capitals at ``span`` of ``text``, by the rule of ``lang``
    where it has one (Indonesian and Malay offices and places, Hausa offices and fields): None where no rule finds
    an office (or its place) there; 0 where a Hausa office's holder is the whole run."""
    if lang in INDONESIAN:
        return indonesian_name_start(run, text[span[1] : span[1] + 40]) or None
    if lang == "ha":
        at = max(span[0], text.find(run, span[0], span[1]))
        return ha_name_start(run, text[max(0, span[0] - 80) : span[0]], text[max(0, at - 40) : at])
    return None

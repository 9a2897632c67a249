"""Hungarian people: the family name first, the given name last, the role after the name.

Hungarian writes "Nagy Péter" (Péter Nagy), so a given name of the lexicon closes a person's name instead of opening
it, and its role follows the name in lower case: "Nagy Péter polgármester", "Kovács Anna szóvivő szerint", "Tóth
László rendőrségi szóvivő".  The rule-based entities of a language with no name model (:mod:`.entities`) read a run
of capitals as a person where a given name opens it or a title stands before it; in Hungarian both signs sit at the
other end, so neither was ever seen and no Hungarian name was a person.  Here: the common Hungarian given names
(merged into :data:`.names.FIRST_NAMES`, so that reports in other languages that name a Hungarian, "Péter Nagy",
know the name and its gender too) and the roles that follow a name (:data:`ROLES`, also title words of
:data:`.titles.TITLE_WORDS`).  A role is also read as the end of a compound ("tűzoltóparancsnok", "kormányszóvivő").
"""

from __future__ import annotations

import re

MALE = (
    "péter lászló istván józsef jános zoltán sándor gábor ferenc attila tamás zsolt tibor andrás csaba imre györgy "
    "balázs gergely ádám dániel dávid máté bence levente márton botond bálint norbert róbert krisztián viktor miklós "
    "béla lajos károly géza mihály pál antal endre szabolcs gyula ernő dezső kálmán lőrinc barnabás zsombor"
)
FEMALE = (
    "éva katalin erzsébet ilona zsuzsanna mária judit ágnes andrea krisztina márta ildikó eszter orsolya réka nóra "
    "tímea mónika anikó erika gabriella zsófia dóra viktória boglárka enikő rita szilvia beáta klára "
    "piroska magdolna hajnalka csilla noémi emese brigitta kinga melinda"
)
# roles written after a Hungarian name, in lower case (not those that are common family names too: "Bíró", "Kapitány",
# "Orvos", "Tanár" stay out, "Bíró Anna" is a name)
ROLES = frozenset(
    "polgármester alpolgármester főpolgármester szóvivő miniszter államtitkár elnök alelnök igazgató vezérigazgató "
    "főigazgató parancsnok főkapitány rendőrkapitány ügyész főügyész ügyvéd szakértő professzor főorvos képviselő "
    "kutató elemző közgazdász meteorológus jegyző miniszterelnök államfő ezredes alezredes őrnagy százados "
    "dandártábornok igazgatónő vezető tisztiorvos mentőtiszt tűzoltóparancsnok kormányszóvivő kormánybiztos "
    "ombudsman nagykövet".split()
)
_ROLE_END = re.compile("(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")\Z")
# the role after the name, after at most one adjective in -i ("rendőrségi szóvivő", "megyei főügyész")
_AFTER = re.compile(r"\s+(?:[a-záéíóöőúüű]+i\s+)?([a-záéíóöőúüű]{4,})")


def is_role(word: str) -> bool:
    """Whether a lower-case word is a role, alone or at the end of a compound ("tűzoltóparancsnok")."""
    return word in ROLES or (len(word) > 8 and bool(_ROLE_END.search(word)))


def hungarian_person(name: str, after: str) -> bool:
    """Whether a run of two or three capitalised words in a Hungarian text is a person's name: its last word is a
    Hungarian given name ("Nagy Péter"), or a role follows it ("Szabó Bendegúz polgármester")."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    if words[-1].lower() in MALE.split() or words[-1].lower() in FEMALE.split():
        return True
    m = _AFTER.match(after)
    return bool(m and is_role(m.group(1)))

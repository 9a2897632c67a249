"""Words that say which thing or which person a phrase means, not what the reporter makes of it.

Two reports of one fact may name one referent with more or fewer words: "the statement" / "the joint statement",
"the suit" / "the lawsuit", "North Korean leader Kim Jong Un" / "Kim Jong Un".  Such words classify: they pick the
thing out among its kind (a joint statement, not a single party's; a suit at law) or give a person's office (the
leader of a state), and a reader learns nothing of the writer's stance from them.  A word that characterises
("dictator Kim", "the illegal immigrants", "the brutal attack") is a choice of words and stays one.  A lexicon of
the languages Parallax parses (en, fr, de, es, with their inflected forms); how the words are read is
:mod:`.referents`.
"""

from __future__ import annotations

# neutral nouns of office: a person's place, not a verdict on the person ("leader" against "dictator", "strongman")
OFFICES = frozenset(
    "leader leaders head heads chief chiefs premier official officials counterpart counterparts "
    "dirigeant dirigeante dirigeants dirigeantes chef chefs responsable responsables homologue homologues "
    "staatschef staatschefin regierungschef regierungschefin chefin anführer amtskollege amtskollegin "
    "líder líderes dirigente dirigentes jefe jefa jefes mandatario mandataria homólogo homóloga".split()
)

# classifying adjectives: they tell one thing of a kind from another, are not graded ("very joint") and judge nothing
CLASSIFIERS = frozenset(
    "joint official formal written final initial preliminary separate annual bilateral multilateral "
    "conjoint conjointe conjoints conjointes commun commune communs communes officiel officielle officiels officielles "
    "écrit écrite final finale bilatéral bilatérale "
    "gemeinsam gemeinsame gemeinsamen gemeinsamer gemeinsames offiziell offizielle offiziellen offizieller "
    "schriftlich schriftliche schriftlichen "
    "conjunto conjunta conjuntos conjuntas oficial oficiales común escrito escrita bilateral bilaterales "
    # and those that place a thing in time or among others of its kind ("the recent book" / "the book")
    "recent upcoming coming previous earlier later latest other "
    "récent récente récents récentes prochain prochaine précédent précédente autre autres "
    "jüngste jüngsten nächste nächsten vorige vorigen andere anderen "
    "reciente recientes próximo próxima anterior otro otra otros otras".split()
)

# nouns that frame what they modify: a kind that carries a verdict ("terror attack" / "attack", "hate crime" / "crime",
# "regime forces" / "forces", "Terroranschlag" / "Anschlag"), so adding or leaving them out is a choice of words
FRAMING_KINDS = frozenset(
    "terror terrorist terrorism hate regime massacre murder slaughter genocide invasion occupation mob riot junta "
    "propaganda extremist jihadist militant puppet war "
    "hass mord massaker völkermord besatzung krawall putsch kriegs krieg".split()
)


# word beginnings that change what a word means ("disagreement" is no "agreement", "immigrants" no "migrants"):
# a longer word ending in a shorter one after one of these is another word, not a compound of it
_PREFIXES = frozenset(
    "a an anti ante co con contra counter de dis em en ex extra im in il inter ir mis mid non out over post pre pro re "
    "semi sub super trans un under up "
    # German verbal and negating prefixes ("Handlung" / "Verhandlung"), French and Spanish ones, the Slavic negation
    # ("pewny" / "niepewny")
    "ab auf aus be bei ein ent er ge miss nach ver vor zer zu über unter wider gegen "
    "dé des dés ré sur sous entre contra sobre "
    "nie не ні ne".split()
)


def compounded(a: str, b: str) -> bool:
    """Whether one (lower-case) word is the other with a word put before it: a compound's head against the compound
    or a clipped form against its whole ("suit" / "lawsuit", "strike" / "airstrike", "Erklärung" /
    "Regierungserklärung").  The word put before must be three letters or more, no prefix of derivation and no
    noun that frames ("Terroranschlag" / "Anschlag" is a choice)."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or len(long_) - len(short) < 3 or not long_.endswith(short):
        return False
    front = long_[: -len(short)].rstrip("-")
    return len(front) >= 3 and front not in _PREFIXES and front not in FRAMING_KINDS

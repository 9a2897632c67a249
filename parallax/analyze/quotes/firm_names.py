"""Names of firms and bodies that no pronoun of a person takes up.

A small entity model tags some people's names as organisations, so the quote stage also reads a two-word name it
labelled otherwise as a person's, its last word the surname that may speak alone later ("Maren Holt's Civic
Alliance" ... "Holt said"); and it tags some firms as people ("Okafor Holdings").  Wire and business copy names a
firm by two capitalised words and gives it the verb of saying ("Profits rose 12 per cent, Acme Holdings said. He
said ..."): read as a person, its last word ("Holdings") became a surname, the firm the subject of its clause, and
the next "he said" the firm's.  A word that heads the name of a firm or a public body (:data:`FIRM_HEADS`: "Holdings",
"Group", "Airways", "Ltd"; the trade a firm named after its founder or a famous person carries, "Cruises",
"Motors", "Foods") ends no person's name in any language that writes these English words, so such a name is
no person's; the firm still speaks as itself ("Acme Holdings said") and as "it".  Words that are also surnames
("Mills", "Hall", "Park", "Brothers") are left out: a person may carry them.
"""

from __future__ import annotations

FIRM_HEADS = frozenset(
    """holdings group industries partners ltd plc inc corp corporation llc limited airways airlines bank company
    ministry committee commission authority agency university foundation institute association council
    cruises motors foods airline logistics shipping pharmaceuticals technologies enterprises ventures properties
    breweries hotels resorts""".split()
)


def names_a_firm(name: str) -> bool:
    """Whether ``name`` ends with a word that heads a firm's or a body's name ("Acme Holdings", "Mensah Group")."""
    words = name.split()
    return len(words) > 1 and words[-1].strip(".,").lower() in FIRM_HEADS

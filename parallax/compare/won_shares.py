"""A share a party or a candidate won is a share of the vote, though its sentence names no word of voting.

:mod:`.share_kinds` sets a percentage apart from another sentence that never names its kind: "Los laboristas
obtuvieron el 41% de los votos" against "Los conservadores obtuvieron el 33% y los laboristas el 39%" set the 41
apart (the second sentence names no vote), so the 33 alone met the other's 33 and 39 and Labour's changed share was
missed.  An election report tells a share of the vote by the verb of winning alone ("won 39%", "ont obtenu 33 %",
"kamen auf 33 Prozent", "набрала 41%"): a sentence whose percentage names no kind in its clause and whose words hold
such a verb names the vote.  A won share is still no turnout, abstention or growth, so "Seu adversário obteve
45,7%" stays apart from "A abstenção chegou a 24,1%".
"""

from __future__ import annotations

import re

from parallax.letters import WORD, fold

# the verbs of winning a share, folded, in the languages the kinds are written in (whole words)
_WON = frozenset(
    "won took got secured received polled garnered "
    "obtenu obtient obtiennent recueilli recueille remporte "
    "obtuvo obtuvieron obtiene obtienen logro lograron consiguio consiguieron saco sacaron "
    "obteve obtiveram conquistou conquistaram recebeu receberam "
    "ottenuto ottiene ottengono conquistato raccolto "
    "erhielt erhielten erreichte erreichten kam kamen holte holten "
    "zdobył zdobyła zdobyli uzyskał uzyskała uzyskali otrzymał otrzymała "
    "набрал набрала набрали получил получила получили набрав набравши "
    "behaalde behaalden kreeg kregen haalde haalden "
    "aldı meraih memperoleh mendapat mendapatkan".split()
)


def names_won_vote(text: str) -> bool:
    """Whether a sentence's words hold a verb of winning a share (see the module)."""
    return any(fold(w) in _WON for w in re.findall(WORD, text))

"""The words of a change's base in the Slavic and Nordic languages, for :mod:`.earlier_figures`.

"Inflacja wzrosła do 7% wobec 5% przed rokiem", "Nezaměstnanost klesla na 3,1 % oproti 3,5 % před rokem", "Инфляция
составила 7% против 5% годом ранее", "Arbetslösheten steg till 8 procent jämfört med 7 procent året innan" give the
earlier figure after a connective, as English "up from 5% a year earlier" does; compared as a current figure, the base
met another report's current one.  The connectives that only compare ("w porównaniu z", "ve srovnání s", "по сравнению
с", "jämfört med") say so whatever follows; those that also mean "against" or "in view of" ("wobec", "oproti", "против",
"mot") only with a time before now after the figure ("przed rokiem", "loni", "годом ранее", "i fjol").
"""

from __future__ import annotations

_S = r"[ \u00a0]+"

STRONG = "|".join(
    w.replace(" ", _S)
    for w in (
        "w porównaniu z", "w porównaniu do", "ve srovnání s", "ve srovnání se", "v porovnaní s", "v porovnaní so",
        "по сравнению с", "по сравнению со", "порівняно з", "порівняно із", "у порівнянні з", "u usporedbi s", "u odnosu na",
        "в сравнение с", "jämfört med", "sammenlignet med", "sammenliknet med",
    )
)  # fmt: skip
WEAK = "|".join(w.replace(" ", _S) for w in ("wobec", "oproti", "против", "проти", "спрямо", "mot", "mod"))
BEFORE_NOW = "|".join(
    w.replace(" ", _S)
    for w in (
        "przed rokiem", "rok wcześniej", "rok temu", "w zeszłym roku", "w ubiegłym roku",
        "před rokem", "o rok dříve", "loni", "v loňském roce", "pred rokom", "o rok skôr", "vlani", "v minulom roku",
        "годом ранее", "год назад", "в прошлом году", "роком раніше", "рік тому", "минулого року",
        "prošle godine", "godinu ranije", "godinu dana ranije", "prije godinu dana", "година по-рано", "миналата година",
        "året innan", "året før", "för ett år sedan", "for et år siden", "for ett år siden", "i fjol", "i fjor", "sidste år",
        "förra året",
    )
)  # fmt: skip

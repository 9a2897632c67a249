"""Unharmed links: sentences to join because each is its article's only statement that nobody was hurt (or killed).

"No one was injured" / "All 140 passengers were unhurt" / "There were no injuries, the coastguard said" state one fact,
but they share no content word and e5 scores them far apart (0.33 against the 0.46 threshold), so each stayed a
fact of its own report.  Outlets word a negated harm in a few set ways, so a small table of them per language reads
it (en, de, fr, es, it, pt, nl, pl, ru, uk), in two classes: no one hurt (injured, wounded, unhurt, "no casualties",
"aucune victime") and no one killed ("no deaths", "niemand kam ums Leben").  As :mod:`.casualties` does for an
article's only count of the dead, each article's only sentence of a class joins the other articles' only one; an
article that says it twice (the event and an earlier one) joins nothing, and neither does a sentence about another
occasion ("In 2019 a similar fire hurt no one", :func:`.duration_links.another_occasion`).  A negation whose clause
turns before its harm word ("No one was killed but 12 people were injured", "No one knows how many were hurt") is no
statement that nobody was hurt.
"""

from __future__ import annotations

import re

from parallax.compare.duration_links import another_occasion
from parallax.records import Article

_GAP = r"[^.,;:!?]{0,50}?"  # the words between "no one" and its harm word, inside the clause (bounded: linear)
_NOBODY = r"no[ -]one|nobody|none|niemand|keiner|nadie|nessuno|ninguém|nikt|никто|ніхто"
_HURT_WORD = (r"injur\w*|hurt|wounded|harmed|verletzt|bless\w*|herid[oa]s?|lesionad[oa]s?|ferit[oi]|ferid[oa]s?|gewond"
              r"|rann[yia]\w*|obrażeń|ucierpiał\w*|пострадал\w*|ранен\w*|постраждал\w*|поранен\w*")  # fmt: skip
_DEATH_WORD = r"killed|died|dead|getötet|ums leben|gestorben|tuée?s?|morte?s?|murió|muerto|morto|morreu|omgekomen|zginął|погиб\w*|загинув"
# each class: (a negation with its harm word after a short gap, the set phrases that say it in one piece)
_CLASSES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "injured": (
        re.compile(rf"(?<!\w)(?P<neg>{_NOBODY})(?P<gap>{_GAP})(?<!\w)(?:{_HURT_WORD})(?!\w)", re.I),
        re.compile(
            r"(?<!\w)(?:no (?:(?:serious|other|reported|immediate) )?(?:injur(?:y|ies)|casualties)|no reports? of (?:any )?injur\w*"
            r"|unhurt|unharmed|uninjured|unscathed|without (?:any )?injur(?:y|ies)"
            r"|keine (?:schwer)?verletzten?|unverletzt|verletzt wurde (?:dabei )?(?:niemand|keiner)"
            r"|personne n['’](?:a|ont) été (?:\w+ )?blessée?s?|aucune? (?:blessée?s?|victimes?)|pas de (?:blessée?s?|victimes?)|indemnes?|sains? et saufs?|saines? et sauves?"
            r"|no (?:hubo|hay|se registraron|se reportaron|se han registrado) (?:que lamentar )?(?:heridos|lesionados|víctimas)(?! mortales)"
            r"|ningún herido|sin (?:causar )?(?:heridos|víctimas)(?! mortales)|ilesos?|ilesas?"
            r"|nessun ferito|senza feriti|illes[oiae]|non (?:ci sono(?: stati)?|risultano|si registrano) feriti"
            r"|não (?:houve|há) (?:registo de |registro de )?(?:feridos|vítimas)(?! mortais)|nenhum ferido|sem (?:causar )?feridos"
            r"|geen (?:zwaar)?gewonden|ongedeerd|bez obrażeń|nie ma rannych|obyło się bez (?:rannych|ofiar)"
            r"|пострадавших нет|без пострадавших|обошлось без жертв|постраждалих немає|без постраждалих)(?!\w)",
            re.I,
        ),
    ),
    "dead": (
        re.compile(rf"(?<!\w)(?P<neg>{_NOBODY})(?P<gap>{_GAP})(?<!\w)(?:{_DEATH_WORD})(?!\w)", re.I),
        re.compile(
            r"(?<!\w)(?:no (?:(?:reported|immediate) )?(?:deaths|fatalities)|personne n['’](?:a été tuée?|est morte?)|keine (?:todesopfer|toten)|aucun mort|pas de morts?"
            r"|no (?:hubo|hay|se registraron) (?:muertos|fallecidos|víctimas mortales)|sin víctimas mortales|ninguna víctima mortal"
            r"|nessun morto|nessuna vittima|não (?:houve|há) (?:mortos|vítimas mortais)|nenhum morto|sem vítimas mortais"
            r"|geen doden|nie ma ofiar śmiertelnych|погибших нет|без погибших|загиблих немає|без загиблих)(?!\w)",
            re.I,
        ),
    ),
}
# what turns the clause between "no one" and the harm word: a conjunction of contrast or addition, a
# question ("No one knows how many were hurt"); French "personne" is also "a person", so it is read in set phrases only
_TURN = re.compile(r"(?<!\w)(?:how|whether|if|knows?|ob|weiß|but|and|while|although|though|aber|und|mais|et|pero|y|ma|e|mas|maar|en|ale|i|но|а|и|але|і)(?!\w)", re.I)


def harm_denied(text: str) -> set[str]:
    """The classes of harm ("injured", "dead") a sentence says nobody suffered."""
    out = set()
    for name, (negated, phrase) in _CLASSES.items():
        if phrase.search(text) or any(not _TURN.search(m.group("gap")) for m in negated.finditer(text)):
            out.add(name)
    return out


def unharmed_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of (article, sentence) to join: each article's only sentence saying nobody was hurt (killed), see the module."""
    found: dict[str, dict[int, list[int]]] = {}
    for ai, art in enumerate(articles):
        for si, s in enumerate(art.sentences):
            for name in harm_denied(s.text):
                found.setdefault(name, {}).setdefault(ai, []).append(si)
    links: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for per_article in found.values():
        only = [(ai, sis[0]) for ai, sis in sorted(per_article.items()) if len(sis) == 1]
        only = [(ai, si) for ai, si in only if not another_occasion(articles[ai], articles[ai].sentences[si])]
        links += [(x, y) for i, x in enumerate(only) for y in only[i + 1 :] if (x, y) not in links]
    return links

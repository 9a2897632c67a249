"""One table of parties: each family of names outlets give one party (its acronym, its name, its members' noun, its
nicknames), read both where a holder's nickname is written as the party's name and where two holders are asked
whether they name one party.

Outlets name one party many ways: "el PP" / "los populares", "die Union" / "CDU/CSU", "the Tories" / "the
Conservatives", "the ALP" / "Labor", "PiS" / "Prawo i Sprawiedliwość", "the BJP" / "the saffron party".
:func:`.holders.same_holder` pairs two holders by their words, roots, sounds or an acronym's letters.  None of these
ties a nickname to its party, and the letters rule is loose on purpose ("PSOE" / "Socialists"), so with the big
parties of one country in one list it paired one name with two ("PSOE" opens "populares" too, "PSD" both "Partido
Socialista" and "Partido Social Democrata"), :mod:`.party_shares` found no one-to-one pairing, and a swap of two
parties' shares went unseen.  Where both holders name a party listed here, they are one exactly when the family is
one (:func:`same_party`); names not listed keep the rules of :mod:`.holders`.  A nickname is also written as its
party's name (:func:`party_name`: "the Tories" -> "the Conservatives") before names are compared for a swap
(:mod:`.conflicts`), which asks no table.

Only names that stand for one party in the press of the country they belong to are listed: not "PSD" in the
socialist family (centre-right in Portugal, social-democratic in Romania: it is a family of its own), not "the
grand old party" (the Republicans in the United States, Congress in India), not a bare "the League" or "the Left"
(common words), and short acronyms that are words of another language only in capitals ("PO", Polish for "after";
"Chega", Portuguese for "arrives").  A family stands for one party within one country's story; families of two
countries may share a name where the parties share it ("Labour" / "Labor", "Democratic Party" in the US and Italy),
as their reports never meet in one story.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Family(NamedTuple):
    names: str  # a pattern of the party's names (case-insensitive; an inline (?-i:...) for capitals only)
    nicknames: dict[str, str]  # nickname (lower case, words spaced once) -> the party's name it is written as


# Ordered where two names start at one place: "Lib Dems" before "Democrats", "Liberal Democrats" before "Liberals",
# "Nationalist Congress Party" before "Congress".
FAMILIES: dict[str, Family] = {
    # Japan's two "Democratic" parties, before the democrats and the liberals
    "ldp-jp": Family(r"ldp|liberal\s+democratic\s+party", {}),
    "cdp-jp": Family(r"cdp|constitutional\s+democratic\s+party", {}),
    # United Kingdom, Ireland
    "libdem": Family(r"liberal\s+democrats?|lib\s+dems?|libdems?", {}),
    "snp": Family(r"snp|scottish\s+national\s+party", {}),
    "reform-uk": Family(r"(?-i:Reform\s+UK)", {}),
    "conservative": Family(r"conservatives?|conservative\s+party|conservadores|conservateurs|conservatori",
                           {"tories": "Conservatives", "tory": "Conservative"}),
    # labour parties: the UK's, Australia's ("Labor", "the ALP"), the Netherlands' ("PvdA", "GroenLinks-PvdA")
    "labour": Family(r"labour|labour\s+party|laboristas|travaillistes|laburisti|trabalhistas|labor|labor\s+party"
                     r"|australian\s+labor\s+party|alp|pvda|partij\s+van\s+de\s+arbeid|groenlinks-pvda|gl-pvda", {}),
    # Spain, Austria
    "people": Family(r"pp|partido\s+popular|populares|popular\s+party|people['’]s\s+party|övp|volkspartei", {}),
    # Christian democrats: Germany's union, the Netherlands' CDA
    "union": Family(r"cdu|csu|cdu/csu|cdu-csu|union|unionsparteien|christdemokraten|christian\s+democrats"
                    r"|chrétiens-démocrates|cda|christendemocraten|christen-democraten", {}),
    "socialist": Family(r"psoe|ps|spd|spö|socialistas|socialistes|socialisti|socialists?|sozialdemokraten|sozis|genossen"
                        r"|social\s+democrats|sociaux-démocrates|socialdem[oó]cratas|partido\s+socialista|parti\s+socialiste"
                        r"|social\s+democratic\s+party|sozialdemokratische\s+partei", {}),
    # Portugal's centre-right (and Romania's social democrats: the acronym alone, never the socialists')
    "psd": Family(r"psd|partido\s+social\s+democrata|sociais-democratas|social-democratas", {}),
    "republican": Family(r"les\s+républicains|lr|républicains|republicans|republican\s+party", {"gop": "Republicans"}),
    # Italy's Partito Democratico is "the Democratic Party", "i dem", as the Democrats of the United States
    "democrat": Family(r"democrats|democratic\s+party|dem[oó]cratas|démocrates|partito\s+democratico|(?-i:PD)",
                       {"dems": "Democrats", "dem": "Democrats"}),
    "far-right-fr": Family(r"rn|rassemblement\s+national|front\s+national|fn|lepénistes", {}),
    "insoumis": Family(r"lfi|insoumis|france\s+insoumise", {}),
    "green": Family(r"grünen?|verts|eelv|écologistes|greens|verdes|verdi|ecologistas|groenlinks", {}),
    # liberals: Germany's FDP, the Netherlands' VVD, Canada's and Australia's Liberals ("the Grits", "the Libs")
    "liberal": Family(r"fdp|freidemokraten|free\s+democrats|liberalen|vvd|liberals|liberal\s+party", {"grits": "Liberals", "libs": "Liberals"}),
    "afd": Family(r"afd|alternative\s+für\s+deutschland", {}),
    "left": Family(r"linke|linkspartei|lewic[aye]|nowa\s+lewica", {}),
    "communist": Family(r"pcf|pce|pcp|communistes|comunistas|communists|comunisti", {}),
    # Italy
    "fdi": Family(r"fdi|fratelli\s+d['’]italia|brothers\s+of\s+italy", {}),
    "m5s": Family(r"m5s|movimento\s+(?:5|cinque)\s+stelle|five\s+star\s+movement|five\s+star", {"grillini": "M5S", "pentastellati": "M5S"}),
    "lega": Family(r"lega|lega\s+nord|northern\s+league|leghisti", {}),
    "forza-italia": Family(r"forza\s+italia", {}),
    # Poland ("Prawa i Sprawiedliwości", "Koalicji Obywatelskiej": the names in their cases)
    "pis": Family(r"(?-i:PiS|PIS)|praw[oa]\s+i\s+sprawiedliwo(?:ść|sc|ści|sci)|law\s+and\s+justice|zjednoczon[aej]+\s+prawic[aye]|united\s+right", {}),
    "civic": Family(r"(?-i:KO|PO)|koalicj[aię]\s+obywatelsk(?:a|iej|ą)|platform[aięy]\s+obywatelsk(?:a|iej|ą)"
                    r"|civic\s+coalition|civic\s+platform", {}),
    "konfederacja": Family(r"konfederacj[aięy]", {}),
    "psl": Family(r"psl|polskie\s+stronnictwo\s+ludowe|polish\s+people['’]s\s+party", {}),
    # the Netherlands
    "pvv": Family(r"pvv|partij\s+voor\s+de\s+vrijheid|party\s+for\s+freedom", {}),
    "nsc": Family(r"nsc|nieuw\s+sociaal\s+contract|new\s+social\s+contract", {}),
    "d66": Family(r"d66|democraten\s+66", {}),
    "bbb": Family(r"bbb|boerburgerbeweging|farmer-citizen\s+movement", {}),
    # Portugal (the Left Bloc's members are "bloquistas")
    "chega": Family(r"(?-i:Chega|CHEGA)", {}),
    "bloco": Family(r"bloco\s+de\s+esquerda|left\s+bloc|bloquistas", {}),
    "il-pt": Family(r"iniciativa\s+liberal", {}),
    # Brazil
    "pt-br": Family(r"(?-i:PT)|partido\s+dos\s+trabalhadores|workers['’]\s+party|petistas", {}),
    # India (Hindi names too: भाजपा, कांग्रेस); "the saffron party" is the BJP in Indian papers
    "ncp": Family(r"ncp|nationalist\s+congress\s+party", {}),
    "tmc": Family(r"tmc|aitc|trinamool(?:\s+congress)?", {}),
    "ysrcp": Family(r"ysrcp|ysr\s+congress(?:\s+party)?", {}),
    "bjp": Family(r"bjp|bharatiya\s+janata\s+party|भाजपा|बीजेपी|भारतीय\s+जनता\s+पार्टी", {"saffron party": "BJP"}),
    "congress": Family(r"congress|congress\s+party|indian\s+national\s+congress|(?-i:INC)|कांग्रेस", {}),
    "aap": Family(r"aap|aam\s+aadmi\s+party|आम\s+आदमी\s+पार्टी", {}),
    # Australia (the Liberals are under "liberal", Labor under "labour")
    "nationals-au": Family(r"(?-i:Nationals|National\s+Party)", {}),
    "one-nation": Family(r"(?-i:One\s+Nation)", {}),
}  # fmt: skip


def _nickname_pattern(nick: str) -> str:
    return r"\s+".join(re.escape(w) for w in nick.split())


def _family_pattern(f: Family) -> str:
    nicks = [_nickname_pattern(n) for n in sorted(f.nicknames, key=len, reverse=True)]
    return "|".join([f.names, *nicks])


_BOUND_BEFORE, _BOUND_AFTER = r"(?<![\w/-])", r"(?![\w/-])"
_NAME = re.compile(
    "|".join(rf"(?P<{k.replace('-', '_')}>{_BOUND_BEFORE}(?:{_family_pattern(f)}){_BOUND_AFTER})" for k, f in FAMILIES.items()), re.I
)
_NICKNAMES = {k.replace("-", "_"): f.nicknames for k, f in FAMILIES.items()}


def _written(m: re.Match[str]) -> str:
    said = " ".join(m.group().lower().split())
    return _NICKNAMES[m.lastgroup or ""].get(said, m.group())


def party_name(holder: str) -> str:
    """``holder`` with each party nickname in it written as the party's name ("the Tories" -> "the Conservatives"); a
    nickname inside another party's name stays ("the Lib Dems" are no Democrats)."""
    return _NAME.sub(_written, holder)


def party_family(holder: str) -> str | None:
    """The listed party ``holder`` names ("El PP" and "los populares": "people"), or None: none, or two."""
    found = {m.lastgroup for m in _NAME.finditer(holder)}
    return found.pop() if len(found) == 1 else None


def same_party(a: str, b: str) -> bool | None:
    """Whether two holders name one party, where each names a listed one; None where either names none."""
    fa, fb = party_family(a), party_family(b)
    return None if fa is None or fb is None else fa == fb


# the articles a party's name may open with in a speaker ("the Greens", "die Grünen", "les socialistes", "los populares")
_ARTICLE = re.compile(r"(?:the|die|der|les|los|las|el|la|le|il|i|gli|de|het|os|as|o|a)\s+", re.I)


def party_alone(speaker: str) -> str | None:
    """The listed party a speaker is, when its words are that party's name and nothing else ("the Lib Dems",
    "die Sozialdemokraten": "libdem", "socialist"); None for a person whose name holds a party's word ("Ana Verdes")."""
    words = speaker.strip()
    article = _ARTICLE.match(words)
    m = _NAME.fullmatch(words, article.end() if article else 0)
    return m.lastgroup if m else None


def listed_party(text: str, lo: int, hi: int) -> str | None:
    """The last listed party's name written between ``lo`` and ``hi`` ("Prawo i Sprawiedliwość", whole where a tagger
    or a list's "i" (and) cut it to "Sprawiedliwość"), or None."""
    names = [m.group() for m in _NAME.finditer(text, lo, hi)]
    return names[-1] if names else None

"""Which party a holder names, where the party goes by several names: "el PP" / "los populares", "die Union" /
"CDU/CSU", "le PS" / "les socialistes".

:func:`.holders.same_holder` pairs two holders by their words, roots, sounds or an acronym's letters.  The letters
rule is loose on purpose ("PSOE" / "Socialists", "RN" / "Rassemblement national"), but with the big parties of one
country in one list it pairs one name with two: "PSOE" opens "populares" too (P), "CSU" "Sozialdemokraten" (S), so
:mod:`.party_shares` found no one-to-one pairing and a swap of the two parties' shares ("El PP obtuvo el 41% y el
PSOE el 33%" / "los socialistas lograron el 41% y los populares el 33%") went unseen; and "die Union" shares no
letter with "CDU/CSU".  Each party family listed here gathers the names outlets give one party (its acronym, its
name, its members' noun, in en, de, fr, es, it, pt): where both holders name a listed party, they are one exactly
when the party is one.  Names not listed (another country's parties) keep the rules of :mod:`.holders`.  Only
names that stand for one party in the press of the country they belong to are listed (not "PSD", centre-right in
Portugal and social-democratic in Romania).
"""

from __future__ import annotations

import re

_FAMILIES = {
    "people": r"pp|partido\s+popular|populares|popular\s+party|people['’]s\s+party|övp|volkspartei",
    "union": r"cdu|csu|cdu/csu|cdu-csu|union|unionsparteien|christdemokraten|christian\s+democrats|chrétiens-démocrates",
    "socialist": r"psoe|ps|spd|spö|socialistas|socialistes|socialisti|socialists?|sozialdemokraten|sozis|genossen"
                 r"|social\s+democrats|sociaux-démocrates|socialdem[oó]cratas|partido\s+socialista|parti\s+socialiste",
    "labour": r"labour|labour\s+party|laboristas|travaillistes|laburisti|trabalhistas",
    "conservative": r"conservatives?|conservative\s+party|conservadores|conservateurs|conservatori",
    "republican": r"les\s+républicains|lr|républicains|republicans|republican\s+party|gop",
    "democrat": r"democrats|democratic\s+party|dem[oó]cratas|démocrates",
    "far-right-fr": r"rn|rassemblement\s+national|front\s+national|fn|lepénistes",
    "insoumis": r"lfi|insoumis|france\s+insoumise",
    "green": r"grünen?|verts|eelv|écologistes|greens|verdes|verdi|ecologistas",
    "fdp": r"fdp|freidemokraten|free\s+democrats|liberalen",
    "afd": r"afd|alternative\s+für\s+deutschland",
    "left-de": r"linke|linkspartei",
    "communist": r"pcf|pce|communistes|comunistas|communists|comunisti",
}  # fmt: skip
_NAME = re.compile("|".join(rf"(?P<{k.replace('-', '_')}>(?<![\w/-])(?:{v})(?![\w/-]))" for k, v in _FAMILIES.items()), re.I)


def party_family(holder: str) -> str | None:
    """The listed party ``holder`` names ("El PP" and "los populares": "people"), or None: none, or two."""
    found = {m.lastgroup for m in _NAME.finditer(holder)}
    return found.pop() if len(found) == 1 else None


def same_party(a: str, b: str) -> bool | None:
    """Whether two holders name one party, where each names a listed one; None where either names none."""
    fa, fb = party_family(a), party_family(b)
    return None if fa is None or fb is None else fa == fb

"""Nouns that name one kind of event a length is given for: "an ordeal that lasted 47 days" / "a 52-day
captivity", "the strike, which lasted three weeks" / "a 25-day walkout".

:func:`parallax.compare.durations.duration_conflicts` and :mod:`.duration_links` compare two lengths
when one word governs both ("a 48-hour strike" / "a 72-hour strike"); outlets name one event with
different nouns, and a length is told of each. So the nouns news gives a length for most map to one kind of
event per language read (en, de, fr, es; a prison term in it, pt and nl too): a captivity (the hostage's "ordeal", "captivity", "Geiselhaft",
"cautiverio"), a strike ("walkout", "Ausstand", "débrayage", "paro"), a siege, a power cut, a search, a
closure, a standoff, a drought, a contract's term ("contract", "deal", "Vertrag", "contrato"), a prison term ("carcere", "reclusione", "Haft"). Narrow on purpose: "talks" and a "strike" are two events of one dispute, a
"blockade" is no "siege" (a port's, a road's), a "trial" and a "sentence" two lengths of one case, and a word
as loose as "period" or "operation" is in no kind. The words are folded (:func:`parallax.letters.fold`) and
matched whole, in the forms a length stands next to.
"""

from __future__ import annotations

import re

__all__ = ["event_kind", "same_event"]

_KINDS = {
    # held against one's will: kidnapped, taken hostage, held captive
    "captivity": r"captivity|ordeal|abduction|kidnapping|detention"
                 r"|geiselhaft|gefangenschaft|entfuhrung|martyrium|tortur|geiselnahme"
                 r"|captivite|calvaire|sequestration|enlevement"
                 r"|cautiverio|calvario|secuestro|rapto|retencion|encierro",
    "strike": r"strikes?|walkouts?|stoppages?"
              r"|streiks?|ausstand(?:es)?|arbeitsniederlegung|arbeitskampf(?:es)?|warnstreiks?"
              r"|greves?|debrayages?|huelgas?|paros?",
    "siege": r"sieges?|encirclement|belagerung|einkesselung|encerclement|asedios?|cercos?",
    "outage": r"outages?|blackouts?|stromausfall(?:s|es)?|pannes?|coupures?|apagon(?:es)?",
    "search": r"search(?:es)?|manhunt|hunt|suche|fahndung|suchaktion|recherches?|traque|busqueda|persecucion",
    "standoff": r"standoff|stalemate|patt|pattsituation|impasse|enfrentamiento",
    "closure": r"closures?|shutdowns?|lockdowns?|schlie(?:ss|ß)ung|sperrung|fermeture|confinement|cierre|clausura|confinamiento",
    "drought": r"drought|durre|trockenheit|secheresse|sequia",
    # a contract's term, however the report names the contract ("a seven-year contract" / "a six-year deal")
    "contract": r"contracts?|deals?|agreements?|pacts?|vertrag(?:s|es)?|vertrage|vereinbarung|abkommens?"
                r"|contrats?|accords?|contratos?|acuerdos?|contratt[oi]|accord[oi]|acordos?",
    # a prison term, however the sentence names it ("22 anni di carcere" / "24 anni di reclusione", "years in
    # prison" / "a jail term"); not custody before trial ("Untersuchungshaft", "detención preventiva")
    "prison": r"prison|jail|imprisonment|incarceration|haft|freiheitsstrafe|gefangnis(?:strafe)?|haftstrafe"
              r"|reclusion|emprisonnement|prision|carcel|encarcelamiento|carcere|reclusione|prigione|galera"
              r"|prisao|reclusao|cadeia|gevangenisstraf|celstraf|cel|gevangenis",
}  # fmt: skip
_KIND = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _KINDS.items()))


def event_kind(word: str) -> str | None:
    """The kind of event a folded noun names ("ordeal", "captivity", "cautiverio" are "captivity";
    "walkout", "ausstand", "greve" are "strike"), or None."""
    m = _KIND.fullmatch(word)
    return m.lastgroup if m else None


def same_event(a: str, b: str) -> bool:
    """Whether two folded words name one kind of event ("ordeal" / "captivity", "strike" / "walkout")."""
    kind = event_kind(a)
    return kind is not None and kind == event_kind(b)

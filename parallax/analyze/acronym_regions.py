"""A state body's regional branch, named by its acronym and "по" with the region: "ГУ МЧС по Москве" is one body.

Russian (and Ukrainian, Belarusian) names a regional branch of a federal body as its acronym, then "по" (for) and the
region in the dative: "ГУ МЧС по Москве" (the Emergencies Ministry's Moscow branch), "УМВД по Курской области",
"ГУ МВД по Санкт-Петербургу".  The capitalised runs the entity stage reads stop at the lower-case "по", so the body
was two entities, "ГУ МЧС" and "Москве", and a cue's speaker went to the last one, the city.  An acronym entity
followed by "по", a capitalised entity and perhaps a region's noun ("области", "краю") is joined into one entity.
"""

from __future__ import annotations

import re

from parallax.records import Article, Entity

_ACRONYM = re.compile(r"(?:[А-ЯЁІЇЄҐ]{2,6}\s)*[А-ЯЁІЇЄҐ]{2,6}")
_PO = re.compile(r"\s(?:по|па)\s")
# a region's noun after its name in the dative: "по Курской области", "по Краснодарскому краю"
_REGION_NOUN = re.compile(r"\s(?:области|краю|округу|району|республике|областi|області|краю|району)(?!\w)")
_LANGS = {"ru", "uk", "be"}


def join_regional_bodies(article: Article, lang: str) -> None:
    """Join each acronym entity, "по" and the capitalised entity after it into one body (see the module)."""
    if lang not in _LANGS or not article.entities:
        return
    text = article.text
    ents = sorted(article.entities, key=lambda e: e.start)
    out: list[Entity] = []
    i = 0
    while i < len(ents):
        e = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and _ACRONYM.fullmatch(e.text) and _PO.fullmatch(text, e.end, nxt.start):
            end = nxt.end
            if m := _REGION_NOUN.match(text, end):
                end = m.end()
            out.append(Entity(text[e.start : end], e.label, e.start, end))
            i += 2
            continue
        out.append(e)
        i += 1
    article.entities[:] = out

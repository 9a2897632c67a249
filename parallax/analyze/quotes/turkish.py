"""Turkish reported speech: "Vali Ayşe Kara, okulların tatil edildiğini açıkladı."

Turkish reports what someone said as a nominalised clause in the accusative ("... tatil edildiğini", "...
yapılacağını": that it was done, that it will be done) before the speech verb, which closes the sentence; the
speaker opens it, set off by a comma or by "ise" (as for).  The complementiser patterns of the other languages
(:mod:`.reported`, "X said that ...") have no such verb-last shape, so it is read here: the clause, up to its
nominalised verb, is the quote; the subject, past its titles (:func:`.name_after_role._tr_name`), the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parallax.letters import UPPER

# the subject at the sentence's start (or after a quotation's "diyen", who said: '"..." diyen Vali Ayşe Kara,
# okulların ... açıkladı'), then a comma or "ise"
_SUBJECT = rf"(?P<spk>(?:[{UPPER}][\w’'.-]*\s){{0,6}}[{UPPER}][\w’'-]+)(?:,\s|\sise,?\s)"
# the nominalised verb that closes the reported clause: past or present "-dığını", future "-acağını"
_NOMINAL = r"\w+(?:[dt][ıiuü]ğ|[ae]ca[ğk]|[ae]ce[ğk])[ıiuü]n[ıiuü]"
_CUES = (
    r"söyledi|belirtti|açıkladı|bildirdi|kaydetti|ifade\s+etti|vurguladı|dile\s+getirdi|iddia\s+etti|duyurdu"
    r"|hatırlattı|aktardı|anlattı|öne\s+sürdü|savundu|söylüyor|belirtiyor|açıklıyor"
)
_REPORTED = re.compile(
    rf"(?:^|(?<=diyen\s)){_SUBJECT}(?P<clause>[^“”\"«».!?]{{3,300}}?{_NOMINAL})(?:\s[^\s“”\"«».!?,]+){{0,2}}?\s(?P<cue>{_CUES})\s*[.!?]?\s*$"
)


def tr_reported(sentence: str) -> Iterator[tuple[int, int, int, int, str]]:
    """(clause start, clause end, speaker start, speaker end, cue) of the reported speech in one Turkish sentence
    (offsets in ``sentence``); the speaker span still holds its titles."""
    for at in (0, *(m.end() for m in re.finditer(r"diyen\s", sentence))):
        if m := _REPORTED.match(sentence, at):
            yield m.start("clause"), m.end("clause"), m.start("spk"), m.end("spk"), " ".join(m.group("cue").split())
            return


# a statement told in the passive, its source in the ablative before it: 'SunExpress'ten yapılan yazılı açıklamada,
# "…" ifadeleri kullanıldı.', 'Valilikten yapılan açıklamada "…" denildi.' (in the statement made by SunExpress, the
# words "…" were used): the sentence has no subject, and the source speaks
_SOURCE_BEFORE = re.compile(
    rf"(?P<spk>(?:[{UPPER}][\w’'.-]*\s){{0,5}}[{UPPER}][\w’'-]*?)(?:['’](?:[dt][ae]n|n[ae]n)|n?[dt][ae]n)\s(?:yapılan|gelen)\s"
    r"(?:\w+\s){0,3}?(?:açıklamada|duyuruda|bildiride|paylaşımda|mesajda)\s*,?\s*[“\"«]?\s*$"
)
_PASSIVE_CUE = re.compile(
    r"\W{0,3}\s*(?P<cue>(?:ifadeleri|ifadesi|sözleri)(?:ne)?\s+(?:kullanıldı|yer\s+verildi)|denildi|dendi|denilerek|belirtildi)(?!\w)"
)


def tr_statement_source(before: str, after: str) -> tuple[int, int, str] | None:
    """(start, end) in ``before`` of the source of a quotation told in the passive, and the cue in ``after``."""
    cue = _PASSIVE_CUE.match(after)
    src = _SOURCE_BEFORE.search(before) if cue else None
    return (src.start("spk"), src.end("spk"), " ".join(cue.group("cue").split())) if src and cue else None


def by_statement_source(site) -> tuple[str, int, int, str] | None:
    """The attribution step (:data:`.attribution.EXPLICIT`, a ``QuoteSite``) for a Turkish statement in the passive:
    'SunExpress'ten yapılan açıklamada, "…" ifadeleri kullanıldı.'"""
    if site.lang != "tr":
        return None
    found = tr_statement_source(site.text[site.sent[0] : site.span.start], site.text[site.span.end : site.open_to_close[1]])
    return site.named(site.sent[0] + found[0], site.sent[0] + found[1], found[2]) if found else None

"""Turkish reported speech: "Vali Ayşe Kara, okulların tatil edildiğini açıkladı."

Turkish reports what someone said as a nominalised clause in the accusative ("... tatil edildiğini", "...
yapılacağını": that it was done, that it will be done) before the speech verb, which closes the sentence; the
speaker opens it, set off by a comma or by "ise" (as for).  The complementiser patterns of the other languages
(:mod:`.reported`, "X said that ...") have no such verb-last shape, so it is read here: the clause, up to its
nominalised verb, is the quote; the subject, past its titles (:func:`.turkish_titles._tr_name`), the speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parallax.analyze.quotes.turkish_titles import _tr_name
from parallax.letters import LOWER, UPPER

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


# the capitalised subject right before a quotation, in a language that puts the verb last ("Vali Ahmet
# Yıldırım, "...", "Ayşe Demir ise "...")
_SOV_SUBJECT = re.compile(rf"(?<![\w’'-])(?P<spk>(?:[{UPPER}][\w’'-]+\s){{0,3}}[{UPPER}][\w’'-]+)(?:,|\s(?:ise|de|da))?\s*$")
# Turkish opens the sentence with its subject, then says where it spoke, then quotes and closes with
# the verb: 'Murat Koçak, olay yerinde yaptığı açıklamada “...” ifadelerini kullandı.', 'Vali Ahmet
# Yıldırım yazılı açıklamasında “...” dedi.', 'Liderler ortak bildiride, “...” ifadelerine yer verdi.' (a comma
# after the subject, or a statement noun, a joint declaration's too, before the quotation).  A subject of one word
# before the statement noun is a group or a body, a plural or an office ("Liderler", "Bakanlık"): a capitalised
# adverb opening the sentence ("Dün yaptığı açıklamada") is none
_TR_STATEMENT = (
    r"açıklamada|açıklamasında|konuşmada|konuşmasında|paylaşımında|mesajında|demecinde|röportajında|muhabirine|gazetecilere"
    r"|bildiride|bildirisinde|bildirgede|bildirgesinde|duyuruda|duyurusunda"
)
_TR_OPENING_SUBJECT = re.compile(
    rf"\A[^\w“”\"«»]{{0,3}}(?:(?P<spk>(?:[{UPPER}][\w’'.-]*\s|ve\s){{1,9}}[{UPPER}][\w’'-]+)"
    rf"(?:,\s(?P<adv>[^“”\"«»,]{{0,80}})|\s[^“”\"«»,]{{0,60}}?(?:{_TR_STATEMENT}))"
    rf"|(?P<group>[{UPPER}]\w*(?:ler|lar|lık|lik|luk|lük))\s[^“”\"«»,]{{0,60}}?(?:{_TR_STATEMENT}))\s*,?\s*$"
)


# one capitalised word and a comma opening the sentence, then where it spoke: 'Yıldırım, zafer konuşmasında “...”
# ifadesini kullandı.' (a surname alone, the person the text named in full before); not a word in a case other than
# the subject's, "Toplantıda,", "Ankara'dan,", nor a day, "Dün," (a capitalised adverb, "Ayrıca,", is a stop word
# the caller drops)
_TR_DAY_WORDS = r"Dün|Bugün|Yarın|Üstelik|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|Sabah|Akşam|Gece"
_TR_SURNAME_OPENING = re.compile(
    rf"\A[^\w“”\"«»]{{0,3}}(?!(?:{_TR_DAY_WORDS}),)(?P<spk>[{UPPER}][{LOWER}]+(?<![dt][ae])(?<![dt][ae]n)),\s[^“”\"«»,]{{0,60}}?(?:{_TR_STATEMENT})\s*,?\s*$"
)


def tr_subject_before(before: str) -> tuple[int, int] | None:
    """(start, end) in ``before`` (the sentence up to a quotation closed by its verb) of the Turkish subject,
    ``(-1, -1)`` where it names several people (no one speaker), or None where no subject opens it."""
    if subj := _SOV_SUBJECT.search(before):
        if re.search(rf"(?:(?<!\w)(?:ve|ile|veya)|[{UPPER}][\w’'-]+,)\s*$", before[: subj.start("spk")]):
            return -1, -1  # the last of several people ("Ali Demir ve Selin Kurt “...” dedi"): no one speaker
        return subj.start("spk"), subj.end("spk")
    # ... or a comma, or where it spoke, between the subject and the quotation
    if (subj := _TR_OPENING_SUBJECT.match(before)) and not re.search(rf"[{UPPER}][{LOWER}]+\s[{UPPER}]", subj.group("adv") or ""):
        if subj.group("group"):
            return subj.start("group"), subj.end("group")
        s_, e_ = _tr_name(before, subj.start("spk"), subj.end("spk"))
        return (-1, -1) if " ve " in before[s_:e_] else (s_, e_)  # "Ali Demir ve Selin Kurt, ...": two people
    if subj := _TR_SURNAME_OPENING.match(before):
        return subj.start("spk"), subj.end("spk")
    return None

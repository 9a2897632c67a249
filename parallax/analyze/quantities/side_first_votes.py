"""Votes told side first: the word for the side stands before its count ("Za hlasovalo 241 poslanců, proti 98", "За
проголосовали 241 депутат, против — 98", "Za głosowało 241 posłów, przeciw 98", "Für den Antrag stimmten 241
Abgeordnete, dagegen 98", "Au votat pentru 241 de deputați, împotrivă 98", "I voti favorevoli sono stati 241,
quelli contrari 98", "votaron a favor 241 diputados, en contra 98", "Ont voté pour 241 députés, contre 98").

The Slavic languages write a parliament's vote so as a rule, and the others often.  :mod:`.vote_splits` reads a
side after its count ("241 voix pour et 98 contre"); told side first, the counts were read apart, the first as a
count of deputies and the second as a bare figure, so another report's tally never met them and a wrong count went
unseen.  A tally here is the count in favour and the count against: the side word in favour before the first
count in its clause, the side word against right before the second, and a verb or noun of voting in the clause
(French "contre" and German "dagegen" also set figures side by side with no vote: "pour 241 communes, contre 98
l'an dernier").  Abstentions after them stay a count of their own.
"""

from __future__ import annotations

import re

_N = r"\d{1,3}"
_S = r"[ \u00a0]+"
_W = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_DASH = r"(?:[ \u00a0]*[—–:-])?"
_OF = rf"(?:{_S}(?:z|ze|zo|из|з|spośród){_S}\d{{1,3}})?"  # "120 z 150 prítomných poslancov": of those present
# per language: the side in favour (before the first count), the side against (before the second), the stem of a
# word of voting that must stand in the clause
_SIDES = {
    "cs": (r"(?:za|pro|podpořil[oaiy]?)", r"(?:a[ \u00a0]+)?proti", r"hlasova|hlasová|hlasů|hlasy|podpořil"),
    "sk": (r"(?:za|pre|podporil[oaiy]?)", r"(?:a[ \u00a0]+)?proti", r"hlasova|hlasová|hlasov|hlasy|podporil"),
    "pl": (r"(?:za|poparł[oaiy]?|poparli)", r"(?:a[ \u00a0]+)?przeciw(?:ko)?", r"głosowa|głosów|głosy|poparł|poparli"),
    "ru": (r"(?:за|поддержал[аио]?)", r"(?:а[ \u00a0]+|и[ \u00a0]+)?против", r"голосова|голос|поддержал"),
    "uk": (r"(?:за|підтримал[аио]?|підтримав)", r"(?:а[ \u00a0]+|і[ \u00a0]+)?проти", r"голосува|голос|підтрима"),
    "de": (r"(?:für|dafür)", r"(?:und[ \u00a0]+)?dagegen", r"stimm|votier"),
    "ro": (r"pentru", r"(?:iar[ \u00a0]+|și[ \u00a0]+)?(?:împotrivă|impotriva|contra)", r"votat|voturi|votul|votează"),
    "it": (r"(?:favorevoli|a[ \u00a0]+favore)", r"(?:e[ \u00a0]+)?(?:quelli[ \u00a0]+)?(?:contrari|contro)", r"vot|favorevoli"),
    "es": (r"a[ \u00a0]+favor", r"(?:y[ \u00a0]+)?en[ \u00a0]+contra", r"vot"),
    "pt": (r"a[ \u00a0]+favor", r"(?:e[ \u00a0]+)?contra", r"vot"),
    "fr": (r"pour", r"(?:et[ \u00a0]+)?contre", r"vot|voix"),
    "nl": (r"voor", r"(?:en[ \u00a0]+)?tegen", r"stemd|stemmen|stemt"),
    "hu": (r"igennel", r"(?:és[ \u00a0]+)?nemmel", r"szavaz|voksol"),
}
# the side in favour, then up to three words (a verb of voting, the motion), then the first count
_BEFORE = {
    lang: re.compile(rf"(?<!\w){pro}(?:{_S}{_W}){{0,3}}{_DASH}{_S}\Z", re.I) for lang, (pro, _con, _vote) in _SIDES.items()
}  # also "за — 241", "pro: 120"
# from the first count: up to two words naming the voters, a comma or "and", the side against, up to two words ("bolo",
# "выступили"), a dash, the second count
_REST = {
    lang: re.compile(
        rf"(?P<a>{_N}){_OF}(?:{_S}{_W}){{0,2}}(?:,|;)?{_S}{con}(?:{_S}{_W}){{0,2}}{_DASH}{_S}(?P<b>{_N})(?![\w%]|[.,]\d)", re.I
    )
    for lang, (_pro, con, _vote) in _SIDES.items()
}
_VOTED = {lang: re.compile(vote, re.I) for lang, (_pro, _con, vote) in _SIDES.items()}
_CLAUSE_START = re.compile(r".*[.!?;:\n]", re.S)  # the last stop before the count
_SENTENCE_START = re.compile(r".*[.!?\n]", re.S)  # the word of voting may stand before a colon: "Итоги голосования: за — 241"


def side_first_vote_at(text: str, start: int, lang: str) -> re.Match | None:
    """The match of a vote told side first whose first count starts at ``start`` (``lang`` in two letters), or
    None: its side in favour stands before it in its clause, and a word of voting somewhere in the clause."""
    rest = _REST.get(lang)
    if rest is None or not (m := rest.match(text, start)):
        return None
    lo = sentence = max(0, start - 80)
    if stop := _CLAUSE_START.match(text, lo, start):
        lo = stop.end()
    if stop := _SENTENCE_START.match(text, sentence, start):
        sentence = stop.end()
    if not _BEFORE[lang].search(text, lo, start):
        return None
    return m if _VOTED[lang].search(text, sentence, m.end()) else None


def side_first_patterns() -> list[tuple[str, re.Pattern]]:
    """Each language's pattern of such a tally's text, from its first count (to read the text back as a pair)."""
    return list(_REST.items())

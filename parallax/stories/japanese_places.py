"""Where a Japanese lead says its event happened: a name in katakana before で or にある, or after 首都.

The rule that two reports of two places are two events (:mod:`.event_places`) reads the capitalised words after a
preposition of place; Japanese has no capitals and puts its particle of place after the name ("バンコクで", at
Bangkok), so a Japanese lead named no place and two Japanese reports of two blasts the same morning, told in the same
words, joined one story.  Japanese writes foreign places in katakana, so a place is here a run of katakana:

* before で (the particle of the place where something happens), or before にある/にて/において (located in, at),
  with a 州, 市, 県, 省, 島 or 区 between ("カリフォルニア州で"); に alone is not read, since it marks the person
  spoken to or about as often ("ロイターによると", according to Reuters);
* after 首都 ("タイの首都バンコクの市場で": the capital Bangkok), where the news names a capital before its particle.

A run after ・ is the end of a person's name ("ドナルド・トランプ"), and a place followed by 近郊, 郊外, 東方 (near,
outside, east of …) is where the event is placed by, no event place ("ジャカルタ近郊の工場", as "near Jakarta",
:mod:`.reference_places`).  The name is kept in katakana, unfolded (folding drops the voicing marks: バ is not ハ), so
it meets a Japanese report's own words as written and a Latin name by its sound ("バンコク" and "Bangkok",
:func:`parallax.sounds.same_sound`).  Japan's own places are written in kanji, whose reading no rule here knows
("大阪" is "Osaka"); they are read only before a word of their rank ("大阪市で", :mod:`.han_places`), and kept in kanji.
A katakana common noun before で is the means or a common place ("バスで", by bus; "ホテルで"), no named place
(:mod:`.japanese_nouns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parallax.stories.japanese_nouns import common_noun

_KATAKANA = "\u30a1-\u30fa\u30fc"  # katakana letters and the long-vowel mark, not the middle dot ・
_LANDMARK = "近郊|郊外|東方|西方|南方|北方|北東|北西|南東|南西|周辺|近く"
_PLACE = re.compile(
    rf"(?<![{_KATAKANA}・])(?P<place>[{_KATAKANA}]{{2,}}+)(?:[州市県省島区])?+(?:で|にある|にあっ|にて|において|における)"
    rf"|首都(?P<capital>[{_KATAKANA}]{{2,}}+)(?!{_LANDMARK})"
)


def japanese_places(lead: Iterable[str]) -> list[str]:
    """The event places of a Japanese lead (its title and opening sentences), in text order, each once."""
    out: list[str] = []
    for part in lead:
        for m in _PLACE.finditer(part):
            place = m.group("place") or m.group("capital")
            if m.group("place") and common_noun(place):
                continue  # "バスで": by bus, no place (:mod:`.japanese_nouns`)
            if place not in out:
                out.append(place)
    return out

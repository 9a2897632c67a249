"""Labels an audio player and an advert slot leave as lines of their own, beyond those
:mod:`parallax.ingest.widget_lines` knows: "Listen · 5:32 min", "Artikel anhören · 4 Min.", a duration alone
under its label ("5 min"), the player's position ("0:00 / 4:32"), "Audio player loading…", "Press play to listen
to this article", "Advertisement - Scroll to continue".

Each is matched as a whole line only (see :func:`is_player_label`): a sentence that uses the words ("Listen to
this: the engineers warned ...", "The crossing takes 5 min, the council said.") has words beyond the label and
stays.  A player's position alone on a line ("0:00 / 4:32") is no prose in any language.  A duration alone goes
only beside its listen label (:func:`without_player_durations`): alone elsewhere it is a recipe's time ("25 Min.")
or a podcast's length, a field of the page the reader may want.  (A bare clock time, "10:42", is a live blog's
entry time and is not matched here.)
"""

from __future__ import annotations

import re

# a duration: "5 min", "4 Min.", "5:32 min", "12 minutes", "3 Minuten", "6 minutos", "2 min 30", Polish "4 min."
_DURATION = r"\d{1,3}(?::\d{2})?[ \u00a0]?(?:min(?:s|utes?|uten|utos?|uti|ut)?\.?)(?:[ \u00a0]\d{1,2}(?:[ \u00a0]?(?:s|sek|sec)\.?)?)?"
# beside a listen label only, a player's length as a clock ("04:12", "3:45"): alone on a line it is a live blog's
# entry time, which opens its entry (ext53: "Artikel anhören" / "04:12" had been joined to the first paragraph)
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_LISTEN = (
    r"listen(?: now| to (?:this |the )?(?:article|story))?|artikel (?:anhören|vorlesen)|(?:écouter|écoutez) (?:cet |l['’])article|"
    # Polish "Posłuchaj artykułu", "Odsłuchaj artykuł", "Wysłuchaj artykułu" (ext53)
    r"(?:posłuchaj|odsłuchaj|wysłuchaj) (?:tego )?artyku(?:łu|ł)|"
    r"escuchar (?:este|el) (?:artículo|nota)|ascolta (?:l['’]|questo )articolo|ouvir (?:o |este )?artigo|luister naar (?:dit|het) artikel"
)
_LABEL = re.compile(
    r"^[\W_]*(?:"
    # a listen label, perhaps with its duration ("Listen · 5:32 min"), or a duration or position alone
    rf"(?:{_LISTEN})(?:[\W_]+(?:{_DURATION}|{_CLOCK}))?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ ]?/[ ]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?|"
    # the player's own state and prompt
    r"(?:the )?audio[ -]?player(?: (?:is )?loading| wird geladen)?|lecteur audio(?: en cours de chargement)?|reproductor de audio(?: cargando)?|"
    r"(?:press|hit|click|tap) play to listen(?: to (?:this|the) (?:article|story))?|voiced by (?:artificial intelligence|ai)|"
    # an advert slot's label with its prompt to scroll on
    r"(?:advertisement|ad|anzeige|werbung|publicité|publicidad)[\W_]+(?:scroll (?:down )?to continue(?: (?:with content|reading))?|continue reading below)"
    r")[\W_]*$",
    re.I,
)
_MAX_WORDS = 12
_LISTEN_LINE = re.compile(rf"^[\W_]*(?:{_LISTEN})[\W_]*$", re.I)
_DURATION_LINE = re.compile(rf"^[\W_]*(?:{_DURATION}|{_CLOCK})[\W_]*$", re.I)


def is_player_label(line: str) -> bool:
    """Whether ``line`` is an audio player's or advert slot's label (see the module's docstring)."""
    return len(line.split()) <= _MAX_WORDS and _LABEL.match(line) is not None


def without_player_durations(lines: list[str]) -> list[str]:
    """``lines`` without a duration alone on its line ("5 min", "04:12") right after or before a listen label ("Listen to
    this article"), which the player prints on a line of its own; the label goes with :func:`is_player_label`."""
    listen = [bool(_LISTEN_LINE.match(ln)) for ln in lines]
    return [
        ln
        for k, ln in enumerate(lines)
        if not (_DURATION_LINE.match(ln) and ((k > 0 and listen[k - 1]) or (k + 1 < len(lines) and listen[k + 1])))
    ]

"""The words Afrikaans news attributes a quotation or a statement with.

Afrikaans has lost the preterite of its verbs of saying: the past is "het" with the participle at the clause's end,
and the subject between them ('"...," het hy gesê.', '"...," het kaptein Jan Botha gesê.', "Kganyago het Dinsdag
gesê ..."); the present stands second in its clause ('"...," sê sy.', '"...," sê kaptein Botha.').  As for Dutch's
separable verbs (:data:`.cue_lexicon.NL_SEPARABLE`), the finite "het" is a cue only where a participle of saying
closes its clause within eight words: "het die winkel beroof" or "het twee mans in hegtenis geneem" report nothing.
(Afrikaans writes "verklaar", "vertel", "bevestig" alike as the present and the participle.)
"""

from __future__ import annotations

AF_PARTICIPLES = (
    r"gesê|verklaar|bygevoeg|gewaarsku|beklemtoon|benadruk|vertel|geskryf|bevestig|erken|geantwoord|aangekondig"
    r"|gemeld|uitgewys|opgemerk|belowe"
)
_BETWEEN = r"(?:[ \u00a0]+[^\s.,;:!?\"“”«»„]+){0,8}?"  # up to eight words of the clause (one per run of spaces: linear)
AF_CUES = (
    r"sê|verklaar|voeg\s+by|waarsku|beklemtoon|vertel|skryf|bevestig|volgens"
    rf"|het(?={_BETWEEN}[ \u00a0]+(?:{AF_PARTICIPLES})(?!\w))"
)
# "X het gesê dat ...", "X sê dat ...", "X het gesê inflasie is ..." (Afrikaans often leaves "dat" out)
AF_REPORTING = (rf"het\s+(?:[^\s.,;:!?]+\s+){{0,3}}?(?:{AF_PARTICIPLES})|sê|verklaar", r"dat")

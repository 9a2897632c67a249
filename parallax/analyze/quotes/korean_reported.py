"""Korean reported speech without quotation marks: "경찰은 … 있었다고 밝혔다" (the police said there had been …).

Korean reports speech by a clause closed with the quoting ending "-다고" / "-라고" and a verb of saying at the end
of the sentence ("밝혔다" stated, "말했다" said, "전했다" conveyed, "설명했다" explained, "덧붙였다" added); the speaker
opens the sentence, marked as its topic or subject ("은/는", "이/가").  Only "에 따르면" (according to) had been read,
so a Korean report's unquoted statements had no speaker and never met the other reports' quotations.  A pronoun
("그는", he) opening the sentence is left to the reader of the speaker before; whom the speaker told ("기자들에게",
to reporters) may stand before the verb.
"""

from __future__ import annotations

import re

# the speaker's words: the last with the particle written onto it, those before it ending on none (so "같은", same,
# deep in the clause, never closes a speaker that runs on from the sentence's start)
_KO_WHOLE = r"[가-힣A-Za-z·]{0,19}[가-힣A-Za-z·](?<![은는이가])"
_KO_LAST = r"[가-힣A-Za-z·]{1,20}?"
_KO_PRONOUN = r"(?:그|그녀|그들|이들|이|그것)"
_KO_SAID = r"밝혔다|말했다|전했다|설명했다|강조했다|덧붙였다|주장했다|발표했다|지적했다|언급했다|설명했습니다|밝혔습니다|말했습니다"
KO_REPORTED = re.compile(
    rf"(?:(?<=[.!?\"”]\s)|(?<=\n)|\A)(?!{_KO_PRONOUN}(?:은|는|가)\s)"
    rf"(?P<spk>(?:{_KO_WHOLE}\s){{0,3}}{_KO_LAST})(?:은|는|이|가)\s++"
    rf"(?P<clause>[^\"“”.!?\n]{{6,}}?(?:다|라|까))고\s++(?:[가-힣]{{1,12}}에게\s++)?(?P<cue>{_KO_SAID})"
)

"""Staff sent to an emergency: "AFAD'dan 45 personel bölgeye gönderildi" counts the responders "54 rescuers were sent"
counts.

A general word for staff ("personnel", "staff", "personel", "Personal", "effectifs", "efectivos") names no
service; where its sentence sends them somewhere (sent, deployed, dispatched, "gönderildi", "entsandt",
"dépêchés", "desplegados") they are the responders in general, the class :mod:`.responders` reads from
"rescuers", "Einsatzkräfte", "secouristes".  And two counts of one class of responders in two languages are one
count under two nouns ("54 rescuers" / "45 Einsatzkräfte", "80 firefighters" / "95 pompiers"), which share no root
(:func:`parallax.compare.renamed._cognates`) and so were never compared.  A hospital's "200 staff" with no
dispatch stays its own noun.
"""

from __future__ import annotations

import re

from parallax.compare.figure_sentence import sentence_around
from parallax.records import Quantity

# a general word for staff, right after the count (as written: "45 personel", "120 Einsatzpersonal" is no staff word)
_STAFF = re.compile(
    r"[ \u00a0]*+(?:personnel|staff(?:ers)?|personel(?:i|imiz)?|personal|personale|personeel|personeelsleden|effectifs|efectivos"
    r"|efetivos|персонал\w*|personelu)(?![\w-])",
    re.I,
)
# a dispatch in the count's sentence (its verb before or after: Turkish puts it last)
_SENT = re.compile(
    r"\b(?:sent|deployed|dispatched|mobili[sz]ed|drafted in|rushed)\b|gönderil\w*|sevk edil\w*|görevlendiril\w*"
    r"|entsandt|geschickt|eingesetzt|im einsatz|envoy[ée]s?|dépêch[ée]s?|déploy[ée]s?|mobilis[ée]s?|enviad[oa]s?"
    r"|desplegad[oa]s?|movilizad[oa]s?|mobilizad[oa]s?|inviat[ie]|schierat[ie]|mobilitat[ie]|ingezet|gestuurd"
    r"|направлен\w*|отправлен\w*|задействован\w*|wysłan\w*|skierowan\w*",
    re.I,
)


def sent_staff(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts staff that its sentence sends somewhere ("45 personel bölgeye gönderildi", "200 staff
    were deployed"): responders in general."""
    if not _STAFF.match(text, q.end):
        return False
    before, after = sentence_around(text, q.start, q.end, 120)
    return bool(_SENT.search(before) or _SENT.search(after))

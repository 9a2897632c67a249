"""The outlet's call to get its news on a messenger channel, in Portuguese, Spanish, French, Italian and English.

Brazilian, Spanish, French and Italian sites close or break a story with "📲 Receba as notícias do Diário no
WhatsApp", "Participe do canal do Diário no Telegram", "Recibe las noticias en tu WhatsApp", "Rejoignez notre
chaîne WhatsApp", "Unisciti al nostro canale WhatsApp"; :mod:`.calls` and :mod:`.boilerplate` knew the calls to
subscribe and follow but not these, which stayed as facts of one outlet.  A call names the messenger and holds
an imperative of receiving, joining or following with the news or the channel it offers; a report on
people using a messenger holds no such imperative opening a sentence (and a quoted call is reporting: the caller checks for
quotation marks).
"""

from __future__ import annotations

import re

_MESSENGER = re.compile(r"(?<!\w)(?:whats ?app|telegram|google (?:news|notícias|noticias|actualités)|viber|signal)(?!\w)", re.I)
# the imperative opens the line or one of its sentences ("Many readers get their news from WhatsApp" is a report)
_CALL = re.compile(
    r"(?:^|[.!?:]\s)[\W_]{0,4}+(?:"
    # Portuguese: receive, take part, join, follow, enter
    r"receba|participe|acompanhe|siga|entre (?:no|em|para)|inscreva-se|"
    # Spanish
    r"recib[ae]|únete|unete|súmate|sumate|s[íi]guenos|suscr[íi]bete|"
    # French
    r"recevez|rejoignez|abonnez-vous|suivez-nous|"
    # Italian
    r"ricevi|ricevete|unisciti|iscriviti|seguici|"
    # English
    r"join|get|follow"
    r")(?!\w)"
    # the unambiguous imperatives of the second person, wherever they stand ("Per restare aggiornato iscriviti al
    # canale WhatsApp"): a report tells what people did, not what "you" should
    r"|(?<!\w)(?:iscriviti|unisciti|únete|súmate|suscr[íi]bete|rejoignez|abonnez-vous|inscreva-se|join our)(?!\w)",
    re.I,
)
_OFFER = re.compile(
    r"(?<!\w)(?:not[íi]cias|informa[çc]ões|noticias|canal|nouvelles|actualités|infos|chaîne|canale|notizie|channel|news|updates|alerts?)(?!\w)",
    re.I,
)
_MAX_WORDS = 30


def is_channel_call(line: str) -> bool:
    """Whether ``line`` is the outlet's call to get its news on a messenger ("Receba as notícias do Diário no WhatsApp")."""
    return len(line.split()) <= _MAX_WORDS and bool(_MESSENGER.search(line) and _CALL.search(line) and _OFFER.search(line))

"""The outlet's call to use its own app or podcast, in English, German, French, Italian, Spanish and Portuguese.

News sites close or break a story with "Download our free app for the latest news", "Listen to our daily podcast
on Apple Podcasts, Spotify or wherever you get your podcasts", "Laden Sie sich jetzt unsere kostenlose News-App
herunter", "Téléchargez notre application", "Scarica la nostra app", "Descarga nuestra app".  :mod:`.channel_calls`
knows the calls to a messenger channel and :mod:`.reader_address` the questions about the outlet's offer ("Kennt
ihr schon unseren Podcast?"), not these imperatives, which stayed in the body as facts of one outlet.  A call
opens the line or one of its sentences with an imperative of downloading, getting, listening or subscribing, and
names the outlet's own ("our", "unsere", "notre", "la nostra", "nuestra") app or podcast, or the store it is in;
a report on an app ("The council urged residents to download its new parking app") opens with its subject, and a
quoted call is reporting (the caller checks for quotation marks).
"""

from __future__ import annotations

import re

_IMPERATIVE = re.compile(
    r"(?:^|[.!?:…]\s)[\W_]{0,4}+((?:"
    r"download|get|install|listen to|subscribe to|try|"  # English
    r"laden sie|lade dir|holen sie|hol dir|hören sie|hör dir|abonnieren sie|installieren sie|"  # German
    r"téléchargez|télécharge|écoutez|écoute|abonnez-vous|"  # French
    r"scarica|scaricate|ascolta|ascoltate|iscriviti|"  # Italian
    r"descarga|descárgate|descargue|escucha|escuche|suscríbete|"  # Spanish
    r"baixe|ouça|assine"  # Portuguese
    r"))(?!\w)",
    re.I,
)
# the outlet's own app or podcast, a few words after its possessive ("our free news app", "unsere kostenlose News-App")
_OWN = re.compile(
    r"(?<!\w)(?:our|unsere[nm]?|unser|notre|nos|la nostra|il nostro|i nostri|nuestra|nuestro|nuestros|nossa|nosso)"
    r"(?:[ ][\w-]++){0,3}?[ ](?:[\w-]*-?app|apps|application|applicazione|aplicación|aplicativo|podcasts?)(?!\w)",
    re.I,
)
_STORE = re.compile(r"(?<!\w)(?:apple podcasts|spotify|app store|google play|play store|deezer|audible)(?!\w)", re.I)
_MAX_WORDS = 35


def is_app_call(line: str) -> bool:
    """Whether ``line`` is the outlet's call to use its app or podcast ("Download our free app ...")."""
    if len(line.split()) > _MAX_WORDS or not (verbs := _IMPERATIVE.findall(line)):
        return False
    if _OWN.search(line):
        return True
    # a store alone only with a verb of downloading or listening ("Get ready, he said on Spotify" is a report)
    return bool(_STORE.search(line)) and any(v.strip(" .!?:…").lower() not in ("get", "try") for v in verbs)

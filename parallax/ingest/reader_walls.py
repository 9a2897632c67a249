"""A subscription wall's login prompt and a cookie notice, in the languages the line rules read elsewhere.

:mod:`parallax.ingest.boilerplate` takes the English prompts and calls by their vocabulary ("Already a subscriber?",
"Subscribe to continue reading") and a cookie notice where its sentence is shaped as a call and speaks of
consent in English, German, French or Spanish.  The wall's other half and the notices of other languages stayed:

* *The login prompt.*  The wall asks whether the reader subscribes already, and offers the login ("Déjà abonné ?
  Connectez-vous", "¿Ya eres suscriptor? Inicia sesión", "Sei già abbonato? Accedi", "Al abonnee? Log in", "Masz
  już subskrypcję? Zaloguj się").  The question is the whole line, or the login call alone follows it: a
  paragraph that asks it and goes on to report ("¿Ya eres suscriptor? La pregunta recibe ahora ...") stays, and
  so does a statement that opens with the same words ("Déjà abonné au journal depuis vingt ans, ...").
  A short line that says to subscribe or log in *to read on* ("Zaloguj się, aby czytać dalej", "Log in om verder
  te lezen") is the wall's call too.
* *The cookie notice.*  The site says that it uses cookies, with itself as the subject: "we use", "this site
  uses" in each language ("Wir verwenden Cookies", "Questo sito utilizza cookie", "Utilizamos cookies propias",
  "Ta strona używa plików cookies").  A report on cookies speaks of a site in the third person ("weil die Seite
  Cookies ohne Zustimmung setzte") or of biscuits, and a quoted notice carries quotation marks (the caller keeps
  those).  A notice runs to two or three sentences; a longer paragraph is not taken.
"""

from __future__ import annotations

import re

ALREADY = re.compile(
    r"^[^\w¿]*¿?(?:"
    r"already (?:a )?(?:subscriber|member|registered)"
    r"|(?:sie sind |du bist )?(?:schon|bereits) (?:abonnent(?:in)?|abonniert|registriert|kunde|kundin|mitglied)"
    r"|(?:vous êtes |tu es )?déjà (?:abonnée?|inscrite?|client)"
    r"|(?:ya eres|ya es|ya estás) (?:suscriptora?|abonad[oa]|miembro|registrad[oa])"
    r"|(?:sei|è) già (?:abbonat[oa]|registrat[oa]|iscritt[oa])"
    r"|já (?:é|és) (?:assinante|subscritora?|registad[oa]|cadastrad[oa])"
    r"|(?:ben je |bent u )?al (?:abonnee|lid|geregistreerd)"
    r"|masz już (?:subskrypcję|prenumeratę|konto)|jesteś już (?:subskrybentem|prenumeratorem)"
    r")\s?\?",
    re.I,
)
# the login call after the question, alone ("Log in", "Hier anmelden", "Connectez-vous", "Inicia sesión")
_LOGIN = re.compile(
    r"^\W*(?:(?:please |hier |jetzt |ici )?(?:log ?in|sign in|anmelden|einloggen|connectez-vous|identifiez-vous|se connecter"
    r"|inicia sesión|iniciar sesión|inicie sesión|accede|accedi|entra|entre|faça login|inicie sessão|inloggen|zaloguj się)"
    r"(?: here| hier| ici| aquí| qui| aqui| tutaj)?)\W*$",
    re.I,
)
# a short call to subscribe or log in to read on
_READ_ON = re.compile(
    r"\b(?:to (?:continue|keep) reading|um weiterzulesen|pour (?:lire la suite|continuer (?:à|a) lire)"
    r"|para (?:seguir|continuar) leyendo|per continuare a leggere|para continuar (?:lendo|a ler)"
    r"|om verder te lezen|aby (?:czytać dalej|przeczytać (?:całość|dalej|cały artykuł)))\b",
    re.I,
)
_MAX_PROMPT_WORDS, _MAX_READ_ON_WORDS = 12, 12
_COOKIE_USE = re.compile(
    r"\b(?:we use cookies|this (?:web ?)?site uses cookies"
    r"|wir (?:verwenden|nutzen|benutzen|setzen) (?:auf (?:dieser|unserer) (?:web)?seite )?cookies"
    r"|(?:diese|unsere) (?:web)?(?:seite|site) (?:verwendet|nutzt|benutzt|setzt) cookies"
    r"|nous utilisons (?:des )?cookies|ce site (?:web )?utilise (?:des )?cookies"
    r"|(?:utilizamos|usamos) (?:las )?cookies|(?:este|nuestro) (?:sitio|portal)(?: web)? (?:utiliza|usa) cookies"
    r"|(?:esta|nuestra) (?:web|página)(?: web)? (?:utiliza|usa) cookies"
    r"|(?:utilizziamo|usiamo) (?:i )?cookie|questo sito(?: web)? (?:utilizza|usa) (?:i )?cookie"
    r"|(?:este|o nosso) (?:site|sítio)(?: web)? (?:utiliza|usa) cookies"
    r"|(?:wij|we) (?:gebruiken|maken gebruik van) cookies|deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies"
    r"|(?:ta|nasza) strona(?: internetowa)? (?:używa|wykorzystuje|stosuje) (?:plików )?cookies?|używamy (?:plików )?cookies?)\b",
    re.I,
)
_MAX_NOTICE_WORDS = 60


def wall_reason(paragraph: str) -> str | None:
    """``"paywall note"`` for a wall's login prompt or its call to read on, ``"cookie consent"`` for a site's
    notice that it uses cookies (see the module's docstring), else ``None``."""
    words = len(paragraph.split())
    if words <= _MAX_PROMPT_WORDS and (m := ALREADY.match(paragraph)):
        rest = paragraph[m.end() :].strip()
        if not rest or _LOGIN.match(rest):
            return "paywall note"
    if words <= _MAX_READ_ON_WORDS and _READ_ON.search(paragraph) and _LOGIN_OR_SUBSCRIBE.match(paragraph):
        return "paywall note"
    if words <= _MAX_NOTICE_WORDS and _COOKIE_USE.search(paragraph):
        return "cookie consent"
    return None


# the wall's call opens with its verb: subscribe or log in
_LOGIN_OR_SUBSCRIBE = re.compile(
    r"^\W*(?:subscribe|log ?in|sign in|abonnieren|anmelden|einloggen|abonnez-vous|connectez-vous|suscríbete|suscríbase"
    r"|inicia sesión|abbonati|accedi|assine|faça login|abonneer|log in|word abonnee|zaloguj się|wykup|kup)\b",
    re.I,
)

"""An appeal box in a site's own markup: a small block that closes on a button asking the reader to join,
subscribe or give ("… Hacemos periodismo desde hace 106 años …" and under it the link "Hágase miembro ahora";
"Independent journalism needs you." and a "Donate" button).

Its class names are the site's own ("gni-nota", "promo-box"), so it cannot be known by name as captions and
popups are (:mod:`parallax.ingest.page_furniture`); its text may use no phrase of the appeal table
(:mod:`parallax.ingest.appeals`: "an informed public decides better").  What every such box has is its shape:
a few lines and, last, a link or button whose whole label is the call ("Become a member", "Subscribe now",
"Spenden", "Faire un don"; a newsletter's "Sign up", "Jetzt anmelden", "Inscrivez-vous", ext45).  The box is the button's nearest block that holds more than the button, and it goes
before the extraction reads the page when the button closes it and it is short; a link so labelled inside a
paragraph of the story, or at the end of a long block, stays.
"""

from __future__ import annotations

import re

from parallax.ingest.drops import drop_all

# a button's whole label: the call to join, subscribe or give, perhaps with "now", "today", "here" (and the
# languages' own: "jetzt", "maintenant", "ahora", "ora", "agora")
_CALL = re.compile(
    r"^\W*(?:(?:become|join as) an? (?:member|subscriber|supporter|patron)|join(?: us)?|subscribe|donate|give|support us"
    r"|(?:jetzt )?(?:mitglied werden|abonnieren|spenden|unterstützen)|werde(?:n sie)? mitglied"
    r"|devenez (?:membre|abonné)|abonnez-vous|faire un don|(?:je )?(?:m['’]abonne|fais un don)"
    r"|h(?:á|a)gase (?:miembro|socio)|hazte (?:miembro|socio)|suscr[íi]b(?:e|a)se|suscr[íi]bete|don(?:a|e)"
    r"|abbonati|diventa (?:socio|membro|abbonato)|assine|torne-se (?:membro|assinante)|doe"
    r"|sign (?:me )?up|(?:jetzt )?anmelden|inscrivez-vous|je m['’]inscris|reg[íi]strate|inscr[íi]bete|iscriviti"
    r"|inscreva-se|cadastre-se|zapisz się|meld je aan|schrijf je in|aanmelden|подписаться)"
    r"(?:\s(?:now|today|here|jetzt|maintenant|ahora|ya|ora|agora))?\W*$",
    re.I,
)
_BOXES = ("div", "section", "aside", "form", "p")
_MAX_BOX_WORDS = 80


def _box(button):
    """The button's nearest block ancestor that holds more than the button's label, or ``None``."""
    label = " ".join(button.text_content().split())
    for el in button.iterancestors(*_BOXES):
        if " ".join(el.text_content().split()) != label:
            return el
    return None


def _closes(box, button) -> bool:
    """Whether no text of the box follows the button."""
    label = " ".join(button.text_content().split())
    return " ".join(box.text_content().split()).endswith(label)


def drop_appeal_boxes(tree) -> None:
    """Remove short blocks that close on a button calling the reader to join, subscribe or give."""
    doomed = []
    for button in tree.iter("a", "button"):
        if not _CALL.match(button.text_content() or ""):
            continue
        box = _box(button)
        if (
            box is not None
            and len(box.text_content().split()) <= _MAX_BOX_WORDS
            and _closes(box, button)
            and next(box.iter("h1", "article"), None) is None
        ):
            doomed.append(box)
    drop_all(doomed)

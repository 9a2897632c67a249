"""Web furniture that survives extraction, recognised paragraph by paragraph.

Split out of :mod:`parallax.ingest.clean`: :func:`boilerplate_reason` says why a paragraph is paywall notes,
newsletter and sign-up calls, consent lines, share buttons, copyright lines or a dangling label ("Source:").
Most calls are judged by their shape as well as their words (an imperative opening, the reader addressed),
so that reporting that uses the same vocabulary stays.  The HTML extractor's line filters
(:mod:`parallax.ingest.line_filters`) end with this test too.
"""

from __future__ import annotations

import re

from parallax.ingest.appeals import SUPPORT_US
from parallax.ingest.calls import call_reason
from parallax.ingest.follow_calls import follow_note, follow_prose
from parallax.ingest.live_pointers import live_pointer
from parallax.ingest.notes import note_reason
from parallax.ingest.paywall_notes import paywall_note
from parallax.ingest.read_more_prose import is_read_more_prose
from parallax.ingest.reader_walls import wall_reason
from parallax.ingest.related_links import RELATED
from parallax.ingest.reported_questions import reported_question_end
from parallax.letters import LOWER, UPPER

# A copyright notice: the sign (also the circled letters Korean and Japanese sites print, "ⓒ"), "(c) 2024",
# "Copyright 2024", "Copyright Inexhibit 2019" (the owner, capitalised, before the year: "copyright law in 2019" is prose), and the reservation of rights as
# each language words it ("alle Rechte vorbehalten", "무단전재 및 재배포 금지": reproduction forbidden)
COPYRIGHT = (
    r"[©ⓒⒸ]|\(c\) ?\d{4}|\bcopyright (?:[©ⓒ]|\d{4}|(?:(?-i:[A-Z][\w.&-]*) ){1,4}(?:[©ⓒ] ?)?\d{4}\b)|"
    r"\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|"
    r"\btutti i diritti riservati\b|\btodos os direitos reservados\b|\balle rechten voorbehouden\b|\bwszelkie prawa zastrzeżone\b|"
    r"\bvšechna práva vyhrazena\b|\bminden jog fenntartva\b|\bвсе права защищены\b|\bвсі права захищені\b|"
    r"版权所有|版權所有|未经授权[，,]?\s?(?:不得|禁止)转载|無断転載|무단\s?전재|"
    # the wire's reprint terms under the story: "This material may not be published, broadcast, rewritten or redistributed."
    r"\bmay not be (?:re)?published, broadcast, rewritten,? (?:or|and) redistributed\b"
)
# A notice that opens with the sign or "Copyright 2024" is the outlet's however long the reprint terms after
# it run ("© 2026, Example News. This article is the copyrighted property of ... Written permission must be
# obtained before reprint ..."): reporting never opens so
_NOTICE = re.compile(r"^[\W_]*(?:[©ⓒⒸ]|\(c\) ?\d{4}|copyright (?:[©ⓒ]|\d{4}))", re.I)
_MAX_NOTICE_WORDS = 80
# ... and the sign in letters with its owner alone on the line, as agencies close a story: "(c) Agencia EFE", "(C) dpa"
# (not a list's third item, "(c) The minister may ...", which goes on past four words or ends on no name)
_OWNER_NOTICE = re.compile(r"^\((?:c|C)\)[ ]?(?:[A-Z]\w*|[a-z]{2,5})(?:[ ][A-Z][\w.&-]*){0,3}\.?$")
# A pointer from the story to the outlet's page on the subject, its address last: "Follow AP's coverage of the war in
# Ukraine at https://apnews.com/hub/russia-ukraine", "Read more on the summit at www.example.com/eu" (an imperative
# of following or reading opens it; a sentence of reporting does not end on a bare address)
_POINTER = re.compile(
    r"^(?:follow|read|see|find|get|watch|listen to|for more)\b[^\n]{0,150}?\s(?:at|on|here|via)\s?:?\s(?:https?://|www\.)\S+$", re.I
)

_CTA = [
    (r"\bpay ?wall\b|\bpaid (content|subscribers)\b|\bsubscribers? only\b|\balready a subscriber\b", "paywall note"),
    (r"\b(continue|keep) reading\b|\bto read (the full|more|this)\b|\bunlock (this|full)\b", "paywall note"),
    (r"\bsign(ing)?[ -]?up\b|\bsubscri(be|ption)\b|\bnewsletters?\b|\binbox\b|\bregister (now|for free)\b", "newsletter or sign-up"),
    (
        r"\bby (submitting|signing|clicking|continuing|registering)\b|\bi (agree|accept|consent)\b|\bterms (of (use|service)|and conditions)\b|\bprivacy (policy|notice)\b",
        "form or consent",
    ),
    (r"\bcookies?\b", "cookie consent"),  # (with the vocabulary of a consent notice: :data:`_COOKIE_CONSENT`)
    # a share or follow button's label, or the call to follow the outlet: the verb and "this", "on", "us", or a
    # network's name ("Follow Newsbeat on Instagram").  Not every line the verb opens: "Follow the steps below",
    # "Like most parents, you ...", "Print the form and bring it with you" are instructions and prose.
    (
        r"^(?:share|tweet|email|e-mail|print|follow|like|comment)\b(?: (?:this|on|us)\b|[\W_]*$|(?=[^.!?]*?\b(?:facebook|twitter|instagram|youtube|"
        r"linkedin|tiktok|whatsapp|telegram|bluesky|threads|mastodon|pinterest)\b))|\bshare (?:this|on|via)\b|\bfollow us\b",
        "share or follow",
    ),
    # (a lead-in "Read more", not the sentence that reads "more than" a figure: "Read more than 300 pages of ...")
    (
        r"^(advertisement|advertising|anzeige|publicité|sponsored( content)?|read more(?! than\b)|more:|related( articles| stories| content)?:?|see also|click here|watch:|listen:)",
        "advertisement or link",
    ),
    (COPYRIGHT, "copyright line"),
    # German, French, Spanish calls to action
    (r"\b(jetzt )?(abonnieren|anmelden|registrieren)\b|\bnewsletter\b|\bteilen\b|\bweiterlesen\b", "newsletter or sign-up"),
    (r"\babonnez-vous\b|\binscrivez-vous\b|\bs'abonner\b|\bpartager\b|\blire la suite\b", "newsletter or sign-up"),
    (r"\bsuscr[íi]bete\b|\bsuscripci[óo]n\b|\bbolet[íi]n\b|\bcompartir\b|\bleer m[áa]s\b", "newsletter or sign-up"),
    (r"\biscriviti\b|\babbonati\b|\babbonamento\b|\bcondividi\b|\bleggi (anche|tutto)\b", "newsletter or sign-up"),
    (r"\binscreva-se\b|\bassine\b|\bassinatura\b|\bcompartilhe\b|\bcadastre-se\b", "newsletter or sign-up"),
    # the forms' consent lines in the other languages ("Mit der Registrierung akzeptieren Sie unsere Datenschutz- und
    # Nutzungsbedingungen.", "En vous inscrivant, vous acceptez notre politique de confidentialité"): the
    # privacy policy and the terms by their names, and the reader's "I accept"
    *(
        (p, "form or consent")
        for p in (
            r"\bdatenschutz(?:erklärung|bestimmungen|hinweisen?|richtlinien?|-)|\bnutzungsbedingungen\b|\bich (?:akzeptiere|stimme)\b",
            r"\bpolitique de confidentialité\b|\bconditions (?:générales )?d['’]utilisation\b|\bj['’]accepte\b",
            r"\bpolítica de privacidad\b|\baviso de privacidad\b|\btérminos y condiciones\b|\bcondiciones de uso\b|\bacepto\b",
            r"\binformativa (?:sulla )?privacy\b|\btermini e condizioni\b|\baccetto\b",
            r"\bpolítica de privacidade\b|\btermos de uso\b|\baceito\b",
            r"\bprivacyverklaring\b|\bgebruiksvoorwaarden\b|\bpolityk[aię] prywatności\b|\bregulamin(?:ie|u)?\b",
        )
    ),
]
_CTA = [(re.compile(p, re.I), why) for p, why in _CTA]
# The word "cookies" is a consent notice's when the sentence also speaks of the site, the browser, accepting or
# settings: a recipe's "let your cookies cool" or a joke's "cookies in its fur" addresses the reader too.
_COOKIE_CONSENT = re.compile(
    r"\b(?:we use|uses?|accept\w*|consent\w*|agree|settings|preferences|browser|web ?site|site|polic(?:y|ies)|tracking|"
    r"enabl\w*|disabl\w*|allow\w*|akzeptier\w*|zustimm\w*|einstellungen|webseite|datenschutz\w*|navigateur|accepte\w*|paramètres|"
    r"consentement|politique|navegador|aceptar|configuración|política|sitio)\b",
    re.I,
)
# The shape of a call to action rather than a news sentence: an imperative
# opening, the reader addressed, a first-person form, or a bare label.
_IMPERATIVE = re.compile(
    r"^(sign|subscribe|register|join|get|receive|share|follow|like|click|tap|read|watch|listen|download|"
    r"support|donate|continue|log|create|enter|accept|manage|see|more|please|bitte|veuillez|abonnieren|melden|jetzt|abonnez|inscrivez|"
    r"suscr[íi]bete|reg[íi]strate|iscriviti|abbonati|registrati|seguici|scarica|inscreva-se|assine|siga|cadastre-se|baixe)\b",
    re.I,
)
_ADDRESSED = re.compile(
    r"\b(you|your|yours|our|we use|i agree|i accept|ihre?|sie|dich|dein(?:e[mnrs]?)?|vous|votre|vos|nous|tu|tus|te|su|sus"
    r"|tuo|tua|vostr[oa]|nostr[oa]|seu|sua|voc[êe])\b",
    re.I,
)
# the reader addressed in the second person alone (not "our", not German "sie", which is also "they")
_YOU = re.compile(r"\b(?:you|your|yours|dich|dein(?:e[mnrs]?)?|vous|votre|vos|tu|tus|te)\b", re.I)
# the outlet speaking of itself ("notre newsletter", "nuestro boletín", "unserem Newsletter"): the shape
# of a closing call only at the end of the text ("auf unsere Anfrage" is reporting)
_OURS = re.compile(r"\b(notre|nos|nuestr[oa]s?|unser(?:e[mnrs]?)?|nostri|nostre|nosso|nossa)\b", re.I)
# (not the en and em dashes, which open a quotation in Nordic, Slavic, French and Spanish: "– Följ med oss", said a mayor)
_LIST_BULLET = re.compile(r"^[-•·*▪►][ \t\u00a0]+")
QUOTE_MARKS = re.compile('["“”«»„]')
# A name in quotation marks, as Lithuanian, Latvian and Romanian write the names of networks and firms ("Sekite mus
# „Facebook“", "mūsų „Telegram“ kanale"): a capitalised word or three, not followed by the comma or dash that
# hands a quotation to its speaker.  Such marks quote no one, so they do not keep a call as reporting.
_QUOTED_NAME = re.compile(rf"[„“\"«]([{UPPER}][\w.+&-]*(?: [\w.+&-]+){{0,2}})[“”\"»](?![ ]?[,–—-])")


# The outlet asking its readers for support: the imperative with "us" as its object, in each language
# ("Support us", "Help us continue ...", "Unterstützen Sie uns", "Soutenez-nous", "Apóyanos", "Sostienici",
# "Apoie-nos", "Wesprzyj nas darowizną", "Steun ons", "Podpořte nás", "Поддержите нас").  Reporting
# gives such words only inside quotation marks ("'Help us,' the villagers shouted").
_SUPPORT_US = SUPPORT_US  # the phrase table: :mod:`parallax.ingest.appeals`
_MAX_APPEAL_WORDS = 60


def _is_appeal(paragraph: str) -> bool:
    """Whether the paragraph holds the imperative of :data:`_SUPPORT_US` as a command: opening a sentence,
    or capitalised as a button's label is ("We need your help Help us continue"); inside a sentence the
    words are a clause's ("heaven help us", "to help us achieve that")."""
    for m in _SUPPORT_US.finditer(paragraph):
        before = paragraph[: m.start()].rstrip(" \t\u00a0")
        if not before or before[-1] in ".!?:|–—-" or m.group()[0].isupper():
            return True
    return False


# A closing call that names no offer of ours ("Listen to Newsbeat live at 12:45 - or listen back here.",
# "Get the day's big stories + fun stuff you love ..."): at the end of the text, an imperative opening
# that addresses the reader or points to a link ("here")
_HERE = re.compile(r"\b(?:here|hier|ici|aquí|aqui|qui|tutaj|tady|здесь|тут)\W*$", re.I)
_MAX_CALL_WORDS = 40


# A sentence ends on a stop and the next opens with a capital: one run of spaces between them (linear)
_SENTENCE_BREAK = re.compile(rf"(?<=[.!?])[ ]++(?=[{UPPER}])")


def _sentence_at(paragraph: str, offset: int) -> str:
    """The sentence of ``paragraph`` that holds the character at ``offset``."""
    start = 0
    for m in _SENTENCE_BREAK.finditer(paragraph):
        if m.end() > offset:
            return paragraph[start : m.start()]
        start = m.end()
    return paragraph[start:]


def _call_shaped(sentence: str, is_last: bool) -> bool:
    """Whether a sentence has the shape of a call to action: short, a label, an imperative opening, the
    reader addressed, or (at the text's end) the outlet speaking of itself.  Judged sentence by sentence,
    so that in a paragraph of prose a word of the calls' vocabulary used as any other ("Ich wandere gerne mit
    Leuten, die meine Liebe zu den Bergen teilen.") does not take the paragraph with it because
    another of its sentences says "ihre" or "you"."""
    words = sentence.split()
    label = sentence.rstrip().endswith(":") and len(words) <= 6
    call = _LABEL_FIRST.sub("", sentence, count=1)  # "Newsletter: Jetzt anmelden ...": the imperative after a label
    return (
        len(words) <= 4
        or label
        or bool(_IMPERATIVE.search(call) or _ADDRESSED.search(sentence))
        or (is_last and bool(_OURS.search(sentence)))
    )


# a label of one or two words and a colon before a call ("Newsletter: Jetzt anmelden und nichts mehr verpassen!",
# "Newsletter : inscrivez-vous", "Boletín: suscríbete"); the call's vocabulary must still be in the sentence
_LABEL_FIRST = re.compile(r"^\W*[^\W\d_]+(?:[ -][^\W\d_]+)?[ \u00a0]?:[ \u00a0]*")


# A consent notice runs longer than other calls (its legalese: what the data are used for, that consent can
# be withdrawn); it names the privacy policy or the terms, in a sentence shaped as a call (:func:`_call_shaped`).
# (The word "cookies" alone is too weak for a long paragraph: a recipe's "cookie sheet".)
_CONSENT = frozenset({"form or consent"})
_MAX_CONSENT_WORDS = 60


_CAPS_LEAD = re.compile(rf"(?P<lead>[{UPPER}]{{2,}}(?:\s[{UPPER}]{{2,}}){{0,3}})\s(?=[{UPPER}][{LOWER}])")


def bare_lead_in(paragraph: str) -> bool:
    """Whether a paragraph is a "read also" lead-in alone ("Mehr zum Thema", "Læs også:"): the headline it links
    is the paragraph after it, which :func:`parallax.ingest.clean.clean_paragraphs` takes with it."""
    m = RELATED.match(paragraph)
    return m is not None and not paragraph[m.end() :].strip()


def _related_link(paragraph: str) -> bool:
    """Whether a paragraph is a "read also" lead-in with the headline it links ("Read also: Storm hits Hull",
    "اقرأ أيضا: ...", "Czytaj także: ..."): a text or JSONL body keeps it as the page printed it, where the HTML
    extractor drops it as a line (:data:`parallax.ingest.related_links.RELATED`, its lead-ins in each language)."""
    if len(paragraph.split()) > 30:
        return False
    if RELATED.match(paragraph) is not None:
        return True
    # a lead-in set in capitals on a line of its own, which the paragraph joined to the headline after it:
    # "İLGİLİ HABERLER Son dakika: ...", "READ MORE Storm closes the port" (the capitals end the lead-in)
    caps = _CAPS_LEAD.match(paragraph)
    return caps is not None and RELATED.match(caps.group("lead") + ":") is not None


def boilerplate_reason(paragraph: str, is_last: bool = False) -> str | None:
    """Why ``paragraph`` is web furniture rather than reporting, or ``None``."""
    words = paragraph.split()
    if _NOTICE.match(paragraph) and len(words) <= _MAX_NOTICE_WORDS or _OWNER_NOTICE.match(paragraph):
        return "copyright line"
    if len(words) <= 30 and _POINTER.match(paragraph.strip()):
        return "link line"
    if _related_link(paragraph):
        return "related link"
    paragraph = _QUOTED_NAME.sub(r"\1", paragraph)
    # a list's bullet before the call ("- Follow us on X for the latest updates", "• Share this article") hides the
    # imperative that opens it: the call is judged without its bullet
    paragraph = _LIST_BULLET.sub("", paragraph, count=1)
    if not words or QUOTE_MARKS.search(paragraph):
        return None
    if why := note_reason(paragraph, is_last):  # the writer's contact line, the publisher's disclaimer
        return why
    if paywall_note(paragraph):  # "La suite est réservée aux abonnés." (:mod:`.paywall_notes`)
        return "paywall note"
    if why := wall_reason(paragraph):  # "Déjà abonné ? Connectez-vous", "Wir verwenden Cookies" (:mod:`.reader_walls`)
        return why
    if len(words) <= _MAX_APPEAL_WORDS and _is_appeal(paragraph):
        return "appeal for support"
    if len(words) <= _MAX_CALL_WORDS and follow_note(paragraph):  # "Seguici su Instagram" (:mod:`.follow_calls`)
        return "share or follow"
    if why := call_reason(paragraph):
        return why
    if live_pointer(paragraph):  # "Follow our live coverage below." (:mod:`.live_pointers`)
        return "share or follow"
    if is_last and len(words) <= _MAX_CALL_WORDS and _IMPERATIVE.search(paragraph) and (_HERE.search(paragraph) or _YOU.search(paragraph)):
        return "closing call"
    if len(words) > _MAX_CONSENT_WORDS:
        return None
    label = paragraph.rstrip().endswith(":") and len(words) <= 6
    asked = reported_question_end(paragraph, _call_shaped)  # "Already a subscriber? The question ..." (:mod:`.reported_questions`)
    for pattern, why in _CTA:
        if len(words) > 30 and why not in _CONSENT:
            continue
        if why == "copyright line":
            if pattern.search(paragraph):
                return why
        elif any(
            _call_shaped(s := _sentence_at(paragraph, m.start()), is_last)
            and (why != "cookie consent" or _COOKIE_CONSENT.search(s))
            and not (why == "advertisement or link" and is_read_more_prose(s))  # (:mod:`.read_more_prose`)
            and not (why == "share or follow" and m.group()[:6].lower() == "follow" and follow_prose(s))  # (:mod:`.follow_calls`)
            for m in pattern.finditer(paragraph)
            if m.start() >= asked
        ):
            return why
    if label and is_last:
        return "dangling label"
    return None

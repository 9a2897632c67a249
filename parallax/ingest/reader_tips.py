"""The outlet asking its readers whether they have a story or a tip, and where to send it: "Do you have a story?
Email tips@example.com", "Got a news tip? Let us know.", "Have a tip about this story? Contact us at ...",
"Haben Sie einen Hinweis? Schicken Sie ihn an ...", "Vous avez une info ? Écrivez-nous".

:mod:`parallax.ingest.tip_lines` knows the line by its "write to us" verb and an e-mail address; this one knows it
by its opening question, which asks the *reader* for a story, a tip or information (no report asks its reader
that), followed by nothing (where the question names a tip) or by the call alone: a verb of writing, sending or
calling at the start of what follows, to "us" or to an e-mail address.  A paragraph that asks the same question and goes on to report ("Do you have a
story to tell? Thousands of residents answered ...") stays, as does one in quotation marks (someone asked it).
"""

from __future__ import annotations

import re

_QUOTE_MARKS = re.compile("[\"“”«»„]")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")  # from a run's start, no backtracking: linear
# the question: the reader is asked for a story, a tip, information, pictures (en, de, fr, es, it, nl, pt, pl), up to its "?"
_ASK = re.compile(
    r"^[^\w¿]*¿?(?:"
    r"(?:(?:do|did) you )?(?:have|got|know) (?:a|any|an|some) (?:news |story )?(?:story|stories|news|tips?|information|info|photos?|videos?|pictures?)"
    r"|(?:haben sie|hast du|habt ihr|sie haben|du hast) (?:einen |eine |ein )?(?:hinweise?|tipps?|informationen|neuigkeiten|news|fotos?|videos?|geschichte)"
    r"|(?:vous avez|avez-vous|tu as|as-tu) (?:une |un |des )?(?:infos?|informations?|témoignages?|photos?|vidéos?|histoire)"
    r"|(?:tienes|tiene usted|tiene|tenés) (?:una |un |alguna |algún )?(?:historia|noticias?|información|datos?|pista|fotos?|vídeos?|videos?)"
    r"|(?:hai|avete|ha) (?:una |un |delle |qualche )?(?:segnalazion[ei]|storia|notizi[ae]|informazioni|foto|video)"
    r"|(?:heb je|hebt u|heeft u) (?:een )?(?:tip|nieuwstip|nieuws|verhaal|informatie|foto's|video's)"
    r"|(?:você tem|tem|tens|têm) (?:uma |um |alguma |algum )?(?:notícias?|história|informaç(?:ão|ões)|dica|fotos?|vídeos?)"
    r"|(?:masz|macie|ma pan|ma pani) (?:jakąś |jakieś |jakiś )?(?:informacj[eęa]|newsa?|temat|historię|sygnał|zdjęci[ae]|wideo)"
    r")\b[^?.!\n]{0,80}\?",
    re.I,
)
# what may follow the question: the call (a verb of writing, sending, calling or telling "us"), per language
_CALL = re.compile(
    r"^\W*(?:e-?mail|contact|call|text|send|write|message|get in touch|let us know|tell us|reach|submit|share|whatsapp"
    r"|schicken|schreiben|kontaktieren|melden|mailen|rufen|teilen"
    r"|écrivez|contactez|envoyez|partagez|appelez|écris|envoie"
    r"|escríbenos|envíanos|contáctanos|escribe|envía|comparte|llama"
    r"|scrivici|inviaci|contattaci|scrivi|invia|segnala|chiama"
    r"|mail|stuur|bel|laat het ons weten"
    r"|envie|escreva|mande|conte|partilhe|compartilhe|fale|napisz|napiszcie|wyślij|wyślijcie|zadzwoń|skontaktuj|daj(?:cie)? znać)\b"
    r"|^\W*(?:envíanos|escríbenos|inviace|scrivete|mandace)\w*",
    re.I,
)
# ... and the call goes to "us" (the outlet) or to an address: "Call police on 101" after the question is the
# police's appeal, which the report relays
_TO_US = re.compile(r"\b(?:us|uns|nous|nos|nosotros|ci|ons|here|hier|ici|aquí|qui|nós|aqui|conosco|connosco|nas|nam|tutaj)\b", re.I)
# a question that is a tip line on its own: it names a tip to the press (a paragraph that is only "Do you have
# any information?" may be an interviewer's question)
_TIP_WORD = re.compile(r"\b(?:tips?|news|hinweise?|tipps?|neuigkeiten|infos?|segnalazion[ei]|pista|nieuwstip|dica|newsa?)\b", re.I)
# the verbs that carry "us" in them ("Scrivici", "Escríbenos", "Contactez-nous", "Let us know")
_CALL_US = re.compile(
    r"^\W*(?:let us know|tell us|get in touch|write to us|email us|e-mail us|contact us"
    r"|schreiben sie uns|schreib uns|kontaktieren sie uns|écrivez-nous|contactez-nous|écris-nous"
    r"|escríbenos|envíanos|contáctanos|escríbanos|scrivici|scriveteci|inviaci|contattaci|segnalacelo|laat het ons weten)\b",
    re.I,
)
_MAX_WORDS, _MAX_CALL_WORDS = 35, 25
# the call alone, with no question before it: send *us* (the outlet) your story, news, tip or pictures ("Send us
# your story", "Schicken Sie uns Ihre Geschichte", "Envoyez-nous votre histoire", "Wyślij nam swoją historię"),
# and nothing after the thing asked for but a pointer ("here", an address).  A sentence that reports such a call
# goes on after it ("Send us your story, the council urged residents, ..."), so the line must end there.
_SEND_US = re.compile(
    r"^\W*(?:send us|share with us|tell us|email us|e-mail us"
    r"|schicken sie uns|senden sie uns|schick(?:t)? uns|erzählen sie uns|erzähl uns"
    r"|envoyez-nous|envoie-nous|racontez-nous|raconte-nous|partagez avec nous"
    r"|envíanos|envíenos|cuéntanos|cuéntenos|compártenos"
    r"|inviaci|inviateci|mandaci|raccontaci|raccontateci|segnalaci"
    r"|envie-nos|envia-nos|mande-nos|conte-nos|partilhe connosco|compartilhe conosco"
    r"|stuur ons|deel met ons|vertel ons"
    r"|wyślij nam|wyślijcie nam|przyślij nam|opowiedz nam|napisz nam)"
    r"(?: [^\W\d_]+){0,3} (?:story|stories|news|tips?|photos?|videos?|pictures?"
    r"|geschichten?|neuigkeiten|nachrichten|hinweise?|tipps?|fotos?|videos?"
    r"|histoires?|témoignages?|infos?|informations?|photos?|vidéos?"
    r"|historias?|noticias?|información|pistas?|fotos?|vídeos?"
    r"|storie|storia|notizi[ae]|segnalazion[ei]|foto|video"
    r"|história|histórias|notícias?|informaç(?:ão|ões)|dicas?"
    r"|verhaal|verhalen|nieuws|nieuwstips?|foto's|video's"
    r"|historię|historie|informacj[eę]|newsa?|zdjęci[ae]|wideo)"
    r"(?:\W*(?:here|hier|ici|aquí|qui|aqui|tutaj))?\W*$",
    re.I,
)
_MAX_SEND_WORDS = 12


def reader_tip_reason(paragraph: str) -> str | None:
    """``"tip line"`` when the paragraph asks the reader for a story or tip and then only says where to send it, or
    is only the call to send the outlet one."""
    if len(paragraph.split()) > _MAX_WORDS or _QUOTE_MARKS.search(paragraph):
        return None
    if len(paragraph.split()) <= _MAX_SEND_WORDS and _SEND_US.match(paragraph):
        return "tip line"
    m = _ASK.match(paragraph)
    if not m:
        return None
    rest = paragraph[m.end() :].strip()
    if not rest:
        return "tip line" if _TIP_WORD.search(m.group()) else None
    if len(rest.split()) > _MAX_CALL_WORDS:
        return None
    if _CALL_US.match(rest) or (_CALL.match(rest) and (_EMAIL.search(rest) or _TO_US.search(rest))):
        return "tip line"
    return None

"""Lines the page's widgets and pictures leave in the text: player and gallery labels, photo credits.

A news template prints fixed labels around the story -- the audio player's "Listen to this article", the
video's "Your browser does not support the video tag.", the gallery's "Image 3 of 12", "Story continues below
advertisement", the share buttons' "Facebook Twitter Email" -- and under each picture its credit ("(AP Photo/Evan Vucci)", "Jane Doe/Getty Images").  When the
extraction keeps them, they stand as lines of their own, or close a caption.  :func:`widget_reason` knows the
labels as whole lines only (a sentence that uses the words goes on), and a credit by its form: a photo label
with a slash or "by", or a picture agency's name closing a short line.
"""

from __future__ import annotations

import re

from parallax.ingest.player_labels import is_player_label

# Whole-line labels of players, galleries and advert slots, in English, German, French and Spanish.
_WIDGET = re.compile(
    r"^[\W_]*(?:"
    r"listen to (?:this|the) (?:article|story|podcast)(?: \W? ?\d+ min(?:utes?|s)?)?|"
    r"your browser does not support (?:the |this )?(?:audio|video|html5 video|iframes?)(?: element| tag| player)?|"
    r"(?:play|watch|replay) (?:the )?video|video (?:player )?(?:is )?loading|loading(?: video)?|"
    r"(?:show|hide|view|load) (?:all )?comments(?: \(\d+\))?|(?:hide|toggle|show) caption|enlarge (?:this )?image|"
    r"(?:image|photo|picture|slide|bild|foto|imagen) \d+ (?:of|von|de|sur) \d+|"
    r"(?:advertisement|ad)\W{0,3}(?:the )?(?:story|article) continues below|(?:the )?(?:story|article|text) continues (?:below|after) (?:this )?(?:advertisement|ad)|"
    r"continue reading below|scroll to continue(?: with content)?|skip (?:advertisement|ad)|"
    r"copy link|gift (?:this )?article|send any friend a story|"
    r"artikel (?:anhören|vorlesen(?: lassen)?)|(?:video|audio) abspielen|bild vergrößern|weiterlesen nach der anzeige|"
    r"(?:écouter|lire) cet article|lire la vidéo|escuchar (?:el )?(?:artículo|nota)|reproducir video|"
    # the picture's prompt to open it large: "Click to enlarge", "Zum Vergrößern bitte anklicken", "Cliquez pour agrandir"
    r"(?:click|tap)(?: here| on the (?:image|photo|picture))? (?:to|for) (?:enlarge|zoom|expand|a larger (?:image|version|view))(?: (?:the )?(?:image|photo|picture))?|"
    r"(?:zum vergrö(?:ß|ss)ern (?:bitte )?(?:an)?klicken|(?:bitte )?(?:an)?klicken(?:,)? (?:zum|um zu) vergrö(?:ß|ss)ern|(?:für|zur) vergrö(?:ß|ss)erung (?:bitte )?(?:an)?klicken)|"
    r"cliquez(?: ici| sur l['’]image| sur la photo)? pour (?:agrandir|zoomer)|(?:haz |haga )?clic(?: aquí| en la imagen)? para (?:ampliar|agrandar)|"
    r"clicca(?: sull['’]immagine)? per ingrandire|klik(?: op de afbeelding)? om te vergroten|"
    # the feedback box under the text: "Was this article helpful?", "War dieser Artikel hilfreich?", "Cet article
    # vous a-t-il été utile ?", "¿Te resultó útil este artículo?", perhaps with its buttons ("Yes No")
    r"(?:(?:was|is) this (?:article|post|page|story|information|answer) (?:helpful|useful)|did you find this (?:article|post|page|story|information) (?:helpful|useful)|"
    r"(?:war|ist) (?:dieser|der) (?:artikel|beitrag|text) hilfreich|(?:fandest du|fanden sie|findest du|finden sie) (?:diesen |den )?(?:artikel|beitrag|text) hilfreich|"
    r"cet article (?:vous )?a-t-il été utile|cet article vous a-t-il aidé|"
    r"(?:te|le) (?:ha resultado|resultó|ha sido|fue) útil (?:este|esta) (?:artículo|nota|información)|(?:este artículo|esta nota) (?:te|le) (?:ha resultado|resultó|fue) útil|"
    r"questo articolo (?:ti|le) è stato utile|(?:este artigo|esta matéria) foi útil|was dit artikel nuttig)"
    r"(?:[\W_]+(?:yes|ja|oui|sí|si|sim)[\W_]+(?:no|nein|non|não|nee))?"
    r")[\W_]*$",
    re.I,
)
# A row of share buttons, their labels run together: "Facebook Twitter Email", "Share on Facebook · WhatsApp ·
# Copy link".  Two labels at least ("Twitter" alone may be an item of the story's own list).
_SHARE_ROW = re.compile(
    r"^[\W_]*(?:(?:share(?: (?:on|via))?|tweet|facebook|twitter|x|e-?mail|mail|print|whatsapp|linkedin|pinterest|reddit|telegram|"
    r"messenger|flipboard|pocket|sms|copy(?: link)?|threads|bluesky|teilen|partager|compartir(?: en)?|"
    # the buttons in Portuguese, Spanish and Italian: "Partilhar no Facebook · Enviar por e-mail", "Copiar liga"
    r"partilh(?:ar|e)(?: n[oa]| por| via)?|compartilh(?:ar|e)(?: n[oa])?|condividi(?: su)?|enviar(?: por)?|invia(?: per)?|"
    r"cop(?:iar|ia)(?: (?:o )?(?:link|liga|enlace))?)(?:[\W_]+|$)){2,12}$",
    re.I,
)
# A picture agency or stock library that a credit names last: "Jane Doe/Getty Images", "AFP via Getty Images",
# "picture alliance/dpa", "Shutterstock".
_AGENCY = (
    r"(?:getty images|shutterstock|istock(?:photo)?|alamy(?: stock photo)?|unsplash|picture[ -]alliance|imago(?: images)?|epa-efe|ap photo)"
)
_AGENCY_LINE = re.compile(
    rf"^[(\[]?(?:[^()\[\]\n/]{{1,60}}(?:/|\bvia\b|\bfor\b)\s?)?{_AGENCY}(?:/[^()\[\]\n]{{1,40}})?[)\]]?$", re.I
)  # (no full stop: "She worked for Getty Images.")
# A caption's closing credit: "(AP Photo/Evan Vucci)", "(Photo: Jane Doe)", "[Image: Marrow Council]",
# "Photo by Jane Doe/Reuters" (a photo label with a slash, a colon or "by", at the end of the line).
_CREDIT_TAIL = re.compile(
    r"(?:^|\s)[(\[]?(?:(?:AP|AFP|EPA|PA|Reuters|[A-Z]{2,6})\s)?(?:photo(?:graph)?s?|image|picture|foto|bild|credit)(?:\s?:\s?|\s?/\s?|\sby\s)"
    r"[^()\[\]\n]{1,80}[)\]]?\s*$",
    re.I,
)
_MAX_LABEL_WORDS, _MAX_CAPTION_WORDS = 12, 45
# A widget's instructions to the reader about its own button ("Mit diesem Button kannst Du diese Episode zu einer
# Liste hinzufügen. Dazu musst Du Dich einloggen:", "Click this button to add the episode to your list"): a text
# opening on "this button" speaks of a control on the page, which a report does not.
_BUTTON_NOTE = re.compile(
    r"^[\W_]*(?:mit diesem (?:button|knopf)|(?:with|using) this button|(?:click|press|tap|use) (?:on )?this button|"
    r"(?:klicke|klicken sie) (?:auf )?(?:diesen|den) (?:button|knopf)|avec ce bouton|(?:cliquez|cliquer) sur ce bouton|con este botón)\b",
    re.I,
)
_MAX_NOTE_WORDS = 45


def widget_reason(line: str) -> str | None:
    """Why ``line`` is a widget's label or a picture's credit (or a caption closed by one), else ``None``."""
    words = len(line.split())
    if words <= _MAX_LABEL_WORDS and _WIDGET.match(line):
        return "widget label"
    if is_player_label(line):  # "Listen · 5:32 min", "Audio player loading…" (:mod:`.player_labels`)
        return "widget label"
    if words <= _MAX_LABEL_WORDS and _SHARE_ROW.match(line):
        return "share buttons"
    if words <= _MAX_NOTE_WORDS and _BUTTON_NOTE.match(line):
        return "widget note"
    if words <= _MAX_LABEL_WORDS and _AGENCY_LINE.match(line.strip()):
        return "photo credit"
    if words <= _MAX_CAPTION_WORDS and (m := _CREDIT_TAIL.search(line)) and _is_credit(m.group().strip()):
        return "photo credit"
    return None


def _is_credit(tail: str) -> bool:
    """A credit at a line's end is set off: in brackets, or after a slash ("Photo by Jane Doe/Reuters"), or it
    names a picture agency.  ("... shown in the photo by the fountain" is a sentence.)"""
    return tail[0] in "([" or "/" in tail or re.search(_AGENCY, tail, re.I) is not None

"""A closing service block: "Weitere Informationen", a contact, opening hours, kept under the article.

Regional news portals and the pages of towns, museums and associations close a report with the portal's own box
of service paragraphs::

    Weitere Informationen: Das Stadtmuseum lädt regelmäßig zu Führungen ein, mehr unter www.example.de.
    Kontakt: Tel. 0761 123 456, info@example.de
    Öffnungszeiten: Di–So 10–17 Uhr, montags geschlossen

The extraction keeps the box as the article's last paragraphs, where it reads as the report's closing facts and
says nothing of the event.  Each line alone could close a report ("For more information, visit ..."), so one
such line stays; the rule is the shape: the last two to :data:`_MAX_LINES` lines are each a service line (one
opening with a further-information, contact or opening-hours label, or one of contact data or weekday hours
only), of two kinds at least, and the article above holds more words than the block.
"""

from __future__ import annotations

import re

# a phrase that opens a paragraph of further information, whatever follows it
_INFO = (
    r"(?:weitere|mehr|nähere) (?:informationen|infos?)|(?:for )?(?:more|further) (?:information|info|details)|"
    r"(?:plus d['’]|pour plus d['’]|d['’]autres )(?:informations|infos)|(?:informations|infos) pratiques|pour en savoir plus|"
    r"(?:maggiori|ulteriori|altre|per) (?:informazioni|info)|info e contatti"
)
# a label, only as a label (followed by a colon, or alone on its line): "Info:", "Kontakt:", "Öffnungszeiten"
_INFO_LABEL = r"infos?|informationen|informations|information|informazioni"
_CONTACT = (
    r"kontakt|ansprechpartner(?:in)?|anmeldung|reservierung|eintritt|tickets?|karten|"
    r"contacts?|registration|admission|booking|"
    r"réservations?|inscriptions?|entrée|billetterie|tarifs?|"
    r"contatti|contatto|prenotazioni?|iscrizioni?|ingresso|biglietti"
)
_HOURS = (
    r"öffnungszeiten|sprechzeiten|opening (?:hours|times)|hours|horaires(?: d['’]ouverture)?|heures d['’]ouverture|"
    r"orari(?:o)?(?: di apertura)?"
)
_LABEL = re.compile(
    rf"^[\W_]{{0,3}}(?:(?P<info>{_INFO})\b|(?:(?P<info2>{_INFO_LABEL})|(?P<contact>{_CONTACT})|(?P<hours>{_HOURS}))[ ]?(?::|$|[–—-][ ]))",
    re.I,
)
_PHONE = re.compile(r"(?:\+\d{1,3}+[ ]?(?:\(0\)[ ]?)?|\(?0)\d{1,5}+\)?[ /-]?\d{2,}+(?:[ -]\d{2,}+){0,3}+")
_DATA = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++|\bwww\.[\w-]++(?:\.[\w-]++)++|https?://\S++")
# "Mo–Fr 9–17 Uhr", "Mon–Fri 9am–5pm", "lun-ven 9-18", "Di. - So. von 10 Uhr"
_DAYS = (
    r"mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"gio|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
)
_WEEKDAY_HOURS = re.compile(rf"\b(?:{_DAYS})\.?[ ]?[–—-][ ]?(?:{_DAYS})\b\.?,?[ ]+(?:von[ ]|de[ ]|dalle[ ])?\d{{1,2}}", re.I)
_MAX_LINES = 4
_MAX_LINE_WORDS = 45  # a service paragraph: a sentence or two, not a paragraph of the report


def service_kind(line: str) -> str | None:
    """"info", "contact" or "hours" for a service line (see the module's docstring), else ``None``."""
    words = len(line.split())
    if words > _MAX_LINE_WORDS:
        return None
    if m := _LABEL.match(line):
        return "info" if m.group("info2") else m.lastgroup
    if _WEEKDAY_HOURS.search(line) and words <= 15:
        return "hours"
    rest = _PHONE.sub(" ", _DATA.sub(" ", line))
    if rest != line and len(re.findall(r"[^\W\d_]{3,}", rest)) <= 4:  # contact data, a label or a name at most
        return "contact"
    return None


def without_service_block(lines: list[str]) -> list[str]:
    """``lines`` without a closing service block (see the module's docstring)."""
    best = None
    kinds: set[str] = set()
    for size in range(1, min(_MAX_LINES, len(lines) - 1) + 1):
        kind = service_kind(lines[-size])
        if kind is None:
            break
        kinds.add(kind)
        if size >= 2 and len(kinds) >= 2:
            best = size
    if best is None:
        return lines
    head, block = lines[:-best], lines[-best:]
    if sum(len(ln.split()) for ln in head) <= sum(len(ln.split()) for ln in block):
        return lines
    return head

"""Bylines, signatures and closing credits: who wrote the article, not what it reports.

Split out of :mod:`parallax.ingest.clean`.  :func:`byline_reason` recognises a byline anywhere ("By Jane
Doe", "Von Tobias Krämer") and, at an edge of the article, the shapes that only there are no reporting: a
bare name, an editors' signature ("tkr/sel"), a wire's credit line ("Reporting by ...; Editing by ...").
:func:`is_credit` is the closing credit alone, which the paragraph splitter also needs.
"""

from __future__ import annotations

import re

from parallax.ingest.credit_shapes import AGENCY_SIGNATURE, MAX_SOURCE_WORDS, SIGNATURE, SOURCE_LINE, agency_credit
from parallax.ingest.script_credits import script_byline_reason
from parallax.ingest.staff_lines import is_newsroom_line, is_outlet_byline, is_staff_byline
from parallax.ingest.wire_trailers import is_wire_trailer
from parallax.letters import LOWER, UPPER

# A byline: "By Jane Doe and John Roe", "Von Tobias Krämer", "Door Pieter van den Berg", "Propos recueillis
# par Anne Roy", "Автор Ирина Соколова"; the name's words are capitalised (or particles: "van", "de"), so
# "Von Montag an gilt ..." and "Por fin ..." are sentences.  It may not end on a word's full stop.
_BY = (
    r"(?:[Bb]y|BY|[Vv]on|VON|[Dd]e|DE|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|DI|[Dd]oor|DOOR|[Aa]v|AV|[Pp]rzez|PRZEZ|[Аа]втор|АВТОР|Συντάκτ(?:ης|ρια)|ΣΥΝΤΑΚΤΗΣ|Yazar|YAZAR|Muhabir|MUHABİR|Haber|HABER|Oleh|OLEH"
    r"|(?:[Pp]ropos recueillis|[Tt]exte|[Rr]eportage|[Ee]ntretien réalisé) par|[Tt]exto(?: y fotos?)? de|[Tt]ext(?: und Fotos?)? von)"
)
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|y|zu|ten|ter|al|bin|ibn)"
_NAME_WORD = rf"[{UPPER}][\w.'’&-]*"
# The writer's post or place may follow in brackets: "Par Thomas Wieder (Berlin, correspondant)", "Par Sophie
# Laurent (envoyée spéciale à Carcassonne)", "Von Anna Roth (Rom)"
_POST_IN_BRACKETS = r"(?:\s?\([^()\n]{2,50}\))?"
# ... or after a comma: "Por Fernanda Lima, correspondente em Maputo", "By Jane Roe, special correspondent in Kyiv"
_POST_AFTER_COMMA = (
    rf"(?:,\s(?:(?:special|senior|chief|foreign)\s|(?:[{UPPER}][{LOWER}]+\s){{1,2}}(?=(?i:correspondent|editor|reporter)(?:\s|$)))?"
    rf"(?:correspondente|correspondent|correspondant|correspondante|corresponsal|corrispondente|(?<=[{LOWER}]\s)(?i:editor|reporter)"
    rf"|enviad[oa]\sespecial|envoyée?\sspéciale?|inviat[oa](?:\sspeciale)?|Korrespondent(?:in)?|korrespondent|koresponden)"
    rf"(?:\s(?:em|en|in|à|a|i|di|no|na)\s[{UPPER}][\w'’-]+(?:\s[{UPPER}][\w'’-]+)?)?)?"
)
# ... or the place the writer files from, after a preposition: "By Sid Lowe in Madrid", "Par Anne Roy à Kyiv",
# "Por Ana Ruiz en Lima" (capitalised, so "By Jane Roe in the end" is no byline)
_PLACE_AFTER = rf"(?:\s(?:in|à|em|en)\s[{UPPER}][\w'’-]+(?:\s[{UPPER}][\w'’-]+)?)?"
# ... or the agency the writer worked with: "Par Julien Lefèvre avec AFP", "Von Eva Roth mit dpa", "Haber: Ali Kaya / İHA"
# (an agency in capitals, or one the press writes in lower case; a lower-case word after "avec" is a sentence's)
_AGENCY_AFTER = (
    rf"(?:\s(?:avec|mit|with|con|com|ve)\s(?:l['’])?|\s?/\s?)(?:[{UPPER}][{UPPER}-]{{1,6}}|dpa|Reuters|Lusa|Ansa|Efe|Anadolu|Xinhua|Kyodo)"
)
BYLINE = re.compile(
    rf"^{_BY}:?\s+(?:(?:{_PARTICLE}\s)*{_NAME_WORD}\s?(?:and|und|et|y|e|i|en|og|och|и|,)?\s?){{1,8}}{_POST_IN_BRACKETS}{_POST_AFTER_COMMA}{_PLACE_AFTER}"
    rf"(?:{_AGENCY_AFTER})?$(?<![^\W\d_]{{2}}\.)"
)
# A byline by the writer's post, the name after it or none: "Door onze verslaggever Pieter Smit", "Van onze
# correspondent", "Von unserem Korrespondenten Max Huber", "Af vores korrespondent Jens Hansen", "Av vår reporter
# Anna Svensson in Malmö" (the line alone: "Von unserem Korrespondenten hieß es, ..." goes on to report)
_POST = (
    r"(?:[Dd]oor|[Vv]an)\sonze\s(?:eigen\s)?(?:verslaggever|verslaggeefster|correspondent|correspondente|redacteur|redactrice|medewerker|medewerkster)"
    rf"|[Vv]on\sunsere[mr]\s(?:[{LOWER}]+\s)?(?:Korrespondent(?:en|in)?|Reporter(?:in)?|Redakteur(?:in)?|Mitarbeiter(?:in)?)"
    r"|(?:[Aa]f|[Aa]v)\s(?:vores|vår)\s(?:egen\s)?(?:korrespondent|udsendte|utsendte|utsände|medarbejder|medarbeider|medarbetare|reporter)"
)
BYLINE_POST = re.compile(
    rf"^(?:{_POST})(?:\s(?:{_PARTICLE}\s)*{_NAME_WORD}){{0,4}}"
    rf"(?:,?\s(?:in|i|te|en|à|a)\s[{UPPER}][\w'’-]+(?:\s[{UPPER}][\w'’-]+)?)?$(?<![^\W\d_]{{2}}\.)"
)
# A byline with its date, as many sites print it: "南方快报记者 陈静 | 2025-11-18", "Jane Doe · 21.02.2025"
BYLINE_DATED = re.compile(
    r"^(?=.{0,70}$)[^.!?。！？]*\s[|·•]\s[^.!?。！？]*(?:\d{4}[-./年]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})[^.!?。！？]*$"
)
# the full stop of a short abbreviation inside such a line, a state's ("Gro.", "Jal.") or an hour's ("hs."): no sentence end
_ABBREVIATION_STOP = re.compile(r"\b([A-Za-z]{1,3})\.(?=\s|$)")
# At the top or the bottom of an article only, where no reporting is this short: a bare name ("Ewa
# Stankiewicz"), or a name with its place or role ("Jane Doe | Ciudad Real", "Jane Doe · Reporterin") ...
_NAME = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?"
_BARE_NAME = re.compile(rf"^{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}}$")
# ... two or three writers joined as a line names them ("Sofia Lourenço e Miguel Dantas", "Ana Roe y Jo Lee"), or a
# name in capitals as some papers set it ("LORENZO BIANCHI") ...
_BARE_NAMES = re.compile(
    rf"^{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}}(?:(?:,[ ]|[ ](?:e|y|i|and|und|et|en|og|och)[ ]){_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}}){{1,2}}$"
)
# ... or a name and the writer's newsroom post, alone on a line wherever it stands ("Jane Roe, Staff Writer", "Ann Lee,
# Senior Political Correspondent", "Jana Roth, Redakteurin"): the post is a newsroom's, so the line names the writer, not
# a person of the story (who is introduced inside a sentence)
_NAME_POST = re.compile(
    rf"^{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}},[ ](?i:(?:(?:staff|senior|contributing|chief|special|political|foreign|business|"
    r"sports?|associate|managing|deputy|news|digital|investigative|science|health|education|city|metro|features)[ ])*"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|redakteur(?:in)?|korrespondent(?:in)?|journaliste|"
    r"rédact(?:eur|rice)|corresponsal|redactor(?:a)?|periodista))$"
)
# ... or, over the story, a name and a desk's post with no comma, as the Guardian sets it ("Larry Elliott Economics
# editor", "Pippa Crerar Political editor", "Damien Gayle Environment correspondent")
_NAME_DESK = re.compile(
    rf"^{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,2}}[ ][{UPPER}][{LOWER}]+(?:[ ][{LOWER}]+){{0,2}}[ ]"
    r"(?:editor|correspondent|reporter|writer|columnist)$"
)
# ... or a byline with the outlet and the place the writer files from after a dash, as Brazilian sites set it ("Por
# Ana Ribeiro, g1 PR — Curitiba", "Por Ana Ribeiro e Jo Lima, Folha do Sul — Porto Alegre"); the dash and a capitalised
# place close the line
_OUTLET_WORD = rf"(?:[{UPPER}\d][\w.&'’-]*|[{LOWER}]+\d[\w-]*|do|da|dos|das|de|del|o|a|the|of)"  # "Folha do Sul", "g1 PR"
_BY_OUTLET_PLACE = re.compile(
    rf"^{_BY}:?[ ]{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}}(?:[ ](?:e|y|i|and|und|et)[ ]{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}})?"
    rf",[ ]{_OUTLET_WORD}(?:[ ]{_OUTLET_WORD}){{0,4}}[ ][—–][ ][{UPPER}][\w'’-]+(?:[ ](?:{_PARTICLE}[ ])?[{UPPER}][\w'’-]+){{0,2}}$"
)
# ... and under it the writer's address, "Write to Tom Fairless at tom.fairless@wsj.com"
_WRITE_TO = re.compile(r"^(?:Write|Contact|Email)[ ](?:to[ ])?[^@\n]{3,80}[ ]at[ ][\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$")
_CAPS_NAME = re.compile(rf"^[{UPPER}]{{2,}}(?:['’-][{UPPER}]{{2,}})?(?:[ ][{UPPER}]{{2,}}(?:['’-][{UPPER}]{{2,}})?){{1,3}}$")
_NAME_PIPED = re.compile(rf"^{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}}[ ]?[|·•][ ]?[^|·•.!?\n]{{1,50}}$")
# the end of a wire copy or its agency credit, in words: Persian agencies' "انتهای پیام/" (end of message), Hindi "(एजेंसी
# इनपुट के साथ)" (with agency input)
_END_MARK = re.compile(r"^[(\[]?[ ]?(?:انتهای (?:پیام|خبر)|پایان خبر|(?:एजेंसी|भाषा|आईएएनएस|पीटीआई) (?:इनपुट|इनपुट्स) के साथ)[ ]?[)\]]?[ ]?/?$")
# ... initials in capitals with a slash or two ("EL // JMR", "JPF/SB"), and the end of a wire copy, "Lusa/Fim"
# ... or the writer's address alone, as Korean wires close: "kms@yna.co.kr"
_CAPS_SIGNATURE = re.compile(
    r"^(?=.{5,30}$)[A-Z]{2,4}(?:[ ]?/{1,2}[ ]?[A-Z]{2,4})+$|^[A-Za-z]{2,12}[ ]?/[ ]?(?:Fim|FIM)$|^[\w.+-]{1,40}@[a-z\d-]{1,30}(?:\.[a-z\d-]{1,20}){1,4}$"
)


# A credit closing the article on a line of its own.  A label with a colon and the names: "Tekst: Katarzyna
# Lis", "Mitarbeit: Jonas Berg", "Автор: Ирина Соколова", "Texte et photos : Anne Roy" (the labels name
# who wrote, edited or helped, so "Sieger: Anna Schmidt" stays a fact) ...
_CREDIT_LABEL = (
    r"(?:Tekst|Text|Texte|Texto|Testo|Autor|Autorka|Autorzy|Autorin|Autoren|Autore|Auteure?|Authors?|Mitarbeit"
    r"|Redaktion|Redakcja|Opracowanie|Współpraca|Collaboration|Redacción|Colaboración|Редактор|Авторы?|Автори?"
    r"|Συντάκτης|Συντάκτρια|Yazar|Muhabir|Redactie|Editor|Pewarta|Penulis|Redaktur)"
    r"(?:\s(?:[Ii]|[Uu]nd|[Ee]t|[Yy]|[Aa]nd|[Ee])\s[^\W\d_]{3,12})?"  # "Tekst i zdjęcia", "Text und Fotos"
)
_NAMES = rf"(?:{_PARTICLE}\s)*{_NAME_WORD}(?:\s(?:{_PARTICLE}\s)*{_NAME_WORD}){{0,3}}"
# (the writer's agency may follow in brackets: "Autor: Anna Nowak (PAP)", "Text: Jan Roe (dpa)")
CREDIT_LABELLED = re.compile(
    rf"^{_CREDIT_LABEL}\s?:\s?{_NAMES}(?:\s?(?:,|and|und|et|y|i|e|и|і)\s{_NAMES}){{0,4}}(?:\s?\([^\W\d_]{{2,12}}(?:[/,]\s?[^\W\d_]{{2,12}})*\))?$"
)
_NEXT_LABEL = re.compile(rf"\s(?={_CREDIT_LABEL}\s?:)")
# ... a wire's credit line, its parts by role and separated by semicolons: "Reporting by Anna Smith in Kyiv;
# Editing by Tom Brown", "(Additional reporting by Jan Roe)" ("Reporting by Reuters showed ..." is a sentence) ...
_CREDIT_ROLE = re.compile(
    r"^(?:(?:additional|extra)\s)?(?:reporting|writing|editing|compiled|research|graphics|translation|production|photos?)"
    r"(?:\s(?:and|&)\s(?:reporting|writing|editing))?\sby\s(?P<names>.+)$",
    re.I,
)
# ... the French wire's, in brackets, its parts by a comma: "(Version française Jean Terzian, édité par Blandine Hénault)",
# "(Rédigé par Jean Roy, avec Anne Roux à Berlin)"
_FR_ROLE = r"(?:[Vv]ersion\sfrançaise|[Rr]édigé\spar|[Éé]dité\spar|[Rr]eportage|[Aa]vec|[Tt]raduction)"
_CREDIT_FR = re.compile(rf"^\({_FR_ROLE}\s{_NAMES}(?:\s(?:à|a)\s{_NAMES})?(?:,\s{_FR_ROLE}\s{_NAMES}(?:\s(?:à|a)\s{_NAMES})?)*\)$")
_NAME_LIST_SPLIT = re.compile(r",\s|\sand\s|\s&\s|\sin\s|\sfrom\s")
_NAMES_ONLY = re.compile(rf"^{_NAMES}$")


# ... the writers who contributed, as American papers and wires close a story: "Associated Press writers Ann
# Roe and Jo Lee contributed to this report.", "Keith Brand contributed reporting from Hong Kong." ...
_CONTRIBUTED = re.compile(
    r"^[^.!?\n]{3,300}?\scontributed\s(?:additional\s)?(?:reporting|to\sthis\s(?:report|story|article))\b[^.!?\n]{0,60}\.?$"
)
def is_credit(line: str) -> bool:
    """Whether a line is an article's closing credit (see CREDIT_LABELLED, _CREDIT_ROLE and
    :func:`parallax.ingest.credit_shapes.agency_credit`)."""
    if len(line.split()) > 40:
        return False
    if CREDIT_LABELLED.match(line) or _CONTRIBUTED.match(line) or _CREDIT_FR.match(line) or is_wire_trailer(line):
        return True
    if SOURCE_LINE.match(line) and len(line.split()) <= MAX_SOURCE_WORDS:
        return True
    inner = line[1:-1] if line.startswith("(") and line.endswith(")") else line
    parts = [p.strip() for p in re.split(r"[;|]", inner.rstrip(".")) if p.strip()]
    if len(parts) > 1 and all(CREDIT_LABELLED.match(p) for p in parts):  # "(Pewarta: Fianda Rassat; Editor: Agus Salim)", "Penulis: X | Editor: Y"
        return True
    # the same credits on lines of their own, which a text joins into one paragraph: "Pewarta: Novi Roe Editor: Budi Roe"
    labelled = [p.strip() for p in _NEXT_LABEL.split(inner) if p.strip()]
    if len(labelled) > 1 and all(CREDIT_LABELLED.match(p) for p in labelled):
        return True
    roles = [_CREDIT_ROLE.match(p) for p in parts]
    if parts and all(roles):
        return all(_NAMES_ONLY.match(n.strip()) for r in roles for n in _NAME_LIST_SPLIT.split(r.group("names")))
    return bool(agency_credit(line))


# A byline run on with its date by a comma, a preposition or a space, as blogs and many news sites print it under
# the headline or under the text: "By Jane Roe, May 5, 2026", "By Jane Roe on May 5, 2026 10:00 am", "Posted by
# Jane Roe on May 5, 2026", "Von Tobias Krämer, 5. Mai 2026", "Geschrieben von Tobias Krämer am 5. Mai 2026",
# "Escrito por Ana Ruiz el 5 de mayo de 2026", "By Jane Roe Updated: May 5, 2026".  The verb of posting may stand
# before the "by"; then one to four names' words (capitalised, or particles, or the writers joined), then a date
# line (:func:`parallax.ingest.date_lines.is_date_line`: "on May 5" too) or a labelled one.  "By Monday, May 5, 2026"
# names no writer (a month or weekday is no name's word), and "By Jane Roe, who ..." goes on to report.
_POSTED = r"(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Gg]eschrieben|[Vv]erfasst|[Vv]eröffentlicht|[Pp]ublié|[ÉéEe]crit|[Ee]scrito|[Pp]ublicado|POSTED|WRITTEN)"
_DATED_BYLINE_HEAD = re.compile(rf"^(?:{_POSTED}\s)?{_BY}:?\s+")
_NAME_TOKEN = re.compile(rf"^(?:{_PARTICLE}|{_NAME_WORD}|and|und|et|y|e|&)$")
_MAX_DATED_BYLINE_CHARS, _MAX_BYLINE_NAME_WORDS = 120, 8


# ... or the name alone and then its date, set off by a bar, a dash or a dot: "Jane Roe | November 18, 2026", "Jane Roe
# - 18.11.2026", "JANE ROE · 18 November 2026" (a name of two to four capitalised words or in capitals).  Not the
# date first: "02.11.2022 - Disarstar - Grelle Forelle", "am 19.05.2007 – Häselbachstadion" are a listing's items.
_NAME_THEN_DATE = re.compile(
    rf"^(?P<name>{_NAME}(?:[ ](?:{_PARTICLE}[ ])?{_NAME}){{1,3}}|[{UPPER}]{{2,}}(?:[ ][{UPPER}]{{2,}}){{1,3}})[ ]+[|·•–—-][ ]+(?P<date>.+)$"
)


def _is_name_and_date(line: str) -> bool:
    from parallax.ingest.date_lines import _calendar_words, is_date_line

    m = _NAME_THEN_DATE.match(line)
    return bool(m) and is_date_line(m.group("date")) and not any(w.lower() in _calendar_words() for w in m.group("name").split())


def is_dated_byline(line: str) -> bool:
    """Whether ``line`` is a byline and its date run on without a separator (see :data:`_DATED_BYLINE_HEAD`)."""
    from parallax.ingest.date_lines import _calendar_words, is_date_line, is_metadata_row, is_page_metadata

    line = line.strip()
    if len(line) > _MAX_DATED_BYLINE_CHARS or is_metadata_row(line):
        return False  # (a row with separators is the metadata row it always was)
    if _is_name_and_date(line):
        return True
    head = _DATED_BYLINE_HEAD.match(line)
    if head is None:
        return False
    tokens = line[head.end() :].split()
    for i in range(1, min(len(tokens), _MAX_BYLINE_NAME_WORDS + 1)):
        name = [t.rstrip(",") for t in tokens[:i]]
        if not all(_NAME_TOKEN.match(t) and t.lower() not in _calendar_words() for t in name) or not name[0][:1].isupper():
            break
        tail = " ".join(tokens[i:]).lstrip(",-–—|·• ")
        if tail and (is_date_line(tail) or is_page_metadata(tail) or is_metadata_row(tail)):
            return True
    return False


_DANGLING_SEPARATOR = re.compile(r"\s+[|·•]$")


def byline_reason(paragraph: str, edge: str | None = None) -> str | None:
    """Why ``paragraph`` is a byline or a signature rather than reporting, or ``None``.  With ``edge``
    ("first" or "last": the paragraph opens or closes the article) the shapes that only there are
    not reporting count too: a bare name, a name with its place or role, a labelled credit or source line at
    the top ("Autor: Jan Kowalski", "Quelle: dpa-AFX"), a signature at the end."""
    # a separator left dangling where the page set the date after the byline, "By Continental Wire · <time>" (the
    # time read as the publication's, the rest stays): the byline without it
    line = _DANGLING_SEPARATOR.sub("", paragraph.strip())
    # (a row of a table, as the extraction writes it, "| Song title | 2013-06 |", has the dated byline's shape: a
    # discography, a list of fixtures is the article's own data)
    dated = BYLINE_DATED.match(line) and not line.startswith("|")
    if BYLINE.match(line) and len(line.split()) <= 9 or dated or BYLINE_POST.match(line) and len(line.split()) <= 12:
        return "byline"
    if is_dated_byline(line) or _NAME_POST.match(line) or _BY_OUTLET_PLACE.match(line):
        return "byline"
    if edge and (_BARE_NAME.match(line) or _NAME_PIPED.match(line) or _BARE_NAMES.match(line) or _CAPS_NAME.match(line)):
        return "byline"
    if not line.startswith("|") and BYLINE_DATED.match(
        _ABBREVIATION_STOP.sub(r"\1", line)
    ):  # "Redacción Milenio | Acapulco, Gro. | 22.10.2026 09:30 hs."
        return "byline"
    if edge == "first" and (CREDIT_LABELLED.match(line) or _NAME_DESK.match(line)):  # "Autor: Jan Kowalski" over the story
        return "byline"
    if edge == "first" and (is_staff_byline(line) or is_outlet_byline(line) or is_newsroom_line(line)):  # "Reuters staff", "Jurga Petrauskaitė, LRT.lt"
        return "byline"
    if edge == "last" and _WRITE_TO.match(line):  # "Write to Tom Fairless at tom.fairless@wsj.com"
        return "signature"
    if edge == "first" and SOURCE_LINE.match(line) and len(line.split()) <= MAX_SOURCE_WORDS:  # "Quelle: dpa-AFX" over it
        return "credit"
    if edge == "last" and (SIGNATURE.match(line) or _CAPS_SIGNATURE.match(line) or AGENCY_SIGNATURE.match(line) or _END_MARK.match(line)):
        return "signature"
    if edge == "last" and is_credit(line):
        return "credit"
    return script_byline_reason(line) if edge else None  # "（责任编辑：李明）", "מאת רונית כהן" (:mod:`.script_credits`)

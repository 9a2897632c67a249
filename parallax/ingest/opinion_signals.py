"""An opinion piece known by what its reader sees, where the page's metadata says nothing.

:mod:`parallax.ingest.article_kind` reads what a page declares (schema.org type, section, URL folder, a label by
the headline).  A text, a feed item or a page without such metadata still shows a reader that it is a column:

* its title opens on the section's label, "Opinion | …", "Comment: …", "Kommentar: …", "Tribune : …", or closes
  on it after a bar, "… | Opinion";
* a note on its writer says the writer is a columnist ("Jane Roe is a columnist for the Herald", "Jean Roy est
  chroniqueur", "Anna Roth ist Kolumnistin"), or an op-ed's note gives the writer's post ("The writer is a former
  ambassador to Japan."), or a disclaimer says the views are the author's own;
* it argues in the first person and reports nothing: many sentences in the first person singular, no quotation
  and no verb or phrase of reporting ("said", "according to", "sagte", "selon", "según") anywhere.

Each is a rule of news writing, and each is kept narrow, since a report taken for an opinion piece has its facts
set apart as views: a news title's "Opinion poll: …" is no label (the label must be the whole prefix), a columnist
named inside a report's sentence is no note (the note is a short paragraph that opens on the writer), and one
quotation or one "said" keeps a first-person text a report.
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

# the title's label: "Opinion | Title", "Comment: Title", "OPINION - Title", "Title | Opinion"
_TITLE_HEAD = re.compile(r"^\s*(?P<label>[^|:–—]{3,30}?)\s?(?:\||:|–|—|\s-\s)\s*\S")
_TITLE_TAIL = re.compile(r"\S\s\|\s(?P<label>[^|]{3,30})\s*$")

_NAME = rf"[{UPPER}][\w'’.-]+(?:\s(?:van|von|de|der|den|da|di|du|del|la|le)?\s?[{UPPER}][\w'’.-]+){{1,3}}"
_COLUMNIST = (
    r"(?:(?:opinion|op-ed|guest|regular|weekly|contributing)\s)*(?:columnist|opinion\swriter|op-ed\scontributor"
    r"|chroniqueu(?:r|se)|éditorialiste|kolumnist(?:in)?|gastautor(?:in)?|columnista|editorialista"
    r"|colunista|opinionista|felietonist(?:a|ka)|publicyst(?:a|ka)|columnist(?:e)?|колумнист(?:ка)?|оглядач(?:ка)?)"
)
# "Jane Roe is a columnist for the Herald", "Jean Roy est chroniqueur au Monde", "Anna Roth ist Kolumnistin",
# "Ana Ruiz es columnista", "Marco Neri è editorialista", "Jan Kowalski jest felietonistą" (declined: its stem)
_COLUMNIST_NOTE = re.compile(
    rf"^{_NAME}\s(?:is|was|est|ist|es|è|é|jest|är|er|is\sthe)\s(?:(?:a|an|the|un|une|una|uma|um|ein|eine|der|die|il|lo|la)\s)?"
    rf"(?:[\w'’-]+\s){{0,3}}{_COLUMNIST}",
    re.I,
)
# an op-ed's closing note on its writer, a post at a place: "The writer is a former ambassador to Japan.", "(The author
# is a professor of law at Leiden.)" (a news report's writer is named by its byline, never so; a report on a book's
# author says "The author is due to speak", "the author was arrested": no post "at", "of", "with" or "for" anything)
_WRITER_NOTE = re.compile(
    r"^\(?(?:The|the)\s(?:writer|author)\s(?:is|was)\s(?:a|an|the)\s(?:[\w'’-]+\s){1,5}(?:at|of|with|for|in|to)\s", re.I
)
# "The views expressed in this article are those of the author", "… n'engagent que leur auteur", "Der Beitrag gibt die
# Meinung des Autors wieder", "Las opiniones expresadas son responsabilidad exclusiva de su autor"
_VIEWS_OWN = re.compile(
    r"(?:views|opinions)\s(?:expressed\s)?(?:in\sthis\s[\w-]+\s)?(?:are|is)\s(?:solely\s|entirely\s|only\s)?"
    r"(?:those\sof\sthe\s(?:author|writer)s?|the\s(?:author|writer)s?['’]s?\sown|(?:his|her|their)\sown)"
    r"|n['’]engage(?:nt)?\squ['’](?:à\s)?(?:son|leurs?)\s(?:auteure?s?|signataires?)"
    r"|Meinung\sde[sr]\s(?:Gast)?(?:Autors|Autorin|Verfassers|Verfasserin)"
    r"|opiniones\s(?:expresadas\s)?(?:en\s\w+\s\w+\s)?son\s(?:de\s)?(?:responsabilidad\s)?(?:exclusiva\s)?(?:de\s)?(?:su|sus|del|los)\s(?:autor|autora|autores)",
    re.I,
)
_MAX_NOTE_WORDS = 40

# the first person singular, outside quotation, in the languages whose words are safe in any of them ("mes" is a
# month in Spanish, "ma" a "but" in Italian: left out)
_FIRST_PERSON = re.compile(
    r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|my|myself|je|j['’]|moi|mon|ich|mein(?:e[mnrs]?)?|mir|mich|yo|mis|io|mio|mia|miei|eu|meu|minha)(?![\w'’])"
)
_QUOTED = re.compile(r"[\"“”„«»‹›「」『』]")
# any sign of reporting: a verb of saying, attribution, a spokesperson, in the languages above
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|according\sto|reported|announced|stated|spokes(?:man|woman|person)|a\sdéclaré|a\sdit|selon"
    r"|a\sindiqué|a\sannoncé|a\saffirmé|a\sexpliqué|porte-parole|sagte|sagt|erklärte|teilte|laut|zufolge|berichtete|Sprecher(?:in)?"
    r"|dijo|afirmó|según|declaró|explicó|señaló|informó|portavoz|ha\sdetto|secondo|ha\sdichiarato|ha\sspiegato|ha\saffermato"
    r"|portavoce|disse|afirmou|segundo|declarou|explicou|informou|porta-voz)\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
_MIN_SENTENCES, _MIN_FIRST, _MIN_SHARE = 6, 4, 1 / 3


def title_label_kind(title: str | None) -> str | None:
    """The kind a title's label names ("Opinion | …", "Comment: …", "… | Opinion"), else ``None``."""
    from parallax.ingest.article_kind import OPINION, label_kind

    if not title:
        return None
    for shape in (_TITLE_HEAD, _TITLE_TAIL):
        if (m := shape.search(title)) and (kind := label_kind(m.group("label"))):
            return kind if kind == OPINION or shape is _TITLE_HEAD else None
    return None


def is_writer_note(line: str) -> bool:
    """Whether ``line`` is a short note that makes its article an opinion piece: the writer a columnist, an op-ed's
    "The writer is …", or a disclaimer that the views are the author's own."""
    line = line.strip()
    if not line or len(line.split()) > _MAX_NOTE_WORDS or ". " in line or _REPORTING.search(line):
        return False  # a note is one short sentence of its own, no report's ("… is a columnist whose …, the paper said")
    return bool(_COLUMNIST_NOTE.match(line) or _WRITER_NOTE.match(line) or _VIEWS_OWN.search(line))


def argues_in_first_person(text: str) -> bool:
    """Whether ``text`` argues in the first person and reports nothing: at least six sentences, four of them and a
    third of all in the first person singular, and no quotation mark nor sign of reporting anywhere."""
    if _QUOTED.search(text) or _REPORTING.search(text):
        return False
    sentences = [s for para in text.split("\n") for s in _SENTENCE.findall(para) if len(s.split()) >= 3]
    first = sum(1 for s in sentences if _FIRST_PERSON.search(s))
    return len(sentences) >= _MIN_SENTENCES and first >= _MIN_FIRST and first >= _MIN_SHARE * len(sentences)

"""A note on a file the page offers for download: "The tide table is also offered as a PDF: click on the picture to
save it (340 KB)", "Un lecteur PDF gratuit est nécessaire pour ouvrir ces cartes".

Old magazine and agency sites set such notes in a small box beside a chart or a document (often a layout table, so
they come out as "| | … | |" rows).  They tell the reader how to get or open the file: they name a document format
(PDF, Acrobat) together with a file size ("95k", "1,2 Mo", "Poids du fichier"), the reader program to open it
with ("Adobe Reader", "lecteur PDF"), or the reader's download by a click ("cliquez sur la vignette").  A report
that speaks of a PDF ("the 40-page report, published as a PDF on the council's website") gives neither a size, nor
a reader program, nor a click, so it stays.  Languages: en, fr, de, es, it, nl, pt.
"""

from __future__ import annotations

import re

from parallax.ingest.boilerplate import QUOTE_MARKS

_FORMAT = re.compile(r"\b(?:pdf|acrobat)\b", re.I)
# a file's size: "95k", "1.2 MB", "1,2 Mo", "340 KB", or the label that gives it
_SIZE = re.compile(
    r"\b\d+(?:[.,]\d+)?[ \u00a0]?(?:k|kb|kib|ko|kbytes|mb|mib|mo|mbytes|octets|bytes)\b|"
    r"\b(?:file size|poids du fichier|taille du fichier|dateigröße|tamaño del archivo|dimensione del file|bestandsgrootte|tamanho do arquivo)\b",
    re.I,
)
# the program that opens the file
_READER = re.compile(r"\b(?:acrobat|adobe) reader\b|\b(?:pdf[ -]reader|lecteur pdf|pdf-leser|lector (?:de )?pdf|lettore pdf)\b", re.I)
# the reader's click that starts the download ("click on the picture", "cliquez sur la vignette", "Klicken Sie auf")
_CLICK = re.compile(
    r"\bclick(?:ing)? (?:on )?(?:the|this) (?:image|picture|chart|graphic|link|icon)\b|\ben cliquant sur\b|\bcliquez sur\b|"
    r"\bklicken sie auf\b|\bhaciendo clic en\b|\bcliccando (?:sull|su)\b|\bklik op\b|\bclicando (?:na|no|em)\b",
    re.I,
)
_MAX_WORDS = 40
_CELL_BARS = " |\t\u00a0"


def is_download_note(line: str) -> bool:
    """Whether ``line`` is a note on a file offered for download (see the module's docstring)."""
    text = line.strip(_CELL_BARS)
    if len(text.split()) > _MAX_WORDS or not _FORMAT.search(text) or QUOTE_MARKS.search(text):
        return False
    return bool(_SIZE.search(text) or _READER.search(text) or _CLICK.search(text))

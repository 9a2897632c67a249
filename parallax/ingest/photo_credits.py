"""A photo credit on a line of its own, told from a sentence that opens on the same words.

Where the extraction dropped a picture and its caption, the credit under it may stay behind on a line of its own:
"Foto: Jonas Reiter/dpa", "Bildnachweis: Anna Roth", "Image credit: Harbour Council", "Fot. Tomasz Wiśniewski / PAP",
"Φωτογραφία: ...", "تصوير: ...", "图片来源：视觉中国", "사진=김민준 기자", "Photo by Jane Doe", "Foto di Marco Bianchi".
A label and a colon (Korean papers write "="; Polish abbreviates "Fot.") or a label and its preposition open such a
line, and the credit after them is short: a name, an agency, a few words joining them ("Courtesy of the Harbour
Museum", "Jan Novak for The Herald", "picture alliance/dpa").

The same words open a report's sentence too: "Photos by residents show the cracks widening", "Photo de famille pour
les ministres", "Foto di gruppo per i sindaci", and a sentence a writer sets after a label ("Photo: the council
released images of the cracks on Tuesday.").  A credit names; it has no verb and so none of the lower-case words a
clause is made of.  In a cased script the words after the label tell them apart: a credit has few lower-case words
beyond the ones credits use (:data:`_CREDIT_WORDS`), a sentence has several (:data:`_MIN_CLAUSE_WORDS`, or one fewer
where it closes on its stop).  A script without capitals (Arabic, Hebrew, Chinese, Korean, Hindi, Thai) gives no such
sign, so there the label and the length decide, as before.
"""

from __future__ import annotations

import re

PHOTO_LABEL = re.compile(
    r"^[(\[（【]?(?:photo(?:graph)?s?|pictures?|images?|(?:photo|image|picture) (?:credits?|sources?)|photo ?credits?|foto ?credits?|cr[ée]dits? photos?|foto(?:s|grafie|grafía|grafia|grafi|grafija)?|"
    r"bild(?:er|quelle|nachweis)?|(?:beitrags|titel|header|vorschau)bild|titelfoto|"
    r"fotó|fotoğraf|zdjęcie|фото(?:графия|графија)?|снимк[аи]|slika|світлина|φωτογραφία|تصوير|صورة|الصورة|图片来源|圖片來源|图片|圖片|写真|撮影|사진|"
    r"عکس|(?:फोटो|फ़ोटो|तस्वीर)(?: साभार)?|(?:ขอบคุณ)?ภาพ(?:ประกอบ|จาก)?|ảnh(?: minh họa)?|nuotrauka|nuotr|צילום|קרדיט)"
    r"\s?[:：=＝]|^[(\[]?(?:fot|zdj|φωτ|nuotr)\.\s"
    # a Japanese paper's credit in its brackets, the label and the name joined by a middle dot: "（撮影・山田太郎）"
    r"|^[（(](?:写真|撮影)・(?=[^（）()。]{1,30}[）)]$)"
    # the caption's own labels a screen reader gets, set before its text: "Image source, Reuters", "Image caption, ...";
    # a credit with its preposition: "Photo by Jane Doe", "Foto di Marco Bianchi", "Foto von ...", "Photo de ..."
    r"|^(?:image|media|photo|video) (?:source|caption|credit),\s|^[(\[]?(?:photo|foto|bild|image)s? (?:by|di|von|par|de|da)\s",
    re.I,
)
_MAX_CREDIT_WORDS, _MAX_CREDIT_CHARS = 12, 100
# the lower-case words a credit itself uses: joining a name to its outlet, the kind of picture, lower-case agencies
_CREDIT_WORDS = frozenset(
    "the and for via from with courtesy supplied handout file archive archiv archivo archives privat private "
    "picture pictures alliance images image photo photos photography photographer foto fotos staff pool dpa epa apa "
    "und von der des del della dello degli les pour avec".split()
)
_LOWER_WORD = re.compile(r"(?<![\w/|.@-])[^\W\d_A-Z]{3,}(?![\w/|@-])")
_MIN_CLAUSE_WORDS = 3
_STOP = re.compile(r"[.!?…][\"'”»)]*$")
# a credit a Japanese or Chinese paper sets in full-width brackets closes them at the line's end
_FULL_WIDTH_OPEN, _FULL_WIDTH_CLOSE = "（【", ("）", "】")
_IMAGE_CAPTION = re.compile(r"^image caption,\s", re.I)  # (what follows is the caption, a sentence: it goes with its label)


def _is_clause(rest: str) -> bool:
    """Whether the words after the label are a clause: lower-case words beyond a credit's own (see the docstring)."""
    words = [w for w in _LOWER_WORD.findall(rest) if w.islower() and w not in _CREDIT_WORDS]
    return len(words) >= _MIN_CLAUSE_WORDS or (len(words) >= _MIN_CLAUSE_WORDS - 1 and bool(_STOP.search(rest.strip())))


def is_photo_credit(line: str) -> bool:
    """Whether ``line`` is a photo credit alone on its line (see the module's docstring)."""
    if len(line.split()) > _MAX_CREDIT_WORDS or len(line) > _MAX_CREDIT_CHARS or not (m := PHOTO_LABEL.match(line)):
        return False
    if line[:1] in _FULL_WIDTH_OPEN and not line.rstrip().endswith(_FULL_WIDTH_CLOSE):  # "（写真：共同）" and prose after it
        return False
    return bool(_IMAGE_CAPTION.match(line)) or not _is_clause(line[m.end() :])

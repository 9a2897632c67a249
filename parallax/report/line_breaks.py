"""Line and paragraph separators in the one-line fields of an HTML view, shown as spaces.

A JSONL record's or a feed's headline or outlet may hold U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR or
U+0085 NEXT LINE.  The JSON outputs and the API carry them as given (the record is the user's data, and
tests/test_xss.py expects the app to carry them as data), but on a page they break what is one line: a browser draws
U+2028 as a line break inside a headline, a table header or an SVG label, NEL as a control character.  Cleaned
article text holds no U+2028 or U+2029 (:func:`parallax.ingest.clean.normalize` turns them into line ends, and the
views split text at those), so on a page they come from such fields; each of the three is shown as a space, the
way a break inside a headline is read.

A form field echoing what the user typed must echo it exactly: :func:`echoed` writes the two separators as
character references, which the browser reads back as the characters, and which :func:`shown_breaks` leaves alone.
NEL has no such reference (HTML reads ``&#x85;`` as windows-1252's 0x85, an ellipsis), so a NEL typed into a field
echoes as a space.
"""

from __future__ import annotations

from markupsafe import Markup, escape

_BREAKS = "\u2028\u2029\u0085"
_AS_SPACE = str.maketrans(dict.fromkeys(_BREAKS, " "))
_AS_REFERENCE = str.maketrans({ch: f"&#x{ord(ch):04x};" for ch in "\u2028\u2029"})


def shown_breaks(html: str) -> str:
    """A rendered page with each line separator, paragraph separator and NEL made a space."""
    return html.translate(_AS_SPACE)


def echoed(value: object) -> Markup:
    """A form value escaped for an attribute or a textarea, its separators as character references."""
    return Markup(str(escape(value)).translate(_AS_REFERENCE))

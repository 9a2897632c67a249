"""QA 22, main-text extraction: classes of furniture kept and of body dropped, each shown on a small
hand-written page or line.  All names, outlets and events invented."""

from __future__ import annotations

import pytest

from parallax.ingest.clean import boilerplate_reason
from parallax.ingest.extract import line_reason, main_text  # noqa: F401

_PROSE = [
    "The county council voted on Tuesday to close the old ferry terminal at Marrow Point after engineers found cracks in its pier.",
    "Residents packed the public gallery, and several of them said the closure would cut the island off for most of the winter.",
    "Council leader Ivana Perkovic said a temporary landing stage would be built within six weeks, at a cost of about 400,000 pounds.",
    "The ferry operator said timetables would be published on its website once the new landing stage had been inspected.",
]


def _page(*extra: str, lead: list[str] | None = None) -> str:
    """An article page: headline, four paragraphs of reporting, then ``extra`` blocks inside the body."""
    paras = "".join(f"<p>{p}</p>" for p in (lead or []) + _PROSE)
    return (
        "<html><head><title>Council closes ferry terminal</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Council closes ferry terminal</h1><div class='body'>{paras}{''.join(extra)}</div></article>"
        "</body></html>"
    )


# ------------------------------------------------------------------ copyright notices


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright ⓒ Harbour Daily. 무단전재 및 재배포 금지",
        "copyright Marrow Gazette 2026 - ISSN: 1234-5678",
        "Alle Rechte vorbehalten.",
        "Tous droits réservés",
        "Todos los derechos reservados.",
        "Wszelkie prawa zastrzeżone.",
        "版权所有，未经授权不得转载",
    ],
)
def test_copyright_notices_in_many_languages(notice):
    assert boilerplate_reason(notice) == "copyright line"


def test_a_long_copyright_notice_with_reprint_terms_leaves_the_body():
    notice = (
        "© 2026, Marrow Gazette. This article is the copyrighted property of the Marrow Gazette. Written permission "
        "must be obtained before reprint in online or print media. Reprinting our content without permission or "
        "credit is illegal and will be pursued by our lawyers in every case that comes to our attention."
    )
    text = main_text(_page(f"<p>{notice}</p>"))
    assert "copyrighted property" not in text and "ferry operator" in text

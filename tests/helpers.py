"""Small helpers the test modules share: one analysed article from a text."""

from __future__ import annotations

import parallax
from parallax.records import Article


def analyzed(text: str, lang: str, published: str = "2026-03-05") -> Article:
    """``text`` as one article in ``lang``, published on ``published``, through the analysis pipeline."""
    art = Article(id="t", text=text, language=lang, published=published)
    parallax.analyze([art])
    return art


def quote_speakers(text: str, lang: str, published: str = "2026-03-05") -> list[str | None]:
    """The speaker of each quotation the analysis finds in ``text``."""
    return [q.speaker for q in analyzed(text, lang, published).quotes]


def time_values(text: str, lang: str, published: str = "2026-03-05") -> dict[str, str | None]:
    """Each time expression of the analysed article (as written) with its value: the whole pipeline's reading,
    paragraph context included (:func:`resolved` reads the text alone)."""
    return {t.text: t.value for t in analyzed(text, lang, published).times}


def sentences(text: str, lang: str) -> list[str]:
    return [s.text for s in analyzed(text, lang).sentences]


def resolved(lang: str, text: str, published: str) -> dict[str, str | None]:
    """Each temporal expression found in ``text`` (as written) with its resolved value."""
    from parallax.analyze.times import resolve_text

    return {text[s:e]: v for s, e, v, _ in resolve_text(text, lang, published)}


# the compare QA files: reports of one invented event, published on Saturday 14 March 2026 ("Tuesday" is the 10th)
QA_PUBLISHED = "2026-03-14"


def outlet_articles(texts: list[str], lang: str, published: str = QA_PUBLISHED) -> list[Article]:
    """One article per text, outlets "A", "B", "C" in order, all in ``lang``."""
    return [Article(id=i, text=t, outlet=i.upper(), published=published, language=lang) for i, t in zip("abc", texts, strict=False)]


def analysed_articles(texts: list[str], lang: str, published: str = QA_PUBLISHED) -> list[Article]:
    """:func:`outlet_articles` through the analysis pipeline."""
    from parallax.analyze import Analyzer

    arts = outlet_articles(texts, lang, published)
    Analyzer().analyze_all(arts)
    return arts


def shown(conflict) -> dict:
    """A conflict's values with its ``unit`` or ``units`` beside them, as one dict to assert on: the test articles'
    ids ("a", "b", "c") never clash with those keys, which a comparison keeps out of ``values`` (schema /2).
    Takes a :class:`~parallax.records.Conflict` or its dict."""
    c = conflict.to_dict() if hasattr(conflict, "to_dict") else conflict
    return {**c["values"], **{k: c[k] for k in ("unit", "units") if c.get(k) is not None}}


def mixed_articles(*pairs: tuple[str, str], published: str = QA_PUBLISHED) -> list[Article]:
    """One analysed article per (language, text) pair, outlets "A", "B", "C" in order: reports in several languages."""
    from parallax.analyze import Analyzer

    arts = [Article(id=i, text=t, outlet=i.upper(), published=published, language=lang) for i, (lang, t) in zip("abc", pairs, strict=False)]
    Analyzer().analyze_all(arts)
    return arts


def sentence_pair_conflicts(a: Article, i: int, b: Article, j: int) -> list[tuple[str, dict]]:
    """(kind, :func:`shown`) of the conflicts between sentence ``i`` of ``a`` and sentence ``j`` of ``b``, aligned by hand."""
    from parallax.compare.conflicts import sentence_conflicts

    return [(c.kind, shown(c)) for c in sentence_conflicts(a, a.sentences[i], b, b.sentences[j])]


def first_sentence_conflicts(a_text: str, b_text: str, lang: str, published: str = QA_PUBLISHED) -> list[tuple[str, dict]]:
    """(kind, values with the unit, :func:`shown`) of the conflicts between the first sentences of two reports, aligned by hand."""
    from parallax.compare.conflicts import sentence_conflicts

    a, b = analysed_articles([a_text, b_text], lang, published)
    return [(c.kind, shown(c)) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0])]


def compared_conflicts(texts: list[str], lang: str, published: str = QA_PUBLISHED) -> list[tuple[str, dict]]:
    """(kind, values with the unit, :func:`shown`) of the conflicts of a whole comparison of the texts."""
    facts = parallax.compare(outlet_articles(texts, lang, published)).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


def mixed_conflicts(*pairs: tuple[str, str], published: str = QA_PUBLISHED) -> list[tuple[str, dict]]:
    """(kind, :func:`shown`) of the conflicts of a whole comparison of reports in the given (language, text) pairs."""
    facts = parallax.compare(mixed_articles(*pairs, published=published)).to_dict()["facts"]
    return [(c["kind"], shown(c)) for f in facts for c in f["conflicts"]]


# a wire report its copies in the near-duplicate tests change (test_batch49, test_batch50, test_stories51)
KIRKUK_WIRE = (
    "A car bomb exploded near a police station in the northern city of Kirkuk on Sunday morning, killing 12 people "
    "and wounding at least 30 others, local officials said. The blast destroyed several shops and vehicles nearby. "
    "No group has claimed responsibility for the attack, which came a day after security forces arrested "
    "three suspects in a raid on the outskirts of the city. Police sealed off the area and ambulances "
    "took the wounded to two hospitals."
)


def warc_response(html: str) -> bytes:
    """A WARC file of one HTTP response holding ``html`` (the WARC reader tests' input)."""
    body = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}".encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/news/talks\r\n"
        f"WARC-Date: 2026-11-30T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head + body + b"\r\n\r\n"


# the invented four-paragraph report the page-furniture tests wrap in a page (test_ext49 … test_ext52)
HARBOUR_PARAS = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its supports.",
    "Mayor Anna Keller said the decision was hard but necessary, and promised a ferry service for the 4,000 commuters who cross the bridge each day.",
    "Repairs are expected to cost about 12 million euros and to take at least two years, according to the council's own estimate.",
    "Opposition councillors said the city had ignored warnings about the bridge for a decade and called for an independent inquiry.",
]


def harbour_page(mid: str = "", end: str = "", top: str = "", paras: list[str] | None = None) -> str:
    """A news page of ``paras`` (the harbour report by default) with ``top`` under the headline, ``mid`` after the
    second paragraph and ``end`` after the last, between a menu and a footer."""
    paras = HARBOUR_PARAS if paras is None else paras
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + mid + "".join(f"<p>{p}</p>" for p in paras[2:]) + end
    return (
        '<html><head><title>Harbour bridge to close</title><meta property="og:type" content="article"></head>'
        f'<body><header><nav><a href="/">Home</a></nav></header><article><h1>Harbour bridge to close</h1>{top}{body}</article>'
        "<footer><p>(c) Example News</p></footer></body></html>"
    )


def page_paragraphs(html: str) -> list[str]:
    """The paragraphs of the main text the HTML reader gives for ``html``."""
    from parallax.ingest.html import article_from_html

    return article_from_html(html, "a", "x.html").text.split("\n\n")


def extra_paragraphs(html: str) -> list[str]:
    """The paragraphs beside the harbour report's four (which must all be there, each as a paragraph of its own)."""
    lines = page_paragraphs(html)
    assert all(p in lines for p in HARBOUR_PARAS), lines
    return [ln for ln in lines if ln not in HARBOUR_PARAS]


# an invented French layout-table page's opening cell and its rest (the shape of an old magazine site laid out in
# tables), shared by the extraction tests of sessions 52 and 53
LAYOUT_OPENING = (
    "On entend souvent dire que les villes moyennes se vident de leurs commerces. Mais quand on compte les boutiques "
    "une par une, le tableau devient plus nuancé."
)
LAYOUT_REST = " ".join(
    [
        "Certes, une partie des vitrines du centre reste fermée, soit en moyenne 14 locaux sur cent en 2024.",
        "En revanche, les ouvertures ont repris, et la surface louée passe à 1 320 mètres carrés par commune.",
        "En outre, vacance et fermeture ne se confondent pas : il faut exclure les travaux et les ventes en cours.",
        "Le nombre de commerces actifs remonte alors à 1 615 pour l'ensemble des villes étudiées cette année-là.",
        "Ce n'est guère moins que dans la plupart des agglomérations de taille comparable, selon l'Insee.",
        "La différence tient surtout au poids des centres commerciaux de périphérie dans chacune de ces villes.",
    ]
)


def fifty_quake_reports() -> list[Article]:
    """Fifty one-sentence reports of one quake whose headlines give five different tolls (half say 12): a story
    whose pairwise headline conflicts run past a thousand (test_facts53/54 bound the report sections)."""
    arts = []
    for i in range(50):
        toll = 12 if i % 2 == 0 else 10 + i % 5  # half say 12, the rest 10, 11, 13 or 14
        arts.append(
            Article(
                id=f"r{i}",
                outlet=f"Outlet {i}",
                title=f"Quake kills {toll} in Varnek",
                text=f"An earthquake struck Varnek on Tuesday and killed {toll} people.",
                published="2026-03-05T10:00:00",
                language="en",
            )
        )
    return arts

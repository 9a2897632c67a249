"""The comparison as one self-contained HTML file (``--format html``).

Why it is built this way:

* **One file, nothing fetched.**  CSS, JS and SVG are inlined, so a report can
  be mailed, archived or opened offline and never leaks that it was read.
* **Article text is untrusted.**  Everything is rendered by Jinja2 with
  autoescape on; the templates never use ``|safe`` and only our own static
  CSS/JS are marked safe here, in Python.  Links to articles are emitted only
  for ``http(s)`` URLs.  A Content-Security-Policy pins the inline style and
  script by their SHA-256 hashes, so an injected ``<script>`` or ``onerror``
  would not run even if escaping failed.
* **The view model is computed in Python** (:mod:`parallax.report.view`: text
  segmentation, word diffs of quotations, timeline geometry), so the templates
  stay declarative and the web app (:mod:`parallax.web`) reuses the same pieces.
"""

from __future__ import annotations

from markupsafe import Markup

from parallax.report import renderer
from parallax.report.assets import asset, environment, report_csp
from parallax.report.line_breaks import shown_breaks
from parallax.report.view import STATUS_SYMBOL, build_view


def render_report(comparison: dict, nav: list[tuple[str, str]] | None = None, links: dict[str, str] | None = None) -> str:
    """The report page.  The web app adds ``nav`` links on top and ``links``
    (article id -> its analysis page) in the article headers."""
    html = environment().get_template("report.html").render(
        v=build_view(comparison),
        links=links or {},
        css=Markup(asset("report.css")),  # our own static file, not article data
        js=Markup(asset("report.js")),
        csp=report_csp(),
        nav=nav or [],
        status_symbol=STATUS_SYMBOL,
    )
    return shown_breaks(html)  # a line separator in a headline or outlet breaks no line of the page (line_breaks.py)


@renderer("html")
def render_html(comparison: dict) -> str:
    return render_report(comparison)

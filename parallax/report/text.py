"""A readable side-by-side summary in the terminal (rich).

Every string that comes from an article (text, outlet, speaker, ...) is
printed as a :class:`rich.text.Text` built by :func:`plain`, never as a str
that rich would parse as markup: an outlet named ``[/]`` would crash the
report, and ``[link=...]`` would become a terminal hyperlink.  :func:`plain`
also drops control characters (ESC, C1), so an article cannot send escape
sequences to the terminal.
"""

from __future__ import annotations

import io
import re

from rich.console import Console
from rich.table import Table
from rich.text import Text

from parallax.comparison_records import upgrade_comparison
from parallax.report import renderer
from parallax.report.copy_view import copy_lines, shown_percent
from parallax.report.formatting import conflict_unit, counted, fmt_value, update_note, warning_text
from parallax.report.headline_summary import headlines_view
from parallax.report.line_breaks import shown_breaks
from parallax.report.quote_languages import article_languages, reference_variant, shown_fidelity
from parallax.report.time_reading import time_reading
from parallax.report.unaligned import unaligned_lines
from parallax.report.view import shown_status

_STATUS_STYLE = {"shared": "green", "unique": "yellow", "conflict": "bold red"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(value, style: str = "") -> Text:
    """Untrusted ``value`` as literal text: no markup, no control characters."""
    # a line separator or NEL in a headline or outlet is a space, as on the HTML pages (line_breaks.py), not a
    # broken table row or, NEL being a C1 control, two words glued together
    return Text(_CONTROL.sub("", shown_breaks(str(value))), style=style)


def _credits(article: dict) -> str:
    """The agencies an article credits, after its outlet: " with AFP, EFE" (none, or only the outlet itself: "")."""
    from parallax.report.view import credited

    return f" with {', '.join(names)}" if (names := credited(article)) else ""


@renderer("text")
def render_text(comparison: dict) -> str:
    """The summary as a string, for a file: written whole through the same path as json and html
    (``parallax run``'s ``<story>.txt`` and ``compare -f text -o`` opened the file themselves, and a
    full disk was an OSError traceback)."""
    buffer = io.StringIO()
    print_text(comparison, file=buffer)
    return buffer.getvalue()


def print_text(comparison: dict, file=None) -> None:
    comparison = upgrade_comparison(comparison)  # a comparison stored under schema /1 or /2 reads as /3
    console = Console(file=file, width=160 if file else None, highlight=False, soft_wrap=False)
    arts = comparison["articles"]
    short = {a["id"]: (a.get("outlet") or a["id"])[:28] for a in arts}
    published = {a["id"]: a.get("published") for a in arts}
    s = comparison["summary"]
    head = Table(title="Parallax comparison", show_lines=False)
    for col in ("article", "outlet", "published", "language", "corroborated"):
        head.add_column(col)
    for a in arts:
        head.add_row(
            plain(a["id"]),
            plain((a.get("outlet") or "-") + (f" ({a['kind']})" if a.get("kind") else "") + _credits(a)),
            plain(a.get("published") or "-"),
            plain(a.get("language") or "-"),
            f"{s['corroborated_share'].get(a['id'], 0):.0%}",
        )
    console.print(head)
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(s["quote_fidelity"].items()))
    opinion = f", {s['opinion']} opinion" if s.get("opinion") else ""  # an opinion piece's views, apart from unique facts
    console.print(
        Text(
            f"{counted(s['facts'], 'fact', 'facts')}: {s['shared']} shared, {s['conflict']} in conflict, {s['unique']} unique{opinion}; "
            f"{counted(s['quotes'], 'quotation', 'quotations')}{f' ({kinds})' if kinds else ''}; {s['misattributed']} misattributed"
        )
    )
    for c in (comparison.get("settings") or {}).get("copies") or []:  # near-duplicates `parallax run` left out
        of = short.get(c.get("of"), c.get("of"))
        console.print(
            plain(
                f"Also published, near word for word (left out): {c.get('outlet') or c.get('id')}, {c.get('published') or '-'}, "
                f"a copy of {of} ({shown_percent(float(c.get('similarity') or 0))}% alike"
                f"{'; identical except figures' if c.get('figures_only') else ''})."
            )
        )
        for line in copy_lines(c):
            console.print(plain(line, "red" if line.startswith("  changed") else ""))
    for lim in comparison.get("limits") or []:
        console.print(
            plain(
                f"Not checked in {', '.join(lim['languages'])} ({', '.join(short.get(a, a) for a in lim['articles'])}): {lim['reason']}.",
                "yellow",
            )
        )
    _print_headlines(console, comparison, short, published)
    facts = Table(title="Facts", show_lines=True, expand=True)
    facts.add_column("fact", no_wrap=True)
    facts.add_column("status", no_wrap=True)
    for a in arts:
        facts.add_column(plain(short[a["id"]]), ratio=1)
    language_of = {a["id"]: a.get("language") for a in arts}  # (an English count's noun prints in the plural)
    for f in comparison["facts"]:
        cells = []
        for a in arts:
            cells.append(plain("\n".join(x["text"] for x in f["sentences"] if x["article"] == a["id"])))
        status = shown_status(f)  # an opinion piece's own sentence is its view, not a unique fact
        facts.add_row(plain(f["id"]), plain(status, _STATUS_STYLE.get(status, "")), *cells)
        for c in f["conflicts"]:
            vals = c["values"]
            values = "; ".join(
                f"{short[k]}: {fmt_value(v, conflict_unit(c, k), language_of.get(k))}" for k, v in vals.items() if k in short
            )
            if note := update_note(c, short, published):  # a later report's larger toll (compare.updates)
                values += "\n" + note
            values += "".join("\n" + line for line in unaligned_lines(c, short))  # (compare.every_outlet)
            facts.add_row("", plain("↳ " + c["kind"], "red"), plain(values), *[""] * (len(arts) - 1))
        for w in f.get("warnings") or []:  # a slip inside one report (compare.warnings)
            facts.add_row("", plain("⚠ " + w["kind"], "yellow"), plain(warning_text(w, short)), *[""] * (len(arts) - 1))
    console.print(facts)
    quotes = Table(title="Quotations", show_lines=True, expand=True)
    for col in ("quote", "fidelity", "speaker", "variants"):
        quotes.add_column(col)
    languages = article_languages(comparison)
    for q in comparison["quotes"]:
        ref = reference_variant(q)  # a direct quotation translated against it reads "translation" (quote_languages.py)
        variants = "\n".join(
            f"{short.get(v['article'], v['article'])} ({v.get('speaker') or '?'}{', inferred' if v.get('speaker') and v.get('cue') == 'near' else ''}"
            f"{', ' + grade if (grade := shown_fidelity(v, ref, languages)) not in (None, 'verbatim') else ''}): “{v['text']}”"
            for v in q["variants"]
        )
        fid = q["fidelity"] + (" · MISATTRIBUTED" if q["misattributed"] else "")
        if q.get("unnamed_in"):  # named in one report, an anonymous source in another (compare.unnamed_sources)
            fid += " · unnamed in " + ", ".join(short.get(a, a) for a in q["unnamed_in"])
        quotes.add_row(
            plain(q["id"]),
            plain(fid, "red" if q["misattributed"] or q["fidelity"] == "altered" else ""),
            plain(q.get("speaker") or "?"),
            plain(variants),
        )
    console.print(quotes)
    if comparison["word_choices"]:
        wc = Table(title="Word choice")
        wc.add_column("fact")
        for a in arts:
            wc.add_column(plain(short[a["id"]]))
        for w in comparison["word_choices"]:
            wc.add_row(plain(w["fact"]), *[plain(w["values"].get(a["id"], "")) for a in arts])
        console.print(wc)
    times = Table(title="Dates resolved")
    for col in ("article", "expression", "value", "reads as"):
        times.add_column(col)
    for t in comparison["times"]:
        value, reading = t.get("value"), time_reading(t.get("value"), t.get("granularity"))
        times.add_row(plain(short.get(t["article"], t["article"])), plain(t["text"]), plain(value or "?"), reading or "")
    console.print(times)


def _print_headlines(console: Console, comparison: dict, short: dict[str, str], published: dict[str, str | None]) -> None:
    """Each headline that disagrees with another report, grouped and bounded as on the HTML page
    (:func:`parallax.report.headline_summary.headlines_view`): one line per kind and values naming at most five
    reports and counting the rest, one sentence they give, where a larger toll came later the likely update, and the
    headline's choices of words.  Listing each conflict once per other report had made a 50-report story's section
    2,450 lines; the comparison's JSON keeps every conflict."""
    heads = headlines_view(comparison, short, published)
    if not heads:
        return
    total = sum(h["count"] for h in heads)
    table = Table(title=f"Headlines ({total} against the other reports)", show_lines=True, expand=True)
    for col in ("outlet", "headline", "against the other reports"):
        table.add_column(col, ratio=1 if col != "outlet" else None)
    for h in heads:
        lines = ["also: " + "; ".join(f"“{t}”" for t in h["also_titles"])] if h["also_titles"] else []
        for c in h["conflicts"]:
            values = "; ".join(f"{x['outlet']}: {x['value']}" for x in c["values"])
            lines.append(f"{c['kind']} (against {c['outlet']}'s {c['met']}): {values}")
            lines.append(f"  {c['example_outlet']}: {c['text']}")
            if c["later_note"]:  # a later report's larger toll (compare.updates)
                lines.append(c["later_note"])
        if h["more"]:
            lines.append(f"and {h['more']} more disagreement{'s' if h['more'] > 1 else ''} of this headline")
        for w in h["wording"]:
            also = f" (and {w['also']} more pair{'s' if w['also'] > 1 else ''} of headlines)" if w["also"] else ""
            lines.append("wording: " + " / ".join(f"{o}: {word}" for o, word in w["values"]) + also)
        if h["wording_more"]:
            lines.append(f"and {h['wording_more']} more choice{'s' if h['wording_more'] > 1 else ''} of words")
        table.add_row(plain(h["outlet"]), plain(h["title"]), plain("\n".join(lines)))
    console.print(table)

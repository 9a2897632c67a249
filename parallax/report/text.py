"""A readable side-by-side summary in the terminal (rich).

Article text is printed through ``rich.markup.escape``-free Text objects, so
markup-like strings in articles ("[bold]") are shown literally.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

_STATUS_STYLE = {"shared": "green", "unique": "yellow", "conflict": "bold red"}


def print_text(comparison: dict, file=None) -> None:
    console = Console(file=file, width=160 if file else None, highlight=False, soft_wrap=False)
    arts = comparison["articles"]
    short = {a["id"]: (a.get("outlet") or a["id"])[:28] for a in arts}
    s = comparison["summary"]
    head = Table(title="Parallax comparison", show_lines=False)
    for col in ("article", "outlet", "published", "language", "corroborated"):
        head.add_column(col)
    for a in arts:
        head.add_row(Text(a["id"]), Text(a.get("outlet") or "-"), Text(a.get("published") or "-"), Text(a.get("language") or "-"), f"{s['corroborated_share'].get(a['id'], 0):.0%}")
    console.print(head)
    console.print(
        Text(f"{s['facts']} facts: {s['shared']} shared, {s['conflict']} in conflict, {s['unique']} unique; "
             f"{s['quotes']} quotations ({', '.join(f'{k} {v}' for k, v in sorted(s['quote_fidelity'].items()))}); "
             f"{s['misattributed']} misattributed")
    )
    facts = Table(title="Facts", show_lines=True, expand=True)
    facts.add_column("fact", no_wrap=True)
    facts.add_column("status", no_wrap=True)
    for a in arts:
        facts.add_column(short[a["id"]], ratio=1)
    for f in comparison["facts"]:
        cells = []
        for a in arts:
            cells.append(Text("\n".join(x["text"] for x in f["sentences"] if x["article"] == a["id"])))
        facts.add_row(f["id"], Text(f["status"], style=_STATUS_STYLE[f["status"]]), *cells)
        for c in f["conflicts"]:
            values = "; ".join(f"{short.get(k, k)}: {v}" for k, v in c["values"].items())
            facts.add_row("", Text("↳ " + c["kind"], style="red"), Text(values), *[""] * (len(arts) - 1))
    console.print(facts)
    quotes = Table(title="Quotations", show_lines=True, expand=True)
    for col in ("quote", "fidelity", "speaker", "variants"):
        quotes.add_column(col)
    for q in comparison["quotes"]:
        variants = "\n".join(f"{short.get(v['article'], v['article'])} ({v.get('speaker') or '?'}): “{v['text']}”" for v in q["variants"])
        fid = q["fidelity"] + (" · MISATTRIBUTED" if q["misattributed"] else "")
        quotes.add_row(q["id"], Text(fid, style="red" if q["misattributed"] or q["fidelity"] == "altered" else ""), Text(q.get("speaker") or "?"), Text(variants))
    console.print(quotes)
    if comparison["word_choices"]:
        wc = Table(title="Word choice")
        wc.add_column("fact")
        for a in arts:
            wc.add_column(short[a["id"]])
        for w in comparison["word_choices"]:
            wc.add_row(w["fact"], *[Text(w["values"].get(a["id"], "")) for a in arts])
        console.print(wc)
    times = Table(title="Dates resolved")
    for col in ("article", "expression", "value"):
        times.add_column(col)
    for t in comparison["times"]:
        times.add_row(short.get(t["article"], t["article"]), Text(t["text"]), t.get("value") or "?")
    console.print(times)

"""The Headlines section, bounded: each headline's disagreements grouped by what differs, not listed per report.

A story's comparison compares every headline with every other headline and every other body
(:mod:`parallax.compare.headlines`), so with n reports it holds up to n·(n-1) headline conflicts and as many choices
of words: a 51-report story's HTML had a 536 KB Headlines section, mostly the same "12 dead / 10 dead" shown once
per pair of reports.  An analyst needs which headlines differ and how: here one headline's conflicts that say the
same thing (one kind, one side met: headline, text or own text; the headline's value and the other value) are one
line naming the reports that give the other value, at most :data:`NAMED` of them by name and the rest as a count,
with one of their sentences as the example; a headline shows at most :data:`GROUPS` such lines and its choices of
words at most :data:`WORDINGS` (each pair of words once in the section, with a count of the other pairs of
headlines writing it), the rest counted.  Headlines whose lines say the same (one value against the same other values: the 25 headlines of
"12 dead" against those of "10 dead") are one entry naming them, with up to :data:`NAMED` of their other wordings.
So the section grows with the number of headlines, not with its square; the comparison's JSON keeps every
conflict.
"""

from __future__ import annotations

from parallax.report.formatting import conflict_unit, fmt_value, own_labels, update_note

NAMED = 5  # reports named on one line; the rest are counted ("and 22 more")
GROUPS = 8  # lines of disagreement under one headline; the rest are counted
WORDINGS = 6  # choices of words under one headline; the rest are counted


def named_list(names: list[str]) -> str:
    """Up to :data:`NAMED` names, the rest counted: "A, B, C, D, E and 22 more"."""
    names = list(dict.fromkeys(names))
    if len(names) <= NAMED:
        return ", ".join(names)
    return f"{', '.join(names[:NAMED])} and {len(names) - NAMED} more"


def _group_key(c: dict, article: str) -> tuple:
    """What makes two conflicts of one headline one line: kind, side met, this headline's value and the other's."""
    vals = c.get("values") or {}
    mine = [fmt_value(v, conflict_unit(c, k)) for k, v in vals.items() if k != c.get("article")]
    theirs = [fmt_value(v, conflict_unit(c, k)) for k, v in vals.items() if k == c.get("article")]
    side = "own" if c.get("against") == "own" else "other"  # another report's headline or text: one line
    return c.get("kind"), side, tuple(mine), tuple(theirs), bool(c.get("later"))


def _grouped(h: dict, label: dict[str, str], published: dict[str, str | None]) -> tuple[list[dict], int, frozenset]:
    """One headline's conflicts as lines (see the module), the count of lines left out, and what the lines say
    (their keys, less the outlets), which headlines saying the same share."""
    groups: dict[tuple, list[dict]] = {}
    for c in h.get("conflicts") or []:
        groups.setdefault(_group_key(c, h["article"]), []).append(c)
    items = []
    for (kind, side, _mine, _theirs, _later), cs in groups.items():
        first = cs[0]
        against = "own" if side == "own" else "/".join(dict.fromkeys(c.get("against") or "text" for c in cs))
        vals = first.get("values") or {}
        names = own_labels(label, h["article"]) if against == "own" else label
        outlets = [label.get(c.get("article"), c.get("article")) for c in cs]
        who = named_list(outlets)
        values = []
        for k, v in vals.items():
            if k not in names:
                continue
            shown = who if k == first.get("article") and against != "own" else names[k]
            values.append({"outlet": shown, "value": fmt_value(v, conflict_unit(first, k))})
        met = {"headline": "headline", "text": "text", "own": "own text"}
        parts = [met.get(a, "text") + ("s" if len(set(outlets)) > 1 and a != "own" else "") for a in against.split("/")]
        items.append(
            {
                "kind": kind,
                "against": against,
                "met": " and ".join(dict.fromkeys(parts)),
                "outlet": who,
                "count": len(set(outlets)),
                "example_outlet": outlets[0],
                "text": first.get("text") or "",
                "values": values,
                "later_note": update_note(first, label, published),
            }
        )
    return items[:GROUPS], max(0, len(items) - GROUPS), frozenset(groups)


def headlines_view(comparison: dict, label: dict[str, str], published: dict[str, str | None] | None = None) -> list[dict]:
    """Each headline that disagrees with another report, or words a thing otherwise than another headline: its
    outlet, its words, its disagreements grouped (see the module) with the reports giving each other value and one
    sentence they meet, where a larger toll came later the likely update (``later_note``), and its choices of words."""
    out: list[dict] = []
    alike: dict[frozenset, dict] = {}  # headlines whose lines say the same: one entry naming them all
    words_at: dict[frozenset, dict] = {}  # a pair of words between headlines, shown once, under the first headline
    for h in comparison.get("headlines") or []:
        items, more, says = _grouped(h, label, published or {})
        wording: list[dict] = []
        for w in h.get("word_choices") or []:
            pairs = list((w.get("values") or {}).items())
            words = frozenset(v for _, v in pairs)
            if words in words_at:
                words_at[words]["also"] += 1  # the same two words in another pair of headlines
                continue
            entry = {"outlet": label.get(w.get("article"), w.get("article")), "values": [(label.get(k, k), v) for k, v in pairs], "also": 0}
            words_at[words] = entry
            wording.append(entry)
        outlet = label.get(h["article"], h["article"])
        if items and not wording and says in alike:
            alike[says]["outlets"].append(outlet)  # another headline saying the same against the same values
            alike[says]["titles"].append(h.get("title") or "")
            continue
        if items or wording:
            entry = {"outlet": outlet, "title": h.get("title") or "", "conflicts": items, "more": more, "wording": wording}
            entry["outlets"], entry["titles"] = [outlet], [entry["title"]]
            out.append(entry)
            if items and not wording:
                alike[says] = entry
    for entry in out:  # the headlines an entry stands for: named up to NAMED, their other wordings up to NAMED
        first, entry["count"] = entry["outlet"], len(entry["outlets"])
        entry["outlet"] = named_list(entry["outlets"])
        if entry["count"] > 1:  # the value of all the headlines it stands for, not of the first alone
            for item in entry["conflicts"]:
                for v in item["values"]:
                    v["outlet"] = "these headlines" if v["outlet"] == first else v["outlet"]
        entry["also_titles"] = [t for t in dict.fromkeys(entry["titles"]) if t != entry["title"]][:NAMED]
    for h in out:
        h["wording_more"] = max(0, len(h["wording"]) - WORDINGS)
        h["wording"] = h["wording"][:WORDINGS]
    return out

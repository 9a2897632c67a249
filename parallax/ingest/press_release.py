"""The company profile that closes a press release: "About Ascent Labs" and under it "Ascent Labs is a ...".

Wire services and company sites print the same profile under every release the company issues; it describes the
company, not the news, and in a comparison of reports it would stand as facts only one outlet (the one that ran
the release whole) reports.  It is recognised by its form, in English, German, French and Spanish: a heading
"About <Name>" among the last lines, and the next paragraph opening with that name.  "About the study" (a section
of the report) names no company and stays.

Some releases print the profile with no heading: the last paragraphs each open with the company's name, the first
"Norvik is a global supplier of harbour cranes …", and they give what only a profile gives, where the company sits, how
many it employs, where its shares trade, when it was founded ("Norvik is based in Kelton (Norway), runs
plants in 9 countries and has a staff of about 2,400").  A report's closing line on a company gives one
such fact at most, about the news; the profile gives two or more, and the news itself named the company above.
"""

from __future__ import annotations

import re

_HEADING = re.compile(
    r"^(?:About|Über|À propos d(?:e |')|Acerca de|Sobre)[ ]?(?P<name>(?-i:[A-Z0-9][\w&.'’-]*)(?:[ ][\w&.'’-]+){0,4})[ ]?:?$"
)
_MAX_PROFILE_LINES = 4  # the profile's paragraphs (what the company does, where, its shares), perhaps another profile's heading

# the name (one to four capitalised words) and the copula and article of "… is a / ist ein / est un / es una …"
_OPENS_PROFILE = re.compile(
    r"^(?P<name>(?-i:[A-Z0-9][\w&.'’-]*)(?:[ ](?-i:[A-Z0-9][\w&.'’-]*)){0,3}) (?:is|ist|est|es) (?:a|an|the|one of|ein|eine|einer|un|une|l['’]un|el|la|uno|una) ",
    re.I,
)
# what a company profile tells: seat, staff, shares, founding, offices, in English, German, French and Spanish
_PROFILE_FACT = re.compile(
    r"\b(?:headquartered|headquarters|employs|employees|listed on|publicly traded|traded on|founded in|subsidiaries|offices in|"
    r"hauptsitz|mitarbeite(?:r|nde)|beschäftigt|gegründet|börsennotiert|tochtergesellschaften|"
    r"siège(?: social)?|salariés|collaborateurs|cotée|fondée en|filiales|"
    r"sede (?:central|en)|empleados|cotiza|fundada en|filiales)\b",
    re.I,
)
_MIN_PROFILE_FACTS, _MIN_PROFILE_WORDS, _HEADLESS_LINES = 2, 20, 3


def without_company_profile(lines: list[str]) -> list[str]:
    """``lines`` up to a closing company profile (its heading among the last lines, the next line opening with the name)."""
    for i in range(max(1, len(lines) - _MAX_PROFILE_LINES - 1), len(lines) - 1):
        m = _HEADING.match(lines[i])
        if m and lines[i + 1].startswith(m.group("name").rstrip(":")):
            return lines[:i]
    return _without_headless_profile(lines)


def _without_headless_profile(lines: list[str]) -> list[str]:
    """``lines`` up to a closing profile with no heading: each of its last lines opens with the name of a company
    the text above names, the first says what it is, and together they give two of a profile's facts."""
    for i in range(max(1, len(lines) - _HEADLESS_LINES), len(lines)):
        m = _OPENS_PROFILE.match(lines[i])
        if not m or len(lines[i].split()) < _MIN_PROFILE_WORDS:
            continue
        name = m.group("name")
        tail = lines[i:]
        if all(ln.startswith(name) for ln in tail) and name in "\n".join(lines[:i]):
            if len({f.lower() for ln in tail for f in _PROFILE_FACT.findall(ln)}) >= _MIN_PROFILE_FACTS:
                return lines[:i]
    return lines

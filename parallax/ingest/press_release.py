"""The company profile that closes a press release: "About Ascent Labs" and under it "Ascent Labs is a ...".

Wire services and company sites print the same profile under every release the company issues; it describes the
company, not the news, and in a comparison of reports it would stand as facts only one outlet (the one that ran
the release whole) reports.  It is recognised by its form, in English, German, French and Spanish: a heading
"About <Name>" among the last lines, and the next paragraph opening with that name.  "About the study" (a section
of the report) names no company and stays.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?:About|Über|À propos d(?:e |')|Acerca de|Sobre)[ ]?(?P<name>(?-i:[A-Z0-9][\w&.'’-]*)(?:[ ][\w&.'’-]+){0,4})[ ]?:?$")
_MAX_PROFILE_LINES = 4  # the profile's paragraphs (what the company does, where, its shares), perhaps another profile's heading


def without_company_profile(lines: list[str]) -> list[str]:
    """``lines`` up to a closing company profile (its heading among the last lines, the next line opening with the name)."""
    for i in range(max(1, len(lines) - _MAX_PROFILE_LINES - 1), len(lines) - 1):
        m = _HEADING.match(lines[i])
        if m and lines[i + 1].startswith(m.group("name").rstrip(":")):
            return lines[:i]
    return lines

"""A line that is an outlet's host name set in capitals and nothing else: "BVINEWS.COM", "EXAMPLE.ORG".

Sites that run another outlet's copy print the source's name as its wordmark between the reports, in capitals,
as a logo is, and templates print their own under a story.  No sentence is one bare host name.  A host in lower
case on a line of its own stays: that is an address given to the reader ("www.example-theatre.com" closing an
event's report, a list of the venues' sites), which the report's readers are meant to keep.
"""

from __future__ import annotations

import re

# a host of two labels or more, in capitals, its last one letters only (the top-level domain)
_WORDMARK_HOST = re.compile(r"^(?:WWW\.)?[A-Z0-9][A-Z0-9-]*(?:\.[A-Z0-9-]+)*\.[A-Z]{2,6}$")


def is_wordmark_host(line: str) -> bool:
    """Whether ``line`` is only a host name in capitals ("BVINEWS.COM")."""
    line = line.strip()
    return bool(_WORDMARK_HOST.match(line)) and any(c.isalpha() for c in line)

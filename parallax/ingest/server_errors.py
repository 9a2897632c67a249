"""Error messages a web server printed into the page.

Old PHP sites (blogs on outdated plugins, archived pages) print their
warnings into the HTML wherever the failing code ran: "<b>Warning</b>:
Use of undefined constant comments - assumed 'comments' ... in
<b>/htdocs/wp-content/plugins/.../get-recent-comments.php</b> on line
<b>928</b>".  A sidebar widget repeating one such warning a dozen times is the
longest run of text on a short post, and an extractor takes it for the
article.  The message has one fixed shape (a level, a colon, the message, the
script's path and the line number), so it is removed from the markup before
parsing.
"""

from __future__ import annotations

import re

# PHP's own format, with html_errors on ("<b>Warning</b>: ... in <b>/path</b> on line <b>12</b>") or off
# ("Warning: ... in /path on line 12"); every part bounded, so the search stays linear
_PHP_MESSAGE = re.compile(
    r"(?:<b>)?(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards|Catchable fatal error)(?:</b>)?:"
    r"[^<\n]{0,600}? in (?:<b>)?/[^<>\s]{1,400}(?:</b>)? on line (?:<b>)?\d{1,7}(?:</b>)?"
)


def without_server_errors(html: str) -> str:
    """``html`` without the PHP error messages printed into it."""
    if "on line" not in html:  # (most pages: no search at all)
        return html
    return _PHP_MESSAGE.sub(" ", html)

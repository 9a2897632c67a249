"""A body named in apposition to the common noun that makes it a speech verb's subject (QA round 53).

"The company, Western Gold Ltd, said it would pay the funeral costs", "The regulator, the Minerals Commission,
said ...": papers in Ghana, Nigeria, Kenya and South Africa name a firm or an agency after the noun of what it is.
The subject's span holds both, and the speaker came out "company, Western Gold Ltd", which matches no other report's
"Western Gold Ltd said".  Where the words before the body's name are one to three lower-case words (an article, the
noun) and a comma, they say what the body is, and the body speaks.
"""

from __future__ import annotations

import re

_NOUN_THEN_COMMA = re.compile(r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+(?:the\s+)?", re.I)


def body_in_apposition(before: str) -> bool:
    """Whether ``before`` (the subject's words before a body's name) is a lower-case noun phrase and a comma (see the
    module): "The company, ", "the regulator, the "."""
    m = _NOUN_THEN_COMMA.fullmatch(before)
    return bool(m) and not any(w[:1].isupper() for w in before.split()[1:])

"""The prompt to log in and comment under an article: "Vous souhaitez réagir à cet article ? Connectez-vous ou créez
un compte.", "Inicia sesión para comentar", "Melden Sie sich an, um zu kommentieren.", "Log in to comment".

:mod:`parallax.ingest.comment_sections` drops a comment section its markup names; the prompt is often set in a
plain paragraph after the body, and stayed as a fact of one outlet.  A prompt names commenting (or "reacting")
and opens a sentence with the imperative of logging in, or opens with the purpose ("Pour réagir", "Per
commentare"); a report on a site's comment rules ("Users must log in to comment, the company said") opens with
its subject.
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"(?<!\w)(?:comment\w*|kommentier\w*|réagir|comentar\w*|reagieren|reageren|reageer)(?!\w)", re.I)
_LOGIN_OPENS = re.compile(
    r"(?:^|[.?!,]\s)[\W_]{0,4}+(?:connectez-vous|identifiez-vous|créez un compte|inicia sesión|inicie sesión|regístrate|"
    r"melden sie sich an|loggen sie sich ein|registrieren sie sich|log ?in|sign ?in|register|effettua il login|accedi|registrati|"
    r"faça login|entre na sua conta|log (?:je )?in|meld je aan)(?!\w)"
    r"|^[\W_]{0,4}+(?:pour (?:réagir|commenter)|para comentar|per commentare|to comment|um zu kommentieren|om te reageren)(?!\w)",
    re.I,
)
# a report's tense: "Sign in was disabled after the attack, and comments were closed" tells, a prompt asks
_REPORT = re.compile(r"(?<!\w)(?:was|were|said|says|had|has been|a été|ont été|fue|fueron|wurde|wurden|è stato|foi)(?!\w)", re.I)
_MAX_WORDS = 20


def is_comment_prompt(line: str) -> bool:
    """Whether ``line`` is the prompt to log in and comment."""
    return len(line.split()) <= _MAX_WORDS and bool(_COMMENT.search(line) and _LOGIN_OPENS.search(line)) and not _REPORT.search(line)

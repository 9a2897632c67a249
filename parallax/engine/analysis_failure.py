"""One article whose analysis fails, named: the input it came from, its id and the error, in one line.

An unexpected error inside the analysis of one article (a rule's bug that one text sets off) ended ``parallax run``
with a traceback that named no article, on a Dask worker a remote one: the user could neither report it usefully nor
get past it.  Each engine analyses an article through :func:`analysed`, which turns such an error into an
:class:`AnalysisFailed`, an :class:`~parallax.errors.InputError` of the article's input: the command line prints it
as its one line with exit status 2 (the batches committed before it stay), and with ``--skip-bad`` the engines skip
that article alone with a warning, as they skip a bad record, and go on.
"""

from __future__ import annotations

from typing import Any

from parallax.errors import InputError, ParallaxError
from parallax.records import Article


class AnalysisFailed(InputError):
    """The analysis of one article raised an error that is no refusal of its input."""


def analysed(analyzer: Any, article: Article) -> Article:
    """``analyzer.analyze(article)``, an unexpected error in it raised as :class:`AnalysisFailed`."""
    try:
        return analyzer.analyze(article)
    except ParallaxError:
        raise
    except Exception as exc:  # noqa: BLE001  (any bug inside a rule: named with the article that set it off)
        message = " ".join(str(exc).split())[:200]
        raise AnalysisFailed(
            article.source or article.id,
            f"analysing article {article.id!r} failed ({type(exc).__name__}: {message}); a bug this text sets off,"
            " please report it with the article (--skip-bad skips it)",
        ) from exc

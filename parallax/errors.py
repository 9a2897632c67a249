"""Errors a user can act on.

An :class:`InputError` names the input and the reason; the CLI prints it as
one line and exits with status 2, never a traceback.
"""

from __future__ import annotations


class ParallaxError(Exception):
    """Base of every error Parallax raises on purpose."""


class InputError(ParallaxError):
    """An input that cannot be read: empty, binary, undecodable, malformed, too large."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class TooLarge(InputError):
    """An input over a size limit (as read, or once decompressed).  Its own class so that the
    web app answers 413 with its own limit, not 400 with the command line's ``--max-bytes``."""


class NothingToCompare(ParallaxError, ValueError):
    """``compare`` given no articles: a ParallaxError for callers that catch the package's errors,
    and still the ValueError it was."""


class UnknownOption(ParallaxError, TypeError):
    """A keyword that is no :class:`~parallax.config.Options` field (``parallax.load(..., published=...)``):
    Python's "__init__() got an unexpected keyword argument" named neither the object nor the
    fields it takes.  Still a TypeError, as it was, for callers that catch that."""

"""All settings in one options object (trafilatura's ``Extractor`` is the model).

Every stage reads what it needs from :class:`Options`; the comparison output
records them so a reader can reproduce a result.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from parallax.errors import UnknownOption


@dataclass(frozen=True)
class Options:
    # ingest
    max_file_bytes: int = 20 * 1024 * 1024  # larger files are refused
    max_text_chars: int = 2_000_000  # longer article texts are refused
    skip_bad: bool = False  # skip bad inputs with a warning instead of stopping
    default_published: str | None = None  # for plain text inputs without a date
    # fmt: off
    languages: tuple[str, ...] = (
        "en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "uk", "sv", "da", "no", "fi", "cs", "ro", "tr", "ar", "zh", "ja",
    )
    # taken only when the identifier is sure: a short Russian sentence scores close to Bulgarian,
    # but Greek, Hebrew or Korean must not come out as the nearest of ``languages``
    more_languages: tuple[str, ...] = (
        "el", "he", "ko", "hi", "th", "bg", "hu", "fa", "ur", "ca", "hr", "sk", "sl", "sr", "bs", "mk", "lt", "lv", "et", "id", "vi",
        "bn", "ta", "ka", "hy", "be", "ms", "sw", "tl", "af",
    )
    # fmt: on
    # analyze
    spacy_batch_size: int = 64
    # compare
    embedder: str = "e5"  # e5 (multilingual, bundled weights) | hashing (no model)
    align_threshold: float = 0.46  # combined score above which two sentences state the same fact (fitted: compare/align_model.json)
    # stories (None: the fitted value in stories/model.json)
    story_threshold: float | None = None  # combined score above which an article joins a story
    story_window_days: float | None = None  # a story with no article for this long is closed
    story_candidates: int | None = None  # open stories scored per article (bounds the cost)
    story_merge_threshold: float | None = None  # probability above which two open stories merge
    duplicate_threshold: float | None = None  # MinHash Jaccard above which a text is a copy (default 0.8)
    extra: dict[str, Any] = field(default_factory=dict)

    def with_(self, **changes: Any) -> Options:
        """A copy with ``changes``; a name that is no field is an :class:`UnknownOption` naming the
        known ones (and the nearest, for a slip: ``published`` → ``default_published``)."""
        known = [f.name for f in fields(self)]
        unknown = [name for name in changes if name not in known]
        if unknown:
            raise UnknownOption(unknown_message(unknown[0], known))
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def unknown_message(name: str, known: list[str]) -> str:
    """``unknown option 'published' (did you mean 'default_published'?); known options: ...``."""
    from difflib import get_close_matches

    near = get_close_matches(name, known, n=1, cutoff=0.6) or [k for k in known if name in k or k in name][:1]
    hint = f" (did you mean {near[0]!r}?)" if near else ""
    return f"unknown option {name!r}{hint}; known options: {', '.join(known)}"

"""All settings in one options object (trafilatura's ``Extractor`` is the model).

Every stage reads what it needs from :class:`Options`; the comparison output
records them so a reader can reproduce a result.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Options:
    # ingest
    max_file_bytes: int = 20 * 1024 * 1024  # larger files are refused
    max_text_chars: int = 2_000_000  # longer article texts are refused
    skip_bad: bool = False  # skip bad inputs with a warning instead of stopping
    default_published: str | None = None  # for plain text inputs without a date
    languages: tuple[str, ...] = (
        "en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "uk", "sv", "da", "no", "fi", "cs", "ro", "tr", "ar", "zh", "ja",
    )
    # taken only when the identifier is sure: a short Russian sentence scores close to Bulgarian,
    # but Greek, Hebrew or Korean must not come out as the nearest of ``languages``
    more_languages: tuple[str, ...] = (
        "el", "he", "ko", "hi", "th", "bg", "hu", "fa", "ur", "ca", "hr", "sk", "sl", "sr", "bs", "mk", "lt", "lv", "et", "id", "vi",
        "bn", "ta", "ka", "hy", "be",
    )
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
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

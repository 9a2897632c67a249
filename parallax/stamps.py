"""Stamps: what made a stored result, so a store knows when to make it again.

A stored analysis or comparison stays right only while the code and the models
that made it are the same.  The version number alone does not say so (it
changes at releases, the rules change between them), so a stamp is the
version plus a digest of the source of the stage's packages and the versions
of the model packages it loads.  Stamps are compared for equality only; a
different stamp means "made by something else: make it again".
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

_ROOT = Path(__file__).resolve().parent

# the sub-packages whose code decides each result (a comparison also depends on the analysis)
# the top-level modules on letters and scripts that analysis, comparison and grouping all read (sounds: names heard
# across scripts; han_script: simplified and traditional Chinese as one text)
SCRIPT_CODE = (
    "letters.py", "sounds.py", "han_readings.py", "han_script.py", "serbian_script.py", "korean.py", "press_keys.py", "thai_letters.py",
)  # fmt: skip
ANALYSIS_CODE = ("analyze", "records.py", *SCRIPT_CODE)
COMPARISON_CODE = (*ANALYSIS_CODE, "compare", "embed.py", "comparison_records.py")
READ_AND_ANALYSIS_CODE = ("ingest", *ANALYSIS_CODE)
# (a section label is read by ingest's rules on article kinds and left out of what grouping embeds; grouping also
# reads other stages' word lists: weekday and month names, number words, German nouns, first names, the embedder's
# floor, the publication-time parser and ingest's dateline rules (a dateline's place is the report's place);
# tests/test_stamps50.py checks the list against what stories/ imports)
GROUPING_CODE = (
    "stories", "ingest/article_kind.py", "ingest/datelines.py", "ingest/opinion_signals.py", "ingest/timeparse.py",
    "analyze/timelex", "analyze/numwords", "analyze/german_nouns.py", "analyze/names.py", "embed.py", *SCRIPT_CODE,
)  # fmt: skip
# the packages whose dictionaries read names and cut words: Chinese pinyin, Japanese readings and words, Chinese words,
# and OpenCC's tables of simplified and traditional characters
READING_PACKAGES = ("pypinyin", "pykakasi", "jieba", "opencc")


def _source_digest(parts: tuple[str, ...]) -> str:
    """sha256 over the ``.py`` files (and lexicon data) under ``parts``, in path order."""
    h = hashlib.sha256()
    for part in parts:
        root = _ROOT / part
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in {".py", ".json"} and p.is_file())
        for path in files:
            h.update(path.relative_to(_ROOT).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _package_versions(names: list[str]) -> str:
    out = []
    for name in sorted(set(names)):
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=absent")
    return ",".join(out)


@cache
def _stamp(parts: tuple[str, ...], models: tuple[str, ...]) -> str:
    from parallax import __version__

    digest = hashlib.sha256(_package_versions(list(models)).encode()).hexdigest()[:8]
    return f"{__version__}+{_source_digest(parts)}.{digest}"


def analysis_stamp() -> str:
    """What an analysis made now would be stamped with."""
    from parallax.analyze.nlp import MODELS

    return _stamp(ANALYSIS_CODE, ("spacy", *MODELS.values()))


def read_and_analysis_stamp() -> str:
    """What made a Dask partition: ingest (the cleaned text) and its analysis."""
    from parallax.analyze.nlp import MODELS

    return _stamp(READ_AND_ANALYSIS_CODE, ("spacy", *MODELS.values()))


def comparison_stamp() -> str:
    """What a comparison made now would be stamped with (its analysis included)."""
    from parallax.analyze.nlp import MODELS
    from parallax.embed import MODEL_PACKAGES

    return _stamp(COMPARISON_CODE, ("spacy", *MODELS.values(), *MODEL_PACKAGES, *READING_PACKAGES))


def grouping_stamp() -> str:
    """What made a saved story-grouping state: the grouping code (its model file included)."""
    return _stamp(GROUPING_CODE, READING_PACKAGES)

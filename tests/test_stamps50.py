"""A saved story-grouping state is resumed only while the code that made it is the same.

The grouping stamp is a digest of the files listed in ``GROUPING_CODE``.  The stories package reads lexicons and
rules from other stages (the time lexicons' weekday and month names, the number words, German nouns, first names,
the embedder's floor); an edit there changes how articles group, so those files must be in the stamp too, or a
resumed run would join new articles under old rules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import parallax
from parallax.stamps import GROUPING_CODE

_ROOT = Path(parallax.__file__).resolve().parent
# plumbing the grouping passes records through without reading rules from it
_PLUMBING = {"records.py", "config.py", "store", "errors.py", "stamps.py"}


def _direct_imports(package: Path) -> set[str]:
    """The parallax modules (as paths relative to the package root) that ``package``'s files import by name."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").startswith("parallax."):
                parts = node.module.split(".")[1:]
                target = _ROOT.joinpath(*parts)
                found.add(f"{'/'.join(parts)}.py" if target.with_suffix(".py").is_file() else "/".join(parts))
    return found


def _covered(relative: str) -> bool:
    return any(relative == part or relative.startswith(part.rstrip("/") + "/") for part in GROUPING_CODE)


def test_stamps50_every_module_grouping_reads_is_in_its_stamp() -> None:
    """Each module outside stories/ that stories/ imports is part of the grouping stamp (or is plain plumbing)."""
    outside = {m for m in _direct_imports(_ROOT / "stories") if not m.startswith("stories")}
    missing = sorted(m for m in outside if not _covered(m) and m.split("/")[0] not in _PLUMBING)
    assert not missing, f"grouping reads these but its stamp does not cover them: {missing}"


def test_stamps50_a_lexicon_edit_changes_the_grouping_stamp(tmp_path, monkeypatch) -> None:
    """The stamp's digest really reads the time lexicons: a copy of the tree with one lexicon edited stamps apart."""
    import shutil

    from parallax import stamps

    copy = tmp_path / "parallax"
    for part in GROUPING_CODE:
        source = _ROOT / part
        (copy / part).parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, copy / part, dirs_exist_ok=True)
        else:
            shutil.copy2(source, copy / part)
    monkeypatch.setattr(stamps, "_ROOT", copy)
    before = stamps._source_digest(GROUPING_CODE)
    lexicon = copy / "analyze" / "timelex" / "id.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert stamps._source_digest(GROUPING_CODE) != before

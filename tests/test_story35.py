"""Story model provenance (story35): each entry of ``trained_on`` once.

A partial refit (``scripts/train_stories.py --join-only``) wrote the new fit's entries and then the shipped
model's, and the two share the entries that say what the data was, so ``model.json`` came to say them twice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from parallax.stories.model import load_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from train_stories import provenance  # noqa: E402


def test_provenance_keeps_each_entry_once_in_order():
    fitted = "ECB+ train (575 docs); thresholds chosen on ECB+ dev"
    shipped = "ECB+ train (575 docs); thresholds chosen on ECB+ dev; rejoin added"
    assert provenance(fitted, "join weights refitted", shipped) == (
        "ECB+ train (575 docs); thresholds chosen on ECB+ dev; join weights refitted; rejoin added"
    )


def test_provenance_drops_empty_entries():
    assert provenance("a; ", "", "b") == "a; b"


def test_shipped_model_states_each_provenance_entry_once():
    entries = [e.strip() for e in load_model().trained_on.split("; ")]
    assert len(entries) == len(set(entries))


def test_shipped_model_records_what_story35_tried_and_did_not_keep():
    assert "not kept (story35" in load_model().trained_on
    assert load_model().threshold == 0.3  # the join threshold is unchanged

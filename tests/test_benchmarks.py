"""The benchmark scripts run end to end on a small slice of ../shared/data and print figures.

Quality targets are printed by the scripts themselves (see CHANGELOG.md); these tests only make
sure the scripts keep working, and they are skipped when ../shared/data is absent.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"


@pytest.mark.shared
@pytest.mark.parametrize(
    "script, data, expected",
    [
        ("ner_germeval.py", "germeval2014/NER-de-dev.tsv", "PER"),
        ("quotes_wikinews.py", "wikinews-spkatt2023-task2/data/train/task2", "Joint"),
    ],
)
def test_benchmarks_run_on_a_slice(
    shared_data: Path, script: str, data: str, expected: str
) -> None:
    path = shared_data / data
    if not path.exists():
        pytest.skip(f"{path} not found")
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--data", str(path), "--limit", "20"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout


@pytest.mark.parametrize("script", ["ner_germeval.py", "quotes_wikinews.py"])
def test_benchmarks_skip_cleanly_without_data(tmp_path: Path, script: str) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--data", str(tmp_path / "absent")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "skip" in (done.stdout + done.stderr).lower()

"""The number benchmark scripts run end to end and print their figures (no targets asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_numbers_peers_benchmark_prints_every_suite() -> None:
    out = _run(str(BENCHMARKS / "numbers_peers.py"))
    for suite in ("duckling", "msrt", "nemo_itn", "text2num", "text2numde", "zahlwort2num", "ALL"):
        assert suite in out


@pytest.mark.shared
def test_numbers_real_news_benchmark_runs(shared_data: Path) -> None:
    path = shared_data / "real-news-dev" / "real_news_dev.json"
    if not path.exists():
        pytest.skip(f"{path} not found")
    assert "found=" in _run(str(BENCHMARKS / "numbers_real_news.py"), "--data", str(path))


def test_numbers_real_news_benchmark_skips_without_data(tmp_path: Path) -> None:
    out = _run(str(BENCHMARKS / "numbers_real_news.py"), "--data", str(tmp_path / "absent.json"))
    assert "skip" in out.lower()

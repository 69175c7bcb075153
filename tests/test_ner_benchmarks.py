"""The NER benchmark scripts run end to end on a few GermEval sentences and print figures."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BENCHMARKS = ROOT / "benchmarks"
HAS_TRANSFORMERS = all(
    importlib.util.find_spec(name) is not None for name in ("torch", "transformers")
)


@pytest.mark.shared
@pytest.mark.parametrize(
    "script, extra, expected",
    [
        ("ner_model_germeval.py", [], "tokens/s"),
        pytest.param(
            "ner_hf_germeval.py",
            ["--threads", "1"],
            "ms per 1,000 tokens",
            marks=pytest.mark.skipif(not HAS_TRANSFORMERS, reason="needs transformers, torch"),
        ),
    ],
    ids=["embedded-heldout", "hf-tiny"],
)
def test_ner_benchmarks_run_on_a_slice(
    shared_data: Path, script: str, extra: list[str], expected: str
) -> None:
    path = shared_data / "germeval2014" / "NER-de-dev.tsv"
    if not path.exists():
        pytest.skip(f"{path} not found")
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--data", str(path), "--limit", "20", *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout


@pytest.mark.shared
def test_heldout_slice_export_round_trips(shared_data: Path, tmp_path: Path) -> None:
    path = shared_data / "germeval2014" / "NER-de-dev.tsv"
    if not path.exists():
        pytest.skip(f"{path} not found")
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import ner_model_germeval as bench
    finally:
        sys.path.remove(str(BENCHMARKS))
    out = tmp_path / "heldout.tsv"
    n = bench.export_part(path, out, "heldout")
    exported = list(bench.read_germeval(out, "all"))
    assert len(exported) == n == len(list(bench.read_germeval(path, "heldout")))
    assert all(bench.is_heldout(words) for words, _ in exported)
    assert 0.25 < n / len(list(bench.read_germeval(path, "all"))) < 0.35

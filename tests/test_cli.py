"""The nkru-extract command line, end to end on the seed articles."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nkru_extract.cli import main

from .conftest import SEEDS


def _run(args: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nkru_extract", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env={"NKRU_MODEL": "embedded", "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture(scope="module")
def seeds_jsonl() -> list[dict[str, object]]:
    done = _run([str(SEEDS)])
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_cli_one_jsonl_line_per_seed_article(seeds_jsonl: list[dict[str, object]]) -> None:
    assert len(seeds_jsonl) == len(list(SEEDS.glob("*.txt")))
    assert all(str(r["source"]).endswith(".txt") for r in seeds_jsonl)


@pytest.mark.parametrize("field", ["persons", "states", "units", "numbers", "quotes"])
def test_cli_seed_output_fills_each_capability(
    seeds_jsonl: list[dict[str, object]], field: str
) -> None:
    assert sum(len(r[field]) for r in seeds_jsonl) > 0  # type: ignore[arg-type]


def test_cli_reports_and_skips_bad_file(tmp_path: Path) -> None:
    shutil.copy(next(SEEDS.glob("*.txt")), tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"Nordkorea \xff\xfe kaputt")
    done = _run([str(tmp_path), str(tmp_path / "missing.txt")])
    assert done.returncode == 1
    assert "bad.txt" in done.stderr and "UTF-8" in done.stderr
    assert "missing.txt" in done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"].endswith("good.txt")


def test_cli_reads_stdin_and_prints_table() -> None:
    done = _run(["-", "--format", "table"], stdin="Die Ukraine meldet 1.500 Gefangene.")
    assert done.returncode == 0, done.stderr
    assert "== -" in done.stdout and "UA" in done.stdout


def test_cli_json_format_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    code = main([str(SEEDS), "--format", "json", "--model", "embedded", "--no-text"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and data and "text" not in data[0]


def test_cli_missing_model_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-", "--model", "de_core_news_nonexistent"]) == 2
    assert "de_core_news_nonexistent" in capsys.readouterr().err

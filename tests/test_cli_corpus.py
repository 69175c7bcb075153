"""The command line on corpora: CSV/Parquet tables, output directory, progress, summary, claims."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from nkru_extract import tables
from nkru_extract.cli import main

from .conftest import SEEDS

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        folder = root / ("a" if i % 2 else "b")
        folder.mkdir(exist_ok=True)
        shutil.copy(path, folder / path.name)
    return root


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_cli_tables_read_back_with_the_schema_columns(
    fmt: str,
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(corpus)
    code = main([".", "--format", fmt, "-o", str(tmp_path), "--model", "embedded", "--no-progress"])
    assert code == 0
    err = capsys.readouterr().err
    assert "5 docs in" in err and "docs/s" in err and "0 skipped" in err
    read = pd.read_csv if fmt == "csv" else pd.read_parquet
    for kind in tables.kinds():
        df = read(tmp_path / f"{kind}.{fmt}")
        assert list(df.columns) == [c.name for c in tables.schema(kind)]
        if kind in ("persons", "states", "numbers", "quotes"):
            assert len(df) > 0
            assert set(df["doc_id"]) <= {
                p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt")
            }


def test_cli_tables_equal_to_frames_of_the_same_run(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    assert main([".", "--format", "parquet", "-o", str(tmp_path), "--model", "embedded"]) == 0
    assert main([".", "--format", "jsonl", "-o", str(tmp_path), "--model", "embedded"]) == 0
    lines = (tmp_path / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    from nkru_extract.types import Extraction

    pairs = [(r["source"], Extraction.from_dict(r)) for r in map(json.loads, lines)]
    frames = tables.to_frames(pairs)
    got = pd.read_parquet(tmp_path / "numbers.parquet")
    assert got["value"].tolist() == frames["numbers"]["value"].astype(float).tolist()
    assert got["doc_id"].tolist() == frames["numbers"]["doc_id"].tolist()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_cli_tables_need_an_output_directory(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEEDS), "--format", fmt, "--model", "embedded"]) == 2
    assert "--output" in capsys.readouterr().err


@pytest.mark.parametrize(
    "flag, shown", [(None, False), ("--no-progress", False), ("--progress", True)]
)
def test_cli_progress_bar_only_on_a_terminal_or_when_asked(
    flag: str | None, shown: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(SEEDS), "--model", "embedded", "-o", str(tmp_path)]
    assert main(args + ([flag] if flag else [])) == 0
    err = capsys.readouterr().err  # captured stderr is not a terminal
    assert ("doc/s" in err or "it/s" in err or "5/5" in err) is shown
    assert err.strip().splitlines()[-1].startswith("nkru-extract: 5 docs in")


def test_cli_claims_subcommand_jsonl_has_the_table_columns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["claims", str(SEEDS), "--model", "embedded", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(r["doc_id"].endswith(".txt") for r in rows)
    assert list(rows[0]) == [c.name for c in tables.schema("claims")]


def test_cli_claims_table_one_aligned_line_per_claim(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(SEEDS), "--model", "embedded", "--no-progress"]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split() == [
        "doc",
        "figure",
        "value",
        "state",
        "category",
        "modality",
        "to",
        "claimant",
    ]
    assert lines and all(line.split()[0].endswith(".txt") for line in lines)
    state_column = header.index("state")
    assert all(line[state_column : state_column + 2].isupper() for line in lines)

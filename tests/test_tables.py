"""Tables: one DataFrame / Arrow table per kind, columns for every field, stable dtypes."""

from __future__ import annotations

import dataclasses
import json
import sys

import pytest
from spacy.language import Language

import nkru_extract as nk
from nkru_extract import tables
from nkru_extract.types import EntityMention, Extraction, NumberMention, Quote

from .conftest import SEEDS

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def seed_frames(nlp_embedded: Language) -> dict[str, object]:
    paths = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return nk.to_frames(nk.extract_many(texts, nlp=nlp_embedded, ids=[p.name for p in paths]))


@pytest.mark.parametrize(
    "kind, item",
    [
        ("persons", EntityMention),
        ("states", EntityMention),
        ("units", EntityMention),
        ("numbers", NumberMention),
        ("quotes", Quote),
    ],
)
def test_tables_one_column_per_field_doc_id_first(
    kind: str, item: type, seed_frames: dict[str, object]
) -> None:
    df = seed_frames[kind]
    fields = [f.name for f in dataclasses.fields(item)]
    assert list(df.columns) == ["doc_id", *fields]  # type: ignore[attr-defined]
    assert len(df) > 0  # type: ignore[arg-type]
    assert set(df["doc_id"]) <= {p.name for p in SEEDS.glob("*.txt")}  # type: ignore[index]


@pytest.mark.parametrize(
    "kind, column, dtype",
    [
        ("numbers", "start", "Int64"),
        ("numbers", "unit_start", "Int64"),
        ("numbers", "value", "Float64"),
        ("numbers", "qualifier", "category"),
        ("numbers", "unit", "string"),
        ("persons", "label", "category"),
        ("persons", "via", "category"),
        ("persons", "is_credit", "boolean"),
        ("persons", "strength", "Float64"),
        ("quotes", "kind", "category"),
        ("quotes", "speaker_start", "Int64"),
        ("quotes", "parts", "string"),
        ("states", "doc_id", "string"),
    ],
)
def test_tables_dtypes_are_stable(
    kind: str, column: str, dtype: str, seed_frames: dict[str, object]
) -> None:
    assert str(seed_frames[kind][column].dtype) == dtype  # type: ignore[index]
    empty = tables.frame(kind, [])
    assert str(empty[column].dtype) == dtype


def test_tables_rows_match_the_results(
    seed_frames: dict[str, object], nlp_embedded: Language
) -> None:
    path = sorted(SEEDS.glob("*.txt"))[0]
    result = nk.extract(path.read_text(encoding="utf-8"), nlp=nlp_embedded)
    df = seed_frames["quotes"]
    mine = df[df["doc_id"] == path.name]  # type: ignore[index]
    assert mine["text"].tolist() == [q.text for q in result.quotes]
    assert mine["parts"].tolist() == [json.dumps([list(p) for p in q.parts]) for q in result.quotes]
    assert mine["kind"].tolist() == [q.kind for q in result.quotes]


def test_tables_one_extraction_and_positional_doc_ids(nlp_embedded: Language) -> None:
    result = nk.extract("Nordkorea schickt 1.500 Soldaten nach Russland.", nlp=nlp_embedded)
    frames = result.to_frames("x")
    assert frames["numbers"]["doc_id"].tolist() == ["x"]
    assert frames["numbers"]["value"].tolist() == [1500]
    assert nk.to_frames([result, result])["states"]["doc_id"].tolist() == ["0", "0", "1", "1"]


def test_tables_arrow_has_the_same_columns(seed_frames: dict[str, object]) -> None:
    arrow = nk.to_arrow([Extraction(text="")])
    for kind, table in arrow.items():
        assert table.column_names == list(seed_frames[kind].columns)  # type: ignore[attr-defined]
        assert table.num_rows == 0
    assert str(arrow["numbers"].schema.field("start").type) == "int64"
    assert str(arrow["quotes"].schema.field("kind").type).startswith("dictionary")


@dataclasses.dataclass(frozen=True, slots=True)
class Inner:
    value: int | None
    label: str


@dataclasses.dataclass(frozen=True, slots=True)
class Outer:
    start: int
    inner: Inner | None
    spans: tuple[tuple[int, int], ...] = ()


def test_tables_new_kinds_and_nested_results_need_no_code() -> None:
    columns = [(c.name, c.dtype) for c, _ in tables._columns(Outer)]
    assert columns == [
        ("start", "Int64"),
        ("inner_value", "Int64"),
        ("inner_label", "string"),
        ("spans", "json"),
    ]


@pytest.mark.parametrize("bad", [["text"], [("id", "text")], [3]])
def test_tables_reject_what_is_not_a_result(bad: list[object]) -> None:
    with pytest.raises(nk.InputTypeError, match="Extraction"):
        tables.rows(bad)  # type: ignore[arg-type]


def test_tables_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"nkru_extract\[pandas\]"):
        nk.to_frames([Extraction(text="")])

"""Tables: results as one flat table per kind (persons, states, units, numbers, quotes, ...).

One schema serves every tabular output: ``to_frames`` (pandas), ``to_arrow`` (pyarrow), the
CLI's CSV and Parquet files and the Dask DataFrames of ``nkru_extract.dask``. A kind is every
``Extraction`` field that holds a tuple of result dataclasses, so a new kind (``claims``) or a
new field becomes a table or a column without a change here. Each row is one mention; the
columns are ``doc_id`` and then the result's fields in declaration order. A nested result is
flattened into prefixed columns (``number_value``); a tuple of offset pairs (``Quote.parts``)
or of nested results becomes a JSON string. Column types come from the field annotations:
nullable ``Int64`` for integers and offsets, ``Float64`` for numbers that may be fractional,
``boolean``, ``string``, and fixed categoricals for the label vocabularies of ``types``.

``rows`` builds plain Python rows and needs nothing installed; pandas and pyarrow (the
``nkru_extract[pandas]`` extra) are imported only by the functions that return frames.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from nkru_extract import types as _types
from nkru_extract.errors import InputTypeError, describe
from nkru_extract.types import (
    ENTITY_LABELS,
    NUMBER_QUALIFIERS,
    QUOTE_KINDS,
    VIA_KINDS,
    Extraction,
    register_hook,
)

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "CATEGORIES",
    "Column",
    "TableWriter",
    "arrow_schema",
    "empty_frames",
    "frame",
    "kinds",
    "rows",
    "schema",
    "to_arrow",
    "to_frames",
]

#: Closed vocabularies stored as categoricals, by ``(result class, field)``; a vocabulary that a
#: later version of ``types`` defines (claims) is picked up when present.
CATEGORIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("EntityMention", "label"): ENTITY_LABELS,
    ("EntityMention", "via"): VIA_KINDS,
    ("NumberMention", "qualifier"): NUMBER_QUALIFIERS,
    ("Quote", "kind"): QUOTE_KINDS,
}
for _key, _name in (
    (("Claim", "category"), "CLAIM_CATEGORIES"),
    (("Claim", "modality"), "CLAIM_MODALITIES"),
    (("Claimant", "kind"), "CLAIMANT_KINDS"),
):
    if isinstance(getattr(_types, _name, None), tuple):
        CATEGORIES[_key] = getattr(_types, _name)
_INSTALL = 'pip install "nkru_extract[pandas]"'

Result = Extraction | tuple[Any, Extraction]


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """One table column: its name and dtype (``Int64``, ``Float64``, ``boolean``, ``string``,
    ``category`` or ``json``; ``json`` columns hold JSON text)."""

    name: str
    dtype: str
    categories: tuple[str, ...] = ()


def _item_type(cls: type, name: str) -> type | None:
    """The dataclass type held by tuple field ``name`` of ``cls`` (``tuple[X, ...]``), if any."""
    hint = typing.get_type_hints(cls).get(name)
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        if args and isinstance(args[0], type) and dataclasses.is_dataclass(args[0]):
            return args[0]
    return None


def kinds() -> tuple[str, ...]:
    """The table kinds: the tuple-of-results fields of ``Extraction``, in declaration order."""
    return tuple(_kind_types())


@functools.cache
def _kind_types() -> dict[str, type]:
    found: dict[str, type] = {}
    for field in dataclasses.fields(Extraction):
        item = _item_type(Extraction, field.name)
        if item is not None:
            found[field.name] = item
    return found


def _dtype(hint: Any) -> str:
    """``Column.dtype`` for a field annotation."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (Union, types.UnionType):
        if len(args) == 1:
            return _dtype(args[0])
        return "Float64" if set(args) <= {int, float} else "json"
    if hint is bool:
        return "boolean"
    if hint is int:
        return "Int64"
    if hint is float:
        return "Float64"
    if hint is str:
        return "string"
    return "json"


def _nested(hint: Any) -> type | None:
    """The dataclass behind ``X`` or ``X | None``, if the annotation is one."""
    args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    if len(args) == 1 and isinstance(args[0], type) and dataclasses.is_dataclass(args[0]):
        return args[0]
    return None


@functools.cache
def _columns(cls: type, prefix: str = "") -> tuple[tuple[Column, tuple[str, ...]], ...]:
    """Columns of ``cls`` with the attribute path that fills each."""
    out: list[tuple[Column, tuple[str, ...]]] = []
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        hint = hints[field.name]
        nested = _nested(hint)
        if nested is not None:
            for column, path in _columns(nested, f"{prefix}{field.name}_"):
                out.append((column, (field.name, *path)))
            continue
        name = prefix + field.name
        dtype = _dtype(hint)
        vocabulary = CATEGORIES.get((cls.__name__, field.name))
        if dtype == "string" and vocabulary is not None:
            out.append((Column(name, "category", vocabulary), (field.name,)))
        else:
            out.append((Column(name, dtype), (field.name,)))
    return tuple(out)


def schema(kind: str) -> tuple[Column, ...]:
    """The columns of table ``kind``: ``doc_id`` (string) first, then the result's fields.

    Example:
        >>> [c.name for c in schema("numbers")][:5]
        ['doc_id', 'text', 'start', 'end', 'value']
    """
    item = _kind_types().get(kind)
    if item is None:
        raise InputTypeError(f"unknown table kind {kind!r}; choose from {list(kinds())}")
    return (Column("doc_id", "string"), *(column for column, _ in _columns(item)))


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _cell(item: Any, path: tuple[str, ...], dtype: str) -> Any:
    value = item
    for name in path:
        if value is None:
            return None
        value = getattr(value, name)
    if dtype == "json":
        return None if value is None else json.dumps(_plain(value), ensure_ascii=False)
    return value


def _pairs(results: Iterable[Result]) -> Iterator[tuple[Any, Extraction]]:
    for index, entry in enumerate(results):
        if isinstance(entry, Extraction):
            yield index, entry
        elif isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], Extraction):
            yield entry[0], entry[1]
        else:
            raise InputTypeError(
                f"results[{index}] must be an Extraction or a (doc_id, Extraction) pair, "
                f"got {describe(entry)}"
            )


def rows(results: Iterable[Result]) -> dict[str, list[dict[str, Any]]]:
    """Plain rows per kind (lists of dicts keyed by column name), no third-party imports.

    ``results`` holds ``Extraction`` objects (``doc_id`` is then their position, as a string)
    or ``(doc_id, Extraction)`` pairs.
    """
    out: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds()}
    for doc_id, result in _pairs(results):
        for kind, item_type in _kind_types().items():
            columns = _columns(item_type)
            table = out[kind]
            for item in getattr(result, kind):
                row: dict[str, Any] = {"doc_id": str(doc_id)}
                for column, path in columns:
                    row[column.name] = _cell(item, path, column.dtype)
                table.append(row)
    return out


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"tables need pandas and pyarrow: {_INSTALL}") from exc
    return pandas


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"Arrow tables need pyarrow: {_INSTALL}") from exc
    return pyarrow


def frame(kind: str, table: list[dict[str, Any]]) -> pd.DataFrame:
    """One kind's rows as a pandas DataFrame with the schema's columns and dtypes."""
    pandas = _pandas()
    data: dict[str, Any] = {}
    for column in schema(kind):
        values = [row.get(column.name) for row in table]
        if column.dtype == "category":
            dtype: Any = pandas.CategoricalDtype(list(column.categories))
            extra = sorted({v for v in values if v is not None} - set(column.categories))
            if extra:  # a value outside the documented vocabulary is kept, not lost
                dtype = pandas.CategoricalDtype([*column.categories, *extra])
        elif column.dtype == "json":
            dtype = "string"
        else:
            dtype = column.dtype
        data[column.name] = pandas.Series(values, dtype=dtype)
    return pandas.DataFrame(data)


def to_frames(results: Iterable[Result]) -> dict[str, pd.DataFrame]:
    """One pandas DataFrame per kind, one row per mention, ``doc_id`` first.

    Args:
        results: ``Extraction`` objects or ``(doc_id, Extraction)`` pairs (any iterable, e.g.
            ``extract_many(texts, ids=names)``).

    Raises:
        ImportError: pandas is not installed (``pip install "nkru_extract[pandas]"``).
    """
    _pandas()
    return {kind: frame(kind, table) for kind, table in rows(results).items()}


def arrow_schema(kind: str) -> pa.Schema:
    """The pyarrow schema of table ``kind`` (what ``to_arrow`` and Parquet files carry)."""
    pa = _pyarrow()
    types_ = {
        "Int64": pa.int64(),
        "Float64": pa.float64(),
        "boolean": pa.bool_(),
        "string": pa.string(),
        "json": pa.string(),
        "category": pa.dictionary(pa.int32(), pa.string()),
    }
    return pa.schema([pa.field(c.name, types_[c.dtype]) for c in schema(kind)])


def to_arrow(results: Iterable[Result]) -> dict[str, pa.Table]:
    """One pyarrow Table per kind (same columns as ``to_frames``; categoricals as dictionaries).

    Raises:
        ImportError: pyarrow or pandas is not installed.
    """
    pa = _pyarrow()
    return {
        kind: pa.Table.from_pandas(df, schema=arrow_schema(kind), preserve_index=False)
        for kind, df in to_frames(results).items()
    }


def empty_frames() -> Mapping[str, pd.DataFrame]:
    """Empty DataFrames with every kind's columns and dtypes (metadata for Dask)."""
    return {kind: frame(kind, []) for kind in kinds()}


class TableWriter:
    """Appends results to one file per kind (``<kind>.csv`` or ``<kind>.parquet``) in ``directory``.

    Rows are buffered for ``chunk`` documents, so memory stays flat on any corpus size; every
    kind gets a file, with its columns even when it has no rows. Use as a context manager.
    """

    def __init__(self, directory: str | os.PathLike[str], fmt: str, chunk: int = 500) -> None:
        if fmt not in ("csv", "parquet"):
            raise InputTypeError(f"format must be 'csv' or 'parquet', got {fmt!r}")
        _pandas()
        if fmt == "parquet":
            _pyarrow()
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.fmt = fmt
        self.chunk = chunk
        self.paths = {kind: self.directory / f"{kind}.{fmt}" for kind in kinds()}
        self._buffer: list[tuple[Any, Extraction]] = []
        self._writers: dict[str, Any] = {}
        self._started = False

    def write(self, doc_id: Any, result: Extraction) -> None:
        """Add one document's results."""
        self._buffer.append((doc_id, result))
        if len(self._buffer) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        """Write buffered rows (and, the first time, every file's header)."""
        if self._buffer or not self._started:
            for kind, table in rows(self._buffer).items():
                self._append(kind, frame(kind, table))
            self._started = True
        self._buffer = []

    def _append(self, kind: str, df: pd.DataFrame) -> None:
        path = self.paths[kind]
        if self.fmt == "csv":
            df.to_csv(
                path, mode="a" if self._started else "w", header=not self._started, index=False
            )
            return
        import pyarrow.parquet as pq

        pa = _pyarrow()
        writer = self._writers.get(kind)
        if writer is None:
            writer = self._writers[kind] = pq.ParquetWriter(path, arrow_schema(kind))
        if len(df) or not self._started:
            writer.write_table(
                pa.Table.from_pandas(df, schema=arrow_schema(kind), preserve_index=False)
            )

    def close(self) -> None:
        """Flush and close every file."""
        self.flush()
        for writer in self._writers.values():
            writer.close()
        self._writers = {}

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


register_hook("frames", to_frames)

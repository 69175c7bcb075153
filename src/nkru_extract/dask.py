"""Dask: run the extraction over a cluster and get one Dask DataFrame per kind.

``extract_files`` takes paths or a glob, ``extract_bag`` a ``dask.bag`` of texts or of
``(doc_id, text)`` pairs. Each partition becomes one task that loads the pipeline once per
worker process (lazily, cached in the process for later tasks) and returns the rows of every
kind; the result is a ``dict`` kind -> ``dask.dataframe.DataFrame`` with the columns and dtypes
of ``nkru_extract.tables`` (the CLI's CSV/Parquet tables), ready for ``to_parquet``. The kinds
share their partition tasks: compute them together (``dask.compute(*frames.values())``) or
``persist`` them, so each document is processed once.

Needs the ``nkru_extract[dask]`` extra (``dask[dataframe]`` and ``distributed``); it works with
any scheduler: the local default, ``distributed.LocalCluster`` or a remote
``Client("tcp://scheduler:8786")``.
"""

from __future__ import annotations

import glob
import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from nkru_extract.errors import InputTypeError, describe
from nkru_extract.pipeline import extract_many, load
from nkru_extract.tables import empty_frames, frame, kinds, rows

__all__ = ["extract_bag", "extract_files", "worker_pipeline"]

_INSTALL = 'pip install "nkru_extract[dask]"'
_pipelines: dict[str | None, Any] = {}
_lock = threading.Lock()


def _dask() -> tuple[Any, Any, Any]:
    try:
        import dask
        import dask.bag
        import dask.dataframe
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"nkru_extract.dask needs dask: {_INSTALL}") from exc
    return dask, dask.bag, dask.dataframe


def worker_pipeline(model: str | None = None) -> Any:
    """The pipeline of this process for ``model``, loaded on first use and then reused."""
    with _lock:
        nlp = _pipelines.get(model)
        if nlp is None:
            nlp = _pipelines[model] = load(model)
        return nlp


def _partition_rows(
    items: Iterable[Any], model: str | None, window: int | None
) -> dict[str, list[dict[str, Any]]]:
    """Rows of every kind for one partition of ``(doc_id, text)`` pairs or paths."""
    pairs = []
    for item in items:
        if isinstance(item, tuple):
            pairs.append((str(item[0]), item[1]))
        else:
            path = Path(item)
            pairs.append((str(item), path.read_bytes().decode("utf-8").removeprefix("\ufeff")))
    nlp = worker_pipeline(model)
    results = extract_many(
        (text for _, text in pairs), nlp=nlp, ids=[doc_id for doc_id, _ in pairs], window=window
    )
    return rows(results)


def _kind_frame(partition: dict[str, list[dict[str, Any]]], kind: str) -> Any:
    return frame(kind, partition[kind])


def _frames(partitions: Sequence[Any]) -> dict[str, Any]:
    dask, _, dd = _dask()
    meta = empty_frames()
    return {
        kind: dd.from_delayed(
            [dask.delayed(_kind_frame)(part, kind) for part in partitions],
            meta=meta[kind],
            verify_meta=False,
        )
        for kind in kinds()
    }


def extract_bag(bag: Any, model: str | None = None, window: int | None = None) -> dict[str, Any]:
    """One Dask DataFrame per kind from a ``dask.bag.Bag``.

    Args:
        bag: Items are ``(doc_id, text)`` pairs, or texts (then ``doc_id`` is
            ``"<partition>:<index in partition>"``).
        model: The backbone each worker loads (as for ``load``; default: best installed).
        window: Window size for long texts (see ``extract``).
    """
    dask, db, _ = _dask()
    if not isinstance(bag, db.Bag):
        raise InputTypeError(f"bag must be a dask.bag.Bag, got {describe(bag)}")
    parts = [
        dask.delayed(_partition_rows)(dask.delayed(_with_ids)(part, number), model, window)
        for number, part in enumerate(bag.to_delayed())
    ]
    return _frames(parts)


def _with_ids(items: Iterable[Any], partition: int) -> list[tuple[str, str]]:
    out = []
    for index, item in enumerate(items):
        if isinstance(item, str):
            out.append((f"{partition}:{index}", item))
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
            out.append((str(item[0]), item[1]))
        else:
            raise InputTypeError(
                f"bag items must be texts or (doc_id, text) pairs, got {describe(item)}"
            )
    return out


def _paths(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    raw = [paths_or_glob] if isinstance(paths_or_glob, (str, os.PathLike)) else paths_or_glob
    found: list[str] = []
    for entry in raw:
        text = os.fspath(entry)
        if Path(text).is_dir():
            found += sorted(str(p) for p in Path(text).rglob("*.txt") if p.is_file())
        elif glob.has_magic(text):
            found += sorted(glob.glob(text, recursive=True))
        else:
            found.append(text)
    return found


def extract_files(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    npartitions: int | None = None,
    model: str | None = None,
    window: int | None = None,
) -> dict[str, Any]:
    """One Dask DataFrame per kind from UTF-8 text files.

    Args:
        paths_or_glob: A glob (``"archive/**/*.txt"``), a directory (searched recursively for
            ``*.txt``), a path, or a list of them. ``doc_id`` is each path as found; workers
            read the files themselves, so on a cluster they must see the same paths.
        npartitions: Number of tasks (default: about 100 documents each).
        model: The backbone each worker loads (default: best installed).
        window: Window size for long texts.
    """
    _, db, _ = _dask()
    files = _paths(paths_or_glob)
    if not files:
        raise InputTypeError(f"no files match {paths_or_glob!r}")
    count = npartitions or max(1, len(files) // 100)
    bag = db.from_sequence(files, npartitions=min(count, len(files)))
    dask = _dask()[0]
    parts = [dask.delayed(_partition_rows)(part, model, window) for part in bag.to_delayed()]
    return _frames(parts)

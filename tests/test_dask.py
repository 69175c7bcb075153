"""Dask: extract_files / extract_bag on a two-process LocalCluster equal the sequential run."""

from __future__ import annotations

from pathlib import Path

import pytest

import nkru_extract as nk
from nkru_extract import tables

from .conftest import SEEDS

pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

FILES = [str(p) for p in sorted(SEEDS.glob("*.txt"))[:3]]


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def sequential() -> dict[str, object]:
    texts = [Path(p).read_text(encoding="utf-8") for p in FILES]
    nlp = nk.load("embedded")
    return nk.to_frames(nk.extract_many(texts, nlp=nlp, ids=FILES))


def _same(got: dict[str, object], expected: dict[str, object]) -> None:
    import pandas.testing

    assert list(got) == list(expected) == list(tables.kinds())
    for kind, df in got.items():
        pandas.testing.assert_frame_equal(
            df.reset_index(drop=True),  # type: ignore[attr-defined]
            expected[kind],  # type: ignore[arg-type]
        )


def test_dask_extract_files_equals_sequential(client, sequential) -> None:  # type: ignore[no-untyped-def]
    frames = nk_dask().extract_files(FILES, npartitions=2, model="embedded")
    assert set(frames) == set(tables.kinds())
    for kind, ddf in frames.items():
        assert list(ddf.columns) == [c.name for c in tables.schema(kind)]
    computed = dask.compute(*frames.values())
    _same(dict(zip(frames, computed, strict=True)), sequential)


def test_dask_extract_bag_of_pairs_equals_sequential(client, sequential) -> None:  # type: ignore[no-untyped-def]
    import dask.bag

    pairs = [(p, Path(p).read_text(encoding="utf-8")) for p in FILES]
    frames = nk_dask().extract_bag(dask.bag.from_sequence(pairs, npartitions=2), model="embedded")
    computed = dask.compute(*frames.values())
    _same(dict(zip(frames, computed, strict=True)), sequential)


def test_dask_rejects_what_is_not_a_bag() -> None:
    with pytest.raises(nk.InputTypeError, match=r"dask\.bag\.Bag"):
        nk_dask().extract_bag(["Text"])


def nk_dask():  # type: ignore[no-untyped-def]
    import nkru_extract.dask

    return nkru_extract.dask

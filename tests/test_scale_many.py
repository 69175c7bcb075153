"""extract_many at corpus scale: worker processes, order, ids, progress, streaming."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

import nkru_extract as nk
from nkru_extract import pipeline

SEEDS = sorted(Path(__file__).resolve().parents[1].joinpath("seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS]
    # seeds, an empty text, a whitespace text and a long one that goes by windows
    return [*seeds, "", "  \n", "\n\n".join(seeds) * 2]


@pytest.mark.parametrize("n_process, batch_size", [(2, 1), (2, 3), (3, 2)])
def test_many_processes_give_results_identical_to_one(
    texts: list[str], n_process: int, batch_size: int, nlp_embedded: Language
) -> None:
    one = list(nk.extract_many(texts, nlp=nlp_embedded, window=5_000))
    many = list(
        nk.extract_many(
            iter(texts), nlp=nlp_embedded, n_process=n_process, batch_size=batch_size, window=5_000
        )
    )
    assert many == one
    assert [r.text for r in many] == texts
    assert one[-1] == nk.extract(texts[-1], nlp=nlp_embedded, window=5_000)


@pytest.mark.parametrize("n_process", [1, 2])
def test_many_passes_ids_through_and_reports_progress(
    texts: list[str], n_process: int, nlp_embedded: Language
) -> None:
    names = [f"doc-{i}" for i in range(len(texts))]
    done: list[int] = []
    pairs = list(
        nk.extract_many(
            texts,
            nlp=nlp_embedded,
            n_process=n_process,
            batch_size=2,
            ids=names,
            on_progress=done.append,
        )
    )
    assert [name for name, _ in pairs] == names
    assert [r.text for _, r in pairs] == texts
    assert done == list(range(1, len(texts) + 1))


def test_many_ids_of_another_length_raise(nlp_embedded: Language) -> None:
    with pytest.raises(ValueError):
        list(nk.extract_many(["a", "b"], nlp=nlp_embedded, ids=["only-one"]))


@pytest.mark.parametrize("n_process", [1, 2])
def test_many_streams_an_endless_iterator(n_process: int, nlp_embedded: Language) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Russland meldet {i} Angriffe."

    results = nk.extract_many(endless(), nlp=nlp_embedded, n_process=n_process, batch_size=4)
    first = list(itertools.islice(results, 10))
    results.close()  # type: ignore[attr-defined]
    assert [r.numbers[0].value for r in first] == list(range(10))
    # only a few batches are read ahead, never the whole input
    assert pulled <= 4 * (2 * n_process + 4)


def test_many_workers_use_fork_only_without_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.threading, "active_count", lambda: 3)
    assert pipeline._mp_context().get_start_method() in {"forkserver", "spawn"}

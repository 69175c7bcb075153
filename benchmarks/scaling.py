"""Corpus scale: parallel throughput, long single documents, a Dask LocalCluster.

Prints, in one run:

* docs/s of ``extract_many`` with ``n_process`` 1 and 2 on ``--docs`` seed-sized articles (the
  seed articles repeated), their ratio, whether the results are identical, and how much CPU
  the parent process spent (the part that does not parallelise);
* time and peak RSS for single documents of 1, 2, 5 and 10 MB (seed paragraphs repeated;
  windows of ``DEFAULT_WINDOW`` characters), each in a fresh process, with the ratio to 1 MB;
* docs/s of ``nkru_extract.dask.extract_bag`` on a ``LocalCluster(n_workers=2,
  processes=True)`` and the peak RSS of one worker (skipped when dask is not installed).

Run: ``python benchmarks/scaling.py [--docs 2000] [--sizes 1,2,5,10] [--no-dask]``.
The machine should be otherwise idle: figures from a shared machine understate the speed-up.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

import nkru_extract as nk

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000


def _seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def _corpus(count: int) -> list[str]:
    seeds = _seeds()
    return [seeds[i % len(seeds)] for i in range(count)]


def _long_text(size: int) -> str:
    paragraphs = [p for text in _seeds() for p in text.split("\n") if p.strip()]
    parts: list[str] = []
    length = 0
    while length < size:
        paragraph = paragraphs[len(parts) % len(paragraphs)]
        parts.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(parts)[:size]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def parallel(count: int) -> None:
    texts = _corpus(count)
    nlp = nk.load("embedded")
    list(nk.extract_many(texts[:20], nlp=nlp))  # warm the lexicons
    figures = {}
    results = {}
    for n_process in (1, 2):
        cpu, started = _cpu(), time.perf_counter()
        results[n_process] = list(nk.extract_many(texts, nlp=nlp, n_process=n_process))
        seconds = time.perf_counter() - started
        figures[n_process] = (seconds, _cpu() - cpu)
        print(
            f"n_process={n_process}: {count} docs in {seconds:.2f} s = {count / seconds:.1f} docs/s"
            f" (parent CPU {figures[n_process][1]:.2f} s)"
        )
    ratio = figures[1][0] / figures[2][0]
    print(f"speed-up n_process 2 / 1: {ratio:.2f}x; identical results: {results[1] == results[2]}")


def one_document(size_mb: float) -> None:
    """Child process: extract one document of ``size_mb`` MB; print seconds and peak RSS."""
    nlp = nk.load("embedded")
    nk.extract(_seeds()[0], nlp=nlp)  # warm up
    text = _long_text(int(size_mb * MB))
    started = time.perf_counter()
    result = nk.extract(text, nlp=nlp)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.3f} {peak:.0f} {len(result.persons) + len(result.states)}")


def long_documents(sizes: list[float]) -> None:
    base = None
    for size in sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--one-document", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        seconds, peak, mentions = done.stdout.split()
        base = base or float(seconds) / size
        print(
            f"{size:g} MB document: {float(seconds):.1f} s ({float(seconds) / size / base:.2f}x "
            f"the 1 MB time per MB), peak RSS {peak} MB, {mentions} entity mentions"
        )


def cluster(count: int) -> None:
    try:
        import dask
        import dask.bag
        from distributed import Client, LocalCluster
    except ImportError:
        print("dask: not installed (pip install 'nkru_extract[dask]'), skipped")
        return
    from nkru_extract.dask import extract_bag

    texts = _corpus(count)
    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as local,
        Client(local) as client,
    ):
        # load the pipeline in each worker first: the figure is the steady state
        client.run(_load_worker)
        started = time.perf_counter()
        frames = extract_bag(dask.bag.from_sequence(texts, npartitions=8), model="embedded")
        computed = dask.compute(*frames.values())
        seconds = time.perf_counter() - started
        peaks = client.run(_peak_rss)
    rows = sum(len(df) for df in computed)
    print(
        f"LocalCluster(2 workers): {count} docs in {seconds:.2f} s = {count / seconds:.1f} docs/s,"
        f" {rows} rows; peak RSS per worker {max(peaks.values()):.0f} MB"
    )


def _load_worker() -> None:
    from nkru_extract.dask import worker_pipeline

    worker_pipeline("embedded")


def _peak_rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="seed-sized articles (2000)")
    parser.add_argument("--sizes", default="1,2,5,10", help="single-document sizes in MB")
    parser.add_argument("--cluster-docs", type=int, default=1000, help="docs for the cluster")
    parser.add_argument("--no-dask", action="store_true", help="skip the LocalCluster run")
    parser.add_argument("--one-document", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_document:
        one_document(args.one_document)
        return
    parallel(args.docs)
    long_documents([float(s) for s in args.sizes.split(",") if s])
    if not args.no_dask:
        cluster(args.cluster_docs)


if __name__ == "__main__":
    main()

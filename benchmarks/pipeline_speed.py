"""The speed budget of the default pipeline: whole ``extract`` against spaCy's tokenizer.

Budget (developers' brief): the whole default pipeline takes at most 10x the time of the spaCy
tokenizer on the same texts. Times are CPU seconds of this process (``time.process_time``), best
of ``--repeat`` runs, so a busy machine disturbs them less than wall-clock times; the texts are
the sample articles in ``seeds/`` repeated ``--copies`` times. Also prints each component's share
and throughput, best of ``--repeat`` runs over fresh docs.

Usage: ``python benchmarks/pipeline_speed.py [--copies 20] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import nkru_extract as nk
from nkru_extract.pipeline import doc_to_extraction
from nkru_extract.text.tokenize import make_doc

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 10.0


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts = seeds * args.copies
    nlp = nk.load()
    for text in seeds:  # warm caches and lazy tables before timing
        nk.extract(text, nlp)
    tokens = sum(len(nlp.make_doc(text)) for text in texts)

    tokenizer = best_of(args.repeat, lambda: [nlp.make_doc(t) for t in texts])
    whole = best_of(args.repeat, lambda: [nk.extract(t, nlp) for t in texts])
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters, {tokens:,} tokens")
    print(f"tokenizer        {tokenizer:7.3f} s  {tokens / tokenizer:>12,.0f} tokens/s")
    print(f"whole extract    {whole:7.3f} s  {tokens / whole:>12,.0f} tokens/s")
    ratio = whole / tokenizer
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"ratio            {ratio:7.2f} x  ({verdict} the budget of {BUDGET:.0f}x)")

    # Per stage: each repeat runs the pipeline in order on fresh docs (components annotate the
    # doc they get, so a stage is never timed twice on the same doc); the best run per stage.
    stage_best: dict[str, float] = {}
    for _ in range(args.repeat):
        docs = [make_doc(nlp, t) for t in texts]
        for name, component in nlp.pipeline:
            start = time.process_time()
            docs = [component(d) for d in docs]
            seconds = time.process_time() - start
            stage_best[name] = min(seconds, stage_best.get(name, seconds))
        start = time.process_time()
        for d in docs:
            doc_to_extraction(d)
        seconds = time.process_time() - start
        stage_best["to Extraction"] = min(seconds, stage_best.get("to Extraction", seconds))
    print(f"per stage (CPU s, best of {args.repeat}):")
    for name, seconds in stage_best.items():
        print(
            f"  {name:<16} {seconds:7.3f} s  {seconds / tokenizer:6.2f} x tokenizer"
            f"  {tokens / seconds:>10,.0f} tokens/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

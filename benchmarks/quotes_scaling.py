"""Time the pipeline stage by stage on adversarial one-paragraph inputs at growing sizes.

Usage::

    python benchmarks/quotes_scaling.py [--sizes 1,2,4]

Inputs (one paragraph, no line breaks): a short quote with a speech frame repeated, unpaired
ASCII quotation marks, unpaired German opening marks. For each size the text is tokenised
(``nkru_extract.text.tokenize.make_doc``, the tokenisation ``extract`` uses: spaCy's tokenizer,
in pieces over whitespace-free runs, on which spaCy's own is quadratic) and run through every
pipeline component; printed are the seconds of the tokenizer, of the entity component, of
``nkru_quotes`` and of all of it, and for each column the ratio of the largest to the smallest
size (linear time: the ratio of the sizes, 4 for the default 1,2,4). Last, the throughput of
``nkru_quotes`` alone on the seed articles (tokens per second, best of five runs over the parsed
Docs).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from nkru_extract.text.tokenize import make_doc

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

INPUTS = {
    "quote+frame": ("„Wir kommen“, sagte Putin. ", 2000),
    'unpaired "': ('"', 2500),
    "unpaired „": ("„", 2500),
}
COLUMNS = ("tokenizer", "nkru_entities", "nkru_quotes", "total")


def _run(nlp, text: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    times = dict.fromkeys(COLUMNS, 0.0)
    t0 = time.perf_counter()
    doc = make_doc(nlp, text)
    times["tokenizer"] = time.perf_counter() - t0
    for name, proc in nlp.pipeline:
        t1 = time.perf_counter()
        doc = proc(doc)
        if name in times:
            times[name] = time.perf_counter() - t1
    times["total"] = time.perf_counter() - t0
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,4", help="multiples of the base repetitions")
    args = parser.parse_args()
    import nkru_extract

    nlp = nkru_extract.load()
    nkru_extract.extract("Wladimir Putin kam. „Ja“, sagte er. Er werde gehen.", nlp=nlp)
    sizes = [int(x) for x in args.sizes.split(",")]
    print(f"{'input':<12} {'size':>6} " + " ".join(f"{c:>14}" for c in COLUMNS))
    for name, (unit, base) in INPUTS.items():
        rows = []
        for mult in sizes:
            rows.append(_run(nlp, unit * (base * mult)))
            cells = " ".join(f"{rows[-1][c]:13.2f}s" for c in COLUMNS)
            print(f"{name:<12} {base * mult:>6} {cells}")
        ratios = " ".join(f"{rows[-1][c] / max(rows[0][c], 1e-3):13.1f}x" for c in COLUMNS)
        print(f"{name:<12} {'ratio':>6} {ratios}")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if texts:
        quotes = nlp.get_pipe("nkru_quotes")
        docs = list(nlp.pipe(texts))
        tokens = sum(len(d) for d in docs)
        best = float("inf")
        for _ in range(5):
            t0 = time.perf_counter()
            for d in docs:
                quotes(d)
            best = min(best, time.perf_counter() - t0)
        print(f"nkru_quotes on {len(docs)} seeds: {tokens} tokens, {tokens / best:,.0f} tokens/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

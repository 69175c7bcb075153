"""Throughput of the default pipeline with and without a statistical NER, against the tokenizer.

Usage::

    python benchmarks/ner_speed.py [--repeat 20] [--rounds 3] [--ner hf:/path/to/model]

Runs the seed articles (``seeds/*.txt``) ``--repeat`` times through

* spaCy's German tokenizer alone (``spacy.blank("de")``),
* the shipped NER alone (tokenizer + ``ner``),
* the default pipeline ``nkru_extract.load("embedded")``,
* the default pipeline with the NER (``load("embedded", ner="embedded")``, or ``--ner``),

and prints tokens per second and each pipeline's time as a multiple of the tokenizer's (the
budget of the default pipeline is 10x). Each configuration is timed ``--rounds`` times,
interleaved, and the fastest round is reported, which damps the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

import nkru_extract
from nkru_extract.embedded_ner import add_embedded_ner

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def timed(nlp: Language, texts: list[str]) -> tuple[int, float]:
    """Return (tokens, seconds) of running ``texts`` through ``nlp.pipe``."""
    t0 = time.perf_counter()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    return n_tokens, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="copies of the seed articles")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per configuration")
    parser.add_argument("--ner", default="embedded", help="NER spec for the last configuration")
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * args.repeat
    if not texts:
        print("skipped: no seed articles")
        return 0
    ner_only = spacy.blank("de")
    if not add_embedded_ner(ner_only):
        print("skipped: the embedded NER model folder is not installed")
        return 0
    builders: dict[str, Callable[[], Language]] = {
        "tokenizer": lambda: spacy.blank("de"),
        "tokenizer + embedded NER": lambda: ner_only,
        "default pipeline": lambda: nkru_extract.load("embedded"),
        f"default pipeline + ner={args.ner}": lambda: nkru_extract.load("embedded", ner=args.ner),
    }
    pipelines = {name: build() for name, build in builders.items()}
    for nlp in pipelines.values():
        timed(nlp, texts[:5])  # warm caches
    best: dict[str, float] = {}
    n_tokens = 0
    for _ in range(args.rounds):
        for name, nlp in pipelines.items():
            n_tokens, seconds = timed(nlp, texts)
            best[name] = min(best.get(name, seconds), seconds)
    base = best["tokenizer"]
    print(f"seeds x{args.repeat}: {n_tokens:,} tokens, best of {args.rounds} rounds")
    print(f"{'configuration':<40}{'tokens/s':>12}{'x tokenizer':>13}")
    for name, seconds in best.items():
        print(f"{name:<40}{n_tokens / seconds:>12,.0f}{seconds / base:>13.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

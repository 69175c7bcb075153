"""PER / LOC / LOCderiv precision, recall and F1 on GermEval 2014 (dev) through the public API.

Usage::

    python benchmarks/ner_germeval.py                      # embedded default
    python benchmarks/ner_germeval.py --model de_core_news_lg
    python benchmarks/ner_germeval.py --errors 20          # print missed / spurious examples

Data: ``../shared/data/germeval2014/NER-de-dev.tsv`` (CC BY 4.0; one ``#`` comment line per
sentence, then ``index token outer-tag inner-tag``). The script skips cleanly (exit 0) when the file
is absent. Each sentence is rebuilt by joining its tokens with single spaces, run through
``nkru_extract.load(model)``, and every mention is mapped back to tokens by character offsets.

Scoring is exact-span on the outer tags:

* ``PER`` (PERderiv and PERpart excluded) against PERSON mentions (credits included: GermEval
  tags names in credits as PER too);
* ``LOC`` against STATE mentions that name a state (``via`` "name" or "metonym"). GermEval's LOC
  also holds cities, regions, rivers, ..., which are not STATE mentions, so LOC recall is low by
  design; precision is the meaningful number;
* ``LOCderiv`` against STATE mentions via "adjective" or "inhabitant" ("russische", "Russen");
  LOCderiv also covers city and region adjectives.

GermEval is used to measure, never to fit: nothing in the lexicons comes from it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "germeval2014" / "NER-de-dev.tsv"

Span = tuple[int, int]  # token indices, end exclusive


@dataclass
class Sentence:
    tokens: list[str]
    gold: dict[str, set[Span]]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<9} {p:>9.3f} {r:>9.3f} {f:>9.3f} {self.tp:>6} {self.fp:>6} {self.fn:>6}"


def read_germeval(path: Path) -> Iterator[Sentence]:
    """Sentences with gold spans per outer label (``B-X``/``I-X`` runs)."""
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> Sentence:
        gold: dict[str, set[Span]] = {}
        i = 0
        while i < len(tags):
            tag = tags[i]
            if tag.startswith("B-"):
                label = tag[2:]
                j = i + 1
                while j < len(tags) and tags[j] == "I-" + label:
                    j += 1
                gold.setdefault(label, set()).add((i, j))
                i = j
            else:
                i += 1
        return Sentence(list(tokens), gold)

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if tokens:
                    yield flush()
                    tokens.clear()
                    tags.clear()
                continue
            parts = line.split("\t")
            tokens.append(parts[1])
            tags.append(parts[2])
    if tokens:
        yield flush()


def token_span(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> Span | None:
    """Token indices whose characters are exactly ``[start, end)``, or ``None``."""
    try:
        first = starts.index(start)
        last = ends.index(end)
    except ValueError:
        return None
    return (first, last + 1) if last >= first else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="embedded", help="backbone for nkru_extract.load")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="GermEval TSV file")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument("--errors", type=int, default=0, help="print N missed/spurious per label")
    parser.add_argument(
        "--direct",
        action="store_true",
        help="call entities.persons.find_persons on the backbone alone (PER only, no components)",
    )
    parser.add_argument(
        "--with-ner",
        action="store_true",
        help="add the shipped NER (nkru_extract.embedded_ner) when the pipeline has none",
    )
    args = parser.parse_args(argv)

    if not args.data.is_file():
        print(f"skipped: GermEval data not found at {args.data}")
        return 0

    import nkru_extract

    sentences = list(read_germeval(args.data))
    if args.limit:
        sentences = sentences[: args.limit]
    if args.direct:
        from nkru_extract.entities.persons import find_persons

        nlp = nkru_extract.load(args.model, components=())
    else:
        nlp = nkru_extract.load(args.model)
    if args.with_ner and "ner" not in nlp.pipe_names:
        from nkru_extract.embedded_ner import add_embedded_ner

        if not add_embedded_ner(nlp):
            print("note: the shipped NER model is not installed; measuring without it")
    texts = [" ".join(s.tokens) for s in sentences]
    scores = {"PER": Score(), "LOC": Score(), "LOCderiv": Score()}
    began = time.perf_counter()
    for sent, text, doc in zip(sentences, texts, nlp.pipe(texts, batch_size=64), strict=True):
        starts, ends, pos = [], [], 0
        for tok in sent.tokens:
            starts.append(pos)
            ends.append(pos + len(tok))
            pos += len(tok) + 1
        predicted: dict[str, set[Span | tuple[int, int, str]]] = {k: set() for k in scores}
        mentions = find_persons(doc) if args.direct else doc._.nkru_entities or ()
        for m in mentions:
            if m.label == "PERSON":
                label = "PER"
            elif m.label == "STATE" and m.via in {"name", "metonym"}:
                label = "LOC"
            elif m.label == "STATE" and m.via in {"adjective", "inhabitant"}:
                label = "LOCderiv"
            else:
                continue
            span = token_span(starts, ends, m.start, m.end)
            predicted[label].add(span if span is not None else (m.start, m.end, "chars"))
        for label, score in scores.items():
            gold = sent.gold.get(label, set())
            pred = predicted[label]
            hits = gold & pred  # type: ignore[operator]
            score.tp += len(hits)
            score.fp += len(pred) - len(hits)
            score.fn += len(gold) - len(hits)
            if args.errors:
                for g in sorted(gold - pred):  # type: ignore[operator]
                    score.missed.append(f"{' '.join(sent.tokens[g[0] : g[1]])!r} in: {text[:140]}")
                for p in pred - gold:  # type: ignore[operator]
                    shown = text[p[0] : p[1]] if len(p) == 3 else " ".join(sent.tokens[p[0] : p[1]])
                    score.spurious.append(f"{shown!r} in: {text[:140]}")
    elapsed = time.perf_counter() - began

    backbone = nkru_extract.pipeline.backbone_name(nlp)
    ner = "with statistical NER" if "ner" in nlp.pipe_names else "rules only (no NER)"
    print(
        f"GermEval 2014 dev: {len(sentences)} sentences, backbone {backbone} ({ner}), "
        f"{elapsed:.1f} s"
    )
    print(f"{'label':<9} {'precision':>9} {'recall':>9} {'F1':>9} {'tp':>6} {'fp':>6} {'fn':>6}")
    for label, score in scores.items():
        print(score.row(label))
    print("(LOC: STATE names/metonyms only, GermEval LOC also holds cities and regions;")
    print(" LOCderiv: STATE adjectives/inhabitants, GermEval also tags city/region derivations.)")
    if args.errors:
        for label, score in scores.items():
            print(f"\n== {label}: missed ({len(score.missed)})")
            for line in score.missed[: args.errors]:
                print("  ", line)
            print(f"== {label}: spurious ({len(score.spurious)})")
            for line in score.spurious[: args.errors]:
                print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

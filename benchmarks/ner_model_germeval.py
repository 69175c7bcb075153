"""PER/LOC/ORG precision, recall and F1 of the shipped NER model on GermEval 2014 dev.

Usage::

    python benchmarks/ner_model_germeval.py [--data PATH] [--model PATH] [--limit N]
    python benchmarks/ner_model_germeval.py --export /tmp/heldout.tsv   # then, for the rules:
    python benchmarks/ner_germeval.py --data /tmp/heldout.tsv [--with-ner]

The shipped model trains on ~70 % of GermEval dev; ``--part heldout`` (the default) scores only
the ~30 % held aside (``is_heldout``), ``--part all`` the whole file.

Scores the raw statistical model (``nkru_extract.embedded_ner``, or a saved pipeline given with
``--model``) on the gold GermEval tokens: exact span match on the *outer* tags, counting only
``PER``, ``LOC`` and ``ORG`` (the ``*deriv`` / ``*part`` / ``OTH`` tags are neither gold nor
predicted entities). Also reports tokens per second of the NER on those sentences. Exits
cleanly (status 0) when the data or the model is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.embedded_ner import add_embedded_ner

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NKRU_SHARED_DATA", ROOT.parent / "shared" / "data"))
DEFAULT_DATA = SHARED / "germeval2014" / "NER-de-dev.tsv"
SEEDS = ROOT / "seeds"
LABELS: tuple[str, ...] = ("PER", "LOC", "ORG")
#: Share of GermEval dev sentences held aside from training (see ``is_heldout``).
HELDOUT_PERCENT = 30

Sentence = tuple[list[str], set[tuple[int, int, str]]]


def is_heldout(words: list[str]) -> bool:
    """Whether a GermEval dev sentence is in the held-aside slice (~30 %, by a stable hash).

    The embedded model trains on the other ~70 % (``models/ner_de/prepare_corpus.py``), selects
    its checkpoint on this slice, and every reported figure uses this slice only.
    """
    digest = hashlib.sha1(" ".join(words).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < HELDOUT_PERCENT


def read_germeval_tags(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (tokens, outer BIO tags) per sentence of a GermEval 2014 TSV file."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(cols[2])
    if words:
        yield words, tags


def read_germeval(path: Path, part: str = "heldout") -> Iterator[Sentence]:
    """Yield (tokens, gold spans) per sentence of ``part``: ``heldout``, ``trained`` or ``all``."""
    for words, tags in read_germeval_tags(path):
        if part == "all" or (part == "heldout") == is_heldout(words):
            yield words, spans_from_bio(tags)


def spans_from_bio(tags: list[str]) -> set[tuple[int, int, str]]:
    """Return the PER/LOC/ORG spans of a BIO tag sequence (other labels are ignored)."""
    spans: set[tuple[int, int, str]] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        if label and not (prefix == "I" and lab == label):
            spans.add((start, i, label))
            label = ""
        if prefix == "B" or (prefix == "I" and not label):
            start, label = i, lab
    return {s for s in spans if s[2] in LABELS}


def export_part(path: Path, out: Path, part: str) -> int:
    """Write the sentences of ``part`` (comment lines included) as a GermEval TSV; return count.

    ``benchmarks/ner_germeval.py --data OUT`` then scores the person rules on that slice.
    """
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    kept = []
    for block in blocks:
        rows = [r.split("\t") for r in block.splitlines() if r and not r.startswith("#")]
        words = [r[1] for r in rows]
        if words and (part == "all" or (part == "heldout") == is_heldout(words)):
            kept.append(block.strip("\n"))
    out.write_text("\n\n".join(kept) + "\n\n", encoding="utf-8")
    return len(kept)


def load_model(model: str | None) -> Language | None:
    """Return blank German + the NER (shipped, or loaded from a path); None if absent."""
    if model:
        return spacy.load(model)
    nlp = spacy.blank("de")
    return nlp if add_embedded_ner(nlp) else None


def evaluate(nlp: Language, sentences: list[Sentence]) -> tuple[dict[str, Counter[str]], float]:
    """Return per-label tp/fp/fn counters and tokens per second."""
    counts: dict[str, Counter[str]] = {label: Counter() for label in (*LABELS, "ALL")}
    docs = [Doc(nlp.vocab, words=words) for words, _ in sentences]
    n_tokens = sum(len(d) for d in docs)
    t0 = time.perf_counter()
    predicted = list(nlp.pipe(docs, batch_size=256))
    seconds = time.perf_counter() - t0
    for doc, (_, gold) in zip(predicted, sentences, strict=True):
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS}
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            for key, value in (("tp", len(g & p)), ("fp", len(p - g)), ("fn", len(g - p))):
                counts[label][key] += value
                counts["ALL"][key] += value
    return counts, n_tokens / seconds if seconds else 0.0


def prf(c: Counter[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 from tp/fp/fn counts."""
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def seed_speed(nlp: Language, repeats: int = 3) -> tuple[int, float]:
    """Return (tokens, tokens per second) of tokenizer + NER over the seed articles."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * repeats
    if not texts:
        return 0, 0.0
    t0 = time.perf_counter()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts))
    seconds = time.perf_counter() - t0
    return n_tokens, n_tokens / seconds if seconds else 0.0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=None, help="path to a saved pipeline (default: shipped)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument(
        "--part",
        choices=("heldout", "trained", "all"),
        default="heldout",
        help="GermEval dev sentences to score: the ~30 %% held aside from training (default), "
        "the ~70 %% the shipped model trained on, or all",
    )
    parser.add_argument(
        "--export", type=Path, default=None, help="write the --part sentences as TSV and stop"
    )
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: GermEval data not found at {args.data}")
        return 0
    if args.export is not None:
        n = export_part(args.data, args.export, args.part)
        print(f"wrote {n} sentences ({args.part}) to {args.export}")
        return 0
    nlp = load_model(args.model)
    if nlp is None:
        print("skipped: the embedded NER model folder is not installed")
        return 0
    sentences = list(read_germeval(args.data, args.part))
    if args.limit:
        sentences = sentences[: args.limit]
    counts, speed = evaluate(nlp, sentences)
    print(
        f"GermEval 2014 dev ({args.part}): {len(sentences)} sentences, "
        "exact match on outer PER/LOC/ORG"
    )
    print(f"{'label':<6}{'gold':>7}{'pred':>7}{'P':>8}{'R':>8}{'F1':>8}")
    for label, c in counts.items():
        p, r, f = prf(c)
        gold, pred = c["tp"] + c["fn"], c["tp"] + c["fp"]
        print(f"{label:<6}{gold:>7}{pred:>7}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    print(f"speed: {speed:,.0f} tokens/s (NER only, pre-tokenised GermEval sentences)")
    n_tokens, seed_tps = seed_speed(nlp)
    if n_tokens:
        print(f"speed: {seed_tps:,.0f} tokens/s (tokenizer + NER, seeds, {n_tokens} tokens)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

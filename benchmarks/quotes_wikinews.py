"""Score the quote attributor on GermEval 2023 SpkAtt task 2 (German Wikinews), train split.

Usage::

    python benchmarks/quotes_wikinews.py [--model NAME] [--limit N] [--data DIR]

Data: ``../shared/data/wikinews-spkatt2023-task2/data/train/task2/*.json`` (CC BY-NC-SA 4.0,
evaluation only; nothing from it is copied into the package). When the folder is absent the
script prints a message and exits with status 0.

What is measured (subtask 2, simplified, as defined in section 5.4 of the SpkAtt 2023
overview paper):

* Gold: every annotation with ``IsNested == false``; its MESSAGE and SOURCE token sets.
* Text: the gold tokens joined by single spaces, sentences joined by one space; each gold
  token keeps its character offsets. The public API runs on that text
  (``nkru_extract.load(model)`` and ``nkru_extract.extract(text, nlp=nlp)``).
* Predictions: each ``Quote`` becomes a MESSAGE token set (the gold tokens overlapping any of
  its ``parts``) and a SOURCE token set (the gold tokens overlapping
  ``source_start:source_end``, the mention as the sentence gives it; for an ``inherited``
  quote, the source mention of the last earlier quote that has one, as the gold scheme marks
  the earlier mention; empty when there is none).
* Quotation marks: gold MESSAGE spans of direct quotes INCLUDE the quotation-mark tokens
  (checked on the train split: all 366 Direct messages start and end with a mark), while
  ``Quote.parts`` exclude them by contract. For ``direct`` and ``partial`` quotes the mark
  tokens right before the first part and right after the last part are therefore added to
  the predicted MESSAGE. No other alignment is made.
* Partial quotes that lie inside another predicted statement are not scored separately (the
  gold scheme annotates the enclosing statement only); they are still counted in "predicted".
* Matching: per document, predicted and gold messages are assigned one-to-one by the
  Hungarian algorithm (linear sum assignment, implemented below) maximising token overlap;
  pairs with zero overlap stay unmatched. For a matched pair, MESSAGE TP/FP/FN are the token
  intersection / prediction-only / gold-only counts, SOURCE likewise over the source sets.
  Unmatched predictions add all their message and source tokens to FP, unmatched gold
  messages add theirs to FN. Joint pools the MESSAGE and SOURCE counts.

Printed: P/R/F1 for Message, Source and Joint; per gold Form: gold messages, found (matched)
and source right (of the found ones with a gold source: predicted and gold SOURCE tokens
overlap); predicted kinds and forms; counts; runtime.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = (
    ROOT.parent / "shared" / "data" / "wikinews-spkatt2023-task2" / "data" / "train" / "task2"
)
QUOTE_MARK_TOKENS = frozenset(
    {"„", "“", "”", '"', "»", "«", "‚", "‘", "’", "›", "‹", "``", "''", "'"}
)


def hungarian_max(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """One-to-one assignment maximising the total weight (rows x columns, any shape).

    Classic O(n^3) Kuhn-Munkres with potentials on the cost ``max - weight`` of a square
    matrix padded with zeros. Returns (row, column) pairs with positive weight.
    """
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return []
    top = max((w for row in weights for w in row), default=0)
    cost = [
        [top - (weights[i][j] if i < n_rows and j < n_cols else 0) for j in range(n)]
        for i in range(n)
    ]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < n_rows and j - 1 < n_cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return pairs


_NO_SPACE_BEFORE = frozenset(
    {",", ".", ":", ";", "!", "?", ")", "]", "“", "”", "«", "‹", "‘", "''"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "„", "»", "›", "‚", "``"})


def rebuild(doc_json: dict) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Text and (start, end, token id, token) for every gold token.

    Tokens are joined with ordinary German spacing (no space before , . : ; ! ? and closing
    quotation marks, none after opening marks and brackets; straight double quotes alternate
    opening/closing within a document); sentences are joined by one space.
    """
    pieces: list[str] = []
    tokens: list[tuple[int, int, str, str]] = []
    pos = 0
    prev = ""
    straight_open = False
    for sentence in doc_json["Sentences"]:
        sid = sentence["SentenceId"]
        for t, tok in enumerate(sentence["Tokens"]):
            closing_straight = tok == '"' and straight_open
            glue = (
                tok in _NO_SPACE_BEFORE
                or closing_straight
                or prev in _NO_SPACE_AFTER
                or (prev == '"' and straight_open)
            )
            if pieces and not glue:
                pieces.append(" ")
                pos += 1
            if tok == '"':
                straight_open = not straight_open
            tokens.append((pos, pos + len(tok), f"{sid}:{t}", tok))
            pieces.append(tok)
            pos += len(tok)
            prev = tok
    return "".join(pieces), tokens


def tokens_in(tokens: list[tuple[int, int, str, str]], start: int, end: int) -> list[int]:
    """Indices of gold tokens overlapping the character range."""
    return [k for k, (s, e, _, _) in enumerate(tokens) if s < end and start < e]


def prediction_sets(
    quotes: Sequence, tokens: list[tuple[int, int, str, str]]
) -> list[tuple[set[str], set[str]]]:
    """(message ids, source ids) per predicted quote; partials inside another prediction dropped."""
    raw: list[tuple[set[str], set[str], str]] = []
    last_source: tuple[int, int] | None = None
    for q in quotes:
        idx: set[int] = set()
        for s, e in q.parts:
            idx.update(tokens_in(tokens, s, e))
        if q.kind in {"direct", "partial"} and idx:
            lo, hi = min(idx), max(idx)
            if lo > 0 and tokens[lo - 1][3] in QUOTE_MARK_TOKENS:
                idx.add(lo - 1)
            if hi + 1 < len(tokens) and tokens[hi + 1][3] in QUOTE_MARK_TOKENS:
                idx.add(hi + 1)
        src: set[int] = set()
        source = getattr(q, "source_start", None), getattr(q, "source_end", None)
        if source[0] is None and not hasattr(q, "source_start"):  # before the source fields
            source = q.speaker_start, q.speaker_end
        if getattr(q, "inherited", False):
            source = last_source or (None, None)
        elif source[0] is not None:
            last_source = source
        if source[0] is not None and source[1] is not None:
            src.update(tokens_in(tokens, source[0], source[1]))
        raw.append(({tokens[k][2] for k in idx}, {tokens[k][2] for k in src}, q.kind))
    out = []
    for i, (msg, src, kind) in enumerate(raw):
        if kind == "partial" and any(
            j != i and msg <= other for j, (other, _, _) in enumerate(raw)
        ):
            continue
        if msg:
            out.append((msg, src))
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="embedded", help="backbone for nkru_extract.load")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="folder of task2 JSON files"
    )
    args = parser.parse_args(argv)
    files = sorted(args.data.glob("*.json")) if args.data.is_dir() else []
    if not files:
        print(f"SpkAtt wikinews data not found at {args.data}; skipping.")
        return 0
    if args.limit:
        files = files[: args.limit]

    import nkru_extract

    started = time.perf_counter()
    nlp = nkru_extract.load(args.model)
    counts = {name: Counter() for name in ("message", "source")}
    form_total: Counter[str] = Counter()
    form_found: Counter[str] = Counter()
    form_with_source: Counter[str] = Counter()
    form_source_right: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    n_pred = n_gold = n_matched = 0
    kinds: Counter[str] = Counter()
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        text, tokens = rebuild(data)
        gold = [
            (set(a["Message"]), set(a["Source"]), a["Form"])
            for a in data["Annotations"]
            if not a["IsNested"] and a["Message"]
        ]
        result = nkru_extract.extract(text, nlp=nlp)
        kinds.update(q.kind for q in result.quotes)
        forms.update(getattr(q, "form", "?") for q in result.quotes)
        pred = prediction_sets(result.quotes, tokens)
        n_pred += len(pred)
        n_gold += len(gold)
        for _, _, form in gold:
            form_total[form] += 1
        weights = [[len(pm & gm) for gm, _, _ in gold] for pm, _ in pred]
        pairs = hungarian_max(weights) if pred and gold else []
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        n_matched += len(pairs)
        for i, j in pairs:
            pm, ps = pred[i]
            gm, gs, form = gold[j]
            form_found[form] += 1
            if gs:
                form_with_source[form] += 1
                form_source_right[form] += bool(ps & gs)
            for name, a, b in (("message", pm, gm), ("source", ps, gs)):
                counts[name]["tp"] += len(a & b)
                counts[name]["fp"] += len(a - b)
                counts[name]["fn"] += len(b - a)
        for i, (pm, ps) in enumerate(pred):
            if i not in matched_p:
                counts["message"]["fp"] += len(pm)
                counts["source"]["fp"] += len(ps)
        for j, (gm, gs, _) in enumerate(gold):
            if j not in matched_g:
                counts["message"]["fn"] += len(gm)
                counts["source"]["fn"] += len(gs)
    elapsed = time.perf_counter() - started
    joint = counts["message"] + counts["source"]
    print(f"SpkAtt 2023 task 2 (subtask 2, simplified), train split, backbone={args.model}")
    print(f"documents={len(files)} gold messages={n_gold} predicted={n_pred} matched={n_matched}")
    print("matching: Hungarian (linear sum assignment on token overlap)")
    for name, c in (("Message", counts["message"]), ("Source", counts["source"]), ("Joint", joint)):
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{name:8s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={c['tp']} fp={c['fp']} fn={c['fn']})")
    print(f"  {'gold Form':22s} {'gold':>5s} {'found':>7s} {'source right':>13s}")
    for form, total in form_total.most_common():
        found = form_found[form]
        right = form_source_right[form] / form_with_source[form] if form_with_source[form] else 0
        print(f"  {form:22s} {total:5d} {found / total:7.3f} {right:13.3f}")
    print("predicted kinds:", dict(kinds))
    print("predicted forms:", dict(forms))
    print(f"runtime: {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

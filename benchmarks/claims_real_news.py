"""Claim quality on real-news-dev: precision/recall/F1 over (state, value[, high]) and per-field
accuracy on matched claims.

Reads ``../shared/data/real-news-dev/real_news_dev.json`` at run time (copyrighted excerpts: never
copied into the project) and follows the matching rules of its SOURCE.md:

- returned claims are first reduced to one per ``(state, value, high)`` within a doc (the gold
  lists a repeated figure once); the first returned claim of each key is the one scored;
- a returned claim matches a gold claim with the same value (and ``high`` for a range) and a
  state equal to the gold state or in its list; each gold claim is used once;
- returned claims that match ``claims_optional`` (same value and state) or whose number text
  contains a ``claims_optional_surfaces`` surface are neither credited nor counted as extra;
- ``not_claims`` violations: returned claims whose number text contains a listed surface as a
  whole number;
- field accuracy on matched claims: category; modality (any listed value accepted); claimant
  (``null`` needs no claimant; otherwise any listed substring in the returned key or text);
- state accuracy: of the gold claims whose figure comes back as a claim at all, the share with
  a returned claim of that figure carrying the gold state.

Throughput (``--speed``): the seed articles x20 through the tokenizer alone, the default
pipeline without ``nkru_claims`` and the whole default pipeline (best of three runs each).

Usage: ``python benchmarks/claims_real_news.py [--verbose] [--speed]``
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import nkru_extract as nk
from nkru_extract.types import Claim

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "../shared/data/real-news-dev/real_news_dev.json"
SEEDS = ROOT / "seeds"


def _states(value: Any) -> set[str]:
    return set(value) if isinstance(value, list) else {value}


def _key_matches(claim: Claim, gold: dict[str, Any]) -> bool:
    number = claim.number
    if claim.state not in _states(gold["state"]):
        return False
    if "high" in gold:
        return bool(number.low == gold["value"] and number.high == gold["high"])
    return number.value == gold["value"] and (
        number.qualifier != "range" or number.low == number.high
    )


def _value_matches(claim: Claim, gold: dict[str, Any]) -> bool:
    """Whether a returned claim carries the gold figure, whatever its state."""
    return _key_matches(claim, {**gold, "state": claim.state})


def _claimant_ok(claim: Claim, gold: dict[str, Any]) -> bool:
    expected = gold["claimant"]
    if expected is None:
        return claim.claimant is None
    if claim.claimant is None:
        return False
    hay = f"{claim.claimant.key} {claim.claimant.text} {claim.claimant.outlet or ''}".lower()
    return any(s in hay for s in expected)


def _modality_ok(claim: Claim, gold: dict[str, Any]) -> bool:
    expected = gold["modality"]
    return claim.modality in (expected if isinstance(expected, list) else [expected])


def _whole(surface: str, text: str) -> bool:
    return re.search(rf"(?<![\d.,']){re.escape(surface)}(?![\d])", text) is not None


def score(docs: list[dict[str, Any]], verbose: bool = False) -> dict[str, float]:
    nlp = nk.load()
    tp = fp = fn = violations = valued = placed = 0
    fields = {"category": 0, "claimant": 0, "modality": 0}
    started = time.perf_counter()
    for doc in docs:
        claims = nk.extract(doc["text"], nlp).claims
        seen: dict[tuple[Any, ...], Claim] = {}
        for claim in claims:
            n = claim.number
            key = (claim.state, n.value if n.qualifier != "range" else n.low, n.high)
            seen.setdefault(key, claim)
        returned = list(seen.values())
        gold = list(doc["claims"])
        used: set[int] = set()
        for claim in returned:
            if any(_whole(s, claim.number.text) for s in doc.get("not_claims", [])):
                violations += 1
                if verbose:
                    print(f"  {doc['id']} NOT-CLAIM {claim.number.text!r} {claim.state}")
            match = next(
                (i for i, g in enumerate(gold) if i not in used and _key_matches(claim, g)), None
            )
            if match is None:
                optional = any(_key_matches(claim, g) for g in doc.get("claims_optional", []))
                optional |= any(
                    _whole(s, claim.number.text) for s in doc.get("claims_optional_surfaces", [])
                )
                if not optional:
                    fp += 1
                    if verbose:
                        print(
                            f"  {doc['id']} EXTRA {claim.number.text!r} {claim.state} "
                            f"{claim.category} {claim.modality}"
                        )
                continue
            used.add(match)
            tp += 1
            g = gold[match]
            ok = {
                "category": claim.category == g["category"],
                "claimant": _claimant_ok(claim, g),
                "modality": _modality_ok(claim, g),
            }
            for name, good in ok.items():
                fields[name] += good
                if verbose and not good:
                    who = claim.claimant and (claim.claimant.key, claim.claimant.kind)
                    print(
                        f"  {doc['id']} FIELD {name}: {claim.number.text!r} got "
                        f"{claim.category}/{claim.modality}/{who} want "
                        f"{g['category']}/{g['modality']}/{g['claimant']}"
                    )
        for g in gold:
            same_value = [c for c in claims if _value_matches(c, g)]
            if same_value:
                valued += 1
                placed += any(c.state in _states(g["state"]) for c in same_value)
        for i, g in enumerate(gold):
            if i not in used:
                fn += 1
                if verbose:
                    print(f"  {doc['id']} MISSED {g['state']} {g['value']} {g.get('note', '')}")
    seconds = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "not_claims_violations": violations,
        "state_accuracy": placed / valued if valued else 0.0,
        "valued": valued,
        "seconds": seconds,
    }
    for name, good in fields.items():
        result[f"{name}_accuracy"] = good / tp if tp else 0.0
    return result


def _best(run: Any, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def speed() -> None:
    nlp = nk.load()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] * 20
    tokens = sum(len(nlp.tokenizer(t)) for t in texts)
    tok = _best(lambda: [nlp.tokenizer(t) for t in texts])
    without = _best(lambda: list(nlp.pipe(texts, disable=["nkru_claims"])))
    whole = _best(lambda: list(nlp.pipe(texts)))
    print(f"throughput on seeds x20 ({tokens:,} tokens)")
    print(f"  tokenizer            {tokens / tok:>10,.0f} tokens/s")
    print(
        f"  pipeline w/o claims  {tokens / without:>10,.0f} tokens/s  "
        f"({without / tok:.1f}x tokenizer)"
    )
    print(
        f"  whole pipeline       {tokens / whole:>10,.0f} tokens/s  ({whole / tok:.1f}x tokenizer)"
    )
    docs = list(nlp.pipe(texts, disable=["nkru_claims"]))
    claims_pipe = nlp.get_pipe("nkru_claims")
    alone = _best(lambda: [claims_pipe(doc) for doc in docs])
    print(
        f"  nkru_claims alone    {tokens / alone:>10,.0f} tokens/s  ({alone / tok:.2f}x tokenizer)"
    )


def main() -> int:
    if "--speed" in sys.argv:
        speed()
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return 0
    docs = json.loads(DATA.read_text(encoding="utf-8"))["docs"]
    result = score(docs, verbose="--verbose" in sys.argv)
    print(f"real-news-dev claims ({len(docs)} docs)")
    print(
        f"  P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}  "
        f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']})"
    )
    print(
        f"  on matched: category {result['category_accuracy']:.3f}  "
        f"claimant {result['claimant_accuracy']:.3f}  modality {result['modality_accuracy']:.3f}"
    )
    print(
        f"  state on gold figures found as claims: {result['state_accuracy']:.3f} "
        f"(of {result['valued']})"
    )
    print(f"  not_claims violations {result['not_claims_violations']}")
    print(f"  {result['seconds']:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Person affiliation (the state a person speaks for) on real-news-dev: right / wrong / missing.

Usage::

    python benchmarks/affiliation_real_news.py             # embedded default
    python benchmarks/affiliation_real_news.py --details   # one line per gold person

Data: ``../shared/data/real-news-dev/real_news_dev.json`` (copyrighted excerpts, read at run time
only; the script skips cleanly, exit 0, when the file is absent). Each doc has ``person_states``
({lower-case surname or full Korean name: state} where the text itself gives the side) and
``person_states_implied`` (sides a reader infers from context only); both are scored separately.

A gold person is matched to the ``Person`` objects of ``Extraction.people()`` (credits excluded)
whose key, last key word or a mention (genitive -s removed) equals the gold name, hyphens read as
spaces. Right: one of them has the gold state; wrong: none has it but one has another state;
missing: no state, or the person was not found (counted apart as ``unfound``). ``extra`` counts
people with a state whom the gold does not list (neither right nor wrong: the gold lists only
people whose side the annotator judged).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "real-news-dev" / "real_news_dev.json"


def _norm(text: str) -> str:
    return text.lower().replace("-", " ").strip()


def _forms(person: object) -> set[str]:
    key = _norm(person.key)  # type: ignore[attr-defined]
    forms = {key, key.split()[-1]}
    for mention in person.mentions:  # type: ignore[attr-defined]
        text = _norm(mention.text)
        forms.add(text)
        if text.endswith("s"):
            forms.add(text[:-1])
    return forms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="embedded", help="backbone for nkru_extract.load")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="real_news_dev.json")
    parser.add_argument("--details", action="store_true", help="one line per gold person")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return 0

    import nkru_extract as nk
    from nkru_extract.pipeline import doc_to_extraction

    docs = json.loads(args.data.read_text(encoding="utf-8"))["docs"]
    nlp = nk.load(args.model)
    started = time.perf_counter()
    fields = ("person_states", "person_states_implied")
    counts = {name: {"right": 0, "wrong": 0, "missing": 0, "unfound": 0} for name in fields}
    extra = 0
    for doc, spacy_doc in zip(docs, nlp.pipe([d["text"] for d in docs]), strict=True):
        people = doc_to_extraction(spacy_doc).people()
        gold_all = {**doc["person_states"], **doc["person_states_implied"]}
        matched: set[str] = set()
        for name in fields:
            for gold_name, gold_state in doc[name].items():
                found = [p for p in people if _norm(gold_name) in _forms(p)]
                matched.update(p.key for p in found)
                states = {p.state for p in found if p.state}
                if gold_state in states:
                    outcome = "right"
                elif states:
                    outcome = "wrong"
                else:
                    outcome = "missing"
                    if not found:
                        counts[name]["unfound"] += 1
                counts[name][outcome] += 1
                if args.details:
                    got = ",".join(sorted(states)) or "-"
                    print(
                        f"{doc['id']} {name:<22} {gold_name:<16} gold {gold_state} got {got:<6}"
                        f" {outcome}{'' if found else ' (person not found)'}"
                    )
        extra += sum(1 for p in people if p.state and p.key not in matched and gold_all)
    elapsed = time.perf_counter() - started
    print(f"real-news-dev person affiliation: {len(docs)} docs, {elapsed:.1f} s")
    print(
        f"{'gold':<22} {'people':>6} {'right':>6} {'wrong':>6} {'missing':>8} {'unfound':>8}"
        f" {'right%':>7}"
    )
    for name in fields:
        c = counts[name]
        total = c["right"] + c["wrong"] + c["missing"]
        share = c["right"] / total if total else 0.0
        print(
            f"{name:<22} {total:>6} {c['right']:>6} {c['wrong']:>6} {c['missing']:>8}"
            f" {c['unfound']:>8} {share:>7.3f}"
        )
    print(f"people with a state not in the gold (docs with gold only): {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

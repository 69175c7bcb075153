"""Quotes and speakers on real German news: the ``real-news-dev`` set (development only).

Usage::

    python benchmarks/quotes_real_news.py [--model NAME] [--data FILE]

Data: ``../shared/data/real-news-dev/real_news_dev.json`` (copyrighted excerpts, read at run
time only; nothing from it is copied into the project). When the file is absent the script
prints a message and exits with status 0.

Matching (as suggested by the data's SOURCE.md): a gold quote ``[opening words, speaker key or
null]`` is *found* when a returned quote's text contains the opening words; its speaker is
*right* when the key is part of the returned speaker (lower case), or when the gold key is null
(an unnamed or institutional speaker: any speaker is accepted). A returned quote whose text,
stripped of quotation marks, equals a ``not_quotes`` entry is a *false quote* (names, titles,
scare quotes). Printed: counts and rates, the returned quotes by form, and the runtime.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "real-news-dev" / "real_news_dev.json"
_MARKS = "„“”‚‘’»«›‹\"'"
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="embedded", help="backbone for nkru_extract.load")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="real_news_dev.json")
    parser.add_argument("--verbose", action="store_true", help="name the docs of false quotes")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"real-news-dev data not found at {args.data}; skipping.")
        return 0
    docs = json.loads(args.data.read_text(encoding="utf-8"))["docs"]
    import nkru_extract

    started = time.perf_counter()
    nlp = nkru_extract.load(args.model)
    gold = found = named = named_found = named_right = null_found = false_quotes = 0
    returned = 0
    forms: Counter[str] = Counter()
    for doc in docs:
        result = nkru_extract.extract(doc["text"], nlp=nlp)
        quotes = result.quotes
        returned += len(quotes)
        forms.update(getattr(q, "form", q.kind) for q in quotes)
        texts = [_norm(q.text) for q in quotes]
        for opening, key in doc["quotes"]:
            gold += 1
            named += key is not None
            hits = [q for q, t in zip(quotes, texts, strict=True) if _norm(opening) in t]
            if not hits:
                continue
            found += 1
            if key is None:
                null_found += 1
                continue
            named_found += 1
            named_right += any(key.lower() in (q.speaker or "").lower() for q in hits)
        not_quotes = {_norm(n) for n in doc["not_quotes"]}
        false = [t for t in texts if t.strip(_MARKS) in not_quotes]
        false_quotes += len(false)
        if args.verbose:
            for _t in false:
                print(f"  false quote in {doc['id']}")
    elapsed = time.perf_counter() - started
    print(f"real-news-dev quotes, backbone={args.model}, documents={len(docs)}")
    print(f"gold quotes        {gold}")
    print(f"found              {found} ({found / max(gold, 1):.3f})")
    print(
        f"named speaker      {named}: found {named_found}, speaker right {named_right} "
        f"({named_right / max(named_found, 1):.3f} of found, {named_right / max(named, 1):.3f} "
        "of all named)"
    )
    print(f"unnamed speaker    {gold - named}: found {null_found}")
    print(f"false quotes       {false_quotes} (returned quotes equal to a not_quotes entry)")
    print(f"returned quotes    {returned} by form {dict(forms)}")
    print(f"runtime: {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regression guard for ``find_numbers`` on real German-language news (``real-news-dev``).

Reads ``../shared/data/real-news-dev/real_news_dev.json`` at run time (never copied; see its
SOURCE.md) and prints, over all docs:

* ``gold``: scored ``numbers`` entries; ``found``: entries overlapped by a mention;
  ``right``: found with the gold value (and ``low``/``high`` for a range);
* ``false``: ``not_numbers`` surfaces (dates, years, ordinals, designations) that came back;
* ``extra``: mentions overlapping no ``numbers``/``numbers_optional``/``not_numbers`` entry
  (informative: vague plurals and unlisted figures land here).

Entries are located by the data's occurrence rule: the n-th entry with a surface is the n-th
plain-substring occurrence of that surface. Run: ``python benchmarks/numbers_real_news.py``
(``-v`` lists misses by doc id and value, never text; ``--data FILE`` reads another copy).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from nkru_extract import find_numbers
from nkru_extract.types import NumberMention

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "real-news-dev"


def _spans(text: str, entries: list[object]) -> list[tuple[int, int, dict[str, object]]]:
    """Character spans of the entries by the occurrence rule (unlocatable entries dropped)."""
    seen: Counter[str] = Counter()
    spans = []
    for entry in entries:
        item = entry if isinstance(entry, dict) else {"text": entry}
        surface = str(item["text"])
        nth = seen[surface]
        seen[surface] += 1
        at = -1
        for _ in range(nth + 1):
            at = text.find(surface, at + 1)
            if at < 0:
                break
        if at >= 0:
            spans.append((at, at + len(surface), item))
    return spans


def _overlaps(mention: NumberMention, start: int, end: int) -> bool:
    return mention.start < end and start < mention.end


def _same(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))  # type: ignore[arg-type]


def main() -> None:
    """Score ``find_numbers`` on the dev docs and print the counts."""
    args = sys.argv[1:]
    path = Path(args[args.index("--data") + 1]) if "--data" in args else DATA / "real_news_dev.json"
    if not path.exists():
        print(f"skipped: {path} not found")
        return
    verbose = "-v" in sys.argv[1:]
    docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    gold = found = right = false = extra = 0
    for doc in docs:
        text = doc["text"]
        mentions = find_numbers(text)
        numbers = _spans(text, doc["numbers"])
        optional = _spans(text, doc.get("numbers_optional", []))
        negatives = _spans(text, doc.get("not_numbers", []))
        for start, end, item in numbers:
            gold += 1
            hits = [m for m in mentions if _overlaps(m, start, end)]
            if not hits:
                if verbose:
                    print(f"miss  {doc['id']} value={item.get('value')}")
                continue
            found += 1
            ok = any(
                _same(m.value, item.get("value"))
                and ("low" not in item or _same(m.low, item["low"]))
                and ("high" not in item or _same(m.high, item["high"]))
                for m in hits
            )
            right += ok
            if verbose and not ok:
                print(f"wrong {doc['id']} gold={item.get('value')} got={[m.value for m in hits]}")
        for start, end, _item in negatives:
            if any(_overlaps(m, start, end) for m in mentions):
                false += 1
                if verbose:
                    print(f"false {doc['id']} span={start}-{end}")
        listed = numbers + optional + negatives
        for m in mentions:
            if not any(_overlaps(m, s, e) for s, e, _ in listed):
                extra += 1
    print(
        f"real-news-dev: docs={len(docs)} gold={gold} found={found} right={right} "
        f"false={false} extra={extra} recall={right / max(gold, 1):.3f}"
    )


if __name__ == "__main__":
    main()

"""Speed of the number normaliser, side by side with text2num.

Prints, in one run:

* ``find_numbers`` throughput in MB of news text per second (the seed articles, repeated);
* ``parse_number`` expressions per second on mixed written forms;
* ``parse_number`` and text2num's ``alpha2digit(..., "de")`` on the same spelled-out inputs,
  as expressions per second and their ratio, plus how many each reads correctly.

Run: ``python benchmarks/numbers_speed.py`` (text2num is in the ``test`` extra).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from nkru_extract import find_numbers, parse_number
from nkru_extract.numbers.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_numbers_property import spell  # noqa: E402  (our own German cardinal formatter)

MIXED = [
    "100.000",
    "100'000",
    "100\u00a0000",
    "1,2 Millionen",
    "2,3 Mrd.",
    "5 Tsd.",
    "1'250.50",
    "4,800",
    "zweihundertvierundfünfzig",
    "dreieinhalb Millionen",
    "eine halbe Million",
    "ein Dutzend",
]


def _best_rate(func: Callable[[], object], count: int, repeat: int = 5) -> float:
    """Items per second over the fastest of ``repeat`` runs of ``func`` (which handles count)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return count / best


def main() -> None:
    """Run the benchmark and print the figures."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    corpus = "\n\n".join(seeds)
    if not corpus:
        corpus = "Russland bietet rund 100.000 Soldaten an; 1,2 Millionen Mann.\n" * 40
    articles = seeds or [corpus]
    rounds = 20
    size = sum(len(a.encode("utf-8")) for a in articles) * rounds

    def run_find() -> None:
        for _ in range(rounds):
            for article in articles:
                find_numbers(article)

    mb_per_s = _best_rate(run_find, size) / 1e6
    per_article_ms = 1000 * (size / rounds / len(articles)) / (mb_per_s * 1e6)

    mixed = MIXED * 200
    mixed_rate = _best_rate(lambda: [parse_number(t) for t in mixed], len(mixed))

    rng = random.Random(3)
    values = [rng.randrange(1, 10**9) for _ in range(2000)]
    spelled = [spell(v) for v in values]
    lexicon = load_lexicon()

    def parse_cold() -> None:
        lexicon.word_cache.clear()  # every run starts with empty per-word caches
        lexicon.spelled_cache.clear()
        lexicon.segment_cache.clear()
        for t in spelled:
            parse_number(t)

    ours_cold = _best_rate(parse_cold, len(spelled))
    ours = _best_rate(lambda: [parse_number(t) for t in spelled], len(spelled))
    ours_ok = sum(parse_number(t) == v for t, v in zip(spelled, values, strict=True))

    print(
        f"find_numbers: {mb_per_s:8.2f} MB/s of news text "
        f"({per_article_ms:.3f} ms per {size / rounds / len(articles) / 1000:.1f} KB article)"
    )
    print(f"parse_number: {mixed_rate:10,.0f} expressions/s (mixed written forms)")
    try:
        from text_to_num import alpha2digit
    except ImportError:
        print("text2num not installed: pip install text2num (the comparison is skipped)")
        return
    theirs = _best_rate(lambda: [alpha2digit(t, "de") for t in spelled], len(spelled))
    theirs_ok = sum(
        alpha2digit(t, "de").replace(" ", "") == str(v)
        for t, v in zip(spelled, values, strict=True)
    )
    print(f"spelled-out ({len(spelled)} cardinals below 10^9):")
    print(
        f"  parse_number (cold):   {ours_cold:10,.0f} expressions/s, caches emptied before each run"
    )
    print(f"  parse_number (warm):   {ours:10,.0f} expressions/s, {ours_ok}/{len(spelled)} exact")
    print(
        f"  text2num alpha2digit:  {theirs:10,.0f} expressions/s, {theirs_ok}/{len(spelled)} exact"
    )
    print(
        f"  ratio parse_number / alpha2digit: {ours_cold / theirs:.2f}x cold, "
        f"{ours / theirs:.2f}x warm"
    )


if __name__ == "__main__":
    main()

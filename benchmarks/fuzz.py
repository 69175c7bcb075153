"""Soak test: many random inputs through ``extract``, ``find_numbers`` and ``parse_number``.

Inputs are drawn (seeded, reproducible) from German-like pieces: words, names, states, numbers
in every style, quote marks of every kind, punctuation, HTML entities, soft hyphens, zero-width
characters, no-break spaces, NFD letters and random code points; 2% of inputs are ten times
longer. Each input goes through the three entry points; every exception is counted and the first
few are printed with their input.
Offsets are checked too (``text == original[start:end]`` for mentions and numbers). Prints the
number of inputs, exceptions (must be 0), offset errors (must be 0), the slowest input per kB
(among inputs of at least 256 bytes, where fixed costs do not dominate) and the slowest input.

Usage::

    python benchmarks/fuzz.py            # 100,000 inputs
    python benchmarks/fuzz.py --n 5000 --seed 3
"""

from __future__ import annotations

import argparse
import contextlib
import random
import time
import traceback
import unicodedata

import nkru_extract as nk
from nkru_extract import find_numbers, parse_number
from nkru_extract.errors import NumberParseError

PIECES = [
    "Wladimir Putin", "Putin", "Kim Jong-un", "Selenskyj", "Olaf Scholz", "Oberst", "Dr.",
    "Russland", "Nordkorea", "Südkorea", "Kiew", "Moskau", "USA", "Ukraine", "Österreich",
    "1.500", "3 000", "100’000", "12,5", "zwei", "dreitausend", "zwölf", "Mio.", "Millionen",
    "rund", "mehr als", "bis zu", "-", "–", "1990er", "2024", "3.", "10 %", "Nr. 5", "½",
    "Soldaten", "Truppen", "Panzer", "Brigade", "Regiment", "Menschen", "Euro",
    "sagte", "erklärte", "so", "laut", "zufolge", "teilte mit", "dass", "würden", "sei",
    "„", "“", "”", '"', "»", "«", "‚", "‘", "'", "’", "(", ")", ":", ",", ".", "?", "!", ";",
    "&bdquo;", "&ldquo;", "&nbsp;", "&amp;", "&#8222;", "&#x201C;", "&", "&;", "&#;",
    "\u00ad", "\u200b", "\u200d", "\ufeff", "\u00a0", "\u202f", "\u2009", "\n", "\n\n", "\t",
    "u\u0308", "A\u030a", "\u0301",
]  # fmt: skip


def random_text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(0, 400 if rng.random() < 0.02 else 40)):
        roll = rng.random()
        if roll < 0.04:
            parts.append(chr(rng.randint(1, 0x2FFF)))
        elif roll < 0.06:
            parts.append(chr(rng.randint(0x10000, 0x10FFFF)) if rng.random() < 0.2 else "")
        else:
            piece = rng.choice(PIECES)
            parts.append(unicodedata.normalize("NFD", piece) if rng.random() < 0.05 else piece)
        parts.append(rng.choice([" ", " ", " ", "", "\u00a0"]))
    text = "".join(parts)
    return text.encode("utf-8", "replace").decode("utf-8", "replace")


def offset_errors(result: nk.Extraction, text: str) -> int:
    errors = 0
    for m in (*result.persons, *result.states, *result.units, *result.credits):
        errors += text[m.start : m.end] != m.text
    for n in result.numbers:
        errors += text[n.start : n.end] != n.text
    for q in result.quotes:
        errors += not 0 <= q.start <= q.end <= len(text)
    return errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="number of inputs")
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    nlp = nk.load()
    nk.extract("Putin sagte: „Wir schicken 1.500 Soldaten nach Kiew.“", nlp)  # load word lists
    exceptions = offsets = 0
    slowest = (0.0, "")  # per kB, among inputs of at least 256 bytes
    slowest_total = (0.0, "")
    started = time.perf_counter()
    for _ in range(args.n):
        text = random_text(rng)
        start = time.perf_counter()
        try:
            offsets += offset_errors(nk.extract(text, nlp), text)
            for number in find_numbers(text):
                offsets += text[number.start : number.end] != number.text
                with contextlib.suppress(NumberParseError):  # the documented refusal
                    parse_number(number.text)
            for piece in text.split():
                with contextlib.suppress(NumberParseError):
                    parse_number(piece)
        except Exception:  # the soak counts every exception
            exceptions += 1
            if exceptions <= 5:
                print(f"exception on {text!r}:\n{traceback.format_exc()}")
        elapsed = time.perf_counter() - start
        size = len(text.encode("utf-8"))
        if size >= 256 and elapsed / size * 1024 > slowest[0]:
            slowest = (elapsed / size * 1024, text)
        if elapsed > slowest_total[0]:
            slowest_total = (elapsed, text)
    total = time.perf_counter() - started
    print(f"inputs: {args.n:,} in {total:.0f} s")
    print(f"exceptions: {exceptions}")
    print(f"offset errors: {offsets}")
    print(
        f"slowest input per kB (>= 256 bytes): {slowest[0] * 1000:.1f} ms per kB "
        f"({len(slowest[1].encode('utf-8'))} bytes): {slowest[1][:100]!r}"
    )
    print(f"slowest input: {slowest_total[0] * 1000:.1f} ms: {slowest_total[1][:100]!r}")


if __name__ == "__main__":
    main()

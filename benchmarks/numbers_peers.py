"""Accuracy of ``parse_number``/``find_numbers`` on the peers' own test suites, next to text2num.

Reads ``benchmarks/data/numbers_peers.tsv`` (facts re-typed from the public test suites of
text2num, zahlwort2num, text2numde, Duckling, NeMo German ITN and Microsoft Recognizers-Text; see
its header) and prints, per suite, how many rows nkru_extract gets right and how many text2num
gets right on the same rows in the same run (``text2num(..., "de")``, falling back to
``alpha2digit(..., "de")`` whose digits are read back; find rows compare the numbers in
``alpha2digit``'s output; error rows count as right when text2num raises).

Run: ``python benchmarks/numbers_peers.py`` (``-v`` lists our misses).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from fractions import Fraction
from pathlib import Path

from nkru_extract import find_numbers, parse_number
from nkru_extract.errors import NumberParseError

TABLE = Path(__file__).resolve().parent / "data" / "numbers_peers.tsv"
_T2N_NUMBER_RE = re.compile(r"[+-]?\d+(?:,\d+)?")


def load_rows() -> list[tuple[str, str, str, str]]:
    """The table's rows: (suite, mode, input, expected)."""
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            suite, mode, text, expected = [*line.split("\t"), ""][:4]
            rows.append((suite, mode, text, expected))
    return rows


def _close(got: object, want: Fraction) -> bool:
    if not isinstance(got, (int, float, Fraction)) or isinstance(got, bool):
        return False
    return abs(Fraction(got) - want) <= abs(want) * Fraction(1, 10**12) + Fraction(1, 10**12)


def _values(expected: str) -> list[Fraction]:
    return [Fraction(v) for v in expected.split()]


def ours(mode: str, text: str, expected: str) -> bool:
    """Whether nkru_extract gets the row right."""
    if mode == "error":
        try:
            parse_number(text)
        except NumberParseError:
            return True
        return False
    if mode == "parse":
        try:
            return _close(parse_number(text), Fraction(expected))
        except NumberParseError:
            return False
    got = [m.value for m in find_numbers(text)]
    want = _values(expected)
    return len(got) == len(want) and all(_close(g, w) for g, w in zip(got, want, strict=True))


def theirs(mode: str, text: str, expected: str) -> bool:
    """Whether text2num (German) gets the row right."""
    from text_to_num import alpha2digit, text2num

    if mode == "error":
        try:
            text2num(text, "de")
        except Exception:  # text2num raises ValueError and others
            return True
        return False
    if mode == "parse":
        try:
            return _close(text2num(text, "de"), Fraction(expected))
        except Exception:
            pass
    try:
        out = alpha2digit(text, "de")
    except Exception:
        return False
    found = [Fraction(n.replace(",", ".")) for n in _T2N_NUMBER_RE.findall(out)]
    want = [Fraction(expected)] if mode == "parse" else _values(expected)
    return len(found) == len(want) and all(_close(g, w) for g, w in zip(found, want, strict=True))


def main() -> None:
    """Print accuracy per suite for nkru_extract and text2num."""
    verbose = "-v" in sys.argv[1:]
    try:
        import text_to_num  # noqa: F401
    except ImportError:
        has_t2n = False
    else:
        has_t2n = True
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for suite, mode, text, expected in load_rows():
        mine = ours(mode, text, expected)
        other = theirs(mode, text, expected) if has_t2n else False
        for key in (suite, "ALL"):
            totals[key][0] += 1
            totals[key][1] += mine
            totals[key][2] += other
        if verbose and not mine:
            print(f"miss [{suite}/{mode}] {text!r} -> {expected!r}")
    print(f"{'suite':<14}{'rows':>6}{'nkru':>8}{'text2num':>10}")
    for suite in sorted(totals, key=lambda s: (s == "ALL", s)):
        n, mine, other = totals[suite]
        t2n = f"{other / n:.3f}" if has_t2n else "n/a"
        print(f"{suite:<14}{n:>6}{mine / n:>8.3f}{t2n:>10}")


if __name__ == "__main__":
    main()

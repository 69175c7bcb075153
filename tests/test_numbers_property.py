"""Property tests: random integers written in every supported style parse back exactly."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nkru_extract import find_numbers, parse_number

SEPARATORS = [".", "'", "\u2019", " ", "\u00a0", "\u202f", "\u2009"]
SCALES = [
    ("Tsd.", 10**3),
    ("Tausend", 10**3),
    ("Mio.", 10**6),
    ("Millionen", 10**6),
    ("Mrd.", 10**9),
    ("Milliarden", 10**9),
    ("Bio.", 10**12),
    ("Billionen", 10**12),
]
UNITS = ["null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
         "achtzehn", "neunzehn"]  # fmt: skip
TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig"]  # fmt: skip


def _below_hundred(n: int, final: bool) -> str:
    if n == 0:
        return ""
    if n == 1:
        return "eins" if final else "ein"
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    unit, tens = n % 10, n // 10
    return (UNITS[unit] + "und" if unit else "") + TENS[tens]


def _below_thousand(n: int, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    head = (UNITS[hundreds] if hundreds > 1 else "ein") + "hundert" if hundreds else ""
    return head + _below_hundred(rest, final)


def _below_million(n: int, final: bool = True) -> str:
    thousands, rest = divmod(n, 1000)
    head = _below_thousand(thousands, final=False) + "tausend" if thousands else ""
    return head + _below_thousand(rest, final)


def spell(n: int) -> str:
    """German cardinal in words (our own formatter for the test, long scale)."""
    if n == 0:
        return "null"
    parts = []
    for size, singular, plural in (
        (10**12, "Billion", "Billionen"),
        (10**9, "Milliarde", "Milliarden"),
        (10**6, "Million", "Millionen"),
    ):
        count, n = divmod(n, size)
        if count == 1:
            parts.append("eine " + singular)
        elif count:
            parts.append(_below_million(count, final=False) + " " + plural)
    if n:
        parts.append(_below_million(n))
    return " ".join(parts)


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _expected(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


@pytest.mark.parametrize(
    "n, words",
    [
        (1, "eins"),
        (21, "einundzwanzig"),
        (101, "einhunderteins"),
        (254, "zweihundertvierundfünfzig"),
        (100_000, "einhunderttausend"),
        (2_300_000, "zwei Millionen dreihunderttausend"),
        (1_000_000_001, "eine Milliarde eins"),
    ],
    ids=str,
)
def test_numbers_property_spell_helper(n: int, words: str) -> None:
    assert spell(n) == words


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**15), sep=st.sampled_from(SEPARATORS))
def test_numbers_property_grouped_digits(n: int, sep: str) -> None:
    assert parse_number(_grouped(n, sep)) == n
    assert parse_number(str(n)) == n


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(min_value=1000, max_value=10**12),
    sep=st.sampled_from(SEPARATORS),
)
def test_numbers_property_grouped_digits_in_text(n: int, sep: str) -> None:
    written = _grouped(n, sep)
    mentions = find_numbers(f"Es kamen {written} Soldaten.")
    assert [(m.text, m.value, m.unit) for m in mentions] == [(written, n, "Soldaten")]


@settings(max_examples=200, deadline=None)
@given(
    mantissa=st.integers(min_value=1, max_value=999),
    decimals=st.integers(min_value=0, max_value=99),
    scale=st.sampled_from(SCALES),
)
def test_numbers_property_scale_words(mantissa: int, decimals: int, scale: tuple[str, int]) -> None:
    word, size = scale
    written = f"{mantissa},{decimals:02d} {word}" if decimals else f"{mantissa} {word}"
    expected = _expected((mantissa + Fraction(decimals, 100)) * size)
    assert parse_number(written) == expected
    (mention,) = find_numbers(f"Sie zahlten rund {written} Euro.")
    assert (mention.value, mention.qualifier, mention.unit) == (expected, "approx", "Euro")


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1000, max_value=10**9), cents=st.integers(min_value=1, max_value=99))
def test_numbers_property_swiss_decimal_point(n: int, cents: int) -> None:
    for sep in ("'", "\u2019"):
        written = f"{_grouped(n, sep)}.{cents:02d}"
        assert parse_number(written) == float(n + Fraction(cents, 100))


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**13 - 1))
def test_numbers_property_spelled_out(n: int) -> None:
    words = spell(n)
    assert parse_number(words) == n
    assert parse_number(words.upper()) == n


@settings(max_examples=150, deadline=None)
@given(n=st.integers(min_value=2, max_value=10**12))
def test_numbers_property_spelled_out_in_text(n: int) -> None:
    words = spell(n)
    mentions = find_numbers(f"Man zählte {words} Soldaten.")
    assert [(m.text, m.value, m.unit) for m in mentions] == [(words, n, "Soldaten")]


FUZZ_PIECES = [
    *"0123456789.,'’ -–/:%$€+()\n",
    *["\u00a0", "\u202f", "\u2009", "rund ", "mehr als ", "bis ", "zwischen ", " und "],
    *["zwei", "hundert", "tausend", "Millionen", "Mio.", "eine ", "halbe ", "Tausende"],
    *["Soldaten", "August", "Uhr", "KN-", "Seite ", "ein", "und"],
]
FUZZ_ALPHABET = st.sampled_from(FUZZ_PIECES)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(FUZZ_ALPHABET, max_size=40))
def test_numbers_property_fuzz_offsets_and_bounds(pieces: list[str]) -> None:
    text = "".join(pieces)
    last_end = 0
    for mention in find_numbers(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= last_end
        last_end = mention.end
        if mention.value is not None:
            assert mention.low is None or mention.low <= mention.value
            assert mention.high is None or mention.value <= mention.high
        else:
            assert mention.qualifier == "vague" and mention.low is not None
        if mention.unit is not None:
            assert mention.unit_start is not None and mention.unit_end is not None
            assert text[mention.unit_start : mention.unit_end] == mention.unit

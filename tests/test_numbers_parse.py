"""parse_number: one German number expression to its value (GitHub issue #3)."""

from __future__ import annotations

import unicodedata
from importlib.resources import files
from pathlib import Path

import pytest

from nkru_extract import NkruError, NumberParseError, parse_number
from nkru_extract.errors import DataFileError, InputTypeError
from nkru_extract.numbers.lexicon import load_lexicon
from nkru_extract.types import NUMBER_QUALIFIERS

DIGITS = [
    ("100.000", 100_000),
    ("100'000", 100_000),
    ("100\u2019000", 100_000),
    ("100 000", 100_000),
    ("100\u00a0000", 100_000),
    ("100\u202f000", 100_000),
    ("100\u2009000", 100_000),
    ("1.000.000", 1_000_000),
    ("1'000'000", 1_000_000),
    ("10 000 000", 10_000_000),
    ("4.800", 4800),
    ("4,800", 4.8),
    ("1,2", 1.2),
    ("0,5", 0.5),
    ("1'250.50", 1250.5),
    ("1\u2019250.50", 1250.5),
    ("1 250,50", 1250.5),
    ("1.250,75", 1250.75),
    ("12000", 12000),
    ("7", 7),
    ("0", 0),
    ("  141 ", 141),
]
SCALES = [
    ("1,2 Millionen", 1_200_000),
    ("2,3 Mrd.", 2_300_000_000),
    ("2,3 Milliarden", 2_300_000_000),
    ("1 Milliarde", 1_000_000_000),
    ("2 Billionen", 2_000_000_000_000),
    ("3 Bio.", 3_000_000_000_000),
    ("1 Billion", 1_000_000_000_000),
    ("5 Tsd.", 5000),
    ("5 Tausend", 5000),
    ("2 Millionen", 2_000_000),
    ("2,5 Mio.", 2_500_000),
    ("2,5 Mio", 2_500_000),
    ("1.5 Mio.", 1_500_000),
    ("0,7 Mrd.", 700_000_000),
    ("1,25 Millionen", 1_250_000),
    ("3 Mia.", 3_000_000_000),
]
SPELLED = [
    ("zwölf", 12),
    ("Zwölf", 12),
    ("ZWÖLF", 12),
    ("dreissig", 30),
    ("dreißig", 30),
    ("eins", 1),
    ("einundzwanzig", 21),
    ("hundert", 100),
    ("einhundert", 100),
    ("hunderttausend", 100_000),
    ("Hunderttausend", 100_000),
    ("zweihundertvierundfünfzig", 254),
    ("tausendeins", 1001),
    ("eintausendzweihundert", 1200),
    ("neunzehnhundert", 1900),
    ("dreihundertfünfzigtausend", 350_000),
    ("siebenhundertsiebenundsiebzigtausendsiebenhundertsiebenundsiebzig", 777_777),
    ("zwei Millionen dreihunderttausend", 2_300_000),
    ("zwei Millionen", 2_000_000),
    ("eine Million", 1_000_000),
    ("eine Milliarde", 1_000_000_000),
    ("dreieinhalb Millionen", 3_500_000),
    ("anderthalb Millionen", 1_500_000),
    ("eineinhalb Millionen", 1_500_000),
    ("eine halbe Million", 500_000),
    ("ein Dutzend", 12),
    ("zwei Dutzend", 24),
    ("dreieinhalb", 3.5),
    ("fünf tausend", 5000),
    ("zwei Drittel", 2 / 3),
    ("drei Viertel", 0.75),
    ("ein Fünftel", 0.2),
]
WITH_QUALIFIER_OR_UNIT = [
    ("rund 10.000", 10_000),
    ("mehr als 13.000", 13_000),
    ("etwa 1,2 Millionen", 1_200_000),
    ("50 %", 50),
    ("50 Prozent", 50),
    ("2,5 Mio. Euro", 2_500_000),
    ("94.000 $", 94_000),
    ("CHF 100", 100),
    ("27.80 Franken", 27.8),
    ("CHF 27.80", 27.8),
]
ERRORS = [
    "",
    "   ",
    "abc",
    "Tausende",
    "Dutzende",
    "Millionen",
    "halb",
    "1.5",
    "14.30",
    "4. 000",
    "100.00",
    "1.1.2024",
    "12 0000",
    "1,000,000",
    "10.000 bis 12.000",
    "zwischen 10.000 und 12.000",
    "rund Tausende",
    "100 Soldaten",
    "4. August",
    "14.30 Uhr",
    "2022-08",
    "50 % 60 %",
    "Hwasong-5",
    "zweimal",
    "ersten",
]


@pytest.mark.parametrize("text, expected", DIGITS, ids=[repr(t) for t, _ in DIGITS])
def test_numbers_parse_digits(text: str, expected: int | float) -> None:
    value = parse_number(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("text, expected", SCALES, ids=[t for t, _ in SCALES])
def test_numbers_parse_scale_words(text: str, expected: int) -> None:
    value = parse_number(text)
    assert value == expected
    assert isinstance(value, int)


@pytest.mark.parametrize("text, expected", SPELLED, ids=[t for t, _ in SPELLED])
def test_numbers_parse_spelled(text: str, expected: int | float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, expected", WITH_QUALIFIER_OR_UNIT, ids=[t for t, _ in WITH_QUALIFIER_OR_UNIT]
)
def test_numbers_parse_drops_qualifier_and_unit(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ERRORS, ids=[repr(t) for t in ERRORS])
def test_numbers_parse_rejects_non_numbers(text: str) -> None:
    with pytest.raises(NumberParseError) as info:
        parse_number(text)
    assert repr(text) in str(info.value)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, NkruError)


@pytest.mark.parametrize("value", [None, 12, b"12", ["12"]], ids=["None", "int", "bytes", "list"])
def test_numbers_parse_wrong_type(value: object) -> None:
    with pytest.raises(InputTypeError):
        parse_number(value)  # type: ignore[arg-type]


def test_numbers_parse_custom_data_file_error(tmp_path: Path) -> None:
    bad = tmp_path / "words.tsv"
    bad.write_text("zwei\tunit\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 1"):
        load_lexicon(str(bad))


def test_numbers_parse_missing_data_file() -> None:
    with pytest.raises(DataFileError, match="no-such-file"):
        load_lexicon("/no-such-file.tsv")


@pytest.mark.parametrize(
    "name", ["number_words_de.tsv", "number_qualifiers_de.tsv", "unit_nouns_de.txt"]
)
def test_numbers_parse_data_files_are_clean(name: str) -> None:
    text = (files("nkru_extract") / "data" / name).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert rows
    keys = [tuple(line.split("\t")[:2]) for line in rows]
    assert len(keys) == len(set(keys)), "duplicate rows"
    for line in rows:
        assert line == unicodedata.normalize("NFC", line.strip())
        assert len(line.split("\t")) == 3


def test_numbers_parse_lexicon_vocabulary() -> None:
    lexicon = load_lexicon()
    assert {q for q, _ in lexicon.qualifiers.values()} <= set(NUMBER_QUALIFIERS)
    assert lexicon.scales["milliarde"] == 10**9
    assert lexicon.scales["billion"] == 10**12


FAST_PATH_CASES = [
    "zweihundertvierundfünfzig",
    "Zweihundertvierundfünfzig",
    "ZWEIHUNDERTVIERUNDFÜNFZIG",
    "zwei Millionen dreihunderttausend",
    "dreieinhalb Millionen",
    "eine Milliarde eins",
    "eine Million zwei Millionen",
    "zwei Millionen drei Milliarden",
    "eine halbe Million",
    "ein Dutzend",
    "drei Dutzend",
    "drei Dutzend vier",
    "zwei Drittel",
    "ein",
    "eins",
    "eine",
    "Millionen",
    "Tausende",
    "zwei tausend",
    "hundert tausend",
    "einhalb",
    "anderthalb Millionen",
    "jeder Dritte",
    "sieben zwölf",
    "zwei Millionen rund",
    "zwei  Millionen",
]


@pytest.mark.parametrize("text", FAST_PATH_CASES)
def test_numbers_parse_fast_path_matches_grammar(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spelled-out fast path gives exactly what the full grammar gives, or defers to it."""

    def outcome() -> object:
        try:
            value = parse_number(text)
        except NumberParseError as exc:
            return ("error", str(exc))
        return (type(value), value)

    fast = outcome()
    monkeypatch.setattr("nkru_extract.numbers.parse.fast_spelled", lambda text, lex: None)
    assert fast == outcome()


def test_numbers_parse_fast_path_cache_is_bounded() -> None:
    from nkru_extract.numbers.standalone import _FAST_CACHE_LIMIT

    lexicon = load_lexicon()
    for n in range(_FAST_CACHE_LIMIT + 10):
        word = "zwei" + "".join("abcdefghij"[int(d)] for d in str(n))
        with pytest.raises(NumberParseError):
            parse_number(word)
        assert len(lexicon.word_cache) <= _FAST_CACHE_LIMIT
        assert len(lexicon.spelled_cache) <= _FAST_CACHE_LIMIT
    assert parse_number("zweihundertvierundfünfzig") == 254

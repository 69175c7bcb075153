"""The complete numeral grammar: one table per class of form, plus what is still not a number."""

from __future__ import annotations

from fractions import Fraction

import pytest

from nkru_extract import find_numbers, parse_number
from nkru_extract.errors import NumberParseError

Expected = int | float | Fraction

NEGATIVE = [
    ("minus 17", -17),
    ("Minus 8", -8),
    ("minus dreiundvierzigtausendzwölf", -43012),
    ("negativ 350000", -350000),
    ("-4500000", -4500000),
    ("- 2.300.000", -2300000),
    ("\u2212 12", -12),
    ("minus 1,5 Millionen", -1500000),
    ("minus einhalb", Fraction(-1, 2)),
    ("plus 33", 33),
]
SPACED = [
    ("drei hundert sieben und achtzig", 387),
    ("ein tausend zwei hundert neun und vierzig", 1249),
    ("vier und dreißig", 34),
    ("hundert siebzehn", 117),
    ("ein hundert und fünf", 105),
    ("zwei tausend", 2000),
    ("sieben hundert tausend", 700000),
    ("drei billiarden vier hundert billionen fünf", 3_400_000_000_000_005),
    ("zwei Millionen dreihundert tausend vier und zwanzig", 2_300_024),
]
AND_GROUPS = [
    ("zweitausendundneun", 2009),
    ("dreihundertundsieben", 307),
    ("drei millionen zweihunderttausendundacht", 3_200_008),
    ("eine Million und zwölf", 1_000_012),
    ("tausendundeins", 1001),
]
DECIMALS = [
    ("sieben komma drei", 7.3),
    ("zwei Punkt sieben eins", 2.71),
    ("null komma eins fünf null", 0.15),
    ("nullkommadreisechs", 0.36),
    ("zweihundertdreizehn Komma vierzig", 213.4),
    ("acht komma null null sieben", 8.007),
    ("komma fünf", 0.5),
    (",45", 0.45),
    ("3 komma 5", 3.5),
    ("vier komma zwei Millionen", 4_200_000),
]
LONG_SCALE = [
    ("zwei Billiarden", 2 * 10**15),
    ("eine Trillion", 10**18),
    ("drei Trilliarden", 3 * 10**21),
    ("vier Quadrillionen", 4 * 10**24),
    ("fünf Quadrilliarden", 5 * 10**27),
    ("sieben milliarde", 7 * 10**9),
    ("eine BILLION", 10**12),
]
FRACTIONS = [
    ("halbe Million", 500_000),
    ("ein halbes", Fraction(1, 2)),
    ("eine halbe Million", 500_000),
    ("zweiundhalb", Fraction(5, 2)),
    ("sieben halbe", Fraction(7, 2)),
    ("ein Viertel", Fraction(1, 4)),
    ("zwei Drittel", Fraction(2, 3)),
    ("dreiviertel", Fraction(3, 4)),
    ("drei und ein Viertel Milliarden", 3_250_000_000),
    ("vier und zwei Drittel Millionen", Fraction(14_000_000, 3)),
    ("zweieinviertel", Fraction(9, 4)),
    ("\u00be", Fraction(3, 4)),
    ("2\u00bd", Fraction(5, 2)),
    ("3/4", Fraction(3, 4)),
    ("anderthalb", Fraction(3, 2)),
    ("ein halbes Dutzend", 6),
]
HUNDREDS_ABOVE_NINE = [
    ("zweiunddreißighundertsieben", 3207),
    ("neunzehnhundert", 1900),
    ("zwölfhundertfünfzig", 1250),
    ("achtzehnhundertundzwölf", 1812),
]
DIALECT = [
    ("zwo", 2),
    ("zwoa", 2),
    ("zwoatausend", 2000),
    ("zwoundzwanzig", 22),
    ("drei komma zwo", 3.2),
]
LONE_ONE_AND_ZEROS = [
    ("ein", 1),
    ("eine", 1),
    ("einer", 1),
    ("eins", 1),
    ("keiner", 0),
    ("007", 7),
    ("0033", 33),
    ("01,10", 1.1),
]
UNITS_AND_MONEY = [
    ("250ml", 250),
    ("80Km", 80),
    ("1,5kg", 1.5),
    ("20-Tonnen", 20),
    ("dreihundert-Franken", 300),
    ("zwei hundert meter", 200),
    ("minus sechs und sechzig kilogramm", -66),
    ("drei Euro zwanzig", 3.2),
    ("12 Dollar und 40 Cent", 12.4),
    ("vier Franken und fünfundachtzig Rappen", 4.85),
    ("zwei Pfund und ein Penny", 2.01),
    ("vier hundert kilometer pro stunde", 400),
    ("drei komma fünf quadrat meter", 3.5),
    ("sieben kubik meter", 7),
    ("zwei Stunden", 2),
    ("100K", 100_000),
    ("1,2M", 1_200_000),
]
ALL = (
    NEGATIVE
    + SPACED
    + AND_GROUPS
    + DECIMALS
    + LONG_SCALE
    + FRACTIONS
    + HUNDREDS_ABOVE_NINE
    + DIALECT
    + LONE_ONE_AND_ZEROS
    + UNITS_AND_MONEY
)

# Still not one number, by decision (docs/numbers.md, "What is not a number").
ERRORS = [
    "Eins zu eins",  # an idiom or a score: two numbers, not one
    "halb so viele",  # "halb" as an adverb
    "halb",
    "Millionen",  # a vague plural
    "zwei anderthalb",
    "zwanzig zweitausend",  # two numbers in a row
    "dreißig und elf",
    "ein und zehn",  # "und" joins units and tens only
    "eins und zwanzig",
    "zwei und vierzig und",
    "fünf null",  # digits read one by one only after "komma"
    "tausendtausend",
    "einstausend",
    "100 Soldaten",  # a counted noun: use find_numbers
    "100 Soldaten pro Tag",
    "zwei pro",
    "drei Euro hundertzwanzig",  # a sub-unit amount stays below 100
    "1/0",
]


@pytest.mark.parametrize("text, expected", ALL, ids=[t for t, _ in ALL])
def test_numbers_spoken_parse(text: str, expected: Expected) -> None:
    value = parse_number(text)
    assert value == pytest.approx(float(expected), rel=1e-12)
    assert isinstance(value, int) == (Fraction(expected).denominator == 1)


@pytest.mark.parametrize("text", ERRORS, ids=ERRORS)
def test_numbers_spoken_not_a_number(text: str) -> None:
    with pytest.raises(NumberParseError):
        parse_number(text)


RUNNING = [
    ("Nachts fiel die Temperatur auf minus 17 Grad.", [("minus 17", -17, "Grad")]),
    ("Der Verlust betrug -4500000 Euro.", [("-4500000", -4500000, "Euro")]),
    ("Das Ticket kostet drei Euro zwanzig.", [("drei Euro zwanzig", 3.2, "Euro")]),
    ("Er zahlte 12 Dollar und 40 Cent.", [("12 Dollar und 40 Cent", 12.4, "Dollar")]),
    (
        "Ein Kaffee kostet vier Franken und fünfundachtzig Rappen.",
        [
            ("vier Franken und fünfundachtzig Rappen", 4.85, "Franken"),
        ],
    ),
    ("Es fehlten 250ml und 80Km.", [("250", 250, "ml"), ("80", 80, "Km")]),
    ("ein 20-Tonnen-Lkw", [("20", 20, "Tonnen")]),
    ("Sie warteten ein halbes Jahr.", [("ein halbes", 0.5, "Jahr")]),
    ("Es waren drei halbe Portionen.", [("drei halbe", 1.5, "Portionen")]),
    (
        "rund fünf und drei Viertel Milliarden Euro",
        [
            ("rund fünf und drei Viertel Milliarden", 5_750_000_000, "Euro"),
        ],
    ),
    (
        "Er trank \u00bd Liter und 2\u00bd Liter.",
        [("\u00bd", 0.5, "Liter"), ("2\u00bd", 2.5, "Liter")],
    ),
    ("zweiunddreißighundertsieben Soldaten", [("zweiunddreißighundertsieben", 3207, "Soldaten")]),
    ("Die Zahl stieg auf nullkommadreisechs Prozent.", [("nullkommadreisechs", 0.36, "Prozent")]),
    ("zwei und zwanzig Leute", [("zwei und zwanzig", 22, "Leute")]),
    ("zwei tausend ein und zwanzig", [("zwei tausend ein und zwanzig", 2021, None)]),
    ("Ein hundert ein und dreißig", [("Ein hundert ein und dreißig", 131, None)]),
    ("Pi ist drei Komma eins vier.", [("drei Komma eins vier", 3.14, None)]),
    ("eins zwei drei", [("eins", 1, None), ("zwei", 2, None), ("drei", 3, None)]),
    ("Sie bekam eine Eins und eine Zwei.", [("Eins", 1, None), ("Zwei", 2, None)]),
    ("ACHT NEUN", [("ACHT", 8, None), ("NEUN", 9, None)]),
]
NOT_COUNTED = [
    "Er sprach mit einer der Soldaten.",  # an article, not a count
    "Es kamen halb so viele Soldaten.",
    "Das setzte er Eins zu eins um.",
    "Sie trafen sich um dreiviertel neun.",  # a clock time
    "Ein Soldat kam.",
    "Er sah keinen Soldaten.",
    "Die 5G-Technik und 4K-Fernseher",  # designations, not units
    "Am 3. Oktober 2023 kamen sie.",
    "Mehr unter https://www.example.org/artikel?id=305&seite=2 lesen.",  # part of a URL
]


@pytest.mark.parametrize("text, expected", RUNNING, ids=[t for t, _ in RUNNING])
def test_numbers_spoken_running_text(
    text: str, expected: list[tuple[str, Expected, str | None]]
) -> None:
    mentions = find_numbers(text)
    got = [(m.text, m.value, m.unit) for m in mentions]
    assert [(t, u) for t, _, u in got] == [(t, u) for t, _, u in expected]
    for (_, value, _), (_, want, _) in zip(got, expected, strict=True):
        assert value == pytest.approx(float(want), rel=1e-12)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize("text", NOT_COUNTED, ids=NOT_COUNTED)
def test_numbers_spoken_not_counted_in_running_text(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    ["10 - 20 Soldaten", "zwischen 10 und 20 Soldaten", "Die Partie endete 3 - 1."],
)
def test_numbers_spoken_hyphen_between_numbers_is_no_sign(text: str) -> None:
    assert all(m.value is not None and m.value > 0 for m in find_numbers(text))


def test_numbers_spoken_und_after_zwischen_is_a_range() -> None:
    (mention,) = find_numbers("zwischen fünf und zwanzig Soldaten")
    assert (mention.low, mention.high, mention.qualifier) == (5, 20, "range")


@pytest.mark.parametrize(
    "text",
    ["10 minus 3"],
)
def test_numbers_spoken_minus_after_a_number_is_no_sign(text: str) -> None:
    assert all(m.value is not None and m.value > 0 for m in find_numbers(text))

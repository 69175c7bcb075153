"""Public, pure-Python number functions: ``parse_number`` and ``find_numbers`` (no spaCy).

The grammar is in ``grammar.py``, the word lists in ``nkru_extract/data`` (see
``docs/numbers.md`` for the table of every supported form).
"""

from __future__ import annotations

from fractions import Fraction

from nkru_extract.errors import NumberParseError, check_text
from nkru_extract.numbers.grammar import scan, unit_kind
from nkru_extract.numbers.lexicon import Lexicon, load_lexicon
from nkru_extract.numbers.quantity import read_quantity, to_number
from nkru_extract.numbers.standalone import fast_spelled, read_expression
from nkru_extract.types import NumberMention

__all__ = ["find_numbers", "parse_number"]


def parse_number(text: str, *, lexicon: Lexicon | None = None) -> int | float:
    """Parse one German number expression to its value.

    Accepts digits with German (``100.000``), Swiss (``100'000``, ``1'250.50``) or space
    grouping, a decimal comma, scale words and abbreviations (``Tsd.``, ``Mio.``, ``Mrd.``,
    ``Bio.`` and the full words; ``Milliarde`` = 10^9, ``Billion`` = 10^12) and spelled-out
    cardinals, glued or spaced (``"drei hundert sieben und achtzig"``), spoken decimals
    (``"sieben komma drei"``), fractions (``"zweieinhalb"``, ``"3/4"``, ``"½"``), a sign
    (``"minus 17"``, ``"-4500000"``), a lone ``"ein"`` (1) and leading zeros. A qualifier
    before the number and a percent, currency or measure unit are allowed and dropped
    (``"rund 10.000"``, ``"50 %"``, ``"2,5 Mio. Euro"``, ``"250ml"``); a money sub-unit is
    added (``"drei Euro zwanzig"`` 3.2). Ranges, vague plurals and counted nouns are not a
    single number and raise. Use ``find_numbers`` for running text and to keep the qualifier
    and unit.

    Args:
        text: The expression, e.g. ``"1,2 Millionen"``; surrounding whitespace is ignored.
        lexicon: A custom lexicon from ``load_lexicon``; ``None`` = built-in data.

    Returns:
        The value: an ``int`` when integral, else a ``float``.

    Raises:
        InputTypeError: ``text`` is not a ``str``.
        NumberParseError: ``text`` is not one number expression (the message quotes it).

    Example:
        >>> parse_number("100'000")
        100000
        >>> parse_number("2,3 Mrd.")
        2300000000
        >>> parse_number("zweihundertvierundfünfzig")
        254
        >>> parse_number("dreieinhalb Millionen")
        3500000
        >>> parse_number("4,800")
        4.8
        >>> parse_number("rund 10.000")
        10000
        >>> parse_number("minus drei hundert sieben und achtzig")
        -387
        >>> parse_number("vier Franken und fünfundachtzig Rappen")
        4.85
        >>> parse_number("Tausende")
        Traceback (most recent call last):
        ...
        nkru_extract.errors.NumberParseError: not a single number expression: 'Tausende'
    """
    check_text(text)
    lex = lexicon if lexicon is not None else load_lexicon()
    stripped = text.strip()
    fast = fast_spelled(stripped, lex)
    if fast is not None:
        return fast
    value = _basic(stripped, lex)
    if value is None:
        value = read_expression(stripped, lex, lambda part: _basic(part.strip(), lex))
    if value is None:
        raise NumberParseError(f"not a single number expression: {text!r}")
    return to_number(value)


def _basic(stripped: str, lex: Lexicon) -> Fraction | None:
    """What the running-text grammar reads as the whole of ``stripped``, or ``None``."""
    if not stripped:
        return None
    quantity = read_quantity(stripped, 0, lex, standalone=True)
    if quantity is not None and quantity.value is not None and quantity.end == len(stripped):
        return quantity.value
    # A qualifier before or a percent/currency unit around the number: "rund 10.000", "50 %".
    mentions = scan(stripped, lex)
    if len(mentions) == 1:
        mention = mentions[0]
        first, last = mention.start, mention.end
        if mention.unit_start is not None and mention.unit_end is not None:
            first, last = min(first, mention.unit_start), max(last, mention.unit_end)
        if (
            mention.value is not None
            and mention.qualifier not in ("range", "vague")
            and (mention.unit is None or unit_kind(mention, lex) in ("percent", "money"))
            and first == 0
            and last == len(stripped)
        ):
            return Fraction(repr(mention.value))
    return None


def find_numbers(text: str, *, lexicon: Lexicon | None = None) -> list[NumberMention]:
    """Find every number mention in running German text.

    Each mention carries its character offsets (``text == original[start:end]``, qualifier
    words included, the unit not), ``value``, bounds ``low``/``high``, a ``qualifier`` from
    ``nkru_extract.types.NUMBER_QUALIFIERS`` and the counted noun (``unit``, ``unit_lemma``,
    ``unit_start``, ``unit_end``). Dates, clock times, years standing alone, ordinals and
    designations ("Hwasong-5", "Rossiya 1") are not returned.

    Args:
        text: Any text; an empty string gives an empty list.
        lexicon: A custom lexicon from ``load_lexicon``; ``None`` = built-in data.

    Returns:
        The mentions in text order.

    Raises:
        InputTypeError: ``text`` is not a ``str``.

    Example:
        >>> [m.value for m in find_numbers("Am 4. August kamen 1.500 Soldaten, 2022 keine.")]
        [1500]
        >>> m = find_numbers("mit rund 1,2 Millionen Soldaten")[0]
        >>> (m.text, m.value, m.qualifier, m.unit, m.unit_lemma)
        ('rund 1,2 Millionen', 1200000, 'approx', 'Soldaten', 'Soldat')
        >>> m = find_numbers("zwischen 10.000 und 12.000 Mann")[0]
        >>> (m.value, m.low, m.high, m.qualifier)
        (10000, 10000, 12000, 'range')
        >>> m = find_numbers("Tausende Nordkoreaner")[0]
        >>> (m.value, m.low, m.high, m.qualifier, m.unit)
        (None, 2000, None, 'vague', 'Nordkoreaner')
    """
    check_text(text)
    return scan(text, lexicon if lexicon is not None else load_lexicon())

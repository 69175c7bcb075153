"""``parse_number``'s reading of one whole expression, beyond what the running-text grammar reads.

Two layers: a fast path for plain spelled-out cardinals in single-space separated words
("zwei Millionen dreihunderttausend"), which gives exactly the grammar's answer or gives up; and
``read_expression`` for the forms only a standalone expression has: a sign ("minus 17",
"-4500000", "negativ 350000"), leading zeros ("007"), a bare decimal comma (",45"), a scale
letter ("100K", "1,2M"), fractions ("3/4", "½", "2¾"), spoken and spaced numbers (``spelled.py``),
a trailing listed unit ("250ml", "zwei hundert meter") and money with a sub-unit ("drei Euro
zwanzig" 3.2, "12 Dollar und 40 Cent" 12.4, "vier Franken und fünfundachtzig Rappen" 4.85).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from nkru_extract.numbers import rules_de
from nkru_extract.numbers.lexicon import Lexicon
from nkru_extract.numbers.quantity import to_number, vulgar_value
from nkru_extract.numbers.spelled import parse_spoken, spelled_number

__all__ = ["fast_spelled", "read_expression"]

_FAST_CACHE_LIMIT = 8192  # entries in each per-word cache on the lexicon


# Fast path of ``parse_number`` for spelled-out cardinals: single-space separated words
# ("zwei Millionen dreihunderttausend"). It follows ``_read_word_quantity`` and
# ``_continue`` step by step and gives up (``None``) on anything it does not mirror exactly;
# ``parse_number`` then runs the full grammar.
_FAST_TEXT_RE = re.compile(r"[A-Za-zÄÖÜäöüß]+(?: [A-Za-zÄÖÜäöüß]+)*")
_ARTICLE = "article"
_GIVE_UP = "give up"
_MISSING = object()


def _fast_head(word: str, lexicon: Lexicon) -> object:
    """What a word starting a quantity is: a value (int or Fraction), _ARTICLE or _GIVE_UP."""
    cache = lexicon.word_cache
    found = cache.get(word, _MISSING)
    if found is not _MISSING:
        return found
    low = word.lower()
    info: object
    if low in rules_de.SHARE_DETERMINERS or low in rules_de.FRACTION_NOUNS or low in lexicon.halves:
        info = _GIVE_UP
    elif low in lexicon.articles:
        info = _ARTICLE
    elif low in lexicon.vague or low in lexicon.plural_scales:
        info = _GIVE_UP
    else:
        value = spelled_number(low, lexicon)
        info = _GIVE_UP if value is None else value
    if len(cache) >= _FAST_CACHE_LIMIT:
        cache.clear()
    cache[word] = info
    return info


def _fast_read(
    words: list[str], i: int, scales: dict[str, int | Fraction], lexicon: Lexicon
) -> tuple[int | Fraction, int] | None:
    """(value, next word index) of the quantity at ``words[i]``; ``None`` = give up."""
    n = len(words)
    head = _fast_head(words[i], lexicon)
    scale: int | Fraction | None
    value: int | Fraction
    if head is _ARTICLE:
        if i + 1 >= n:
            return None
        after = words[i + 1].lower()
        if after in lexicon.halves:
            return None
        scale = scales.get(after)
        if scale is None:
            return None
        value = scale
        i += 2
    elif isinstance(head, (int, Fraction)):
        i += 1
        scale = scales.get(words[i].lower()) if i < n else None
        if scale is None:
            return head, i
        value = head * scale
        i += 1
    else:
        return None
    if scale < 1000 or i >= n:
        return value, i
    rest = _fast_read(words, i, scales, lexicon)
    if rest is None or rest[0] >= scale:
        return None
    return value + rest[0], rest[1]


def fast_spelled(text: str, lexicon: Lexicon) -> int | float | None:
    """``parse_number``'s value of a plain spelled-out ``text`` (stripped), or ``None`` when
    the full grammar must decide (same results, only faster)."""
    scales = lexicon.fast_scales
    if scales is None or _FAST_TEXT_RE.fullmatch(text) is None:
        return None
    words = text.split(" ")
    read = _fast_read(words, 0, scales, lexicon)
    if read is None or read[1] != len(words):
        return None
    value = read[0]
    if isinstance(value, int):
        return value
    return to_number(value)


_SIGN_SYMBOLS = {"-": -1, "\u2212": -1, "\u2013": -1, "+": 1}
_SIGN_WORD_RE = re.compile(r"([^\W\d_]+)\s+(?=\S)")
_LEADING_ZEROS_RE = re.compile(r"0+(?=\d)")
_SUFFIX_RE = re.compile(r"(\d[\d.,'\u2019]*)\s?([^\W\d_])")
_FRACTION_RE = re.compile(r"(\d+)\s*/\s*(\d+)")
_GLUED_UNIT_RE = re.compile(r"(.*?\d)\s?-?([^\W\d_][^\W\d_/²³]*\.?(?:/[^\W\d_]+)?)")
_SPOKEN_COMMA_RE = re.compile(r"(?<=\d)\s+(?i:komma)\s+(?=\d)")
_SUBUNIT_MAX = 100
_UNIT_JOINERS = frozenset({"pro", "je", "quadrat", "kubik"})  # "pro stunde", "kubik meter"

Basic = Callable[[str], Fraction | None]


def _vulgar(text: str) -> Fraction | None:
    """ "½", "2¾", "⅙": a whole number and a Unicode vulgar fraction."""
    part = vulgar_value(text[-1])
    head = text[:-1].strip()
    if part is None or (head and not head.isdigit()):
        return None
    return int(head or 0) + part


def _strip_unit(text: str, lexicon: Lexicon) -> str:
    """The expression without a trailing listed unit: "250ml", "zwei hundert meter",
    "zwei hundert kilometer pro stunde", "fünf quadrat kilometer"."""
    glued = _GLUED_UNIT_RE.fullmatch(text)
    if glued is not None and _measure(glued.group(2), lexicon):
        return glued.group(1)
    words = text.replace("-", " ").split()
    keep = len(words)
    while keep > 1 and (
        words[keep - 1].lower() in _UNIT_JOINERS or _measure(words[keep - 1], lexicon)
    ):
        keep -= 1
    if not any(_measure(word, lexicon) for word in words[keep:]):
        return text
    cut = 0
    for word in words[:keep]:
        cut = text.index(word, cut) + len(word)
    return text[:cut]


def _measure(word: str, lexicon: Lexicon) -> bool:
    """A listed unit of money, measure, percent or time (not a counted noun like "Soldaten")."""
    info = lexicon.units.get(word) or lexicon.units_lower.get(word.lower())
    return info is not None and info[1] in ("money", "measure", "percent", "time")


def _money_with_subunit(text: str, lexicon: Lexicon, basic: Basic) -> Fraction | None:
    """ "drei Euro zwanzig", "12 Dollar und 40 Cent", "zwei Pfund und ein Penny"."""
    words = text.split()
    for k, word in enumerate(words[:-1]):
        info = lexicon.units_lower.get(word.lower())
        if info is None or info[1] != "money" or word.lower() in lexicon.subunits:
            continue
        main = basic(" ".join(words[:k])) if k else None
        rest = words[k + 1 :]
        if rest and rest[0].lower() == "und":
            rest = rest[1:]
        part = Fraction(1, _SUBUNIT_MAX)
        if rest and rest[-1].lower() in lexicon.subunits:
            part = lexicon.subunits[rest[-1].lower()][1]
            rest = rest[:-1]
        minor = None
        if rest:
            minor = basic(" ".join(rest)) or parse_spoken(" ".join(rest), lexicon)
        if main is None or minor is None or minor.denominator != 1:
            return None
        if not 0 < minor < Fraction(1) / part:
            return None
        return main + minor * part
    return None


def read_expression(text: str, lexicon: Lexicon, basic: Basic) -> Fraction | None:
    """The value of ``text`` as one whole number expression, or ``None`` (see the module).

    ``basic`` reads what the running-text grammar reads (digits, scales, currency).
    """
    text = text.strip()
    if not text:
        return None
    sign = 1
    if text[0] in _SIGN_SYMBOLS and len(text) > 1:
        sign, text = _SIGN_SYMBOLS[text[0]], text[1:].lstrip()
    else:
        word = _SIGN_WORD_RE.match(text)
        if word is not None and word.group(1).lower() in lexicon.signs:
            sign, text = lexicon.signs[word.group(1).lower()], text[word.end() :]
    value = _unsigned(text, lexicon, basic)
    return None if value is None else sign * value


def _unsigned(text: str, lexicon: Lexicon, basic: Basic) -> Fraction | None:
    if text[0] == "," and text[1:2].isdigit():
        text = "0" + text  # ",45", ",0012G"
    zeros = _LEADING_ZEROS_RE.match(text)
    if zeros is not None:
        text = text[zeros.end() :]  # "007", "0033", "01,10"
    text = _SPOKEN_COMMA_RE.sub(",", text)  # "1 komma 1"
    fraction = _FRACTION_RE.fullmatch(text)
    if fraction is not None and int(fraction.group(2)) > 0:
        return Fraction(int(fraction.group(1)), int(fraction.group(2)))
    vulgar = _vulgar(text)
    if vulgar is not None:
        return vulgar
    suffix = _SUFFIX_RE.fullmatch(text)
    if suffix is not None and suffix.group(2) in lexicon.suffixes:
        head = basic(suffix.group(1))
        return None if head is None else head * lexicon.suffixes[suffix.group(2)]
    money = _money_with_subunit(text, lexicon, basic)
    if money is not None:
        return money
    bare = _strip_unit(text, lexicon)
    if bare != text:
        return read_expression(bare, lexicon, basic) if bare[:1] not in "-+" else None
    found = basic(text)
    if found is not None:
        return found
    return parse_spoken(text, lexicon)

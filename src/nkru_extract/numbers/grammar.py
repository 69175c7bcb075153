"""The German number grammar (documented in ``docs/numbers.md``).

One mention is::

    mention  := [qualifier | "zwischen" | vague-determiner] [currency] quantity
                [range-tail] [adjective{0,2}] [unit]
    quantity := numeral [scale] [spelled-continuation]
    numeral  := digits | spelled | article [half] scale | vague-plural | plural-scale
    range-tail := ("bis" | dash) quantity          (after "zwischen": "und" quantity)

The scanner jumps from anchor to anchor (a digit at a word start, or a word starting with a
number morpheme) and runs the grammar there, so text without numbers costs one regex scan.
Everything here is pure Python; values are computed with ``Fraction`` so that
"2,3 Mrd." is exactly 2300000000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from nkru_extract.numbers import rules_de
from nkru_extract.numbers.lexicon import Lexicon
from nkru_extract.types import NumberMention

__all__ = [
    "Quantity",
    "fast_spelled",
    "parse_spelled",
    "read_quantity",
    "scan",
    "to_number",
    "unit_kind",
]

_SP = " \u00a0\u202f\u2009"
_GROUPED_RE = re.compile(
    r"(\d{1,3})([.'\u2019 \u00a0\u202f\u2009])(\d{3}(?:\2\d{3}){0,8})(?!\d|\2\d)"
)
_COMMA_DEC_RE = re.compile(r",(\d+)")
_SWISS_DEC_RE = re.compile(r"[.,](\d+)")
_COMMA_NUM_RE = re.compile(r"(\d+),(\d+)")
_POINT_NUM_RE = re.compile(r"(\d+)\.(\d{1,2})(?!\d)")
_PLAIN_RE = re.compile(r"\d+")
_RUN_RE = re.compile(r"\d+(?:[.,:/'\u2019\-]\d+)*")
_BAD_TAIL_RE = re.compile(r"[.,:/'\u2019]\d|[-\u2010][^\W\d_]")
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?!\d)")
_PHONE_RE = re.compile(r"\d{1,4}(?:[ \u00a0/\-()]+\d+)+")
_WORD_RE = re.compile(r"[^\W\d_]+")
_NEXT_WORD_RE = re.compile(r"[ \u00a0\u202f\u2009]+([^\W\d_]+\.?)")
_AFTER_DOT_RE = re.compile(r"\.[ \u00a0\u202f]+(\S+)")
_ZWISCHEN_RE = re.compile(r"(?<![\w\-])(?i:zwischen)[ \u00a0\u202f]+\Z")
_UND_RE = re.compile(r"[ \u00a0\u202f]+und[ \u00a0\u202f]+")
_RANGE_RE = re.compile(
    r"[ \u00a0\u202f]*[-\u2010\u2011\u2012\u2013\u2014][ \u00a0\u202f]*"
    r"|[ \u00a0\u202f]+bis[ \u00a0\u202f]+"
)
_CURRENCY_RE = re.compile(
    "(?<![\\w$€£])("
    + "|".join(re.escape(c) for c in rules_de.CURRENCY_PREFIXES)
    + ")[ \u00a0\u202f]?\\Z"
)
_VAGUE_DET_RE = re.compile(
    r"(?<![\w\-])(?i:("
    + "|".join(re.escape(d) for d in rules_de.VAGUE_DETERMINERS)
    + r"))[ \u00a0\u202f]+\Z"
)
_UNIT_SYMBOL_RE = re.compile(r"[ \u00a0\u202f]?(%|‰|\$|€|£)")
_UNIT_WORD_RE = re.compile(r"[ \u00a0\u202f]+([^\W\d_][\w\-\u2010$]*[^\W_]|[^\W\d_])(\.?)")
_GLUED_UNIT_RE = re.compile(r"([^\W\d_]+)(\.?)")
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_LEFT_WINDOW = 40
_MAX_DIGITS = 30  # longer digit strings are identifiers, never counts
_FAST_CACHE_LIMIT = 8192  # entries in each per-word cache on the lexicon
_OPENERS = "([„“\"'«»‚‹›"
_YEAR_MIN, _YEAR_MAX = 1800, 2099


@dataclass(slots=True)
class Quantity:
    """One numeral with its scale: the unit of the grammar below a mention.

    Attributes:
        start: Offset of the first character.
        end: Offset after the last character (scale word included).
        value: The value, or ``None`` for a vague plural.
        low: The lower bound of a vague plural.
        scale: The scale word's multiplier, if one was read.
        digits: Written with digits.
        plain: Digits only, no separator, decimal or scale ("2022", "47").
        bare_multiplier: A lone "hundert"/"tausend" (vague after "mehrere").
        compound: Digits hyphenated to a scale word ("100-Millionen-Dollar-Hilfe").
    """

    start: int
    end: int
    value: Fraction | None
    low: Fraction | None = None
    scale: Fraction | None = None
    digits: bool = False
    plain: bool = False
    bare_multiplier: bool = False
    compound: bool = False


def to_number(value: Fraction) -> int | float:
    """An ``int`` when integral, else a ``float``."""
    if value.denominator == 1:
        return int(value.numerator)
    return float(value)


def _prev_token_at(text: str, pos: int) -> tuple[str, int] | None:
    """The whitespace-delimited token before ``pos`` (on the same line) and its start."""
    i = pos
    while i > 0 and text[i - 1] in _SP:
        i -= 1
    if i == pos or i == 0 or text[i - 1].isspace():
        return None
    j = i
    limit = max(0, pos - _LEFT_WINDOW)
    while j > limit and not text[j - 1].isspace():
        j -= 1
    return text[j:i], j


def _prev_token(text: str, pos: int) -> str | None:
    """The whitespace-delimited token before ``pos`` (on the same line), or ``None``."""
    found = _prev_token_at(text, pos)
    return None if found is None else found[0]


def _below_thousand(toks: list[tuple[str, int]], i: int, one: int) -> tuple[int | None, int]:
    """Read a cardinal below 1000 from morpheme tokens: [unit|teen] hundert [unit und] tens.

    Values are integers in units of ``1 / lexicon.denominator`` (``one`` is 1 in those units).
    """
    n = len(toks)
    value = 0
    read = False
    if i + 1 < n and toks[i][0] in ("unit", "teen") and toks[i + 1][0] == "hundred":
        value += toks[i][1] * 100
        i += 2
        read = True
    elif i < n and toks[i][0] == "hundred":
        value += 100 * one
        i += 1
        read = True
    if i < n:
        kind, amount = toks[i]
        if kind == "unit" and i + 2 < n and toks[i + 1][0] == "and" and toks[i + 2][0] == "tens":
            value += amount + toks[i + 2][1]
            i += 3
            read = True
        elif kind in ("unit", "teen", "tens"):
            value += amount
            i += 1
            read = True
    return (value if read else None), i


def parse_spelled(word: str, lexicon: Lexicon) -> Fraction | None:
    """Value of one spelled-out cardinal word, glued ("zweihundertvierundfünfzig"), or ``None``.

    A lone "ein" is an article, not a number, and gives ``None``.
    """
    units = _spelled_units(word.lower(), lexicon)
    return None if units is None else Fraction(units, lexicon.denominator)


def _parse_spelled_cached(word: str, lexicon: Lexicon) -> Fraction | None:
    """``parse_spelled`` memoised per word in a bounded cache on the lexicon."""
    cache = lexicon.spelled_cache
    if word in cache:
        return cache[word]
    value = parse_spelled(word, lexicon)
    if len(cache) >= _FAST_CACHE_LIMIT:
        cache.clear()
    cache[word] = value
    return value


def _spelled_units(low: str, lexicon: Lexicon) -> int | None:
    """``parse_spelled`` of the lowercase ``low`` in units of ``1 / lexicon.denominator``."""
    forms = lexicon.morpheme_re.findall(low)  # longest morpheme first: "dreizehn", not "drei"
    if sum(map(len, forms)) != len(low):
        return None
    if forms == ["ein"] or "eins" in forms[:-1]:
        return None
    scaled = lexicon.scaled_morphemes
    toks = [scaled[f] for f in forms]
    one = lexicon.denominator
    if toks[0][0] == "fraction":
        if len(toks) == 1 and toks[0][1] > one:
            return toks[0][1]
        return None
    head, i = _below_thousand(toks, 0, one)
    if i < len(toks) and toks[i][0] == "thousand":
        total = (head if head is not None else one) * 1000
        tail, i = _below_thousand(toks, i + 1, one)
        total += tail or 0
    elif head is None:
        return None
    else:
        total = head
    if i < len(toks) and toks[i][0] == "fraction" and toks[i][1] < one and total > 0:
        total += toks[i][1]
        i += 1
    return total if i == len(toks) else None


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
        units = _spelled_units(low, lexicon)
        one = lexicon.denominator
        if units is None:
            info = _GIVE_UP
        elif units % one == 0:
            info = units // one
        else:
            info = Fraction(units, one)
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


def _read_digits(text: str, pos: int, glue_spaces: bool) -> tuple[Fraction, int, str] | None:
    """Read digits at ``pos``: (value, end, form) with form plain/grouped/decimal/point."""
    match = _GROUPED_RE.match(text, pos)
    if match and (glue_spaces or match.group(2) not in rules_de.SPACE_SEPARATORS):
        sep = match.group(2)
        end = match.end()
        digits = match.group(1) + match.group(3).replace(sep, "")
        dec = (_SWISS_DEC_RE if sep in rules_de.SWISS_SEPARATORS else _COMMA_DEC_RE).match(
            text, end
        )
        if dec:
            digits += "." + dec.group(1)
            end = dec.end()
        if (
            not _BAD_TAIL_RE.match(text, end)
            and not (len(match.group(1)) > 1 and digits[0] == "0")
            and len(digits) <= _MAX_DIGITS
        ):
            return Fraction(digits), end, "grouped"
    match = _COMMA_NUM_RE.match(text, pos)
    if match:
        if _BAD_TAIL_RE.match(text, match.end()) or len(match.group(0)) > _MAX_DIGITS:
            return None
        return Fraction(f"{match.group(1)}.{match.group(2)}"), match.end(), "decimal"
    match = _POINT_NUM_RE.match(text, pos)
    if match and not _BAD_TAIL_RE.match(text, match.end()):
        return Fraction(f"{match.group(1)}.{match.group(2)}"), match.end(), "point"
    match = _PLAIN_RE.match(text, pos)
    if match is None:
        return None
    raw = match.group(0)
    if (
        _BAD_TAIL_RE.match(text, match.end())
        or (len(raw) > 1 and raw[0] == "0")
        or len(raw) > _MAX_DIGITS
    ):
        return None
    return Fraction(int(raw)), match.end(), "plain"


def _scale_at(text: str, pos: int, lexicon: Lexicon) -> tuple[Fraction, int] | None:
    match = lexicon.scale_re.match(text, pos)
    if match is None:
        return None
    return lexicon.scales[match.group(1).lower()], match.end()


_CAP_WORD_RE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*)[ \u00a0\u202f]*")
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")


def _numbered_unit_follows(text: str, pos: int) -> bool:
    """A military unit after "<digits>.": up to three capitalised adjectives, then a unit noun
    or a compound ending in one ("47. Mechanisierte Brigade", "3. Separate Sturmbrigade")."""
    for _ in range(4):
        match = _CAP_WORD_RE.match(text, pos)
        if match is None:
            return False
        word = match.group(1).lower()
        if word.endswith(rules_de.ORDINAL_UNIT_SUFFIXES):
            return True
        if not word.endswith(_ADJ_ENDINGS) or "-" in word:
            return False
        pos = match.end()
    return False


def _is_ordinal(text: str, end: int, prev: str | None) -> bool:
    """ "47." before a word: an ordinal (or a date) unless it ends a sentence ("auf 35. Das")."""
    if text.startswith(".)", end):
        return True  # "(85.)": a minute or a rank in brackets
    match = _AFTER_DOT_RE.match(text, end)
    if match is None:
        return False
    nxt = match.group(1)
    if not nxt[0].isalpha() or not nxt[0].isupper():
        return True
    bare = nxt.lower().rstrip(".,;:!?")
    if bare in rules_de.MONTHS or bare in rules_de.ORDINAL_NOUNS:
        return True
    if _numbered_unit_follows(text, match.start(1)):
        return True
    if prev is None or not prev[0].isalpha():
        return True
    return prev.lower() in rules_de.ORDINAL_DETERMINERS


def read_quantity(
    text: str, pos: int, lexicon: Lexicon, *, standalone: bool = False
) -> Quantity | None:
    """Read one quantity (numeral plus scale) starting exactly at ``pos``, or ``None``.

    In running text (``standalone=False``) digits are checked against their context: dates,
    clock times, ordinals and designations give ``None``.
    """
    if pos >= len(text):
        return None
    if text[pos].isdigit():
        return _read_digit_quantity(text, pos, lexicon, standalone)
    return _read_word_quantity(text, pos, lexicon)


def _read_digit_quantity(
    text: str, pos: int, lexicon: Lexicon, standalone: bool
) -> Quantity | None:
    prev = None if standalone else _prev_token(text, pos)
    reference = prev is not None and prev.lower().rstrip(":") in rules_de.REFERENCE_WORDS
    if not standalone and _ISO_DATE_RE.match(text, pos):
        return None
    read = _read_digits(text, pos, glue_spaces=not reference)
    if read is None:
        return _read_scale_compound(text, pos, lexicon)
    value, end, form = read
    scale = _scale_at(text, end, lexicon)
    if form == "point" and scale is None and not _money_around(text, pos, end, lexicon):
        return None  # "14.30", "3.5": a time or version, never "3,5" (see docs/numbers.md)
    if scale is not None:
        return Quantity(pos, scale[1], value * scale[0], scale=scale[0], digits=True)
    if (
        not standalone
        and form == "plain"
        and text.startswith(".", end)
        and _is_ordinal(text, end, prev)
    ):
        return None
    return Quantity(pos, end, value, digits=True, plain=form == "plain")


_COMPOUND_DIGITS_RE = re.compile(r"(\d{1,3})(?:,(\d+))?(?=[\-\u2010])")


def _read_scale_compound(text: str, pos: int, lexicon: Lexicon) -> Quantity | None:
    """Digits hyphenated to a scale word: "100-Millionen-Dollar-Hilfe", "2,5-Milliarden-Paket"."""
    match = _COMPOUND_DIGITS_RE.match(text, pos)
    if match is None or (match.group(1)[0] == "0" and len(match.group(1)) > 1):
        return None
    scale = lexicon.scale_compound_re.match(text, match.end())
    if scale is None:
        return None
    factor = lexicon.scales[scale.group(1).lower()]
    if factor < 1000:
        return None  # "3-Drittel", "5-Hundert-": only million-like scales make such compounds
    digits = match.group(1) + ("." + match.group(2) if match.group(2) else "")
    value = Fraction(digits) * factor
    return Quantity(pos, scale.end(), value, scale=factor, digits=True, compound=True)


def _money_around(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A currency right before or after the number: "27.80 Franken", "CHF 27.80"."""
    if start and text[start - 1] in "$€£":
        return True
    if _prev_token(text, start) in rules_de.CURRENCY_PREFIXES:
        return True
    return _money_after(text, end, lexicon)


def _money_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """A listed currency right after ``end``: "Franken", "CHF", "Fr."."""
    match = _UNIT_SYMBOL_RE.match(text, end) or _UNIT_WORD_RE.match(text, end)
    if match is None:
        return False
    form = match.group(1)
    if form not in lexicon.units and match.lastindex == 2 and match.group(2):
        form += match.group(2)
    return lexicon.units.get(form, ("", ""))[1] == "money"


def _read_word_quantity(text: str, pos: int, lexicon: Lexicon) -> Quantity | None:
    match = _WORD_RE.match(text, pos)
    if match is None:
        return None
    word = match.group(0)
    low = word.lower()
    end = match.end()
    if text[end : end + 1] in ("-", "\u2010") and text[end + 1 : end + 2].isalpha():
        return None  # a compound: "Zwei-Staaten-Lösung"
    if low in rules_de.SHARE_DETERMINERS:
        return _read_share(text, pos, end, lexicon)
    fraction = rules_de.FRACTION_NOUNS.get(low)
    if fraction is not None:
        found = _prev_token_at(text, pos)
        if found is None or found[0].lower() != "die":
            return None  # "in der zweiten Hälfte": a part, not a number
        return Quantity(found[1], end, Fraction(*fraction), scale=Fraction(*fraction))
    if low in lexicon.articles or low in lexicon.halves:
        factor = Fraction(1)
        after = end
        if low in lexicon.halves:
            factor = lexicon.morphemes.get("einhalb", ("fraction", Fraction(1, 2)))[1]
        else:
            half = _NEXT_WORD_RE.match(text, end)
            if half and half.group(1).lower() in lexicon.halves:
                factor = Fraction(1, 2)
                after = half.end()
        scale = _scale_at(text, after, lexicon)
        if scale is None:
            return None
        return _continue(text, Quantity(pos, scale[1], factor * scale[0], scale=scale[0]), lexicon)
    if low in lexicon.vague or low in lexicon.plural_scales:
        bound = lexicon.vague.get(low)
        if bound is None:
            bound = 2 * lexicon.scales[low]
        scale = _scale_at(text, end, lexicon)
        if scale is not None and scale[0] > 12:
            return Quantity(pos, scale[1], None, low=bound * scale[0], scale=scale[0])
        return Quantity(pos, end, None, low=bound)
    value = _parse_spelled_cached(word, lexicon)
    if value is None:
        return None
    bare = low in ("hundert", "tausend")
    scale = _scale_at(text, end, lexicon)
    if scale is None:
        return Quantity(pos, end, value, bare_multiplier=bare)
    quantity = Quantity(pos, scale[1], value * scale[0], scale=scale[0], bare_multiplier=bare)
    return _continue(text, quantity, lexicon)


_ORDINAL_ENDINGS = ("en", "er", "em", "es", "e")


def _ordinal_value(word: str, lexicon: Lexicon) -> int | None:
    """The number of a written ordinal from 2 on ("Dritte" 3, "fünften" 5, "zwanzigste" 20)."""
    low = word.lower()
    for ending in _ORDINAL_ENDINGS:
        if low.endswith(ending):
            stem = low[: -len(ending)]
            break
    else:
        return None
    if stem in rules_de.ORDINAL_STEMS:
        return rules_de.ORDINAL_STEMS[stem]
    for cut in ("st", "t"):
        if stem.endswith(cut) and len(stem) > len(cut) + 2:
            value = parse_spelled(stem[: -len(cut)], lexicon)
            if value is not None and value >= 2 and value.denominator == 1:
                return int(value)
    return None


def _read_share(text: str, pos: int, end: int, lexicon: Lexicon) -> Quantity | None:
    """ "jeder Dritte", "jede fünfte Schweizerin": the share 1/n."""
    nxt = _NEXT_WORD_RE.match(text, end)
    if nxt is None:
        return None
    word = nxt.group(1).rstrip(".")  # "jeder Zwanzigste." ends a sentence
    n = _ordinal_value(word, lexicon)
    if n is None:
        return None
    return Quantity(pos, nxt.start(1) + len(word), Fraction(1, n), scale=Fraction(1, n))


def _continue(text: str, quantity: Quantity, lexicon: Lexicon) -> Quantity:
    """Add a smaller spelled part after a scale: "zwei Millionen dreihunderttausend"."""
    if quantity.scale is None or quantity.value is None or quantity.scale < 1000:
        return quantity
    nxt = _NEXT_WORD_RE.match(text, quantity.end)
    if nxt is None or nxt.group(1).endswith("."):
        return quantity
    rest = _read_word_quantity(text, nxt.start(1), lexicon)
    if rest is None or rest.value is None or rest.value >= quantity.scale:
        return quantity
    return Quantity(quantity.start, rest.end, quantity.value + rest.value, scale=quantity.scale)


def _unit_lemma(word: str, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """Lemma and kind of a unit word: listed, or a compound ending in a listed noun."""
    known = lexicon.units.get(word)
    if known is not None:
        return known
    for i in range(1, len(word) - 3):
        found = lexicon.unit_suffixes.get(word[i:].lower())
        if found is not None:
            lemma = found[0]
            head = word[:i]
            return (head + lemma if head[-1] in "-\u2010" else head + lemma.lower()), found[1]
    return None, None


@dataclass(slots=True)
class _Unit:
    text: str | None = None
    lemma: str | None = None
    kind: str | None = None
    start: int | None = None
    end: int | None = None
    blocked: bool = False


_VON_RE = re.compile(r"[ \u00a0\u202f]+von(?=[ \u00a0\u202f])")
_COMPOUND_UNIT_RE = re.compile(r"[\-\u2010]([^\W\d_]+)(?:[\-\u2010]([^\W\d_]+))?")


def _read_unit(
    text: str, pos: int, lexicon: Lexicon, vague: bool = False, compound: bool = False
) -> _Unit:
    """The counted noun or unit after a quantity, skipping up to two adjectives.

    After a vague plural, "von" may come first: "Tausende von Menschen". Inside a compound
    only a listed unit between hyphens is read: "100-Millionen-Dollar-Hilfe".
    """
    if compound:
        part = _COMPOUND_UNIT_RE.match(text, pos)
        if part is not None:
            for form in (text[part.start(1) : part.end()], part.group(1)):
                known = lexicon.units.get(form)
                if known is not None:  # "-US-Dollar-Hilfe", "-Dollar-Hilfe"
                    return _Unit(form, *known, part.start(1), part.start(1) + len(form))
        return _Unit()
    if vague:
        von = _VON_RE.match(text, pos)
        if von is not None:
            pos = von.end()
    elif text.startswith((".-", ".\u2013", ".\u2014"), pos) and _money_after(
        text, pos + 2, lexicon
    ):
        pos += 2  # Swiss whole amounts: "1'000.- Franken", "50.– Fr."
    symbol = _UNIT_SYMBOL_RE.match(text, pos)
    if symbol:
        lemma, kind = lexicon.units.get(symbol.group(1), (None, None))
        return _Unit(symbol.group(1), lemma, kind, symbol.start(1), symbol.end(1))
    glued = _GLUED_UNIT_RE.match(text, pos)
    if glued:  # "100km" is a unit, "5G" is a designation
        for form in (glued.group(1) + glued.group(2), glued.group(1)):
            if form in lexicon.units:
                lemma, kind = lexicon.units[form]
                return _Unit(form, lemma, kind, pos, pos + len(form))
        return _Unit(blocked=True)
    for i in range(3):
        match = _UNIT_WORD_RE.match(text, pos)
        if match is None:
            break
        word, dot = match.group(1), match.group(2)
        if dot and word + dot in lexicon.units:
            word += dot
        lowered = word.lower()
        if i == 0 and (lowered in rules_de.NON_COUNT_FOLLOWERS or lowered + dot in rules_de.MONTHS):
            return _Unit(blocked=True)
        if word in lexicon.units or word[0].isupper():
            lemma, kind = _unit_lemma(word, lexicon)
            return _Unit(word, lemma, kind, match.start(1), match.start(1) + len(word))
        if (
            dot
            or len(word) < 3
            or lowered in rules_de.NOT_ADJECTIVES
            or lowered in lexicon.scales
            or not lowered.endswith(_ADJ_ENDINGS)
        ):
            break
        pos = match.end(1)
    return _Unit()


def _bounds(value: Fraction, qualifier: str | None) -> tuple[Fraction | None, Fraction | None]:
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("at_most", "less_than"):
        return None, value
    return value, value


def _year_like(quantity: Quantity | None) -> bool:
    return (
        quantity is not None
        and quantity.plain
        and quantity.value is not None
        and _YEAR_MIN <= quantity.value <= _YEAR_MAX
    )


_GOVERNOR_RES: dict[str, re.Pattern[str]] = {
    phrase: re.compile("|".join(f"(?:{p})" for p in patterns))
    for phrase, patterns in rules_de.GOVERNED_QUALIFIERS.items()
}
_REFLEXIVES = frozenset({"sich", "mich", "dich", "uns", "euch"})
_COUNT_NOUN_RE = re.compile(r"(?i:zahl)(?:en)?(?![^\W\d_])[^.!?;:]*\Z")
_COMPARISON_RE = re.compile(r"[ \u00a0\u202f]+(?:von|zu|der|aus|gegen)[ \u00a0\u202f]+\d")
_POSTAL_AFTER = frozenset({"", ",", ";", ".", ")", "\n", "\r"})


def _governed(text: str, pos: int, pattern: re.Pattern[str]) -> bool:
    """The word before a weak qualifier governs it as a preposition ("verfügt über")."""
    found = _prev_token_at(text, pos)
    if found is not None and found[0].lower() in _REFLEXIVES:
        found = _prev_token_at(text, found[1])  # "informierte sich über"
    return found is not None and pattern.fullmatch(found[0].lower()) is not None


def _name_context(text: str, end: int, word: str) -> bool:
    """A capitalised word before a bare number reads as a name ("Rossiya 1", "Windows 11").

    Not when the word is a sentence-initial function word ("Mit 312 zu 294") or a time noun
    ("am Morgen 43"), or when a comparison follows the number ("Nacht 43 von 57 Drohnen").
    """
    if len(word) == 1:
        return True  # "auf der A 9", "(D 1)": a road or a network
    lowered = word.lower()
    if lowered in rules_de.FUNCTION_WORDS or lowered.endswith(rules_de.TIME_NOUN_ENDINGS):
        return False
    return _COMPARISON_RE.match(text, end) is None


def _postal_code(text: str, start: int, unit: _Unit) -> bool:
    """ "1010 Wien" at the start of a line or after a comma, with the place closing the phrase."""
    if unit.text is None or unit.kind is not None or unit.start != start + 5:
        return False
    if not unit.text[0].isupper() or text[start + 4] != " " or unit.end is None:
        return False
    if text[unit.end : unit.end + 1] not in _POSTAL_AFTER:
        return False
    prev = _prev_token(text, start)
    return prev is None or prev[-1] in ",;"


def _clock_context(text: str, start: int) -> bool:
    """ "halb neun", "Viertel nach acht", "dreiviertel neun": a clock time."""
    found = _prev_token_at(text, start)
    if found is None:
        return False
    word = found[0].lower()
    if word in rules_de.CLOCK_WORDS:
        return True
    if word in ("nach", "vor"):
        before = _prev_token(text, found[1])
        return before is not None and before.lower() in rules_de.CLOCK_WORDS
    return False


def _count_noun_context(text: str, start: int, prev_lower: str) -> bool:
    """ "Die Zahl stieg auf 2000": a year-like number after a count noun and auf/um/von."""
    if prev_lower not in rules_de.COUNT_NOUN_PREPOSITIONS:
        return False
    return _COUNT_NOUN_RE.search(text, max(0, start - 2 * _LEFT_WINDOW), start) is not None


def _mention_at(text: str, pos: int, lexicon: Lexicon) -> tuple[NumberMention | None, int]:
    """Run the grammar at an anchor; return the mention (or ``None``) and where to go on."""
    if pos and text[pos - 1] == "+":
        phone = _PHONE_RE.match(text, pos)
        if phone is not None:
            return None, phone.end()  # "+49 30 1234567"
    first = read_quantity(text, pos, lexicon)
    if first is None:
        skip = (_RUN_RE if text[pos].isdigit() else _WORD_RE).match(text, pos)
        return None, skip.end() if skip else pos + 1
    start = first.start
    left = text[max(0, start - _LEFT_WINDOW) : start]
    prev = _prev_token(text, start)
    prev_lower = prev.lower() if prev is not None else ""
    second: Quantity | None = None
    between = _ZWISCHEN_RE.search(left) if prev_lower == "zwischen" else None
    joint = _UND_RE.match(text, first.end) if between else _RANGE_RE.match(text, first.end)
    if joint and first.value is not None:
        candidate = read_quantity(text, joint.end(), lexicon)
        if candidate is not None and candidate.value is not None:
            begin = first.value
            if first.scale is None and candidate.scale is not None:
                scaled = begin * candidate.scale  # "fünf bis sechs Millionen"
                if scaled <= candidate.value:
                    begin = scaled
            if candidate.value > begin:
                first = Quantity(
                    first.start,
                    first.end,
                    begin,
                    scale=first.scale,
                    digits=first.digits,
                    plain=first.plain,
                )
                second = candidate
    end = second.end if second else first.end
    if second is None and text[end : end + 1] in ("-", "\u2010") and text[end + 1 : end + 2] in _SP:
        return None, end + 1  # "16- bis 24-Jährige", "3- und 4-Zimmer-Wohnungen": a compound

    base = max(0, start - _LEFT_WINDOW)
    qualifier: str | None = None
    phrase = ""
    strong = False
    mention_start = start
    unit: _Unit | None = None
    if second is not None and between is not None:
        mention_start = base + between.start()
    else:
        currency = None
        if (start and text[start - 1] in "$€£") or prev in rules_de.CURRENCY_PREFIXES:
            currency = _CURRENCY_RE.search(left)
        if currency is not None:  # "$ 94.000", "CHF 100 Mio."
            lemma, kind = lexicon.units.get(currency.group(1), (None, None))
            unit = _Unit(
                currency.group(1), lemma, kind, base + currency.start(1), base + currency.end(1)
            )
            left = left[: currency.start()]
        det = _VAGUE_DET_RE.search(left) if first.bare_multiplier else None
        qual = None
        if first.value is not None and (
            currency is not None or prev_lower in lexicon.qualifier_last_words
        ):
            qual = lexicon.qualifier_re.search(left)
        if det is not None and first.value is not None:  # "mehrere Tausend"
            first = Quantity(first.start, first.end, None, low=2 * first.value)
            mention_start = base + det.start()
        elif qual is not None and second is None:
            phrase = qual.group(1).lower()
            qualifier, strong = lexicon.qualifiers[phrase]
            mention_start = base + qual.start()
    if unit is None:
        unit = _read_unit(text, end, lexicon, vague=first.value is None, compound=first.compound)
    if unit.blocked:
        return None, end
    if (
        qualifier is not None
        and phrase in _GOVERNOR_RES
        and unit.kind != "time"
        and _governed(text, mention_start, _GOVERNOR_RES[phrase])
    ):
        qualifier, strong, mention_start = None, False, start  # "verfügt über 110 Mandate"

    if first.plain and unit.text is None and qualifier is None:
        prev = _prev_token(text, start)
        if prev is not None and prev.isdigit():
            return None, end  # "0 44 21 - 99 85 85", table cells: a digit sequence
    if first.digits and first.scale is None and qualifier is None and second is None:
        prev = _prev_token(text, start)
        if prev is not None:
            if prev.lower().rstrip(":") in rules_de.REFERENCE_WORDS:
                return None, end
            word = prev.lstrip(_OPENERS)
            if first.plain and word.lower() in rules_de.DESIGNATION_WORDS:
                return None, end  # "Boeing 737 Max", "iPhone 15": a product designation
            if (
                first.plain
                and unit.text is None
                and word[:1].isupper()
                and word.isalpha()
                and _name_context(text, end, word)
            ):
                return None, end  # "Rossiya 1", "Windows 11", "(D 1)": part of a name
            if first.plain and prev in ("/", "-"):
                return None, end  # "07561 / 3128", "527 / 95": a phone or file number
            if first.plain and prev[0] in "+0" and prev[1:2].isdigit():
                return None, end  # the rest of a phone number: "+49 30 ..."
        if first.plain and first.end - first.start >= 5 and unit.kind is None:
            return None, end  # a long ungrouped digit string is an identifier or phone number
        if first.plain and first.end - first.start == 4 and _postal_code(text, start, unit):
            return None, end  # "1010 Wien", "Stadtpolizei, 8001 Zürich": an address
    if (
        unit.text is None
        and second is None
        and qualifier is None
        and first.value is not None
        and first.value <= 12
        and _clock_context(text, start)
    ):
        return None, end  # "um halb neun", "Viertel nach 8": a clock time
    if (
        not first.digits
        and second is None
        and unit.text is None
        and qualifier is None
        and text[start].isupper()
    ):
        prev = _prev_token(text, start)
        word = prev.lstrip(_OPENERS) if prev is not None else ""
        if word in rules_de.NAME_TITLES or (word[:1].isupper() and word.isalpha()):
            return None, end  # "Dr. Sieben", "Nummer EINS": a name, not a count
    if not first.digits and unit.text is None and qualifier is None and second is None:
        prev = _prev_token(text, start)
        if prev is not None and prev.lower().rstrip(":") in rules_de.REFERENCE_WORDS:
            return None, end  # "auf Rang fünf", "Nummer eins"
    if _year_like(first) and (second is None or _year_like(second)):
        listed = unit.text is not None and unit.kind is not None
        counted = second is None and _count_noun_context(text, start, prev_lower)
        if not listed and not strong and not counted:
            return None, end

    value: Fraction | None = first.value
    low: Fraction | None
    high: Fraction | None
    if first.value is None:
        low, high, qualifier = first.low, None, "vague"
    elif second is not None:
        low, high, qualifier = first.value, second.value, "range"
    else:
        low, high = _bounds(first.value, qualifier)
    mention = NumberMention(
        text=text[mention_start:end],
        start=mention_start,
        end=end,
        value=None if value is None else to_number(value),
        low=None if low is None else to_number(low),
        high=None if high is None else to_number(high),
        qualifier=qualifier,
        unit=unit.text,
        unit_lemma=unit.lemma,
        unit_start=unit.start,
        unit_end=unit.end,
    )
    return mention, end


def unit_kind(mention: NumberMention, lexicon: Lexicon) -> str | None:
    """The kind of a mention's unit ("percent", "money", ...) from the unit list, or ``None``."""
    if mention.unit is None:
        return None
    return _unit_lemma(mention.unit, lexicon)[1]


def scan(text: str, lexicon: Lexicon) -> list[NumberMention]:
    """Every number mention in ``text``, in order (see ``find_numbers``)."""
    mentions: list[NumberMention] = []
    anchor = lexicon.anchor_re
    pos = 0
    length = len(text)
    while pos < length:
        match = anchor.search(text, pos)
        if match is None:
            break
        mention, pos = _mention_at(text, match.start(), lexicon)
        if mention is not None:
            mentions.append(mention)
    return mentions

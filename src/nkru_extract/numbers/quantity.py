"""Read one quantity at a position: digits or number words, with scale, fraction and unit.

``read_quantity`` is the unit of the grammar below a mention (see ``grammar.py``): a numeral
written with digits ("100.000", "1'250.50", "2,3 Mrd.", "100-Millionen-") or words (via
``spelled.py``), with its scale word; in running text digits are checked against their context
(dates, clock times, ordinals, designations give ``None``). ``read_unit`` reads the counted noun
or unit after it. Pure Python; values are exact ``Fraction``s.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

from nkru_extract.numbers import rules_de
from nkru_extract.numbers.lexicon import Lexicon
from nkru_extract.numbers.spelled import is_number_word, parse_spelled, read_spoken_run

__all__ = [
    "LEFT_WINDOW",
    "OPENERS",
    "SPACES",
    "WORD_RE",
    "Quantity",
    "Unit",
    "prev_token",
    "prev_token_at",
    "read_quantity",
    "read_unit",
    "to_number",
    "unit_lemma",
]

SPACES = " \u00a0\u202f\u2009"
_GROUPED_RE = re.compile(
    r"(\d{1,3})([.'\u2019 \u00a0\u202f\u2009])(\d{3}(?:\2\d{3}){0,8})(?!\d|\2\d)"
)
_COMMA_DEC_RE = re.compile(r",(\d+)")
_SWISS_DEC_RE = re.compile(r"[.,](\d+)")
_COMMA_NUM_RE = re.compile(r"(\d+),(\d+)")
_POINT_NUM_RE = re.compile(r"(\d+)\.(\d{1,2})(?!\d)")
_PLAIN_RE = re.compile(r"\d+")
_BAD_TAIL_RE = re.compile(r"[.,:/'\u2019]\d|[-\u2010][^\W\d_]")
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?(?!\d)")
WORD_RE = re.compile(r"[^\W\d_]+")
_NEXT_WORD_RE = re.compile(r"[ \u00a0\u202f\u2009]+([^\W\d_]+\.?)")
_AFTER_DOT_RE = re.compile(r"\.[ \u00a0\u202f]+(\S+)")
_UNIT_SYMBOL_RE = re.compile(r"[ \u00a0\u202f]?(%|‰|\$|€|£)")
_UNIT_WORD_RE = re.compile(r"[ \u00a0\u202f]+([^\W\d_][\w\-\u2010$]*[^\W_]|[^\W\d_])(\.?)")
_GLUED_UNIT_RE = re.compile(r"([^\W\d_]+)(\.?)")
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_HYPHEN_UNIT_RE = re.compile(r"[\-\u2010]([^\W\d_]+)(?![^\W\d_])")
_UND_RE = re.compile(r"[ \u00a0\u202f]+und[ \u00a0\u202f]+")
LEFT_WINDOW = 40
_MAX_DIGITS = 30  # longer digit strings are identifiers, never counts
_CACHE_LIMIT = 8192  # entries in the per-word cache on the lexicon
OPENERS = "([„“\"'«»‚‹›"


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


def prev_token_at(text: str, pos: int) -> tuple[str, int] | None:
    """The whitespace-delimited token before ``pos`` (on the same line) and its start."""
    i = pos
    while i > 0 and text[i - 1] in SPACES:
        i -= 1
    if i == pos or i == 0 or text[i - 1].isspace():
        return None
    j = i
    limit = max(0, pos - LEFT_WINDOW)
    while j > limit and not text[j - 1].isspace():
        j -= 1
    return text[j:i], j


def prev_token(text: str, pos: int) -> str | None:
    """The whitespace-delimited token before ``pos`` (on the same line), or ``None``."""
    found = prev_token_at(text, pos)
    return None if found is None else found[0]


def _parse_spelled_cached(word: str, lexicon: Lexicon) -> Fraction | None:
    """``parse_spelled`` memoised per word in a bounded cache on the lexicon."""
    cache = lexicon.spelled_cache
    if word in cache:
        return cache[word]
    value = parse_spelled(word, lexicon)
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[word] = value
    return value


_ONE = Fraction(1)


def _decimal(whole: str, part: str) -> Fraction:
    """ "1", "25" -> 1.25 exactly, as ``Fraction("1.25")`` but without its string parsing."""
    return Fraction(int(whole + part), 10 ** len(part))


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
            value = Fraction(digits) if "." in digits else Fraction(int(digits))  # int: faster
            return value, end, "grouped"
    match = _COMMA_NUM_RE.match(text, pos)
    if match:
        if _BAD_TAIL_RE.match(text, match.end()) or len(match.group(0)) > _MAX_DIGITS:
            return None
        return _decimal(match.group(1), match.group(2)), match.end(), "decimal"
    match = _POINT_NUM_RE.match(text, pos)
    if match and not _BAD_TAIL_RE.match(text, match.end()):
        return _decimal(match.group(1), match.group(2)), match.end(), "point"
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
    if text[pos].isalpha():
        return _read_word_quantity(text, pos, lexicon)
    vulgar = vulgar_value(text[pos])
    return None if vulgar is None else Quantity(pos, pos + 1, vulgar, digits=True)


def vulgar_value(char: str) -> Fraction | None:
    """The value of a Unicode vulgar fraction ("½" 1/2, "⅙" 1/6), else ``None``."""
    if char.isdigit() or unicodedata.category(char) != "No":
        return None
    try:
        value = Fraction(unicodedata.numeric(char)).limit_denominator(1000)
    except ValueError:
        return None
    return value if 0 < value < 1 else None


def _unit_compound(text: str, end: int, lexicon: Lexicon) -> bool:
    """A listed money or measure unit hyphenated to the number: "20-Tonnen", "300-Franken"."""
    match = _HYPHEN_UNIT_RE.match(text, end)
    if match is None:
        return False
    info = lexicon.units.get(match.group(1))
    return info is not None and info[1] in ("money", "measure")


def _read_digit_quantity(
    text: str, pos: int, lexicon: Lexicon, standalone: bool
) -> Quantity | None:
    prev = None if standalone else prev_token(text, pos)
    reference = prev is not None and prev.lower().rstrip(":") in rules_de.REFERENCE_WORDS
    if not standalone and _ISO_DATE_RE.match(text, pos):
        return None
    read = _read_digits(text, pos, glue_spaces=not reference)
    if read is None:
        plain = _PLAIN_RE.match(text, pos)
        if (
            plain is not None
            and raw_ok(plain.group(0))
            and _unit_compound(text, plain.end(), lexicon)
        ):
            value = Fraction(int(plain.group(0)))
            return Quantity(pos, plain.end(), value, digits=True, compound=True)
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
    if form == "plain" and end < len(text):
        part = vulgar_value(text[end])
        if part is not None:  # "2½"
            return Quantity(pos, end + 1, value + part, digits=True)
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


def raw_ok(raw: str) -> bool:
    """A plain digit string that can be a count: no leading zero, not too long."""
    return not (len(raw) > 1 and raw[0] == "0") and len(raw) <= _MAX_DIGITS


def _money_around(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A currency right before or after the number: "27.80 Franken", "CHF 27.80"."""
    if start and text[start - 1] in "$€£":
        return True
    if prev_token(text, start) in rules_de.CURRENCY_PREFIXES:
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
    match = WORD_RE.match(text, pos)
    if match is None:
        return None
    word = match.group(0)
    low = word.lower()
    end = match.end()
    compound = False
    if text[end : end + 1] in ("-", "\u2010") and text[end + 1 : end + 2].isalpha():
        if not _unit_compound(text, end, lexicon):
            return None  # a compound: "Zwei-Staaten-Lösung"
        compound = True  # "dreihundert-Franken"
    if low in rules_de.SHARE_DETERMINERS:
        return _read_share(text, pos, end, lexicon)
    fraction = rules_de.FRACTION_NOUNS.get(low)
    if fraction is not None:
        found = prev_token_at(text, pos)
        if found is None or found[0].lower() != "die":
            return None  # "in der zweiten Hälfte": a part, not a number
        return Quantity(found[1], end, Fraction(*fraction), scale=Fraction(*fraction))
    if low in lexicon.articles or low in lexicon.halves:
        factor = _ONE
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
            if after != end and _CAPITAL_NEXT_RE.match(text, after):
                return Quantity(pos, after, factor)  # "ein halbes Jahr"
            if low not in lexicon.articles or _UND_RE.match(text, end) is None:
                return None
            spoken = read_spoken_run(text, pos, end, lexicon)  # "ein und zwanzig"
            return None if spoken is None else Quantity(pos, spoken[1], spoken[0])
        quantity = Quantity(pos, scale[1], factor * scale[0], scale=scale[0])
        return _spoken(text, pos, _continue(text, quantity, lexicon), lexicon)
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
    if compound:
        return Quantity(pos, end, value, compound=True)
    bare = low in ("hundert", "tausend")
    nxt = _NEXT_WORD_RE.match(text, end)
    if nxt is None or not _may_continue(nxt.group(1).lower(), lexicon):
        return Quantity(pos, end, value, bare_multiplier=bare)  # prose goes on: the common case
    value, end = _spelled_fraction(text, end, value, lexicon)
    scale = _scale_at(text, end, lexicon)
    if scale is None:
        quantity = Quantity(pos, end, value, bare_multiplier=bare)
    else:
        quantity = Quantity(pos, scale[1], value * scale[0], scale=scale[0], bare_multiplier=bare)
        quantity = _continue(text, quantity, lexicon)
    return _spoken(text, pos, quantity, lexicon)


def _may_continue(word: str, lexicon: Lexicon) -> bool:
    """The lowercase word after a number word can extend it: a scale ("Mio."), "halbe",
    "und" or another number word."""
    return word in lexicon.scales or word in lexicon.halves or is_number_word(word, lexicon)


def _spoken(text: str, pos: int, quantity: Quantity, lexicon: Lexicon) -> Quantity:
    """The quantity, or a longer spoken number that starts with it ("zwei und zwanzig",
    "Ein hundert ein und dreißig"); not after "zwischen", where "und" ends a range."""
    spoken = read_spoken_run(text, pos, quantity.end, lexicon)
    if spoken is None or (prev_token(text, pos) or "").lower() == "zwischen":
        return quantity
    return Quantity(pos, spoken[1], spoken[0])


def _spelled_fraction(
    text: str, end: int, value: Fraction, lexicon: Lexicon
) -> tuple[Fraction, int]:
    """A fraction after a spelled number: "drei halbe" (3/2), "fünf und drei Viertel"."""
    nxt = _NEXT_WORD_RE.match(text, end)
    if nxt is None:
        return value, end
    low = nxt.group(1).lower()
    if low in lexicon.halves and low != "halb":
        return value / 2, nxt.end()
    joint = _UND_RE.match(text, end)
    if joint is not None:
        part = _read_word_quantity(text, joint.end(), lexicon)
        if (
            part is not None
            and part.value is not None
            and part.scale is not None
            and part.value < 1
            and part.scale < 1
        ):
            return value + part.value, part.end
    return value, end


_CAPITAL_NEXT_RE = re.compile(r"[ \u00a0\u202f]+[A-ZÄÖÜ][a-zäöüß]")
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


def unit_lemma(word: str, lexicon: Lexicon) -> tuple[str | None, str | None]:
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
class Unit:
    text: str | None = None
    lemma: str | None = None
    kind: str | None = None
    start: int | None = None
    end: int | None = None
    blocked: bool = False


_VON_RE = re.compile(r"[ \u00a0\u202f]+von(?=[ \u00a0\u202f])")
_COMPOUND_UNIT_RE = re.compile(r"[\-\u2010]([^\W\d_]+)(?:[\-\u2010]([^\W\d_]+))?")


def read_unit(
    text: str, pos: int, lexicon: Lexicon, vague: bool = False, compound: bool = False
) -> Unit:
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
                    return Unit(form, *known, part.start(1), part.start(1) + len(form))
        return Unit()
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
        return Unit(symbol.group(1), lemma, kind, symbol.start(1), symbol.end(1))
    glued = _GLUED_UNIT_RE.match(text, pos)
    if glued:  # "100km" is a unit, "5G" is a designation
        for form in (glued.group(1) + glued.group(2), glued.group(1)):
            if form in lexicon.units:
                lemma, kind = lexicon.units[form]
                return Unit(form, lemma, kind, pos, pos + len(form))
        form = glued.group(1)
        info = lexicon.units_lower.get(form.lower()) if len(form) > 1 else None
        if info is not None and info[1] == "measure":  # "80Km", "5KG"
            return Unit(form, info[0], info[1], pos, pos + len(form))
        return Unit(blocked=True)
    for i in range(3):
        match = _UNIT_WORD_RE.match(text, pos)
        if match is None:
            break
        word, dot = match.group(1), match.group(2)
        if dot and word + dot in lexicon.units:
            word += dot
        lowered = word.lower()
        if i == 0 and (lowered in rules_de.NON_COUNT_FOLLOWERS or lowered + dot in rules_de.MONTHS):
            return Unit(blocked=True)
        if word in lexicon.units or (
            word[0].isupper() and _parse_spelled_cached(word, lexicon) is None  # "ACHT NEUN"
        ):
            lemma, kind = unit_lemma(word, lexicon)
            return Unit(word, lemma, kind, match.start(1), match.start(1) + len(word))
        if (
            dot
            or len(word) < 3
            or lowered in rules_de.NOT_ADJECTIVES
            or lowered in lexicon.scales
            or not lowered.endswith(_ADJ_ENDINGS)
        ):
            break
        pos = match.end(1)
    return Unit()

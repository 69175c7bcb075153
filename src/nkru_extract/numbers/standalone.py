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
from fractions import Fraction

from nkru_extract.numbers import rules_de
from nkru_extract.numbers.lexicon import Lexicon
from nkru_extract.numbers.quantity import to_number
from nkru_extract.numbers.spelled import parse_spelled

__all__ = ["fast_spelled"]

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
        value = parse_spelled(low, lexicon)
        if value is None:
            info = _GIVE_UP
        elif value.denominator == 1:
            info = int(value)
        else:
            info = value
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

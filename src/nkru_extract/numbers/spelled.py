"""Spelled-out German numbers: the morpheme lattice and the value assembly on top of it.

A number written in words, glued ("zweiunddreißighundertsieben") or spaced the way speech
recognisers write it ("drei hundert sieben und achtzig"), is first *segmented*: every way of
cutting the lowercase letters into morphemes of ``Lexicon.lattice`` is a path through the
lattice (usually one; "eineinhalb" has two: "eine|inhalb" dies, "ein|einhalb" lives). Each path
is then *assembled* by a small recursive-descent grammar over morpheme kinds::

    expression := group {scale ["und"] group} [group below the last scale]
    group      := (cardinal [fraction | decimal] | article | fraction) [half]
    cardinal   := [below-hundred] "hundert" ["und"] [below-hundred] ["tausend" ["und"] ...]
    fraction   := [und] (numerator denominator | "halb") | "einhalb" | "anderthalb"
    decimal    := ("komma" | "punkt") digit-group {digit-group}      (".150", ".05", ".15")

Values are exact ``Fraction``s. The running-text scanner uses ``parse_spelled`` for one word
(no scale words inside it, no lone article); ``parse_spoken`` reads a whole expression for
``parse_number`` (scales, a lone "ein"/"eine" = 1, "keiner" = 0).
"""

from __future__ import annotations

import re
from fractions import Fraction

from nkru_extract.numbers.lexicon import Lexicon

__all__ = [
    "is_number_word",
    "parse_spelled",
    "parse_spoken",
    "read_spoken_run",
    "segment",
    "spelled_number",
]

_Token = tuple[str, int | Fraction, str]  # kind, value (int when integral), form
_Value = int | Fraction
_MAX_PATHS = 12
_CACHE_LIMIT = 8192
_SMALL_KINDS = frozenset({"unit", "teen", "tens"})
_SMALL_OR_HUNDRED = _SMALL_KINDS | {"hundred"}
_NOT_AFTER_ARTICLE = _SMALL_KINDS | {"and", "hundred"}
_ONE_FINAL = "eins"  # "eins" ends a number: "hunderteins", never "einsundzwanzig"
_MAX_WORD = 120  # longer "words" are no number words (keeps the lattice linear in the text)
_MAX_SPOKEN = 600  # letters of a whole spoken expression, spaces removed


def _greedy(low: str, lexicon: Lexicon) -> list[_Token] | None:
    """The longest-first segmentation, or ``None`` if it does not cover ``low``."""
    pattern = lexicon.lattice_re
    if pattern is None or pattern.match(low) is None:
        return None  # no morpheme at the start: most words of prose stop here
    forms = pattern.findall(low)
    if sum(map(len, forms)) != len(low):
        return None
    lattice = lexicon.lattice
    return [(*lattice[f], f) for f in forms]


def _fast_part(text: str, table: dict[str, int]) -> int:
    """``[head] hundert [und] tail`` or a plain ``tail`` below 100 (-1: not plain)."""
    head, found, tail = text.partition("hundert")
    if not found:
        return table.get(text, -1) if text else -1
    if head:
        value = table.get(head, -1)
        if value <= 0 or value > 9 or head == _ONE_FINAL:
            return -1  # "nullhundert", "einshundert", hundreds above nine: the full reader
    else:
        value = 1
    if tail.startswith("und") and len(tail) > 3:
        tail = tail[3:]  # "hundertundsieben"
    rest = table.get(tail, -1) if tail else 0
    return -1 if (rest == 0 and tail) or rest < 0 else value * 100 + rest


def _fast_cardinal(low: str, lexicon: Lexicon) -> int | None:
    """A plain glued cardinal ("dreihunderttausendundvier") by string partition and table
    lookup, or ``None`` when the full reader must decide: the same grammar, the common case."""
    table = lexicon.below_hundred
    plain = table.get(low)
    if plain is not None:
        return plain
    head, found, tail = low.partition("tausend")
    if not found:
        value = _fast_part(low, table)
        return value if value > 0 else None
    if head:
        left = table.get(head)
        if left is None:
            left = _fast_part(head, table)
        if left <= 0 or head.endswith(_ONE_FINAL):
            return None
    else:
        left = 1
    if tail.startswith("und") and len(tail) > 3:
        tail = tail[3:]  # "tausendundneun"
    if not tail:
        return left * 1000
    right = table.get(tail)
    if right is None:
        right = _fast_part(tail, table)
    return left * 1000 + right if right > 0 else None


def _read(low: str, lexicon: Lexicon, scales: bool) -> Fraction | None:
    """Assemble ``low``: the longest-first path when it covers the letters (a longer morpheme
    never hides a reading: "achtzehn", "einhalb"), else every lattice path ("eineinhalb")."""
    greedy = _greedy(low, lexicon)
    if greedy:
        return _assemble([greedy], scales)
    return _assemble(segment(low, lexicon), scales)


def segment(low: str, lexicon: Lexicon) -> list[list[_Token]]:
    """Every way (up to a bound) to cut the lowercase ``low`` into lattice morphemes."""
    cache = lexicon.segment_cache
    found = cache.get(low)
    if found is not None:
        return found  # type: ignore[return-value]
    lattice = lexicon.lattice
    longest = lexicon.lattice_max
    n = len(low)
    # paths[i]: the segmentations of low[i:], built right to left.
    paths: list[list[list[_Token]]] = [[] for _ in range(n + 1)]
    paths[n] = [[]]
    for i in range(n - 1, -1, -1):
        for j in range(min(n, i + longest), i, -1):
            entry = lattice.get(low[i:j])
            if entry is None or not paths[j]:
                continue
            token = (entry[0], entry[1], low[i:j])
            for rest in paths[j]:
                paths[i].append([token, *rest])
                if len(paths[i]) >= _MAX_PATHS:
                    break
            if len(paths[i]) >= _MAX_PATHS:
                break
    result = paths[0]
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[low] = result
    return result


class _Reader:
    """Recursive descent over one segmentation; every method returns (value, next index)."""

    __slots__ = ("kinds", "scales", "toks")

    def __init__(self, toks: list[_Token], scales: bool) -> None:
        self.toks = toks
        self.scales = scales
        self.kinds = [t[0] for t in toks] + ["", "", ""]  # kinds[i] is "" past the end

    def below_hundred(self, i: int) -> tuple[_Value | None, int]:
        kind = self.kinds[i]
        if kind == "unit":
            value = self.toks[i][1]
            if (
                self.kinds[i + 1] == "and"
                and self.kinds[i + 2] == "tens"
                and self.toks[i][2] != _ONE_FINAL
                and value > 0
            ):
                return value + self.toks[i + 2][1], i + 3
            return value, i + 1
        if kind in ("teen", "tens"):
            return self.toks[i][1], i + 1
        return None, i

    def _and_then_small(self, i: int) -> int:
        """Skip an "und" that joins a smaller part ("hundertundsieben", "tausendundneun")."""
        if self.kinds[i] == "and" and self.kinds[i + 1] in _SMALL_OR_HUNDRED:
            return i + 1
        return i

    def below_thousand(self, i: int) -> tuple[_Value | None, int]:
        head, j = self.below_hundred(i)
        if self.kinds[j] != "hundred":
            return head, j
        if head is not None and (head == 0 or self.toks[j - 1][2] == _ONE_FINAL):
            return None, i
        value = (head if head is not None else 1) * 100
        j = self._and_then_small(j + 1)
        tail, k = self.below_hundred(j)
        if tail is not None and tail == 0:
            return None, i
        return value + (tail or 0), k

    def cardinal(self, i: int) -> tuple[_Value | None, int]:
        head, j = self.below_thousand(i)
        if self.kinds[j] != "thousand":
            return head, j
        if head is not None and (head == 0 or head >= 1000 or self.toks[j - 1][2] == _ONE_FINAL):
            return None, i
        if head is not None and head >= 100 and head % 100 == 0 and head // 100 >= 10:
            return None, i  # "zwölfhunderttausend" is not a German numeral
        value = (head if head is not None else 1) * 1000
        j = self._and_then_small(j + 1)
        tail, k = self.below_thousand(j)
        if tail is not None and tail == 0:
            return None, i
        return value + (tail or 0), k

    def numerator(self, i: int) -> tuple[_Value | None, int]:
        if self.kinds[i] == "article":
            return 1, i + 1
        return self.cardinal(i)

    def fraction(self, i: int) -> tuple[_Value | None, int]:
        """A proper fraction: "ein Viertel", "drei viertel", "halb", "einhalb"."""
        kind = self.kinds[i]
        if kind == "fraction":
            return self.toks[i][1], i + 1
        if kind == "half" and self.toks[i][2] == "halb":
            return Fraction(1, 2), i + 1
        num, j = self.numerator(i)
        if num is not None and self.kinds[j] in ("denominator", "half"):
            return num * self.toks[j][1], j + 1
        return None, i

    def decimal(self, i: int) -> tuple[_Value | None, int]:
        """Digits after "komma": each group adds its digits ("null fünf" .05, "fünfzehn" .15)."""
        digits = ""
        j = i
        while self.kinds[j] in _SMALL_KINDS or self.kinds[j] == "hundred":
            value, k = self.below_thousand(j)
            if value is None or k == j:
                break
            digits += str(int(value))
            j = k
        if not digits:
            return None, i
        return Fraction(int(digits), 10 ** len(digits)), j

    def group(self, i: int) -> tuple[_Value | None, int]:
        """One number below a scale word, with its fraction or decimal part."""
        kind = self.kinds[i]
        if kind == "decimal":
            dec, j = self.decimal(i + 1)
            return dec, j
        whole, j = self.cardinal(i)
        if whole is None:
            if kind == "article" and self.kinds[i + 1] not in _NOT_AFTER_ARTICLE:
                whole, j = 1, i + 1
            else:
                return self.fraction(i)
        kind = self.kinds[j]
        if not kind or kind == "scale":
            return whole, j  # the common case: a plain cardinal
        if kind == "decimal":
            dec, k = self.decimal(j + 1)
            return (None, i) if dec is None else (whole + dec, k)
        if kind in ("denominator", "half"):
            if kind == "half" and self.toks[j][2] == "halb":
                return None, i  # "drei halb" is not German
            return whole * self.toks[j][1], j + 1  # "zwei Drittel", "drei halbe"
        if kind == "fraction" and self.toks[j][1] < 1:
            return whole + self.toks[j][1], j + 1  # "zweieinhalb"
        if whole >= 1 and self.toks[j - 1][2] != _ONE_FINAL:
            start = j + 1 if kind == "and" else j
            part, k = self.fraction(start)
            if part is not None and part < 1:
                return whole + part, k  # "fünf und drei Viertel", "zweieinviertel"
        return whole, j

    def expression(self) -> _Value | None:
        toks = self.toks
        total: _Value = 0
        last: _Value | None = None
        i = 0
        while True:
            value, j = self.group(i)
            if value is None:
                if self.kinds[i] == "scale" and i == 0 and self.scales:
                    value, j = 1, i  # "trillion", "Tausend" alone
                else:
                    return None
            if j < len(toks) and self.kinds[j] in ("scale", "thousand", "hundred") and self.scales:
                factor = toks[j][1]
                if factor <= 1 or (last is not None and factor >= last):
                    return None
                if self.kinds[j] != "scale" and isinstance(value, int):
                    return None  # "zwei tausend" is a cardinal; this is "dreiviertel tausend"
                total += value * factor
                last = factor
                i = j + 1
                if i == len(toks):
                    return total
                if self.kinds[i] == "and":
                    i += 1
                continue
            if last is not None and value >= last:
                return None
            return total + value if j == len(toks) else None


def _assemble(paths: list[list[_Token]], scales: bool) -> Fraction | None:
    """The value of the first path that assembles, as a ``Fraction``."""
    for toks in paths:
        if not toks:
            continue
        value = _Reader(toks, scales).expression()
        if value is not None:
            return Fraction(value)
    return None


def parse_spelled(word: str, lexicon: Lexicon) -> Fraction | None:
    """Value of one spelled-out number word, glued ("zweihundertvierundfünfzig"), or ``None``.

    Glued fractions and spoken decimals are read ("dreiviertel", "nullkommafünf"); a lone
    article ("ein"), a lone "halb" or a scale word inside the word give ``None``.
    """
    value = spelled_number(word.lower(), lexicon)
    return None if value is None else Fraction(value)


def spelled_number(low: str, lexicon: Lexicon) -> int | Fraction | None:
    """``parse_spelled`` of the lowercase ``low``, an ``int`` when integral (faster)."""
    if len(low) > _MAX_WORD or low in lexicon.articles or low in lexicon.halves:
        return None
    alone = lexicon.lattice.get(low)
    if alone is not None and alone[0] in ("denominator", "decimal", "and", "scale"):
        return None
    fast = _fast_cardinal(low, lexicon)
    if fast is not None:
        return fast
    value = _read(low, lexicon, scales=False)
    if value is not None and value.denominator == 1:
        return int(value)
    return value


def parse_spoken(text: str, lexicon: Lexicon) -> Fraction | None:
    """Value of a whole spoken or written-out number ("zwei hundert vier und fünfzig",
    "eine Million und zwanzig", "drei komma eins vier"), or ``None``. A lone article is 1,
    a lone "keiner" 0. No sign, digits or unit (see ``standalone.py``)."""
    words = text.lower().replace("-", " ").split()
    if not words or not all(w.isalpha() for w in words):
        return None
    if len(words) == 1 and words[0] in lexicon.zero_words:
        return Fraction(0)
    if len(words) == 1 and words[0] in lexicon.articles:
        return Fraction(1)  # "ein" given alone means one (never in running text)
    if len(words) == 1 and (words[0] in lexicon.halves or words[0] in lexicon.plural_scales):
        return None  # "halb", "Millionen": not one number
    glued = "".join(words)
    return None if len(glued) > _MAX_SPOKEN else _read(glued, lexicon, scales=True)


_WORD_AT_RE = re.compile(r"[^\W\d_]+")
_RUN_WORD_RE = re.compile(r"[ \u00a0\u202f]+([^\W\d_]+)(?![\w\-\u2010])")
_MAX_RUN = 16
_JOIN_AFTER = frozenset({"and", "hundred", "thousand", "scale", "decimal", "article"})
_JOIN_BEFORE = frozenset(
    {"and", "hundred", "thousand", "scale", "decimal", "denominator", "half", "fraction"}
)


def _word_kinds(word: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """The first and last morpheme kinds of a word the lattice cuts completely, else ``None``."""
    entry = lexicon.lattice.get(word)
    if entry is not None:
        return entry[0], entry[0]
    toks = _greedy(word, lexicon)
    return None if not toks else (toks[0][0], toks[-1][0])


def is_number_word(word: str, lexicon: Lexicon) -> bool:
    """The lowercase ``word`` is cut completely into lattice morphemes ("und", "zwanzig")."""
    return _word_kinds(word, lexicon) is not None


def read_spoken_run(text: str, pos: int, end: int, lexicon: Lexicon) -> tuple[Fraction, int] | None:
    """A spoken number spread over several words in running text, starting at ``pos`` and
    reaching beyond ``end`` ("zwei und zwanzig", "zwei tausend ein und zwanzig",
    "drei Komma eins vier"): (value, end of the longest run that reads as one number).

    A run holds only words that the lattice cuts completely, and two neighbours only when a
    joining morpheme meets at their boundary ("und", "hundert", a scale, "komma" …) or a
    decimal part is being read ("komma eins vier"): "fünf fünf" or "fünfzig sechzig" never
    join, so ordinary prose and lists of numbers cost one check per word.
    """
    after = _RUN_WORD_RE.match(text, end)
    if after is None or _word_kinds(after.group(1).lower(), lexicon) is None:
        return None  # the common case: prose goes on after the number
    first = _WORD_AT_RE.match(text, pos)
    if first is None:
        return None
    words = [first.group(0).lower()]
    ends = [first.end()]
    kinds = _word_kinds(words[0], lexicon)
    if kinds is None:
        return None
    last = kinds[1]
    decimal = "decimal" in kinds
    while len(words) < _MAX_RUN:
        nxt = _RUN_WORD_RE.match(text, ends[-1])
        if nxt is None:
            break
        word = nxt.group(1).lower()
        kinds = _word_kinds(word, lexicon)
        if kinds is None or not (decimal or last in _JOIN_AFTER or kinds[0] in _JOIN_BEFORE):
            break
        words.append(word)
        ends.append(nxt.end())
        last = kinds[1]
        decimal = decimal or "decimal" in kinds
    for k in range(len(words), 1, -1):
        if ends[k - 1] <= end:
            break
        value = parse_spoken(" ".join(words[:k]), lexicon)
        if value is not None:
            return value, ends[k - 1]
    return None

"""Load the number data files into one immutable ``Lexicon`` with precompiled patterns.

Files (``nkru_extract/data``): ``number_words_de.tsv`` (``form<TAB>kind<TAB>value``),
``number_qualifiers_de.tsv`` (``phrase<TAB>qualifier<TAB>strength``), ``unit_nouns_de.txt``
(``form<TAB>lemma<TAB>kind``) and ``number_units_de.tsv`` (extra measures and the money
sub-units, ``form<TAB>lemma<TAB>kind<TAB>fraction``). Lines starting with ``#`` and blank lines
are ignored. The lexicon also holds the *lattice*: every lowercase number morpheme with its kind,
from which ``spelled.py`` segments glued and spaced number words.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction
from importlib.resources import files
from pathlib import Path

from nkru_extract.errors import DataFileError
from nkru_extract.numbers import rules_de
from nkru_extract.types import NUMBER_QUALIFIERS

__all__ = ["WORD_KINDS", "Lexicon", "load_lexicon"]

#: Kinds allowed in the second column of ``number_words_de.tsv``.
WORD_KINDS: frozenset[str] = frozenset(
    {
        "unit",
        "teen",
        "tens",
        "hundred",
        "thousand",
        "and",
        "fraction",
        "half",
        "article",
        "scale",
        "scale_plural",
        "vague",
        "sign",
        "decimal",
        "zero",
        "suffix",
    }
)
_MORPHEME_KINDS = frozenset({"unit", "teen", "tens", "hundred", "thousand", "and", "fraction"})
_UNIT_KINDS = frozenset({"count", "percent", "money", "measure", "time"})
_QUALIFIER_STRENGTHS = frozenset({"strong", "weak"})


@dataclass(frozen=True)
class Lexicon:
    """Number words, qualifiers and units, with the patterns built from them.

    Attributes:
        morphemes: Lowercase morpheme of spelled cardinals -> (kind, value).
        articles: Lowercase article forms that mean 1 before a scale word.
        halves: Lowercase forms of "halb" used as "eine halbe Million".
        scales: Lowercase scale word -> multiplier.
        plural_scales: Lowercase plural scale words ("millionen") that are vague alone.
        vague: Lowercase vague plural -> documented lower bound.
        qualifiers: Lowercase phrase -> (qualifier, strong).
        qualifier_last_words: The last word of each phrase (a cheap test before the regex).
        units: Unit form as written -> (lemma, kind).
        unit_suffixes: Lowercase noun form -> (lemma, kind), for compound endings.
        denominator: Common denominator of the morpheme values ("einhalb": 2).
        scaled_morphemes: Morpheme -> (kind, value * denominator), for integer arithmetic.
        fast_scales: Scale word -> multiplier (an ``int`` when integral) for the fast path of
            ``parse_number``, or ``None`` when a scale word is not a plain lowercase word.
        word_cache: Word as written -> its reading at the start of a quantity, filled
            lazily and bounded by the fast path (not part of the lexicon's identity).
        spelled_cache: Word as written -> ``parse_spelled`` value, filled lazily and bounded.
        lattice: Lowercase morpheme -> (lattice kind, value) for segmenting number words:
            the morpheme kinds plus ``article``, ``half``, ``scale`` (>= 1, not glued
            "hundert"/"tausend"), ``denominator`` ("drittel" 1/3) and ``decimal`` ("komma").
        vulgar_anchor_re: ``anchor_re`` that also stops at a vulgar fraction ("½").
        anchor_after_re: ``anchor_re`` with its leading ``\b`` replaced by one consumed
            non-word character, so ``re`` jumps from one such character to the next in C;
            an anchor at ``p >= 1`` is where this matches at ``p - 1`` (see ``grammar.scan``).
        lattice_re: The lattice forms, longest first: the greedy segmentation tried first.
        lattice_max: Length of the longest lattice form.
        below_hundred: Every glued cardinal below 100 ("neunundneunzig") -> value, built from
            the morphemes for the fast lane of ``spelled.py``.
        signs: Lowercase sign word -> +1 or -1 ("minus", "negativ", "plus").
        zero_words: Lowercase determiners meaning none ("keiner"), 0 only alone.
        suffixes: Scale letter glued to digits in ``parse_number`` ("K", "M") -> multiplier.
        subunits: Lowercase money sub-unit ("cent", "rappen") -> (lemma, part of the main unit).
        units_lower: Lowercase unit form -> (lemma, kind), for spoken input ("kilogramm").
        segment_cache: Lowercase glued string -> its segmentations, filled lazily and bounded.
    """

    morphemes: dict[str, tuple[str, Fraction]]
    articles: frozenset[str]
    halves: frozenset[str]
    scales: dict[str, Fraction]
    plural_scales: frozenset[str]
    vague: dict[str, Fraction]
    qualifiers: dict[str, tuple[str, bool]]
    qualifier_last_words: frozenset[str]
    units: dict[str, tuple[str, str]]
    unit_suffixes: dict[str, tuple[str, str]]
    denominator: int
    scaled_morphemes: dict[str, tuple[str, int]]
    anchor_re: re.Pattern[str]
    morpheme_re: re.Pattern[str]
    scale_re: re.Pattern[str]
    scale_compound_re: re.Pattern[str]
    qualifier_re: re.Pattern[str]
    fast_scales: dict[str, int | Fraction] | None = None
    word_cache: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    spelled_cache: dict[str, Fraction | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    lattice: dict[str, tuple[str, int | Fraction]] = field(default_factory=dict)
    lattice_re: re.Pattern[str] | None = None
    vulgar_anchor_re: re.Pattern[str] | None = None
    below_hundred: dict[str, int] = field(default_factory=dict)
    lattice_max: int = 0
    signs: dict[str, int] = field(default_factory=dict)
    zero_words: frozenset[str] = frozenset()
    suffixes: dict[str, Fraction] = field(default_factory=dict)
    subunits: dict[str, tuple[str, Fraction]] = field(default_factory=dict)
    units_lower: dict[str, tuple[str, str]] = field(default_factory=dict)
    segment_cache: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    anchor_after_re: re.Pattern[str] | None = None


def _data_text(name: str, path: str | None) -> tuple[str, str]:
    if path is not None:
        try:
            return Path(path).read_text(encoding="utf-8"), path
        except OSError as exc:
            raise DataFileError(f"cannot read number data file {path!r}: {exc}") from exc
    resource = files("nkru_extract") / "data" / name
    return resource.read_text(encoding="utf-8"), name


def _rows(text: str, source: str, width: int) -> list[tuple[int, list[str]]]:
    rows = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = unicodedata.normalize("NFC", raw.strip())
        if not line or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != width or not all(cells):
            raise DataFileError(
                f"{source} line {number}: expected {width} tab-separated fields, got {raw!r}"
            )
        rows.append((number, cells))
    return rows


def _fraction(cell: str, source: str, number: int) -> Fraction:
    try:
        return Fraction(cell)
    except (ValueError, ZeroDivisionError) as exc:
        raise DataFileError(f"{source} line {number}: bad value {cell!r}") from exc


def _alternation(forms: list[str]) -> str:
    """Regex alternation, longest first (so "dreizehn" wins over "drei")."""
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def _trie_pattern(forms: list[str]) -> str:
    """A regex matching any of ``forms`` (lowercase), as a trie: fast even with re.IGNORECASE."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def _first_char_branches(forms: list[str]) -> str:
    """A regex matching any of ``forms`` (lowercase) in any letter case, like
    ``(?i:<trie>)``, but with one branch per case of each first letter ("z(?i:wei|...)|Z...").

    ``re`` skips a branch that opens with a plain character in one comparison, so a word
    that starts no number costs little; below the first letter the trie ignores case. Only
    for first letters with a one-letter upper case (the anchor's first-character class
    admits nothing else); any other first letter keeps an ignore-case branch.
    """
    rests: dict[str, list[str]] = {}
    for form in forms:
        rests.setdefault(form[0], []).append(form[1:])
    branches = []
    for first, rest in sorted(rests.items()):
        tail = _trie_pattern(rest)
        tail = f"(?i:{tail})" if tail else ""
        upper = first.upper()
        if len(upper) != 1 or first.lower() != first:
            branches.append(f"(?i:{re.escape(first)}){tail}")
            continue
        branches.extend(re.escape(case) + tail for case in sorted({first, upper}))
    return "|".join(branches)


def _build(
    words_text: str,
    words_src: str,
    qual_text: str,
    qual_src: str,
    units_text: str,
    units_src: str,
    extra_text: str = "",
    extra_src: str = "number_units_de.tsv",
) -> Lexicon:
    morphemes: dict[str, tuple[str, Fraction]] = {}
    articles: set[str] = set()
    halves: set[str] = set()
    scales: dict[str, Fraction] = {}
    plural_scales: set[str] = set()
    vague: dict[str, Fraction] = {}
    signs: dict[str, int] = {}
    decimals: set[str] = set()
    zeros: set[str] = set()
    suffixes: dict[str, Fraction] = {}
    for number, (form, kind, value) in _rows(words_text, words_src, 3):
        if kind not in WORD_KINDS:
            raise DataFileError(f"{words_src} line {number}: unknown kind {kind!r}")
        amount = _fraction(value, words_src, number)
        key = form.lower()
        if kind == "sign":
            signs[key] = -1 if amount < 0 else 1
        elif kind == "decimal":
            decimals.add(key)
        elif kind == "zero":
            zeros.add(key)
        elif kind == "suffix":
            suffixes[form] = amount
        elif kind in _MORPHEME_KINDS:
            morphemes[key] = (kind, amount)
        elif kind == "article":
            articles.add(key)
        elif kind == "half":
            halves.add(key)
        elif kind in ("scale", "scale_plural"):
            scales[key] = amount
            if kind == "scale_plural":
                plural_scales.add(key)
        else:
            vague[key] = amount
    if not morphemes or not scales:
        raise DataFileError(f"{words_src}: needs number morphemes and scale words")

    qualifiers: dict[str, tuple[str, bool]] = {}
    for number, (phrase, qualifier, strength) in _rows(qual_text, qual_src, 3):
        if qualifier not in NUMBER_QUALIFIERS or strength not in _QUALIFIER_STRENGTHS:
            raise DataFileError(f"{qual_src} line {number}: bad qualifier row {phrase!r}")
        qualifiers[phrase.lower()] = (qualifier, strength == "strong")

    units: dict[str, tuple[str, str]] = {}
    unit_suffixes: dict[str, tuple[str, str]] = {}
    for number, (form, lemma, kind) in _rows(units_text, units_src, 3):
        if kind not in _UNIT_KINDS:
            raise DataFileError(f"{units_src} line {number}: unknown unit kind {kind!r}")
        units[form] = (lemma, kind)
        if form[:1].isupper() and len(form) >= 4 and form.isalpha():
            unit_suffixes.setdefault(form.lower(), (lemma, kind))

    subunits: dict[str, tuple[str, Fraction]] = {}
    for number, (form, lemma, kind, part) in _rows(extra_text, extra_src, 4):
        if kind == "subunit":
            subunits[form.lower()] = (lemma, _fraction(part, extra_src, number))
            units.setdefault(form, (lemma, "money"))
        elif kind in _UNIT_KINDS:
            units.setdefault(form, (lemma, kind))
        else:
            raise DataFileError(f"{extra_src} line {number}: unknown unit kind {kind!r}")
    units_lower: dict[str, tuple[str, str]] = {}
    for form, info in units.items():
        units_lower.setdefault(form.lower(), info)
    lattice = _lattice(morphemes, articles, halves, scales, decimals)

    words = [*morphemes, *articles, *halves, *scales, *vague]
    words += [*rules_de.FRACTION_NOUNS, *rules_de.SHARE_DETERMINERS]
    word_alts = _first_char_branches(sorted({w for w in words if w[:1].isalpha()}))
    initials = sorted({w[0] for w in words if w[:1].isalpha()})
    first_chars = re.escape("".join(initials) + "".join(c.upper() for c in initials))
    vulgar = "\u00bc-\u00be\u2150-\u215e"  # "½", "⅙": Unicode vulgar fractions
    # "(?=\d)" first: a letter fails the digit branch at once, before its four lookbehinds.
    anchor = (
        rf"(?=\d)(?<![^\W_])(?<![^\W_][\-\u2010])(?<![#'\u2019%/])(?<!\d\+)\d)"
        rf"|(?<![\w\-\u2010])(?P<word>{word_alts})"
    )
    # \b and the first-character class only make the search faster; text with a vulgar
    # fraction ("½") is searched with the second pattern (see ``grammar.scan``).
    anchor_body = rf"(?=[\d{first_chars}])(?:(?P<digit>{anchor})"
    anchor_re = re.compile(rf"\b{anchor_body}")
    vulgar_anchor_re = re.compile(
        rf"\b(?=[\d{first_chars}{vulgar}])(?:(?P<digit>{anchor}|(?<![\w\-\u2010])[{vulgar}])"
    )
    lattice_re = re.compile(_trie_pattern(list(lattice)))
    scale_alts = _trie_pattern(list(scales))  # a trie: fast also when no scale word follows
    qual_alts = _alternation(list(qualifiers))
    denominator = math.lcm(*(value.denominator for _, value in morphemes.values()))
    scaled = {f: (k, int(v * denominator)) for f, (k, v) in morphemes.items()}
    return Lexicon(
        morphemes=morphemes,
        denominator=denominator,
        scaled_morphemes=scaled,
        articles=frozenset(articles),
        halves=frozenset(halves),
        scales=scales,
        plural_scales=frozenset(plural_scales),
        vague=vague,
        qualifiers=qualifiers,
        qualifier_last_words=frozenset(p.split()[-1] for p in qualifiers),
        units=units,
        unit_suffixes=unit_suffixes,
        anchor_re=anchor_re,
        vulgar_anchor_re=vulgar_anchor_re,
        anchor_after_re=re.compile(rf"\W{anchor_body}"),
        morpheme_re=re.compile(_trie_pattern(list(morphemes))),
        scale_re=re.compile(rf"[ \u00a0\u202f\u2009]+(?i:({scale_alts}))(?![\w\-])"),
        scale_compound_re=re.compile(rf"[\-\u2010](?i:({scale_alts}))(?![\w.])"),
        qualifier_re=re.compile(rf"(?<![\w\-])(?i:({qual_alts}))[ \u00a0\u202f]+\Z"),
        fast_scales=_fast_scales(scales),
        lattice=lattice,
        lattice_re=lattice_re,
        below_hundred=_below_hundred(morphemes),
        lattice_max=max(map(len, lattice)),
        signs=signs,
        zero_words=frozenset(zeros),
        suffixes=suffixes,
        subunits=subunits,
        units_lower=units_lower,
    )


def _below_hundred(morphemes: dict[str, tuple[str, Fraction]]) -> dict[str, int]:
    """Glued cardinals below 100: every unit, teen and tens form and unit + "und" + tens."""
    small = {k: int(v) for k, (kind, v) in morphemes.items() if kind in ("unit", "teen", "tens")}
    table = dict(small)
    joins = [k for k, (kind, _) in morphemes.items() if kind == "and"]
    for unit, (kind, value) in morphemes.items():
        if kind != "unit" or unit == "eins" or value == 0:
            continue  # "einsundzwanzig", "nullundzwanzig" are not numbers
        for tens, (tens_kind, ten) in morphemes.items():
            if tens_kind == "tens":
                for join in joins:
                    table[unit + join + tens] = int(value + ten)
    return table


def _lattice(
    morphemes: dict[str, tuple[str, Fraction]],
    articles: set[str],
    halves: set[str],
    scales: dict[str, Fraction],
    decimals: set[str],
) -> dict[str, tuple[str, int | Fraction]]:
    """Every lowercase number morpheme with its lattice kind (see ``Lexicon.lattice``).

    Integral values are ``int`` so that cardinals are assembled with fast integer arithmetic.
    """
    lattice: dict[str, tuple[str, int | Fraction]] = {}
    for key, amount in scales.items():
        if key.isalpha():
            lattice[key] = ("scale" if amount >= 1 else "denominator", amount)
    for key in articles:
        lattice[key] = ("article", Fraction(1))
    for key in halves:
        lattice[key] = ("half", Fraction(1, 2))
    for key in decimals:
        lattice[key] = ("decimal", Fraction(0))
    lattice.update(morphemes)  # "hundert", "tausend", "ein" are morphemes first
    return {k: (kind, int(v) if v.denominator == 1 else v) for k, (kind, v) in lattice.items()}


_FAST_SCALE_KEY_RE = re.compile(r"[a-zäöüß]+\.?")


def _fast_scales(scales: dict[str, Fraction]) -> dict[str, int | Fraction] | None:
    """The scales for the fast path, or ``None`` if one is not a lowercase word (+ dot)."""
    if not all(_FAST_SCALE_KEY_RE.fullmatch(key) for key in scales):
        return None
    return {k: int(v) if v.denominator == 1 else v for k, v in scales.items()}


@functools.cache
def load_lexicon(
    number_words_path: str | None = None,
    unit_nouns_path: str | None = None,
    qualifiers_path: str | None = None,
) -> Lexicon:
    """Load and cache the number lexicon.

    Args:
        number_words_path: A TSV replacing ``number_words_de.tsv``; ``None`` = built-in.
        unit_nouns_path: A file replacing ``unit_nouns_de.txt``; ``None`` = built-in.
        qualifiers_path: A TSV replacing ``number_qualifiers_de.tsv``; ``None`` = built-in.

    Raises:
        DataFileError: A file cannot be read or has a malformed line (named in the message).
    """
    words = _data_text("number_words_de.tsv", number_words_path)
    quals = _data_text("number_qualifiers_de.tsv", qualifiers_path)
    units = _data_text("unit_nouns_de.txt", unit_nouns_path)
    extra = _data_text("number_units_de.tsv", None)
    return _build(*words, *quals, *units, *extra)

"""The German number grammar (documented in ``docs/numbers.md``).

One mention is::

    mention  := [qualifier | "zwischen" | vague-determiner] [currency] quantity
                [range-tail] [adjective{0,2}] [unit]
    quantity := numeral [scale] [spelled-continuation]
    numeral  := digits | spelled | article [half] scale | vague-plural | plural-scale
    range-tail := ("bis" | dash) quantity          (after "zwischen": "und" quantity)

The scanner jumps from anchor to anchor (a digit at a word start, or a word starting with a
number morpheme) and runs the grammar there, so text without numbers costs one regex scan.
This module is the running-text layer: qualifiers, ranges, signs, units and the context checks
that keep dates, ordinals, clock times and designations out. One quantity is read by
``quantity.py``, number words by ``spelled.py``. Values are ``Fraction``s so that "2,3 Mrd." is
exactly 2300000000.
"""

from __future__ import annotations

import re
from fractions import Fraction

from nkru_extract.numbers import rules_de
from nkru_extract.numbers.lexicon import Lexicon
from nkru_extract.numbers.quantity import (
    LEFT_WINDOW,
    OPENERS,
    SPACES,
    WORD_RE,
    Quantity,
    Unit,
    prev_token,
    prev_token_at,
    read_quantity,
    read_unit,
    to_number,
    unit_lemma,
)
from nkru_extract.numbers.spelled import parse_spelled
from nkru_extract.types import NumberMention

__all__ = ["scan", "unit_kind"]

_YEAR_MIN, _YEAR_MAX = 1800, 2099
_ZWISCHEN_RE = re.compile(r"(?<![\w\-])(?i:zwischen)[ \u00a0\u202f]+\Z")
_UND_RE = re.compile(r"[ \u00a0\u202f]+und[ \u00a0\u202f]+")
_RANGE_RE = re.compile(
    r"[ \u00a0\u202f]*[-\u2010\u2011\u2012\u2013\u2014][ \u00a0\u202f]*"
    r"|[ \u00a0\u202f]+bis[ \u00a0\u202f]+"
)
_DASH_ASIDE_RE = re.compile(
    r"[ \u00a0\u202f]+[\u2013\u2014-][ \u00a0\u202f]+(?:bis(?: zu)?|maximal|höchstens)"
    r"[ \u00a0\u202f]+"
)
_DASH_CLOSE_RE = re.compile(r"[ \u00a0\u202f]+[\u2013\u2014-](?=[ \u00a0\u202f])")
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
_PHONE_RE = re.compile(r"\d{1,4}(?:[ \u00a0/\-()]+\d+)+")
_RUN_RE = re.compile(r"\d+(?:[.,:/'\u2019\-]\d+)*")


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
    found = prev_token_at(text, pos)
    if found is not None and found[0].lower() in _REFLEXIVES:
        found = prev_token_at(text, found[1])  # "informierte sich über"
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


def _postal_code(text: str, start: int, unit: Unit) -> bool:
    """ "1010 Wien" at the start of a line or after a comma, with the place closing the phrase."""
    if unit.text is None or unit.kind is not None or unit.start != start + 5:
        return False
    if not unit.text[0].isupper() or text[start + 4] != " " or unit.end is None:
        return False
    if text[unit.end : unit.end + 1] not in _POSTAL_AFTER:
        return False
    prev = prev_token(text, start)
    return prev is None or prev[-1] in ",;"


def _clock_context(text: str, start: int) -> bool:
    """ "halb neun", "Viertel nach acht", "dreiviertel neun": a clock time."""
    found = prev_token_at(text, start)
    if found is None:
        return False
    word = found[0].lower()
    if word in rules_de.CLOCK_WORDS:
        return True
    if word in ("nach", "vor"):
        before = prev_token(text, found[1])
        return before is not None and before.lower() in rules_de.CLOCK_WORDS
    return False


def _count_noun_context(text: str, start: int, prev_lower: str) -> bool:
    """ "Die Zahl stieg auf 2000": a year-like number after a count noun and auf/um/von."""
    if prev_lower not in rules_de.COUNT_NOUN_PREPOSITIONS:
        return False
    return _COUNT_NOUN_RE.search(text, max(0, start - 2 * LEFT_WINDOW), start) is not None


def _mention_at(text: str, pos: int, lexicon: Lexicon) -> tuple[NumberMention | None, int]:
    """Run the grammar at an anchor; return the mention (or ``None``) and where to go on."""
    if pos and text[pos - 1] == "+":
        phone = _PHONE_RE.match(text, pos)
        if phone is not None:
            return None, phone.end()  # "+49 30 1234567"
    if pos and text[pos].isdigit() and not text[pos - 1].isspace() and _in_url(text, pos):
        token = _TOKEN_RE.match(text, pos)
        return None, token.end() if token else pos + 1  # "...?RQT=305&SQ=...": part of a URL
    first = read_quantity(text, pos, lexicon)
    if first is None:
        skip = (_RUN_RE if text[pos].isdigit() else WORD_RE).match(text, pos)
        return None, skip.end() if skip else pos + 1
    start = first.start
    left = text[max(0, start - LEFT_WINDOW) : start]
    prev = prev_token(text, start)
    prev_lower = prev.lower() if prev is not None else ""
    second: Quantity | None = None
    between = _ZWISCHEN_RE.search(left) if prev_lower == "zwischen" else None
    # "zwischen 10.000 und 12.000"; also written with a dash or "bis" ("zwischen 10.000 – 12.000")
    joint = (between and _UND_RE.match(text, first.end)) or _RANGE_RE.match(text, first.end)
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
    unit_pos = None
    if second is None and first.value is not None:
        aside = _DASH_ASIDE_RE.match(text, first.end)
        candidate = read_quantity(text, aside.end(), lexicon) if aside else None
        closing = _DASH_CLOSE_RE.match(text, candidate.end) if candidate else None
        if (
            candidate is not None
            and closing is not None
            and candidate.value is not None
            and candidate.value > first.value
        ):  # "Mindestens 20 – bis zu 82 – Soldaten": the upper end as an aside
            second, unit_pos = candidate, closing.end()
    end = second.end if second else first.end
    if (
        second is None
        and text[end : end + 1] in ("-", "\u2010")
        and text[end + 1 : end + 2] in SPACES
    ):
        return None, end + 1  # "16- bis 24-Jährige", "3- und 4-Zimmer-Wohnungen": a compound

    base = max(0, start - LEFT_WINDOW)
    qualifier: str | None = None
    phrase = ""
    strong = False
    mention_start = start
    unit: Unit | None = None
    if second is not None and between is not None:
        mention_start = base + between.start()
    else:
        currency = None
        if (start and text[start - 1] in "$€£") or prev in rules_de.CURRENCY_PREFIXES:
            currency = _CURRENCY_RE.search(left)
        if currency is not None:  # "$ 94.000", "CHF 100 Mio."
            lemma, kind = lexicon.units.get(currency.group(1), (None, None))
            unit = Unit(
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
        unit = read_unit(
            text, unit_pos or end, lexicon, vague=first.value is None, compound=first.compound
        )
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
        prev = prev_token(text, start)
        if prev is not None and prev.isdigit():
            return None, end  # "0 44 21 - 99 85 85", table cells: a digit sequence
    if first.digits and first.scale is None and qualifier is None and second is None:
        prev = prev_token(text, start)
        if prev is not None:
            if prev.lower().rstrip(":") in rules_de.REFERENCE_WORDS:
                return None, end
            word = prev.lstrip(OPENERS)
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
        prev = prev_token(text, start)
        word = prev.lstrip(OPENERS) if prev is not None else ""
        if word in rules_de.NAME_TITLES or (
            word[:1].isupper()
            and word.isalpha()
            and word.lower() not in lexicon.articles  # "Eine Eins": the figure one
            and parse_spelled(word, lexicon) is None  # "FÜNFZEHN EINS": a list of numbers
        ):
            return None, end  # "Dr. Sieben", "Nummer EINS": a name, not a count
    if not first.digits and unit.text is None and qualifier is None and second is None:
        prev = prev_token(text, start)
        if prev is not None and prev.lower().rstrip(":") in rules_de.REFERENCE_WORDS:
            return None, end  # "auf Rang fünf", "Nummer eins"
    if _year_like(first) and (second is None or _year_like(second)):
        if second is None and prev_lower.rstrip(".") in rules_de.MONTHS:
            return None, end  # "Ende Mai 2010 töteten Soldaten …": a date, not a count
        listed = unit.text is not None and unit.kind is not None
        counted = second is None and _count_noun_context(text, start, prev_lower)
        if not listed and not strong and not counted:
            return None, end

    if not first.digits and second is None and _word_pair(text, start, end, prev_lower, lexicon):
        return None, end  # "Eins zu eins", "um dreiviertel neun": an idiom, a score, a time
    value: Fraction | None = first.value
    if value is not None and second is None and qualifier is None:
        signed = _sign_before(text, mention_start, lexicon)
        if signed is not None:  # "minus 17 Grad", "-4500000"
            value, mention_start = signed[0] * value, signed[1]
        if unit.kind == "money" and unit.end is not None and unit.start is not None:
            minor = _minor_amount(text, unit.end, lexicon)
            if minor is not None and unit.start >= end:  # "drei Euro zwanzig"
                value, end = value + minor[0], minor[1]
    low: Fraction | None
    high: Fraction | None
    if first.value is None:
        low, high, qualifier = first.low, None, "vague"
    elif second is not None:
        low, high, qualifier = first.value, second.value, "range"
    else:
        low, high = _bounds(value, qualifier) if value is not None else (None, None)
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


_TOKEN_RE = re.compile(r"\S+")
_URL_WINDOW = 300


def _in_url(text: str, pos: int) -> bool:
    """``pos`` is inside a URL ("https://…", "www.…"): digits there are no numbers."""
    if not pos or text[pos - 1].isspace():
        return False
    start = max(0, pos - _URL_WINDOW)
    cut = max(text.rfind(" ", start, pos), text.rfind("\n", start, pos), start - 1)
    return text.find("://", cut + 1, pos) >= 0 or text.startswith("www.", cut + 1)


_VULGAR_RE = re.compile("[\u00bc-\u00be\u2150-\u215e]")
_SIGN_WINDOW = 16
_SIGN_GAP_RE = re.compile(r"[ \u00a0\u202f(]")
_SCORE_RE = re.compile(r"[ \u00a0\u202f]+zu[ \u00a0\u202f]+([^\W\d_]+)")
_MINOR_RE = re.compile(r"[ \u00a0\u202f]+(und[ \u00a0\u202f]+)?(?=[\w])")
_CLOSED_RE = re.compile(r"[ \u00a0\u202f]*(?:[.,;:!?)\n]|\Z)")


def _sign_before(text: str, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """A minus sign before a number: "-4500000", "minus 17", "negativ 350000".

    Not after another number ("10 minus 3", "10 -20"): that is arithmetic or a range.
    """
    if start and text[start - 1] in "-\u2212":
        if start == 1 or _SIGN_GAP_RE.match(text, start - 2):
            before = prev_token(text, start - 1)
            if before is None or not before[-1:].isdigit():
                return -1, start - 1
        return None
    if not start or text[start - 1] not in SPACES:
        return None
    left = text[max(0, start - _SIGN_WINDOW) : start].rstrip(SPACES)
    if lexicon.signs.get(left[left.rfind(" ") + 1 :].lower(), 1) > 0:
        return None  # the common case, without walking back token by token
    found = prev_token_at(text, start)
    if found is None or lexicon.signs.get(found[0].lower(), 1) > 0:
        return None
    before = prev_token(text, found[1])
    if before is not None and (before[-1:].isdigit() or read_quantity(before, 0, lexicon)):
        return None
    return -1, found[1]


def _minor_amount(text: str, pos: int, lexicon: Lexicon) -> tuple[Fraction, int] | None:
    """The sub-unit after a currency: "Euro zwanzig", "Dollar und 40 Cent", "Rappen"."""
    gap = _MINOR_RE.match(text, pos)
    if gap is None:
        return None
    amount = read_quantity(text, gap.end(), lexicon)
    if amount is None or amount.value is None or amount.value.denominator != 1:
        return None
    sub = _NEXT_SUBUNIT_RE.match(text, amount.end)
    word = sub.group(1).lower() if sub is not None else ""
    if sub is not None and word not in lexicon.subunits and word.endswith("."):
        word = word[:-1]  # "Rappen." ends the sentence
    if sub is not None and word in lexicon.subunits:
        part, end = lexicon.subunits[word][1], sub.start(1) + len(word)
    elif gap.group(1) is None and _CLOSED_RE.match(text, amount.end):
        part, end = Fraction(1, 100), amount.end  # "drei Euro zwanzig."
    else:
        return None
    if not 0 < amount.value * part < 1:
        return None
    return amount.value * part, end


_NEXT_SUBUNIT_RE = re.compile(r"[ \u00a0\u202f]+([^\W\d_]+\.?)")


def _word_pair(text: str, start: int, end: int, prev_lower: str, lexicon: Lexicon) -> bool:
    """Number words that are not counts: "Eins zu eins" (an idiom or a score) and a clock
    word before an hour ("dreiviertel neun")."""
    score = _SCORE_RE.match(text, end)
    if score is not None and parse_spelled(score.group(1), lexicon) is not None:
        return True
    if prev_lower == "zu":
        found = prev_token_at(text, start)
        before = prev_token(text, found[1]) if found is not None else None
        if before is not None and parse_spelled(before, lexicon) is not None:
            return True
    if text[start:end].lower() in rules_de.CLOCK_WORDS:
        nxt = _NEXT_SUBUNIT_RE.match(text, end)
        return nxt is not None and parse_spelled(nxt.group(1).rstrip("."), lexicon) is not None
    return False


def unit_kind(mention: NumberMention, lexicon: Lexicon) -> str | None:
    """The kind of a mention's unit ("percent", "money", ...) from the unit list, or ``None``."""
    if mention.unit is None:
        return None
    return unit_lemma(mention.unit, lexicon)[1]


def scan(text: str, lexicon: Lexicon) -> list[NumberMention]:
    """Every number mention in ``text``, in order (see ``find_numbers``)."""
    mentions: list[NumberMention] = []
    anchor = lexicon.anchor_re
    if lexicon.vulgar_anchor_re is not None and _VULGAR_RE.search(text):
        anchor = lexicon.vulgar_anchor_re  # "½ Liter": rare, so searched only when present
    elif lexicon.anchor_after_re is not None:
        return _scan_after(text, lexicon, lexicon.anchor_after_re)
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


def _scan_after(text: str, lexicon: Lexicon, after: re.Pattern[str]) -> list[NumberMention]:
    """``scan`` with ``anchor_after_re``: the same anchors, found faster.

    An anchor's leading ``\b`` before a word character means: at the text start, or after a
    non-word character. The start is tried once; later anchors are found by searching from
    one character before ``pos`` for that non-word character followed by the anchor.
    """
    mentions: list[NumberMention] = []
    length = len(text)
    pos = 0
    if lexicon.anchor_re.match(text, 0) is not None:
        mention, pos = _mention_at(text, 0, lexicon)
        if mention is not None:
            mentions.append(mention)
    while pos < length:
        match = after.search(text, pos - 1 if pos else 0)
        if match is None:
            break
        mention, pos = _mention_at(text, match.start() + 1, lexicon)
        if mention is not None:
            mentions.append(mention)
    return mentions

"""Long documents: cut a text into paragraph-aligned windows and merge the windows' results.

A text longer than the window size (``DEFAULT_WINDOW`` characters unless the caller passes
``window=``) is processed window by window, so time grows linearly with the length and memory
is bounded by one window. ``split_windows`` chooses each cut as the last point inside the
window, preferring in this order: a line break outside a quotation, a sentence end outside a
quotation, a line break, a sentence end, any whitespace, and only as a last resort a hard cut.
A sentence or a quotation that fits in a window is therefore never cut.

``merge_windows`` joins the windows' ``Extraction`` objects (offsets already carried into the
original text with ``offsets.remap_offsets``) and links people across windows: a person known
in one window only by a single name ("Putin") gets the full name of a person with that surname
found elsewhere in the document ("Wladimir Putin"), preferring the latest earlier one, as the
entity component does inside one text; quote speakers and claimants follow their person.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from nkru_extract.entities.person_lexicon import name_key
from nkru_extract.offsets import ShiftMap, remap_offsets
from nkru_extract.types import EntityMention, Extraction

__all__ = ["DEFAULT_WINDOW", "extract_windows", "merge_windows", "split_windows"]

#: Window size in characters: long enough for any news article, short enough that one window's
#: spaCy ``Doc`` stays well below the memory budget (about 15,000 tokens).
DEFAULT_WINDOW = 100_000

_LINE_BREAKS = re.compile(r"\n\s*")
# a sentence end: ., ! or ? (or …), optional closing quote/bracket, whitespace, then a capital,
# a digit or an opening quote; abbreviations and ordinals are rejected in ``_sentence_ends``
_SENTENCE_END = re.compile(r"[.!?…][\"'“”«»‘’)\]]*\s+(?=[\"„»«“‚(\[A-ZÄÖÜ0-9])")
_WHITESPACE = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(r"[„“”»«\"]")
_OPENERS = ("„", "»", "“", '"', "«")
#: Words that end with a full stop without ending a sentence (small closed set).
_ABBREVIATIONS = frozenset(
    re.findall(
        r"\S+",
        "dr prof nr st bzw ca vgl z.b u.a d.h mio mrd gen abs art bd hr fr str jh jhd usw etc "
        "inkl evtl ggf",
    )
)


def _sentence_ends(segment: str) -> Iterator[int]:
    for match in _SENTENCE_END.finditer(segment):
        stop = match.start()
        if segment[stop] == ".":
            # the word before the full stop (looking back a bounded stretch: linear time)
            words = segment[max(0, stop - 40) : stop].rsplit(None, 1)[-1:]
            token = words[0] if words else ""
            # "am 3. Oktober", "Dr. Müller", "A. Merkel": no sentence end
            if not token or token.isdigit() or len(token) == 1:
                continue
            if token.lower().lstrip('("„') in _ABBREVIATIONS:
                continue
        yield match.end()


def _quote_depths(segment: str, cuts: Sequence[int]) -> list[bool]:
    """For each cut (ascending), whether it lies inside a quotation.

    German „…“ and »…«, English “…”, Swiss «…» and straight "…" are tracked; a quotation
    still open at a line break continues only if the next line opens with a quotation mark
    (the convention for quotations over several paragraphs).
    """
    events = sorted(
        [(m.start(), m.group()) for m in _QUOTE_MARKS.finditer(segment)]
        + [(m.end(), "\n") for m in _LINE_BREAKS.finditer(segment)]
    )
    inside: list[bool] = []
    depth, k = 0, 0
    for cut in cuts:
        while k < len(events) and events[k][0] < cut:
            position, mark = events[k]
            k += 1
            if mark == "\n":
                if segment[position : position + 1] not in _OPENERS:
                    depth = 0
            elif mark in "„»":
                depth += 1
            elif mark == "”":
                depth = max(0, depth - 1)
            else:  # “ « and straight quotes close an open quotation, else open one
                depth = depth - 1 if depth else 1
        at_line = cut > 0 and segment[cut - 1] in "\n\r"
        inside.append(depth > 0 and not (at_line and segment[cut : cut + 1] not in _OPENERS))
    return inside


def _cut(segment: str) -> int:
    """The best cut in ``segment`` (> 0, <= len(segment)), see the module docstring."""
    lines = [m.end() for m in _LINE_BREAKS.finditer(segment) if 0 < m.end() < len(segment)]
    sentences = [end for end in _sentence_ends(segment) if 0 < end < len(segment)]
    line_quoted = _quote_depths(segment, lines)
    sentence_quoted = _quote_depths(segment, sentences)
    for candidates in (
        [c for c, q in zip(lines, line_quoted, strict=True) if not q],
        [c for c, q in zip(sentences, sentence_quoted, strict=True) if not q],
        lines,
        sentences,
        [m.end() for m in _WHITESPACE.finditer(segment) if 0 < m.end() < len(segment)],
    ):
        if candidates:
            return candidates[-1]
    return len(segment)


def split_windows(text: str, size: int = DEFAULT_WINDOW) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive ``(start, end)`` windows of at most ``size`` characters.

    The windows cover the text without gaps or overlap.

    Example:
        >>> split_windows("Erster Absatz.\\nZweiter Absatz.", 20)
        [(0, 15), (15, 30)]
    """
    if size < 1:
        raise ValueError(f"window size must be positive, got {size}")
    windows: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        # look one character past the window: a break right after it still counts
        end = start + _cut(text[start : start + size + 1])
        end = min(end, start + size)
        windows.append((start, end))
        start = end
    if start < len(text) or not windows:
        windows.append((start, len(text)))
    return windows


def extract_windows(
    text: str, run: Callable[[str], Extraction], size: int = DEFAULT_WINDOW
) -> Extraction:
    """Run ``run`` (one text -> ``Extraction``) on each window of ``text`` and merge the results."""
    parts = [
        remap_offsets(run(text[start:end]), ShiftMap(start), text)
        for start, end in split_windows(text, size)
    ]
    return merge_windows(parts, text)


def merge_windows(parts: Sequence[Extraction], text: str) -> Extraction:
    """Concatenate the windows' results (in text order) and link people across windows.

    Every tuple field of ``Extraction`` is concatenated, so new result kinds merge too.
    """
    first = parts[0]
    changes: dict[str, Any] = {"text": text}
    for field in dataclasses.fields(first):
        if field.name != "meta" and isinstance(getattr(first, field.name), tuple):
            changes[field.name] = tuple(
                item for part in parts for item in getattr(part, field.name)
            )
    merged = dataclasses.replace(first, **changes)
    return _link_people(merged)


def _link_people(result: Extraction) -> Extraction:
    """Give single-name persons the full name of a person with that surname in the document."""
    full: dict[str, list[tuple[int, str]]] = {}  # surname key -> [(first start, full key)]
    for mention in result.persons:
        words = mention.key.split()
        if len(words) > 1:
            spots = full.setdefault(name_key(words[-1]), [])
            if not any(key == mention.key for _, key in spots):
                spots.append((mention.start, mention.key))
    if not full:
        return result
    renamed: dict[tuple[str, int], str] = {}
    persons: list[EntityMention] = []
    seen: set[str] = set()
    for mention in result.persons:
        found = full.get(name_key(mention.key)) if " " not in mention.key else None
        if found:
            earlier = [spot for spot in found if spot[0] <= mention.start]
            key = (earlier[-1] if earlier else found[0])[1]
            renamed[(mention.key, mention.start)] = key
            mention = dataclasses.replace(mention, key=key, name=key)
        if mention.via == "name" and mention.key in seen and " " not in mention.text:
            # a one-word reference to a person named in full in an earlier window
            mention = dataclasses.replace(mention, via="surname")
        seen.add(mention.key)
        persons.append(mention)
    if tuple(persons) == result.persons:
        return result
    return dataclasses.replace(
        result,
        persons=tuple(persons),
        quotes=tuple(_respeak(q, renamed) for q in result.quotes),
        claims=tuple(_reclaim(c, renamed) for c in result.claims),
    )


def _renamed(name: str, anchor: int, end: int, renamed: dict[tuple[str, int], str]) -> str | None:
    """The new key of ``name`` at ``anchor``: the renamed mention nearest before ``end`` (same
    window, same name), else the first renamed mention of that name, else ``None``."""
    best = None
    for (old, start), new in renamed.items():
        if old == name and start <= max(anchor, end) and (best is None or start > best[0]):
            best = (start, new)
    if best is None:
        best = next(((s, n) for (o, s), n in renamed.items() if o == name), None)
    return best[1] if best is not None else None


def _respeak(quote: Any, renamed: dict[tuple[str, int], str]) -> Any:
    """A quote whose speaker was a renamed single-name person gets the full name."""
    if quote is None or quote.speaker is None:
        return quote
    anchor = quote.speaker_start if quote.speaker_start is not None else quote.start
    new = _renamed(quote.speaker, anchor, quote.end, renamed)
    return dataclasses.replace(quote, speaker=new) if new is not None else quote


def _reclaim(claim: Any, renamed: dict[tuple[str, int], str]) -> Any:
    """A claim whose claimant is a renamed single-name person gets the full name as its key
    (and its quote the renamed speaker)."""
    quote = _respeak(claim.quote, renamed)
    claimant = claim.claimant
    if claimant is not None and claimant.kind == "person":
        anchor = claimant.start if claimant.start is not None else claim.start
        new = _renamed(claimant.key, anchor, claimant.end or anchor, renamed)
        if new is not None:
            claimant = dataclasses.replace(claimant, key=new)
    if quote is claim.quote and claimant is claim.claimant:
        return claim
    return dataclasses.replace(claim, claimant=claimant, quote=quote)

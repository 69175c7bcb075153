"""Find quotation-mark pairs in plain text (pure ``str`` functions, no spaCy).

``find_quotations`` pairs opening and closing marks by type, keeps nested quotations inside
their outer quotation, joins quotations that run over several paragraphs (an opening mark at
the start of each paragraph, a closing mark only at the end) and skips unbalanced marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nkru_extract.quotes.rules_de import APOSTROPHE_LIKE, QUOTE_PAIRS

__all__ = ["Quotation", "find_quotations"]

#: ``|''|[„‚“”‘’»«›‹"], written to start with a character class so that ``re`` skips ahead to
#: the candidate characters instead of trying the alternatives at every position.
_MARK_RE = re.compile(r"[`'„‚“”‘’»«›‹\"](?:(?<=`)`|(?<=')'|(?<=[„‚“”‘’»«›‹\"]))")
#: Marks whose direction depends on context (they open one style and close another).
_AMBIGUOUS = frozenset({'"', "“", "«", "»", "‹", "›", "‘", "''"})
_MAX_CHARS = 4000
#: Closing mark -> the opening marks it closes.
_OPENERS_OF: dict[str, tuple[str, ...]] = {
    closer: tuple(o for o, closers in QUOTE_PAIRS.items() if closer in closers)
    for closer in {c for closers in QUOTE_PAIRS.values() for c in closers}
}


@dataclass(frozen=True, slots=True)
class Quotation:
    """One outermost quotation.

    Attributes:
        parts: ``(start, end)`` of the quoted words of each paragraph, marks excluded.
        outer: ``(start, end)`` including the opening and the closing mark.
        opener: The opening mark as written.
    """

    parts: tuple[tuple[int, int], ...]
    outer: tuple[int, int]
    opener: str

    @property
    def start(self) -> int:
        """Offset of the first quoted character."""
        return self.parts[0][0]

    @property
    def end(self) -> int:
        """Offset after the last quoted character."""
        return self.parts[-1][1]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, pos: int, mark: str) -> bool:
    """An opening mark is followed by a non-space and not preceded by a letter or digit."""
    after = pos + len(mark)
    if after >= len(text) or text[after].isspace():
        return False
    if mark in _AMBIGUOUS or mark in APOSTROPHE_LIKE:
        return pos == 0 or not _is_word_char(text[pos - 1])
    return True


def _is_apostrophe(text: str, pos: int, mark: str) -> bool:
    if mark not in APOSTROPHE_LIKE:
        return False
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    # geht's, Rock’n’Roll, Jones’ (word-final apostrophe after s)
    return _is_word_char(before) and (_is_word_char(after) or before in "sxzSXZ")


def _paragraph_breaks(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\n", text)]


def find_quotations(text: str) -> list[Quotation]:
    """Return the outermost quotations of ``text`` in order.

    Args:
        text: Any text.

    Returns:
        The quotations; unbalanced marks are skipped.

    Example:
        >>> q = find_quotations("„Wir werden“, sagte er, „nicht aufgeben.“")
        >>> [("„Wir werden“, sagte er, „nicht aufgeben.“")[s:e] for s, e in (p.parts[0] for p in q)]
        ['Wir werden', 'nicht aufgeben.']
    """
    found: list[Quotation] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    # stack levels by opening mark, so an unbalanced closing mark finds its level in O(1)
    levels: dict[str, list[int]] = {opener: [] for opener in QUOTE_PAIRS}
    parts: list[tuple[int, int]] = []  # finished paragraph parts of the open outer quotation
    part_start = 0
    breaks = _paragraph_breaks(text)
    events: list[tuple[int, str]] = [(m.start(), m.group()) for m in _MARK_RE.finditer(text)]
    events += [(b, "\n") for b in breaks]
    events.sort()
    i = 0
    while i < len(events):
        pos, mark = events[i]
        i += 1
        if mark == "\n":
            if not stack:
                continue
            # a quotation open at a paragraph end continues only if the next paragraph opens
            # with the same mark as the outer quotation
            outer_mark, _outer_pos = stack[0]
            j = pos
            while j < len(text) and text[j].isspace():
                j += 1
            if text.startswith(outer_mark, j) and len(stack) == 1:
                end = pos
                while end > part_start and text[end - 1].isspace():
                    end -= 1
                parts.append((part_start, end))
                part_start = j + len(outer_mark)
                # skip the paragraph-opening mark event and any breaks before it
                while i < len(events) and events[i][0] < j + len(outer_mark):
                    i += 1
                continue
            stack.clear()
            for held in levels.values():
                held.clear()
            parts.clear()
            continue
        if _is_apostrophe(text, pos, mark):
            continue
        if stack:
            top_mark, _top_pos = stack[-1]
            if mark in QUOTE_PAIRS[top_mark]:
                _, open_pos = stack.pop()
                levels[top_mark].pop()
                if not stack:
                    end = pos
                    parts.append((part_start, end))
                    if pos + len(mark) - open_pos <= _MAX_CHARS and all(s < e for s, e in parts):
                        found.append(
                            Quotation(
                                parts=tuple(parts),
                                outer=(open_pos, pos + len(mark)),
                                opener=top_mark,
                            )
                        )
                    parts = []
                continue
            # a mark closing an outer level: the inner opening was unbalanced
            depth = _closed_level(levels, mark, len(stack) - 2)
            if depth is not None and not (mark in QUOTE_PAIRS and _can_open(text, pos, mark)):
                del stack[depth + 1 :]
                for held in levels.values():
                    while held and held[-1] > depth:
                        held.pop()
                i -= 1  # re-handle as a closing mark of the new top
                events[i] = (pos, mark)
                continue
        if mark in QUOTE_PAIRS and _can_open(text, pos, mark):
            if not stack:
                part_start = pos + len(mark)
                parts = []
            levels[mark].append(len(stack))
            stack.append((mark, pos))
    return found


def _closed_level(levels: dict[str, list[int]], mark: str, highest: int) -> int | None:
    """The deepest stack level ``<= highest`` whose opening mark ``mark`` closes, or None."""
    best: int | None = None
    for opener in _OPENERS_OF.get(mark, ()):
        held = levels[opener]
        k = len(held) - 1
        while k >= 0 and held[k] > highest:  # at most the top level is skipped
            k -= 1
        if k >= 0 and (best is None or held[k] > best):
            best = held[k]
    return best

"""Input normalisation: a clean copy of the caller's text plus an offset map back to it.

Text from scrapers, PDFs and CMS exports carries noise that changes no word for a reader but
breaks token-level rules: NFD-decomposed letters ("Su\u0308dkorea"), soft hyphens and zero-width
characters inside words ("Sol\u00addaten", "Pu\u200btin"), HTML entities left in the text
(``&bdquo;``, ``&nbsp;``, ``&amp;``, ``&#8222;``) and no-break or thin spaces where the tokenizer
expects a space. ``normalize`` returns the cleaned text and a ``NormalMap`` (an ``OffsetMap`` in
the sense of ``nkru_extract.offsets``) that sends every clean offset back into the original, so
results carry offsets into the caller's string. Quote marks, apostrophes and dashes are left as
they are: the quote and number rules read them (Swiss "100’000", „…“ and »…«). Text with nothing
to change costs one NFC quick check and one regex scan and maps by identity.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from array import array
from dataclasses import dataclass

__all__ = ["DROPPED", "SPACES", "IdentityMap", "NormalMap", "OffsetMapping", "normalize"]

#: Characters removed: soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM.
DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
#: Characters read as an ordinary space: no-break, figure, thin, narrow no-break and the other
#: fixed-width spaces of General Punctuation, medium mathematical and ideographic space.
SPACES = frozenset(
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_CHARS = "".join(sorted(DROPPED | SPACES))
#: One scan finds everything pass 1 changes; NFC is checked separately (C quick check).
_NOISE = re.compile(f"{_ENTITY}|[{_CHARS}]+")
#: NFC is applied per chunk: a run of characters above U+00FF with the character before it.
#: Latin-1 characters never combine with a neighbour, so NFC cannot act across a chunk's border.
_CHUNK = re.compile("[\u0000-\u00ff]?[\u0100-\U0010ffff]+")


@dataclass(frozen=True, slots=True)
class IdentityMap:
    """The offset map of a text that normalisation left unchanged."""

    def start(self, index: int) -> int:
        return index

    def end(self, index: int) -> int:
        return index


class NormalMap:
    """Offsets in the clean text -> offsets in the original, by segments (O(log k) lookup).

    The clean text is cut into segments: a *copy* segment is a stretch of characters taken over
    one to one; a *replace* segment is the clean form of an original stretch of another length
    (an entity, a composed letter). An offset inside a replace segment maps to the start of its
    original stretch, an end offset to its end, so a span never cuts an entity or a letter in two.
    Dropped characters belong to no segment: spans start after them and end before them.
    """

    __slots__ = ("_clean", "_clean_length", "_copy", "_length", "_orig", "_orig_end")

    def __init__(self, length: int) -> None:
        self._clean = array("q")  # clean start of each segment
        self._orig = array("q")  # original start of each segment
        self._orig_end = array("q")  # original end of each segment
        self._copy = bytearray()  # 1: copy segment, 0: replace segment
        self._length = length  # length of the original text
        self._clean_length = 0  # length of the clean text (set when it is built)

    def _add(self, clean: int, orig: int, orig_end: int, copy: bool) -> None:
        self._clean.append(clean)
        self._orig.append(orig)
        self._orig_end.append(orig_end)
        self._copy.append(copy)

    def start(self, index: int) -> int:
        """The original offset of a span that starts at clean offset ``index``."""
        k = bisect.bisect_right(self._clean, index) - 1
        if k < 0:
            return 0 if not self._orig else self._orig[0]
        if self._copy[k]:
            return min(self._orig[k] + index - self._clean[k], self._orig_end[k])
        following = self._clean[k + 1] if k + 1 < len(self._clean) else self._clean_length
        if index < following or index == self._clean[k]:
            return self._orig[k]  # the segment's start, or inside a replace segment
        return self._orig_end[k]  # at the end of the last segment

    def end(self, index: int) -> int:
        """The original offset of a span that ends (exclusive) at clean offset ``index``."""
        if index <= 0:
            return self.start(0)
        k = bisect.bisect_right(self._clean, index - 1) - 1
        if k < 0:
            return 0
        if self._copy[k]:
            return min(self._orig[k] + index - self._clean[k], self._orig_end[k])
        return self._orig_end[k]


class _Chain:
    """Two offset maps applied one after the other (``second`` first, then ``first``)."""

    __slots__ = ("first", "second")

    def __init__(self, first: NormalMap | _Chain, second: NormalMap) -> None:
        self.first, self.second = first, second

    def start(self, index: int) -> int:
        return self.first.start(self.second.start(index))

    def end(self, index: int) -> int:
        return self.first.end(self.second.end(index))


class _Builder:
    """Collects clean pieces and segments in one left-to-right pass."""

    def __init__(self, length: int) -> None:
        self.pieces: list[str] = []
        self.size = 0
        self.map = NormalMap(length)

    def copy(self, text: str, orig: int, orig_end: int) -> None:
        if orig_end > orig:
            self.map._add(self.size, orig, orig_end, True)
            self.pieces.append(text[orig:orig_end])
            self.size += orig_end - orig

    def same(self, clean: str, orig: int, orig_end: int) -> None:
        """``clean`` stands for ``text[orig:orig_end]`` character by character."""
        self.map._add(self.size, orig, orig_end, True)
        self.pieces.append(clean)
        self.size += len(clean)

    def replace(self, clean: str, orig: int, orig_end: int) -> None:
        if clean:
            self.map._add(self.size, orig, orig_end, False)
            self.pieces.append(clean)
            self.size += len(clean)

    def finish(self) -> tuple[str, NormalMap]:
        """The clean text and its map (which learns the clean text's length)."""
        self.map._clean_length = self.size
        return "".join(self.pieces), self.map


def _clean_chars(value: str) -> str:
    """``value`` with dropped characters removed and special spaces as spaces."""
    return "".join(" " if c in SPACES else c for c in value if c not in DROPPED)


def _pass_chars(text: str) -> tuple[str, NormalMap] | None:
    """Decode entities, drop invisible characters, plain spaces; ``None`` if nothing changed."""
    build = _Builder(len(text))
    last = 0
    changed = False
    for match in _NOISE.finditer(text):
        found = match.group()
        if found[0] == "&":
            decoded = html.unescape(found)
            if decoded == found:
                continue  # not an entity HTML knows: keep it as text
            clean = _clean_chars(decoded)
        else:
            clean = _clean_chars(found)
        build.copy(text, last, match.start())
        if len(clean) == len(found) and found[0] != "&":
            build.same(clean, match.start(), match.end())  # spaces for spaces: one to one
        else:
            build.replace(clean, match.start(), match.end())
        last = match.end()
        changed = True
    if not changed:
        return None
    build.copy(text, last, len(text))
    return build.finish()


def _pass_nfc(text: str) -> tuple[str, NormalMap]:
    """Compose ``text`` to NFC chunk by chunk (only chunks that change become replace segments)."""
    build = _Builder(len(text))
    last = 0
    for match in _CHUNK.finditer(text):
        chunk = match.group()
        composed = unicodedata.normalize("NFC", chunk)
        if composed == chunk:
            continue
        # only the stretch that changed becomes a replace segment: the characters before and
        # after it keep their own offsets ("0" before a compatibility ideograph stays "0")
        shortest = min(len(chunk), len(composed))
        head = 0
        while head < shortest and chunk[head] == composed[head]:
            head += 1
        tail = 0
        while tail < shortest - head and chunk[-1 - tail] == composed[-1 - tail]:
            tail += 1
        build.copy(text, last, match.start() + head)
        build.replace(
            composed[head : len(composed) - tail], match.start() + head, match.end() - tail
        )
        last = match.end() - tail
    build.copy(text, last, len(text))
    return build.finish()


OffsetMapping = NormalMap | IdentityMap | _Chain


def normalize(text: str) -> tuple[str, OffsetMapping]:
    """Return ``(clean_text, offset_map)`` for ``text``.

    The clean text is ``text`` with HTML entities decoded, soft hyphens and zero-width characters
    dropped, no-break and thin spaces turned into spaces, and Unicode NFC applied. The map sends
    offsets in the clean text back into ``text`` (see ``nkru_extract.offsets.remap_offsets``).

    Example:
        >>> clean, mapping = normalize("1.500 Sol\\u00addaten")
        >>> clean
        '1.500 Soldaten'
        >>> mapping.start(6), mapping.end(14)
        (6, 15)
    """
    mapping: OffsetMapping = IdentityMap()
    result = _pass_chars(text)
    if result is not None:
        text, mapping = result
    if not unicodedata.is_normalized("NFC", text):
        text, later = _pass_nfc(text)
        mapping = later if isinstance(mapping, IdentityMap) else _Chain(mapping, later)
    return text, mapping

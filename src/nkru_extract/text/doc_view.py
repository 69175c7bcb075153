"""The token view over a spaCy Doc that the matchers share, and cached word classes.

``doc_text(doc)`` reads a Doc's token texts, offsets, spaces and sentence starts once into plain
Python lists (``DocText``), so every matcher walks lists instead of creating a Python object per
token; ``WordClass`` tests each distinct token text once per process and answers "which of
these texts pass?" with set operations. No capability package is imported here.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

__all__ = ["DocText", "WordClass", "doc_text"]


@dataclass(frozen=True, slots=True)
class DocText:
    """A Doc's text and per-token arrays, read once and shared by the matchers (``Doc.text``
    and token iteration each walk the whole Doc and create a Python object per token).

    Attributes:
        text: ``doc.text``.
        words: The token texts.
        starts: The character offset of each token (``token.idx``).
        spaces: Whether each token is followed by a space (``token.whitespace_``).
        sent_starts: Whether each token starts a sentence (``token.is_sent_start`` is true).
        distinct: The distinct token texts.
    """

    text: str
    words: list[str]
    starts: list[int]
    spaces: list[bool]
    sent_starts: list[bool]
    distinct: frozenset[str]

    def token_at(self, char: int) -> int:
        """The token whose text or trailing space holds character ``char`` (-1 if none), as
        spaCy's ``token_by_char`` finds it."""
        starts, words, spaces = self.starts, self.words, self.spaces
        # token i covers starts[i] .. starts[i + 1] (its text and trailing space), so the last
        # token starting at or before ``char`` is the one, unless ``char`` is past the text
        i = bisect.bisect_right(starts, char) - 1
        if i >= 0 and char < starts[i] + len(words[i]) + spaces[i]:
            return i
        lo, hi = 0, len(words) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if char < starts[mid]:
                hi = mid - 1
            elif char >= starts[mid] + len(words[mid]) + spaces[mid]:
                lo = mid + 1
            else:
                return mid
        return -1

    def expand(self, start: int, end: int) -> tuple[int, int] | None:
        """Token range of ``doc.char_span(start, end, alignment_mode="expand")`` (or ``None``)."""
        first = self.token_at(start)
        if first < 0:
            return None
        last = self.token_at(end - 1)
        if last < 0:
            return None
        if start == self.starts[first] + len(self.words[first]):
            first += 1
        return first, last + 1


#: Token hash -> text, shared by every Doc (a hash names the same string in every vocab); the
#: same ``str`` objects for every Doc also make the lookups further on cheaper (cached hashes).
_WORDS: dict[int, str] = {}
_MAX_WORDS = 1 << 20


def doc_text(doc: Doc) -> DocText:
    """The ``DocText`` of ``doc``."""
    if not len(doc):
        return DocText(doc.text, [], [], [], [], frozenset())
    array = doc.to_array([ORTH, IDX, SPACY, SENT_START])
    orths: list[int] = array[:, 0].tolist()
    rest = array[:, 1:].astype(numpy.int64)  # SENT_START is -1, 0 or 1
    cache = _WORDS
    try:
        words = list(map(cache.__getitem__, orths))
    except KeyError:  # a text not seen yet
        if len(cache) > _MAX_WORDS:
            cache.clear()
        strings = doc.vocab.strings
        words = []
        for orth in orths:
            word = cache.get(orth)
            if word is None:
                word = cache[orth] = strings[orth]
            words.append(word)
    spaces: list[bool] = (rest[:, 1] != 0).tolist()
    text = "".join(
        [word + " " if space else word for word, space in zip(words, spaces, strict=True)]
    )
    return DocText(
        text,
        words,
        rest[:, 0].tolist(),
        spaces,
        (rest[:, 2] == 1).tolist(),
        frozenset(words),
    )


class WordClass:
    """The token texts that pass a test, each text tested once (a bounded per-process cache).

    ``among(texts)`` gives the texts that pass with two set operations once they are all known,
    so a matcher only visits the tokens that can matter.
    """

    def __init__(self, test: Callable[[str], bool], limit: int = 1 << 18) -> None:
        self.test = test
        self.limit = limit
        self.seen: set[str] = set()
        self.passed: set[str] = set()

    def among(self, texts: frozenset[str]) -> frozenset[str]:
        """The texts in ``texts`` that pass the test."""
        new = texts - self.seen
        if new:
            if len(self.seen) > self.limit:
                self.seen.clear()
                self.passed.clear()
                new = texts
            test = self.test
            self.passed.update([text for text in new if test(text)])
            self.seen.update(new)
        return texts & self.passed

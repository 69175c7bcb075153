"""A read-only token view of a spaCy ``Doc`` for the German noun-phrase chunker.

``Tok`` holds the attributes of one token the attributor reads as plain Python values (spaCy
Token objects are slow to create in loops); ``TDoc`` builds them once per Doc together with the
token texts, lower-case forms, lemmas and offsets as plain lists; ``TSpan`` is a slice of it.
Lexeme data and lemma strings are memoised per vocabulary. No capability package is imported.
"""

from __future__ import annotations

import functools
import operator
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any, NamedTuple, cast, overload

from spacy.attrs import IDX, LEMMA, ORTH, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["TDoc", "TSpan", "Tok"]

_ATTRS = [ORTH, LEMMA, IDX, SPACY]


_WS = ("", " ")


class Tok(NamedTuple):
    """The attributes of a spaCy ``Token`` the attributor reads, as plain Python values.

    The first eight fields are those of the token's lexeme, the last four its own.
    """

    text: str
    lower_: str
    is_space: bool
    is_alpha: bool
    is_punct: bool
    is_digit: bool
    is_upper: bool
    like_num: bool
    i: int
    lemma_: str
    idx: int
    whitespace: bool

    @property
    def text_with_ws(self) -> str:
        return self.text + " " if self.whitespace else self.text


_LexData = tuple[str, str, bool, bool, bool, bool, bool, bool]


class TSpan:
    """A token range of a ``TDoc`` (iteration, indexing and ``text`` like a spaCy ``Span``)."""

    __slots__ = ("_doc", "_toks")

    def __init__(self, doc: TDoc, toks: list[Tok]) -> None:
        self._doc = doc
        self._toks = toks

    def __iter__(self) -> Iterator[Tok]:
        return iter(self._toks)

    def __len__(self) -> int:
        return len(self._toks)

    def __getitem__(self, i: int) -> Tok:
        return self._toks[i]

    @property
    def text(self) -> str:
        toks = self._toks
        if not toks:
            return ""
        last = toks[-1]
        return self._doc.text[toks[0].idx : last.idx + len(last.text)]


class _Strings(dict[int, str]):
    """A memo of the look-ups (hash -> string) in one ``StringStore``."""

    def __init__(self, store: StringStore) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


class _Lexemes(dict[int, _LexData]):
    """A memo of the lexeme data (orth hash -> the first eight ``Tok`` fields) of a vocab."""

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, key: int) -> _LexData:
        lex = self.vocab[key]
        value = self[key] = (
            lex.orth_,
            lex.lower_,
            lex.is_space,
            lex.is_alpha,
            lex.is_punct,
            lex.is_digit,
            lex.is_upper,
            lex.like_num,
        )
        return value


#: Memos by ``id(vocab)``; an entry keeps its vocab alive, so ids are not reused.
_MEMOS: dict[int, tuple[_Strings, _Lexemes]] = {}


_MEMO_MAX = 100_000


def _memos(vocab: Vocab) -> tuple[_Strings, _Lexemes]:
    memos = _MEMOS.get(id(vocab))
    if (
        memos is None
        or memos[1].vocab is not vocab
        or len(memos[0]) > _MEMO_MAX
        or len(memos[1]) > _MEMO_MAX
    ):
        if len(_MEMOS) >= 4:
            _MEMOS.clear()
        memos = _MEMOS[id(vocab)] = (_Strings(vocab.strings), _Lexemes(vocab))
    return memos


_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)


_new_tok = cast(Callable[[Iterable[Any]], Tok], functools.partial(tuple.__new__, Tok))


class TDoc:
    """A read-only view of a ``Doc`` with its tokens as ``Tok`` objects, built once, and their
    texts, lower-case forms, lemmas and character offsets as plain lists (``texts``, ``lowers``,
    ``lemmas``, ``starts``)."""

    __slots__ = ("_dep", "_morph", "doc", "lemmas", "lowers", "starts", "text", "texts", "toks")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings, lexemes = _memos(doc.vocab)
        orth, lemma, idx, ws = doc.to_array(_ATTRS).T.tolist()
        lex_data = list(map(lexemes.__getitem__, orth))
        # columns of ``toks`` as plain lists (for set tests and searches in C loops)
        self.texts: list[str] = list(map(_FIRST, lex_data))
        self.lowers: list[str] = list(map(_SECOND, lex_data))
        self.lemmas: list[str] = list(map(strings.__getitem__, lemma))
        self.starts: list[int] = idx
        own = zip(range(len(orth)), self.lemmas, idx, map(bool, ws), strict=True)
        self.toks: list[Tok] = list(map(_new_tok, map(operator.add, lex_data, own)))
        # what ``Doc.text`` does: every token's text and its trailing space
        self.text = "".join(
            chain.from_iterable(zip(self.texts, map(_WS.__getitem__, ws), strict=True))
        )
        self._dep = doc.has_annotation("DEP")
        self._morph = doc.has_annotation("MORPH")

    def __len__(self) -> int:
        return len(self.toks)

    @overload
    def __getitem__(self, i: int) -> Tok: ...

    @overload
    def __getitem__(self, i: slice) -> TSpan: ...

    def __getitem__(self, i: int | slice) -> Tok | TSpan:
        if isinstance(i, slice):
            return TSpan(self, self.toks[i])
        return self.toks[i]

    def __iter__(self) -> Iterator[Tok]:
        return iter(self.toks)

    def token_at(self, char: int) -> int:
        """The token whose text or trailing space holds character ``char`` (-1 if none), as
        spaCy's ``char_span`` finds it (tokens cover the text in order)."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.starts[i] + len(self.texts[i]) + self.toks[i].whitespace:
            return i
        return -1

    def token_range(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """The token range of ``doc.char_span(start_char, end_char, alignment_mode="expand")``,
        found by bisection (``None`` where spaCy returns no span)."""
        start = self.token_at(start_char)
        last = self.token_at(end_char - 1)
        if start < 0 or last < 0:
            return None
        if start_char == self.starts[start] + len(self.texts[start]):
            start += 1  # in the trailing space of a token
        end = last + 1
        return (start, end) if start < end else None

    def has_dep(self) -> bool:
        return self._dep

    def has_morph(self) -> bool:
        return self._morph

    def mood(self, i: int) -> list[str]:
        """The morphological Mood values of token ``i`` (empty without morphology)."""
        if not self._morph:
            return []
        token = self.doc[i]
        return list(token.morph.get("Mood", [])) if token.has_morph() else []

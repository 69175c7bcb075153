"""Compact, shared views of the German tables of spacy-lookups-data (MIT licence).

The lemma lookup table (355,000 forms) and the Brown clusters (1 million words) are large: read
with ``srsly`` into dicts and kept as Python sets they cost over 250 MB. Here they are streamed
from the installed ``spacy_lookups_data`` package in chunks (no dict of a whole file is built) and
kept as sorted arrays of 64-bit string hashes (the keys spaCy's own ``Table`` uses): 8 bytes a
word, binary search on lookup. ``lemma_table`` is the one copy of the lemma table that the
embedded lemmatizer (as a ``spacy.lookups.Table``) and the person rules
(``nkru_extract.entities.person_lexicon``) both read. A lookup compares hashes, so two words with
the same 64-bit hash would be confused; at these table sizes the chance that any lookup of a run
hits such a pair is far below one in a million.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import importlib.resources
import itertools
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
import srsly
from spacy.lookups import Lookups, Table
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.symbols import IDS as _SYMBOLS

_SYMBOL_ID = _SYMBOLS.get

__all__ = ["LemmaTable", "WordSet", "lemma_lookups", "lemma_table", "table_pairs", "word_hash"]


def word_hash(word: str) -> int:
    """The 64-bit key of ``word`` in every table here: spaCy's ``get_string_id`` (its reserved
    symbol IDs for names like "NOUN", else the MurmurHash of the UTF-8 text), so that the keys
    equal those of spaCy's own ``Table``."""
    symbol = _SYMBOL_ID(word)
    return hash_string(word) if symbol is None else symbol  # type: ignore[no-any-return]


def table_pairs(name: str, chunk_lines: int = 50_000) -> Iterator[tuple[str, Any]]:
    """Stream the ``(key, value)`` pairs of ``spacy_lookups_data/data/<name>.json.gz``.

    The tables are JSON objects written one entry a line; they are parsed ``chunk_lines`` lines
    at a time (as small JSON objects, by ``srsly``'s C parser), so the whole table never exists
    as one dict.
    """
    path = importlib.resources.files("spacy_lookups_data") / "data" / f"{name}.json.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        while True:
            lines = list(itertools.islice(handle, chunk_lines))
            if not lines:
                return
            body = "".join(lines).strip().removeprefix("{").removesuffix("}").strip()
            if body:
                yield from srsly.json_loads("{" + body.removesuffix(",") + "}").items()


def _sorted_unique(hashes: Iterable[int] | np.ndarray[Any, Any]) -> array[int]:
    values = hashes if isinstance(hashes, np.ndarray) else np.fromiter(hashes, dtype=np.uint64)
    packed: array[int] = array("Q")
    packed.frombytes(np.unique(values.astype(np.uint64)).tobytes())
    return packed


class _HashIndex:
    """Sorted unique 64-bit hashes with a bucket index on their top bits.

    ``starts[b]`` is the position of the first hash whose top ``bits`` bits are ``b``, so a lookup
    is a binary search over about eight hashes instead of the whole array.
    """

    __slots__ = ("bits", "hashes", "shift", "starts")

    def __init__(self, hashes: array[int]) -> None:
        self.hashes = hashes
        self.bits = max(1, min(20, len(hashes).bit_length() - 3))
        tops = np.arange(1 << self.bits, dtype=np.uint64) << np.uint64(64 - self.bits)
        sorted_view = np.frombuffer(hashes, dtype=np.uint64)
        bounds = np.append(np.searchsorted(sorted_view, tops), len(hashes)).astype(np.uint32)
        self.starts: array[int] = array("I", bounds.tobytes())
        self.shift = 64 - self.bits

    def find(self, key: int) -> int:
        """The index of ``key``, or -1."""
        starts, hashes = self.starts, self.hashes
        bucket = key >> self.shift
        hi = starts[bucket + 1]
        i = bisect.bisect_left(hashes, key, starts[bucket], hi)
        return i if i < hi and hashes[i] == key else -1


class WordSet:
    """An immutable set of words stored as sorted 64-bit hashes (8 bytes a word).

    Supports ``in`` and ``len``; the words themselves are not kept, so it cannot be iterated.
    """

    __slots__ = ("_index",)

    def __init__(self, hashes: Iterable[int] | np.ndarray[Any, Any] = ()) -> None:
        self._index = _HashIndex(_sorted_unique(hashes))

    @classmethod
    def of(cls, words: Iterable[str]) -> WordSet:
        """The set of ``words``."""
        return cls(word_hash(word) for word in words)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._index.find(word_hash(word)) >= 0

    def __len__(self) -> int:
        return len(self._index.hashes)

    def __repr__(self) -> str:
        return f"WordSet({len(self):,} words)"


class LemmaTable(Table):
    """A read-only ``spacy.lookups.Table`` of form -> lemma in 12 bytes a form.

    Keys are the sorted form hashes, each with the index of its lemma in a tuple of the distinct
    lemmas. ``get``/``[]``/``in`` answer like spaCy's ``Table``; ``to_bytes`` writes the format of
    spaCy's ``Table``, so a saved pipeline loads with plain spaCy.
    """

    def __init__(self, name: str | None = None, data: dict[str, str] | None = None) -> None:
        super().__init__(name=name, data={})  # empty: the entries live in the arrays below
        self.keys_: array[int] = array("Q")
        self.lemma_ids: array[int] = array("I")
        self._index = _HashIndex(self.keys_)
        self.lemmas: tuple[str, ...] = ()
        if data:
            self._fill(data.items())

    def _fill(self, pairs: Iterable[tuple[str, str]]) -> None:
        ids: dict[str, int] = {}
        keys: array[int] = array("Q")
        lemma_ids: array[int] = array("I")
        for form, lemma in pairs:
            keys.append(word_hash(form))
            lemma_ids.append(ids.setdefault(lemma, len(ids)))
        key_array = np.frombuffer(keys, dtype=np.uint64)
        id_array = np.frombuffer(lemma_ids, dtype=np.uint32)
        order = np.argsort(key_array, kind="stable")
        key_array, id_array = key_array[order], id_array[order]
        last = np.ones(len(key_array), dtype=bool)  # JSON semantics: the last duplicate wins
        last[:-1] = key_array[1:] != key_array[:-1]
        self.keys_ = array("Q", key_array[last].tobytes())
        self.lemma_ids = array("I", id_array[last].tobytes())
        self._index = _HashIndex(self.keys_)
        self.lemmas = tuple(ids)

    @staticmethod
    def _key(key: str | int) -> int:
        return word_hash(key) if isinstance(key, str) else int(key)

    def get(self, key: str | int, default: Any = None) -> Any:
        i = self._index.find(self._key(key))
        return self.lemmas[self.lemma_ids[i]] if i >= 0 else default

    def __getitem__(self, key: str | int) -> str:
        i = self._index.find(self._key(key))
        if i < 0:
            raise KeyError(key)
        return self.lemmas[self.lemma_ids[i]]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, (str, int)) and self._index.find(self._key(key)) >= 0

    def to_bytes(self) -> bytes:
        plain = Table(name=self.name, data={"": ""})
        plain.clear()
        for key, lemma_id in zip(self.keys_, self.lemma_ids, strict=True):
            plain[key] = self.lemmas[lemma_id]
        return bytes(plain.to_bytes())

    def key_hashes(self) -> np.ndarray[Any, Any]:
        """The form hashes (sorted, unique)."""
        return np.frombuffer(self.keys_, dtype=np.uint64)

    def lemma_indexes(self) -> np.ndarray[Any, Any]:
        """For each form hash, the index of its lemma in ``lemmas``."""
        return np.frombuffer(self.lemma_ids, dtype=np.uint32)


@functools.cache
def lemma_table() -> LemmaTable:
    """The German lemma lookup table of spacy-lookups-data, read once per process."""
    table = LemmaTable(name="lemma_lookup")
    table._fill(table_pairs("de_lemma_lookup"))
    return table


def lemma_lookups() -> Lookups:
    """A ``Lookups`` holding ``lemma_table()`` for ``Lemmatizer.initialize(lookups=...)``."""
    lookups = Lookups()
    lookups.set_table("lemma_lookup", lemma_table())
    return lookups

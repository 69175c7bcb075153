"""Word lists for person recognition, loaded once from ``nkru_extract/data`` (cached).

Everything here is data access: the recognition rules live in ``persons.py``. The lists are
plain text (one entry a line, ``#`` comments) or JSON lines; see ``data/README.md`` for their
sources and licences.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from nkru_extract.errors import DataFileError
from nkru_extract.text.lookups import WordSet, lemma_table, table_pairs, word_hash

__all__ = [
    "KnownPerson",
    "first_names",
    "german_common_words",
    "german_lemmas",
    "known_first_keys",
    "known_people",
    "known_surnames",
    "load_lines",
    "lower_twins",
    "name_clusters",
    "name_key",
    "nonnames",
    "other_words",
    "role_heads",
    "role_phrases",
    "surnames",
    "titles",
]


def _data_text(name: str) -> str:
    return (importlib.resources.files("nkru_extract") / "data" / name).read_text(encoding="utf-8")


def _lines(text: str) -> Iterator[str]:
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            yield unicodedata.normalize("NFC", line)


@functools.cache
def load_lines(name: str) -> frozenset[str]:
    """The entries of a one-entry-a-line data file (comments and blank lines skipped)."""
    return frozenset(_lines(_data_text(name)))


def first_names() -> frozenset[str]:
    """Given names (case-sensitive, as written: "Wladimir", "Jong-un")."""
    return load_lines("first_names.txt")


def surnames() -> frozenset[str]:
    """Frequent and well-known surnames (case-sensitive)."""
    return load_lines("person_surnames.txt")


def titles() -> frozenset[str]:
    """Forms of address and titles that precede a name but are not a role ("Frau", "Dr.")."""
    return load_lines("person_titles_de.txt")


def nonnames() -> frozenset[str]:
    """Capitalised words that are never a person's name (agencies, media, months)."""
    return load_lines("person_nonnames_de.txt")


@functools.cache
def role_phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word roles as token tuples, longest first ("Oberst der Reserve")."""
    phrases = [tuple(r.split()) for r in load_lines("person_roles_de.txt") if " " in r]
    return tuple(sorted(phrases, key=len, reverse=True))


@functools.cache
def role_heads() -> dict[str, str]:
    """Single-word roles: lower-cased form -> base form as written ("präsident" -> "Präsident")."""
    return {r.lower(): r for r in load_lines("person_roles_de.txt") if " " not in r}


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A well-known person from ``people.jsonl``: canonical name, QID, matching forms."""

    name: str
    qid: str | None
    standalone: tuple[str, ...]


@functools.cache
def known_first_keys() -> frozenset[str]:
    """``name_key`` of the first word of every name form in ``people.jsonl``."""
    keys: set[str] = set()
    for line in _data_text("people.jsonl").splitlines():
        if line.strip():
            row = json.loads(line)
            for form in [row["name"], *row.get("variants", [])]:
                keys.add(name_key(str(form).split()[0]))
    return frozenset(keys)


@functools.cache
def leader_states() -> dict[str, str]:
    """``name_key`` of each word of a head of state's or government's name forms -> the state
    they lead (the ``state`` field of ``people.jsonl``): "Kim" -> "KP" for "Kim-Truppen"."""
    table: dict[str, str] = {}
    for line in _data_text("people.jsonl").splitlines():
        if line.strip():
            row = json.loads(line)
            state = row.get("state")
            if not state:
                continue
            for form in [row["name"], *row.get("variants", [])]:
                for word in str(form).split():
                    table.setdefault(name_key(word), str(state))
    return table


@functools.cache
def known_surnames() -> frozenset[str]:
    """Single-word name forms of listed people ("Putin", "Merkel", "Selenskyj")."""
    return frozenset(form for person in set(known_people().values()) for form in person.standalone)


@functools.cache
def known_people() -> dict[str, KnownPerson]:
    """Normalised name form (see ``name_key``) -> known person.

    The canonical name and every variant map to the person; single-word variants are listed in
    ``KnownPerson.standalone`` because they may be used on their own ("Putin").
    """
    table: dict[str, KnownPerson] = {}
    for number, line in enumerate(_data_text("people.jsonl").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            name = str(row["name"])
            variants = [str(v) for v in row.get("variants", [])]
            qid = row.get("qid")
        except (ValueError, KeyError, TypeError) as exc:
            raise DataFileError(f"people.jsonl line {number}: {exc}") from exc
        person = KnownPerson(
            name=name, qid=qid, standalone=tuple(v for v in [name, *variants] if " " not in v)
        )
        for form in [name, *variants]:
            table.setdefault(name_key(form), person)
    return table


# -- transliteration-insensitive keys ----------------------------------------------------------

_REWRITES: tuple[tuple[str, str], ...] = (
    ("dsch", "j"),
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("zh", "j"),
    ("kh", "h"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("z", "s"),
    ("j", "i"),
    ("y", "i"),
    ("ou", "u"),
)
_NON_LETTER = re.compile(r"[^a-z]+")
_ANDER = re.compile(r"ander\b")
_DOUBLE = re.compile(r"(.)\1+")


@functools.cache
def name_key(name: str) -> str:
    """A key that is equal for spelling variants of one name.

    Lower case, diacritics stripped, hyphens/spaces/apostrophes removed, German and English
    transliterations folded (tsch/tch -> ch, sch -> sh, w -> v, j/y -> i, x -> ks, a final
    -ander -> -andr, ...), doubled letters collapsed (so -yj/-yi/-ij/-iy all end in -i).

    Example:
        >>> name_key("Korotschenko") == name_key("Korotchenko")
        True
        >>> name_key("Kim Jong-un") == name_key("Kim Jong Un")
        True
    """
    text = name.lower()
    if not text.isascii():  # ASCII text has no decomposition, combining mark or "ß"
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c)).replace("ß", "ss")
    text = _ANDER.sub("andr", text)  # "Olexander" / "Oleksandr"
    text = _NON_LETTER.sub("", text).replace("x", "ks")
    for old, new in _REWRITES:
        text = text.replace(old, new)
    return _DOUBLE.sub(r"\1", text)


# -- German vocabulary (spacy-lookups-data, MIT) ---------------------------------------------


@functools.cache
def german_lemmas() -> WordSet:
    """Every lemma of the German lookup table (spacy-lookups-data, MIT), names included."""
    return WordSet.of(lemma_table().lemmas)


@functools.cache
def german_common_words() -> WordSet:
    """Capitalised German words known as common words from the lemma lookup table.

    The table (spacy-lookups-data, MIT) maps inflected forms to lemmas and also holds proper
    names (Merkel <- Merkels). A lemma counts as a common word when it has an inflected form other
    than a bare genitive -s (Präsident <- Präsidenten; Haus <- Häuser); every inflected form
    other than such a genitive counts too. Names with only a genitive stay out.

    Computed on the hashes of the table shared with the lemmatizer (``text.lookups``): a form is
    kept when its hash is neither that of its lemma nor that of its lemma + "s".
    """
    table = lemma_table()
    forms, lemma_of = table.key_hashes(), table.lemma_indexes()
    lemma_hash = np.fromiter((word_hash(w) for w in table.lemmas), dtype=np.uint64)
    genitive_hash = np.fromiter((word_hash(w + "s") for w in table.lemmas), dtype=np.uint64)
    inflected = (forms != lemma_hash[lemma_of]) & (forms != genitive_hash[lemma_of])
    return WordSet(np.concatenate([forms[inflected], lemma_hash[lemma_of[inflected]]]))


#: A word cluster counts as a given-name cluster when at least this many listed first names and
#: this share of its capitalised words are in it; likewise for surname clusters.
_GIVEN_MIN_HITS, _GIVEN_MIN_SHARE = 15, 0.01
_SURNAME_MIN_HITS, _SURNAME_MIN_SHARE = 7, 0.003


def name_clusters() -> tuple[WordSet, WordSet]:
    """``(given_like, surname_like)``: see ``_cluster_sets``."""
    given_like, family_like, _, _ = _cluster_sets()
    return given_like, family_like


def lower_twins() -> WordSet:
    """Capitalised words whose lower-case form is a frequent word ("Bereits", "Anders")."""
    return _cluster_sets()[2]


def other_words() -> WordSet:
    """Capitalised words of the cluster vocabulary outside the name clusters ("Tunnel", "Mainz")."""
    return _cluster_sets()[3]


@functools.cache
def _cluster_sets() -> tuple[WordSet, WordSet, WordSet, WordSet]:
    """Capitalised words sharing a Brown cluster with many given names / surnames.

    The clusters come from ``de_lexeme_cluster`` in spacy-lookups-data (MIT), streamed (see
    ``text.lookups``). Which clusters hold names is decided from our own lists
    (``first_names.txt``, ``person_surnames.txt``): a cluster is a given-name (surname) cluster
    when enough of its capitalised words are listed given names (surnames). Returns
    ``(given_like, surname_like, lower_twins, other_words)`` as compact hash sets.
    """
    given, family = first_names(), surnames()
    size: dict[int, int] = {}
    given_hits: dict[int, int] = {}
    family_hits: dict[int, int] = {}
    lower_words: array[int] = array("Q")  # hash of every word not starting with a capital
    capital: array[int] = array("Q")  # hash of each capitalised word
    capital_lower: array[int] = array("Q")  # hash of its lower-case form
    capital_cluster: array[int] = array("i")  # its cluster
    for word, value in table_pairs("de_lexeme_cluster", chunk_lines=20_000):
        if not word[:1].isupper():
            lower_words.append(word_hash(word))
            continue
        cluster = int(value)
        capital.append(word_hash(word))
        capital_lower.append(word_hash(word.lower()))
        capital_cluster.append(cluster)
        size[cluster] = size.get(cluster, 0) + 1
        if word in given:
            given_hits[cluster] = given_hits.get(cluster, 0) + 1
        if word in family:
            family_hits[cluster] = family_hits.get(cluster, 0) + 1
    given_cl = {
        c for c, n in given_hits.items() if n >= _GIVEN_MIN_HITS and n / size[c] >= _GIVEN_MIN_SHARE
    }
    family_cl = {
        c
        for c, n in family_hits.items()
        if n >= _SURNAME_MIN_HITS
        and n / size[c] >= _SURNAME_MIN_SHARE
        and n > given_hits.get(c, 0)
        and c not in given_cl
    }
    words = np.frombuffer(capital, dtype=np.uint64)
    clusters = np.frombuffer(capital_cluster, dtype=np.int32)
    is_given = np.isin(clusters, np.array(sorted(given_cl), dtype=np.int32))
    is_family = np.isin(clusters, np.array(sorted(family_cl), dtype=np.int32)) & ~is_given
    is_other = ~(is_given | is_family)
    # a lower-case form is in the vocabulary: one binary search each in the sorted hashes of the
    # words without a capital, and of the capitalised ones (a lower-case form may start with one)
    is_twin = np.zeros(len(words), dtype=bool)
    lower = np.frombuffer(capital_lower, dtype=np.uint64)
    for vocabulary in (np.sort(np.frombuffer(lower_words, dtype=np.uint64)), np.sort(words)):
        if len(vocabulary):
            at = np.minimum(np.searchsorted(vocabulary, lower), len(vocabulary) - 1)
            is_twin |= vocabulary[at] == lower
    is_twin &= is_other
    return (
        WordSet(words[is_given]),
        WordSet(words[is_family]),
        WordSet(words[is_twin]),
        WordSet(words[is_other]),
    )

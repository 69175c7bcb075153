"""Load the state and military-unit data files and compile them into lookup tables (cached).

The tables are plain Python dictionaries keyed by token text, built once per process and per
data path (``functools.cache``). They do not depend on a spaCy ``Vocab``, so one compiled
gazetteer serves every pipeline in the process, and a pipeline pickles and reloads without
carrying it: the component keeps only the path and recompiles (or reuses the cache) on load.

Why not a ``SpanRuler``: three of the five ways a state is referred to are not fixed strings
(adjective stems with inflection endings, hyphen compounds such as "Nordkorea-Soldaten" that the
German tokenizer keeps as one token, and inhabitant/adjective ambiguity decided by the next
token). Enumerating them as ruler patterns would multiply the patterns and still need Python
post-processing; a dictionary lookup per token is O(tokens) and as fast.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.lang.de import German
from spacy.tokenizer import Tokenizer

from nkru_extract.entities.rules_de import ADJECTIVE_ENDINGS, ARTICLES
from nkru_extract.errors import DataFileError

__all__ = [
    "NamedUnit",
    "PhraseEntry",
    "StateGazetteer",
    "StateInfo",
    "UnitGazetteer",
    "UnitHead",
    "first_names",
    "load_states",
    "load_units",
    "tokenize",
]

logger = logging.getLogger("nkru_extract")

STATES_FILE = "states.jsonl"
UNITS_FILE = "military_units.jsonl"
FIRST_NAMES_FILE = "first_names.txt"

#: Values of ``needs`` in ``military_units.jsonl``.
UNIT_NEEDS: tuple[str, ...] = ("none", "state", "state_or_number", "ordinal")


@dataclass(frozen=True, slots=True)
class StateInfo:
    """One state of ``states.jsonl``: its code, display name, Wikidata QID and kind."""

    id: str
    name: str
    qid: str | None
    kind: str | None


@dataclass(frozen=True, slots=True)
class PhraseEntry:
    """A fixed surface form (one or more tokens) that refers to a state or a named unit.

    Attributes:
        tokens: The form, tokenised like running text.
        key: The state code, or the unit designation.
        kinds: How the form refers: ``name``, ``genitive``, ``metonym``,
            ``metonym_genitive``, ``inhabitant``, ``adjective`` (more than one when the form
            is ambiguous, e.g. "Schweizer").
    """

    tokens: tuple[str, ...]
    key: str
    kinds: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StateGazetteer:
    """Compiled lookup tables for state mentions.

    Attributes:
        states: State information by code.
        phrases: Fixed forms by their first token, longest first.
        adjectives: Lower-case inflected adjective form -> (code, is the bare stem).
        adjective_stems: Lower-case adjective stem -> code.
        compound_stems: First part(s) of a hyphen compound (case-sensitive) -> code.
    """

    states: dict[str, StateInfo]
    phrases: dict[str, tuple[PhraseEntry, ...]]
    adjectives: dict[str, tuple[str, bool]]
    adjective_stems: dict[str, str]
    compound_stems: dict[str, str]

    def name_of(self, code: str) -> str:
        """Display name of a state code (the code itself when unknown)."""
        info = self.states.get(code)
        return info.name if info is not None else code


@dataclass(frozen=True, slots=True)
class UnitHead:
    """A noun that heads a military formation ("Truppen", "Brigade", "Soldaten").

    Attributes:
        lemma: Base form used in keys ("Truppe" for "Truppe", "Truppen" for "Truppen").
        needs: ``none`` (always a unit), ``state`` (only with a stated state), ``state_or_number``
            (with a state or a count: "1.500 Soldaten"), ``ordinal`` (only numbered: "3. Korps").
    """

    lemma: str
    needs: str


@dataclass(frozen=True, slots=True)
class NamedUnit:
    """A named formation with its designation and state ("Bundeswehr", "Gruppe Wagner")."""

    designation: str
    state: str | None


@dataclass(frozen=True, slots=True)
class UnitGazetteer:
    """Compiled lookup tables for military units.

    Attributes:
        heads: Head noun form (case-sensitive) -> head.
        suffix_map: Lower-case compound ending -> (lemma ending, needs).
        suffix_lengths: The lengths of those endings, longest first.
        named: Fixed names by their first token (``PhraseEntry.key`` is the designation).
        named_units: Designation -> named unit.
    """

    heads: dict[str, UnitHead]
    suffix_map: dict[str, tuple[str, str]]
    suffix_lengths: tuple[int, ...]
    named: dict[str, tuple[PhraseEntry, ...]]
    named_units: dict[str, NamedUnit]


# -- reading -------------------------------------------------------------------------------------


def _read_text(path: str | None, default_name: str) -> tuple[str, str] | None:
    """Text and display name of a data file; ``None`` when the built-in file is absent."""
    if path is None:
        resource = resources.files("nkru_extract") / "data" / default_name
        if not resource.is_file():
            return None
        return resource.read_text(encoding="utf-8"), f"nkru_extract/data/{default_name}"
    file = Path(path)
    if not file.is_file():
        raise DataFileError(f"data file not found: {path!r}")
    return file.read_text(encoding="utf-8"), str(path)


def _jsonl_rows(text: str, source: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(f"{source}, line {number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise DataFileError(f"{source}, line {number}: expected an object, got {line[:60]!r}")
        yield number, row


def _strings(row: dict[str, Any], field: str, source: str, number: int) -> list[str]:
    value = row.get(field) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError(f"{source}, line {number}: field {field!r} must be a list of strings")
    return [v.strip() for v in value if v.strip()]


@functools.cache
def _tokenizer() -> Tokenizer:
    return German().tokenizer


def tokenize(text: str) -> tuple[str, ...]:
    """Tokenise a surface form exactly as the German tokenizer splits running text."""
    return tuple(t.text for t in _tokenizer()(text))


def _strip_article(tokens: tuple[str, ...]) -> tuple[str, ...]:
    # only a lower-case article: "Den Haag" keeps its capitalised "Den"
    if len(tokens) > 1 and tokens[0] in ARTICLES:
        return tokens[1:]
    return tokens


def _inflected_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The form plus variants whose first (adjective) word takes the other endings.

    "Weißes Haus" also gives "Weiße Haus", "Weißen Haus", "Weißem Haus" (after an article the
    adjective takes a weak ending: "das Weiße Haus", "im Weißen Haus").
    """
    variants = [tokens]
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return variants
    first = tokens[0]
    for ending in ("es", "en", "em", "er", "e"):
        if first.endswith(ending) and len(first) > len(ending) + 2:
            stem = first[: -len(ending)]
            for other in ADJECTIVE_ENDINGS[1:]:
                variant = (stem + other, *tokens[1:])
                if variant not in variants:
                    variants.append(variant)
            break
    return variants


def _is_genitive_of(form: str, forms: list[str]) -> bool:
    """Whether ``form`` is the -s/-es genitive of another form in the list ("Kremls")."""
    return (form.endswith("s") and form[:-1] in forms) or (
        form.endswith("es") and form[:-2] in forms
    )


class _PhraseIndex:
    """Collects fixed forms; the first code registered for a form wins."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], tuple[str, list[str]]] = {}

    def add(self, tokens: tuple[str, ...], key: str, kind: str) -> None:
        if not tokens:
            return
        found = self._entries.get(tokens)
        if found is None:
            self._entries[tokens] = (key, [kind])
        elif found[0] == key and kind not in found[1]:
            found[1].append(kind)

    def compile(self) -> dict[str, tuple[PhraseEntry, ...]]:
        by_first: dict[str, list[PhraseEntry]] = {}
        for tokens, (key, kinds) in self._entries.items():
            by_first.setdefault(tokens[0], []).append(PhraseEntry(tokens, key, tuple(kinds)))
        return {
            first: tuple(sorted(entries, key=lambda e: -len(e.tokens)))
            for first, entries in by_first.items()
        }


# -- states --------------------------------------------------------------------------------------


def _empty_states() -> StateGazetteer:
    return StateGazetteer({}, {}, {}, {}, {})


@functools.cache
def load_states(path: str | None = None) -> StateGazetteer:
    """Load and compile ``states.jsonl`` (cached per path).

    Args:
        path: A file in the ``states.jsonl`` schema; ``None`` for the built-in file.

    Returns:
        The compiled gazetteer. When the built-in file is missing (a development checkout), an
        empty gazetteer and a logged warning.

    Raises:
        DataFileError: ``path`` does not exist, or a line is malformed (names file and line).
    """
    found = _read_text(path, STATES_FILE)
    if found is None:
        logger.warning("nkru_extract: %s is missing; no states will be found", STATES_FILE)
        return _empty_states()
    text, source = found
    states: dict[str, StateInfo] = {}
    index = _PhraseIndex()
    adjectives: dict[str, tuple[str, bool]] = {}
    adjective_stems: dict[str, str] = {}
    compound_stems: dict[str, str] = {}
    for number, row in _jsonl_rows(text, source):
        code = row.get("id")
        name = row.get("name")
        if not isinstance(code, str) or not code or not isinstance(name, str) or not name:
            raise DataFileError(f"{source}, line {number}: a state needs string 'id' and 'name'")
        qid = row.get("qid")
        kind = row.get("kind")
        states.setdefault(
            code,
            StateInfo(
                code,
                name,
                qid if isinstance(qid, str) else None,
                kind if isinstance(kind, str) else None,
            ),
        )

        def strings(field: str, row: dict[str, Any] = row, number: int = number) -> list[str]:
            return _strings(row, field, source, number)

        for kind_name, field in (
            ("name", "names"),
            ("genitive", "genitives"),
            ("metonym", "metonyms"),
            ("inhabitant", "inhabitants"),
            ("adjective", "invariant_adjectives"),
        ):
            forms = [name, *strings("names")] if field == "names" else strings(field)
            for form in forms:
                tokens = _strip_article(tokenize(form))
                variants = _inflected_variants(tokens) if kind_name == "metonym" else [tokens]
                kind_of_form = kind_name
                if kind_name == "metonym" and _is_genitive_of(form, forms):
                    kind_of_form = "metonym_genitive"  # "Moskaus", "Weißen Hauses"
                for variant in variants:
                    index.add(variant, code, kind_of_form)
        for stem in strings("adjectives"):
            stem = stem.lower()
            adjective_stems.setdefault(stem, code)
            for ending in ADJECTIVE_ENDINGS:
                adjectives.setdefault(stem + ending, (code, ending == ""))
        for stem in strings("compound_stems"):  # curated: "Jamaika-Koalition" is no state
            compound_stems.setdefault(stem, code)
    return StateGazetteer(states, index.compile(), adjectives, adjective_stems, compound_stems)


# -- units ---------------------------------------------------------------------------------------


@functools.cache
def load_units(path: str | None = None) -> UnitGazetteer:
    """Load and compile ``military_units.jsonl`` (cached per path).

    Args:
        path: A file in the ``military_units.jsonl`` schema; ``None`` for the built-in file.

    Raises:
        DataFileError: The file is missing or a line is malformed (names file and line).
    """
    found = _read_text(path, UNITS_FILE)
    if found is None:
        raise DataFileError(f"built-in data file {UNITS_FILE!r} is missing from the package")
    text, source = found
    heads: dict[str, UnitHead] = {}
    suffixes: dict[str, tuple[str, str]] = {}
    index = _PhraseIndex()
    named_units: dict[str, NamedUnit] = {}
    named_rows: list[tuple[tuple[str, ...], str]] = []
    for number, row in _jsonl_rows(text, source):
        label, pattern, key = row.get("label"), row.get("pattern"), row.get("id")
        if not isinstance(pattern, str) or not pattern or not isinstance(key, str) or not key:
            raise DataFileError(f"{source}, line {number}: needs string 'pattern' and 'id'")
        if label in ("UNIT_HEAD", "UNIT_SUFFIX"):
            needs = row.get("needs", "none")
            if needs not in UNIT_NEEDS:
                raise DataFileError(
                    f"{source}, line {number}: 'needs' must be one of {UNIT_NEEDS}, got {needs!r}"
                )
            if label == "UNIT_HEAD":
                heads.setdefault(pattern, UnitHead(key, needs))
            else:
                suffixes.setdefault(pattern.lower(), (key.lower(), needs))
        elif label == "UNIT_NAMED":
            state = row.get("state")
            if state is not None and not isinstance(state, str):
                raise DataFileError(f"{source}, line {number}: 'state' must be a string or null")
            named_units.setdefault(key, NamedUnit(key, state))
            tokens = tokenize(pattern)
            variants = _inflected_variants(tokens) if row.get("inflect") else [tokens]
            named_rows.append((tokens, key))
            for variant in variants:
                index.add(variant, key, "name")
        else:
            raise DataFileError(
                f"{source}, line {number}: unknown label {label!r} "
                "(expected UNIT_HEAD, UNIT_SUFFIX or UNIT_NAMED)"
            )
    for tokens, key in named_rows:
        # "Bataillon Asow" is also read in the genitive: "Kämpfer des Bataillons Asow"
        if len(tokens) > 1 and tokens[0] in heads and tokens[0] + "s" in heads:
            index.add((tokens[0] + "s", *tokens[1:]), key, "name")
    lengths = tuple(sorted({len(pattern) for pattern in suffixes}, reverse=True))
    return UnitGazetteer(heads, suffixes, lengths, index.compile(), named_units)


# -- first names (owned by the persons data; optional here) --------------------------------------


@functools.cache
def first_names() -> frozenset[str]:
    """Given names from ``data/first_names.txt`` (empty when the file is absent).

    Used only to reject a place name that is a surname ("Denzel Washington").
    """
    found = _read_text(None, FIRST_NAMES_FILE)
    if found is None:
        return frozenset()
    return frozenset(
        line.strip()
        for line in found[0].splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )

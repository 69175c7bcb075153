"""Loading of the claim lexicons in ``data/``: counted nouns, category words, modality markers,
source kinds and the states of non-state armed groups, each parsed once and cached
(``importlib.resources``, ``functools.cache``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib.resources import files

from nkru_extract.errors import DataFileError
from nkru_extract.types import CLAIM_CATEGORIES, CLAIM_MODALITIES, CLAIMANT_KINDS

__all__ = ["ClaimLexicon", "Marker", "load_claim_lexicon"]

_NOUN_CATEGORIES = frozenset(CLAIM_CATEGORIES) | {"none"}
_MARKER_MODALITIES = frozenset(CLAIM_MODALITIES) - {"asserted"}
_GAP = "..."
_INFLECTIONS = ("innen", "en", "n", "e", "s")


@dataclass(frozen=True, slots=True)
class Marker:
    """A modality marker: words (``"..."`` for a short gap, ``"x*"`` for a prefix)."""

    words: tuple[str, ...]
    modality: str

    def matches(self, words: list[str], at: int, max_gap: int = 6) -> int | None:
        """Whether the marker starts at ``words[at]``; the index after its last word or None."""
        i = at
        pending_gap = False
        for part in self.words:
            if part == _GAP:
                pending_gap = True
                continue
            limit = min(len(words), i + (max_gap + 1 if pending_gap else 1))
            found = next((j for j in range(i, limit) if _word_match(part, words[j])), None)
            if found is None:
                return None
            i = found + 1
            pending_gap = False
        return i


def _word_match(part: str, word: str) -> bool:
    if part.endswith("*"):
        return word.startswith(part[:-1])
    return word == part


@dataclass(frozen=True)
class ClaimLexicon:
    """The claim lexicons.

    Attributes:
        nouns: Counted-noun ending -> ``(category, needs_military_context)``.
        category_words: Word prefix -> category it gives a personnel noun ("getötet").
        markers: Modality markers, indexed by their first word (prefix markers under ``"*"``).
        sources: Source word or name -> claimant kind.
        owners: Name of a non-state armed group -> the state its forces count for.
    """

    nouns: dict[str, tuple[str, bool]]
    category_words: tuple[tuple[str, str], ...]
    markers: dict[str, tuple[Marker, ...]]
    sources: dict[str, str]
    owners: dict[str, str] = field(default_factory=dict)

    def owner_of(self, word: str) -> str | None:
        """The state of an armed group named by ``word`` or a part of its compound
        ("hamas-kämpfer" -> "PS", "huthis" -> "YE"), or None."""
        for part in word.lower().split("-"):
            found = self.owners.get(part) or (part.endswith("s") and self.owners.get(part[:-1]))
            if found:
                return found
        return None

    def noun_category(self, noun: str) -> tuple[str, bool] | None:
        """Category of a counted noun by its longest known ending, or None when unknown.

        Inflected forms fall back to their stem ("Elitesoldaten" -> "soldat")."""
        low = noun.lower().strip("-")
        for form in (low, *(low[: -len(e)] for e in _INFLECTIONS if low.endswith(e))):
            for cut in range(len(form)):
                entry = self.nouns.get(form[cut:])
                if entry is not None and (cut == 0 or len(form) - cut >= 3):
                    return entry
        return None

    def word_category(self, word: str) -> str | None:
        """The category a clause word gives a personnel noun ("getötet" -> casualties)."""
        low = word.lower()
        for prefix, category in self.category_words:
            if low.startswith(prefix):
                return category
        return None

    def markers_at(self, words: list[str], at: int) -> list[Marker]:
        """Markers that start at ``words[at]``."""
        word = words[at]
        found = [m for m in self.markers.get(word, ()) if m.matches(words, at) is not None]
        if word.startswith(self.prefixes):
            found += [
                m
                for m in self.markers.get("*", ())
                if _word_match(m.words[0], word) and m.matches(words, at) is not None
            ]
        return found

    @functools.cached_property
    def prefixes(self) -> tuple[str, ...]:
        """First words of the prefix markers, without their ``*``."""
        return tuple(m.words[0][:-1] for m in self.markers.get("*", ()))

    def source_kind(self, words: list[str]) -> str | None:
        """The kind of a source given as lower-case words (names first, then word endings)."""
        joined = " ".join(words)
        for name, kind in self.sources.items():
            if " " in name and name in joined:
                return kind
        for word in reversed(words):
            for cut in range(len(word)):
                found = self.sources.get(word[cut:])
                if found is not None and (cut == 0 or len(word) - cut >= 4):
                    return found
        return None


def _rows(name: str, columns: int) -> list[tuple[int, list[str]]]:
    try:
        text = (files("nkru_extract") / "data" / name).read_text(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - packaging error
        raise DataFileError(f"cannot read claim lexicon {name!r}: {exc}") from exc
    rows = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != columns or any(not c or c != c.strip() for c in cells):
            raise DataFileError(f"{name}, line {number}: expected {columns} columns: {raw!r}")
        if cells[0] != cells[0].lower():
            raise DataFileError(f"{name}, line {number}: entry not lower-case: {raw!r}")
        rows.append((number, cells))
    return rows


def _check(name: str, number: int, value: str, allowed: frozenset[str]) -> str:
    if value not in allowed:
        raise DataFileError(f"{name}, line {number}: {value!r} not in {sorted(allowed)}")
    return value


@functools.cache
def load_claim_lexicon() -> ClaimLexicon:
    """Load the built-in claim lexicons (cached).

    Raises:
        DataFileError: A file is missing or malformed.
    """
    nouns = {}
    for number, (ending, category, context) in _rows("claim_nouns_de.tsv", 3):
        _check("claim_nouns_de.tsv", number, category, _NOUN_CATEGORIES)
        _check("claim_nouns_de.tsv", number, context, frozenset({"military", "-"}))
        nouns[ending] = (category, context == "military")
    words = tuple(
        (prefix, _check("claim_verbs_de.tsv", number, category, frozenset(CLAIM_CATEGORIES)))
        for number, (prefix, category) in _rows("claim_verbs_de.tsv", 2)
    )
    markers: dict[str, list[Marker]] = {}
    for number, (pattern, modality) in _rows("claim_markers_de.tsv", 2):
        _check("claim_markers_de.tsv", number, modality, _MARKER_MODALITIES)
        parts = tuple(pattern.split())
        if parts[0] == _GAP or parts[-1] == _GAP:
            raise DataFileError(f"claim_markers_de.tsv, line {number}: gap at an edge")
        first = "*" if parts[0].endswith("*") else parts[0]
        markers.setdefault(first, []).append(Marker(parts, modality))
    sources = {
        word: _check("claim_sources_de.tsv", number, kind, frozenset(CLAIMANT_KINDS))
        for number, (word, kind) in _rows("claim_sources_de.tsv", 2)
    }
    owners = {}
    for number, (name, state) in _rows("claim_owners_de.tsv", 2):
        if len(state) != 2 or not state.isupper():
            raise DataFileError(f"claim_owners_de.tsv, line {number}: bad state code {state!r}")
        owners[name] = state
    return ClaimLexicon(
        owners=owners,
        nouns=nouns,
        category_words=words,
        markers={k: tuple(v) for k, v in markers.items()},
        sources=sources,
    )

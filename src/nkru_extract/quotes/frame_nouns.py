"""The information nouns of "nach + NP" source frames, loaded from ``data/frame_nouns_de.tsv``.

"Nach einer Stellungnahme der Armee ...", "Nach dem vorläufigen Endergebnis ...", "nach den
bisherigen Planungen ...": after "nach", a noun phrase headed by one of these nouns names the
source of the clause (unlike temporal "nach dem Absturz"). ``is_frame_noun`` tells whether a
token is such a head, with compound heads ("Fernsehbericht") where the data allows them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files

from nkru_extract.errors import DataFileError

__all__ = ["FrameNouns", "is_frame_noun", "load_frame_nouns"]

_FILE = "frame_nouns_de.tsv"
#: Shortest first part of a compound head ("EU-Dokument", "Endergebnis").
_MIN_COMPOUND_PREFIX = 2


@dataclass(frozen=True, slots=True)
class FrameNouns:
    """Frame nouns: whole-word forms and compound-head endings, each with its article need."""

    words: frozenset[str]
    endings: tuple[str, ...]
    indefinite_only: frozenset[str]


@functools.cache
def load_frame_nouns() -> FrameNouns:
    """The built-in frame-noun list.

    Returns:
        The forms of ``data/frame_nouns_de.tsv``.

    Raises:
        DataFileError: The file is missing or malformed.
    """
    try:
        text = (files("nkru_extract") / "data" / _FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"cannot read {_FILE}: {exc}") from exc
    words: set[str] = set()
    endings: set[str] = set()
    indefinite: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if (
            len(fields) != 3
            or not fields[0]
            or fields[0] != fields[0].lower()
            or fields[1] not in {"compound", "word"}
            or fields[2] not in {"any", "indefinite"}
        ):
            raise DataFileError(
                f"{_FILE}:{number}: expected 'form<TAB>compound|word<TAB>any|indefinite'"
            )
        words.add(fields[0])
        if fields[1] == "compound":
            endings.add(fields[0])
        if fields[2] == "indefinite":
            indefinite.add(fields[0])
    return FrameNouns(
        frozenset(words), tuple(sorted(endings, key=len, reverse=True)), frozenset(indefinite)
    )


def is_frame_noun(text: str, indefinite_article: bool) -> bool:
    """Whether the capitalised word ``text`` heads a "nach" source frame.

    Args:
        text: The head token's text ("Stellungnahme", "Fernsehbericht", "EU-Dokument").
        indefinite_article: Whether "einem"/"einer" stands between "nach" and the noun.

    Returns:
        True for a listed form or a compound ending in a listed compound form.
    """
    if not text[:1].isupper():
        return False
    nouns = load_frame_nouns()
    low = text.lower()
    form = low if low in nouns.words else None
    if form is None:
        form = next(
            (
                end
                for end in nouns.endings
                if low.endswith(end) and len(low) - len(end) >= _MIN_COMPOUND_PREFIX
            ),
            None,
        )
    if form is None:
        return False
    return indefinite_article or form not in nouns.indefinite_only

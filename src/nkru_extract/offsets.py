"""Carry result offsets from the text the pipeline saw back to the caller's text.

The pipeline may run on a text that differs from what the caller passed: a normalised copy
(soft hyphens dropped, entities decoded) or one window of a long document. Every result keeps
character offsets into the caller's original string, so after extraction each offset is sent
through an ``OffsetMap`` and each ``text`` that mirrors a span is cut again from the original.

The walk is generic over the result dataclasses, so a new result type or field follows the
naming rules below and needs no change here:

- ``start``/``end`` and every ``<name>_start``/``<name>_end`` pair are mapped (``None`` stays);
- ``text`` (for ``start``/``end``) and ``<name>_text`` are re-cut from the original; a result
  with non-empty ``parts`` (a quotation interrupted by its attribution) gets its parts re-cut
  and joined by one space, as ``Quote.text`` is defined;
- ``parts`` (pairs of offsets) are mapped pair by pair;
- nested results and tuples of results are walked too; other fields are kept as they are.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Protocol, TypeVar

__all__ = ["OffsetMap", "ShiftMap", "remap_offsets"]

T = TypeVar("T")


class OffsetMap(Protocol):
    """Maps offsets in the processed text to offsets in the original text."""

    def start(self, index: int) -> int:
        """The original offset of a span that starts at ``index``."""
        ...

    def end(self, index: int) -> int:
        """The original offset of a span that ends (exclusive) at ``index``."""
        ...


@dataclasses.dataclass(frozen=True, slots=True)
class ShiftMap:
    """The offset map of a window that starts at ``offset`` in the original text."""

    offset: int

    def start(self, index: int) -> int:
        return index + self.offset

    def end(self, index: int) -> int:
        return index + self.offset


def remap_offsets(result: T, mapping: OffsetMap, original: str) -> T:
    """Return ``result`` with every offset sent through ``mapping`` into ``original``.

    Example:
        >>> from nkru_extract.types import NumberMention
        >>> m = NumberMention(text="500", start=4, end=7, value=500)
        >>> moved = remap_offsets(m, ShiftMap(9), "Laut Bericht 500 Soldaten")
        >>> moved.start, moved.end, moved.text
        (13, 16, '500')

    A whole result (one with ``text`` but no ``start``, like ``Extraction``) gets
    ``text=original``.
    """
    walked = _walk(result, mapping, original)
    if dataclasses.is_dataclass(walked) and not isinstance(walked, type):
        names = {f.name for f in dataclasses.fields(walked)}
        if "text" in names and "start" not in names:
            walked = dataclasses.replace(walked, text=original)
    return walked  # type: ignore[no-any-return]


def _walk(value: Any, mapping: OffsetMap, original: str) -> Any:
    if isinstance(value, tuple):
        return tuple(_walk(item, mapping, original) for item in value)
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    names = {f.name for f in dataclasses.fields(value)}
    changes: dict[str, Any] = {}
    for name in names:
        if name != "start" and not name.endswith("_start"):
            continue
        prefix = name[: -len("start")]
        end_name = prefix + "end"
        start, end = getattr(value, name), getattr(value, end_name, None)
        if end_name not in names or start is None or end is None:
            continue
        new_start, new_end = _span(start, end, mapping)
        changes[name], changes[end_name] = new_start, new_end
        text_name = prefix + "text"
        if text_name in names and isinstance(getattr(value, text_name), str):
            changes[text_name] = original[new_start:new_end]
    parts = getattr(value, "parts", None) if "parts" in names else None
    if parts:
        new_parts = tuple(_span(start, end, mapping) for start, end in parts)
        changes["parts"] = new_parts
        if "text" in changes:
            changes["text"] = " ".join(original[start:end] for start, end in new_parts)
    for name in names - changes.keys():
        field_value = getattr(value, name)
        if isinstance(field_value, tuple) or dataclasses.is_dataclass(field_value):
            walked = _walk(field_value, mapping, original)
            if walked is not field_value:
                changes[name] = walked
    return dataclasses.replace(value, **changes) if changes else value


def _span(start: int, end: int, mapping: OffsetMap) -> tuple[int, int]:
    """Map one span; an empty span stays empty at its mapped start."""
    new_start = mapping.start(start)
    new_end = mapping.end(end) if end > start else new_start
    return new_start, max(new_start, new_end)

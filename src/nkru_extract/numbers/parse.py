"""PLACEHOLDER - replaced by the numbers work."""

from __future__ import annotations

from nkru_extract.types import NumberMention


def parse_number(text: str) -> int | float:
    raise NotImplementedError


def find_numbers(text: str) -> list[NumberMention]:
    return []

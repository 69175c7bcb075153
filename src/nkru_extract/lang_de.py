"""Closed German word classes shared by the capabilities (articles, determiners)."""

from __future__ import annotations

from typing import Final

__all__ = ["ARTICLES", "DEMONSTRATIVES", "POSSESSIVES_3RD"]

#: Definite and indefinite articles, every case.
ARTICLES: Final[frozenset[str]] = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"}
)
#: Demonstrative determiners.
DEMONSTRATIVES: Final[frozenset[str]] = frozenset(
    {"dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene"}
)
#: Third-person possessive determiners ("sein Sprecher", "ihre Ministerin").
POSSESSIVES_3RD: Final[frozenset[str]] = frozenset(
    {"sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren"}
)

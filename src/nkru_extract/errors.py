"""The library's exceptions: one base class, ``NkruError``, and specific subclasses.

Every error names the offending value. Subclasses also derive from the matching built-in
exception (``TypeError``, ``ValueError``, ``LookupError``) so callers can catch either.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "DataFileError",
    "InputTypeError",
    "ModelNotFoundError",
    "NkruError",
    "NumberParseError",
    "TextTooLongError",
    "check_text",
]


class NkruError(Exception):
    """Base class of every error raised by nkru_extract."""


class InputTypeError(NkruError, TypeError):
    """An argument has the wrong type; the message names what was passed."""


class NumberParseError(NkruError, ValueError):
    """A string is not a number expression; the message quotes the input."""


class ModelNotFoundError(NkruError, LookupError):
    """A named spaCy model or pipeline path could not be loaded; says how to install it."""


class TextTooLongError(NkruError, ValueError):
    """A text is longer than the pipeline's ``nlp.max_length``; says how to raise the limit."""


class DataFileError(NkruError, ValueError):
    """A data file (gazetteer, word list) is malformed; names the file and line."""


def describe(value: Any) -> str:
    """Short description of a value for error messages: its type and a clipped repr."""
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


def check_text(value: Any, argument: str = "text") -> str:
    """Return ``value`` if it is a ``str``; raise ``InputTypeError`` naming it otherwise."""
    if not isinstance(value, str):
        raise InputTypeError(f"{argument} must be str, got {describe(value)}")
    return value

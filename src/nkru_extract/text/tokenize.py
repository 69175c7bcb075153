"""Tokenisation in time linear in the text, whatever the text holds.

spaCy's tokenizer cuts prefixes and suffixes off each whitespace-free chunk one at a time and
copies the rest of the chunk at every cut, so a chunk of n characters that is all punctuation
(10,000 unpaired quotation marks, a scraped line of dashes) costs time in n²: 34 s for 10,000
``"`` in a row. ``make_doc`` tokenises text in pieces instead wherever a chunk is longer than
``MAX_RUN`` characters and joins the pieces into one ``Doc`` whose text is the input, unchanged.
Ordinary text (words, compounds, URLs shorter than ``MAX_RUN``) is tokenised in one call, exactly
as ``nlp.make_doc`` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["MAX_RUN", "make_doc"]

#: Longest whitespace-free chunk handed to the tokenizer in one piece.
MAX_RUN = 120

_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenise ``text`` like ``nlp.make_doc``, in linear time (see the module docstring).

    Example:
        >>> import spacy
        >>> doc = make_doc(spacy.blank("de"), "Er sagte: " + '"' * 500)
        >>> doc.text == "Er sagte: " + '"' * 500, len(doc)
        (True, 503)
    """
    if len(text) <= MAX_RUN or _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    docs = [nlp.make_doc(piece) for piece in _pieces(text)]
    return Doc.from_docs(docs, ensure_whitespace=False)


def _pieces(text: str) -> Iterator[str]:
    """``text`` cut before and inside each long chunk, every ``MAX_RUN`` characters."""
    done = 0
    for match in _LONG_RUN.finditer(text):
        if match.start() > done:
            yield text[done : match.start()]
        for start in range(match.start(), match.end(), MAX_RUN):
            yield text[start : min(start + MAX_RUN, match.end())]
        done = match.end()
    if done < len(text):
        yield text[done:]

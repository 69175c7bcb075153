"""The only place that registers spaCy extension attributes (idempotent, never ``force``).

Doc extensions:
    ``doc._.nkru_numbers``: tuple of ``NumberMention`` set by ``nkru_numbers``.
    ``doc._.nkru_entities``: tuple of ``EntityMention`` (credits included, flagged) set by
    ``nkru_entities``.
    ``doc._.nkru_quotes``: tuple of ``Quote`` set by ``nkru_quotes``.
Span extensions:
    ``span._.nkru_value``: numeric value of a span in ``doc.spans["nkru_numbers"]``.
    ``span._.nkru_number``: its ``NumberMention``.
    ``span._.nkru_entity``: the ``EntityMention`` of a span in ``doc.spans["nkru_entities"]``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["register_extensions"]

_DOC_EXTENSIONS = ("nkru_numbers", "nkru_entities", "nkru_quotes")
_SPAN_EXTENSIONS = ("nkru_value", "nkru_number", "nkru_entity")


def register_extensions() -> None:
    """Register the extension attributes once; calling it again does nothing."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)

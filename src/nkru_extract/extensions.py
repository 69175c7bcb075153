"""The only place that registers spaCy extension attributes (idempotent, never ``force``).

Doc extensions (set by the components, tuples of frozen result dataclasses):
    ``doc._.nkru_numbers``: ``NumberMention`` objects, set by ``nkru_numbers``.
    ``doc._.nkru_entities``: ``EntityMention`` objects (credits included, flagged), set by
    ``nkru_entities``.
    ``doc._.nkru_quotes``: ``Quote`` objects, set by ``nkru_quotes``.
    ``doc._.nkru_claims``: ``Claim`` objects, set by ``nkru_claims``.

Span extensions (read-only getters that look the result up on the Doc, so two spans over the
same characters, e.g. a STATE and a UNIT on "Nordkorea-Soldaten", never share a value):
    ``span._.nkru_entity``: the ``EntityMention`` of a span in ``doc.spans["nkru_entities"]``.
    ``span._.nkru_number``: the ``NumberMention`` of a span in ``doc.spans["nkru_numbers"]``.
    ``span._.nkru_value``: that mention's ``value``.

The result dataclasses are registered with srsly's msgpack codecs, so ``doc.to_bytes()``,
``DocBin(store_user_data=True)`` and ``nlp.pipe(..., n_process=2)`` carry them across.
"""

from __future__ import annotations

from typing import Any

import srsly.msgpack
from spacy.tokens import Doc, Span

from nkru_extract.types import Claim, EntityMention, NumberMention, Quote

__all__ = ["register_extensions"]

_DOC_EXTENSIONS = ("nkru_numbers", "nkru_entities", "nkru_quotes", "nkru_claims")
_CODEC_TAG = "__nkru__"
_CODEC_TYPES: dict[str, Any] = {
    "EntityMention": EntityMention,
    "NumberMention": NumberMention,
    "Quote": Quote,
    "Claim": Claim,
}


def _doc_accessors(name: str) -> tuple[Any, Any]:
    """Getter and setter that store the results in ``doc.user_data`` and give back a tuple."""
    key = f"nkru_extract.{name}"

    def get(doc: Doc) -> tuple[Any, ...] | None:
        value = doc.user_data.get(key)
        return None if value is None else tuple(value)

    def set_(doc: Doc, value: Any) -> None:
        doc.user_data[key] = None if value is None else tuple(value)

    return get, set_


def _inside(span: Span, start: int, end: int) -> bool:
    return span.start_char <= start and end <= span.end_char


def _span_entity(span: Span) -> EntityMention | None:
    for mention in span.doc._.nkru_entities or ():
        if (
            mention.label == span.label_
            and mention.key == span.id_
            and _inside(span, mention.start, mention.end)
        ):
            return mention  # type: ignore[no-any-return]
    return None


def _span_number(span: Span) -> NumberMention | None:
    for mention in span.doc._.nkru_numbers or ():
        if _inside(span, mention.start, mention.end):
            return mention  # type: ignore[no-any-return]
    return None


def _span_value(span: Span) -> int | float | None:
    mention = _span_number(span)
    return None if mention is None else mention.value


def _encode(obj: Any, chain: Any = None) -> Any:
    name = type(obj).__name__
    if _CODEC_TYPES.get(name) is type(obj):
        return {_CODEC_TAG: name, "data": obj.to_dict()}
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, dict) and _CODEC_TAG in obj and obj[_CODEC_TAG] in _CODEC_TYPES:
        return _CODEC_TYPES[obj[_CODEC_TAG]].from_dict(obj["data"])
    return obj if chain is None else chain(obj)


def register_extensions() -> None:
    """Register the extension attributes and msgpack codecs once; calling again does nothing."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            getter, setter = _doc_accessors(name)
            Doc.set_extension(name, getter=getter, setter=setter)
    getters = {"nkru_entity": _span_entity, "nkru_number": _span_number, "nkru_value": _span_value}
    for name, getter in getters.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)
    encoders = srsly.msgpack.msgpack_encoders
    if "nkru_extract" not in encoders.get_all():
        encoders.register("nkru_extract", func=_encode)
        srsly.msgpack.msgpack_decoders.register("nkru_extract", func=_decode)

"""PLACEHOLDER - replaced by the entities work."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.extensions import register_extensions


class EntityExtractor:
    def __init__(self, name: str = "nkru_entities") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.nkru_entities = ()
        return doc


@Language.factory("nkru_entities", assigns=["doc._.nkru_entities", "doc.spans"], default_config={})
def make_entity_extractor(nlp: Language, name: str) -> EntityExtractor:
    return EntityExtractor(name)

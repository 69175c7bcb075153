"""PLACEHOLDER - replaced by the numbers work."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.extensions import register_extensions


class NumberNormaliser:
    def __init__(self, name: str = "nkru_numbers") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.nkru_numbers = ()
        return doc


@Language.factory("nkru_numbers", assigns=["doc._.nkru_numbers", "doc.spans"], default_config={})
def make_number_normaliser(nlp: Language, name: str) -> NumberNormaliser:
    return NumberNormaliser(name)

"""PLACEHOLDER - replaced by the quotes work."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.extensions import register_extensions


class QuoteAttributor:
    def __init__(self, name: str = "nkru_quotes") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.nkru_quotes = ()
        return doc


@Language.factory("nkru_quotes", assigns=["doc._.nkru_quotes"], default_config={})
def make_quote_attributor(nlp: Language, name: str) -> QuoteAttributor:
    return QuoteAttributor(name)

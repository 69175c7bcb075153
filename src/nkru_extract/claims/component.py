"""The ``nkru_claims`` spaCy component: a thin wrapper over ``extract.extract_claims``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.claims.extract import extract_claims
from nkru_extract.claims.lexicon import load_claim_lexicon
from nkru_extract.extensions import register_extensions
from nkru_extract.quotes.lexicon import load_speech_verbs

__all__ = ["ClaimExtractor", "make_claim_extractor"]


class ClaimExtractor:
    """Sets ``doc._.nkru_claims`` (tuple of ``Claim``) and ``doc.spans[spans_key]``.

    Each span in ``doc.spans[spans_key]`` covers one claim's number mention, has the label
    ``category`` and ``span.id_`` = the state code (or ``""``).
    """

    def __init__(self, name: str = "nkru_claims", *, spans_key: str = "nkru_claims") -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.lexicon = load_claim_lexicon()
        self.speech_verbs = load_speech_verbs(None)

    def __call__(self, doc: Doc) -> Doc:
        """Find the claims of ``doc`` and return it."""
        claims = extract_claims(doc, self.lexicon, self.speech_verbs)
        doc._.nkru_claims = claims
        spans = []
        for claim in claims:
            number = claim.number
            span = doc.char_span(
                number.start, number.end, label=claim.category, alignment_mode="expand"
            )
            if span is not None:
                span.id_ = claim.state or ""
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "nkru_claims",
    assigns=["doc._.nkru_claims", "doc.spans"],
    requires=["doc.sents", "doc._.nkru_numbers", "doc._.nkru_entities", "doc._.nkru_quotes"],
    default_config={"spans_key": "nkru_claims"},
)
def make_claim_extractor(nlp: Language, name: str, spans_key: str) -> ClaimExtractor:
    """Build the ``nkru_claims`` component from its config."""
    return ClaimExtractor(name, spans_key=spans_key)

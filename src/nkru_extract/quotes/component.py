"""The ``nkru_quotes`` spaCy component: a thin wrapper over ``attribute.attribute_quotes``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.errors import InputTypeError, describe
from nkru_extract.extensions import register_extensions
from nkru_extract.quotes.attribute import attribute_quotes
from nkru_extract.quotes.lexicon import SpeechVerbs, load_speech_verbs

__all__ = ["QuoteAttributor", "make_quote_attributor"]


class QuoteAttributor:
    """Sets ``doc._.nkru_quotes`` (tuple of ``Quote``) and ``doc.spans[spans_key]``.

    Each span in ``doc.spans[spans_key]`` covers one statement (first to last part), has the
    label ``kind`` and ``span.id_`` = the speaker (or ``""``).
    """

    def __init__(
        self,
        name: str = "nkru_quotes",
        *,
        spans_key: str = "nkru_quotes",
        speech_verbs_path: str | None = None,
        max_sentence_distance: int = 2,
    ) -> None:
        if not isinstance(max_sentence_distance, int) or max_sentence_distance < 0:
            raise InputTypeError(
                f"max_sentence_distance must be an int >= 0, got {describe(max_sentence_distance)}"
            )
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.speech_verbs_path = speech_verbs_path
        self.max_sentence_distance = max_sentence_distance
        self.speech_verbs: SpeechVerbs = load_speech_verbs(speech_verbs_path)

    def __call__(self, doc: Doc) -> Doc:
        """Attribute the quotes of ``doc`` and return it."""
        quotes = attribute_quotes(
            doc,
            speech_verbs=self.speech_verbs,
            max_sentence_distance=self.max_sentence_distance,
        )
        doc._.nkru_quotes = quotes
        spans = []
        for quote in quotes:
            span = doc.char_span(quote.start, quote.end, label=quote.kind, alignment_mode="expand")
            if span is not None:
                span.id_ = quote.speaker or ""
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "nkru_quotes",
    assigns=["doc._.nkru_quotes", "doc.spans"],
    requires=["doc.sents", "token.lemma"],
    default_config={
        "spans_key": "nkru_quotes",
        "speech_verbs_path": None,
        "max_sentence_distance": 2,
    },
)
def make_quote_attributor(
    nlp: Language,
    name: str,
    spans_key: str,
    speech_verbs_path: str | None,
    max_sentence_distance: int,
) -> QuoteAttributor:
    """Build the ``nkru_quotes`` component from its config."""
    return QuoteAttributor(
        name,
        spans_key=spans_key,
        speech_verbs_path=speech_verbs_path,
        max_sentence_distance=max_sentence_distance,
    )

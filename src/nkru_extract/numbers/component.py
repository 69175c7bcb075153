"""spaCy component ``nkru_numbers``: number mentions as spans with their values.

The component runs ``find_numbers`` on ``doc.text`` and maps the character offsets to spans with
``doc.char_span(..., alignment_mode="expand")``, so it works whichever way the tokenizer splits
"11 000" (one token or two).
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc, Span

from nkru_extract.extensions import register_extensions
from nkru_extract.numbers.grammar import scan, unit_kind
from nkru_extract.numbers.lexicon import Lexicon, load_lexicon
from nkru_extract.types import NumberMention

__all__ = ["SPAN_LABELS", "NumberNormaliser", "make_number_normaliser"]

#: Span labels: money and percentages get their own label, every other figure is ``NUMBER``.
SPAN_LABELS: dict[str | None, str] = {"money": "MONEY", "percent": "PERCENT"}


class NumberNormaliser:
    """Find number mentions and put them on the Doc.

    Sets ``doc._.nkru_numbers`` (tuple of ``NumberMention``) and ``doc.spans[spans_key]`` with
    labels ``NUMBER``, ``MONEY`` or ``PERCENT``; each span carries ``span._.nkru_value`` (the
    value, ``None`` for a vague plural) and ``span._.nkru_number`` (the ``NumberMention``).
    When the pipeline has lemmas, a unit the number lists do not know gets the token's lemma.
    """

    def __init__(
        self,
        name: str = "nkru_numbers",
        *,
        spans_key: str = "nkru_numbers",
        number_words_path: str | None = None,
        unit_nouns_path: str | None = None,
        qualifiers_path: str | None = None,
    ) -> None:
        """Build the component.

        Args:
            name: The component name in the pipeline.
            spans_key: Key of the span group in ``doc.spans``.
            number_words_path: A TSV replacing the built-in number words; ``None`` = built-in.
            unit_nouns_path: A file replacing the built-in unit nouns; ``None`` = built-in.
            qualifiers_path: A TSV replacing the built-in qualifier phrases; ``None`` = built-in.
        """
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.lexicon: Lexicon = load_lexicon(number_words_path, unit_nouns_path, qualifiers_path)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        mentions = scan(doc.text, self.lexicon)
        use_lemmas = doc.has_annotation("LEMMA")
        spans: list[Span] = []
        final: list[NumberMention] = []
        for mention in mentions:
            if use_lemmas and mention.unit_lemma is None and mention.unit_start is not None:
                mention = self._lemma_from_doc(doc, mention)
            final.append(mention)
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            label = SPAN_LABELS.get(unit_kind(mention, self.lexicon), "NUMBER")
            span = Span(doc, span.start, span.end, label=label)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        doc._.nkru_numbers = tuple(final)
        return doc

    @staticmethod
    def _lemma_from_doc(doc: Doc, mention: NumberMention) -> NumberMention:
        assert mention.unit_start is not None and mention.unit_end is not None
        unit = doc.char_span(mention.unit_start, mention.unit_end, alignment_mode="expand")
        if unit is None or len(unit) != 1:
            return mention
        lemma = unit[0].lemma_
        if not lemma:
            return mention
        return dataclasses.replace(mention, unit_lemma=lemma)


@Language.factory(
    "nkru_numbers",
    assigns=["doc._.nkru_numbers", "doc.spans"],
    requires=[],
    default_config={
        "spans_key": "nkru_numbers",
        "number_words_path": None,
        "unit_nouns_path": None,
        "qualifiers_path": None,
    },
)
def make_number_normaliser(
    nlp: Language,
    name: str,
    spans_key: str,
    number_words_path: str | None,
    unit_nouns_path: str | None,
    qualifiers_path: str | None,
) -> NumberNormaliser:
    """Factory of the ``nkru_numbers`` component (config keys as in ``NumberNormaliser``)."""
    return NumberNormaliser(
        name,
        spans_key=spans_key,
        number_words_path=number_words_path,
        unit_nouns_path=unit_nouns_path,
        qualifiers_path=qualifiers_path,
    )

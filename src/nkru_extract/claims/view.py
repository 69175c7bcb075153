"""A light per-sentence view over a spaCy Doc for the claim rules: lower-case words, token
offsets, the entity and quote results of the earlier components, and sentence lookup by offset."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from nkru_extract.types import EntityMention, NumberMention, Quote

__all__ = ["DocView", "SentenceView"]


@dataclass(slots=True)
class SentenceView:
    """One sentence: its offsets, tokens and lower-case words."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    words: list[str]
    starts: list[int] = field(default_factory=list)

    def token_at(self, offset: int) -> int:
        """Index of the token that contains or follows character ``offset``."""
        return min(bisect.bisect_right(self.starts, offset) - 1, len(self.tokens) - 1)

    def token_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)


def _lines(sent: Span) -> list[list[Token]]:
    """The tokens of a sentence split at line breaks (headlines and list items end there)."""
    out: list[list[Token]] = [[]]
    for token in sent:
        if token.is_space or token.text.strip() == "":
            if "\n" in token.text and out[-1]:
                out.append([])
            continue
        out[-1].append(token)
        if "\n" in token.whitespace_:
            out.append([])
    return [tokens for tokens in out if tokens]


class DocView:
    """Sentences, entity mentions and quotes of a processed Doc, indexed for the claim rules."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.sentences: list[SentenceView] = []
        for sent in doc.sents:
            for tokens in _lines(sent):
                last = tokens[-1]
                self.sentences.append(
                    SentenceView(
                        index=len(self.sentences),
                        start=tokens[0].idx,
                        end=last.idx + len(last.text),
                        tokens=tokens,
                        words=[t.lower_ for t in tokens],
                        starts=[t.idx for t in tokens],
                    )
                )
        self._starts = [s.start for s in self.sentences]
        entities: Iterable[EntityMention] = doc._.nkru_entities or ()
        self.entities = sorted(
            (m for m in entities if not m.is_credit), key=lambda m: (m.start, m.end)
        )
        self.numbers: tuple[NumberMention, ...] = tuple(doc._.nkru_numbers or ())
        self.quotes: tuple[Quote, ...] = tuple(doc._.nkru_quotes or ())

    def sentence_of(self, offset: int) -> SentenceView | None:
        """The sentence that contains ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        sent = self.sentences[i]
        return sent if offset < sent.end else None

    def mentions_in(self, start: int, end: int) -> list[EntityMention]:
        """Entity mentions that lie inside ``[start, end)``."""
        return [m for m in self.entities if start <= m.start and m.end <= end]

    def same_paragraph(self, a: SentenceView, b: SentenceView) -> bool:
        """Whether no blank line separates sentences ``a`` and ``b`` (a before b)."""
        return (
            "\n\n" not in self.text[a.end : b.start] and "\n \n" not in self.text[a.end : b.start]
        )

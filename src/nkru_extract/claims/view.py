"""A light per-sentence view over a spaCy Doc for the claim rules: lower-case words, token
offsets, the entity and quote results of the earlier components, and sentence lookup by offset."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from nkru_extract.text.doc_view import doc_text
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
    markers: frozenset[str] | None = None  # modality markers, filled on first use

    def token_at(self, offset: int) -> int:
        """Index of the token that contains or follows character ``offset``."""
        return min(bisect.bisect_right(self.starts, offset) - 1, len(self.tokens) - 1)

    def token_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)


_LINE_BREAK = re.compile(r"\n\s*")


class DocView:
    """Sentences, entity mentions and quotes of a processed Doc, indexed for the claim rules.

    Sentences are the Doc's sentences further split at line breaks (headlines and list items
    end there); each is built only when a rule asks for it.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = tokens = doc_text(doc)
        self.text = text = tokens.text
        bounds = {a for a, first in zip(tokens.starts, tokens.sent_starts, strict=True) if first}
        bounds.update(tokens.starts[:1])
        bounds.update(m.end() for m in _LINE_BREAK.finditer(text))
        cuts = sorted(b for b in bounds if b < len(text))
        self._segments: list[tuple[int, int]] = []
        for a, b in zip(cuts, [*cuts[1:], len(text)], strict=False):
            piece = text[a:b]
            stripped = piece.strip()
            if stripped:
                start = a + len(piece) - len(piece.lstrip())
                self._segments.append((start, start + len(stripped)))
        self._built: dict[int, SentenceView] = {}
        self._military: bool | None = None
        self._starts = [a for a, _ in self._segments]
        entities: Iterable[EntityMention] = doc._.nkru_entities or ()
        self.entities = sorted(
            (m for m in entities if not m.is_credit), key=lambda m: (m.start, m.end)
        )
        self._entity_starts = [m.start for m in self.entities]
        self.numbers: tuple[NumberMention, ...] = tuple(
            sorted(doc._.nkru_numbers or (), key=lambda n: n.start)
        )
        self.number_starts = [n.start for n in self.numbers]
        self.quotes: tuple[Quote, ...] = tuple(doc._.nkru_quotes or ())
        self._quotes_by_sentence: dict[int, list[Quote]] = {}
        for quote in self.quotes:
            first = max(0, bisect.bisect_right(self._starts, quote.start) - 1)
            last = bisect.bisect_left(self._starts, quote.end)
            for index in range(first, max(first + 1, last)):
                self._quotes_by_sentence.setdefault(index, []).append(quote)

    def military_document(self, stems: tuple[str, ...]) -> bool:
        """Whether the document is about the military: a unit mention or two military words."""
        if self._military is None:
            words = (w.lower() for w in self.tokens.distinct)
            hits = sum(1 for w in words if any(stem in w for stem in stems))
            self._military = hits >= 2 or any(m.label == "UNIT" for m in self.entities)
        return self._military

    def word_after(self, offset: int) -> str:
        """The lower-case text of the first token starting at or after ``offset`` ("" if none)."""
        i = bisect.bisect_left(self.tokens.starts, offset)
        return self.tokens.words[i].lower() if i < len(self.tokens.words) else ""

    def quotes_in(self, sent: SentenceView) -> list[Quote]:
        """The quotes that overlap sentence ``sent``, in text order."""
        return self._quotes_by_sentence.get(sent.index, [])

    def numbers_after(self, offset: int) -> tuple[NumberMention, ...]:
        """Number mentions that start after ``offset``, in text order."""
        return self.numbers[bisect.bisect_right(self.number_starts, offset) :]

    @property
    def count(self) -> int:
        """The number of sentences."""
        return len(self._segments)

    def sentence(self, index: int) -> SentenceView:
        """Sentence number ``index`` (built on first use)."""
        built = self._built.get(index)
        if built is None:
            start, end = self._segments[index]
            span = self.doc.char_span(start, end, alignment_mode="expand")
            tokens = [t for t in span if not t.is_space] if span is not None else []
            if not tokens:  # pragma: no cover - a segment always holds a token
                tokens = [self.doc[0]]
            built = SentenceView(
                index=index,
                start=start,
                end=end,
                tokens=tokens,
                words=[t.lower_ for t in tokens],
                starts=[t.idx for t in tokens],
            )
            self._built[index] = built
        return built

    def sentence_of(self, offset: int) -> SentenceView | None:
        """The sentence that contains ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._segments[i][1]:
            return None
        return self.sentence(i)

    def mentions_in(self, start: int, end: int) -> list[EntityMention]:
        """Entity mentions that lie inside ``[start, end)``."""
        i = bisect.bisect_left(self._entity_starts, start)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            if self.entities[i].end <= end:
                out.append(self.entities[i])
            i += 1
        return out

    def same_paragraph(self, a: SentenceView, b: SentenceView) -> bool:
        """Whether no blank line separates sentences ``a`` and ``b`` (a before b)."""
        return (
            "\n\n" not in self.text[a.end : b.start] and "\n \n" not in self.text[a.end : b.start]
        )

"""spaCy component ``nkru_hf_ner``: a local Hugging Face token-classification model as NER.

The component runs a model directory on the user's disk (``AutoModelForTokenClassification`` and
its fast tokenizer, CPU or GPU) and writes its ``PER``/``LOC``/``ORG`` predictions to
``doc.ents``, where the person rules read them exactly as they read the embedded NER. Nothing is
ever downloaded: the model must be a local directory (``ModelNotFoundError`` otherwise).

How predictions reach spaCy tokens: each text is cut into word pieces with character offsets
(the tokenizer runs on the original text, so umlauts, ß and hyphen compounds keep their exact
offsets); texts longer than the model's window (512 pieces for BERT) are covered by overlapping
windows, and each piece takes its label from the window in which it lies farthest from an edge.
A spaCy token takes the label of the first piece that overlaps it (the first-subword convention
of BERT-style NER training). Labels are read from ``config.id2label``: ``B-``/``I-`` (also
``E-``/``S-``/``L-``/``U-`` and prefix-less IO labels); ``PER``/``PERSON``, ``LOC``/``LOCATION``/
``GPE`` and ``ORG``/``ORGANIZATION`` are kept, GermEval's ``*deriv`` and ``*part`` labels
(adjectives like "deutsche", compounds like "Merkel-Regierung") and ``OTH``/``MISC`` become "O".

``transformers`` and ``torch`` are imported only when the component is built.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from nkru_extract.errors import InputTypeError, ModelNotFoundError, describe

__all__ = ["FACTORY", "HFTokenClassifierNER", "entity_label", "make_hf_ner"]

logger = logging.getLogger("nkru_extract")

#: Name of the spaCy factory.
FACTORY = "nkru_hf_ner"
#: The pip extra that brings transformers and torch.
EXTRA_HINT = 'pip install "nkru_extract[transformers]"'
#: Entity types of a model's labels that we keep, mapped to our three labels.
_TYPES: dict[str, str] = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
}
_PREFIXED = re.compile(r"^([BIESLU])[-_](.+)$")
#: Prefixes that close an entity after the token that carries them.
_LAST = frozenset("ESLU")
#: Prefixes that start a new entity.
_FIRST = frozenset("BSU")
#: Documents tokenised together in ``pipe``.
_DOCS_PER_CHUNK = 64


_T = TypeVar("_T")


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """Consecutive lists of at most ``size`` items."""
    chunk: list[_T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def entity_label(label: str) -> tuple[str, str] | None:
    """Map a model label to (BIOES prefix, ``PER``/``LOC``/``ORG``), or None for "O".

    >>> entity_label("B-PER"), entity_label("I-LOC"), entity_label("ORG")
    (('B', 'PER'), ('I', 'LOC'), ('I', 'ORG'))
    >>> entity_label("B-LOCderiv"), entity_label("I-PERpart"), entity_label("B-OTH")
    (None, None, None)
    """
    match = _PREFIXED.match(label.strip())
    prefix, kind = (match.group(1), match.group(2)) if match else ("I", label.strip())
    upper = kind.upper()
    if upper.endswith(("DERIV", "PART")):
        return None
    mapped = _TYPES.get(upper)
    return None if mapped is None else (prefix, mapped)


@dataclass(frozen=True, slots=True)
class _Window:
    """One model input: pieces ``start:end`` of document ``doc`` (content, without specials)."""

    doc: int
    start: int
    end: int
    first: bool
    last: bool


def _windows(n_pieces: int, doc: int, size: int, stride: int) -> list[_Window]:
    """Overlapping windows of ``size`` pieces covering ``n_pieces``, ``stride`` pieces shared."""
    if n_pieces <= size:
        return [_Window(doc, 0, n_pieces, True, True)]
    step = size - stride
    starts = [*range(0, n_pieces - size, step), n_pieces - size]
    return [_Window(doc, s, s + size, i == 0, i == len(starts) - 1) for i, s in enumerate(starts)]


def _load_backend(path: Path, device: str | None) -> tuple[Any, Any, Any, str]:
    """Import transformers/torch lazily; return (torch, tokenizer, model, device)."""
    try:
        import torch
        from transformers import AutoModelForTokenClassification, AutoTokenizer
    except ImportError as exc:
        raise ImportError(
            f"a transformers NER needs the packages transformers and torch: {EXTRA_HINT} ({exc})"
        ) from exc
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        model = AutoModelForTokenClassification.from_pretrained(str(path), local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(
            f"could not load a token-classification model from {str(path)!r}: {exc}"
        ) from exc
    if not getattr(tokenizer, "is_fast", False):
        raise ModelNotFoundError(
            f"{str(path)!r} has no fast tokenizer (tokenizer.json); character offsets need one"
        )
    resolved = device or ("cuda" if torch.cuda.is_available() else "cpu")
    model.to(resolved)
    model.eval()
    return torch, tokenizer, model, resolved


class HFTokenClassifierNER:
    """Write PER/LOC/ORG from a local transformers token-classification model to ``doc.ents``."""

    def __init__(
        self,
        name: str = FACTORY,
        model_path: str = "",
        device: str | None = None,
        batch_size: int = 16,
        window: int = 512,
        stride: int = 128,
    ) -> None:
        """Load the model.

        Args:
            name: The component name in the pipeline.
            model_path: A local directory saved with ``save_pretrained`` (model and fast
                tokenizer). Never a hub name: nothing is downloaded.
            device: A torch device (``"cpu"``, ``"cuda"``, ``"cuda:1"``, ``"mps"``); ``None``
                picks CUDA when available, else CPU.
            batch_size: Windows per forward pass.
            window: Most word pieces per window, special tokens included (capped at the
                model's ``max_position_embeddings``).
            stride: Word pieces shared by neighbouring windows of a long text.

        Raises:
            ModelNotFoundError: ``model_path`` is not a local directory holding a
                token-classification model with a fast tokenizer and PER/LOC/ORG labels.
            InputTypeError: a numeric setting is not a positive int.
            ImportError: transformers or torch is not installed (names the extra).
        """
        for key, value in (("batch_size", batch_size), ("window", window)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise InputTypeError(f"{key} must be a positive int, got {describe(value)}")
        if not isinstance(stride, int) or isinstance(stride, bool) or stride < 0:
            raise InputTypeError(f"stride must be an int >= 0, got {describe(stride)}")
        path = Path(model_path) if isinstance(model_path, str) and model_path else None
        if path is None or not path.is_dir() or not (path / "config.json").is_file():
            raise ModelNotFoundError(
                f"transformers NER model {model_path!r} is not a local model directory. "
                "Models are never downloaded: fetch one yourself (for example "
                "`hf download ORG/MODEL --local-dir DIR` where the Hugging Face hub is "
                "reachable), then pass ner='hf:DIR' or set NKRU_NER=hf:DIR."
            )
        self.name = name
        self.model_path = model_path
        self.device_arg = device
        self.batch_size = batch_size
        self.stride = stride
        self._torch, self.tokenizer, self.model, self.device = _load_backend(path, device)
        id2label = dict(self.model.config.id2label)
        self.labels: list[tuple[str, str] | None] = [
            entity_label(str(id2label[i])) for i in range(len(id2label))
        ]
        if not any(self.labels):
            raise ModelNotFoundError(
                f"{model_path!r} predicts no PER/LOC/ORG labels (id2label: {id2label})"
            )
        self.prefix, self.suffix = self._special_tokens()
        limits = [window, int(getattr(self.model.config, "max_position_embeddings", 0) or window)]
        model_max = getattr(self.tokenizer, "model_max_length", None)
        if isinstance(model_max, int) and model_max < 100_000:  # unset means a huge sentinel
            limits.append(model_max)
        self.window = min(limits) - len(self.prefix) - len(self.suffix)
        if self.window < 2:
            raise InputTypeError(f"window {window} leaves no room for word pieces")
        self.stride = min(stride, self.window // 2)
        self.pad_id = int(self.tokenizer.pad_token_id or 0)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle by settings; the model is loaded again from ``model_path``."""
        window = self.window + len(self.prefix) + len(self.suffix)
        return (
            type(self),
            (self.name, self.model_path, self.device_arg, self.batch_size, window, self.stride),
        )

    def _special_tokens(self) -> tuple[list[int], list[int]]:
        """The special token ids the tokenizer puts before and after a text."""
        with_special: list[int] = self.tokenizer("a", add_special_tokens=True)["input_ids"]
        plain: list[int] = self.tokenizer("a", add_special_tokens=False)["input_ids"]
        for k in range(len(with_special) - len(plain) + 1):
            if with_special[k : k + len(plain)] == plain:
                return with_special[:k], with_special[k + len(plain) :]
        return [], []

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.ents`` from the model's predictions and return ``doc``."""
        self._annotate([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Annotate a stream of Docs; texts are tokenised and run in batches."""
        for docs in _chunks(stream, min(batch_size, _DOCS_PER_CHUNK)):
            self._annotate(docs)
            yield from docs

    def _annotate(self, docs: Sequence[Doc]) -> None:
        """Tokenise, run the windows batched, and write the entities of ``docs``."""
        encoded = self.tokenizer(
            [doc.text for doc in docs],
            add_special_tokens=False,
            return_offsets_mapping=True,
            return_attention_mask=False,
            verbose=False,
        )
        ids: list[list[int]] = encoded["input_ids"]
        offsets: list[list[tuple[int, int]]] = encoded["offset_mapping"]
        windows = [
            w
            for d, piece_ids in enumerate(ids)
            for w in _windows(len(piece_ids), d, self.window, self.stride)
        ]
        labels = [[-1] * len(piece_ids) for piece_ids in ids]
        margins = [[-1] * len(piece_ids) for piece_ids in ids]
        # longest first, so each batch pads to similar lengths
        windows.sort(key=lambda w: w.end - w.start, reverse=True)
        for batch in _chunks(windows, self.batch_size):
            predicted = self._predict([ids[w.doc][w.start : w.end] for w in batch])
            for w, row in zip(batch, predicted, strict=True):
                for k, label in enumerate(row):
                    piece = w.start + k
                    left = piece - w.start if not w.first else w.end
                    right = w.end - 1 - piece if not w.last else w.end
                    margin = min(left, right)
                    if margin > margins[w.doc][piece]:
                        margins[w.doc][piece] = margin
                        labels[w.doc][piece] = label
        for doc, piece_offsets, piece_labels in zip(docs, offsets, labels, strict=True):
            doc.ents = self._spans(doc, piece_offsets, piece_labels)

    def _predict(self, rows: list[list[int]]) -> list[list[int]]:
        """Label ids per content piece of each row (special tokens added and removed here)."""
        torch = self._torch
        inputs = [self.prefix + row + self.suffix for row in rows]
        width = max(len(x) for x in inputs)
        input_ids = torch.full((len(inputs), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(inputs), width), dtype=torch.long)
        for i, x in enumerate(inputs):
            input_ids[i, : len(x)] = torch.tensor(x, dtype=torch.long)
            mask[i, : len(x)] = 1
        with torch.inference_mode():
            logits = self.model(
                input_ids=input_ids.to(self.device), attention_mask=mask.to(self.device)
            ).logits
        best = logits.argmax(dim=-1).cpu().tolist()
        skip = len(self.prefix)
        return [best[i][skip : skip + len(row)] for i, row in enumerate(rows)]

    def _spans(
        self, doc: Doc, piece_offsets: list[tuple[int, int]], piece_labels: list[int]
    ) -> list[Span]:
        """Entity spans over spaCy tokens; a token takes the label of its first piece."""
        spans: list[Span] = []
        current: tuple[int, str] | None = None  # (start token, label)
        p = 0
        n = len(piece_offsets)
        for token in doc:
            start, end = token.idx, token.idx + len(token.text)
            while p < n and (
                piece_offsets[p][1] <= start or piece_offsets[p][1] <= piece_offsets[p][0]
            ):
                p += 1
            label: tuple[str, str] | None = None
            if not token.is_space and p < n and piece_offsets[p][0] < end:
                index = piece_labels[p]
                label = self.labels[index] if index >= 0 else None
            if label is None:
                if current is not None:
                    spans.append(Span(doc, current[0], token.i, label=current[1]))
                    current = None
                continue
            prefix, kind = label
            if current is not None and (prefix in _FIRST or current[1] != kind):
                spans.append(Span(doc, current[0], token.i, label=current[1]))
                current = None
            if current is None:
                current = (token.i, kind)
            if prefix in _LAST:
                spans.append(Span(doc, current[0], token.i + 1, label=current[1]))
                current = None
        if current is not None:
            spans.append(Span(doc, current[0], len(doc), label=current[1]))
        return spans


@Language.factory(
    FACTORY,
    assigns=["doc.ents"],
    default_config={
        "model_path": "",
        "device": None,
        "batch_size": 16,
        "window": 512,
        "stride": 128,
    },
)
def make_hf_ner(
    nlp: Language,
    name: str,
    model_path: str,
    device: str | None,
    batch_size: int,
    window: int,
    stride: int,
) -> HFTokenClassifierNER:
    """spaCy factory of ``nkru_hf_ner`` (see ``HFTokenClassifierNER``)."""
    return HFTokenClassifierNER(name, model_path, device, batch_size, window, stride)

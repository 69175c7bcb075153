"""Backbone resolution, pipeline assembly and the one-call API (``load``, ``extract``).

The backbone is chosen in this order:

1. the ``model`` argument (an installed spaCy package name, a path to a saved pipeline, or
   ``"embedded"``);
2. the environment variable ``NKRU_MODEL`` (same values);
3. ``de_core_news_lg``, ``de_core_news_md``, ``de_core_news_sm``, the first that is installed;
4. the embedded default: a blank German pipeline with a rule-based sentencizer and the lookup
   lemmatizer (tables from ``spacy-lookups-data``), no statistical model and no download.

A model that is named but missing raises ``ModelNotFoundError``; it never falls back silently.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import multiprocessing
import multiprocessing.context
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import TypeVar, overload

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.errors import InputTypeError, ModelNotFoundError, check_text, describe
from nkru_extract.extensions import register_extensions
from nkru_extract.ner import ENV_VAR as NER_ENV_VAR
from nkru_extract.ner import add_ner
from nkru_extract.offsets import OffsetMap, remap_offsets
from nkru_extract.text.lookups import lemma_lookups
from nkru_extract.text.normalize import IdentityMap
from nkru_extract.text.normalize import normalize as normalize_text
from nkru_extract.text.tokenize import make_doc
from nkru_extract.types import EntityMention, Extraction
from nkru_extract.windows import DEFAULT_WINDOW, extract_windows

__all__ = [
    "COMPONENTS",
    "DEFAULT_WINDOW",
    "EMBEDDED",
    "PREFERRED_MODELS",
    "add_to",
    "backbone_name",
    "doc_to_extraction",
    "extract",
    "extract_many",
    "load",
]

logger = logging.getLogger("nkru_extract")

#: The name that selects the embedded default backbone.
EMBEDDED = "embedded"
#: Installed spaCy packages tried, in order, when no model is named.
PREFERRED_MODELS: tuple[str, ...] = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm")
#: Our components, in pipeline order (numbers first: entities and quotes read them).
COMPONENTS: tuple[str, ...] = ("nkru_numbers", "nkru_entities", "nkru_quotes", "nkru_claims")
_META_KEY = "nkru_backbone"
_Id = TypeVar("_Id")
_ENV_VAR = "NKRU_MODEL"

_INSTALL_HINT = (
    "Install it with `python -m spacy download {name}` (needs internet access to GitHub), "
    "or pass model='embedded' to use the built-in default that needs no download."
)


def _is_installed(name: str) -> bool:
    return bool(spacy.util.is_package(name))


def _load_embedded() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.initialize()
    # the lemma table shared with the person rules, compact (see text/lookups.py)
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lemmatizer.initialize(lookups=lemma_lookups())  # type: ignore[attr-defined]
    return nlp


def _load_named(name: str) -> tuple[Language, str]:
    path = Path(name)
    if path.exists():
        try:
            nlp = spacy.load(path)
        except (OSError, ValueError) as exc:
            raise ModelNotFoundError(
                f"could not load a spaCy pipeline from path {name!r}: {exc}"
            ) from exc
        label = (
            nlp.meta.get(_META_KEY)
            or f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'pipeline')}"
        )
        return nlp, str(label)
    if not _is_installed(name):
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed. " + _INSTALL_HINT.format(name=name)
        )
    nlp = spacy.load(name)
    return nlp, f"{name}-{nlp.meta.get('version', '0')}"


def backbone_name(nlp: Language) -> str:
    """The backbone label of a pipeline built by ``load`` or ``add_to``."""
    label = nlp.meta.get(_META_KEY)
    if label:
        return str(label)
    name = nlp.meta.get("name", "")
    if name and name != "pipeline":
        return f"{nlp.meta.get('lang', 'xx')}_{name}-{nlp.meta.get('version', '0')}"
    return EMBEDDED


def add_to(nlp: Language, components: Sequence[str] = COMPONENTS) -> Language:
    """Add our components to an existing German pipeline (those it lacks), in order; return it."""
    if not isinstance(nlp, Language):
        raise InputTypeError(f"nlp must be a spacy.language.Language, got {describe(nlp)}")
    for name in components:
        if name not in COMPONENTS:
            raise InputTypeError(f"unknown component {name!r}; choose from {list(COMPONENTS)}")
    for name in components:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    nlp.meta.setdefault(_META_KEY, backbone_name(nlp))
    return nlp


def load(
    model: str | os.PathLike[str] | None = None,
    components: Sequence[str] = COMPONENTS,
    *,
    ner: str | None = None,
    device: str | None = None,
) -> Language:
    """Return a German spaCy pipeline with the nkru components.

    Args:
        model: An installed spaCy package name, a path to a saved pipeline, ``"embedded"``, or
            ``None`` to pick the best installed backbone (see the module docstring).
        components: Which of our components to add (default: all three, in pipeline order).
        ner: An extra statistical NER whose ``doc.ents`` the person rules merge:
            ``"embedded"`` (shipped in the wheel), ``"hf:PATH"`` (a local transformers
            token-classification model directory) or ``"none"``; ``None`` reads ``NKRU_NER``
            (unset: none). See ``nkru_extract.ner``.
        device: Torch device of an ``hf:`` NER (``None``: CUDA when available, else CPU).

    Returns:
        The pipeline. ``nlp.meta["nkru_backbone"]`` names the backbone.

    Raises:
        ModelNotFoundError: A named model is not installed or a path does not hold a pipeline,
            or ``ner`` names no usable NER.
        InputTypeError: ``model`` is not a string or path.
    """
    if model is not None and not isinstance(model, (str, os.PathLike)):
        raise InputTypeError(f"model must be a str, a path or None, got {describe(model)}")
    register_extensions()
    requested = os.fspath(model) if model is not None else os.environ.get(_ENV_VAR) or None
    if requested is not None and requested != EMBEDDED:
        nlp, label = _load_named(requested)
    elif requested == EMBEDDED:
        nlp, label = _load_embedded(), EMBEDDED
    else:
        found = next((name for name in PREFERRED_MODELS if _is_installed(name)), None)
        if found is not None:
            nlp, label = _load_named(found)
        else:
            nlp, label = _load_embedded(), EMBEDDED
    nlp.meta[_META_KEY] = nlp.meta.get(_META_KEY) or label
    ner_spec = ner if ner is not None else os.environ.get(NER_ENV_VAR)
    if ner_spec is not None:
        add_ner(nlp, ner_spec, device=device)
    add_to(nlp, components)
    logger.info("nkru_extract: using backbone %s", nlp.meta[_META_KEY])
    return nlp


def doc_to_extraction(doc: Doc, backbone: str = EMBEDDED) -> Extraction:
    """Collect what the components put on ``doc`` into an ``Extraction``."""
    entities: Iterable[EntityMention] = doc._.nkru_entities or ()
    persons, states, units, credits = [], [], [], []
    for mention in entities:
        if mention.is_credit:
            credits.append(mention)
        elif mention.label == "PERSON":
            persons.append(mention)
        elif mention.label == "STATE":
            states.append(mention)
        elif mention.label == "UNIT":
            units.append(mention)
    return Extraction(
        text=doc.text,
        persons=tuple(persons),
        states=tuple(states),
        units=tuple(units),
        numbers=tuple(doc._.nkru_numbers or ()),
        quotes=tuple(doc._.nkru_quotes or ()),
        claims=tuple(doc._.nkru_claims or ()),
        credits=tuple(credits),
        backbone=backbone,
    )


_default_nlp: Language | None = None
_default_lock = threading.Lock()


def _default() -> Language:
    global _default_nlp
    with _default_lock:
        if _default_nlp is None:
            _default_nlp = load()
        return _default_nlp


def _resolve(nlp: Language | None) -> Language:
    if nlp is None:
        return _default()
    if not isinstance(nlp, Language):
        raise InputTypeError(f"nlp must be a spacy.language.Language or None, got {describe(nlp)}")
    return nlp


def _window_size(window: int | None, nlp: Language) -> int:
    """The window size for ``nlp``: ``window`` or ``DEFAULT_WINDOW``, at most ``nlp.max_length``."""
    if window is not None and (
        not isinstance(window, int) or isinstance(window, bool) or window < 1
    ):
        raise InputTypeError(f"window must be a positive int or None, got {describe(window)}")
    return max(1, min(window or DEFAULT_WINDOW, nlp.max_length))


def _normalised(text: str, normalize: bool) -> tuple[str, OffsetMap | None]:
    """The text the pipeline sees and the map back to ``text`` (``None``: unchanged)."""
    if not normalize:
        return text, None
    cleaned, mapping = normalize_text(text)
    return (text, None) if isinstance(mapping, IdentityMap) else (cleaned, mapping)


def _restored(result: Extraction, mapping: OffsetMap | None, original: str) -> Extraction:
    """``result`` with offsets and texts pointing into the caller's ``original``."""
    return result if mapping is None else remap_offsets(result, mapping, original)


def _extract_text(
    text: str, nlp: Language, backbone: str, window: int, normalize: bool = True
) -> Extraction:
    """One checked text to its ``Extraction``: normalised first, then whole or by windows."""
    cleaned, mapping = _normalised(text, normalize)
    return _extract_cleaned(text, cleaned, mapping, nlp, backbone, window)


def _extract_cleaned(
    text: str,
    cleaned: str,
    mapping: OffsetMap | None,
    nlp: Language,
    backbone: str,
    window: int,
) -> Extraction:
    """``text`` already normalised to ``cleaned`` (``mapping`` leads back): whole or by windows."""
    if not cleaned.strip():
        return Extraction(text=text, backbone=backbone)
    if len(cleaned) <= window:
        result = doc_to_extraction(nlp(make_doc(nlp, cleaned)), backbone)
    else:
        result = extract_windows(
            cleaned, lambda part: _extract_text(part, nlp, backbone, window, False), window
        )
    return _restored(result, mapping, text)


def extract(
    text: str,
    nlp: Language | None = None,
    *,
    window: int | None = None,
    normalize: bool = True,
) -> Extraction:
    """Extract people, states, units, numbers and quotes from one German text.

    Args:
        text: The text, of any length. An empty string gives an empty ``Extraction``.
        nlp: A pipeline from ``load``; by default a cached ``load()``.
        window: Texts longer than this many characters are processed in paragraph-aligned
            windows (see ``nkru_extract.windows``); default ``DEFAULT_WINDOW`` (100,000), never
            more than ``nlp.max_length``.
        normalize: Clean the text first (NFC, HTML entities, soft hyphens, zero-width and
            no-break spaces; see ``nkru_extract.text.normalize``). Offsets always index ``text``.

    Raises:
        InputTypeError: ``text`` is not a ``str``.
    """
    check_text(text)
    pipeline = _resolve(nlp)
    size = _window_size(window, pipeline)
    return _extract_text(text, pipeline, backbone_name(pipeline), size, normalize)


@overload
def extract_many(
    texts: Iterable[str],
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    *,
    ids: None = None,
    on_progress: Callable[[int], object] | None = None,
    window: int | None = None,
    normalize: bool = True,
) -> Iterator[Extraction]: ...


@overload
def extract_many(
    texts: Iterable[str],
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    *,
    ids: Iterable[_Id],
    on_progress: Callable[[int], object] | None = None,
    window: int | None = None,
    normalize: bool = True,
) -> Iterator[tuple[_Id, Extraction]]: ...


def extract_many(
    texts: Iterable[str],
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    *,
    ids: Iterable[_Id] | None = None,
    on_progress: Callable[[int], object] | None = None,
    window: int | None = None,
    normalize: bool = True,
) -> Iterator[Extraction] | Iterator[tuple[_Id, Extraction]]:
    """Like ``extract`` over many texts: streaming, in input order, optionally in parallel.

    Args:
        texts: Any iterable of strings (a generator over a million files is fine: at most a few
            batches are held in memory at a time).
        nlp: A pipeline from ``load``; by default a cached ``load()``.
        n_process: Worker processes. With more than one, a pool of processes each holding a
            copy of the pipeline turns whole batches into finished ``Extraction`` objects;
            the parent only reorders them. Results equal those of ``n_process=1``. Workers are
            forked where that is safe (Linux, no other threads), else started with
            ``forkserver``/``spawn`` (then guard your script with ``if __name__ == "__main__"``).
        batch_size: Texts per batch (the unit of work sent to a worker).
        ids: Optional identifiers, one per text; then ``(id, Extraction)`` pairs are yielded.
        on_progress: Called with the number of documents finished so far after each one.
        window: Window size for long texts, as in ``extract``.
        normalize: Clean each text first, as in ``extract``.

    Raises:
        InputTypeError: ``texts`` is a single string, an item is not a string, or an
            argument is out of range.
    """
    if isinstance(texts, str):
        raise InputTypeError("texts must be an iterable of str, got a single str; use extract()")
    for name, value in (("n_process", n_process), ("batch_size", batch_size)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputTypeError(f"{name} must be a positive int, got {describe(value)}")
    pipeline = _resolve(nlp)
    backbone = backbone_name(pipeline)
    size = _window_size(window, pipeline)
    batches = _batches(texts, batch_size)
    if n_process == 1:
        results: Iterator[Extraction] = (
            result
            for batch in batches
            for result in _run_batch(pipeline, backbone, size, normalize, batch)
        )
    else:
        results = _run_pool(batches, pipeline, backbone, size, normalize, n_process)
    if on_progress is not None:
        results = _counted(results, on_progress)
    if ids is None:
        return results
    return zip(ids, results, strict=True)


def _counted(
    results: Iterator[Extraction], on_progress: Callable[[int], object]
) -> Iterator[Extraction]:
    for done, result in enumerate(results, 1):
        on_progress(done)
        yield result


def _batches(texts: Iterable[str], batch_size: int) -> Iterator[list[str]]:
    """Checked texts in lists of ``batch_size``."""
    batch: list[str] = []
    for index, text in enumerate(texts):
        check_text(text, f"texts[{index}]")
        batch.append(text)
        if len(batch) == batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_batch(
    nlp: Language, backbone: str, window: int, normalize: bool, texts: list[str]
) -> list[Extraction]:
    """The ``Extraction`` of each text, normalised once: short texts through ``nlp.pipe``, long
    ones by windows."""
    prepared = [_normalised(text, normalize) for text in texts]
    results: list[Extraction | None] = [None] * len(texts)
    short = [
        i for i, (cleaned, _) in enumerate(prepared) if cleaned.strip() and len(cleaned) <= window
    ]
    docs = nlp.pipe(make_doc(nlp, prepared[i][0]) for i in short)
    for i, doc in zip(short, docs, strict=True):
        results[i] = _restored(doc_to_extraction(doc, backbone), prepared[i][1], texts[i])
    return [
        result
        if result is not None
        else _extract_cleaned(texts[i], *prepared[i], nlp, backbone, window)
        for i, result in enumerate(results)
    ]


# -- worker processes ------------------------------------------------------------------------
#: The worker process's pipeline, backbone label, window size and normalisation switch (set by
#: ``_init_worker``).
_worker: list[tuple[Language, str, int, bool]] = []


def _init_worker(nlp: Language, backbone: str, window: int, normalize: bool) -> None:
    _worker[:] = [(nlp, backbone, window, normalize)]


def _work(texts: list[str]) -> list[Extraction]:
    """Worker side: finished results without their text (the parent has it)."""
    nlp, backbone, window, normalize = _worker[0]
    results = _run_batch(nlp, backbone, window, normalize, texts)
    return [dataclasses.replace(result, text="") for result in results]


def _mp_context() -> multiprocessing.context.BaseContext:
    """``fork`` where it is cheap and safe (not macOS, no other threads), else a clean start."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform != "darwin" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _run_pool(
    batches: Iterator[list[str]],
    nlp: Language,
    backbone: str,
    window: int,
    normalize: bool,
    n_process: int,
) -> Iterator[Extraction]:
    """Batches to worker processes, at most a few in flight; results in input order."""
    context = _mp_context()
    # forked workers share the parent's memory until they write to it: keep the collector from
    # walking (and so copying) every inherited object in each worker
    gc.freeze()
    try:
        pool = context.Pool(n_process, _init_worker, (nlp, backbone, window, normalize))
    finally:
        gc.unfreeze()
    with pool:
        pending: deque[tuple[list[str], AsyncResult[list[Extraction]]]] = deque()
        limit = 2 * n_process + 2
        for batch in batches:
            pending.append((batch, pool.apply_async(_work, (batch,))))
            while len(pending) >= limit:
                yield from _finished(*pending.popleft())
        while pending:
            yield from _finished(*pending.popleft())


def _finished(texts: list[str], result: AsyncResult[list[Extraction]]) -> Iterator[Extraction]:
    for text, extraction in zip(texts, result.get(), strict=True):
        yield dataclasses.replace(extraction, text=text)

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

import logging
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.errors import (
    InputTypeError,
    ModelNotFoundError,
    TextTooLongError,
    check_text,
    describe,
)
from nkru_extract.extensions import register_extensions
from nkru_extract.ner import ENV_VAR as NER_ENV_VAR
from nkru_extract.ner import add_ner
from nkru_extract.types import EntityMention, Extraction

__all__ = [
    "COMPONENTS",
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
COMPONENTS: tuple[str, ...] = ("nkru_numbers", "nkru_entities", "nkru_quotes")
_META_KEY = "nkru_backbone"
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
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
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


def _check_length(text: str, nlp: Language, argument: str = "text") -> str:
    if len(text) > nlp.max_length:
        raise TextTooLongError(
            f"{argument} has {len(text):,} characters, more than nlp.max_length = "
            f"{nlp.max_length:,}; split the text, or raise nlp.max_length if memory allows"
        )
    return text


def extract(text: str, nlp: Language | None = None) -> Extraction:
    """Extract people, states, units, numbers and quotes from one German text.

    Args:
        text: The text. An empty string gives an empty ``Extraction``.
        nlp: A pipeline from ``load``; by default a cached ``load()``.

    Raises:
        InputTypeError: ``text`` is not a ``str``.
        TextTooLongError: ``text`` is longer than ``nlp.max_length``.
    """
    check_text(text)
    pipeline = _resolve(nlp)
    _check_length(text, pipeline)
    backbone = backbone_name(pipeline)
    if not text.strip():
        return Extraction(text=text, backbone=backbone)
    return doc_to_extraction(pipeline(text), backbone)


def extract_many(
    texts: Iterable[str],
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 32,
) -> Iterator[Extraction]:
    """Like ``extract`` over many texts, streaming, in input order (uses ``nlp.pipe``)."""
    if isinstance(texts, str):
        raise InputTypeError("texts must be an iterable of str, got a single str; use extract()")
    for name, value in (("n_process", n_process), ("batch_size", batch_size)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputTypeError(f"{name} must be a positive int, got {describe(value)}")
    pipeline = _resolve(nlp)
    backbone = backbone_name(pipeline)

    def checked() -> Iterator[str]:
        for index, text in enumerate(texts):
            check_text(text, f"texts[{index}]")
            yield _check_length(text, pipeline, f"texts[{index}]")

    for doc in pipeline.pipe(checked(), n_process=n_process, batch_size=batch_size):
        yield doc_to_extraction(doc, backbone)

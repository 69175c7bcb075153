"""The small statistical German NER (PER/LOC/ORG) shipped with the package.

The model lives in ``nkru_extract/data/ner_de``: a spaCy pipeline that holds only an ``ner``
component with its own internal tok2vec (no listener, no vectors), trained on the DFKI SmartData
corpus (CC BY 4.0, see ``data/README.md``). It needs no download and is meant for the embedded
default backbone, where no ``de_core_news_*`` package is installed; the rule-based entity
extractor reads its ``doc.ents``.

Example:
    >>> import spacy
    >>> from nkru_extract.embedded_ner import add_embedded_ner
    >>> nlp = spacy.blank("de")
    >>> add_embedded_ner(nlp)
    True
    >>> [(e.text, e.label_) for e in nlp("Angela Merkel besuchte Paris.").ents]
    [('Angela Merkel', 'PER'), ('Paris', 'LOC')]
"""

from __future__ import annotations

import functools
import logging
from importlib import resources

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer

from nkru_extract.errors import DataFileError, InputTypeError, describe

__all__ = ["MODEL_DIR", "add_embedded_ner", "embedded_ner_available"]

logger = logging.getLogger("nkru_extract")

#: Folder name of the shipped model under ``nkru_extract/data``.
MODEL_DIR = "ner_de"
#: Our own components; the NER goes before the first of them because they read ``doc.ents``.
_NKRU_COMPONENTS: tuple[str, ...] = ("nkru_numbers", "nkru_entities", "nkru_quotes")
_SOURCE_NAME = "ner"


@functools.cache
def _source_pipeline() -> Language | None:
    """Load the shipped pipeline once; ``None`` when its folder is not installed."""
    root = resources.files("nkru_extract") / "data" / MODEL_DIR
    if not root.is_dir() or not (root / "config.cfg").is_file():
        return None
    with resources.as_file(root) as path:
        nlp: Language = spacy.load(path)
    return nlp


def embedded_ner_available() -> bool:
    """Return whether the shipped NER model folder is installed and loads."""
    return _source_pipeline() is not None


def add_embedded_ner(nlp: Language, name: str = "ner") -> bool:
    """Add the shipped German NER (PER/LOC/ORG) to nlp; return False if the model folder is absent.

    The component is placed before the first nkru component already in ``nlp`` (they read
    ``doc.ents``), otherwise at the end. Each call adds an independent copy of the model, so
    several pipelines never share (and rename) one component object.

    Args:
        nlp: The pipeline to extend, typically ``spacy.blank("de")`` plus a sentencizer.
        name: Name of the new component in ``nlp``.

    Returns:
        True when the NER was added; False when the model folder is not installed or ``nlp``
        already has a component called ``name`` (then nothing is changed).

    Raises:
        InputTypeError: ``nlp`` is not a spaCy ``Language`` or ``name`` is not a non-empty str.
        DataFileError: the shipped folder holds no entity recognizer.
    """
    if not isinstance(nlp, Language):
        raise InputTypeError(f"nlp must be a spacy.language.Language, got {describe(nlp)}")
    if not isinstance(name, str) or not name:
        raise InputTypeError(f"name must be a non-empty str, got {describe(name)}")
    if name in nlp.component_names:
        logger.debug("pipeline already has a component %r; embedded NER not added", name)
        return False
    source = _source_pipeline()
    if source is None:
        logger.debug("embedded NER model folder %r is not installed", MODEL_DIR)
        return False
    before = next((pipe for pipe in _NKRU_COMPONENTS if pipe in nlp.component_names), None)
    src_pipe = source.get_pipe(_SOURCE_NAME)
    config = dict(source.config.interpolate()["components"][_SOURCE_NAME])
    config.pop("factory", None)
    if not isinstance(src_pipe, EntityRecognizer):
        raise DataFileError(f"{MODEL_DIR}/{_SOURCE_NAME} is not an EntityRecognizer: {src_pipe!r}")
    pipe = nlp.add_pipe("ner", name=name, config=config, before=before)
    assert isinstance(pipe, EntityRecognizer)
    pipe.from_bytes(src_pipe.to_bytes(exclude=["vocab"]), exclude=["vocab"])
    return True

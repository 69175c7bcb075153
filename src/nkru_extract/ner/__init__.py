"""Statistical NER backends that put PER/LOC/ORG on ``doc.ents`` for the person rules.

Two backends, chosen by a short spec string (``nkru_extract.load(ner=...)`` or the environment
variable ``NKRU_NER``):

* ``"embedded"``: the small spaCy NER shipped in the wheel (``nkru_extract.embedded_ner``);
* ``"hf:PATH"``: a local Hugging Face token-classification model directory
  (``nkru_extract.ner.hf``; needs the ``[transformers]`` extra, never downloads);
* ``"none"``: no extra NER.

Either way the component is called ``nkru_ner`` and runs before the nkru components, which read
``doc.ents`` exactly the same way whatever wrote them.
"""

from __future__ import annotations

import logging

from spacy.language import Language

from nkru_extract.embedded_ner import add_embedded_ner
from nkru_extract.errors import InputTypeError, ModelNotFoundError, describe
from nkru_extract.ner.hf import FACTORY as HF_FACTORY

__all__ = ["COMPONENT_NAME", "ENV_VAR", "add_ner"]

logger = logging.getLogger("nkru_extract")

#: Name of the NER component ``add_ner`` adds.
COMPONENT_NAME = "nkru_ner"
#: Environment variable read by ``nkru_extract.load`` when ``ner`` is not given.
ENV_VAR = "NKRU_NER"
_HF_PREFIX = "hf:"
_NONE = frozenset({"none", "off", ""})
#: Our components; the NER goes before the first of them because they read ``doc.ents``.
_NKRU_COMPONENTS: tuple[str, ...] = ("nkru_numbers", "nkru_entities", "nkru_quotes")


def add_ner(nlp: Language, spec: str, device: str | None = None) -> bool:
    """Add the NER that ``spec`` names to ``nlp``; return whether a component was added.

    Args:
        nlp: The pipeline.
        spec: ``"embedded"``, ``"hf:PATH"`` (a local model directory) or ``"none"``.
        device: Torch device for an ``hf:`` model (``None``: CUDA when available, else CPU).

    A statistical ``ner`` the backbone already has (``de_core_news_*``) is disabled when another
    NER is added, so that one model, the one asked for, writes ``doc.ents``. Nothing is added
    when ``nlp`` already has a ``nkru_ner`` component.

    Raises:
        InputTypeError: ``spec`` is not a str, or ``device`` is not a str or None.
        ModelNotFoundError: unknown spec, embedded model folder not installed, or an ``hf:``
            path that is not a local model directory.
        ImportError: ``hf:`` without transformers/torch installed (names the extra).
    """
    if not isinstance(spec, str):
        raise InputTypeError(
            f"ner must be a str such as 'embedded' or 'hf:PATH', got {describe(spec)}"
        )
    if device is not None and not isinstance(device, str):
        raise InputTypeError(f"device must be a str or None, got {describe(device)}")
    spec = spec.strip()
    if spec.lower() in _NONE:
        return False
    if COMPONENT_NAME in nlp.component_names:
        logger.debug("pipeline already has %r; no NER added", COMPONENT_NAME)
        return False
    before = next((pipe for pipe in _NKRU_COMPONENTS if pipe in nlp.component_names), None)
    if spec == "embedded":
        if not add_embedded_ner(nlp, name=COMPONENT_NAME):
            raise ModelNotFoundError(
                "the embedded NER model folder (nkru_extract/data/ner_de) is not installed; "
                "reinstall nkru_extract from a complete wheel"
            )
    elif spec.startswith(_HF_PREFIX):
        path = spec[len(_HF_PREFIX) :].strip()
        nlp.add_pipe(
            HF_FACTORY,
            name=COMPONENT_NAME,
            config={"model_path": path, "device": device},
            before=before,
        )
    else:
        raise ModelNotFoundError(
            f"unknown NER {spec!r}: use 'embedded', 'hf:/path/to/model_dir' or 'none'"
        )
    if "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
        logger.info("nkru_extract: backbone NER disabled in favour of %s", spec)
    nlp.meta["nkru_ner"] = spec
    return True

"""Entity extractor: people, states and military units, canonicalised.

``find_states(doc)`` gives STATE mentions on any tokenised German Doc; the ``nkru_entities``
component (``EntityExtractor``) adds units and persons and writes ``doc._.nkru_entities`` and
``doc.spans["nkru_entities"]``.
"""

from __future__ import annotations

from nkru_extract.entities.component import EntityExtractor, make_entity_extractor
from nkru_extract.entities.gazetteer import load_states, load_units
from nkru_extract.entities.states import find_states

__all__ = ["EntityExtractor", "find_states", "load_states", "load_units", "make_entity_extractor"]

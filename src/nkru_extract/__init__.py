"""nkru_extract: German news to people, states, military units, numbers and attributed quotes.

Example:
    >>> import nkru_extract as nk
    >>> nk.parse_number("1,2 Millionen")
    1200000

Importing the package registers the spaCy extension attributes and the three factories
(``nkru_numbers``, ``nkru_entities``, ``nkru_quotes``, ``nkru_claims``); it loads no model.
"""

from __future__ import annotations

import logging

from nkru_extract.claims import claim_rows, claims_frame, cluster_claims, extract_claims
from nkru_extract.claims.component import ClaimExtractor
from nkru_extract.entities.component import EntityExtractor
from nkru_extract.errors import (
    DataFileError,
    InputTypeError,
    ModelNotFoundError,
    NkruError,
    NumberParseError,
    TextTooLongError,
)
from nkru_extract.extensions import register_extensions
from nkru_extract.numbers import find_numbers, parse_number
from nkru_extract.numbers.component import NumberNormaliser
from nkru_extract.pipeline import add_to, extract, extract_many, load
from nkru_extract.quotes import attribute_quotes
from nkru_extract.quotes.component import QuoteAttributor
from nkru_extract.render import render
from nkru_extract.tables import to_arrow, to_frames
from nkru_extract.types import (
    Claim,
    Claimant,
    EntityMention,
    Extraction,
    NumberMention,
    Person,
    Quote,
)

__version__ = "0.3.0"

__all__ = [
    "Claim",
    "ClaimExtractor",
    "Claimant",
    "DataFileError",
    "EntityExtractor",
    "EntityMention",
    "Extraction",
    "InputTypeError",
    "ModelNotFoundError",
    "NkruError",
    "NumberMention",
    "NumberNormaliser",
    "NumberParseError",
    "Person",
    "Quote",
    "QuoteAttributor",
    "TextTooLongError",
    "__version__",
    "add_to",
    "attribute_quotes",
    "claim_rows",
    "claims_frame",
    "cluster_claims",
    "extract",
    "extract_claims",
    "extract_many",
    "find_numbers",
    "load",
    "parse_number",
    "render",
    "to_arrow",
    "to_frames",
]

logging.getLogger("nkru_extract").addHandler(logging.NullHandler())
register_extensions()

"""Claims: who claims how many of whose troops, losses or materiel.

``extract_claims(doc)`` reads the numbers, entities and quotes the earlier components put on a
Doc and returns one ``Claim`` per counted statement; the ``nkru_claims`` component stores them
in ``doc._.nkru_claims``. ``cluster_claims``, ``claim_rows`` and ``claims_frame`` work across
documents on ``(doc_id, Extraction)`` pairs.
"""

from __future__ import annotations

from nkru_extract.claims.cluster import ROW_FIELDS, claim_rows, claims_frame, cluster_claims
from nkru_extract.claims.extract import extract_claims
from nkru_extract.claims.lexicon import ClaimLexicon, load_claim_lexicon

__all__ = [
    "ROW_FIELDS",
    "ClaimLexicon",
    "claim_rows",
    "claims_frame",
    "cluster_claims",
    "extract_claims",
    "load_claim_lexicon",
]

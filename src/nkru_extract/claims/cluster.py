"""Claims across documents: ``cluster_claims`` groups the same figure about the same state's
forces over many articles; ``claim_rows`` flattens claims into plain rows and ``claims_frame``
wraps them in a pandas DataFrame (pandas is imported only there)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from nkru_extract.errors import InputTypeError, describe
from nkru_extract.types import Claim, ClaimCluster, Extraction, Number

__all__ = ["ROW_FIELDS", "claim_rows", "claims_frame", "cluster_claims"]

#: Column names of ``claim_rows`` / ``claims_frame``, in order.
ROW_FIELDS: tuple[str, ...] = (
    "doc_id",
    "start",
    "end",
    "evidence",
    "number_text",
    "number_start",
    "number_end",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "category",
    "state",
    "destination",
    "modality",
    "modalities",
    "claimant_text",
    "claimant_key",
    "claimant_kind",
    "claimant_outlet",
    "cue",
    "quote_text",
    "quote_speaker",
)


def _pairs(pairs: Iterable[tuple[str, Extraction]]) -> Iterable[tuple[str, Extraction]]:
    if isinstance(pairs, (str, Extraction)):
        raise InputTypeError(
            f"pairs must be an iterable of (doc_id, Extraction), got {describe(pairs)}"
        )
    for item in pairs:
        if not isinstance(item, tuple) or len(item) != 2 or not isinstance(item[1], Extraction):
            raise InputTypeError(f"each pair must be (doc_id, Extraction), got {describe(item)}")
        yield str(item[0]), item[1]


def _bounds(claim: Claim) -> tuple[Number | None, Number | None]:
    """The interval a claim's figure covers: ``(low, high)``; exact figures give a point."""
    number = claim.number
    if number.qualifier == "range" and number.low is not None and number.high is not None:
        return number.low, number.high
    return number.value, number.value


def _same_figure(a: Claim, b: Claim) -> bool:
    """Same value (any qualifier), or one range containing the other's figure."""
    if a.number.value is not None and a.number.value == b.number.value:
        return True
    for x, y in ((a, b), (b, a)):
        low, high = _bounds(x)
        value = y.number.value
        if (
            x.number.qualifier == "range"
            and y.number.qualifier != "range"
            and value is not None
            and low is not None
            and high is not None
            and low <= value <= high
        ):
            return True
    return False


def cluster_claims(pairs: Iterable[tuple[str, Extraction]]) -> tuple[ClaimCluster, ...]:
    """Group the same figure about the same state's forces across documents.

    Claims join a cluster when they share state and category and give the same value (whatever
    the qualifier: "rund 10.000" and "10.000 Mann" agree) or one is a range containing the
    other's figure.

    Args:
        pairs: ``(doc_id, Extraction)`` pairs, e.g. ``zip(ids, nk.extract_many(texts))``.

    Returns:
        Clusters in order of their first claim; each lists its documents in order.
    """
    members: list[list[tuple[str, Claim]]] = []
    for doc_id, extraction in _pairs(pairs):
        for claim in extraction.claims:
            if claim.number.value is None:
                continue
            target = next(
                (
                    group
                    for group in members
                    if group[0][1].state == claim.state
                    and group[0][1].category == claim.category
                    and any(_same_figure(claim, other) for _, other in group)
                ),
                None,
            )
            if target is None:
                members.append([(doc_id, claim)])
            else:
                target.append((doc_id, claim))
    return tuple(_cluster(group) for group in members)


def _cluster(group: list[tuple[str, Claim]]) -> ClaimCluster:
    exact = [c.number.value for _, c in group if c.number.qualifier != "range"]
    values = exact or [c.number.value for _, c in group]
    value = Counter(values).most_common(1)[0][0]
    lows = [b[0] for _, c in group if (b := _bounds(c))[0] is not None]
    highs = [b[1] for _, c in group if (b := _bounds(c))[1] is not None]
    doc_ids = tuple(dict.fromkeys(doc_id for doc_id, _ in group))
    claimant = next((c.claimant for _, c in group if c.claimant is not None), None)
    first = group[0][1]
    return ClaimCluster(
        state=first.state,
        category=first.category,
        value=value,
        low=min(lows) if lows else None,
        high=max(highs) if highs else None,
        doc_ids=doc_ids,
        claims=tuple(group),
        claimant=claimant,
    )


def claim_rows(pairs: Iterable[tuple[str, Extraction]]) -> list[dict[str, Any]]:
    """One flat dict per claim (columns ``ROW_FIELDS``), in input and text order."""
    rows = []
    for doc_id, extraction in _pairs(pairs):
        for claim in extraction.claims:
            number, who, quote = claim.number, claim.claimant, claim.quote
            rows.append(
                {
                    "doc_id": doc_id,
                    "start": claim.start,
                    "end": claim.end,
                    "evidence": extraction.text[claim.start : claim.end],
                    "number_text": number.text,
                    "number_start": number.start,
                    "number_end": number.end,
                    "value": number.value,
                    "low": number.low,
                    "high": number.high,
                    "qualifier": number.qualifier,
                    "unit": number.unit,
                    "category": claim.category,
                    "state": claim.state,
                    "destination": claim.destination,
                    "modality": claim.modality,
                    "modalities": "|".join(claim.modalities),
                    "claimant_text": None if who is None else who.text,
                    "claimant_key": None if who is None else who.key,
                    "claimant_kind": None if who is None else who.kind,
                    "claimant_outlet": None if who is None else who.outlet,
                    "cue": claim.cue,
                    "quote_text": None if quote is None else quote.text,
                    "quote_speaker": None if quote is None else quote.speaker,
                }
            )
    return rows


def claims_frame(pairs: Iterable[tuple[str, Extraction]]) -> Any:
    """``claim_rows`` as a ``pandas.DataFrame`` (one row per claim, columns ``ROW_FIELDS``).

    Raises:
        ImportError: pandas is not installed.
    """
    try:
        import pandas  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:
        raise ImportError('claims_frame needs pandas: pip install "nkru_extract[pandas]"') from exc
    return pandas.DataFrame(claim_rows(pairs), columns=list(ROW_FIELDS))

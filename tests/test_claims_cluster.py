"""cluster_claims, claim_rows and claims_frame over hand-built Extractions; Claim serialisation
and the nkru_claims component's round-trips."""

from __future__ import annotations

import pickle
import sys

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import nkru_extract as nk
from nkru_extract.claims import ROW_FIELDS
from nkru_extract.types import Claim, Claimant, Extraction, NumberMention

TEXT = "Nordkorea hat rund 10.000 Soldaten nach Russland geschickt."


def _claim(
    value: int,
    state: str | None = "KP",
    category: str = "personnel",
    qualifier: str | None = None,
    high: int | None = None,
    claimant: Claimant | None = None,
) -> Claim:
    low = value
    number = NumberMention(
        text=str(value),
        start=14,
        end=25,
        value=value,
        low=low,
        high=high if high is not None else value,
        qualifier="range" if high is not None else qualifier,
        unit="Soldaten",
        unit_lemma="Soldat",
    )
    return Claim(
        number=number,
        category=category,
        state=state,
        start=0,
        end=len(TEXT),
        modality="reported" if claimant else "asserted",
        modalities=("reported",) if claimant else ("asserted",),
        claimant=claimant,
    )


def _doc(*claims: Claim) -> Extraction:
    return Extraction(text=TEXT, claims=claims)


REUTERS = Claimant("Reuters", "reuters", "media")


@pytest.mark.parametrize(
    "docs, expected",
    [
        # "rund 10.000" and "10.000 Mann": the same figure whatever the qualifier
        ([[_claim(10000, qualifier="approx")], [_claim(10000)]], [(10000, ("a", "b"))]),
        # a range that contains the figure joins it
        ([[_claim(10000)], [_claim(8000, high=12000)]], [(10000, ("a", "b"))]),
        # another state's figure stays apart
        ([[_claim(10000)], [_claim(10000, state="RU")]], [(10000, ("a",)), (10000, ("b",))]),
        # another category stays apart
        (
            [[_claim(10000)], [_claim(10000, category="casualties")]],
            [(10000, ("a",)), (10000, ("b",))],
        ),
        # different figures stay apart; a doc repeating a figure is listed once
        (
            [[_claim(3000), _claim(3000)], [_claim(1500)]],
            [(3000, ("a",)), (1500, ("b",))],
        ),
    ],
    ids=["qualifier", "range-contains", "other-state", "other-category", "distinct"],
)
def test_cluster_claims_groups(docs, expected) -> None:
    pairs = [(doc_id, _doc(*claims)) for doc_id, claims in zip("abc", docs, strict=False)]
    clusters = nk.cluster_claims(pairs)
    assert [(c.value, c.doc_ids) for c in clusters] == expected


def test_cluster_claims_range_bounds_and_earliest_claimant() -> None:
    later = Claimant("Nato", "nato", "organisation")
    pairs = [
        ("a", _doc(_claim(10000))),
        ("b", _doc(_claim(8000, high=12000, claimant=REUTERS))),
        ("c", _doc(_claim(10000, claimant=later))),
    ]
    (cluster,) = nk.cluster_claims(pairs)
    assert (cluster.low, cluster.high, cluster.value) == (8000, 12000, 10000)
    assert cluster.claimant == REUTERS
    assert cluster.doc_ids == ("a", "b", "c")
    assert len(cluster.claims) == 3
    assert cluster.to_dict()["doc_ids"] == ["a", "b", "c"]


@pytest.mark.parametrize("bad", ["text", _doc(), [("a", "not an extraction")], [("a",)]])
def test_cluster_claims_rejects_bad_input(bad) -> None:
    with pytest.raises(nk.InputTypeError):
        nk.cluster_claims(bad)


def test_claim_rows_flatten_every_field() -> None:
    rows = nk.claim_rows([("a", _doc(_claim(10000, claimant=REUTERS)))])
    assert len(rows) == 1
    row = rows[0]
    assert tuple(row) == ROW_FIELDS
    assert row["doc_id"] == "a"
    assert row["evidence"] == TEXT
    assert (row["value"], row["state"], row["category"]) == (10000, "KP", "personnel")
    assert (row["claimant_key"], row["claimant_kind"]) == ("reuters", "media")


def test_claims_frame_one_row_per_claim() -> None:
    pandas = pytest.importorskip("pandas")
    frame = nk.claims_frame([("a", _doc(_claim(10000), _claim(3000))), ("b", _doc())])
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(ROW_FIELDS)
    assert list(frame["value"]) == [10000, 3000]
    empty = nk.claims_frame([])
    assert list(empty.columns) == list(ROW_FIELDS) and len(empty) == 0


def test_claims_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"nkru_extract\[pandas\]"):
        nk.claims_frame([])


def test_claim_serialisation_round_trip() -> None:
    quote = nk.Quote(text="x", start=0, end=1, kind="direct", parts=((0, 1),))
    claim = Claim(
        number=_claim(10000).number,
        category="personnel",
        state="KP",
        start=0,
        end=10,
        modality="reported",
        modalities=("reported", "hypothetical"),
        claimant=REUTERS,
        destination="RU",
        quote=quote,
        cue="laut",
    )
    extraction = _doc(claim)
    again = Extraction.from_json(extraction.to_json())
    assert again == extraction
    assert again.claims[0].value == 10000


def test_extraction_without_claims_key_still_loads() -> None:
    data = _doc(_claim(1)).to_dict()
    del data["claims"]
    assert Extraction.from_dict(data).claims == ()


def test_claims_component_round_trips(nlp_embedded: Language) -> None:
    doc = nlp_embedded(TEXT)
    claims = doc._.nkru_claims
    assert claims and claims[0].state == "KP"
    assert [s.label_ for s in doc.spans["nkru_claims"]] == ["personnel"]
    restored = Doc(nlp_embedded.vocab).from_bytes(doc.to_bytes())
    assert restored._.nkru_claims == claims
    assert pickle.loads(pickle.dumps(claims)) == claims
    assert "nkru_claims" in nlp_embedded.pipe_names
    assert nlp_embedded.get_pipe_meta("nkru_claims").assigns == [
        "doc._.nkru_claims",
        "doc.spans",
    ]

"""STATE and UNIT mentions a reader finds in the seed articles (written from reading them).

Decisions these rows encode: volunteers tied to a state ("nordkoreanische Freiwillige") are a
unit, as the articles describe them as a force to be sent; plain "Soldaten" without a state or a
count are people, not a unit; "Kim-Truppen" are the troops of the state Kim Jong-un leads (KP).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.types import EntityMention

SEED_000 = "000_4dbb812dc9ebf233.txt"
SEED_001 = "001_897f6005ae8fbcf3.txt"
SEED_002 = "002_60183f86ae9f806a.txt"
SEED_003 = "003_faea75984da40384.txt"
SEED_004 = "004_75972d2100cf29e8.txt"


@pytest.fixture(scope="module")
def seed_docs(nlp_embedded: Language, seed_texts: dict[str, str]) -> dict[str, Doc]:
    return {name: nlp_embedded(text) for name, text in seed_texts.items()}


def _mentions(doc: Doc, label: str) -> list[EntityMention]:
    return [m for m in doc._.nkru_entities if m.label == label]


STATE_ROWS = [
    (SEED_000, "Nordkoreas", "KP", "name"),
    (SEED_000, "Pjöngjang", "KP", "metonym"),
    (SEED_000, "Kreml", "RU", "metonym"),
    (SEED_000, "Moskau", "RU", "metonym"),
    (SEED_000, "britische", "GB", "adjective"),
    (SEED_000, "Iran", "IR", "name"),
    (SEED_000, "Belarus", "BY", "name"),
    (SEED_000, "Eritrea", "ER", "name"),
    (SEED_000, "Syrien", "SY", "name"),
    (SEED_001, "Ukraine-Krieg", "UA", "compound"),
    (SEED_001, "Nordkoreaner", "KP", "inhabitant"),
    (SEED_001, "USA", "US", "name"),
    (SEED_001, "nordkoreanischen", "KP", "adjective"),
    (SEED_002, "Nordkorea-Soldaten", "KP", "compound"),
    (SEED_002, "Kreml-Sicht", "RU", "compound"),
    (SEED_002, "Kreml-Chef", "RU", "compound"),
    (SEED_002, "Moskaus", "RU", "metonym"),
    (SEED_003, "USA", "US", "name"),
    (SEED_003, "südkoreanische", "KR", "adjective"),
    (SEED_003, "Pjöngjang", "KP", "metonym"),
    (SEED_004, "Nordkoreanische", "KP", "adjective"),
    (SEED_004, "US-Regierung", "US", "compound"),
    (SEED_004, "Seoul", "KR", "metonym"),
]


@pytest.mark.parametrize(
    "seed, surface, key, via", STATE_ROWS, ids=[f"{r[0][:3]}-{r[1]}" for r in STATE_ROWS]
)
def test_seeds_states(
    seed_docs: dict[str, Doc], seed: str, surface: str, key: str, via: str
) -> None:
    found = {(m.text, m.key, m.via) for m in _mentions(seed_docs[seed], "STATE")}
    assert (surface, key, via) in found


UNIT_ROWS = [
    (SEED_000, "Armee Nordkoreas", "KP"),
    (SEED_000, "nordkoreanische Freiwillige", "KP"),
    (SEED_001, "nordkoreanische Freiwillige", "KP"),
    (SEED_001, "nordkoreanischen Einheiten", "KP"),
    (SEED_002, "nordkoreanische Truppen", "KP"),
    (SEED_002, "Nordkorea-Soldaten", "KP"),
    (SEED_002, "Nordkorea-Truppen", "KP"),
    (SEED_002, "Kampftruppe", None),
    (SEED_002, "Kim-Truppen", "KP"),
    (SEED_003, "russischen Pazifikflotte", "RU"),
    (SEED_003, "nordkoreanische Elitesoldaten", "KP"),
    (SEED_003, "nordkoreanischen Truppenkontingents", "KP"),
    (SEED_003, "Nordkoreas Militär", "KP"),
    (SEED_003, "russischen Invasionstruppen", "RU"),
    (SEED_003, "ukrainischen Streitkräfte", "UA"),
    (SEED_004, "nordkoreanischen Armee", "KP"),
]


@pytest.mark.parametrize(
    "seed, surface, state", UNIT_ROWS, ids=[f"{r[0][:3]}-{r[1]}" for r in UNIT_ROWS]
)
def test_seeds_units(seed_docs: dict[str, Doc], seed: str, surface: str, state: str | None) -> None:
    found = {(m.text, m.state) for m in _mentions(seed_docs[seed], "UNIT")}
    assert (surface, state) in found


STRENGTH_ROWS = [
    (SEED_000, "Armee Nordkoreas", 1_200_000),
    (SEED_002, "Nordkorea-Soldaten", 100_000),
    (SEED_001, "nordkoreanische Freiwillige", 100_000),
    (SEED_003, "nordkoreanische Elitesoldaten", 1_500),
    (SEED_003, "nordkoreanischen Truppenkontingents", 10_000),
    (SEED_003, "Nordkoreas Militär", 1_200_000),
]


@pytest.mark.parametrize(
    "seed, surface, strength", STRENGTH_ROWS, ids=[f"{r[0][:3]}-{r[1]}" for r in STRENGTH_ROWS]
)
def test_seeds_unit_strength(
    seed_docs: dict[str, Doc], seed: str, surface: str, strength: int
) -> None:
    doc = seed_docs[seed]
    if not doc._.nkru_numbers:
        pytest.skip("nkru_numbers found no numbers (component not in place)")
    strengths = {m.text: m.strength for m in _mentions(doc, "UNIT")}
    assert strengths[surface] == strength


def test_seeds_plain_soldiers_are_not_units(seed_docs: dict[str, Doc]) -> None:
    # 004: "Bauarbeiter und auch Soldaten", "keine Soldaten ins Ausland": people, no formation
    units = [m.text for m in _mentions(seed_docs[SEED_004], "UNIT")]
    assert "Soldaten" not in units
    assert "nordkoreanische Soldaten" in units


def test_seeds_mentions_are_exact(seed_docs: dict[str, Doc]) -> None:
    for doc in seed_docs.values():
        for mention in doc._.nkru_entities:
            assert doc.text[mention.start : mention.end] == mention.text

"""The public API contract: names, field names and types, JSON round trip, bad input."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest

import nkru_extract as nk
from nkru_extract.types import EntityMention, Extraction, NumberMention, Quote

SAMPLE = (
    "Nordkoreas Machthaber Kim Jong-un hat Russland 100.000 Soldaten angeboten. "
    'Igor Korotschenko sagte: "Wir sollten die Hilfe annehmen."'
)


@pytest.mark.parametrize(
    "name",
    [
        "load",
        "extract",
        "extract_many",
        "parse_number",
        "find_numbers",
        "add_to",
        "Extraction",
        "EntityMention",
        "NumberMention",
        "Quote",
        "Person",
        "NkruError",
        "NumberParseError",
        "InputTypeError",
        "ModelNotFoundError",
        "NumberNormaliser",
        "EntityExtractor",
        "QuoteAttributor",
        "__version__",
    ],
)
def test_api_exports_public_name(name: str) -> None:
    assert name in nk.__all__
    assert hasattr(nk, name)


@pytest.mark.parametrize(
    "cls, fields",
    [
        (EntityMention, {"text", "start", "end", "label", "key", "name", "via", "role"}),
        (NumberMention, {"text", "start", "end", "value", "low", "high", "qualifier", "unit"}),
        (Quote, {"text", "start", "end", "kind", "speaker", "speaker_start", "speaker_end", "cue"}),
        (
            Extraction,
            {"text", "persons", "states", "units", "numbers", "quotes", "backbone"},
        ),
    ],
    ids=lambda v: v.__name__ if isinstance(v, type) else "",
)
def test_api_result_types_are_frozen_slotted_with_contract_fields(
    cls: type, fields: set[str]
) -> None:
    names = {f.name for f in dataclasses.fields(cls)}
    assert fields <= names
    assert hasattr(cls, "__slots__")
    assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_api_extract_returns_typed_results_with_exact_offsets() -> None:
    result = nk.extract(SAMPLE)
    assert isinstance(result, Extraction)
    assert result.text == SAMPLE
    for group in (result.persons, result.states, result.units, result.numbers):
        assert isinstance(group, tuple)
        for mention in group:
            assert SAMPLE[mention.start : mention.end] == mention.text
    for quote in result.quotes:
        for start, end in quote.parts:
            assert 0 <= start < end <= len(SAMPLE)
        if quote.speaker_start is not None:
            assert quote.speaker_end is not None
            assert SAMPLE[quote.speaker_start : quote.speaker_end] == quote.speaker_text


def test_api_extract_fills_every_capability() -> None:
    result = nk.extract(SAMPLE)
    assert "KP" in {m.key for m in result.states}
    assert any(n.value == 100_000 for n in result.numbers)
    assert any("Korotschenko" in m.key for m in result.persons)
    assert any(
        q.kind == "direct" and q.speaker and "Korotschenko" in q.speaker for q in result.quotes
    )


def test_api_extraction_json_round_trip() -> None:
    result = nk.extract(SAMPLE)
    data = json.loads(result.to_json())
    assert set(data) >= {"text", "persons", "states", "units", "numbers", "quotes", "backbone"}
    assert Extraction.from_dict(data) == result
    assert Extraction.from_json(result.to_json()) == result


def test_api_extraction_pickles() -> None:
    result = nk.extract(SAMPLE)
    assert pickle.loads(pickle.dumps(result)) == result


def test_api_extraction_renders_html_for_notebooks() -> None:
    html = nk.extract(SAMPLE)._repr_html_()
    assert "Korotschenko" in html
    assert "<mark" in html


def test_api_people_groups_mentions_by_person() -> None:
    text = "Wladimir Putin traf Kim Jong-un. Putin lobte Kim Jong Un. Putins Sprecher schwieg."
    people = nk.extract(text).people()
    by_key = {p.key: p for p in people}
    assert "Wladimir Putin" in by_key
    assert len(by_key["Wladimir Putin"].mentions) == 3


@pytest.mark.parametrize("text", ["", "   ", "\n\n"], ids=["empty", "spaces", "newlines"])
def test_api_empty_text_gives_empty_extraction(text: str) -> None:
    result = nk.extract(text)
    assert result.text == text
    assert result.persons == result.states == result.numbers == result.quotes == ()


@pytest.mark.parametrize(
    "call, bad",
    [
        (lambda v: nk.extract(v), None),
        (lambda v: nk.extract(v), 42),
        (lambda v: nk.extract(v), b"Bytes"),
        (lambda v: list(nk.extract_many(v)), "ein einzelner String"),
        (lambda v: list(nk.extract_many(v)), ["ok", 3]),
        (lambda v: nk.load(v), 3.5),
        (lambda v: nk.parse_number(v), 12),
        (lambda v: nk.find_numbers(v), None),
    ],
    ids=[
        "extract-None",
        "extract-int",
        "extract-bytes",
        "many-str",
        "many-item",
        "load-float",
        "parse_number-int",
        "find_numbers-None",
    ],
)
def test_api_bad_input_type_raises_named_type_error(call, bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(nk.InputTypeError) as info:
        call(bad)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, nk.NkruError)
    assert type(bad).__name__ in str(info.value) or "str" in str(info.value)


def test_api_extract_many_keeps_order_and_count() -> None:
    texts = ["Russland greift an.", "", "Die Ukraine wehrt sich."]
    results = list(nk.extract_many(texts, batch_size=2))
    assert [r.text for r in results] == texts
    assert {m.key for m in results[0].states} == {"RU"}
    assert {m.key for m in results[2].states} == {"UA"}


def test_api_parse_number_contract() -> None:
    assert nk.parse_number("1,2 Millionen") == 1_200_000
    assert isinstance(nk.parse_number("1,2 Millionen"), int)
    with pytest.raises(nk.NumberParseError, match="keine Zahl"):
        nk.parse_number("keine Zahl")


def test_api_text_longer_than_max_length_is_processed_in_windows() -> None:
    nlp = nk.load("embedded")
    nlp.max_length = 100
    text = "Nordkorea schickt Soldaten.\n" * 20
    result = nk.extract(text, nlp=nlp)
    assert result.text == text
    assert [m.start for m in result.states] == [i * 28 for i in range(20)]
    assert all(text[m.start : m.end] == m.text == "Nordkorea" for m in result.states)
    many = list(nk.extract_many(["kurz", text], nlp=nlp))
    assert many[1] == result

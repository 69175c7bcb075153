"""The spaCy component ``nkru_numbers``: spans, values, config and serialisation."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import nkru_extract
from nkru_extract import NumberMention, NumberNormaliser

TEXT = (
    "Nordkorea bietet 100'000 Soldaten an. Das Militär hat rund 1,2 Millionen Soldaten, "
    "50 % davon jung; Kosten: 2,5 Mio. Euro. Tausende Nordkoreaner kamen am 4. August."
)


@pytest.fixture
def nlp_numbers(cleanup_pipes: Language) -> Language:
    cleanup_pipes.add_pipe("nkru_numbers")
    return cleanup_pipes


def test_numbers_component_sets_spans_and_values(nlp_numbers: Language) -> None:
    doc = nlp_numbers(TEXT)
    spans = doc.spans["nkru_numbers"]
    assert [s.text for s in spans] == [
        "100'000",
        "rund 1,2 Millionen",
        "50",
        "2,5 Mio.",
        "Tausende",
    ]
    assert [s._.nkru_value for s in spans] == [100_000, 1_200_000, 50, 2_500_000, None]
    assert [s.label_ for s in spans] == ["NUMBER", "NUMBER", "PERCENT", "MONEY", "NUMBER"]
    assert all(isinstance(s._.nkru_number, NumberMention) for s in spans)
    assert spans[4]._.nkru_number.low == 2000
    mentions = doc._.nkru_numbers
    assert isinstance(mentions, tuple)
    assert [m.text for m in mentions] == [s.text for s in spans]


@pytest.mark.parametrize(
    "words, spaces",
    [
        (["Es", "kamen", "11 000", "Soldaten"], [True, True, True, False]),
        (["Es", "kamen", "11", "000", "Soldaten"], [True, True, True, True, False]),
    ],
    ids=["one-token", "two-tokens"],
)
def test_numbers_component_token_split_independent(
    make_doc: Callable[..., Doc], words: list[str], spaces: list[bool]
) -> None:
    doc = make_doc(words, spaces=spaces)
    NumberNormaliser()(doc)
    (span,) = doc.spans["nkru_numbers"]
    assert span.text == "11 000"
    assert span._.nkru_value == 11_000


def test_numbers_component_partial_token_expands(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(["Es", "waren", "50%", "."], spaces=[True, True, False, False])
    NumberNormaliser()(doc)
    (span,) = doc.spans["nkru_numbers"]
    assert span.text == "50%"
    assert span._.nkru_value == 50


def test_numbers_component_empty_doc(nlp_numbers: Language) -> None:
    doc = nlp_numbers("")
    assert doc._.nkru_numbers == ()
    assert list(doc.spans["nkru_numbers"]) == []


def test_numbers_component_custom_spans_key(cleanup_pipes: Language) -> None:
    cleanup_pipes.add_pipe("nkru_numbers", config={"spans_key": "zahlen"})
    doc = cleanup_pipes("mehr als 13.000 Schiffscontainer")
    assert [s._.nkru_value for s in doc.spans["zahlen"]] == [13_000]


def test_numbers_component_custom_number_words(cleanup_pipes: Language, tmp_path: Path) -> None:
    data = Path(nkru_extract.__file__).parent / "data" / "number_words_de.tsv"
    custom = tmp_path / "words.tsv"
    custom.write_text(data.read_text(encoding="utf-8") + "Lakh\tscale\t100000\n", "utf-8")
    cleanup_pipes.add_pipe("nkru_numbers", config={"number_words_path": str(custom)})
    doc = cleanup_pipes("Es kamen 3 Lakh Menschen.")
    assert [m.value for m in doc._.nkru_numbers] == [300_000]


@pytest.fixture(scope="module")
def nlp_lemmas() -> Language:
    """The embedded backbone (with the lookup lemmatizer) and only this component."""
    return nkru_extract.load("embedded", components=["nkru_numbers"])


def test_numbers_component_in_embedded_pipeline(nlp_lemmas: Language) -> None:
    doc = nlp_lemmas("Vom 8. bis 13. Oktober kamen 1.500 nordkoreanische Elitesoldaten.")
    assert [(m.value, m.unit, m.unit_lemma) for m in doc._.nkru_numbers] == [
        (1500, "Elitesoldaten", "Elitesoldat")
    ]


def test_numbers_component_unit_lemma_from_lemmatizer(nlp_lemmas: Language) -> None:
    doc = nlp_lemmas("Es kamen 5 Fahrräder und 3 Häuser.")
    assert [(m.unit, m.unit_lemma) for m in doc._.nkru_numbers] == [
        ("Fahrräder", "Fahrrad"),
        ("Häuser", "Haus"),
    ]


def test_numbers_component_serialisation_round_trip(nlp_numbers: Language, tmp_path: Path) -> None:
    nlp_numbers.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert [m.value for m in loaded(TEXT)._.nkru_numbers] == [
        100_000,
        1_200_000,
        50,
        2_500_000,
        None,
    ]
    clone = pickle.loads(pickle.dumps(nlp_numbers))
    assert [m.value for m in clone("rund 10.000 Mann")._.nkru_numbers] == [10_000]


def test_numbers_component_config_round_trip(nlp_numbers: Language) -> None:
    config = nlp_numbers.config
    rebuilt = spacy.util.load_model_from_config(config, auto_fill=True)
    assert rebuilt.pipe_names == ["nkru_numbers"]
    assert rebuilt.get_pipe_meta("nkru_numbers").assigns == ["doc._.nkru_numbers", "doc.spans"]

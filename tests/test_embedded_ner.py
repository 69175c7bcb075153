"""The shipped statistical German NER: loading, obvious persons/places, serialisation."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import nkru_extract as nk
from nkru_extract import embedded_ner
from nkru_extract.embedded_ner import add_embedded_ner
from nkru_extract.errors import InputTypeError, ModelNotFoundError, NkruError
from nkru_extract.ner import add_ner

pytestmark = pytest.mark.skipif(
    not embedded_ner.embedded_ner_available(), reason="embedded NER model folder not installed"
)


@pytest.fixture(scope="module")
def nlp_ner() -> Language:
    """Blank German with a sentencizer and the embedded NER."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    assert add_embedded_ner(nlp)
    return nlp


def ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bundeskanzlerin Angela Merkel reiste am Montag nach Paris.", ("Angela Merkel", "PER")),
        ("Bundeskanzlerin Angela Merkel reiste am Montag nach Paris.", ("Paris", "LOC")),
        ("„Wir werden nicht nachgeben“, sagte Wolfgang Schäuble in Berlin.", ("Berlin", "LOC")),
        (
            "Der Vorstandschef Thomas Müller kündigte an, das Werk zu schließen.",
            ("Thomas Müller", "PER"),
        ),
        ("Die Polizei in München sucht nach Zeugen des Unfalls.", ("München", "LOC")),
    ],
    ids=["person-full-name", "city-after-nach", "city-after-in", "person-after-title", "city"],
)
def test_embedded_ner_tags_obvious_entities(
    nlp_ner: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in ents(nlp_ner, text)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "und oder aber nicht", "12.000 Menschen am 3. Mai 2024"],
    ids=["empty", "whitespace", "function-words", "numbers-only"],
)
def test_embedded_ner_finds_no_person_where_there_is_none(nlp_ner: Language, text: str) -> None:
    assert not [e for e in nlp_ner(text).ents if e.label_ == "PER"]


def test_embedded_ner_labels_are_per_loc_org(nlp_ner: Language) -> None:
    assert set(nlp_ner.get_pipe("ner").labels) == {"PER", "LOC", "ORG"}


def test_embedded_ner_goes_before_nkru_components() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("nkru_numbers")
    assert add_embedded_ner(nlp, name="stat_ner")
    assert nlp.pipe_names == ["sentencizer", "stat_ner", "nkru_numbers"]


def test_embedded_ner_copies_are_independent() -> None:
    first, second = spacy.blank("de"), spacy.blank("de")
    assert add_embedded_ner(first, name="a")
    assert add_embedded_ner(second, name="b")
    assert first.get_pipe("a") is not second.get_pipe("b")
    assert first.get_pipe("a").name == "a"


def test_embedded_ner_existing_name_is_left_alone() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer", name="ner")
    assert add_embedded_ner(nlp) is False
    assert nlp.pipe_names == ["ner"]


def test_embedded_ner_absent_model_returns_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedded_ner, "_source_pipeline", lambda: None)
    nlp = spacy.blank("de")
    assert add_embedded_ner(nlp) is False
    assert nlp.pipe_names == []


@pytest.mark.parametrize(
    "nlp, name",
    [("de", "ner"), (None, "ner"), ("blank", ""), ("blank", 3)],
    ids=["str-nlp", "none-nlp", "empty-name", "int-name"],
)
def test_embedded_ner_bad_input_raises(nlp: object, name: object) -> None:
    target = spacy.blank("de") if nlp == "blank" else nlp
    with pytest.raises(InputTypeError) as info:
        add_embedded_ner(target, name)  # type: ignore[arg-type]
    assert isinstance(info.value, NkruError)


def test_embedded_ner_survives_to_disk_and_load(nlp_ner: Language, tmp_path: Path) -> None:
    text = "Bundeskanzlerin Angela Merkel reiste am Montag nach Paris."
    nlp_ner.to_disk(tmp_path / "pipe")
    reloaded = spacy.load(tmp_path / "pipe")
    assert reloaded.pipe_names == nlp_ner.pipe_names
    assert ents(reloaded, text) == ents(nlp_ner, text)


def test_embedded_ner_survives_pickle(nlp_ner: Language) -> None:
    text = "Bundeskanzlerin Angela Merkel reiste am Montag nach Paris."
    clone = pickle.loads(pickle.dumps(nlp_ner))
    assert ents(clone, text) == ents(nlp_ner, text)


@pytest.fixture
def blank_backbone(tmp_path: Path) -> Path:
    """A saved blank German pipeline: a backbone for ``nkru_extract.load`` that loads fast."""
    path = tmp_path / "blank"
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(path)
    return path


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_load_adds_the_embedded_ner_before_the_nkru_components(
    blank_backbone: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    if how == "environment":
        monkeypatch.setenv("NKRU_NER", "embedded")
        nlp = nk.load(blank_backbone, components=("nkru_numbers",))
    else:
        nlp = nk.load(blank_backbone, components=("nkru_numbers",), ner="embedded")
    assert nlp.pipe_names == ["sentencizer", "nkru_ner", "nkru_numbers"]
    assert nlp.meta["nkru_ner"] == "embedded"
    assert ("Paris", "LOC") in ents(nlp, "Angela Merkel reiste am Montag nach Paris.")


def test_load_without_ner_adds_none(blank_backbone: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NKRU_NER", raising=False)
    assert "nkru_ner" not in nk.load(blank_backbone, components=()).pipe_names


def test_add_ner_replaces_a_backbone_ner() -> None:
    nlp = spacy.blank("de")
    assert add_embedded_ner(nlp)  # stands in for a de_core_news_* NER called "ner"
    nlp.add_pipe("nkru_numbers")
    assert add_ner(nlp, "embedded")
    assert nlp.pipe_names == ["nkru_ner", "nkru_numbers"]
    assert nlp.disabled == ["ner"]
    assert not add_ner(nlp, "embedded")  # already there: nothing changes


def test_add_ner_embedded_absent_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedded_ner, "_source_pipeline", lambda: None)
    with pytest.raises(ModelNotFoundError, match="not installed"):
        add_ner(spacy.blank("de"), "embedded")

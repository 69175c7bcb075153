"""Backbone resolution: explicit names, the environment variable, fallbacks, missing models."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import spacy

import nkru_extract as nk
from nkru_extract import pipeline


def test_pipeline_embedded_has_components_in_order() -> None:
    nlp = nk.load("embedded")
    assert nlp.pipe_names[-4:] == ["nkru_numbers", "nkru_entities", "nkru_quotes", "nkru_claims"]
    assert nlp.meta["nkru_backbone"] == "embedded"
    assert nk.extract("Russland.", nlp=nlp).backbone == "embedded"


def test_pipeline_default_falls_back_to_embedded_without_models(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("NKRU_MODEL", raising=False)
    monkeypatch.setattr(pipeline, "_is_installed", lambda name: False)
    with caplog.at_level(logging.INFO, logger="nkru_extract"):
        nlp = nk.load()
    assert nlp.meta["nkru_backbone"] == "embedded"
    assert any("embedded" in r.getMessage() for r in caplog.records)


def test_pipeline_default_prefers_lg_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NKRU_MODEL", raising=False)
    loaded: list[str] = []

    def fake_is_installed(name: str) -> bool:
        return name in {"de_core_news_lg", "de_core_news_sm"}

    def fake_load(name: str) -> tuple[spacy.language.Language, str]:
        loaded.append(name)
        nlp = spacy.blank("de")
        nlp.meta["version"] = "3.8.0"
        return nlp, f"{name}-3.8.0"

    monkeypatch.setattr(pipeline, "_is_installed", fake_is_installed)
    monkeypatch.setattr(pipeline, "_load_named", fake_load)
    nlp = nk.load()
    assert loaded == ["de_core_news_lg"]
    assert nlp.meta["nkru_backbone"] == "de_core_news_lg-3.8.0"


def test_pipeline_env_variable_selects_backbone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NKRU_MODEL", "embedded")
    monkeypatch.setattr(pipeline, "_is_installed", lambda name: True)
    assert nk.load().meta["nkru_backbone"] == "embedded"


@pytest.mark.parametrize("name", ["de_core_news_xl", "kein_modell"])
def test_pipeline_missing_named_model_raises_with_install_hint(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_is_installed", lambda n: False)
    with pytest.raises(nk.ModelNotFoundError) as info:
        nk.load(name)
    assert name in str(info.value)
    assert "spacy download" in str(info.value)
    assert isinstance(info.value, LookupError)


def test_pipeline_missing_env_model_never_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NKRU_MODEL", "de_core_news_lg")
    monkeypatch.setattr(pipeline, "_is_installed", lambda n: False)
    with pytest.raises(nk.ModelNotFoundError):
        nk.load()


def test_pipeline_loads_saved_pipeline_from_path(tmp_path: Path) -> None:
    nk.load("embedded").to_disk(tmp_path / "pipe")
    nlp = nk.load(tmp_path / "pipe")
    assert nlp.pipe_names.count("nkru_quotes") == 1
    assert nlp.meta["nkru_backbone"] == "embedded"


def test_pipeline_add_to_existing_pipeline() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nk.add_to(nlp, ["nkru_numbers"])
    assert nlp.pipe_names == ["sentencizer", "nkru_numbers"]
    with pytest.raises(nk.InputTypeError, match="nkru_bogus"):
        nk.add_to(nlp, ["nkru_bogus"])


@pytest.mark.model
def test_pipeline_statistical_backbone_is_named(nlp_model: spacy.language.Language) -> None:
    assert nlp_model.meta["nkru_backbone"].startswith("de_core_news_")

"""Packaging: entry points, config round trip, to_disk/spacy.load in a fresh process, pickle."""

from __future__ import annotations

import importlib.resources
import json
import pickle
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import nkru_extract as nk

TEXT = (
    "Laut Kremlsprecher Dmitri Peskow hat Nordkorea rund 10.000 Soldaten geschickt. "
    "„Das ist falsch“, sagte Peskow."
)
FACTORIES = ("nkru_numbers", "nkru_entities", "nkru_quotes")


@pytest.mark.parametrize("name", FACTORIES)
def test_packaging_entry_point_loads_factory(name: str) -> None:
    found = {ep.name: ep for ep in entry_points(group="spacy_factories")}
    assert name in found
    assert callable(found[name].load())


@pytest.mark.parametrize("name", FACTORIES)
def test_packaging_factory_declares_assigns(name: str) -> None:
    meta = Language.get_factory_meta(name)
    assert meta.assigns


def test_packaging_config_round_trips(nlp_embedded: Language) -> None:
    config = nlp_embedded.config
    rebuilt = spacy.util.load_model_from_config(config, auto_fill=True)
    assert rebuilt.pipe_names == nlp_embedded.pipe_names


def _summary(nlp: Language) -> dict[str, object]:
    result = nk.extract(TEXT, nlp=nlp)
    return json.loads(result.to_json())  # type: ignore[no-any-return]


def test_packaging_to_disk_and_spacy_load_in_fresh_process(
    nlp_embedded: Language, tmp_path: Path
) -> None:
    path = tmp_path / "pipeline"
    nlp_embedded.to_disk(path)
    code = (
        "import json, spacy, nkru_extract as nk;"
        f"nlp = spacy.load({str(path)!r});"
        f"print(nk.extract({TEXT!r}, nlp=nlp).to_json())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(out.stdout) == _summary(nlp_embedded)


def test_packaging_pipeline_pickles(nlp_embedded: Language) -> None:
    clone = pickle.loads(pickle.dumps(nlp_embedded))
    assert clone.pipe_names == nlp_embedded.pipe_names
    assert _summary(clone) == _summary(nlp_embedded)


def test_packaging_data_files_reachable() -> None:
    data = importlib.resources.files("nkru_extract") / "data"
    names = {entry.name for entry in data.iterdir()}
    assert "README.md" in names
    assert "states.jsonl" in names
    assert (importlib.resources.files("nkru_extract") / "py.typed").is_file()


def test_packaging_extensions_registered_idempotently() -> None:
    from nkru_extract.extensions import register_extensions

    register_extensions()
    register_extensions()
    assert spacy.tokens.Doc.has_extension("nkru_quotes")

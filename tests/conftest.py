"""Shared fixtures: blank and embedded pipelines, a Doc factory, paths to shared data."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import nkru_extract

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_DATA = Path(os.environ.get("NKRU_SHARED_DATA", ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def nlp_blank() -> Language:
    """``spacy.blank("de")``: tokenizer only."""
    return spacy.blank("de")


@pytest.fixture(scope="session")
def nlp_embedded() -> Language:
    """The embedded default pipeline with all nkru components."""
    return nkru_extract.load("embedded")


@pytest.fixture(scope="session")
def nlp_model() -> Language:
    """An installed ``de_core_news_*`` pipeline with the nkru components; skipped when absent."""
    for name in nkru_extract.pipeline.PREFERRED_MODELS:
        if spacy.util.is_package(name):
            return nkru_extract.load(name)
    pytest.skip("no de_core_news_* model installed")


@pytest.fixture
def make_doc(nlp_blank: Language) -> Callable[..., Doc]:
    """Build a Doc by hand (words plus optional heads, deps, pos, lemmas, sentence starts).

    ``heads`` are absolute token indices, as in ``spacy.tokens.Doc``.
    """

    def _make(
        words: Sequence[str],
        heads: Sequence[int] | None = None,
        deps: Sequence[str] | None = None,
        pos: Sequence[str] | None = None,
        lemmas: Sequence[str] | None = None,
        spaces: Sequence[bool] | None = None,
        sent_starts: Sequence[bool] | None = None,
        ents: Sequence[str] | None = None,
    ) -> Doc:
        return Doc(
            nlp_blank.vocab,
            words=list(words),
            spaces=list(spaces) if spaces is not None else None,
            heads=list(heads) if heads is not None else None,
            deps=list(deps) if deps is not None else None,
            pos=list(pos) if pos is not None else None,
            lemmas=list(lemmas) if lemmas is not None else None,
            sent_starts=list(sent_starts) if sent_starts is not None else None,
            ents=list(ents) if ents is not None else None,
        )

    return _make


@pytest.fixture
def cleanup_pipes(nlp_blank: Language) -> Iterator[Language]:
    """Yield a fresh blank pipeline; pipes added by the test go away with it."""
    nlp = spacy.blank("de")
    yield nlp
    for name in list(nlp.pipe_names):
        nlp.remove_pipe(name)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it are skipped when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The seed articles by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}

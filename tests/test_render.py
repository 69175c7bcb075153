"""Notebook views: highlighted text per kind, summaries of many results and of frames."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from spacy.language import Language

import nkru_extract as nk
from nkru_extract.render import Rendered, render_html

TEXT = "Wladimir Putin sagte: „Nordkorea schickt 1.500 Soldaten.“ Die Ukraine widerspricht."


@pytest.fixture(scope="module")
def result(nlp_embedded: Language) -> nk.Extraction:
    return nk.extract(TEXT, nlp=nlp_embedded)


@pytest.mark.parametrize(
    "kinds, shown, hidden",
    [
        (None, ["#aa9cfc", "#feca74", "#7aecec", "nkru-quotes"], []),
        (["states"], ["#feca74"], ["#aa9cfc", "#7aecec", "nkru-quotes"]),
        (["persons", "quotes"], ["#aa9cfc", "nkru-quotes"], ["#feca74", "#7aecec"]),
        (["numbers"], ["#7aecec"], ["#aa9cfc", "#feca74"]),
    ],
)
def test_render_highlights_the_chosen_kinds(
    result: nk.Extraction, kinds: list[str] | None, shown: list[str], hidden: list[str]
) -> None:
    html = str(nk.render(result, kinds=kinds))
    assert all(colour in html for colour in shown)
    assert not any(colour in html for colour in hidden)
    assert "Wladimir Putin" in html


def test_render_extraction_repr_html_is_the_full_view(result: nk.Extraction) -> None:
    assert result._repr_html_() == render_html(result)


def test_render_many_results_as_one_summary_row_each(result: nk.Extraction) -> None:
    view = nk.render([("a.txt", result), ("b.txt", result)])
    assert isinstance(view, Rendered)
    html = view._repr_html_()
    assert html.count("<tr>") == 3  # header and two documents
    assert "a.txt" in html and "Wladimir Putin (1)" in html and "UA (1)" in html


def test_render_frames_summary(result: nk.Extraction) -> None:
    pytest.importorskip("pandas")
    html = str(nk.render(nk.to_frames([result])))
    assert "numbers" in html and "doc_id" in html


@pytest.mark.parametrize("bad", ["Text", 3])
def test_render_rejects_other_objects(bad: object) -> None:
    with pytest.raises(nk.InputTypeError):
        nk.render(bad)


def test_render_unknown_kind_is_named(result: nk.Extraction) -> None:
    with pytest.raises(nk.InputTypeError, match="nonsense"):
        nk.render(result, kinds=["nonsense"])


def test_render_types_module_imports_no_view_module() -> None:
    source = Path(nk.types.__file__).read_text(encoding="utf-8")
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {m for m in imported if m and m.startswith("nkru_extract")}

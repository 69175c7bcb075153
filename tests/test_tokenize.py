"""make_doc: the tokenizer's answer on ordinary text, the input text kept on pathological text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from nkru_extract.text.tokenize import MAX_RUN, make_doc


@pytest.mark.parametrize(
    "text",
    [
        "„Wir kommen“, sagte Putin am Montag in Moskau.",
        "Die Bundeswehr-Panzergrenadierbrigade meldete 1.500 Soldaten.",
        "Siehe https://example.org/pfad/zu/einem/artikel?id=12345 für Details.",
        "x" * MAX_RUN,
        "",
    ],
    ids=["quote", "compound", "url", "longest-single-piece", "empty"],
)
def test_tokenize_ordinary_text_as_spacy_does(nlp_blank: Language, text: str) -> None:
    ours = make_doc(nlp_blank, text)
    theirs = nlp_blank.make_doc(text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs]


@pytest.mark.parametrize(
    "text",
    [
        '"' * 10_000,
        "„" * 2_501 + " sagte er.",
        "Er sagte: " + "-" * (3 * MAX_RUN + 7) + "\n\nNeuer Absatz",
        "  " + "»«" * 400,
        ("a" * (MAX_RUN + 1) + " ") * 3,
    ],
    ids=["ascii-marks", "low-marks-then-words", "dashes-between-paragraphs", "lead-space", "runs"],
)
def test_tokenize_long_runs_keep_the_text_and_offsets(nlp_blank: Language, text: str) -> None:
    doc = make_doc(nlp_blank, text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    assert max(len(t.text) for t in doc) <= MAX_RUN

"""The parser path of the quote attributor, on hand-built parsed Docs (TIGER labels)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from nkru_extract.quotes.attribute import attribute_quotes
from nkru_extract.quotes.lexicon import is_konjunktiv

# words, heads (absolute), deps, lemmas, expected message, expected speaker mention
PARSED = [
    (
        "inverted-with-adverbials",
        # Das erklärte am Abend in Berlin der Sprecher, es gebe keine Gefahr.
        [
            "Das",
            "erklärte",
            "am",
            "Abend",
            "in",
            "Berlin",
            "der",
            "Sprecher",
            ",",
            "es",
            "gebe",
            "keine",
            "Gefahr",
            ".",
        ],
        [1, 1, 1, 2, 1, 4, 7, 1, 1, 10, 1, 12, 10, 1],
        [
            "oa",
            "ROOT",
            "mo",
            "nk",
            "mo",
            "nk",
            "nk",
            "sb",
            "punct",
            "ep",
            "oc",
            "nk",
            "oa",
            "punct",
        ],
        [
            "der",
            "erklären",
            "am",
            "Abend",
            "in",
            "Berlin",
            "der",
            "Sprecher",
            ",",
            "es",
            "geben",
            "kein",
            "Gefahr",
            ".",
        ],
        "es gebe keine Gefahr",
        "der Sprecher",
    ),
    (
        "subject-before-verb",
        # Die Ministerin der Finanzen sagte, die Steuern würden sinken.
        [
            "Die",
            "Ministerin",
            "der",
            "Finanzen",
            "sagte",
            ",",
            "die",
            "Steuern",
            "würden",
            "sinken",
            ".",
        ],
        [1, 4, 3, 1, 4, 4, 7, 8, 4, 8, 4],
        ["nk", "sb", "nk", "ag", "ROOT", "punct", "nk", "sb", "oc", "oc", "punct"],
        [
            "der",
            "Ministerin",
            "der",
            "Finanz",
            "sagen",
            ",",
            "der",
            "Steuer",
            "werden",
            "sinken",
            ".",
        ],
        "die Steuern würden sinken",
        "Die Ministerin der Finanzen",
    ),
]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "lemmas", "message", "speaker"),
    [row[1:] for row in PARSED],
    ids=[row[0] for row in PARSED],
)
def test_quotes_parser_subject(
    make_doc: Callable[..., Doc],
    words: list[str],
    heads: list[int],
    deps: list[str],
    lemmas: list[str],
    message: str,
    speaker: str,
) -> None:
    doc = make_doc(words, heads=heads, deps=deps, lemmas=lemmas)
    assert doc.has_annotation("DEP")
    quotes = attribute_quotes(doc, entities=())
    assert [(q.text, q.speaker_text) for q in quotes] == [(message, speaker)]


def test_quotes_parser_morphology_marks_konjunktiv(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(["Er", "plane", "nichts", "."], lemmas=["er", "planen", "nichts", "."])
    doc[1].set_morph("Mood=Sub|Number=Sing|Person=3")
    assert is_konjunktiv(doc[1])
    doc[1].set_morph("Mood=Ind|Number=Sing|Person=1")
    assert not is_konjunktiv(doc[1])

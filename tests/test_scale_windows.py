"""Long documents: paragraph-aligned windows, offsets into the original, people linked across."""

from __future__ import annotations

import itertools

import pytest
from spacy.language import Language

import nkru_extract as nk
from nkru_extract.windows import split_windows

PARAGRAPHS = [
    "Die Lage an der Front bleibt angespannt.",
    "Wladimir Putin empfing am Dienstag eine Delegation aus Pjöngjang.",
    "Nach Angaben des Ministeriums wurden rund 1,2 Millionen Schuss Munition geliefert.",
    "„Wir werden unsere Verbündeten niemals im Stich lassen“, sagte Putin am Abend.",
    "Nordkorea hat mindestens 11.000 Soldaten in die Region Kursk geschickt.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def _covers(text: str, windows: list[tuple[int, int]], size: int) -> None:
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(windows):
        assert end == start
    assert all(0 < end - start <= size for start, end in windows)


@pytest.mark.parametrize(
    "text, size, expected",
    [
        ("Erster Absatz.\nZweiter Absatz.", 20, ["Erster Absatz.\n", "Zweiter Absatz."]),
        # a sentence end is the next best cut; "am 3. Oktober" and "Dr. Müller" are not ends
        (
            "Er kam am 3. Oktober an. Dann sprach Dr. Müller lange.",
            40,
            ["Er kam am 3. Oktober an. ", "Dann sprach Dr. Müller lange."],
        ),
        # a quotation that fits is kept whole although a sentence ends inside it
        (
            "Sie sagte: „Das ist gut. Wir gehen.“ Dann ging sie.",
            40,
            ["Sie sagte: „Das ist gut. Wir gehen.“ ", "Dann ging sie."],
        ),
        # a multi-paragraph quotation continues where the next paragraph opens with „
        (
            "„Erstens gilt das.\n„Zweitens das.“\nEnde hier.",
            36,
            ["„Erstens gilt das.\n„Zweitens das.“\n", "Ende hier."],
        ),
        # no sentence end: cut at whitespace, never inside a word or number
        ("eins zwei drei 1.500 fünf", 18, ["eins zwei drei ", "1.500 fünf"]),
        # no whitespace at all: a hard cut is the only way
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ],
    ids=["line", "sentence", "quotation", "multi-paragraph-quote", "whitespace", "hard"],
)
def test_windows_split_at_the_best_boundary(text: str, size: int, expected: list[str]) -> None:
    windows = split_windows(text, size)
    _covers(text, windows, size)
    assert [text[start:end] for start, end in windows] == expected


@pytest.mark.parametrize("size", [60, 90, 150, 400])
def test_windows_cover_text_and_never_cut_a_paragraph_that_fits(size: int) -> None:
    windows = split_windows(TEXT, size)
    _covers(TEXT, windows, size)
    for start, end in windows:
        for paragraph in PARAGRAPHS:
            if len(paragraph) <= size:
                i = TEXT.index(paragraph)
                overlap = min(end, i + len(paragraph)) - max(start, i)
                assert overlap <= 0 or overlap == len(paragraph)


@pytest.mark.parametrize("size", [0, -5])
def test_windows_reject_a_size_below_one(size: int) -> None:
    with pytest.raises(ValueError, match="positive"):
        split_windows("text", size)


@pytest.mark.parametrize("window", [90, 100, 120, 160])
def test_windows_mentions_straddling_an_edge_come_out_whole(
    window: int, nlp_embedded: Language
) -> None:
    whole = nk.extract(TEXT, nlp=nlp_embedded)
    windowed = nk.extract(TEXT, nlp=nlp_embedded, window=window)
    assert len(split_windows(TEXT, window)) > 2
    assert windowed.text == TEXT
    for kind in ("numbers", "quotes", "states"):
        assert getattr(windowed, kind) == getattr(whole, kind), kind
    for m in (*windowed.persons, *windowed.states, *windowed.numbers):
        assert TEXT[m.start : m.end] == m.text
    quote = next(q for q in windowed.quotes if q.kind == "direct")
    assert quote.text == "Wir werden unsere Verbündeten niemals im Stich lassen"
    assert TEXT[quote.start : quote.end] == quote.text
    values = {n.text: n.value for n in windowed.numbers}
    assert values["rund 1,2 Millionen"] == 1_200_000
    assert values["mindestens 11.000"] == 11_000


@pytest.mark.parametrize(
    "text, window",
    [
        (TEXT, 90),
        (
            "Markus Feldhuber leitet das Institut in Wien.\n\nDie Lage sei ernst, sagte "
            "Feldhuber am Abend.\n\n„Wir haben keine Zeit mehr“, sagte Feldhuber.",
            60,
        ),
    ],
    ids=["listed-person", "unlisted-person"],
)
def test_windows_link_a_surname_to_the_full_name_of_an_earlier_window(
    text: str, window: int, nlp_embedded: Language
) -> None:
    whole = nk.extract(text, nlp=nlp_embedded)
    windowed = nk.extract(text, nlp=nlp_embedded, window=window)
    assert len(split_windows(text, window)) >= 3
    assert windowed.persons == whole.persons
    assert [(q.kind, q.speaker) for q in windowed.quotes] == [
        (q.kind, q.speaker) for q in whole.quotes
    ]
    assert len(windowed.people()) == 1
    assert {m.via for m in windowed.persons} == {"name", "surname"}


@pytest.mark.parametrize("window", [True, 0, -1, 2.5])
def test_windows_bad_window_argument_raises(window: object) -> None:
    with pytest.raises(nk.InputTypeError, match="window"):
        nk.extract("Text", window=window)  # type: ignore[arg-type]

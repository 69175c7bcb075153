"""Quote fields: form, source mention versus resolved speaker, person key, affiliation, inheritance.

Every sentence is written for these tests. Each row names one quote by its first words and the
fields it must have; rows with ``None`` as the opening words must yield no quote at all.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import nkru_extract
from nkru_extract.types import Quote

# (id, text, opening words of the quote or None, expected fields)
ROWS: list[tuple[str, str, str | None, dict[str, object]]] = [
    (
        "pronoun-source-resolved-speaker",
        "Die Außenministerin Annalena Baerbock reiste nach Kiew. Sie sagte, die Hilfe werde "
        "fortgesetzt.",
        "die Hilfe",
        {
            "form": "indirect",
            "source_text": "Sie",
            "speaker_text": "Annalena Baerbock",
            "speaker_person": "Annalena Baerbock",
            "inherited": False,
        },
    ),
    (
        "name-source-is-speaker",
        "„Wir bleiben bei unserem Kurs“, sagte Olaf Scholz am Montag in Berlin.",
        "Wir bleiben",
        {
            "form": "direct",
            "source_text": "Olaf Scholz",
            "speaker_text": "Olaf Scholz",
            "speaker_person": "Olaf Scholz",
            "inherited": False,
        },
    ),
    (
        "free-indirect-inherits",
        "Der Bürgermeister Karl Brandt sagte, die Brücke werde im Mai gesperrt. Die Arbeiten "
        "würden etwa zwei Wochen dauern.",
        "Die Arbeiten",
        {
            "form": "free_indirect",
            "source_text": None,
            "speaker": "Karl Brandt",
            "speaker_text": "Karl Brandt",
            "inherited": True,
        },
    ),
    (
        "spokesperson-of-ministry",
        "„Wir prüfen den Fall sorgfältig“, sagte ein Sprecher des Umweltministeriums in Hannover.",
        "Wir prüfen",
        {
            "form": "direct",
            "speaker_org": "Umweltministerium",
            "speaker_person": None,
            "inherited": False,
        },
    ),
    (
        "reported-speech-act",
        "Die Gewerkschaft kritisierte die Pläne der Landesregierung scharf.",
        "Die Gewerkschaft",
        {"form": "reported", "source_text": "Die Gewerkschaft", "speaker_org": None},
    ),
    ("no-speech-at-all", "Der Zug kam am Abend pünktlich in Hamburg an.", None, {}),
    (
        "scare-quote-is-no-quote",
        "Die sogenannte „Reform“ trat im Januar in Kraft.",
        None,
        {},
    ),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nkru_extract.load("embedded")


def _quote(quotes: tuple[Quote, ...], opening: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(opening)]
    assert len(found) == 1, [(q.form, q.text) for q in quotes]
    return found[0]


@pytest.mark.parametrize(
    ("text", "opening", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_quote_fields(
    nlp: Language, text: str, opening: str | None, expected: dict[str, object]
) -> None:
    result = nkru_extract.extract(text, nlp=nlp)
    if opening is None:
        assert result.quotes == ()
        return
    quote = _quote(result.quotes, opening)
    for name, value in expected.items():
        assert getattr(quote, name) == value, (name, quote)
    if quote.source_start is not None:
        assert text[quote.source_start : quote.source_end] == quote.source_text
    if quote.speaker_person is not None:
        assert quote.speaker_person in {p.key for p in result.persons}


@pytest.mark.parametrize(
    ("kind", "form"),
    [
        ("direct", "direct"),
        ("partial", "direct"),
        ("indirect", "indirect"),
        ("reported", "reported"),
    ],
)
def test_quote_from_old_dict_gets_form_from_kind(kind: str, form: str) -> None:
    old = {"text": "x", "start": 0, "end": 1, "kind": kind, "speaker": None, "parts": [[0, 1]]}
    quote = Quote.from_dict(old)
    assert (quote.form, quote.inherited, quote.source_start) == (form, False, None)
    assert Quote.from_dict(quote.to_dict()) == quote

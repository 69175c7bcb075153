"""The normalisation layer: clean text, offset map, and the same answers on noisy input."""

from __future__ import annotations

import unicodedata

import pytest
from spacy.language import Language

import nkru_extract as nk
from nkru_extract.text.normalize import IdentityMap, normalize
from nkru_extract.types import Extraction

CASES = [
    # (noisy, clean)
    ("Soldaten", "Soldaten"),
    ("", ""),
    ("Su\u0308dkorea", "Südkorea"),
    ("1.500 Sol\u00addaten", "1.500 Soldaten"),
    ("Pu\u200btin und Sel\u200censkyj\u200d", "Putin und Selenskyj"),
    ("\ufeffBerlin\u2060", "Berlin"),
    ("&bdquo;Ja&ldquo;, sagte er.", "„Ja“, sagte er."),
    ("&#8222;Ja&#x201C;", "„Ja“"),
    ("AT&amp;T&nbsp;und Co", "AT&T und Co"),
    ("Preis&shy;liste", "Preisliste"),
    ("1\u00a0500\u202fEuro\u2009heute\u3000da", "1 500 Euro heute da"),
    ("A & B &unknown; &amp", "A & B &unknown; &amp"),  # no entity: kept as text
    ("&amp;bdquo;", "&bdquo;"),  # decoded once, as HTML does
    # quote marks and apostrophes are what the rules read: kept
    (
        "100\u2019000 \u00bbDa\u00ab 'so' \u201aja\u2018",
        "100\u2019000 \u00bbDa\u00ab 'so' \u201aja\u2018",
    ),
    ("u&#776;ber", "über"),  # a combining mark from an entity composes too
    ("u\u200b\u0308ber", "über"),
    ("Ко\u0308ln 東京", "Кӧln 東京"),
]


@pytest.mark.parametrize(("noisy", "clean"), CASES)
def test_normalize_text(noisy: str, clean: str) -> None:
    assert normalize(noisy)[0] == clean


@pytest.mark.parametrize(("noisy", "clean"), CASES)
def test_offset_map_covers_each_clean_character(noisy: str, clean: str) -> None:
    text, mapping = normalize(noisy)
    previous = 0
    for i, char in enumerate(text):
        start, end = mapping.start(i), mapping.end(i + 1)
        assert previous <= start < end <= len(noisy)
        assert char in normalize(noisy[start:end])[0]
        previous = start
    assert mapping.start(len(text)) <= len(noisy)


@pytest.mark.parametrize(
    ("noisy", "surface", "original"),
    [
        ("0\U0002f800 Soldaten", "0", "0"),  # a compatibility ideograph after a digit
        ("Rund 500 \uf900 und 600", "600", "600"),
        ("Su\u0308dkorea meldet 1.500", "1.500", "1.500"),
        ("Su\u0308dkorea meldet 1.500", "Südkorea", "Su\u0308dkorea"),
    ],
    ids=["before-compat", "after-compat", "after-nfd", "nfd-word"],
)
def test_offsets_around_a_composed_character(noisy: str, surface: str, original: str) -> None:
    cleaned, mapping = normalize(noisy)
    start = cleaned.index(surface)
    span = mapping.start(start), mapping.end(start + len(surface))
    assert noisy[span[0] : span[1]] == original


@pytest.mark.parametrize("text", ["Putin sagte: „Ja.“", "Kein Rauschen hier, 1.500 Mann."])
def test_clean_text_maps_by_identity(text: str) -> None:
    cleaned, mapping = normalize(text)
    assert cleaned is text
    assert isinstance(mapping, IdentityMap)


CLEAN = "Wladimir Putin sagte in Moskau: „Wir schicken 1.500 Soldaten nach Südkorea.“"
NOISY = [
    unicodedata.normalize("NFD", CLEAN),
    CLEAN.replace("Soldaten", "Sol\u00addaten"),
    CLEAN.replace("Putin", "Pu\u200btin"),
    CLEAN.replace("„", "&bdquo;").replace("“", "&ldquo;").replace(" in ", "&nbsp;in "),
    CLEAN.replace("„", "&#8222;").replace("Süd", "S&uuml;d").replace(" ", "&nbsp;", 3),
    CLEAN.replace(" ", "\u00a0"),
    CLEAN.replace(" ", "\u202f").replace("Putin", "Pu\u00adtin"),
]


def summary(result: Extraction) -> dict[str, list[tuple[object, ...]]]:
    """What must not change between the clean and a noisy form (texts compared cleaned)."""

    def clean(text: str | None) -> str | None:
        return None if text is None else normalize(text)[0]

    return {
        "persons": [(clean(m.text), m.name, m.key) for m in result.persons],
        "states": [(clean(m.text), m.name, m.key) for m in result.states],
        "units": [(clean(m.text), m.name) for m in result.units],
        "numbers": [(clean(n.text), n.value, clean(n.unit)) for n in result.numbers],
        "quotes": [(clean(q.text), q.speaker, q.kind) for q in result.quotes],
    }


def assert_offsets_valid(result: Extraction, original: str) -> None:
    assert result.text == original
    for mention in (*result.persons, *result.states, *result.units, *result.credits):
        assert original[mention.start : mention.end] == mention.text
    for number in result.numbers:
        assert original[number.start : number.end] == number.text
        if number.unit_start is not None and number.unit_end is not None:
            # the unit is the clean noun ("Soldaten"); its offsets cover the noisy form
            assert normalize(original[number.unit_start : number.unit_end])[0] == number.unit
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(original)
        if quote.speaker_start is not None and quote.speaker_end is not None:
            assert original[quote.speaker_start : quote.speaker_end] == quote.speaker_text


@pytest.mark.parametrize("noisy", NOISY)
def test_noisy_variant_gives_clean_answers(nlp_embedded: Language, noisy: str) -> None:
    expected = summary(nk.extract(CLEAN, nlp_embedded))
    assert expected["persons"] and expected["states"] and expected["quotes"]
    result = nk.extract(noisy, nlp_embedded)
    assert summary(result) == expected
    assert_offsets_valid(result, noisy)


@pytest.mark.parametrize("noisy", NOISY[1:3])
def test_normalize_false_sees_the_raw_text(nlp_embedded: Language, noisy: str) -> None:
    raw = nk.extract(noisy, nlp_embedded, normalize=False)
    assert summary(raw) != summary(nk.extract(CLEAN, nlp_embedded))
    assert_offsets_valid(raw, noisy)


def test_extract_many_normalises_each_text(nlp_embedded: Language) -> None:
    results = list(nk.extract_many([CLEAN, *NOISY], nlp_embedded))
    expected = summary(results[0])
    for noisy, result in zip(NOISY, results[1:], strict=True):
        assert summary(result) == expected
        assert_offsets_valid(result, noisy)

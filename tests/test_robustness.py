"""Property tests: random German-like texts, clean and noisy, keep offsets valid and answers equal.

A text is drawn as a sequence of pieces (names, states, numbers, speech verbs, quote marks,
punctuation); its noisy form writes each piece as a scraper might deliver it (NFD, soft hyphen or
zero-width character inside a word, HTML entity for a quote mark, no-break space). The noisy
form must give the answers of the clean form, with offsets into the noisy string.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import nkru_extract as nk
from nkru_extract import find_numbers, parse_number
from nkru_extract.text.normalize import DROPPED, SPACES, normalize
from tests.test_normalize import assert_offsets_valid, summary

WORDS = [
    "Wladimir Putin", "Putin", "Olaf Scholz", "Kim Jong-un", "Selenskyj", "Außenminister",
    "Russland", "Südkorea", "Nordkorea", "Moskau", "Kiew", "die Ukraine", "Österreich",
    "1.500", "3 000", "zwei", "zwölftausend", "100", "rund 10.000", "12,5 Millionen",
    "Soldaten", "Truppen", "Panzer", "Menschen", "Euro",
    "sagte", "erklärte", "betonte", "teilte mit", "laut", "nach Angaben von",
    "und", "der", "die", "in", "nach", "wir", "es", "würden", "schicken", "heute", "Grüße",
]  # fmt: skip
MARKS = ["„", "“", '"', "»", "«", "‚", "‘", "'", "&", ".", ",", ":", "-", "–", "(", ")"]
ENTITIES = {"„": "&bdquo;", "“": "&ldquo;", '"': "&quot;", "»": "&raquo;", "«": "&laquo;",
            "&": "&amp;", "–": "&ndash;", "‚": "&#8218;", "‘": "&#x2018;"}  # fmt: skip
NOISE = ["nfd", "shy", "zwsp", "zwj", "entity", "nbsp", "thin", "none"]


@st.composite
def clean_and_noisy(draw: st.DrawFn) -> tuple[str, str]:
    pieces = draw(st.lists(st.sampled_from(WORDS + MARKS), min_size=1, max_size=30))
    clean_parts: list[str] = []
    noisy_parts: list[str] = []
    for piece in pieces:
        noise = draw(st.sampled_from(NOISE))
        noisy = piece
        if noise == "nfd":
            noisy = unicodedata.normalize("NFD", piece)
        elif noise in ("shy", "zwsp", "zwj") and len(piece) > 1:
            cut = draw(st.integers(1, len(piece) - 1))
            char = {"shy": "\u00ad", "zwsp": "\u200b", "zwj": "\u200d"}[noise]
            noisy = piece[:cut] + char + piece[cut:]
        elif noise == "entity" and piece in ENTITIES:
            noisy = ENTITIES[piece]
        clean_parts.append(piece)
        noisy_parts.append(noisy)
    spaces = [draw(st.sampled_from([" ", " ", "\u00a0", "\u202f", "&nbsp;"])) for _ in pieces]
    clean = " ".join(clean_parts)
    noisy = "".join(p + s for p, s in zip(noisy_parts, spaces, strict=True))[: -len(spaces[-1])]
    return clean, noisy


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clean_and_noisy())
def test_noisy_form_normalises_to_the_clean_form(pair: tuple[str, str]) -> None:
    clean, noisy = pair
    assert normalize(noisy)[0] == clean


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=clean_and_noisy())
def test_noisy_form_gives_the_answers_of_the_clean_form(
    nlp_embedded: Language, pair: tuple[str, str]
) -> None:
    clean, noisy = pair
    expected = nk.extract(clean, nlp_embedded)
    result = nk.extract(noisy, nlp_embedded)
    assert_offsets_valid(expected, clean)
    assert_offsets_valid(result, noisy)
    assert summary(result) == summary(expected)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_offset_map_is_monotone_and_in_range(text: str) -> None:
    cleaned, mapping = normalize(text)
    previous = 0
    for i in range(len(cleaned) + 1):
        start = mapping.start(i)
        assert previous <= start <= len(text)
        if i:
            assert mapping.start(i - 1) < mapping.end(i) <= len(text)
        previous = start


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet="„“\"»«‚‘' .,:;-Aa1ü\u00ad\u200b\u00a0&;#", max_size=80))
def test_random_marks_raise_nothing_and_offsets_stay_valid(
    nlp_embedded: Language, text: str
) -> None:
    assert_offsets_valid(nk.extract(text, nlp_embedded), text)
    for number in find_numbers(text):
        assert text[number.start : number.end] == number.text
        parse_number(number.text)


_PLAIN = st.characters(codec="utf-8", exclude_characters=set("&") | DROPPED | SPACES)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(_PLAIN, st.sampled_from("aouAU\u0308\u0301\u0327\u1100\u1161ß"))))
def test_nfc_by_chunks_equals_nfc_of_the_whole(text: str) -> None:
    assert normalize(text)[0] == unicodedata.normalize("NFC", text)

"""Offsets of results carried back to the caller's text (windows, normalised copies)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from nkru_extract.offsets import ShiftMap, remap_offsets
from nkru_extract.types import EntityMention, Extraction, NumberMention, Person, Quote


@dataclass(frozen=True)
class DroppedChars:
    """The map of a copy from which the characters at ``dropped`` were removed."""

    dropped: tuple[int, ...]

    def _to_original(self, index: int) -> int:
        for position in sorted(self.dropped):
            if position <= index:
                index += 1
        return index

    def start(self, index: int) -> int:
        return self._to_original(index)

    def end(self, index: int) -> int:
        return self._to_original(index - 1) + 1


ORIGINAL = "Nach Angaben aus Seoul sollen 1.500 Sol\u00addaten in Russland sein."
CLEAN = ORIGINAL.replace("\u00ad", "")
SOFT = (ORIGINAL.index("\u00ad"),)


def _number(text: str, source: str) -> NumberMention:
    start = source.index(text)
    return NumberMention(text=text, start=start, end=start + len(text), value=1500)


@pytest.mark.parametrize(
    "surface",
    ["1.500", "Seoul", "Russland", "Soldaten"],
    ids=["before-the-gap", "before", "after-the-gap", "spanning-the-gap"],
)
def test_offsets_number_text_is_cut_again_from_the_original(surface: str) -> None:
    mention = _number(surface, CLEAN)
    moved = remap_offsets(mention, DroppedChars(SOFT), ORIGINAL)
    assert ORIGINAL[moved.start : moved.end] == moved.text
    assert moved.text.replace("\u00ad", "") == surface


@pytest.mark.parametrize("offset", [0, 1, 250, 1_000_000])
def test_offsets_shift_moves_every_span_of_a_quote(offset: int) -> None:
    window = "„Wir kommen“, sagte Putin. „Bald“, fügte er hinzu."
    original = "x" * offset + window
    quote = Quote(
        text="Wir kommen Bald",
        start=1,
        end=32,
        kind="direct",
        speaker="Putin",
        speaker_start=20,
        speaker_end=25,
        speaker_text="Putin",
        parts=((1, 11), (28, 32)),
        cue_start=14,
        cue_end=19,
    )
    moved = remap_offsets(quote, ShiftMap(offset), original)
    assert moved.parts == ((1 + offset, 11 + offset), (28 + offset, 32 + offset))
    assert moved.text == "Wir kommen Bald"
    assert original[moved.speaker_start : moved.speaker_end] == "Putin" == moved.speaker_text
    assert original[moved.cue_start : moved.cue_end] == "sagte"
    assert moved.speaker == "Putin"


def test_offsets_extraction_walks_nested_results_and_takes_the_original_text() -> None:
    person = EntityMention(text="Putin", start=0, end=5, label="PERSON", key="putin", name="Putin")
    extraction = Extraction(text="Putin", persons=(person,))
    moved = remap_offsets(extraction, ShiftMap(3), "Ja Putin")
    assert moved.text == "Ja Putin"
    assert (moved.persons[0].start, moved.persons[0].end, moved.persons[0].text) == (3, 8, "Putin")
    owner = Person(key="putin", name="Putin", mentions=(person,))
    assert remap_offsets(owner, ShiftMap(3), "Ja Putin").mentions[0].start == 3


@pytest.mark.parametrize("missing", [None])
def test_offsets_absent_offsets_stay_absent(missing: None) -> None:
    quote = Quote(text="Ja", start=1, end=3, kind="direct", speaker_start=missing)
    moved = remap_offsets(quote, ShiftMap(5), "xxxxx„Ja“")
    assert moved.speaker_start is None and moved.speaker_end is None
    assert (moved.start, moved.end, moved.text) == (6, 8, "Ja")

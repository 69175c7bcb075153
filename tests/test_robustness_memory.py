"""The compact shared tables answer like spaCy's ``Table`` and like plain sets, in less memory."""

from __future__ import annotations

import pickle

import pytest
from spacy.language import Language
from spacy.lookups import Table

from nkru_extract.entities import person_lexicon
from nkru_extract.text.lookups import LemmaTable, WordSet, lemma_table, word_hash

PAIRS = {"Häuser": "Haus", "Präsidenten": "Präsident", "NOUN": "Nomen", "sagte": "sagen", "": "x"}


@pytest.mark.parametrize("key", [*PAIRS, "fehlt", "Haus", 12345])
def test_lemma_table_answers_like_spacy_table(key: str | int) -> None:
    ours, theirs = LemmaTable(name="t", data=PAIRS), Table.from_dict(PAIRS, name="t")
    assert ours.get(key, "default") == theirs.get(key, "default")
    assert (key in ours) == (key in theirs)


def test_lemma_table_serialises_as_a_plain_spacy_table() -> None:
    ours = LemmaTable(name="t", data=PAIRS)
    loaded = Table().from_bytes(ours.to_bytes())
    assert all(loaded.get(form) == lemma for form, lemma in PAIRS.items())
    assert pickle.loads(pickle.dumps(ours)).get("Häuser") == "Haus"


@pytest.mark.parametrize(("word", "expected"), [("Haus", True), ("haus", False), ("", True)])
def test_word_set_membership(word: str, expected: bool) -> None:
    words = WordSet.of(["Haus", "Maus", ""])
    assert (word in words) is expected
    assert 3 not in words  # type: ignore[operator]
    assert len(words) == 3


def test_word_hash_is_spacys_string_id() -> None:
    from spacy.strings import get_string_id

    for word in ["Haus", "NOUN", "", "Žižek"]:
        assert word_hash(word) == get_string_id(word)


def test_embedded_lemmatizer_shares_the_table(nlp_embedded: Language) -> None:
    lemmatizer = nlp_embedded.get_pipe("lemmatizer")
    assert lemmatizer.lookups.get_table("lemma_lookup") is lemma_table()  # type: ignore[attr-defined]
    assert [t.lemma_ for t in nlp_embedded("Die Präsidenten sagten")] == [
        "der",
        "Präsident",
        "sagen",
    ]


@pytest.mark.parametrize(
    ("word", "common"),
    [("Präsidenten", True), ("Präsident", True), ("Häuser", True), ("Merkels", False)],
)
def test_common_words_from_the_shared_table(word: str, common: bool) -> None:
    assert (word in person_lexicon.german_common_words()) is common


def test_name_clusters_hold_names() -> None:
    given_like, surname_like = person_lexicon.name_clusters()
    assert "Wladimir" in given_like or "Wladimir" in person_lexicon.first_names()
    assert len(given_like) > 1000 and len(surname_like) > 1000
    assert "Tunnel" in person_lexicon.other_words()

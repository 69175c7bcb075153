"""Quote attribution on the seed articles: every direct quote with its speaker, no titles."""

from __future__ import annotations

import pytest
from spacy.language import Language

# (seed file prefix, start of the quoted words, acceptable speakers)
KORO = {"Igor Korotschenko", "Igor Korotchenko"}
DIRECT = [
    ("000", "Wir sollten uns nicht scheuen", KORO),
    ("000", "Wenn nordkoreanische Freiwillige", KORO),
    ("001", "Es gibt Berichte, wonach", KORO),
    ("001", "Ich denke, dies ist ohne", {"Sergei Mironow"}),
    ("002", "Wir sollten uns nicht scheuen", KORO),
    ("002", "Wenn nordkoreanische Freiwillige", KORO),
    ("003", "dass das nordkoreanische Militär", {"Lee Seong-kweun"}),
    ("004", "Normalerweise schickt Nordkorea", {"Fyodor Tertitskiy"}),
]
NOT_QUOTES = [
    "New York Post",
    "Channel One",
    "Daily Mail",
    "Republiken",
    "Freiwilligen",
    "militärische Spezialoperation",
    "Moskowski Komsomlez",
    "Daily North Korea",
    "Tagesschau",
    "Gerechtes Russland - Patrioten - Für die Wahrheit",
]


def _seed(seed_texts: dict[str, str], prefix: str) -> str:
    return next(text for name, text in seed_texts.items() if name.startswith(prefix))


@pytest.mark.parametrize(
    ("prefix", "start", "speakers"), DIRECT, ids=[f"{p}-{s[:12]}" for p, s, _ in DIRECT]
)
def test_quotes_seeds_direct_quote_speaker(
    nlp_embedded: Language, seed_texts: dict[str, str], prefix: str, start: str, speakers: set[str]
) -> None:
    quotes = nlp_embedded(_seed(seed_texts, prefix))._.nkru_quotes
    found = [q for q in quotes if q.text.startswith(start)]
    assert len(found) == 1
    assert found[0].kind == "direct"
    assert found[0].speaker in speakers


def test_quotes_seeds_unnamed_aide_is_a_description(
    nlp_embedded: Language, seed_texts: dict[str, str]
) -> None:
    quotes = nlp_embedded(_seed(seed_texts, "000"))._.nkru_quotes
    aide = next(q for q in quotes if q.text.startswith("Wenn Putin nur noch"))
    assert aide.speaker is None or "Mitarbeiter" in aide.speaker
    assert aide.speaker is None or "SPIEGEL" not in aide.speaker


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_quotes_seeds_no_titles_or_scare_quotes(
    nlp_embedded: Language, seed_texts: dict[str, str], prefix: str
) -> None:
    quotes = nlp_embedded(_seed(seed_texts, prefix))._.nkru_quotes
    assert not [q.text for q in quotes if q.text in NOT_QUOTES]


def test_quotes_seeds_reported_and_indirect(
    nlp_embedded: Language, seed_texts: dict[str, str]
) -> None:
    quotes = nlp_embedded(_seed(seed_texts, "001"))._.nkru_quotes
    so = next(q for q in quotes if q.text.startswith("Zudem hätten sie Erfahrung"))
    assert so.speaker in KORO and so.kind == "indirect"
    partial = next(q for q in quotes if q.text == "alles einfach")
    assert partial.kind == "partial" and partial.speaker in KORO

"""PERSON recognition, canonicalisation and document-level resolution (entities/persons.py)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

import nkru_extract
from nkru_extract.entities.person_lexicon import name_key
from nkru_extract.entities.persons import credit_ranges, find_persons, person_key
from nkru_extract.errors import InputTypeError
from nkru_extract.types import EntityMention

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def backbone() -> Language:
    """The embedded backbone without our components (tokenizer, sentencizer, lemmatizer)."""
    return nkru_extract.load("embedded", components=())


@pytest.fixture
def persons(backbone: Language) -> Callable[[str], list[EntityMention]]:
    def run(text: str) -> list[EntityMention]:
        return find_persons(backbone(text))

    return run


def story(mentions: list[EntityMention]) -> list[tuple[str, str]]:
    """(text, key) of the mentions that are people in the story (credits left out)."""
    return [(m.text, m.key) for m in mentions if not m.is_credit]


# -- single mentions --------------------------------------------------------------------------

NAMED = [
    ("Gestern sprach Angela Merkel in Berlin.", [("Angela Merkel", "Angela Merkel")]),
    ("Am Abend traf Olaf Scholz den Gast.", [("Olaf Scholz", "Olaf Scholz")]),
    (
        "Frank-Walter Steinmeier hielt eine Rede.",
        [("Frank-Walter Steinmeier", "Frank-Walter Steinmeier")],
    ),
    ("Das sagte George W. Bush damals.", [("George W. Bush", "George W. Bush")]),
    ("Ursula von der Leyen reist nach Kiew.", [("Ursula von der Leyen", "Ursula von der Leyen")]),
    ("Wolodymyr Selenskyj dankte den Helfern.", [("Wolodymyr Selenskyj", "Wolodymyr Selenskyj")]),
    ("Der Bericht nennt Sergei Mironow als Quelle.", [("Sergei Mironow", "Sergei Mironow")]),
    ("Mit dabei war Fyodor Tertitskiy aus Seoul.", [("Fyodor Tertitskiy", "Fyodor Tertitskiy")]),
    ("Bundesrat Ignazio Cassis reiste nach Bern.", [("Ignazio Cassis", "Ignazio Cassis")]),
    ("Angela Merkels Politik war umstritten.", [("Angela Merkels", "Angela Merkel")]),
    ("Papst Franziskus betete für den Frieden.", [("Franziskus", "Franziskus")]),
]


@pytest.mark.parametrize(
    "text, expected",
    NAMED,
    ids=[
        "merkel",
        "scholz",
        "hyphen-given",
        "initial",
        "particle",
        "ukr",
        "rus",
        "eng-translit",
        "final-s-kept",
        "genitive-stripped",
        "single-word-listed",
    ],
)
def test_persons_given_name_led(
    persons: Callable[[str], list[EntityMention]], text: str, expected: list[tuple[str, str]]
) -> None:
    assert story(persons(text)) == expected


FAMILY_FIRST = [
    ("Machthaber Kim Jong-un droht.", "Kim Jong-un", "Kim Jong-un"),
    ("Machthaber Kim Jong Un droht.", "Kim Jong Un", "Kim Jong-un"),
    ("Machthaber Kim Jong-Un droht.", "Kim Jong-Un", "Kim Jong-un"),
    ("Das ist Kim Jong Uns Armee.", "Kim Jong Uns", "Kim Jong-un"),
    ("Staatschef Xi Jinping reiste ab.", "Xi Jinping", "Xi Jinping"),
    ("Der Abgeordnete Lee Seong-kweun sagte das.", "Lee Seong-kweun", "Lee Seong-kweun"),
]


@pytest.mark.parametrize(
    "text, mention, key",
    FAMILY_FIRST,
    ids=["hyphen", "spaces", "capital-un", "genitive", "chinese", "korean"],
)
def test_persons_family_first_names(
    persons: Callable[[str], list[EntityMention]], text: str, mention: str, key: str
) -> None:
    assert story(persons(text)) == [(mention, key)]


ROLES = [
    ("Kremlsprecher Dmitri Peskow widersprach.", "Dmitri Peskow", "Kremlsprecher"),
    (
        'Im TV sagte der Verteidigungsexperte, Oberst der Reserve Igor Korotschenko: "Ja."',
        "Igor Korotschenko",
        "Oberst der Reserve",
    ),
    ("Nordkoreas Machthaber Kim Jong-un hat Soldaten angeboten.", "Kim Jong-un", "Machthaber"),
    ("Das erklärte der russische Präsident Wladimir Putin.", "Wladimir Putin", "Präsident"),
    ("Man traf den Präsidenten Wladimir Putin.", "Wladimir Putin", "Präsident"),
    ("Bundeskanzlerin Angela Merkel reiste ab.", "Angela Merkel", "Bundeskanzlerin"),
    ("Es sprach Ex-Präsident Donald Trump.", "Donald Trump", "Ex-Präsident"),
    ("Zitiert wird Sergei Mironow, Vorsitzender der Partei.", "Sergei Mironow", "Vorsitzender"),
]


@pytest.mark.parametrize(
    "text, mention, role",
    ROLES,
    ids=[
        "compound",
        "multiword-nearest",
        "machthaber",
        "adjective-before",
        "inflected",
        "feminine",
        "ex",
        "apposition-after",
    ],
)
def test_persons_role_is_captured_in_base_form(
    persons: Callable[[str], list[EntityMention]], text: str, mention: str, role: str
) -> None:
    found = [m for m in persons(text) if m.text == mention]
    assert len(found) == 1
    assert found[0].role == role


def test_persons_role_stated_in_next_sentence(
    persons: Callable[[str], list[EntityMention]],
) -> None:
    text = "«Das ist neu», sagt Fyodor Tertitskiy. Er ist Forscher an der Kookmin-Universität."
    assert [(m.text, m.role) for m in persons(text)] == [("Fyodor Tertitskiy", "Forscher")]


CONTEXT = [
    ('"Das ist falsch", sagte Peskow.', "Peskow"),
    ("Die Lage sei ernst, so Korotschenko.", "Korotschenko"),
    ("Oberst Korotschenko lobte das Angebot.", "Korotschenko"),
    ("Kanzler Scholz widersprach.", "Scholz"),
    ("Frau Fischer widersprach.", "Fischer"),
    ("Laut Selenskyj ist die Lage stabil.", "Selenskyj"),
    ("Gestern kritisierte Schewtschenko den Plan.", "Schewtschenko"),
]


@pytest.mark.parametrize(
    "text, mention",
    CONTEXT,
    ids=["sagte", "so", "rank", "role", "title", "laut-known", "suffix-shape"],
)
def test_persons_surname_only_in_context(
    persons: Callable[[str], list[EntityMention]], text: str, mention: str
) -> None:
    assert [m.text for m in persons(text) if not m.is_credit] == [mention]


NOT_PERSONS = [
    "Der Kreml teilte am Montag mit, die Gespräche seien beendet.",
    "Laut Reuters wurden 3.000 Soldaten entsandt.",
    "Das berichtet die britische Daily Mail unter Berufung auf Regnum.",
    "Im August wurde der Vertrag unterzeichnet.",
    "Die Bauarbeiter und Ingenieure sollen beim Wiederaufbau helfen.",
    "In einem Interview mit der Zeitung findet er lobende Worte.",
    "Anders als erwartet kamen viele Besucher.",
    "Die Kirche St. Peter wurde 1787 erbaut.",
    "Er studierte Medizin in Bonn.",
    "Der Rauch war weithin sichtbar.",
    "Das Album erschien bei der Lee Strasberg Theatre Company.",
]


@pytest.mark.parametrize(
    "text",
    NOT_PERSONS,
    ids=[
        "kreml",
        "agency",
        "media",
        "month",
        "common-nouns",
        "noun-in-lexicon",
        "adverb",
        "saint-place",
        "object-noun",
        "article-noun",
        "organisation",
    ],
)
def test_persons_no_false_positives(
    persons: Callable[[str], list[EntityMention]], text: str
) -> None:
    assert story(persons(text)) == []


# -- document-level resolution -----------------------------------------------------------------

LINKING = [
    (
        "Igor Korotschenko sprach im Fernsehen. Später sagte Korotschenko, alles sei einfach.",
        [
            ("Igor Korotschenko", "Igor Korotschenko", "name"),
            ("Korotschenko", "Igor Korotschenko", "surname"),
        ],
    ),
    (
        "Oberst der Reserve Igor Korotchenko sprach. Dann lobte Korotchenko's Kollege den Plan.",
        [
            ("Igor Korotchenko", "Igor Korotchenko", "name"),
            ("Korotchenko's", "Igor Korotchenko", "surname"),
        ],
    ),
    (
        "Wladimir Putin reist. Putins Sprecher schweigt. Putin selbst nicht.",
        [
            ("Wladimir Putin", "Wladimir Putin", "name"),
            ("Putins", "Wladimir Putin", "surname"),
            ("Putin", "Wladimir Putin", "surname"),
        ],
    ),
    (
        "Machthaber Kim Jong-un droht. Kim Jong Un schickt Soldaten. Kims Regime schweigt.",
        [
            ("Kim Jong-un", "Kim Jong-un", "name"),
            ("Kim Jong Un", "Kim Jong-un", "name"),
            ("Kims", "Kim Jong-un", "surname"),
        ],
    ),
    (
        "Hans Tanner kam. Danach sprach Hans Tanner erneut. Tanners Rede war kurz.",
        [
            ("Hans Tanner", "Hans Tanner", "name"),
            ("Hans Tanner", "Hans Tanner", "name"),
            ("Tanners", "Hans Tanner", "surname"),
        ],
    ),
    (
        "Der Experte Igor Korotschenko lobte den Plan. Korotchenko gibt keine Quellen an.",
        [
            ("Igor Korotschenko", "Igor Korotschenko", "name"),
            ("Korotchenko", "Igor Korotschenko", "surname"),
        ],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    LINKING,
    ids=[
        "surname",
        "transliteration-apostrophe",
        "genitive-and-sentence-start",
        "korean-variants",
        "hans-not-han",
        "translit-variant",
    ],
)
def test_persons_document_level_linking(
    persons: Callable[[str], list[EntityMention]], text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m.text, m.key, m.via) for m in persons(text)] == expected


def test_persons_coordinated_surname_is_a_person(
    persons: Callable[[str], list[EntityMention]],
) -> None:
    assert persons("Das Treffen von Quxandor war kurz.") == []
    text = "Das Treffen von Anna Lührmann und Quxandor war kurz."
    assert [m.text for m in persons(text)] == ["Anna Lührmann", "Quxandor"]


def test_persons_people_view_groups_mentions(backbone: Language) -> None:
    text = "Kremlsprecher Dmitri Peskow widersprach. Peskow sagte, Peskows Aussage gelte."
    mentions = find_persons(backbone(text))
    extraction = nkru_extract.Extraction(text=text, persons=tuple(mentions))
    people = extraction.people()
    assert [(p.key, p.role, len(p.mentions)) for p in people] == [
        ("Dmitri Peskow", "Kremlsprecher", 3)
    ]


def test_persons_offsets_are_exact(backbone: Language) -> None:
    text = "Bild: dpa\n\nWladimir Putin sprach. «Nein», sagte Putin."
    for m in find_persons(backbone(text)):
        assert text[m.start : m.end] == m.text


# -- credits -----------------------------------------------------------------------------------

CREDITS = [
    (
        "Putin spricht. Bild: picture alliance/dpa/Planet Pix via ZUMA Press Wire | "
        "Mikhail Klimentyev/Kremlin Pool",
        ["Mikhail Klimentyev"],
    ),
    (
        "Kim Jong Un in Pjöngjang.\nFoto: Reuters/Anna Schmidt\n\nDer Text beginnt.",
        ["Anna Schmidt"],
    ),
    ("Wladimir Putin besuchte Kim Jong Un. - keystone", []),
    ("Von Max Mustermann\n\nDer Krieg dauert an.", ["Max Mustermann"]),
    ("Das Bild zeigt Kanzler Scholz. (© AFP/John Doe)", ["John Doe"]),
]


@pytest.mark.parametrize(
    "text, credited", CREDITS, ids=["bild-pool", "foto-line", "keystone", "byline", "copyright"]
)
def test_persons_credits_are_flagged_not_counted(
    persons: Callable[[str], list[EntityMention]], text: str, credited: list[str]
) -> None:
    mentions = persons(text)
    assert [m.text for m in mentions if m.is_credit] == credited
    assert all(m.text not in credited for m in mentions if not m.is_credit)


def test_persons_credit_ranges_cover_the_credit_line() -> None:
    text = "Setzt Putin auf Truppen? Bild: picture alliance/dpa | M. Klimentyev/Kremlin Pool\nText"
    ranges = credit_ranges(text)
    assert [text[s:e] for s, e in ranges] == [
        "Bild: picture alliance/dpa | M. Klimentyev/Kremlin Pool"
    ]


# -- blocked ranges, statistical NER, bad input ----------------------------------------------


def test_persons_respect_blocked_ranges(backbone: Language) -> None:
    text = "Laut Wagner Gruppe kämpften Söldner. Angela Merkel schwieg."
    start = text.index("Wagner")
    mentions = find_persons(backbone(text), blocked=[(start, start + len("Wagner Gruppe"))])
    assert [m.text for m in mentions] == ["Angela Merkel"]


def test_persons_merge_statistical_per_spans(make_doc: Callable[..., Doc]) -> None:
    words = ["Gestern", "kam", "Okwudili", "Quappendorf", "in", "die", "Stadt", "."]
    assert find_persons(make_doc(words)) == []  # the rules alone do not know this name
    doc = make_doc(words, ents=["O", "O", "B-PER", "I-PER", "O", "O", "O", "O"])
    assert [(m.text, m.key) for m in find_persons(doc)] == [
        ("Okwudili Quappendorf", "Okwudili Quappendorf")
    ]


def test_persons_drop_statistical_spans_that_are_common_nouns(make_doc: Callable[..., Doc]) -> None:
    words = ["Die", "Regierung", "tagte", "."]
    doc = make_doc(words, ents=["O", "B-PER", "O", "O"])
    assert find_persons(doc) == []


@pytest.mark.parametrize("bad", ["Angela Merkel", None, 3], ids=["str", "none", "int"])
def test_persons_bad_input_raises(bad: object) -> None:
    with pytest.raises(InputTypeError, match=type(bad).__name__):
        find_persons(bad)  # type: ignore[arg-type]


def test_persons_empty_doc(backbone: Language) -> None:
    assert find_persons(backbone("")) == []


# -- keys --------------------------------------------------------------------------------------

SAME_KEY = [
    ("Korotschenko", "Korotchenko"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Kim Jong-Un", "kim jong un"),
    ("Selenskyj", "Selenskij"),
    ("Peskow", "Peskov"),
]


@pytest.mark.parametrize("a, b", SAME_KEY, ids=["tsch-tch", "hyphen-space", "case", "j-i", "w-v"])
def test_persons_name_key_folds_spelling_variants(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_persons_name_key_keeps_different_people_apart() -> None:
    assert name_key("Kim Jong-un") != name_key("Kim Jong-il")


@pytest.mark.parametrize(
    "name, key",
    [
        ("Kim Jong Un", "Kim Jong-un"),
        ("Vladimir Putin", "Wladimir Putin"),
        ("Max Muster", "Max Muster"),
    ],
    ids=["korean", "english-spelling", "unlisted"],
)
def test_persons_person_key_uses_listed_canonical_name(name: str, key: str) -> None:
    assert person_key(name) == key


# -- seed articles -----------------------------------------------------------------------------

SEED_PEOPLE = {
    "000_4dbb812dc9ebf233.txt": {"Kim Jong-un", "Igor Korotschenko", "Wladimir Putin"},
    "001_897f6005ae8fbcf3.txt": {"Igor Korotschenko", "Sergei Mironow"},
    "002_60183f86ae9f806a.txt": {
        "Wladimir Putin",
        "Kim Jong-un",
        "Igor Korotchenko",
        "Olga Kachura",
    },
    "003_faea75984da40384.txt": {"Kim Jong-un", "Wladimir Putin", "Lee Seong-kweun"},
    "004_75972d2100cf29e8.txt": {"Wladimir Putin", "Kim Jong-un", "Fyodor Tertitskiy"},
}


@pytest.mark.parametrize("name", sorted(SEED_PEOPLE), ids=lambda n: n[:3])
def test_persons_seed_articles(backbone: Language, seed_texts: dict[str, str], name: str) -> None:
    mentions = find_persons(backbone(seed_texts[name]))
    assert {m.key for m in mentions if not m.is_credit} == SEED_PEOPLE[name]


def test_persons_seed_photo_credit_is_not_a_story_person(
    backbone: Language, seed_texts: dict[str, str]
) -> None:
    mentions = find_persons(backbone(seed_texts["002_60183f86ae9f806a.txt"]))
    credits = [m.text for m in mentions if m.is_credit]
    assert credits == ["Mikhail Klimentyev"]


# -- benchmark script --------------------------------------------------------------------------


def _benchmark() -> object:
    spec = importlib.util.spec_from_file_location(
        "ner_germeval", ROOT / "benchmarks" / "ner_germeval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("ner_germeval", module)
    spec.loader.exec_module(module)
    return module


def test_persons_benchmark_skips_without_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _benchmark()
    assert module.main(["--data", str(tmp_path / "missing.tsv")]) == 0  # type: ignore[attr-defined]
    assert "skipped" in capsys.readouterr().out


def test_persons_benchmark_reads_germeval_spans(tmp_path: Path) -> None:
    module = _benchmark()
    data = tmp_path / "mini.tsv"
    data.write_text(
        "#\tsource\n1\tAngela\tB-PER\tO\n2\tMerkel\tI-PER\tO\n3\tbesuchte\tO\tO\n4\tRussland\tB-LOC\tO\n\n",
        encoding="utf-8",
    )
    (sentence,) = module.read_germeval(data)  # type: ignore[attr-defined]
    assert sentence.tokens == ["Angela", "Merkel", "besuchte", "Russland"]
    assert sentence.gold == {"PER": {(0, 2)}, "LOC": {(3, 4)}}


_PIECES = st.sampled_from(
    [*"abcKPWJ-'’./|:©\n ", "Kim ", "Jong-un ", "Putins ", "Bild: ", "sagte ", "Von ", "Anna "]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_persons_never_crash_and_offsets_hold(backbone: Language, text: str) -> None:
    for m in find_persons(backbone(text)):
        assert text[m.start : m.end] == m.text
        assert m.label == "PERSON" and m.key

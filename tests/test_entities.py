"""STATE and UNIT mentions and the ``nkru_entities`` component (sentence tables).

Expected values are what a German reader takes the sentence to say.
"""

from __future__ import annotations

import json
import pickle
import unicodedata
from importlib import resources
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.entities import EntityExtractor, find_states, load_units
from nkru_extract.errors import DataFileError, InputTypeError
from nkru_extract.types import VIA_KINDS, EntityMention, NumberMention


def _states(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.key, m.via) for m in find_states(nlp(text))]


def _entities(nlp: Language, text: str, label: str) -> list[EntityMention]:
    return [m for m in nlp(text)._.nkru_entities if m.label == label]


# -- states: positive rows -----------------------------------------------------------------------

STATE_ROWS = [
    # name and genitive
    ("Nordkorea droht erneut mit Tests.", "Nordkorea", "KP", "name"),
    ("Die DVRK testet wieder Raketen.", "DVRK", "KP", "name"),
    ("Die Armee Nordkoreas gilt als groß.", "Nordkoreas", "KP", "name"),
    ("Die Ukraine verteidigt sich.", "Ukraine", "UA", "name"),
    ("Russlands Präsident reist ab.", "Russlands", "RU", "name"),
    ("Die USA liefern Waffen.", "USA", "US", "name"),
    ("Belarus stimmte dagegen.", "Belarus", "BY", "name"),
    ("Weißrussland stimmte dagegen.", "Weißrussland", "BY", "name"),
    # adjective in every ending
    ("Das Schiff ist nordkoreanisch.", "nordkoreanisch", "KP", "adjective"),
    ("Sie sahen nordkoreanische Truppen.", "nordkoreanische", "KP", "adjective"),
    ("Mit den nordkoreanischen Soldaten.", "nordkoreanischen", "KP", "adjective"),
    ("Ein nordkoreanischer Soldat floh.", "nordkoreanischer", "KP", "adjective"),
    ("Ein nordkoreanisches Schiff sank.", "nordkoreanisches", "KP", "adjective"),
    ("Mit nordkoreanischem Geld gekauft.", "nordkoreanischem", "KP", "adjective"),
    ("Nordkoreanische Arbeiter kommen.", "Nordkoreanische", "KP", "adjective"),
    ("Die US-amerikanische Regierung schweigt.", "US-amerikanische", "US", "adjective"),
    ("Die Schweizer Armee übt im Jura.", "Schweizer", "CH", "adjective"),
    ("Die Deutsche Armee meldet Verluste.", "Deutsche", "DE", "adjective"),
    # inhabitants
    ("Die Nordkoreaner wurden ausgerüstet.", "Nordkoreaner", "KP", "inhabitant"),
    ("Die Russen rücken vor.", "Russen", "RU", "inhabitant"),
    ("Zwei Ukrainerinnen erzählen.", "Ukrainerinnen", "UA", "inhabitant"),
    ("Am Sonntag stimmten die Schweizer ab.", "Schweizer", "CH", "inhabitant"),
    ("Die Deutschen reisen gern.", "Deutschen", "DE", "inhabitant"),
    # capitals and seats of government
    ("Pjöngjang reagierte scharf.", "Pjöngjang", "KP", "metonym"),
    ("Moskau dementiert.", "Moskau", "RU", "metonym"),
    ("Das sieht der Kreml anders.", "Kreml", "RU", "metonym"),
    ("Kreml dementiert.", "Kreml", "RU", "metonym"),
    ("Kiew bittet um Hilfe.", "Kiew", "UA", "metonym"),
    ("Kyjiw bittet um Hilfe.", "Kyjiw", "UA", "metonym"),
    ("Washington droht mit Sanktionen.", "Washington", "US", "metonym"),
    ("Das Weiße Haus teilte mit, es prüfe.", "Weiße Haus", "US", "metonym"),
    ("Im Weißen Haus wurde beraten.", "Weißen Haus", "US", "metonym"),
    ("Peking warnt.", "Peking", "CN", "metonym"),
    ("Seoul warnt.", "Seoul", "KR", "metonym"),
    ("Moskaus Pläne sind bekannt.", "Moskaus", "RU", "metonym"),
    # hyphen compounds
    ("Putin will 100.000 Nordkorea-Soldaten.", "Nordkorea-Soldaten", "KP", "compound"),
    ("Der Ukraine-Krieg dauert an.", "Ukraine-Krieg", "UA", "compound"),
    ("Laut der US-Regierung ist das falsch.", "US-Regierung", "US", "compound"),
    ("Aus Kreml-Sicht läuft es gut.", "Kreml-Sicht", "RU", "compound"),
    ("Proteste gegen Anti-Russland-Politik.", "Anti-Russland-Politik", "RU", "compound"),
    # headline capitals and slash lists
    ("RUSSLAND SCHICKT TRUPPEN", "RUSSLAND", "RU", "name"),
    ("Das Spiel Japan/Südkorea endete 1:1.", "Japan", "JP", "name"),
    ("Das Spiel Japan/Südkorea endete 1:1.", "Südkorea", "KR", "name"),
]


@pytest.mark.parametrize(
    "text, surface, key, via", STATE_ROWS, ids=[f"{r[3]}-{r[1]}" for r in STATE_ROWS]
)
def test_states_found(nlp_blank: Language, text: str, surface: str, key: str, via: str) -> None:
    assert (surface, key, via) in _states(nlp_blank, text)


def test_states_adjective_compound_gives_each_state(nlp_blank: Language) -> None:
    found = _states(nlp_blank, "An der russisch-ukrainischen Grenze wird gekämpft.")
    assert ("russisch-ukrainischen", "RU", "adjective") in found
    assert ("russisch-ukrainischen", "UA", "adjective") in found


def test_states_article_not_in_mention(nlp_blank: Language) -> None:
    doc = nlp_blank("Das Weiße Haus und der Kreml schweigen.")
    texts = [m.text for m in find_states(doc)]
    assert texts == ["Weiße Haus", "Kreml"]


def test_states_offsets_point_into_text(nlp_blank: Language) -> None:
    doc = nlp_blank("Nach Angaben Seouls schickt Pjöngjang nordkoreanische Truppen.")
    for mention in find_states(doc):
        assert doc.text[mention.start : mention.end] == mention.text
        assert mention.label == "STATE"
        assert mention.via in VIA_KINDS


def test_states_carry_display_name_and_qid(nlp_blank: Language) -> None:
    (mention,) = find_states(nlp_blank("Pjöngjang schweigt."))
    assert mention.name == "Nordkorea"
    assert mention.qid == "Q423"


# -- states: negative rows -----------------------------------------------------------------------

NOT_STATE_ROWS = [
    ("Das Magazin ist deutschsprachig.", "deutschsprachig"),
    ("Sie lernt Russisch an der Uni.", "Russisch"),
    ("Er sagte es auf deutsch.", "deutsch"),
    ("Die Partei (deutsch: Britannien zuerst) wächst.", "deutsch"),
    ("Der Kongo führt Hochwasser.", "Kongo"),
    ("Korea war einst ein Land.", "Korea"),
    ("George Washington war Präsident.", "Washington"),
    ("Die Washington Post berichtet.", "Washington"),
    ("Der Südamerikaner lachte.", "Südamerikaner"),
    ("Das kostet 20 US-Dollar.", "US-Dollar"),
]


@pytest.mark.parametrize("text, surface", NOT_STATE_ROWS, ids=[r[1] for r in NOT_STATE_ROWS])
def test_states_not_found(nlp_blank: Language, text: str, surface: str) -> None:
    assert surface not in [s for s, _, _ in _states(nlp_blank, text)]


def test_states_reject_non_doc() -> None:
    with pytest.raises(InputTypeError, match="str"):
        find_states("Nordkorea")  # type: ignore[arg-type]


# -- units ---------------------------------------------------------------------------------------

UNIT_ROWS = [
    # generic formations with their state
    ("Die Armee Nordkoreas gilt als groß.", "Armee Nordkoreas", "KP:Armee", "KP"),
    ("Schiffe der russischen Pazifikflotte.", "russischen Pazifikflotte", "RU:Pazifikflotte", "RU"),
    ("Setzt er nordkoreanische Truppen ein?", "nordkoreanische Truppen", "KP:Truppen", "KP"),
    ("Die ukrainischen Streitkräfte halten.", "ukrainischen Streitkräfte", "UA:Streitkräfte", "UA"),
    ("Die Streitkräfte der Ukraine halten.", "Streitkräfte der Ukraine", "UA:Streitkräfte", "UA"),
    (
        "Die russischen Invasionstruppen.",
        "russischen Invasionstruppen",
        "RU:Invasionstruppen",
        "RU",
    ),
    ("Nordkoreas Militär ist marode.", "Nordkoreas Militär", "KP:Militär", "KP"),
    ("Moskaus Truppen ziehen ab.", "Moskaus Truppen", "RU:Truppen", "RU"),
    ("Soldaten aus Nordkorea kämpfen.", "Soldaten aus Nordkorea", "KP:Soldat", "KP"),
    ("Es kamen nordkoreanische Soldaten.", "nordkoreanische Soldaten", "KP:Soldat", "KP"),
    (
        "Es kamen nordkoreanische Freiwillige.",
        "nordkoreanische Freiwillige",
        "KP:Freiwillige",
        "KP",
    ),
    ("Putin will 100.000 Nordkorea-Soldaten.", "Nordkorea-Soldaten", "KP:Soldat", "KP"),
    ("Die Schweizer Armee übt im Jura.", "Schweizer Armee", "CH:Armee", "CH"),
    # generic formations without a stated state
    ("Das Truppenkontingent wächst.", "Truppenkontingent", "Truppenkontingent", None),
    ("Er stellt eine große Kampftruppe bereit.", "Kampftruppe", "Kampftruppe", None),
    ("Elitesoldaten wurden verlegt.", "Elitesoldaten", "Elitesoldat", None),
    ("Einheiten rückten vor.", "Einheiten", "Einheiten", None),
    ("Die Kim-Truppen würden geschickt.", "Kim-Truppen", "KP:Truppen", "KP"),
    ("Putin-Truppen rücken bei Charkiw vor.", "Putin-Truppen", "RU:Truppen", "RU"),
    ("Die Söder-Truppen jubelten.", "Söder-Truppen", "Söder-Truppen", None),
    (
        "Die 47. Mechanisierte Brigade der ukrainischen Streitkräfte hält Awdijiwka.",
        "47. Mechanisierte Brigade",
        "UA:47. Mechanisierte Brigade",
        "UA",
    ),
    (
        "Die 3. Sturmbrigade der russischen Armee griff an.",
        "3. Sturmbrigade",
        "RU:3. Sturmbrigade",
        "RU",
    ),
    (
        "Die Panzerbrigade 45 wird in Litauen stationiert.",
        "Panzerbrigade 45",
        "Panzerbrigade 45",
        None,
    ),
    ("Das Jägerbataillon 292 übt.", "Jägerbataillon 292", "Jägerbataillon 292", None),
    ("Die NATO-Truppen bleiben.", "NATO-Truppen", "NATO-Truppen", None),
    ("Die US-Truppen bleiben.", "US-Truppen", "US:Truppen", "US"),
    ("Es fehlt an motivierten Truppen.", "Truppen", "Truppen", None),
    ("Russland erhält 100.000 Soldaten.", "Soldaten", "Soldat", None),
    # numbered units
    (
        "Die 47. Mechanisierte Brigade kämpft.",
        "47. Mechanisierte Brigade",
        "47. Mechanisierte Brigade",
        None,
    ),
    (
        "Teile der 47. Mechanisierten Brigade.",
        "47. Mechanisierten Brigade",
        "47. Mechanisierte Brigade",
        None,
    ),
    ("Die 3. Armee rückt vor.", "3. Armee", "3. Armee", None),
    (
        "Die 11. Luftlandesturmbrigade hält.",
        "11. Luftlandesturmbrigade",
        "11. Luftlandesturmbrigade",
        None,
    ),
    (
        "Die 155. Marineinfanteriebrigade.",
        "155. Marineinfanteriebrigade",
        "155. Marineinfanteriebrigade",
        None,
    ),
    ("Die 1. Panzerdivision übt.", "1. Panzerdivision", "1. Panzerdivision", None),
    # named units
    ("Die Wagner-Gruppe zog ab.", "Wagner-Gruppe", "RU:Gruppe Wagner", "RU"),
    ("Die Gruppe Wagner zog ab.", "Gruppe Wagner", "RU:Gruppe Wagner", "RU"),
    ("Die Bundeswehr übt.", "Bundeswehr", "DE:Bundeswehr", "DE"),
    ("Das Bundesheer übt.", "Bundesheer", "AT:Bundesheer", "AT"),
    (
        "Soldaten der Koreanischen Volksarmee.",
        "Koreanischen Volksarmee",
        "KP:Koreanische Volksarmee",
        "KP",
    ),
]


@pytest.mark.parametrize("text, surface, key, state", UNIT_ROWS, ids=[r[1] for r in UNIT_ROWS])
def test_units_found(
    nlp_embedded: Language, text: str, surface: str, key: str, state: str | None
) -> None:
    units = {(m.text, m.key, m.state) for m in _entities(nlp_embedded, text, "UNIT")}
    assert (surface, key, state) in units


def test_units_numbered_share_state_in_document(nlp_embedded: Language) -> None:
    text = (
        "Die ukrainische 47. Mechanisierte Brigade kämpft. "
        "Später zog die 47. Mechanisierte Brigade ab."
    )
    keys = [m.key for m in _entities(nlp_embedded, text, "UNIT")]
    assert keys == ["UA:47. Mechanisierte Brigade", "UA:47. Mechanisierte Brigade"]


def test_units_keep_the_state_adjective_as_state(nlp_embedded: Language) -> None:
    mentions = nlp_embedded("Sie sahen nordkoreanische Truppen.")._.nkru_entities
    assert [(m.label, m.text) for m in mentions] == [
        ("UNIT", "nordkoreanische Truppen"),
        ("STATE", "nordkoreanische"),
    ]


def test_units_named_readably(nlp_embedded: Language) -> None:
    (unit,) = _entities(nlp_embedded, "Setzt er nordkoreanische Truppen ein?", "UNIT")
    assert unit.name == "Truppen (Nordkorea)"
    assert unit.via == "description"


NOT_UNIT_ROWS = [
    ("Die Soldaten kehrten heim.", "plain soldiers are people"),
    ("Am Tag der deutschen Einheit wird gefeiert.", "reunification"),
    ("Das diplomatische Korps war geladen.", "diplomatic corps"),
    ("100.000 Freiwillige halfen beim Aufräumen.", "volunteers without a state"),
    ("Vom 4. Oktober an bleibt es still.", "date"),
    ("Die Theatertruppe spielt heute.", "theatre troupe"),
    ("Die Heilsarmee sammelt Spenden.", "salvation army"),
    ("Der Trainer führt ein strenges Regiment.", "regiment as rule"),
    ("Die Lufthansa-Flotte wächst.", "airline fleet"),
    ("Die Division Pharma wächst.", "business division"),
]


@pytest.mark.parametrize("text, why", NOT_UNIT_ROWS, ids=[r[1] for r in NOT_UNIT_ROWS])
def test_units_not_found(nlp_embedded: Language, text: str, why: str) -> None:
    assert _entities(nlp_embedded, text, "UNIT") == []


def test_units_troops_leaving_a_state_are_not_its_troops(nlp_embedded: Language) -> None:
    (unit,) = _entities(nlp_embedded, "Der Abzug der Truppen aus Afghanistan beginnt.", "UNIT")
    assert (unit.text, unit.state) == ("Truppen", None)


def test_units_date_is_not_a_designation(nlp_embedded: Language) -> None:
    units = _entities(nlp_embedded, "Am 4. Oktober kamen Truppen.", "UNIT")
    assert [m.text for m in units] == ["Truppen"]


# -- troop strength ------------------------------------------------------------------------------


def _with_numbers(nlp_blank: Language, text: str, numbers: list[tuple[str, float, str]]) -> Doc:
    """A Doc with hand-made ``nkru_numbers`` (number text, value, counted noun)."""
    doc = nlp_blank(text)
    mentions = []
    for number, value, noun in numbers:
        start = text.index(number)
        unit_start = text.index(noun, start + len(number))
        mentions.append(
            NumberMention(
                text=number,
                start=start,
                end=start + len(number),
                value=value,
                low=value,
                unit=noun,
                unit_start=unit_start,
                unit_end=unit_start + len(noun),
            )
        )
    doc._.nkru_numbers = tuple(mentions)
    return doc


STRENGTH_ROWS = [
    (
        "Sie brachten 1.500 nordkoreanische Elitesoldaten.",
        [("1.500", 1500, "Elitesoldaten")],
        "nordkoreanische Elitesoldaten",
        1500,
    ),
    (
        "Ein Truppenkontingent von rund 10.000 Mann.",
        [("10.000", 10000, "Mann")],
        "Truppenkontingent",
        10000,
    ),
    (
        "Nordkoreas Militär mit 1,2 Millionen Soldaten.",
        [("1,2 Millionen", 1_200_000, "Soldaten")],
        "Nordkoreas Militär",
        1_200_000,
    ),
    ("Russland erhält 100.000 Soldaten.", [("100.000", 100_000, "Soldaten")], "Soldaten", 100_000),
]


@pytest.mark.parametrize(
    "text, numbers, surface, strength", STRENGTH_ROWS, ids=[r[2] for r in STRENGTH_ROWS]
)
def test_units_strength_from_numbers(
    nlp_blank: Language,
    text: str,
    numbers: list[tuple[str, float, str]],
    surface: str,
    strength: int,
) -> None:
    doc = EntityExtractor()(_with_numbers(nlp_blank, text, numbers))
    units = {m.text: m.strength for m in doc._.nkru_entities if m.label == "UNIT"}
    assert units[surface] == strength


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Nordkoreas Militär mit 1,2 Millionen Soldaten.", "Nordkoreas Militär"),
        ("Die Armee Nordkoreas gehört mit 1,2 Millionen Soldaten dazu.", "Armee Nordkoreas"),
    ],
    ids=["adjacent", "three-words-on"],
)
def test_units_strength_soldiers_not_a_second_unit(
    nlp_blank: Language, text: str, unit: str
) -> None:
    doc = EntityExtractor()(
        _with_numbers(nlp_blank, text, [("1,2 Millionen", 1_200_000, "Soldaten")])
    )
    units = [(m.text, m.strength) for m in doc._.nkru_entities if m.label == "UNIT"]
    assert units == [(unit, 1_200_000)]


def test_units_strength_needs_people_when_not_adjacent(nlp_blank: Language) -> None:
    text = "Die Armee griff gestern mit 200 Panzern an."
    doc = EntityExtractor()(_with_numbers(nlp_blank, text, [("200", 200, "Panzern")]))
    (unit,) = [m for m in doc._.nkru_entities if m.label == "UNIT"]
    assert unit.strength is None


def test_units_no_strength_without_numbers(nlp_blank: Language) -> None:
    doc = EntityExtractor()(nlp_blank("Sie brachten 1.500 nordkoreanische Elitesoldaten."))
    (unit,) = [m for m in doc._.nkru_entities if m.label == "UNIT"]
    assert unit.strength is None


# -- component -----------------------------------------------------------------------------------


def test_component_spans_and_ids(nlp_embedded: Language) -> None:
    doc = nlp_embedded("Pjöngjang schickt nordkoreanische Truppen in die Ukraine.")
    spans = doc.spans["nkru_entities"]
    assert {(s.text, s.label_, s.id_) for s in spans} >= {
        ("Pjöngjang", "STATE", "KP"),
        ("nordkoreanische Truppen", "UNIT", "KP:Truppen"),
        ("nordkoreanische", "STATE", "KP"),
        ("Ukraine", "STATE", "UA"),
    }
    for span in spans:
        mention = span._.nkru_entity
        assert mention.key == span.id_ and mention.label == span.label_
        assert (span.start_char, span.end_char) == (mention.start, mention.end)


def test_component_mentions_sorted_and_exact(nlp_embedded: Language) -> None:
    text = "Russlands Armee und die Armee Nordkoreas. Kiew und Washington reagieren."
    mentions = nlp_embedded(text)._.nkru_entities
    assert isinstance(mentions, tuple)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_component_custom_spans_key(cleanup_pipes: Language) -> None:
    cleanup_pipes.add_pipe("nkru_entities", config={"spans_key": "ents_de"})
    doc = cleanup_pipes("Moskau schweigt.")
    assert [s.id_ for s in doc.spans["ents_de"]] == ["RU"]
    assert "nkru_entities" not in doc.spans


def test_component_custom_states_file(cleanup_pipes: Language, tmp_path: Path) -> None:
    row = {
        "id": "XR",
        "qid": None,
        "kind": "historical",
        "name": "Ruritanien",
        "names": ["Ruritanien"],
        "genitives": ["Ruritaniens"],
        "adjectives": ["ruritanisch"],
        "invariant_adjectives": [],
        "inhabitants": ["Ruritanier"],
        "metonyms": ["Strelsau"],
        "compound_stems": ["Ruritanien"],
        "article": None,
    }
    path = tmp_path / "states.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    cleanup_pipes.add_pipe("nkru_entities", config={"states_path": str(path)})
    doc = cleanup_pipes("Strelsau schickt ruritanische Truppen; Russland schweigt.")
    found = {(m.text, m.key) for m in doc._.nkru_entities}
    assert {
        ("Strelsau", "XR"),
        ("ruritanische", "XR"),
        ("ruritanische Truppen", "XR:Truppen"),
    } <= found
    assert "RU" not in {m.key for m in doc._.nkru_entities}


@pytest.mark.parametrize(
    "config, error",
    [
        ({"states_path": "/nonexistent/states.jsonl"}, DataFileError),
        ({"units_path": "/nonexistent/units.jsonl"}, DataFileError),
    ],
    ids=["missing-states", "missing-units"],
)
def test_component_bad_paths_raise(config: dict[str, str], error: type[Exception]) -> None:
    nlp = spacy.blank("de")
    with pytest.raises(error, match="nonexistent"):
        nlp.add_pipe("nkru_entities", config=config)


def test_component_malformed_file_names_line(tmp_path: Path) -> None:
    path = tmp_path / "units.jsonl"
    path.write_text('{"label": "UNIT_HEAD", "pattern": "Armee", "id": "Armee"}\n{oops\n')
    with pytest.raises(DataFileError, match="line 2"):
        EntityExtractor(units_path=str(path))


def test_component_rejects_non_doc() -> None:
    with pytest.raises(InputTypeError, match="str"):
        EntityExtractor()("Moskau")  # type: ignore[arg-type]


def test_component_empty_text(nlp_embedded: Language) -> None:
    doc = nlp_embedded("")
    assert doc._.nkru_entities == ()
    assert list(doc.spans["nkru_entities"]) == []


def test_component_to_disk_round_trip(nlp_embedded: Language, tmp_path: Path) -> None:
    nlp_embedded.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    text = "Die Armee Nordkoreas und die Wagner-Gruppe."
    assert reloaded(text)._.nkru_entities == nlp_embedded(text)._.nkru_entities
    assert reloaded.get_pipe_config("nkru_entities")["spans_key"] == "nkru_entities"


def test_component_pickle_round_trip(nlp_embedded: Language) -> None:
    reloaded = pickle.loads(pickle.dumps(nlp_embedded))
    text = "Die Armee Nordkoreas und die Wagner-Gruppe."
    assert reloaded(text)._.nkru_entities == nlp_embedded(text)._.nkru_entities


def test_component_declares_what_it_assigns() -> None:
    meta = Language.get_factory_meta("nkru_entities")
    assert "doc._.nkru_entities" in meta.assigns
    assert meta.default_config == {
        "spans_key": "nkru_entities",
        "states_path": None,
        "units_path": None,
        "use_ner": True,
    }


NER_ROWS = [
    ("Gestern sprach Denzel Washington lange.", "Denzel Washington", []),
    ("Nordkoreas Machthaber Kim reiste ab.", "Nordkoreas Machthaber Kim", ["Nordkoreas"]),
    ("Die Armee Nordkoreas ist groß.", "Armee Nordkoreas", ["Nordkoreas"]),
]


@pytest.mark.parametrize(
    "text, person, states", NER_ROWS, ids=["surname-vetoed", "starts-with-place", "noun-first"]
)
def test_component_ner_person_vetoes_surname_place(
    cleanup_pipes: Language, text: str, person: str, states: list[str]
) -> None:
    extractor = cleanup_pipes.add_pipe("nkru_entities", config={"use_ner": True})
    doc = cleanup_pipes.make_doc(text)
    start = text.index(person)
    doc.ents = [doc.char_span(start, start + len(person), label="PER")]
    found = [m.text for m in extractor(doc)._.nkru_entities if m.label == "STATE"]
    assert found == states


def test_component_ner_ignored_when_disabled(cleanup_pipes: Language) -> None:
    extractor = cleanup_pipes.add_pipe("nkru_entities", config={"use_ner": False})
    doc = cleanup_pipes.make_doc("Gestern sprach Denzel Washington lange.")
    doc.ents = [doc.char_span(15, 32, label="PER")]
    assert [m.key for m in extractor(doc)._.nkru_entities if m.label == "STATE"] == ["US"]


# -- data file -----------------------------------------------------------------------------------


def test_units_data_file_is_clean() -> None:
    text = (resources.files("nkru_extract") / "data" / "military_units.jsonl").read_text("utf-8")
    seen: set[tuple[str, str]] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        row = json.loads(line)
        assert row["label"] in ("UNIT_HEAD", "UNIT_SUFFIX", "UNIT_NAMED"), number
        for field in ("pattern", "id"):
            value = row[field]
            assert value == value.strip() and value == unicodedata.normalize("NFC", value), number
        assert (row["label"], row["pattern"]) not in seen, f"duplicate on line {number}"
        seen.add((row["label"], row["pattern"]))
        if row["label"] == "UNIT_SUFFIX":
            assert row["pattern"] == row["pattern"].lower(), number
    assert load_units().heads["Truppen"].needs == "none"

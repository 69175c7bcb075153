"""Integrity and content checks for the states gazetteer ``data/states.jsonl``."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "qid": (str, type(None)),
    "kind": str,
    "name": str,
    "names": list,
    "genitives": list,
    "adjectives": list,
    "invariant_adjectives": list,
    "inhabitants": list,
    "metonyms": list,
    "compound_stems": list,
    "article": (str, type(None)),
}
LIST_FIELDS = [key for key, kind in FIELDS.items() if kind is list]
#: Fields whose strings are matched as they stand (adjectives are stems, expanded below).
SURFACE_FIELDS = [field for field in LIST_FIELDS if field != "adjectives"]
#: Within one row these fields never share a string (compound stems and invariant adjectives
#: deliberately repeat names and inhabitant nouns).
DISJOINT_FIELDS = ["names", "genitives", "inhabitants", "metonyms"]
ADJECTIVE_ENDINGS = ["", "e", "en", "er", "es", "em"]
KINDS = {"member", "observer", "partially_recognised", "occupied_or_self_proclaimed", "historical"}
ARTICLES = {None, "der", "die", "das"}

#: ISO 3166-1 alpha-2 codes of the 193 UN member states.
_UN_MEMBER_CODES = """
    AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
    CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI
    FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP
    KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM
    NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST
    SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV
    UG UA AE GB US UY UZ VU VE VN YE ZM ZW
"""
UN_MEMBERS = frozenset(_UN_MEMBER_CODES.split())
OBSERVERS = frozenset({"VA", "PS"})
PARTIALLY_RECOGNISED = frozenset({"XK", "TW", "EH", "XC", "XA", "XO", "XT", "XS"})
SELF_PROCLAIMED = frozenset({"XD", "XL"})
HISTORICAL = frozenset({"SU", "DD", "YU", "CS"})


@cache
def load_rows() -> tuple[dict[str, Any], ...]:
    """Read the shipped file through importlib.resources, as the library does."""
    text = (files("nkru_extract") / "data" / "states.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


ROWS = load_rows()
ROW_IDS = [row.get("id", f"line{i}") for i, row in enumerate(ROWS, 1)]


@cache
def surface_index() -> dict[str, frozenset[str]]:
    """Map every surface form (case-folded, adjectives expanded) to the ids that list it."""
    index: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        for field in SURFACE_FIELDS:
            for text in row[field]:
                index[text.casefold()].add(row["id"])
        for stem in row["adjectives"]:
            for ending in ADJECTIVE_ENDINGS:
                index[(stem + ending).casefold()].add(row["id"])
    return {text: frozenset(ids) for text, ids in index.items()}


def ids_for(text: str, *fields: str) -> set[str]:
    """Ids of rows listing ``text`` exactly (case-sensitive) in one of ``fields``."""
    return {row["id"] for row in ROWS for field in fields if text in row[field]}


def all_strings(row: dict[str, Any]) -> list[str]:
    strings = [row["id"], row["name"]] + [s for field in LIST_FIELDS for s in row[field]]
    return strings + ([row["article"]] if row["article"] else [])


# --- structure -------------------------------------------------------------------------------


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_data_states_row_has_all_fields_with_right_types(row: dict[str, Any]) -> None:
    assert set(row) == set(FIELDS)
    for key, kind in FIELDS.items():
        assert isinstance(row[key], kind), key
    for field in LIST_FIELDS:
        assert all(isinstance(item, str) for item in row[field]), field
    assert row["names"], "every state needs at least one name"
    assert row["name"] == row["names"][0]
    assert row["kind"] in KINDS
    assert row["article"] in ARTICLES


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_data_states_strings_are_clean_nfc(row: dict[str, Any]) -> None:
    for text in all_strings(row):
        assert text, "empty string"
        assert text == text.strip(), f"whitespace around {text!r}"
        assert "  " not in text, f"double space in {text!r}"
        assert unicodedata.normalize("NFC", text) == text, f"not NFC: {text!r}"


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_data_states_no_duplicates_within_row(row: dict[str, Any]) -> None:
    for field in LIST_FIELDS:
        assert len(row[field]) == len(set(row[field])), f"duplicate in {field}"
    seen: dict[str, str] = {}
    for field in DISJOINT_FIELDS:
        for text in row[field]:
            assert text not in seen, f"{text!r} in both {seen.get(text)} and {field}"
            seen[text] = field


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_data_states_adjectives_are_lower_case_stems(row: dict[str, Any]) -> None:
    for stem in row["adjectives"]:
        assert stem == stem.lower(), stem
        assert stem.endswith("sch"), f"{stem!r}: adjective stems end in -sch"
    for adjective in row["invariant_adjectives"]:
        assert adjective[0].isupper() and adjective.endswith("er"), adjective


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_data_states_every_sharp_s_has_swiss_spelling(row: dict[str, Any]) -> None:
    for field in LIST_FIELDS:
        for text in row[field]:
            if "ß" in text:
                assert text.replace("ß", "ss") in row[field], f"{field}: no Swiss form of {text!r}"


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_data_states_genitive_s_only_where_german_allows_it(row: dict[str, Any]) -> None:
    for name in row["names"]:
        if name[-1] in "sxzß":
            assert name + "s" not in row["genitives"], name
    if row["article"] == "die":  # feminine and plural names take no -s
        assert row["name"] + "s" not in row["genitives"]


def test_data_states_ids_unique_and_well_formed() -> None:
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Z]{2}", sid) for sid in ids)


def test_data_states_qids_well_formed_and_unique() -> None:
    qids = [row["qid"] for row in ROWS if row["qid"] is not None]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", qid) for qid in qids)
    assert len(qids) == len(set(qids))


def test_data_states_coverage_by_kind() -> None:
    by_kind: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        by_kind[row["kind"]].add(row["id"])
    assert by_kind["member"] == UN_MEMBERS
    assert len(UN_MEMBERS) == 193
    assert by_kind["observer"] == OBSERVERS
    assert by_kind["partially_recognised"] == PARTIALLY_RECOGNISED
    assert by_kind["occupied_or_self_proclaimed"] == SELF_PROCLAIMED
    assert by_kind["historical"] >= HISTORICAL


def test_data_states_every_surface_form_maps_to_one_state() -> None:
    clashes = {text: sorted(ids) for text, ids in surface_index().items() if len(ids) > 1}
    assert clashes == {}


def test_data_states_file_matches_generator() -> None:
    script = ROOT / "scripts" / "build_states.py"
    if not script.exists() or not script.with_name("states_rows.txt").exists():
        pytest.skip("generator script not in this checkout")
    spec = importlib.util.spec_from_file_location("build_states", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = (files("nkru_extract") / "data" / "states.jsonl").read_text(encoding="utf-8")
    assert module.render() == shipped, "run: python scripts/build_states.py"


# --- content a German reader expects -----------------------------------------------------------

SPOT_CHECKS = [
    # names
    ("Nordkorea", "KP"),
    ("DVRK", "KP"),
    ("Demokratische Volksrepublik Korea", "KP"),
    ("Südkorea", "KR"),
    ("Republik Korea", "KR"),
    ("Weißrussland", "BY"),
    ("Weissrussland", "BY"),
    ("Belarus", "BY"),
    ("Ukraine", "UA"),
    ("Russland", "RU"),
    ("Russische Föderation", "RU"),
    ("USA", "US"),
    ("US", "US"),
    ("Vereinigte Staaten", "US"),
    ("Vereinigte Staaten von Amerika", "US"),
    ("Amerika", "US"),
    ("Schweiz", "CH"),
    ("Eidgenossenschaft", "CH"),
    ("Österreich", "AT"),
    ("Deutschland", "DE"),
    ("Bundesrepublik Deutschland", "DE"),
    ("BRD", "DE"),
    ("Großbritannien", "GB"),
    ("Grossbritannien", "GB"),
    ("Vereinigtes Königreich", "GB"),
    ("Niederlande", "NL"),
    ("Holland", "NL"),
    ("Türkei", "TR"),
    ("Türkiye", "TR"),
    ("Tschechien", "CZ"),
    ("Tschechische Republik", "CZ"),
    ("Volksrepublik China", "CN"),
    ("VR China", "CN"),
    ("Elfenbeinküste", "CI"),
    ("Côte d'Ivoire", "CI"),
    ("Côte d’Ivoire", "CI"),
    ("Myanmar", "MM"),
    ("Birma", "MM"),
    ("Burma", "MM"),
    ("Demokratische Republik Kongo", "CD"),
    ("DR Kongo", "CD"),
    ("Republik Kongo", "CG"),
    ("Tschad", "TD"),
    ("Guinea", "GN"),
    ("Guinea-Bissau", "GW"),
    ("Äquatorialguinea", "GQ"),
    ("Niger", "NE"),
    ("Nigeria", "NG"),
    ("Sudan", "SD"),
    ("Südsudan", "SS"),
    ("Jordanien", "JO"),
    ("Georgien", "GE"),
    ("Republik Moldau", "MD"),
    ("Nordmazedonien", "MK"),
    ("Eswatini", "SZ"),
    ("Swasiland", "SZ"),
    ("Vereinigte Arabische Emirate", "AE"),
    ("Saudi-Arabien", "SA"),
    ("Vatikan", "VA"),
    ("Heiliger Stuhl", "VA"),
    ("Palästina", "PS"),
    ("Kosovo", "XK"),
    ("Taiwan", "TW"),
    ("Westsahara", "EH"),
    ("Nordzypern", "XC"),
    ("Abchasien", "XA"),
    ("Südossetien", "XO"),
    ("Transnistrien", "XT"),
    ("Somaliland", "XS"),
    ("Volksrepublik Donezk", "XD"),
    ("Volksrepublik Luhansk", "XL"),
    ("Volksrepublik Lugansk", "XL"),
    ("Bergkarabach", "XR"),
    ("Sowjetunion", "SU"),
    ("UdSSR", "SU"),
    ("DDR", "DD"),
    ("Deutsche Demokratische Republik", "DD"),
    ("Jugoslawien", "YU"),
    ("Tschechoslowakei", "CS"),
    # inflected names
    ("Nordkoreas", "KP"),
    ("Russlands", "RU"),
    ("Deutschlands", "DE"),
    ("Irans", "IR"),
    ("des Irans", "IR"),
    ("Iraks", "IQ"),
    ("Chinas", "CN"),
    ("Amerikas", "US"),
    ("Vereinigten Staaten", "US"),
    ("Russischen Föderation", "RU"),
    ("Niederlanden", "NL"),
    ("Vereinigten Königreich", "GB"),
    ("Weißrusslands", "BY"),
    # inhabitants
    ("Russen", "RU"),
    ("Russin", "RU"),
    ("Ukrainer", "UA"),
    ("Ukrainers", "UA"),
    ("Ukrainern", "UA"),
    ("Ukrainerinnen", "UA"),
    ("Deutscher", "DE"),
    ("Deutschen", "DE"),
    ("US-Amerikaner", "US"),
    ("Amerikanerin", "US"),
    ("Schweizerinnen", "CH"),
    ("Nordkoreaner", "KP"),
    ("Weißrussen", "BY"),
    ("Weissrussen", "BY"),
    ("Belarussin", "BY"),
    ("Franzosen", "FR"),
    ("Französin", "FR"),
    ("Israelis", "IL"),
    ("Palästinenser", "PS"),
    ("Jemeniten", "YE"),
    ("Türkin", "TR"),
    ("Sowjetbürger", "SU"),
    ("DDR-Bürger", "DD"),
    # metonyms
    ("Pjöngjang", "KP"),
    ("Pjongjang", "KP"),
    ("Pyongyang", "KP"),
    ("Moskau", "RU"),
    ("Kreml", "RU"),
    ("Kremls", "RU"),
    ("Kiew", "UA"),
    ("Kyjiw", "UA"),
    ("Kyiv", "UA"),
    ("Washington", "US"),
    ("Weißes Haus", "US"),
    ("Weisses Haus", "US"),
    ("Weißen Hauses", "US"),
    ("Pentagon", "US"),
    ("Peking", "CN"),
    ("Beijing", "CN"),
    ("Seoul", "KR"),
    ("Berlin", "DE"),
    ("Bern", "CH"),
    ("Wien", "AT"),
    ("Ballhausplatz", "AT"),
    ("Downing Street", "GB"),
    ("Élysée", "FR"),
    ("Élysée-Palast", "FR"),
    ("Teheran", "IR"),
    ("Damaskus", "SY"),
    ("Ankara", "TR"),
    ("Tokio", "JP"),
    ("Jerusalem", "IL"),
    ("Minsk", "BY"),
    ("Tiflis", "GE"),
    ("Kinshasa", "CD"),
    ("Brazzaville", "CG"),
    ("Pristina", "XK"),
    ("Taipeh", "TW"),
    ("Ramallah", "PS"),
    ("Ost-Berlin", "DD"),
    # adjective stems and invariant adjectives
    ("russisch", "RU"),
    ("ukrainisch", "UA"),
    ("nordkoreanisch", "KP"),
    ("südkoreanisch", "KR"),
    ("us-amerikanisch", "US"),
    ("amerikanisch", "US"),
    ("deutsch", "DE"),
    ("schweizerisch", "CH"),
    ("österreichisch", "AT"),
    ("belarussisch", "BY"),
    ("weißrussisch", "BY"),
    ("weissrussisch", "BY"),
    ("sowjetisch", "SU"),
    ("chinesisch", "CN"),
    ("israelisch", "IL"),
    ("palästinensisch", "PS"),
    ("britisch", "GB"),
    ("französisch", "FR"),
    ("Schweizer", "CH"),
]


@pytest.mark.parametrize(("text", "expected"), SPOT_CHECKS, ids=[t for t, _ in SPOT_CHECKS])
def test_data_states_spot_check(text: str, expected: str) -> None:
    assert ids_for(text, *LIST_FIELDS) == {expected}


COMPOUND_STEMS = [
    ("Nordkorea", "KP"),  # Nordkorea-Soldaten
    ("Pjöngjang", "KP"),
    ("Ukraine", "UA"),  # Ukraine-Krieg
    ("US", "US"),  # US-Regierung
    ("USA", "US"),
    ("Kreml", "RU"),  # Kreml-Sprecher
    ("Russland", "RU"),
    ("China", "CN"),
    ("DDR", "DD"),
    ("Sri-Lanka", "LK"),  # Sri-Lanka-Krise
]


@pytest.mark.parametrize(("stem", "expected"), COMPOUND_STEMS, ids=[s for s, _ in COMPOUND_STEMS])
def test_data_states_compound_stem(stem: str, expected: str) -> None:
    assert ids_for(stem, "compound_stems") == {expected}


ARTICLES_EXPECTED = [
    ("UA", "die"),
    ("TR", "die"),
    ("CH", "die"),
    ("US", "die"),
    ("NL", "die"),
    ("PH", "die"),
    ("IR", "der"),
    ("IQ", "der"),
    ("SD", "der"),
    ("LB", "der"),
    ("YE", "der"),
    ("DE", None),
    ("RU", None),
    ("KP", None),
]


@pytest.mark.parametrize(
    ("sid", "article"), ARTICLES_EXPECTED, ids=[s for s, _ in ARTICLES_EXPECTED]
)
def test_data_states_article(sid: str, article: str | None) -> None:
    (row,) = [row for row in ROWS if row["id"] == sid]
    assert row["article"] == article


QIDS_EXPECTED = [
    ("RU", "Q159"),
    ("UA", "Q212"),
    ("KP", "Q423"),
    ("KR", "Q884"),
    ("US", "Q30"),
    ("DE", "Q183"),
    ("CN", "Q148"),
    ("SU", "Q15180"),
    ("AT", "Q40"),
    ("CH", "Q39"),
]


@pytest.mark.parametrize(("sid", "qid"), QIDS_EXPECTED, ids=[s for s, _ in QIDS_EXPECTED])
def test_data_states_known_qid(sid: str, qid: str) -> None:
    (row,) = [row for row in ROWS if row["id"] == sid]
    assert row["qid"] == qid


#: Strings a German reader would not resolve to one state: ambiguous, not a state, or an
#: ordinary word / first name.
ABSENT = [
    "Korea",
    "koreanisch",
    "Koreaner",
    "Kongo",
    "kongolesisch",
    "Kongolese",
    "England",
    "Georgia",
    "Jordan",
    "Chad",
    "Brüssel",
    "EU",
    "Malteser",
    "Dominikaner",
    "Pole",
    "DRK",
    "Sofia",
    "Victoria",
    "Santiago",
    "Donezk",
    "Luhansk",
    "Kanzleramt",
    "der Ukraine",
    "Ukraines",
    "Schweizs",
]


@pytest.mark.parametrize("text", ABSENT, ids=ABSENT)
def test_data_states_ambiguous_string_absent(text: str) -> None:
    assert text.casefold() not in surface_index()


@pytest.mark.parametrize("stem", ["Jamaika", "Kenia"], ids=["Jamaika", "Kenia"])
def test_data_states_coalition_names_not_compound_stems(stem: str) -> None:
    assert ids_for(stem, "compound_stems") == set()

"""find_numbers: number mentions in running German text (GitHub issue #3)."""

from __future__ import annotations

import pytest

from nkru_extract import NumberMention, find_numbers
from nkru_extract.errors import InputTypeError
from nkru_extract.types import NUMBER_QUALIFIERS

Row = tuple[str, int | float | None, int | float | None, int | float | None, str | None]


def _only(text: str) -> NumberMention:
    mentions = find_numbers(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


# text, mention text, value
SEPARATORS = [
    ("Russland 100.000 Soldaten angeboten", "100.000", 100_000),
    ("Nordkorea bietet 100'000 Soldaten an", "100'000", 100_000),
    ("Nordkorea bietet 100\u2019000 Soldaten an", "100\u2019000", 100_000),
    ("Es kamen 12 000 Leser.", "12 000", 12_000),
    ("Es kamen 12\u00a0000 Leser.", "12\u00a0000", 12_000),
    ("Es kamen 12\u202f000 Leser.", "12\u202f000", 12_000),
    ("Es kamen 12\u2009000 Leser.", "12\u2009000", 12_000),
    ("Der Preis: 1'250.50 Franken", "1'250.50", 1250.5),
    ("Ein Anstieg um 4,800 Prozent", "4,800", 4.8),
    ("Es kamen 4.800 Menschen", "4.800", 4800),
]


@pytest.mark.parametrize("text, written, value", SEPARATORS, ids=[repr(t[1]) for t in SEPARATORS])
def test_numbers_find_grouping(text: str, written: str, value: int | float) -> None:
    mention = _only(text)
    assert mention.text == written
    assert text[mention.start : mention.end] == written
    assert mention.value == value
    assert mention.low == mention.high == value
    assert mention.qualifier is None


NOT_GLUED = [
    ("am 4. 000 Soldaten vorbei", []),
    ("Seite 12 000 Leser", []),
    ("Im Jahr 2014 300 Soldaten", [300]),
    ("Tel. 030 1234567", []),
    ("+49 30 1234567", []),
]


@pytest.mark.parametrize("text, values", NOT_GLUED, ids=[t for t, _ in NOT_GLUED])
def test_numbers_find_does_not_glue_separate_numbers(text: str, values: list[int]) -> None:
    assert [m.value for m in find_numbers(text)] == values


# text, mention text, value, low, high, qualifier
QUALIFIED = [
    ("rund 10.000 Soldaten", "rund 10.000", 10_000, 10_000, 10_000, "approx"),
    ("Rund 10.000 Soldaten", "Rund 10.000", 10_000, 10_000, 10_000, "approx"),
    (
        "etwa 1,2 Millionen Soldaten",
        "etwa 1,2 Millionen",
        1_200_000,
        1_200_000,
        1_200_000,
        "approx",
    ),
    ("ca. 300 Panzer", "ca. 300", 300, 300, 300, "approx"),
    ("ca 20 Minuten", "ca 20", 20, 20, 20, "approx"),
    ("circa 300 Panzer", "circa 300", 300, 300, 300, "approx"),
    ("zirka 40 Drohnen", "zirka 40", 40, 40, 40, "approx"),
    ("ungefähr 40 Drohnen", "ungefähr 40", 40, 40, 40, "approx"),
    ("schätzungsweise 5000 Tote", "schätzungsweise 5000", 5000, 5000, 5000, "approx"),
    ("an die 100 Soldaten", "an die 100", 100, 100, 100, "approx"),
    ("gut 500 Mann", "gut 500", 500, 500, None, "at_least"),
    ("mindestens 20 Tote", "mindestens 20", 20, 20, None, "at_least"),
    ("mehr als 13.000 Schiffscontainer", "mehr als 13.000", 13_000, 13_000, None, "more_than"),
    ("über 100 Soldaten", "über 100", 100, 100, None, "more_than"),
    ("Seit über fünf Monaten", "über fünf", 5, 5, None, "more_than"),
    ("bis zu 10.000 Soldaten", "bis zu 10.000", 10_000, None, 10_000, "at_most"),
    ("höchstens 5 Panzer", "höchstens 5", 5, None, 5, "at_most"),
    ("weniger als 100 Menschen", "weniger als 100", 100, None, 100, "less_than"),
    ("unter 18 Jahren", "unter 18", 18, None, 18, "less_than"),
    ("knapp 3.000 Soldaten", "knapp 3.000", 3000, None, 3000, "less_than"),
    ("fast 2000 Soldaten", "fast 2000", 2000, None, 2000, "less_than"),
    ("beinahe 2000 Soldaten", "beinahe 2000", 2000, None, 2000, "less_than"),
]


@pytest.mark.parametrize(
    "text, written, value, low, high, qualifier", QUALIFIED, ids=[q[0] for q in QUALIFIED]
)
def test_numbers_find_qualifiers(
    text: str, written: str, value: int, low: int | None, high: int | None, qualifier: str
) -> None:
    mention = _only(text)
    assert (mention.text, mention.value, mention.low, mention.high, mention.qualifier) == (
        written,
        value,
        low,
        high,
        qualifier,
    )
    assert mention.qualifier in NUMBER_QUALIFIERS


RANGES = [
    ("10.000 bis 12.000 Soldaten", "10.000 bis 12.000", 10_000, 12_000),
    ("10.000–12.000 Soldaten", "10.000–12.000", 10_000, 12_000),
    ("10.000 - 12.000 Soldaten", "10.000 - 12.000", 10_000, 12_000),
    ("zwischen 10.000 und 12.000 Soldaten", "zwischen 10.000 und 12.000", 10_000, 12_000),
    ("zwischen 10.000 – 12.000 Soldaten", "zwischen 10.000 – 12.000", 10_000, 12_000),
    ("zwischen 40 bis 60 Panzer", "zwischen 40 bis 60", 40, 60),
    ("mindestens 30 – bis zu 90 – russische Soldaten", "30 – bis zu 90", 30, 90),
    ("rund 300 - maximal 400 - Soldaten", "300 - maximal 400", 300, 400),
    ("fünf bis sechs Millionen Menschen", "fünf bis sechs Millionen", 5_000_000, 6_000_000),
    ("2 bis 3 Mrd. Euro", "2 bis 3 Mrd.", 2_000_000_000, 3_000_000_000),
    ("500.000 bis 1 Million Menschen", "500.000 bis 1 Million", 500_000, 1_000_000),
    ("Der 10-12 Jahre alte Panzer", "10-12", 10, 12),
]


@pytest.mark.parametrize("text, written, low, high", RANGES, ids=[r[0] for r in RANGES])
def test_numbers_find_ranges(text: str, written: str, low: int, high: int) -> None:
    mention = _only(text)
    assert (mention.text, mention.value, mention.low, mention.high, mention.qualifier) == (
        written,
        low,
        low,
        high,
        "range",
    )


VAGUE = [
    ("Tausende Nordkoreaner", "Tausende", 2000, "Nordkoreaner"),
    ("Dutzende Tote", "Dutzende", 24, "Tote"),
    ("Hunderte Soldaten", "Hunderte", 200, "Soldaten"),
    ("Zehntausende Menschen", "Zehntausende", 20_000, "Menschen"),
    ("Hunderttausende Flüchtlinge", "Hunderttausende", 200_000, "Flüchtlinge"),
    ("Millionen Menschen flohen", "Millionen", 2_000_000, "Menschen"),
    ("Hunderte Millionen Dollar", "Hunderte Millionen", 200_000_000, "Dollar"),
    ("mehrere Tausend Soldaten", "mehrere Tausend", 2000, "Soldaten"),
    ("einige hundert Soldaten", "einige hundert", 200, "Soldaten"),
    ("Tausende von Menschen", "Tausende", 2000, "Menschen"),
]


@pytest.mark.parametrize("text, written, low, unit", VAGUE, ids=[v[0] for v in VAGUE])
def test_numbers_find_vague_plurals(text: str, written: str, low: int, unit: str) -> None:
    mention = _only(text)
    assert (mention.text, mention.value, mention.low, mention.high, mention.qualifier) == (
        written,
        None,
        low,
        None,
        "vague",
    )
    assert mention.unit == unit


# text, value, unit as written, unit lemma
UNITS = [
    ("1.500 nordkoreanische Elitesoldaten", 1500, "Elitesoldaten", "Elitesoldat"),
    ("100'000 freiwillige Soldaten", 100_000, "Soldaten", "Soldat"),
    ("100.000 Nordkorea-Soldaten", 100_000, "Nordkorea-Soldaten", "Nordkorea-Soldat"),
    ("rund 10.000 Mann", 10_000, "Mann", "Mann"),
    ("50 Prozent", 50, "Prozent", "Prozent"),
    ("50 %", 50, "%", "Prozent"),
    ("50%", 50, "%", "Prozent"),
    ("500 Millionen Dollar", 500_000_000, "Dollar", "Dollar"),
    ("2,5 Mio. Euro", 2_500_000, "Euro", "Euro"),
    ("94.000 $", 94_000, "$", "Dollar"),
    ("$94.000", 94_000, "$", "Dollar"),
    ("CHF 100 Mio.", 100_000_000, "CHF", "Franken"),
    ("€ 5", 5, "€", "Euro"),
    ("fiel 300 m tief", 300, "m", "Meter"),
    ("mehr als 13.000 Schiffscontainer", 13_000, "Schiffscontainer", "Schiffscontainer"),
    ("von zwei Ländern", 2, "Ländern", "Land"),
    ("100km", 100, "km", "Kilometer"),
    ("eine Million Menschen", 1_000_000, "Menschen", "Mensch"),
    ("mit einer halben Million Soldaten", 500_000, "Soldaten", "Soldat"),
    ("drei schwer verletzte Zivilisten", 3, "Zivilisten", "Zivilist"),
    ("Es waren 35 und mehr", 35, None, None),
]


@pytest.mark.parametrize("text, value, unit, lemma", UNITS, ids=[u[0] for u in UNITS])
def test_numbers_find_units(text: str, value: int, unit: str | None, lemma: str | None) -> None:
    mention = _only(text)
    assert (mention.value, mention.unit, mention.unit_lemma) == (value, unit, lemma)
    if unit is not None:
        assert mention.unit_start is not None and mention.unit_end is not None
        assert text[mention.unit_start : mention.unit_end] == unit


NOT_COUNTS = [
    "am 4. August",
    "Vom 8. bis 13. Oktober",
    "am 1.1.2024",
    "im Juni 2023 in Pjöngjang",
    "date 2022-08",
    "2022",
    "Seit 2014 herrscht Krieg",
    "im Jahr 2022 kamen sie",
    "von 1939 bis 1945",
    "zwischen 2014 und 2022",
    "zwischen 2014 – 2022",
    "Ende Mai 2010 töteten Soldaten",
    "um 14.30 Uhr",
    "um 14 Uhr",
    "um 10:30",
    "Lesen Sie auch: 1. weiblicher Oberst tot!",
    "die 47. Brigade",
    "47. Brigade kämpft",
    "die Kurzstreckerakete Hwasong-5",
    "KN-23",
    "Su-34",
    "F-16",
    "T-72",
    "S-400-Systeme",
    "COVID-19",
    "G7",
    "5G-Netz",
    "im TV Rossiya 1 sagte er",
    "Windows 11",
    "Tel. 030 1234567",
    "+49 30 1234567",
    "Artikel 5",
    "§ 3 Absatz 2",
    "Nr. 12",
    "2:1 gewonnen",
    "24/7",
    "die Saison 2022/23",
    "ein Mann kam",
    "eines der ersten Länder",
    "die halbe Welt",
    "zweimal",
    "die Zwei-Staaten-Lösung",
    "eine 100.000-Mann-Armee",
    "Version 3.5",
    "Herr Dr. Sieben ist gut",
    "Nummer EINS in Dresden",
    "Telekom (D 1) und Mannesmann",
    "ein MMD-Gewinn '96 in Höhe",
    "Tel. und Fax 07561 / 3128.",
    "im 21. Jahrhundert",
    "die Resolution 2231",
    "Ende 2022",
    "In den 1990er Jahren",
    "Frühstück ab 18.00",
    "die 40jährige Ministerin",
    "die Museumsinsel ins 21. Jahrhundert",
    "Treffer des Portugiesen (85.) zum 2:1",
    "Telefon: 0 44 21 - 99 85 85",
    "artikel-ansicht/dg/0/",
    "auf Rang fünf abgerutscht",
]


@pytest.mark.parametrize("text", NOT_COUNTS, ids=NOT_COUNTS)
def test_numbers_find_skips_non_counts(text: str) -> None:
    assert find_numbers(text) == []


KEPT = [
    ("2022 Soldaten", 2022),
    ("rund 2000", 2000),
    ("Die Zahl stieg auf 35. Das ist viel.", 35),
    ("Es kamen 12000 Soldaten", 12_000),
    ("Im Jahr 2022 kamen 5 Panzer", 5),
    ("Putin, 71, sagte", 71),
    ("ein Plus von +5 %", 5),
    ("Es kamen Drei.", 3),
    ("mehr Nutzer ( + 38 %)", 38),
    ("Startseite 0%1%2%3%4%", 0),
]


@pytest.mark.parametrize("text, value", KEPT, ids=[k[0] for k in KEPT])
def test_numbers_find_keeps_counts_that_look_like_years(text: str, value: int) -> None:
    assert [m.value for m in find_numbers(text)] == [value]


def test_numbers_find_offsets_and_order() -> None:
    text = "Am 4. August kamen 1.500 Soldaten, später rund 3.000 Mann und Tausende Helfer."
    mentions = find_numbers(text)
    assert [m.value for m in mentions] == [1500, 3000, None]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_numbers_find_integral_values_are_int() -> None:
    mention = _only("etwa 1,2 Millionen Soldaten")
    assert isinstance(mention.value, int)


@pytest.mark.parametrize("text", ["", "   ", "Keine Zahlen hier."], ids=["empty", "space", "words"])
def test_numbers_find_empty_results(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize("value", [None, 3, b"x"], ids=["None", "int", "bytes"])
def test_numbers_find_wrong_type(value: object) -> None:
    with pytest.raises(InputTypeError):
        find_numbers(value)  # type: ignore[arg-type]


# QA report 2: counts after a capitalised word, "über" governed by a verb or noun, Swiss
# decimal points, scale compounds, fractions, postal codes, designations, clock times and
# year-like counts. Expected values are what a German reader takes from the sentence.

# A bare count after a capitalised word: kept after function words, time nouns and before a
# comparison ("43 von 57"); names and designations stay skipped (NOT_COUNTS_QA below).
BARE_COUNTS = [
    ("Die Armee meldete am Morgen 43 von 57 Drohnen.", [43, 57]),
    ("Es habe in der Nacht 43 von 57 Drohnen abgefangen.", [43, 57]),
    ("Mit 312 zu 294 Stimmen wurde der Antrag angenommen.", [312, 294]),
    ("Damit hatte Berger 14 der 19 Stimmen im Rat sicher.", [14, 19]),
    ("Die Partei Kanadas errang 125 der 308 Sitze.", [125, 308]),
    ("Die Ukraine meldete Montag 43.", [43]),
    ("Am Sonntagmorgen 12 Festnahmen", [12]),
    ("Insgesamt 7 wurden verletzt.", [7]),
]


@pytest.mark.parametrize("text, values", BARE_COUNTS, ids=[t for t, _ in BARE_COUNTS])
def test_numbers_find_bare_count_after_capitalised_word(text: str, values: list[int]) -> None:
    assert [m.value for m in find_numbers(text)] == values


# "über"/"unter" as a preposition governed by the word before it are not qualifiers; a
# duration keeps "more than". text, first mention text, value, qualifier
GOVERNED = [
    ("Die Koalition verfügt über 110 der 183 Mandate.", "110", 110, None),
    ("Ron Paul verfügt über 50 Delegiertenstimmen.", "50", 50, None),
    ("Der Bericht über 300 Fälle liegt vor.", "300", 300, None),
    ("Die Zeitung berichtete über 300 Tote.", "300", 300, None),
    ("Sie sprachen über 3 Vorschläge.", "3", 3, None),
    ("Er informierte sich über 12 Anträge.", "12", 12, None),
    ("Das Parlament entscheidet über 40 Gesetze.", "40", 40, None),
    ("Laut einer Umfrage unter 384 Unternehmen", "384", 384, None),
    ("Sie diskutierten über 2 Stunden.", "über 2", 2, "more_than"),
    ("Man verhandelte über 3 Tage lang.", "über 3", 3, "more_than"),
    ("Es kamen über 100 Menschen.", "über 100", 100, "more_than"),
    ("Berichten zufolge starben über 300 Menschen.", "über 300", 300, "more_than"),
    ("Die Preise liegen unter 100 Euro.", "unter 100", 100, "less_than"),
]


@pytest.mark.parametrize("text, written, value, qualifier", GOVERNED, ids=[g[0] for g in GOVERNED])
def test_numbers_find_governed_preposition_is_not_a_qualifier(
    text: str, written: str, value: int, qualifier: str | None
) -> None:
    mention = find_numbers(text)[0]
    assert (mention.text, mention.value, mention.qualifier) == (written, value, qualifier)
    assert text[mention.start : mention.end] == written


# text, mention text, value, qualifier, unit
SMALLER = [
    ("Die Aktie stieg auf 27.80 Franken.", "27.80", 27.8, None, "Franken"),
    ("Sie kostet CHF 27.80.", "27.80", 27.8, None, "CHF"),
    ("ein Ticket für 9.50 Fr. kaufen", "9.50", 9.5, None, "Fr."),
    ("die 100-Millionen-Dollar-Hilfe", "100-Millionen", 100_000_000, None, "Dollar"),
    ("ein 2,5-Milliarden-Euro-Paket", "2,5-Milliarden", 2_500_000_000, None, "Euro"),
    ("das 700-Milliarden-US-Dollar-Hilfspaket", "700-Milliarden", 7 * 10**11, None, "US-Dollar"),
    ("ein 50-Milliarden-Paket", "50-Milliarden", 50_000_000_000, None, None),
    ("Gut zwei Drittel der Befragten", "Gut zwei Drittel", 2 / 3, "at_least", None),
    ("drei Viertel der Befragten", "drei Viertel", 0.75, None, None),
    ("Rund ein Drittel ist unentschlossen.", "Rund ein Drittel", 1 / 3, "approx", None),
    ("Die Zahl stieg auf 2000.", "2000", 2000, None, None),
    ("Die Zahl der Opfer stieg um 2000.", "2000", 2000, None, None),
    ("Es waren fast 2000.", "fast 2000", 2000, "less_than", None),
    ("Es waren gut 2000.", "gut 2000", 2000, "at_least", None),
    ("Er sagte, 1500 Haushalte seien betroffen.", "1500", 1500, None, "Haushalte"),
    ("in 1500 Haushalten fiel der Strom aus", "1500", 1500, None, "Haushalten"),
    ("Polizei, 2000 Soldaten", "2000", 2000, None, "Soldaten"),
    ("Die Bundeswehr bestellte 40 Leopard 2.", "40", 40, None, "Leopard"),
]


@pytest.mark.parametrize(
    "text, written, value, qualifier, unit", SMALLER, ids=[r[0] for r in SMALLER]
)
def test_numbers_find_qa_smaller_forms(
    text: str, written: str, value: float, qualifier: str | None, unit: str | None
) -> None:
    mention = _only(text)
    assert (mention.text, mention.value, mention.qualifier, mention.unit) == (
        written,
        value,
        qualifier,
        unit,
    )
    assert text[mention.start : mention.end] == written
    if unit is not None:
        assert mention.unit_start is not None and mention.unit_end is not None
        assert text[mention.unit_start : mention.unit_end] == unit


NOT_COUNTS_QA = [
    "Polizei Wien, 1010 Wien; Stadtpolizei, 8001 Zürich",
    "1010 Wien",
    "Landespolizeidirektion, 4020 Linz.",
    "D-10117 Berlin",
    "A-1010 Wien, Stephansplatz",
    "Die Boeing 737 Max",
    "das iPhone 15",
    "ein Airbus A320",
    "in der Formel 1 fuhr er",
    "Der Leopard 2 ist ein Panzer.",
    "Mit Windows 7 kam das Update.",
    "sagte er im Sender Rossiya 1 am Abend",
    "auf der A 9 bei Ingolstadt",
    "Az. 3 StR 123/24",
    "um halb neun",
    "um halb 9",
    "um Viertel nach neun",
    "Bis 1457 wurde die Flagge verwendet.",
    "Die 16- bis 24-Jährigen",
    "die Zahl stieg bis 2030 weiter",
    "Die Zahl lag im Jahr 2000 höher.",
    "Die Zahl stieg seit 2014.",
    "die Arbeitslosenzahlen von 1992",
    "Die Zahl stieg von 2019 bis 2023.",
]


@pytest.mark.parametrize("text", NOT_COUNTS_QA, ids=NOT_COUNTS_QA)
def test_numbers_find_qa_non_counts(text: str) -> None:
    assert find_numbers(text) == []


# Every figure in the seed articles: (value, qualifier, unit lemma), in order.
SEEDS = {
    "000_4dbb812dc9ebf233.txt": [
        (100_000, None, "Soldat"),
        (1_200_000, "approx", "Soldat"),
        (141, None, "Staat"),
        (35, None, "Staat"),
    ],
    "001_897f6005ae8fbcf3.txt": [
        (100_000, None, "Soldat"),
        (100_000, None, "Freiwillige"),
        (100_000, None, "Soldat"),
        (100_000, None, "Freiwillige"),
        (2, None, "Land"),
    ],
    "002_60183f86ae9f806a.txt": [
        (100_000, None, "Soldat"),
        (5, "more_than", "Monat"),
        (100_000, None, "Nordkorea-Soldat"),
        (100_000, None, "Nordkorea-Soldat"),
    ],
    "003_faea75984da40384.txt": [
        (10_000, "approx", "Soldat"),
        (1500, None, "Elitesoldat"),
        (3000, None, "Soldat"),
        (10_000, "approx", "Mann"),
        (1_200_000, "approx", "Soldat"),
        (13_000, "more_than", "Schiffscontainer"),
    ],
    "004_75972d2100cf29e8.txt": [],
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_numbers_find_seed_articles(name: str, seed_texts: dict[str, str]) -> None:
    text = seed_texts[name]
    found = find_numbers(text)
    assert [(m.value, m.qualifier, m.unit_lemma) for m in found] == SEEDS[name]
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


# -- round 2: unit ordinals after capitalised adjectives, "die Hälfte" ----------------------------

UNIT_ORDINALS = [
    "Die ukrainische 47. Mechanisierte Brigade hielt die Stellung.",
    "Russlands 3. Separate Sturmbrigade griff erneut an.",
    "Die russische 155. Marineinfanteriebrigade verlor Fahrzeuge.",
    "Kiews 72. Selbstständige Mechanisierte Brigade zog sich zurück.",
    "Moskaus 1. Garde-Panzerarmee wurde verlegt.",
]


@pytest.mark.parametrize("text", UNIT_ORDINALS, ids=UNIT_ORDINALS)
def test_unit_ordinal_after_capitalised_adjectives_is_no_count(text: str) -> None:
    assert find_numbers(text) == []


def test_count_before_capitalised_adjective_at_sentence_end_is_kept() -> None:
    (mention,) = find_numbers("Die Zahl stieg auf 35. Mechanisierte Einheiten fehlen weiter.")
    assert (mention.text, mention.value) == ("35", 35)


# text, mention text, value, low, high, qualifier
HALVES = [
    ("Über die Hälfte der Wähler war unzufrieden.", "Über die Hälfte", 0.5, 0.5, None, "more_than"),
    (
        "Mehr als die Hälfte der Befragten stimmte zu.",
        "Mehr als die Hälfte",
        0.5,
        0.5,
        None,
        "more_than",
    ),
    (
        "Knapp die Hälfte der Gemeinden meldete Schäden.",
        "Knapp die Hälfte",
        0.5,
        None,
        0.5,
        "less_than",
    ),
    ("Die Hälfte der Sitze ging an die SVP.", "Die Hälfte", 0.5, 0.5, 0.5, None),
    ("Rund die Hälfte der Hilfe kam aus Europa.", "Rund die Hälfte", 0.5, 0.5, 0.5, "approx"),
]


@pytest.mark.parametrize(
    "text, written, value, low, high, qualifier", HALVES, ids=[h[0] for h in HALVES]
)
def test_die_haelfte_is_one_half(
    text: str,
    written: str,
    value: float,
    low: float | None,
    high: float | None,
    qualifier: str | None,
) -> None:
    mention = _only(text)
    assert (mention.text, mention.value, mention.low, mention.high, mention.qualifier) == (
        written,
        value,
        low,
        high,
        qualifier,
    )
    assert mention.unit is None


@pytest.mark.parametrize(
    "text",
    [
        "In der zweiten Hälfte drehte Rapid das Spiel.",
        "Die andere Hälfte des Geldes fehlt.",
        "Hälfte um Hälfte wurde das Feld geräumt.",
    ],
)
def test_haelfte_without_article_die_is_no_number(text: str) -> None:
    assert find_numbers(text) == []


# text, mention text, value, unit
SHARES = [
    ("Jeder Dritte lehnt die Reform ab.", "Jeder Dritte", 1 / 3, None),
    ("Jede fünfte Schweizerin arbeitet Teilzeit.", "Jede fünfte", 0.2, "Schweizerin"),
    ("Inzwischen ist jedes zehnte Kind betroffen.", "jedes zehnte", 0.1, "Kind"),
    ("Laut Umfrage zweifelt jeder Zwanzigste.", "jeder Zwanzigste", 0.05, None),
    ("Fast jeder vierte Wähler blieb zu Hause.", "Fast jeder vierte", 0.25, "Wähler"),
]


@pytest.mark.parametrize("text, written, value, unit", SHARES, ids=[s[0] for s in SHARES])
def test_jeder_ordinal_is_a_share(text: str, written: str, value: float, unit: str | None) -> None:
    mention = _only(text)
    assert (mention.text, mention.unit) == (written, unit)
    assert mention.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Jeder Einzelne muss helfen.",
        "Jeden Montag tagt der Bundesrat.",
        "Jede Sekte wird beobachtet.",
        "Jeder Letzte wird gebraucht.",
        "Jedes Mal kam er zu spät.",
    ],
)
def test_jeder_without_ordinal_is_no_number(text: str) -> None:
    assert find_numbers(text) == []


# text, mention text, value, unit
SWISS_WHOLE_AMOUNTS = [
    ("Das Ticket kostet neu 1'000.- Franken.", "1'000", 1000, "Franken"),
    ("Die Busse beträgt 250.– Fr. pro Fall.", "250", 250, "Fr."),
    ("Pro Kopf sind es 120.– CHF im Jahr.", "120", 120, "CHF"),
]


@pytest.mark.parametrize(
    "text, written, value, unit", SWISS_WHOLE_AMOUNTS, ids=[r[0] for r in SWISS_WHOLE_AMOUNTS]
)
def test_swiss_dash_amount_keeps_currency(text: str, written: str, value: int, unit: str) -> None:
    mention = _only(text)
    assert (mention.text, mention.value, mention.unit) == (written, value, unit)


def test_dash_after_count_without_currency_has_no_unit() -> None:
    (mention,) = find_numbers("Die Zahl stieg auf 35.- Das ist viel.")
    assert (mention.value, mention.unit) == (35, None)

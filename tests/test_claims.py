"""Claims: parametrised tables of short German sentences (written for these tests) per
modality, category, way of naming the state and the claimant, and non-claims; the seeds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

import nkru_extract as nk
from nkru_extract.types import CLAIM_MODALITIES, Claim
from nkru_extract.windows import split_windows


@pytest.fixture(scope="module")
def claims_of(nlp_embedded: Language) -> Callable[[str], tuple[Claim, ...]]:
    def run(text: str) -> tuple[Claim, ...]:
        return nk.extract(text, nlp_embedded).claims

    return run


def _only(claims: tuple[Claim, ...], value: int) -> Claim:
    found = [c for c in claims if c.number.value == value]
    assert len(found) == 1, [(c.number.text, c.state) for c in claims]
    return found[0]


@pytest.mark.parametrize(
    "text, value, modality",
    [
        ("Die Bundeswehr hat 2.000 Soldaten nach Litauen verlegt.", 2000, "asserted"),
        ("Laut Pentagon hat Russland 5.000 Soldaten an die Grenze verlegt.", 5000, "reported"),
        ("Nordkorea soll bereits 3.000 Soldaten nach Russland geschickt haben.", 3000, "reported"),
        ("Angeblich hat Belarus 1.000 Soldaten an die Grenze geschickt.", 1000, "reported"),
        ("Der Iran könnte bis zu 200 Drohnen an Russland liefern.", 200, "hypothetical"),
        ("Nordkorea plant, 20.000 Soldaten nach Russland zu entsenden.", 20000, "hypothetical"),
        (
            "Bis Ende des Jahres sollen 500 deutsche Soldaten in Litauen stationiert werden.",
            500,
            "hypothetical",
        ),
        (
            "Moskau dementierte, dass 10.000 nordkoreanische Soldaten in Russland seien.",
            10000,
            "denied",
        ),
        (
            "Der Kreml wies Berichte über 8.000 getötete russische Soldaten als Propaganda zurück.",
            8000,
            "denied",
        ),
        (
            "Nach ukrainischen Angaben wurden 500 russische Soldaten getötet. "
            "Die Zahl ist nicht unabhängig überprüfbar.",
            500,
            "uncertain",
        ),
        (
            "Kiew will 300 russische Panzer zerstört haben.",
            300,
            "reported",
        ),
    ],
    ids=[
        "indicative",
        "laut",
        "soll-hearsay",
        "angeblich",
        "koennte",
        "plant",
        "soll-plan",
        "dementierte",
        "wies-zurueck",
        "next-sentence-unverifiable",
        "claiming-wollen",
    ],
)
def test_claims_modality(claims_of, text: str, value: int, modality: str) -> None:
    claim = _only(claims_of(text), value)
    assert claim.modality == modality
    assert claim.modalities[0] == modality
    assert set(claim.modalities) <= set(CLAIM_MODALITIES)


def test_claims_planning_soll_keeps_article_voice(claims_of) -> None:
    claim = _only(
        claims_of(
            "Bis Ende des Jahres sollen 500 deutsche Soldaten in Litauen stationiert werden."
        ),
        500,
    )
    assert claim.claimant is None


@pytest.mark.parametrize(
    "text, value, category",
    [
        ("Russland hat 150.000 Reservisten einberufen.", 150000, "personnel"),
        ("Rund 12.000 nordkoreanische Truppen kämpfen an der Front.", 12000, "personnel"),
        ("Polen hat 300 Kampfpanzer bestellt.", 300, "materiel"),
        ("Nordkorea lieferte 5.000 Container mit Munition an Russland.", 5000, "materiel"),
        ("Bei dem Angriff wurden 40 ukrainische Soldaten getötet.", 40, "casualties"),
        ("Die Armee meldete 25 Tote und 60 Verletzte.", 25, "casualties"),
        ("Nach Angaben Kiews verlor Russland an einem Tag 1.200 Soldaten.", 1200, "casualties"),
        ("Die Ukraine hat 200 russische Soldaten gefangen genommen.", 200, "other"),
        ("Beide Seiten tauschten je 90 Kriegsgefangene aus.", 90, "other"),
        (
            "Im Krieg hat Deutschland bisher zwei Patriot-Systeme an die Ukraine geliefert.",
            2,
            "materiel",
        ),
        ("Die Zahl der gefallenen Soldaten stieg auf 4.000.", 4000, "casualties"),
        ("Die Miliz meldete 80 getötete und 15 gefangen genommene Kämpfer.", 80, "casualties"),
        ("Die Miliz meldete 80 getötete und 15 gefangen genommene Kämpfer.", 15, "other"),
    ],
    ids=[
        "reservists",
        "troops",
        "tanks",
        "containers",
        "killed",
        "dead-noun",
        "lost",
        "captured",
        "prisoners",
        "weapon-system-in-military-text",
        "strength-noun-with-casualty-word",
        "coordinated-shares-noun",
        "coordinated-own-participle",
    ],
)
def test_claims_category(claims_of, text: str, value: int, category: str) -> None:
    assert _only(claims_of(text), value).category == category


@pytest.mark.parametrize(
    "text, value, state",
    [
        ("Rund 12.000 nordkoreanische Soldaten kämpfen an der Front.", 12000, "KP"),
        ("Die Armee Nordkoreas umfasst rund 1,2 Millionen Soldaten.", 1200000, "KP"),
        ("Österreich kauft 18 Hubschrauber des italienischen Herstellers Leonardo.", 18, "AT"),
        ("Die Bundeswehr hat 300 Soldaten im senegalesischen Dakar stationiert.", 300, "DE"),
        (
            "Laut Südkoreas Verteidigungsminister Shin Won-sik hat Nordkorea 500 Raketen nach "
            "Russland geschickt.",
            500,
            "KP",
        ),
        (
            "Nordkorea hat Russland 5.000 Container mit Granaten geschickt. Seoul hat davon "
            "1.000 Container identifiziert.",
            1000,
            "KP",
        ),
        (
            "Die Zahl getöteter russischer Soldaten im Krieg gegen die Ukraine liegt laut "
            "Kiew bei 2.000.",
            2000,
            "RU",
        ),
        ("Putin will 50.000 Nordkorea-Soldaten einsetzen.", 50000, "KP"),
        ("Nordkorea hat 3.000 Soldaten nach Russland geschickt.", 3000, "KP"),
        ("Die Bundeswehr hat derzeit 181.000 Soldaten.", 181000, "DE"),
        ("Rund 1.500 Wagner-Söldner sind in Mali stationiert.", 1500, "RU"),
        ("Die Ukraine hat 18 Haubitzen aus den Niederlanden erhalten.", 18, "NL"),
        ("Deutschland liefert der Ukraine 20 Schützenpanzer.", 20, "DE"),
        ("Die Ukraine hat 200 russische Soldaten gefangen genommen.", 200, "RU"),
        (
            "Die ukrainische Armee zerstörte 40 russische Panzer, 12 Hubschrauber und 9 Drohnen.",
            12,
            "RU",
        ),
    ],
    ids=[
        "adjective",
        "genitive",
        "not-the-maker",
        "not-the-place",
        "not-the-claimant",
        "not-the-observer",
        "not-the-target",
        "compound",
        "subject",
        "unit",
        "mercenaries",
        "supplier-aus",
        "supplier-subject",
        "object-of-agent",
        "list-member",
    ],
)
def test_claims_state(claims_of, text: str, value: int, state: str) -> None:
    assert _only(claims_of(text), value).state == state


@pytest.mark.parametrize(
    "text, value, destination",
    [
        ("Nordkorea hat 3.000 Soldaten nach Russland geschickt.", 3000, "RU"),
        ("Der Iran hat 100 Drohnen an Russland geliefert.", 100, "RU"),
        ("Russland hat 5.000 Soldaten in die Region Kursk verlegt.", 5000, None),
    ],
    ids=["nach", "an", "no-state"],
)
def test_claims_destination(claims_of, text: str, value: int, destination: str | None) -> None:
    assert _only(claims_of(text), value).destination == destination


@pytest.mark.parametrize(
    "text, value, kind, key_part",
    [
        (
            "„Wir haben 5.000 Soldaten an die Grenze geschickt“, sagte Verteidigungsminister "
            "Boris Pistorius.",
            5000,
            "person",
            "pistorius",
        ),
        (
            "Laut Pentagon sind 10.000 nordkoreanische Soldaten in Russland.",
            10000,
            "state",  # a seat of government stands for its state: key "US", text "Pentagon"
            "pentagon",
        ),
        (
            "Laut dem Verteidigungsministerium sind 800 Soldaten im Einsatz.",
            800,
            "organisation",
            "verteidigungsministerium",
        ),
        (
            "Dem südkoreanischen Geheimdienst zufolge hat Nordkorea 3.000 Soldaten entsandt.",
            3000,
            "organisation",
            "geheimdienst",
        ),
        (
            "Nach Angaben des ukrainischen Generalstabs wurden 1.000 russische Soldaten getötet.",
            1000,
            "organisation",
            "generalstab",
        ),
        (
            "Die Nachrichtenagentur Reuters berichtete, Nordkorea habe 2.000 Soldaten entsandt.",
            2000,
            "media",
            "reuters",
        ),
        ("Nordkorea soll 1.000 Soldaten geschickt haben.", 1000, "unnamed", "unnamed"),
        (
            "Nach Angaben der Armee wurden 30 Soldaten getötet. Mehr als 100 weitere wurden "
            "verletzt.",
            100,
            "organisation",
            "armee",
        ),
        (
            "Nordkorea hat Russland 100.000 Soldaten angeboten. Das berichtet die Zeitung "
            "Daily Mail.",
            100000,
            "media",
            "daily mail",
        ),
        (
            "Die israelische Armee hat nach eigenen Angaben 300 Raketen abgefangen.",
            300,
            "organisation",
            "armee",
        ),
        (
            "Die Armee hat 142 Soldaten verlegt, wie das Verteidigungsministerium am Freitag "
            "mitteilte.",
            142,
            "organisation",
            "verteidigungsministerium",
        ),
        (
            "Der Minister bestritt einen Bericht der Zeitung Kyiv Post über 5.000 getötete "
            "Soldaten.",
            5000,
            "media",
            "zeitung",
        ),
        (
            "Die Marine habe 12 Drohnen abgeschossen, gab das zuständige Kommando des "
            "Militärs bekannt.",
            12,
            "organisation",
            "kommando",
        ),
        (
            "Zahlen des Generalstabs, wonach täglich 900 Soldaten fallen, gelten als plausibel.",
            900,
            "organisation",
            "generalstab",
        ),
        (
            "Präsident Anna Berger hat eine Mobilmachung von 50.000 Reservisten angekündigt.",
            50000,
            "person",
            "berger",
        ),
    ],
    ids=[
        "direct-quote",
        "laut-metonym",
        "laut",
        "zufolge",
        "nach-angaben",
        "indirect-speech",
        "soll",
        "continues-previous",
        "das-berichtet",
        "eigenen-angaben",
        "wie-mitteilte",
        "bericht-des",
        "separable-verb-inverted",
        "zahlen-des",
        "speech-verb-subject",
    ],
)
def test_claims_claimant(claims_of, text: str, value: int, kind: str, key_part: str) -> None:
    claimant = _only(claims_of(text), value).claimant
    assert claimant is not None
    assert claimant.kind == kind
    assert key_part in claimant.key.lower() or key_part in claimant.text.lower()


def test_claims_berufung_keeps_outlet(claims_of) -> None:
    claims = claims_of(
        "Nordkorea hat 1.000 Soldaten nach Russland geschickt. Das berichtet Reuters unter "
        "Berufung auf südkoreanische Regierungskreise."
    )
    claimant = _only(claims, 1000).claimant
    assert claimant is not None
    assert "regierungskreise" in claimant.key
    assert claimant.outlet == "Reuters"


def test_claims_article_voice_has_no_claimant(claims_of) -> None:
    assert _only(claims_of("Die Bundeswehr hat 2.000 Soldaten verlegt."), 2000).claimant is None


@pytest.mark.parametrize(
    "text",
    [
        "141 Staaten stimmten für die Resolution, 35 enthielten sich.",
        "Die Bundeswehr erhält 100 Milliarden Euro für neue Ausrüstung.",
        "Die Zustimmung zur Wehrpflicht lag bei 55 Prozent.",
        "Die 47. Brigade kämpft bei Awdijiwka.",
        "Am 24. Februar 2022 begann der Krieg gegen die Ukraine.",
        "Die Rakete flog 450 Kilometer weit.",
        "Bei dem Angriff starben 20 Zivilisten.",
        "Der 68 Jahre alte General trat zurück.",
        "Die Panzerhaubitze 2000 gilt als präzise.",
    ],
    ids=[
        "votes",
        "money",
        "percent",
        "unit-number",
        "date",
        "distance",
        "civilians",
        "age",
        "type-name",
    ],
)
def test_claims_non_claims(claims_of, text: str) -> None:
    assert claims_of(text) == ()


def test_claims_spans_and_quote_link(claims_of) -> None:
    text = "„Wir haben 5.000 Soldaten an die Grenze geschickt“, sagte der Minister."
    claim = _only(claims_of(text), 5000)
    assert text[claim.number.start : claim.number.end] == claim.number.text
    assert claim.start <= claim.number.start < claim.number.end <= claim.end
    assert claim.quote is not None
    assert claim.quote.start <= claim.number.start


def test_claims_seeds_troop_figures(nlp_embedded: Language, seed_texts: dict[str, str]) -> None:
    pairs = [(name, nk.extract(text, nlp_embedded)) for name, text in seed_texts.items()]
    claims = [c for _, ex in pairs for c in ex.claims]
    assert claims
    for claim in claims:
        assert claim.state is not None
        assert claim.category in ("personnel", "casualties", "materiel", "other")
        assert claim.modality in CLAIM_MODALITIES
    # the figure repeated across articles is never the article's own assertion ...
    repeated = [c for c in claims if c.number.value == 100_000]
    assert repeated
    assert all(c.modality != "asserted" for c in repeated)
    assert sum(c.modality == "reported" for c in repeated) > len(repeated) / 2
    # ... votes are not claims ...
    votes = [c for c in claims if c.number.unit and c.number.unit.startswith("Staat")]
    assert votes == []
    # ... and one cluster carries it over every article that has it
    with_figure = {name for name, ex in pairs if any(c.number.value == 100_000 for c in ex.claims)}
    clusters = [cl for cl in nk.cluster_claims(pairs) if cl.value == 100_000]
    assert len(clusters) == 1
    assert set(clusters[0].doc_ids) == with_figure
    assert len(with_figure) >= 3


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\n", "Soldaten."], ids=["empty", "spaces", "newlines", "no-number"]
)
def test_claims_empty_inputs(claims_of, text: str) -> None:
    assert claims_of(text) == ()


def test_claims_lexicons_load_and_are_consistent() -> None:
    from nkru_extract.claims import load_claim_lexicon

    lexicon = load_claim_lexicon()
    assert lexicon.noun_category("Elitesoldaten") == ("personnel", False)
    assert lexicon.noun_category("Prozent") == ("none", False)
    assert lexicon.noun_category("Unbekanntwort") is None
    assert {c for c, _ in lexicon.nouns.values()} <= {*nk.types.CLAIM_CATEGORIES, "none"}
    assert lexicon.word_category("getöteten") == "casualties"
    assert lexicon.source_kind(["die", "nachrichtenagentur"]) == "media"
    assert {m.modality for ms in lexicon.markers.values() for m in ms} == {
        "denied",
        "uncertain",
        "reported",
        "hypothetical",
    }


@pytest.mark.parametrize("window", [60, 80])
def test_claims_claimant_follows_person_renamed_across_windows(
    nlp_embedded: Language, window: int
) -> None:
    text = (
        "Markus Feldhuber leitet das Institut in Wien.\n\n"
        "Russland habe 300 Soldaten verloren, sagte Feldhuber.\n\n"
        "„Russland hat 2000 Soldaten verloren“, sagte Feldhuber."
    )
    windowed = nk.extract(text, nlp=nlp_embedded, window=window)
    assert len(split_windows(text, window)) >= 3
    people = [(c.claimant.key, c.claimant.kind) for c in windowed.claims if c.claimant]
    assert people == [("Markus Feldhuber", "person")] * 2
    speakers = [c.quote.speaker for c in windowed.claims if c.quote is not None]
    assert speakers and all(s == "Markus Feldhuber" for s in speakers)


@pytest.mark.parametrize(
    "text, value, states",
    [
        (
            "Deutschland und Frankreich schicken jeweils 500 Soldaten in die Region.",
            500,
            ["DE", "FR"],
        ),
        (
            "Am Montag tauschten Russland und die Ukraine Gefangene aus. "
            "Dabei wurden jeweils 150 Soldaten übergeben.",
            150,
            ["RU", "UA"],
        ),
        ("Frankreich schickt jeweils 500 Soldaten in zwei Länder.", 500, ["FR"]),
        ("Russland und die Ukraine haben 500 Soldaten verloren.", 500, ["RU"]),
    ],
    ids=["both-in-clause", "sides-in-previous-sentence", "one-side", "not-distributive"],
)
def test_claims_distributive_figure_one_claim_per_side(
    claims_of, text: str, value: int, states: list[str]
) -> None:
    got = [c.state for c in claims_of(text) if c.number.value == value]
    assert got == states


@pytest.mark.parametrize(
    "text, value, state",
    [
        ("Israel tötete nach eigenen Angaben 40 Hamas-Kämpfer.", 40, "PS"),
        ("Die Armee meldete 12 getötete Kommandeure der islamistischen Hamas.", 12, "PS"),
        ("Die Huthis feuerten am Morgen vier Drohnen auf ein Schiff ab.", 4, "YE"),
        ("Im Sudan kämpfen nach Schätzungen 100.000 Kämpfer der RSF.", 100_000, "SD"),
        ("Rund 2000 Kämpfer der Hisbollah sollen im Einsatz sein.", 2000, "LB"),
    ],
    ids=["compound", "genitive", "subject", "abbreviation", "hisbollah"],
)
def test_claims_armed_group_counts_for_its_state(
    claims_of, text: str, value: int, state: str
) -> None:
    assert _only(claims_of(text), value).state == state


@pytest.mark.parametrize(
    "text, value, category",
    [
        (
            "Bei den Kämpfen wurden 300 Soldaten getötet. Hinzu kämen 20 Offiziere.",
            20,
            "casualties",
        ),
        (
            "Die Armee nahm 80 Soldaten gefangen. Darunter seien zwei Kommandeure.",
            2,
            "other",
        ),
        (
            "Bei den Kämpfen wurden 300 Soldaten getötet. Später kamen 20 Offiziere an.",
            20,
            "personnel",
        ),
    ],
    ids=["hinzu", "darunter", "no-opener"],
)
def test_claims_additive_opener_keeps_previous_category(
    claims_of, text: str, value: int, category: str
) -> None:
    assert _only(claims_of(text), value).category == category


@pytest.mark.parametrize(
    "text, value, state",
    [
        (
            "Russland setzt seine Angriffe fort. Moskau meldet Geländegewinne. Der ukrainische "
            "Präsident Wolodymyr Selenskyj äußerte sich am Abend. „Wir haben 31.000 Soldaten "
            "verloren“, sagte er.",
            31_000,
            "UA",
        ),
        (
            "Kiew meldet neue Angriffe. Die Ukraine fordert Hilfe. Der russische "
            "Verteidigungsminister Andrej Beloussow besuchte die Truppe.\n\n"
            "Beloussow zufolge dienen 1500 Soldaten in der Region.",
            1500,
            "RU",
        ),
    ],
    ids=["speaker-pronoun", "zufolge"],
)
def test_claims_person_claimant_side_gives_the_state(
    claims_of, text: str, value: int, state: str
) -> None:
    claim = _only(claims_of(text), value)
    assert claim.claimant is not None and claim.claimant.kind == "person"
    assert claim.state == state


@pytest.mark.parametrize(
    "text, value, state, category",
    [
        ("Bei dem Angriff auf den Konvoi wurden 50 Russen getötet.", 50, "RU", "casualties"),
        (
            "Die Armee meldete, 300 Nordkoreaner seien bei Kämpfen gefallen.",
            300,
            "KP",
            "casualties",
        ),
        ("Nach dem Gefecht wurden 12 Malier gefangen genommen.", 12, "ML", "other"),
    ],
    ids=["killed", "fallen", "captured"],
)
def test_claims_inhabitant_nouns_count_for_their_state(
    claims_of, text: str, value: int, state: str, category: str
) -> None:
    claim = _only(claims_of(text), value)
    assert (claim.state, claim.category) == (state, category)


def test_claims_inhabitants_outside_military_context_are_not_claims(claims_of) -> None:
    assert not claims_of("Bei dem Unglück wurden 500 Deutsche aus dem Hotel evakuiert.")


@pytest.mark.parametrize(
    "text, value, state",
    [
        ("Die Bundeswehr hat der Ukraine bisher 18 Leopard geliefert.", 18, "DE"),
        ("Das Bundesheer erhält zwei weitere Black-Hawk.", 2, "AT"),
        ("Die Bundeswehr gab vier Iris-T an die Ukraine ab.", 4, "DE"),
    ],
    ids=["leopard", "black-hawk", "iris-t"],
)
def test_claims_named_weapon_systems_are_materiel(
    claims_of, text: str, value: int, state: str
) -> None:
    claim = _only(claims_of(text), value)
    assert (claim.category, claim.state) == ("materiel", state)


def test_claims_named_weapon_system_outside_military_context_is_no_claim(claims_of) -> None:
    assert not claims_of("Im Zoo leben seit gestern zwei Leopard aus Afrika.")

"""Claims, wave 3: figures whose counted noun is left out, suppliers after the figure, and the
Swiss number convention as a last hint at the state. Invented sentences only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

import nkru_extract as nk
from nkru_extract.types import Claim


@pytest.fixture(scope="module")
def claims_of(nlp_embedded: Language) -> Callable[[str], tuple[Claim, ...]]:
    def run(text: str) -> tuple[Claim, ...]:
        return nk.extract(text, nlp_embedded).claims

    return run


def _values(claims: tuple[Claim, ...]) -> dict[int | None, Claim]:
    return {c.number.value: c for c in claims}


@pytest.mark.parametrize(
    "text, value, category, state",
    [
        # the noun of the figure before it in the sentence
        (
            "Die 9.000 polnischen Soldaten teilen sich auf in rund 6.000, die an der Grenze "
            "stehen, und rund 3.000, die ausgebildet werden.",
            6000,
            "personnel",
            "PL",
        ),
        (
            "Die 9.000 polnischen Soldaten teilen sich auf in rund 6.000, die an der Grenze "
            "stehen, und rund 3.000, die ausgebildet werden.",
            3000,
            "personnel",
            "PL",
        ),
        (
            "Mehr als 400 russische Soldaten wurden getötet, bis zu 70 gefangen genommen.",
            70,
            "other",
            "RU",
        ),
        (
            "Die litauische Armee hat 12.000 Berufssoldaten, 7.500 davon dienen im Heer, "
            "4.500 sind in der Ausbildung.",
            4500,
            "personnel",
            "LT",
        ),
    ],
)
def test_elided_noun_in_sentence(
    claims_of: Callable[[str], tuple[Claim, ...]],
    text: str,
    value: int,
    category: str,
    state: str,
) -> None:
    claim = _values(claims_of(text))[value]
    assert (claim.category, claim.state) == (category, state)


@pytest.mark.parametrize(
    "text, value",
    [
        # a noun of its own that the number layer did not attach
        (
            "Die Zeitung meldete 3.000 russische Soldaten an der Grenze, gestützt auf zwei "
            "nicht namentlich genannte Beamte.",
            2,
        ),
        # an age in brackets
        ("Rund 800 Söldner kehrten zurück, weil der Präsident Lukaschenko (68) nicht zahlt.", 68),
        # zero is no count of forces
        ("Von 90 Drohnen der Armee seien null durchgekommen.", 0),
        # no claim before it in the sentence
        ("Im Jahr wurden 20 neue Kasernen gebaut, 15 davon in Bayern.", 15),
    ],
)
def test_not_an_elided_figure(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int
) -> None:
    assert value not in _values(claims_of(text))


@pytest.mark.parametrize(
    "text, value, state",
    [
        (
            "Die Ukraine hat 12 Haubitzen aus Frankreich erhalten sowie acht Haubitzen aus Polen.",
            8,
            "PL",
        ),
        (
            "Die Ukraine hat 12 Haubitzen aus Frankreich erhalten sowie acht Haubitzen aus Polen.",
            12,
            "FR",
        ),
    ],
)
def test_supplier_after_the_figure(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int, state: str
) -> None:
    assert _values(claims_of(text))[value].state == state


@pytest.mark.parametrize(
    "text, state",
    [
        ("Die Armee zählt derzeit 151'300 Angehörige, weit mehr als geplant.", "CH"),
        ("Die Armee zählt derzeit 151’300 Angehörige, weit mehr als geplant.", "CH"),
        # no Swiss grouping: the state stays open
        ("Die Armee zählt derzeit 151.300 Angehörige, weit mehr als geplant.", None),
        # a named state wins over the convention
        ("Die Bundeswehr zählt derzeit 181'300 Soldaten.", "DE"),
    ],
)
def test_swiss_grouping_as_last_hint(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, state: str | None
) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].state == state


@pytest.mark.parametrize(
    "text, value, category",
    [
        ("Die russische Armee verlor 30 Kampf- und 12 Schützenpanzer.", 30, "materiel"),
        ("Getötet wurden 14 Regiments- und drei Divisionskommandeure der Hamas.", 14, "casualties"),
    ],
)
def test_truncated_compound_takes_the_coordinated_head(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int, category: str
) -> None:
    assert _values(claims_of(text))[value].category == category


@pytest.mark.parametrize(
    "text",
    [
        "Es kamen 40 Bundes- und Landespolitiker zur Sitzung.",
        "Sie zahlten 30 Miet- und Nebenkosten.",
    ],
)
def test_truncated_compound_without_a_forces_head(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str
) -> None:
    assert claims_of(text) == ()


@pytest.mark.parametrize(
    "text, value, category",
    [
        (
            "Die Niederlande haben der Ukraine zwei Flugabwehrsysteme geliefert. "
            "Die Lieferung von drei weiteren ist geplant.",
            3,
            "materiel",
        ),
        (
            "Die Armee meldete 500 getötete russische Soldaten. Das liegt über den 400, die "
            "sie im Mai gemeldet hatte.",
            400,
            "casualties",
        ),
        (
            "Polen hat 20.000 Reservisten. Praktisch trifft das nur auf 8.000 zu, die auch üben.",
            8000,
            "personnel",
        ),
    ],
)
def test_nominal_figure_points_back(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int, category: str
) -> None:
    assert _values(claims_of(text))[value].category == category


@pytest.mark.parametrize(
    "text, value",
    [
        # no claim before it
        ("Der Verein hat 300 Mitglieder. Er kommt auf 80 zu, die aktiv sind.", 80),
        ("Die Stadt baut drei Schulen, die Finanzierung von zwei weiteren ist offen.", 2),
    ],
)
def test_nominal_figure_without_claim_before(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int
) -> None:
    assert value not in _values(claims_of(text))


@pytest.mark.parametrize(
    "text, value, category, state",
    [
        ("Die israelische Armee meldete 24 am Montag getötete Soldaten.", 24, "casualties", "IL"),
        (
            "Russland hat 40 im Iran gebaute Drohnen gegen Kiew eingesetzt.",
            40,
            "materiel",
            "RU",
        ),
    ],
)
def test_extended_attribute_before_the_noun(
    claims_of: Callable[[str], tuple[Claim, ...]],
    text: str,
    value: int,
    category: str,
    state: str,
) -> None:
    claim = _values(claims_of(text))[value]
    assert (claim.category, claim.state) == (category, state)


@pytest.mark.parametrize(
    "text",
    [
        "Er kam mit 24 in Berlin gekauften Rosen.",
        "Es gab 30 seit Jahren geplante Bauprojekte.",
        "Die Soldaten fuhren um 6 am Morgen los.",
    ],
)
def test_extended_attribute_without_forces_noun(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str
) -> None:
    assert claims_of(text) == ()


@pytest.mark.parametrize(
    "text, value, key_part",
    [
        (
            "Ukrainische Telegram-Kanäle aus dem Umfeld der Armee, darunter ein früherer "
            "Offizier, sprachen von 120 getöteten russischen Soldaten.",
            120,
            "kanäle",
        ),
        ("Russische Medien sprechen von 300 gefallenen ukrainischen Soldaten.", 300, "medien"),
    ],
)
def test_speaking_of_names_the_claimant(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int, key_part: str
) -> None:
    claim = _values(claims_of(text))[value]
    assert claim.claimant is not None and key_part in claim.claimant.key
    assert claim.modality == "reported"


@pytest.mark.parametrize(
    "text, value",
    [
        # no verb of speaking: the opening noun phrase is not taken as the source
        (
            "Russische Kanäle aus dem Umfeld der Armee, darunter ein Offizier, zeigten Bilder "
            "von 80 getöteten Soldaten.",
            80,
        ),
    ],
)
def test_no_speaking_verb_names_no_claimant(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int
) -> None:
    assert _values(claims_of(text))[value].claimant is None


@pytest.mark.parametrize(
    "text, value, modality",
    [
        ("Litauen soll zunächst sechs Haubitzen aus Frankreich erhalten.", 6, "hypothetical"),
        # a perfect infinitive keeps *soll* hearsay
        (
            "Zunächst sollen 300 russische Soldaten getötet worden sein.",
            300,
            "reported",
        ),
    ],
)
def test_soll_with_zunaechst(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int, modality: str
) -> None:
    assert _values(claims_of(text))[value].modality == modality


@pytest.mark.parametrize(
    "text, value, state",
    [
        # the side of the person named just before, when nothing else gives a state
        (
            "Präsident Emmanuel Macron hat ein neues Gesetz unterzeichnet. Damit können "
            "künftig 50.000 zusätzliche Reservisten einberufen werden.",
            50000,
            "FR",
        ),
    ],
)
def test_person_named_before_gives_the_state(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int, state: str
) -> None:
    assert _values(claims_of(text))[value].state == state


@pytest.mark.parametrize(
    "text, value, modality",
    [
        (
            "Theoretisch stehen der Armee Polens 200.000 Reservisten zur Verfügung.",
            200000,
            "hypothetical",
        ),
        ("Der Armee Polens stehen 200.000 Reservisten zur Verfügung.", 200000, "asserted"),
    ],
)
def test_theoretisch_is_hypothetical(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int, modality: str
) -> None:
    assert _values(claims_of(text))[value].modality == modality


def test_range_as_an_aside_between_dashes(
    claims_of: Callable[[str], tuple[Claim, ...]],
) -> None:
    claims = claims_of(
        "Mindestens 30 – bis zu 90 – russische Soldaten wurden getötet, bis zu 12 gefangen "
        "genommen."
    )
    got = [(c.number.low, c.number.high, c.category, c.state) for c in claims]
    assert got == [(30, 90, "casualties", "RU"), (None, 12, "other", "RU")]


@pytest.mark.parametrize(
    "text, value, expected",
    [
        ("Die Ukraine hat fünf der Waffensysteme aus den Niederlanden erhalten.", 5, "materiel"),
        # a part of the dead already counted is no new figure
        ("Zwei der Getöteten waren Soldaten der Reserve.", 2, None),
        # a year after a month is a date
        ("Ende Mai 2010 töteten israelische Soldaten neun Kämpfer.", 2010, None),
    ],
)
def test_partitive_and_dates(
    claims_of: Callable[[str], tuple[Claim, ...]], text: str, value: int, expected: str | None
) -> None:
    claim = _values(claims_of(text)).get(value)
    assert (claim.category if claim else None) == expected

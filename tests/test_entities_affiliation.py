"""Person affiliation: state, role phrase and organisation (entities/affiliation.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

import nkru_extract
from nkru_extract.types import Extraction, Person


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nkru_extract.load("embedded")


def person(nlp: Language, text: str, surname: str) -> Person:
    result = nkru_extract.extract(text, nlp)
    found = [p for p in result.people() if p.key.endswith(surname)]
    assert found, f"{surname} not found among {[p.key for p in result.people()]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surname", "state"),
    [
        # national adjective before the role
        ("Der ukrainische Präsident Wolodymyr Selenskyj besuchte die Front.", "Selenskyj", "UA"),
        ("Der russische Militärexperte Igor Korotschenko sagte das.", "Korotschenko", "RU"),
        ("Laut dem finnischen Präsidenten Alexander Stubb ist das klar.", "Stubb", "FI"),
        # a former office keeps the state
        ("Der frühere ukrainische Präsident Petro Poroschenko kam.", "Poroschenko", "UA"),
        # genitive before the role
        ("Nordkoreas Machthaber Kim Jong Un inspizierte Raketen.", "Jong-un", "KP"),
        ("Das sagte Israels Premier Benjamin Netanjahu am Abend.", "Netanjahu", "IL"),
        # compounds on the role word
        ("Kremlsprecher Dmitri Peskow wies das zurück.", "Peskow", "RU"),
        ("US-Verteidigungsminister Lloyd Austin kündigte Hilfe an.", "Austin", "US"),
        ("Die Pentagon-Sprecherin Sabrina Singh nannte keine Zahl.", "Singh", "US"),
        ("Bundeskanzler Friedrich Merz reiste nach Paris.", "Merz", "DE"),
        ("In Wien sagte Bundeskanzler Karl Nehammer, Österreich bleibe neutral.", "Nehammer", "AT"),
        ("Bundesrätin Viola Amherd äußerte sich dazu.", "Amherd", "CH"),
        # genitive attribute of the role, before the name and as an apposition
        (
            "Der Kommandeur der ukrainischen Landstreitkräfte, Generaloberst Olexander Syrskyj,"
            " meldete Erfolge.",
            "Syrskyj",
            "UA",
        ),
        (
            "Generalleutnant Kyrylo Budanow, Chef des ukrainischen Militärgeheimdienstes,"
            " warnte davor.",
            "Budanow",
            "UA",
        ),
        ("Der Sprecher des Pentagons, John Kirby, sagte nichts.", "Kirby", "US"),
        ("Nikolai Petrow, der bekannte russische Reporter, schrieb das.", "Petrow", "RU"),
        # inhabitant noun before the name
        ("Am Ende gewann der Ukrainer Oleksandr Usyk den Kampf.", "Usyk", "UA"),
        # a possessive pointing back to the state's army
        (
            "Die ukrainische Armee rückt laut ihrem Oberbefehlshaber Olexander Syrskyj vor.",
            "Syrskyj",
            "UA",
        ),
        # a party in brackets
        ("Verteidigungsminister Boris Pistorius (SPD) sprach im Bundestag.", "Pistorius", "DE"),
        ("Dazu äußerte sich Klaudia Tanner (ÖVP) nicht.", "Tanner", "AT"),
        # a listed head of state when the text says nothing
        ("Putin sprach lange über die Wirtschaft.", "Putin", "RU"),
    ],
)
def test_state_of_person(nlp: Language, text: str, surname: str, state: str) -> None:
    assert person(nlp, text, surname).state == state


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a state in the role word that is a topic, not a side
        ("Der Russland-Experte Gerhard Mangott sagte das voraus.", "Mangott"),
        ("Der Kreml-Kritiker Michail Chodorkowski meldete sich.", "Chodorkowski"),
        ("Der Moskau-Korrespondent Thomas Roth berichtete.", "Roth"),
        # no state at all
        ("Der Trainer Thomas Tuchel lobte die Mannschaft.", "Tuchel"),
        ("Verteidigungsminister Boris Pistorius sprach am Montag.", "Pistorius"),
        ("Kyrylo Budanow, Chef des HUR, sagte das.", "Budanow"),
        # a possessive owned by a person, not by the state before that person
        ("In Litauen lobte Boris Pistorius seinen Berater Jan Weber.", "Weber"),
        # a verb before the role is no national adjective
        ("Das erklärte Militärexperte Sergej Iwanow.", "Iwanow"),
    ],
)
def test_no_state(nlp: Language, text: str, surname: str) -> None:
    assert person(nlp, text, surname).state is None


@pytest.mark.parametrize(
    ("text", "surname", "role_phrase", "organisation"),
    [
        (
            "Der frühere ukrainische Präsident Petro Poroschenko kam.",
            "Poroschenko",
            "frühere ukrainische Präsident",
            None,
        ),
        ("Kyrylo Budanow, Chef des HUR, sagte das.", "Budanow", "Chef des HUR", "HUR"),
        (
            "Der Sprecher des Pentagons, John Kirby, sagte nichts.",
            "Kirby",
            "Sprecher des Pentagons",
            "Pentagons",
        ),
        ("Kremlsprecher Dmitri Peskow wies das zurück.", "Peskow", "Kremlsprecher", None),
        (
            "Das sagte Verteidigungsminister Boris Pistorius.",
            "Pistorius",
            "Verteidigungsminister",
            None,
        ),
        (
            "Oberst der Reserve Igor Korotschenko sagte das.",
            "Korotschenko",
            "Oberst der Reserve",
            None,
        ),
    ],
)
def test_role_phrase_and_organisation(
    nlp: Language, text: str, surname: str, role_phrase: str, organisation: str | None
) -> None:
    found = person(nlp, text, surname)
    assert (found.role_phrase, found.organisation) == (role_phrase, organisation)


def test_state_carried_to_every_mention(nlp: Language) -> None:
    text = (
        "Der ukrainische Präsident Wolodymyr Selenskyj sprach in Kiew. "
        "Später sagte Selenskyj, die Lage sei ernst."
    )
    found = person(nlp, text, "Selenskyj")
    assert len(found.mentions) == 2
    assert [m.state for m in found.mentions] == ["UA", "UA"]


def test_text_state_wins_over_lexicon(nlp: Language) -> None:
    # the text ties the listed person to a state: the lexicon fallback is not used
    found = person(nlp, "Der russische Präsident Wladimir Putin drohte erneut.", "Putin")
    assert found.state == "RU" and found.role_phrase == "russische Präsident"


def test_person_round_trip(nlp: Language) -> None:
    result = nkru_extract.extract("Kremlsprecher Dmitri Peskow wies das zurück.", nlp)
    again = Extraction.from_dict(result.to_dict())
    assert again == result
    data = again.people()[0].to_dict()
    assert (data["state"], data["role_phrase"]) == ("RU", "Kremlsprecher")

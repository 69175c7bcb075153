"""Person recall from context: speaker slots, interview turns, regnal genitives, listed surnames as
subjects and document-level consistency (entities/speech_cues.py, person_scan.py, clusters.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

import nkru_extract
from nkru_extract.entities.persons import find_persons
from nkru_extract.types import EntityMention


@pytest.fixture(scope="module")
def backbone() -> Language:
    return nkru_extract.load("embedded", components=())


@pytest.fixture
def persons(backbone: Language) -> Callable[[str], list[tuple[str, str]]]:
    def run(text: str) -> list[tuple[str, str]]:
        found: list[EntityMention] = find_persons(backbone(text))
        return [(m.text, m.key) for m in found if not m.is_credit]

    return run


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # a verb of speaking, the name, punctuation: the name may be a common word
        ("Die Lage sei ernst, sagte Alt.", "Alt", "Alt"),
        ("Das sei falsch, betonte Lang, der seit Jahren dort lebt.", "Lang", "Lang"),
        (
            "Wir bleiben, erklärte Christiane Holländer, die Sprecherin.",
            "Christiane Holländer",
            None,
        ),
        # an interview turn: name, colon, quotation mark or first-person pronoun
        ("Güllner: „Das überrascht mich nicht.“", "Güllner", "Güllner"),
        ("Schwarz: Ich lese jeden Abend.", "Schwarz", "Schwarz"),
        # a regnal name in the genitive, with the genitive -s removed from the key
        ("Nach dem Tod Leopolds II. zerfiel das Reich.", "Leopolds II.", "Leopold II."),
        ("Das Grab Ottos I. liegt im Dom.", "Ottos I.", "Otto I."),
        # a listed surname that is also a common word, as the subject of a verb
        ("Richter bezog sich auf ein älteres Urteil.", "Richter", "Richter"),
        ("Danach arbeitete Hill wieder als Anwalt.", "Hill", "Hill"),
        # a role noun that is also in a given-name cluster stays a role
        ("Damit rechnet sein Coach Andy Ibbott nicht.", "Andy Ibbott", "Andy Ibbott"),
        # an unknown word after a finite auxiliary or a sentence-initial connective
        ("Damit will Laukötter schon früh angreifen.", "Laukötter", "Laukötter"),
        ("Doch Bermúdez wurde nie gefunden.", "Bermúdez", "Bermúdez"),
        # a given name in no lexicon right before a surname belongs to the name
        ("Heute lobte Heorhij Koval die Helfer.", "Heorhij Koval", None),
        ("Der Leiter der Behörde, Heorhij Koval, sagte das.", "Heorhij Koval", None),
        # the subject right after a subordinating conjunction
        ("Alle wissen, dass Tamburini nicht kommt.", "Tamburini", "Tamburini"),
        # a verb of speaking licenses a name that merely looks like a German compound
        ("Es war gut, erklärte Wheatbottle am Abend.", "Wheatbottle", "Wheatbottle"),
        # after a verb only people do, a foreign name known from other word clusters
        ("Im Finale schoss Neymar zwei Tore.", "Neymar", "Neymar"),
        # a genitive name after its noun
        ("Man feierte den Sieg Kowalczyks, der lange spielte.", "Kowalczyks", None),
        ("Die Nachfolge Nowaks trat er an.", "Nowaks", None),
        # two unknown words, one spelt with a letter German does not use
        ("Er arbeitete mit Zoltán Kovács zusammen.", "Zoltán Kovács", "Zoltán Kovács"),
        ("Sie lobte Hélène Dubreuil sehr.", "Hélène Dubreuil", "Hélène Dubreuil"),
        # a given name from a name cluster before a compound-looking surname
        ("Die Stadträtin, Hedi Wendtland-Kiesel, sagte das.", "Hedi Wendtland-Kiesel", None),
        # ... but a role noun before a surname is no given name
        ("Im Sommer lobte Trainer Kowalski die Mannschaft.", "Kowalski", "Kowalski"),
        # a sport or scholarly role before an unlisted given name and a surname
        ("Die Biathletin Wanrika Doltner siegte.", "Wanrika Doltner", None),
        ("Der Kalif Harun schickte Boten.", "Harun", "Harun"),
        # an unlisted given name before a listed given name and a surname
        ("Gestern sprach Tayler Jane Geddes im Rathaus.", "Tayler Jane Geddes", None),
        ("Der Erzbischof Wilton Daniel Gregory predigte.", "Wilton Daniel Gregory", None),
        # ... but not a compound noun or a listed surname before it
        ("Der Daten-Anbieter Jane Geddes antwortete nicht.", "Jane Geddes", None),
        # ... but after another noun "von" may introduce a person
        ("Die Rede von Lindholm war kurz.", "Lindholm", "Lindholm"),
        # ... but a title licenses a surname that is also an adjective
        ("Am Montag kam Frau Schwarz vorbei.", "Schwarz", "Schwarz"),
        # a listed given name in the genitive before its noun
        ("Später lobte er Stefans Mut.", "Stefans", "Stefan"),
        ("Er folgte Pauls Rat.", "Pauls", "Paul"),
        # "van" is no German word: it starts a surname without a given name
        ("Das sei gut, erklärt van der Vaart, der Kapitän.", "van der Vaart", "van der Vaart"),
        ("Später kam van Gaal zurück.", "van Gaal", "van Gaal"),
        ("Er traf Rafael van der Vaart.", "Rafael van der Vaart", None),
        # "zu" after a given name is a particle, after a full name a preposition
        ("Er traf Karl-Theodor zu Guttenberg.", "Karl-Theodor zu Guttenberg", None),
        ("Damals wechselte Jean Dupont zu Arsenal London.", "Jean Dupont", None),
        # a given name, "von" and a surname that is also a common noun
        ("Man las Verse von Joseph Victor von Scheffel vor.", "Joseph Victor von Scheffel", None),
    ],
)
def test_found_from_context(
    persons: Callable[[str], list[tuple[str, str]]], text: str, name: str, key: str | None
) -> None:
    found = persons(text)
    assert name in [t for t, _ in found], found
    if key is not None:
        assert (name, key) in found


@pytest.mark.parametrize(
    "text",
    [
        # weak cues ("so", "laut") do not license common words
        "Laut Angaben, die vorliegen, ist das falsch.",
        "Die Zahl steigt, so Experten.",
        # a colon heading is no interview turn
        "Fazit: Ich würde es wieder tun.",
        "Frage: Wie geht es weiter?",
        # an adverb at a sentence start is no subject
        "Kurz unterhalb der Brücke liegt das Boot.",
        # a place prefix is no given name
        "Das Rennen endete in San Remo.",
        "Die Spurs aus San Antonio gewannen.",
        # a plural noun after a connective is no subject
        "Doch Kampfjets sind teuer.",
        # institutions and roles after a verb of speaking
        "Das sei nicht bekannt, sagte Polizeisprecher.",
        "Die Zahlen seien korrekt, teilte Greenpeace mit.",
        # a place or a plural noun after a conjunction or a verb is no person
        "Er fragt, ob Mainz noch spielt.",
        "Sie wissen, dass Bundeswehrsoldaten nicht kommen.",
        "Im Finale schoss Mannschaft zwei Tore.",
        # a place or a noun in the genitive slot after a noun is no person
        "Die Bevölkerung Hamburgs wächst.",
        "Die Erzeugung Methanolgas ist teuer.",
        # ... but not after a place preposition or a place prefix
        "Sie reiste nach Ciudad Juárez.",
        "Das Spiel in São Vicente endete.",
        # a preposition fused with an article and an adjective: a place follows
        "Die Fähre legte im walisischen Aberporth an.",
        # a place noun, "von" or "bei" and a word clustered with surnames: a place
        "Vor der Küste von Lindholm kenterte ein Boot.",
        "Die Schlacht bei Lindholm dauerte zwei Tage.",
        # a surname on its own before a Roman numeral names a law or a product
        "Er lebt seit Jahren mit Hartz IV in Berlin.",
        # a given name after a place prefix is part of a place or team name
        "Gestern siegten die San Antonio Spurs klar.",
        # "van" before a lower-case word or nothing is no name
        "Das Modell heißt van und fährt gut.",
        # a capitalised adverb after a role (a sentence end went missing) is no surname
        "Er rief den Arzt Bereits am Abend kam Hilfe.",
        # capitalised German words in a row are no name
        "Im Sommer kauft der Verein neue Trikots.",
    ],
)
def test_not_a_person(persons: Callable[[str], list[tuple[str, str]]], text: str) -> None:
    assert persons(text) == []


def test_surname_seen_once_is_a_person_everywhere(
    persons: Callable[[str], list[tuple[str, str]]],
) -> None:
    # "Richter" is a person as a subject; its later mention in a plain position joins it
    text = "Richter bezog sich auf ein Urteil. Die Kammer folgte Richter nicht."
    found = persons(text)
    assert [t for t, _ in found] == ["Richter", "Richter"]
    assert {k for _, k in found} == {"Richter"}


def test_place_stays_a_place_in_propagation(
    persons: Callable[[str], list[tuple[str, str]]],
) -> None:
    # a surname seen as a person does not turn a newspaper of that name into a person
    text = "Die Zahl sei falsch, sagte Washington. Die Washington Post berichtete anders."
    assert [t for t, _ in persons(text)] == ["Washington"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Das sei klar, sagt Christiane Holländer, die Anwältin.", "Christiane Holländer"),
        ("Am Montag sprach Thomas Schweizer im Rat.", "Thomas Schweizer"),
    ],
)
def test_inhabitant_noun_after_given_name_is_a_surname(text: str, person: str) -> None:
    result = nkru_extract.extract(text)
    assert [m.text for m in result.persons] == [person]
    assert result.states == ()


def test_inhabitant_noun_elsewhere_stays_a_state() -> None:
    result = nkru_extract.extract("Der Holländer gewann das Rennen.")
    assert [m.key for m in result.states] == ["NL"]

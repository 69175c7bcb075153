"""Source mentions of speech verbs: the subject noun phrase, whatever stands in the prefield.

Every sentence is written for these tests. Each row gives a sentence, the opening words of the
statement and the source mention the sentence gives for it (``None``: the statement has no
source); rows with ``None`` as the opening words must yield no quote at all.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import nkru_extract
from nkru_extract.types import Quote

# (id, text, opening words of the statement or None, expected source mention)
ROWS: list[tuple[str, str, str | None, str | None]] = [
    # 1. an adverbial prefield is never the source; the subject follows the finite verb
    (
        "prefield-secondary-preposition",
        "Hinsichtlich der Kosten meldet die Agentur Nordpress, dass der Bau teurer werde.",
        "dass der Bau",
        "die Agentur Nordpress",
    ),
    (
        "prefield-participle",
        "Enttäuscht äußerte sich die Bürgermeisterin, dass die Brücke gesperrt bleibe.",
        "dass die Brücke",
        "die Bürgermeisterin",
    ),
    (
        "prefield-adverb-da",
        "Da gab die Feuerwehr bekannt, dass niemand verletzt worden sei.",
        "dass niemand",
        "die Feuerwehr",
    ),
    (
        "prefield-time-phrase",
        "Anfang März teilte der Verband mit, dass die Beiträge steigen würden.",
        "dass die Beiträge",
        "der Verband",
    ),
    (
        "prefield-genitive-adverbial",
        "Des Weiteren betonte die Kommission, dass die Frist abgelaufen sei.",
        "dass die Frist",
        "die Kommission",
    ),
    (
        "prefield-pronoun-stays",
        "Sie betonte, dass die Schule im Herbst öffnen werde.",
        "dass die Schule",
        "Sie",
    ),
    (
        "prefield-focus-particle-stays",
        "Auch der Landrat kritisierte, dass die Straße zu spät gebaut werde.",
        "dass die Straße",
        "der Landrat",
    ),
    (
        "prefield-inflected-adjective-is-subject",
        "Besorgte Anwohner warnten, dass der Damm brechen könne.",
        "dass der Damm",
        "Besorgte Anwohner",
    ),
    ("no-quote-plain-report", "Da fuhr der Zug in den Bahnhof ein.", None, None),
    # 2. the subject after a finite auxiliary, past a bracket and a long prefield
    (
        "subject-after-aux-with-bracket",
        "Nach der Sitzung hat der Landesminister Karl Huber (CDU) am Abend erklärt, dass die "
        "Schulen länger offen bleiben.",
        "dass die Schulen",
        "der Landesminister Karl Huber (CDU)",
    ),
    (
        "relative-clause-subject",
        "Das Projekt scheitert an der Frist, die die Ministerin Anna Berg im Jahr 2019 "
        "verkündet hatte: „Wir schaffen das bis zum Sommer.“",
        "Wir schaffen",
        "die Ministerin Anna Berg",
    ),
    # 3. object first, pronoun or name subject after the verb
    (
        "object-first-pronoun-subject",
        "Die Gäste ermahnte er am Abend, die Fenster geschlossen zu halten.",
        "die Fenster",
        "er",
    ),
    (
        "object-first-abstract-long-prefield",
        "Eine Erhöhung der Gebühren für Kitas lehnte Lindqvist ab, weil die Familien schon "
        "genug belastet seien.",
        "Eine Erhöhung",
        "Lindqvist",
    ),
    (
        "institution-prefield-stays-subject",
        "Die Regierung kritisierte Hansen, weil er die Zahlen verschwiegen habe.",
        "Die Regierung",
        "Die Regierung",
    ),
    # 4. names with particles, genitive chains in the prefield
    (
        "name-with-particle-after-aux",
        "Am Montag hat der Minister Pierre de Montfort (UDF) erklärt, dass er zurücktrete.",
        "dass er zurücktrete",
        "der Minister Pierre de Montfort (UDF)",
    ),
    (
        "prefield-name-with-von-and-genitive",
        "Karla Brenner vom Verband der Bäcker in Bayern bemängelt, dass die Preise steigen.",
        "dass die Preise",
        "Karla Brenner vom Verband der Bäcker in Bayern",
    ),
    # 4b. subjects behind appositions, relative clauses, inserts and coordination
    (
        "apposition-and-bracket-before-aux",
        "Die Sprecherin des Verbands der Landwirte im Kreis Celle (VLC), Martha Grube, hat am "
        "Dienstag verlangt, dass die Auflagen sinken.",
        "dass die Auflagen",
        "Die Sprecherin des Verbands der Landwirte im Kreis Celle (VLC), Martha Grube",
    ),
    (
        "relative-clause-after-subject-left-out",
        "Der Bürgermeister Otto Kranz, der seit zwei Jahren im Amt ist, erklärte, die Halle "
        "werde abgerissen.",
        "die Halle",
        "Der Bürgermeister Otto Kranz",
    ),
    (
        "insert-darunter-left-out",
        "Die Gegner des Projekts, darunter auch der Naturschutzbund, warnten, dass der Wald leide.",
        "dass der Wald",
        "Die Gegner des Projekts",
    ),
    (
        "coordinated-second-verb",
        "Die Leiterin der Feuerwehr, Jana Roth, lobte die Helfer am Abend und betonte, der "
        "Einsatz sei noch nicht beendet.",
        "der Einsatz",
        "Die Leiterin der Feuerwehr, Jana Roth",
    ),
    (
        "coordinated-adjectives",
        "Die deutschen und französischen Ermittler vermuten, dass die Täter geflohen seien.",
        "dass die Täter",
        "Die deutschen und französischen Ermittler",
    ),
    (
        "contrast-adverb-after-subject",
        "Die Anhänger der Reform hingegen betonen, dass die Kosten gering seien.",
        "dass die Kosten",
        "Die Anhänger der Reform",
    ),
    (
        "lowercase-prefix-compound",
        "Ebenso wirft der pdf-Bericht des Vereins den Ämtern vor, Anträge zu verschleppen.",
        "Anträge zu",
        "der pdf-Bericht des Vereins",
    ),
    (
        "focus-particle-subject-before-aux",
        "Sogar die konservative Wochenzeitung „Der Bote“ hatte im Mai gewarnt, dass die Mieten "
        "zu hoch seien.",
        "dass die Mieten",
        "die konservative Wochenzeitung „Der Bote“",
    ),
    # 5. the whole noun phrase: long appositions of a person belong to the source
    (
        "inverted-long-apposition",
        "„Wir bleiben hier“, sagte Frieda Lang, Leiterin der Abteilung für Verkehr bei der Stadt.",
        "Wir bleiben",
        "Frieda Lang, Leiterin der Abteilung für Verkehr bei der Stadt",
    ),
    (
        "prefield-apposition-with-article",
        "Paul Berger, der Bewerber der Grünen für den Posten des Landrats, hat versprochen, "
        "die Buslinien auszubauen.",
        "die Buslinien",
        "Paul Berger, der Bewerber der Grünen für den Posten des Landrats",
    ),
    (
        "relative-clause-is-no-apposition",
        "„Das Haus bleibt stehen“, sagte Frieda Lang, die seit Jahren dort wohnt.",
        "Das Haus",
        "Frieda Lang",
    ),
    # 2b. a prefield subject before the auxiliary, not the object after it
    (
        "prefield-subject-object-after-aux",
        "Mitarbeiter der städtischen Werke haben den Bürgermeister aufgefordert, die Tarife "
        "zu senken.",
        "die Tarife",
        "Mitarbeiter der städtischen Werke",
    ),
    (
        "partitive-prefield-subject",
        "Einige der älteren Abgeordneten haben dem Kanzler mitgeteilt, dass sie die Reform "
        "ablehnen.",
        "dass sie die Reform",
        "Einige der älteren Abgeordneten",
    ),
    (
        "object-prefield-role-subject-after-aux",
        "Die Pläne hat der Landrat kritisiert, weil sie zu teuer seien.",
        "Die Pläne",
        "der Landrat",
    ),
    (
        "verb-after-relative-clause-of-prefield",
        "Der Sender, der seit Jahren aus Leipzig sendet, erklärte die Pause damit, dass die "
        "Technik erneuert werde.",
        "dass die Technik",
        "Der Sender",
    ),
    (
        "subordinate-clause-prefield",
        "Als der Zug ankam, sagte die Ministerin, sie sei erleichtert.",
        "sie sei",
        "die Ministerin",
    ),
    (
        "extended-attribute-and-fuer-attribute",
        "Am Morgen erklärte der für den Hafen zuständige Beauftragte für Sicherheit, Ole "
        "Brandt, dass die Kontrollen verschärft würden.",
        "dass die Kontrollen",
        "der für den Hafen zuständige Beauftragte für Sicherheit, Ole Brandt",
    ),
    (
        "predicative-insert-left-out",
        "Die Geschäftsführerin Ida Winter, verantwortlich für den Vertrieb, hat am Montag "
        "bekräftigt, neue Filialen zu eröffnen.",
        "neue Filialen",
        "Die Geschäftsführerin Ida Winter",
    ),
    (
        "apposition-commas-after-aux",
        "Gestern hat sich die Vorsitzende des Mietervereins, Petra Holm, dafür ausgesprochen, "
        "dass die Mieten eingefroren werden.",
        "dass die Mieten",
        "die Vorsitzende des Mietervereins, Petra Holm",
    ),
    (
        "web-outlet-in-lower-case",
        "Wie nordkurier.de berichtet, ist die Brücke gesperrt worden.",
        "ist die Brücke",
        "nordkurier.de",
    ),
    (
        "name-with-apposition-before-verb-without-comma",
        "Hanna Berg, Präsidentin des Landessportbunds (LSB) lobte die Entscheidung als "
        "„mutig und richtig“.",
        "mutig und richtig",
        "Hanna Berg, Präsidentin des Landessportbunds (LSB)",
    ),
    (
        "genitive-name-before-role",
        "Bremens einstige Bausenatorin Ute Lenz (SPD) sagte, sie sei überrascht.",
        "sie sei",
        "Bremens einstige Bausenatorin Ute Lenz (SPD)",
    ),
    (
        "adverb-in-lang-before-aux",
        "Jahrelang hat der Konzern bestritten, dass die Abgase gefährlich seien.",
        "dass die Abgase",
        "der Konzern",
    ),
    (
        "passive-prefield-patient-is-no-source",
        "Die Händler werden beschuldigt, gefälschte Waren verkauft zu haben.",
        "gefälschte Waren",
        None,
    ),
    (
        "passive-zitiert-names-the-speaker",
        "Am Montag wird der Landrat mit den Worten zitiert, er trete nicht zurück.",
        "er trete",
        "der Landrat",
    ),
    (
        "object-first-unmarked-surname",
        "Die Pläne der Stadt bezeichnete Wendelin als „völlig verfehlt“.",
        "völlig verfehlt",
        "Wendelin",
    ),
    (
        "adverb-inside-noun-phrase",
        "Ein nicht genannter Mitarbeiter der Behörde nannte die Entscheidung „überfällig“.",
        "überfällig",
        "Ein nicht genannter Mitarbeiter der Behörde",
    ),
    (
        "sowohl-als-auch",
        "Sowohl die Feuerwehr als auch die Polizei erklärten, der Brand sei gelöscht.",
        "der Brand",
        "Sowohl die Feuerwehr als auch die Polizei",
    ),
    (
        "subject-with-contrast-adverbs",
        "Die Opposition ihrerseits warf dem Senat vor, er habe die Zahlen geschönt.",
        "er habe",
        "Die Opposition",
    ),
    # 5b. boundaries: places, particles, numbers in names, datives and times left out
    (
        "place-before-verb-particle",
        "Am Abend teilte eine Sprecherin des Umweltamts in Kassel mit, dass die Straße "
        "gesperrt bleibe.",
        "dass die Straße",
        "eine Sprecherin des Umweltamts in Kassel",
    ),
    (
        "number-inside-name",
        "„Das Spiel war hart“, sagte die Trainerin von Eintracht 08 Neunkirchen.",
        "Das Spiel",
        "die Trainerin von Eintracht 08 Neunkirchen",
    ),
    (
        "dative-after-bracket-left-out",
        "Wie Tom Reiter, Leiter der Bergwacht (BW) den Reportern mitteilte, seien alle "
        "Wanderer gerettet.",
        "seien alle",
        "Tom Reiter, Leiter der Bergwacht (BW)",
    ),
    (
        "time-after-long-apposition-left-out",
        "Die Dämme hielten, sagte Lena Graf, Leiterin des Krisenstabs am Dienstag.",
        "Die Dämme",
        "Lena Graf, Leiterin des Krisenstabs",
    ),
    (
        "no-second-genitive-after-acronym",
        "„Wir sind bereit“, sagte ein Sprecher der ESA der Zeitung.",
        "Wir sind bereit",
        "ein Sprecher der ESA",
    ),
    (
        "dotted-lower-case-name",
        "Die Gewerkschaft ver.di erwartet, dass die Streiks eine Woche dauern.",
        "dass die Streiks",
        "Die Gewerkschaft ver.di",
    ),
    (
        "passive-patient-is-no-source",
        "Dem Händler werden Betrügereien vorgeworfen, die er im Sommer begangen haben soll.",
        None,
        None,
    ),
]


def _quote(quotes: tuple[Quote, ...], opening: str) -> Quote:
    for quote in quotes:
        if quote.text.startswith(opening):
            return quote
    raise AssertionError(f"no quote opening {opening!r} in {[q.text for q in quotes]}")


@pytest.mark.parametrize(
    ("text", "opening", "source"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_source_mention(
    nlp_embedded: Language, text: str, opening: str | None, source: str | None
) -> None:
    quotes = nkru_extract.extract(text, nlp=nlp_embedded).quotes
    if opening is None:
        assert quotes == ()
        return
    assert _quote(quotes, opening).source_text == source

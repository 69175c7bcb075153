"""Source frames and speech phrases: "nach + information noun", "aus X hervorgehen", ...

Parametrised tables of sentences written for these tests (news-like German, no corpus text),
each with rows that must NOT yield a quote or a frame source.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import nkru_extract
from nkru_extract.quotes.frame_nouns import is_frame_noun, load_frame_nouns
from nkru_extract.types import Quote


@pytest.fixture(scope="module")
def nlp(nlp_embedded: Language) -> Language:
    return nlp_embedded


def _quotes(nlp: Language, text: str) -> tuple[Quote, ...]:
    return nkru_extract.extract(text, nlp=nlp).quotes


# (id, text, source as written or None for "no frame source", words the message must contain)
NACH_FRAMES = [
    ("statement-genitive", "Nach einer Stellungnahme der Marine lag das Boot vor Anker.",
     "einer Stellungnahme der Marine", "lag das Boot vor Anker"),
    ("compound-head", "Nach dem vorläufigen Endergebnis gewann die Liste 52 Prozent.",
     "dem vorläufigen Endergebnis", "gewann die Liste 52 Prozent"),
    ("compound-tv-report", "Nach einem Fernsehbericht des Senders Nordwelle ist der Damm "
     "gebrochen.", "einem Fernsehbericht des Senders Nordwelle", "ist der Damm gebrochen"),
    ("demonstrative", "Nach diesen Erkenntnissen könnte die Brücke einsturzgefährdet sein.",
     "diesen Erkenntnissen", "könnte die Brücke einsturzgefährdet sein"),
    ("no-article-adjective", "Nach bisherigen Erfahrungen steigen die Preise im Winter.",
     "bisherigen Erfahrungen", "steigen die Preise im Winter"),
    ("mid-clause", "In Leipzig will die Firma nach den bisherigen Planungen 300 Stellen "
     "schaffen.", "den bisherigen Planungen", "will die Firma"),
    ("law", "Nach dem Grundgesetz wählt der Bundestag den Kanzler.", "dem Grundgesetz",
     "wählt der Bundestag den Kanzler"),
    ("indefinite-publication", "Nach einer Veröffentlichung im Fachblatt „Ozean“ sind die "
     "Korallen bedroht.", "einer Veröffentlichung im Fachblatt „Ozean“",
     "sind die Korallen bedroht"),
    ("study", "Nach einer schwedischen Studie schützt Bewegung vor Demenz.",
     "einer schwedischen Studie", "schützt Bewegung vor Demenz"),
    ("article-number", "Nach Artikel 21 des Grundgesetzes wirken die Parteien mit.",
     "Artikel 21 des Grundgesetzes", "wirken die Parteien mit"),
    ("tip-off", "Nach einem anonymen Hinweis fand die Polizei das Lager.",
     "einem anonymen Hinweis", "fand die Polizei das Lager"),
    ("possessive", "Anna Berg kritisiert die Händler. Nach ihrer Auffassung sollten die Kunden "
     "sensibler werden.", "ihrer Auffassung", "sollten die Kunden sensibler werden"),
    ("genitive-name", "Nach Grupps Meinung werden Entscheidungen im Größenwahn getroffen.",
     "Grupps Meinung", "werden Entscheidungen im Größenwahn getroffen"),
]
# (id, text, a source that must NOT be returned)
NACH_NOT_FRAMES = [
    ("temporal-event", "Nach dem Absturz begann eine lange Suche.", "dem Absturz"),
    ("temporal-meeting-verb-subject", "Nach der Sitzung erklärte der Minister, er sei "
     "zufrieden.", "der Sitzung"),
    ("temporal-erst", "Erst nach umfangreichen Ermittlungen, die der Anwalt selbst bezahlte, "
     "kam der Fall vor Gericht.", "umfangreichen Ermittlungen"),
    ("temporal-kurz", "Kurz nach der Veröffentlichung des Berichts trat der Minister zurück.",
     "der Veröffentlichung des Berichts"),
    ("definite-evaluation-temporal", "Genaueres wollen die Ermittler erst nach der Auswertung der "
     "Kameradaten sagen.", "der Auswertung der Kameradaten"),
    ("definite-publication-temporal", "Nach der Veröffentlichung der Zahlen fiel der Kurs.",
     "der Veröffentlichung der Zahlen"),
    ("days-after", "Drei Tage nach der Umfrage trat der Vorstand zurück.", "der Umfrage"),
    ("direction", "Der Zug fährt nach Hamburg.", "Hamburg"),
    ("possessive-temporal", "Nach seiner Rückkehr trat der Trainer zurück.", "seiner Rückkehr"),
    ("genitive-name-temporal", "Nach Grupps Rückkehr trat der Trainer zurück.",
     "Grupps Rückkehr"),
    ("compound-of-stand-is-no-frame", "Nach dem Aufstand floh der König ins Ausland.",
     "dem Aufstand"),
]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [row[1:] for row in NACH_FRAMES],
    ids=[row[0] for row in NACH_FRAMES],
)
def test_nach_frames(nlp: Language, text: str, source: str, message: str) -> None:
    quotes = [q for q in _quotes(nlp, text) if q.source_text == source]
    assert len(quotes) == 1, [(q.source_text, q.text) for q in _quotes(nlp, text)]
    assert message in quotes[0].text
    assert "Nach " not in quotes[0].text and "nach " not in quotes[0].text.split(",")[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [row[1:] for row in NACH_NOT_FRAMES],
    ids=[row[0] for row in NACH_NOT_FRAMES],
)
def test_nach_not_frames(nlp: Language, text: str, source: str) -> None:
    assert all(q.source_text != source for q in _quotes(nlp, text))


# (word, indefinite article before it, is a frame head)
FRAME_HEADS = [
    ("Bericht", False, True),
    ("Zeitungsbericht", False, True),
    ("EU-Dokument", False, True),
    ("Endergebnis", False, True),
    ("Veröffentlichung", True, True),
    ("Veröffentlichung", False, False),
    ("Aufstand", False, False),
    ("Stand", False, True),
    ("Absturz", False, False),
    ("bericht", False, False),
]


@pytest.mark.parametrize(("word", "indefinite", "expected"), FRAME_HEADS)
def test_is_frame_noun(word: str, indefinite: bool, expected: bool) -> None:
    assert is_frame_noun(word, indefinite) is expected


def test_frame_noun_data_is_lower_case_and_loaded() -> None:
    nouns = load_frame_nouns()
    assert "stellungnahme" in nouns.words
    assert all(w == w.lower() for w in nouns.words)
    assert set(nouns.endings) <= nouns.words


# (id, text, source as written or None for "no quote", words the message must contain)
HERVOR_FRAMES = [
    ("anaphoric", "Der Umsatz sank um zehn Prozent. Dies geht aus einer Mitteilung des "
     "Konzerns hervor.", "einer Mitteilung des Konzerns", "Der Umsatz sank um zehn Prozent"),
    ("wie-initial", "Wie aus einem Schreiben des Ministeriums hervorgeht, sollen 200 Stellen "
     "wegfallen.", "einem Schreiben des Ministeriums", "sollen 200 Stellen wegfallen"),
    ("wie-final", "Die Kosten steigen, wie aus dem Haushaltsplan hervorgeht.",
     "dem Haushaltsplan", "Die Kosten steigen"),
    ("dass-clause", "Aus dem Bericht der Prüfer geht hervor, dass das Geld fehlt.",
     "dem Bericht der Prüfer", "dass das Geld fehlt"),
    ("origin-is-no-speech", "Die Firma ging aus einem kleinen Betrieb hervor.", None, None),
    ("winner-is-no-speech", "Als Sieger ging die Partei der Mitte aus der Wahl hervor.",
     None, None),
]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [row[1:] for row in HERVOR_FRAMES],
    ids=[row[0] for row in HERVOR_FRAMES],
)
def test_hervorgehen_frames(nlp: Language, text: str, source: str | None, message: str) -> None:
    quotes = _quotes(nlp, text)
    if source is None:
        assert quotes == (), [(q.source_text, q.text) for q in quotes]
        return
    found = [q for q in quotes if q.source_text == source]
    assert len(found) == 1, [(q.source_text, q.text) for q in quotes]
    assert message in found[0].text
    assert "hervor" not in found[0].text


# (id, text, source as written or None for "no quote")
HEDGES = [
    ("genauer-gesagt", "Die Polizei prüft eine Spur des Fahrers, genauer gesagt seines "
     "Telefons.", None),
    ("offen-gesagt-opening", "Offen gesagt, die Lage ist ernst.", None),
    ("kurz-gesagt-mid-clause", "So lässt sich kurz gesagt der Inhalt des Berichts "
     "zusammenfassen.", None),
    ("offen-gesagt-speech", "Die Ministerin hat offen gesagt, dass sie zurücktreten werde.",
     "Die Ministerin"),
]


@pytest.mark.parametrize(
    ("text", "source"), [row[1:] for row in HEDGES], ids=[row[0] for row in HEDGES]
)
def test_hedges_are_no_cues(nlp: Language, text: str, source: str | None) -> None:
    quotes = _quotes(nlp, text)
    if source is None:
        assert quotes == (), [(q.source_text, q.text) for q in quotes]
    else:
        assert [q.source_text for q in quotes] == [source]


# (id, text, source mention as written, resolved speaker, outlet)
BERUFUNG = [
    ("subject-after-verb", "Die Armee habe Truppen verlegt. Das berichten Zeitungen unter "
     "Berufung auf Sicherheitskreise.", "Zeitungen", "Sicherheitskreise", "Zeitungen"),
    ("berufung-first", "Unter Berufung auf staatliche Stellen teilte die Organisation mit, es "
     "seien 300 Menschen gestorben.", "die Organisation", "staatliche Stellen",
     "die Organisation"),
    ("subject-first", "Die Agentur Nordpress berichtete unter Berufung auf einen Sprecher, der "
     "Minister sei zurückgetreten.", "Die Agentur Nordpress", "einen Sprecher",
     "Die Agentur Nordpress"),
]


@pytest.mark.parametrize(
    ("text", "source", "speaker", "outlet"),
    [row[1:] for row in BERUFUNG],
    ids=[row[0] for row in BERUFUNG],
)
def test_berufung_source_is_the_reporter(
    nlp: Language, text: str, source: str, speaker: str, outlet: str
) -> None:
    found = [q for q in _quotes(nlp, text) if q.source_text == source]
    assert len(found) == 1, [(q.source_text, q.speaker, q.text) for q in _quotes(nlp, text)]
    assert found[0].speaker_text == speaker
    assert found[0].outlet == outlet


# (id, text, source phrase of "X zufolge" as written)
ZUFOLGE = [
    ("verb-before-is-cut", "Sie entstammen Zeitungsberichten zufolge armen Familien.",
     "Zeitungsberichten"),
    ("noun-before-is-cut", "Damit nimmt die Bande Schätzungen zufolge jährlich Millionen ein.",
     "Schätzungen"),
    ("adjectives-added", "Bei dem Feuer waren offiziellen russischen Angaben zufolge zehn "
     "Menschen verletzt worden.", "offiziellen russischen Angaben"),
    ("genitive-head-added", "Berichten mehrerer Zeitungen zufolge fand gestern ein Treffen "
     "statt.", "Berichten mehrerer Zeitungen"),
    ("von-attachment", "Einer Meldung von Nordpress zufolge sei der Unterricht wieder "
     "aufgenommen worden.", "Einer Meldung von Nordpress"),
    ("lower-case-name", "Dem Sender al-Mayadin zufolge wird das Schiff nach Haifa gebracht.",
     "Dem Sender al-Mayadin"),
    ("genitive-attachment", "Ermittlungen der Polizei zufolge wollte die Frau sich trennen.",
     "Ermittlungen der Polizei"),
    ("mid-clause-article", "Das Fleisch sollte den Berichten zufolge verarbeitet werden.",
     "den Berichten"),
]


@pytest.mark.parametrize(
    ("text", "source"), [row[1:] for row in ZUFOLGE], ids=[row[0] for row in ZUFOLGE]
)
def test_zufolge_phrase(nlp: Language, text: str, source: str) -> None:
    quotes = _quotes(nlp, text)
    assert [q.source_text for q in quotes] == [source], [(q.source_text, q.text) for q in quotes]
    assert "zufolge" not in quotes[0].text


# (id, text, source as written or None for "no quote", words the message must contain)
PHRASES = [
    ("ist-der-ansicht", "Der Verband ist der Ansicht, dass das Gesetz die Firmen schwäche.",
     "Der Verband", "dass das Gesetz die Firmen schwäche"),
    ("inverted-subject", "Heute ist der Minister der Ansicht, dass die Reform scheitern werde.",
     "der Minister", "dass die Reform scheitern werde"),
    ("vertritt-die-auffassung", "Der Anwalt vertritt die Auffassung, sein Mandant habe sich "
     "gewehrt.", "Der Anwalt", "sein Mandant habe sich gewehrt"),
    ("kam-zu-dem-schluss", "Die Prüfer kamen zu dem Schluss, dass die Bilanz falsch sei.",
     "Die Prüfer", "dass die Bilanz falsch sei"),
    ("participle-after-noun", "Nach langer Prüfung sei sie zu dem Schluss gekommen, dass sie "
     "nichts ändern könne.", "sie", "dass sie nichts ändern könne"),
    ("zur-bedingung", "Der Premier machte außerdem zur Bedingung, dass die Blockaden enden.",
     "Der Premier", "dass die Blockaden enden"),
    ("ausdruecken", "Der Forscher drückte seine Verwunderung darüber aus, warum die Behörde "
     "so handle.", "Der Forscher", "warum die Behörde so handle"),
    ("first-person-is-no-source", "Wir sind der Meinung, dass das falsch ist.", None, None),
    ("genitive-no-clause", "Die Richter sind der Meinung des Gutachters gefolgt.", None, None),
    ("result-noun-no-phrase", "Das Ergebnis der Wahl ist knapp.", None, None),
]


@pytest.mark.parametrize(
    ("text", "source", "message"), [row[1:] for row in PHRASES], ids=[row[0] for row in PHRASES]
)
def test_speech_phrases(nlp: Language, text: str, source: str | None, message: str) -> None:
    quotes = _quotes(nlp, text)
    if source is None:
        assert all(q.source_text is None for q in quotes), [(q.source_text, q.text) for q in quotes]
        return
    found = [q for q in quotes if q.source_text == source]
    assert len(found) == 1, [(q.source_text, q.text) for q in quotes]
    assert message in found[0].text


# (id, text, source mention as written, resolved speaker or None for "any")
LAUT_IN_CLAUSE = [
    ("laut-first", "Laut CNN hat der Minister verkündet, der Rat wolle die Truppen behalten.",
     "CNN", "der Minister"),
    ("laut-after-subject", "„Wir bleiben hier“, sagte die Sprecherin laut Nordpress.",
     "Nordpress", "die Sprecherin"),
    ("lower-case-domain", "„Wir bleiben hier“, sagte die Sprecherin laut nordpress.de.",
     "nordpress.de", "die Sprecherin"),
    ("zufolge-in-clause", "In der Fraktion sagte die Kanzlerin einigen Teilnehmern zufolge: "
     "„Er war ein Stabilisator.“", "einigen Teilnehmern", "die Kanzlerin"),
]


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [row[1:] for row in LAUT_IN_CLAUSE],
    ids=[row[0] for row in LAUT_IN_CLAUSE],
)
def test_laut_in_the_speech_clause_is_the_source(
    nlp: Language, text: str, source: str, speaker: str
) -> None:
    found = [q for q in _quotes(nlp, text) if q.source_text == source]
    assert len(found) == 1, [(q.source_text, q.speaker_text, q.text) for q in _quotes(nlp, text)]
    assert found[0].speaker_text == speaker


# (id, text, source as written or None for "no source")
DOCUMENT_SOURCES = [
    ("passive-press-release", "So wird in einer Pressemitteilung der Stiftung gefordert, dass "
     "die Stadt die Mängel abstellen müsse.", "einer Pressemitteilung der Stiftung"),
    ("passive-compound-report", "Im Jahresbericht wird kritisiert, dass die Polizei zu spät "
     "komme.", "Jahresbericht"),
    ("place-is-no-document", "In Berlin wurde betont, dass die Lage ernst sei.", None),
    ("passive-agent-prefield", "Von der Opposition wurde kritisiert, dass der Besuch zu teuer "
     "gewesen sei.", "der Opposition"),
    ("passive-agent-middle-field", "Dabei wird von Fachleuten betont, dass die Anlage sicher "
     "sei.", "Fachleuten"),
    ("quoted-by-outlet-is-no-agent", "Der Minister wird von der Agentur Nordpress mit den "
     "Worten zitiert, es habe eine positive Resonanz gegeben.", "Der Minister"),
    ("active-subject-wins", "Der Verein hat in einer Stellungnahme bekannt gegeben, dass er "
     "klagen werde.", "Der Verein"),
]


@pytest.mark.parametrize(
    ("text", "source"),
    [row[1:] for row in DOCUMENT_SOURCES],
    ids=[row[0] for row in DOCUMENT_SOURCES],
)
def test_document_in_passive_clause(nlp: Language, text: str, source: str | None) -> None:
    quotes = _quotes(nlp, text)
    assert [q.source_text for q in quotes] == [source], [(q.source_text, q.text) for q in quotes]


def test_laut_participial_phrase(nlp: Language) -> None:
    text = (
        "Laut einer am Montag veröffentlichten Mitteilung des Roten Kreuzes wurden 300 Menschen "
        "versorgt."
    )
    quotes = _quotes(nlp, text)
    assert [q.source_text for q in quotes] == [
        "einer am Montag veröffentlichten Mitteilung des Roten Kreuzes"
    ]
    assert quotes[0].text == "wurden 300 Menschen versorgt"


# (id, text, source as written or None for "no quote", the message)
RELATIVE_FRAMES = [
    ("rumours-nach-denen", "Es gibt auch Gerüchte, nach denen der Sänger an Krebs litt.",
     "denen", "der Sänger an Krebs litt"),
    ("report-laut-dem", "Dem Gericht liegt ein Gutachten vor, laut dem das Kind misshandelt "
     "worden war.", "dem", "das Kind misshandelt worden war"),
    ("temporal-antecedent", "Das Spiel ging in die Pause, nach der die Gäste stärker wurden.",
     None, None),
]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [row[1:] for row in RELATIVE_FRAMES],
    ids=[row[0] for row in RELATIVE_FRAMES],
)
def test_relative_frames(nlp: Language, text: str, source: str | None, message: str) -> None:
    quotes = _quotes(nlp, text)
    if source is None:
        assert quotes == (), [(q.source_text, q.text) for q in quotes]
        return
    assert [(q.source_text, q.text) for q in quotes] == [(source, message)]


def test_so_frame_with_lower_case_compound(nlp: Language) -> None:
    quotes = _quotes(nlp, "Die Streiks sollen ruhen, so verdi-Sprecherin Jana Berg.")
    assert [(q.source_text, q.text) for q in quotes] == [
        ("verdi-Sprecherin Jana Berg", "Die Streiks sollen ruhen")
    ]


# (id, text, source of the quotation after "lautet(e):" or None)
LAUTET = [
    ("fazit", "Das Fazit des Berichts lautete: „Die Wahlen waren frei und fair.“",
     "Das Fazit des Berichts"),
    ("title-is-no-source", "Der Titel des Buches lautet: „Die Stadt am Meer“.", None),
]


@pytest.mark.parametrize(
    ("text", "source"), [row[1:] for row in LAUTET], ids=[row[0] for row in LAUTET]
)
def test_statement_lautet(nlp: Language, text: str, source: str | None) -> None:
    assert all(q.source_text == source for q in _quotes(nlp, text))


def test_laut_article_and_lower_case_compound(nlp: Language) -> None:
    quotes = _quotes(nlp, "Der Konzern will laut einer dpa-Meldung 300 Stellen streichen.")
    assert [q.source_text for q in quotes] == ["einer dpa-Meldung"]

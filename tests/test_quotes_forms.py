"""Speech forms by class: reported speech acts, free indirect continuation, cited words, frames.

One parametrised table per class, each with rows that must NOT yield a quote or a speaker. All
sentences are written for these tests (news-like German, no corpus text).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import nkru_extract
from nkru_extract.types import Quote


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nkru_extract.load("embedded")


def _quotes(nlp: Language, text: str) -> tuple[Quote, ...]:
    return nkru_extract.extract(text, nlp=nlp).quotes


def _one(quotes: tuple[Quote, ...], opening: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(opening)]
    assert len(found) == 1, [(q.form, q.speaker, q.text) for q in quotes]
    return found[0]


# (id, text, opening words of the message or None for "no quote", form, source as written)
REPORTED = [
    ("criticise", "Die Opposition kritisierte die Pläne der Regierung scharf.", "Die Opposition",
     "reported", "Die Opposition"),
    ("reject-separable", "Der Minister wies die Vorwürfe am Dienstag entschieden zurück.",
     "Der Minister", "reported", "Der Minister"),
    ("ask-for", "Die Polizei bittet um Hinweise aus der Bevölkerung.", "Die Polizei",
     "reported", "Die Polizei"),
    ("justify-with", "Die Regierung begründete die Erhöhung mit gestiegenen Kosten.",
     "Die Regierung", "reported", "Die Regierung"),
    ("call-as", "Der Bürgermeister bezeichnete die Entscheidung als verantwortungslos.",
     "Der Bürgermeister", "reported", "Der Bürgermeister"),
    ("perfect-tense", "Die Partei hatte zu dem Thema eine Anhörung gefordert.", "Die Partei",
     "reported", "Die Partei"),
    ("welcome", "Die Nachbarländer begrüßten den Vorstoß der Kommission.", "Die Nachbarländer",
     "reported", "Die Nachbarländer"),
    ("abbreviation-in-parentheses", "Das Landesamt für Umwelt (LfU) empfiehlt den Verzicht "
     "auf Böller.", "Das Landesamt", "reported", "Das Landesamt für Umwelt (LfU)"),
    ("subordinate-clause-after", "Der Verband forderte den Rücktritt des Chefs, weil er "
     "versagt hat.", "Der Verband", "reported", "Der Verband"),
    ("relative-clause-after", "Die Feuerwehr spricht von zwölf Verletzten, die in Kliniken "
     "gebracht wurden.", "Die Feuerwehr", "reported", "Die Feuerwehr"),
    ("apposition-subject", "Anna Berg, Chefin der Firma, kritisierte die Pläne scharf.",
     "Anna Berg", "reported", "Anna Berg, Chefin der Firma"),
    ("noun-dass-clause", "Die Mieter äußerten die Hoffnung, dass die Sanierung bald beginne.",
     None, None, None),
    ("separable-anprangern", "Die Opposition prangerte die Zustände in den Lagern an.",
     "Die Opposition", "reported", "Die Opposition"),
    ("no-speech-verb", "Die Bank hat im vergangenen Jahr hohe Gewinne gemacht.", None, None, None),
    ("compare-is-no-speech", "Die Forscher verglichen die Proben mit älteren Funden.", None,
     None, None),
    ("name-without-als", "Der Verein nannte seinen neuen Trainer noch nicht.", None, None, None),
    ("look-without-als", "Die Besucher betrachteten das Bild sehr lange.", None, None, None),
    ("request-with-infinitive", "Die Polizei bittet Zeugen, sich zu melden.", None, None, None),
    ("bare-object-after-subject", "Nachdem die Gespräche gescheitert waren, forderte die "
     "Regierung Verhandlungen.", "Nachdem", "reported", "die Regierung"),
    ("bare-object-after-role", "Nach dem Treffen forderte der Minister Neuwahlen.", "Nach dem",
     "reported", "der Minister"),
    ("name-after-noun-is-subject", "Die Regierung Merkel kritisierte das Gesetz.",
     "Die Regierung", "reported", "Die Regierung Merkel"),
    ("object-first-name-after-verb", "Eine Verschiebung bezeichnete Müller als fatal.",
     "Eine Verschiebung", "reported", "Müller"),
    ("object-first-role-after-verb", "Diese Entscheidung kritisierte der Minister scharf.",
     "Diese Entscheidung", "reported", "der Minister"),
    ("object-first-pronoun-after-verb", "Die Forderung wies er am Montag zurück.",
     "Die Forderung", "reported", "er"),
    ("accusative-demonstrative-object", "Diesen Vorschlag lehnte die Ministerin ab.",
     "Diesen Vorschlag", "reported", "die Ministerin"),
    ("institution-prefield-keeps-subject", "Die Regierung kritisierte Müller scharf.",
     "Die Regierung", "reported", "Die Regierung"),
    ("adjective-name-is-subject", "Die Deutsche Bahn kritisierte den Streik scharf.", "Die "
     "Deutsche", "reported", "Die Deutsche Bahn"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening", "form", "source"), [r[1:] for r in REPORTED], ids=[r[0] for r in REPORTED]
)
def test_reported_speech_acts(
    nlp: Language, text: str, opening: str | None, form: str | None, source: str | None
) -> None:
    quotes = _quotes(nlp, text)
    if opening is None:
        assert quotes == (), [(q.form, q.text) for q in quotes]
        return
    quote = _one(quotes, opening)
    assert (quote.form, quote.source_text, quote.inherited) == (form, source, False)


# (id, text, opening of the continuation, inherited speaker or None for "not a continuation")
FREE_INDIRECT = [
    ("konjunktiv-i", "Der Bürgermeister Karl Brandt sagte, die Brücke werde im Mai gesperrt. "
     "Eine Umleitung sei ausgeschildert.", "Eine Umleitung", "Karl Brandt"),
    ("konjunktiv-ii-next-sentence", "Die Ärztin Maria Roth erklärte, die Lage sei ernst. "
     "Ohne Hilfe würden viele Praxen schließen.", "Ohne Hilfe", "Maria Roth"),
    ("intervening-indicative-breaks-chain", "Der Bürgermeister Karl Brandt sagte, die Brücke "
     "werde im Mai gesperrt. Die Stadt hat viele Brücken. Eine Umleitung sei ausgeschildert.",
     "Eine Umleitung", None),
    ("indicative-is-no-continuation", "Die Ärztin Maria Roth erklärte, die Lage sei ernst. "
     "Am Abend regnete es in der ganzen Stadt.", "Am Abend", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [r[1:] for r in FREE_INDIRECT],
    ids=[r[0] for r in FREE_INDIRECT],
)
def test_free_indirect_continuation(
    nlp: Language, text: str, opening: str, speaker: str | None
) -> None:
    quotes = _quotes(nlp, text)
    hits = [q for q in quotes if q.text.startswith(opening)]
    if speaker is None:  # no continuation: at most a statement of its own, without a speaker
        assert all(
            (q.inherited, q.speaker, q.source_start) == (False, None, None) for q in hits
        ), [(q.form, q.speaker, q.text) for q in quotes]
        return
    quote = _one(quotes, opening)
    first = quotes[0]
    assert (quote.form, quote.inherited, quote.source_start) == ("free_indirect", True, None)
    assert quote.speaker == speaker == first.speaker
    assert (quote.speaker_start, quote.speaker_end) == (first.speaker_start, first.speaker_end)


# (id, text, opening of the "soll ... haben" unit, inherited speaker or None for "own report")
REPORTATIVE = [
    ("continues-speaker", "Der Polizeisprecher Jan Weber sagte, der Mann sei geflohen. Er soll "
     "zuvor eine Tankstelle überfallen haben.", "Er soll", "Jan Weber"),
    ("continues-after-adverb", "Die Anwältin Eva Klein erklärte, ihr Mandant sei unschuldig. "
     "Dabei soll er am Tatabend zu Hause gewesen sein.", "Dabei soll", "Eva Klein"),
    ("no-speaker-before", "Im Hafen brannte am Montag ein Lager. Ein Arbeiter soll das Feuer "
     "gelegt haben.", "Ein Arbeiter", None),
    ("too-far", "Der Polizeisprecher Jan Weber sagte, der Mann sei geflohen. Die Stadt hat "
     "viele Straßen. Am Abend regnete es. Er soll eine Tankstelle überfallen haben.", "Er soll",
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening", "speaker"), [r[1:] for r in REPORTATIVE], ids=[r[0] for r in REPORTATIVE]
)
def test_reportative_continuation(
    nlp: Language, text: str, opening: str, speaker: str | None
) -> None:
    quote = _one(_quotes(nlp, text), opening)
    if speaker is None:
        assert (quote.form, quote.inherited, quote.speaker) == ("reported", False, None)
        return
    assert (quote.form, quote.inherited, quote.source_start) == ("free_indirect", True, None)
    assert quote.speaker == speaker


# (id, text, opening of a sourceless Konjunktiv I statement or None for "no statement")
SOURCELESS_KONJUNKTIV = [
    ("konjunktiv-i-main-clause", "Im Hafen brannte am Montag ein Lager. Ein Arbeiter habe das "
     "Feuer aus Versehen gelegt.", "Ein Arbeiter"),
    ("comparison-als", "Der Hund tat so, als sei er sehr müde.", None),
    ("idiom-gott-sei-dank", "Gott sei Dank blieb das alte Haus stehen.", None),
    ("recipe-man", "Man nehme drei Eier und zwei Tassen Mehl.", None),
    ("indicative", "Im Hafen brannte am Montag ein Lager. Ein Arbeiter hat das Feuer gelegt.",
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening"),
    [r[1:] for r in SOURCELESS_KONJUNKTIV],
    ids=[r[0] for r in SOURCELESS_KONJUNKTIV],
)
def test_sourceless_konjunktiv(nlp: Language, text: str, opening: str | None) -> None:
    quotes = _quotes(nlp, text)
    if opening is None:
        assert quotes == (), [(q.form, q.text) for q in quotes]
        return
    quote = _one(quotes, opening)
    assert (quote.form, quote.speaker, quote.source_start, quote.inherited) == (
        "reported",
        None,
        None,
        False,
    )


# (id, text, cited word or None for "no quote", speaker as written or None)
CITED = [
    ("named-predicative", "Die Ärztin nannte die Lage „dramatisch“.", "dramatisch", "Die Ärztin"),
    ("as-noun", "Die Regierung bezeichnete den Plan als „Irrweg“.", "Irrweg", "Die Regierung"),
    ("spoke-of", "Der Kanzler sprach von einer „Zeitenwende“.", "Zeitenwende", "Der Kanzler"),
    ("scare-quote", "Die sogenannte „Reform“ trat im Januar in Kraft.", None, None),
    ("job-title-without-speech", "Er arbeitete jahrelang als „Berater“ für die Firma.", None,
     None),
    ("film-title", "Der Sender zeigte am Abend den Film „Heimat“.", None, None),
    ("compound", "Der Minister nannte die Kosten für neue „Leopard“-Panzer hoch.", None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "word", "source"), [r[1:] for r in CITED], ids=[r[0] for r in CITED]
)
def test_cited_words(nlp: Language, text: str, word: str | None, source: str | None) -> None:
    quotes = _quotes(nlp, text)
    if word is None:
        assert all(len(q.text.split()) > 1 for q in quotes), [(q.form, q.text) for q in quotes]
        return
    quote = _one(quotes, word)
    assert (quote.text, quote.form, quote.source_text) == (word, "direct", source)


# (id, text, opening of the message, source as written, resolved speaker)
FRAMES = [
    ("report-of", "Nach einem Bericht der Zeitung sollen zwei Minister zurücktreten.", "sollen",
     "einem Bericht der Zeitung", "der Zeitung"),
    ("statement-of", "Nach einer Mitteilung des Ministeriums wurden drei Menschen verletzt.",
     "wurden", "einer Mitteilung des Ministeriums", "des Ministeriums"),
    ("according-noun-zufolge", "Den Angaben der örtlichen Feuerwehr zufolge brannte das Haus "
     "vollständig aus.", "brannte", "Den Angaben der örtlichen Feuerwehr",
     "der örtlichen Feuerwehr"),
    ("adverb-later", "Wladimir Putin kam nach Minsk. Später sagte er, die Gespräche seien gut "
     "gewesen.", "die Gespräche", "er", "Wladimir Putin"),
    ("adverb-before", "Zuvor hatte der Minister erklärt, er bleibe im Amt.", "er bleibe",
     "der Minister", "der Minister"),
    ("apposition-with-pp", "Karl Brandt, Vorsitzender des Vereins für das Rheinland, sagte, "
     "die Saison sei gelaufen.", "die Saison", "Karl Brandt, Vorsitzender des Vereins für das "
     "Rheinland", "Karl Brandt"),
    ("apposition-perfect", "Die Sprecherin der Stadtwerke im Landkreis, Eva Roth, hat "
     "erklärt, die Preise würden steigen.", "die Preise", "Die Sprecherin der Stadtwerke im "
     "Landkreis, Eva Roth", "Eva Roth"),
    ("relative-clause-is-no-apposition", "Karl Brandt, der den Verein leitet, sagte, die "
     "Saison sei gelaufen.", "die Saison", "Karl Brandt", "Karl Brandt"),
    ("time-word", "Gestern erklärte die Regierung, sie werde die Steuern senken.", "sie werde",
     "die Regierung", "die Regierung"),
]  # fmt: skip


# (id, text, opening of the message or None for "no frame", source mention as written)
NACH_FRAMES = [
    ("adjective-angaben", "Nach russischen Angaben wurden zwei Dörfer geräumt.", "wurden",
     "russischen Angaben"),
    ("compound-aussagen", "Nach Zeugenaussagen flüchtete der Fahrer zu Fuß.", "flüchtete",
     "Zeugenaussagen"),
    ("article-modifier-ermittlungen", "Nach den bisherigen Ermittlungen handelte der Täter "
     "allein.", "handelte", "den bisherigen Ermittlungen"),
    ("temporal-nach", "Nach dem Krieg wurde die Brücke wieder aufgebaut.", None, None),
    ("temporal-adjective", "Nach langen Verhandlungen einigten sich die Parteien.", None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening", "source"), [r[1:] for r in NACH_FRAMES], ids=[r[0] for r in NACH_FRAMES]
)
def test_nach_frames(nlp: Language, text: str, opening: str | None, source: str | None) -> None:
    quotes = _quotes(nlp, text)
    if opening is None:
        assert quotes == (), [(q.form, q.text) for q in quotes]
        return
    assert _one(quotes, opening).source_text == source


@pytest.mark.parametrize(
    ("text", "opening", "source", "speaker"), [r[1:] for r in FRAMES], ids=[r[0] for r in FRAMES]
)
def test_frames(nlp: Language, text: str, opening: str, source: str, speaker: str) -> None:
    quote = _one(_quotes(nlp, text), opening)
    assert quote.source_text == source
    assert quote.speaker == speaker
    assert quote.source_text not in {"Später", "Zuvor", "Gestern"}

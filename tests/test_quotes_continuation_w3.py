"""Reported speech acts with unusual subjects, free indirect continuation, colon introductions.

Parametrised tables per class, each with rows that must NOT yield a quote or a source. All
sentences are invented for these tests (news-like German, no corpus text).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import nkru_extract
from nkru_extract.types import Quote


@pytest.fixture(scope="module")
def nlp(nlp_embedded: Language) -> Language:
    return nlp_embedded


def _quotes(nlp: Language, text: str) -> tuple[Quote, ...]:
    return nkru_extract.extract(text, nlp=nlp).quotes


def _starting(quotes: tuple[Quote, ...], opening: str) -> list[Quote]:
    return [q for q in quotes if q.text.startswith(opening)]


# (id, text, opening words of the message or None for "no quote", source as written)
REPORTED_SUBJECTS = [
    ("passive-von-agent-als", "Die Pläne des Bürgermeisters wurden von der Gewerkschaft als "
     "Zumutung bezeichnet.", "Die Pläne", "der Gewerkschaft"),
    ("passive-agent-in-prefield", "Vom Stadtrat wurde der Neubau als Verschwendung "
     "kritisiert.", "Vom Stadtrat", "Stadtrat"),
    ("passive-vom-agent-fuer", "Das Gesetz wurde vom Verfassungsgericht für nichtig erklärt.",
     "Das Gesetz", "Verfassungsgericht"),
    ("passive-agent-before-verb", "Der Vorwurf wurde von einem Sprecher der Firma bestritten.",
     "Der Vorwurf", "einem Sprecher der Firma"),
    ("abstract-object-prefield-institution", "Eine Erhöhung der Gebühren bezeichnete die "
     "Zeitung als unvermeidlich.", "Eine Erhöhung", "die Zeitung"),
    ("abstract-object-prefield", "Eine Erhöhung der Gebühren bezeichnete der Minister als "
     "unvermeidlich.", "Eine Erhöhung", "der Minister"),
    ("speaking-prefield-before-auxiliary", "Ein Gericht in Köln hat die Strafe für den "
     "Händler bestätigt.", "Ein Gericht", "Ein Gericht in Köln"),
    ("assess-as", "Die Trainerin schätzt das Unentschieden als gerechtes Ergebnis ein.",
     "Die Trainerin", "Die Trainerin"),
    ("subject-with-apposition-and-relative-clause", "Anna Berg, eine der Ärztinnen, die den "
     "Aufruf unterzeichnet hatten, kritisierte die Pläne der Klinikleitung.", "Anna Berg",
     "Anna Berg, eine der Ärztinnen, die den Aufruf unterzeichnet hatten"),
    ("name-double-accusative", "Die Ministerin nannte den Kompromiss einen Sieg der Vernunft.",
     "Die Ministerin", "Die Ministerin"),
    ("second-main-clause", "Am Samstag feierten Tausende im Park, der Bürgermeister spricht von "
     "einem friedlichen Tag.", "der Bürgermeister", "der Bürgermeister"),
]  # fmt: skip

# rows that must not yield a reported speech act
REPORTED_NOT = [
    ("passive-agent-not-speaking", "Der Plan wurde von vielen Bürgern in der Stadt kritisiert."),
    ("passive-no-agent", "Der Plan wurde am Montag als unrealistisch bezeichnet."),
    ("abstract-prefield-no-speech-verb", "Die Entscheidung der Richter hat viele Beobachter "
     "überrascht."),
    ("second-clause-no-speaker", "Am Samstag feierten Tausende im Park, die Zahl spricht für "
     "sich."),
    ("assess-without-as", "Die Händlerin schätzt alte Möbel sehr."),
    ("passive-agent-in-prefield-no-speech-verb", "Von der Polizei wurde der Mann am Bahnhof "
     "festgenommen."),
    ("name-a-child", "Die Eltern nannten das Kind nach der Großmutter."),
    ("no-speech-verb-passive", "Der Täter wurde von der Polizei am Bahnhof festgenommen."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening", "source"),
    [row[1:] for row in REPORTED_SUBJECTS],
    ids=[row[0] for row in REPORTED_SUBJECTS],
)
def test_reported_speech_act_subjects(nlp: Language, text: str, opening: str, source: str) -> None:
    found = _starting(_quotes(nlp, text), opening)
    assert len(found) == 1, [(q.form, q.source_text, q.text) for q in _quotes(nlp, text)]
    assert found[0].form == "reported"
    assert found[0].source_text == source
    assert found[0].inherited is False


@pytest.mark.parametrize(
    "text", [row[1] for row in REPORTED_NOT], ids=[row[0] for row in REPORTED_NOT]
)
def test_reported_speech_act_rejected(nlp: Language, text: str) -> None:
    quotes = _quotes(nlp, text)
    assert not [q for q in quotes if q.form == "reported" and q.source_text], [
        (q.form, q.source_text, q.text) for q in quotes
    ]


# (id, text, source as written or None) for a direct quotation after a colon introduction
COLON_INTRODUCTIONS = [
    ("pronoun-after-verb", "Im Landtag griff sie den Innenminister scharf an: „Sie haben die "
     "Polizei im Stich gelassen.“", "sie"),
    ("object-prefield-role-after-verb", "Ihren Ärger brachte die Sprecherin des Vereins, Anna "
     "Müller, deutlich zum Ausdruck: „So geht es nicht weiter.“",
     "die Sprecherin des Vereins, Anna Müller"),
    ("prefield-with-pp-attribute", "Ihren Ärger über die Pläne des Senats brachte die "
     "Sprecherin des Vereins, Anna Keller, zum Ausdruck: „So geht es nicht weiter.“",
     "die Sprecherin des Vereins, Anna Keller"),
    ("subject-with-relative-clause", "Die Zeugin, die den Unfall beobachtet hatte, wollte nicht "
     "länger schweigen: „Der Fahrer war viel zu schnell.“", "Die Zeugin"),
    ("verbless-role", "Eine Ärztin der Klinik: „Wir arbeiten seit Tagen am Limit.“",
     "Eine Ärztin der Klinik"),
    ("previous-sentence-subject", "Die Ministerin besuchte am Montag das neue Werk. „Ein guter "
     "Tag für die ganze Region.“", "Die Ministerin"),
    ("previous-sentence-subject-with-apposition", "Die Sprecherin der Kandidatin, Eva Brandt, "
     "war seit Wochen eingeweiht. „Sie hat lange gezögert.“",
     "Die Sprecherin der Kandidatin, Eva Brandt"),
    ("previous-sentence-no-speaker", "Die Preise stiegen im Mai deutlich. „Alles wird teurer.“",
     None),
    ("so-frame-before-colon", "Die Planung sei gescheitert, so Müller weiter: „Wir fangen "
     "von vorne an.“", "Müller"),
    ("sign-no-speaker", "Auf dem Plakat der Gewerkschaft stand: „Wir bleiben hier.“", None),
    ("motto-no-speaker", "Das Motto der Demonstration: „Wir bleiben hier.“", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source"),
    [row[1:] for row in COLON_INTRODUCTIONS],
    ids=[row[0] for row in COLON_INTRODUCTIONS],
)
def test_colon_introduction_subject(nlp: Language, text: str, source: str | None) -> None:
    quotes = [q for q in _quotes(nlp, text) if q.form == "direct"]
    assert len(quotes) == 1, [(q.form, q.source_text, q.text) for q in quotes]
    assert quotes[0].source_text == source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Wir schaffen das“, sagte der Minister. Seine Hoffnung stützt sich auf frühere "
            "Verhandlungen: „Entscheidungen fallen am Ende immer.“",
            "der Minister",
        ),
        (
            "„Wir schaffen das“, sagte der Minister. Die Hoffnung stützt sich auf frühere "
            "Verhandlungen: „Entscheidungen fallen am Ende immer.“",
            None,
        ),
    ],
    ids=["possessive-intro", "article-intro-no-speaker"],
)
def test_possessive_colon_intro(nlp: Language, text: str, speaker: str | None) -> None:
    second = _starting(_quotes(nlp, text), "Entscheidungen")
    assert len(second) == 1
    assert second[0].speaker == speaker
    assert second[0].inherited is (speaker is not None)


# (id, text, opening of the Konjunktiv sentence, source as written or None)
STANCE_CONTINUATIONS = [
    ("sees-no-reason", "Die Ministerin sieht keinen Anlass zur Sorge. Die Vorräte seien bis "
     "zum Frühjahr gesichert.", "Die Vorräte", "Die Ministerin"),
    ("calm-man", "Der Konzernchef gab sich auf der Hauptversammlung gelassen. Man sei auf "
     "einen harten Winter vorbereitet.", "Man sei", "Der Konzernchef"),
    ("speaker-introduced-before", "Die Ministerin besuchte am Montag das Lager. Die Vorräte "
     "seien bis zum Frühjahr gesichert.", "Die Vorräte", "Die Ministerin"),
    ("no-speaker-before", "Der Markt öffnete am Montag pünktlich. Die Vorräte seien bis zum "
     "Frühjahr gesichert.", "Die Vorräte", None),
    ("subject-of-no-speaker", "Die Preise sehen nach einem Anstieg aus. Lediglich Brot sei "
     "billiger geworden.", "Lediglich", None),
    ("stance-article-subject", "Die Gewerkschaft ist besorgt. Die Lage in den Betrieben sei "
     "angespannt.", "Die Lage", "Die Gewerkschaft"),
    ("impersonal-man", "Man nehme drei Eier und etwas Mehl.", "Man", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening", "source"),
    [row[1:] for row in STANCE_CONTINUATIONS],
    ids=[row[0] for row in STANCE_CONTINUATIONS],
)
def test_konjunktiv_after_introducing_sentence(
    nlp: Language, text: str, opening: str, source: str | None
) -> None:
    found = _starting(_quotes(nlp, text), opening)
    assert all(q.source_text == source for q in found), [(q.form, q.source_text) for q in found]
    if source is not None:
        assert len(found) == 1
        assert found[0].speaker == source


# (id, text, source as written or None) for a content clause after a prefield speech verb
BARE_PREFIELDS = [
    ("nominalised-adjective", "Vertraute des Sängers berichteten, dass er oft am See "
     "gesessen habe.", "Vertraute des Sängers"),
    ("lower-case-name", "Die Initiative netz.werk geht davon aus, dass die Steuer bald komme.",
     "Die Initiative netz.werk"),
    ("plural-without-article", "Vertreter der Opposition werfen den Behörden vor, die Zahlen "
     "geschönt zu haben.", "Vertreter der Opposition"),
    ("wie-name-particle", "Wie de Vries darlegte, sei die Brücke seit Jahren marode.",
     "de Vries"),
    ("wie-no-source", "Wie bereits berichtet, ist die Brücke seit Montag gesperrt.", None),
    ("adverbial-prefield-no-source", "Am Abend wurde berichtet, dass die Straße gesperrt sei.",
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source"),
    [row[1:] for row in BARE_PREFIELDS],
    ids=[row[0] for row in BARE_PREFIELDS],
)
def test_bare_prefield_subject(nlp: Language, text: str, source: str | None) -> None:
    quotes = [q for q in _quotes(nlp, text) if q.form == "indirect"]
    assert len(quotes) == 1, [(q.form, q.source_text, q.text) for q in _quotes(nlp, text)]
    assert quotes[0].source_text == source


# (id, text, expected (form, message) pairs in order)
COORDINATED = [
    ("clause-and-warning", "Die Behörde teilte mit, dass die Straße gesperrt sei, und warnte vor "
     "Staus im Berufsverkehr.", [("indirect", "dass die Straße gesperrt sei"),
                                 ("reported", "warnte vor Staus im Berufsverkehr")]),
    ("coordinated-infinitives-stay", "Der Minister sagte, er werde kommen und sprechen.",
     [("indirect", "er werde kommen und sprechen")]),
    ("coordinated-in-clause-konjunktiv", "Die Polizei erklärte, der Täter sei geflohen und "
     "drohe mit weiteren Taten.",
     [("indirect", "der Täter sei geflohen und drohe mit weiteren Taten")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [row[1:] for row in COORDINATED],
    ids=[row[0] for row in COORDINATED],
)
def test_coordinated_speech_act(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    quotes = _quotes(nlp, text)
    assert [(q.form, q.text) for q in quotes] == expected
    assert len({q.source_text for q in quotes}) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Das war ein harter Winter“, sagte der Trainer Karl Brandt. Das Stadion war am "
            "Abend ausverkauft. „Wir haben neue Geldgeber gefunden.“",
            "Karl Brandt",
        ),
        (
            "„Das war ein harter Winter“, sagte der Trainer Karl Brandt. Die Managerin Anna "
            "Roth widersprach ihm. „Wir haben neue Geldgeber gefunden.“",
            "Anna Roth",
        ),
    ],
    ids=["over-neutral-sentence", "other-voice-between"],
)
def test_direct_continuation_over_neutral_sentence(nlp: Language, text: str, speaker: str) -> None:
    last = _starting(_quotes(nlp, text), "Wir haben neue")
    assert len(last) == 1
    assert last[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Die Lage in den Betrieben sei nach wie vor angespannt.", "Die Lage"),
        ("Der Schaden an den Gebäuden gehe in die Millionen.", "Der Schaden"),
    ],
    ids=["article-die", "article-der"],
)
def test_sourceless_konjunktiv_with_article(nlp: Language, text: str, opening: str) -> None:
    found = _starting(_quotes(nlp, text), opening)
    assert len(found) == 1
    assert found[0].form == "reported"
    assert found[0].source_text is None


def test_gott_sei_dank_is_no_statement(nlp: Language) -> None:
    assert not _quotes(nlp, "Gott sei Dank ist bei dem Brand niemand verletzt worden.")

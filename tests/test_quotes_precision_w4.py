"""Precision of the attributor: words and verbs that look like speech cues but are none.

Parametrised tables per class, each with rows that must still yield a statement and rows that
must not. All sentences are invented for these tests (news-like German, no corpus text).
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
    return [q for q in quotes if opening in q.text[: len(opening) + 12]]


def _show(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None, str]]:
    return [(q.form, q.source_text, q.text) for q in quotes]


# (id, text, words of the sentence after "Danach", source as written or None for no statement)
DANACH = [
    ("konjunktiv", "Der Verband legte am Montag seinen Jahresbericht vor. Danach seien die "
     "Mitgliederzahlen im vierten Jahr in Folge gesunken.", "seien die", "Danach"),
    ("after-published-figures", "Die Sparkasse veröffentlichte am Dienstag ihre Halbjahreszahlen. "
     "Danach verbuchte das Institut einen Gewinn von zwei Millionen Euro.", "verbuchte das",
     "Danach"),
    ("after-a-study", "Am Freitag erschien eine neue Studie zur Mobilität auf dem Land. Danach "
     "besitzen drei von vier Haushalten mindestens zwei Autos.", "besitzen drei", "Danach"),
    ("temporal-after-event", "Der Zug hielt kurz vor dem Bahnhof an. Danach stiegen alle "
     "Fahrgäste in Busse um.", "stiegen alle", None),
    ("temporal-after-career-step", "Die Ärztin leitete zehn Jahre lang die Klinik in Kassel. "
     "Danach wechselte sie an die Universität nach Marburg.", "wechselte sie", None),
    ("temporal-fire", "Im Keller des Hauses explodierte eine Gasflasche. Danach brach im "
     "ganzen Gebäude Feuer aus.", "brach im", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening", "source"),
    [row[1:] for row in DANACH],
    ids=[row[0] for row in DANACH],
)
def test_danach_source(nlp: Language, text: str, opening: str, source: str | None) -> None:
    quotes = _quotes(nlp, text)
    found = _starting(quotes, opening)
    if source is None:
        assert not [q for q in found if q.source_text == "Danach"], _show(quotes)
    else:
        assert len(found) == 1, _show(quotes)
        assert found[0].source_text == source


# (id, text) with a word spelled like a speech verb that is no verb: no sourced statement
NOT_CUE_WORDS = [
    ("offenbar-adverb", "Die Stadtwerke haben offenbar die Kosten der Sanierung unterschätzt."),
    ("offenbar-copula", "Der Rückgang der Besucherzahlen ist offenbar eine Folge des Wetters."),
    ("aeusserst-adverb", "Die beiden Vereine liegen in der Tabelle äußerst knapp beieinander."),
    ("possessive-meine", "Meine Nachbarn fahren jeden Sommer an die Ostsee."),
]  # fmt: skip


@pytest.mark.parametrize(
    "text", [row[1] for row in NOT_CUE_WORDS], ids=[row[0] for row in NOT_CUE_WORDS]
)
def test_not_cue_words(nlp: Language, text: str) -> None:
    quotes = _quotes(nlp, text)
    assert not [q for q in quotes if q.source_text], _show(quotes)


# (id, text, opening of the message, source as written): the verb forms still count
CUE_WORDS_KEPT = [
    ("meinen-verb", "Die Kritiker meinen, die Reform komme viel zu spät.", "die Reform",
     "Die Kritiker"),
    ("offenbarte-verb", "Der Trainer offenbarte, er habe schon im Winter an Rücktritt gedacht.",
     "er habe", "Der Trainer"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening", "source"),
    [row[1:] for row in CUE_WORDS_KEPT],
    ids=[row[0] for row in CUE_WORDS_KEPT],
)
def test_cue_words_kept(nlp: Language, text: str, opening: str, source: str) -> None:
    quotes = _quotes(nlp, text)
    found = _starting(quotes, opening)
    assert len(found) == 1, _show(quotes)
    assert found[0].source_text == source


# (id, text) with a speech verb in a sense that reports no statement: no reported speech act
NOT_SPEECH_ACTS = [
    ("bemerken-notice", "Der Fahrer bemerkte den Schaden am Reifen erst auf der Autobahn."),
    ("feststellen-find", "Die Prüfer stellten bei der Kontrolle der Kühlhäuser erhebliche Mängel "
     "fest."),
    ("darstellen-constitute", "Der neue Tunnel stellt eine wichtige Verbindung zwischen den "
     "beiden Tälern dar."),
    ("ausrufen-declare", "Der Landrat hat wegen des Hochwassers den Katastrophenfall ausgerufen."),
    ("zurueckrufen-recall", "Der Hersteller ruft eine Charge seiner Kinderwagen zurück."),
    ("entscheiden-decide", "Die Kapitänin entschied sich wegen des Sturms für einen anderen "
     "Hafen."),
    ("drohen-about-to", "Das alte Lagerhaus droht nach dem Brand einzustürzen."),
    ("drohen-penalty", "Dem Fahrer droht nun eine Geldstrafe von mehreren tausend Euro."),
    ("fordern-casualties", "Der Wirbelsturm forderte in der Region mindestens zwölf Todesopfer."),
    ("verurteilen-sentence", "Das Landgericht hat den Angeklagten zu einer Haftstrafe von drei "
     "Jahren verurteilt."),
    ("sprechen-mit", "Die Ermittler haben inzwischen mit der Nachbarin des Opfers gesprochen."),
    ("festhalten-hold", "Zwei Passanten hielten den flüchtenden Dieb bis zum Eintreffen der "
     "Polizei fest."),
    ("sich-melden", "Der Erpresser wollte sich am Abend noch einmal bei der Familie melden."),
    ("sich-versprechen", "Von der neuen Sorte versprechen sich die Bauern eine bessere Ernte."),
    ("beschliessen", "Der Gemeinderat hat am Dienstag einstimmig den Bau einer Sporthalle "
     "beschlossen."),
    ("abstract-subject", "Die Verlegung der Haltestelle bestätigt die Befürchtungen der "
     "Anwohner."),
    ("sprechen-fuer-evidence", "Die jüngsten Umfragewerte sprechen klar für die "
     "Amtsinhaberin."),
    ("aeussern-sich", "Der Vorstand der Bank äußerte sich am Mittwoch nicht zu den "
     "Vorwürfen."),
]  # fmt: skip


@pytest.mark.parametrize(
    "text", [row[1] for row in NOT_SPEECH_ACTS], ids=[row[0] for row in NOT_SPEECH_ACTS]
)
def test_not_speech_acts(nlp: Language, text: str) -> None:
    quotes = _quotes(nlp, text)
    assert not [q for q in quotes if q.form == "reported" and q.source_text], _show(quotes)


# (id, text, source as written): the same verbs as speech acts
SPEECH_ACTS_KEPT = [
    ("drohen-mit", "Die Gewerkschaft drohte der Geschäftsführung mit einem unbefristeten Streik.",
     "Die Gewerkschaft"),
    ("fordern-demand", "Die Elternvertreter forderten mehr Lehrkräfte für die Grundschulen.",
     "Die Elternvertreter"),
    ("verurteilen-condemn", "Der Bürgermeister verurteilte den Angriff auf die Unterkunft "
     "scharf.", "Der Bürgermeister"),
    ("sprechen-ueber", "Die Ministerin sprach mit Landwirten über die neuen Düngeregeln.",
     "Die Ministerin"),
    ("aeussern-object", "Die Opposition äußerte erhebliche Zweifel an dem Haushaltsplan.",
     "Die Opposition"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source"),
    [row[1:] for row in SPEECH_ACTS_KEPT],
    ids=[row[0] for row in SPEECH_ACTS_KEPT],
)
def test_speech_acts_kept(nlp: Language, text: str, source: str) -> None:
    quotes = _quotes(nlp, text)
    assert [q.source_text for q in quotes if q.form == "reported"] == [source], _show(quotes)


# (id, text) naming with "nennen" and bracketed cross-references: no sourced statement
NAMING_AND_CROSS_REFERENCES = [
    ("genannt-after-name", "Das neue Modell, auch „Blitz“ genannt, kommt im Frühjahr in den "
     "Handel."),
    ("genannt-before-name", "Die Brücke, genannt „Nadelöhr“, wird ab Montag gesperrt."),
    ("wie-genannt-wurde", "„Der Fuchs“, wie der Torwart genannt wurde, beendet seine Karriere."),
    ("nennt-sich", "Seit dem Umzug nennt sich der Verein „Eintracht Nord“."),
    ("nennt-man", "Diesen Vorgang nennt man in der Fachsprache eine Inversion."),
    ("bracketed-berichtete", "Nach dem Unwetter im Mai (die Zeitung berichtete) hat die Stadt "
     "die Deiche erhöht."),
]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [row[1] for row in NAMING_AND_CROSS_REFERENCES],
    ids=[row[0] for row in NAMING_AND_CROSS_REFERENCES],
)
def test_naming_and_cross_references(nlp: Language, text: str) -> None:
    quotes = _quotes(nlp, text)
    assert not [q for q in quotes if q.source_text], _show(quotes)


# (id, text, source as written): "nennen" as a speech act stays
NENNEN_KEPT = [
    ("nannte-double-accusative", "Die Ministerin nannte den Kompromiss einen Sieg der Vernunft.",
     "Die Ministerin"),
    ("als-grund-genannt-passive", "Als Grund wurde von der Firma genannt, dass die Nachfrage "
     "eingebrochen sei.", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source"),
    [row[1:] for row in NENNEN_KEPT],
    ids=[row[0] for row in NENNEN_KEPT],
)
def test_nennen_kept(nlp: Language, text: str, source: str | None) -> None:
    quotes = _quotes(nlp, text)
    assert quotes, "a statement is expected"
    if source is not None:
        assert [q.source_text for q in quotes] == [source], _show(quotes)


# (id, text, opening of the second sentence, whether it continues the first statement)
WEAK_CONTINUATIONS = [
    ("main-clause-koennte", "Die Forscherin sagte, der Impfstoff sei gut verträglich. Er könnte "
     "schon im Herbst zugelassen werden.", "Er könnte", True),
    ("main-clause-soll", "Der Sprecher erklärte, die Halle sei verkauft. Dort soll ein "
     "Supermarkt entstehen.", "Dort soll", True),
    ("modal-in-relative-clause", "Der Sprecher erklärte, die Halle sei verkauft. Die Stadt "
     "besitzt noch drei Grundstücke, die ebenfalls verkauft werden sollen.", "Die Stadt", False),
    ("konjunktiv-ii-in-subordinate", "Die Trainerin sagte, das Team sei bereit. Der Verein "
     "steht auf Platz vier, weil zwei Spiele verloren gingen, die man hätte gewinnen müssen.",
     "Der Verein", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "opening", "continues"),
    [row[1:] for row in WEAK_CONTINUATIONS],
    ids=[row[0] for row in WEAK_CONTINUATIONS],
)
def test_weak_continuation(nlp: Language, text: str, opening: str, continues: bool) -> None:
    quotes = _quotes(nlp, text)
    found = [q for q in _starting(quotes, opening) if q.inherited]
    assert bool(found) is continues, _show(quotes)


# (id, text, whether a statement is reported): adjective "bekannt" (known) against
# "bekannt werden" (become known, a report without a named source)
BEKANNT = [
    ("ist-nicht-bekannt", "Die Ursache des Feuers ist noch nicht bekannt, die Polizei "
     "ermittelt.", False),
    ("es-ist-nicht-bekannt-ob", "Es ist nicht bekannt, ob die Firma ein neues Angebot "
     "vorlegen wird.", False),
    ("war-bekannt-fuer", "Der Sänger war bekannt für seine langen Konzerte, er spielte oft "
     "vier Stunden.", False),
    ("wurde-bekannt-dass", "Am Montag wurde bekannt, dass der Trainer den Verein im Sommer "
     "verlässt.", True),
    ("war-bekannt-geworden", "Zuvor war bekannt geworden, dass die Stadt das Freibad "
     "schließen will.", True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reported"), [row[1:] for row in BEKANNT], ids=[row[0] for row in BEKANNT]
)
def test_bekannt(nlp: Language, text: str, reported: bool) -> None:
    quotes = [q for q in _quotes(nlp, text) if q.cue == "bekannt"]
    assert bool(quotes) is reported, _show(_quotes(nlp, text))


# (id, text) perception "bemerken" in a temporal clause and comparative "wie erwartet":
# no sourced statement
NOTICE_AND_COMPARISON = [
    ("als-bemerkte-dass", "Als der Wachmann bemerkte, dass die Tür offen stand, rief er die "
     "Polizei."),
    ("nachdem-bemerkt", "Die Fahrerin hielt an, nachdem sie den Rauch unter der Motorhaube "
     "bemerkt hatte."),
    ("wie-erwartet", "Die Preise stiegen im Winter nicht so stark, wie zunächst erwartet, "
     "die Händler sind erleichtert."),
    ("wie-man-befuerchtet", "Der Schaden ist so groß, wie man befürchtet hatte, die Reparatur "
     "dauert Wochen."),
]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [row[1] for row in NOTICE_AND_COMPARISON],
    ids=[row[0] for row in NOTICE_AND_COMPARISON],
)
def test_notice_and_comparison(nlp: Language, text: str) -> None:
    quotes = _quotes(nlp, text)
    assert not [
        q for q in quotes if q.cue and q.cue.startswith(("bemerk", "erwart", "befürcht"))
    ], _show(quotes)


# (id, text, source as written): "bemerken" as a remark and a "wie" frame with a speaker stay
REMARK_KEPT = [
    ("bemerkte-remark", "Die Ministerin bemerkte, die Reform sei längst überfällig.",
     "Die Ministerin"),
    ("wie-sie-erwartet", "Wie die Ökonomin erwartet, werden die Zinsen bald wieder sinken.",
     "die Ökonomin"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source"), [row[1:] for row in REMARK_KEPT], ids=[row[0] for row in REMARK_KEPT]
)
def test_remark_kept(nlp: Language, text: str, source: str) -> None:
    quotes = _quotes(nlp, text)
    assert [q.source_text for q in quotes] == [source], _show(quotes)

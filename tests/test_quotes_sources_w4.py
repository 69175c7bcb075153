"""Source mentions of found statements: their full extent (attachments, appositions, names).

Every sentence is written for these tests. Each row gives a sentence, the opening words of the
statement and the source mention the sentence gives for it (``None``: the statement has no
source); rows with ``None`` as the opening words must yield no quote at all.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import nkru_extract
from tests.test_quotes_subjects_w3 import _quote

# (id, text, opening words of the statement or None, expected source mention)
ROWS: list[tuple[str, str, str | None, str | None]] = [
    # 1. a place or origin PP closing the prefield before the finite verb belongs to the source
    (
        "pp-before-verb-in",
        "Die Polizei in Bonn meldete, dass zwei Autos gestohlen worden seien.",
        "dass zwei Autos",
        "Die Polizei in Bonn",
    ),
    (
        "pp-before-verb-aus",
        "Wie die Ärztin aus dem Klinikteam erklärte, sei der Eingriff gut verlaufen.",
        "sei der Eingriff",
        "die Ärztin aus dem Klinikteam",
    ),
    (
        "pp-before-verb-according",
        "Nach Angaben des Wetterdienstes in Offenbach droht am Wochenende strenger Frost.",
        "droht am Wochenende",
        "Angaben des Wetterdienstes in Offenbach",
    ),
    (
        "pp-before-verb-laut",
        "Laut der Gewerkschaft in Hamburg streiken morgen die Hafenarbeiter.",
        "streiken morgen",
        "der Gewerkschaft in Hamburg",
    ),
    (
        "pp-after-verb-comma",
        "Ein Sprecher der Stadtwerke in Kassel sagte, die Leitungen seien repariert.",
        "die Leitungen",
        "Ein Sprecher der Stadtwerke in Kassel",
    ),
    # 2. names with an apostrophe stay whole
    (
        "name-elided-particle",
        "Wie die Banca d'Italia mitteilte, sinken die Zinsen.",
        "sinken die Zinsen",
        "die Banca d'Italia",
    ),
    (
        "name-split-apostrophe",
        "Sie seien gesund, sagte Mark O’Brien, der Sprecher der Klinik.",
        "Sie seien gesund",
        "Mark O’Brien, der Sprecher der Klinik",
    ),
    # 3. a role phrase apposed before the name belongs to the source
    (
        "apposed-role-before-particle",
        "Jetzt gab der Leiter der Feuerwache, Peter Brandt, bekannt, dass der Brand gelöscht sei.",
        "dass der Brand",
        "der Leiter der Feuerwache, Peter Brandt",
    ),
    (
        "apposed-role-prefield",
        "Ein Sprecher der Stadtwerke, Ingenieur Paul Weber sagte, die Leitung sei repariert.",
        "die Leitung",
        "Ein Sprecher der Stadtwerke, Ingenieur Paul Weber",
    ),
    # 4. a plural common noun after a name starts the next phrase; a name's own noun stays
    (
        "name-then-plural-object",
        "Bisher liegen laut Siemens Bestellungen für zwölf Züge vor.",
        "Bisher liegen Bestellungen",
        "Siemens",
    ),
    (
        "name-with-singular-noun",
        "Die Zahl der Lehrer sinkt laut Bertelsmann Stiftung deutlich.",
        "Die Zahl der Lehrer sinkt deutlich",
        "Bertelsmann Stiftung",
    ),
    # 5. a capitalised adjective opening the sentence belongs to the source phrase
    (
        "initial-adjective-zufolge",
        "Amtlichen Angaben zufolge brannten drei Scheunen ab.",
        "brannten drei Scheunen ab",
        "Amtlichen Angaben",
    ),
    (
        "initial-noun-zufolge",
        "Fachleuten zufolge steigen die Mieten weiter.",
        "steigen die Mieten weiter",
        "Fachleuten",
    ),
    # 6. lower-case outlet names; "für" attributes of institutions and roles
    (
        "lower-case-outlet-subject",
        "Die taz berichtet, die Fahrer hätten gestreikt.",
        "die Fahrer hätten",
        "Die taz",
    ),
    ("lower-case-outlet-laut", "Laut dpa streiken die Piloten.", "streiken die Piloten", "dpa"),
    (
        "fuer-institution",
        "Die Anstalt für Straßenbau teilte mit, die Brücke sei marode.",
        "die Brücke sei marode",
        "Die Anstalt für Straßenbau",
    ),
    (
        "fuer-role-apposed",
        "Gestern hatte der Investor für das Stadion, Karl Simmons, versichert, er zahle alles.",
        "er zahle alles",
        "der Investor für das Stadion, Karl Simmons",
    ),
    # 7. the agent of a perfect passive; the dative of "vorwerfen" is no source
    (
        "passive-agent-von-seiten",
        "Von Seiten der Gewerkschaft war den Firmen vorgeworfen worden, die Löhne zu drücken.",
        "die Löhne zu drücken",
        "der Gewerkschaft",
    ),
    (
        "passive-agent-seitens",
        "Seitens der Stadt wurde betont, die Straße bleibe offen.",
        "die Straße bleibe offen",
        "der Stadt",
    ),
    (
        "passive-dative-no-source",
        "Den Arbeitgebern war vorgeworfen worden, die Löhne zu drücken.",
        "die Löhne zu drücken",
        None,
    ),
    # 8. a focus particle before the prefield subject is not part of it
    (
        "focus-particle-einzig",
        "Einzig Siemens gab bekannt, die Preise zu senken.",
        "die Preise zu senken",
        "Siemens",
    ),
    # 9. an outlet's own medium: "in ihrer Ausgabe"; a speaker's own speech stays outside
    (
        "outlet-own-medium",
        "Wie die Fachzeitung in ihrer Onlineausgabe berichtet, ist auch Peru betroffen.",
        "ist auch Peru betroffen",
        "die Fachzeitung in ihrer Onlineausgabe",
    ),
    (
        "speaker-own-speech-outside",
        "Die Ministerin sagte in ihrer Rede, die Lage sei ernst.",
        "die Lage sei ernst",
        "Die Ministerin",
    ),
    # 10. "vom" with a quoted organisation name
    (
        "vom-quoted-name",
        "Das sei kein Problem, sagte Jana Berg vom „Kollektiv Nordlicht“ gestern.",
        "Das sei kein Problem",
        "Jana Berg vom „Kollektiv Nordlicht“",
    ),
    # 11. a short quoted name after a noun belongs to it; a quoted lower-case phrase does not
    (
        "quoted-object-after-subject",
        "Im Urteil äußerten die Richter „erhebliche rechtliche Zweifel“ an dem Vertrag.",
        "erhebliche rechtliche Zweifel",
        "die Richter",
    ),
    (
        "quoted-name-after-noun",
        "Die Zeitung „Nordkurier“ berichtete, die Fähre falle aus.",
        "die Fähre falle aus",
        "Die Zeitung „Nordkurier“",
    ),
    # 12. a demonstrative pronoun before a name is the subject alone
    (
        "demonstrative-before-name",
        "Nach dem Treffen beschuldigte dieser Frankreich, den Plan zu blockieren.",
        "den Plan zu blockieren",
        "dieser",
    ),
    (
        "demonstrative-determiner",
        "Dieser Sprecher sagte, die Lage sei ruhig.",
        "die Lage sei ruhig",
        "Dieser Sprecher",
    ),
    # 13. genitive plural quantifiers open an attribute: "aller Parteien", "beider Seiten"
    (
        "genitive-aller-extended",
        "Vertreter aller im Landtag vertretenen Parteien warnten, die Gefahr werde unterschätzt.",
        "die Gefahr werde",
        "Vertreter aller im Landtag vertretenen Parteien",
    ),
    (
        "genitive-beider",
        "Sprecher beider Seiten erklärten, die Gespräche seien gescheitert.",
        "die Gespräche seien",
        "Sprecher beider Seiten",
    ),
    # no statement: a place PP before a verb that reports nothing
    ("pp-no-speech-verb", "Die Kinder in Bonn spielten am Nachmittag im Garten.", None, None),
]


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

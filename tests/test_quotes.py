"""Quote attribution on the embedded pipeline: one table row per construction.

Inline markup (edsnlp style): ``<q>...</q>`` marks each part of the expected message (several
``<q>`` for an interrupted quotation), ``<s>...</s>`` the local speaker mention. All sentences
are written for these tests (news-like German).
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import nkru_extract
from nkru_extract.errors import InputTypeError
from nkru_extract.quotes.attribute import attribute_quotes
from nkru_extract.quotes.component import QuoteAttributor
from nkru_extract.quotes.marks import find_quotations
from nkru_extract.types import Quote

_TAG = re.compile(r"</?[qs]>")


@pytest.fixture(scope="module")
def nlp_quotes() -> Language:
    """The embedded backbone with the quote attributor only (no entity extractor).

    Construction rows test the attributor's own rules, including its fallback name heuristic;
    the seed tests (``test_quotes_seeds.py``) run the full pipeline.
    """
    return nkru_extract.load("embedded", components=("nkru_numbers", "nkru_quotes"))


def parse_markup(marked: str) -> tuple[str, list[tuple[int, int]], tuple[int, int] | None]:
    """Plain text, message parts and speaker range from inline markup."""
    text = ""
    parts: list[tuple[int, int]] = []
    speaker: tuple[int, int] | None = None
    open_at: dict[str, int] = {}
    pos = 0
    for match in _TAG.finditer(marked):
        text += marked[pos : match.start()]
        pos = match.end()
        tag = match.group()
        name = tag.strip("</>")
        if tag.startswith("</"):
            if name == "q":
                parts.append((open_at.pop(name), len(text)))
            else:
                speaker = (open_at.pop(name), len(text))
        else:
            open_at[name] = len(text)
    text += marked[pos:]
    return text, parts, speaker


def find_quote(quotes: tuple[Quote, ...], parts: list[tuple[int, int]]) -> Quote | None:
    return next((q for q in quotes if list(q.parts) == parts), None)


# (id, marked text, kind, expected speaker (canonical), expected outlet or None)
ROWS = [
    # --- direct quotes: every quote style -------------------------------------------------
    (
        "low-high",
        "„<q>Wir werden nicht aufgeben</q>“, sagte <s>Ministerin Anna Berger</s>.",
        "direct",
        "Anna Berger",
        None,
    ),
    (
        "english",
        "<s>Der Sprecher Jan Hofer</s> sagte: “<q>Die Lage ist ernst.</q>”",
        "direct",
        "Jan Hofer",
        None,
    ),
    (
        "guillemets-de",
        "»<q>Das ist ein großer Erfolg</q>«, erklärte <s>Peter Krause</s>.",
        "direct",
        "Peter Krause",
        None,
    ),
    (
        "guillemets-ch",
        "«<q>Wir sind bereit</q>», sagt <s>Martin Keller</s>.",
        "direct",
        "Martin Keller",
        None,
    ),
    (
        "single-guillemets",
        "›<q>Wir bleiben hier</q>‹, sagte <s>Lukas Frei</s>.",
        "direct",
        "Lukas Frei",
        None,
    ),
    (
        "straight",
        '<s>Claudia Brandt</s> sagte: "<q>Das stimmt nicht.</q>"',
        "direct",
        "Claudia Brandt",
        None,
    ),
    (
        "latex",
        "<s>Thomas Wolf</s> sagte: ``<q>Wir prüfen das.</q>''",
        "direct",
        "Thomas Wolf",
        None,
    ),
    (
        "nested-kept",
        "„<q>Er nannte es ‚einen schweren Fehler‘ und ging</q>“, sagte <s>Eva Roth</s>.",
        "direct",
        "Eva Roth",
        None,
    ),
    (
        "interrupted",
        "„<q>Wir werden</q>“, sagte <s>Anna Berger</s>, „<q>nicht aufgeben.</q>“",
        "direct",
        "Anna Berger",
        None,
    ),
    (
        "paragraphs",
        "<s>Thomas Wolf</s> sagte:\n\n„<q>Der erste Absatz endet hier.</q>\n\n„<q>Der zweite "
        "Absatz schließt das Zitat.</q>“",
        "direct",
        "Thomas Wolf",
        None,
    ),
    (
        "colon-previous-paragraph",
        "In der Zeitung wird <s>der Politiker Karl Meier</s> zitiert:\n\n"
        "«<q>Das ist ein historischer Tag!</q>»",
        "direct",
        "Karl Meier",
        None,
    ),
    (
        "colon-apposition",
        "Im Fernsehen sagte <s>der Experte, Oberst der Reserve Igor Korotschenko</s>: "
        '"<q>Wir sollten das Angebot annehmen.</q>"',
        "direct",
        "Igor Korotschenko",
        None,
    ),
    (
        "addressee-not-speaker",
        "Kremlsprecher Dmitri Peskow äußerte sich am Abend. „<q>Wir verhandeln "
        "nicht</q>“, sagte <s>Peskow</s> der Zeitung «Kommersant».",
        "direct",
        "Dmitri Peskow",
        None,
    ),
    (
        "channel-not-speaker",
        "<s>Ein Mitarbeiter des Ministeriums</s> erklärte gegenüber dem SPIEGEL: "
        '"<q>Das Ziel ist erreicht.</q>"',
        "direct",
        "Ein Mitarbeiter des Ministeriums",
        None,
    ),
    (
        "zitiert-object",
        "Die Lage sei ernst, so zitiert Reuters <s>den Abgeordneten Lee Min-ho</s>, "
        '"<q>und sie wird schlimmer.</q>"',
        "direct",
        "Lee Min-ho",
        "Reuters",
    ),
    # --- partial quotes ---------------------------------------------------------------------
    (
        "partial",
        "Der Experte Igor Korotschenko sagte, die Lage sei klar. Aus praktischer Sicht sei "
        "«<q>alles ganz einfach</q>».",
        "partial",
        "Igor Korotschenko",
        None,
    ),
    # --- indirect speech: speech verbs --------------------------------------------------------
    (
        "dass-clause",
        "<s>Der Minister</s> sagte, <q>dass die Hilfe bald komme</q>.",
        "indirect",
        "Der Minister",
        None,
    ),
    (
        "konjunktiv-clause",
        "<s>Die Polizei</s> teilte mit, <q>der Verdächtige sei gefasst worden</q>.",
        "indirect",
        "Die Polizei",
        None,
    ),
    (
        "gab-bekannt",
        "<s>Das Ministerium</s> gab bekannt, <q>die Grenze bleibe geschlossen</q>.",
        "indirect",
        "Das Ministerium",
        None,
    ),
    (
        "fuegte-hinzu",
        "<q>Man werde die Lage genau prüfen</q>, fügte <s>der Sprecher</s> hinzu.",
        "indirect",
        "der Sprecher",
        None,
    ),
    (
        "after-quoted-title-sentence",
        "Sie demonstrierten unter dem Motto „Nie wieder Krieg!“ <s>Der Bürgermeister</s> "
        "sagte, <q>die Kritik müsse man hinnehmen</q>.",
        "indirect",
        "Der Bürgermeister",
        None,
    ),
    (
        "perfect-long-middle-field",
        "<s>Anna Berg, die Vorsitzende des Vereins</s>, hat in einem Interview mit der Zeitung "
        "(Ausgabe vom Montag, bzw. online) gefordert, <q>die Gebühren müssten sinken</q>.",
        "indirect",
        "Anna Berg",
        None,
    ),
    (
        "second-main-clause-shares-subject",
        "<s>Der Minister</s> wollte sich nicht festlegen, sagte aber, <q>die Lage sei ernst</q>.",
        "indirect",
        "Der Minister",
        None,
    ),
    (
        "passive-subject-is-no-speaker",
        "Dem Berater wird vorgeworfen, <q>er habe die Akten vernichtet</q>.",
        "indirect",
        None,
        None,
    ),
    (
        "zufolge-with-place",
        "<q>Die Brücke bleibt gesperrt</q>, <s>einem Sprecher des Landratsamts in Passau</s> "
        "zufolge.",
        "indirect",
        "einem Sprecher des Landratsamts in Passau",
        None,
    ),
    (
        "aus-x-verlautete",
        "Aus <s>Regierungskreisen</s> verlautete, <q>der Plan sei vom Tisch</q>.",
        "indirect",
        "Regierungskreisen",
        None,
    ),
    (
        "passive-agent-von",
        "Es wurde von <s>der Feuerwehr</s> betont, <q>dass niemand verletzt worden sei</q>.",
        "indirect",
        "der Feuerwehr",
        None,
    ),
    (
        "passive-in-report",
        "In <s>einem Bericht der Behörde</s> wurde vermutet, <q>dass die Anlage undicht sei</q>.",
        "indirect",
        "einem Bericht der Behörde",
        None,
    ),
    (
        "so-x-weiter",
        "<q>Die Kosten würden weiter steigen</q>, so <s>der Kämmerer</s> weiter.",
        "indirect",
        "der Kämmerer",
        None,
    ),
    (
        "kuendigte-an",
        "<s>Die Regierung</s> kündigte an, <q>sie werde die Steuern senken</q>.",
        "indirect",
        "Die Regierung",
        None,
    ),
    (
        "inverted-konjunktiv",
        "<q>Die Gespräche seien gescheitert</q>, erklärte <s>Außenminister Peter "
        "Lang</s> am Abend.",
        "indirect",
        "Peter Lang",
        None,
    ),
    # --- prepositional and adverbial frames ---------------------------------------------------
    ("laut", "Laut <s>Polizei</s> <q>gab es drei Verletzte</q>.", "indirect", "Polizei", None),
    (
        "nach-angaben",
        "Nach <s>Angaben der Feuerwehr</s> <q>brach das Feuer am Morgen aus</q>.",
        "indirect",
        "der Feuerwehr",
        None,
    ),
    (
        "zufolge",
        "<s>Westlichen Geheimdiensten</s> zufolge <q>sind die Truppen bereits eingetroffen</q>.",
        "indirect",
        "Westlichen Geheimdiensten",
        None,
    ),
    (
        "so-x",
        "<q>Die Verhandlungen seien gescheitert</q>, so <s>Außenminister Peter Lang</s>.",
        "indirect",
        "Peter Lang",
        None,
    ),
    (
        "wie-x-sagte",
        "Wie <s>ein Sprecher der Stadt</s> sagte, <q>wird die Brücke gesperrt</q>.",
        "indirect",
        "ein Sprecher der Stadt",
        None,
    ),
    (
        "gemaess",
        "Gemäß <s>der Staatsanwaltschaft</s> <q>ist der Mann dringend verdächtig</q>.",
        "indirect",
        "der Staatsanwaltschaft",
        None,
    ),
    (
        "heisst-es-in",
        "<q>Die Lieferungen würden fortgesetzt</q>, heißt es in der Erklärung "
        "<s>der Regierung</s>.",
        "indirect",
        "der Regierung",
        None,
    ),
    (
        "unter-berufung",
        "<q>Die Armee habe neue Truppen verlegt</q>. Das berichtet <s>die Agentur Reuters</s> "
        "unter Berufung auf Regierungskreise.",
        "indirect",
        "Regierungskreise",
        "die Agentur Reuters",
    ),
    (
        "heisst-es-after-quote",
        "„<q>Wir halten an dem Plan fest</q>“, heißt es in einer Erklärung <s>der Regierung</s>.",
        "direct",
        "der Regierung",
        None,
    ),
    (
        "subject-relative-clause",
        "<s>Karl Berg</s>, der den Verband seit Jahren führt, erinnerte "
        "daran, <q>dass die Zahlen gestiegen seien</q>.",
        "indirect",
        "Karl Berg",
        None,
    ),
    (
        "subject-apposition",
        "<s>Hans Moor, der Vorsitzende der Kommission</s>, sagte vor der Presse, "
        "<q>dass die Wahl gültig sei</q>.",
        "indirect",
        "Hans Moor",
        None,
    ),
    (
        "wie-bekannt-gab",
        "Wie <s>die Bank</s> bekannt gab, <q>tritt der Chef zurück</q>.",
        "indirect",
        "die Bank",
        None,
    ),
    (
        "colon-any-verb",
        "Im Parlament warb <s>die Ministerin Eva Kurz</s> mit den Worten: "
        "„<q>Wir brauchen dieses Gesetz jetzt.</q>“",
        "direct",
        "Eva Kurz",
        None,
    ),
    (
        "correlate-dass",
        "<s>Das Gericht</s> ging davon aus, <q>dass der Täter allein handelte</q>.",
        "indirect",
        "Das Gericht",
        None,
    ),
    (
        "wie-x-apposition-verb-final",
        "<q>Der Druck sei hoch</q>, wie <s>Karl Brand, Chef der Firma Nordwerk</s>, mitteilte.",
        "indirect",
        "Karl Brand",
        None,
    ),
    (
        "dative-after-name",
        "„<q>Wir haben keine Informationen</q>“, sagte <s>Kremlsprecher Dmitri Peskow</s> der "
        "Agentur Interfax.",
        "direct",
        "Dmitri Peskow",
        None,
    ),
    (
        "pronoun-sie",
        "Die Außenministerin Anna Berger reiste nach Kiew. „<q>Wir stehen an Ihrer Seite</q>“, "
        "sagte <s>sie</s>.",
        "direct",
        "Anna Berger",
        None,
    ),
    # --- continuation and unnamed sources -------------------------------------------------------
    (
        "konjunktiv-continues",
        "<s>Der Minister Hans Vogt</s> sagte, die Lage sei ernst. <q>Man müsse "
        "schnell handeln</q>.",
        "indirect",
        "Hans Vogt",
        None,
    ),
    (
        "reportative-soll",
        "<q>Nordkorea soll Russland Soldaten angeboten haben</q>.",
        "reported",
        None,
        None,
    ),
    (
        "berichten-zufolge",
        "Berichten zufolge <q>sind die Soldaten bereits in Russland</q>.",
        "reported",
        None,
        None,
    ),
    # --- speaker resolution --------------------------------------------------------------------
    (
        "pronoun",
        "Der Forscher Fyodor Tertitskiy lebt in Seoul. <s>Er</s> sagte, <q>Nordkorea schicke "
        "keine Soldaten</q>.",
        "indirect",
        "Fyodor Tertitskiy",
        None,
    ),
    (
        "description",
        "Der Militärexperte Igor Korotschenko trat im Fernsehen auf. <q>Die Freiwilligen "
        "sollten auch kämpfen</q>, erklärte <s>der Militärexperte</s>.",
        "indirect",
        "Igor Korotschenko",
        None,
    ),
    (
        "age-description",
        "Der 58-jährige Unternehmer Karl Brandt trat zurück. <q>Er habe Fehler "
        "gemacht</q>, sagte <s>der 58-Jährige</s>.",
        "indirect",
        "Karl Brandt",
        None,
    ),
    (
        "surname",
        "Die Ökonomin Maria Schulz warnte vor einer Rezession. „<q>Die Lage ist ernst.</q>“, "
        "sagte <s>Schulz</s>.",
        "direct",
        "Maria Schulz",
        None,
    ),
    # --- reported clause after "<cue>," starting with an article (not a relative clause) ---
    (
        "cue-comma-das-sei",
        "<s>Die Ministerin</s> sagte, <q>das sei ein Fehler gewesen</q>.",
        "indirect",
        "Die Ministerin",
        None,
    ),
    (
        "cue-comma-article-adjective",
        "<s>Anna Berger</s> erklärte, <q>die neuen Regeln seien überfällig</q>.",
        "indirect",
        "Anna Berger",
        None,
    ),
    (
        "cue-comma-der-adjective",
        "<s>Der Bürgermeister</s> betonte, <q>der alte Bahnhof werde abgerissen</q>.",
        "indirect",
        "Der Bürgermeister",
        None,
    ),
    (
        "particle-comma-das",
        "<s>Die Sprecherin</s> fügte hinzu, <q>das gelte auch für Schulen</q>.",
        "indirect",
        "Die Sprecherin",
        None,
    ),
    (
        "cue-comma-article-indicative",
        "<s>Thomas Vogt</s> sagte, <q>die Preise stiegen weiter</q>.",
        "indirect",
        "Thomas Vogt",
        None,
    ),
    # --- descriptions resolved to the person named before -----------------------------------
    (
        "age-noun-feminine",
        "Sabine Roth wurde im Frühjahr gewählt. <s>Die 47-Jährige</s> sagte: "
        "„<q>Wir bleiben dran.</q>“",
        "direct",
        "Sabine Roth",
        None,
    ),
    (
        "age-noun-two-candidates",
        "Klaus Winter traf Peter Hahn in Genf. <s>Der 70-Jährige</s> sagte, "
        "<q>man sei weit auseinander</q>.",
        "indirect",
        "Der 70-Jährige",
        None,
    ),
    (
        "role-noun-stated-role",
        "Innenministerin Petra Lang besuchte die Feuerwache. „<q>Die Leute leisten viel</q>“, "
        "sagte <s>die Ministerin</s>.",
        "direct",
        "Petra Lang",
        None,
    ),
    (
        "role-noun-feminine",
        "Petra Lang traf Bürgermeister Jonas Kühn. <s>Die Ministerin</s> sagte, "
        "<q>die Mittel würden erhöht</q>.",
        "indirect",
        "Petra Lang",
        None,
    ),
    # --- pronoun gender ----------------------------------------------------------------------
    (
        "pronoun-sie-female-name",
        "Maria Santos reiste mit Jonas Kühn nach Brüssel. „<q>Wir brauchen Einigkeit</q>“, "
        "sagte <s>sie</s>.",
        "direct",
        "Maria Santos",
        None,
    ),
    (
        "pronoun-er-skips-feminine-role",
        "Finanzministerin Petra Lang traf Jonas Kühn. „<q>Der Haushalt steht</q>“, "
        "sagte <s>er</s>.",
        "direct",
        "Jonas Kühn",
        None,
    ),
    # --- appositions and place phrases ----------------------------------------------------------
    (
        "place-after-name",
        "„<q>Die Gespräche waren gut</q>“, sagte <s>Jonas Kühn</s> in Brüssel.",
        "direct",
        "Jonas Kühn",
        None,
    ),
    # --- interrupted and continued quotations with other frames ------------------------------
    (
        "interrupted-so",
        "„<q>Der Winter wird hart</q>“, so <s>die Ministerin</s>, "
        "„<q>aber wir sind vorbereitet.</q>“",
        "direct",
        "die Ministerin",
        None,
    ),
    (
        "und-weiter",
        "<s>Anna Berger</s> erklärte: „Wir sind vorbereitet.“ Und weiter: "
        "„<q>Die Vorräte reichen bis März.</q>“",
        "direct",
        "Anna Berger",
        None,
    ),
    (
        "das-sagte-after-quote",
        "„<q>Das reicht nicht.</q>“ Das sagte <s>Jonas Kühn</s> am Dienstag.",
        "direct",
        "Jonas Kühn",
        None,
    ),
    (
        "demonstrative-dieser",
        "Jonas Kühn kritisierte Peter Hahn scharf. <s>Dieser</s> hatte erklärt, "
        "<q>die Stadt müsse sparen</q>.",
        "indirect",
        "Peter Hahn",
        None,
    ),
    # --- outlet and source ---------------------------------------------------------------------
    (
        "wie-unter-berufung",
        "Wie <s>die Zeitung</s> unter Berufung auf das Außenministerium berichtet, "
        "<q>sollen die Gespräche gescheitert sein</q>.",
        "indirect",
        "das Außenministerium",
        "die Zeitung",
    ),
    (
        "laut-relative-clause",
        "Laut <s>der Zeitung</s>, die sich auf Diplomaten beruft, <q>ist der Plan gescheitert</q>.",
        "indirect",
        "der Zeitung",
        None,
    ),
    (
        "nach-angaben-genitive-name",
        "Nach <s>Angaben Kiews</s> <q>wurden 30 Drohnen abgeschossen</q>.",
        "indirect",
        "Kiew",
        None,
    ),
    (
        "nach-angaben-participial",
        "Nach <s>Angaben der von den Rebellen kontrollierten Gesundheitsbehörde</s> "
        "<q>starben zwölf Menschen</q>.",
        "indirect",
        "Gesundheitsbehörde",
        None,
    ),
    (
        "nach-compound-angaben",
        "Nach <s>Polizeiangaben</s> <q>wurde niemand verletzt</q>.",
        "indirect",
        "Polizei",
        None,
    ),
    (
        "nach-compound-acronym",
        "Nach <s>EU-Angaben</s> <q>flossen bereits zwei Milliarden Euro</q>.",
        "indirect",
        "EU",
        None,
    ),
    (
        "laut-compound-angaben",
        "Laut <s>Polizeiangaben</s> <q>blieb die Straße gesperrt</q>.",
        "indirect",
        "Polizei",
        None,
    ),
    # --- round-2 QA: speaker after the quotation, in the next sentence ----------------------
    (
        "anaphoric-das-apposition",
        "„<q>Die Wartezeiten sind zu lang.</q>“ Das sagte <s>die Präsidentin des Ärzteverbands, "
        "Petra Lorenz</s>, am Freitag.",
        "direct",
        "Petra Lorenz",
        None,
    ),
    (
        "anaphoric-so-verb",
        "„<q>Das ist ein guter Tag für die Mieter.</q>“ So kommentierte <s>der Mieterbund</s> "
        "die Entscheidung.",
        "direct",
        "der Mieterbund",
        None,
    ),
    (
        "anaphoric-so-es",
        "„<q>Wir kommen wieder.</q>“ So sagte es <s>die Kapitänin</s> nach dem Spiel.",
        "direct",
        "die Kapitänin",
        None,
    ),
    (
        "mit-diesen-worten",
        "„<q>Wir geben diesen Standort nicht auf.</q>“ Mit diesen Worten wandte sich "
        "<s>Werksleiter Tobias Brandt</s> an die Belegschaft.",
        "direct",
        "Tobias Brandt",
        None,
    ),
    # --- round-2 QA: adverbials after an apposed speaker are not message -------------------
    (
        "adverbial-tail-after-apposition",
        "<q>Die Ernte sei gut ausgefallen</q>, sagte <s>der Präsident des Bauernverbands, "
        "Martin Huber</s>, am Abend im Radio.",
        "indirect",
        "Martin Huber",
        None,
    ),
    (
        "adverbial-tail-gegenueber",
        "<q>Der Markt erhole sich</q>, erklärte <s>Finanzchefin Ute Brandl</s>, am Montag "
        "gegenüber Reuters.",
        "indirect",
        "Ute Brandl",
        None,
    ),
    (
        "second-so-frame-not-message",
        "Laut <s>Anklage</s> <q>soll die Frau jahrelang Spenden veruntreut haben</q>, so ein "
        "Sprecher des Landgerichts.",
        "indirect",
        "Anklage",
        None,
    ),
    (
        "one-word-answer-after-colon",
        "Auf die Frage, ob sie kandidiere, antwortete <s>die Ministerin</s>: „<q>Vielleicht.</q>“",
        "direct",
        "die Ministerin",
        None,
    ),
    (
        "person-of-titled-genitive",
        "<q>Die Brücke bleibt bis Mai gesperrt</q>, wie <s>der Sprecher der Zeitung „Heute“</s> "
        "sagte.",
        "indirect",
        "der Sprecher der Zeitung „Heute“",
        None,
    ),
    # --- round-2 QA: a genitive or von-attribute of the head noun is not the speaker -------
    (
        "genitive-institute-named-after-person",
        "„<q>Die Lage ist stabil</q>“, sagte <s>eine Sprecherin des Fritz Haber-Instituts</s>.",
        "direct",
        "eine Sprecherin des Fritz Haber-Instituts",
        None,
    ),
    (
        "von-role-person",
        "„<q>Die Lage ist stabil</q>“, sagte <s>der Sprecher von Bürgermeisterin Anna Wolf</s>.",
        "direct",
        "der Sprecher von Bürgermeisterin Anna Wolf",
        None,
    ),
    (
        "genitive-then-apposed-name",
        "„<q>Wir prüfen das</q>“, sagte <s>der Vorsitzende des Vereins Peter Maier</s>.",
        "direct",
        "Peter Maier",
        None,
    ),
    # --- speaker recall (round 3): prefield subjects, frames, colon introductions ----------
    (
        "hyphenated-adjective-in-subject",
        "<s>Ein Sprecher des nordrhein-westfälischen Innenministeriums</s> sagte, "
        "<q>dass zwei Beamte verletzt wurden</q>.",
        "indirect",
        "Ein Sprecher des nordrhein-westfälischen Innenministeriums",
        None,
    ),
    (
        "prefield-subject-with-pp-chain",
        "<s>Anna Keller vom Institut für Meeresforschung in Kiel</s> erklärte, "
        "<q>die Wassertemperatur steige weiter</q>.",
        "indirect",
        "Anna Keller",
        None,
    ),
    (
        "focus-particle-before-subject",
        "Auch <s>die Gewerkschaft</s> erklärte, <q>die Gespräche seien gescheitert</q>.",
        "indirect",
        "die Gewerkschaft",
        None,
    ),
    (
        "adverb-prefield-inverted-subject",
        "Offiziell geht <s>die Stadtverwaltung</s> davon aus, "
        "<q>dass der Neubau im Herbst fertig wird</q>.",
        "indirect",
        "die Stadtverwaltung",
        None,
    ),
    (
        "colon-intro-verb-after-adverb",
        "Hier sparte <s>der Bürgermeister</s> nicht mit Kritik: "
        "„<q>So kann es nicht weitergehen.</q>“",
        "direct",
        "der Bürgermeister",
        None,
    ),
    (
        "colon-intro-organisation",
        "<s>Die Firma</s> zeigt sich gelassen: „<q>Wir haben nichts falsch gemacht.</q>“",
        "direct",
        "Die Firma",
        None,
    ),
    (
        "zufolge-with-adjective",
        "<q>Die Mieten steigen</q> <s>neuesten Studien</s> zufolge <q>weiter an</q>.",
        "indirect",
        "neuesten Studien",
        None,
    ),
    (
        "nach-angaben-possessive",
        "Nach <s>Angaben seines Anwalts</s> <q>will der Unternehmer Berufung einlegen</q>.",
        "indirect",
        "seines Anwalts",
        None,
    ),
    (
        "wie-with-adverb",
        "Wie schon <s>die Polizei</s> mitteilte, <q>ist die Straße wieder frei</q>.",
        "indirect",
        "die Polizei",
        None,
    ),
    (
        "aux-after-long-prefield",
        "In der Debatte um die Preise, die seit Wochen geführt wird, hat "
        "<s>Staatssekretär Karl Berger</s> gefordert, <q>die Steuer zu senken</q>.",
        "indirect",
        "Karl Berger",
        None,
    ),
]

# Round-2 QA: sentences with no reported statement at all.
NO_STATEMENT_ROWS = [
    ("qa-labels", "Frage: Wann beginnt der Umbau?\nAntwort: Im Frühjahr, wenn alles klappt."),
    ("qa-labels-inline", "Frage: Kommt die Reform noch? Antwort: Wir arbeiten daran."),
    (
        "dass-after-noun-particle",
        "Der Verband hält an seiner Forderung fest, dass die Gebühren sinken.",
    ),
    ("dass-after-noun", "Die Mieter äußerten die Hoffnung, dass die Sanierung bald beginne."),
    ("title-documentary", "Im Ersten lief die Dokumentation „Wem gehört der Wald?“"),
    ("title-podcast", "Der Podcast „Was tun, wenn es brennt?“ hat viele Hörer."),
    ("konjunktiv-ii-conditional", "Es wäre besser, wenn die Stadt früher gebaut hätte."),
    ("one-word-slogan-after-title-colon", "Das Motto: „Durchhalten!“"),
    ("wie-es-heisst-frame", "Die Bahn erhöht die Preise, wie es in einer Mitteilung heisst."),
]

# (id, text, a string that must not be returned as a statement)
NEGATIVE_ROWS = [
    (
        "newspaper",
        "Als erstes Medium berichtete die «New York Post» über die Behauptung.",
        "New York Post",
    ),
    ("channel", "Der Experte trat in einer Sendung auf «Channel One» auf.", "Channel One"),
    ("daily-mail", 'Wie die britische "Daily Mail" schreibt, wächst der Druck.', "Daily Mail"),
    ("scare-quote", 'Moskau hat die "Republiken" im Osten als Staaten anerkannt.', "Republiken"),
    ("sogenannte", "Die sogenannte „Spezialoperation“ dauert schon Monate.", "Spezialoperation"),
    (
        "party",
        "Sergei Mironow führt die Partei «Gerechtes Russland» seit Jahren.",
        "Gerechtes Russland",
    ),
    (
        "two-word-term",
        'Die "militärische Spezialoperation" verläuft nicht nach Plan.',
        "militärische Spezialoperation",
    ),
]


@pytest.mark.parametrize(
    ("marked", "kind", "speaker", "outlet"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_quotes_construction(
    nlp_quotes: Language, marked: str, kind: str, speaker: str | None, outlet: str | None
) -> None:
    text, parts, speaker_range = parse_markup(marked)
    quotes = nlp_quotes(text)._.nkru_quotes
    quote = find_quote(quotes, parts)
    assert quote is not None, f"expected parts {parts} in {[(q.parts, q.text) for q in quotes]}"
    assert quote.kind == kind
    assert quote.speaker == speaker
    assert quote.text == " ".join(text[s:e] for s, e in parts)
    assert (quote.start, quote.end) == (parts[0][0], parts[-1][1])
    if speaker_range is not None and quote.inherited:  # the speaker of an earlier sentence
        assert quote.source_start is None
        assert quote.speaker_start is not None and quote.speaker_end is not None
        assert speaker_range[0] <= quote.speaker_start < quote.speaker_end <= speaker_range[1]
    elif speaker_range is not None:  # <s> marks the source mention as the sentence gives it
        assert (quote.source_start, quote.source_end) == speaker_range
        assert quote.source_text == text[speaker_range[0] : speaker_range[1]]
    if quote.speaker_start is not None:  # the resolved mention
        assert quote.speaker_text == text[quote.speaker_start : quote.speaker_end]
    if outlet is not None:
        assert quote.outlet == outlet


@pytest.mark.parametrize(
    "text", [r[1] for r in NO_STATEMENT_ROWS], ids=[r[0] for r in NO_STATEMENT_ROWS]
)
def test_quotes_no_statement_round2(nlp_quotes: Language, text: str) -> None:
    quotes = nlp_quotes(text)._.nkru_quotes
    assert quotes == (), [(q.kind, q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "not_a_quote"), [r[1:] for r in NEGATIVE_ROWS], ids=[r[0] for r in NEGATIVE_ROWS]
)
def test_quotes_titles_and_scare_quotes_are_not_statements(
    nlp_quotes: Language, text: str, not_a_quote: str
) -> None:
    quotes = nlp_quotes(text)._.nkru_quotes
    assert all(q.text != not_a_quote for q in quotes)


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        ("Die Bilanz fällt gemischt aus: „Es gab gute und schlechte Tage.“", "Die Bilanz"),
        ("Das Ergebnis: „Niemand war zufrieden mit dem Ausgang.“", "Das Ergebnis"),
        ("„Wir verhandeln nicht“, sagte Peskow der Zeitung «Kommersant».", "Kommersant"),
        ("„Das Ziel ist erreicht“, erklärte ein Mitarbeiter gegenüber dem SPIEGEL.", "SPIEGEL"),
        ("Den Vorwurf der Untreue wies die Direktorin entschieden zurück.", "Den Vorwurf"),
        ("Dem Stadtrat warf die Bürgerinitiative Untätigkeit vor.", "Dem Stadtrat"),
        ("Gleichzeitig forderte die Gewerkschaft eine Lohnerhöhung.", "Gleichzeitig"),
        ("Die Preise steigen ersten Schätzungen zufolge weiter.", "steigen"),
    ],
    ids=[
        "colon-abstract-noun",
        "colon-bare-noun",
        "addressee-newspaper",
        "gegenueber",
        "accusative-prefield",
        "dative-prefield",
        "adverb-prefield",
        "verb-before-zufolge",
    ],
)
def test_quotes_wrong_speakers_are_not_given(
    nlp_quotes: Language, text: str, not_a_speaker: str
) -> None:
    quotes = nlp_quotes(text)._.nkru_quotes
    assert quotes
    assert all(not_a_speaker not in (q.speaker or "") for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Wir werden“, sagte er, „nicht aufgeben.“", ["Wir werden", "nicht aufgeben."]),
        ("Er sagte: „Das ist ‚unser‘ Plan.“", ["Das ist ‚unser‘ Plan."]),
        ("„Unbalanciert und ohne Ende", []),
        ("Er sagte, es geht's gut und Rock’n’Roll bleibt.", []),
        ("»Erster Absatz.\n\n»Zweiter Absatz.«", ["Erster Absatz.Zweiter Absatz."]),
        ('Ein "gerades" Wort und ein «Schweizer» Wort', ["gerades", "Schweizer"]),
    ],
    ids=["interrupted", "nested", "unbalanced", "apostrophes", "paragraphs", "mixed"],
)
def test_quotes_find_quotations(text: str, expected: list[str]) -> None:
    found = ["".join(text[s:e] for s, e in q.parts) for q in find_quotations(text)]
    assert found == expected


def test_quotes_unattributed_quote_has_no_speaker(nlp_quotes: Language) -> None:
    text = "Am Ende blieb nur ein Satz übrig. „Das war ein langer und schwieriger Tag für alle.“"
    quotes = nlp_quotes(text)._.nkru_quotes
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].speaker is None


def test_quotes_sorted_and_spans(nlp_quotes: Language) -> None:
    text = (
        "„Wir halten durch“, sagte Präsident Jan Novak. Laut Polizei blieb es ruhig. "
        "Die Regierung teilte mit, die Grenze bleibe offen."
    )
    doc = nlp_quotes(text)
    quotes = doc._.nkru_quotes
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    spans = doc.spans["nkru_quotes"]
    assert [s.label_ for s in spans] == [q.kind for q in quotes]
    assert [s.id_ for s in spans] == [q.speaker or "" for q in quotes]


def test_quotes_empty_and_bad_input(nlp_quotes: Language, nlp_blank: Language) -> None:
    assert nlp_quotes("")._.nkru_quotes == ()
    assert attribute_quotes(nlp_blank("")) == ()
    with pytest.raises(InputTypeError, match="str"):
        attribute_quotes("kein Doc")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="-1"):
        QuoteAttributor(max_sentence_distance=-1)


def test_quotes_extract_api() -> None:
    nlp = nkru_extract.load("embedded")
    result = nkru_extract.extract("„Wir sind bereit“, sagte Ministerin Anna Berger.", nlp=nlp)
    assert [(q.text, q.speaker) for q in result.quotes] == [("Wir sind bereit", "Anna Berger")]


def test_quotes_component_round_trips(tmp_path: Path) -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("nkru_quotes", config={"spans_key": "zitate", "max_sentence_distance": 1})
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    text = "„Wir sind bereit“, sagte Ministerin Anna Berger."
    assert [q.speaker for q in loaded(text)._.nkru_quotes] == ["Anna Berger"]
    assert loaded.get_pipe("nkru_quotes").max_sentence_distance == 1
    assert len(loaded(text).spans["zitate"]) == 1
    unpickled = pickle.loads(pickle.dumps(nlp))
    assert [q.speaker for q in unpickled(text)._.nkru_quotes] == ["Anna Berger"]


@pytest.fixture(scope="module")
def nlp_full() -> Language:
    """The full embedded pipeline: PERSON mentions of the entity extractor reach the quotes."""
    return nkru_extract.load("embedded")


# (id, marked text, expected speaker = the person key); full pipeline
PERSON_ROWS = [
    (
        "role-before-name-is-not-key",
        "<s>Polizeisprecher Jonas Kühn</s> sagte, <q>der Verdächtige sei gefasst worden</q>.",
        "Jonas Kühn",
    ),
    (
        "apposition-before-verb",
        "<s>Lena Hartmann, Ökonomin an der Universität Graz</s>, sagte, "
        "<q>die Inflation sinke</q>.",
        "Lena Hartmann",
    ),
    (
        "apposition-after-inverted-verb",
        "<q>Die Inflation sinke</q>, sagte <s>Lena Hartmann, Ökonomin an der Universität Graz</s>.",
        "Lena Hartmann",
    ),
    (
        "possessor-then-name",
        "<q><s>Putins Sprecher Dmitri Peskow</s> wies die Vorwürfe zurück</q>.",
        "Dmitri Peskow",
    ),
    (
        "possessor-is-not-speaker",
        "Wladimir Putin empfing den Gast im Kreml. <s>Putins Sprecher</s> sagte, "
        "<q>das Treffen sei konstruktiv gewesen</q>.",
        "Putins Sprecher",
    ),
    (
        "age-noun-one-candidate",
        "Markus Feldmann leitet das Institut seit vielen Jahren. <s>Der 61-Jährige</s> sagte, "
        "<q>die Zahlen seien alarmierend</q>.",
        "Markus Feldmann",
    ),
    (
        "role-noun-one-candidate",
        "Karin Keller-Sutter besuchte Wien. <s>Die Bundesrätin</s> sagte, "
        "<q>die Schweiz bleibe neutral</q>.",
        "Karin Keller-Sutter",
    ),
    (
        "place-after-titled-name",
        "„<q>Die Gespräche waren gut</q>“, sagte <s>Außenministerin Annalena Baerbock</s> "
        "in Brüssel.",
        "Annalena Baerbock",
    ),
]


@pytest.mark.parametrize(
    ("marked", "speaker"), [r[1:] for r in PERSON_ROWS], ids=[r[0] for r in PERSON_ROWS]
)
def test_quotes_speaker_is_person_key(nlp_full: Language, marked: str, speaker: str) -> None:
    text, parts, speaker_range = parse_markup(marked)
    doc = nlp_full(text)
    quote = find_quote(doc._.nkru_quotes, parts)
    assert quote is not None, (
        f"expected {parts} in {[(q.parts, q.text) for q in doc._.nkru_quotes]}"
    )
    assert quote.speaker == speaker
    assert speaker_range is not None
    assert (quote.source_start, quote.source_end) == speaker_range
    keys = {m.key for m in doc._.nkru_entities if m.label == "PERSON"}
    assert quote.speaker_person == (quote.speaker if quote.speaker in keys else None)
    if quote.speaker in {"Jonas Kühn", "Dmitri Peskow", "Lena Hartmann"}:
        assert quote.speaker in keys


@pytest.mark.parametrize(
    ("text", "not_a_speaker"),
    [
        ("Der Vorsitzende der Gewerkschaft, Frank Oster, drohte der Bahn mit Streiks.", "Bahn"),
        ("Einen Kommentar lehnte die Sprecherin ab.", "Einen Kommentar"),
        ("Viktor Orbán sagte, Ungarn bleibe hart. Orbans Sprecherin widersprach.", "Orbán"),
        ("Das Bundesamt (BAG) empfiehlt die Impfung, teilte die Behörde mit.", "die Impfung"),
    ],
    ids=[
        "object-after-apposed-subject",
        "object-in-prefield",
        "possessor",
        "parenthesis-no-inversion",
    ],
)
def test_quotes_no_wrong_speaker_full(nlp_full: Language, text: str, not_a_speaker: str) -> None:
    quotes = nlp_full(text)._.nkru_quotes
    later = [q for q in quotes if q.start > text.find(".")] if "Orbans" in text else quotes
    assert all(not_a_speaker not in (q.speaker or "") for q in later)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Die Zahlen steigen wieder“, sagte ein Sprecher des Robert Koch-Instituts.",
            "ein Sprecher des Robert Koch-Instituts",
        ),
        (
            "„Wir prüfen den Fall“, sagte der Sprecher von Kanzler Olaf Scholz.",
            "der Sprecher von Kanzler Olaf Scholz",
        ),
    ],
    ids=["genitive-institute", "von-role-person"],
)
def test_quotes_attribute_of_head_noun_full(nlp_full: Language, text: str, speaker: str) -> None:
    """A person named in a genitive or von-attribute of the head noun is not the speaker."""
    quotes = nlp_full(text)._.nkru_quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei bittet Anwohner, Hinweise zu melden.",
        "Die Polizei bittet Zeugen, sich unter der Nummer 110 zu melden.",
        "Die Behörde ersucht die Bevölkerung, das Gebiet zu meiden.",
    ],
    ids=["bitten-zu", "bitten-sich-zu", "ersuchen-zu"],
)
def test_quotes_requests_are_not_statements(nlp_quotes: Language, text: str) -> None:
    assert nlp_quotes(text)._.nkru_quotes == ()

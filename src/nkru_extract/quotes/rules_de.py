"""Closed German grammatical sets used by the quote attributor.

Everything here is a small, closed class (quotation marks, frame prepositions, pronouns,
Konjunktiv forms, TIGER labels). Open classes (speech-verb lemmas) live in
``data/speech_verbs_de.txt``.
"""

from __future__ import annotations

from typing import Final

from nkru_extract.text.phrases import (
    ACCORDING_NOUNS as ACCORDING_NOUNS,
)
from nkru_extract.text.phrases import (
    DETERMINERS as DETERMINERS,
)
from nkru_extract.text.phrases import (
    NAME_TITLES as NAME_TITLES,
)
from nkru_extract.text.phrases import (
    NON_SPEAKER_PRONOUNS as NON_SPEAKER_PRONOUNS,
)
from nkru_extract.text.phrases import (
    NP_STOP_WORDS as NP_STOP_WORDS,
)
from nkru_extract.text.phrases import (
    PERSON_PRONOUNS as PERSON_PRONOUNS,
)
from nkru_extract.text.phrases import (
    ROLE_SUFFIXES as ROLE_SUFFIXES,
)
from nkru_extract.text.phrases import (
    SENTENCE_END as SENTENCE_END,
)
from nkru_extract.text.phrases import (
    SKIPPABLE_ADVERBS as SKIPPABLE_ADVERBS,
)
from nkru_extract.text.phrases import (
    SOURCE_PREPOSITIONS as SOURCE_PREPOSITIONS,
)

#: Opening mark -> the marks that may close it. Straight and typographic styles used in
#: German, Swiss and Austrian news. Order matters only for documentation.
QUOTE_PAIRS: Final[dict[str, tuple[str, ...]]] = {
    "„": ("“", "”", '"'),  # German low-high
    "‚": ("‘", "’"),  # German single (nested)
    "“": ("”",),  # English double
    "»": ("«",),  # German guillemets »…«
    "«": ("»",),  # Swiss/French guillemets «…»
    "›": ("‹",),  # German single guillemets
    "‹": ("›",),  # Swiss single guillemets
    '"': ('"',),  # straight double
    "``": ("''",),  # LaTeX / PTB style
}
#: Every mark that can open or close a quotation.
QUOTE_MARKS: Final[frozenset[str]] = frozenset(
    set(QUOTE_PAIRS) | {c for closers in QUOTE_PAIRS.values() for c in closers}
)
#: Single-character marks that are also apostrophes inside words ("geht's", "Rock’n’Roll").
APOSTROPHE_LIKE: Final[frozenset[str]] = frozenset({"’", "‘", "'"})


#: Nouns that announce a title or a name in quotes (newspaper, channel, party, operation...):
#: «New York Post», die Partei «Gerechtes Russland», die sogenannte „Spezialoperation“.
TITLE_TRIGGERS: Final[frozenset[str]] = frozenset(
    {
        "zeitung",
        "tageszeitung",
        "wochenzeitung",
        "sonntagszeitung",
        "boulevardzeitung",
        "blatt",
        "magazin",
        "nachrichtenmagazin",
        "zeitschrift",
        "sender",
        "fernsehsender",
        "radiosender",
        "kanal",
        "tv",
        "sendung",
        "programm",
        "agentur",
        "nachrichtenagentur",
        "portal",
        "nachrichtenportal",
        "website",
        "webseite",
        "plattform",
        "partei",
        "bewegung",
        "gruppe",
        "organisation",
        "verein",
        "bündnis",
        "fraktion",
        "film",
        "spielfilm",
        "kinofilm",
        "dokumentarfilm",
        "dokumentation",
        "doku",
        "reportage",
        "talkshow",
        "podcast",
        "kolumne",
        "theaterstück",
        "oper",
        "musical",
        "ausstellung",
        "buch",
        "titel",
        "roman",
        "serie",
        "lied",
        "song",
        "album",
        "operation",
        "mission",
        "kampagne",
        "projekt",
        "schiff",
        "kreuzer",
        "flugzeugträger",
        "rakete",
        "panzer",
        "system",
        "motto",
        "slogan",
        "schlagzeile",
        "begriff",
        "wort",
        "stichwort",
        "name",
        "namen",
        "bezeichnung",
        "sogenannte",
        "sogenannten",
        "sogenannter",
        "sogenanntes",
        "sog.",
        "genannte",
        "genannten",
        "genannt",
        "bezeichnete",
        "bezeichneten",
        "titelte",
        "titelten",
    }
)

#: Postposition with the source before it: "X zufolge".
SOURCE_POSTPOSITIONS: Final[frozenset[str]] = frozenset({"zufolge"})
#: Nouns naming an unnamed source ("Berichten zufolge", "nach Medienberichten"): the statement
#: is reported with ``speaker=None``.
GENERIC_SOURCE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "bericht",
        "berichten",
        "berichte",
        "medienberichten",
        "medienbericht",
        "presseberichten",
        "zeitungsberichten",
        "angaben",
        "informationen",
        "quellen",
        "kreisen",
        "gerüchten",
        "spekulationen",
        "schätzungen",
        "beobachtern",
        "insidern",
        "medien",
    }
)
#: Words that may precede "unter Berufung auf".
BERUFUNG: Final[tuple[str, str, str]] = ("unter", "berufung", "auf")

#: Clause-linking words that introduce the message after a speech verb.
COMPLEMENTISERS: Final[frozenset[str]] = frozenset({"dass", "daß", "ob", "wonach", "wie"})
#: Separable verb particles ("teilte ... mit", "gab ... bekannt").
SEPARABLE_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "an",
        "ab",
        "auf",
        "aus",
        "bei",
        "bekannt",
        "dar",
        "ein",
        "fest",
        "fort",
        "hervor",
        "hin",
        "hinzu",
        "klar",
        "mit",
        "nach",
        "vor",
        "weiter",
        "wieder",
        "zu",
        "zurück",
        "zusammen",
        "heraus",
        "los",
        "kund",
        "vorher",
        "entgegen",
        "bevor",
        "preis",
    }
)

#: Unambiguous Konjunktiv I forms (start a frameless reported statement on their own).
KONJUNKTIV_I_STRONG: Final[frozenset[str]] = frozenset(
    {
        "sei",
        "seien",
        "habe",
        "werde",
        "könne",
        "müsse",
        "solle",
        "wolle",
        "dürfe",
        "möge",
        "wisse",
        "gebe",
        "gehe",
        "komme",
        "stehe",
        "liege",
        "bleibe",
        "gelte",
        "fehle",
    }
)
#: Konjunktiv I and II forms that mark reported speech (closed lexicon; the regular
#: pattern stem+e is checked separately against the lemma).
KONJUNKTIV_FORMS: Final[frozenset[str]] = KONJUNKTIV_I_STRONG | frozenset(
    {
        "seiest",
        "seiet",
        "lasse",
        "sehe",
        "halte",
        "brauche",
        "gäbe",
        "wäre",
        "wären",
        "hätte",
        "hätten",
        "würde",
        "würden",
        "könnte",
        "könnten",
        "müsste",
        "müssten",
        "müßte",
        "müßten",
        "dürfte",
        "dürften",
        "käme",
        "kämen",
        "ginge",
        "gingen",
        "stünde",
        "stünden",
        "läge",
        "lägen",
        "bliebe",
        "blieben",
        "wüsste",
        "wüssten",
        "möchte",
        "möchten",
        "treffe",
        "trage",
        "mache",
        "finde",
        "plane",
        "zeige",
        "arbeite",
        "handle",
        "handele",
        "erwarte",
        "verfüge",
        "bestehe",
        "entspreche",
    }
)

#: Konjunktiv II forms that continue (never start) a reported statement.
KONJUNKTIV_II_CONTINUE: Final[frozenset[str]] = frozenset(
    {
        "wäre",
        "wären",
        "hätte",
        "hätten",
        "würde",
        "würden",
        "könnte",
        "könnten",
        "müsste",
        "müssten",
        "gäbe",
        "käme",
        "kämen",
    }
)
#: Words ending in -e that look like Konjunktiv I forms but are not verbs in news text.
NOT_KONJUNKTIV: Final[frozenset[str]] = frozenset(
    {
        "die",
        "eine",
        "keine",
        "meine",
        "deine",
        "seine",
        "ihre",
        "unsere",
        "eure",
        "diese",
        "jene",
        "welche",
        "solche",
        "alle",
        "beide",
        "viele",
        "einige",
        "manche",
        "ohne",
        "gerne",
        "lange",
        "nahe",
        "alte",
        "neue",
        "große",
        "kleine",
        "ganze",
        "erste",
        "letzte",
        "gute",
        "andere",
        "weitere",
        "mehrere",
        "bitte",
        "danke",
        "gleiche",
        "obere",
        "hohe",
        "ende",
        "mitte",
        "heute",
        "gerade",
        "lage",
        "weise",
        "reise",
        "frage",
        "sorge",
    }
)
#: Reportative modal "sollen": "soll/sollen ... haben/sein" with speaker None.
REPORTATIVE_MODALS: Final[frozenset[str]] = frozenset({"soll", "sollen"})

#: Adverbs, adjectives and determiners spelled like a speech verb's form or lemma guess that
#: are never a verb: "offenbar" (apparently, not "offenbaren"), "äußerst" (extremely),
#: "entscheidend" (decisive), "viel".
NOT_CUE_FORMS: Final[frozenset[str]] = frozenset({"offenbar", "äußerst", "entscheidend", "viel"})
#: Possessive "mein-" forms, no cue before a noun ("Meine Kollegen", unlike "meinen, dass").
POSSESSIVE_MEIN: Final[frozenset[str]] = frozenset(
    {"mein", "meine", "meinen", "meinem", "meiner", "meines"}
)
#: Perfect infinitive auxiliaries closing a reportative clause.
PERFECT_AUXILIARIES: Final[frozenset[str]] = frozenset({"haben", "sein"})


#: TIGER dependency labels (de_core_news_*) used on the parser path.
TIGER_SUBJECT: Final[frozenset[str]] = frozenset({"sb", "sbp"})
TIGER_CLAUSAL_OBJECT: Final[frozenset[str]] = frozenset({"oc", "rs"})
TIGER_AGENT: Final[frozenset[str]] = frozenset({"sbp"})
TIGER_NP_MODIFIERS: Final[frozenset[str]] = frozenset({"nk", "ag", "pnc", "app", "nmc", "mnr"})

#: Words right before a temporal "nach" ("kurz nach dem Start", "erst nach umfangreichen
#: Ermittlungen", "sechs Tage nach der Veröffentlichung", "je nach Wunsch"): no source frame.
TEMPORAL_NACH_BEFORE: Final[frozenset[str]] = frozenset(
    {
        "kurz",
        "erst",
        "gleich",
        "unmittelbar",
        "direkt",
        "sofort",
        "bald",
        "spätestens",
        "frühestens",
        "knapp",
        "je",
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "monat",
        "monate",
        "monaten",
        "jahr",
        "jahre",
        "jahren",
        "jahrzehnte",
        "stunde",
        "stunden",
        "minute",
        "minuten",
        "sekunden",
        "suche",
        "forderung",
        "forderungen",
        "frage",
        "ruf",
        "rufe",
        "nachfrage",
    }
)

#: Adverbs that make "gesagt" a hedge, not a speech act: "genauer gesagt", "kurz gesagt",
#: "offen gesagt", "wie gesagt".
HEDGE_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "genauer",
        "anders",
        "offen",
        "ehrlich",
        "kurz",
        "besser",
        "gelinde",
        "grob",
        "salopp",
        "vereinfacht",
        "nebenbei",
        "streng",
        "allgemein",
        "konkret",
        "wie",
    }
)

#: Speech phrases with a content clause: (nouns, article before the noun, forms of the light
#: verb). "X ist der Ansicht, dass ...", "X vertritt die Auffassung, ...", "X kam zu dem Schluss,
#: dass ...", "X machte zur Bedingung, dass ...".
SPEECH_PHRASES: Final[tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]] = (
    (
        frozenset({"ansicht", "meinung", "auffassung", "überzeugung"}),
        frozenset({"der"}),
        frozenset({"ist", "sind", "war", "waren", "sei", "seien", "bin", "wäre", "wären"}),
    ),
    (
        frozenset({"ansicht", "meinung", "auffassung", "überzeugung", "position", "standpunkt"}),
        frozenset({"die", "den"}),
        frozenset({"vertreten", "vertritt", "vertrat", "vertraten", "teilen", "teilt", "teilte",
                   "teilten"}),
    ),
    (
        frozenset({"ergebnis", "schluss", "schluß", "erkenntnis"}),
        frozenset({"dem", "zum", "der", "zur"}),
        frozenset({"kommen", "kam", "kamen", "kommt", "gekommen", "gelangen", "gelangte",
                   "gelangten", "gelangt"}),
    ),
    (
        frozenset({"bedingung", "voraussetzung"}),
        frozenset({"zur"}),
        frozenset({"machen", "macht", "machte", "machten", "gemacht"}),
    ),
)  # fmt: skip
#: The nouns of ``SPEECH_PHRASES``.
SPEECH_PHRASE_NOUNS: Final[frozenset[str]] = frozenset().union(*(p[0] for p in SPEECH_PHRASES))

#: Documents that can speak in a passive clause besides the report nouns of
#: ``data/frame_nouns_de.tsv``: "In dem Schreiben wird gefordert, dass ...".
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "schreiben",
        "brief",
        "papier",
        "text",
        "artikel",
        "beitrag",
        "kommentar",
        "begründung",
        "anordnung",
        "erklärung",
        "presseerklärung",
        "resolution",
        "abschlusserklärung",
        "aufruf",
        "antrag",
    }
)

#: Nouns of a statement that can introduce a quotation with "lautet(e):" ("Das Fazit des
#: Berichts lautete: „…“"), besides the report nouns of ``data/frame_nouns_de.tsv``.
STATEMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "fazit",
        "text",
        "wortlaut",
        "kernaussage",
        "botschaft",
        "antwort",
        "schlussfolgerung",
        "forderung",
        "warnung",
        "appell",
        "kritik",
        "begründung",
        "erklärung",
    }
)

#: Finite and participle forms of "werden" that make a speech verb passive ("wurde kritisiert").
PASSIVE_AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"wird", "werden", "wurde", "wurden", "worden"}
)

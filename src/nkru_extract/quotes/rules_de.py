"""Closed German grammatical sets used by the quote attributor.

Everything here is a small, closed class (quotation marks, frame prepositions, pronouns,
Konjunktiv forms, TIGER labels). Open classes (speech-verb lemmas) live in
``data/speech_verbs_de.txt``.
"""

from __future__ import annotations

from typing import Final

from nkru_extract.lang_de import ARTICLES, DEMONSTRATIVES, POSSESSIVES_3RD

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

#: Sentence-final punctuation.
SENTENCE_END: Final[frozenset[str]] = frozenset({".", "!", "?", "…", "...", "?!", "!?"})

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

#: Frame prepositions taking the source as their object: "laut X", "gemäß X".
SOURCE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"laut", "gemäß", "gemäss", "lt."})
#: Postposition with the source before it: "X zufolge".
SOURCE_POSTPOSITIONS: Final[frozenset[str]] = frozenset({"zufolge"})
#: Nouns in "nach Angaben (von/des) X", "nach Informationen X", "nach Ansicht X".
ACCORDING_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "angaben",
        "informationen",
        "ansicht",
        "auffassung",
        "meinung",
        "einschätzung",
        "einschätzungen",
        "darstellung",
        "aussage",
        "aussagen",
        "worten",
        "schätzung",
        "schätzungen",
        "erkenntnissen",
        "berechnungen",
        "recherchen",
        "ermittlungen",
        "überzeugung",
        "auskunft",
        "mitteilung",
        "bericht",
        "berichten",
        "äußerungen",
    }
)
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

#: Personal pronouns that can be the subject of a speech verb, lower-case.
PERSON_PRONOUNS: Final[frozenset[str]] = frozenset({"er", "sie"})
#: Pronouns that never name a speaker.
NON_SPEAKER_PRONOUNS: Final[frozenset[str]] = frozenset(
    {"es", "das", "dies", "dieses", "man", "was", "wer", "ich", "wir", "du", "ihr", "jemand"}
)
#: Determiners and articles that open a noun phrase.
DETERMINERS: Final[frozenset[str]] = (
    ARTICLES
    | DEMONSTRATIVES
    | POSSESSIVES_3RD
    | frozenset({"alle", "beide", "einige", "mehrere", "viele", "zahlreiche"})
)
#: Prepositions and other words that end a noun phrase when it is scanned left to right.
NP_STOP_WORDS: Final[frozenset[str]] = frozenset(
    {
        "im",
        "in",
        "am",
        "an",
        "auf",
        "bei",
        "beim",
        "vor",
        "nach",
        "mit",
        "zu",
        "zum",
        "zur",
        "gegenüber",
        "über",
        "unter",
        "aus",
        "für",
        "von",
        "vom",
        "während",
        "seit",
        "gegen",
        "ohne",
        "durch",
        "um",
        "bis",
        "und",
        "oder",
        "aber",
        "sondern",
        "dass",
        "daß",
        "ob",
        "wie",
        "als",
        "so",
        "auch",
        "noch",
        "bereits",
        "schon",
        "nun",
        "jetzt",
        "heute",
        "gestern",
        "morgen",
        "zudem",
        "weiter",
        "außerdem",
        "ausserdem",
        "ebenfalls",
        "dazu",
        "dann",
        "nicht",
        "nur",
        "laut",
        "zufolge",
        "es",
        "sich",
        "wörtlich",
        "erneut",
        "allerdings",
        "jedoch",
        "demnach",
        "dort",
        "hier",
        "damals",
        "inzwischen",
        "mittlerweile",
        "unterdessen",
        "ferner",
        "überdies",
        "offenbar",
        "ausdrücklich",
        "kürzlich",
        "zuletzt",
        "vergangene",
        "trotz",
        "wegen",
        "angesichts",
        "dank",
        "gemäß",
        "infolge",
        "vergangenen",
        "letzte",
        "letzten",
        "einem",
    }
)
#: Adverbs that may sit between an inverted speech verb and its subject ("sagte gestern X").
SKIPPABLE_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "auch",
        "noch",
        "bereits",
        "schon",
        "nun",
        "jetzt",
        "heute",
        "gestern",
        "zudem",
        "weiter",
        "außerdem",
        "ausserdem",
        "ebenfalls",
        "dazu",
        "dann",
        "damals",
        "erneut",
        "allerdings",
        "jedoch",
        "dort",
        "inzwischen",
        "mittlerweile",
        "unterdessen",
        "offenbar",
        "ausdrücklich",
        "kürzlich",
        "zuletzt",
        "wörtlich",
        "später",
        "zuvor",
        "sinngemäß",
        "nur",
        "schließlich",
        "lediglich",
        "sinngemäss",
        "wiederholt",
        "mehrfach",
        "abschließend",
        "gleichzeitig",
    }
)
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
#: Perfect infinitive auxiliaries closing a reportative clause.
PERFECT_AUXILIARIES: Final[frozenset[str]] = frozenset({"haben", "sein"})

#: Nouns denoting a person by role (heads of nominal descriptions that corefer with a person
#: introduced earlier): "der Militärexperte", "die Forscherin", "der 58-Jährige".
ROLE_SUFFIXES: Final[tuple[str, ...]] = (
    "experte",
    "expertin",
    "forscher",
    "forscherin",
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "politiker",
    "politikerin",
    "chef",
    "chefin",
    "oberst",
    "general",
    "analyst",
    "analystin",
    "abgeordnete",
    "abgeordneter",
    "jährige",
    "jähriger",
    "kanzler",
    "kanzlerin",
    "diplomat",
    "diplomatin",
    "botschafter",
    "botschafterin",
    "kommandeur",
    "offizier",
    "wissenschaftler",
    "wissenschaftlerin",
    "professor",
    "professorin",
    "leiter",
    "leiterin",
    "vorsitzende",
    "vorsitzender",
    "direktor",
    "direktorin",
    "berater",
    "beraterin",
    "autor",
    "autorin",
    "kenner",
    "kennerin",
    "trainer",
    "trainerin",
    "anwalt",
    "anwältin",
    "journalist",
    "journalistin",
    "beobachter",
    "beobachterin",
    "militär",
    "funktionär",
    "funktionärin",
    "aktivist",
    "aktivistin",
    "kritiker",
    "kritikerin",
    "ökonom",
    "ökonomin",
    "historiker",
    "historikerin",
    "mann",
    "frau",
    "manager",
    "managerin",
    "sekretär",
    "sekretärin",
    "kommissar",
    "kommissarin",
    "bürgermeister",
    "bürgermeisterin",
    "gouverneur",
    "gouverneurin",
)
#: Titles that may precede a name inside a speaker noun phrase ("Oberst Korotschenko").
NAME_TITLES: Final[frozenset[str]] = frozenset(
    {
        "herr",
        "frau",
        "dr.",
        "prof.",
        "oberst",
        "general",
        "präsident",
        "präsidentin",
        "minister",
        "ministerin",
        "kanzler",
        "kanzlerin",
        "papst",
        "könig",
        "königin",
    }
)

#: TIGER dependency labels (de_core_news_*) used on the parser path.
TIGER_SUBJECT: Final[frozenset[str]] = frozenset({"sb", "sbp"})
TIGER_CLAUSAL_OBJECT: Final[frozenset[str]] = frozenset({"oc", "rs"})
TIGER_AGENT: Final[frozenset[str]] = frozenset({"sbp"})
TIGER_NP_MODIFIERS: Final[frozenset[str]] = frozenset({"nk", "ag", "pnc", "app", "nmc", "mnr"})

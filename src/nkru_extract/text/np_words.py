"""Closed German word classes the noun-phrase chunker reads (re-exported by ``text.phrases``).

Sentence ends, frame prepositions, pronouns, determiners, the words that stop a noun phrase,
skippable and prefield adverbs, role suffixes and titles, finite auxiliaries: grammar, not
growing data, so they are typed constants here. ``quotes.rules_de`` re-exports them.
"""

from __future__ import annotations

import re
from typing import Final

from nkru_extract.text.word_classes import ARTICLES, DEMONSTRATIVES, POSSESSIVES_3RD, PREPOSITIONS

#: Prepositions that may stand inside an apposition (with contracted forms).
PREPOSITIONS_ALL: Final[frozenset[str]] = PREPOSITIONS | frozenset(
    {"beim", "zum", "zur", "vom", "am", "im"}
)

# --------------------------------------------------------------------------------------------
# closed German word classes the chunker reads (re-exported by quotes.rules_de)
# --------------------------------------------------------------------------------------------
#: Sentence-final punctuation.
SENTENCE_END: Final[frozenset[str]] = frozenset({".", "!", "?", "…", "...", "?!", "!?"})


#: Frame prepositions taking the source as their object: "laut X", "gemäß X".
SOURCE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"laut", "gemäß", "gemäss", "lt."})


#: Nouns in "nach Angaben (von/des) X", "nach Informationen X", "nach Ansicht X".
ACCORDING_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "angaben", "informationen", "ansicht", "auffassung", "meinung", "einschätzung",
        "einschätzungen", "darstellung", "aussage", "aussagen", "worten", "schätzung",
        "schätzungen", "erkenntnissen", "berechnungen", "recherchen", "ermittlungen",
        "überzeugung", "auskunft", "mitteilung", "bericht", "berichten", "äußerungen",
    }
)  # fmt: skip


#: Personal pronouns that can be the subject of a speech verb, lower-case.
PERSON_PRONOUNS: Final[frozenset[str]] = frozenset({"er", "sie"})


#: Pronouns that never name a speaker.
NON_SPEAKER_PRONOUNS: Final[frozenset[str]] = frozenset(
    {
        "es", "das", "dies", "dieses", "man", "was", "wer", "ich", "wir", "du", "ihr", "jemand",
    }
)  # fmt: skip


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
        "im", "in", "am", "an", "auf", "bei", "beim", "vor", "nach", "mit", "zu", "zum", "zur",
        "gegenüber", "über", "unter", "aus", "für", "von", "vom", "während", "seit", "gegen",
        "ohne", "durch", "um", "bis", "und", "oder", "aber", "sondern", "dass", "daß", "ob", "wie",
        "als", "so", "auch", "noch", "bereits", "schon", "nun", "jetzt", "heute", "gestern",
        "morgen", "zudem", "weiter", "außerdem", "ausserdem", "ebenfalls", "dazu", "dann", "nicht",
        "nur", "laut", "zufolge", "es", "sich", "wörtlich", "erneut", "allerdings", "jedoch",
        "demnach", "dort", "hier", "damals", "inzwischen", "mittlerweile", "unterdessen", "ferner",
        "überdies", "offenbar", "ausdrücklich", "kürzlich", "zuletzt", "vergangene", "trotz",
        "wegen", "angesichts", "dank", "gemäß", "infolge", "vergangenen", "letzte", "letzten",
        "einem",
    }
)  # fmt: skip


#: Adverbs that may sit between an inverted speech verb and its subject ("sagte gestern X").
SKIPPABLE_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "auch", "noch", "bereits", "schon", "nun", "jetzt", "heute", "gestern", "zudem", "weiter",
        "außerdem", "ausserdem", "ebenfalls", "dazu", "dann", "damals", "erneut", "allerdings",
        "jedoch", "dort", "inzwischen", "mittlerweile", "unterdessen", "offenbar", "ausdrücklich",
        "kürzlich", "zuletzt", "wörtlich", "später", "zuvor", "sinngemäß", "nur", "schließlich",
        "lediglich", "sinngemäss", "wiederholt", "mehrfach", "abschließend", "gleichzeitig",
    }
)  # fmt: skip


#: Nouns denoting a person by role (heads of nominal descriptions that corefer with a person
#: introduced earlier): "der Militärexperte", "die Forscherin", "der 58-Jährige".
ROLE_SUFFIXES: Final[tuple[str, ...]] = (
    "experte", "expertin", "forscher", "forscherin", "sprecher", "sprecherin", "minister",
    "ministerin", "präsident", "präsidentin", "politiker", "politikerin", "chef", "chefin",
    "oberst", "general", "analyst", "analystin", "abgeordnete", "abgeordneter", "jährige",
    "jähriger", "kanzler", "kanzlerin", "diplomat", "diplomatin", "botschafter", "botschafterin",
    "kommandeur", "offizier", "wissenschaftler", "wissenschaftlerin", "professor", "professorin",
    "leiter", "leiterin", "vorsitzende", "vorsitzender", "direktor", "direktorin", "berater",
    "beraterin", "autor", "autorin", "kenner", "kennerin", "trainer", "trainerin", "anwalt",
    "anwältin", "journalist", "journalistin", "beobachter", "beobachterin", "militär",
    "funktionär", "funktionärin", "aktivist", "aktivistin", "kritiker", "kritikerin", "ökonom",
    "ökonomin", "historiker", "historikerin", "mann", "frau", "manager", "managerin", "sekretär",
    "sekretärin", "kommissar", "kommissarin", "bürgermeister", "bürgermeisterin", "gouverneur",
    "gouverneurin",
)  # fmt: skip


#: Titles that may precede a name inside a speaker noun phrase ("Oberst Korotschenko").
NAME_TITLES: Final[frozenset[str]] = frozenset(
    {
        "herr", "frau", "dr.", "prof.", "oberst", "general", "präsident", "präsidentin",
        "minister", "ministerin", "kanzler", "kanzlerin", "papst", "könig", "königin",
    }
)  # fmt: skip


CLAUSE_DELIMITERS = frozenset({",", ";", ":", "–", "—", "(", ")"})


FINITE_AUX = frozenset(
    {
        "wird", "wurde", "werden", "wurden", "hat", "hatte", "haben", "hatten", "ist", "war",
        "sind", "waren", "soll", "sollen", "will", "wollen", "kann", "können", "muss", "müssen",
        "habe", "sei", "hätte", "hätten", "würde", "würden", "konnte", "konnten", "sollte",
        "sollten", "wollte", "wollten",
    }
)  # fmt: skip


SUBJECT_DEMONSTRATIVES = frozenset({"dieser", "diese", "jener", "jene", "letzterer", "letztere"})


COMMON_NOUN_SUFFIXES = (
    "ung", "heit", "keit", "schaft", "agentur", "tion", "tät", "ium", "amt", "rat", "regierung",
    "zeitung", "polizei", "partei", "ministerium", "behörde", "dienst", "sender", "fernsehen",
    "medien", "kreise", "armee", "militär", "quelle", "reserve", "firma", "gruppe", "universität",
    "kommission", "gericht",
)  # fmt: skip


ROLE_RE = re.compile("(" + "|".join(sorted(ROLE_SUFFIXES, key=len, reverse=True)) + ")$")


#: Lower-case words that are no noun-phrase word even when capitalised.
#: Sentence adverbs (time, sequence, connection) that open a main clause capitalised but are
#: never a noun phrase: "Später fügte er hinzu", "Zuvor hatte sie erklärt".
PREFIELD_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "später", "zuvor", "vorher", "nachher", "danach", "daraufhin", "anschließend",
        "zunächst", "zuerst", "zuletzt", "jüngst", "kürzlich", "neulich", "bislang", "bisher",
        "seither", "seitdem", "derzeit", "momentan", "gegenwärtig", "zugleich", "gleichzeitig",
        "dennoch", "trotzdem", "deshalb", "daher", "darum", "deswegen", "immerhin",
        "schließlich", "abschließend", "weiterhin", "indes", "indessen", "stattdessen",
        "vielmehr", "ebenso", "gestern", "heute", "morgen", "vorgestern", "übermorgen",
        "damals", "einst", "künftig", "demnächst", "bald", "inzwischen", "mittlerweile",
        "unterdessen", "erneut", "zudem", "außerdem", "ausserdem", "ferner", "überdies",
    }
)  # fmt: skip


#: Quantifiers of a partitive phrase: "Einer der Mitarbeiter", "Einige der Abgeordneten".
PARTITIVES: Final[frozenset[str]] = frozenset(
    {
        "einer", "eine", "eines", "keiner", "keine", "jeder", "jede", "viele", "einige",
        "mehrere", "zahlreiche", "manche", "alle", "beide", "teile", "hunderte", "tausende",
    }
)  # fmt: skip


#: Heads that take a "für" attribute: "Beauftragter für X", "Bundesamt für Y".
FOR_HEADS: Final[tuple[str, ...]] = (
    "institut", "zentrum", "ministerium", "amt", "rat", "ausschuss", "kommission", "verband",
    "beauftragte", "beauftragter", "koordinator", "koordinatorin", "kommissarin", "stelle",
    "agentur", "behörde", "gesellschaft", "stiftung", "zentrale", "büro", "zentralstelle",
)  # fmt: skip


#: Lower-case words inside a long apposition ("Leiter der Abteilung für X bei der Y").
APPOSITION_LOWER: Final[frozenset[str]] = frozenset(
    {"und", "sowie", "oder", "so", "genannten", "genannte"}
)


#: Lower-case particles inside a person's name ("Pierre de Montfort", "Karl von der Heide").
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "de", "von", "van", "der", "den", "zu", "el", "al", "da", "di", "du", "le", "la", "ter",
        "ten", "dos", "del", "della", "bin", "ibn", "y",
    }
)  # fmt: skip


#: Particles that may open a noun phrase before a surname ("wie de Montfort sagte").
NP_OPENING_PARTICLES: Final[frozenset[str]] = frozenset(
    {"de", "van", "el", "al", "di", "ter", "ten", "dos", "del", "della", "bin", "ibn"}
)


#: Endings of abstract nouns: "von der Möglichkeit" after a name is an object, not an origin.
ABSTRACT_SUFFIXES: Final[tuple[str, ...]] = (
    "ung", "ungen", "heit", "keit", "keiten", "nis", "tion", "tionen", "tät", "ismus", "lage",
)  # fmt: skip


#: Separable verb particles that close a main clause ("teilte ... mit", "kündigte ... an").
VERB_PARTICLES: Final[frozenset[str]] = frozenset(
    {"mit", "an", "bekannt", "zu", "fest", "ein", "aus", "vor", "hin", "dar", "zurück", "auf"}
)


#: Weekday and month names.
TIME_NAMES: Final[frozenset[str]] = frozenset(
    {
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "sonnabend", "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli",
        "august", "september", "oktober", "november", "dezember",
    }
)  # fmt: skip

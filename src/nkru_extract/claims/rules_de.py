"""Closed German word sets for the claim rules: frame words, prepositions that mark a receiver,
time adverbs that tell planning *soll* from hearsay *soll*, continuation openers and military
context stems. Open classes (counted nouns, markers, source kinds) live in ``data/claim_*.tsv``."""

from __future__ import annotations

from typing import Final

__all__ = [
    "ACCORDING_NOUNS",
    "BERUFUNG",
    "CONTINUATION_OPENERS",
    "DESTINATION_PREPOSITIONS",
    "FORWARD_ANAPHORS",
    "HEARSAY_ADVERBS",
    "MILITARY_STEMS",
    "NP_LINKERS",
    "PERFECT_INFINITIVE",
    "PLANNING_ADVERBS",
    "REFERRING_WORDS",
    "REGION_NOUNS",
    "REPORTATIVE_SOLL",
    "REPORT_VERB_STEMS",
    "SOURCE_POSTPOSITIONS",
    "SOURCE_PREPOSITIONS",
    "SUPPLIER_PREPOSITIONS",
]

#: "laut Pentagon", "gemäß Angaben".
SOURCE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"laut", "gemäß", "gemäss", "lt."})
#: "dem Pentagon zufolge".
SOURCE_POSTPOSITIONS: Final[frozenset[str]] = frozenset({"zufolge"})
#: Nouns of "nach Angaben des Ministeriums", "nach Schätzungen westlicher Geheimdienste".
ACCORDING_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "angaben",
        "aussagen",
        "schätzungen",
        "informationen",
        "erkenntnissen",
        "berechnungen",
        "zahlen",
        "daten",
        "darstellung",
        "einschätzung",
        "militärangaben",
        "regierungsangaben",
        "armeeangaben",
        "behördenangaben",
        "medienberichten",
        "berichten",
    }
)
#: "unter Berufung auf".
BERUFUNG: Final[tuple[str, str, str]] = ("unter", "berufung", "auf")
#: Words that link a noun phrase to its genitive or name ("der Chef des Generalstabes").
NP_LINKERS: Final[frozenset[str]] = frozenset(
    {"der", "des", "die", "den", "dem", "von", "eines", "einer", "ein", "eine", "seines", "ihres"}
)
#: Prepositions before a receiving or targeted state ("nach Russland", "gegen Israel").
DESTINATION_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"nach", "in", "ins", "an", "gegen", "auf", "für", "zugunsten", "richtung"}
)
#: Prepositions before a supplying state ("aus Deutschland", "von den Niederlanden").
SUPPLIER_PREPOSITIONS: Final[frozenset[str]] = frozenset({"aus"})
#: Nouns before a region name as destination ("in die Region Kursk").
REGION_NOUNS: Final[frozenset[str]] = frozenset(
    {"region", "gebiet", "oblast", "provinz", "grenzregion", "separatistengebiete"}
)
#: Modal forms that can report hearsay ("sollen ... geschickt haben").
REPORTATIVE_SOLL: Final[frozenset[str]] = frozenset({"soll", "sollen"})
#: Words after a participle that make a perfect infinitive ("getötet worden sein").
PERFECT_INFINITIVE: Final[frozenset[str]] = frozenset({"haben", "sein", "worden"})
#: Time words that make *soll* a plan ("bis Ende des Jahres sollen ...").
PLANNING_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "bis",
        "künftig",
        "zukünftig",
        "später",
        "demnächst",
        "bald",
        "ab",
        "kommenden",
        "nächsten",
        "nächstes",
        "langfristig",
        "mittelfristig",
        "dauerhaft",
        "geplant",
        "ziel",
    }
)
#: Time and evidential adverbs that make *soll* hearsay ("sollen sich derzeit ... aufhalten").
HEARSAY_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "derzeit",
        "bereits",
        "inzwischen",
        "mittlerweile",
        "schon",
        "aktuell",
        "zurzeit",
        "angeblich",
        "gestern",
        "damals",
        "dabei",
    }
)
#: Openers of a sentence that continues the previous one's statement.
CONTINUATION_OPENERS: Final[frozenset[str]] = frozenset(
    {"davon", "dabei", "darunter", "demnach", "zudem", "außerdem", "ausserdem", "weitere"}
)
#: Sentence openers that point back ("Das berichtet die Daily Mail").
FORWARD_ANAPHORS: Final[frozenset[str]] = frozenset({"das", "dies", "dieses"})
#: Words through which a later sentence refers to an earlier figure ("Die Zahlen lassen sich
#: nicht verifizieren", "Die Tuareg wiesen dies zurück").
REFERRING_WORDS: Final[tuple[str, ...]] = (
    "dies",
    "das",
    "diese",
    "zahl",
    "angabe",
    "bericht",
    "information",
    "behauptung",
    "darstellung",
)
#: Word stems that make a sentence about the military (for context-dependent nouns).
MILITARY_STEMS: Final[tuple[str, ...]] = (
    "soldat",
    "truppe",
    "armee",
    "militär",
    "bundeswehr",
    "bundesheer",
    "streitkräfte",
    "heer",
    "wehr",
    "krieg",
    "front",
    "brigade",
    "bataillon",
    "kompanie",
    "regiment",
    "division",
    "rekrut",
    "mobilmach",
    "einsatz",
    "stationier",
    "kampf",
    "nato",
    "miliz",
    "reserv",
    "waffe",
    "rüstung",
    "luftwaffe",
    "marine",
    "verteidigung",
    "personal",
    "dienst",
)
#: Stems of verbs that pass a figure on without being verbs of saying ("verbreitet").
REPORT_VERB_STEMS: Final[tuple[str, ...]] = ("verbreit", "veröffentlich", "publizier")

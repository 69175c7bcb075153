"""Closed German word sets for the claim rules: frame words, prepositions that mark a receiver,
time adverbs that tell planning *soll* from hearsay *soll*, continuation openers and military
context stems. Open classes (counted nouns, markers, source kinds) live in ``data/claim_*.tsv``."""

from __future__ import annotations

from typing import Final

from nkru_extract.text import phrases

__all__ = [
    "ACCORDING_NOUNS",
    "ADDITIVE_OPENERS",
    "AGENT_WORDS",
    "ANAPHORIC_SOURCES",
    "BERUFUNG",
    "CLAIMING_WOLLEN",
    "CONTINUATION_OPENERS",
    "DESTINATION_PREPOSITIONS",
    "EACH_WORDS",
    "FORWARD_ANAPHORS",
    "HEARSAY_ADVERBS",
    "LIST_LINKS",
    "LOCATION_PREPOSITIONS",
    "MAKER_STEMS",
    "MILITARY_STEMS",
    "NP_LINKERS",
    "OBSERVER_WORDS",
    "PASSIVE_AUXILIARIES",
    "PERFECT_INFINITIVE",
    "PLANNING_ADVERBS",
    "RECEIVE_STEMS",
    "REFERRING_WORDS",
    "REGION_NOUNS",
    "REPORTATIVE_SOLL",
    "REPORT_NOUNS",
    "REPORT_VERB_STEMS",
    "SIDE_LINKS",
    "SOURCE_POSTPOSITIONS",
    "SOURCE_PREPOSITIONS",
    "SPEAKING_OF_STEMS",
    "STRENGTH_ENDINGS",
    "SUPPLIER_PREPOSITIONS",
    "VAGUE_DETERMINERS",
]

#: "laut Pentagon", "gemäß Angaben" (the shared frame prepositions of the text layer).
SOURCE_PREPOSITIONS: Final[frozenset[str]] = phrases.SOURCE_PREPOSITIONS
#: "dem Pentagon zufolge".
SOURCE_POSTPOSITIONS: Final[frozenset[str]] = frozenset({"zufolge"})
#: Nouns of "nach Angaben des Ministeriums", "nach Schätzungen westlicher Geheimdienste": the
#: text layer's set plus compounds and plurals that name a source's figures.
ACCORDING_NOUNS: Final[frozenset[str]] = phrases.ACCORDING_NOUNS | frozenset(
    {
        "zahlen",
        "daten",
        "militärangaben",
        "regierungsangaben",
        "armeeangaben",
        "behördenangaben",
        "medienberichten",
    }
)
#: "unter Berufung auf".
BERUFUNG: Final[tuple[str, str, str]] = ("unter", "berufung", "auf")
#: Words that link a noun phrase to its genitive or name ("der Chef des Generalstabes").
NP_LINKERS: Final[frozenset[str]] = frozenset(
    {
        "der",
        "des",
        "die",
        "den",
        "dem",
        "von",
        "vom",
        "aus",
        "eines",
        "einer",
        "ein",
        "eine",
        "seines",
        "ihres",
    }
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
PERFECT_INFINITIVE: Final[tuple[str, ...]] = ("haben", "sein", "worden")
#: Forms of *wollen* that claim when followed by a perfect infinitive ("will ... getötet haben").
CLAIMING_WOLLEN: Final[frozenset[str]] = frozenset({"will", "wollen", "wolle", "wollte"})
#: Time words that make *soll* a plan ("bis Ende des Jahres sollen ...").
PLANNING_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "bis",
        "künftig",
        "zukünftig",
        "später",
        "demnächst",
        "zunächst",
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
#: Verb stems that report a figure with "von" ("Die Kanäle sprachen von 80 Toten").
SPEAKING_OF_STEMS: Final[tuple[str, ...]] = ("sprach", "sprech", "spricht")
#: Verb stems whose subject is the receiver, not the owner ("Die Ukraine erhielt ...").
RECEIVE_STEMS: Final[tuple[str, ...]] = (
    "erhalt",
    "erhielt",
    "bekomm",
    "bekam",
    "empfang",
    "empfing",
)
#: Word stems whose subject acts on the counted forces of another side ("zerstörte 40 Panzer").
AGENT_WORDS: Final[tuple[str, ...]] = (
    "getötet",
    "tötete",
    "zerstört",
    "eliminiert",
    "vernichtet",
    "abgeschossen",
    "schoss",
    "gemacht",
    "neutralisiert",
    "erbeutet",
    "außer gefecht",
    "gefangen",
)
#: Auxiliaries of a passive clause (whose subject is the patient, not the agent).
PASSIVE_AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"wurde", "wurden", "worden", "werden", "wird", "waren"}
)
#: Tokens that join the members of a list of figures ("315 Flugzeuge, 310 Helikopter und ...").
LIST_LINKS: Final[frozenset[str]] = frozenset({",", "und", "sowie", "oder", "bzw."})
#: Sentence openers that add to the previous figure ("Hinzu kämen 50 Offiziere"): a personnel
#: figure takes the previous claim's category (killed, captured).
ADDITIVE_OPENERS: Final[frozenset[str]] = frozenset(
    {"hinzu", "dazu", "zudem", "außerdem", "ausserdem", "darunter", "davon", "dabei"}
)
#: Distributive words before a figure ("jeweils 270 Gefangene"): the figure holds for each side.
EACH_WORDS: Final[frozenset[str]] = frozenset({"jeweils", "je"})
#: Words that may stand between coordinated sides ("die Ukraine und Russland").
SIDE_LINKS: Final[frozenset[str]] = frozenset({"und", "sowie", ",", "die", "der", "den", "dem"})
#: Endings of nouns that announce a strength figure ("Truppenstärke nur gut 181.000").
STRENGTH_ENDINGS: Final[tuple[str, ...]] = ("stärke", "bestand", "zahl")
#: Determiners that make a figure vague ("mehrere hunderttausend").
VAGUE_DETERMINERS: Final[frozenset[str]] = frozenset({"mehrere", "einige", "viele", "etliche"})
#: Prepositions before a place where something happens, not an owner ("im Gazastreifen").
LOCATION_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"im", "bei", "beim", "vor", "über", "nahe", "zwischen", "um", "seit", "am", "innerhalb"}
)
#: Adverbs that point back to a source named before ("Seit Oktober sind demnach 500 ...").
ANAPHORIC_SOURCES: Final[frozenset[str]] = frozenset({"demnach", "demzufolge", "danach"})
#: Nouns after a state adjective that name a maker, not an owner ("des italienischen Herstellers").
MAKER_STEMS: Final[tuple[str, ...]] = ("hersteller", "firma", "konzern", "unternehmen", "werft")
#: Nouns of "ein Bericht des Wall Street Journal über 80.000 Tote": the report's author claims.
REPORT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "bericht",
        "berichte",
        "berichten",
        "berichts",
        "meldung",
        "meldungen",
        "recherche",
        "recherchen",
        "zahlen",
        "angaben",
        "schätzungen",
    }
)
#: Participles whose subject observes a figure rather than owning it ("identifiziert").
OBSERVER_WORDS: Final[tuple[str, ...]] = (
    "identifiziert",
    "entdeckt",
    "beobachtet",
    "registriert",
    "gezählt",
    "gesichtet",
    "geortet",
    "festgestellt",
)

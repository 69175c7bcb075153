"""Small closed German grammatical sets used by the state and unit matchers.

Large, growing lists (state names, unit nouns) live in ``data/``; this module holds only closed
classes: adjective endings, articles, prepositions and the like.
"""

from __future__ import annotations

import re

from nkru_extract.text import word_classes

__all__ = [
    "ADJECTIVE_ENDINGS",
    "AFFILIATION_PREPOSITIONS",
    "ARTICLES",
    "CURRENCY_NOUNS",
    "FEDERAL_PREFIX",
    "FEDERAL_STATES",
    "GENITIVE_ARTICLES",
    "LANGUAGE_PREPOSITIONS",
    "OFFICE_HEADS",
    "ORDINAL_RE",
    "ORGANISATION_FOLLOWERS",
    "ORGANISATION_HEADS",
    "ORGANISATION_HEAD_SUFFIXES",
    "STRENGTH_NOUNS",
    "STRENGTH_PREPOSITIONS",
]

#: Endings added to a lower-case adjective stem ("nordkoreanisch" + "e"/"en"/...). The empty
#: ending is the predicative form ("ist russisch"). Only these exact endings are accepted, so
#: "deutschsprachig" does not match the stem "deutsch".
ADJECTIVE_ENDINGS: tuple[str, ...] = ("", "e", "en", "er", "es", "em")

#: Definite and indefinite articles (and a few determiners) that may precede a mention but are
#: never part of it ("der Kreml", "das Weiße Haus").
ARTICLES: frozenset[str] = word_classes.ARTICLES

#: Articles that introduce a genitive attribute after a unit noun ("Streitkräfte der Ukraine").
GENITIVE_ARTICLES: frozenset[str] = frozenset({"der", "des"})

#: Prepositions that tie a unit noun to the state after it ("Soldaten aus Nordkorea").
AFFILIATION_PREPOSITIONS: frozenset[str] = frozenset({"aus"})

#: Nouns for a place whose name follows "von" or "bei": "der Hafen von X" names a place, where
#: "die Rede von X" may name a person.
PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "Hafen", "Stadt", "Altstadt", "Hauptstadt", "Dorf", "Ort", "Ortschaft", "Gemeinde",
        "Insel", "Halbinsel", "Küste", "Bucht", "Ufer", "Umgebung", "Nähe", "Region",
        "Provinz", "Bezirk", "Kreis", "Landkreis", "Stadtrand", "Vororte", "Zentrum",
        "Innenstadt", "Bahnhof", "Flughafen", "Festung", "Burg", "Schloss", "Kloster",
        "Norden", "Süden", "Westen", "Osten", "Nordosten", "Nordwesten", "Südosten",
        "Südwesten", "Schlacht", "Belagerung", "Einnahme", "Eroberung", "Einwohner",
    }
)  # fmt: skip

#: Words that turn a preceding place name into the name of a newspaper, team or company
#: ("Washington Post", "Kyiv Independent", "Moscow Times"): the place is then not a state mention.
ORGANISATION_FOLLOWERS: frozenset[str] = frozenset(
    {
        "Post",
        "Times",
        "Herald",
        "Independent",
        "Journal",
        "Tribune",
        "Today",
        "Daily",
        "Capitals",
        "Wizards",
        "Commanders",
        "Nationals",
    }
)

#: Head nouns of institution, company and fixed geographic names. A capitalised state adjective
#: (not at a sentence start) directly before one is part of that name, not a mention of the
#: state: "die Deutsche Bank", "die Schweizerische Nationalbank", "das Japanische Meer".
ORGANISATION_HEADS: frozenset[str] = frozenset(
    {
        "Bahn",
        "Bahnen",
        "Bundesbahn",
        "Bundesbahnen",
        "Welle",
        "Telekom",
        "Post",
        "Börse",
        "Lufthansa",
        "Presse-Agentur",
        "Nachrichtenagentur",
        "Rundfunk",
        "Meer",
        "Meeres",
        "See",
        "Bischofskonferenz",
        "Bundestag",
        "Bundestages",
        "Bundestags",
        "Theater",
        "Theaters",
        "Oper",
        "Museum",
        "Bibliothek",
        "Nationalbibliothek",
        "Akademie",
        "Universität",
        "Kirche",
        "Volkspartei",
        "Wetterdienst",
        "Gewerkschaftsbund",
        "Städtetag",
        "Fußball-Bund",
        "Fußballbund",
        "Olympische",
        "Rote",
        "Rotes",
        "Roten",
    }
)

#: Endings of compound head nouns with the same effect ("Nationalbank", "Handelskammer").
ORGANISATION_HEAD_SUFFIXES: tuple[str, ...] = (
    "bank",
    "banken",
    "kammer",
    "akademie",
    "gesellschaft",
    "verband",
    "verbandes",
    "stiftung",
    "agentur",
    "rundfunk",
    "rundfunks",
    "konferenz",
    "werke",
)

#: Prepositions before a bare adjective stem that make it a language ("auf deutsch").
LANGUAGE_PREPOSITIONS: frozenset[str] = frozenset({"auf", "in"})

#: Currency nouns: a hyphen compound ending in one names a currency, not the state ("US-Dollar").
CURRENCY_NOUNS: frozenset[str] = frozenset(
    {
        "Dollar",
        "Dollars",
        "Euro",
        "Euros",
        "Rubel",
        "Rubeln",
        "Yuan",
        "Renminbi",
        "Won",
        "Yen",
        "Pfund",
        "Franken",
        "Rupie",
        "Rupien",
        "Lira",
        "Peso",
        "Pesos",
        "Hrywnja",
        "Hrywnjas",
        "Schekel",
        "Real",
        "Krone",
        "Kronen",
        "Rand",
        "Dinar",
        "Rial",
        "Zloty",
        "Forint",
    }
)

#: Prepositions between a formation and its strength ("Truppenkontingent von 10.000 Mann",
#: "Militär mit rund 1,2 Millionen Soldaten").
STRENGTH_PREPOSITIONS: frozenset[str] = frozenset({"von", "mit"})

#: Counted nouns that express a troop strength after such a preposition (lower case).
STRENGTH_NOUNS: frozenset[str] = frozenset(
    {
        "mann",
        "soldaten",
        "soldatinnen",
        "kämpfer",
        "kämpfern",
        "kämpferinnen",
        "truppen",
        "personen",
        "angehörigen",
        "freiwilligen",
        "freiwillige",
        "elitesoldaten",
        "söldner",
        "söldnern",
        "reservisten",
        "rekruten",
    }
)

#: An ordinal number token as the German tokenizer produces it ("47.", "3.").
ORDINAL_RE: re.Pattern[str] = re.compile(r"^[1-9][0-9]{0,3}\.$")

#: Heads of role nouns that hold an office of the state named by a compound prefix
#: ("US-Präsident", "Kremlsprecher", "Pentagon-Sprecher", "Bundeskanzler"). Other heads take the
#: prefix as a topic, not as a side: "Russland-Experte", "Kreml-Kritiker", "Ukraine-Beauftragter",
#: "Moskau-Korrespondent". Matched as the end of the lower-cased role word, with inflection.
OFFICE_HEADS: tuple[str, ...] = (
    "präsident",
    "präsidentin",
    "kanzler",
    "kanzlerin",
    "minister",
    "ministerin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "machthaber",
    "diktator",
    "premier",
    "botschafter",
    "botschafterin",
    "general",
    "generalin",
    "kommandeur",
    "befehlshaber",
    "admiral",
    "diplomat",
    "diplomatin",
    "regierungschef",
    "staatschef",
    "amtskollege",
    "amtskollegin",
    "vize",
    "senator",
    "senatorin",
    "rat",
    "rätin",
)

#: The prefix of federal offices ("Bundeskanzler", "Bundesrätin", "Bundesverteidigungsminister").
FEDERAL_PREFIX = "Bundes"

#: States whose offices are called "Bundes-...": the first is the default when the document
#: names none of them; "Bundesrat"/"Bundesrätin" as a person's office default to CH.
FEDERAL_STATES: tuple[str, ...] = ("DE", "AT", "CH")

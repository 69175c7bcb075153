"""Small closed grammatical sets for the German number grammar (typed, immutable constants).

Open-ended lists (number words, scale words, qualifier phrases, unit nouns) live in
``nkru_extract/data/number_words_de.tsv``, ``number_qualifiers_de.tsv`` and
``unit_nouns_de.txt``; see ``lexicon.py``.
"""

from __future__ import annotations

__all__ = [
    "CURRENCY_PREFIXES",
    "GROUP_SEPARATORS",
    "MONTHS",
    "NAME_TITLES",
    "NON_COUNT_FOLLOWERS",
    "NOT_ADJECTIVES",
    "ORDINAL_DETERMINERS",
    "ORDINAL_NOUNS",
    "RANGE_DASHES",
    "REFERENCE_WORDS",
    "SPACE_SEPARATORS",
    "SWISS_SEPARATORS",
    "VAGUE_DETERMINERS",
]

#: Thousands separators: dot (DE/AT), apostrophe and right single quote U+2019 (CH), and spaces
#: (space, no-break space U+00A0, narrow no-break space U+202F, thin space U+2009).
GROUP_SEPARATORS: tuple[str, ...] = (".", "'", "\u2019", " ", "\u00a0", "\u202f", "\u2009")
#: Separators after which a decimal *point* is allowed (Swiss ``1'250.50``).
SWISS_SEPARATORS: frozenset[str] = frozenset({"'", "\u2019"})
#: Space-like separators: glued only under the conditions in ``docs/numbers.md``.
SPACE_SEPARATORS: frozenset[str] = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
#: Dashes that join the two ends of a range ("10.000–12.000").
RANGE_DASHES: frozenset[str] = frozenset({"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"})

#: Month names: "4. August" is a date, "Juni 2023" is a month and a year.
MONTHS: frozenset[str] = frozenset(
    {
        "januar",
        "jänner",
        "februar",
        "feber",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "jan.",
        "feb.",
        "febr.",
        "mär.",
        "apr.",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "sept.",
        "okt.",
        "nov.",
        "dez.",
    }
)

#: Words after which a bare number is a reference, not a count ("Seite 12", "Artikel 5",
#: "§ 3", "im Jahr 2022"). Compared case-insensitively.
REFERENCE_WORDS: frozenset[str] = frozenset(
    {
        "§",
        "§§",
        "abs.",
        "absatz",
        "art.",
        "artikel",
        "ausgabe",
        "band",
        "bd.",
        "episode",
        "fax",
        "folge",
        "gleis",
        "heft",
        "jahr",
        "jahre",
        "jahres",
        "kanal",
        "kapitel",
        "linie",
        "linien",
        "nummern",
        "nr.",
        "nummer",
        "paragraf",
        "paragraph",
        "platz",
        "postfach",
        "rang",
        "resolution",
        "s.",
        "seite",
        "seiten",
        "staffel",
        "tel.",
        "telefon",
        "teil",
        "version",
        "ziffer",
        "zimmer",
    }
)

#: Words before "<digits>." that make it an ordinal even before a capitalised noun
#: ("die 47. Brigade", "am 4. August"). A number after any other lowercase word and before a
#: capitalised non-month word is read as a count at a sentence end ("stieg auf 35. Das ...").
ORDINAL_DETERMINERS: frozenset[str] = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "am",
        "im",
        "vom",
        "zum",
        "zur",
        "beim",
        "ab",
        "seit",
        "bis",
        "ihr",
        "ihre",
        "ihrer",
        "ihrem",
        "ihren",
        "sein",
        "seine",
        "seiner",
        "seinem",
        "seinen",
        "jede",
        "jeder",
        "jedes",
        "jeden",
        "jedem",
        "unsere",
        "unserer",
        "eine",
        "einer",
        "einem",
        "einen",
        "eines",
        "ins",
        "ans",
        "aufs",
        "fürs",
        "übers",
        "ums",
        "vor",
        "nach",
    }
)

#: Nouns that follow an ordinal, not a count, after "<digits>." ("im 21. Jahrhundert").
ORDINAL_NOUNS: frozenset[str] = frozenset(
    {
        "jahrhundert",
        "jahrhunderts",
        "jahrtausend",
        "jahrestag",
        "geburtstag",
        "todestag",
        "spieltag",
        "minute",
        "runde",
        "etage",
        "stock",
        "stockwerk",
        "liga",
        "klasse",
        "lebensjahr",
        "amtszeit",
        "legislaturperiode",
        "armee",
        "brigade",
        "division",
        "kompanie",
        "bataillon",
        "regiment",
        "korps",
        "flotte",
        "panzerarmee",
    }
)

#: Lowercase words ending like an inflected adjective that are not adjectives; the unit search
#: stops at them ("100 Soldaten" but "100 seien" has no unit).
NOT_ADJECTIVES: frozenset[str] = frozenset(
    {
        "aber",
        "alle",
        "allen",
        "aller",
        "alles",
        "andere",
        "anderen",
        "beide",
        "beiden",
        "da",
        "dabei",
        "daher",
        "dann",
        "denen",
        "deren",
        "der",
        "des",
        "die",
        "diese",
        "diesen",
        "dieser",
        "dieses",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "etwa",
        "habe",
        "haben",
        "hatte",
        "hatten",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "jede",
        "jeden",
        "jeder",
        "keine",
        "keinen",
        "keiner",
        "mehr",
        "meine",
        "oder",
        "seien",
        "seine",
        "seinen",
        "seiner",
        "sie",
        "sind",
        "unsere",
        "unter",
        "waren",
        "weiter",
        "welche",
        "welchen",
        "welcher",
        "wenige",
        "werden",
        "wie",
        "wieder",
        "wurden",
        "wäre",
        "wären",
        "über",
    }
)

#: Words after a number that make it a clock time or a date, never a count ("14 Uhr").
NON_COUNT_FOLLOWERS: frozenset[str] = frozenset({"uhr", "h"}) | MONTHS

#: Determiners that turn a following "Hundert"/"Tausend"/scale word into a vague amount
#: ("mehrere Tausend Soldaten": at least 2000).
VAGUE_DETERMINERS: tuple[str, ...] = (
    "ein paar",
    "einige",
    "einigen",
    "etliche",
    "etlichen",
    "mehrere",
    "mehreren",
    "viele",
    "vielen",
)

#: Currency signs and codes written before the amount ("$ 94.000", "CHF 100").
CURRENCY_PREFIXES: tuple[str, ...] = ("US-$", "US$", "$", "€", "£", "CHF", "USD", "EUR", "Fr.")

#: Titles before a capitalised number word that make it a surname ("Dr. Sieben").
NAME_TITLES: frozenset[str] = frozenset(
    {"Dr.", "Prof.", "Herr", "Herrn", "Frau", "Hr.", "Fr.", "Familie", "Mag.", "Ing."}
)

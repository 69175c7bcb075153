"""Small closed grammatical sets for the German number grammar (typed, immutable constants).

Open-ended lists (number words, scale words, qualifier phrases, unit nouns) live in
``nkru_extract/data/number_words_de.tsv``, ``number_qualifiers_de.tsv`` and
``unit_nouns_de.txt``; see ``lexicon.py``.
"""

from __future__ import annotations

__all__ = [
    "CLOCK_WORDS",
    "COUNT_NOUN_PREPOSITIONS",
    "CURRENCY_PREFIXES",
    "DESIGNATION_WORDS",
    "FRACTION_NOUNS",
    "FUNCTION_WORDS",
    "GOVERNED_QUALIFIERS",
    "GROUP_SEPARATORS",
    "MONTHS",
    "NAME_TITLES",
    "NON_COUNT_FOLLOWERS",
    "NOT_ADJECTIVES",
    "ORDINAL_DETERMINERS",
    "ORDINAL_NOUNS",
    "ORDINAL_STEMS",
    "ORDINAL_UNIT_SUFFIXES",
    "RANGE_DASHES",
    "REFERENCE_WORDS",
    "SHARE_DETERMINERS",
    "SPACE_SEPARATORS",
    "SWISS_SEPARATORS",
    "TIME_NOUN_ENDINGS",
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

#: Fraction nouns read only after the article "die": "die Hälfte" is 1/2 ("über die Hälfte der
#: Befragten" is ``more_than`` 0.5); "in der zweiten Hälfte" is no number.
FRACTION_NOUNS: dict[str, tuple[int, int]] = {"hälfte": (1, 2)}

#: "jeder Dritte", "jede fünfte Schweizerin": a determiner of "each" before a written ordinal is
#: the share 1/n (the ordinal word ends the mention).
SHARE_DETERMINERS: frozenset[str] = frozenset({"jeder", "jede", "jedes", "jeden", "jedem"})
#: Irregular ordinal stems (after the inflection is removed: "dritte" -> "dritt").
ORDINAL_STEMS: dict[str, int] = {"dritt": 3, "siebt": 7, "siebent": 7, "acht": 8}

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
        "az.",
        "aktenzeichen",
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
        "phase",
        "platz",
        "postfach",
        "rang",
        "resolution",
        "s.",
        "seite",
        "seiten",
        "staffel",
        "stufe",
        "tel.",
        "telefon",
        "teil",
        "terminal",
        "typ",
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

#: Endings of military unit nouns: "<digits>." before such a noun (or a compound ending in
#: one), possibly after capitalised adjectives, is an ordinal ("47. Mechanisierte Brigade",
#: "3. Sturmbrigade", "155. Marineinfanteriebrigade").
ORDINAL_UNIT_SUFFIXES: tuple[str, ...] = (
    "brigade",
    "division",
    "armee",
    "regiment",
    "bataillon",
    "kompanie",
    "korps",
    "flotte",
    "geschwader",
    "staffel",
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

#: Brand, product and programme names whose following number is a designation, even with a
#: capitalised word after it ("Boeing 737 Max", "iPhone 15", "Leopard 2", "Formel 1").
#: Compared case-insensitively.
DESIGNATION_WORDS: frozenset[str] = frozenset(
    {
        "airbus",
        "android",
        "apollo",
        "boeing",
        "embraer",
        "formel",
        "galaxy",
        "ios",
        "ipad",
        "iphone",
        "leopard",
        "mercedes",
        "pixel",
        "playstation",
        "rossiya",
        "shahed",
        "sojus",
        "windows",
        "xbox",
    }
)

#: Closed-class words that are capitalised only at the start of a sentence. A number after
#: them is a count, not part of a name ("Mit 312 zu 294 Stimmen"). Compared lowercased.
#: Temporal prepositions ("Bis", "Seit", "Nach") are left out: "Bis 1457 wurde ..." is a year.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "aber",
        "allein",
        "also",
        "an",
        "auch",
        "auf",
        "aus",
        "bei",
        "bereits",
        "da",
        "damals",
        "dann",
        "davon",
        "dabei",
        "darunter",
        "doch",
        "durch",
        "erst",
        "für",
        "gegen",
        "gestern",
        "heute",
        "in",
        "insgesamt",
        "inzwischen",
        "jetzt",
        "je",
        "mit",
        "neben",
        "noch",
        "nun",
        "nur",
        "ohne",
        "pro",
        "schon",
        "so",
        "und",
        "unter",
        "von",
        "weitere",
        "zu",
        "zudem",
        "zuletzt",
        "zusammen",
        "zwischen",
        "über",
    }
)

#: Time nouns before a bare number that make it a count, not part of a name ("am Morgen 43
#: Drohnen", "in der Nacht 43 von 57"). Matched as the end of the lowercased word, so
#: "Sonntagmorgen" and "Montagabend" are included.
TIME_NOUN_ENDINGS: tuple[str, ...] = (
    "morgen",
    "vormittag",
    "mittag",
    "abend",
    "nacht",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "wochenende",
    "vorjahr",
    "vormonat",
    "vorwoche",
    "quartal",
    "halbjahr",
    "zeitraum",
    "sommer",
    "herbst",
    "winter",
    "frühjahr",
    "frühling",
)

#: Weak qualifiers that are prepositions governed by the word before them: after these words
#: the qualifier reading is dropped ("verfügt über 110 Mandate", "Bericht über 300 Fälle",
#: "eine Umfrage unter 1000 Menschen"). Each pattern must match the whole lowercased word.
#: A duration keeps the qualifier: "diskutierten über 2 Stunden" is more than two hours.
GOVERNED_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "über": (
        r"verfüg(?:e|en|st|t|te|ten|test)",
        r"bericht(?:e|en|es|et|ete|eten|s|erstattung)?",
        r"(?:ge)?sprech(?:e|en|t)|spr(?:a|i)ch(?:t|en|st)?|gesprochen|gespräch(?:e|en|s)?",
        r"diskut(?:iere|ieren|iert|ierte|ierten|iertest)|diskussion(?:en)?",
        r"debatt(?:e|en|iere|ieren|iert|ierte|ierten)",
        r"informier(?:e|en|t|te|ten)|information(?:en)?",
        r"entscheid(?:e|en|et|ung|ungen)|entschied(?:en)?",
        r"verhandel(?:n|t|te|ten)|verhandl(?:e|ung|ungen)",
        r"streit(?:e|en|et)?|stritt(?:en)?|gestritten",
        r"abstimmung(?:en)?|abgestimmt",
        r"beschwer(?:e|en|t|te|ten)|klag(?:e|en|t|te|ten)",
        r"(?:be)?urteil(?:e|en|t|te|ten)?",
        r"kontrolle|herrsch(?:e|en|t|te|ten)",
        r"(?:ge)?schrieben|schreib(?:e|en|t)|schrieb(?:en)?",
    ),
    "unter": (r"umfrage(?:n)?|befragung(?:en)?|aufgeteilt|verteilt",),
}

#: Words before a small number that make it a clock time ("um halb neun", "Viertel nach
#: acht", "dreiviertel neun"). "nach"/"vor" count only after "Viertel".
CLOCK_WORDS: frozenset[str] = frozenset({"halb", "viertel", "dreiviertel"})

#: Prepositions after which a year-like number is a count when a count noun ("Zahl",
#: "Anzahl", "Opferzahl") stands earlier in the sentence: "Die Zahl stieg auf 2000."
#: "von" is left out: "die Arbeitslosenzahlen von 1992" are the figures of a year.
COUNT_NOUN_PREPOSITIONS: frozenset[str] = frozenset({"auf", "um"})

"""Closed German word classes that the matchers read around a candidate word.

Articles, determiners, prepositions, conjunctions and list joiners: grammar, not data that
grows, so they are typed constants here rather than lexicon files. Every capability reads its
articles and determiners from here.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ARTICLES",
    "CONJUNCTIONS",
    "CONNECTIVES",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "FINITE_AUXILIARIES",
    "GENITIVE_ARTICLES",
    "LIST_JOINERS",
    "POSSESSIVES_3RD",
    "PREPOSITIONS",
    "SUBORDINATORS",
]

#: Definite and indefinite articles, every case.
ARTICLES: Final[frozenset[str]] = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"}
)
#: Demonstrative determiners.
DEMONSTRATIVES: Final[frozenset[str]] = frozenset(
    {"dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene"}
)
#: Third-person possessive determiners ("sein Sprecher", "ihre Ministerin").
POSSESSIVES_3RD: Final[frozenset[str]] = frozenset(
    {"sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren"}
)

#: Articles, determiners and possessives: a single capitalised word after one is a noun.
DETERMINERS: Final[frozenset[str]] = (
    ARTICLES
    | DEMONSTRATIVES
    | POSSESSIVES_3RD
    | frozenset({"unser", "unsere", "jede", "jeder", "jeden", "jedem", "jedes"})
    | frozenset({"kein", "keine", "keinen", "keinem", "keiner", "welche", "welcher", "welches"})
)

#: Prepositions: a single capitalised word right after one is not a sentence subject.
PREPOSITIONS: Final[frozenset[str]] = frozenset(
    [
        "in",
        "im",
        "ins",
        "aus",
        "auf",
        "am",
        "an",
        "bei",
        "beim",
        "mit",
        "nach",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "für",
        "über",
        "unter",
        "vor",
        "hinter",
        "neben",
        "zwischen",
        "durch",
        "gegen",
        "ohne",
        "um",
        "seit",
        "bis",
        "trotz",
        "wegen",
        "während",
    ]
)

#: Conjunctions of a coordination ("Nord- und Südkorea", "Peskow und Lawrow").
CONJUNCTIONS: Final[frozenset[str]] = frozenset({"und", "oder", "bzw.", "sowie"})

#: Tokens that may stand between two items of a list of names ("A, B und C").
LIST_JOINERS: Final[frozenset[str]] = frozenset({",", "und", "sowie"})

#: Articles that open a genitive attribute ("Chef des HUR", "Sprecherin der Regierung").
GENITIVE_ARTICLES: Final[frozenset[str]] = frozenset({"des", "der"})

#: Short finite auxiliaries and modals (singular) after which the subject follows in an
#: inverted clause ("Damit will Laukötter …", "Seit 1922 war X …").
FINITE_AUXILIARIES: Final[frozenset[str]] = frozenset(
    {
        "hat",
        "hatte",
        "ist",
        "war",
        "wird",
        "wurde",
        "will",
        "wollte",
        "kann",
        "konnte",
        "muss",
        "musste",
        "soll",
        "sollte",
        "darf",
        "durfte",
        "mag",
        "möchte",
    }
)

#: Sentence-initial connectives and adverbs that may stand before a sentence's subject without
#: inverting it ("Doch X wurde …", "Auch X kam …").
CONNECTIVES: Final[frozenset[str]] = frozenset(
    {"Doch", "Aber", "Und", "Denn", "Oder", "Sondern", "Allein", "Nur", "Selbst"}
)

#: Subordinating conjunctions: the subject of the clause follows at once ("dass X nicht kam",
#: "weil X zögerte"), so an unknown capitalised word right after one is a subject.
SUBORDINATORS: Final[frozenset[str]] = frozenset(
    {
        "dass",
        "daß",
        "ob",
        "weil",
        "obwohl",
        "nachdem",
        "bevor",
        "sobald",
        "solange",
        "falls",
        "sofern",
        "warum",
        "weshalb",
        "wieso",
        "wohin",
        "wodurch",
    }
)

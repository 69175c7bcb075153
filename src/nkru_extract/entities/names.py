"""Name shape and variants: which tokens may be given names, surnames or name particles.

Token-level predicates that every person rule reads ("is this capitalised word a German common
noun or a possible surname?", "may a name start here?"), the genitive forms of names, and the
canonical key of a name on its own (``person_key``). Pure functions over strings and the person
lexicon, cached per word; no Doc and no document state.
"""

from __future__ import annotations

import functools
import re

from nkru_extract.entities.person_lexicon import (
    first_names,
    german_common_words,
    german_lemmas,
    known_first_keys,
    known_people,
    known_surnames,
    name_clusters,
    name_key,
    nonnames,
    other_words,
    surnames,
    titles,
)
from nkru_extract.entities.person_rules import (
    FAMILY_FIRST,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    ORG_HEADS,
)
from nkru_extract.entities.roles import role_info
from nkru_extract.text.doc_view import WordClass

__all__ = ["person_key", "surname_shaped"]

_NAME_SHAPE = re.compile(r"^[^\W\d_][\w'’.-]*$")
INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}I{0,3}|XI?V|XVI{0,3})\.$")
_GLUED = re.compile(r"[a-zäöüß]{2}[A-ZÄÖÜ][a-zäöü]")
_CAMEL_OK = ("Mc", "Mac", "Fitz", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "D'")
_GENITIVE_APOS = ("'s", "’s", "'", "’")
MAX_NAME_TOKENS = 5
LEAD_PARTICLES = frozenset(
    [
        "von",
        "van",
        "vom",
        "de",
        "da",
        "di",
        "del",
        "della",
        "du",
        "dos",
        "al",
        "bin",
        "ibn",
        "zu",
        "ten",
        "ter",
        "la",
        "le",
    ]
)
#: Capitalised particles that open a surname inside a name ("Alexander Van der Bellen",
#: "Pierre De Villiers"); only when more name tokens follow.
CAP_PARTICLES = frozenset(
    ["Van", "De", "Di", "Da", "Le", "La", "Du", "Del", "Della", "Dos", "Ten", "Ter", "Al", "El"]
)
OPENING_PARTICLES = CAP_PARTICLES | {
    "Von",
    "von",
    "van",
    "de",
    "di",
    "da",
    "du",
    "del",
    "della",
    "zu",
}
ALL_PARTICLES = CAP_PARTICLES | NAME_PARTICLES
#: Prepositions after which a lone given name is a place ("aus Sofia", "nach Victoria").
PLACE_PREPOSITIONS = frozenset({"aus", "nach", "in"})
_NOUN_SUFFIXES = tuple(
    [
        "ung",
        "ungen",
        "heit",
        "heiten",
        "keit",
        "keiten",
        "schaft",
        "schaften",
        "tion",
        "tionen",
        "ität",
        "itäten",
        "ismus",
        "nisse",
        "ierung",
        "chen",
    ]
)
#: Heads of German surnames that are also nouns: "Quappmann", "Rosenberg" stay names.
_SURNAME_HEADS = frozenset(
    [
        "Mann",
        "Berg",
        "Dorf",
        "Feld",
        "Bach",
        "Burg",
        "Haus",
        "Baum",
        "Horn",
        "Kamp",
        "Hof",
        "Brink",
        "Stein",
        "Bauer",
        "Müller",
        "Meier",
        "Mayer",
        "Maier",
        "Huber",
        "Hofer",
        "Reiter",
        "Berger",
        "Wald",
        "Thal",
        "Tal",
        "Schmidt",
        "Schmied",
        "Beck",
        "Bäcker",
        "Schneider",
        "Fischer",
        "Becker",
        "Weber",
        "Wagner",
        "Richter",
        "Koch",
        "Lehner",
        "Brunner",
        "Felder",
        "Kirchner",
        "Hauser",
        "Häusler",
        "Heim",
        "Hausen",
        "Bichler",
        "Leitner",
        "Egger",
        "Ecker",
        "Huber",
        "Rieder",
        "Winkler",
        "Steiner",
    ]
)
NAME_TITLES = frozenset({"Lady", "Sir", "Dame", "Lord", "Miss"})
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ar|an|at|az|asch|ash)-[A-ZÄÖÜ]")


@functools.cache
def namelike(word: str) -> bool:
    """Capitalised word that may be part of a name (no digits, not an acronym)."""
    if ARABIC_ARTICLE.match(word):
        return True
    if not _NAME_SHAPE.match(word) or not word[0].isupper() or any(c.isdigit() for c in word):
        return False
    if word.endswith(("-", "–")) or (_GLUED.search(word) and not word.startswith(_CAMEL_OK)):
        return False
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return False
    return word not in FUNCTION_WORDS


@functools.lru_cache(maxsize=1 << 18)
def strip_genitive(word: str) -> str:
    for suffix in _GENITIVE_APOS:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def is_plain_common(word: str) -> bool:
    """A word of the German lexicon outside the name clusters (no compound guessing)."""
    common = german_common_words()
    if word in common or word.lower() in common:
        return True
    given_like, family_like = name_clusters()
    return word in german_lemmas() and word not in given_like and word not in family_like


@functools.cache
def is_common(word: str) -> bool:
    """A German common word (noun or any lower-case word), compounds included; not a name."""
    if word in first_names() or word in known_surnames():
        return False
    common = german_common_words()
    if word in common or word.lower() in common:
        return True
    if word.count("-") == 1:
        head, tail = word.split("-")
        if (
            tail in surnames()
            and head[:1].isupper()
            and len(head) > 2
            and head not in common
            and head.lower() not in common
            and head not in german_lemmas()
        ):
            return False  # a double surname: "Strack-Zimmermann", "Baume-Schneider"
    base = word.rsplit("-", 1)[-1] if "-" in word else word
    if base and (base in common or base.lower() in common):
        return True
    given_like, family_like = name_clusters()
    lemmas = german_lemmas()
    if word in lemmas and word not in given_like and word not in family_like:
        return True  # a lemma outside the name clusters: "Test", "Interview", "Song"
    if word in given_like or word in family_like or word in surnames():
        return False
    if len(base) > 6 and base.endswith(_NOUN_SUFFIXES):
        return True  # Wieder|eröffnung, Gemeinschaft, Nation
    # compounds: Bomben|anschlägen, Panzer|haubitzen (a known head noun)
    known = base in other_words()
    others = other_words()
    for cut in range(3, len(base) - 3):
        head = base[cut].upper() + base[cut + 1 :]
        if head in _SURNAME_HEADS or (len(head) < 5 and known):
            continue
        if head in common or (head in lemmas and head not in family_like):
            return True
        if len(head) >= 5 and head in others:
            return True
    return False


@functools.lru_cache(maxsize=1 << 18)
def surname_verdict(word: str, strict: bool) -> bool | None:
    """``Scanner.surname_ok`` for an unblocked token with this text, when the text alone
    decides it (``None`` when a multi-word role may start at the token)."""
    if not namelike(word) or INITIAL.match(word):
        return False
    bare = strip_genitive(word)
    non = nonnames()
    if bare in non or word in non or word in ORG_HEADS:
        return False
    info = role_info(word)
    if info is not None and info[0]:
        return None  # "Oberst der Reserve": depends on the next tokens
    # "Präsident", "Frau" are no surnames, but "Graf", "Kaiser", "Richter" can be
    is_role = word in titles() or (info is not None and info[1] is not None)
    if is_role and (strict or word not in surnames()):
        return False
    if strict:
        return not is_common(word) or (bare != word and not is_common(bare))
    return True


@functools.lru_cache(maxsize=1 << 18)
def may_start_name(word: str) -> bool:
    """Whether a candidate can start at an unblocked token with this text (unless a title
    precedes it: "Frau Fischer").

    ``name_candidate`` needs a listed person's first word, a family-first name, or a given name
    (``Scanner.is_first``); ``context_candidate`` needs a strict surname (or a title before).
    """
    if not namelike(word):
        return False
    if word in FAMILY_FIRST or may_start_known(word):
        return True
    first = first_names()
    if word in first:
        return True
    if "-" in word:
        parts = word.split("-")
        if len(parts) == 2 and all(p in first for p in parts):
            return True
    if not is_common(word):
        given_like, _ = name_clusters()
        if word in given_like or (INITIAL.match(word) and word[0] not in "IVX"):
            return True
    return surname_verdict(word, True) is not False


NAME_STARTS = WordClass(may_start_name)
NAMELIKE = WordClass(namelike)


@functools.lru_cache(maxsize=1 << 18)
def may_start_known(word: str) -> bool:
    """Whether a listed person's name form may start with this token (genitive forms too)."""
    bare = strip_genitive(word)
    return bool({name_key(word), name_key(bare), name_key(bare[:-1])} & known_first_keys())


def person_key(name: str) -> str:
    """The canonical key of a name on its own: a listed person's name, else the name.

    Example:
        >>> person_key("Kim Jong Un")
        'Kim Jong-un'
    """
    person = known_people().get(name_key(name))
    return person.name if person is not None else name


def surname_shaped(word: str) -> bool:
    """A capitalised word that may be a surname and is not a German common word."""
    return surname_verdict(word, True) is True

"""Context cues that make a capitalised word a person even when the word itself says little.

The name rules in ``person_scan`` need a name to look like one (a listed given name, a surname
shape, a word that is no German noun). These cues license names that are also common words or
unknown, from the slot they stand in:

* a speaker slot: a verb of speaking, then one or two capitalised words, then punctuation
  (", sagte Alt.", "betont Müller,", "erklärte Christiane Holländer,");
* an interview turn: a capitalised word opening a sentence, a colon, then a quotation mark or a
  first-person pronoun ("Güllner: „…“", "Schwarz: Ich …");
* a regnal name in the genitive: a listed given name with -s before a Roman numeral
  ("Leopolds II.", "Ottos I.").

Pure functions over the token texts; the scanner turns a hit into a candidate.
"""

from __future__ import annotations

from collections.abc import Sequence

from nkru_extract.entities.names import INITIAL, ROMAN, is_common, namelike, strip_genitive
from nkru_extract.entities.person_lexicon import (
    first_names,
    german_common_words,
    nonnames,
    surnames,
    titles,
)
from nkru_extract.entities.person_rules import FUNCTION_WORDS, ORG_HEADS, SPEECH_BEFORE
from nkru_extract.entities.roles import role_at
from nkru_extract.entities.rules_de import ORGANISATION_FOLLOWERS
from nkru_extract.text.doc_view import WordClass

__all__ = ["cue_starts", "cue_words", "cued_name"]

#: Tokens that close a speaker slot ("sagte Alt." / "sagte Alt, der …").
_CLOSERS = frozenset({".", ",", "!", "?", ";", ")", ":", "–", "-"})
#: Speech cues that are also ordinary words ("so", "laut", "sagen"): they license only words
#: that are no German common word.
_WEAK_CUES = frozenset({"so", "laut", "sagen"})
#: What follows the colon of an interview turn.
_QUOTES = frozenset({'"', "„", "“", "”", "«", "»", "‚", "'"})
_FIRST_PERSON = frozenset({"Ich", "Wir"})


def _is_cue(word: str) -> bool:
    """A verb of speaking (any case) or a Roman numeral (with or without its dot)."""
    if word.lower() in SPEECH_BEFORE:
        return True
    return len(word) < 6 and ROMAN.match(word if word.endswith(".") else word + ".") is not None


#: Every token text tested once per process, not once per document.
_CUES = WordClass(_is_cue)


def cue_words(distinct: frozenset[str]) -> set[str]:
    """The token texts among ``distinct`` that may be a cue: verbs of speaking, Roman numerals
    and the colon."""
    found = set(_CUES.among(distinct))
    if ":" in distinct:
        found.add(":")
    return found


def cue_starts(
    words: Sequence[str], sent_starts: Sequence[bool], positions: Sequence[int]
) -> set[int]:
    """Token indices where a cue at one of ``positions`` (tokens whose text is in
    ``cue_words``) may license a name; ``cued_name`` checks them."""
    n = len(words)
    found: set[int] = set()
    for i in positions:
        word = words[i]
        if word == ":":
            if i > 0 and sent_starts[i - 1]:
                found.add(i - 1)
        elif word.lower() in SPEECH_BEFORE:
            if i + 1 < n:
                found.add(i + 1)
        elif i > 0 and words[i - 1].endswith("s"):
            found.add(i - 1)  # "Leopolds II."
    return found


def _bare_name(word: str) -> bool:
    """A capitalised word that may be a name at all (no role, title, institution, initial)."""
    if not namelike(word) or INITIAL.match(word) or word in FUNCTION_WORDS:
        return False
    non = nonnames()
    if word in non or strip_genitive(word) in non or word in ORG_HEADS or word in titles():
        return False
    return word not in ORGANISATION_FOLLOWERS


def cued_name(
    words: Sequence[str], sent_starts: Sequence[bool], blocked: Sequence[bool], i: int
) -> tuple[int, int, str] | None:
    """The token range of a name licensed by a cue at token ``i`` and the cue (``"regnal"`` or
    ``"speech"``); ``None`` when no cue applies."""
    n = len(words)

    def free(k: int) -> bool:
        return 0 <= k < n and not blocked[k]

    def word(k: int) -> str:
        return words[k] if 0 <= k < n else ""

    if not free(i) or not _bare_name(words[i]) or role_at(words, i) is not None:
        return None
    current = words[i]
    nxt = word(i + 1)
    # "Leopolds II.", "Ottos I." (the tokenizer may split the numeral's dot off)
    if current.endswith("s") and current[:-1] in first_names():
        end = (
            i + 2
            if ROMAN.match(nxt)
            else i + 3
            if word(i + 2) == "." and ROMAN.match(nxt + ".")
            else i
        )
        if end > i:
            if word(end) == "von" and free(end + 1) and namelike(words[end + 1]):
                end += 2  # "Ottos II. von Neumarkt"
            return i, end, "regnal"
    prev = word(i - 1).lower()
    if prev in SPEECH_BEFORE and not sent_starts[i]:
        j = i + 1
        if free(j) and not sent_starts[j] and _bare_name(words[j]) and role_at(words, j) is None:
            j += 1  # a second name word: "sagt Christiane Holländer,"
        if j < n and words[j] not in _CLOSERS:
            return None
        # after a listed given name the next word is its surname, common word or not
        given = current in first_names() and j == i + 2
        common = [w for w in words[i:j] if is_common(w) and not (given and w == words[i + 1])]
        if common and prev in _WEAK_CUES:
            return None  # "laut Angaben,", "so Gott will"
        if any(w not in surnames() and w.lower() not in german_common_words() for w in common):
            return None  # a noun is an object: "meldete Erfolge."; "sagte Alt." is a name
        return i, j, "speech"
    if (
        sent_starts[i]
        and nxt == ":"
        and (word(i + 2) in _QUOTES or word(i + 2) in _FIRST_PERSON)
        and (not is_common(current) or current in surnames())
    ):
        return i, i + 1, "speech"
    return None

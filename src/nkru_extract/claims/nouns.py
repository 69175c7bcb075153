"""Where a figure's counted noun stands when the number layer attached none to it: the head of
a truncated compound ("19 Bataillons- und zwei Brigadekommandeure"), a partitive ("fünf der
Systeme"), a noun behind an extended attribute ("24 am Montag getötete Soldaten"), or a noun left
out because an earlier figure names it ("…, 300 davon", "in rund 600, die …", "drei weitere");
plus the shared word classes of the claim rules. Pure functions over ``SentenceView``."""

from __future__ import annotations

from nkru_extract.claims.lexicon import ClaimLexicon
from nkru_extract.claims.rules_de import (
    DESTINATION_PREPOSITIONS,
    LOCATION_PREPOSITIONS,
    MILITARY_STEMS,
    SOURCE_POSTPOSITIONS,
    SUPPLIER_PREPOSITIONS,
)
from nkru_extract.claims.view import DocView, SentenceView
from nkru_extract.text.word_classes import PREPOSITIONS
from nkru_extract.types import Claim, NumberMention

__all__ = [
    "ADJECTIVE_ENDINGS",
    "ALL_PREPOSITIONS",
    "ARTICLES",
    "CLAUSE_BREAKS",
    "COORDINATORS",
    "GENITIVE_ARTICLES",
    "NP_REACH",
    "elided_in_sentence",
    "extended_attribute",
    "military_sentence",
    "nominal_figure",
    "noun_at",
    "truncated_head",
]

CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})
NP_REACH = 4
GENITIVE_ARTICLES = frozenset({"der", "des"})
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
COORDINATORS = frozenset({"und", "oder", "sowie", "bzw."})
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem"})
_FURTHER = frozenset({"weitere", "weiteren", "weiterer"})
_PARTICLES = frozenset({"zu", "an", "aus", "hinzu", "dazu"})
_RELATIVE_PRONOUNS = ("die", "der", "denen", "deren", "welche")
# what may follow a figure whose noun is left out: a clause break or the sentence end
_ELIDED_FOLLOWERS = frozenset({".", "!", "?", ",", ";", ":", "–", "—", ")", "und", "oder"})
ALL_PREPOSITIONS = (
    PREPOSITIONS
    | DESTINATION_PREPOSITIONS
    | LOCATION_PREPOSITIONS
    | SUPPLIER_PREPOSITIONS
    | SOURCE_POSTPOSITIONS
)


def military_sentence(view: DocView, sent: SentenceView) -> bool:
    """Whether a sentence is about the military: a unit mention or a military word."""
    if any(m.label == "UNIT" for m in view.mentions_in(sent.start, sent.end)):
        return True
    return any(stem in word for word in sent.words for stem in MILITARY_STEMS)


def truncated_head(view: DocView, sent: SentenceView, unit_end: int) -> str | None:
    """The compound that completes a truncated counted noun ("19 Bataillons- und zwei
    Brigadekommandeure" -> "Brigadekommandeure"), or None when the noun is not truncated."""
    if view.text[unit_end : unit_end + 1] not in ("-", "\u2010"):
        return None
    j = sent.token_after(unit_end + 1)
    if j >= len(sent.words) or sent.words[j] not in COORDINATORS | {","}:
        return None
    for k in range(j + 1, min(j + 1 + NP_REACH, len(sent.tokens))):
        text = sent.tokens[k].text
        if text[:1].isupper():
            return text
        if not text[:1].isalnum():
            return None
    return None


def noun_at(view: DocView, sent: SentenceView, k: int, lexicon: ClaimLexicon) -> str | None:
    """The category of the capitalised noun at token ``k``, with the same context conditions
    as a counted noun; None for other words and non-claims."""
    if k >= len(sent.tokens) or not sent.tokens[k].text[:1].isupper():
        return None
    entry = lexicon.noun_category(sent.tokens[k].text)
    if entry is None or entry[0] == "none":
        return None
    category, needs_context = entry
    if category == "materiel":
        context = view.military_document(MILITARY_STEMS)
    else:
        context = military_sentence(view, sent)
    if needs_context and not context:
        return None
    return category


def extended_attribute(
    view: DocView, sent: SentenceView, at: int, lexicon: ClaimLexicon
) -> str | None:
    """The category of a counted noun behind an extended attribute that opens with a
    preposition ("24 am Montag getötete Soldaten"): the first noun after a participle or
    adjective, within a few words and no punctuation."""
    if at >= len(sent.words) or sent.words[at] not in ALL_PREPOSITIONS:
        return None
    for k in range(at + 1, min(at + 2 + NP_REACH, len(sent.tokens))):
        text = sent.tokens[k].text
        if not text[:1].isalnum():
            return None
        word = sent.words[k - 1]
        if (
            text[:1].isupper()
            and sent.tokens[k - 1].text.islower()
            and word.endswith(ADJECTIVE_ENDINGS)
            and word not in ALL_PREPOSITIONS
            and word not in ARTICLES
        ):
            return noun_at(view, sent, k, lexicon)
    return None


def nominal_figure(sent: SentenceView, last: int) -> bool:
    """Whether a figure without a noun stands as a noun phrase of its own, pointing back to
    the previous claim: "drei weitere(n)", or a relative clause on it ("auf rund 600 zu, die
    …", "über den 3.000, die er gemeldet hatte")."""
    words = sent.words
    if last < len(words) and words[last] in _FURTHER:
        return True
    if last < len(words) and words[last] in _PARTICLES:
        last += 1  # "trifft auf rund 600 zu, die …"
    return words[last : last + 2] in ([",", w] for w in _RELATIVE_PRONOUNS)


def elided_in_sentence(sent: SentenceView, number: NumberMention, previous: Claim) -> bool:
    """Whether a figure without a counted noun follows a claim of its own sentence across a
    clause break or a conjunction ("…, 40 davon …", "…, und rund 200, die …", "…, bis zu 15
    gefangen genommen"), so that it counts the same noun."""
    prev = previous.number
    if prev.start < sent.start or prev.end > number.start or not number.value:
        return False
    first = sent.token_at(number.start)
    last = sent.token_after(number.end)
    before = sent.words[first - 1] if first > 0 else ""
    nxt = sent.words[last] if last < len(sent.words) else "."
    own_noun = nxt not in _ELIDED_FOLLOWERS and not sent.tokens[last].text.islower()
    if before == "(" or own_noun:
        return False  # "Lukaschenko (68)"; "zwei … US-Beamte" counts a noun of its own
    if nxt in CLAUSE_BREAKS or nxt in _ELIDED_FOLLOWERS:
        return True  # "in rund 300, die …"
    j = last
    while j < len(sent.tokens) and sent.tokens[j].text.islower():
        j += 1
    if j < len(sent.tokens) and sent.tokens[j].text[:1].isupper():
        word = sent.words[j - 1]
        if j == last + 1 and word in GENITIVE_ARTICLES:
            return False  # "fünf der Systeme": a partitive with a noun of its own
        if (
            word.endswith(ADJECTIVE_ENDINGS)
            and word not in ALL_PREPOSITIONS
            and word not in ARTICLES
        ):
            return False  # "zwei nicht namentlich genannte Beamte": a noun of its own
    gap = sent.words[sent.token_after(prev.unit_end or prev.end) : first]
    return any(w in CLAUSE_BREAKS or w in COORDINATORS for w in gap)

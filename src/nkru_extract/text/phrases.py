"""German noun-phrase chunker over a read-only token view of a spaCy ``Doc`` (pure functions).

``TDoc`` (from ``text.tok_view``, re-exported here) holds a Doc's tokens as plain ``Tok``
tuples. Over it, ``np_at`` finds a speaker-like noun phrase starting at a token: determiner,
adjectives, capitalised head words, genitive and *von* attachments, parentheses, short quoted
titles, coordination, place/institution PP tails and appositions; ``np_ending_at`` finds the
longest one ending at a token and ``name_run`` the proper-name part of a phrase. The closed
German word classes the chunker reads live in ``text.np_words`` and are re-exported here. A
caller passes its state through the ``PhraseContext`` protocol; no capability package is
imported from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from nkru_extract.text import np_words
from nkru_extract.text.np_words import (
    ABSTRACT_SUFFIXES,
    APPOSITION_LOWER,
    FOR_HEADS,
    LOWER_CASE_OUTLETS,
    NAME_PARTICLES,
    NP_OPENING_PARTICLES,
    PARTITIVES,
    TIME_NAMES,
    VERB_PARTICLES,
)
from nkru_extract.text.tok_view import _FIRST as _FIRST
from nkru_extract.text.tok_view import TDoc as TDoc
from nkru_extract.text.tok_view import Tok as Tok
from nkru_extract.text.tok_view import TSpan as TSpan
from nkru_extract.text.word_classes import ARTICLES

# the chunker's closed word classes, re-exported (``quotes.rules_de`` reads them from here)
ACCORDING_NOUNS: Final = np_words.ACCORDING_NOUNS
CLAUSE_DELIMITERS: Final = np_words.CLAUSE_DELIMITERS
COMMON_NOUN_SUFFIXES: Final = np_words.COMMON_NOUN_SUFFIXES
DETERMINERS: Final = np_words.DETERMINERS
FINITE_AUX: Final = np_words.FINITE_AUX
NAME_TITLES: Final = np_words.NAME_TITLES
NON_SPEAKER_PRONOUNS: Final = np_words.NON_SPEAKER_PRONOUNS
NP_STOP_WORDS: Final = np_words.NP_STOP_WORDS
PERSON_PRONOUNS: Final = np_words.PERSON_PRONOUNS
PREFIELD_ADVERBS: Final = np_words.PREFIELD_ADVERBS
PREPOSITIONS_ALL: Final = np_words.PREPOSITIONS_ALL
ROLE_RE: Final = np_words.ROLE_RE
ROLE_SUFFIXES: Final = np_words.ROLE_SUFFIXES
SENTENCE_END: Final = np_words.SENTENCE_END
SKIPPABLE_ADVERBS: Final = np_words.SKIPPABLE_ADVERBS
SOURCE_PREPOSITIONS: Final = np_words.SOURCE_PREPOSITIONS
SUBJECT_DEMONSTRATIVES: Final = np_words.SUBJECT_DEMONSTRATIVES

_CAP_NUMBER_RE = re.compile(r"(?:\d+|[a-zäöü]{1,3})-[A-ZÄÖÜ]")  # "58-Jährige", "pdf-Bericht"
#: A name after an elided particle: "d'Italia", "dell’Orto".
_ELIDED_NAME_RE = re.compile(r"[a-z]{1,4}['’][A-ZÄÖÜ]")


_CAP_MEMO: dict[str, bool] = {}  # token text -> is_cap


NOT_NP_WORDS = (
    NP_STOP_WORDS
    | DETERMINERS
    | PERSON_PRONOUNS
    | NON_SPEAKER_PRONOUNS
    | SOURCE_PREPOSITIONS
    | FINITE_AUX
    | SKIPPABLE_ADVERBS
    | PREFIELD_ADVERBS
)


def is_cap(tok: Tok) -> bool:
    text = tok.text
    cap = _CAP_MEMO.get(text)
    if cap is None:
        if len(_CAP_MEMO) > 100_000:
            _CAP_MEMO.clear()
        cap = _CAP_MEMO[text] = is_cap_text(text)
    return cap


def is_cap_text(text: str) -> bool:
    if not text or not any(c.isalpha() for c in text):
        return False
    if text[0].isupper() or text in LOWER_CASE_OUTLETS:
        return True
    return bool(
        _CAP_NUMBER_RE.match(text) or _ELIDED_NAME_RE.match(text) or _DOMAIN_RE.fullmatch(text)
    )


#: A dotted name in lower case, a name like a capital word: "t-online.de", "faz.net", "ver.di".
_DOMAIN_RE = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z][a-z0-9-]+)+")


def is_np_word(tok: Tok) -> bool:
    return is_cap(tok) and tok.lower_ not in NOT_NP_WORDS


#: "saudi-arabischen", "baden-württembergischen": hyphenated lower-case adjectives.
_HYPHEN_ADJ_RE = re.compile(r"[a-zäöüß]+(?:-[a-zäöüß]+)+")
#: "3", "3.": a number or ordinal; "30-jährige": a number adjective (compiled once).
_ORDINAL_RE = re.compile(r"\d+\.?")
_NUMBER_ADJ_RE = re.compile(r"\d+-[a-zäöüß]+")


def is_modifier(tok: Tok) -> bool:
    low = tok.lower_
    if tok.like_num or _ORDINAL_RE.fullmatch(tok.text) or _NUMBER_ADJ_RE.fullmatch(tok.text):
        return True
    return (
        tok.text.islower()
        and (tok.is_alpha or _HYPHEN_ADJ_RE.fullmatch(tok.text) is not None)
        and low.endswith(("e", "en", "er", "es", "em"))
        and low not in NP_STOP_WORDS
        and low not in DETERMINERS
        and low not in FINITE_AUX
        and len(low) > 3
    )


def initial_adjective(doc: TDoc, i: int) -> bool:
    """A capitalised adjective opening a sentence before a noun ("Offiziellen Angaben zufolge").

    Inside a sentence an attributive adjective is written lower-case; at the start of one only
    its ending tells it from a noun, so it must end like an inflected adjective, not like an
    abstract noun, and a capitalised noun word must follow.
    """
    tok = doc.toks[i]
    if i + 1 >= len(doc.toks) or not tok.text[:1].isupper() or not tok.is_alpha:
        return False
    if i > 0 and doc.toks[i - 1].text not in SENTENCE_END and doc.toks[i - 1].text not in _OPENERS:
        return False
    low = tok.lower_
    return (
        len(low) > 4
        and low.endswith(("e", "en", "er", "es", "em"))
        and not low.endswith(ABSTRACT_SUFFIXES)
        and low not in NOT_NP_WORDS
        and low not in PARTITIVES
        and not is_role_word(tok)
        and tok.lemma_.lower() != low  # "Offiziellen" -> "offizielle"; nouns keep their lemma
        and is_np_word(doc.toks[i + 1])
    )


#: Marks that open a sentence inside a text ("„Neue Zahlen ...").
_OPENERS: Final[frozenset[str]] = frozenset({"„", '"', "»", "«", "(", "“", "–", ":"})


def is_role_word(tok: Tok) -> bool:
    low = tok.lower_
    return low in NAME_TITLES or bool(ROLE_RE.search(low))


def is_common_noun(tok: Tok) -> bool:
    low = tok.lower_
    return (
        is_role_word(tok)
        or low.endswith(COMMON_NOUN_SUFFIXES)
        or (bool(tok.lemma_) and tok.lemma_ != tok.text)
    )


def prev_token(doc: TDoc, i: int) -> Tok | None:
    j = i - 1
    while j >= 0 and doc.toks[j].is_space:
        j -= 1
    return doc.toks[j] if j >= 0 else None


def next_token(doc: TDoc, i: int) -> Tok | None:
    j = i
    while j < len(doc) and doc.toks[j].is_space:
        j += 1
    return doc.toks[j] if j < len(doc) else None


def newline_between(doc: TDoc, a: int, b: int) -> bool:
    return any(
        "\n" in doc.toks[k].text for k in range(max(a, 0), min(b, len(doc))) if doc.toks[k].is_space
    )


# --------------------------------------------------------------------------------------------
# what the chunker needs to know about its caller
# --------------------------------------------------------------------------------------------
class QuotedSpan(Protocol):
    """A quotation mapped onto tokens: first token, token after the closing mark, word count."""

    @property
    def first(self) -> int: ...
    @property
    def last(self) -> int: ...
    @property
    def words(self) -> int: ...
    @property
    def statement(self) -> bool: ...
    @property
    def title(self) -> bool: ...


class VerbTest(Protocol):
    """A speech-verb lexicon: whether a token is a form of a listed verb."""

    def base_match(self, token: Tok) -> bool: ...


class PhraseContext(Protocol):
    """The document state the chunker reads: tokens, person mention ends and quotations."""

    @property
    def doc(self) -> TDoc: ...
    @property
    def verbs(self) -> VerbTest: ...
    @property
    def person_ends(self) -> set[int]: ...
    @property
    def blocks(self) -> Sequence[QuotedSpan]: ...
    @property
    def block_at(self) -> dict[int, int]: ...


def np_at(
    ctx: PhraseContext, i: int, limit: int, apposition: bool = True, depth: int = 0
) -> int | None:
    """End (exclusive) of a speaker-like noun phrase starting at token ``i``, or None."""
    doc = ctx.doc
    if i >= limit:
        return None
    first = doc.toks[i]
    if first.lower_ in PERSON_PRONOUNS:
        return i + 1
    if first.lower_ in {"sowohl", "weder"} and depth < 2:  # "Sowohl die X als auch die Y"
        one = np_at(ctx, i + 1, limit, apposition=False, depth=depth + 1)
        pair = ("als", "auch") if first.lower_ == "sowohl" else ("noch", "")
        if one is not None and one + 1 < limit and doc.toks[one].lower_ == pair[0]:
            k = one + 1 + (pair[1] != "" and doc.toks[one + 1].lower_ == pair[1])
            return np_at(ctx, k, limit, apposition=False, depth=depth + 1)
        return None
    if (
        first.lower_ in PARTITIVES
        and i + 1 < limit
        and ctx.doc.toks[i + 1].lower_ in {"der", "des", "von"}
    ):  # partitive: "Einer der Mitarbeiter des Präsidenten"
        k = i + 2 if ctx.doc.toks[i + 1].lower_ == "von" else i + 1
        return np_at(ctx, k, limit, apposition, depth + 1)
    if (
        first.lower_ in SUBJECT_DEMONSTRATIVES
        and (
            i + 1 >= limit
            or not is_np_word(ctx.doc.toks[i + 1])
            # a name takes no demonstrative: "beschuldigte dieser Israel"
            or (is_name_word(ctx.doc.toks[i + 1]) and not is_common_noun(ctx.doc.toks[i + 1]))
        )
        and not (i + 1 < limit and is_modifier(ctx.doc.toks[i + 1]))
    ):
        return i + 1  # "Dieser bestätigte"
    j = i
    has_det = False
    if first.lower_ in DETERMINERS or (depth > 0 and first.lower_ in _GENITIVE_OPENERS):
        j += 1
        has_det = True
        j = extended_attribute(ctx, j, limit)
    while j < limit and (
        is_modifier(doc.toks[j])
        or (j == i and initial_adjective(doc, j))  # "Offiziellen Angaben zufolge"
        or (  # an adverb before an adjective: "ein nicht genannter Vertreter"
            has_det
            and j + 1 < limit
            and doc.toks[j].lower_ in {"nicht", "noch", "bisher", "sehr", "besonders", "kürzlich"}
            and is_modifier(doc.toks[j + 1])
        )
        or (  # coordinated adjectives: "die afghanischen und ausländischen Soldaten"
            j > i
            and j + 1 < limit
            and doc.toks[j].lower_ in {"und", "oder", ","}
            and is_modifier(doc.toks[j - 1])
            and is_modifier(doc.toks[j + 1])
            and not doc.toks[j - 1].like_num
        )
    ):
        j += 1
    head_start = j
    if j < limit and j in ctx.block_at and ctx.blocks[ctx.block_at[j]].first == j:
        block = ctx.blocks[ctx.block_at[j]]
        if not block.statement and (block.title or block.words <= 4) and block.last <= limit:
            return block.last
    if (
        j == i
        and j + 1 < limit
        and first.lower_ in NP_OPENING_PARTICLES
        and first.text.islower()
        and is_name_word(doc.toks[j + 1])
    ):
        j += 1  # a surname with its particle: "wie de Montfort sagte", "van Gogh"
    while j < limit and (
        is_np_word(doc.toks[j])
        or (doc.toks[j].text in {"-"} and j + 1 < limit and is_np_word(doc.toks[j + 1]))
        or (  # an apostrophe inside a name: "O’Brien" split into three tokens
            doc.toks[j].text in {"'", "’"}
            and j > head_start
            and j + 1 < limit
            and not doc.toks[j - 1].whitespace
            and not doc.toks[j].whitespace
            and is_np_word(doc.toks[j + 1])
        )
        or (  # a number inside a name: "Eintracht 08 Neunkirchen"
            j > head_start
            and doc.toks[j].is_digit
            and j + 1 < limit
            and is_name_word(doc.toks[j + 1])
            and is_np_word(doc.toks[j - 1])
        )
    ):
        if j > head_start and starts_clause_verb(ctx, j):
            break
        if (
            j > head_start
            and (has_det or not is_common_noun(doc.toks[j - 1]))
            and bare_object_noun(doc.toks[j - 1], doc.toks[j])
        ):
            break  # "forderte die Regierung Verhandlungen": the bare noun is the object
        j += 1
        if j < limit and j > head_start and doc.toks[j].lower_ in NAME_PARTICLES:
            j = _particle_name_end(ctx, j, limit)
    if j == head_start:
        return None
    if (
        j == head_start + 1
        and not has_det
        and j + 1 < limit
        and doc.toks[j - 1].text.endswith("s")
        and is_np_word(doc.toks[j - 1])
        and not is_role_word(doc.toks[j - 1])
        and is_modifier(doc.toks[j])
        and is_np_word(doc.toks[j + 1])
    ):  # a genitive name before its noun: "Bremens einstige Senatorin X"
        return np_at(ctx, j, limit, apposition, depth + 1)
    head = doc.toks[j - 1]
    # attachments: genitive, "von X", parentheses, a title in quotes
    bracketed = False  # after "(BW)" a "der X" is a dative: "sagte ... (BW) der Presse"
    while j < limit and depth < 2:
        low = doc.toks[j].lower_
        if low in _GENITIVE_OPENERS or (
            low in {"der", "einer"}
            and not bracketed
            and (
                has_det
                or is_role_word(head)
                or is_role_word(doc.toks[head_start])
                or head.lower_ in ACCORDING_NOUNS
            )
            # after a proper name "der X" is a dative addressee ("sagte Peskow der Agentur"),
            # after an acronym the next clause's subject ("sagte ein Sprecher der ESA der Zeitung")
            and not ends_name(ctx, j)
            and not (low == "der" and doc.toks[j - 1].is_upper and len(doc.toks[j - 1].text) > 1)
        ):
            sub = np_at(ctx, j, limit, apposition=False, depth=depth + 1)
            if sub is None:
                break
            j = sub
            continue
        if (
            low in {"von", "vom"}
            and j + 1 < limit
            and (
                is_cap(doc.toks[j + 1])
                or doc.toks[j + 1].lower_ in {"der", "dem", "den"}
                or (low == "vom" and (j + 1) in ctx.block_at)  # "vom „Kollektiv X“"
            )
        ):
            sub = np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
            if sub is None or abstract_object(ctx, j, sub):
                break
            j = sub
            continue
        if (
            low == "für"
            and j + 1 < limit
            and (is_cap(doc.toks[j + 1]) or doc.toks[j + 1].lower_ in ARTICLES)
            and (is_role_word(head) or head.lower_.endswith(FOR_HEADS))
        ):  # "der Koordinator für Katastrophenschutz", "das Institut für Astronomie"
            sub = np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
            if sub is None:
                break
            j = sub
            continue
        if doc.toks[j].text == "(":
            close = next(
                (k for k in range(j + 1, min(limit, j + 8)) if doc.toks[k].text == ")"), None
            )
            if close is None:
                break
            j = close + 1
            bracketed = True
            continue
        if j in ctx.block_at and not ctx.blocks[ctx.block_at[j]].statement:
            block = ctx.blocks[ctx.block_at[j]]
            inner_first = block.first + 1 if block.first == j else block.first
            if block.title or (
                block.words <= 6 and inner_first < limit and is_cap(doc.toks[inner_first])
            ):  # "die Zeitung „Nordkurier“", not "äußerten die Richter „große Bedenken“"
                j = min(block.last, limit)
                continue
        break
    # coordination: "die Nato und die USA"
    if apposition and j + 1 < limit and doc.toks[j].lower_ == "und":
        sub = np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
        if sub is not None:
            j = sub
    # a place or institution: "Jane Doe von der Universität X", "der Richter in Bonn,"
    if apposition:
        j = pp_tail(ctx, j, limit, depth)
    # apposition: "der Verteidigungsexperte, Oberst der Reserve Igor Korotschenko:"
    if apposition and j + 1 < limit and doc.toks[j].text == ",":
        sub = np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
        if sub is not None:
            sub = pp_tail(ctx, sub, limit, depth, inner=True)
        if sub is not None and (
            sub >= limit or doc.toks[sub].text in {",", ":"} or doc.toks[sub].text in SENTENCE_END
        ):
            j = sub
        elif j in ctx.person_ends or is_role_word(doc.toks[j - 1]):
            # a long apposition of a person: "X, der Bewerber der Partei für den Posten des Y,"
            j = long_apposition(ctx, j + 1, limit) or j
    return j


#: Words that open only a genitive attribute: "des Amtes", "aller Parteien", "beider Seiten".
_GENITIVE_OPENERS: Final[frozenset[str]] = frozenset(
    {"des", "eines", "aller", "beider", "mehrerer", "zahlreicher", "verschiedener"}
)


def long_apposition(ctx: PhraseContext, i: int, limit: int) -> int | None:
    """End of an apposition ``[i, end)`` closed by a comma, colon or the limit, or None.

    The apposition opens with an article, an adjective or a capitalised word, holds only noun
    phrase words (capitalised words, articles, prepositions, adjectives, numbers, brackets) and
    ends in a capitalised word, a number or a closing bracket or mark: a relative clause ends in
    its verb ("X, der seit Jahren im Exil lebt,") and a message holds a verb.
    """
    doc = ctx.doc
    if i >= limit:
        return None
    first = doc.toks[i]
    if not (is_cap(first) or first.lower_ in ARTICLES or is_modifier(first)):
        return None
    depth = 0
    for x in range(i, min(limit, i + 25)):
        tok = doc.toks[x]
        depth += (tok.text == "(") - (tok.text == ")")
        if depth > 0 or tok.text == ")":
            continue
        if tok.text in {",", ":"} or tok.text in SENTENCE_END:
            last = doc.toks[x - 1]
            if x - i < 2 or not (is_cap(last) or last.text in {")", "“", "”", '"', "»", "«"}):
                return None
            return x
        if tok.text.islower() and not (
            tok.lower_ in PREPOSITIONS_ALL
            or tok.lower_ in ARTICLES
            or tok.lower_ in APPOSITION_LOWER
            or is_modifier(tok)
        ):
            return None
        if tok.lower_ in FINITE_AUX or tok.text in {";", "–", "—"}:
            return None
        if tok.lower_ in ARTICLES and doc.toks[x - 1].text == ")" and x - i >= 2:
            return x  # "X, Leiter der Y (Z) der Presse": a dative follows the bracket
        if (
            tok.lower_ in {"am", "im", "seit"}
            and x + 1 < limit
            and doc.toks[x + 1].lower_ in TIME_NAMES
            and x - i >= 2
            and is_cap(doc.toks[x - 1])
        ):  # "X, Kommandeur des Einsatzes am Montag": the time belongs to the verb
            return x
    return limit if limit - i <= 25 and is_cap(doc.toks[limit - 1]) else None


def extended_attribute(ctx: PhraseContext, j: int, limit: int) -> int:
    """Skip an extended attribute after an article: "der für den Hafen zuständige Leiter".

    A prepositional phrase (or "sich" and adverbs) between the article and an inflected
    adjective or participle that is followed by the head noun belongs to the noun phrase.
    Returns the position of that adjective, or ``j`` unchanged.
    """
    doc = ctx.doc
    if j >= limit or (
        doc.toks[j].lower_ not in PREPOSITIONS_ALL and doc.toks[j].lower_ not in {"sich"}
    ):
        return j
    for x in range(j + 1, min(limit - 1, j + 10)):
        tok = doc.toks[x]
        if tok.text in CLAUSE_DELIMITERS or tok.text in SENTENCE_END or tok.lower_ in FINITE_AUX:
            return j
        if (
            is_modifier(tok)
            and tok.lower_ not in ARTICLES
            and x > j + 1
            and (is_np_word(doc.toks[x + 1]) or is_modifier(doc.toks[x + 1]))
            and doc.toks[x - 1].lower_ not in ARTICLES
        ):
            return x
        if tok.text.islower() and not (
            tok.lower_ in PREPOSITIONS_ALL
            or tok.lower_ in ARTICLES
            or tok.like_num
            or tok.lower_ in {"und", "sich", "selbst"}
        ):
            return j
    return j


def _particle_name_end(ctx: PhraseContext, j: int, limit: int) -> int:
    """End of a person mention continuing over name particles from token ``j``, else ``j``.

    "Pierre de Montfort", "Karl von der Heide": the particles belong to the name when the
    entity stage marked a person mention ending after them.
    """
    doc = ctx.doc
    for e in range(j + 1, min(limit, j + 4) + 1):
        if e in ctx.person_ends and is_cap(doc.toks[e - 1]):
            if all(
                doc.toks[x].lower_ in NAME_PARTICLES or is_cap(doc.toks[x]) for x in range(j, e)
            ):
                return e
            return j
        if not (doc.toks[e - 1].lower_ in NAME_PARTICLES or is_cap(doc.toks[e - 1])):
            return j
    return j


PP_TAIL_PREPOSITIONS = frozenset({"in", "aus", "bei", "von", "vom", "an", "am"})


#: Possessives of the phrase's own referent: "in ihrer Ausgabe", "in seinem Blog".
_OWN_POSSESSIVES: Final[frozenset[str]] = frozenset(
    {"ihrer", "seiner", "ihrem", "seinem", "ihren", "seinen"}
)


def pp_tail(ctx: PhraseContext, j: int, limit: int, depth: int, inner: bool = False) -> int:
    """Extend a noun phrase over "in/aus/bei X" when a delimiter or the limit follows."""
    doc = ctx.doc
    if j + 1 >= limit or doc.toks[j].lower_ not in PP_TAIL_PREPOSITIONS:
        return j
    low = doc.toks[j].lower_
    if low == "in" and doc.toks[j + 1].lower_ in _OWN_POSSESSIVES and not inner:
        end = j + 2
        while end < limit and is_modifier(doc.toks[end]):
            end += 1
        if end < limit and is_np_word(doc.toks[end]):
            end += 1  # "die Zeitung in ihrer Onlineausgabe": the outlet's own medium
            if (
                end >= limit
                or doc.toks[end].text in {",", ":"}
                or doc.toks[end].text in SENTENCE_END
                or _finite_verb_like(doc.toks[end])
            ):
                return end
        return j
    if low in {"in", "bei"} and not is_np_word(doc.toks[j + 1]):
        return j  # "in Bonn", "bei Reuters" but not "in der Sendung"
    if low in {"in", "bei", "aus", "an", "am"} and ends_name(ctx, j):
        return j  # a place after a person: "sagte Baerbock in Kiew"
    if low in {"an", "am"} and not inner:
        return j  # "an/am" only inside an apposition: "X, Politologe an der Universität Y,"
    if doc.toks[j + 1].lower_ in TIME_NAMES:
        return j  # "am Montag", "im Mai": a time of the verb
    sub = np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
    if sub is None or doc.toks[j + 1].lower_ in PERSON_PRONOUNS or abstract_object(ctx, j, sub):
        return j
    if sub >= limit or doc.toks[sub].text in {",", ":"} or doc.toks[sub].text in SENTENCE_END:
        return sub
    if not inner and _finite_verb_like(doc.toks[sub]):
        return sub  # the prefield ends at the finite verb: "Die Polizei in Bonn meldete ..."
    if (
        low == "in"
        and sub + 1 < limit
        and doc.toks[sub].lower_ in VERB_PARTICLES
        and (doc.toks[sub + 1].text in {",", ":"} or doc.toks[sub + 1].text in SENTENCE_END)
    ):  # "teilte eine Sprecherin des Amts in Kassel mit, ...": the particle closes the clause
        return sub
    return j


#: Lower-case words after a noun phrase that are no finite verb.
_NOT_VERBS: Final[frozenset[str]] = (
    PREPOSITIONS_ALL
    | ARTICLES
    | DETERMINERS
    | SKIPPABLE_ADVERBS
    | PREFIELD_ADVERBS
    | frozenset({"und", "oder", "sowie", "bzw.", "sich", "nicht", "zufolge", "nach", "so", "wie"})
)


def _finite_verb_like(tok: Tok) -> bool:
    """A lower-case word that can only be the finite verb closing a prefield ("meldete").

    Inside a noun phrase the lower-case words are articles, prepositions, conjunctions and
    adjectives before their noun; a lower-case verb form after a complete phrase starts the
    rest of the clause.
    """
    low = tok.lower_
    if low in FINITE_AUX:
        return True
    if not tok.text.islower() or not tok.is_alpha or low in _NOT_VERBS:
        return False
    return low.endswith(("te", "ten", "t", "en", "ert", "elt")) and not low.endswith(
        ("sten", "ste", "ische", "ischen", "lichen", "liche")
    )


def abstract_object(ctx: PhraseContext, j: int, sub: int) -> bool:
    """Whether "von X" at ``j`` after a person's name heads an abstract noun ("sprach die Ministerin
    Anna Berg von der Möglichkeit ..."): the verb's object, not where the person is from."""
    if not ends_name(ctx, j):
        return False
    head = next((x for x in range(j + 1, sub) if is_np_word(ctx.doc.toks[x])), None)
    return head is not None and ctx.doc.toks[head].lower_.endswith(ABSTRACT_SUFFIXES)


def _noun_lemma(tok: Tok) -> bool:
    """A capitalised word whose lemma is capitalised too (a noun, not "Europäische")."""
    return bool(tok.lemma_) and tok.lemma_[0].isupper() and tok.is_alpha


def bare_object_noun(head: Tok, tok: Tok) -> bool:
    """Whether ``tok`` is a bare common noun after the common-noun head of a full phrase.

    German puts no second common noun right after a determiner phrase's noun head inside one
    phrase ("die Regierung Merkel" ends in a name, "der Verband Deutscher X" in an adjective),
    so a bare one there starts the next phrase: "forderte die Regierung Verhandlungen".
    """
    if is_name_word(head) and not is_common_noun(head) and _noun_lemma(tok):
        # after a name only an inflected (plural) common noun: "laut Airbus Bestellungen"
        lemma = tok.lemma_.lower()
        return (
            lemma.endswith(COMMON_NOUN_SUFFIXES)
            and tok.lower_.startswith(lemma)
            and tok.lower_[len(lemma) :] in _PLURAL
        )
    if not (_noun_lemma(head) and is_common_noun(head) and _noun_lemma(tok)) or head.is_upper:
        return False  # "die US Botschaft": an acronym modifies
    if head.lemma_ != head.text and head.lemma_.endswith(("e", "er")):
        return False  # a capitalised adjective: "die Vereinigten (Vereinigte) Staaten"
    if is_role_word(tok):
        return False
    lemma = tok.lemma_.lower()
    # a common-noun suffix, or a plural ending ("Neuwahl|en"); not "-s", which names take too
    return lemma.endswith(COMMON_NOUN_SUFFIXES) or (
        tok.lower_ != lemma and tok.lower_.startswith(lemma) and tok.lower_[len(lemma) :] in _PLURAL
    )


_PLURAL: Final[frozenset[str]] = frozenset({"e", "en", "n", "er", "nen"})


def ends_name(ctx: PhraseContext, j: int) -> bool:
    """Whether a person's name ends right before token ``j`` ("Dmitri Peskow| der Agentur")."""
    doc = ctx.doc
    if j in ctx.person_ends:
        return True
    return j >= 2 and is_name_word(doc.toks[j - 1]) and is_name_word(doc.toks[j - 2])


def starts_clause_verb(ctx: PhraseContext, j: int) -> bool:
    tok = ctx.doc.toks[j]
    return bool(ctx.verbs.base_match(tok)) and tok.i > 0 and not tok.text[0].isupper()


def np_ending_at(ctx: PhraseContext, end: int, lower: int) -> int | None:
    """Start of the longest noun phrase ending exactly at ``end`` (exclusive), or None."""
    best: int | None = None
    for s in range(end - 1, max(lower, end - 12) - 1, -1):
        tok = ctx.doc.toks[s]
        if tok.text in CLAUSE_DELIMITERS or tok.text in SENTENCE_END:
            break
        if (
            tok.lower_ in DETERMINERS
            or is_np_word(tok)
            or (  # "ersten Annahmen zufolge"
                s + 1 < end
                and is_np_word(ctx.doc.toks[s + 1])
                and is_modifier(tok)
                and tok.lower_ not in SKIPPABLE_ADVERBS
            )
        ):
            stop = np_at(ctx, s, end, apposition=False)
            if stop is not None and stop < end:  # "einem Sprecher des Ministeriums in Berlin"
                stop = pp_tail(ctx, stop, end, 0)
            if stop == end:
                best = s
    return best


def is_name_word(tok: Tok) -> bool:
    return (
        is_np_word(tok)
        and not tok.text[0].isdigit()
        and not is_common_noun(tok)
        and (tok.is_alpha or "-" in tok.text)
        and not tok.is_upper
        and len(tok.text) > 1
    )

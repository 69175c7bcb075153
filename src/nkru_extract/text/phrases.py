"""German noun-phrase chunker over a read-only token view of a spaCy ``Doc`` (pure functions).

``TDoc`` holds a Doc's tokens as plain ``Tok`` tuples (spaCy Token objects are slow to create
in loops). Over it, ``np_at`` finds a speaker-like noun phrase starting at a token: determiner,
adjectives, capitalised head words, genitive and *von* attachments, parentheses, short quoted
titles, coordination, place/institution PP tails and appositions; ``np_ending_at`` finds the
longest one ending at a token and ``name_run`` the proper-name part of a phrase. The closed
German word classes the chunker reads live here too. A caller passes its state through the
``PhraseContext`` protocol; no capability package is imported from here.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from typing import Any, Final, NamedTuple, Protocol, cast, overload

from spacy.attrs import IDX, LEMMA, ORTH, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

from nkru_extract.text.word_classes import ARTICLES, DEMONSTRATIVES, POSSESSIVES_3RD

# --------------------------------------------------------------------------------------------
# closed German word classes the chunker reads (re-exported by quotes.rules_de)
# --------------------------------------------------------------------------------------------
#: Sentence-final punctuation.
SENTENCE_END: Final[frozenset[str]] = frozenset({".", "!", "?", "…", "...", "?!", "!?"})


#: Frame prepositions taking the source as their object: "laut X", "gemäß X".
SOURCE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"laut", "gemäß", "gemäss", "lt."})


#: Nouns in "nach Angaben (von/des) X", "nach Informationen X", "nach Ansicht X".
ACCORDING_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "angaben", "informationen", "ansicht", "auffassung", "meinung", "einschätzung",
        "einschätzungen", "darstellung", "aussage", "aussagen", "worten", "schätzung",
        "schätzungen", "erkenntnissen", "berechnungen", "recherchen", "ermittlungen",
        "überzeugung", "auskunft", "mitteilung", "bericht", "berichten", "äußerungen",
    }
)  # fmt: skip


#: Personal pronouns that can be the subject of a speech verb, lower-case.
PERSON_PRONOUNS: Final[frozenset[str]] = frozenset({"er", "sie"})


#: Pronouns that never name a speaker.
NON_SPEAKER_PRONOUNS: Final[frozenset[str]] = frozenset(
    {
        "es", "das", "dies", "dieses", "man", "was", "wer", "ich", "wir", "du", "ihr", "jemand",
    }
)  # fmt: skip


#: Determiners and articles that open a noun phrase.
DETERMINERS: Final[frozenset[str]] = (
    ARTICLES
    | DEMONSTRATIVES
    | POSSESSIVES_3RD
    | frozenset({"alle", "beide", "einige", "mehrere", "viele", "zahlreiche"})
)


#: Prepositions and other words that end a noun phrase when it is scanned left to right.
NP_STOP_WORDS: Final[frozenset[str]] = frozenset(
    {
        "im", "in", "am", "an", "auf", "bei", "beim", "vor", "nach", "mit", "zu", "zum", "zur",
        "gegenüber", "über", "unter", "aus", "für", "von", "vom", "während", "seit", "gegen",
        "ohne", "durch", "um", "bis", "und", "oder", "aber", "sondern", "dass", "daß", "ob", "wie",
        "als", "so", "auch", "noch", "bereits", "schon", "nun", "jetzt", "heute", "gestern",
        "morgen", "zudem", "weiter", "außerdem", "ausserdem", "ebenfalls", "dazu", "dann", "nicht",
        "nur", "laut", "zufolge", "es", "sich", "wörtlich", "erneut", "allerdings", "jedoch",
        "demnach", "dort", "hier", "damals", "inzwischen", "mittlerweile", "unterdessen", "ferner",
        "überdies", "offenbar", "ausdrücklich", "kürzlich", "zuletzt", "vergangene", "trotz",
        "wegen", "angesichts", "dank", "gemäß", "infolge", "vergangenen", "letzte", "letzten",
        "einem",
    }
)  # fmt: skip


#: Adverbs that may sit between an inverted speech verb and its subject ("sagte gestern X").
SKIPPABLE_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "auch", "noch", "bereits", "schon", "nun", "jetzt", "heute", "gestern", "zudem", "weiter",
        "außerdem", "ausserdem", "ebenfalls", "dazu", "dann", "damals", "erneut", "allerdings",
        "jedoch", "dort", "inzwischen", "mittlerweile", "unterdessen", "offenbar", "ausdrücklich",
        "kürzlich", "zuletzt", "wörtlich", "später", "zuvor", "sinngemäß", "nur", "schließlich",
        "lediglich", "sinngemäss", "wiederholt", "mehrfach", "abschließend", "gleichzeitig",
    }
)  # fmt: skip


#: Nouns denoting a person by role (heads of nominal descriptions that corefer with a person
#: introduced earlier): "der Militärexperte", "die Forscherin", "der 58-Jährige".
ROLE_SUFFIXES: Final[tuple[str, ...]] = (
    "experte", "expertin", "forscher", "forscherin", "sprecher", "sprecherin", "minister",
    "ministerin", "präsident", "präsidentin", "politiker", "politikerin", "chef", "chefin",
    "oberst", "general", "analyst", "analystin", "abgeordnete", "abgeordneter", "jährige",
    "jähriger", "kanzler", "kanzlerin", "diplomat", "diplomatin", "botschafter", "botschafterin",
    "kommandeur", "offizier", "wissenschaftler", "wissenschaftlerin", "professor", "professorin",
    "leiter", "leiterin", "vorsitzende", "vorsitzender", "direktor", "direktorin", "berater",
    "beraterin", "autor", "autorin", "kenner", "kennerin", "trainer", "trainerin", "anwalt",
    "anwältin", "journalist", "journalistin", "beobachter", "beobachterin", "militär",
    "funktionär", "funktionärin", "aktivist", "aktivistin", "kritiker", "kritikerin", "ökonom",
    "ökonomin", "historiker", "historikerin", "mann", "frau", "manager", "managerin", "sekretär",
    "sekretärin", "kommissar", "kommissarin", "bürgermeister", "bürgermeisterin", "gouverneur",
    "gouverneurin",
)  # fmt: skip


#: Titles that may precede a name inside a speaker noun phrase ("Oberst Korotschenko").
NAME_TITLES: Final[frozenset[str]] = frozenset(
    {
        "herr", "frau", "dr.", "prof.", "oberst", "general", "präsident", "präsidentin",
        "minister", "ministerin", "kanzler", "kanzlerin", "papst", "könig", "königin",
    }
)  # fmt: skip


CLAUSE_DELIMITERS = frozenset({",", ";", ":", "–", "—", "(", ")"})


FINITE_AUX = frozenset(
    {
        "wird", "wurde", "werden", "wurden", "hat", "hatte", "haben", "hatten", "ist", "war",
        "sind", "waren", "soll", "sollen", "will", "wollen", "kann", "können", "muss", "müssen",
        "habe", "sei", "hätte", "hätten", "würde", "würden", "konnte", "konnten", "sollte",
        "sollten", "wollte", "wollten",
    }
)  # fmt: skip


SUBJECT_DEMONSTRATIVES = frozenset({"dieser", "diese", "jener", "jene", "letzterer", "letztere"})


COMMON_NOUN_SUFFIXES = (
    "ung", "heit", "keit", "schaft", "agentur", "tion", "tät", "ium", "amt", "rat", "regierung",
    "zeitung", "polizei", "partei", "ministerium", "behörde", "dienst", "sender", "fernsehen",
    "medien", "kreise", "armee", "militär", "quelle", "reserve", "firma", "gruppe", "universität",
    "kommission", "gericht",
)  # fmt: skip


ROLE_RE = re.compile("(" + "|".join(sorted(ROLE_SUFFIXES, key=len, reverse=True)) + ")$")


_ATTRS = [ORTH, LEMMA, IDX, SPACY]


_WS = ("", " ")


class Tok(NamedTuple):
    """The attributes of a spaCy ``Token`` the attributor reads, as plain Python values.

    The first eight fields are those of the token's lexeme, the last four its own.
    """

    text: str
    lower_: str
    is_space: bool
    is_alpha: bool
    is_punct: bool
    is_digit: bool
    is_upper: bool
    like_num: bool
    i: int
    lemma_: str
    idx: int
    whitespace: bool

    @property
    def text_with_ws(self) -> str:
        return self.text + " " if self.whitespace else self.text


_LexData = tuple[str, str, bool, bool, bool, bool, bool, bool]


class TSpan:
    """A token range of a ``TDoc`` (iteration, indexing and ``text`` like a spaCy ``Span``)."""

    __slots__ = ("_doc", "_toks")

    def __init__(self, doc: TDoc, toks: list[Tok]) -> None:
        self._doc = doc
        self._toks = toks

    def __iter__(self) -> Iterator[Tok]:
        return iter(self._toks)

    def __len__(self) -> int:
        return len(self._toks)

    def __getitem__(self, i: int) -> Tok:
        return self._toks[i]

    @property
    def text(self) -> str:
        toks = self._toks
        if not toks:
            return ""
        last = toks[-1]
        return self._doc.text[toks[0].idx : last.idx + len(last.text)]


class _Strings(dict[int, str]):
    """A memo of the look-ups (hash -> string) in one ``StringStore``."""

    def __init__(self, store: StringStore) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


class _Lexemes(dict[int, _LexData]):
    """A memo of the lexeme data (orth hash -> the first eight ``Tok`` fields) of a vocab."""

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, key: int) -> _LexData:
        lex = self.vocab[key]
        value = self[key] = (
            lex.orth_,
            lex.lower_,
            lex.is_space,
            lex.is_alpha,
            lex.is_punct,
            lex.is_digit,
            lex.is_upper,
            lex.like_num,
        )
        return value


#: Memos by ``id(vocab)``; an entry keeps its vocab alive, so ids are not reused.
_MEMOS: dict[int, tuple[_Strings, _Lexemes]] = {}


_MEMO_MAX = 100_000


def _memos(vocab: Vocab) -> tuple[_Strings, _Lexemes]:
    memos = _MEMOS.get(id(vocab))
    if (
        memos is None
        or memos[1].vocab is not vocab
        or len(memos[0]) > _MEMO_MAX
        or len(memos[1]) > _MEMO_MAX
    ):
        if len(_MEMOS) >= 4:
            _MEMOS.clear()
        memos = _MEMOS[id(vocab)] = (_Strings(vocab.strings), _Lexemes(vocab))
    return memos


_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)


_new_tok = cast(Callable[[Iterable[Any]], Tok], functools.partial(tuple.__new__, Tok))


class TDoc:
    """A read-only view of a ``Doc`` with its tokens as ``Tok`` objects, built once, and their
    texts, lower-case forms, lemmas and character offsets as plain lists (``texts``, ``lowers``,
    ``lemmas``, ``starts``)."""

    __slots__ = ("_dep", "_morph", "doc", "lemmas", "lowers", "starts", "text", "texts", "toks")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings, lexemes = _memos(doc.vocab)
        orth, lemma, idx, ws = doc.to_array(_ATTRS).T.tolist()
        lex_data = list(map(lexemes.__getitem__, orth))
        # columns of ``toks`` as plain lists (for set tests and searches in C loops)
        self.texts: list[str] = list(map(_FIRST, lex_data))
        self.lowers: list[str] = list(map(_SECOND, lex_data))
        self.lemmas: list[str] = list(map(strings.__getitem__, lemma))
        self.starts: list[int] = idx
        own = zip(range(len(orth)), self.lemmas, idx, map(bool, ws), strict=True)
        self.toks: list[Tok] = list(map(_new_tok, map(operator.add, lex_data, own)))
        # what ``Doc.text`` does: every token's text and its trailing space
        self.text = "".join(
            chain.from_iterable(zip(self.texts, map(_WS.__getitem__, ws), strict=True))
        )
        self._dep = doc.has_annotation("DEP")
        self._morph = doc.has_annotation("MORPH")

    def __len__(self) -> int:
        return len(self.toks)

    @overload
    def __getitem__(self, i: int) -> Tok: ...

    @overload
    def __getitem__(self, i: slice) -> TSpan: ...

    def __getitem__(self, i: int | slice) -> Tok | TSpan:
        if isinstance(i, slice):
            return TSpan(self, self.toks[i])
        return self.toks[i]

    def __iter__(self) -> Iterator[Tok]:
        return iter(self.toks)

    def has_dep(self) -> bool:
        return self._dep

    def has_morph(self) -> bool:
        return self._morph

    def mood(self, i: int) -> list[str]:
        """The morphological Mood values of token ``i`` (empty without morphology)."""
        if not self._morph:
            return []
        token = self.doc[i]
        return list(token.morph.get("Mood", [])) if token.has_morph() else []


_CAP_NUMBER_RE = re.compile(r"\d+-[A-ZÄÖÜ]")


_CAP_MEMO: dict[str, bool] = {}  # token text -> is_cap


#: Lower-case words that are no noun-phrase word even when capitalised.
#: Sentence adverbs (time, sequence, connection) that open a main clause capitalised but are
#: never a noun phrase: "Später fügte er hinzu", "Zuvor hatte sie erklärt".
PREFIELD_ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "später", "zuvor", "vorher", "nachher", "danach", "daraufhin", "anschließend",
        "zunächst", "zuerst", "zuletzt", "jüngst", "kürzlich", "neulich", "bislang", "bisher",
        "seither", "seitdem", "derzeit", "momentan", "gegenwärtig", "zugleich", "gleichzeitig",
        "dennoch", "trotzdem", "deshalb", "daher", "darum", "deswegen", "immerhin",
        "schließlich", "abschließend", "weiterhin", "indes", "indessen", "stattdessen",
        "vielmehr", "ebenso", "gestern", "heute", "morgen", "vorgestern", "übermorgen",
        "damals", "einst", "künftig", "demnächst", "bald", "inzwischen", "mittlerweile",
        "unterdessen", "erneut", "zudem", "außerdem", "ausserdem", "ferner", "überdies",
    }
)  # fmt: skip

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
    if text[0].isupper():
        return True
    return bool(_CAP_NUMBER_RE.match(text))


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
    if (
        first.lower_ in {"einer", "eine", "eines", "keiner", "keine", "jeder", "jede", "viele"}
        and i + 1 < limit
        and ctx.doc.toks[i + 1].lower_ in {"der", "des", "von"}
    ):  # partitive: "Einer der Mitarbeiter des Präsidenten"
        k = i + 2 if ctx.doc.toks[i + 1].lower_ == "von" else i + 1
        return np_at(ctx, k, limit, apposition, depth + 1)
    if (
        first.lower_ in SUBJECT_DEMONSTRATIVES
        and (i + 1 >= limit or not is_np_word(ctx.doc.toks[i + 1]))
        and not (i + 1 < limit and is_modifier(ctx.doc.toks[i + 1]))
    ):
        return i + 1  # "Dieser bestätigte"
    j = i
    has_det = False
    if first.lower_ in DETERMINERS:
        j += 1
        has_det = True
    while j < limit and is_modifier(doc.toks[j]):
        j += 1
    head_start = j
    if j < limit and j in ctx.block_at and ctx.blocks[ctx.block_at[j]].first == j:
        block = ctx.blocks[ctx.block_at[j]]
        if not block.statement and (block.title or block.words <= 4) and block.last <= limit:
            return block.last
    while j < limit and (
        is_np_word(doc.toks[j])
        or (doc.toks[j].text in {"-"} and j + 1 < limit and is_np_word(doc.toks[j + 1]))
    ):
        if j > head_start and starts_clause_verb(ctx, j):
            break
        if has_det and j > head_start and bare_object_noun(doc.toks[j - 1], doc.toks[j]):
            break  # "forderte die Regierung Verhandlungen": the bare noun is the object
        j += 1
    if j == head_start:
        return None
    head = doc.toks[j - 1]
    # attachments: genitive, "von X", parentheses, a title in quotes
    while j < limit and depth < 2:
        low = doc.toks[j].lower_
        if low in {"des", "eines"} or (
            low in {"der", "einer"}
            and (
                has_det
                or is_role_word(head)
                or is_role_word(doc.toks[head_start])
                or head.lower_ in ACCORDING_NOUNS
            )
            # after a proper name "der X" is a dative addressee ("sagte Peskow der Agentur")
            and not ends_name(ctx, j)
        ):
            sub = np_at(ctx, j, limit, apposition=False, depth=depth + 1)
            if sub is None:
                break
            j = sub
            continue
        if (
            low in {"von", "vom"}
            and j + 1 < limit
            and (is_cap(doc.toks[j + 1]) or doc.toks[j + 1].lower_ in {"der", "dem", "den"})
        ):
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
            continue
        if j in ctx.block_at and not ctx.blocks[ctx.block_at[j]].statement:
            block = ctx.blocks[ctx.block_at[j]]
            if block.title or block.words <= 6:
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
    return j


PP_TAIL_PREPOSITIONS = frozenset({"in", "aus", "bei", "von", "vom", "an", "am"})


def pp_tail(ctx: PhraseContext, j: int, limit: int, depth: int, inner: bool = False) -> int:
    """Extend a noun phrase over "in/aus/bei X" when a delimiter or the limit follows."""
    doc = ctx.doc
    if j + 1 >= limit or doc.toks[j].lower_ not in PP_TAIL_PREPOSITIONS:
        return j
    low = doc.toks[j].lower_
    if low in {"in", "bei"} and not is_np_word(doc.toks[j + 1]):
        return j  # "in Bonn", "bei Reuters" but not "in der Sendung"
    if low in {"in", "bei", "aus", "an", "am"} and ends_name(ctx, j):
        return j  # a place after a person: "sagte Baerbock in Kiew"
    if low in {"an", "am"} and not inner:
        return j  # "an/am" only inside an apposition: "X, Politologe an der Universität Y,"
    sub = np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
    if sub is None or doc.toks[j + 1].lower_ in PERSON_PRONOUNS:
        return j
    if sub >= limit or doc.toks[sub].text in {",", ":"} or doc.toks[sub].text in SENTENCE_END:
        return sub
    return j


def _noun_lemma(tok: Tok) -> bool:
    """A capitalised word whose lemma is capitalised too (a noun, not "Europäische")."""
    return bool(tok.lemma_) and tok.lemma_[0].isupper() and tok.is_alpha


def bare_object_noun(head: Tok, tok: Tok) -> bool:
    """Whether ``tok`` is a bare common noun after the common-noun head of a full phrase.

    German puts no second common noun right after a determiner phrase's noun head inside one
    phrase ("die Regierung Merkel" ends in a name, "der Verband Deutscher X" in an adjective),
    so a bare one there starts the next phrase: "forderte die Regierung Verhandlungen".
    """
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


def name_run(ctx: PhraseContext, start: int, end: int) -> tuple[int, int] | None:
    """The proper-name part of a noun phrase ("Igor Korotschenko" in "Oberst ... Igor K.")."""
    doc = ctx.doc
    runs: list[tuple[int, int]] = []
    k = start
    while k < end:
        if (is_np_word(doc.toks[k]) and doc.toks[k].is_alpha) or (
            "-" in doc.toks[k].text and is_cap(doc.toks[k]) and not doc.toks[k].text[0].isdigit()
        ):
            s = k
            while k < end and (is_np_word(doc.toks[k]) and not doc.toks[k].text[0].isdigit()):
                k += 1
            runs.append((s, k))
        else:
            k += 1
    clean: list[tuple[int, int]] = []
    for s, e in runs:
        while s < e and is_common_noun(doc.toks[s]):
            s += 1
        if (
            e - s >= 3
            and s > 0
            and (doc.toks[s - 1].lower_ in DETERMINERS or is_modifier(doc.toks[s - 1]))
        ):
            s += 1  # "der Unternehmer Karl Brandt": the head noun, then the name
        if e - s >= 1 and not any(is_common_noun(doc.toks[x]) for x in range(s, e)):
            clean.append((s, e))
    if not clean:
        return None
    # prefer a multi-word name that is not inside a genitive or "von" attachment
    attached = {"des", "der", "eines", "einer", "von", "vom"}

    def rank(run: tuple[int, int]) -> tuple[int, int, int]:
        head_free = run[0] == start or doc[run[0] - 1].lower_ not in attached
        return (run[1] - run[0] >= 2, head_free, -run[0] if head_free else run[0])

    return max(clean, key=rank)


def is_name_word(tok: Tok) -> bool:
    return (
        is_np_word(tok)
        and not tok.text[0].isdigit()
        and not is_common_noun(tok)
        and (tok.is_alpha or "-" in tok.text)
        and not tok.is_upper
        and len(tok.text) > 1
    )

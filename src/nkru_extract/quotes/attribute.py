"""Quote and reported-speech attribution over a spaCy ``Doc`` (pure functions, no state).

The attributor works in four passes:

1. **Quotation marks** (``direct.find_quotations``) are paired on the raw text and classified:
   a *statement* (a sentence in quotes, a quote after a colon or before ", sagte X"), an
   *inline* quote (a few words inside a sentence: a partial quote, a scare quote or a title).
2. **Units**: the text is cut into sentence-like units at sentence-final punctuation and line
   breaks, with statement quotations kept whole (a quote may span several sentences).
3. **Frames**: for each unit, a cue is searched: a speech verb (with its separable particle), a
   prepositional frame (laut X, gemäß X, X zufolge, nach Angaben X, so X, wie X sagte, heißt es
   in X, unter Berufung auf X), a colon introduction, a reportative "soll ... haben". The
   speaker is the subject of the cue (dependency parse when present, noun-phrase rules over
   tokens otherwise).
4. **Resolution**: pronouns, descriptions ("der Militärexperte") and surnames are resolved to
   people named earlier (``doc._.nkru_entities`` PERSON mentions, else a capitalised-name
   heuristic). Frameless Konjunktiv sentences continue the previous speaker.

A wrong speaker is worse than none: every rule that cannot find a speaker leaves ``None``.
"""

from __future__ import annotations

import functools
import operator
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any, NamedTuple, cast, overload

from spacy.attrs import (
    IDX,
    LEMMA,
    ORTH,
    SPACY,
)
from spacy.strings import StringStore
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from nkru_extract.errors import InputTypeError, describe
from nkru_extract.quotes.direct import Quotation, find_quotations
from nkru_extract.quotes.lexicon import (
    SpeechVerbs,
    konjunktiv_from,
    load_speech_verbs,
    strong_konjunktiv_from,
)
from nkru_extract.quotes.rules_de import (
    ACCORDING_NOUNS,
    COMPLEMENTISERS,
    DETERMINERS,
    GENERIC_SOURCE_NOUNS,
    KONJUNKTIV_II_CONTINUE,
    NAME_TITLES,
    NON_SPEAKER_PRONOUNS,
    NP_STOP_WORDS,
    PERFECT_AUXILIARIES,
    PERSON_PRONOUNS,
    QUOTE_MARKS,
    REPORTATIVE_MODALS,
    ROLE_SUFFIXES,
    SENTENCE_END,
    SEPARABLE_PARTICLES,
    SKIPPABLE_ADVERBS,
    SOURCE_POSTPOSITIONS,
    SOURCE_PREPOSITIONS,
    TIGER_CLAUSAL_OBJECT,
    TIGER_SUBJECT,
    TITLE_TRIGGERS,
)
from nkru_extract.types import EntityMention, Quote

__all__ = ["attribute_quotes"]

_CLAUSE_DELIMITERS = frozenset({",", ";", ":", "–", "—", "(", ")"})
_FINITE_AUX = frozenset(
    {
        "wird",
        "wurde",
        "werden",
        "wurden",
        "hat",
        "hatte",
        "haben",
        "hatten",
        "ist",
        "war",
        "sind",
        "waren",
        "soll",
        "sollen",
        "will",
        "wollen",
        "kann",
        "können",
        "muss",
        "müssen",
        "habe",
        "sei",
        "hätte",
        "hätten",
        "würde",
        "würden",
        "konnte",
        "konnten",
        "sollte",
        "sollten",
        "wollte",
        "wollten",
    }
)
_SUBORDINATORS = frozenset(
    {
        "weil",
        "wenn",
        "als",
        "nachdem",
        "obwohl",
        "da",
        "während",
        "bevor",
        "um",
        "damit",
        "sobald",
        "falls",
        "sodass",
        "seit",
        "seitdem",
        "indem",
        "ehe",
        "bis",
    }
)
_RELATIVE_PRONOUNS = frozenset(
    {
        "der",
        "die",
        "das",
        "dem",
        "den",
        "deren",
        "dessen",
        "denen",
        "welche",
        "welcher",
        "welches",
        "welchem",
        "welchen",
    }
)
#: Cue lemmas that do not report a speech act on their own (thought, knowledge, emotion).
_NOT_SPEECH_ACTS = frozenset(
    {
        "wissen",
        "glauben",
        "denken",
        "hoffen",
        "erwarten",
        "fürchten",
        "befürchten",
        "annehmen",
        "vermuten",
        "schätzen",
        "überzeugen",
        "erinnern",
        "begrüßen",
        "bedauern",
        "zweifeln",
        "bezweifeln",
        "meinen",
        "finden",
        "fortfahren",
        "beurteilen",
        "einschätzen",
        "nennen",
        "bezeichnen",
        "loben",
        "informieren",
        "fragen",
        "bitten",
        "eröffnen",
        "melden",
    }
)
#: Pronominal adverbs announcing a dass-clause ("geht davon aus, dass", "ärgerte sich darüber").
_CORRELATES = frozenset({"davon", "darüber", "daran", "darauf", "dafür", "damit"})
#: Adverbs referring back to a source named before ("Demnach wird ...").
_ANAPHORIC_SOURCE_ADVERBS = frozenset({"demnach", "demzufolge", "danach"})
_DEMONSTRATIVES = frozenset({"dieser", "diese", "jener", "jene", "letzterer", "letztere"})
_ANAPHORIC_PREFIELD = frozenset({"das", "dies"})
_HEISST = frozenset({"heißt", "hieß", "heisst", "hiess"})
_COMMON_NOUN_SUFFIXES = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "agentur",
    "tion",
    "tät",
    "ium",
    "amt",
    "rat",
    "regierung",
    "zeitung",
    "polizei",
    "partei",
    "ministerium",
    "behörde",
    "dienst",
    "sender",
    "fernsehen",
    "medien",
    "kreise",
    "armee",
    "militär",
    "quelle",
    "reserve",
    "firma",
    "gruppe",
    "universität",
    "kommission",
    "gericht",
)
_ROLE_RE = re.compile("(" + "|".join(sorted(ROLE_SUFFIXES, key=len, reverse=True)) + ")$")


# --------------------------------------------------------------------------------------------
# plain token data (spaCy Token and Span objects are slow to create in loops)
# --------------------------------------------------------------------------------------------
_ATTRS = [ORTH, LEMMA, IDX, SPACY]
_WS = ("", " ")


class _Tok(NamedTuple):
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


class _Span:
    """A token range of a ``_TDoc`` (iteration, indexing and ``text`` like a spaCy ``Span``)."""

    __slots__ = ("_doc", "_toks")

    def __init__(self, doc: _TDoc, toks: list[_Tok]) -> None:
        self._doc = doc
        self._toks = toks

    def __iter__(self) -> Iterator[_Tok]:
        return iter(self._toks)

    def __len__(self) -> int:
        return len(self._toks)

    def __getitem__(self, i: int) -> _Tok:
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
    """A memo of the lexeme data (orth hash -> the first eight ``_Tok`` fields) of a vocab."""

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
_new_tok = cast(Callable[[Iterable[Any]], _Tok], functools.partial(tuple.__new__, _Tok))


class _TDoc:
    """A read-only view of a ``Doc`` with its tokens as ``_Tok`` objects, built once."""

    __slots__ = ("_dep", "_morph", "doc", "text", "toks")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings, lexemes = _memos(doc.vocab)
        orth, lemma, idx, ws = doc.to_array(_ATTRS).T.tolist()
        lex_data = list(map(lexemes.__getitem__, orth))
        own = zip(
            range(len(orth)), map(strings.__getitem__, lemma), idx, map(bool, ws), strict=True
        )
        self.toks: list[_Tok] = list(map(_new_tok, map(operator.add, lex_data, own)))
        # what ``Doc.text`` does: every token's text and its trailing space
        self.text = "".join(map(str.__add__, map(_FIRST, lex_data), map(_WS.__getitem__, ws)))
        self._dep = doc.has_annotation("DEP")
        self._morph = doc.has_annotation("MORPH")

    def __len__(self) -> int:
        return len(self.toks)

    @overload
    def __getitem__(self, i: int) -> _Tok: ...

    @overload
    def __getitem__(self, i: slice) -> _Span: ...

    def __getitem__(self, i: int | slice) -> _Tok | _Span:
        if isinstance(i, slice):
            return _Span(self, self.toks[i])
        return self.toks[i]

    def __iter__(self) -> Iterator[_Tok]:
        return iter(self.toks)

    def has_dep(self) -> bool:
        return self._dep

    def mood(self, i: int) -> list[str]:
        """The morphological Mood values of token ``i`` (empty without morphology)."""
        if not self._morph:
            return []
        token = self.doc[i]
        return list(token.morph.get("Mood", [])) if token.has_morph() else []


# --------------------------------------------------------------------------------------------
# data holders
# --------------------------------------------------------------------------------------------
@dataclass
class _Block:
    """A quotation mapped onto tokens."""

    quotation: Quotation
    first: int  # first token of the quotation (opening mark included)
    last: int  # token index after the closing mark
    words: int
    statement: bool = False
    title: bool = False
    used: bool = False


@dataclass
class _Attribution:
    """Who said it, as found in a frame."""

    speaker: str | None
    speaker_span: tuple[int, int] | None  # token range of the local mention
    cue_span: tuple[int, int] | None  # token range of the cue
    cue: str | None
    outlet: str | None = None
    person: bool = False


@dataclass
class _Found:
    kind: str
    parts: list[tuple[int, int]]  # character ranges
    attribution: _Attribution
    unit: int
    weak: bool = False  # a frameless continuation on Konjunktiv II or "sollen" only


@dataclass
class _Ctx:
    doc: _TDoc
    verbs: SpeechVerbs
    persons: list[tuple[int, int, str]]  # token start, end, canonical name
    blocks: list[_Block]
    block_at: dict[int, int]  # token index -> block index (statement and inline)
    units: list[tuple[int, int]] = field(default_factory=list)
    unit_para: list[int] = field(default_factory=list)
    known_names: list[tuple[int, str]] = field(default_factory=list)  # (token, full name)
    person_speakers: list[tuple[int, str]] = field(default_factory=list)  # (token, name)
    person_roles: dict[int, str] = field(default_factory=dict)  # mention start -> stated role
    unit_starts: list[int] = field(default_factory=list)  # first token of each unit
    segments_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = field(default_factory=dict)
    segment_marks: list[int] | None = None  # see _segments
    cues_cache: dict[tuple[int, int], list[tuple[int, tuple[int, int], str]]] = field(
        default_factory=dict
    )


# --------------------------------------------------------------------------------------------
# token predicates
# --------------------------------------------------------------------------------------------
_CAP_NUMBER_RE = re.compile(r"\d+-[A-ZÄÖÜ]")
_CAP_MEMO: dict[str, bool] = {}  # token text -> _is_cap
#: Lower-case words that are no noun-phrase word even when capitalised.
_NOT_NP_WORDS = (
    NP_STOP_WORDS
    | DETERMINERS
    | PERSON_PRONOUNS
    | NON_SPEAKER_PRONOUNS
    | SOURCE_PREPOSITIONS
    | _FINITE_AUX
)


def _is_cap(tok: _Tok) -> bool:
    text = tok.text
    cap = _CAP_MEMO.get(text)
    if cap is None:
        if len(_CAP_MEMO) > 100_000:
            _CAP_MEMO.clear()
        cap = _CAP_MEMO[text] = _is_cap_text(text)
    return cap


def _is_cap_text(text: str) -> bool:
    if not text or not any(c.isalpha() for c in text):
        return False
    if text[0].isupper():
        return True
    return bool(_CAP_NUMBER_RE.match(text))


def _is_np_word(tok: _Tok) -> bool:
    return _is_cap(tok) and tok.lower_ not in _NOT_NP_WORDS


#: "saudi-arabischen", "baden-württembergischen": hyphenated lower-case adjectives.
_HYPHEN_ADJ_RE = re.compile(r"[a-zäöüß]+(?:-[a-zäöüß]+)+")


def _is_modifier(tok: _Tok) -> bool:
    low = tok.lower_
    if (
        tok.like_num
        or re.fullmatch(r"\d+\.?", tok.text)
        or re.fullmatch(r"\d+-[a-zäöüß]+", tok.text)
    ):
        return True
    return (
        tok.text.islower()
        and (tok.is_alpha or _HYPHEN_ADJ_RE.fullmatch(tok.text) is not None)
        and low.endswith(("e", "en", "er", "es", "em"))
        and low not in NP_STOP_WORDS
        and low not in DETERMINERS
        and low not in _FINITE_AUX
        and len(low) > 3
    )


def _is_role_word(tok: _Tok) -> bool:
    low = tok.lower_
    return low in NAME_TITLES or bool(_ROLE_RE.search(low))


def _is_common_noun(tok: _Tok) -> bool:
    low = tok.lower_
    return (
        _is_role_word(tok)
        or low.endswith(_COMMON_NOUN_SUFFIXES)
        or (bool(tok.lemma_) and tok.lemma_ != tok.text)
    )


# --------------------------------------------------------------------------------------------
# pass 1: quotations
# --------------------------------------------------------------------------------------------
def _map_blocks(doc: _TDoc) -> list[_Block]:
    blocks: list[_Block] = []
    for quotation in find_quotations(doc.text):
        span = doc.doc.char_span(*quotation.outer, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        words = sum(1 for t in doc.toks[span.start : span.end] if any(c.isalnum() for c in t.text))
        if blocks and span.start < blocks[-1].last:
            continue
        blocks.append(_Block(quotation, span.start, span.end, words))
    return blocks


def _prev_token(doc: _TDoc, i: int) -> _Tok | None:
    j = i - 1
    while j >= 0 and doc.toks[j].is_space:
        j -= 1
    return doc.toks[j] if j >= 0 else None


def _next_token(doc: _TDoc, i: int) -> _Tok | None:
    j = i
    while j < len(doc) and doc.toks[j].is_space:
        j += 1
    return doc.toks[j] if j < len(doc) else None


def _classify_blocks(ctx: _Ctx) -> None:
    doc = ctx.doc
    for block in ctx.blocks:
        inner_text = doc.text[block.quotation.start : block.quotation.end].rstrip()
        words = [t for t in doc[block.first : block.last] if any(c.isalpha() for c in t.text)]
        before = _prev_token(doc, block.first)
        before2 = _prev_token(doc, before.i) if before is not None else None
        after = _next_token(doc, block.last)
        after2 = _next_token(doc, after.i + 1) if after is not None else None
        triggers = {t.lower_ for t in (before, before2) if t is not None}
        all_caps = bool(words) and all(
            t.text.lstrip("„‚“”‘’»«›‹\"'`")[:1].isupper()
            or t.lower_ in {"of", "the", "and", "de", "la", "für", "die"}
            for t in words
        )
        ends_sentence = bool(re.search(r"[.!?…]$", inner_text))
        colon = before is not None and before.text == ":"
        cue_after = (
            after is not None
            and after.text == ","
            and after2 is not None
            and (
                ctx.verbs.base_match(after2)
                or after2.lower_ in _HEISST | {"so"}
                or ctx.verbs.needs_particle(after2)
            )
        )
        isolated = (
            before is None
            or before.text in SENTENCE_END
            or "\n" in before.text_with_ws
            or _newline_between(doc, before.i, block.first)
        ) and (
            after is None
            or after.text in SENTENCE_END
            or _newline_between(doc, block.last, after.i)
        )
        isolated_start = (
            before is None
            or before.text in SENTENCE_END
            or _newline_between(doc, before.i, block.first)
        )
        block.title = bool(triggers & TITLE_TRIGGERS) or (
            all_caps and len(words) <= 6 and not ends_sentence
        )
        if block.title and not colon:
            continue
        if (
            (ends_sentence and block.words >= 2)
            or (colon and block.words >= 2)
            # "antwortete der Minister: „Nein.“" (not "Das Motto: „Weiter!“")
            or (colon and ends_sentence and block.words == 1 and not triggers & TITLE_TRIGGERS)
            or (cue_after and (block.words >= 3 or (block.words >= 2 and isolated_start)))
            or (isolated and block.words >= 3)
        ):
            block.statement = True
            block.title = False


def _newline_between(doc: _TDoc, a: int, b: int) -> bool:
    return any(
        "\n" in doc.toks[k].text for k in range(max(a, 0), min(b, len(doc))) if doc.toks[k].is_space
    )


# --------------------------------------------------------------------------------------------
# pass 2: units
# --------------------------------------------------------------------------------------------
def _build_units(ctx: _Ctx) -> None:
    doc = ctx.doc
    statement_at = {b.first: b for b in ctx.blocks if b.statement}
    units: list[tuple[int, int]] = []
    paras: list[int] = []
    para = 0
    start = 0
    i = 0
    n = len(doc)

    toks = doc.toks

    def close(end: int) -> None:
        nonlocal start
        s, e = start, end
        while s < e and toks[s].is_space:
            s += 1
        while e > s and toks[e - 1].is_space:
            e -= 1
        if s < e:
            units.append((s, e))
            paras.append(para)
        start = end

    while i < n:
        tok = toks[i]
        if i in statement_at:
            block = statement_at[i]
            i = block.last
            nxt = _next_token(doc, i)
            inner = doc.text[block.quotation.start : block.quotation.end].rstrip()
            if (
                re.search(r"[.!?…]$", inner)
                and nxt is not None
                and nxt.text not in {",", "so", "sagte", "sagt"}
                and not _newline_between(doc, i, nxt.i)
                and (_is_cap(nxt) and not ctx.verbs.base_match(nxt))
            ):
                close(i)
            continue
        if tok.is_space and "\n" in tok.text:
            close(i)
            para += 1
            start = i + 1
        elif tok.text in SENTENCE_END or (tok.text.endswith(("?", "!")) and len(tok.text) > 1):
            nxt = _next_token(doc, i + 1)
            if (
                nxt is None
                or tok.text != "."
                or _is_cap(nxt)
                or nxt.text in QUOTE_MARKS
                or nxt.is_digit
            ):
                close(i + 1)
        i += 1
    close(n)
    ctx.units = units
    ctx.unit_para = paras


# --------------------------------------------------------------------------------------------
# noun phrases and speakers
# --------------------------------------------------------------------------------------------
def _np_at(ctx: _Ctx, i: int, limit: int, apposition: bool = True, depth: int = 0) -> int | None:
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
        return _np_at(ctx, k, limit, apposition, depth + 1)
    if (
        first.lower_ in _DEMONSTRATIVES
        and (i + 1 >= limit or not _is_np_word(ctx.doc.toks[i + 1]))
        and not (i + 1 < limit and _is_modifier(ctx.doc.toks[i + 1]))
    ):
        return i + 1  # "Dieser bestätigte"
    j = i
    has_det = False
    if first.lower_ in DETERMINERS:
        j += 1
        has_det = True
    while j < limit and _is_modifier(doc.toks[j]):
        j += 1
    head_start = j
    if j < limit and j in ctx.block_at and ctx.blocks[ctx.block_at[j]].first == j:
        block = ctx.blocks[ctx.block_at[j]]
        if not block.statement and (block.title or block.words <= 4) and block.last <= limit:
            return block.last
    while j < limit and (
        _is_np_word(doc.toks[j])
        or (doc.toks[j].text in {"-"} and j + 1 < limit and _is_np_word(doc.toks[j + 1]))
    ):
        if j > head_start and _starts_clause_verb(ctx, j):
            break
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
                or _is_role_word(head)
                or _is_role_word(doc.toks[head_start])
                or head.lower_ in ACCORDING_NOUNS
            )
            # after a proper name "der X" is a dative addressee ("sagte Peskow der Agentur")
            and not _ends_name(ctx, j)
        ):
            sub = _np_at(ctx, j, limit, apposition=False, depth=depth + 1)
            if sub is None:
                break
            j = sub
            continue
        if (
            low in {"von", "vom"}
            and j + 1 < limit
            and (_is_cap(doc.toks[j + 1]) or doc.toks[j + 1].lower_ in {"der", "dem", "den"})
        ):
            sub = _np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
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
        sub = _np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
        if sub is not None:
            j = sub
    # a place or institution: "Jane Doe von der Universität X", "der Richter in Bonn,"
    if apposition:
        j = _pp_tail(ctx, j, limit, depth)
    # apposition: "der Verteidigungsexperte, Oberst der Reserve Igor Korotschenko:"
    if apposition and j + 1 < limit and doc.toks[j].text == ",":
        sub = _np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
        if sub is not None:
            sub = _pp_tail(ctx, sub, limit, depth, inner=True)
        if sub is not None and (
            sub >= limit or doc.toks[sub].text in {",", ":"} or doc.toks[sub].text in SENTENCE_END
        ):
            j = sub
    return j


_PP_TAIL_PREPOSITIONS = frozenset({"in", "aus", "bei", "von", "vom", "an", "am"})


def _pp_tail(ctx: _Ctx, j: int, limit: int, depth: int, inner: bool = False) -> int:
    """Extend a noun phrase over "in/aus/bei X" when a delimiter or the limit follows."""
    doc = ctx.doc
    if j + 1 >= limit or doc.toks[j].lower_ not in _PP_TAIL_PREPOSITIONS:
        return j
    low = doc.toks[j].lower_
    if low in {"in", "bei"} and not _is_np_word(doc.toks[j + 1]):
        return j  # "in Bonn", "bei Reuters" but not "in der Sendung"
    if low in {"in", "bei", "aus", "an", "am"} and _ends_name(ctx, j):
        return j  # a place after a person: "sagte Baerbock in Kiew"
    if low in {"an", "am"} and not inner:
        return j  # "an/am" only inside an apposition: "X, Politologe an der Universität Y,"
    sub = _np_at(ctx, j + 1, limit, apposition=False, depth=depth + 1)
    if sub is None or doc.toks[j + 1].lower_ in PERSON_PRONOUNS:
        return j
    if sub >= limit or doc.toks[sub].text in {",", ":"} or doc.toks[sub].text in SENTENCE_END:
        return sub
    return j


def _ends_name(ctx: _Ctx, j: int) -> bool:
    """Whether a person's name ends right before token ``j`` ("Dmitri Peskow| der Agentur")."""
    doc = ctx.doc
    if any(ps < j <= pe and pe == j for ps, pe, _ in ctx.persons):
        return True
    return j >= 2 and _is_name_word(doc.toks[j - 1]) and _is_name_word(doc.toks[j - 2])


def _starts_clause_verb(ctx: _Ctx, j: int) -> bool:
    tok = ctx.doc.toks[j]
    return bool(ctx.verbs.base_match(tok)) and tok.i > 0 and not tok.text[0].isupper()


def _is_verbish(ctx: _Ctx, tok: _Tok) -> bool:
    return tok.lower_ in _FINITE_AUX or ctx.verbs.base_match(tok) or ctx.verbs.needs_particle(tok)


def _np_ending_at(ctx: _Ctx, end: int, lower: int) -> int | None:
    """Start of the longest noun phrase ending exactly at ``end`` (exclusive), or None."""
    best: int | None = None
    for s in range(end - 1, max(lower, end - 12) - 1, -1):
        tok = ctx.doc.toks[s]
        if tok.text in _CLAUSE_DELIMITERS or tok.text in SENTENCE_END:
            break
        if (
            tok.lower_ in DETERMINERS
            or _is_np_word(tok)
            or (  # "ersten Annahmen zufolge"
                s + 1 < end
                and _is_np_word(ctx.doc.toks[s + 1])
                and _is_modifier(tok)
                and tok.lower_ not in SKIPPABLE_ADVERBS
            )
        ) and _np_at(ctx, s, end, apposition=False) == end:
            best = s
    return best


def _name_run(ctx: _Ctx, start: int, end: int) -> tuple[int, int] | None:
    """The proper-name part of a noun phrase ("Igor Korotschenko" in "Oberst ... Igor K.")."""
    doc = ctx.doc
    runs: list[tuple[int, int]] = []
    k = start
    while k < end:
        if (_is_np_word(doc.toks[k]) and doc.toks[k].is_alpha) or (
            "-" in doc.toks[k].text and _is_cap(doc.toks[k]) and not doc.toks[k].text[0].isdigit()
        ):
            s = k
            while k < end and (_is_np_word(doc.toks[k]) and not doc.toks[k].text[0].isdigit()):
                k += 1
            runs.append((s, k))
        else:
            k += 1
    clean: list[tuple[int, int]] = []
    for s, e in runs:
        while s < e and _is_common_noun(doc.toks[s]):
            s += 1
        if (
            e - s >= 3
            and s > 0
            and (doc.toks[s - 1].lower_ in DETERMINERS or _is_modifier(doc.toks[s - 1]))
        ):
            s += 1  # "der Unternehmer Karl Brandt": the head noun, then the name
        if e - s >= 1 and not any(_is_common_noun(doc.toks[x]) for x in range(s, e)):
            clean.append((s, e))
    if not clean:
        return None
    # prefer a multi-word name that is not inside a genitive or "von" attachment
    attached = {"des", "der", "eines", "einer", "von", "vom"}

    def rank(run: tuple[int, int]) -> tuple[int, int, int]:
        head_free = run[0] == start or doc[run[0] - 1].lower_ not in attached
        return (run[1] - run[0] >= 2, head_free, -run[0] if head_free else run[0])

    return max(clean, key=rank)


def _speaker_person_in(ctx: _Ctx, start: int, end: int) -> tuple[str | None, bool]:
    """The person a speaker noun phrase names, and whether a genitive possessor was skipped.

    A possessor ("Putins Sprecher", "Kims Schwester Kim Yo-jong") is a person mention ending in
    -s/-' directly followed by a noun of the phrase; it is never the speaker.
    """
    toks = ctx.doc.toks
    possessor = False
    for ps, pe, key in ctx.persons:
        if ps < start or pe > end:
            continue
        last = toks[pe - 1].text
        if (
            pe < end
            and last.endswith(("s", "'", "’"))
            and not key.endswith(last)
            and _is_np_word(toks[pe])
            and _is_cap(toks[pe])
        ):
            possessor = True
            continue
        if _genitive_attribute(ctx, ps, start):
            # "ein Sprecher des Robert Koch-Instituts", "die Witwe des Schauspielers Bruno Ganz":
            # the mention is a genitive attribute of the head noun, not the speaker
            possessor = True
            continue
        return key, possessor
    return None, possessor


def _genitive_attribute(ctx: _Ctx, ps: int, start: int) -> bool:
    """Whether the mention at ``ps`` is a genitive or von-attribute of a person noun.

    "ein Sprecher des Robert Koch-Instituts", "der Sprecher von Kanzler Olaf Scholz": the head
    noun is the speaker. A name after a genitive noun ("der Vorsitzende des Ausschusses Alain
    L.") is an apposition, and "von" after a statement noun ("das Fazit von X") names X.
    """
    toks = ctx.doc.toks
    j = ps - 1
    if j > start and _is_cap(toks[j]) and _is_role_word(toks[j]):
        j -= 1
    if j <= start or toks[j].lower_ not in {"des", "der", "von"}:
        return False
    head = toks[j - 1]
    if not (_is_cap(head) and _is_np_word(head)) or head.lower_ in DETERMINERS:
        return False
    return (
        toks[j].lower_ != "von"
        or _is_role_word(head)
        or head.lower_.endswith(("sprecher", "sprecherin"))
    )


def _person_in(ctx: _Ctx, start: int, end: int) -> str | None:
    for ps, pe, key in ctx.persons:
        if ps >= start and pe <= end:
            return key
    return None


def _surname_match(ctx: _Ctx, surname: str, before: int) -> str | None:
    candidates = {
        name
        for pos, name in ctx.known_names
        if pos < before and name.split()[-1].lower() == surname.lower() and " " in name
    }
    for _, _, key in ctx.persons:
        if key.split()[-1].lower() == surname.lower():
            candidates.add(key)
    if len(candidates) == 1:
        return candidates.pop()
    return None


def _last_person_before(ctx: _Ctx, i: int, gender: str | None = None) -> str | None:
    """The last person named before token ``i`` outside quotations.

    With a ``gender`` ("f"/"m", from the pronoun), a person whose known gender differs is
    skipped, and a person of known matching gender in the last sentences is preferred to a more
    recent one of unknown gender ("Annalena Baerbock reiste mit Olaf Scholz ... sagte sie").
    """
    cands: list[tuple[int, int, str]] = [
        (ps, pe, key) for ps, pe, key in ctx.persons if ps < i and not _inside_statement(ctx, ps)
    ]
    cands += [
        (pos, pos + len(name.split()), name)
        for pos, name in ctx.person_speakers + ctx.known_names
        if pos < i and not _inside_statement(ctx, pos)
    ]
    if not cands:
        return None
    cands.sort(key=_FIRST, reverse=True)
    if gender is None:
        return cands[0][2]
    window = _window_start(ctx, i)
    genders: dict[str, str | None] = {}
    for ps, pe, key in cands:
        g = _person_gender(ctx, ps, pe, key)
        if g is not None or key not in genders:
            genders[key] = g if genders.get(key) is None else genders[key]
    if gender == "f":  # feminine cues (-in roles, Frau, first names in -a) are reliable
        recent = [key for ps, _pe, key in cands if ps >= window]
        matching = [key for key in recent if genders.get(key) == gender]
        if matching and len(set(matching)) == 1:
            return matching[0]
    for _ps, _pe, key in cands:
        g = genders.get(key)
        if g is None or g == gender:
            return key
    return None


_FEMALE_NAME_EXCEPTIONS = frozenset(
    {"nikita", "ilja", "ilya", "luca", "joshua", "jonah", "jona", "mustafa", "musa", "isa",
     "josua", "sascha", "mischa", "kosta", "costa", "andrea", "akiba", "attila", "elia", "noa"}
)  # fmt: skip
_ROLE_FEMININE_RE = re.compile(r"(in|innen)$")


def _role_gender(word: str) -> str | None:
    """Gender of a role noun: "f" for -in ("Ministerin"), "m" for a listed masculine role."""
    low = word.lower()
    base = _role_base(low)
    if base is None:
        return None
    return "f" if _ROLE_FEMININE_RE.search(base) and base not in _NON_FEMININE_IN else "m"


_NON_FEMININE_IN = frozenset({"admin", "kremlin"})


def _person_gender(ctx: _Ctx, ps: int, pe: int, key: str) -> str | None:
    """Known gender of the person mentioned at ``[ps, pe)``: stated role, Frau/Herr, name."""
    role = ctx.person_roles.get(ps)
    if role:
        g = _role_gender(role.split()[0])
        if g is not None:
            return g
    toks = ctx.doc.toks
    for k in (ps - 1, ps - 2):
        if k < 0 or toks[k].text in _CLAUSE_DELIMITERS or toks[k].text in SENTENCE_END:
            break
        low = toks[k].lower_
        if low == "frau":
            return "f"
        if low == "herr":
            return "m"
        if _is_cap(toks[k]):
            g = _role_gender(toks[k].text)
            if g is not None:
                return g
    # predicative role: "Igor K. ist Militärexperte", "Anna B., Ministerin ..."
    for k in range(pe, min(len(toks), pe + 4)):
        tok = toks[k]
        if tok.text in SENTENCE_END:
            break
        if _is_cap(tok) and k > pe and toks[k - 1].lower_ in {"ist", "war", ","}:
            g = _role_gender(tok.text)
            if g is not None:
                return g
    first = key.split()[0].lower() if " " in key else ""
    if len(first) > 2 and first.endswith("a") and first not in _FEMALE_NAME_EXCEPTIONS:
        return "f"
    return None


def _window_start(ctx: _Ctx, i: int) -> int:
    """First token of the unit three units before the one holding token ``i``."""
    starts = ctx.unit_starts
    if not starts:
        return 0
    ui = max(0, bisect_left(starts, i + 1) - 1)
    return starts[max(0, ui - 3)]


def _inside_statement(ctx: _Ctx, i: int) -> bool:
    return any(b.statement and b.first <= i < b.last for b in ctx.blocks)


_AGE_NOUN_RE = re.compile(r"^\d+-jährige[rn]?$")


@functools.cache
def _role_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Lower-case role nouns (person_roles_de.txt and ROLE_SUFFIXES) and the long ones."""
    text = (files("nkru_extract") / "data" / "person_roles_de.txt").read_text(encoding="utf-8")
    words = {
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#") and " " not in line.strip()
    }
    words |= set(ROLE_SUFFIXES)
    long_words = tuple(sorted((w for w in words if len(w) >= 5), key=len, reverse=True))
    return frozenset(words), long_words


def _role_base(low: str) -> str | None:
    """The role noun a word is or ends in ("finanzministerin" -> "ministerin"), or None."""
    words, long_words = _role_words()
    if low in words:
        return low
    for w in long_words:
        if low.endswith(w):
            return w
    if low.endswith(("s", "n")) and len(low) > 4:  # "Kanzlers", "Abgeordneten"
        return _role_base(low[:-1]) if low[:-1] in words else None
    return None


def _is_description_head(tok: _Tok) -> bool:
    """A role or age noun that heads a description ("Bundesrätin", "58-Jährige")."""
    return _AGE_NOUN_RE.match(tok.lower_) is not None or _role_base(tok.lower_) is not None


def _resolve_description(ctx: _Ctx, start: int, end: int, head: _Tok) -> str | None:
    """The person a definite description ("der Kanzler", "die 58-Jährige") refers to.

    A role noun goes to the one earlier person with that role (stated or in the context); an
    age noun, or a role noun nobody was given, to the one person of compatible gender named in
    the last three sentences. Several equally plausible people: None.
    """
    low = head.lower_
    doc = ctx.doc
    age = _AGE_NOUN_RE.match(low) is not None
    base = None if age else _role_base(low)
    suffix_match = _ROLE_RE.search(low)
    if not age and base is None and suffix_match is None:
        return None
    article = doc.toks[start].lower_
    gender: str | None = None
    if age:  # "der 58-Jährige", "die 47-Jährige"; "der 58-Jährigen" may be either
        if article == "die" and low.endswith("e"):
            gender = "f"
        elif article == "der" and low.endswith("e"):
            gender = "m"
    elif base is not None:
        gender = _role_gender(base)
    else:
        gender = None
    people: list[tuple[int, int, str]] = [
        (ps, pe, key)
        for ps, pe, key in ctx.persons
        if ps < start and not _inside_statement(ctx, ps)
    ]
    people += [(p, p + len(n.split()), n) for p, n in ctx.known_names if p < start]
    if not people:
        return None

    def compatible(ps: int, pe: int, key: str) -> bool:
        g = _person_gender(ctx, ps, pe, key)
        return gender is None or g is None or g == gender

    if not age:
        suffix = base or (suffix_match.group(1) if suffix_match else "")
        stem = suffix[:-2] if suffix.endswith("in") and _role_gender(suffix) == "f" else suffix
        matching = set()
        for ps, pe, name in people:
            role = (ctx.person_roles.get(ps) or "").lower()
            window = doc[max(0, ps - 10) : min(len(doc), ps + 12)]
            has_role = (role and (role.endswith(suffix) or role.endswith(stem))) or any(
                t.lower_.endswith(suffix) and t.i not in range(start, end) for t in window
            )
            if has_role and compatible(ps, pe, name):
                matching.add(name)
        if len(matching) == 1:
            return matching.pop()
        if matching:
            return None
    win = _window_start(ctx, start)
    recent = {name for ps, pe, name in people if ps >= win and compatible(ps, pe, name)}
    if len(recent) == 1:
        return recent.pop()
    return None


def _resolve(ctx: _Ctx, start: int, end: int, cue: _Tok | None) -> _Attribution | None:
    """Resolve the noun phrase ``doc[start:end]`` to a speaker (None when it is no speaker)."""
    doc = ctx.doc
    span = doc[start:end]
    text = span.text
    if end - start == 1 and span[0].lower_ in PERSON_PRONOUNS:
        plural_verb = cue is not None and cue.lower_.endswith("en") and cue.lower_ not in {"sei"}
        if span[0].lower_ == "sie" and plural_verb:
            return _Attribution(None, (start, end), None, None)
        low = span[0].lower_
        gender = "f" if low in {"sie", "ihr"} else "m" if low in {"er", "ihm"} else None
        name = _last_person_before(ctx, start, gender)
        return _Attribution(name, (start, end), None, None, person=name is not None)
    if end - start == 1 and span[0].lower_ in NON_SPEAKER_PRONOUNS:
        return None
    if end - start == 1 and span[0].lower_ in _DEMONSTRATIVES:
        low = span[0].lower_
        gender = "m" if low in {"dieser", "letzterer"} else None
        name = _last_person_before(ctx, start, gender) if gender else None
        return _Attribution(name, (start, end), None, None, person=name is not None)
    key, possessor = _speaker_person_in(ctx, start, end)
    if key is not None:
        # the person key, not the written name with its role ("Oberbefehlshaber O. Syrskyj")
        return _Attribution(key, (start, end), None, None, person=True)
    if possessor:
        # "Putins Sprecher": a description of someone else, not Putin
        return _Attribution(text, (start, end), None, None)
    titled = [ctx.blocks[ctx.block_at[k]] for k in range(start, end) if k in ctx.block_at]
    if titled and not titled[0].statement and titled[0].first > start:
        if any(
            doc.toks[k].lower_ in {"des", "der"}
            and (_is_role_word(doc.toks[k - 1]) or _is_description_head(doc.toks[k - 1]))
            for k in range(start + 1, titled[0].first)
        ):
            # "der Bürgermeister der Zeitung „Kurier“": a person of the titled genitive speaks
            # (but "die Online-Ausgabe des „Spiegel“" is the Spiegel)
            return _Attribution(text, (start, end), None, None)
        q = titled[0].quotation
        return _Attribution(doc.text[q.start : q.end], (start, end), None, None)
    words = [t for t in span if t.is_alpha and t.lower_ not in DETERMINERS and not _is_modifier(t)]
    if words and all(
        t.lower_ in GENERIC_SOURCE_NOUNS or _is_modifier(t) or t.lower_ in DETERMINERS
        for t in words
    ):
        # an unnamed source ("Berichten", "Medienberichten"): no speaker, but the mention
        return _Attribution(None, (start, end), None, None)
    run = _name_run(ctx, start, end)
    if run is not None and _genitive_attribute(ctx, run[0], start):
        return _Attribution(text, (start, end), None, None)  # "der Sprecher des X-Instituts"
    if run is not None:
        name_tokens = doc[run[0] : run[1]]
        name = " ".join(t.text for t in name_tokens)
        if run[1] - run[0] >= 2:
            ctx.known_names.append((run[0], name))
            return _Attribution(name, (start, end), None, None, person=True)
        full = _surname_match(ctx, name, start)
        if full is not None:
            return _Attribution(full, (start, end), None, None, person=True)
    first_det = span[0].lower_ in DETERMINERS
    definite = span[0].lower_ in {"der", "die", "des", "dem", "den"}
    heads = [t for t in span if _is_np_word(t)]
    if (
        definite
        and heads
        and (run is None or (run[1] - run[0] == 1 and _is_description_head(doc.toks[run[0]])))
    ):
        described = _resolve_description(ctx, start, end, heads[0])
        if described is not None:
            return _Attribution(described, (start, end), None, None, person=True)
    if not heads:
        return None
    del first_det
    return _Attribution(text, (start, end), None, None)


# --------------------------------------------------------------------------------------------
# cues and frames
# --------------------------------------------------------------------------------------------
def _segments(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int, str]]:
    """Comma/colon-delimited segments of ``[a, b)``: (start, end, delimiter after).

    Cached per range: callers must not modify the returned list.
    """
    cached = ctx.segments_cache.get((a, b))
    if cached is not None:
        return cached
    toks = ctx.doc.toks
    block_at = ctx.block_at
    blocks = ctx.blocks
    if ctx.segment_marks is None:
        # the only tokens where the walk below does something: block starts and delimiters
        ctx.segment_marks = sorted(
            {bk.first for bk in blocks}
            | {k for k, t in enumerate(toks) if t.text in _CLAUSE_DELIMITERS}
        )
    marks = ctx.segment_marks
    out: list[tuple[int, int, str]] = []
    s = a
    k = a  # the walk over [a, b) skips the tokens before k
    for x in range(bisect_left(marks, a), len(marks)):
        m = marks[x]
        if m >= b:
            break
        if m < k:
            continue
        if m in block_at and blocks[block_at[m]].first == m:
            k = max(m + 1, blocks[block_at[m]].last)
            continue
        text = toks[m].text
        if text in _CLAUSE_DELIMITERS:
            if m > s:
                out.append((s, m, text))
            s = m + 1
        k = m + 1
    if s < b:
        out.append((s, b, ""))
    ctx.segments_cache[(a, b)] = out
    return out


def _find_cues(ctx: _Ctx, a: int, b: int) -> list[tuple[int, tuple[int, int], str]]:
    """Speech-verb cues in ``[a, b)``: (verb index, cue token range, lemma).

    Cached per range: callers must not modify the returned list.
    """
    cached = ctx.cues_cache.get((a, b))
    if cached is not None:
        return cached
    toks = ctx.doc.toks
    block_at = ctx.block_at
    verbs = ctx.verbs
    verb_lemmas = verbs.lemmas
    verb_forms = verbs.forms
    particle_only = _particle_only_bases(verbs)
    cues: list[tuple[int, tuple[int, int], str]] = []
    segs = _segments(ctx, a, b)
    for s, e, _ in segs:
        # the last token of the segment before trailing punctuation and spaces
        seg_last = e - 1
        while seg_last > s and (toks[seg_last].is_punct or toks[seg_last].is_space):
            seg_last -= 1
        seg_particle = toks[seg_last].lower_
        if seg_particle not in SEPARABLE_PARTICLES:
            seg_last = -1  # no particle at the end: the test below never holds
        for i in range(s, e):
            tok = toks[i]
            if not tok.is_alpha or i in block_at:
                continue
            if tok.text[0].isupper() and i != s and not (i > 0 and toks[i - 1].text in QUOTE_MARKS):
                continue
            if seg_last > i:
                lemma = verbs.particle_lemma(tok, seg_particle)
                if lemma is not None:
                    cues.append((i, (i, i + 1), lemma))
                    continue
            prev = toks[i - 1] if i > s else None
            if prev is not None and prev.lower_ in SEPARABLE_PARTICLES:
                lemma = verbs.particle_lemma(tok, prev.lower_)
                if lemma is not None:  # verb-final "wie X bekannt gab"
                    cues.append((i, (i - 1, i + 1), lemma))
                    continue
            if tok.text[0].isupper() and i == s and e == i + 1 and e < b and toks[e].text == ":":
                continue  # a label ("Frage: ...", "Antwort: ..."), not a verb
            # verbs.base_match(tok), inlined
            lemma_low = tok.lemma_.lower()
            if (lemma_low in verb_lemmas or tok.lower_ in verb_forms) and (
                lemma_low not in particle_only
            ):
                cues.append((i, (i, i + 1), lemma_low))
    ctx.cues_cache[(a, b)] = cues
    return cues


_PARTICLE_ONLY: dict[int, tuple[SpeechVerbs, frozenset[str]]] = {}


def _particle_only_bases(verbs: SpeechVerbs) -> frozenset[str]:
    """Bases of separable speech verbs that are no speech verbs on their own ("teilen")."""
    entry = _PARTICLE_ONLY.get(id(verbs))
    if entry is None or entry[0] is not verbs:
        if len(_PARTICLE_ONLY) >= 8:
            _PARTICLE_ONLY.clear()
        entry = (verbs, frozenset({t[1] for t in verbs.separable} - verbs.lemmas))
        _PARTICLE_ONLY[id(verbs)] = entry
    return entry[1]


def _skip_adverbs(ctx: _Ctx, j: int, limit: int) -> int:
    doc = ctx.doc
    while j < limit and (
        doc.toks[j].lower_ in SKIPPABLE_ADVERBS or doc.toks[j].lower_ in {"sich", "es"}
    ):
        j += 1
    return j


#: Articles that never open a subject (accusative or dative).
_OBLIQUE_ARTICLES = frozenset({"den", "dem", "einen", "einem"})


#: Focus particles before a prefield subject: "Auch X sagte", "Aber Zeitungen berichteten".
_FOCUS_PARTICLES = frozenset({"auch", "aber", "selbst", "sogar", "doch", "jedoch", "und"})
#: Prepositions joining a prefield subject and its attributes ("Ken Rice vom Institut für X").
_PREFIELD_PREPOSITIONS = frozenset(
    {"für", "ohne", "von", "vom", "aus", "in", "im", "bei", "beim", "an", "am", "zur", "zum"}
)


def _prefield_pp_chain(ctx: _Ctx, end: int | None, v: int) -> int | None:
    """Extend a prefield noun phrase over prepositional attributes when they reach verb ``v``.

    In a verb-second clause everything before the finite verb is one constituent, so "Ken Rice
    vom Institut für Astronomie in Edinburgh erklärte" has the whole prefield as subject.
    """
    if end is None or end >= v:
        return end
    j = end
    doc = ctx.doc
    while j < v and doc.toks[j].lower_ in _PREFIELD_PREPOSITIONS:
        sub = _np_at(ctx, j + 1, v, apposition=False)
        if sub is None:
            return end
        j = sub
    return j if j == v else end


#: Suffixes of adjectives and adverbs used alone in the prefield ("Offiziell", "Gleichzeitig").
_ADVERBIAL_RE = re.compile(r"(lich|ig|isch|ell|weise|gemäß|mäßig|maßen|falls|dings)$")


def _adverbial_prefield(ctx: _Ctx, s: int, v: int, b: int) -> bool:
    """One adverb-like word before the verb with a noun phrase or pronoun right after it."""
    toks = ctx.doc.toks
    if s + 1 != v or not _ADVERBIAL_RE.search(toks[s].lower_):
        return False
    if any(ps <= s < pe for ps, pe, _ in ctx.persons):
        return False  # "Ludwig sagte"
    j = _skip_adverbs(ctx, v + 1, b)
    if j >= b:
        return False
    nxt = toks[j]
    return (
        nxt.lower_ in {"der", "die", "das", "ein", "eine"}
        or nxt.lower_ in PERSON_PRONOUNS
        or (_is_np_word(nxt) and nxt.lower_ not in _OBLIQUE_ARTICLES)
    )


def _speaker_of_verb(ctx: _Ctx, v: int, a: int, b: int) -> tuple[int, int] | None:
    """Token range of the subject of speech verb ``v`` within ``[a, b)`` (no parser)."""
    doc = ctx.doc
    if doc.has_dep():
        parsed = _parsed_subject(doc.doc[v])
        if parsed is not None:
            return parsed
    clause_a = a
    for k in range(v - 1, a - 1, -1):
        if doc.toks[k].text in _CLAUSE_DELIMITERS or (
            k in ctx.block_at and ctx.blocks[ctx.block_at[k]].statement
        ):
            clause_a = k + 1
            break
    # "wie X sagte", "als X sagte, dass", "nachdem X erklärt hatte"
    verb_final = (
        v + 1 >= b
        or doc.toks[v + 1].text in _CLAUSE_DELIMITERS
        or doc.toks[v + 1].lower_ in (_FINITE_AUX | SENTENCE_END)
    )
    if doc.toks[clause_a].lower_ == "wie" or (
        doc.toks[clause_a].lower_ in _SUBORDINATORS and verb_final
    ):
        first = clause_a + 1
        if (
            doc.toks[clause_a].lower_ == "wie"
            and first < v
            and doc.toks[first].lower_ in {"aus", "in", "bei"}
        ):
            first += 1  # "wie aus einer Mitteilung der Polizei hervorgeht"
        first = _skip_adverbs(ctx, first, v)  # "Wie schon die Polizei mitteilte"
        end = _np_at(ctx, first, v)
        return (first, end) if end is not None else None
    # prefield subject: "Der Sprecher sagte", "Peskow, Sprecher des Kremls, sagte"
    starts: tuple[int, ...] = (clause_a, a)
    if clause_a + 1 < v and doc.toks[clause_a].lower_ in _FOCUS_PARTICLES:
        starts = (clause_a + 1,)  # "Auch der Minister sagte", "Selbst die Zeitung kritisierte"
    if _adverbial_prefield(ctx, clause_a, v, b):
        starts = ()  # "Offiziell geht die Regierung davon aus": the subject follows the verb
    for start in starts:
        if (
            start < v
            and doc.toks[start].lower_ in _OBLIQUE_ARTICLES
            and doc.toks[start + 1].text != "Haag"
        ):
            break  # "Den Vorwurf wies der Bürgermeister zurück": an object, not the subject
        if start < v and doc.toks[start].lower_ not in NP_STOP_WORDS:
            end = _np_at(ctx, start, v)
            end = _prefield_pp_chain(ctx, end, v)
            if end == v or (
                end is not None and end < v and doc.toks[end].text == "," and end + 1 == v
            ):
                return (start, end)
            if (
                end is not None
                and end < v
                and start == a
                and _is_verbish_free(ctx, doc.toks[end])
                and not any(doc.toks[x].text in _CLAUSE_DELIMITERS for x in range(end, v))
            ):
                return (start, end)
            # a relative clause after the subject: "X, der ... will, erklärte"
            if (
                end is not None
                and end + 1 < v
                and doc.toks[end].text == ","
                and doc.toks[end + 1].lower_ in _RELATIVE_PRONOUNS
                and doc.toks[v - 1].text == ","
            ):
                return (start, end)
    # prefield subject followed by a finite verb: "Korotschenko zeigt sich überzeugt"
    if starts and clause_a < v and doc.toks[clause_a].lower_ not in NP_STOP_WORDS:
        end = _np_at(ctx, clause_a, v)
        if end is not None and end < v and _is_verbish_free(ctx, doc.toks[end]):
            return (clause_a, end)
    # passive or modal with the subject after the finite auxiliary: "wird X zitiert"
    aux_from = clause_a if clause_a < v else a
    for k in range(aux_from, v):
        if doc.toks[k].lower_ in _FINITE_AUX and (
            k > aux_from or (k == clause_a and k > a and doc.toks[k - 1].text == ",")
        ):  # ", hat X gefordert" after a long prefield with a relative clause
            j = _skip_adverbs(ctx, k + 1, v)
            end = _np_at(ctx, j, v)
            if end is not None:
                return (j, end)
            break
    # inverted: "sagte der Sprecher", "so X"
    j = _skip_adverbs(ctx, v + 1, b)
    if j < b and doc.toks[j].lower_ in SOURCE_PREPOSITIONS:  # "berichtet laut X die Agentur Y"
        end = _np_at(ctx, j + 1, b)
        if end is not None:
            j = _skip_adverbs(ctx, end, b)
    end = _np_at(ctx, j, b)
    if end is not None and doc.toks[j].lower_ in {"dem", "einem", "den", "einen"}:
        # an addressee or object ("sagte dem Fernsehen"); the subject may follow
        j2 = _skip_adverbs(ctx, end, b)
        if j2 < b and doc.toks[j2].lower_ in SOURCE_PREPOSITIONS:
            end2 = _np_at(ctx, j2 + 1, b)
            j2 = _skip_adverbs(ctx, end2, b) if end2 is not None else j2
        end = _np_at(ctx, j2, b) if j2 < b and doc.toks[j2].text not in _CLAUSE_DELIMITERS else None
        j = j2
    if end is not None:
        return (j, end)
    # "X, Oberst der Reserve Igor K., sagte dem Fernsehen: ..." (subject before the comma)
    if clause_a == v and v - 1 > a and doc.toks[v - 1].text == ",":
        back = _np_ending_at(ctx, v - 1, a)
        if back is not None and (back == a or doc.toks[back - 1].text == ","):
            return (back, v - 1)
    return None


def _parsed_subject(verb: Token) -> tuple[int, int] | None:
    """Subject subtree of ``verb`` (or of its finite auxiliary) from a TIGER parse."""
    for node in (verb, verb.head):
        for child in node.children:
            if child.dep_ in TIGER_SUBJECT:
                left = child.left_edge.i
                right = child.right_edge.i + 1
                return (left, right)
        if node.head is node:
            break
    return None


def _parsed_message(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ in TIGER_CLAUSAL_OBJECT:
            return (child.left_edge.i, child.right_edge.i + 1)
    return None


def _attribution_for_verb(
    ctx: _Ctx, v: int, cue: tuple[int, int], lemma: str, a: int, b: int
) -> _Attribution | None:
    doc = ctx.doc
    subject = _speaker_of_verb(ctx, v, a, b)
    outlet: str | None = None
    if subject is not None and lemma == "zitieren" and subject[0] > v:
        obj_start = _skip_adverbs(ctx, subject[1], b)
        obj_end = _np_at(ctx, obj_start, b)
        if obj_end is not None and doc.toks[obj_start].lower_ in DETERMINERS | {"den", "die"}:
            outlet = doc[subject[0] : subject[1]].text
            subject = (obj_start, obj_end)
    elif subject is not None and lemma == "zitieren" and subject[1] <= v:
        passive = any(
            doc.toks[k].lower_ in {"wird", "wurde", "werden", "wurden"} for k in range(a, v)
        )
        if not passive:
            obj_start = _skip_adverbs(ctx, v + 1, b)
            obj_end = _np_at(ctx, obj_start, b)
            if obj_end is not None:
                outlet = doc[subject[0] : subject[1]].text
                subject = (obj_start, obj_end)
    # "berichtet laut X die Agentur Y": X is the outlet
    j = _skip_adverbs(ctx, v + 1, b)
    if outlet is None and j < b and doc.toks[j].lower_ in SOURCE_PREPOSITIONS:
        end = _np_at(ctx, j + 1, b)
        if end is not None and subject is not None and subject[0] >= end:
            outlet = doc[j + 1 : end].text
    # "unter Berufung auf X": the source is X, the subject is the outlet
    for k in range(a, max(a, b - 2)):
        if (
            doc.toks[k].lower_ == "unter"
            and doc.toks[k + 1].lower_ == "berufung"
            and doc.toks[k + 2].lower_ == "auf"
        ):
            end = _np_at(ctx, k + 3, b)
            if end is not None:
                if subject is not None:
                    outlet = doc[subject[0] : subject[1]].text
                subject = (k + 3, end)
            break
    if subject is None:
        return _Attribution(None, None, cue, doc[cue[0] : cue[1]].text)
    resolved = _resolve(ctx, subject[0], subject[1], doc.toks[v])
    if resolved is None:
        return None
    resolved.cue_span = cue
    resolved.cue = doc[cue[0] : cue[1]].text
    resolved.outlet = outlet
    return resolved


def _message_range(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int]]:
    """Token ranges of ``[a, b)`` minus final punctuation and surrounding commas."""
    doc = ctx.doc
    while b > a and (
        doc.toks[b - 1].text in SENTENCE_END
        or doc.toks[b - 1].is_space
        or doc.toks[b - 1].text in {",", ":", ";", "–"}
    ):
        b -= 1
    while a < b and (doc.toks[a].text in {",", ":", ";", "–"} or doc.toks[a].is_space):
        a += 1
    # a second frame at the end ("Laut Anklage soll X ..., so ein Gerichtssprecher") is no message
    for c in range(b - 2, max(a, b - 10), -1):
        if doc.toks[c].text == ",":
            if doc.toks[c + 1].lower_ == "so" and _so_frame(ctx, c, b) is not None:
                b = c
            break
    return [(a, b)] if a < b else []


def _minus(ctx: _Ctx, a: int, b: int, cut: tuple[int, int]) -> list[tuple[int, int]]:
    return _message_range(ctx, a, cut[0]) + _message_range(ctx, cut[1], b)


def _has_konjunktiv(ctx: _Ctx, ranges: Iterable[tuple[int, int]], strong: bool = False) -> bool:
    doc = ctx.doc
    for s, e in ranges:
        for k in range(s, e):
            if k in ctx.block_at:
                continue
            tok = doc.toks[k]
            mood = doc.mood(k)
            if (
                strong_konjunktiv_from(mood, tok.lower_, tok.text, tok.lemma_)
                if strong
                else konjunktiv_from(mood, tok.lower_, tok.text, tok.is_alpha, tok.lemma_)
            ):
                return True
    return False


#: The words that can start a frame in ``_frame_attribution``.
_FRAME_WORDS = SOURCE_PREPOSITIONS | SOURCE_POSTPOSITIONS | _HEISST | {"nach", "so"}


def _frame_attribution(
    ctx: _Ctx, a: int, b: int
) -> tuple[_Attribution, list[tuple[int, int]], str] | None:
    """Prepositional and adverbial frames in the unit ``[a, b)``."""
    doc = ctx.doc
    toks = doc.toks
    for k in range(a, b):
        low = toks[k].lower_
        if low not in _FRAME_WORDS:  # no frame below starts with another word
            continue
        if k in ctx.block_at and ctx.blocks[ctx.block_at[k]].statement:
            continue
        # laut X, gemäß X
        if low in SOURCE_PREPOSITIONS:
            end = _np_at(ctx, k + 1, b)
            if end is None:
                continue
            src: tuple[int, int] | None = (k + 1, end)
            assert src is not None
            inner = _according_source(ctx, src)
            att = _resolve(ctx, *inner, None) if inner else None
            if end - k == 2 and _compound_source(toks[k + 1]) is not None:  # "laut Polizeiangaben"
                att = _Attribution(_compound_source(toks[k + 1]), src, None, None)
            att = att or _Attribution(None, None, None, None)
            att.speaker_span = src  # "Aussagen eines Experten": the whole local mention
            # "Laut der Zeitung, die sich auf X beruft, ...": the relative clause is no message
            rel_end = _relative_clause_end(ctx, end, b)
            if rel_end is not None:
                end = rel_end
            att.cue_span, att.cue = (k, k + 1), doc.toks[k].text
            return att, _minus(ctx, a, b, (k, end)), "indirect" if att.speaker else "reported"
        # X zufolge
        if low in SOURCE_POSTPOSITIONS:
            start = _np_ending_at(ctx, k, a)
            if start is None:
                continue
            att = _resolve(ctx, start, k, None) or _Attribution(None, None, None, None)
            att.cue_span, att.cue = (k, k + 1), doc.toks[k].text
            return att, _minus(ctx, a, b, (start, k + 1)), "indirect" if att.speaker else "reported"
        # "Seiner Meinung nach", "Angaben der Polizei nach"
        if low == "nach" and k > a and doc.toks[k - 1].lower_ in ACCORDING_NOUNS:
            start = _np_ending_at(ctx, k, a)
            if start is not None:
                possessive = doc.toks[start].lower_ in {"seiner", "ihrer", "seinen", "ihren"}
                person = _last_person_before(ctx, start) if possessive else None
                inner = _according_source(ctx, (start, k))
                att = (
                    _Attribution(person, (start, k), None, None, person=person is not None)
                    if possessive
                    else (_resolve(ctx, *inner, None) if inner else None)
                ) or _Attribution(None, (start, k), None, None)
                att.speaker_span = (start, k)
                att.cue_span, att.cue = (k, k + 1), doc.toks[k].text
                return (
                    att,
                    _minus(ctx, a, b, (start, k + 1)),
                    "indirect" if att.speaker else "reported",
                )
        # nach Angaben (von/des) X, nach Polizeiangaben
        if low == "nach" and k + 1 < b:
            nxt = doc.toks[k + 1]
            j = k + 1
            if nxt.lower_ in {
                "eigenen",
                "offiziellen",
                "ersten",
                "bisherigen",
                "vorläufigen",
                "jüngsten",
                "neuen",
                "neuesten",
                "übereinstimmenden",
                "unbestätigten",
                "inoffiziellen",
            }:
                j += 1
            noun = doc.toks[j] if j < b else nxt
            if noun.lower_ in ACCORDING_NOUNS or noun.lower_.endswith(
                ("angaben", "informationen", "berichten", "einschätzung")
            ):
                end = j + 1
                src = None
                if end < b and doc.toks[end].lower_ in {"von", "vom"}:
                    src_end = _np_at(ctx, end + 1, b)
                    if src_end is not None:
                        src = (end + 1, src_end)
                        end = src_end
                elif end < b and (
                    doc.toks[end].lower_
                    in {"des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer"}
                    or (_is_modifier(doc.toks[end]) and doc.toks[end].lower_.endswith("er"))
                ):
                    src_end = _np_at(ctx, end, b)
                    head_at = end
                    if src_end is None:  # "der von der Hamas kontrollierten Behörde"
                        head_at, src_end = _participial_np(ctx, end, b)
                    if src_end is not None:
                        src = (head_at, src_end)
                        end = src_end
                elif end < b and _is_genitive_name(ctx, end):  # "nach Angaben Taiwans"
                    src = (end, end + 1)
                    end += 1
                att = _resolve(ctx, *src, None) if src else None
                if src is not None and src[1] - src[0] == 1 and _is_genitive_name(ctx, src[0]):
                    att = _Attribution(doc.toks[src[0]].text[:-1], src, None, None)
                if src is None and j == k + 1:
                    compound = _compound_source(noun)
                    if compound is not None:  # "nach Polizeiangaben"
                        att = _Attribution(compound, (k + 1, end), None, None)
                att = att or _Attribution(None, None, None, None)
                att.speaker_span = (k + 1, end)  # "Angaben der Polizei", "eigenen Angaben"
                att.cue_span, att.cue = (k, j + 1), doc[k : j + 1].text
                return att, _minus(ctx, a, b, (k, end)), "indirect" if att.speaker else "reported"
        # ", so X" / "so X," (not "so soll", "so ist")
        if low == "so" and k > a and doc.toks[k - 1].text in {",", "–"}:
            end = _np_at(ctx, k + 1, b)
            if end is not None and (
                end >= b
                or doc.toks[end].text in _CLAUSE_DELIMITERS
                or doc.toks[end].text in SENTENCE_END
            ):
                att = _resolve(ctx, k + 1, end, None)
                if att is None:
                    continue
                att.cue_span, att.cue = (k, k + 1), doc.toks[k].text
                return att, _minus(ctx, a, b, (k, end)), "indirect"
        # "heißt es (in/bei/aus X)"
        if low in _HEISST and k + 1 < b and doc.toks[k + 1].lower_ == "es":
            end = k + 2
            att = _Attribution(None, None, None, None)
            if end < b and doc.toks[end].lower_ in {"in", "im", "bei", "beim", "aus", "von", "vom"}:
                src_end = _np_at(ctx, end + 1, b)
                place = doc.toks[end].lower_ == "in" and doc.toks[end + 1].lower_ not in DETERMINERS
                if src_end is not None and not place:
                    inner = _according_source(ctx, (end + 1, src_end))
                    att = (_resolve(ctx, *inner, None) if inner else None) or att
                    end = src_end
            if att.speaker_span is None:
                pre = _prefield_source(ctx, a, k)
                if pre is not None:
                    att = _resolve(ctx, *pre, None) or _Attribution(None, pre, None, None)
            att.cue_span, att.cue = (k, k + 2), doc[k : k + 2].text
            seg_start = k
            while seg_start > a and doc.toks[seg_start - 1].text not in _CLAUSE_DELIMITERS:
                seg_start -= 1
            seg_end = end
            while seg_end < b and doc.toks[seg_end].text not in _CLAUSE_DELIMITERS:
                seg_end += 1
            parts = _minus(ctx, a, b, (seg_start, seg_end))
            return att, parts, "indirect" if att.speaker else "reported"
    return None


def _prefield_source(ctx: _Ctx, a: int, k: int) -> tuple[int, int] | None:
    """The X of "In X heißt es", "Bei X hieß es" (also with a relative clause after X)."""
    doc = ctx.doc
    seg_start = k
    while seg_start > a and doc.toks[seg_start - 1].text not in _CLAUSE_DELIMITERS:
        seg_start -= 1
    preps = {"in", "im", "bei", "beim", "aus", "von", "vom"}
    start = a if doc.toks[a].lower_ in preps else seg_start
    if doc.toks[start].lower_ not in preps:
        return None
    end = _np_at(ctx, start + 1, k, apposition=False)
    if end is None:
        return None
    if end == k or (doc.toks[end].text == "," and doc.toks[k - 1].text == ","):
        return (start + 1, end)
    return None


_COMPOUND_SOURCE_SUFFIXES = ("angaben", "informationen")
_NO_COMPOUND_SOURCE = frozenset({"eigen", "medien", "presse", "offiziell", "insider"})


def _compound_source(tok: _Tok) -> str | None:
    """The source in a compound "Polizeiangaben" -> "Polizei" ("Medienangaben": None)."""
    low = tok.lower_
    if not _is_cap(tok):
        return None
    for suffix in _COMPOUND_SOURCE_SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 2:
            prefix = tok.text[: len(low) - len(suffix)]
            if prefix.endswith("s") and prefix[:-1].lower().endswith(
                ("ung", "heit", "keit", "ion", "tät", "amt", "ums")
            ):
                prefix = prefix[:-1]  # "Regierungsangaben" -> "Regierung"
            prefix = prefix.rstrip("-")
            if prefix.lower() in _NO_COMPOUND_SOURCE or len(prefix) < (
                2 if prefix.isupper() else 3
            ):
                return None  # "UN-Angaben" -> "UN"; "Medienangaben": no source
            return prefix
    return None


def _is_genitive_name(ctx: _Ctx, i: int) -> bool:
    """A proper noun in the genitive: "Taiwans", "Kiews" (not a common noun, not "des")."""
    tok = ctx.doc.toks[i]
    return (
        _is_cap(tok)
        and tok.is_alpha
        and len(tok.text) > 3
        and tok.text.endswith("s")
        and not tok.text.endswith("ss")
        and not _is_role_word(tok)
        and not tok.lower_.endswith(_COMMON_NOUN_SUFFIXES)
        and tok.lower_ not in _NOT_NP_WORDS
    )


def _participial_np(ctx: _Ctx, i: int, b: int) -> tuple[int, int | None]:
    """Head start and end of "der von der Hamas kontrollierten Behörde", or (i, None)."""
    toks = ctx.doc.toks
    for k in range(i + 1, min(b - 1, i + 9)):
        tok = toks[k]
        if tok.text in _CLAUSE_DELIMITERS or tok.text in SENTENCE_END:
            break
        if (
            k > i + 1
            and tok.text.islower()
            and tok.is_alpha
            and tok.lower_.endswith("en")
            and tok.lower_ not in _NOT_NP_WORDS
            and _is_cap(toks[k + 1])
            and _is_np_word(toks[k + 1])
        ):
            end = _np_at(ctx, k + 1, b, apposition=False)
            if end is not None:
                return k + 1, end
            break
    return i, None


def _relative_clause_end(ctx: _Ctx, end: int, b: int) -> int | None:
    """End (after the closing comma) of ", der/die/das ... ," right after a source NP."""
    toks = ctx.doc.toks
    if end + 2 >= b or toks[end].text != "," or toks[end + 1].lower_ not in _RELATIVE_PRONOUNS:
        return None
    if _is_cap(toks[end + 2]) or toks[end + 2].like_num:
        return None
    for k in range(end + 2, min(b, end + 16)):
        if toks[k].text == ",":
            return k + 1
        if toks[k].text in SENTENCE_END:
            return None
    return None


def _according_source(ctx: _Ctx, src: tuple[int, int]) -> tuple[int, int] | None:
    """In "Aussagen eines Experten" / "der Meldung von Regnum", the source is the attachment."""
    doc = ctx.doc
    s, e = src
    head = next((k for k in range(s, e) if _is_np_word(doc.toks[k])), None)
    if head is None:
        return src
    low = doc.toks[head].lower_
    if (
        low in ACCORDING_NOUNS
        or low
        in {
            "meldung",
            "erklärung",
            "mitteilung",
            "pressemitteilung",
            "stellungnahme",
            "bericht",
            "interview",
            "artikel",
        }
        or low in GENERIC_SOURCE_NOUNS
    ):
        for k in range(head + 1, e):
            if doc.toks[k].lower_ in {"des", "der", "eines", "einer"}:
                return (k, e)
            if doc.toks[k].lower_ in {"von", "vom"}:
                return (k + 1, e)
        if low in GENERIC_SOURCE_NOUNS or low in ACCORDING_NOUNS:
            return None
    return src


# --------------------------------------------------------------------------------------------
# pass 3: units to statements
# --------------------------------------------------------------------------------------------
def _indirect(
    ctx: _Ctx,
    a: int,
    b: int,
    report_speech_acts: bool = True,
    previous: _Attribution | None = None,
) -> tuple[_Attribution, list[tuple[int, int]], str] | None:
    """Indirect or reported speech in the unit ``[a, b)`` (no statement quotations inside)."""
    doc = ctx.doc
    segs = _segments(ctx, a, b)
    framed = _frame_attribution(ctx, a, b)
    if (
        framed is not None
        and framed[0].speaker is not None
        and framed[0].cue_span is not None
        and len(segs) > 1
        and framed[0].cue_span[0] >= segs[-1][0]
        and not any(v >= segs[-1][0] for v, _c, _l in _find_cues(ctx, a, b))
    ):
        return framed
    fallback: tuple[_Attribution, list[tuple[int, int]], str] | None = None
    report: tuple[_Attribution, list[tuple[int, int]], str] | None = None
    for v, cue, lemma in _find_cues(ctx, a, b):
        if _in_relative_clause(ctx, v, segs):
            continue
        k = next((idx for idx, (s, e, _) in enumerate(segs) if s <= v < e), None)
        if k is None:
            continue
        s, e, delim = segs[k]
        first_words = [i for i in range(s, e) if not doc.toks[i].is_punct][:2]
        # "Wie X, der ..., sagte, ..." (the wie clause spans commas)
        if doc.toks[a].lower_ == "wie" and delim == "," and v == e - 1 and k + 1 < len(segs):
            end = _np_at(ctx, a + 1, v)
            if end is not None and _berufung_at(ctx, end, v):
                # "Wie X unter Berufung auf Y berichtet": source Y, outlet X
                att = _attribution_for_verb(ctx, v, cue, lemma, a, e)
            elif end is not None:
                att = _resolve(ctx, a + 1, end, doc.toks[v])
            if end is not None and att is not None:
                att.cue_span, att.cue = cue, doc.toks[v].text
                parts = _message_range(ctx, segs[k + 1][0], b)
                if parts:
                    return att, parts, "indirect"
        # "..., wie X, Chef der Firma Y, mitteilte."
        if (
            v == s
            and k > 0
            and (v + 1 >= b or doc.toks[v + 1].text in _CLAUSE_DELIMITERS | SENTENCE_END)
        ):
            w = next(
                (
                    segs[x][0]
                    for x in range(k - 1, max(-1, k - 4), -1)
                    if doc[segs[x][0]].lower_ == "wie"
                ),
                None,
            )
            if w is not None and w > a:
                end = _np_at(ctx, w + 1, v)
                if end is not None and end >= v - 1:
                    att = _resolve(ctx, w + 1, end, doc.toks[v])
                    if att is not None:
                        att.cue_span, att.cue = cue, doc.toks[v].text
                        parts = _minus(ctx, a, b, (w, v + 1))
                        if parts:
                            return att, parts, "indirect"
        # "..., wie X sagte, ..."
        if doc.toks[s].lower_ == "wie" and v in range(s, e):
            att = _attribution_for_verb(ctx, v, cue, lemma, s, e)
            if att is None:
                continue
            parts = _minus(ctx, a, b, (s, e))
            if parts:
                if _has_source(att):
                    return att, parts, "indirect"
                fallback = fallback or (att, parts, "indirect")
            continue
        # "Message, sagte X." / "Message, so sagte X"
        if (
            k > 0
            and v in first_words
            and doc.toks[s - 1].text != ")"  # "Das Bundesamt (BAG) empfiehlt": no inversion
            and (
                v == s
                or doc.toks[s].lower_ == "so"
                or doc.toks[s].lower_ in SKIPPABLE_ADVERBS
                or doc.toks[s].lower_ in _FINITE_AUX
            )
            and doc.toks[a].lower_ not in _SUBORDINATORS
        ):
            att = _attribution_for_verb(ctx, v, cue, lemma, s, b)
            inverted_source = (
                att is not None
                and (att.speaker_span is not None and att.speaker_span[0] > s)
                # "Der Chef der Hisbollah, Naim Kassem, drohte Israel": the subject, no message
                and not (doc.toks[v - 1].text == "," and _np_at(ctx, a, v) == v - 1)
            )
        else:
            inverted_source = False
        if inverted_source and att is not None:
            parts = _message_range(ctx, a, segs[k - 1][1])
            # the message may go on after the frame: "X, so berichtet Y, seien ..."
            end_frame = att.speaker_span[1] if att.speaker_span else e
            rest = next((s2 for s2, _e2, _d in segs[k + 1 :] if s2 >= end_frame), None)
            if (
                rest is not None
                and not (
                    doc.toks[rest].lower_ in _RELATIVE_PRONOUNS
                    and rest + 1 < b
                    and not _is_cap(doc.toks[rest + 1])
                )
                and not _is_apposition_tail(ctx, rest, b)
            ):
                parts += _message_range(ctx, rest, b)
            if parts:
                return att, parts, "indirect"
            continue
        # "Das sagte der Präsident der X, Gerald Gaß, am Montag.": anaphoric, the clauses after
        # the verb are the speaker's apposition
        if doc.toks[s].lower_ in _ANAPHORIC_PREFIELD and v == s + 1 and s == a and len(segs) > 2:
            att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
            if (
                att is not None
                and att.speaker_span is not None
                and att.speaker_span[1] >= segs[-2][1]
            ):
                return att, [], "anaphoric"
        # "X sagte, dass ..." / "X sagte: ..." / "Sagte X, ..."
        if k + 1 < len(segs) and delim in {",", ":"}:
            att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
            if att is None:
                continue
            msg_start = segs[k + 1][0]
            if att.speaker_span is not None and att.speaker_span[1] > msg_start:
                after = att.speaker_span[1]
                nxt = next((idx for idx, (s2, _e2, _d) in enumerate(segs) if s2 >= after), None)
                if nxt is None:
                    continue
                msg_start = segs[nxt][0]
            first = doc.toks[msg_start]
            if first.lower_ in _SUBORDINATORS:
                continue
            if first.lower_ == "dass" and _dass_noun_before(ctx, msg_start - 1, a):
                continue  # "hält an der Forderung fest, dass ...": the clause belongs to the noun
            if first.lower_ == "wie" and (
                any(msg_start < v2 < segs[k + 1][1] for v2, _c2, _l2 in _find_cues(ctx, a, b))
                or any(doc.toks[x].lower_ in _HEISST for x in range(msg_start, segs[k + 1][1]))
            ):
                continue  # "X empfiehlt Y, wie es in einer Mitteilung heißt": a frame, no content
            if lemma in _REQUEST_VERBS and _is_zu_infinitive(ctx, msg_start, b):
                continue  # "Die Polizei bittet Zeugen, sich zu melden": a request, no content
            if (
                first.text.islower()
                and first.lower_ not in COMPLEMENTISERS
                and first.lower_ not in PERSON_PRONOUNS | NON_SPEAKER_PRONOUNS | DETERMINERS
                and delim != ":"
                and not _has_konjunktiv(ctx, [(msg_start, b)])
                and not any(
                    doc.toks[x].lower_ == "zu"
                    or (
                        doc.toks[x].lower_.startswith("zu")
                        and doc.toks[x].lower_.endswith("en")
                        and "zu" in doc.toks[x].lower_[2:-2]
                    )
                    for x in range(msg_start, b)
                )
            ):
                continue
            if (
                first.lower_ in _RELATIVE_PRONOUNS
                and msg_start + 1 < b
                and not _is_cap(doc.toks[msg_start + 1])
                and not doc.toks[msg_start + 1].like_num
                and not _reported_clause_after_cue(ctx, cue, msg_start, b)
            ):
                continue
            if doc.has_dep():
                parsed = _parsed_message(doc.doc[v])
                if parsed is not None and parsed[0] >= msg_start:
                    msg_start = parsed[0]
            parts = _message_range(ctx, msg_start, b)
            if parts and parts[0][1] - parts[0][0] >= 2:
                if _has_source(att):
                    return att, parts, "indirect"
                fallback = fallback or (att, parts, "indirect")
            continue
        # "Das berichtet X" (anaphoric: the message is the previous unit)
        if doc.toks[s].lower_ in _ANAPHORIC_PREFIELD and v == s + 1 and len(segs) <= 2:
            att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
            if att is not None:
                return att, [], "anaphoric"
            continue
        # "„…“ So kommentierte X das Urteil.": only for a quotation just before (see caller)
        if doc.toks[s].lower_ == "so" and s == a and v == s + 1 and len(segs) == 1:
            att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
            sp = att.speaker_span if att is not None else None
            if (
                att is not None
                and sp is not None
                and (sp[0] == v + 1 or (sp[0] == v + 2 and doc.toks[v + 1].lower_ == "es"))
            ):
                return att, [], "anaphoric-quote"
            continue
        # a reported speech act without a content clause: "Die EU forderte eine Untersuchung."
        if (
            report is None
            and k == 0
            and lemma not in _NOT_SPEECH_ACTS
            and not (doc.toks[s].lower_ in NP_STOP_WORDS and v <= s + 1)
            and not any(doc.toks[x].lower_ in REPORTATIVE_MODALS for x in range(a, b))
            and b - a >= 4
        ):
            att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
            passive = any(
                doc.toks[x].lower_ in {"worden", "wurde", "wurden", "wird", "werden"}
                for x in range(a, b)
            )
            if (
                att is not None
                and att.speaker_span is not None
                and not passive
                and (att.speaker_span[1] == v or att.speaker_span[0] in (v + 1, v + 2))
                # "Eine Stellungnahme lehnte das Ministerium ab": an object in the prefield
                and not (
                    att.speaker_span[1] == v
                    and doc.toks[att.speaker_span[0]].lower_ in {"ein", "eine", "einen"}
                    and v + 1 < b
                    and doc.toks[v + 1].lower_ in {"der", "die", "das"}
                )
            ):
                report = (att, _message_range(ctx, a, b), "reported")
    # "X ... , dass <Konjunktiv>" with any verb: the dass clause in Konjunktiv is reported speech
    for idx, (s, e, delim) in enumerate(segs[:-1]):
        nxt_s, _nxt_e, _ = segs[idx + 1]
        if (
            delim == ","
            and doc.toks[nxt_s].lower_ in {"dass", "daß", "ob"}
            and (
                _has_konjunktiv(ctx, [(nxt_s, b)])
                or any(doc.toks[x].lower_ in _CORRELATES for x in range(s, e))
            )
            and idx == 0
            and not _dass_noun_before(ctx, e, s)
        ):
            if doc.toks[s].lower_ in NP_STOP_WORDS or doc.toks[s].lower_ in NON_SPEAKER_PRONOUNS:
                continue
            end = _np_at(ctx, s, e)
            if end is None or end >= e or not _is_verbish_free(ctx, doc.toks[end]):
                continue
            att = _resolve(ctx, s, end, doc.toks[end])
            if att is None or att.speaker is None:
                continue
            att.cue_span, att.cue = (end, end + 1), doc.toks[end].text
            return att, _message_range(ctx, nxt_s, b), "indirect"
    if framed is None and doc.toks[a].lower_ in _ANAPHORIC_SOURCE_ADVERBS and b - a > 3:
        att = _Attribution(None, (a, a + 1), (a, a + 1), doc.toks[a].text)
        if previous is not None and previous.speaker is not None:
            att.speaker, att.person, att.outlet = previous.speaker, previous.person, previous.outlet
        framed = (att, _message_range(ctx, a + 1, b), "indirect" if att.speaker else "reported")
    if framed is not None and (fallback is None or _has_source(framed[0])):
        return framed
    if fallback is not None:
        return fallback
    if report is not None and report_speech_acts:
        return report
    # reportative "soll ... haben/sein", "sollen ... worden sein"
    for s, e, _ in segs:
        words = [t for t in doc.toks[s:e] if t.is_alpha]
        if (
            len(words) >= 3
            and any(w.lower_ in REPORTATIVE_MODALS for w in words[:4])
            and words[-1].lower_ in PERFECT_AUXILIARIES
        ):
            return _Attribution(None, None, None, None), _message_range(ctx, s, b), "reported"
    return None


def _is_apposition_tail(ctx: _Ctx, rest: int, b: int) -> bool:
    """Whether ``[rest, b)`` is only a noun phrase ("..., Politologe an der Universität X.")."""
    toks = ctx.doc.toks
    end = b
    while end > rest and (toks[end - 1].text in SENTENCE_END or toks[end - 1].is_space):
        end -= 1
    if end <= rest:
        return True
    if any(_is_verbish(ctx, toks[k]) or toks[k].lower_ in _FINITE_AUX for k in range(rest, end)):
        return False
    if _is_adverbial_tail(ctx, rest, end):
        return True
    np_end = _np_at(ctx, rest, end)
    if np_end is None:
        return False
    np_end = _pp_tail(ctx, np_end, end, 0, inner=True)
    while np_end < end and toks[np_end].lower_ in _PP_TAIL_PREPOSITIONS | {"an", "am", "für"}:
        nxt = _np_at(ctx, np_end + 1, end, apposition=False)
        if nxt is None:
            break
        np_end = nxt
    return np_end >= end


_TAIL_PREPOSITIONS = frozenset(
    {"am", "im", "in", "bei", "beim", "nach", "vor", "auf", "gegenüber", "während", "zum", "zur"}
)


def _is_adverbial_tail(ctx: _Ctx, rest: int, end: int) -> bool:
    """Whether ``[rest, end)`` is only prepositional phrases ("..., am Abend im ORF.")."""
    toks = ctx.doc.toks
    pos = rest
    while pos < end:
        if toks[pos].lower_ not in _TAIL_PREPOSITIONS:
            return False
        nxt = pos + 1
        while nxt < end and (_is_modifier(toks[nxt]) or toks[nxt].like_num):
            nxt += 1
        np_end = _np_at(ctx, nxt, end, apposition=False)
        if np_end is None:
            if nxt < end and toks[nxt].is_alpha and toks[nxt].lower_ not in DETERMINERS:
                np_end = nxt + 1  # "am Montag", "gegenüber Reuters"
            else:
                return False
        pos = np_end
    return True


#: Nouns whose dass-clause is their own content, not the content of the verb's speech act.
_DASS_NOUNS = frozenset(
    {
        "forderung",
        "hoffnung",
        "verdacht",
        "befürchtung",
        "sorge",
        "angst",
        "tatsache",
        "eindruck",
        "erwartung",
        "wunsch",
        "bedingung",
        "gefahr",
        "möglichkeit",
        "idee",
        "vorstellung",
    }
)


def _dass_noun_before(ctx: _Ctx, comma: int, lower: int) -> bool:
    """Whether the comma at ``comma`` follows a noun of ``_DASS_NOUNS`` (a particle skipped)."""
    toks = ctx.doc.toks
    if comma - 1 < lower or toks[comma].text != ",":
        return False
    j = comma - 1
    if toks[j].lower_ in SEPARABLE_PARTICLES and j - 1 >= lower:
        # "hält an der Forderung fest, dass": the noun before the verb particle
        j -= 1
    return toks[j].lower_ in _DASS_NOUNS


#: Verbs of request whose zu-infinitive is what is asked for, not reported content.
_REQUEST_VERBS = frozenset({"bitten", "ersuchen"})


def _is_zu_infinitive(ctx: _Ctx, s: int, b: int) -> bool:
    """Whether the clause at ``s`` is a zu-infinitive ("sich zu melden", "abzuwarten")."""
    toks = ctx.doc.toks
    end = next((k for k in range(s, b) if toks[k].text in _CLAUSE_DELIMITERS), b)
    while end > s and (toks[end - 1].text in SENTENCE_END or toks[end - 1].is_space):
        end -= 1
    if end - s < 1:
        return False
    last = toks[end - 1].lower_
    if end - s >= 2 and toks[end - 2].lower_ == "zu" and last.endswith("n"):
        return not _has_konjunktiv(ctx, [(s, end - 2)])
    # "abzuwarten", "aufzuhören": a separable verb with infixed zu
    return last.endswith("en") and "zu" in last[2:-2] and len(last) > 6 and end - s <= 8


def _reported_clause_after_cue(ctx: _Ctx, cue: tuple[int, int], msg_start: int, b: int) -> bool:
    """Whether "<cue>, der/die/das ..." is a reported clause rather than a relative clause.

    True when a Konjunktiv verb occurs before the next clause boundary ("sagte, das sei falsch",
    "sagte, die russischen Truppen seien stark"), or when the comma follows the finite cue verb
    (or its separated particle) directly, so that no noun can be the antecedent ("fügte hinzu,
    das ...", "sagte, die Truppen griffen an").
    """
    toks = ctx.doc.toks
    end = next((k for k in range(msg_start, b) if toks[k].text in _CLAUSE_DELIMITERS), b)
    while end > msg_start and (toks[end - 1].text in SENTENCE_END or toks[end - 1].is_space):
        end -= 1
    # a Konjunktiv verb before the clause boundary marks reported content, also in a relative
    # clause ("kritisierte den Plan, der viel zu teuer sei": the critic's claim)
    if _has_konjunktiv(ctx, [(msg_start + 1, end)]):
        return True
    comma = msg_start - 1
    if comma < 1 or toks[comma].text != ",":
        return False
    before = toks[comma - 1]
    if not (cue[1] == comma or (before.lower_ in SEPARABLE_PARTICLES and cue[1] < comma)):
        return False
    # a finite cue in second position (no auxiliary before it): "Merz sagte, ..."
    return not any(toks[k].lower_ in _FINITE_AUX for k in range(max(0, cue[0] - 6), cue[0]))


def _is_verbish_free(ctx: _Ctx, tok: _Tok) -> bool:
    """A lower-case finite-looking verb right after a prefield noun phrase."""
    return (
        tok.text.islower()
        and tok.is_alpha
        and tok.lower_ not in NP_STOP_WORDS
        and tok.lower_ not in DETERMINERS
    )


def _direct_in_unit(ctx: _Ctx, ui: int, found: list[_Found], consumed: set[int]) -> None:
    doc = ctx.doc
    a, b = ctx.units[ui]
    blocks = [bk for bk in ctx.blocks if bk.statement and a <= bk.first < b]
    idx = 0
    while idx < len(blocks):
        group = [blocks[idx]]
        att: _Attribution | None = None
        # interrupted quotation: „A“, sagte er, „B“
        while idx + 1 < len(blocks):
            gap = (group[-1].last, blocks[idx + 1].first)
            cues = _find_cues(ctx, *gap) if gap[1] > gap[0] else []
            gap_text = doc[gap[0] : gap[1]].text.strip()
            if (
                cues
                and gap_text.startswith(",")
                and gap_text.endswith(",")
                and gap[1] - gap[0] <= 8
            ):
                v, cue, lemma = cues[0]
                att = _attribution_for_verb(ctx, v, cue, lemma, gap[0], gap[1])
                group.append(blocks[idx + 1])
                idx += 1
                continue
            so_att = _so_frame(ctx, *gap) if gap_text.endswith(",") else None
            if so_att is not None:  # „Wir sind“, so Merz, „auf einem guten Weg.“
                att = so_att
                group.append(blocks[idx + 1])
                idx += 1
                continue
            break
        first, last = group[0], group[-1]
        prev_end = blocks[idx - len(group)].last if idx - len(group) >= 0 else a
        nxt_start = blocks[idx + 1].first if idx + 1 < len(blocks) else b
        # frame after: „…“, sagte X.
        if att is None and last.last < nxt_start:
            j = last.last
            while j < nxt_start and doc.toks[j].is_space:
                j += 1
            if j < nxt_start and doc.toks[j].text == ",":
                j += 1
            cues = [c for c in _find_cues(ctx, j, nxt_start) if c[0] <= j + 2]
            if cues:
                v, cue, lemma = cues[0]
                att = _attribution_for_verb(ctx, v, cue, lemma, j, nxt_start)
            elif j < nxt_start and doc.toks[j].lower_ == "so":
                end = _np_at(ctx, j + 1, nxt_start)
                if end is not None:
                    att = _resolve(ctx, j + 1, end, None)
                    if att is not None:
                        att.cue_span, att.cue = (j, j + 1), doc.toks[j].text
            elif (
                j + 1 < nxt_start
                and doc.toks[j].lower_ in _HEISST
                and doc.toks[j + 1].lower_ == "es"
            ):
                framed = _frame_attribution(ctx, j, nxt_start)
                if framed is not None and _has_source(framed[0]):
                    att = framed[0]
        # frame before: X sagte: „…“
        if (att is None or not _has_source(att)) and first.first > prev_end:
            before = _frame_before(ctx, prev_end, first.first)
            if before is not None:
                att = before
        # colon introduction in the previous unit
        if (att is None or not _has_source(att)) and first.first == a and ui > 0:
            pa, pb = ctx.units[ui - 1]
            if doc.toks[pb - 1].text == ":" and not any(
                bk.statement and pa <= bk.first < pb for bk in ctx.blocks
            ):
                before = _frame_before(ctx, pa, pb)
                if before is not None:
                    att = before
                    consumed.add(ui - 1)
        kind = "direct"
        if att is None and first.first > a and _is_continuation_intro(ctx, prev_end, first.first):
            att = _inherited(ctx, ui, found)  # "Und weiter: „…“"
        if att is None:
            att = _inherited(ctx, ui, found) if first.first == a else None
            att = att or _Attribution(None, None, None, None)
        parts = [(bk.quotation.parts[0][0], bk.quotation.parts[-1][1]) for bk in group]
        char_parts: list[tuple[int, int]] = []
        for bk in group:
            char_parts.extend(bk.quotation.parts)
        for bk in group:
            bk.used = True
        del parts
        found.append(_Found(kind, char_parts, att, ui))
        if att.person and att.speaker and att.speaker_span:
            ctx.person_speakers.append((att.speaker_span[0], att.speaker))
        idx += 1


def _berufung_at(ctx: _Ctx, i: int, limit: int) -> bool:
    """Whether "unter Berufung auf" starts at token ``i``."""
    toks = ctx.doc.toks
    return (
        i + 2 < limit
        and toks[i].lower_ == "unter"
        and toks[i + 1].lower_ == "berufung"
        and toks[i + 2].lower_ == "auf"
    )


def _so_frame(ctx: _Ctx, a: int, b: int) -> _Attribution | None:
    """The speaker of an interrupting ", so X," between two quotation parts."""
    doc = ctx.doc
    j = a
    while j < b and (doc.toks[j].is_space or doc.toks[j].text == ","):
        j += 1
    if j + 1 >= b or doc.toks[j].lower_ != "so":
        return None
    end = _np_at(ctx, j + 1, b)
    if end is None or any(doc.toks[k].text not in {",", " "} for k in range(end, b)):
        return None
    att = _resolve(ctx, j + 1, end, None)
    if att is not None:
        att.cue_span, att.cue = (j, j + 1), doc.toks[j].text
    return att


_CONTINUATION_WORDS = frozenset({"und", "weiter", "ferner", "zudem", "außerdem", "ausserdem"})


def _is_continuation_intro(ctx: _Ctx, a: int, b: int) -> bool:
    """Whether ``[a, b)`` is a verbless continuation intro: "Und weiter:", "Zudem:"."""
    words = [t for t in ctx.doc.toks[a:b] if not t.is_space]
    return (
        len(words) >= 2
        and words[-1].text == ":"
        and all(t.lower_ in _CONTINUATION_WORDS for t in words[:-1])
    )


#: Heads that name a group or body able to speak ("Die Firma ...: „…“").
_ORG_HEAD_RE = re.compile(
    r"(firma|konzern|unternehmen|regierung|ministerium|behörde|partei|verband|gewerkschaft"
    r"|polizei|gericht|kommission|rat|bund|vereinigung|organisation|zeitung|agentur|amt"
    r"|fraktion|koalition|opposition|staatsanwaltschaft|verein|institut|gruppe|bank)$"
)


def _is_org_subject(ctx: _Ctx, s: int, e: int) -> bool:
    """A definite noun phrase headed by an organisation noun ("Die Firma", "das Ministerium")."""
    toks = ctx.doc.toks
    if toks[s].lower_ not in {"der", "die", "das"}:
        return False
    k = s + 1
    while k < e and _is_modifier(toks[k]):
        k += 1
    return k < e and _is_cap(toks[k]) and _ORG_HEAD_RE.search(toks[k].lower_) is not None


def _frame_before(ctx: _Ctx, a: int, b: int) -> _Attribution | None:
    """Attribution from the text before a quotation (ending in ':' or ',')."""
    doc = ctx.doc
    cues = _find_cues(ctx, a, b)
    if cues:
        v, cue, lemma = cues[-1]
        att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
        if att is not None and _has_source(att):
            return att
    heisst = next(
        (k for k in range(a, b - 1) if doc.toks[k].lower_ in _HEISST | {"geheißen"}), None
    )
    if heisst is not None:
        pre = _prefield_source(
            ctx, a, heisst if doc.toks[heisst - 1].lower_ != "es" else heisst - 1
        )
        if pre is None and doc.toks[heisst].lower_ != "geheißen":
            framed = _frame_attribution(ctx, heisst, b)
            if framed is not None and _has_source(framed[0]):
                return framed[0]
        if pre is not None:
            att = _resolve(ctx, *pre, None) or _Attribution(None, pre, None, None)
            att.cue_span, att.cue = (heisst, heisst + 1), doc.toks[heisst].text
            return att
    end_tok = _prev_token(doc, b)
    if end_tok is not None and end_tok.text == ":":
        # "Im Kongress warb Obama mit den Worten: „…“": the subject of the first verb
        verbs = [
            k
            for k in range(a + 1, b)
            if doc.toks[k].is_alpha
            and doc.toks[k].text.islower()
            and doc.toks[k].lower_ not in DETERMINERS
            and doc.toks[k].lower_ not in NP_STOP_WORDS
        ]
        verb = next((k for k in verbs if not _is_modifier(doc.toks[k])), None)
        if verbs and verbs[0] == a + 1 and _is_modifier(doc.toks[a + 1]):
            # "Hier sparte der Präsident nicht mit Kritik:": the verb right after one word
            verb = a + 1
        if verb is not None and not any(
            doc.toks[x].text in _CLAUSE_DELIMITERS for x in range(a, verb)
        ):
            subject = _speaker_of_verb(ctx, verb, a, b)
            if subject is not None:
                att = _resolve(ctx, subject[0], subject[1], doc.toks[verb])
                if att is not None and (
                    att.person
                    or any(_is_role_word(t) for t in doc[subject[0] : subject[1]])
                    or _is_org_subject(ctx, *subject)
                ):
                    return att
        start = a
        while start < b and (doc.toks[start].is_space or doc.toks[start].is_punct):
            start += 1
        if start < b and doc.toks[start].lower_ not in NP_STOP_WORDS:
            end = _np_at(ctx, start, b)
            if end is not None and end < b:
                att = _resolve(ctx, start, end, doc.toks[end])
                if att is not None and att.person:
                    return att
    return None


def _inherited(ctx: _Ctx, ui: int, found: list[_Found], distance: int = 1) -> _Attribution | None:
    if not found:
        return None
    last = found[-1]
    if not _has_source(last.attribution) or ui - last.unit > distance or last.unit >= ui:
        return None
    if ctx.unit_para[ui] - ctx.unit_para[last.unit] > 1:
        return None
    src = last.attribution
    return _Attribution(src.speaker, src.speaker_span, None, None, src.outlet, src.person)


# --------------------------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------------------------
def _person_mentions(
    doc: Doc, entities: Sequence[EntityMention] | None
) -> list[tuple[int, int, str]]:
    persons: list[tuple[int, int, str]] = []
    for mention in entities or ():
        if mention.label != "PERSON" or mention.is_credit:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            persons.append((span.start, span.end, mention.key or mention.name))
    if not persons and doc.has_annotation("ENT_IOB"):
        persons = [(e.start, e.end, e.text) for e in doc.ents if e.label_ in {"PER", "PERSON"}]
    return sorted(persons)


def _person_roles(doc: Doc, entities: Sequence[EntityMention] | None) -> dict[int, str]:
    """Stated roles of PERSON mentions by first token ("Außenministerin")."""
    roles: dict[int, str] = {}
    for mention in entities or ():
        if mention.label == "PERSON" and mention.role and not mention.is_credit:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                roles[span.start] = mention.role
    return roles


def _fallback_names(ctx: _Ctx) -> list[tuple[int, str]]:
    """Capitalised two- and three-word names ("Fyodor Tertitskiy") when no NER is available."""
    doc = ctx.doc
    names: list[tuple[int, str]] = []
    starts = {a for a, _ in ctx.units}
    k = 0
    while k < len(doc):
        if not _is_name_word(doc.toks[k]) or (
            k in starts and not _is_name_word(doc.toks[k + 1] if k + 1 < len(doc) else doc.toks[k])
        ):
            k += 1
            continue
        e = k
        while e < len(doc) and e - k < 3 and _is_name_word(doc.toks[e]):
            e += 1
        first = k
        if (
            e - k >= 3
            and k > 0
            and (doc.toks[k - 1].lower_ in DETERMINERS or _is_modifier(doc.toks[k - 1]))
        ):
            first = k + 1  # "der 58-jährige Unternehmer Karl Brandt": a noun, then the name
        if e - first >= 2 and not _inside_statement(ctx, k):
            names.append((first, " ".join(t.text for t in doc[first:e])))
        k = max(e, k + 1)
    return names


def _is_name_word(tok: _Tok) -> bool:
    return (
        _is_np_word(tok)
        and not tok.text[0].isdigit()
        and not _is_common_noun(tok)
        and (tok.is_alpha or "-" in tok.text)
        and not tok.is_upper
        and len(tok.text) > 1
    )


def _char_range(doc: _TDoc, s: int, e: int) -> tuple[int, int]:
    return (doc.toks[s].idx, doc.toks[e - 1].idx + len(doc.toks[e - 1].text))


def attribute_quotes(
    doc: Doc,
    speech_verbs: SpeechVerbs | None = None,
    entities: Sequence[EntityMention] | None = None,
    max_sentence_distance: int = 2,
) -> tuple[Quote, ...]:
    """Find quoted and reported statements in ``doc`` and attribute them to speakers.

    Args:
        doc: A German ``Doc`` (any pipeline; a parser and morphology are used when present).
        speech_verbs: The speech-verb lexicon (default: the built-in list).
        entities: Entity mentions (default: ``doc._.nkru_entities``); PERSON mentions resolve
            pronouns, descriptions and surnames.
        max_sentence_distance: How many sentences a frameless Konjunktiv statement may be
            from the last attributed statement and still continue it.

    Returns:
        The statements as ``Quote`` objects sorted by start offset.
    """
    if not isinstance(doc, Doc):
        raise InputTypeError(f"doc must be a spacy.tokens.Doc, got {describe(doc)}")
    if len(doc) == 0:
        return ()
    verbs = speech_verbs or load_speech_verbs(None)
    if entities is None and doc.has_extension("nkru_entities"):
        entities = doc._.nkru_entities
    tdoc = _TDoc(doc)
    blocks = _map_blocks(tdoc)
    block_at: dict[int, int] = {}
    for bi, block in enumerate(blocks):
        for k in range(block.first, block.last):
            block_at[k] = bi
    ctx = _Ctx(tdoc, verbs, _person_mentions(doc, entities), blocks, block_at)
    ctx.person_roles = _person_roles(doc, entities)
    _classify_blocks(ctx)
    _build_units(ctx)
    ctx.unit_starts = [a for a, _b in ctx.units]
    if not ctx.persons:
        ctx.known_names.extend(_fallback_names(ctx))
    found: list[_Found] = []
    consumed: set[int] = set()
    has_statement = [False] * len(ctx.units)
    for bk in blocks:
        if bk.statement:
            for ui, (a, b) in enumerate(ctx.units):
                if a <= bk.first < b:
                    has_statement[ui] = True
    # colon-introduction units are consumed by the quotation that follows them
    for ui, (a, b) in enumerate(ctx.units):
        if has_statement[ui]:
            _direct_in_unit(ctx, ui, found, consumed)
            continue
        if ui in consumed:
            continue
        if ui + 1 < len(ctx.units) and tdoc.toks[b - 1].text == ":" and has_statement[ui + 1]:
            continue
        if _with_these_words(ctx, ui, found):
            continue
        prior = next((f for f in reversed(found) if ui - f.unit <= 2), None)
        result = _indirect(ctx, a, b, previous=prior.attribution if prior else None)
        if result is not None:
            att, parts, kind = result
            if kind in ("anaphoric", "anaphoric-quote"):
                prev = ui - 1
                target = next(
                    (
                        f
                        for f in found
                        if f.unit == prev and f.kind == "direct" and not _has_source(f.attribution)
                    ),
                    None,
                )
                if target is not None and ctx.unit_para[prev] == ctx.unit_para[ui]:
                    target.attribution = att  # „…“ Das sagte Pistorius am Montag.
                    continue
                if (
                    kind == "anaphoric"
                    and prev >= 0
                    and not has_statement[prev]
                    and not any(f.unit == prev for f in found)
                    and ctx.unit_para[prev] == ctx.unit_para[ui]
                ):
                    pa, pb = ctx.units[prev]
                    found.append(
                        _Found(
                            "indirect",
                            [_char_range(tdoc, s, e) for s, e in _message_range(ctx, pa, pb)],
                            att,
                            prev,
                        )
                    )
                continue
            if not parts:
                continue
            found.append(_Found(kind, [_char_range(tdoc, s, e) for s, e in parts], att, ui))
            if att.person and att.speaker and att.speaker_span:
                ctx.person_speakers.append((att.speaker_span[0], att.speaker))
            continue
        # frameless Konjunktiv continuing the last attributed statement
        last = next((f for f in reversed(found) if f.unit < ui), None)
        if (
            last is not None
            and _has_source(last.attribution)
            and ui - last.unit <= max_sentence_distance
            and ctx.unit_para[ui] - ctx.unit_para[last.unit] <= 1
            and all(_mentions_speaker(ctx, g, last.attribution) for g in range(last.unit + 1, ui))
            and not _has_own_colon_frame(ctx, a, b)
        ):
            strong = _has_konjunktiv(ctx, [(a, b)], strong=True)
            weak = (
                ui - last.unit == 1
                and not last.weak
                and any(
                    tdoc.toks[k].lower_ in KONJUNKTIV_II_CONTINUE | REPORTATIVE_MODALS
                    for k in range(a, b)
                    if k not in block_at
                )
            )
            if strong or weak:
                src = last.attribution
                att = _Attribution(
                    src.speaker, src.speaker_span, None, None, src.outlet, src.person
                )
                parts = _message_range(ctx, a, b)
                if parts:
                    found.append(
                        _Found(
                            "indirect",
                            [_char_range(tdoc, s, e) for s, e in parts],
                            att,
                            ui,
                            weak=not strong,
                        )
                    )
    # partial quotes: inline quotations inside an attributed statement
    for bk in blocks:
        if bk.statement or bk.title or bk.words < 2 or bk.used:
            continue
        prev_tok = _prev_token(tdoc, bk.first)
        if prev_tok is not None and prev_tok.lower_ in TITLE_TRIGGERS:
            continue
        owner = next(
            (
                f
                for f in found
                if f.kind in {"indirect", "reported"}
                and any(s <= bk.quotation.start and bk.quotation.end <= e for s, e in f.parts)
            ),
            None,
        )
        if owner is not None and owner.attribution.speaker is not None:
            found.append(_Found("partial", list(bk.quotation.parts), owner.attribution, owner.unit))
            continue
        if owner is not None:
            continue
        # "Sie bezeichneten die Einigung als „beschämenden Deal“": the subject of the cue
        home = next((x for x, (ua, ub) in enumerate(ctx.units) if ua <= bk.first < ub), None)
        if home is None or has_statement[home]:
            continue
        ua, ub = ctx.units[home]
        for v, cue, lemma in _find_cues(ctx, ua, ub):
            if v > bk.first:
                break
            subject = _attribution_for_verb(ctx, v, cue, lemma, ua, ub)
            if (
                subject is not None
                and subject.speaker is not None
                and subject.speaker_span is not None
                and not subject.speaker_span[0] <= bk.first < subject.speaker_span[1]
            ):
                found.append(_Found("partial", list(bk.quotation.parts), subject, home))
                break
    return tuple(sorted((_to_quote(tdoc, f) for f in found), key=lambda q: (q.start, q.end)))


def _in_relative_clause(ctx: _Ctx, v: int, segs: list[tuple[int, int, str]]) -> bool:
    """Whether token ``v`` is in a relative clause ("..., zu der X aufgerufen hatte, ...")."""
    doc = ctx.doc
    seg = next(((s, e) for s, e, _ in segs if s <= v < e), None)
    if seg is None or seg[0] == segs[0][0]:
        return False
    first = doc[seg[0]]
    second = doc[seg[0] + 1] if seg[0] + 1 < seg[1] else None
    if first.lower_ in {"denen", "dessen", "deren", "welche", "welcher", "welches"}:
        return True
    if (
        first.lower_ in _RELATIVE_PRONOUNS
        and second is not None
        and not _is_cap(second)
        and not second.like_num
        and not _is_modifier(second)
    ):
        return True
    return (
        first.lower_ in NP_STOP_WORDS
        and second is not None
        and second.lower_ in _RELATIVE_PRONOUNS | {"welcher", "welchem", "welchen"}
        and (seg[0] + 2 >= seg[1] or not _is_cap(doc[seg[0] + 2]))
    )


_THESE_WORDS = frozenset({"worten", "sätzen", "satz", "aussage", "aussagen", "appell", "ansage"})


def _with_these_words(ctx: _Ctx, ui: int, found: list[_Found]) -> bool:
    """„…“ Mit diesen Worten wandte sich X an Y: X is the speaker of the quotation just before.

    Any verb: the subject after the finite verb is the speaker. True when it was attributed.
    """
    a, b = ctx.units[ui]
    toks = ctx.doc.toks
    if (
        ui == 0
        or b - a < 5
        or toks[a].lower_ != "mit"
        or toks[a + 1].lower_ not in {"diesen", "dieser", "diesem", "den", "dem", "der"}
        or toks[a + 2].lower_ not in _THESE_WORDS
        or toks[a + 3].is_punct
        or ctx.unit_para[ui - 1] != ctx.unit_para[ui]
    ):
        return False
    target = next(
        (
            f
            for f in found
            if f.unit == ui - 1 and f.kind == "direct" and not _has_source(f.attribution)
        ),
        None,
    )
    if target is None:
        return False
    j = _skip_adverbs(ctx, a + 4, b)
    if j < b and toks[j].lower_ == "sich":
        j = _skip_adverbs(ctx, j + 1, b)
    end = _np_at(ctx, j, b)
    if end is None:
        return False
    att = _resolve(ctx, j, end, toks[a + 3])
    if att is None or not _has_source(att):
        return False
    att.cue_span, att.cue = (a + 3, a + 4), toks[a + 3].text
    target.attribution = att
    return True


def _has_source(att: _Attribution) -> bool:
    """Whether a speaker was named (possibly an unresolved pronoun)."""
    return att.speaker is not None or att.speaker_span is not None


def _mentions_speaker(ctx: _Ctx, ui: int, att: _Attribution) -> bool:
    """Whether unit ``ui`` refers to the speaker of ``att`` (a pronoun or the surname)."""
    a, b = ctx.units[ui]
    surname = (att.speaker or "").split()[-1].lower() if att.speaker else ""
    return any(
        (t.lower_ in PERSON_PRONOUNS and att.person) or (surname and t.lower_ == surname)
        for t in ctx.doc.toks[a:b]
    )


def _has_own_colon_frame(ctx: _Ctx, a: int, b: int) -> bool:
    toks = ctx.doc.toks
    colon = next((k for k in range(a, b) if toks[k].text == ":"), None)
    return colon is not None and colon - a > 3


def _to_quote(doc: _TDoc, found: _Found) -> Quote:
    text = doc.text
    parts = tuple((s, e) for s, e in found.parts if s < e)
    att = found.attribution
    speaker_start = speaker_end = None
    speaker_text = None
    if att.speaker_span is not None:
        speaker_start, speaker_end = _char_range(doc, *att.speaker_span)
        speaker_text = text[speaker_start:speaker_end]
    cue_start = cue_end = None
    if att.cue_span is not None:
        cue_start, cue_end = _char_range(doc, *att.cue_span)
    return Quote(
        text=" ".join(text[s:e] for s, e in parts),
        start=parts[0][0],
        end=parts[-1][1],
        kind=found.kind,
        speaker=att.speaker,
        speaker_start=speaker_start
        if att.speaker is not None or speaker_start is not None
        else None,
        speaker_end=speaker_end,
        cue=att.cue,
        parts=parts,
        speaker_text=speaker_text,
        cue_start=cue_start,
        cue_end=cue_end,
        outlet=att.outlet,
    )

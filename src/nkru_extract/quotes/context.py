"""The state of one attribution run shared by every quote stage, and its data holders.

``_Ctx`` bundles the token view, the speech-verb lexicon, person mentions, quotation blocks and
units; ``_Block`` is a quotation on tokens, ``_Attribution`` who said it (speaker, cue) and
``_Found`` one statement found. Small helpers over that state (unit of a token, statements of
a unit, character ranges) sit here so every stage can use them without importing another.
"""

from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress

from nkru_extract.quotes.lexicon import (
    SpeechVerbs,
    konjunktiv_lemma_fits,
    konjunktiv_possible,
)
from nkru_extract.quotes.marks import Quotation
from nkru_extract.quotes.rules_de import (
    DETERMINERS,
    NP_STOP_WORDS,
)
from nkru_extract.text.phrases import (
    FINITE_AUX,
    TDoc,
    Tok,
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


_HEISST = frozenset({"heißt", "hieß", "heisst", "hiess"})


class _TextTest(dict[str, bool]):
    """A per-process memo of a test on token texts: ``memo[text]`` runs the test once per text,
    so ``map(memo.__getitem__, texts)`` tests a whole document in a C loop."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, text: str) -> bool:
        if len(self) > 100_000:
            self.clear()
        value = self[text] = self.test(text)
        return value

    def positions(self, texts: list[str]) -> list[int]:
        """The indexes of the texts that pass, in order."""
        return list(compress(range(len(texts)), map(self.__getitem__, texts)))


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
    resolved_span: tuple[int, int] | None = None  # antecedent of a pronoun or description
    inherited: bool = False  # carried over from the previous statement

    def carried_over(self) -> _Attribution:
        """This speaker for a statement that continues the one attributed here."""
        return _Attribution(
            self.speaker,
            self.speaker_span,
            None,
            None,
            self.outlet,
            self.person,
            resolved_span=self.resolved_span,
            inherited=True,
        )


@dataclass
class _Found:
    kind: str
    parts: list[tuple[int, int]]  # character ranges
    attribution: _Attribution
    unit: int
    weak: bool = False  # a frameless continuation on Konjunktiv II or "sollen" only


_KONJUNKTIV_POSSIBLE = _TextTest(konjunktiv_possible)


#: ``_cue_tests`` by ``id(lexicon)``; an entry keeps its lexicon alive, so ids are not reused.
_CUE_TESTS: dict[int, tuple[SpeechVerbs, _TextTest, _TextTest]] = {}


def _cue_tests(verbs: SpeechVerbs) -> tuple[_TextTest, _TextTest]:
    """``verbs.cue_form`` and ``verbs.cue_lemma`` as memoised tests (one pair per lexicon)."""
    entry = _CUE_TESTS.get(id(verbs))
    if entry is None or entry[0] is not verbs:
        if len(_CUE_TESTS) >= 8:
            _CUE_TESTS.clear()
        entry = (verbs, _TextTest(verbs.cue_form), _TextTest(verbs.cue_lemma))
        _CUE_TESTS[id(verbs)] = entry
    return entry[1], entry[2]


#: No person mention is longer than this many tokens (bounds look-backs by position).
_LONGEST_NAME = 12


@dataclass
class _Ctx:
    doc: TDoc
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
    block_ends: dict[int, int] = field(default_factory=dict)  # block first -> last, see _segments
    cues_cache: dict[tuple[int, int], list[tuple[int, tuple[int, int], str]]] = field(
        default_factory=dict
    )
    unit_statements: list[list[_Block]] = field(default_factory=list)  # statement blocks per unit
    person_starts: list[int] = field(default_factory=list)  # first token of each person mention
    person_ends: set[int] = field(default_factory=set)  # token after each person mention
    surnames: dict[str, set[str]] = field(default_factory=dict)  # surname -> person keys
    known_surnames: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    cue_tokens: list[int] | None = None  # see cue_candidates
    mood_tokens: Sequence[int] | None = None  # see konjunktiv_candidates

    def konjunktiv_candidates(self) -> Sequence[int]:
        """The tokens that can be a Konjunktiv form, in text order: every token when the Doc
        has morphology, else those passing ``konjunktiv_possible`` and
        ``konjunktiv_lemma_fits`` (computed once)."""
        if self.mood_tokens is None:
            if self.doc.has_morph():
                self.mood_tokens = range(len(self.doc))
            else:
                lowers, lemmas = self.doc.lowers, self.doc.lemmas
                self.mood_tokens = [
                    k
                    for k in _KONJUNKTIV_POSSIBLE.positions(lowers)
                    if konjunktiv_lemma_fits(lowers[k], lemmas[k])
                ]
        return self.mood_tokens

    def cue_candidates(self) -> list[int]:
        """The word tokens outside quotations that can be a speech-verb cue, in text order
        (``SpeechVerbs.cue_form`` or ``cue_lemma``; computed once, ``block_at`` must be
        complete)."""
        if self.cue_tokens is None:
            toks = self.doc.toks
            block_at = self.block_at
            by_form, by_lemma = _cue_tests(self.verbs)
            # each distinct form and lemma is tested once a process; the positions in C loops
            hits = compress(
                range(len(toks)),
                map(
                    operator.or_,
                    map(by_form.__getitem__, self.doc.lowers),
                    map(by_lemma.__getitem__, self.doc.lemmas),
                ),
            )
            self.cue_tokens = [i for i in hits if toks[i].is_alpha and i not in block_at]
        return self.cue_tokens

    def index_persons(self) -> None:
        """Index ``persons`` (sorted by start) for look-ups by position and surname."""
        self.person_starts = [ps for ps, _pe, _key in self.persons]
        self.person_ends = {pe for ps, pe, _key in self.persons if ps < pe}
        for _ps, _pe, key in self.persons:
            self.surnames.setdefault(key.split()[-1].lower(), set()).add(key)

    def add_known_name(self, pos: int, name: str) -> None:
        """Record a multi-word name found without NER (token position, full name)."""
        self.known_names.append((pos, name))
        self.known_surnames.setdefault(name.split()[-1].lower(), []).append((pos, name))

    def persons_within(self, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        """Person mentions inside the token range ``[start, end)``, in text order."""
        persons = self.persons
        for k in range(bisect_left(self.person_starts, start), len(persons)):
            mention = persons[k]
            if mention[0] >= end:
                break
            if mention[1] <= end:
                yield mention

    def person_at(self, i: int) -> bool:
        """Whether token ``i`` is part of a person mention."""
        persons = self.persons
        k = bisect_right(self.person_starts, i) - 1
        while k >= 0 and persons[k][0] > i - _LONGEST_NAME:
            if persons[k][1] > i:
                return True
            k -= 1
        return False

    def persons_before(self, i: int, limit: int) -> list[tuple[int, int, str]]:
        """The last ``limit`` person mentions starting before token ``i``, latest first."""
        k = bisect_left(self.person_starts, i)
        return self.persons[max(0, k - limit) : k][::-1]


def _unit_of(ctx: _Ctx, i: int) -> int | None:
    """The unit holding token ``i`` (units are sorted and disjoint), or None."""
    ui = bisect_right(ctx.unit_starts, i) - 1
    if ui < 0 or i >= ctx.units[ui][1]:
        return None
    return ui


def _found_in_unit(found: list[_Found], unit: int) -> list[_Found]:
    """The statements found in ``unit``, in order; ``found`` grows in unit order."""
    k = len(found)
    while k > 0 and found[k - 1].unit >= unit:
        k -= 1
    return [f for f in found[k:] if f.unit == unit]


def _is_verbish(ctx: _Ctx, tok: Tok) -> bool:
    return tok.lower_ in FINITE_AUX or ctx.verbs.base_match(tok) or ctx.verbs.needs_particle(tok)


def _window_start(ctx: _Ctx, i: int) -> int:
    """First token of the unit three units before the one holding token ``i``."""
    starts = ctx.unit_starts
    if not starts:
        return 0
    ui = max(0, bisect_left(starts, i + 1) - 1)
    return starts[max(0, ui - 3)]


def _inside_statement(ctx: _Ctx, i: int) -> bool:
    bi = ctx.block_at.get(i)
    return bi is not None and ctx.blocks[bi].statement


def _is_verbish_free(ctx: _Ctx, tok: Tok) -> bool:
    """A lower-case finite-looking verb right after a prefield noun phrase."""
    return (
        tok.text.islower()
        and tok.is_alpha
        and tok.lower_ not in NP_STOP_WORDS
        and tok.lower_ not in DETERMINERS
    )


def _char_range(doc: TDoc, s: int, e: int) -> tuple[int, int]:
    return (doc.toks[s].idx, doc.toks[e - 1].idx + len(doc.toks[e - 1].text))


def _has_source(att: _Attribution) -> bool:
    """Whether a speaker was named (possibly an unresolved pronoun)."""
    return att.speaker is not None or att.speaker_span is not None

"""UNIT mentions: named, numbered and generic military formations, their state and strength.

Kinds of unit mention (``military_units.jsonl`` lists the nouns and names):

* named: fixed names with a known state ("Bundeswehr" DE, "Gruppe Wagner"/"Wagner-Gruppe" RU,
  "Koreanische Volksarmee" KP); ``via="name"``.
* numbered: an ordinal, up to three capitalised adjectives and a unit noun or a compound ending
  in one ("47. Mechanisierte Brigade", "3. Armee", "11. Luftlandesturmbrigade"); ``via="name"``.
* generic: a unit noun ("Truppen", "Armee", "Streitkräfte", "Truppenkontingent", "Kampftruppe",
  "Elitesoldaten", "Einheiten", "Kim-Truppen"); ``via="description"``. Each noun says what it
  needs to count as a unit: nothing (formations), a stated state ("Freiwillige", "Truppe"), a
  state or a count (people: "nordkoreanische Soldaten", "100.000 Soldaten"; plain "Soldaten"
  are people, not a formation) or an ordinal ("3. Korps"; "das diplomatische Korps" is not one).

State affiliation, first found wins: a state adjective or genitive before the noun with only
adjectives in between ("die russische Pazifikflotte", "Nordkoreas Militär"); a genitive after it
("Armee Nordkoreas", "Streitkräfte der Ukraine"), or "aus" after a people noun ("Soldaten aus
Nordkorea"; "Truppen aus Afghanistan" usually leave Afghanistan, so not after formations); the state
part of a hyphen compound ("Nordkorea-Truppen"); the fixed state of a named unit. A compound with
a person gets the state that person leads (``state`` in ``people.jsonl``: "Kim-Truppen" -> KP),
else no state. Numbered and named designations share their state across
a document ("die ukrainische 47. Brigade ... die 47. Brigade").

Keys: ``"<state>:<designation>"``, or the designation alone when no state is known. The
designation is the noun's base form for generic units ("KP:Truppen", "RU:Pazifikflotte"; a
non-state prefix of a hyphen compound stays: "NATO-Truppen"; "Panzerbrigade 45" keeps its
number), the
normalised number, adjectives (weak nominative ending) and noun for numbered ones
("UA:47. Mechanisierte Brigade"), the canonical name for named ones ("RU:Gruppe Wagner").

Mention spans start at the first state word before the noun (adjectives between included) and
end after a state genitive or "aus"-phrase after it; articles and counts are never included.

Strength: a count right before the unit ("1.500 nordkoreanische Elitesoldaten"), a count whose
counted noun is the unit's noun, or "von"/"mit" plus a count after a formation
("Truppenkontingent von rund 10.000 Mann"). It comes from ``doc._.nkru_numbers``; without that
component there are no strengths (a bare digit count still makes "100.000 Soldaten" a unit).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from nkru_extract.entities.gazetteer import PhraseEntry, StateGazetteer, UnitGazetteer, UnitHead
from nkru_extract.entities.person_lexicon import leader_states, name_key
from nkru_extract.entities.rules_de import (
    AFFILIATION_PREPOSITIONS,
    GENITIVE_ARTICLES,
    ORDINAL_RE,
    STRENGTH_NOUNS,
    STRENGTH_PREPOSITIONS,
)
from nkru_extract.entities.states import StateHit
from nkru_extract.text.doc_view import DocText, WordClass, doc_text
from nkru_extract.types import EntityMention, NumberMention

__all__ = ["UnitHit", "link_strengths", "match_generic_units", "match_named_units"]

_QUOTES = frozenset({'"', "„", "“", "”", "«", "»", "‹", "›", "'", "‚", "‘", "’"})
_DIGITS_RE = re.compile(r"^[0-9][0-9.,'’\u202f]*$")
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_MAX_ADJECTIVES = 3
_STRENGTH_WINDOW = 4


@dataclass(frozen=True, slots=True)
class UnitHit:
    """A unit mention with its token range and the designation its key is built from.

    ``formation`` is false for people nouns ("Soldaten"), whose count is not a strength "with".
    """

    mention: EntityMention
    first: int
    last: int
    designation: str
    numbered: bool
    formation: bool = True


@dataclass(slots=True)
class _Context:
    doc: Doc
    text: str
    words: list[str]
    starts: list[int]
    distinct: frozenset[str]
    states: StateGazetteer
    units: UnitGazetteer
    state_at: dict[int, StateHit]
    numbers_by_end: dict[int, NumberMention]


def _context(
    doc: Doc,
    states: StateGazetteer,
    units: UnitGazetteer,
    state_hits: Sequence[StateHit],
    view: DocText | None,
) -> _Context:
    view = view or doc_text(doc)
    state_at: dict[int, StateHit] = {}
    for hit in state_hits:
        for i in range(hit.first, hit.last):
            state_at[i] = hit
    numbers: Iterable[NumberMention] = doc._.nkru_numbers or ()
    return _Context(
        doc,
        view.text,
        view.words,
        view.starts,
        view.distinct,
        states,
        units,
        state_at,
        {n.end: n for n in numbers},
    )


def _is_adjective(word: str) -> bool:
    return word.isalpha() and word.lower().endswith(_ADJ_ENDINGS)


def _mention(
    ctx: _Context,
    first: int,
    last: int,
    designation: str,
    state: str | None,
    via: str,
    numbered: bool,
    formation: bool = True,
) -> UnitHit:
    start = ctx.starts[first]
    end = ctx.starts[last - 1] + len(ctx.words[last - 1])
    key = f"{state}:{designation}" if state else designation
    if via == "description":
        name = f"{designation} ({ctx.states.name_of(state)})" if state else designation
    else:
        name = designation
    mention = EntityMention(
        text=ctx.text[start:end],
        start=start,
        end=end,
        label="UNIT",
        key=key,
        name=name,
        via=via,
        state=state,
    )
    return UnitHit(mention, first, last, designation, numbered, formation)


def _state_before(ctx: _Context, head: int) -> tuple[str | None, int]:
    """State stated before token ``head`` ("russische", "Nordkoreas") and the span start."""
    i = head - 1
    seen = 0
    while i >= 0 and seen <= _MAX_ADJECTIVES:
        hit = ctx.state_at.get(i)
        if hit is not None:
            if hit.kind in ("adjective", "genitive", "metonym_genitive"):
                return hit.mention.key, hit.first
            return None, head
        if not _is_adjective(ctx.words[i]) or ctx.words[i][0].isupper():
            return None, head
        i -= 1
        seen += 1
    return None, head


def _state_after(ctx: _Context, last: int, origin: bool = False) -> tuple[str | None, int]:
    """State stated after the unit ("Nordkoreas", "der Ukraine", "aus Nordkorea") and span end.

    "aus" counts only when ``origin`` is set (people: "Soldaten aus Nordkorea"); after a
    formation it usually tells where the troops leave ("Abzug der Truppen aus Afghanistan").
    """
    n = len(ctx.words)
    i = last
    quoted = i < n and ctx.words[i] in _QUOTES
    if quoted:
        i += 1  # 'Die "Freiwilligen" aus Nordkorea': state found, the span stays the noun
    if i >= n:
        return None, last
    hit = ctx.state_at.get(i)
    if hit is not None and hit.kind in ("genitive", "metonym_genitive") and hit.first == i:
        return hit.mention.key, last if quoted else hit.last
    word = ctx.words[i]
    if word in GENITIVE_ARTICLES or (origin and word in AFFILIATION_PREPOSITIONS):
        j = i + 1
        while j < n and j - i <= _MAX_ADJECTIVES and ctx.state_at.get(j) is None:
            if not _is_adjective(ctx.words[j]) or ctx.words[j][0].isupper():
                break
            j += 1
        hit = ctx.state_at.get(j)
        if hit is not None and hit.first == j and hit.kind != "adjective":
            return hit.mention.key, last if quoted else hit.last
        if (
            hit is not None
            and hit.first == j
            and hit.last < n
            and _head_of(ctx, ctx.words[hit.last]) is not None
        ):
            return hit.mention.key, last  # "Brigade der ukrainischen Streitkräfte"
    return None, last


def _count_before(ctx: _Context, first: int) -> NumberMention | None:
    """A count that ends right before token ``first`` (adjectives may stand between)."""
    i = first - 1
    seen = 0
    while i >= 0 and seen <= _MAX_ADJECTIVES:
        word = ctx.words[i]
        number = ctx.numbers_by_end.get(ctx.starts[i] + len(word))
        if number is not None:
            return number
        hit = ctx.state_at.get(i)
        if hit is None and not _is_adjective(word):
            return None
        if hit is not None and hit.kind != "adjective":
            return None
        i -= 1
        seen += 1
    return None


def _digits_before(ctx: _Context, first: int) -> bool:
    """Without ``nkru_numbers``: a digit count right before ``first`` ("100.000 Soldaten")."""
    i = first - 1
    while i >= 0 and first - i <= _MAX_ADJECTIVES + 1:
        word = ctx.words[i]
        if _DIGITS_RE.match(word) or ctx.doc[i].like_num:
            return True
        if not _is_adjective(word) and i not in ctx.state_at:
            return False
        i -= 1
    return False


def _normalise_adjective(word: str) -> str:
    for ending in ("en", "em", "er", "es"):
        if word.endswith(ending):
            return word[: -len(ending)] + "e"
    return word


@dataclass(slots=True)
class _UnitCaches:
    """Per unit gazetteer: ``_find_head`` by token text, the texts a named or numbered unit can
    start at, and the texts that can head a generic unit."""

    heads: dict[str, tuple[UnitHead, str] | None]
    starts: WordClass
    generic: WordClass


#: Per unit gazetteer (by id, kept alive with its caches).
_CACHES: dict[int, tuple[UnitGazetteer, _UnitCaches]] = {}
_MAX_CACHED = 1 << 18


def _caches(units: UnitGazetteer) -> _UnitCaches:
    found = _CACHES.get(id(units))
    if found is None or found[0] is not units:
        if len(_CACHES) > 16:
            _CACHES.clear()

        def may_start(word: str) -> bool:
            return word in units.named or ORDINAL_RE.match(word) is not None

        def generic_head(word: str) -> bool:
            head = _find_head(units, word)
            return head is not None and head[0].needs != "ordinal" and word[:1].isupper()

        found = (units, _UnitCaches({}, WordClass(may_start), WordClass(generic_head)))
        _CACHES[id(units)] = found
    elif len(found[1].heads) > _MAX_CACHED:
        found[1].heads.clear()
    return found[1]


def _head_of(ctx: _Context, word: str) -> tuple[UnitHead, str] | None:
    """The unit head of a token and its designation (cached per gazetteer and word)."""
    heads = _caches(ctx.units).heads
    if word in heads:
        return heads[word]
    found = heads[word] = _find_head(ctx.units, word)
    return found


def _find_head(units: UnitGazetteer, word: str) -> tuple[UnitHead, str] | None:
    """The unit head of a token and its designation: exact noun, or compound ending in one."""
    head = units.heads.get(word)
    if head is not None:
        return head, head.lemma
    if "-" in word:
        prefix, last = word.rsplit("-", 1)
        head = units.heads.get(last)
        if head is not None:
            return head, f"{prefix}-{head.lemma}"  # "Kim-Truppen", "NATO-Truppen"
    if not word[:1].isupper():
        return None
    lower = word.lower()
    for length in units.suffix_lengths:
        if len(lower) <= length + 2:
            continue
        found = units.suffix_map.get(lower[-length:])
        if found is not None:
            lemma, needs = found
            return UnitHead(word[:-length] + lemma, needs), word[:-length] + lemma
    return None


# -- named and numbered --------------------------------------------------------------------------


def _named_at(ctx: _Context, i: int) -> tuple[PhraseEntry, int] | None:
    entries = ctx.units.named.get(ctx.words[i])
    if not entries:
        return None
    for entry in entries:
        length = len(entry.tokens)
        if tuple(ctx.words[i : i + length]) == entry.tokens:
            return entry, i + length
    return None


def _numbered_at(ctx: _Context, i: int) -> tuple[str, int] | None:
    """A numbered designation starting at ordinal token ``i``: (designation, end token)."""
    if not ORDINAL_RE.match(ctx.words[i]):
        return None
    parts = [ctx.words[i]]
    j = i + 1
    n = len(ctx.words)
    while j < n and j - i <= _MAX_ADJECTIVES + 1:
        word = ctx.words[j]
        if not word[:1].isupper():
            return None
        found = _head_of(ctx, word)
        if found is not None:
            parts.append(found[1])
            return " ".join(parts), j + 1
        if not (word.isalpha() and word.endswith(("e", "en"))):
            return None  # "am 4. Oktober": only weak adjective endings follow an ordinal
        parts.append(_normalise_adjective(word))
        j += 1
    return None


def match_named_units(
    doc: Doc,
    states: StateGazetteer,
    units: UnitGazetteer,
    state_hits: Sequence[StateHit],
    view: DocText | None = None,
) -> list[UnitHit]:
    """Named and numbered units (run before persons, so "Gruppe Wagner" is not a person).

    Args:
        doc: The document.
        states: The compiled state gazetteer (for display names).
        units: The compiled unit gazetteer.
        state_hits: The document's state mentions (for affiliation).
        view: The Doc's ``DocText`` if already read.
    """
    ctx = _context(doc, states, units, state_hits, view)
    hits: list[UnitHit] = []
    words = ctx.words
    candidates = _caches(units).starts.among(ctx.distinct)
    after = 0  # the next token not inside a unit found already
    for i in [i for i, word in enumerate(words) if word in candidates]:
        if i < after:
            continue
        named = _named_at(ctx, i)
        if named is not None:
            entry, end = named
            unit = units.named_units[entry.key]
            state = unit.state
            first = i
            if state is None:
                state, first = _state_before(ctx, i)
            hits.append(_mention(ctx, first, end, entry.key, state, "name", numbered=False))
            after = end
            continue
        numbered = _numbered_at(ctx, i)
        if numbered is not None:
            designation, end = numbered
            state, first = _state_before(ctx, i)
            last = end
            if state is None:
                state, last = _state_after(ctx, end)
            hits.append(_mention(ctx, first, last, designation, state, "name", numbered=True))
            after = last
    return _share_states(ctx, hits)


def _share_states(ctx: _Context, hits: list[UnitHit]) -> list[UnitHit]:
    """Give every mention of a designation the state stated for it elsewhere in the document."""
    known: dict[str, str] = {}
    for hit in hits:
        if hit.mention.state and hit.designation not in known:
            known[hit.designation] = hit.mention.state
    out = []
    for hit in hits:
        state = known.get(hit.designation)
        if hit.mention.state is None and state is not None:
            mention = replace(hit.mention, state=state, key=f"{state}:{hit.designation}")
            hit = replace(hit, mention=mention)
        out.append(hit)
    return out


# -- generic -------------------------------------------------------------------------------------


def match_generic_units(
    doc: Doc,
    states: StateGazetteer,
    units: UnitGazetteer,
    state_hits: Sequence[StateHit],
    taken: Iterable[tuple[int, int]] = (),
    view: DocText | None = None,
) -> list[UnitHit]:
    """Generic formations ("nordkoreanische Truppen", "Armee Nordkoreas", "Kampftruppe").

    Args:
        doc: The document.
        states: The compiled state gazetteer.
        units: The compiled unit gazetteer.
        state_hits: The document's state mentions.
        taken: Token ranges claimed by persons or named units; no head inside them.
        view: The Doc's ``DocText`` if already read.
    """
    ctx = _context(doc, states, units, state_hits, view)
    blocked = {i for first, last in taken for i in range(first, last)}
    consumed: set[int] = set()  # counted nouns that give a formation's strength
    hits: list[UnitHit] = []
    n = len(ctx.words)
    candidates = _caches(units).generic.among(ctx.distinct)
    after = 0  # the next token after the last mention found
    for i in [i for i, word in enumerate(ctx.words) if word in candidates]:
        if i < after or i in blocked:
            continue
        found = _head_of(ctx, ctx.words[i])
        if found is None:  # not reached: every candidate has a head
            continue
        head, designation = found
        state, first = _state_before(ctx, i)
        last = i + 1
        if state is None:
            compound = ctx.state_at.get(i)
            if compound is not None and compound.kind == "compound":
                state = compound.mention.key
                designation = head.lemma  # "Nordkorea-Soldaten": the state goes in the key
        if state is None and designation != head.lemma and "-" in designation:
            # "Kim-Truppen": the troops of a listed head of state
            state = leader_states().get(name_key(designation.rsplit("-", 1)[0]))
            if state is not None:
                designation = head.lemma
        if state is None:
            state, last = _state_after(ctx, i + 1, origin=head.needs != "none")
        number = ctx.words[last] if last == i + 1 and last < n else ""
        if number.isdigit() and len(number) <= 3 and ctx.words[i][:1].isupper():
            designation = f"{designation} {number}"  # "Panzerbrigade 45"
            last += 1
        if state is None and head.needs == "state":
            continue
        if (
            state is None
            and head.needs == "state_or_number"
            and (i in consumed or (_count_before(ctx, i) is None and not _digits_before(ctx, i)))
        ):
            continue
        formation = head.needs == "none"
        hits.append(_mention(ctx, first, last, designation, state, "description", False, formation))
        preposition = _strength_preposition(ctx.words, last) if formation else None
        if preposition is not None:
            # "Militär mit rund 1,2 Millionen Soldaten": the soldiers are its strength
            consumed.update(range(preposition + 1, min(preposition + 6, n)))
        after = max(last, i + 1)
    return hits


# -- strength ------------------------------------------------------------------------------------


def _strength_value(number: NumberMention) -> int | float | None:
    value = number.value if number.value is not None else number.low
    if value is not None and value < 1:
        return None  # a share ("die Hälfte der Soldaten", "ein Drittel"), not a head count
    return value


def link_strengths(doc: Doc, hits: Sequence[UnitHit], view: DocText | None = None) -> list[UnitHit]:
    """Set ``strength`` from ``doc._.nkru_numbers`` (unchanged when that is empty).

    A count right before a unit (adjectives between allowed), a count whose counted noun lies in
    the unit, or "von"/"mit" plus a count of people ("Mann", "Soldaten") at most three words
    after a formation gives the strength.

    Args:
        doc: The document.
        hits: Its unit mentions.
        view: The Doc's ``DocText`` if already read.
    """
    numbers: Sequence[NumberMention] = tuple(doc._.nkru_numbers or ())
    if not numbers:
        return list(hits)
    by_end = {n.end: n for n in numbers}
    by_start = {n.start: n for n in numbers}
    view = view or doc_text(doc)
    out = []
    for hit in hits:
        number = _number_for(view, hit, numbers, by_end, by_start)
        if number is not None:
            strength = _strength_value(number)
            if strength is not None:
                hit = replace(hit, mention=replace(hit.mention, strength=strength))
        out.append(hit)
    return out


def _number_for(
    view: DocText,
    hit: UnitHit,
    numbers: Sequence[NumberMention],
    by_end: dict[int, NumberMention],
    by_start: dict[int, NumberMention],
) -> NumberMention | None:
    mention = hit.mention
    for number in numbers:
        if (
            number.unit_start is not None
            and mention.start <= number.unit_start < mention.end
            and not mention.start <= number.start < mention.end
        ):
            return number
    words, starts = view.words, view.starts
    i = hit.first - 1
    while i >= 0 and hit.first - i <= _MAX_ADJECTIVES + 1:
        before = by_end.get(starts[i] + len(words[i]))
        if before is not None:
            return before
        if not _is_adjective(words[i]):
            break
        i -= 1
    preposition = _strength_preposition(words, hit.last) if hit.formation else None
    if preposition is not None:
        for k in range(preposition + 1, min(preposition + 3, len(words))):
            after = by_start.get(starts[k])
            if after is not None:
                unit = (after.unit or "").lower()
                adjacent = preposition == hit.last
                if unit in STRENGTH_NOUNS or (adjacent and not unit):
                    return after
    return None


def _strength_preposition(words: Sequence[str], last: int) -> int | None:
    """Index of "mit"/"von" after a formation, at most three words on, in the same clause.

    "Truppenkontingent von rund 10.000 Mann", "Armee Nordkoreas dagegen gehört mit etwa
    1,2 Millionen Soldaten".
    """
    for k in range(last, min(last + _STRENGTH_WINDOW, len(words))):
        word = words[k]
        if word in STRENGTH_PREPOSITIONS:
            return k
        if not word.isalpha():
            return None
    return None

"""The quote attributor's orchestrator: runs the stages over one ``Doc`` in data-flow order.

``marks`` pairs quotation marks, ``blocks`` maps them onto tokens and cuts units, then each unit
goes to ``direct`` (statement quotations), ``indirect`` (content clauses, frames,
continuations) or ``reported`` (speech acts without a clause); ``cues`` finds speech verbs and
frames and ``speakers`` resolves who speaks. The result is a tuple of ``Quote`` objects with
character offsets into the Doc's text.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from nkru_extract.errors import InputTypeError, describe
from nkru_extract.quotes.blocks import (
    _build_units,
    _classify_blocks,
    _map_blocks,
)
from nkru_extract.quotes.context import (
    _char_range,
    _Ctx,
    _Found,
    _unit_of,
)
from nkru_extract.quotes.continuation import _free_indirect, _inherit_reportative
from nkru_extract.quotes.direct import (
    _direct_in_unit,
    _partial_quotes,
    _with_these_words,
)
from nkru_extract.quotes.indirect import (
    _indirect,
    _place_indirect,
    _split_coordinated,
)
from nkru_extract.quotes.lexicon import (
    SpeechVerbs,
    load_speech_verbs,
)
from nkru_extract.quotes.speakers import (
    _fallback_names,
    _person_mentions,
    _person_roles,
    _speaker_org,
)
from nkru_extract.text.phrases import (
    TDoc,
)
from nkru_extract.types import EntityMention, Quote


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
    tdoc = TDoc(doc)
    blocks = _map_blocks(tdoc)
    block_at: dict[int, int] = {}
    for bi, block in enumerate(blocks):
        for k in range(block.first, block.last):
            block_at[k] = bi
    ctx = _Ctx(tdoc, verbs, _person_mentions(tdoc, entities), blocks, block_at)
    ctx.person_roles = _person_roles(tdoc, entities)
    _classify_blocks(ctx)
    _build_units(ctx)
    ctx.unit_starts = [a for a, _b in ctx.units]
    ctx.index_persons()
    if not ctx.persons:
        for pos, name in _fallback_names(ctx):
            ctx.add_known_name(pos, name)
    ctx.unit_statements = [[] for _ in ctx.units]
    for bk in blocks:
        home = _unit_of(ctx, bk.first) if bk.statement else None
        if home is not None:
            ctx.unit_statements[home].append(bk)
    found: list[_Found] = []
    consumed: set[int] = set()
    for ui, (a, b) in enumerate(ctx.units):
        if ctx.unit_statements[ui]:
            _direct_in_unit(ctx, ui, found, consumed)
            continue
        if ui in consumed:
            continue
        # colon-introduction units are consumed by the quotation that follows them
        if ui + 1 < len(ctx.units) and tdoc.toks[b - 1].text == ":" and ctx.unit_statements[ui + 1]:
            continue
        if _with_these_words(ctx, ui, found):
            continue
        prior = found[-1] if found and ui - found[-1].unit <= 2 else None
        result = _indirect(ctx, a, b, previous=prior.attribution if prior else None)
        if result is not None:
            result = _inherit_reportative(ctx, ui, result, found, max_sentence_distance)
            _place_indirect(ctx, ui, result, found)
            _split_coordinated(ctx, ui, found)
            continue
        _free_indirect(ctx, ui, found, max_sentence_distance)
    _partial_quotes(ctx, found)
    person_keys = {
        m.key for m in entities or () if m.label == "PERSON" and not m.is_credit and m.key
    }
    quotes = (_to_quote(ctx, f, person_keys) for f in found)
    return tuple(sorted(quotes, key=lambda q: (q.start, q.end)))


def _to_quote(ctx: _Ctx, found: _Found, person_keys: set[str]) -> Quote:
    doc = ctx.doc
    text = doc.text
    parts = tuple((s, e) for s, e in found.parts if s < e)
    att = found.attribution
    source = None if att.inherited else att.speaker_span
    source_start = source_end = None
    if source is not None:
        source_start, source_end = _char_range(doc, *source)
    speaker = att.resolved_span or att.speaker_span
    speaker_start = speaker_end = None
    if speaker is not None:
        speaker_start, speaker_end = _char_range(doc, *speaker)
    cue_start = cue_end = None
    if att.cue_span is not None:
        cue_start, cue_end = _char_range(doc, *att.cue_span)
    return Quote(
        text=" ".join(text[s:e] for s, e in parts),
        start=parts[0][0],
        end=parts[-1][1],
        kind=found.kind,
        speaker=att.speaker,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        cue=att.cue,
        parts=parts,
        speaker_text=text[speaker_start:speaker_end] if speaker_start is not None else None,
        cue_start=cue_start,
        cue_end=cue_end,
        outlet=att.outlet,
        form=_form(found),
        source_start=source_start,
        source_end=source_end,
        source_text=text[source_start:source_end] if source_start is not None else None,
        speaker_person=att.speaker if att.person and att.speaker in person_keys else None,
        speaker_org=_speaker_org(ctx, source) if source is not None and not att.person else None,
        inherited=att.inherited,
    )


def _form(found: _Found) -> str:
    if found.kind in {"direct", "partial"}:
        return "direct"
    if found.kind == "reported":
        return "reported"
    return "free_indirect" if found.attribution.inherited else "indirect"

"""Stage 3a of the attributor: direct quotations and the partial quotes inside statements.

A statement quotation gets its speaker from a frame after it ("„…“, sagte X"), inside it
(interrupted: "„A“, sagte er, „B“"), before it ("X sagte: „…“"), a colon introduction in the
unit before, or the previous speaker ("Und weiter: „…“"). Inline quotations of two words or
more take the speaker of the statement that holds them or of the speech verb before them.
"""

from __future__ import annotations

from collections.abc import Callable

from nkru_extract.quotes.context import (
    _HEISST,
    _RELATIVE_PRONOUNS,
    _Attribution,
    _Block,
    _Ctx,
    _Found,
    _found_in_unit,
    _has_source,
    _unit_of,
)
from nkru_extract.quotes.cues import (
    _attribution_for_verb,
    _find_cues,
    _frame_attribution,
    _frame_before,
)
from nkru_extract.quotes.prefield import _skip_adverbs
from nkru_extract.quotes.ranges import _so_frame
from nkru_extract.quotes.reported import _agentive
from nkru_extract.quotes.rules_de import (
    DETERMINERS,
    NP_STOP_WORDS,
    SKIPPABLE_ADVERBS,
    TITLE_TRIGGERS,
)
from nkru_extract.quotes.speakers import _resolve
from nkru_extract.text.phrases import (
    SENTENCE_END,
    is_cap,
    is_modifier,
    next_token,
    np_at,
    prev_token,
)
from nkru_extract.text.word_classes import POSSESSIVES_3RD


def _colon_unit_before(
    ctx: _Ctx,
    ui: int,
    finder: Callable[[_Ctx, int, int], _Attribution | None],
    consumed: set[int],
) -> _Attribution | None:
    """The speaker ``finder`` reads in unit ``ui - 1`` when it ends with a colon and holds no
    statement of its own ("Der Minister erklärte dazu:" before a quotation); that unit is then
    consumed by the quotation."""
    if ui == 0:
        return None
    pa, pb = ctx.units[ui - 1]
    if ctx.doc.toks[pb - 1].text != ":" or ctx.unit_statements[ui - 1]:
        return None
    before = finder(ctx, pa, pb)
    if before is not None:
        consumed.add(ui - 1)
    return before


def _direct_in_unit(ctx: _Ctx, ui: int, found: list[_Found], consumed: set[int]) -> None:
    doc = ctx.doc
    a, b = ctx.units[ui]
    blocks = ctx.unit_statements[ui]
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
                end = np_at(ctx, j + 1, nxt_start)
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
        if (att is None or not _has_source(att)) and first.first == a:
            att = _colon_unit_before(ctx, ui, _frame_before, consumed) or att
        # any clause before the colon: its subject, when it can speak
        if (att is None or not _has_source(att)) and first.first > prev_end:
            att = _so_colon(ctx, prev_end, first.first) or att
        if (att is None or not _has_source(att)) and first.first > prev_end:
            att = _colon_subject(ctx, prev_end, first.first) or att
        if (att is None or not _has_source(att)) and first.first == a:
            att = _colon_unit_before(ctx, ui, _colon_subject, consumed) or att
        # a quotation opening the sentence after one that introduces its speaker
        if (
            (att is None or not _has_source(att))
            and first.first == a
            and ui > 0
            and ctx.unit_para[ui - 1] == ctx.unit_para[ui]
            and not ctx.unit_statements[ui - 1]
            and not (found and found[-1].unit == ui - 1)
        ):
            att = _colon_subject(ctx, *ctx.units[ui - 1], colon=False) or att
        # "Seine Hoffnung stützt sich auf X: „…“": a possessive intro continues the last speaker
        if (att is None or not _has_source(att)) and _possessive_intro(ctx, ui, prev_end, first):
            att = _inherited(ctx, ui, found, distance=2) or att
        kind = "direct"
        if att is None and first.first > a and _is_continuation_intro(ctx, prev_end, first.first):
            att = _inherited(ctx, ui, found)  # "Und weiter: „…“"
        if att is None:
            att = _inherited(ctx, ui, found) if first.first == a else None
            if att is None and first.first == a and _neutral_before(ctx, ui):
                # one sentence without another voice between: "„…“, sagte X. <neutral>. „…“"
                att = _inherited(ctx, ui, found, distance=2)
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


def _colon_subject(ctx: _Ctx, a: int, b: int, colon: bool = True) -> _Attribution | None:
    """The subject of the clause ``[a, b)`` that introduces a quotation with a colon.

    Any verb: "Im Landtag griff sie den Innenminister an: „…“", "Die Gewerkschaft bleibt
    hart: „…“", "Ihren Ärger brachte die Sprecherin deutlich zum Ausdruck: „…“", and a
    verbless "Eine Ärztin der Klinik: „…“". The subject must be able to speak (a person, a
    role, an institution, "er"/"sie"); the prefield noun phrase comes first, then the one
    after the finite verb.
    """
    toks = ctx.doc.toks
    end = b
    while end > a and toks[end - 1].is_space:
        end -= 1
    if colon and (end - a < 2 or toks[end - 1].text != ":"):
        return None
    if not colon:
        while end > a and toks[end - 1].text in SENTENCE_END:
            end -= 1
        if not any(t.is_alpha for t in toks[a:end]):
            return None
        end += 1
    end -= 1
    start = a
    while start < end and (toks[start].is_space or toks[start].is_punct):
        start = start + 1
    start = _skip_adverbs(ctx, start, end)
    if start >= end or any(toks[x].text in {";", "?", "!"} for x in range(start, end)):
        return None
    pre_end = np_at(ctx, start, end)
    if pre_end is not None and pre_end < end:
        pre_end = _relative_clause_after(ctx, pre_end, end) or pre_end
    # "Ihren Ärger über die Pläne brachte ...": prepositional attributes of the prefield
    while pre_end is not None and pre_end < end and toks[pre_end].lower_ in _PP_ATTRIBUTES:
        pre_end = np_at(ctx, pre_end + 1, end, apposition=False)
    verb = (
        pre_end
        if pre_end is not None
        and pre_end < end
        and toks[pre_end].is_alpha
        and toks[pre_end].text.islower()
        and (toks[pre_end].lower_ not in NP_STOP_WORDS and toks[pre_end].lower_ not in DETERMINERS)
        else None
    )
    verb = (
        verb
        if verb is not None
        else next(
            (
                k
                for k in range(start, end)
                if toks[k].is_alpha
                and toks[k].text.islower()
                and (
                    toks[k].lower_ not in NP_STOP_WORDS
                    and toks[k].lower_ not in DETERMINERS
                    and toks[k].lower_ not in {"er", "sie"}
                )
                and not is_modifier(toks[k])
                and not _in_relative(ctx, start, k)
            ),
            None,
        )
    )
    candidates: list[tuple[int, int]] = []
    if pre_end == end or (verb is not None and pre_end == verb):
        candidates.append((start, np_at(ctx, start, end) or end))
    elif verb is not None and pre_end == verb - 1 and toks[pre_end].text == ",":
        candidates.append((start, pre_end))  # "X, Y, war ...": the noun phrase and apposition
    elif (
        verb is not None
        and pre_end is not None
        and pre_end + 1 < verb - 1
        and toks[pre_end].text == ","
        and toks[verb - 1].text == ","
        and np_at(ctx, pre_end + 1, verb - 1) == verb - 1
    ):  # "Die Schwester der Kandidatin, Eva Brandt, wusste ...": with the apposition
        candidates.append((start, verb - 1))
    if verb is not None:
        j = _skip_adverbs(ctx, verb + 1, end)
        after = np_at(ctx, j, end) if j < end else None
        if after is not None:
            candidates.append((j, after))
    for s, e in candidates:
        if toks[s].lower_ in _OBLIQUE_OPENERS or not _agentive(ctx, s, e):
            continue
        att = _resolve(ctx, s, e, toks[verb] if verb is not None else None)
        if att is not None and _has_source(att):
            return att
    return None


#: Prepositions that attach to a prefield noun ("Der Ärger über X", "Die Kritik an Y").
_PP_ATTRIBUTES = frozenset({"über", "an", "auf", "für", "gegen", "mit", "von", "vom", "zu", "zum"})

#: Articles that never open a subject.
_OBLIQUE_OPENERS = frozenset({"den", "dem", "einen", "einem", "diesen", "diesem", "ihm", "ihn"})


def _in_relative(ctx: _Ctx, start: int, k: int) -> bool:
    """Whether token ``k`` is inside ", der/die/das ... ," after ``start``."""
    toks = ctx.doc.toks
    comma = next((x for x in range(k - 1, start - 1, -1) if toks[x].text == ","), None)
    if comma is None or comma + 1 >= k:
        return False
    closed = any(toks[x].text == "," for x in range(comma + 1, k))
    return not closed and toks[comma + 1].lower_ in _RELATIVE_PRONOUNS


def _relative_clause_after(ctx: _Ctx, np_end: int, limit: int) -> int | None:
    """The token after ", der ... ," that follows a noun phrase ending at ``np_end``."""
    toks = ctx.doc.toks
    if np_end >= limit or toks[np_end].text != ",":
        return None
    if np_end + 1 >= limit or toks[np_end + 1].lower_ not in _RELATIVE_PRONOUNS:
        return None
    close = next((x for x in range(np_end + 2, limit) if toks[x].text == ","), None)
    return close + 1 if close is not None else None


def _so_colon(ctx: _Ctx, a: int, b: int) -> _Attribution | None:
    """The X of "…, so X (weiter): „…“" closing the text before a quotation."""
    toks = ctx.doc.toks
    end = b
    while end > a and toks[end - 1].is_space:
        end -= 1
    if end - a < 4 or toks[end - 1].text != ":":
        return None
    end -= 1
    while end > a and toks[end - 1].lower_ in SKIPPABLE_ADVERBS:
        end -= 1
    so = next((k for k in range(end - 2, a, -1) if toks[k].lower_ == "so"), None)
    if so is None or toks[so - 1].text != ",":
        return None
    np_end = np_at(ctx, so + 1, end)
    if np_end != end:
        return None
    att = _resolve(ctx, so + 1, end, None)
    if att is None or not _has_source(att):
        return None
    att.cue_span, att.cue = (so, so + 1), toks[so].text
    return att


def _neutral_before(ctx: _Ctx, ui: int) -> bool:
    """Whether the unit before ``ui`` (same paragraph) brings in no voice of its own."""
    if ui == 0 or ctx.unit_para[ui - 1] != ctx.unit_para[ui] or ctx.unit_statements[ui - 1]:
        return False
    pa, pb = ctx.units[ui - 1]
    return not _find_cues(ctx, pa, pb) and not any(True for _ in ctx.persons_within(pa, pb))


def _possessive_intro(ctx: _Ctx, ui: int, prev_end: int, first: _Block) -> bool:
    """Whether the colon introduction of ``first`` opens with "sein"/"ihr" + noun."""
    toks = ctx.doc.toks
    a = ctx.units[ui][0]
    if first.first > prev_end:
        start, end = prev_end, first.first
    elif first.first == a and ui > 0 and not ctx.unit_statements[ui - 1]:
        start, end = ctx.units[ui - 1]
    else:
        return False
    while start < end and (toks[start].is_space or toks[start].is_punct):
        start += 1
    last = end - 1
    while last > start and toks[last].is_space:
        last -= 1
    return (
        start + 1 < last
        and toks[last].text == ":"
        and toks[start].lower_ in POSSESSIVES_3RD
        and is_cap(toks[start + 1])
    )


_CONTINUATION_WORDS = frozenset({"und", "weiter", "ferner", "zudem", "außerdem", "ausserdem"})


def _is_continuation_intro(ctx: _Ctx, a: int, b: int) -> bool:
    """Whether ``[a, b)`` is a verbless continuation intro: "Und weiter:", "Zudem:"."""
    words = [t for t in ctx.doc.toks[a:b] if not t.is_space]
    return (
        len(words) >= 2
        and words[-1].text == ":"
        and all(t.lower_ in _CONTINUATION_WORDS for t in words[:-1])
    )


def _inherited(ctx: _Ctx, ui: int, found: list[_Found], distance: int = 1) -> _Attribution | None:
    if not found:
        return None
    last = found[-1]
    if not _has_source(last.attribution) or ui - last.unit > distance or last.unit >= ui:
        return None
    if ctx.unit_para[ui] - ctx.unit_para[last.unit] > 1:
        return None
    src = last.attribution
    return src.carried_over()


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
            for f in _found_in_unit(found, ui - 1)
            if f.kind == "direct" and not _has_source(f.attribution)
        ),
        None,
    )
    if target is None:
        return False
    j = _skip_adverbs(ctx, a + 4, b)
    if j < b and toks[j].lower_ == "sich":
        j = _skip_adverbs(ctx, j + 1, b)
    end = np_at(ctx, j, b)
    if end is None:
        return False
    att = _resolve(ctx, j, end, toks[a + 3])
    if att is None or not _has_source(att):
        return False
    att.cue_span, att.cue = (a + 3, a + 4), toks[a + 3].text
    target.attribution = att
    return True


#: Verbs whose object complement may be a one-word quotation: "nannte die Lage „dramatisch“".
_NAMING_VERBS = frozenset(
    {"nennen", "bezeichnen", "werten", "bewerten", "beschreiben", "titulieren", "schimpfen"}
)
#: Words that may stand between "von"/"als" and a quoted word: "sprach von einer „Zeitenwende“".
_EMBEDDING_ARTICLES = frozenset({"einer", "einem", "einen", "eine", "der", "dem", "den", "die"})


def _embedded_word(ctx: _Ctx, bk: _Block) -> bool:
    """Whether a one-word quotation is a cited word rather than a scare quote or a name.

    It must follow "als" or "von" (with at most an article and adjectives between: "bezeichnete
    den Plan als „Irrweg“", "sprach von einer „Zeitenwende“") or close the clause after a
    naming verb ("nannte die Lage „dramatisch“"). A speech verb with a subject before it is
    checked by the caller.
    """
    toks = ctx.doc.toks
    first, last = bk.first, bk.last
    after = bk.quotation.outer[1]
    if after < len(ctx.doc.text) and (ctx.doc.text[after].isalnum() or ctx.doc.text[after] == "-"):
        return False  # part of a compound: „Leonardo“-Hubschrauber
    k = first - 1
    while k >= 0 and (
        toks[k].is_space or toks[k].lower_ in _EMBEDDING_ARTICLES or is_modifier(toks[k])
    ):
        k -= 1
        if first - k > 4:
            return False
    if k >= 0 and toks[k].lower_ in {"als", "von", "vom"}:
        return True
    nxt = next_token(ctx.doc, last)
    if nxt is None or not (nxt.text in SENTENCE_END or nxt.text in {",", ";"}):
        return False
    home = _unit_of(ctx, first)
    if home is None:
        return False
    ua, _ub = ctx.units[home]
    return any(
        ua <= v < first and lemma in _NAMING_VERBS for v, _c, lemma in _find_cues(ctx, ua, first)
    )


def _partial_quotes(ctx: _Ctx, found: list[_Found]) -> None:
    """Inline quotations inside an attributed statement or after a cue.

    Two words or more, or one cited word after "als"/"von" or a naming verb (``_embedded_word``).

    Inside an indirect or reported statement the quotation takes its speaker; elsewhere the
    subject of a speech verb before it is the speaker ("Sie bezeichneten die Einigung als
    „beschämenden Deal“").
    """
    owners: dict[int, list[_Found]] = {}
    for f in found:
        if f.kind in {"indirect", "reported"}:
            owners.setdefault(f.unit, []).append(f)
    for bk in ctx.blocks:
        if bk.statement or bk.used:
            continue
        prev_tok = prev_token(ctx.doc, bk.first)
        if prev_tok is not None and prev_tok.lower_ in TITLE_TRIGGERS:
            continue
        # a capitalised word is taken for a title unless it is cited: "als „Irrweg“"
        cited = bk.words == 1 and _embedded_word(ctx, bk)
        if (bk.title or bk.words < 2) and not cited:
            continue
        home = _unit_of(ctx, bk.first)
        if home is None:
            continue
        owner = next(
            (
                f
                for f in owners.get(home, ())
                if any(s <= bk.quotation.start and bk.quotation.end <= e for s, e in f.parts)
            ),
            None,
        )
        if owner is not None and owner.attribution.speaker is not None:
            found.append(_Found("partial", list(bk.quotation.parts), owner.attribution, owner.unit))
            continue
        if owner is not None or ctx.unit_statements[home]:
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

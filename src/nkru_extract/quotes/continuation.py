"""Stage 3b of the attributor, second half: statements that continue an earlier one.

``_free_indirect`` lets a frameless Konjunktiv unit (or a weak Konjunktiv II / "sollen" unit
right after a report) continue the previous speaker; ``_sourceless_konjunktiv`` keeps a
Konjunktiv I main clause with nothing to continue, taking the speaking subject of the sentence
before when that sentence holds no statement; ``_inherit_reportative`` carries a speaker into a
reportative "soll" clause. Split from ``quotes.indirect``, which finds statements with a frame.
"""

from __future__ import annotations

from nkru_extract.quotes.context import (
    _RELATIVE_PRONOUNS,
    _SUBORDINATORS,
    _Attribution,
    _char_range,
    _Ctx,
    _Found,
    _has_source,
)
from nkru_extract.quotes.cues import (
    _has_konjunktiv,
    _has_own_colon_frame,
)
from nkru_extract.quotes.direct import _colon_subject
from nkru_extract.quotes.ranges import _message_range
from nkru_extract.quotes.rules_de import (
    KONJUNKTIV_II_CONTINUE,
    REPORTATIVE_MODALS,
)
from nkru_extract.quotes.speakers import (
    _mentions_speaker,
)
from nkru_extract.text.phrases import (
    CLAUSE_DELIMITERS,
    is_cap,
    is_modifier,
)


def _continued(ctx: _Ctx, ui: int, found: list[_Found], max_distance: int) -> _Found | None:
    """The last attributed statement that unit ``ui`` may continue (nothing intervenes), or None."""
    a, b = ctx.units[ui]
    last = next((f for f in reversed(found) if f.unit < ui), None)
    if (
        last is not None
        and _has_source(last.attribution)
        and ui - last.unit <= max_distance
        and ctx.unit_para[ui] - ctx.unit_para[last.unit] <= 1
        and all(_mentions_speaker(ctx, g, last.attribution) for g in range(last.unit + 1, ui))
        and not _has_own_colon_frame(ctx, a, b)
    ):
        return last
    return None


def _inherit_reportative(
    ctx: _Ctx,
    ui: int,
    result: tuple[_Attribution, list[tuple[int, int]], str],
    found: list[_Found],
    max_distance: int,
) -> tuple[_Attribution, list[tuple[int, int]], str]:
    """A sourceless reportative unit ("Er soll ... haben") continuing the previous speaker.

    "sollen" with a perfect infinitive reports what someone said; with no source of its own
    the unit continues the last attributed statement when nothing intervenes (the source is
    inherited, form ``free_indirect``). Otherwise ``result`` is returned unchanged.
    """
    att, parts, kind = result
    if kind != "reported" or _has_source(att) or att.cue_span is not None:
        return result
    last = _continued(ctx, ui, found, max_distance)
    if last is None:
        return result
    return last.attribution.carried_over(), parts, "indirect"


def _free_indirect(ctx: _Ctx, ui: int, found: list[_Found], max_distance: int) -> None:
    """A frameless Konjunktiv unit continuing the last attributed statement."""
    tdoc = ctx.doc
    a, b = ctx.units[ui]
    last = _continued(ctx, ui, found, max_distance)
    if last is None:
        _sourceless_konjunktiv(ctx, ui, found)
        return
    strong = _has_konjunktiv(ctx, [(a, b)], strong=True)
    # Konjunktiv II or "sollen" continues only as the finite verb of the main clause, not in a
    # relative or subordinate clause after it ("Die Firma hält 20 Prozent, die aufgestockt
    # werden sollen": indicative, no report)
    first_end = next((k for k in range(a, b) if tdoc.toks[k].text in CLAUSE_DELIMITERS), b)
    weak = (
        ui - last.unit == 1
        and not last.weak
        and any(
            (
                tdoc.toks[k].lower_ in KONJUNKTIV_II_CONTINUE
                or tdoc.toks[k].lower_ in REPORTATIVE_MODALS
            )
            for k in range(a, first_end)
            if k not in ctx.block_at
        )
    )
    if not (strong or weak):
        return
    att = last.attribution.carried_over()
    parts = _message_range(ctx, a, b)
    if parts:
        found.append(
            _Found(
                "indirect", [_char_range(tdoc, s, e) for s, e in parts], att, ui, weak=not strong
            )
        )


def _sourceless_konjunktiv(ctx: _Ctx, ui: int, found: list[_Found]) -> None:
    """A main clause in Konjunktiv I with no speaker to continue: reported, source unknown.

    Konjunktiv I ("sei", "habe", "werde") in a main clause of news text marks reported speech
    even when the report it continues was not found; the statement is kept without a source.
    """
    tdoc = ctx.doc
    a, b = ctx.units[ui]
    # the Konjunktiv is the finite verb of the first clause ("als sei er krank" after a comma
    # is a comparison); impersonal "man nehme" and "Gott sei Dank" are no report
    if b - a < 5 or (tdoc.toks[a].lower_ in _SUBORDINATORS or tdoc.toks[a].lower_ in {"gott"}):
        return
    # a relative pronoun, not an article before a noun ("Die Lage sei ernst")
    if tdoc.toks[a].lower_ in _RELATIVE_PRONOUNS and not (
        is_cap(tdoc.toks[a + 1]) or is_modifier(tdoc.toks[a + 1]) or tdoc.toks[a + 1].like_num
    ):
        return
    if tdoc.toks[a].lower_ == "man" and _stance_subject(ctx, ui, found) is None:
        return
    first_end = next((k for k in range(a, b) if tdoc.toks[k].text in CLAUSE_DELIMITERS), b)
    if (
        not _has_konjunktiv(ctx, [(a, min(first_end, a + 8))], strong=True)
        or sum(1 for k in range(a, b) if tdoc.toks[k].is_alpha) < 4
        or _has_own_colon_frame(ctx, a, b)
    ):
        return
    parts = _message_range(ctx, a, b)
    if not parts:
        return
    stance = _stance_subject(ctx, ui, found)
    if stance is not None:
        found.append(_Found("indirect", [_char_range(tdoc, s, e) for s, e in parts], stance, ui))
        return
    att = _Attribution(None, None, None, None)
    found.append(
        _Found("reported", [_char_range(tdoc, s, e) for s, e in parts], att, ui, weak=True)
    )


def _stance_subject(ctx: _Ctx, ui: int, found: list[_Found]) -> _Attribution | None:
    """The speaking subject of the sentence before ``ui`` that introduces its speaker, or None.

    "Die Ministerin sieht keinen Anlass zur Sorge. Die Vorräte reichten lange.": a Konjunktiv
    I sentence with no statement to continue reports what the subject of the sentence before
    says, when that sentence holds no statement of its own and its subject can speak.
    """
    if ui == 0 or ctx.unit_para[ui - 1] != ctx.unit_para[ui] or ctx.unit_statements[ui - 1]:
        return None
    if found and found[-1].unit == ui - 1:
        return None
    pa, pb = ctx.units[ui - 1]
    return _colon_subject(ctx, pa, pb, colon=False)

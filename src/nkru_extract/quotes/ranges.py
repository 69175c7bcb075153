"""Message ranges of a unit once a frame is cut out, and the interrupting ", so X," frame.

``_message_range`` trims punctuation and a trailing "..., so X" frame from a token range;
``_minus`` gives the parts of a unit left around a cut; ``_so_frame`` reads the speaker of
", so X," between two quotation parts. Shared by the cue, indirect and direct stages.
"""

from __future__ import annotations

from nkru_extract.quotes.context import _Attribution, _Ctx
from nkru_extract.quotes.rules_de import SENTENCE_END
from nkru_extract.quotes.speakers import _resolve
from nkru_extract.text.phrases import np_at


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


#: Adverbs closing a "so X" frame: ", so der Minister weiter,".
_SO_TRAILERS = frozenset(
    {"weiter", "außerdem", "zudem", "ferner", "ebenfalls", "abschließend", "damals", "später"}
)


def _so_tail(ctx: _Ctx, end: int | None, b: int) -> int:
    """The end of a "so X" frame: after X and the adverbs closing it ("so Obama weiter")."""
    if end is None:
        return b
    while end < b and ctx.doc.toks[end].lower_ in _SO_TRAILERS:
        end += 1
    return end


def _so_frame(ctx: _Ctx, a: int, b: int) -> _Attribution | None:
    """The speaker of an interrupting ", so X," between two quotation parts."""
    doc = ctx.doc
    j = a
    while j < b and (doc.toks[j].is_space or doc.toks[j].text == ","):
        j += 1
    if j + 1 >= b or doc.toks[j].lower_ != "so":
        return None
    end = np_at(ctx, j + 1, b)
    if end is None or any(
        doc.toks[k].text not in {",", " "} for k in range(_so_tail(ctx, end, b), b)
    ):
        return None
    att = _resolve(ctx, j + 1, end, None)
    if att is not None:
        att.cue_span, att.cue = (j, j + 1), doc.toks[j].text
    return att

"""Frames around "aus X hervorgehen" and the temporal-"nach" guard of the cue stage.

"Dies geht aus einer Meldung der X hervor." (the unit before is the message), "Wie aus X
hervorgeht, ..." and "Aus X geht hervor, dass ..." name X as the source. ``_temporal_nach``
tells a temporal "nach" ("kurz nach dem Start") from a source frame by the word before it.
"""

from __future__ import annotations

from nkru_extract.quotes.context import _Attribution, _Ctx
from nkru_extract.quotes.frame_sources import _according_source, _relative_clause_end
from nkru_extract.quotes.ranges import _message_range, _minus
from nkru_extract.quotes.rules_de import TEMPORAL_NACH_BEFORE
from nkru_extract.quotes.speakers import _resolve
from nkru_extract.text.phrases import CLAUSE_DELIMITERS, np_at


def _hervor_frame(
    ctx: _Ctx, k: int, a: int, b: int
) -> tuple[_Attribution, list[tuple[int, int]], str] | None:
    """The frame of "aus X hervorgehen" with "aus" at ``k`` (source X), or None.

    "Dies geht aus X hervor." names the source of the unit before (kind ``anaphoric``);
    "Wie aus X hervorgeht, ..." and "..., wie aus X hervorgeht." frame the rest of the unit;
    "Aus X geht hervor, dass ..." frames the clause after the comma.
    """
    toks = ctx.doc.toks
    if not any(toks[x].lower_.startswith("hervor") for x in range(k + 2, min(b, k + 30))):
        return None  # cheap test first: "aus" is frequent, "hervor" rare
    end = np_at(ctx, k + 1, b)
    if end is None:
        return None
    after = _relative_clause_end(ctx, end, b) or end
    if after >= b:
        return None
    src = (k + 1, end)
    inner = _according_source(ctx, src)
    att = (_resolve(ctx, *inner, None) if inner else None) or _Attribution(None, None, None, None)
    att.speaker_span = src
    first = toks[a].lower_
    if toks[after].lower_ == "hervor" and k == a + 2 and first in _ANAPHORIC_SUBJECTS:
        if toks[a + 1].lower_ not in _GEHEN_FORMS:
            return None
        att.cue_span, att.cue = (a + 1, a + 2), toks[a + 1].text
        return att, [], "anaphoric"
    if toks[after].lower_ in _HERVORGEHEN and k > a and toks[k - 1].lower_ == "wie":
        att.cue_span, att.cue = (after, after + 1), toks[after].text
        parts = _minus(ctx, a, b, (k - 1, after + 1))
        return (att, parts, "indirect" if att.speaker else "reported") if parts else None
    if (
        (k == a or toks[k - 1].text in CLAUSE_DELIMITERS)
        and toks[after].lower_ in _GEHEN_FORMS
        and after + 2 < b
        and toks[after + 1].lower_ == "hervor"
        and toks[after + 2].text in {",", ":"}
    ):
        att.cue_span, att.cue = (after, after + 2), ctx.doc[after : after + 2].text
        parts = _message_range(ctx, after + 3, b)
        return (att, parts, "indirect" if att.speaker else "reported") if parts else None
    return None


#: Finite forms of "gehen" in "geht aus X hervor".
_GEHEN_FORMS = frozenset({"geht", "ging", "gehen", "gingen"})
#: Verb-final forms of "hervorgehen" ("wie aus X hervorgeht").
_HERVORGEHEN = frozenset({"hervorgeht", "hervorging", "hervorgehen", "hervorgingen"})
#: Anaphoric subjects of "Dies geht aus X hervor".
_ANAPHORIC_SUBJECTS = frozenset({"dies", "das", "dieses", "diese"})


def _temporal_nach(ctx: _Ctx, k: int, a: int) -> bool:
    """Whether "nach" at ``k`` is temporal by the word before it ("kurz nach", "Tage nach")."""
    if k <= a:
        return False
    return ctx.doc.toks[k - 1].lower_ in TEMPORAL_NACH_BEFORE

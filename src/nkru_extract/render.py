"""HTML views of results for notebooks: highlighted text, and compact summaries of many results.

``render(result)`` shows one ``Extraction`` as its text with persons, states, units and numbers
highlighted (displaCy's entity style with our colours) and a table of quotes; ``kinds=`` picks
what to show. ``render(results)`` for many results (``Extraction`` objects or ``(doc_id,
Extraction)`` pairs) and ``render(frames)`` for the dict of ``to_frames`` give one compact
table instead. Every view is a ``Rendered`` object: Jupyter displays it, ``str()`` gives the
HTML. Importing this module registers ``render_html`` as ``Extraction._repr_html_``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy import displacy

from nkru_extract.errors import InputTypeError, describe
from nkru_extract.types import Extraction, register_hook

__all__ = ["COLOURS", "HIGHLIGHT_KINDS", "Rendered", "render", "render_html", "summary_html"]

#: Highlight colour per label.
COLOURS: dict[str, str] = {
    "PERSON": "#aa9cfc",
    "STATE": "#feca74",
    "UNIT": "#ff9561",
    "NUMBER": "#7aecec",
}
#: Kinds ``render`` can show for one result, with the label they are highlighted with.
HIGHLIGHT_KINDS: dict[str, str] = {
    "persons": "PERSON",
    "states": "STATE",
    "units": "UNIT",
    "numbers": "NUMBER",
}
_STYLE = (
    "<style>table.nkru{border-collapse:collapse;font-size:13px;margin-top:0.5em;"
    "font-family:-apple-system,'Segoe UI',sans-serif}table.nkru td,table.nkru th{"
    "border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}"
    "table.nkru th{background:#f4f4f4}</style>"
)


@dataclass(frozen=True, slots=True)
class Rendered:
    """HTML that Jupyter displays; ``str()`` gives the markup."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def _non_overlapping(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep the earliest, then longest span where spans overlap (displaCy cannot nest)."""
    chosen: list[dict[str, Any]] = []
    last_end = -1
    for span in sorted(spans, key=lambda s: (s["start"], s["start"] - s["end"])):
        if span["start"] >= last_end:
            chosen.append(span)
            last_end = span["end"]
    return chosen


def _table(header: Sequence[str], body: Iterable[Sequence[object]], css_class: str) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>"
        for row in body
    )
    if not rows:
        return ""
    return (
        f'{_STYLE}<table class="nkru {css_class}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def render_html(extraction: Extraction, kinds: Sequence[str] | None = None) -> str:
    """Return HTML: the text with the chosen kinds highlighted, then the quotes.

    Args:
        extraction: One result.
        kinds: Any of ``"persons"``, ``"states"``, ``"units"``, ``"numbers"`` and ``"quotes"``;
            default all. Persons, states and units take precedence over numbers they overlap.
    """
    chosen = list(kinds) if kinds is not None else [*HIGHLIGHT_KINDS, "quotes"]
    unknown = set(chosen) - {*HIGHLIGHT_KINDS, "quotes"}
    if unknown:
        raise InputTypeError(
            f"unknown kinds {sorted(unknown)}; choose from {[*HIGHLIGHT_KINDS, 'quotes']}"
        )
    spans: list[dict[str, Any]] = []
    for kind, label in HIGHLIGHT_KINDS.items():
        if kind in chosen:
            spans += [
                {"start": m.start, "end": m.end, "label": label, "number": kind == "numbers"}
                for m in getattr(extraction, kind)
            ]
    # entities first where a number overlaps them
    spans.sort(key=lambda s: s["number"])
    ents = [
        {k: s[k] for k in ("start", "end", "label")}
        for s in _non_overlapping(_prefer_entities(spans))
    ]
    doc = {"text": extraction.text, "ents": ents, "title": None}
    body = displacy.render(
        doc, style="ent", manual=True, jupyter=False, options={"colors": COLOURS}
    )
    table = ""
    if "quotes" in chosen:
        table = _table(
            ("kind", "speaker", "statement"),
            ((q.kind, q.speaker or "—", q.text) for q in extraction.quotes),
            "nkru-quotes",
        )
    return f'<div class="nkru-extraction">{body}{table}</div>'


def _prefer_entities(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop numbers that overlap an entity span."""
    entities = [s for s in spans if not s["number"]]
    numbers = [
        s
        for s in spans
        if s["number"]
        and not any(e["start"] < s["end"] and s["start"] < e["end"] for e in entities)
    ]
    return entities + numbers


def _top(keys: Iterable[str], limit: int = 3) -> str:
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return ", ".join(f"{key} ({n})" for key, n in best)


def summary_html(results: Iterable[Extraction | tuple[Any, Extraction]]) -> str:
    """One row per document: counts per kind and the most mentioned people and states."""
    kinds = ("persons", "states", "units", "numbers", "quotes")
    body = []
    for index, entry in enumerate(results):
        doc_id, result = entry if isinstance(entry, tuple) else (index, entry)
        if not isinstance(result, Extraction):
            raise InputTypeError(f"results[{index}] is not an Extraction: {describe(result)}")
        counts = [len(getattr(result, kind)) for kind in kinds]
        claims = getattr(result, "claims", None)
        extra = [len(claims)] if claims is not None else []
        body.append(
            (
                doc_id,
                *counts,
                *extra,
                _top(m.key for m in result.persons),
                _top(m.key for m in result.states),
            )
        )
    has_claims = any(len(row) > 8 for row in body)
    header = ["doc_id", *kinds, *(["claims"] if has_claims else []), "top people", "top states"]
    table = _table(header, body, "nkru-summary") or "<p>no results</p>"
    return f'<div class="nkru-summary">{table}</div>'


def _frames_html(frames: Mapping[str, Any]) -> str:
    body = []
    for kind, df in frames.items():
        docs = df["doc_id"].nunique() if "doc_id" in df.columns else ""
        body.append((kind, len(df), docs, ", ".join(map(str, df.columns))))
    return _table(("kind", "rows", "documents", "columns"), body, "nkru-frames")


def render(obj: object, kinds: Sequence[str] | None = None) -> Rendered:
    """An HTML view of results for a notebook.

    Args:
        obj: One ``Extraction`` (highlighted text and quotes); an iterable of ``Extraction``
            objects or ``(doc_id, Extraction)`` pairs (one summary row per document); or the
            dict returned by ``to_frames`` (rows and columns per kind).
        kinds: For one ``Extraction``: which kinds to show (see ``render_html``).

    Example:
        >>> import nkru_extract as nk
        >>> "<mark" in str(nk.render(nk.extract("Russland greift an."), kinds=["states"]))
        True
    """
    if isinstance(obj, Extraction):
        return Rendered(render_html(obj, kinds))
    if isinstance(obj, Mapping):
        return Rendered(_frames_html(obj))
    if isinstance(obj, str) or not isinstance(obj, Iterable):
        raise InputTypeError(f"render takes an Extraction, results or frames, got {describe(obj)}")
    return Rendered(summary_html(obj))


register_hook("html", render_html)

"""HTML rendering of an ``Extraction`` for notebooks (displaCy entity style plus a quote table)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from spacy import displacy

if TYPE_CHECKING:
    from nkru_extract.types import Extraction

__all__ = ["COLOURS", "render_html"]

#: Highlight colour per label.
COLOURS: dict[str, str] = {
    "PERSON": "#aa9cfc",
    "STATE": "#feca74",
    "UNIT": "#ff9561",
    "NUMBER": "#7aecec",
}


def _non_overlapping(spans: list[dict[str, object]]) -> list[dict[str, object]]:
    """Keep the earliest, then longest span where spans overlap (displaCy cannot nest)."""
    chosen: list[dict[str, object]] = []
    last_end = -1
    for span in sorted(spans, key=lambda s: (s["start"], -int(s["end"]) + int(s["start"]))):  # type: ignore[call-overload]
        if int(span["start"]) >= last_end:  # type: ignore[call-overload]
            chosen.append(span)
            last_end = int(span["end"])  # type: ignore[call-overload]
    return chosen


def render_html(extraction: Extraction) -> str:
    """Return HTML: the text with persons, states, units and numbers highlighted, then the quotes.

    Persons, states and units take precedence over numbers they overlap.
    """
    spans: list[dict[str, object]] = [
        {"start": m.start, "end": m.end, "label": m.label} for m in extraction.entities
    ]
    spans += [{"start": n.start, "end": n.end, "label": "NUMBER"} for n in extraction.numbers]
    doc = {"text": extraction.text, "ents": _non_overlapping(spans), "title": None}
    body = displacy.render(
        doc, style="ent", manual=True, jupyter=False, options={"colors": COLOURS}
    )
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            html.escape(q.kind), html.escape(q.speaker or "—"), html.escape(q.text)
        )
        for q in extraction.quotes
    )
    table = (
        '<table class="nkru-quotes"><thead><tr><th>kind</th><th>speaker</th><th>statement</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
        if rows
        else ""
    )
    return f'<div class="nkru-extraction">{body}{table}</div>'

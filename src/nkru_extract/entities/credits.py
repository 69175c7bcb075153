"""Photo credits and bylines: the character ranges of a text that name who took a picture.

Line patterns only ("Bild: picture alliance/dpa/...", "Name/Agency", "- keystone", "Von Max
Muster"); names inside these ranges are marked ``is_credit`` by the person finder.
"""

from __future__ import annotations

import re

from nkru_extract.entities.person_rules import CREDIT_AGENCY, CREDIT_MARKER

__all__ = ["credit_ranges"]

_SLASHED = re.compile(r"[^|/\n]*(?:/[^|/\n]*)+")
_CREDIT_TAIL = re.compile(r"\s[-–|]\s*([^\n]*)$")
#: Every match of ``CREDIT_MARKER`` holds ":", "©", "(" or "foto" in some case (under
#: ``re.IGNORECASE`` only ASCII letters match f, o and t), so a line without them needs no search.
_MARKER_HINT = re.compile(r"[fF][oO][tT][oO]")
_CREDIT_BRACKETS = {"(": ")", "[": "]"}
_BYLINE = re.compile(r"^\s*(?:Von|Ein Kommentar von|Eine Analyse von)\s+([^\n]{3,80})$")


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo credits and bylines in ``text``.

    A credit segment starts at a marker ("Bild:", "Foto:", "Quelle:", "©") and runs to the end
    of its line, or to the closing bracket when the marker follows "(" or "["; a line ending
    in " - keystone" or " | Name/Agency" has that tail marked; a line that is only
    "Von Vorname Name" is a byline; a "Name Name/Agency" segment is a credit too.

    Example:
        >>> text = "Putin in Moskau. Bild: picture alliance/dpa | M. Klimentyev/Kremlin Pool"
        >>> [text[s:e] for s, e in credit_ranges(text)]
        ['Bild: picture alliance/dpa | M. Klimentyev/Kremlin Pool']
    """
    ranges: list[tuple[int, int]] = []
    offset = 0
    hint = _MARKER_HINT.search(text) is not None  # one search, not one per line
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        marker = (
            CREDIT_MARKER.search(body)
            if ":" in body
            or "©" in body
            or "(" in body
            or (hint and _MARKER_HINT.search(body) is not None)
            else None
        )
        if marker is not None:
            end = len(body)
            opening = body[: marker.start()].rstrip()[-1:]
            if opening in _CREDIT_BRACKETS:  # "(Foto: Keystone/Peter Klaunzer) Bundesrat …"
                close = body.find(_CREDIT_BRACKETS[opening], marker.end())
                if close >= 0:
                    end = close
            ranges.append((offset + marker.start(), offset + end))
        else:
            tail = _CREDIT_TAIL.search(body) if "-" in body or "–" in body or "|" in body else None
            if (
                tail is not None
                and len(tail.group(1)) < 120  # before the (slower) agency search
                and CREDIT_AGENCY.search(tail.group(1))
            ):
                ranges.append((offset + tail.start(1), offset + len(body)))
            elif _BYLINE.match(body) and len(body.split()) <= 8 and not body.rstrip().endswith("."):
                ranges.append((offset, offset + len(body)))
            else:
                for seg in _SLASHED.finditer(body) if "/" in body else ():
                    part = seg.group(0)
                    if "/" in part and len(part) < 120 and CREDIT_AGENCY.search(part):
                        ranges.append((offset + seg.start(), offset + seg.end()))
        offset += len(line)
    return ranges

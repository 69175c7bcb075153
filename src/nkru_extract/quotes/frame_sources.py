"""Source noun phrases inside frames: the attachment that names who speaks.

In "Angaben der Polizei", "der Meldung von Regnum" or "Aussagen eines Experten" the source is
the genitive or von-attachment of an information noun; "Polizeiangaben" carries it in the
compound; "der von der Hamas kontrollierten Behörde" hides the head behind a participle; a
relative clause after the source NP is no message. Pure token-range helpers used by ``cues``.
"""

from __future__ import annotations

from nkru_extract.quotes.context import _RELATIVE_PRONOUNS, _Ctx
from nkru_extract.quotes.rules_de import ACCORDING_NOUNS, GENERIC_SOURCE_NOUNS
from nkru_extract.text.phrases import (
    CLAUSE_DELIMITERS,
    COMMON_NOUN_SUFFIXES,
    NOT_NP_WORDS,
    SENTENCE_END,
    Tok,
    is_cap,
    is_np_word,
    is_role_word,
    np_at,
)

_COMPOUND_SOURCE_SUFFIXES = ("angaben", "informationen")


_NO_COMPOUND_SOURCE = frozenset({"eigen", "medien", "presse", "offiziell", "insider"})


def _compound_source(tok: Tok) -> str | None:
    """The source in a compound "Polizeiangaben" -> "Polizei" ("Medienangaben": None)."""
    low = tok.lower_
    if not is_cap(tok):
        return None
    for suffix in _COMPOUND_SOURCE_SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 2:
            prefix = tok.text[: len(low) - len(suffix)]
            if prefix.endswith("s") and prefix[:-1].lower().endswith(
                ("ung", "heit", "keit", "ion", "tät", "amt", "ums")
            ):
                prefix = prefix[:-1]  # "Regierungsangaben" -> "Regierung"
            prefix = prefix.rstrip("-")
            if prefix.lower() in _NO_COMPOUND_SOURCE or len(prefix) < (
                2 if prefix.isupper() else 3
            ):
                return None  # "UN-Angaben" -> "UN"; "Medienangaben": no source
            return prefix
    return None


def _is_genitive_name(ctx: _Ctx, i: int) -> bool:
    """A proper noun in the genitive: "Taiwans", "Kiews" (not a common noun, not "des")."""
    tok = ctx.doc.toks[i]
    return (
        is_cap(tok)
        and tok.is_alpha
        and len(tok.text) > 3
        and tok.text.endswith("s")
        and not tok.text.endswith("ss")
        and not is_role_word(tok)
        and not tok.lower_.endswith(COMMON_NOUN_SUFFIXES)
        and tok.lower_ not in NOT_NP_WORDS
    )


def _participial_np(ctx: _Ctx, i: int, b: int) -> tuple[int, int | None]:
    """Head start and end of "der von der Hamas kontrollierten Behörde", or (i, None)."""
    toks = ctx.doc.toks
    for k in range(i + 1, min(b - 1, i + 9)):
        tok = toks[k]
        if tok.text in CLAUSE_DELIMITERS or tok.text in SENTENCE_END:
            break
        if (
            k > i + 1
            and tok.text.islower()
            and tok.is_alpha
            and tok.lower_.endswith("en")
            and tok.lower_ not in NOT_NP_WORDS
            and is_cap(toks[k + 1])
            and is_np_word(toks[k + 1])
        ):
            end = np_at(ctx, k + 1, b, apposition=False)
            if end is not None:
                return k + 1, end
            break
    return i, None


def _relative_clause_end(ctx: _Ctx, end: int, b: int) -> int | None:
    """End (after the closing comma) of ", der/die/das ... ," right after a source NP."""
    toks = ctx.doc.toks
    if end + 2 >= b or toks[end].text != "," or toks[end + 1].lower_ not in _RELATIVE_PRONOUNS:
        return None
    if is_cap(toks[end + 2]) or toks[end + 2].like_num:
        return None
    for k in range(end + 2, min(b, end + 16)):
        if toks[k].text == ",":
            return k + 1
        if toks[k].text in SENTENCE_END:
            return None
    return None


def _according_source(ctx: _Ctx, src: tuple[int, int]) -> tuple[int, int] | None:
    """In "Aussagen eines Experten" / "der Meldung von Regnum", the source is the attachment."""
    doc = ctx.doc
    s, e = src
    head = next((k for k in range(s, e) if is_np_word(doc.toks[k])), None)
    if head is None:
        return src
    low = doc.toks[head].lower_
    if (
        low in ACCORDING_NOUNS
        or low
        in {
            "meldung",
            "erklärung",
            "mitteilung",
            "pressemitteilung",
            "stellungnahme",
            "bericht",
            "interview",
            "artikel",
        }
        or low in GENERIC_SOURCE_NOUNS
    ):
        for k in range(head + 1, e):
            if doc.toks[k].lower_ in {"des", "der", "eines", "einer"}:
                return (k, e)
            if doc.toks[k].lower_ in {"von", "vom"}:
                return (k + 1, e)
        if low in GENERIC_SOURCE_NOUNS or low in ACCORDING_NOUNS:
            return None
    return src

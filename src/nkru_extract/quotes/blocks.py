"""Stage 1 of the attributor: quotation blocks and sentence-like units over tokens.

The quotations paired by ``marks.find_quotations`` are mapped onto tokens as blocks and
classified (statement, inline partial quote, title); the text is then cut into sentence-like
units at sentence-final punctuation and line breaks, with statement quotations kept whole (a
quote may span several sentences).
"""

from __future__ import annotations

from itertools import compress

from nkru_extract.quotes.context import (
    _HEISST,
    _Block,
    _Ctx,
    _TextTest,
)
from nkru_extract.quotes.marks import find_quotations
from nkru_extract.quotes.rules_de import (
    QUOTE_MARKS,
    SENTENCE_END,
    TITLE_TRIGGERS,
)
from nkru_extract.text.phrases import (
    TDoc,
    is_cap,
    newline_between,
    next_token,
    prev_token,
)

# --------------------------------------------------------------------------------------------
# blocks and units over tokens
# --------------------------------------------------------------------------------------------
#: The last characters of a quotation that ends a sentence (its text right-stripped).
_SENTENCE_END_CHARS = (".", "!", "?", "…")
#: Texts with a letter or digit (a word of a quotation).
_HAS_ALNUM = _TextTest(lambda text: any(c.isalnum() for c in text))
#: Texts with a letter.
_HAS_ALPHA = _TextTest(lambda text: any(c.isalpha() for c in text))
#: Texts of the tokens that may end a unit (a superset: the walk tests each one exactly).
_UNIT_BREAK = _TextTest(
    lambda text: "\n" in text or text in SENTENCE_END or text.endswith(("?", "!"))
)


def _map_blocks(doc: TDoc) -> list[_Block]:
    blocks: list[_Block] = []
    for quotation in find_quotations(doc.text):
        # the token range of ``doc.char_span(*quotation.outer, alignment_mode="expand")``
        found = doc.token_range(*quotation.outer)
        if found is None:
            continue
        start, end = found
        words = sum(map(_HAS_ALNUM.__getitem__, doc.texts[start:end]))
        if blocks and start < blocks[-1].last:
            continue
        blocks.append(_Block(quotation, start, end, words))
    return blocks


def _classify_blocks(ctx: _Ctx) -> None:
    doc = ctx.doc
    for block in ctx.blocks:
        inner_text = doc.text[block.quotation.start : block.quotation.end].rstrip()
        # the words of the quotation, tested only until the first one that is not capitalised
        words = compress(
            doc.toks[block.first : block.last],
            map(_HAS_ALPHA.__getitem__, doc.texts[block.first : block.last]),
        )
        before = prev_token(doc, block.first)
        before2 = prev_token(doc, before.i) if before is not None else None
        after = next_token(doc, block.last)
        after2 = next_token(doc, after.i + 1) if after is not None else None
        triggers = {t.lower_ for t in (before, before2) if t is not None}
        n_words = 0  # counted to the end only when every word is capitalised
        all_caps = True
        for t in words:
            if not (
                t.text.lstrip("„‚“”‘’»«›‹\"'`")[:1].isupper()
                or t.lower_ in {"of", "the", "and", "de", "la", "für", "die"}
            ):
                all_caps = False
                break
            n_words += 1
        all_caps = all_caps and n_words > 0
        ends_sentence = inner_text.endswith(_SENTENCE_END_CHARS)
        colon = before is not None and before.text == ":"
        cue_after = (
            after is not None
            and after.text == ","
            and after2 is not None
            and (
                ctx.verbs.base_match(after2)
                or (after2.lower_ in _HEISST or after2.lower_ in {"so"})
                or ctx.verbs.needs_particle(after2)
            )
        )
        isolated = (
            before is None
            or before.text in SENTENCE_END
            or "\n" in before.text_with_ws
            or newline_between(doc, before.i, block.first)
        ) and (
            after is None or after.text in SENTENCE_END or newline_between(doc, block.last, after.i)
        )
        isolated_start = (
            before is None
            or before.text in SENTENCE_END
            or newline_between(doc, before.i, block.first)
        )
        block.title = bool(triggers & TITLE_TRIGGERS) or (
            all_caps and n_words <= 6 and not ends_sentence
        )
        if block.title and not colon:
            continue
        if (
            (ends_sentence and block.words >= 2)
            or (colon and block.words >= 2)
            # "antwortete der Minister: „Nein.“" (not "Das Motto: „Weiter!“")
            or (colon and ends_sentence and block.words == 1 and not triggers & TITLE_TRIGGERS)
            or (cue_after and (block.words >= 3 or (block.words >= 2 and isolated_start)))
            or (isolated and block.words >= 3)
        ):
            block.statement = True
            block.title = False


def _build_units(ctx: _Ctx) -> None:
    doc = ctx.doc
    statement_at = {b.first: b for b in ctx.blocks if b.statement}
    units: list[tuple[int, int]] = []
    paras: list[int] = []
    para = 0
    start = 0
    i = 0
    n = len(doc)

    toks = doc.toks

    def close(end: int) -> None:
        nonlocal start
        s, e = start, end
        while s < e and toks[s].is_space:
            s += 1
        while e > s and toks[e - 1].is_space:
            e -= 1
        if s < e:
            units.append((s, e))
            paras.append(para)
        start = end

    # the only tokens where the walk below does something: statement starts and unit breaks
    marks = sorted(statement_at.keys() | set(_UNIT_BREAK.positions(doc.texts)))
    for m in marks:
        if m < i:
            continue  # inside a statement quotation
        i = m
        tok = toks[i]
        if i in statement_at:
            block = statement_at[i]
            i = block.last
            nxt = next_token(doc, i)
            inner = doc.text[block.quotation.start : block.quotation.end].rstrip()
            if (
                inner.endswith(_SENTENCE_END_CHARS)
                and nxt is not None
                and nxt.text not in {",", "so", "sagte", "sagt"}
                and not newline_between(doc, i, nxt.i)
                and (is_cap(nxt) and not ctx.verbs.base_match(nxt))
            ):
                close(i)
            continue
        if tok.is_space and "\n" in tok.text:
            close(i)
            para += 1
            start = i + 1
        elif tok.text in SENTENCE_END or (tok.text.endswith(("?", "!")) and len(tok.text) > 1):
            nxt = next_token(doc, i + 1)
            if (
                nxt is None
                or tok.text != "."
                or is_cap(nxt)
                or nxt.text in QUOTE_MARKS
                or nxt.is_digit
            ):
                close(i + 1)
        i += 1
    close(n)
    ctx.units = units
    ctx.unit_para = paras

"""The proper-name part of a speaker noun phrase ("Igor Korotschenko" in "Oberst ... Igor K.").

``name_run`` finds, inside a noun phrase found by ``text.phrases.np_at``, the run of
capitalised name words that is not a common noun, preferring a multi-word name outside a
genitive or "von" attachment. ``quotes.speakers`` reads it to name a speaker without a PERSON
mention.
"""

from __future__ import annotations

from nkru_extract.text.phrases import (
    DETERMINERS,
    PhraseContext,
    is_cap,
    is_common_noun,
    is_modifier,
    is_np_word,
)


def name_run(ctx: PhraseContext, start: int, end: int) -> tuple[int, int] | None:
    """The proper-name part of a noun phrase ("Igor Korotschenko" in "Oberst ... Igor K.")."""
    doc = ctx.doc
    runs: list[tuple[int, int]] = []
    k = start
    while k < end:
        if (is_np_word(doc.toks[k]) and doc.toks[k].is_alpha) or (
            "-" in doc.toks[k].text and is_cap(doc.toks[k]) and not doc.toks[k].text[0].isdigit()
        ):
            s = k
            while k < end and (is_np_word(doc.toks[k]) and not doc.toks[k].text[0].isdigit()):
                k += 1
            runs.append((s, k))
        else:
            k += 1
    clean: list[tuple[int, int]] = []
    for s, e in runs:
        while s < e and is_common_noun(doc.toks[s]):
            s += 1
        if (
            e - s >= 3
            and s > 0
            and (doc.toks[s - 1].lower_ in DETERMINERS or is_modifier(doc.toks[s - 1]))
        ):
            s += 1  # "der Unternehmer Karl Brandt": the head noun, then the name
        if e - s >= 1 and not any(is_common_noun(doc.toks[x]) for x in range(s, e)):
            clean.append((s, e))
    if not clean:
        return None
    # prefer a multi-word name that is not inside a genitive or "von" attachment
    attached = {"des", "der", "eines", "einer", "von", "vom"}

    def rank(run: tuple[int, int]) -> tuple[int, int, int]:
        head_free = run[0] == start or doc[run[0] - 1].lower_ not in attached
        return (run[1] - run[0] >= 2, head_free, -run[0] if head_free else run[0])

    return max(clean, key=rank)

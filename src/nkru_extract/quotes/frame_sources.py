"""Source noun phrases inside frames: the attachment that names who speaks.

In "Angaben der Polizei", "der Meldung von Regnum" or "Aussagen eines Experten" the source is
the genitive or von-attachment of an information noun; "Polizeiangaben" carries it in the
compound; "der von der Hamas kontrollierten Behörde" hides the head behind a participle; a
relative clause after the source NP is no message. Pure token-range helpers used by ``cues``.
"""

from __future__ import annotations

from nkru_extract.quotes.context import _RELATIVE_PRONOUNS, _Ctx
from nkru_extract.quotes.frame_nouns import is_frame_noun
from nkru_extract.quotes.rules_de import ACCORDING_NOUNS, DETERMINERS, GENERIC_SOURCE_NOUNS
from nkru_extract.text.phrases import (
    CLAUSE_DELIMITERS,
    COMMON_NOUN_SUFFIXES,
    NOT_NP_WORDS,
    SENTENCE_END,
    Tok,
    initial_adjective,
    is_cap,
    is_modifier,
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
    head = next(
        (k for k in range(s, e) if is_np_word(doc.toks[k]) and not initial_adjective(doc, k)),
        None,
    )
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


#: Dative determiners that open the noun phrase of "X zufolge".
_DATIVE_OPENERS = frozenset({"dem", "der", "den", "einem", "einer", "einigen", "mehreren"})
#: Lower-case words inside a "X zufolge" phrase: attachments ("Einer Meldung von Xinhua").
_ATTACHMENT_WORDS = frozenset({"von", "vom", "des", "der", "eines", "einer", "den", "dem", "um"})


def _is_information_noun(tok: Tok) -> bool:
    """A noun naming a report or statement ("Angaben", "Zeitungsberichten", "Schätzungen")."""
    low = tok.lower_
    return is_cap(tok) and (
        low in ACCORDING_NOUNS or low in GENERIC_SOURCE_NOUNS or is_frame_noun(tok.text, True)
    )


def _is_adjective(ctx: _Ctx, i: int) -> bool:
    """An inflected attributive adjective ("neuesten"), not a verb form ("Sie entstammen").

    A modifier-like word right after a noun or pronoun is taken for the finite verb of a
    verb-second clause when the lemmatizer left it unchanged (it strips adjective endings).
    """
    toks = ctx.doc.toks
    tok = toks[i]
    if initial_adjective(ctx.doc, i):
        return True
    if not is_modifier(tok):
        return False
    if tok.lemma_.lower() != tok.lower_ or i == 0:
        return True
    prev = toks[i - 1]
    return not (is_cap(prev) or prev.lower_ in _SUBJECT_PRONOUNS)


#: Pronouns that can stand before the finite verb of a verb-second clause.
_SUBJECT_PRONOUNS = frozenset({"sie", "er", "es", "wir", "ich", "ihr", "man"})


def _zufolge_start(ctx: _Ctx, start: int | None, k: int, a: int) -> int | None:
    """The start of the source phrase of "X zufolge" (``zufolge`` at ``k``), or None.

    Corrects ``start`` (the longest noun phrase ending before ``zufolge``): an information noun
    heads the phrase, so a verb or another noun before it is cut ("entstammen
    Zeitungsberichten", "die Organisation Schätzungen"); adjectives and an information noun
    with a genitive after it are added ("offiziellen chinesischen Angaben", "Berichten
    verschiedener Medien"). Without ``start``, a dative phrase with attachments counts
    ("Einer Meldung von Xinhua", "Dem Sender al-Dschasira").
    """
    toks = ctx.doc.toks
    if start is None:
        return _dative_phrase_start(ctx, k, a)
    head = next((h for h in range(start, k) if _is_information_noun(toks[h])), None)
    if head is not None and head > start:
        s = head
        while s > start and (toks[s - 1].lower_ in DETERMINERS or _is_adjective(ctx, s - 1)):
            s -= 1
        if s > start and not all(
            toks[x].lower_ in DETERMINERS or _is_adjective(ctx, x) for x in range(start, s)
        ):
            start = s
    if toks[start].lower_ in DETERMINERS:
        return start
    if (
        start - 1 >= a
        and _is_information_noun(toks[start - 1])
        and (head is None or head > start)
        and (is_modifier(toks[start]) or toks[start].lower_ in {"des", "der", "eines", "einer"})
    ):
        start -= 1  # "Berichten verschiedener US-Medien"
    while start - 1 >= a and (
        _is_adjective(ctx, start - 1) or toks[start - 1].lower_ in _DATIVE_OPENERS
    ):
        start -= 1
        if toks[start].lower_ in DETERMINERS:
            break
    return start


def _is_lower_name(text: str) -> bool:
    """A name written lower-case with a hyphen or dot ("al-Dschasira", "heise.de")."""
    return text[0].islower() and ("-" in text or "." in text) and len(text) > 3


def _dative_phrase_start(ctx: _Ctx, k: int, a: int) -> int | None:
    """The leftmost dative determiner before ``k`` opening only a noun phrase up to ``k``."""
    toks = ctx.doc.toks
    best: int | None = None
    run_start = k
    for s in range(k - 1, max(a, k - 14) - 1, -1):
        tok = toks[s]
        if tok.text in CLAUSE_DELIMITERS or tok.text in SENTENCE_END:
            break
        inside = (
            is_cap(tok)
            or tok.like_num
            or tok.lower_ in DETERMINERS
            or tok.lower_ in _ATTACHMENT_WORDS
            or _is_adjective(ctx, s)
            or tok.text in {"(", ")"}
            or _is_lower_name(tok.text)
        )
        if not inside:
            break
        run_start = s
        if tok.lower_ in _DATIVE_OPENERS and any(is_cap(toks[x]) for x in range(s + 1, k)):
            best = s
    if run_start < k and _is_information_noun(toks[run_start]):
        return run_start  # "Ermittlungen der Polizei zufolge"
    return best


#: Relative pronouns after a frame preposition: "Gerüchte, nach denen ...", "laut dem".
_RELATIVE_AFTER_FRAME = frozenset({"denen", "dem", "der", "welchem", "welcher", "welchen"})
#: Nouns (lemmas) of claims that can be the antecedent of "nach denen", besides report nouns.
_CLAIM_LEMMAS = frozenset({"gerücht", "spekulation", "behauptung", "vorwurf", "version", "plan"})


def _relative_frame_source(ctx: _Ctx, k: int, a: int) -> bool:
    """Whether "nach/laut" at ``k`` opens a relative frame after a report noun.

    "Es gibt Gerüchte, nach denen ...", "Studien der Klinik, nach denen ...", "ein Gutachten,
    laut dem ...": the comma, a report or claim noun before it, the relative pronoun after.
    """
    toks = ctx.doc.toks
    if k - 2 < a or toks[k - 1].text != "," or toks[k + 1].lower_ not in _RELATIVE_AFTER_FRAME:
        return False
    antecedent = next((x for x in range(k - 2, max(a, k - 6) - 1, -1) if is_cap(toks[x])), None)
    if antecedent is None:
        return False
    tok = toks[antecedent]
    return _is_information_noun(tok) or tok.lemma_.lower() in _CLAIM_LEMMAS

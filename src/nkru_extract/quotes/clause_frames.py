"""Frames inside the clause of a speech verb: "laut X" there, a speaking document, hedges.

``_laut_in_clause`` finds "laut/gemäß X" in the verb's own clause ("Laut CNN hat der Minister
verkündet, ..."): X is then the source mention and outlet. ``_document_in_clause`` finds the
report that speaks in a subjectless passive clause ("In der Mitteilung wird gefordert, ...").
``_is_hedge`` tells "genauer gesagt" and "offen gesagt, ..." from a speech act.
``_relative_frame`` reads "Gerüchte, nach denen ..."; ``_statement_lautet`` accepts a statement
noun before "lautet(e):" ("Das Fazit des Berichts lautete: ..."). ``_no_speech_use`` rejects a
speech verb used for naming, a bracketed cross-reference or the adjective "bekannt";
``_after_finding`` tells whether a "Danach" may rest on a document named just before.
"""

from __future__ import annotations

from bisect import bisect_right

from nkru_extract.quotes.context import _RELATIVE_PRONOUNS, _Attribution, _Ctx
from nkru_extract.quotes.frame_nouns import is_frame_noun
from nkru_extract.quotes.frame_sources import (
    _is_information_noun,
    _is_lower_name,
    _relative_frame_source,
    _zufolge_start,
)
from nkru_extract.quotes.ranges import _message_range
from nkru_extract.quotes.rules_de import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    HEDGE_ADVERBS,
    PASSIVE_AUXILIARIES,
    SENTENCE_END,
    SOURCE_POSTPOSITIONS,
    SOURCE_PREPOSITIONS,
    STATEMENT_NOUNS,
)
from nkru_extract.text.phrases import CLAUSE_DELIMITERS, is_cap, is_modifier, np_at, np_ending_at


def _clause_around(ctx: _Ctx, v: int, a: int, b: int) -> tuple[int, int]:
    """The token range of the clause of verb ``v`` inside unit ``a:b`` (between delimiters)."""
    toks = ctx.doc.toks
    cs = v
    while cs > a and toks[cs - 1].text not in CLAUSE_DELIMITERS:
        cs -= 1
    ce = v + 1
    while ce < b and toks[ce].text not in CLAUSE_DELIMITERS:
        ce += 1
    return cs, ce


def _laut_in_clause(
    ctx: _Ctx, v: int, a: int, b: int, subject: tuple[int, int]
) -> tuple[int, int] | None:
    """The X of a "laut X" / "gemäß X" in the clause of verb ``v`` (not the subject), or None."""
    toks = ctx.doc.toks
    cs, ce = _clause_around(ctx, v, a, b)
    for j in range(cs, ce - 1):
        if toks[j].lower_ not in SOURCE_PREPOSITIONS or j in ctx.block_at:
            continue
        if subject[0] <= j < subject[1] or toks[j + 1].lower_ in _RELATIVE_PRONOUNS:
            continue
        end = np_at(ctx, j + 1, ce)
        if end is None and _is_lower_name(toks[j + 1].text):
            end = j + 2  # "laut faz.net"
        if end is not None and (end <= subject[0] or j >= subject[1]):
            return (j + 1, end)
    for z in range(cs + 1, ce):
        # "sagte die Kanzlerin einigen Teilnehmern zufolge: ..."
        if toks[z].lower_ not in SOURCE_POSTPOSITIONS or z in ctx.block_at:
            continue
        start = _zufolge_start(ctx, np_ending_at(ctx, z, cs), z, cs)
        if start is not None and (z <= subject[0] or start >= subject[1]):
            return (start, z)
    return None


#: Auxiliaries of the passive voice ("wird gefordert", "war festgestellt worden").
def _document_in_clause(ctx: _Ctx, v: int, a: int, b: int) -> tuple[int, int] | None:
    """The X of "in/im X" in the clause of a subjectless verb ``v`` when X is a report.

    "In einem Positionspapier des Verbandes wird verlangt, dass ...", "Im Jahresbericht
    wird kritisiert, dass ...": the report noun phrase (with its genitive) is the source.
    """
    toks = ctx.doc.toks
    cs, ce = _clause_around(ctx, v, a, b)
    if not any(toks[x].lower_ in PASSIVE_AUXILIARIES for x in range(cs, ce)):
        return None
    for j in range(cs, v):
        if toks[j].lower_ not in {"in", "im"} or j in ctx.block_at:
            continue
        end = np_at(ctx, j + 1, v)
        if end is None:
            continue
        head = next(
            (x for x in range(j + 1, end) if is_cap(toks[x]) and not is_modifier(toks[x])), None
        )
        if head is not None and (
            _is_information_noun(toks[head]) or toks[head].lower_ in DOCUMENT_NOUNS
        ):
            return (j + 1, end)
    return None


def _is_hedge(ctx: _Ctx, v: int, a: int, b: int) -> bool:
    """Whether the cue at ``v`` is a hedge like "genauer gesagt", "kurz gesagt" (no speech act).

    "gesagt" after a hedging adverb is a parenthetical when the adverb opens the clause
    ("Offen gesagt, ...") or when a word other than a clause link follows ("..., genauer gesagt
    seines Handys"); "hat offen gesagt, dass ..." stays a speech verb.
    """
    toks = ctx.doc.toks
    if toks[v].lower_ != "gesagt" or v - 1 < a or toks[v - 1].lower_ not in HEDGE_ADVERBS:
        return False
    w = v - 1
    opens = w == a or toks[w - 1].text in CLAUSE_DELIMITERS or toks[w - 1].text in SENTENCE_END
    nxt = toks[v + 1] if v + 1 < b else None
    linked = nxt is None or nxt.is_punct or nxt.lower_ in {"dass", "daß", "ob", "wie"}
    return opens or not linked


def _passive_agent(ctx: _Ctx, v: int, a: int, b: int) -> tuple[int, int] | None:
    """The X of "von X" / "seitens X" in the passive clause of a subjectless verb ``v``.

    "Von der Opposition wurde der Besuch als unangemessen kritisiert", "Die Pläne wurden von
    Fachleuten als unrealistisch bezeichnet": the agent is the source. A "von" attached to a
    noun ("Die Forderungen von X wurden ...") is no agent.
    """
    toks = ctx.doc.toks
    cs, ce = _clause_around(ctx, v, a, b)
    if not any(toks[x].lower_ in PASSIVE_AUXILIARIES for x in range(cs, ce)):
        return None
    for j in range(cs, v):
        if toks[j].lower_ not in {"von", "vom", "seitens"} or j in ctx.block_at:
            continue
        if j > cs and is_cap(toks[j - 1]) and not is_modifier(toks[j - 1]):
            continue  # "die Forderungen von X": an attribute
        end = np_at(ctx, j + 1, v)
        if end is None or toks[j + 1].like_num:
            continue
        if any(toks[x].lower_ in PASSIVE_AUXILIARIES for x in range(cs, j)) or j == cs:
            return (j + 1, end)
    return None


def _relative_frame(
    ctx: _Ctx, k: int, a: int, b: int
) -> tuple[_Attribution, list[tuple[int, int]], str] | None:
    """ "..., nach denen X" after a report noun: source the pronoun, message its clause."""
    if k + 2 >= b or not _relative_frame_source(ctx, k, a):
        return None
    toks = ctx.doc.toks
    end = k + 2
    while end < b and toks[end].text not in CLAUSE_DELIMITERS:
        end += 1
    parts = _message_range(ctx, k + 2, end)
    if not parts:
        return None
    att = _Attribution(None, (k + 1, k + 2), (k, k + 1), toks[k].text)
    return att, parts, "reported"


#: Forms of "lauten" that introduce a quotation ("Das Fazit lautete: „…“").
_LAUTET = frozenset({"lautet", "lautete", "lauten", "lauteten"})


def _statement_lautet(ctx: _Ctx, subject: tuple[int, int]) -> bool:
    """Whether the subject of "lautet(e):" is headed by a statement noun ("Das Fazit")."""
    toks = ctx.doc.toks
    head = next(
        (
            x
            for x in range(subject[0], subject[1])
            if is_cap(toks[x]) and toks[x].lower_ not in DETERMINERS
        ),
        None,
    )
    return head is not None and (
        toks[head].lower_ in STATEMENT_NOUNS or is_frame_noun(toks[head].text, True)
    )


#: Auxiliaries that make "genannt" a passive or perfect verb rather than "named".
_GENANNT_AUX = frozenset(
    {"wird", "wurde", "werden", "wurden", "worden", "hat", "hatte", "haben", "hatten"}
)


#: Finite forms of "sein" as a copula ("ist bekannt").
_COPULA_FORMS = frozenset({"ist", "war", "sind", "waren", "sei", "seien", "wäre", "wären"})


#: Subordinators of temporal and causal clauses in which "bemerken" means "notice".
_NOTICE_SUBORDINATORS = frozenset({"als", "nachdem", "sobald", "bevor", "weil", "da", "wenn"})
#: Lemmas of expectation in comparative "wie erwartet" ("as expected").
_EXPECTATION_LEMMAS = frozenset(
    {"erwarten", "annehmen", "befürchten", "vermuten", "erhoffen", "planen", "ankündigen"}
)
#: Personal pronouns that give a "wie" clause a speaker ("wie sie erwartet hatte").
_PERSONAL = frozenset({"er", "sie", "wir", "ich", "ihr"})

#: Forms of "werden" ("war bekannt geworden, dass": became known, a report).
_WERDEN_FORMS = frozenset({"geworden", "wurde", "wurden", "wird", "werden", "worden"})


def _no_speech_use(ctx: _Ctx, i: int, s: int, e: int, lemma: str) -> bool:
    """Whether the verb at ``i`` (segment ``[s, e)``) names or cross-refers, reporting nothing.

    Naming with "nennen": "auch „Turbo“ genannt", "wie sie genannt wurde", "nennt sich",
    "nennt man"; a bracketed cross-reference "(die Zeitung berichtete)"; the adjective
    "bekannt" after a copula ("ist noch nicht bekannt").
    """
    toks = ctx.doc.toks
    nxt = toks[i + 1].lower_ if i + 1 < len(toks) else ""
    if nxt == ")" and any(toks[k].text == "(" for k in range(max(0, i - 5), i)):
        return True
    if lemma == "bemerken" and toks[s].lower_ in _NOTICE_SUBORDINATORS:
        return True  # "Als die Fahrerin den Rauch bemerkte, ...": noticed, no remark
    if (
        toks[s].lower_ == "wie"
        and lemma in _EXPECTATION_LEMMAS
        and not any(is_cap(toks[k]) or toks[k].lower_ in _PERSONAL for k in range(s + 1, i))
    ):
        return True  # "wie erwartet", "wie man befürchtet hatte": a comparison, no source
    if toks[i].lower_ == "bekannt":
        # "Die Ursache ist nicht bekannt", "war bekannt für": the adjective (known), not
        # "bekennen" or "wurde bekannt, dass"
        words = {toks[k].lower_ for k in range(s, e)}
        return nxt == "für" or (
            not words.isdisjoint(_COPULA_FORMS) and words.isdisjoint(_WERDEN_FORMS)
        )
    if lemma != "nennen":
        return False
    if nxt in {"sich", "man"} or toks[s].lower_ == "wie":
        return True
    return toks[i].lower_ == "genannt" and not any(
        toks[k].lower_ in _GENANNT_AUX for k in range(s, e)
    )


#: Endings of nouns naming a published finding a "Danach" clause can rest on.
_RESULT_ENDINGS = ("zahlen", "studie", "umfrage", "ergebnis", "ergebnisse", "act", "bilanz")


def _after_finding(ctx: _Ctx, a: int) -> bool:
    """Whether the unit before the one starting at ``a`` names a document or finding
    ("Die Bank legte ihre Quartalszahlen vor.", "Eine neue Studie erschien.")."""
    ui = bisect_right(ctx.unit_starts, a) - 1
    if ui <= 0:
        return False
    toks = ctx.doc.toks
    s, e = ctx.units[ui - 1]
    return any(
        is_cap(toks[k])
        and (is_frame_noun(toks[k].text, True) or toks[k].lower_.endswith(_RESULT_ENDINGS))
        for k in range(s, e)
    )

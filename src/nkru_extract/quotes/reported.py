"""Stage 3c of the attributor: reported speech without a content clause.

A speech act reported in the speaker's clause itself ("Die EU forderte eine Untersuchung",
"Der Minister wies die Vorwürfe zurück") has the subject of the speech verb as its source and
the whole clause as its message. A reportative "soll ... haben" clause ("Er soll ... gesagt
haben") is reported speech without a named source.
"""

from __future__ import annotations

from nkru_extract.quotes.context import _Attribution, _Ctx
from nkru_extract.quotes.cues import _attribution_for_verb, _message_range
from nkru_extract.quotes.lexicon import load_speech_acts
from nkru_extract.quotes.rules_de import PERFECT_AUXILIARIES, REPORTATIVE_MODALS
from nkru_extract.text.phrases import NP_STOP_WORDS

_Result = tuple[_Attribution, list[tuple[int, int]], str]

#: Cue lemmas that do not report a speech act on their own (thought, knowledge, emotion).
_NOT_SPEECH_ACTS = frozenset(
    {
        "wissen",
        "glauben",
        "denken",
        "hoffen",
        "erwarten",
        "fürchten",
        "befürchten",
        "annehmen",
        "vermuten",
        "schätzen",
        "überzeugen",
        "erinnern",
        "begrüßen",
        "bedauern",
        "zweifeln",
        "bezweifeln",
        "meinen",
        "finden",
        "fortfahren",
        "beurteilen",
        "einschätzen",
        "nennen",
        "bezeichnen",
        "loben",
        "informieren",
        "fragen",
        "bitten",
        "eröffnen",
        "melden",
    }
)


#: Finite auxiliaries and modals of an active clause whose speech verb closes the clause.
_FINITE_ACTIVE = frozenset(
    {"hat", "hatte", "haben", "hatten", "will", "wollte", "wollen", "wollten", "möchte"}
)
_PASSIVE_AUXILIARIES = frozenset({"worden", "wurde", "wurden", "wird", "werden"})


def _speech_act_report(
    ctx: _Ctx, v: int, cue: tuple[int, int], lemma: str, s: int, a: int, b: int
) -> _Result | None:
    """The unit ``[a, b)`` as a speech act of the subject of the cue verb at ``v``, or None."""
    doc = ctx.doc
    marker = load_speech_acts().get(lemma)
    if marker is not None and marker != "-":
        if not any(doc.toks[x].lower_ == marker for x in range(a, b) if x != v):
            return None  # "bezeichnete ... als", "bittet um", "begründete ... mit"
    elif lemma in _NOT_SPEECH_ACTS and marker is None:
        return None
    if (
        (doc.toks[s].lower_ in NP_STOP_WORDS and v <= s + 1)
        or any(doc.toks[x].lower_ in REPORTATIVE_MODALS for x in range(a, b))
        or b - a < 4
    ):
        return None
    att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
    if s == a and att is not None and att.speaker_span is not None and v > a:
        # a verb after a comma: only with the subject (and its apposition) before it,
        # "Die Partei, die Union, forderte ..."
        segs_before = any(doc.toks[x].text == "," for x in range(a, v))
        if segs_before and att.speaker_span[0] < v and att.speaker_span not in {(a, v), (a, v - 1)}:
            return None
    # passive in the speech act's own clause (not in a relative clause after it)
    clause_end = next((x for x in range(v, b) if doc.toks[x].text == ","), b)
    passive = any(doc.toks[x].lower_ in _PASSIVE_AUXILIARIES for x in range(a, clause_end))
    if (
        att is not None
        and att.speaker_span is not None
        and not passive
        and (
            att.speaker_span[1] == v
            or (att.speaker_span[1] == v - 1 and doc.toks[v - 1].text == ",")
            or att.speaker_span[0] in (v + 1, v + 2)
            # perfect or modal: "Die Partei hatte ... gefordert"
            or (att.speaker_span[1] < v and doc.toks[att.speaker_span[1]].lower_ in _FINITE_ACTIVE)
        )
        # "Eine Stellungnahme lehnte das Ministerium ab": an object in the prefield
        and not (
            att.speaker_span[1] == v
            and doc.toks[att.speaker_span[0]].lower_ in {"ein", "eine", "einen"}
            and v + 1 < b
            and doc.toks[v + 1].lower_ in {"der", "die", "das"}
        )
    ):
        return att, _message_range(ctx, a, b), "reported"
    return None


def _reportative(ctx: _Ctx, segs: list[tuple[int, int, str]], b: int) -> _Result | None:
    """Reportative "soll ... haben/sein", "sollen ... worden sein": reported, no source."""
    for s, e, _ in segs:
        words = [t for t in ctx.doc.toks[s:e] if t.is_alpha]
        if (
            len(words) >= 3
            and any(w.lower_ in REPORTATIVE_MODALS for w in words[:4])
            and words[-1].lower_ in PERFECT_AUXILIARIES
        ):
            return _Attribution(None, None, None, None), _message_range(ctx, s, b), "reported"
    return None

"""Stage 3c of the attributor: reported speech without a content clause.

A speech act reported in the speaker's clause itself ("Die EU forderte eine Untersuchung",
"Der Minister wies die Vorwürfe zurück") has the subject of the speech verb as its source and
the whole clause as its message. A reportative "soll ... haben" clause ("Er soll ... gesagt
haben") is reported speech without a named source.
"""

from __future__ import annotations

from nkru_extract.quotes.context import _RELATIVE_PRONOUNS, _Attribution, _Ctx
from nkru_extract.quotes.cues import (
    _ORG_HEAD_RE,
    _attribution_for_verb,
)
from nkru_extract.quotes.lexicon import load_speech_acts
from nkru_extract.quotes.prefield import (
    _ABSTRACT_ENDINGS,
    _INSTITUTION_ENDINGS,
    _prefield_pp_chain,
    _skip_adverbs,
)
from nkru_extract.quotes.ranges import _message_range
from nkru_extract.quotes.rules_de import (
    DETERMINERS,
    PASSIVE_AUXILIARIES,
    PERFECT_AUXILIARIES,
    REPORTATIVE_MODALS,
    SEPARABLE_PARTICLES,
)
from nkru_extract.quotes.speakers import _resolve, _role_base
from nkru_extract.text.phrases import NP_STOP_WORDS, is_cap, is_role_word, np_at

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
        # perception, decision and performative acts, no statements: "bemerkte die Probleme",
        # "stellte Mängel fest", "stellt eine Zäsur dar", "rief den Notstand aus", "ruft ein
        # Produkt zurück", "entschied sich für"
        "bemerken",
        "feststellen",
        "darstellen",
        "ausrufen",
        "rufen",
        "entscheiden",
        "beschließen",
        # "hielt an dem Plan fest", "ging auf die Frage ein": holding to, dealing with
        "festhalten",
        "eingehen",
    }
)

#: Objects of "fordern" that make it "claim lives", no demand ("Das Beben forderte 90 Tote").
_CASUALTY_WORDS = frozenset(
    {"menschenleben", "todesopfer", "tote", "toten", "opfer", "leben", "verletzte", "verletzten"}
)


#: Finite auxiliaries and modals of an active clause whose speech verb closes the clause.
_FINITE_ACTIVE = frozenset(
    {"hat", "hatte", "haben", "hatten", "will", "wollte", "wollen", "wollten", "möchte"}
)


def _speech_act_report(
    ctx: _Ctx, v: int, cue: tuple[int, int], lemma: str, s: int, a: int, b: int
) -> _Result | None:
    """The unit ``[a, b)`` as a speech act of the subject of the cue verb at ``v``, or None."""
    doc = ctx.doc
    marker = load_speech_acts().get(lemma)
    if marker is not None and marker != "-":
        if not any(doc.toks[x].lower_ == marker for x in range(a, b) if x != v) and not (
            lemma == "nennen" and _double_accusative(ctx, v, b)
        ):
            return None  # "bezeichnete ... als", "bittet um", "begründete ... mit"
    elif lemma in _NOT_SPEECH_ACTS and marker is None:
        return None
    if _not_speech_use(ctx, lemma, v, a, b):
        return None
    if (
        (doc.toks[s].lower_ in NP_STOP_WORDS and v <= s + 1)
        or any(doc.toks[x].lower_ in REPORTATIVE_MODALS for x in range(a, b))
        or b - a < 4
    ):
        return None
    att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
    clause_end = next((x for x in range(v, b) if doc.toks[x].text == ","), b)
    passive = any(doc.toks[x].lower_ in PASSIVE_AUXILIARIES for x in range(a, clause_end))
    other = _other_subject(ctx, v, a, b, marker, passive, att)
    if other is not None:
        start, subject = other
        found = _resolve(ctx, subject[0], subject[1], doc.toks[v])
        if found is None or (found.speaker is None and found.speaker_span is None):
            return None
        found.cue_span, found.cue = cue, doc[cue[0] : cue[1]].text
        return found, _message_range(ctx, start, b), "reported"
    if s == a and att is not None and att.speaker_span is not None and v > a:
        # a verb after a comma: only with the subject (and its apposition) before it,
        # "Die Partei, die Union, forderte ..."
        segs_before = any(doc.toks[x].text == "," for x in range(a, v))
        if segs_before and att.speaker_span[0] < v and att.speaker_span not in {(a, v), (a, v - 1)}:
            return None
    # passive in the speech act's own clause (not in a relative clause after it): see above
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
        # "Die Ausrichtung der Kampagne stellt ... dar": an abstract subject does not speak
        and not _abstract_head(ctx, *att.speaker_span)
    ):
        return att, _message_range(ctx, a, b), "reported"
    return None


def _not_speech_use(ctx: _Ctx, lemma: str, v: int, a: int, b: int) -> bool:
    """Whether the speech verb at ``v`` is used in a sense that reports no statement.

    "Das Unglück forderte 40 Todesopfer" (claimed lives), "Das Gericht verurteilte ihn zu
    einer Geldstrafe" (sentenced), "Die Ermittler haben mit der Nachbarin gesprochen" (talked
    to someone; unlike "sprach mit Reportern über die Pläne"), "Der Minister äußerte sich
    nicht zu dem Fall" (commented, no content).
    """
    toks = ctx.doc.toks
    words = {toks[x].lower_ for x in range(a, b) if x != v}
    if lemma == "fordern":
        return not words.isdisjoint(_CASUALTY_WORDS)
    if lemma == "verurteilen":
        return not words.isdisjoint({"zu", "zur", "zum", "wegen"})
    if lemma in {"melden", "versprechen"} and "sich" in words:
        return True  # "wollte sich wieder melden" (get in touch), "verspricht sich" (expects)
    if lemma == "äußern":
        return "sich" in words  # "äußerte sich nicht zu dem Fall": that one spoke, not what
    if lemma == "sprechen":
        # "Die Zahlen sprechen für den Kandidaten": evidence, no speaker
        if "für" in words and "sich" not in words and words.isdisjoint({"von", "vom", "über"}):
            return True
        return "mit" in words and words.isdisjoint({"von", "vom", "über"})
    return False


def _double_accusative(ctx: _Ctx, v: int, b: int) -> bool:
    """Whether verb ``v`` has an object and an indefinite predicate noun after it.

    "nannte den Kompromiss einen Sieg der Vernunft": naming without "als".
    """
    toks = ctx.doc.toks
    j = _skip_adverbs(ctx, v + 1, b)
    if j >= b or toks[j].lower_ not in {"den", "die", "das", "diesen", "diese", "dieses"}:
        return False
    end = np_at(ctx, j, b, apposition=False)
    if end is None:
        return False
    end = _skip_adverbs(ctx, end, b)
    return end < b and toks[end].lower_ in {"einen", "eine", "ein"}


def _other_subject(
    ctx: _Ctx,
    v: int,
    a: int,
    b: int,
    marker: str | None,
    passive: bool,
    att: _Attribution | None,
) -> tuple[int, tuple[int, int]] | None:
    """The speaker of speech act ``v`` where the plain subject rule picks the wrong phrase.

    Returns (message start, speaker token range) for: a passive with a "von" agent before the
    predicate ("Der Neubau wurde vom Stadtrat als Verschwendung kritisiert"); an abstract
    object in the prefield ("Eine Erhöhung bezeichnete die Ministerin als unvermeidlich"); a
    speaking prefield before a finite auxiliary ("Ein Gericht in Köln hat die Strafe
    bestätigt"); a second main clause after a comma ("..., der Bürgermeister spricht von einem
    friedlichen Tag"). The
    speaker must be able to speak: a person, a role, an institution or "er"/"sie".
    """
    doc = ctx.doc
    toks = doc.toks
    if passive:
        agent = _von_agent(ctx, v, a, marker)
        return (a, agent) if agent is not None else None
    prefield = _apposed_prefield(ctx, v, a)
    if prefield is not None and (
        att is None
        or att.speaker_span is None
        or att.speaker_span[0] > v
        # the subject stopped before a relative clause: "X, eine der Y, die ..., kritisierte"
        or (
            att.speaker_span[0] == a
            and att.speaker_span[1] < v - 2
            and toks[att.speaker_span[1]].text == ","
            and toks[att.speaker_span[1] + 1].lower_ in _RELATIVE_PRONOUNS
        )
    ):
        return a, prefield
    if att is None or att.speaker_span is None:
        return None
    sp = att.speaker_span
    if sp == (a, v) and toks[a].lower_ in DETERMINERS and _abstract_head(ctx, a, v):
        j = _skip_adverbs(ctx, v + 1, b)
        end = np_at(ctx, j, b) if j < b else None
        if end is not None and _agentive(ctx, j, end):
            return a, (j, end)
    aux = next((x for x in range(a + 1, sp[0]) if toks[x].lower_ in _FINITE_ACTIVE), None)
    if aux is not None and sp[0] == aux + 1 and toks[a].lower_ not in _OBLIQUE:
        end = _prefield_pp_chain(ctx, np_at(ctx, a, aux), aux)
        if end == aux and _agentive(ctx, a, end):
            return a, (a, end)
    start = sp[0]
    if (
        start > a + 3
        and sp[1] == v
        and toks[start - 1].text == ","
        and (is_cap(toks[start]) or toks[start].lower_ in DETERMINERS)
        and _agentive(ctx, *sp)
        and not any(toks[x].text == "," for x in range(a, start - 1))
        and any(
            t.is_alpha and t.text.islower() and t.lower_ not in NP_STOP_WORDS
            for t in toks[a : start - 1]
        )
    ):
        return start, sp
    return None


def _apposed_prefield(ctx: _Ctx, v: int, a: int) -> tuple[int, int] | None:
    """The subject "X, apposition or relative clause," before verb ``v`` right after a comma.

    "Anna Berg, eine der Ärztinnen, die den Aufruf unterzeichnet hatten, kritisierte die
    Pläne": the
    first comma segment is a speaking noun phrase and everything up to the comma before the
    verb belongs to it, so the noun phrase after the verb is its object, not the speaker.
    """
    toks = ctx.doc.toks
    if v < a + 3 or toks[v - 1].text != "," or toks[a].lower_ in _OBLIQUE:
        return None
    comma = next((x for x in range(a, v) if toks[x].text == ","), v)
    end = _prefield_pp_chain(ctx, np_at(ctx, a, comma), comma)
    if end != comma or comma >= v - 1 or not _agentive(ctx, a, end):
        return None
    return (a, v - 1)


#: Articles that never open a subject.
_OBLIQUE = frozenset({"den", "dem", "einen", "einem", "diesen", "diesem", "ihren", "ihrem"})


def _von_agent(ctx: _Ctx, v: int, a: int, marker: str | None) -> tuple[int, int] | None:
    """The agent of a passive speech act: "von X" right before the predicate or the verb."""
    toks = ctx.doc.toks
    for k in range(a, v - 1):
        if toks[k].lower_ not in {"von", "vom"}:
            continue
        end = np_at(ctx, k + 1, v, apposition=False)
        if end is None:
            continue
        nxt = _skip_adverbs(ctx, end, v)
        if (
            nxt != v
            and toks[nxt].lower_ not in {"als", "für", marker or "als"}
            # "Vom Stadtrat wurde der Neubau ... kritisiert": the agent opens the clause
            and not (k == a and toks[nxt].lower_ in PASSIVE_AUXILIARIES)
        ):
            continue
        if nxt != v and toks[nxt].lower_ in SEPARABLE_PARTICLES:
            continue
        if _agentive(ctx, k + 1, end):
            return (k + 1, end)
    return None


def _head(ctx: _Ctx, s: int, e: int) -> int | None:
    """The first capitalised noun of the noun phrase ``[s, e)`` (its head before attributes)."""
    toks = ctx.doc.toks
    return next(
        (x for x in range(s, e) if is_cap(toks[x]) and toks[x].lower_ not in DETERMINERS), None
    )


def _abstract_head(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is headed by a non-speaking abstract noun ("Eine Erhöhung")."""
    h = _head(ctx, s, e)
    if h is None or any(ctx.person_at(x) for x in range(s, e)):
        return False
    tok = ctx.doc.toks[h]
    words = {tok.lower_, (tok.lemma_ or tok.text).lower()}
    return (
        not is_role_word(tok)
        and any(w.endswith(_ABSTRACT_ENDINGS) for w in words)
        and not any(w.endswith(_INSTITUTION_ENDINGS) for w in words)
    )


def _agentive(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether ``[s, e)`` can speak: a person, a role, an institution, or "er"/"sie"."""
    toks = ctx.doc.toks
    if e - s == 1 and toks[s].lower_ in {"er", "sie"}:
        return True
    if any(ctx.person_at(x) for x in range(s, e)):
        return True
    h = _head(ctx, s, e)
    if h is None:
        return False
    low = toks[h].lower_
    return (
        is_role_word(toks[h])
        or _role_base(low) is not None
        or _ORG_HEAD_RE.search(low) is not None
        or low.endswith(_INSTITUTION_ENDINGS)
    )


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

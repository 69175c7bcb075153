"""Stage 3b of the attributor: indirect speech with a frame.

``_indirect`` finds a speech verb or frame with a content clause in a unit ("X sagte, dass ...",
"X sagte, er werde ...", "..., sagte X.", "Wie X mitteilte, ..."), falling back to a reported
speech act (``reported``) when no clause follows; ``_place_indirect`` records anaphoric frames
("Das sagte X.") on the unit before. Frameless continuation is in ``quotes.continuation``.
"""

from __future__ import annotations

from nkru_extract.quotes.clause_frames import _after_finding
from nkru_extract.quotes.context import (
    _HEISST,
    _RELATIVE_PRONOUNS,
    _SUBORDINATORS,
    _Attribution,
    _char_range,
    _Ctx,
    _Found,
    _found_in_unit,
    _has_source,
    _is_verbish,
    _is_verbish_free,
)
from nkru_extract.quotes.cues import (
    _attribution_for_verb,
    _berufung_at,
    _find_cues,
    _frame_attribution,
    _has_konjunktiv,
    _parsed_message,
    _segments,
)
from nkru_extract.quotes.lexicon import load_speech_acts
from nkru_extract.quotes.ranges import _message_range, _minus
from nkru_extract.quotes.reported import (
    _NOT_SPEECH_ACTS,
    _apposed_prefield,
    _reportative,
    _speech_act_report,
)
from nkru_extract.quotes.rules_de import (
    COMPLEMENTISERS,
    DETERMINERS,
    NON_SPEAKER_PRONOUNS,
    NP_STOP_WORDS,
    PERSON_PRONOUNS,
    SENTENCE_END,
    SEPARABLE_PARTICLES,
    SKIPPABLE_ADVERBS,
)
from nkru_extract.quotes.speakers import (
    _resolve,
)
from nkru_extract.text.phrases import (
    CLAUSE_DELIMITERS,
    FINITE_AUX,
    PP_TAIL_PREPOSITIONS,
    is_cap,
    is_modifier,
    np_at,
    pp_tail,
)

#: Pronominal adverbs announcing a dass-clause ("geht davon aus, dass", "ärgerte sich darüber").
_CORRELATES = frozenset({"davon", "darüber", "daran", "darauf", "dafür", "damit"})


#: Adverbs referring back to a source named before ("Demnach wird ...").
_ANAPHORIC_SOURCE_ADVERBS = frozenset({"demnach", "demzufolge", "danach"})


_ANAPHORIC_PREFIELD = frozenset({"das", "dies"})


def _indirect(
    ctx: _Ctx,
    a: int,
    b: int,
    report_speech_acts: bool = True,
    previous: _Attribution | None = None,
) -> tuple[_Attribution, list[tuple[int, int]], str] | None:
    """Indirect or reported speech in the unit ``[a, b)`` (no statement quotations inside)."""
    doc = ctx.doc
    segs = _segments(ctx, a, b)
    framed = _frame_attribution(ctx, a, b)
    if (
        framed is not None
        and framed[0].speaker is not None
        and framed[0].cue_span is not None
        and len(segs) > 1
        and framed[0].cue_span[0] >= segs[-1][0]
        and not any(v >= segs[-1][0] for v, _c, _l in _find_cues(ctx, a, b))
    ):
        return framed
    fallback: tuple[_Attribution, list[tuple[int, int]], str] | None = None
    report: tuple[_Attribution, list[tuple[int, int]], str] | None = None
    report_candidates: list[tuple[int, tuple[int, int], str, int, int]] = []
    for v, cue, lemma in _find_cues(ctx, a, b):
        if _in_relative_clause(ctx, v, segs):
            continue
        k = next((idx for idx, (s, e, _) in enumerate(segs) if s <= v < e), None)
        if k is None:
            continue
        s, e, delim = segs[k]
        first_words = [i for i in range(s, e) if not doc.toks[i].is_punct][:2]
        # a reported speech act in the main clause: "Die EU forderte eine Untersuchung, weil ..."
        # checked at the end (only when no clause is found): "Die EU forderte ..., weil ..."
        report_candidates.append((v, cue, lemma, k, s))
        # "Wie X, der ..., sagte, ..." (the wie clause spans commas)
        if doc.toks[a].lower_ == "wie" and delim == "," and v == e - 1 and k + 1 < len(segs):
            end = np_at(ctx, a + 1, v)
            if end is not None and _berufung_at(ctx, end, v):
                # "Wie X unter Berufung auf Y berichtet": source Y, outlet X
                att = _attribution_for_verb(ctx, v, cue, lemma, a, e)
            elif end is not None:
                att = _resolve(ctx, a + 1, end, doc.toks[v])
            if end is not None and att is not None:
                att.cue_span, att.cue = cue, doc.toks[v].text
                parts = _message_range(ctx, segs[k + 1][0], b)
                if parts:
                    return att, parts, "indirect"
        # "..., wie X, Chef der Firma Y, mitteilte."
        if (
            v == s
            and k > 0
            and (v + 1 >= b or doc.toks[v + 1].text in CLAUSE_DELIMITERS | SENTENCE_END)
        ):
            w = next(
                (
                    segs[x][0]
                    for x in range(k - 1, max(-1, k - 4), -1)
                    if doc[segs[x][0]].lower_ == "wie"
                ),
                None,
            )
            if w is not None and w > a:
                end = np_at(ctx, w + 1, v)
                if end is not None and end >= v - 1:
                    att = _resolve(ctx, w + 1, end, doc.toks[v])
                    if att is not None:
                        att.cue_span, att.cue = cue, doc.toks[v].text
                        parts = _minus(ctx, a, b, (w, v + 1))
                        if parts:
                            return att, parts, "indirect"
        # "..., wie X sagte, ..."
        if doc.toks[s].lower_ == "wie" and v in range(s, e):
            att = _attribution_for_verb(ctx, v, cue, lemma, s, e)
            if att is not None and not _has_source(att):
                att = _bare_prefield(ctx, s + 1, v, cue) or att  # "Wie de Vries darlegte"
            if att is None:
                continue
            parts = _minus(ctx, a, b, (s, e))
            if parts:
                if _has_source(att):
                    return att, parts, "indirect"
                fallback = fallback or (att, parts, "indirect")
            continue
        # "Message, sagte X." / "Message, so sagte X"
        if (
            k > 0
            and v in first_words
            and doc.toks[s - 1].text != ")"  # "Das Bundesamt (BAG) empfiehlt": no inversion
            and (
                v == s
                or doc.toks[s].lower_ == "so"
                or doc.toks[s].lower_ in SKIPPABLE_ADVERBS
                or doc.toks[s].lower_ in FINITE_AUX
            )
            and doc.toks[a].lower_ not in _SUBORDINATORS
        ):
            att = _attribution_for_verb(ctx, v, cue, lemma, s, b)
            inverted_source = (
                att is not None
                and (att.speaker_span is not None and att.speaker_span[0] > s)
                # "Der Chef der Hisbollah, Naim Kassem, drohte Israel": the subject, no message
                and not (doc.toks[v - 1].text == "," and np_at(ctx, a, v) == v - 1)
                # "X, eine der Ärztinnen, die ..., kritisierte die Pläne": X is the subject
                and _apposed_prefield(ctx, v, a) is None
            )
        else:
            inverted_source = False
        if inverted_source and att is not None:
            parts = _message_range(ctx, a, segs[k - 1][1])
            # the message may go on after the frame: "X, so berichtet Y, seien ..."
            end_frame = att.speaker_span[1] if att.speaker_span else e
            rest = next((s2 for s2, _e2, _d in segs[k + 1 :] if s2 >= end_frame), None)
            if (
                rest is not None
                and not (
                    doc.toks[rest].lower_ in _RELATIVE_PRONOUNS
                    and rest + 1 < b
                    and not is_cap(doc.toks[rest + 1])
                )
                and not _is_apposition_tail(ctx, rest, b)
            ):
                parts += _message_range(ctx, rest, b)
            if parts:
                return att, parts, "indirect"
            continue
        # "Das sagte der Präsident der X, Gerald Gaß, am Montag.": anaphoric, the clauses after
        # the verb are the speaker's apposition
        if doc.toks[s].lower_ in _ANAPHORIC_PREFIELD and v == s + 1 and s == a and len(segs) > 2:
            att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
            if (
                att is not None
                and att.speaker_span is not None
                and att.speaker_span[1] >= segs[-2][1]
            ):
                return att, [], "anaphoric"
        # "X sagte, dass ..." / "X sagte: ..." / "Sagte X, ..."
        if k + 1 < len(segs) and delim in {",", ":"}:
            att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
            prefield = _apposed_prefield(ctx, v, a) if v == s else None
            if (
                prefield is not None
                and att is not None
                and att.speaker_span is not None
                and att.speaker_span[0] > v
            ):
                att = _resolve(ctx, *prefield, doc.toks[v])
                if att is not None:
                    att.cue_span, att.cue = cue, doc[cue[0] : cue[1]].text
            if att is None:
                continue
            msg_start = segs[k + 1][0]
            if att.speaker_span is not None and att.speaker_span[1] > msg_start:
                after = att.speaker_span[1]
                nxt = next((idx for idx, (s2, _e2, _d) in enumerate(segs) if s2 >= after), None)
                if nxt is None:
                    continue
                msg_start = segs[nxt][0]
            first = doc.toks[msg_start]
            if first.lower_ in _SUBORDINATORS:
                continue
            if first.lower_ == "dass" and _dass_noun_before(ctx, msg_start - 1, a):
                continue  # "hält an der Forderung fest, dass ...": the clause belongs to the noun
            if first.lower_ == "wie" and (
                any(msg_start < v2 < segs[k + 1][1] for v2, _c2, _l2 in _find_cues(ctx, a, b))
                or any(doc.toks[x].lower_ in _HEISST for x in range(msg_start, segs[k + 1][1]))
            ):
                continue  # "X empfiehlt Y, wie es in einer Mitteilung heißt": a frame, no content
            if lemma in _REQUEST_VERBS and _is_zu_infinitive(ctx, msg_start, b):
                continue  # "Die Polizei bittet Zeugen, sich zu melden": a request, no content
            if (
                first.text.islower()
                and first.lower_ not in COMPLEMENTISERS
                and (
                    first.lower_ not in PERSON_PRONOUNS
                    and first.lower_ not in NON_SPEAKER_PRONOUNS
                    and first.lower_ not in DETERMINERS
                )
                and delim != ":"
                and not _has_konjunktiv(ctx, [(msg_start, b)])
                and not any(
                    doc.toks[x].lower_ == "zu"
                    or (
                        doc.toks[x].lower_.startswith("zu")
                        and doc.toks[x].lower_.endswith("en")
                        and "zu" in doc.toks[x].lower_[2:-2]
                    )
                    for x in range(msg_start, b)
                )
            ):
                continue
            if (
                first.lower_ in _RELATIVE_PRONOUNS
                and msg_start + 1 < b
                and not is_cap(doc.toks[msg_start + 1])
                and not doc.toks[msg_start + 1].like_num
                and not _reported_clause_after_cue(ctx, cue, msg_start, b)
            ):
                continue
            if doc.has_dep():
                parsed = _parsed_message(doc.doc[v])
                if parsed is not None and parsed[0] >= msg_start:
                    msg_start = parsed[0]
            parts = _message_range(ctx, msg_start, b)
            if not _has_source(att) and k == 0:
                att = _bare_prefield(ctx, a, v, cue) or att
            if parts and parts[0][1] - parts[0][0] >= 2:
                if _has_source(att):
                    return att, parts, "indirect"
                fallback = fallback or (att, parts, "indirect")
            continue
        # "Das berichtet X" (anaphoric: the message is the previous unit)
        if doc.toks[s].lower_ in _ANAPHORIC_PREFIELD and v == s + 1 and len(segs) <= 2:
            att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
            if att is not None:
                return att, [], "anaphoric"
            continue
        # "„…“ So kommentierte X das Urteil.": only for a quotation just before (see caller)
        if doc.toks[s].lower_ == "so" and s == a and v == s + 1 and len(segs) == 1:
            att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
            sp = att.speaker_span if att is not None else None
            if (
                att is not None
                and sp is not None
                and (sp[0] == v + 1 or (sp[0] == v + 2 and doc.toks[v + 1].lower_ == "es"))
            ):
                return att, [], "anaphoric-quote"
            continue
    # "X ... , dass <Konjunktiv>" with any verb: the dass clause in Konjunktiv is reported speech
    for idx, (s, e, delim) in enumerate(segs[:-1]):
        nxt_s, _nxt_e, _ = segs[idx + 1]
        if (
            delim == ","
            and doc.toks[nxt_s].lower_ in {"dass", "daß", "ob"}
            and (
                _has_konjunktiv(ctx, [(nxt_s, b)])
                or any(doc.toks[x].lower_ in _CORRELATES for x in range(s, e))
            )
            and idx == 0
            and not _dass_noun_before(ctx, e, s)
        ):
            if doc.toks[s].lower_ in NP_STOP_WORDS or doc.toks[s].lower_ in NON_SPEAKER_PRONOUNS:
                continue
            end = np_at(ctx, s, e)
            if end is None or end >= e or not _is_verbish_free(ctx, doc.toks[end]):
                continue
            att = _resolve(ctx, s, end, doc.toks[end])
            if att is None or att.speaker is None:
                continue
            att.cue_span, att.cue = (end, end + 1), doc.toks[end].text
            return att, _message_range(ctx, nxt_s, b), "indirect"
    if (
        framed is None
        and doc.toks[a].lower_ in _ANAPHORIC_SOURCE_ADVERBS
        and b - a > 3
        and (doc.toks[a].lower_ != "danach" or _danach_is_source(ctx, a, b))
    ):
        att = _Attribution(None, (a, a + 1), (a, a + 1), doc.toks[a].text)
        if previous is not None and previous.speaker is not None:
            att.speaker, att.person, att.outlet = previous.speaker, previous.person, previous.outlet
            att.resolved_span = previous.resolved_span or previous.speaker_span
        framed = (att, _message_range(ctx, a + 1, b), "indirect" if att.speaker else "reported")
    if framed is not None and (fallback is None or _has_source(framed[0])):
        return framed
    if fallback is not None:
        return fallback
    if report_speech_acts and not any(
        # "hält an der Forderung fest, dass ...": the clause belongs to the noun
        _dass_noun_before(ctx, s2 - 1, a)
        for s2, _e2, _d2 in segs[1:]
    ):
        for v, cue, lemma, k, s in report_candidates:
            report = _speech_act_report(ctx, v, cue, lemma, s if k == 0 else a, a, b)
            if report is not None:
                return report
    return _reportative(ctx, segs, b)


def _danach_is_source(ctx: _Ctx, a: int, b: int) -> bool:
    """Whether "Danach" opening the unit ``[a, b)`` means "according to that", not "after that".

    Only when the unit is in Konjunktiv ("Danach habe der Vorstand ...") or the sentence before
    names a document or finding the clause can rest on ("Die Bank legte ihre Quartalszahlen
    vor. Danach verbuchte sie ..."); after a plain event ("Der Zug hielt. Danach stiegen alle
    aus.") it is temporal.
    """
    return _has_konjunktiv(ctx, [(a + 1, b)]) or _after_finding(ctx, a)


def _bare_prefield(ctx: _Ctx, a: int, v: int, cue: tuple[int, int]) -> _Attribution | None:
    """The prefield ``[a, v)`` as subject of the speech verb at ``v`` when no rule named one.

    "Freunde der Familie berichteten, dass ...", "Der Verein attac glaubt, dass ...": a short
    comma-free noun phrase (a lower-case name or a nominalised adjective included) opening
    the clause right before the finite speech verb.
    """
    toks = ctx.doc.toks
    if v <= a or v - a > 8 or toks[a].lower_ in _OBLIQUE_PREFIELD:
        return None
    first = toks[a]
    if not (
        is_cap(first)
        or first.lower_ in DETERMINERS
        or first.is_punct
        # "heise.de", "de Vries": a lower-case name or name particle
        or ("." in first.text[1:-1] and v == a + 1)
        or (first.lower_ in _NAME_PARTICLES and a + 1 < v and is_cap(toks[a + 1]))
    ):
        return None
    for k in range(a, v):
        low = toks[k].lower_
        if toks[k].text in CLAUSE_DELIMITERS or low in FINITE_AUX or low in NP_STOP_WORDS:
            return None
        if low in PERSON_PRONOUNS | NON_SPEAKER_PRONOUNS | _SUBORDINATORS:
            return None
    att = _resolve(ctx, a, v, toks[v])
    if att is None or not _has_source(att):
        return None
    att.cue_span, att.cue = cue, ctx.doc[cue[0] : cue[1]].text
    return att


#: Lower-case particles that open a surname ("de Vries", "van Dijk").
_NAME_PARTICLES = frozenset({"de", "van", "da", "di", "del", "della", "le", "la", "al", "el"})

#: Articles and pronouns that never open a subject prefield.
_OBLIQUE_PREFIELD = frozenset({"den", "dem", "einen", "einem", "ihm", "ihn", "ihnen", "es"})


def _is_apposition_tail(ctx: _Ctx, rest: int, b: int) -> bool:
    """Whether ``[rest, b)`` is only a noun phrase ("..., Politologe an der Universität X.")."""
    toks = ctx.doc.toks
    end = b
    while end > rest and (toks[end - 1].text in SENTENCE_END or toks[end - 1].is_space):
        end -= 1
    if end <= rest:
        return True
    if any(_is_verbish(ctx, toks[k]) or toks[k].lower_ in FINITE_AUX for k in range(rest, end)):
        return False
    if _is_adverbial_tail(ctx, rest, end):
        return True
    np_end = np_at(ctx, rest, end)
    if np_end is None:
        return False
    np_end = pp_tail(ctx, np_end, end, 0, inner=True)
    while np_end < end and (
        toks[np_end].lower_ in PP_TAIL_PREPOSITIONS or toks[np_end].lower_ in {"an", "am", "für"}
    ):
        nxt = np_at(ctx, np_end + 1, end, apposition=False)
        if nxt is None:
            break
        np_end = nxt
    return np_end >= end


_TAIL_PREPOSITIONS = frozenset(
    {"am", "im", "in", "bei", "beim", "nach", "vor", "auf", "gegenüber", "während", "zum", "zur"}
)


def _is_adverbial_tail(ctx: _Ctx, rest: int, end: int) -> bool:
    """Whether ``[rest, end)`` is only prepositional phrases ("..., am Abend im ORF.")."""
    toks = ctx.doc.toks
    pos = rest
    while pos < end:
        if toks[pos].lower_ not in _TAIL_PREPOSITIONS:
            return False
        nxt = pos + 1
        while nxt < end and (is_modifier(toks[nxt]) or toks[nxt].like_num):
            nxt += 1
        np_end = np_at(ctx, nxt, end, apposition=False)
        if np_end is None:
            if nxt < end and toks[nxt].is_alpha and toks[nxt].lower_ not in DETERMINERS:
                np_end = nxt + 1  # "am Montag", "gegenüber Reuters"
            else:
                return False
        pos = np_end
    return True


#: Nouns whose dass-clause is their own content, not the content of the verb's speech act.
_DASS_NOUNS = frozenset(
    {
        "forderung",
        "hoffnung",
        "verdacht",
        "befürchtung",
        "sorge",
        "angst",
        "tatsache",
        "eindruck",
        "erwartung",
        "wunsch",
        "bedingung",
        "gefahr",
        "möglichkeit",
        "idee",
        "vorstellung",
    }
)


def _dass_noun_before(ctx: _Ctx, comma: int, lower: int) -> bool:
    """Whether the comma at ``comma`` follows a noun of ``_DASS_NOUNS`` (a particle skipped)."""
    toks = ctx.doc.toks
    if comma - 1 < lower or toks[comma].text != ",":
        return False
    j = comma - 1
    if toks[j].lower_ in SEPARABLE_PARTICLES and j - 1 >= lower:
        # "hält an der Forderung fest, dass": the noun before the verb particle
        j -= 1
    return toks[j].lower_ in _DASS_NOUNS


#: Verbs of request whose zu-infinitive is what is asked for, not reported content.
_REQUEST_VERBS = frozenset({"bitten", "ersuchen"})


def _is_zu_infinitive(ctx: _Ctx, s: int, b: int) -> bool:
    """Whether the clause at ``s`` is a zu-infinitive ("sich zu melden", "abzuwarten")."""
    toks = ctx.doc.toks
    end = next((k for k in range(s, b) if toks[k].text in CLAUSE_DELIMITERS), b)
    while end > s and (toks[end - 1].text in SENTENCE_END or toks[end - 1].is_space):
        end -= 1
    if end - s < 1:
        return False
    last = toks[end - 1].lower_
    if end - s >= 2 and toks[end - 2].lower_ == "zu" and last.endswith("n"):
        return not _has_konjunktiv(ctx, [(s, end - 2)])
    # "abzuwarten", "aufzuhören": a separable verb with infixed zu
    return last.endswith("en") and "zu" in last[2:-2] and len(last) > 6 and end - s <= 8


def _reported_clause_after_cue(ctx: _Ctx, cue: tuple[int, int], msg_start: int, b: int) -> bool:
    """Whether "<cue>, der/die/das ..." is a reported clause rather than a relative clause.

    True when a Konjunktiv verb occurs before the next clause boundary ("sagte, das sei falsch",
    "sagte, die russischen Truppen seien stark"), or when the comma follows the finite cue verb
    (or its separated particle) directly, so that no noun can be the antecedent ("fügte hinzu,
    das ...", "sagte, die Truppen griffen an").
    """
    toks = ctx.doc.toks
    end = next((k for k in range(msg_start, b) if toks[k].text in CLAUSE_DELIMITERS), b)
    while end > msg_start and (toks[end - 1].text in SENTENCE_END or toks[end - 1].is_space):
        end -= 1
    # a Konjunktiv verb before the clause boundary marks reported content, also in a relative
    # clause ("kritisierte den Plan, der viel zu teuer sei": the critic's claim)
    if _has_konjunktiv(ctx, [(msg_start + 1, end)]):
        return True
    comma = msg_start - 1
    if comma < 1 or toks[comma].text != ",":
        return False
    before = toks[comma - 1]
    if not (cue[1] == comma or (before.lower_ in SEPARABLE_PARTICLES and cue[1] < comma)):
        return False
    # a finite cue in second position (no auxiliary before it): "Merz sagte, ..."
    return not any(toks[k].lower_ in FINITE_AUX for k in range(max(0, cue[0] - 6), cue[0]))


def _in_relative_clause(ctx: _Ctx, v: int, segs: list[tuple[int, int, str]]) -> bool:
    """Whether token ``v`` is in a relative clause ("..., zu der X aufgerufen hatte, ...")."""
    doc = ctx.doc
    seg = next(((s, e) for s, e, _ in segs if s <= v < e), None)
    if seg is None or seg[0] == segs[0][0]:
        return False
    first = doc[seg[0]]
    second = doc[seg[0] + 1] if seg[0] + 1 < seg[1] else None
    if first.lower_ in {"denen", "dessen", "deren", "welche", "welcher", "welches"}:
        return True
    if (
        first.lower_ in _RELATIVE_PRONOUNS
        and second is not None
        and not is_cap(second)
        and not second.like_num
        and not is_modifier(second)
    ):
        return True
    return (
        first.lower_ in NP_STOP_WORDS
        and second is not None
        and (
            second.lower_ in _RELATIVE_PRONOUNS
            or second.lower_ in {"welcher", "welchem", "welchen"}
        )
        and (seg[0] + 2 >= seg[1] or not is_cap(doc[seg[0] + 2]))
    )


def _place_indirect(
    ctx: _Ctx,
    ui: int,
    result: tuple[_Attribution, list[tuple[int, int]], str],
    found: list[_Found],
) -> None:
    """Record what ``_indirect`` found in unit ``ui``; anaphoric frames name the unit before."""
    tdoc = ctx.doc
    att, parts, kind = result
    if kind in ("anaphoric", "anaphoric-quote"):
        prev = ui - 1
        before = _found_in_unit(found, prev) if prev >= 0 else []
        target = next(
            (f for f in before if f.kind == "direct" and not _has_source(f.attribution)), None
        )
        if target is not None and ctx.unit_para[prev] == ctx.unit_para[ui]:
            target.attribution = att  # „…“ Das sagte Pistorius am Montag.
            return
        sourceless = next(
            (
                f
                for f in before
                if f.kind == "reported" and f.weak and not _has_source(f.attribution)
            ),
            None,
        )
        if (
            kind == "anaphoric"
            and sourceless is not None
            and ctx.unit_para[prev] == ctx.unit_para[ui]
        ):
            # "Die Brücke sei gesperrt. Das meldet X.": the Konjunktiv sentence is X's
            sourceless.kind, sourceless.attribution, sourceless.weak = "indirect", att, False
            return
        if (
            kind == "anaphoric"
            and prev >= 0
            and not ctx.unit_statements[prev]
            and not before
            and ctx.unit_para[prev] == ctx.unit_para[ui]
        ):
            pa, pb = ctx.units[prev]
            found.append(
                _Found(
                    "indirect",
                    [_char_range(tdoc, s, e) for s, e in _message_range(ctx, pa, pb)],
                    att,
                    prev,
                )
            )
        return
    if not parts:
        return
    found.append(_Found(kind, [_char_range(tdoc, s, e) for s, e in parts], att, ui))
    if att.person and att.speaker and att.speaker_span:
        ctx.person_speakers.append((att.speaker_span[0], att.speaker))


def _split_coordinated(ctx: _Ctx, ui: int, found: list[_Found]) -> None:
    """Split "X teilte mit, dass ..., und warnte vor ..." into the clause and a reported act.

    A speech-act verb coordinated with "und" after the content clause is a second statement
    of the same speaker (form ``reported``); the content clause ends before the "und".
    """
    if not found or found[-1].unit != ui or found[-1].kind != "indirect":
        return
    last = found[-1]
    att = last.attribution
    if not _has_source(att) or att.inherited or att.cue_span is None:
        return
    toks = ctx.doc.toks
    a, b = ctx.units[ui]
    acts = load_speech_acts()
    for v, _cue, lemma in _find_cues(ctx, a, b):
        if v <= att.cue_span[1] + 1 or toks[v - 1].lower_ != "und" or not toks[v].text.islower():
            continue
        if toks[v - 2].text != "," and not toks[v].lower_.endswith(("te", "ten")):
            continue
        marker = acts.get(lemma)
        if marker is not None and marker != "-":
            if not any(toks[x].lower_ == marker for x in range(v + 1, b)):
                continue
        elif lemma in _NOT_SPEECH_ACTS:
            continue
        if _has_konjunktiv(ctx, [(v, v + 1)]):
            continue
        cut = toks[v - 1].idx
        if not any(s0 <= cut < e0 for s0, e0 in last.parts):
            continue
        head = [(s0, min(e0, cut)) for s0, e0 in last.parts if s0 < cut]
        tail = _message_range(ctx, v, b)
        if not head or not tail:
            return
        text = ctx.doc.doc.text
        while head and text[head[-1][1] - 1] in ", ":
            s0, e0 = head[-1]
            head[-1] = (s0, e0 - 1)
        last.parts = [(s0, e0) for s0, e0 in head if s0 < e0]
        found.append(_Found("reported", [_char_range(ctx.doc, s0, e0) for s0, e0 in tail], att, ui))
        return

"""Stage 4 of the attributor, first half: the source mention of a speech verb.

``_speaker_of_verb`` finds the subject noun phrase of a speech verb: the TIGER parse's subject
when a parser ran, otherwise by rules over the clause: the prefield before the finite verb
(when ``quotes.prefield`` says it can be the subject), the subject after a finite auxiliary
or in an inverted clause, or the sentence-initial subject behind appositions, relative
clauses and inserts ("X, der ... lebt, erklärte"). Who that mention is (a person, a
pronoun's antecedent, an organisation) is decided in ``quotes.speakers``; a rule that cannot
decide returns ``None``.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkru_extract.quotes.context import (
    _RELATIVE_PRONOUNS,
    _SUBORDINATORS,
    _Ctx,
    _is_verbish_free,
)
from nkru_extract.quotes.prefield import (
    _CLOSING_MARKS,
    _FOCUS_PARTICLES,
    _OBLIQUE_ARTICLES,
    _PREFIELD_PREPOSITIONS,
    _adverbial_prefield,
    _apposition_subject,
    _apposition_word,
    _lowercase_form,
    _non_subject_prefield,
    _object_first,
    _prefield_pp_chain,
    _skip_adverbs,
)
from nkru_extract.quotes.rules_de import (
    ACCORDING_NOUNS,
    DETERMINERS,
    GENERIC_SOURCE_NOUNS,
    NP_STOP_WORDS,
    SENTENCE_END,
    SOURCE_PREPOSITIONS,
    TIGER_SUBJECT,
)
from nkru_extract.quotes.speakers import _is_description_head
from nkru_extract.text.phrases import (
    CLAUSE_DELIMITERS,
    FINITE_AUX,
    Tok,
    is_cap,
    is_role_word,
    np_at,
    np_ending_at,
)


def _speaker_of_verb(ctx: _Ctx, v: int, a: int, b: int) -> tuple[int, int] | None:
    """Token range of the subject of speech verb ``v`` within ``[a, b)`` (no parser)."""
    doc = ctx.doc
    if doc.has_dep():
        parsed = _parsed_subject(doc.doc[v])
        if parsed is not None:
            return parsed
    clause_a = a
    k = v
    while k > a:
        k -= 1
        if doc.toks[k].text == ")":  # a bracket ("Pierre de Montfort (UDF)") is no boundary
            opening = next(
                (x for x in range(k - 1, max(a, k - 10) - 1, -1) if doc.toks[x].text == "("), None
            )
            if opening is not None and opening > a:
                k = opening
                continue
        if doc.toks[k].text in CLAUSE_DELIMITERS or (
            k in ctx.block_at and ctx.blocks[ctx.block_at[k]].statement
        ):
            clause_a = k + 1
            break
    if (
        clause_a < v
        and doc.toks[clause_a].text in _CLOSING_MARKS
        and (clause_a == a or doc.toks[clause_a - 1].text in SENTENCE_END)
    ):  # a quoted sentence closed the previous one: "... Motto „Nie wieder!“ Der Minister sagte"
        moved = clause_a
        while clause_a < v and doc.toks[clause_a].text in _CLOSING_MARKS:
            clause_a += 1
        if a == moved:
            a = clause_a
    # "wie X sagte", "als X sagte, dass", "nachdem X erklärt hatte"
    verb_final = (
        v + 1 >= b
        or doc.toks[v + 1].text in CLAUSE_DELIMITERS
        or (doc.toks[v + 1].lower_ in FINITE_AUX or doc.toks[v + 1].lower_ in SENTENCE_END)
    )
    if (
        verb_final
        and a < clause_a < v - 1
        and doc.toks[clause_a - 1].text == ","
        and doc.toks[clause_a].lower_ in _RELATIVE_PRONOUNS
    ):  # "die Marke, die X im Jahr 2002 zum Ziel erklärt hatte": X after the relative pronoun
        first = _skip_adverbs(ctx, clause_a + 1, v)
        if doc.toks[first].lower_ not in _OBLIQUE_ARTICLES and (
            is_cap(doc.toks[first]) or doc.toks[first].lower_ in DETERMINERS
        ):
            end = np_at(ctx, first, v)
            if end is not None:
                return (first, end)
    if doc.toks[clause_a].lower_ == "wie" or (
        doc.toks[clause_a].lower_ in _SUBORDINATORS and verb_final
    ):
        first = clause_a + 1
        if (
            doc.toks[clause_a].lower_ == "wie"
            and first < v
            and doc.toks[first].lower_ in {"aus", "in", "bei"}
        ):
            first += 1  # "wie aus einer Mitteilung der Polizei hervorgeht"
        first = _skip_adverbs(ctx, first, v)  # "Wie schon die Polizei mitteilte"
        end = np_at(ctx, first, v)
        return (first, end) if end is not None else None
    agent = _passive_agent(ctx, v, clause_a)
    if agent is not None:
        return agent
    if _passive(ctx, clause_a, v):
        return None  # "X wurde vorgeworfen, ...", "Die Männer werden beschuldigt": the patient
    if doc.toks[v].lemma_ == "verlauten":  # impersonal: "Aus EU-Kreisen verlautete, ..."
        for k in (clause_a, v + 1):
            if k + 1 < b and doc.toks[k].lower_ in {"aus", "von", "vom"}:
                end = np_at(ctx, k + 1, v if k < v else b)
                if end is not None and (k > v or end == v):
                    return (k + 1, end)
    # prefield subject: "Der Sprecher sagte", "Peskow, Sprecher des Kremls, sagte"
    starts: tuple[int, ...] = (clause_a, a)
    if clause_a + 1 < v and doc.toks[clause_a].lower_ in _FOCUS_PARTICLES:
        starts = (clause_a + 1,)  # "Auch der Minister sagte", "Selbst die Zeitung kritisierte"
    # the finite verb: the first auxiliary of the clause, else the speech verb itself
    fin = next((k for k in range(clause_a + 1, v) if doc.toks[k].lower_ in FINITE_AUX), v)
    if _adverbial_prefield(ctx, clause_a, fin, b) or (
        doc.toks[clause_a].lower_ not in _FOCUS_PARTICLES
        and _non_subject_prefield(ctx, clause_a, fin)
    ):
        starts = ()  # "Offiziell geht die Regierung davon aus": the subject follows the verb
    if starts and a < clause_a < v and doc.toks[clause_a - 1].text == "," and ctx.person_at(a):
        # "Theo X, Präsident des Verbands (V) nannte ...": the name with its apposition
        whole = np_at(ctx, a, v)
        if whole == v:
            return (a, v)
    for start in starts:
        if start == clause_a and start < v:
            inverted = _object_first(ctx, start, v, b)
            if inverted is not None:
                return inverted
        if (
            start < v
            and doc.toks[start].lower_ in _OBLIQUE_ARTICLES
            and doc.toks[start + 1].text != "Haag"
        ):
            break  # "Den Vorwurf wies der Bürgermeister zurück": an object, not the subject
        if start < v and doc.toks[start].lower_ not in NP_STOP_WORDS:
            end = np_at(ctx, start, v)
            end = _prefield_pp_chain(ctx, end, v)
            if end == v or (
                end is not None and end < v and doc.toks[end].text == "," and end + 1 == v
            ):
                front = _apposed_start(ctx, start, a)
                return (front if front == a else start, end)
            if (
                end is not None
                and end < v
                and start == a
                and _is_verbish_free(ctx, doc.toks[end])
                and not any(doc.toks[x].text in CLAUSE_DELIMITERS for x in range(end, v))
            ):
                if doc.toks[end].lower_ in FINITE_AUX:
                    after = _middle_subject(ctx, start, end, v)
                    if after is not None:
                        return after
                return (start, end)
            # a relative clause after the subject: "X, der ... will, erklärte"
            if (
                end is not None
                and end + 1 < v
                and doc.toks[end].text == ","
                and doc.toks[end + 1].lower_ in _RELATIVE_PRONOUNS
                and doc.toks[v - 1].text == ","
            ):
                return (start, end)
            # "X, Vorsitzender des Verbands für Y, sagte" / "X, Chef von Y, hat gefordert"
            wide = _apposition_subject(ctx, end, v)
            if wide is not None:
                return (start, wide)
    # prefield subject followed by a finite verb: "Korotschenko zeigt sich überzeugt"
    if (
        starts
        and clause_a < v
        and doc.toks[clause_a].lower_ not in NP_STOP_WORDS
        and doc.toks[clause_a].lower_ not in _OBLIQUE_ARTICLES  # "Dem X wird vorgeworfen"
    ):
        end = _attribute_chain(ctx, np_at(ctx, clause_a, v), v)
        follow = end
        while follow is not None and follow < v and doc.toks[follow].lower_ in _SUBJECT_FOLLOWERS:
            follow += 1
        if end is not None and follow == v and end < v:
            return (clause_a, end)  # "Die Opposition ihrerseits warf X vor"
        if (
            end is not None
            and end < v
            and _is_verbish_free(ctx, doc.toks[end])
            and not (doc.toks[end].lower_ in _SEIN and doc.toks[v].text.islower())
        ):  # not "X ist noch nicht bekannt": speech verbs build their perfect with "haben"
            if doc.toks[end].lower_ in FINITE_AUX:
                after = _middle_subject(ctx, clause_a, end, v)
                if after is not None:
                    return after
            return (clause_a, end)
    # passive or modal with the subject after the finite auxiliary: "wird X zitiert"
    aux_from = clause_a if clause_a < v else a
    for k in range(aux_from, v):
        if doc.toks[k].lower_ in FINITE_AUX and (
            k > aux_from or (k == clause_a and k > a and doc.toks[k - 1].text == ",")
        ):  # ", hat X gefordert" after a long prefield with a relative clause
            if (
                doc.toks[k].lower_ in _PASSIVE_AUX
                and doc.toks[v].lemma_ != doc.toks[v].text
                and doc.toks[v].lemma_ != "zitieren"
            ):
                break  # "Dem X werden Verbrechen vorgeworfen": a passive subject does not speak
            j = _skip_adverbs(ctx, k + 1, v)
            end = np_at(ctx, j, v)
            if end is not None:
                return (j, end)
            break
    # the subject after the auxiliary has an apposition: "So hat sich X, Chefin der Y, gegen ..."
    if clause_a > a:
        apposed = _subject_after_aux_with_apposition(ctx, a, clause_a, v)
        if apposed is not None:
            return apposed
    # a verb right after a comma: "Der Sender, der ... sendet, erklärte ..."
    if clause_a == v and v > 0 and doc.toks[v - 1].text == ",":
        opening = _sentence_start(ctx, v)
        after_insert = _wide_subject(ctx, v, opening) if opening is not None else None
        if after_insert is not None:
            return after_insert
    # inverted: "sagte der Sprecher", "so X"
    j = _skip_adverbs(ctx, v + 1, b)
    if j < b and doc.toks[j].lower_ in SOURCE_PREPOSITIONS:  # "berichtet laut X die Agentur Y"
        end = np_at(ctx, j + 1, b)
        if end is not None:
            j = _skip_adverbs(ctx, end, b)
    end = np_at(ctx, j, b)
    if end is not None and doc.toks[j].lower_ in {"dem", "einem", "den", "einen"}:
        # an addressee or object ("sagte dem Fernsehen"); the subject may follow
        j2 = _skip_adverbs(ctx, end, b)
        if j2 < b and doc.toks[j2].lower_ in SOURCE_PREPOSITIONS:
            end2 = np_at(ctx, j2 + 1, b)
            j2 = _skip_adverbs(ctx, end2, b) if end2 is not None else j2
        end = np_at(ctx, j2, b) if j2 < b and doc.toks[j2].text not in CLAUSE_DELIMITERS else None
        j = j2
    if end is not None:
        return (j, end)
    # "X, Oberst der Reserve Igor K., sagte dem Fernsehen: ..." (subject before the comma)
    if clause_a == v and v - 1 > a and doc.toks[v - 1].text == ",":
        back = np_ending_at(ctx, v - 1, a)
        if back is not None and (back == a or doc.toks[back - 1].text == ","):
            return (_apposed_start(ctx, back, a), v - 1)
    return _sentence_subject(ctx, v, a, clause_a) or _wide_subject(ctx, v, a)


def _apposed_start(ctx: _Ctx, s: int, a: int) -> int:
    """Start of a role phrase apposed before the phrase at ``s``, else ``s``.

    "Der Leiter der Wache, Peter Brandt, gab bekannt": a noun phrase with a role noun that ends
    at the comma before ``s`` and does not itself follow a comma (a list) is the same speaker.
    """
    toks = ctx.doc.toks
    if s - 1 <= a or toks[s - 1].text != ",":
        return s
    front = np_ending_at(ctx, s - 1, a)
    if front is None or (front > a and toks[front - 1].text in CLAUSE_DELIMITERS):
        return s
    if any(is_role_word(toks[x]) for x in range(front, s - 1)):
        return front
    return s


#: Words after a prefield subject that belong to no phrase ("X dagegen, der ..., sagte").
_SUBJECT_FOLLOWERS = frozenset(
    {
        "dagegen", "hingegen", "jedoch", "allerdings", "aber", "indes", "indessen", "wiederum",
        "selbst", "auch", "ebenfalls", "nun", "zuletzt", "jetzt", "bereits", "schon", "nämlich",
        "übrigens", "ihrerseits", "seinerseits", "selber",
    }
)  # fmt: skip


#: Openers of an inserted phrase that is no apposition: "X, darunter auch Y, forderten".
_INSERT_OPENERS = frozenset(
    {"darunter", "unter", "etwa", "so", "wie", "zum", "vor", "insbesondere", "vor allem", "also"}
)


#: Finite forms of "sein": no speech verb builds its perfect with them.
_SEIN = frozenset({"ist", "war", "sind", "waren"})


#: Articles that open a nominative phrase only ("der Minister", "ein Sprecher").
_NOMINATIVE_OPENERS = frozenset({"der", "ein"})


def _middle_subject(ctx: _Ctx, s: int, aux: int, v: int) -> tuple[int, int] | None:
    """The subject after the finite auxiliary ``aux`` when the prefield ``[s, aux)`` is its object.

    "Die Pläne hat der Minister kritisiert", "Die Bürger hat er aufgefordert": a nominative
    pronoun, or "der" + a role noun or person's name, after the auxiliary is the subject when
    the prefield does not open with a nominative article, a name, a role or a person.
    """
    toks = ctx.doc.toks
    j = _skip_adverbs(ctx, aux + 1, v)
    if j >= v:
        return None
    if toks[j].lower_ == "er":
        return (j, j + 1)
    if toks[j].lower_ != "der" or toks[s].lower_ in _NOMINATIVE_OPENERS:
        return None
    if toks[s].lower_ not in DETERMINERS or any(ctx.person_at(x) for x in range(s, aux)):
        return None
    if any(is_role_word(toks[x]) or _is_description_head(toks[x]) for x in range(s, aux)):
        return None
    end = np_at(ctx, j, v)
    if end is None:
        return None
    if any(ctx.person_at(x) for x in range(j, end)) or _is_description_head(toks[end - 1]):
        return (j, end)
    return None


def _subject_after_aux_with_apposition(
    ctx: _Ctx, a: int, clause_a: int, v: int
) -> tuple[int, int] | None:
    """The subject after the first finite auxiliary of ``[a, v)`` whose apposition's commas
    split the clause: "So hat sich etwa die Leiterin des Amts, Anna B., gegen X ausgesprochen"."""
    toks = ctx.doc.toks
    for k in range(a + 1, clause_a):
        low = toks[k].lower_
        if toks[k].text in CLAUSE_DELIMITERS or toks[k].text in SENTENCE_END:
            return None
        if low not in FINITE_AUX:
            continue
        if low in _PASSIVE_AUX and toks[v].lemma_ != toks[v].text:
            return None
        j = _skip_adverbs(ctx, k + 1, v)
        end = np_at(ctx, j, v)
        if end is None or end < clause_a - 1:
            return None
        rest = end + 1 if end < v and toks[end].text == "," else end
        if any(toks[x].text in CLAUSE_DELIMITERS for x in range(rest, v)):
            return None
        return (j, end)
    return None


def _sentence_start(ctx: _Ctx, v: int) -> int | None:
    """The first token of the sentence holding token ``v`` (at most 60 tokens back, not
    before a statement block), or None when it is further away."""
    toks = ctx.doc.toks
    for k in range(v - 1, max(-1, v - 61), -1):
        if toks[k].text in SENTENCE_END or (
            k in ctx.block_at and ctx.blocks[ctx.block_at[k]].statement
        ):
            return k + 1
    return 0 if v <= 60 else None


def _wide_subject(ctx: _Ctx, v: int, a: int) -> tuple[int, int] | None:
    """The sentence-initial subject of ``v`` behind appositions and relative clauses.

    "X, Vertreter der Y (Z), hat in einem Interview gefordert", "X, der seit Jahren im Exil
    lebt, erklärte", "X dagegen, der ..., betonte", "X lobte ... und betonte": the noun
    phrase opening the sentence, with its appositions (relative clauses and "darunter ..."
    inserts left out), is followed by the finite verb: ``v`` itself, a finite auxiliary with
    ``v`` at the end of its clause, or a first verb coordinated with ``v`` by "und".
    """
    toks = ctx.doc.toks
    s = a
    while s < v and toks[s].text in _CLOSING_MARKS:
        s += 1
    if s < v and toks[s].lower_ in _FOCUS_PARTICLES:
        s += 1
    if (
        s >= v
        or (
            toks[s].lower_ in NP_STOP_WORDS
            or toks[s].lower_ in _OBLIQUE_ARTICLES
            or toks[s].lower_ in _SUBORDINATORS
        )
        or toks[s].lower_ in _RELATIVE_PRONOUNS - DETERMINERS
        or _non_subject_prefield(ctx, s, v)
    ):
        return None
    coordinated = toks[v - 1].lower_ in {"und", "sowie"}
    for k in range(s + 1, v + 1):
        tok = toks[k]
        if k != v:
            if not (tok.text.islower() and tok.is_alpha) or tok.lower_ in _NOT_FINITE:
                continue
            if tok.lower_ in FINITE_AUX:
                if any(toks[x].text in CLAUSE_DELIMITERS for x in range(k + 1, v)) or (
                    s == a and not any(toks[x].text in {",", "("} for x in range(s, k))
                ):  # without an insert, the plain "X hat ... gesagt" is left to the rules above
                    continue
            elif not coordinated or not _verb_form(tok):
                continue
        found = _subject_with_inserts(ctx, s, k)
        if found is not None:
            return found
    return None


#: Lower-case words that are no finite verb after a prefield.
_NOT_FINITE = (
    NP_STOP_WORDS
    | DETERMINERS
    | _SUBJECT_FOLLOWERS
    | _RELATIVE_PRONOUNS
    | frozenset({"und", "oder", "sowie", "bzw.", "sich", "nicht"})
)


def _verb_form(tok: Tok) -> bool:
    """A lower-case inflected verb form by its lemma ("lobte" <- loben)."""
    lemma = tok.lemma_
    return lemma != tok.text and lemma.islower() and lemma.endswith(("en", "ern", "eln"))


def _subject_with_inserts(ctx: _Ctx, s: int, limit: int) -> tuple[int, int] | None:
    """``[s, end)`` when the prefield ``[s, limit)`` is one noun phrase with its inserts."""
    toks = ctx.doc.toks
    end = _attribute_chain(ctx, np_at(ctx, s, limit, apposition=False), limit)
    if end is None or end <= s or not _nominal(ctx, s, end):
        return None
    k = end
    while k < limit:
        low = toks[k].lower_
        if low in _SUBJECT_FOLLOWERS:
            k += 1
            continue
        if low == "(":
            close = next((x for x in range(k + 1, min(limit, k + 12)) if toks[x].text == ")"), None)
            if close is None:
                return None
            if k == end:
                end = close + 1
            k = close + 1
            continue
        if low != ",":
            return None
        close = _insert_end(ctx, k + 1, limit)
        if close is None:
            return None if k + 1 != limit else (s, end)
        first = toks[k + 1].lower_
        if (
            first in _INSERT_OPENERS
            or (first in _RELATIVE_PRONOUNS and not _apposition_np(ctx, k + 1, close))
            or _predicative_insert(ctx, k + 1, close)
        ):
            k = close  # a relative clause or an insert: not part of the subject
            continue
        if k == end and _apposition_np(ctx, k + 1, close):
            end = k = close
            continue
        return None
    return (s, end) if k == limit else None


def _attribute_chain(ctx: _Ctx, end: int | None, limit: int) -> int | None:
    """Extend a noun phrase ending at ``end`` over genitive, prepositional and bracketed
    attributes as far as they go before ``limit`` ("Der Vertreter der X im Rat der Y (Z)")."""
    if end is None:
        return None
    doc = ctx.doc
    j = end
    while j < limit:
        low = doc.toks[j].lower_
        if low == "(":
            close = next(
                (x for x in range(j + 1, min(limit, j + 12)) if doc.toks[x].text == ")"), None
            )
            if close is None:
                break
            j = close + 1
            continue
        if low in {"der", "des", "einer", "eines"}:
            sub = np_at(ctx, j, limit, apposition=False)
        elif low in _PREFIELD_PREPOSITIONS:
            sub = np_at(ctx, j + 1, limit, apposition=False)
        else:
            break
        if sub is None:
            break
        j = sub
    return j


def _predicative_insert(ctx: _Ctx, i: int, close: int) -> bool:
    """An adjective insert without a verb: "X, verantwortlich für den Vertrieb, hat ..."."""
    toks = ctx.doc.toks
    first = toks[i]
    if not (first.text.islower() and first.is_alpha) or first.lower_ in NP_STOP_WORDS:
        return False
    if first.lower_ in _RELATIVE_PRONOUNS or _verb_form(first) or close - i > 12:
        return False
    return all(
        _apposition_word(ctx, x) and not _verb_form(toks[x]) for x in range(i + 1, close)
    ) and (first.lower_ in _PREDICATIVE_OPENERS or _lowercase_form(first.lower_) is False)


#: Adjectives that open a predicative insert ("zuständig für", "verantwortlich für").
_PREDICATIVE_OPENERS = frozenset(
    {"zuständig", "verantwortlich", "selbst", "bekannt", "früher", "ehemals", "zuletzt", "seit"}
)


def _insert_end(ctx: _Ctx, i: int, limit: int) -> int | None:
    """The comma closing an insert that starts at ``i`` (brackets skipped), or ``None``."""
    toks = ctx.doc.toks
    depth = 0
    for x in range(i, min(limit + 1, i + 40)):
        t = toks[x].text
        depth += (t == "(") - (t == ")")
        if depth <= 0 and t == ",":
            return x
        if t in SENTENCE_END or t in {";", ":"}:
            return None
    return None


def _apposition_np(ctx: _Ctx, i: int, close: int) -> bool:
    """Whether ``[i, close)`` is a noun phrase (with attributes) and nothing else."""
    if i >= close:
        return False
    end = np_at(ctx, i, close, apposition=False)
    end = _prefield_pp_chain(ctx, end, close)
    if end == close:
        return True
    return all(_apposition_word(ctx, x) for x in range(i, close)) and is_cap(ctx.doc.toks[i])


def _sentence_subject(ctx: _Ctx, v: int, a: int, clause_a: int) -> tuple[int, int] | None:
    """The subject opening the sentence when the verb's own clause names none.

    Two main-clause shapes put the subject far from the speech verb: a perfect tense with a long
    middle field ("X, Chefin von Y, hat in einem Interview mit Z (...) gefordert, ...") and a
    second main clause sharing the subject ("X wollte sich nicht festlegen, sagte aber, ...").
    The noun phrase must open the sentence and be followed by the finite verb.
    """
    doc = ctx.doc
    if a >= v or (
        doc.toks[a].lower_ in NP_STOP_WORDS
        or doc.toks[a].lower_ in _SUBORDINATORS
        or doc.toks[a].lower_ in _OBLIQUE_ARTICLES
    ):
        return None
    if doc.toks[v].text.islower() and not doc.toks[v].lower_.startswith(("ge", "be", "ver")):
        coordinated = clause_a == v and doc.toks[v - 1].text == ","
    else:
        coordinated = False
    depth = 0  # inside parentheses ("(Awoda, dt. etwa Arbeiterpartei)") nothing stops the scan
    for k in range(v - 1, a, -1):
        low = doc.toks[k].lower_
        depth += (low == ")") - (low == "(")
        if depth > 0 or low == "(":
            continue
        if doc.toks[k].text in SENTENCE_END or low in _SUBORDINATORS or low in {"dass", "ob"}:
            return None  # the verb is inside a subordinate clause
        if low in _RELATIVE_PRONOUNS and doc.toks[k - 1].text in {",", "("}:
            return None  # the finite verb of a relative clause: "X, der ... hat"
        if low in FINITE_AUX:
            if low in _PASSIVE_AUX:
                return None  # "Dem X wird vorgeworfen": the passive subject does not speak
            end = np_at(ctx, a, k)
            if end == k or (end == k - 1 and doc.toks[end].text == ","):
                return (a, end) if _nominal(ctx, a, end) else None
            wide = _apposition_subject(ctx, end, k)
            return (a, wide) if wide is not None and _nominal(ctx, a, wide) else None
    if coordinated:
        end = np_at(ctx, a, v)
        if (
            end is not None
            and end < v - 1
            and _is_verbish_free(ctx, doc.toks[end])
            and not any(doc.toks[x].text in CLAUSE_DELIMITERS for x in range(a, end))
            and _nominal(ctx, a, end)
        ):
            return (a, end)
    return None


_PASSIVE_AUX = frozenset({"wird", "wurde", "werden", "wurden"})
#: Finite auxiliaries closing the prefield of a passive: "wurde gesagt", "war gesagt worden".
_PASSIVE_FINITE = _PASSIVE_AUX | frozenset({"ist", "war", "sind", "waren", "sei"})


def _passive(ctx: _Ctx, clause_a: int, v: int) -> bool:
    """Whether ``v`` is a participle under a passive auxiliary of its clause (not "zitiert":
    "wird X mit den Worten zitiert" names the speaker)."""
    toks = ctx.doc.toks
    verb = toks[v]
    if verb.lemma_ == verb.text or verb.lemma_ == "zitieren" or not verb.text.islower():
        return False
    return _passive_marked(ctx, clause_a, v)


def _passive_marked(ctx: _Ctx, clause_a: int, v: int) -> bool:
    """A passive auxiliary before ``v`` in its clause, or "worden" right after it ("war ...
    vorgeworfen worden")."""
    toks = ctx.doc.toks
    return any(toks[k].lower_ in _PASSIVE_AUX for k in range(clause_a, v)) or (
        v + 1 < len(toks) and toks[v + 1].lower_ == "worden"
    )


def _passive_agent(ctx: _Ctx, v: int, clause_a: int) -> tuple[int, int] | None:
    """The agent of a passive speech verb: "Von der Polizei wurde mitgeteilt, ...",
    "Es wurde von X betont", "In einem Bericht der Zeitung wurde vermutet"."""
    doc = ctx.doc
    if not _passive_marked(ctx, clause_a, v):
        return None
    for k in range(clause_a, v - 1):
        low = doc.toks[k].lower_
        if low in {"von", "vom", "seitens", "vonseiten"} or (low in {"in", "im"} and k == clause_a):
            start = k + 1
            if low == "von" and doc.toks[start].lower_ == "seiten":
                start += 1  # "von Seiten der Gewerkschaft"
            end = np_at(ctx, start, v, apposition=False)
            if end is None or not (end == v or doc.toks[end].lower_ in _PASSIVE_FINITE):
                continue
            if low in {"in", "im"}:
                head = doc.toks[start if low == "im" else start + 1].lower_
                if head not in ACCORDING_NOUNS and head not in GENERIC_SOURCE_NOUNS:
                    continue
            return (start, end)
    return None


def _nominal(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a phrase is headed by a noun or names a person ("Neu sei" is neither)."""
    toks = ctx.doc.toks
    return ctx.person_at(start) or any(
        toks[x].lemma_[:1].isupper() and toks[x].is_alpha for x in range(start, end)
    )


def _parsed_subject(verb: Token) -> tuple[int, int] | None:
    """Subject subtree of ``verb`` (or of its finite auxiliary) from a TIGER parse."""
    for node in (verb, verb.head):
        for child in node.children:
            if child.dep_ in TIGER_SUBJECT:
                left = child.left_edge.i
                right = child.right_edge.i + 1
                return (left, right)
        if node.head is node:
            break
    return None

"""Stage 4 of the attributor, first half: the source mention of a speech verb.

``_speaker_of_verb`` finds the subject noun phrase of a speech verb: the TIGER parse's subject
when a parser ran, otherwise by rules over the clause: the prefield before the finite verb
(skipping adverbials, prepositional chains and appositions) or the subject after it in an
inverted clause. Who that mention is (a person, a pronoun's antecedent, an organisation) is
decided in ``quotes.speakers``; a rule that cannot decide returns ``None``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from nkru_extract.quotes.context import (
    _RELATIVE_PRONOUNS,
    _SUBORDINATORS,
    _Ctx,
    _is_verbish_free,
)
from nkru_extract.quotes.rules_de import (
    ACCORDING_NOUNS,
    DETERMINERS,
    GENERIC_SOURCE_NOUNS,
    NP_STOP_WORDS,
    PERSON_PRONOUNS,
    SENTENCE_END,
    SKIPPABLE_ADVERBS,
    SOURCE_PREPOSITIONS,
    TIGER_SUBJECT,
)
from nkru_extract.text.phrases import (
    CLAUSE_DELIMITERS,
    FINITE_AUX,
    is_cap,
    is_modifier,
    is_np_word,
    is_role_word,
    np_at,
    np_ending_at,
)


def _skip_adverbs(ctx: _Ctx, j: int, limit: int) -> int:
    doc = ctx.doc
    while j < limit and (
        doc.toks[j].lower_ in SKIPPABLE_ADVERBS or doc.toks[j].lower_ in {"sich", "es"}
    ):
        j += 1
    return j


#: Articles that never open a subject (accusative or dative).
_OBLIQUE_ARTICLES = frozenset(
    {
        "den", "dem", "einen", "einem", "diesen", "diesem", "jenen", "jenem", "keinen",
        "keinem", "seinen", "seinem", "ihren", "ihrem", "unseren", "unserem",
    }
)  # fmt: skip


#: Endings of abstract nouns (lemma or form), which do not speak: "Eine Verschiebung", "Den Plan".
_ABSTRACT_ENDINGS = (
    "ung", "ungen", "heit", "keit", "nis", "nisse", "ismus", "tät", "tion", "tionen", "plan",
    "pläne", "vorschlag", "vorschläge", "entwurf", "vorwurf", "vorwürfe", "gesetz", "politik",
    "kritik", "idee", "maßnahme", "maßnahmen", "entscheid",
)  # fmt: skip


#: Abstract-looking endings of institutions and groups, which do speak: "Die Regierung".
_INSTITUTION_ENDINGS = (
    "regierung", "führung", "leitung", "vertretung", "verwaltung", "stiftung", "zeitung",
    "vereinigung", "bewegung", "versammlung", "opposition", "organisation", "koalition",
    "delegation", "redaktion", "fraktion", "kommission", "institution", "nation", "nationen",
    "universität", "direktion",
)  # fmt: skip


def _object_first(ctx: _Ctx, start: int, v: int, b: int) -> tuple[int, int] | None:
    """The subject after the verb when the prefield is an abstract object.

    "Eine Verschiebung bezeichnete Müller als fatal", "Diese Entscheidung kritisierte der
    Minister": an abstract noun phrase does not speak, so a person named right after the finite
    verb (a name, "er", or "der" + role) is the subject. Institutions ("Die Regierung
    kritisierte Müller") keep the prefield.
    """
    doc = ctx.doc
    if np_at(ctx, start, v, apposition=False) != v or any(
        ctx.person_at(x) for x in range(start, v)
    ):
        return None
    head = doc.toks[v - 1]
    words = {head.lower_, (head.lemma_ or head.text).lower()}
    if is_role_word(head) or not any(w.endswith(_ABSTRACT_ENDINGS) for w in words):
        return None
    if any(w.endswith(_INSTITUTION_ENDINGS) for w in words):
        return None
    j = _skip_adverbs(ctx, v + 1, b)
    if j >= b:
        return None
    if doc.toks[j].lower_ == "er":
        return (j, j + 1)
    for ps, pe, _key in ctx.persons_within(j, b):
        return (j, pe) if ps == j else None
    if doc.toks[j].lower_ == "der":
        end = np_at(ctx, j, b)
        if end is not None and is_role_word(doc.toks[end - 1]):
            return (j, end)
    return None


#: Closing quotation marks that may follow the end of a quoted sentence.
_CLOSING_MARKS = frozenset({"“", "”", '"', "«", "»", "‘", "’", "'", "''"})


#: Focus particles before a prefield subject: "Auch X sagte", "Aber Zeitungen berichteten".
_FOCUS_PARTICLES = frozenset({"auch", "aber", "selbst", "sogar", "doch", "jedoch", "und"})


#: Prepositions joining a prefield subject and its attributes ("Ken Rice vom Institut für X").
_PREFIELD_PREPOSITIONS = frozenset(
    {"für", "ohne", "von", "vom", "aus", "in", "im", "bei", "beim", "an", "am", "zur", "zum"}
)


def _prefield_pp_chain(ctx: _Ctx, end: int | None, v: int) -> int | None:
    """Extend a prefield noun phrase over prepositional attributes when they reach verb ``v``.

    In a verb-second clause everything before the finite verb is one constituent, so "Ken Rice
    vom Institut für Astronomie in Edinburgh erklärte" has the whole prefield as subject.
    """
    if end is None or end >= v:
        return end
    j = end
    doc = ctx.doc
    while j < v and doc.toks[j].lower_ in _PREFIELD_PREPOSITIONS:
        sub = np_at(ctx, j + 1, v, apposition=False)
        if sub is None:
            return end
        j = sub
    return j if j == v else end


#: Suffixes of adjectives and adverbs used alone in the prefield ("Offiziell", "Gleichzeitig").
_ADVERBIAL_RE = re.compile(r"(lich|ig|isch|ell|weise|gemäß|mäßig|maßen|falls|dings)$")


def _adverbial_prefield(ctx: _Ctx, s: int, v: int, b: int) -> bool:
    """One adverb-like word before the verb with a noun phrase or pronoun right after it."""
    toks = ctx.doc.toks
    if s + 1 != v or not _ADVERBIAL_RE.search(toks[s].lower_):
        return False
    if ctx.person_at(s):
        return False  # "Ludwig sagte"
    j = _skip_adverbs(ctx, v + 1, b)
    if j >= b:
        return False
    nxt = toks[j]
    return (
        nxt.lower_ in {"der", "die", "das", "ein", "eine"}
        or nxt.lower_ in PERSON_PRONOUNS
        or (is_np_word(nxt) and nxt.lower_ not in _OBLIQUE_ARTICLES)
    )


#: Lower-case words that may occur inside an apposition ("Chef der Firma für Y und Z").
_APPOSITION_WORDS = frozenset(
    {"und", "für", "von", "vom", "im", "in", "am", "an", "aus", "bei", "zu", "zur", "zum", "mit"}
)


def _apposition_subject(ctx: _Ctx, end: int | None, v: int) -> int | None:
    """End of "Name, apposition" before the verb ``v`` when the noun phrase stopped at ``end``.

    ``end`` is the comma after the first noun phrase; the apposition runs to the next comma,
    which is followed by the verb itself or by a finite auxiliary and the rest of the verb
    group ("X, Chef der Y, hat ... gefordert"). The apposition holds no verb: its lower-case
    words are articles, prepositions, conjunctions and adjectives only.
    """
    toks = ctx.doc.toks
    if end is None:
        return None
    # attributes the noun-phrase chunker left out: "Der Vertreter der X im Rat der Y, Z, ..."
    first_comma = next((x for x in range(end, min(v, end + 10)) if toks[x].text == ","), None)
    if first_comma is None or not all(_apposition_word(ctx, x) for x in range(end, first_comma)):
        return None
    end = first_comma
    if end + 2 >= v:
        return None
    close = next((x for x in range(end + 1, v) if toks[x].text in CLAUSE_DELIMITERS), None)
    if close is None or toks[close].text != "," or close - end > 14 or close == end + 1:
        return None
    if not (is_cap(toks[end + 1]) or toks[end + 1].lower_ in DETERMINERS):
        return None
    if not all(_apposition_word(ctx, x) for x in range(end + 1, close)):
        return None
    if close + 1 == v or (
        toks[close + 1].lower_ in FINITE_AUX
        and not any(toks[x].text in CLAUSE_DELIMITERS for x in range(close + 1, v))
    ):
        return close
    return None


def _apposition_word(ctx: _Ctx, x: int) -> bool:
    """Whether token ``x`` may stand inside a noun phrase or apposition (no verb)."""
    t = ctx.doc.toks[x]
    if t.lower_ in FINITE_AUX or t.text in CLAUSE_DELIMITERS:
        return False
    return not t.text.islower() or (
        t.lower_ in NP_STOP_WORDS | DETERMINERS | _APPOSITION_WORDS or is_modifier(t)
    )


def _speaker_of_verb(ctx: _Ctx, v: int, a: int, b: int) -> tuple[int, int] | None:
    """Token range of the subject of speech verb ``v`` within ``[a, b)`` (no parser)."""
    doc = ctx.doc
    if doc.has_dep():
        parsed = _parsed_subject(doc.doc[v])
        if parsed is not None:
            return parsed
    clause_a = a
    for k in range(v - 1, a - 1, -1):
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
        or doc.toks[v + 1].lower_ in (FINITE_AUX | SENTENCE_END)
    )
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
    if _adverbial_prefield(ctx, clause_a, v, b):
        starts = ()  # "Offiziell geht die Regierung davon aus": the subject follows the verb
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
                return (start, end)
            if (
                end is not None
                and end < v
                and start == a
                and _is_verbish_free(ctx, doc.toks[end])
                and not any(doc.toks[x].text in CLAUSE_DELIMITERS for x in range(end, v))
            ):
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
        end = np_at(ctx, clause_a, v)
        if end is not None and end < v and _is_verbish_free(ctx, doc.toks[end]):
            return (clause_a, end)
    # passive or modal with the subject after the finite auxiliary: "wird X zitiert"
    aux_from = clause_a if clause_a < v else a
    for k in range(aux_from, v):
        if doc.toks[k].lower_ in FINITE_AUX and (
            k > aux_from or (k == clause_a and k > a and doc.toks[k - 1].text == ",")
        ):  # ", hat X gefordert" after a long prefield with a relative clause
            j = _skip_adverbs(ctx, k + 1, v)
            end = np_at(ctx, j, v)
            if end is not None:
                return (j, end)
            break
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
            return (back, v - 1)
    return _sentence_subject(ctx, v, a, clause_a)


def _sentence_subject(ctx: _Ctx, v: int, a: int, clause_a: int) -> tuple[int, int] | None:
    """The subject opening the sentence when the verb's own clause names none.

    Two main-clause shapes put the subject far from the speech verb: a perfect tense with a long
    middle field ("X, Chefin von Y, hat in einem Interview mit Z (...) gefordert, ...") and a
    second main clause sharing the subject ("X wollte sich nicht festlegen, sagte aber, ...").
    The noun phrase must open the sentence and be followed by the finite verb.
    """
    doc = ctx.doc
    if a >= v or doc.toks[a].lower_ in NP_STOP_WORDS | _SUBORDINATORS | _OBLIQUE_ARTICLES:
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


def _passive_agent(ctx: _Ctx, v: int, clause_a: int) -> tuple[int, int] | None:
    """The agent of a passive speech verb: "Von der Polizei wurde mitgeteilt, ...",
    "Es wurde von X betont", "In einem Bericht der Zeitung wurde vermutet"."""
    doc = ctx.doc
    if not any(doc.toks[k].lower_ in _PASSIVE_AUX for k in range(clause_a, v)):
        return None
    for k in range(clause_a, v - 1):
        low = doc.toks[k].lower_
        if low in {"von", "vom"} or (low in {"in", "im"} and k == clause_a):
            start = k + 1
            end = np_at(ctx, start, v, apposition=False)
            if end is None or not (end == v or doc.toks[end].lower_ in _PASSIVE_AUX):
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

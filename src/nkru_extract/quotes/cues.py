"""Stage 2 of the attributor: speech cues and source frames inside a unit.

Cues are speech verbs (with separable particles) found per clause segment; frames are the
prepositional and adverbial source markers: *laut X*, *gemäß X*, *X zufolge*, *nach Angaben
X*, *nach einem Bericht X*, *so X*, *wie X sagte*, *heißt es in X*, *aus X geht hervor*,
*unter Berufung auf X*, speech phrases (*X ist der Ansicht, dass*), colon introductions before a
quotation. Each returns an ``_Attribution`` (speaker resolved by ``speakers``) and the message
ranges left when the frame is cut out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import compress

from spacy.tokens import Token

from nkru_extract.quotes.clause_frames import (
    _LAUTET,
    _document_in_clause,
    _is_hedge,
    _laut_in_clause,
    _no_speech_use,
    _passive_agent,
    _relative_frame,
    _statement_lautet,
)
from nkru_extract.quotes.context import (
    _HEISST,
    _Attribution,
    _Ctx,
    _has_source,
)
from nkru_extract.quotes.frame_nouns import is_frame_noun
from nkru_extract.quotes.frame_sources import (
    _according_source,
    _compound_source,
    _is_genitive_name,
    _is_lower_name,
    _participial_np,
    _relative_clause_end,
    _zufolge_start,
)
from nkru_extract.quotes.hervor import _hervor_frame, _temporal_nach
from nkru_extract.quotes.lexicon import (
    SpeechVerbs,
    konjunktiv_from,
    strong_konjunktiv_from,
)
from nkru_extract.quotes.prefield import _skip_adverbs
from nkru_extract.quotes.ranges import _message_range, _minus, _so_tail
from nkru_extract.quotes.rules_de import (
    ACCORDING_NOUNS,
    DETERMINERS,
    NOT_CUE_FORMS,
    NP_STOP_WORDS,
    POSSESSIVE_MEIN,
    QUOTE_MARKS,
    SENTENCE_END,
    SEPARABLE_PARTICLES,
    SOURCE_POSTPOSITIONS,
    SOURCE_PREPOSITIONS,
    SPEECH_PHRASE_NOUNS,
    SPEECH_PHRASES,
    TIGER_CLAUSAL_OBJECT,
)
from nkru_extract.quotes.speakers import (
    _last_person_before,
    _resolve,
)
from nkru_extract.quotes.subjects import _speaker_of_verb
from nkru_extract.text.phrases import (
    CLAUSE_DELIMITERS,
    is_cap,
    is_modifier,
    is_role_word,
    np_at,
    np_ending_at,
    prev_token,
)


def _segments(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int, str]]:
    """Comma/colon-delimited segments of ``[a, b)``: (start, end, delimiter after).

    Cached per range: callers must not modify the returned list.
    """
    cached = ctx.segments_cache.get((a, b))
    if cached is not None:
        return cached
    texts = ctx.doc.texts
    if ctx.segment_marks is None:
        # the only tokens where the walk below does something: block starts and delimiters
        ctx.block_ends = {bk.first: bk.last for bk in ctx.blocks}
        ctx.segment_marks = sorted(
            ctx.block_ends.keys()
            | set(compress(range(len(texts)), map(CLAUSE_DELIMITERS.__contains__, texts)))
        )
    marks = ctx.segment_marks
    block_ends = ctx.block_ends
    out: list[tuple[int, int, str]] = []
    s = a
    k = a  # the walk over [a, b) skips the tokens before k
    for m in marks[bisect_left(marks, a) : bisect_left(marks, b)]:
        if m < k:
            continue
        if m in block_ends:
            k = max(m + 1, block_ends[m])
            continue
        text = texts[m]
        if text in CLAUSE_DELIMITERS:
            if m > s:
                out.append((s, m, text))
            s = m + 1
        k = m + 1
    if s < b:
        out.append((s, b, ""))
    ctx.segments_cache[(a, b)] = out
    return out


def _find_cues(ctx: _Ctx, a: int, b: int) -> list[tuple[int, tuple[int, int], str]]:
    """Speech-verb cues in ``[a, b)``: (verb index, cue token range, lemma).

    Cached per range: callers must not modify the returned list.
    """
    cached = ctx.cues_cache.get((a, b))
    if cached is not None:
        return cached
    toks = ctx.doc.toks
    verbs = ctx.verbs
    verb_lemmas = verbs.lemmas
    verb_forms = verbs.forms
    particle_only = _particle_only_bases(verbs)
    cues: list[tuple[int, tuple[int, int], str]] = []
    segs = _segments(ctx, a, b)
    # only the words outside quotations that can be a speech verb at all are visited
    candidates = ctx.cue_candidates()
    for s, e, _ in segs:
        first = bisect_left(candidates, s)
        if first == len(candidates) or candidates[first] >= e:
            continue
        # the last token of the segment before trailing punctuation and spaces
        seg_last = e - 1
        while seg_last > s and (toks[seg_last].is_punct or toks[seg_last].is_space):
            seg_last -= 1
        seg_particle = toks[seg_last].lower_
        if seg_particle not in SEPARABLE_PARTICLES:
            seg_last = -1  # no particle at the end: the test below never holds
        for i in candidates[first : bisect_left(candidates, e, first)]:
            tok = toks[i]
            if tok.lower_ in NOT_CUE_FORMS or (
                tok.lower_ in POSSESSIVE_MEIN
                and i + 1 < len(toks)
                and is_cap(toks[i + 1])
                and toks[i + 1].lower_ not in DETERMINERS
            ):
                continue  # "offenbar", "äußerst"; "Meine Kollegen": no verb
            if tok.text[0].isupper() and i != s and not (i > 0 and toks[i - 1].text in QUOTE_MARKS):
                continue
            if seg_last > i:
                lemma = verbs.particle_lemma(tok, seg_particle)
                if lemma is not None:
                    cues.append((i, (i, i + 1), lemma))
                    continue
            prev = toks[i - 1] if i > s else None
            if prev is not None and prev.lower_ in SEPARABLE_PARTICLES:
                lemma = verbs.particle_lemma(tok, prev.lower_)
                if lemma is not None:  # verb-final "wie X bekannt gab"
                    cues.append((i, (i - 1, i + 1), lemma))
                    continue
            if tok.text[0].isupper() and i == s and e == i + 1 and e < b and toks[e].text == ":":
                continue  # a label ("Frage: ...", "Antwort: ..."), not a verb
            # verbs.base_match(tok), inlined
            lemma_low = tok.lemma_.lower()
            if (
                (lemma_low in verb_lemmas or tok.lower_ in verb_forms)
                and (lemma_low not in particle_only)
                and not _no_speech_use(ctx, i, s, e, lemma_low)
            ):
                cues.append((i, (i, i + 1), lemma_low))
    ctx.cues_cache[(a, b)] = cues
    return cues


_PARTICLE_ONLY: dict[int, tuple[SpeechVerbs, frozenset[str]]] = {}


def _particle_only_bases(verbs: SpeechVerbs) -> frozenset[str]:
    """Bases of separable speech verbs that are no speech verbs on their own ("teilen")."""
    entry = _PARTICLE_ONLY.get(id(verbs))
    if entry is None or entry[0] is not verbs:
        if len(_PARTICLE_ONLY) >= 8:
            _PARTICLE_ONLY.clear()
        entry = (verbs, frozenset({t[1] for t in verbs.separable} - verbs.lemmas))
        _PARTICLE_ONLY[id(verbs)] = entry
    return entry[1]


def _parsed_message(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ in TIGER_CLAUSAL_OBJECT:
            return (child.left_edge.i, child.right_edge.i + 1)
    return None


def _attribution_for_verb(
    ctx: _Ctx, v: int, cue: tuple[int, int], lemma: str, a: int, b: int
) -> _Attribution | None:
    doc = ctx.doc
    if _is_hedge(ctx, v, a, b):
        return None
    subject = _speaker_of_verb(ctx, v, a, b)
    outlet: str | None = None
    if subject is not None and lemma == "zitieren" and subject[0] > v:
        obj_start = _skip_adverbs(ctx, subject[1], b)
        obj_end = np_at(ctx, obj_start, b)
        if obj_end is not None and (
            doc.toks[obj_start].lower_ in DETERMINERS
            or doc.toks[obj_start].lower_ in {"den", "die"}
        ):
            outlet = doc[subject[0] : subject[1]].text
            subject = (obj_start, obj_end)
    elif subject is not None and lemma == "zitieren" and subject[1] <= v:
        passive = any(
            doc.toks[k].lower_ in {"wird", "wurde", "werden", "wurden"} for k in range(a, v)
        )
        if not passive:
            obj_start = _skip_adverbs(ctx, v + 1, b)
            obj_end = np_at(ctx, obj_start, b)
            if obj_end is not None:
                outlet = doc[subject[0] : subject[1]].text
                subject = (obj_start, obj_end)
    # "berichtet laut X die Agentur Y": X is the outlet
    j = _skip_adverbs(ctx, v + 1, b)
    if outlet is None and j < b and doc.toks[j].lower_ in SOURCE_PREPOSITIONS:
        end = np_at(ctx, j + 1, b)
        if end is not None and subject is not None and subject[0] >= end:
            outlet = doc[j + 1 : end].text
    # "unter Berufung auf X": the speaker is X; the subject is the outlet and, as the sentence
    # gives it, the source mention ("Das melden Zeitungen unter Berufung auf Sicherheitskreise")
    reporter: tuple[int, int] | None = None
    for k in range(a, max(a, b - 2)):
        if (
            doc.toks[k].lower_ == "unter"
            and doc.toks[k + 1].lower_ == "berufung"
            and doc.toks[k + 2].lower_ == "auf"
        ):
            end = np_at(ctx, k + 3, b)
            if end is not None:
                if subject is not None:
                    outlet = doc[subject[0] : subject[1]].text
                    reporter = subject
                subject = (k + 3, end)
            break
    if reporter is None and outlet is None and subject is not None and lemma != "zitieren":
        # "Laut CNN hat der Minister verkündet, ...": CNN is the source mention and outlet
        reporter = _laut_in_clause(ctx, v, a, b, subject)
        if reporter is not None:
            outlet = doc[reporter[0] : reporter[1]].text
    if subject is None:
        # "In einer Mitteilung der Behörde wird gefordert, dass ...": the document speaks;
        # "Von der Opposition wurde ... kritisiert": the agent speaks
        document = _document_in_clause(ctx, v, a, b)
        if document is None and lemma != "zitieren":  # "wird von Reuters zitiert": the outlet
            document = _passive_agent(ctx, v, a, b)
        if document is not None:
            inner = _according_source(ctx, document)
            att = (_resolve(ctx, *inner, None) if inner else None) or _Attribution(
                None, None, None, None
            )
            att.speaker_span, att.cue_span, att.cue = document, cue, doc[cue[0] : cue[1]].text
            return att
        return _Attribution(None, None, cue, doc[cue[0] : cue[1]].text)
    resolved = _resolve(ctx, subject[0], subject[1], doc.toks[v])
    if resolved is not None and reporter is not None:
        resolved.resolved_span = resolved.resolved_span or resolved.speaker_span
        resolved.speaker_span = reporter
    elif reporter is not None:
        resolved = _resolve(ctx, reporter[0], reporter[1], doc.toks[v])
    if resolved is None:
        return None
    resolved.cue_span = cue
    resolved.cue = doc[cue[0] : cue[1]].text
    resolved.outlet = outlet
    return resolved


def _has_konjunktiv(ctx: _Ctx, ranges: Iterable[tuple[int, int]], strong: bool = False) -> bool:
    doc = ctx.doc
    toks = doc.toks
    block_at = ctx.block_at
    # only the tokens that can be a Konjunktiv form at all are visited
    candidates = ctx.konjunktiv_candidates()
    for s, e in ranges:
        for k in candidates[bisect_left(candidates, s) : bisect_left(candidates, e)]:
            if k in block_at:
                continue
            tok = toks[k]
            mood = doc.mood(k)
            if (
                strong_konjunktiv_from(mood, tok.lower_, tok.text, tok.lemma_)
                if strong
                else konjunktiv_from(mood, tok.lower_, tok.text, tok.is_alpha, tok.lemma_)
            ):
                return True
    return False


#: The words that can start a frame in ``_frame_attribution``.
#: Nouns of "nach einem Bericht der X" (with an article, unlike "nach Angaben X").
_ARTICLE_FRAME_NOUNS = frozenset(
    {
        "bericht",
        "mitteilung",
        "meldung",
        "erklärung",
        "darstellung",
        "aussage",
        "aussagen",
        "angaben",
        "ermittlungen",
        "erkenntnissen",
        "berechnungen",
        "informationen",
        "einschätzung",
        "schätzungen",
    }
)
#: Articles between "nach" and the frame noun ("nach einem Bericht", "nach den Ermittlungen",
#: "nach diesen Erkenntnissen").
#: Heads of "nach einer Veröffentlichung im Magazin X" (the medium after "im" is the source).
_PUBLICATION_NOUNS = ("veröffentlichung", "bericht", "artikel", "beitrag", "meldung")
#: Possessives between "nach" and an opinion noun ("nach seiner Meinung").
_POSSESSIVES = frozenset({"seiner", "ihrer", "seinen", "ihren", "seinem", "ihrem"})
_FRAME_ARTICLES = frozenset({"einem", "einer", "dem", "den", "der", "diesem", "dieser", "diesen"})
#: Endings of compound frame nouns ("Polizeiangaben", "Zeugenaussagen", "Expertenmeinung").
_ACCORDING_SUFFIXES = (
    "angaben",
    "informationen",
    "berichten",
    "einschätzung",
    "aussagen",
    "meinung",
    "schätzungen",
    "erkenntnissen",
)
_FRAME_WORDS = (
    SOURCE_PREPOSITIONS
    | SOURCE_POSTPOSITIONS
    | _HEISST
    | SPEECH_PHRASE_NOUNS
    | {"nach", "so", "aus"}
)


def _frame_attribution(
    ctx: _Ctx, a: int, b: int
) -> tuple[_Attribution, list[tuple[int, int]], str] | None:
    """Prepositional and adverbial frames in the unit ``[a, b)``."""
    doc = ctx.doc
    toks = doc.toks
    for k in range(a, b):
        low = toks[k].lower_
        if low not in _FRAME_WORDS:  # no frame below starts with another word
            continue
        if k in ctx.block_at and ctx.blocks[ctx.block_at[k]].statement:
            continue
        # "Dies geht aus X hervor", "Wie aus X hervorgeht, ...", "Aus X geht hervor, dass ..."
        if low == "aus":
            found = _hervor_frame(ctx, k, a, b)
            if found is not None:
                return found
            continue
        # "X ist der Ansicht, dass ...", "X kam zu dem Schluss, dass ..."
        if low in SPEECH_PHRASE_NOUNS:
            found = _phrase_frame(ctx, k, a, b)
            if found is not None:
                return found
            continue
        # "Studien, nach denen ...", "ein Gutachten, laut dem ...": the relative pronoun
        if low in SOURCE_PREPOSITIONS | {"nach"}:
            found = _relative_frame(ctx, k, a, b)
            if found is not None:
                return found
        # laut X, gemäß X
        if low in SOURCE_PREPOSITIONS:
            end = np_at(ctx, k + 1, b)
            head_at = k + 1
            if end is None and k + 1 < b and _is_lower_name(toks[k + 1].text):
                end = k + 2  # "laut ndr.de"
            elif (
                end is None
                and k + 2 < b
                and toks[k + 1].lower_ in DETERMINERS
                and _is_lower_name(toks[k + 2].text)
            ):
                end = k + 3  # "laut einer dpa-Meldung"
            if end is None and k + 1 < b and toks[k + 1].lower_ in DETERMINERS:
                # "laut einer am Montag verbreiteten Mitteilung des Verbandes"
                head_at, end = _participial_np(ctx, k + 1, b)
            if end is None:
                continue
            src: tuple[int, int] | None = (k + 1, end)
            assert src is not None
            inner = _according_source(ctx, (head_at, end))
            att = _resolve(ctx, *inner, None) if inner else None
            if end - k == 2 and _compound_source(toks[k + 1]) is not None:  # "laut Polizeiangaben"
                att = _Attribution(_compound_source(toks[k + 1]), src, None, None)
            att = att or _Attribution(None, None, None, None)
            att.speaker_span = src  # "Aussagen eines Experten": the whole local mention
            # "Laut der Zeitung, die sich auf X beruft, ...": the relative clause is no message
            rel_end = _relative_clause_end(ctx, end, b)
            if rel_end is not None:
                end = rel_end
            att.cue_span, att.cue = (k, k + 1), doc.toks[k].text
            return att, _minus(ctx, a, b, (k, end)), "indirect" if att.speaker else "reported"
        # X zufolge
        if low in SOURCE_POSTPOSITIONS:
            start = _zufolge_start(ctx, np_ending_at(ctx, k, a), k, a)
            if start is None:
                continue
            inner = _according_source(ctx, (start, k))  # "Den Angaben der Feuerwehr zufolge"
            att = (_resolve(ctx, *inner, None) if inner else None) or _Attribution(
                None, None, None, None
            )
            if inner != (start, k):
                att.speaker_span = (start, k)
            att.cue_span, att.cue = (k, k + 1), doc.toks[k].text
            return att, _minus(ctx, a, b, (start, k + 1)), "indirect" if att.speaker else "reported"
        # "Seiner Meinung nach", "Angaben der Polizei nach"
        if low == "nach" and k > a and doc.toks[k - 1].lower_ in ACCORDING_NOUNS:
            start = np_ending_at(ctx, k, a)
            if start is not None:
                possessive = doc.toks[start].lower_ in {"seiner", "ihrer", "seinen", "ihren"}
                person = _last_person_before(ctx, start) if possessive else None
                inner = _according_source(ctx, (start, k))
                att = (
                    _Attribution(person, (start, k), None, None, person=person is not None)
                    if possessive
                    else (_resolve(ctx, *inner, None) if inner else None)
                ) or _Attribution(None, (start, k), None, None)
                att.speaker_span = (start, k)
                att.cue_span, att.cue = (k, k + 1), doc.toks[k].text
                return (
                    att,
                    _minus(ctx, a, b, (start, k + 1)),
                    "indirect" if att.speaker else "reported",
                )
        # nach Angaben (von/des) X, nach Polizeiangaben
        if low == "nach" and k + 1 < b and not _temporal_nach(ctx, k, a):
            nxt = doc.toks[k + 1]
            j = k + 1
            # "nach einem (ersten) Bericht der Zeitung", "nach einer Mitteilung des Amtes",
            # "nach den bisherigen Ermittlungen", "nach israelischen Angaben"
            owner = nxt.lower_ in _POSSESSIVES or _is_genitive_name(ctx, k + 1)
            if (nxt.lower_ in _FRAME_ARTICLES or owner) and k + 2 < b:
                j += 1  # also "nach seiner Meinung", "nach Grupps Meinung"
            while (
                j + 1 < b and j - k <= 3 and is_modifier(doc.toks[j]) and not doc.toks[j].like_num
            ):
                j += 1
            noun = doc.toks[j] if j < b else nxt
            if j > k + 1 and doc.toks[k + 1].lower_ in _FRAME_ARTICLES:
                according = noun.lower_ in _ARTICLE_FRAME_NOUNS
            else:
                according = noun.lower_ in ACCORDING_NOUNS or (
                    is_cap(noun) and noun.lower_.endswith(_ACCORDING_SUFFIXES)
                )
            if not according and j < b:
                # "Nach einer Stellungnahme der Armee", "nach dem vorläufigen Endergebnis"
                according = is_frame_noun(noun.text, doc.toks[k + 1].lower_ in {"einem", "einer"})
            if according:
                end = j + 1
                if end < b and doc.toks[end].like_num and noun.lower_.endswith("artikel"):
                    end += 1  # "nach Artikel 65 des Grundgesetzes"
                src = None
                if end < b and doc.toks[end].lower_ in {"von", "vom"}:
                    src_end = np_at(ctx, end + 1, b)
                    if src_end is not None:
                        src = (end + 1, src_end)
                        end = src_end
                elif end < b and (
                    doc.toks[end].lower_
                    in {"des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer"}
                    or (is_modifier(doc.toks[end]) and doc.toks[end].lower_.endswith("er"))
                ):
                    src_end = np_at(ctx, end, b)
                    head_at = end
                    if src_end is None:  # "der von der Hamas kontrollierten Behörde"
                        head_at, src_end = _participial_np(ctx, end, b)
                    if src_end is not None:
                        src = (head_at, src_end)
                        end = src_end
                elif end < b and _is_genitive_name(ctx, end):  # "nach Angaben Taiwans"
                    src = (end, end + 1)
                    end += 1
                elif (
                    end + 1 < b
                    and doc.toks[end].lower_ in {"im", "in"}
                    and noun.lower_.endswith(_PUBLICATION_NOUNS)
                ):
                    medium_end = np_at(ctx, end + 1, b)  # "nach einem Bericht im Magazin X"
                    if medium_end is not None:
                        src = (end + 1, medium_end)
                        end = medium_end
                att = _resolve(ctx, *src, None) if src else None
                if src is not None and src[1] - src[0] == 1 and _is_genitive_name(ctx, src[0]):
                    att = _Attribution(doc.toks[src[0]].text[:-1], src, None, None)
                if src is None and j == k + 1:
                    compound = _compound_source(noun)
                    if compound is not None:  # "nach Polizeiangaben"
                        att = _Attribution(compound, (k + 1, end), None, None)
                if owner and src is None and nxt.lower_ in _POSSESSIVES:
                    person = _last_person_before(ctx, k)
                    att = _Attribution(person, None, None, None, person=person is not None)
                elif owner and src is None:
                    att = _Attribution(nxt.text[:-1], None, None, None)  # "Grupps" -> "Grupp"
                att = att or _Attribution(None, None, None, None)
                att.speaker_span = (k + 1, end)  # "Angaben der Polizei", "eigenen Angaben"
                att.cue_span, att.cue = (k, j + 1), doc[k : j + 1].text
                return att, _minus(ctx, a, b, (k, end)), "indirect" if att.speaker else "reported"
        # ", so X" / "so X," (not "so soll", "so ist")
        if low == "so" and k > a and doc.toks[k - 1].text in {",", "–"}:
            end = np_at(ctx, k + 1, b)
            if end is None and k + 2 < b and _is_lower_name(toks[k + 1].text):
                end = np_at(ctx, k + 2, b) or k + 2  # "so verdi-Chef Frank Werneke"
            tail = _so_tail(ctx, end, b)
            if end is not None and (
                tail >= b
                or doc.toks[tail].text in CLAUSE_DELIMITERS
                or doc.toks[tail].text in SENTENCE_END
            ):
                att = _resolve(ctx, k + 1, end, None)
                if att is None:
                    continue
                att.cue_span, att.cue = (k, k + 1), doc.toks[k].text
                return att, _minus(ctx, a, b, (k, tail)), "indirect"
        # "heißt es (in/bei/aus X)"
        if low in _HEISST and k + 1 < b and doc.toks[k + 1].lower_ == "es":
            end = k + 2
            att = _Attribution(None, None, None, None)
            if end < b and doc.toks[end].lower_ in {"in", "im", "bei", "beim", "aus", "von", "vom"}:
                src_end = np_at(ctx, end + 1, b)
                place = doc.toks[end].lower_ == "in" and doc.toks[end + 1].lower_ not in DETERMINERS
                if src_end is not None and not place:
                    inner = _according_source(ctx, (end + 1, src_end))
                    att = (_resolve(ctx, *inner, None) if inner else None) or att
                    end = src_end
            if att.speaker_span is None:
                pre = _prefield_source(ctx, a, k)
                if pre is not None:
                    att = _resolve(ctx, *pre, None) or _Attribution(None, pre, None, None)
            att.cue_span, att.cue = (k, k + 2), doc[k : k + 2].text
            seg_start = k
            while seg_start > a and doc.toks[seg_start - 1].text not in CLAUSE_DELIMITERS:
                seg_start -= 1
            seg_end = end
            while seg_end < b and doc.toks[seg_end].text not in CLAUSE_DELIMITERS:
                seg_end += 1
            parts = _minus(ctx, a, b, (seg_start, seg_end))
            return att, parts, "indirect" if att.speaker else "reported"
    return None


def _phrase_frame(
    ctx: _Ctx, k: int, a: int, b: int
) -> tuple[_Attribution, list[tuple[int, int]], str] | None:
    """A speech phrase around the noun at ``k`` with a content clause after it, or None.

    "X ist der Ansicht, dass ...", "X vertritt die Auffassung, ...", "X kam zu dem Schluss,
    dass ...", "X machte zur Bedingung, dass ...": the subject of the light verb is the source,
    the clause after the comma (or colon) the message.
    """
    toks = ctx.doc.toks
    if not is_cap(toks[k]):
        return None
    art = k - 1
    if art > a and is_modifier(toks[art]):
        art -= 1  # "der festen Überzeugung"
    if art <= a:
        return None
    low = toks[k].lower_
    for nouns, articles, verbs in SPEECH_PHRASES:
        if low not in nouns or toks[art].lower_ not in articles:
            continue
        before = art - 1
        if toks[art].lower_ in {"dem", "der"} and "zum" in articles:
            if toks[before].lower_ != "zu":
                continue
            before -= 1
        end = k + 1
        v = next(
            (
                x
                for x in range(before, max(a, before - 6) - 1, -1)
                if toks[x].lower_ in verbs or toks[x].text in CLAUSE_DELIMITERS
            ),
            None,
        )
        if v is not None and toks[v].text in CLAUSE_DELIMITERS:
            v = None
        if v is None and end < b and toks[end].lower_ in verbs:
            v, end = end, end + 1  # "sei er zu dem Schluss gekommen, dass"
        if v is None or end + 1 >= b or toks[end].text not in {",", ":"}:
            continue
        first = toks[end + 1]
        if toks[end].text == "," and not (
            first.lower_ in {"dass", "daß", "ob", "warum", "wie"}
            or first.text in QUOTE_MARKS
            or _has_konjunktiv(ctx, [(end + 1, b)])
        ):
            continue
        subject = _speaker_of_verb(ctx, v, a, end)
        if subject is not None and subject[0] < art < subject[1]:
            subject = (subject[0], art)  # "ist der Minister der Ansicht": no genitive
        if subject is None or subject[1] > before + 1:
            continue  # the phrase's own noun phrase is no subject ("Wir sind der Meinung")
        att = _resolve(ctx, subject[0], subject[1], toks[v])
        parts = _message_range(ctx, end + 1, b)
        if att is None or not parts or parts[0][1] - parts[0][0] < 2:
            continue
        att.cue_span, att.cue = (art, k + 1), ctx.doc[art : k + 1].text
        return att, parts, "indirect"
    return None


def _prefield_source(ctx: _Ctx, a: int, k: int) -> tuple[int, int] | None:
    """The X of "In X heißt es", "Bei X hieß es" (also with a relative clause after X)."""
    doc = ctx.doc
    seg_start = k
    while seg_start > a and doc.toks[seg_start - 1].text not in CLAUSE_DELIMITERS:
        seg_start -= 1
    preps = {"in", "im", "bei", "beim", "aus", "von", "vom"}
    start = a if doc.toks[a].lower_ in preps else seg_start
    if doc.toks[start].lower_ not in preps:
        return None
    end = np_at(ctx, start + 1, k, apposition=False)
    if end is None:
        return None
    if end == k or (doc.toks[end].text == "," and doc.toks[k - 1].text == ","):
        return (start + 1, end)
    return None


def _berufung_at(ctx: _Ctx, i: int, limit: int) -> bool:
    """Whether "unter Berufung auf" starts at token ``i``."""
    toks = ctx.doc.toks
    return (
        i + 2 < limit
        and toks[i].lower_ == "unter"
        and toks[i + 1].lower_ == "berufung"
        and toks[i + 2].lower_ == "auf"
    )


#: Heads that name a group or body able to speak ("Die Firma ...: „…“").
_ORG_HEAD_RE = re.compile(
    r"(firma|konzern|unternehmen|regierung|ministerium|behörde|partei|verband|gewerkschaft"
    r"|polizei|gericht|kommission|rat|bund|vereinigung|organisation|zeitung|agentur|amt"
    r"|fraktion|koalition|opposition|staatsanwaltschaft|verein|institut|gruppe|bank)$"
)


def _is_org_subject(ctx: _Ctx, s: int, e: int) -> bool:
    """A definite noun phrase headed by an organisation noun ("Die Firma", "das Ministerium")."""
    toks = ctx.doc.toks
    if toks[s].lower_ not in {"der", "die", "das"}:
        return False
    k = s + 1
    while k < e and is_modifier(toks[k]):
        k += 1
    return k < e and is_cap(toks[k]) and _ORG_HEAD_RE.search(toks[k].lower_) is not None


def _frame_before(ctx: _Ctx, a: int, b: int) -> _Attribution | None:
    """Attribution from the text before a quotation (ending in ':' or ',')."""
    doc = ctx.doc
    cues = _find_cues(ctx, a, b)
    if cues:
        v, cue, lemma = cues[-1]
        att = _attribution_for_verb(ctx, v, cue, lemma, a, b)
        if att is not None and _has_source(att):
            return att
    heisst = next(
        (k for k in range(a, b - 1) if doc.toks[k].lower_ in _HEISST | {"geheißen"}), None
    )
    if heisst is not None:
        pre = _prefield_source(
            ctx, a, heisst if doc.toks[heisst - 1].lower_ != "es" else heisst - 1
        )
        if pre is None and doc.toks[heisst].lower_ != "geheißen":
            framed = _frame_attribution(ctx, heisst, b)
            if framed is not None and _has_source(framed[0]):
                return framed[0]
        if pre is not None:
            att = _resolve(ctx, *pre, None) or _Attribution(None, pre, None, None)
            att.cue_span, att.cue = (heisst, heisst + 1), doc.toks[heisst].text
            return att
    end_tok = prev_token(doc, b)
    if end_tok is not None and end_tok.text == ":":
        # "Im Kongress warb Obama mit den Worten: „…“": the subject of the first verb
        verbs = [
            k
            for k in range(a + 1, b)
            if doc.toks[k].is_alpha
            and doc.toks[k].text.islower()
            and doc.toks[k].lower_ not in DETERMINERS
            and doc.toks[k].lower_ not in NP_STOP_WORDS
        ]
        lautet = next((k for k in verbs if doc.toks[k].lower_ in _LAUTET), None)
        subject = _speaker_of_verb(ctx, lautet, a, b) if lautet is not None else None
        if lautet is not None and subject is not None and _statement_lautet(ctx, subject):
            # "Das Fazit des Berichts lautete: „…“": the statement noun phrase
            att = _resolve(ctx, *subject, None) or _Attribution(None, None, None, None)
            att.speaker_span = subject
            att.cue_span, att.cue = (lautet, lautet + 1), doc.toks[lautet].text
            return att
        verb = next((k for k in verbs if not is_modifier(doc.toks[k])), None)
        if verbs and verbs[0] == a + 1 and is_modifier(doc.toks[a + 1]):
            # "Hier sparte der Präsident nicht mit Kritik:": the verb right after one word
            verb = a + 1
        if verb is not None and not any(
            doc.toks[x].text in CLAUSE_DELIMITERS for x in range(a, verb)
        ):
            subject = _speaker_of_verb(ctx, verb, a, b)
            if subject is not None:
                att = _resolve(ctx, subject[0], subject[1], doc.toks[verb])
                if att is not None and (
                    att.person
                    or any(is_role_word(t) for t in doc[subject[0] : subject[1]])
                    or _is_org_subject(ctx, *subject)
                ):
                    return att
        start = a
        while start < b and (doc.toks[start].is_space or doc.toks[start].is_punct):
            start += 1
        if start < b and doc.toks[start].lower_ not in NP_STOP_WORDS:
            end = np_at(ctx, start, b)
            if end is not None and end < b:
                att = _resolve(ctx, start, end, doc.toks[end])
                if att is not None and att.person:
                    return att
    return None


def _has_own_colon_frame(ctx: _Ctx, a: int, b: int) -> bool:
    toks = ctx.doc.toks
    colon = next((k for k in range(a, b) if toks[k].text == ":"), None)
    return colon is not None and colon - a > 3

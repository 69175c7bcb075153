"""Who makes a claim and how firmly: the claimant (enclosing quote, source frames such as
"laut X", "X zufolge", "nach Angaben X", "unter Berufung auf X", a following "Das berichtet X",
hearsay *soll* / *angeblich*) and the modality markers of the sentence."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from nkru_extract.claims.lexicon import ClaimLexicon
from nkru_extract.claims.rules_de import (
    ACCORDING_NOUNS,
    BERUFUNG,
    CLAIMING_WOLLEN,
    FORWARD_ANAPHORS,
    HEARSAY_ADVERBS,
    NP_LINKERS,
    PERFECT_INFINITIVE,
    PLANNING_ADVERBS,
    REFERRING_WORDS,
    REPORT_NOUNS,
    REPORT_VERB_STEMS,
    REPORTATIVE_SOLL,
    SOURCE_POSTPOSITIONS,
    SOURCE_PREPOSITIONS,
    SPEAKING_OF_STEMS,
)
from nkru_extract.claims.view import DocView, SentenceView
from nkru_extract.quotes.lexicon import SpeechVerbs, is_konjunktiv, is_strong_konjunktiv
from nkru_extract.text.word_classes import ARTICLES, DEMONSTRATIVES, POSSESSIVES_3RD
from nkru_extract.types import CLAIM_MODALITIES, Claimant, Quote

__all__ = [
    "Attribution",
    "claimant_from_quote",
    "claiming_wollen",
    "find_frame",
    "forward_source",
    "modalities",
    "sentence_source",
    "soll_reading",
]

_DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES_3RD
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_MAX_NP = 8
_UNNAMED = "unnamed"
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claimant together with the cue it rests on and the span of its words."""

    claimant: Claimant
    cue: str
    start: int
    end: int


def _is_np_word(sent: SentenceView, i: int) -> bool:
    token = sent.tokens[i]
    text = token.text
    if not any(c.isalpha() for c in text) or token.like_num:
        return False
    if text[0].isupper():
        return True
    low = sent.words[i]
    if low in _DETERMINERS or low in NP_LINKERS:
        return True
    nxt = sent.tokens[i + 1].text if i + 1 < len(sent.tokens) else ""
    return low.endswith(_ADJ_ENDINGS) and bool(nxt) and (nxt[0].isupper() or nxt.islower())


def _np_after(sent: SentenceView, i: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that starts at ``i`` (articles, adjectives, names)."""
    j = i
    last_upper = -1
    while j < len(sent.tokens) and j - i < _MAX_NP and _is_np_word(sent, j):
        if sent.tokens[j].text[0].isupper():
            last_upper = j
        elif sent.words[j] not in _DETERMINERS | NP_LINKERS and not sent.words[j].endswith(
            _ADJ_ENDINGS
        ):
            break
        j += 1
    return None if last_upper < i else (i, last_upper + 1)


def _np_before(sent: SentenceView, i: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends just before ``i``."""
    j = i - 1
    first = -1
    while j >= 0 and i - j <= _MAX_NP and _is_np_word(sent, j):
        if sent.tokens[j].text[0].isupper() or sent.words[j] in _DETERMINERS:
            first = j
        j -= 1
    if first < 0 or not sent.tokens[i - 1].text[0].isupper():
        return None
    return first, i


def _claimant_for(
    view: DocView, sent: SentenceView, span: tuple[int, int], lexicon: ClaimLexicon
) -> Claimant:
    a, b = span
    start, end = sent.tokens[a].idx, sent.tokens[b - 1].idx + len(sent.tokens[b - 1].text)
    return make_claimant(view, view.text[start:end], start, end, lexicon)


def make_claimant(
    view: DocView,
    text: str,
    start: int | None,
    end: int | None,
    lexicon: ClaimLexicon,
    outlet: str | None = None,
) -> Claimant:
    """Classify a source as written into person, state, media, organisation or unnamed."""
    if start is not None and end is not None:
        inside = view.mentions_in(start, end)
        person = next((m for m in inside if m.label == "PERSON"), None)
        if person is not None:
            return Claimant(text, person.key, "person", start, end, outlet)
        state = next(
            (m for m in inside if m.label == "STATE" and m.via in ("name", "metonym")), None
        )
        words = [w.lower() for w in text.split()]
        content = [w for w in words if w not in _DETERMINERS]
        if state is not None and len(content) <= 2 and state.text.lower() in content:
            return Claimant(text, state.key, "state", start, end, outlet)
    words = [w.lower().strip(".,;:«»\"'„“") for w in text.split()]
    kind = lexicon.source_kind(words) or "organisation"
    content = [w for w in words if w and w not in _DETERMINERS]
    key = " ".join(w for w in content if w not in ACCORDING_NOUNS) or " ".join(content)
    return Claimant(text, key or text.lower(), kind, start, end, outlet)


def claimant_from_quote(view: DocView, quote: Quote, lexicon: ClaimLexicon) -> Claimant:
    """The claimant of a figure inside ``quote`` (its speaker; unnamed when it has none)."""
    outlet = quote.outlet
    if quote.speaker is None:
        return Claimant(quote.cue or "", _UNNAMED, _UNNAMED, None, None, outlet)
    text = quote.speaker_text or quote.speaker
    claimant = make_claimant(view, text, quote.speaker_start, quote.speaker_end, lexicon, outlet)
    source = getattr(quote, "source_text", None)
    if isinstance(source, str) and text in source and source != text:
        # the fuller local mention: "Südkoreas Verteidigungsminister Shin Won-sik"
        a, b = getattr(quote, "source_start", None), getattr(quote, "source_end", None)
        claimant = Claimant(source, claimant.key, claimant.kind, a, b, outlet)
    if claimant.kind == "person" and claimant.key != quote.speaker:
        return claimant
    speaker_person = getattr(quote, "speaker_person", None)
    if isinstance(speaker_person, str) and speaker_person:
        return Claimant(text, speaker_person, "person", quote.speaker_start, quote.speaker_end)
    words = [w.lower().strip(".,;:«»\"'„“") for w in text.split()]
    if lexicon.source_kind(words) is None and quote.cue_start is not None:
        # an unrecognised speaker ("Ende Dezember hatte ... X erklärt"): the person nearest
        # to the cue in the same sentence speaks
        sent = view.sentence_of(quote.cue_start)
        parts = quote.parts or ((quote.start, quote.end),)
        people = [
            m
            for m in (view.mentions_in(sent.start, sent.end) if sent is not None else [])
            if m.label == "PERSON" and not any(a <= m.start < b for a, b in parts)
        ]
        if people:
            near = min(people, key=lambda m: abs(m.start - (quote.cue_start or 0)))
            return Claimant(near.text, near.key, "person", near.start, near.end, outlet)
    return claimant


def find_frame(
    view: DocView,
    sent: SentenceView,
    lexicon: ClaimLexicon,
    verbs: SpeechVerbs | None = None,
) -> Attribution | None:
    """A source frame inside the sentence: "laut X", "X zufolge", "nach Angaben X", "unter
    Berufung auf X" (with the reporting outlet before it), ", wie X mitteilte", "heißt es"."""
    words = sent.words
    for i, word in enumerate(words):
        span: tuple[int, int] | None = None
        if word in SOURCE_PREPOSITIONS:
            span = _np_after(sent, i + 1)
        elif word in SOURCE_POSTPOSITIONS:
            span = _np_before(sent, i)
        elif (
            word == "nach"
            and i + 2 < len(words)
            and words[i + 1 : i + 3]
            == [
                "eigenen",
                "angaben",
            ]
        ):
            subject = _subject(view, sent, sent.tokens[i].idx, lexicon)
            if subject is not None:
                return Attribution(subject, "nach eigenen Angaben", 0, 0)
        elif word == "nach" and i + 1 < len(words) and words[i + 1] in ACCORDING_NOUNS:
            span = _np_after(sent, i + 1)
        elif tuple(words[i : i + 3]) == BERUFUNG:
            span = _np_after(sent, i + 3)
            if span is not None:
                source = _claimant_for(view, sent, span, lexicon)
                outlet_span = _np_before(sent, i)
                outlet = None
                if outlet_span is not None:
                    a, b = outlet_span
                    outlet = " ".join(t.text for t in sent.tokens[a:b])
                return Attribution(
                    Claimant(
                        source.text, source.key, source.kind, source.start, source.end, outlet
                    ),
                    "unter Berufung auf",
                    source.start or sent.start,
                    source.end or sent.end,
                )
        elif word == "wie" and (i == 0 or words[i - 1] == ",") and verbs is not None:
            span = _np_after(sent, i + 1)
            if span is not None and not any(
                verbs.base_match(t) for t in sent.tokens[span[1] : span[1] + 3 * _MAX_NP]
            ):
                span = None
        elif word in REPORT_NOUNS and i + 1 < len(words) and words[i + 1] in ("des", "der"):
            span = _np_after(sent, i + 2)
        elif word in ("heißt", "hieß") and i + 1 < len(words) and words[i + 1] == "es":
            return Attribution(
                Claimant("heißt es", _UNNAMED, _UNNAMED), "heißt es", sent.start, sent.start
            )
        if span is not None:
            claimant = _claimant_for(view, sent, span, lexicon)
            return Attribution(claimant, word, claimant.start or 0, claimant.end or 0)
    return None


def _subject(
    view: DocView, sent: SentenceView, before: int, lexicon: ClaimLexicon
) -> Claimant | None:
    """The person, state or unit mentioned last in the sentence before offset ``before``."""
    for m in reversed(view.mentions_in(sent.start, before)):
        if m.label == "PERSON":
            return Claimant(m.text, m.key, "person", m.start, m.end)
        if m.label == "STATE" and m.via in ("name", "metonym"):
            return Claimant(m.text, m.key, "state", m.start, m.end)
        if m.label == "UNIT":
            return make_claimant(view, m.text, None, None, lexicon)
    return None


def sentence_source(
    view: DocView, sent: SentenceView, verbs: SpeechVerbs, lexicon: ClaimLexicon
) -> Attribution | None:
    """The source of a sentence built on a verb of saying or publishing without a quote:
    "X kündigte ... an", "Der Generalstab veröffentlichte neue Zahlen", "Dies sagte X"; and
    the claiming *wollen* ("Kiew will 1000 Soldaten getötet haben")."""
    colon = _colon_source(view, sent, lexicon)
    if colon is not None:
        return colon
    particles = _particles(verbs)
    for i, token in enumerate(sent.tokens):
        if i == 0 and sent.words[0] not in FORWARD_ANAPHORS:
            continue
        low = sent.words[i]
        later = [w for w in sent.words[i + 1 :] if w in particles]
        speaking_of = low.startswith(SPEAKING_OF_STEMS) and sent.words[i + 1 : i + 2] == ["von"]
        speech = (
            speaking_of
            or verbs.base_match(token)
            or low.startswith(REPORT_VERB_STEMS)
            or (bool(later) and any(verbs.particle_lemma(token, w) for w in later))
        )
        if not speech and not (low in CLAIMING_WOLLEN and claiming_wollen(sent)):
            continue
        if not token.text.islower():
            continue
        people = [m for m in view.mentions_in(sent.start, token.idx) if m.label == "PERSON"]
        if people:  # the subject of the verb of saying: "Syrskyj hat ... veröffentlicht"
            m = people[0]
            return Attribution(
                Claimant(m.text, m.key, "person", m.start, m.end), token.text, m.start, m.end
            )
        # "Russische Kanäle aus dem Umfeld …, darunter …, sprachen von 80 Toten": the subject
        # may open the sentence, well before the verb
        opening = _np_after(sent, 0) if speaking_of else None
        for span in (_np_before(sent, i), _np_after(sent, i + 1), opening):
            if span is None:
                continue
            a, b = span
            start, end = sent.tokens[a].idx, sent.tokens[b - 1].idx + len(sent.tokens[b - 1].text)
            inside = view.mentions_in(start, end)
            words = sent.words[a:b]
            if any(m.label != "UNIT" or lexicon.source_kind(words) for m in inside) or (
                lexicon.source_kind(words) is not None
            ):
                return Attribution(_claimant_for(view, sent, span, lexicon), token.text, start, end)
        source = _source_word_after(sent, i, lexicon)
        if source is not None:
            return Attribution(
                _claimant_for(view, sent, source, lexicon), token.text, source[0], source[1]
            )
    return None


@functools.cache
def _particles(verbs: SpeechVerbs) -> frozenset[str]:
    """The separable particles of the speech-verb lexicon ("mit", "bekannt")."""
    return frozenset(particle for particle, _ in verbs.separable)


def _source_word_after(
    sent: SentenceView, verb: int, lexicon: ClaimLexicon
) -> tuple[int, int] | None:
    """ ", gab die für Europa zuständige Kommandostelle der Marine bekannt": the noun
    phrase around the first source word after an inverted verb of saying, in its clause."""
    for k in range(verb + 1, min(len(sent.words), verb + 3 * _MAX_NP)):
        if sent.words[k] in _CLAUSE_ENDS:
            return None
        if sent.tokens[k].text[:1].isupper() and lexicon.source_kind([sent.words[k]]):
            return _np_before(sent, k + 1) or (k, k + 1)
    return None


def _colon_source(view: DocView, sent: SentenceView, lexicon: ClaimLexicon) -> Attribution | None:
    """ "Es war der Geheimdienst, der ... entdeckte: ... hätten ... gebracht": a source named
    before a colon, and Konjunktiv after it."""
    if ":" not in sent.words:
        return None
    colon = sent.words.index(":")
    if not any(is_konjunktiv(t) for t in sent.tokens[colon + 1 :]):
        return None
    for k in range(colon):
        token = sent.tokens[k]
        if token.text[:1].isupper() and lexicon.source_kind([sent.words[k]]) is not None:
            span = _np_before(sent, k + 1)
            if span is not None:
                claimant = _claimant_for(view, sent, span, lexicon)
                return Attribution(claimant, ":", claimant.start or 0, claimant.end or 0)
    return None


def claiming_wollen(sent: SentenceView) -> bool:
    """ "will ... getötet haben": *wollen* with a perfect infinitive claims, it does not plan."""
    idx = next((i for i, w in enumerate(sent.words) if w in CLAIMING_WOLLEN), None)
    if idx is None:
        return False
    tail = [w for w in sent.words[idx + 1 :] if any(c.isalpha() for c in w)]
    return bool(tail) and tail[-1] in PERFECT_INFINITIVE[:2]


def forward_source(
    view: DocView, following: list[SentenceView], verbs: SpeechVerbs, lexicon: ClaimLexicon
) -> Attribution | None:
    """ "Das berichtet die Daily Mail." in one of the next sentences (within the paragraph)."""
    for nxt in following:
        found = _forward(view, nxt, verbs, lexicon)
        if found is not None:
            return found
    return None


def _forward(
    view: DocView, nxt: SentenceView, verbs: SpeechVerbs, lexicon: ClaimLexicon
) -> Attribution | None:
    """ "Das berichtet die Daily Mail (unter Berufung auf Regnum)." after a figure."""
    words = nxt.words
    if len(words) < 3 or words[0] not in FORWARD_ANAPHORS | DEMONSTRATIVES:
        return None
    if not verbs.base_match(nxt.tokens[1]):
        # passive: "Diese Neuigkeit wurde vom Experten X verbreitet."
        by = next((i for i, w in enumerate(words) if w in ("von", "vom")), None)
        if by is None or not any(
            verbs.base_match(t) or t.lower_.startswith(REPORT_VERB_STEMS)
            for t in nxt.tokens[by + 1 :]
        ):
            return None
        span = _np_after(nxt, by + 1)
        if span is None:
            return None
        return Attribution(_claimant_for(view, nxt, span, lexicon), words[by], 0, 0)
    frame = find_frame(view, nxt, lexicon)
    if frame is not None and frame.cue == "unter Berufung auf":
        return frame
    span = _np_after(nxt, 2)
    if span is None:
        return None
    return Attribution(_claimant_for(view, nxt, span, lexicon), nxt.tokens[1].text, 0, 0)


def soll_reading(sent: SentenceView) -> str | None:
    """``"hearsay"`` or ``"plan"`` for a reportative modal in the sentence, else None."""
    idx = next((i for i, w in enumerate(sent.words) if w in REPORTATIVE_SOLL), None)
    if idx is None:
        return None
    words = sent.words
    tail = words[idx + 1 :]
    if any(w in PERFECT_INFINITIVE for w in tail[-3:]) and "werden" not in tail[-2:]:
        return "hearsay"
    if any(w in HEARSAY_ADVERBS for w in words):
        return "hearsay"
    if any(w in PLANNING_ADVERBS for w in words) or "werden" in tail[-2:]:
        return "plan"
    return "hearsay"


def _markers(sent: SentenceView, lexicon: ClaimLexicon) -> set[str]:
    if sent.markers is None:
        found: set[str] = set()
        for i in range(len(sent.words)):
            found |= {m.modality for m in lexicon.markers_at(sent.words, i)}
        sent.markers = frozenset(found)
    return set(sent.markers)


def modalities(
    sent: SentenceView,
    following: list[SentenceView],
    attributed: bool,
    lexicon: ClaimLexicon,
) -> tuple[str, ...]:
    """All modalities the markers of the sentence support, strongest first (never empty)."""
    found = _markers(sent, lexicon)
    for later in following:
        if any(w.startswith(REFERRING_WORDS) for w in later.words[:6]):
            found |= _markers(later, lexicon) & {"denied", "uncertain"}
    if claiming_wollen(sent):
        found.add("reported")
        if not any(
            m.modality == "hypothetical" and m.words[0] not in CLAIMING_WOLLEN
            for i in range(len(sent.words))
            for m in lexicon.markers_at(sent.words, i)
        ):
            found.discard("hypothetical")
    soll = soll_reading(sent)
    if soll == "plan":
        found.add("hypothetical")
    elif soll == "hearsay":
        found.add("reported")
    if attributed or any(is_strong_konjunktiv(t) for t in sent.tokens):
        found.add("reported")
    if "uncertain" in found or "denied" in found:
        found.add("reported")
    ordered = tuple(m for m in CLAIM_MODALITIES if m in found)
    return ordered or ("asserted",)

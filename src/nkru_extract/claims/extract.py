"""Claims from a processed Doc: which number mentions count forces, losses or materiel
(category from the counted noun and the clause), whose they are (state and destination), who
claims them and how firmly (see ``attribution``). Reads ``doc._.nkru_numbers``,
``doc._.nkru_entities`` and ``doc._.nkru_quotes``; writes nothing."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from nkru_extract.claims.attribution import (
    Attribution,
    claimant_from_quote,
    find_frame,
    forward_source,
    modalities,
    soll_reading,
)
from nkru_extract.claims.lexicon import ClaimLexicon, load_claim_lexicon
from nkru_extract.claims.rules_de import (
    CONTINUATION_OPENERS,
    DESTINATION_PREPOSITIONS,
    MILITARY_STEMS,
    REGION_NOUNS,
    SUPPLIER_PREPOSITIONS,
)
from nkru_extract.claims.view import DocView, SentenceView
from nkru_extract.quotes.lexicon import SpeechVerbs, is_strong_konjunktiv, load_speech_verbs
from nkru_extract.types import Claim, Claimant, EntityMention, NumberMention, Quote

__all__ = ["extract_claims"]

_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", ")"})
_CLAUSE_REACH = 10
_NP_REACH = 4
_INHERIT_SENTENCES = 2
_UNNAMED_CUES = ("angeblich", "mutmaßlich")


def _military(view: DocView, sent: SentenceView) -> bool:
    if any(m.label == "UNIT" for m in view.mentions_in(sent.start, sent.end)):
        return True
    return any(stem in word for word in sent.words for stem in MILITARY_STEMS)


def _category(
    view: DocView, sent: SentenceView, number: NumberMention, lexicon: ClaimLexicon
) -> str | None:
    """The claim category of a number mention, or None when it counts nothing of forces."""
    first = sent.token_at(number.start)
    last = sent.token_after(number.unit_end if number.unit_end is not None else number.end)
    if number.unit:
        entry = None
        for noun in (number.unit_lemma, number.unit):
            if noun:
                entry = lexicon.noun_category(noun)
                if entry is not None:
                    break
        if entry is None:
            return None
        category, needs_context = entry
        if category == "none" or (needs_context and not _military(view, sent)):
            return None
    else:
        nxt = sent.words[last] if last < len(sent.words) else ""
        if nxt not in CONTINUATION_OPENERS:
            return None
        category = "personnel"
    if category != "personnel":
        return category
    words = _clause_words(sent, first, last)
    found = next((c for w in words if (c := lexicon.word_category(w)) is not None), None)
    if found is None and not number.unit:
        return None
    return found or category


def _clause_words(sent: SentenceView, first: int, last: int) -> list[str]:
    """Words from a little before the number to the end of its clause."""
    out = [w for w in sent.words[max(0, first - 3) : first] if w not in _CLAUSE_BREAKS]
    out += sent.words[first:last]
    for w in sent.words[last : last + _CLAUSE_REACH]:
        if w in _CLAUSE_BREAKS:
            break
        out.append(w)
    return out


def _state_of(mention: EntityMention) -> str | None:
    if mention.label == "STATE":
        return mention.key
    if mention.label == "UNIT":
        return mention.state
    return None


def _preposition(view: DocView, sent: SentenceView, mention: EntityMention) -> str:
    i = sent.token_at(mention.start)
    j = i - 1
    while j >= 0 and sent.words[j] in {"der", "die", "den", "dem", "das", "des"}:
        j -= 1
    return sent.words[j] if j >= 0 else ""


def _state_and_destination(
    view: DocView,
    sent: SentenceView,
    number: NumberMention,
    excluded: list[tuple[int, int]],
) -> tuple[str | None, str | None]:
    """Whose forces a figure counts, and where they go."""
    np_end = number.unit_end if number.unit_end is not None else number.end
    candidates = [
        m
        for m in view.mentions_in(sent.start, sent.end)
        if _state_of(m) is not None and not any(a <= m.start < b for a, b in excluded)
    ]
    destination = None
    suppliers, owners, inside, after = [], [], [], []
    for m in candidates:
        prep = _preposition(view, sent, m)
        if m.start < np_end and m.end > number.start:
            inside.append(m)
        elif m.via == "compound" and m.label == "STATE":
            continue  # "Ukraine-Krieg", "Kreml-Sicht": about the state, not its forces
        elif prep in SUPPLIER_PREPOSITIONS:
            suppliers.append(m)
        elif prep in DESTINATION_PREPOSITIONS or sent.words[sent.token_at(m.start) - 1] in (
            REGION_NOUNS
        ):
            if destination is None and m.start > number.start and m.via != "adjective":
                destination = _state_of(m)
        elif m.start >= np_end:
            after.append(m)
        else:
            owners.append(m)
    if inside:
        units = [m for m in inside if m.label == "UNIT"]
        return _state_of((units or inside)[-1]), destination
    strong = [m for m in candidates if m.label == "UNIT" and m.strength == number.value]
    near = [m for m in after if sent.token_at(m.start) - sent.token_after(np_end) < _NP_REACH]
    owners = [m for m in owners if m.label == "UNIT"] + [m for m in owners if m.label != "UNIT"]
    for group in (strong, near, suppliers, owners, after):
        if group:
            return _state_of(group[0]), destination
    return None, destination


def _quote_of(quotes: tuple[Quote, ...], number: NumberMention) -> Quote | None:
    for quote in quotes:
        parts = quote.parts or ((quote.start, quote.end),)
        if any(a <= number.start and number.end <= b for a, b in parts):
            return quote
    return None


class _Extractor:
    """State shared while the claims of one Doc are found."""

    def __init__(self, doc: Doc, lexicon: ClaimLexicon, verbs: SpeechVerbs) -> None:
        self.view = DocView(doc)
        self.lexicon = lexicon
        self.verbs = verbs
        self._frames: dict[int, Attribution | None] = {}

    def frame(self, sent: SentenceView) -> Attribution | None:
        if sent.index not in self._frames:
            self._frames[sent.index] = find_frame(self.view, sent, self.lexicon)
        return self._frames[sent.index]

    def neighbour(self, sent: SentenceView, step: int) -> SentenceView | None:
        i = sent.index + step
        if not 0 <= i < len(self.view.sentences):
            return None
        other = self.view.sentences[i]
        pair = (other, sent) if step < 0 else (sent, other)
        return other if self.view.same_paragraph(*pair) else None

    def attribution(
        self, sent: SentenceView, number: NumberMention, quote: Quote | None
    ) -> tuple[Claimant | None, str | None, list[tuple[int, int]]]:
        """The claimant, its cue, and the spans of source words (not the counted state)."""
        if quote is not None:
            claimant = claimant_from_quote(self.view, quote, self.lexicon)
            spans = []
            if quote.speaker_start is not None and quote.speaker_end is not None:
                spans.append((quote.speaker_start, quote.speaker_end))
            return claimant, quote.cue, spans
        frame = self.frame(sent)
        if frame is not None:
            return frame.claimant, frame.cue, [(frame.start, frame.end)]
        nxt = self.neighbour(sent, 1)
        if nxt is not None:
            forward = forward_source(self.view, nxt, self.verbs, self.lexicon)
            if forward is not None:
                return forward.claimant, forward.cue, []
        for cue in _UNNAMED_CUES:
            if any(w.startswith(cue) for w in sent.words):
                return Claimant(cue, "unnamed", "unnamed"), cue, []
        if soll_reading(sent) == "hearsay":
            return Claimant("soll", "unnamed", "unnamed"), "soll", []
        return None, None, []

    def continues(self, sent: SentenceView, number: NumberMention) -> bool:
        """Whether the sentence goes on with the previous sentence's statement."""
        if sent.words[0] in CONTINUATION_OPENERS:
            return True
        last = sent.token_after(number.end)
        if last < len(sent.words) and sent.words[last] in CONTINUATION_OPENERS:
            return True
        return any(is_strong_konjunktiv(t) for t in sent.tokens)

    def claims(self) -> tuple[Claim, ...]:
        view = self.view
        out: list[Claim] = []
        by_sentence: dict[int, list[Claim]] = {}
        for number in sorted(view.numbers, key=lambda n: n.start):
            if number.value is None:
                continue
            sent = view.sentence_of(number.start)
            if sent is None:
                continue
            category = _category(view, sent, number, self.lexicon)
            if category is None:
                continue
            quote = _quote_of(view.quotes, number)
            claimant, cue, spans = self.attribution(sent, number, quote)
            previous = self.neighbour(sent, -1)
            if claimant is None and previous is not None and self.continues(sent, number):
                earlier = next(
                    (c for c in reversed(by_sentence.get(previous.index, [])) if c.claimant),
                    None,
                )
                if earlier is not None:
                    claimant, cue = earlier.claimant, earlier.cue
            state, destination = _state_and_destination(view, sent, number, spans)
            if state is None:
                state = self.inherited_state(sent, out)
            mods = modalities(sent, self.neighbour(sent, 1), claimant is not None, self.lexicon)
            claim = Claim(
                number=number,
                category=category,
                state=state,
                start=sent.start,
                end=sent.end,
                modality=mods[0],
                modalities=mods,
                claimant=claimant,
                destination=destination,
                quote=quote,
                cue=cue,
            )
            out.append(claim)
            by_sentence.setdefault(sent.index, []).append(claim)
        return tuple(out)

    def inherited_state(self, sent: SentenceView, found: list[Claim]) -> str | None:
        """The state of a recent claim, else the state the document talks about most."""
        for claim in reversed(found):
            other = self.view.sentence_of(claim.start)
            near = other is not None and sent.index - other.index <= _INHERIT_SENTENCES
            if near and claim.state is not None:
                return claim.state
        counts = Counter(
            s for m in self.view.entities if m.label != "PERSON" and (s := _state_of(m))
        )
        return counts.most_common(1)[0][0] if counts else None


def extract_claims(
    doc: Doc, lexicon: ClaimLexicon | None = None, speech_verbs: SpeechVerbs | None = None
) -> tuple[Claim, ...]:
    """Find the counted claims about forces, losses and materiel in a processed Doc.

    Args:
        doc: A Doc that went through ``nkru_numbers``, ``nkru_entities`` and ``nkru_quotes``.
        lexicon: The claim lexicons; the built-in data by default.
        speech_verbs: The speech-verb lexicon; the built-in data by default.

    Returns:
        One ``Claim`` per number mention that counts forces, losses or materiel, in text order.
    """
    extractor = _Extractor(
        doc, lexicon or load_claim_lexicon(), speech_verbs or load_speech_verbs(None)
    )
    return extractor.claims()

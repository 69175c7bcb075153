"""Claims from a processed Doc: which number mentions count forces, losses or materiel
(category from the counted noun and the clause), whose they are (state and destination), who
claims them and how firmly (see ``attribution``). Reads ``doc._.nkru_numbers``,
``doc._.nkru_entities`` and ``doc._.nkru_quotes``; writes nothing."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from spacy.tokens import Doc

from nkru_extract.claims.attribution import (
    claimant_from_quote,
    find_frame,
    forward_source,
    modalities,
    sentence_source,
    soll_reading,
)
from nkru_extract.claims.lexicon import ClaimLexicon, load_claim_lexicon
from nkru_extract.claims.nouns import (
    ADJECTIVE_ENDINGS,
    ALL_PREPOSITIONS,
    CLAUSE_BREAKS,
    COORDINATORS,
    GENITIVE_ARTICLES,
    NP_REACH,
    elided_in_sentence,
    extended_attribute,
    military_sentence,
    nominal_figure,
    noun_at,
    truncated_head,
)
from nkru_extract.claims.rules_de import (
    ADDITIVE_OPENERS,
    AGENT_WORDS,
    ANAPHORIC_SOURCES,
    CONTINUATION_OPENERS,
    DESTINATION_PREPOSITIONS,
    EACH_WORDS,
    LIST_LINKS,
    LOCATION_PREPOSITIONS,
    MAKER_STEMS,
    MILITARY_STEMS,
    OBSERVER_WORDS,
    PASSIVE_AUXILIARIES,
    RECEIVE_STEMS,
    REGION_NOUNS,
    REPORT_NOUNS,
    SIDE_LINKS,
    STRENGTH_ENDINGS,
    SUPPLIER_PREPOSITIONS,
    VAGUE_DETERMINERS,
)
from nkru_extract.claims.view import DocView, SentenceView
from nkru_extract.quotes.lexicon import SpeechVerbs, is_strong_konjunktiv, load_speech_verbs
from nkru_extract.types import Claim, Claimant, EntityMention, NumberMention, Quote

__all__ = ["extract_claims"]

_CLAUSE_REACH = 10
_INHERIT_SENTENCES = 2
_UNNAMED_CUES = ("angeblich", "mutmaßlich")
# an apostrophe as thousands separator: the Swiss convention
_SWISS_GROUPING = re.compile(r"\d['’]\d{3}(?!\d)")


def _noun_category(
    view: DocView, sent: SentenceView, number: NumberMention, lexicon: ClaimLexicon
) -> str | None:
    """The category of a figure's counted noun; None for unknown nouns and non-claims."""
    entry = None
    for noun in (number.unit_lemma, number.unit):
        if noun:
            entry = lexicon.noun_category(noun)
            if entry is not None:
                break
    if entry is None and number.unit_end is not None:
        head = truncated_head(view, sent, number.unit_end)
        entry = lexicon.noun_category(head) if head else None
    if entry is None:
        return None
    category, needs_context = entry
    if category == "none":
        return None
    # weapons ("zwei Patriot-Systeme") count in an article about the military; people only in
    # a sentence about it (war articles count civilians too)
    if (
        needs_context
        and not military_sentence(view, sent)
        and (category != "materiel" or not view.military_document(MILITARY_STEMS))
    ):
        return None
    return category


def _inhabitants(view: DocView, number: NumberMention) -> bool:
    """Whether the counted noun names a state's people ("50 Russen", "300 Nordkoreaner")."""
    if number.unit_end is None:
        return False
    return any(
        m.label == "STATE" and m.via == "inhabitant"
        for m in view.mentions_in(number.end, number.unit_end)
    )


def _coordinated(
    view: DocView, sent: SentenceView, number: NumberMention
) -> tuple[NumberMention, int] | None:
    """The figure whose counted noun a bare figure shares ("80 getöteten und 15 gefangen
    genommenen Kämpfern", "drei oder zwei weitere Systeme"), and the conjunction's index."""
    after = sent.token_after(number.end)
    for other in view.numbers_after(number.start):
        if other.start >= sent.end:
            break
        if not other.unit:
            continue
        gap = list(range(after, sent.token_at(other.start)))
        joins = [i for i in gap if sent.words[i] in COORDINATORS]
        plain = all(sent.words[i] in COORDINATORS or sent.tokens[i].text.islower() for i in gap)
        if joins and plain and len(gap) <= NP_REACH + 2:
            return other, joins[0]
        return None
    return None


def _category(
    view: DocView,
    sent: SentenceView,
    number: NumberMention,
    lexicon: ClaimLexicon,
    previous: Claim | None,
) -> str | None:
    """The claim category of a number mention, or None when it counts nothing of forces."""
    first = sent.token_at(number.start)
    last = sent.token_after(number.unit_end if number.unit_end is not None else number.end)
    if first > 0 and sent.words[first - 1] in VAGUE_DETERMINERS:
        return None
    shared = None if number.unit else _coordinated(view, sent, number)
    if number.unit or shared is not None:
        counted = number if shared is None else shared[0]
        found_category = _noun_category(view, sent, counted, lexicon)
        if found_category is None and not _inhabitants(view, counted):
            return None
        category = found_category or "personnel"
        if shared is not None:
            last = shared[1]
    else:
        nxt = sent.words[last] if last < len(sent.words) else ""
        before: list[str] = []
        for w in reversed(sent.words[max(0, first - 2 * _CLAUSE_REACH) : first]):
            if w in CLAUSE_BREAKS:
                break
            before.append(w)
        if any(w.endswith(STRENGTH_ENDINGS) for w in before) and military_sentence(view, sent):
            category = "personnel"
        elif (
            nxt in GENITIVE_ARTICLES
            and isinstance(number.value, int)
            and (partitive := noun_at(view, sent, last + 1, lexicon)) not in (None, "casualties")
        ):
            # "fünf der Waffensysteme"; not a part of the dead already counted ("zwei der
            # Toten waren Frauen") nor a fraction ("ein Drittel der Soldaten")
            category = partitive
        elif attributed := extended_attribute(view, sent, last, lexicon):
            category = attributed  # "24 am Montag getötete Soldaten"
        elif nxt in CONTINUATION_OPENERS and previous is not None:
            category = previous.category
        elif previous is not None and (
            elided_in_sentence(sent, number, previous) or nominal_figure(sent, last)
        ):
            # "Die 500 Soldaten teilen sich auf in 300, die ..., und 200, die ...": the noun of
            # the figure before it in the sentence, unless the clause names its own category
            words = _clause_words(sent, first, last)
            found = next((c for w in words if (c := lexicon.word_category(w)) is not None), None)
            return found or previous.category
        else:
            return None
    if category != "personnel":
        return category
    # words inside the counted phrase first ("15 gefangen genommenen Kämpfern"), then the clause
    words = sent.words[first:last] + _clause_words(sent, first, last)
    found = next((c for w in words if (c := lexicon.word_category(w)) is not None), None)
    if found is None and _inhabitants(view, number) and not military_sentence(view, sent):
        return None  # "500 Deutsche wurden evakuiert": people, not forces
    if found is None and previous is not None and sent.words and sent.words[0] in ADDITIVE_OPENERS:
        return previous.category
    return found or category


def _clause_words(sent: SentenceView, first: int, last: int) -> list[str]:
    """Words from a little before the number to the end of its clause."""
    out: list[str] = []
    for w in reversed(sent.words[max(0, first - 2 * _CLAUSE_REACH) : first]):
        if w in CLAUSE_BREAKS:
            break
        out.append(w)
    out += sent.words[first:last]
    for w in sent.words[last : last + _CLAUSE_REACH]:
        if w in CLAUSE_BREAKS:
            break
        out.append(w)
    return out


def _state_of(mention: EntityMention) -> str | None:
    if mention.label == "STATE":
        return mention.key
    if mention.label == "UNIT":
        return mention.state
    return None


def _preposition(sent: SentenceView, mention: EntityMention) -> str:
    """The word before a mention's phrase, skipping articles and adjectives ("im senegalesischen
    Dakar" -> "im")."""
    j = sent.token_at(mention.start) - 1
    while j >= 0 and (
        sent.words[j] in {"der", "die", "den", "dem", "das", "des"}
        or (
            sent.tokens[j].text.islower()
            and sent.words[j].endswith(ADJECTIVE_ENDINGS)
            and sent.words[j] not in ALL_PREPOSITIONS
        )
    ):
        j -= 1
    return sent.words[j] if j >= 0 else ""


def _names_a_maker(view: DocView, mention: EntityMention) -> bool:
    """ "des italienischen Herstellers Leonardo": the maker's country, not the owner."""
    return mention.via == "adjective" and view.word_after(mention.end).startswith(MAKER_STEMS)


def _acts_on_other_side(sent: SentenceView, number: NumberMention, category: str) -> bool:
    """Whether the clause subject acts on the counted forces ("zerstörte 40 Panzer"); an
    attributive participle ("getöteter russischer Soldaten") is no such verb."""
    if category == "personnel":
        return False
    first = sent.token_at(number.start)
    last = sent.token_after(number.unit_end if number.unit_end is not None else number.end)
    if any(w in PASSIVE_AUXILIARIES for w in sent.words[:first] + sent.words[last:]):
        return False
    for k in [*range(first), *range(last, len(sent.words))]:
        word = sent.words[k]
        nxt = sent.tokens[k + 1].text if k + 1 < len(sent.tokens) else ""
        attributive = nxt[:1].isupper() or (
            nxt.islower()
            and nxt.endswith(ADJECTIVE_ENDINGS)
            and k + 2 < len(sent.tokens)
            and sent.tokens[k + 2].text[:1].isupper()
        )
        if attributive:
            continue
        if word.startswith(AGENT_WORDS) or f"{word} {nxt.lower()}" in AGENT_WORDS:
            return True
    return False


def _observes(sent: SentenceView, number: NumberMention) -> bool:
    """Whether the clause subject only observes the figure ("dass Seoul 10.000 Container
    identifiziert hat"): an observer is not the owner."""
    first = sent.token_at(number.start)
    return any(w.startswith(OBSERVER_WORDS) for w in sent.words[first:])


def _state_and_destination(
    view: DocView,
    sent: SentenceView,
    number: NumberMention,
    category: str,
    excluded: list[tuple[int, int]],
) -> tuple[str | None, str | None, set[str]]:
    """Whose forces a figure counts, where they go, and states that are agents or receivers."""
    np_end = number.unit_end if number.unit_end is not None else number.end
    candidates = [
        m
        for m in view.mentions_in(sent.start, sent.end)
        if _state_of(m) is not None and not any(a <= m.start < b for a, b in excluded)
    ]
    receiving = any(w.startswith(RECEIVE_STEMS) for w in sent.words)
    agent = _acts_on_other_side(sent, number, category)
    observer = _observes(sent, number)
    destination = None
    suppliers, owners, inside, after, others = [], [], [], [], []
    for m in candidates:
        prep = _preposition(sent, m)
        if m.start < np_end and m.end > number.start:
            inside.append(m)
        elif (m.via == "compound" and m.label == "STATE") or _names_a_maker(view, m):
            continue  # "Ukraine-Krieg", "Kreml-Sicht": about the state, not its forces
        elif prep in SUPPLIER_PREPOSITIONS:
            suppliers.append(m)
        elif prep in LOCATION_PREPOSITIONS:
            others.append(m)
        elif prep in DESTINATION_PREPOSITIONS or sent.words[sent.token_at(m.start) - 1] in (
            REGION_NOUNS
        ):
            if destination is None and m.start > number.start and m.via != "adjective":
                destination = _state_of(m)
            others.append(m)
        elif m.start >= np_end:
            after.append(m)
        else:
            owners.append(m)
    if inside:
        units = [m for m in inside if m.label == "UNIT"]
        return _state_of((units or inside)[-1]), destination, set()
    strong = [m for m in candidates if m.label == "UNIT" and m.strength == number.value]
    near = [m for m in after if sent.token_at(m.start) - sent.token_after(np_end) < NP_REACH]
    owners = [m for m in owners if m.via != "adjective"] + [
        m for m in owners if m.via == "adjective"
    ]
    # "sieben aus Deutschland erhalten sowie fünf aus den Niederlanden": the supplier after
    # the figure first, else the nearest before it
    suppliers = [m for m in suppliers if m.start >= np_end] + [
        m for m in reversed(suppliers) if m.start < np_end
    ]
    blocked: set[str] = set()
    if receiving or agent or observer:
        blocked = {s for m in owners[:1] if (s := _state_of(m)) is not None}
        if receiving and destination is None and blocked:
            destination = next(iter(blocked))
        owners = []
    for group in (strong, near, suppliers, owners, after, others if agent else []):
        picked = [m for m in group if _state_of(m) not in blocked]
        if picked:
            return _state_of(picked[0]), destination, blocked
    return None, destination, blocked


def _quote_of(quotes: list[Quote], number: NumberMention) -> Quote | None:
    for quote in quotes:
        parts = quote.parts or ((quote.start, quote.end),)
        if any(a <= number.start and number.end <= b for a, b in parts):
            return quote
    return None


_Found = tuple[Claimant | None, str | None, list[tuple[int, int]]]


class _Extractor:
    """State shared while the claims of one Doc are found."""

    def __init__(self, doc: Doc, lexicon: ClaimLexicon, verbs: SpeechVerbs) -> None:
        self.view = DocView(doc)
        self.lexicon = lexicon
        self.verbs = verbs
        self._sources: dict[int, _Found] = {}
        self._claimants: dict[int, tuple[Claimant, str | None]] = {}
        self._doc_states: dict[frozenset[str], str | None] = {}
        self._sides: dict[str, str] | None = None

    def neighbour(self, sent: SentenceView, step: int) -> SentenceView | None:
        i = sent.index + step
        if not 0 <= i < self.view.count:
            return None
        other = self.view.sentence(i)
        pair = (other, sent) if step < 0 else (sent, other)
        return other if self.view.same_paragraph(*pair) else None

    def following(self, sent: SentenceView, count: int) -> list[SentenceView]:
        out: list[SentenceView] = []
        current: SentenceView | None = sent
        while current is not None and len(out) < count:
            current = self.neighbour(current, 1)
            if current is not None:
                out.append(current)
        return out

    def sentence_attribution(self, sent: SentenceView) -> _Found:
        """The source a sentence names for what it states (cached per sentence)."""
        if sent.index in self._sources:
            return self._sources[sent.index]
        view, lexicon = self.view, self.lexicon
        found: _Found = (None, None, [])
        frame = find_frame(view, sent, lexicon, self.verbs)
        if frame is not None:
            found = (frame.claimant, frame.cue, [(frame.start, frame.end)])
        else:
            quote = next(
                (
                    q
                    for q in view.quotes_in(sent)
                    if q.speaker is not None and q.start < sent.end and q.end > sent.start
                ),
                None,
            )
            source = sentence_source(view, sent, self.verbs, lexicon)
            if quote is not None:
                found = self.from_quote(quote)
            elif source is not None:
                found = (source.claimant, source.cue, [(source.start, source.end)])
        self._sources[sent.index] = found
        return found

    def from_quote(self, quote: Quote) -> _Found:
        claimant = claimant_from_quote(self.view, quote, self.lexicon)
        spans = []
        local = []  # source_*: the mention as this sentence gives it (quotes v2); cue_*
        for name in ("speaker", "source", "cue"):
            a, b = getattr(quote, f"{name}_start", None), getattr(quote, f"{name}_end", None)
            if isinstance(a, int) and isinstance(b, int):
                spans.append((a, b))
                if name != "speaker":
                    local.append((a, b))
        if len(local) == 2:  # "Laut Südkoreas Verteidigungsminister Shin": cue to source
            spans.append((min(a for a, _ in local), max(b for _, b in local)))
        return claimant, quote.cue, spans

    def attribution(self, sent: SentenceView, number: NumberMention, quote: Quote | None) -> _Found:
        """The claimant, its cue, and the spans of source words (not the counted state)."""
        found = self.sentence_attribution(sent)
        if found[1] in REPORT_NOUNS and found[2] and found[2][0][1] <= number.start:
            return found  # "bestritt einen Bericht des X über 80.000 Tote": X claims
        if quote is not None and quote.speaker is not None:
            return self.from_quote(quote)
        if found[0] is not None:
            return found
        if self.continues(sent, number):
            previous = self.neighbour(sent, -1)
            if previous is not None:
                earlier = self.sentence_attribution(previous)
                if earlier[0] is None:
                    inherited = self._claimants.get(previous.index)
                    earlier = (inherited[0], inherited[1], []) if inherited else earlier
                if earlier[0] is not None and earlier[0].kind != "unnamed":
                    return earlier[0], earlier[1], []
        forward = forward_source(self.view, self.following(sent, 2), self.verbs, self.lexicon)
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
        if sent.words[0] in CONTINUATION_OPENERS or any(w in ANAPHORIC_SOURCES for w in sent.words):
            return True
        last = sent.token_after(number.end)
        if last < len(sent.words) and sent.words[last] in CONTINUATION_OPENERS:
            return True
        return any(is_strong_konjunktiv(t) for t in sent.tokens)

    def claims(self) -> tuple[Claim, ...]:
        view = self.view
        out: list[Claim] = []
        for number in view.numbers:
            if number.value is None:
                continue
            sent = view.sentence_of(number.start)
            if sent is None:
                continue
            previous = self.recent(sent, out)
            category = _category(view, sent, number, self.lexicon, previous)
            if category is None:
                continue
            quote = _quote_of(view.quotes_in(sent), number)
            claimant, cue, spans = self.attribution(sent, number, quote)
            state, destination, blocked = _state_and_destination(
                view, sent, number, category, spans
            )
            if previous is not None and self.listed_after(sent, previous, number):
                state = previous.state
            group = self.armed_group(sent, number, spans, own=state is None)
            if group is not None and group not in blocked:
                state = group
            if state is None:
                state = self.fallback_state(sent, out, blocked, claimant, number)
            if claimant is not None:
                self._claimants[sent.index] = (claimant, cue)
            mods = modalities(sent, self.following(sent, 4), claimant is not None, self.lexicon)
            sides: list[str | None] = [*self.each_side(sent, number, spans)] or [state]
            for side in sides:
                out.append(
                    Claim(
                        number=number,
                        category=category,
                        state=side,
                        start=sent.start,
                        end=sent.end,
                        modality=mods[0],
                        modalities=mods,
                        claimant=claimant,
                        destination=destination if destination != side else None,
                        quote=quote,
                        cue=cue,
                    )
                )
        return tuple(out)

    def armed_group(
        self,
        sent: SentenceView,
        number: NumberMention,
        excluded: list[tuple[int, int]],
        own: bool,
    ) -> str | None:
        """The state of a non-state armed group that owns the figure: in the counted noun
        ("50 Hamas-Kämpfer"), as a genitive after it ("Kommandeure der (islamistischen) Hamas"),
        or, when ``own`` (no state found otherwise), anywhere in the clause outside the source."""
        owners = self.lexicon.owners
        low = self.view.text[sent.start : sent.end].lower()
        if not any(name in low for name in owners):
            return None
        words = sent.words
        first = sent.token_at(number.start)
        np_last = sent.token_after(number.unit_end if number.unit_end is not None else number.end)
        fallback = None
        for j in range(len(words)):
            state = self.lexicon.owner_of(words[j])
            if state is None or any(a <= sent.starts[j] < b for a, b in excluded):
                continue
            if first <= j < np_last:
                return state
            before = words[j - 2 : j]
            if (
                j >= np_last
                and before
                and (
                    before[-1] in GENITIVE_ARTICLES
                    or (before[-1].endswith("en") and before[0] in GENITIVE_ARTICLES)
                )
            ):
                return state
            if own and fallback is None:
                fallback = state
        return fallback

    def each_side(
        self, sent: SentenceView, number: NumberMention, excluded: list[tuple[int, int]]
    ) -> list[str]:
        """The sides a distributive figure holds for ("die Ukraine und Russland ... jeweils 270
        Gefangene" -> UA, RU): coordinated states of the sentence, else of the previous sentence
        of the paragraph; empty when the figure is not distributive or no two sides are named."""
        at = sent.token_at(number.start)
        if at == 0 or sent.words[at - 1] not in EACH_WORDS:
            return []
        before = self.neighbour(sent, -1)
        for where in (sent, before):
            if where is None or (where is not sent and not self.view.same_paragraph(where, sent)):
                continue
            sides = self._coordinated_states(where, excluded)
            if len(sides) > 1:
                return sides
        return []

    def _coordinated_states(self, sent: SentenceView, excluded: list[tuple[int, int]]) -> list[str]:
        """Distinct states of ``sent`` joined by "und"/"sowie"/commas, in text order."""
        found = [
            m
            for m in self.view.mentions_in(sent.start, sent.end)
            if _state_of(m) is not None
            and m.label == "STATE"
            and not self._about_state_only(m)
            and not any(a <= m.start < b for a, b in excluded)
        ]
        for a, b in itertools.pairwise(found):
            gap = sent.words[sent.token_after(a.end) : sent.token_at(b.start)]
            if gap and all(w in SIDE_LINKS for w in gap) and _state_of(a) != _state_of(b):
                sides = [s for m in (a, b) if (s := _state_of(m)) is not None]
                return sides
        return []

    def recent(self, sent: SentenceView, found: list[Claim]) -> Claim | None:
        """The last claim found within the previous two sentences of the paragraph."""
        if not found:
            return None
        other = self.view.sentence_of(found[-1].number.start)
        if other is None or sent.index - other.index > _INHERIT_SENTENCES:
            return None
        return found[-1] if self.view.same_paragraph(other, sent) or other is sent else None

    def listed_after(self, sent: SentenceView, previous: Claim, number: NumberMention) -> bool:
        """Whether ``number`` follows ``previous`` in one list ("315 Flugzeuge, 310 Helikopter")."""
        prev = previous.number
        if not prev.start >= sent.start or previous.state is None:
            return False
        gap = sent.words[sent.token_after(prev.unit_end or prev.end) : sent.token_at(number.start)]
        own = [
            m
            for m in self.view.mentions_in(number.start, number.unit_end or number.end)
            if _state_of(m) is not None
        ]
        return bool(gap) and all(w in LIST_LINKS for w in gap) and not own

    def _about_state_only(self, mention: EntityMention) -> bool:
        """Mentions that never name an owner: "Ukraine-Krieg", "des italienischen Herstellers"."""
        if mention.via == "compound" and mention.label == "STATE":
            return True
        return _names_a_maker(self.view, mention)

    def fallback_state(
        self,
        sent: SentenceView,
        found: list[Claim],
        blocked: set[str],
        claimant: Claimant | None,
        number: NumberMention,
    ) -> str | None:
        """The state of a recent claim, else the side of the person claiming it
        (``EntityMention.state`` at any of that person's mentions), else the one side of the
        persons named just before the figure, else the state the document names most."""
        for claim in reversed(found):
            other = self.view.sentence_of(claim.start)
            near = other is not None and sent.index - other.index <= _INHERIT_SENTENCES
            if near and claim.state is not None and claim.state not in blocked:
                return claim.state
        side = self.person_side(sent, claimant)
        if side is not None and side not in blocked:
            return side
        side = self.named_person_side(sent, number)
        if side is not None and side not in blocked:
            return side
        key = frozenset(blocked)
        if key not in self._doc_states:
            self._doc_states[key] = self._most_named(blocked)
        return self._doc_states[key]

    def named_person_side(self, sent: SentenceView, number: NumberMention) -> str | None:
        """The one side of the persons named before the figure in its sentence or in the
        previous sentence of the paragraph ("Selenskyj hat ein Gesetz unterzeichnet. Damit
        können 400.000 Männer …"); None when none or several sides are named."""
        if self._sides is None:
            self.person_side(sent, None)
        sides = self._sides or {}
        previous = self.neighbour(sent, -1)
        start = previous.start if previous is not None else sent.start
        found = {
            side
            for m in self.view.mentions_in(start, number.start)
            if m.label == "PERSON" and (side := m.state or sides.get(m.key)) is not None
        }
        return found.pop() if len(found) == 1 else None

    def person_side(self, sent: SentenceView, claimant: Claimant | None) -> str | None:
        """The state the claimant (a person) speaks for, from the entity extractor's person
        affiliation at any mention of that person in the document."""
        if self._sides is None:
            self._sides = {}
            for m in self.view.entities:
                if m.label == "PERSON" and m.state is not None:
                    self._sides.setdefault(m.key, m.state)
        if claimant is None or claimant.kind != "person":
            return None
        return self._sides.get(claimant.key)

    def _most_named(self, blocked: set[str]) -> str | None:
        """The state the document's units, else its state mentions, name most."""
        entities = [
            m
            for m in self.view.entities
            if _state_of(m) not in blocked and not self._about_state_only(m)
        ]
        for label in ("UNIT", "STATE"):
            counts = Counter(
                s for m in entities if m.label == label and (s := _state_of(m)) is not None
            )
            if counts:
                return counts.most_common(1)[0][0]
        if any(_SWISS_GROUPING.search(n.text) for n in self.view.numbers):
            return "CH"  # no state named, figures written the Swiss way ("140'000")
        return None


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

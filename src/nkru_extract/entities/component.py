"""The ``nkru_entities`` pipeline component: PERSON, STATE and UNIT mentions.

Order of work on each Doc:

1. states (``states.match_states``);
2. named and numbered units (``units.match_named_units``), so "Gruppe Wagner" is a unit before
   the person rules see "Wagner";
3. persons (``persons.find_persons(doc, blocked=...)``; blocked = the char ranges of 1 and 2);
4. generic units (``units.match_generic_units``), never on tokens a person claimed ("Marine
   Le Pen" is not the navy);
5. troop strengths from ``doc._.nkru_numbers``.

A UNIT may contain STATE mentions ("nordkoreanische Truppen" is a UNIT and "nordkoreanische" a
STATE adjective; "Nordkorea-Truppen" is both a UNIT and a STATE compound): both are kept.

Results: ``doc._.nkru_entities`` (tuple of ``EntityMention`` sorted by start, credits included
with ``is_credit=True``) and ``doc.spans[spans_key]`` (one span per mention, label ``PERSON``,
``STATE`` or ``UNIT``, ``span.id_`` = key, ``span._.nkru_entity`` = the mention).
"""

from __future__ import annotations

import bisect
import importlib
from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from nkru_extract.entities.gazetteer import load_states, load_units
from nkru_extract.entities.states import match_states
from nkru_extract.entities.units import link_strengths, match_generic_units, match_named_units
from nkru_extract.errors import InputTypeError, describe
from nkru_extract.extensions import register_extensions
from nkru_extract.text.doc_view import DocText, doc_text
from nkru_extract.types import EntityMention

__all__ = ["EntityExtractor", "make_entity_extractor"]

PersonFinder = Callable[..., list[EntityMention]]
_LABEL_ORDER = {"STATE": 0, "UNIT": 1, "PERSON": 2}
_PERSONS_MODULE = "nkru_extract.entities.persons"


def _load_person_finder() -> PersonFinder | None:
    """``persons.find_persons`` if that module exists; ``None`` otherwise (no persons)."""
    try:
        module = importlib.import_module(_PERSONS_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name == _PERSONS_MODULE:
            return None
        raise
    finder = getattr(module, "find_persons", None)
    return finder if callable(finder) else None


def _sort_key(item: tuple[EntityMention, object]) -> tuple[int, int, int, str]:
    mention = item[0]
    return (mention.start, -mention.end, _LABEL_ORDER.get(mention.label, 3), mention.key)


class _RangeIndex:
    """Overlap tests against a fixed list of character ranges in O(log n): the ranges sorted
    by start with the running maximum of their ends."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [r_start for r_start, _ in ordered]
        self.max_ends: list[int] = []
        top = -1
        for _, r_end in ordered:
            top = max(top, r_end)
            self.max_ends.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start < r_end and r_start < end`` for some range ``(r_start, r_end)``."""
        k = bisect.bisect_left(self.starts, end)  # the ranges before k start before ``end``
        return k > 0 and self.max_ends[k - 1] > start


class EntityExtractor:
    """Find PERSON, STATE and UNIT mentions and canonicalise them (see the module docstring).

    Args:
        name: The component name in the pipeline.
        spans_key: The ``doc.spans`` key the mentions are written to.
        states_path: A ``states.jsonl``-schema file, or ``None`` for the built-in gazetteer.
        units_path: A ``military_units.jsonl``-schema file, or ``None`` for the built-in one.
        use_ner: Use ``PER`` entities of a statistical NER earlier in the pipeline to veto
            place names that end a person's name ("Denzel Washington").
    """

    def __init__(
        self,
        name: str = "nkru_entities",
        *,
        spans_key: str = "nkru_entities",
        states_path: str | None = None,
        units_path: str | None = None,
        use_ner: bool = True,
    ) -> None:
        for argument, value in (("spans_key", spans_key),):
            if not isinstance(value, str) or not value:
                raise InputTypeError(f"{argument} must be a non-empty str, got {describe(value)}")
        for argument, path in (("states_path", states_path), ("units_path", units_path)):
            if path is not None and not isinstance(path, str):
                raise InputTypeError(f"{argument} must be a str path or None, got {describe(path)}")
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.states_path = states_path
        self.units_path = units_path
        self.use_ner = bool(use_ner)
        # compile (or fetch from the per-process cache) now, so bad data fails at load time
        self._states = load_states(states_path)
        self._units = load_units(units_path)
        self._non_names = frozenset(self._units.heads)
        self._person_finder: PersonFinder | None = None
        self._person_finder_loaded = False

    def _persons(self) -> PersonFinder | None:
        if not self._person_finder_loaded:
            self._person_finder = _load_person_finder()
            self._person_finder_loaded = True
        return self._person_finder

    def __getstate__(self) -> dict[str, str | bool | None]:
        # only the settings travel; the compiled tables come from the per-process cache
        return {
            "name": self.name,
            "spans_key": self.spans_key,
            "states_path": self.states_path,
            "units_path": self.units_path,
            "use_ner": self.use_ner,
        }

    def __setstate__(self, state: dict[str, str | bool | None]) -> None:
        name, spans_key = state["name"], state["spans_key"]
        states_path, units_path = state["states_path"], state["units_path"]
        assert isinstance(name, str) and isinstance(spans_key, str)
        assert states_path is None or isinstance(states_path, str)
        assert units_path is None or isinstance(units_path, str)
        self.__init__(  # type: ignore[misc]
            name,
            spans_key=spans_key,
            states_path=states_path,
            units_path=units_path,
            use_ner=bool(state["use_ner"]),
        )

    def find(self, doc: Doc) -> list[EntityMention]:
        """All mentions in ``doc`` (persons, states, units), sorted by start offset.

        Raises:
            InputTypeError: ``doc`` is not a spaCy ``Doc``.
        """
        if not isinstance(doc, Doc):
            raise InputTypeError(f"doc must be a spacy.tokens.Doc, got {describe(doc)}")
        return [mention for mention, _ in self._find(doc, doc_text(doc))]

    def _find(self, doc: Doc, view: DocText) -> list[tuple[EntityMention, tuple[int, int] | None]]:
        """The mentions, sorted, each with its token range (``doc.char_span(start, end,
        alignment_mode="expand")``; a hit's own token range is that, as tokens are never empty)."""
        state_hits = match_states(doc, self._states, self.use_ner, self._non_names, view)
        named = match_named_units(doc, self._states, self._units, state_hits, view)
        blocked = [(h.mention.start, h.mention.end) for h in state_hits] + [
            (h.mention.start, h.mention.end) for h in named
        ]
        persons: list[EntityMention] = []
        finder = self._persons()
        if finder is not None:
            # digits with a scale abbreviation are no names: "2 Mia. Franken" (not "Mia")
            blocked += [
                (n.start, n.end)
                for n in doc._.nkru_numbers or ()
                if n.text[:1].isdigit() and not n.text[-1:].isdigit()
            ]
            index = _RangeIndex(blocked)
            persons = [
                m
                for m in finder(
                    doc, blocked=blocked, view=view, states=state_hits, gazetteer=self._states
                )
                if not index.overlaps(m.start, m.end)
            ]
        taken = [(h.first, h.last) for h in named]
        person_tokens: list[tuple[int, int] | None] = []
        for person in persons:
            tokens = view.expand(person.start, person.end)  # doc.char_span(..., "expand")
            person_tokens.append(tokens)
            if tokens is not None:
                taken.append(tokens)
        generic = match_generic_units(doc, self._states, self._units, state_hits, taken, view)
        units = link_strengths(doc, [*named, *generic], view)
        mentions: list[tuple[EntityMention, tuple[int, int] | None]] = [
            (h.mention, (h.first, h.last)) for h in state_hits
        ]
        mentions += [(h.mention, (h.first, h.last)) for h in units]
        mentions += zip(persons, person_tokens, strict=True)
        mentions.sort(key=_sort_key)
        return mentions

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.nkru_entities`` and ``doc.spans[spans_key]``; return the Doc."""
        if not isinstance(doc, Doc):
            raise InputTypeError(f"doc must be a spacy.tokens.Doc, got {describe(doc)}")
        view = doc_text(doc)
        mentions = self._find(doc, view)
        # A stored span value is keyed by character offsets only, so a STATE and a UNIT on the
        # same token ("Nordkorea-Soldaten") would share it; an extension with a getter avoids
        # that, and then there is nothing to store.
        store = Span.get_extension("nkru_entity")[2] is None
        spans: list[Span] = []
        hashes: dict[str, int] = {}  # label or key -> its id in the StringStore (added once)
        strings = doc.vocab.strings
        for mention, tokens in mentions:
            if tokens is None:
                continue
            label = hashes.get(mention.label)
            if label is None:
                label = hashes[mention.label] = strings.add(mention.label)
            key = hashes.get(mention.key)
            if key is None:
                key = hashes[mention.key] = strings.add(mention.key)
            span = Span(doc, tokens[0], tokens[1], label=label, span_id=key)
            if store:
                span._.nkru_entity = mention
            spans.append(span)
        doc.spans[self.spans_key] = spans
        doc._.nkru_entities = tuple(mention for mention, _ in mentions)
        return doc


@Language.factory(
    "nkru_entities",
    assigns=["doc._.nkru_entities", "doc.spans"],
    requires=["token.is_sent_start"],
    default_config={
        "spans_key": "nkru_entities",
        "states_path": None,
        "units_path": None,
        "use_ner": True,
    },
)
def make_entity_extractor(
    nlp: Language,
    name: str,
    spans_key: str,
    states_path: str | None,
    units_path: str | None,
    use_ner: bool,
) -> EntityExtractor:
    """Build the ``nkru_entities`` component from its config (see ``EntityExtractor``)."""
    return EntityExtractor(
        name,
        spans_key=spans_key,
        states_path=states_path,
        units_path=units_path,
        use_ner=use_ner,
    )

"""Result types: frozen, slotted dataclasses with character offsets into the input text.

Every result serialises to plain data with ``to_dict()`` and is rebuilt with ``from_dict()``;
``Extraction.to_json()`` / ``Extraction.from_json()`` round-trip exactly.

Offsets are Python string indices (code points) into the text given to ``extract``: for every
``EntityMention`` and ``NumberMention``, ``text == original[start:end]``. A ``Quote`` may consist of
several parts (a quotation interrupted by its attribution); its ``parts`` hold the exact offsets of
each part and ``text`` is the parts joined by a single space.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

__all__ = [
    "CLAIMANT_KINDS",
    "CLAIM_CATEGORIES",
    "CLAIM_MODALITIES",
    "ENTITY_LABELS",
    "NUMBER_QUALIFIERS",
    "QUOTE_FORMS",
    "QUOTE_KINDS",
    "VIA_KINDS",
    "Claim",
    "ClaimCluster",
    "Claimant",
    "EntityMention",
    "Extraction",
    "NumberMention",
    "Person",
    "Quote",
]

Number = int | float

#: Labels an ``EntityMention`` can carry.
ENTITY_LABELS: tuple[str, ...] = ("PERSON", "STATE", "UNIT")
#: How a mention refers to its entity (``EntityMention.via``).
VIA_KINDS: tuple[str, ...] = (
    "name",  # a proper name: "Nordkorea", "Wladimir Putin"
    "adjective",  # "nordkoreanische", "US-amerikanisch"
    "inhabitant",  # "Nordkoreaner", "Russen"
    "metonym",  # capital or seat of government: "Pjöngjang", "der Kreml"
    "compound",  # hyphen compound: "Nordkorea-Soldaten", "Kreml-Sicht"
    "surname",  # a later surname-only mention resolved in the document: "Putins"
    "description",  # a generic formation: "nordkoreanische Truppen"
)
#: ``NumberMention.qualifier`` vocabulary (``None`` is an exact count).
NUMBER_QUALIFIERS: tuple[str, ...] = (
    "approx",  # rund, etwa, ca., ungefähr, schätzungsweise
    "at_least",  # mindestens, gut (a little more than)
    "more_than",  # mehr als, über
    "at_most",  # höchstens, bis zu
    "less_than",  # weniger als, unter, knapp, fast, beinahe
    "range",  # 10.000 bis 12.000, zwischen 10.000 und 12.000
    "vague",  # Tausende, Dutzende: value None, low set
)
#: ``Quote.kind`` vocabulary.
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "indirect", "reported")
#: Values of ``Quote.form``.
QUOTE_FORMS: tuple[str, ...] = ("direct", "indirect", "free_indirect", "reported")
#: ``Claim.category`` vocabulary.
CLAIM_CATEGORIES: tuple[str, ...] = ("personnel", "casualties", "materiel", "other")
#: ``Claim.modality`` vocabulary, strongest first (the strongest marker found wins).
CLAIM_MODALITIES: tuple[str, ...] = ("denied", "uncertain", "reported", "hypothetical", "asserted")
#: ``Claimant.kind`` vocabulary.
CLAIMANT_KINDS: tuple[str, ...] = ("person", "organisation", "media", "state", "unnamed")

T = TypeVar("T")

#: Functions that other modules register for views of results ("html": render an
#: ``Extraction``; "frames": results to DataFrames), so this module imports none of them.
_HOOKS: dict[str, Callable[[Any], Any]] = {}


def register_hook(name: str, function: Callable[[Any], Any]) -> None:
    """Register ``function`` as the ``name`` view of results (used by ``render`` and ``tables``)."""
    _HOOKS[name] = function


def _as_tuple(value: Any) -> Any:
    """Turn lists (as JSON gives them back) into tuples, recursively."""
    if isinstance(value, list):
        return tuple(_as_tuple(v) for v in value)
    return value


def _build(cls: type[T], data: Mapping[str, Any]) -> T:
    """Build dataclass ``cls`` from a mapping, ignoring unknown keys (forward compatible)."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: _as_tuple(v) for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in running text, normalised.

    Attributes:
        text: The expression as written, ``original[start:end]``.
        start: Character offset of the first character.
        end: Character offset after the last character.
        value: The number (``int`` when integral); ``None`` for vague plurals ("Tausende").
        low: Lower bound (equals ``value`` for an exact count).
        high: Upper bound (``None`` when open-ended: "mehr als 100").
        qualifier: ``None`` or one of ``NUMBER_QUALIFIERS``.
        unit: The counted noun or unit as written ("Elitesoldaten", "Prozent", "$"), or ``None``.
        unit_lemma: Its base form where known ("Elitesoldat", "Prozent", "Dollar").
    """

    text: str
    start: int
    end: int
    value: Number | None
    low: Number | None = None
    high: Number | None = None
    qualifier: str | None = None
    unit: str | None = None
    unit_lemma: str | None = None
    unit_start: int | None = None
    unit_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NumberMention:
        """Inverse of ``to_dict``."""
        return _build(cls, data)


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A mention of a person, a state or a military unit.

    Attributes:
        text: The mention as written, ``original[start:end]``.
        start: Character offset of the first character.
        end: Character offset after the last character.
        label: ``"PERSON"``, ``"STATE"`` or ``"UNIT"``.
        key: Canonical identifier: ISO 3166-1 alpha-2 code (or a documented code) for a state,
            the canonical full name for a person, a normalised designation for a unit.
        name: Canonical display name ("Nordkorea", "Wladimir Putin").
        via: How the mention refers (one of ``VIA_KINDS``), or ``None``.
        role: A stated role or title ("Oberst der Reserve", "Machthaber"), or ``None``.
        state: For a UNIT, the key of the affiliated state; for a PERSON, a state the text ties
            the person to where known; otherwise ``None``.
        strength: For a UNIT, a troop strength stated with it ("1.500 ... Elitesoldaten").
        qid: Wikidata QID where known.
        is_credit: ``True`` for names in photo credits and bylines (not people in the story).
        role_phrase: For a PERSON, the whole role phrase as written, without its article
            ("ukrainische Präsident", "Chef des ukrainischen Militärgeheimdienstes"), or ``None``.
        organisation: For a PERSON, the organisation the role belongs to as written in its
            genitive attribute ("HUR" in "Chef des HUR", "Pentagons"), or ``None``.
    """

    text: str
    start: int
    end: int
    label: str
    key: str
    name: str
    via: str | None = None
    role: str | None = None
    state: str | None = None
    strength: int | float | None = None
    qid: str | None = None
    is_credit: bool = False
    role_phrase: str | None = None
    organisation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EntityMention:
        """Inverse of ``to_dict``."""
        return _build(cls, data)


@dataclass(frozen=True, slots=True)
class Person:
    """One person in a document with all of their mentions (document-level resolution).

    ``role``, ``role_phrase``, ``state`` and ``organisation`` are the first ones stated among
    the mentions (the state is carried to every mention of the person by the entity finder).
    """

    key: str
    name: str
    mentions: tuple[EntityMention, ...]
    role: str | None = None
    state: str | None = None
    role_phrase: str | None = None
    organisation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data."""
        return {
            "key": self.key,
            "name": self.name,
            "role": self.role,
            "state": self.state,
            "role_phrase": self.role_phrase,
            "organisation": self.organisation,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted or reported statement with its speaker.

    Attributes:
        text: The statement: the quoted words (without quotation marks) for direct and partial
            quotes, the reported clause for indirect and reported speech. For a quotation
            interrupted by its attribution, the parts joined by one space.
        start: Offset of the first character of the first part.
        end: Offset after the last character of the last part.
        kind: ``"direct"``, ``"partial"``, ``"indirect"`` or ``"reported"``.
        speaker: Canonical name of the speaker (person, organisation or description), or
            ``None`` when the text names no one.
        speaker_start: Start offset of the mention the attribution rests on, or ``None``.
        speaker_end: End offset of that mention, or ``None``.
        cue: The cue as written ("sagte", "laut", "zufolge", "erklärte"), or ``None``.
        parts: ``(start, end)`` of each part; one part unless the quote was interrupted.
        speaker_text: The speaker mention as written (``original[speaker_start:speaker_end]``).
        cue_start: Offset of the cue, or ``None``.
        cue_end: End offset of the cue, or ``None``.
        outlet: A reporting outlet distinct from the source ("berichtet die Daily Mail unter
            Berufung auf Regnum": speaker Regnum, outlet Daily Mail), or ``None``.
        form: ``"direct"`` (verbatim, also partial quotes), ``"indirect"`` (a content clause
            or framed paraphrase), ``"free_indirect"`` (a frameless continuation of the
            previous speaker's report) or ``"reported"`` (a speech act without a content
            clause: "Die Partei kritisierte die Pläne").
        source_start: Start offset of the source mention exactly as this sentence gives it
            ("er", "die Behörde", "Putin"), or ``None`` (no source in the sentence, e.g. an
            inherited speaker).
        source_end: End offset of the source mention, or ``None``.
        source_text: ``original[source_start:source_end]``, or ``None``.
        speaker_person: The ``key`` of the person in ``Extraction.persons`` when the resolved
            speaker is such a person, else ``None``.
        speaker_org: The organisation a described speaker speaks for ("ein Sprecher des
            Innenministeriums": "Innenministerium"), or ``None``.
        inherited: ``True`` when the speaker is carried over from the previous statement
            rather than named in this one.

    ``speaker_start``/``speaker_end``/``speaker_text`` are the *resolved* speaker mention: the
    source mention itself when it names the speaker, the antecedent ("Wladimir Putin") when the
    source is a pronoun or description ("er", "der Präsident"), the previous statement's
    mention when the speaker is inherited.
    """

    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    parts: tuple[tuple[int, int], ...] = ()
    speaker_text: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    outlet: str | None = None
    form: str = "direct"
    source_start: int | None = None
    source_end: int | None = None
    source_text: str | None = None
    speaker_person: str | None = None
    speaker_org: str | None = None
    inherited: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data (``parts`` as lists of two offsets)."""
        data = dataclasses.asdict(self)
        data["parts"] = [list(p) for p in self.parts]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Inverse of ``to_dict``; dicts written before ``form`` existed get it from ``kind``."""
        if "form" not in data:
            kind = data.get("kind")
            data = {**data, "form": kind if kind in {"indirect", "reported"} else "direct"}
        return _build(cls, data)


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who makes a claim (``Claim.claimant``; ``None`` there means the article's own voice).

    Attributes:
        text: The source as written ("der südkoreanische Geheimdienst"), or the marker of an
            unnamed source ("soll", "angeblich", "heißt es").
        key: Canonical key: a person's canonical name, a state code, or the normalised
            organisation or media name; ``"unnamed"`` for an unnamed source.
        kind: One of ``CLAIMANT_KINDS``.
        start: Offset of ``text`` in the original, or ``None`` when not a span of it.
        end: End offset of ``text``, or ``None``.
        outlet: A reporting outlet passing the claim on ("berichtet Reuters unter Berufung auf
            ..."), or ``None``.
    """

    text: str
    key: str
    kind: str
    start: int | None = None
    end: int | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data."""
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claimant:
        """Inverse of ``to_dict``."""
        return _build(cls, data)


@dataclass(frozen=True, slots=True)
class Claim:
    """A counted statement about a state's forces, losses or materiel.

    Attributes:
        number: The figure (``value``, ``low``/``high``, qualifier, counted noun).
        category: One of ``CLAIM_CATEGORIES``.
        state: Code of the state whose forces, losses or materiel are counted (the supplier
            for deliveries), or ``None`` when the text does not say.
        destination: Code of the receiving state or region as written, or ``None``.
        claimant: Who makes the claim, or ``None`` for the article's own voice.
        modality: The strongest of ``modalities`` in the order of ``CLAIM_MODALITIES``.
        modalities: Every modality a marker supports, strongest first.
        start: Offset of the evidence (the sentence carrying the figure).
        end: End offset of the evidence.
        quote: The quote the figure stands in, or ``None``.
        cue: The marker or frame the claimant or modality rests on ("laut", "soll"), or ``None``.
    """

    number: NumberMention
    category: str
    state: str | None
    start: int
    end: int
    modality: str = "asserted"
    modalities: tuple[str, ...] = ("asserted",)
    claimant: Claimant | None = None
    destination: str | None = None
    quote: Quote | None = None
    cue: str | None = None

    @property
    def value(self) -> Number | None:
        """The figure (``number.value``)."""
        return self.number.value

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data (nested records as dicts)."""
        return {
            "number": self.number.to_dict(),
            "category": self.category,
            "state": self.state,
            "start": self.start,
            "end": self.end,
            "modality": self.modality,
            "modalities": list(self.modalities),
            "claimant": None if self.claimant is None else self.claimant.to_dict(),
            "destination": self.destination,
            "quote": None if self.quote is None else self.quote.to_dict(),
            "cue": self.cue,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        """Inverse of ``to_dict``."""
        claimant = data.get("claimant")
        quote = data.get("quote")
        return cls(
            number=NumberMention.from_dict(data["number"]),
            category=data["category"],
            state=data.get("state"),
            start=data["start"],
            end=data["end"],
            modality=data.get("modality", "asserted"),
            modalities=tuple(data.get("modalities", (data.get("modality", "asserted"),))),
            claimant=None if claimant is None else Claimant.from_dict(claimant),
            destination=data.get("destination"),
            quote=None if quote is None else Quote.from_dict(quote),
            cue=data.get("cue"),
        )


@dataclass(frozen=True, slots=True)
class ClaimCluster:
    """The same figure about the same state's forces across documents (``cluster_claims``).

    Attributes:
        state: The state code the figure is about (or ``None``).
        category: The claim category.
        value: The figure most members give (an exact value when any member gives one).
        low: The smallest lower bound among the members.
        high: The largest upper bound among the members (``None`` when open-ended).
        doc_ids: The documents that carry the figure, in order of first appearance.
        claims: ``(doc_id, Claim)`` pairs, in input order.
        claimant: The earliest claimant found (first in input and text order), or ``None``.
    """

    state: str | None
    category: str
    value: Number | None
    low: Number | None
    high: Number | None
    doc_ids: tuple[str, ...]
    claims: tuple[tuple[str, Claim], ...]
    claimant: Claimant | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data."""
        return {
            "state": self.state,
            "category": self.category,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "doc_ids": list(self.doc_ids),
            "claims": [[doc_id, claim.to_dict()] for doc_id, claim in self.claims],
            "claimant": None if self.claimant is None else self.claimant.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one text.

    Attributes:
        text: The input text.
        persons: Person mentions in the story (credits excluded), in text order.
        states: State mentions, in text order.
        units: Military unit mentions, in text order.
        numbers: Number mentions, in text order.
        quotes: Quoted and reported statements, in text order.
        credits: Names found in photo credits and bylines (``is_credit=True``).
        backbone: The statistical backbone used, e.g. ``"embedded"`` or
            ``"de_core_news_lg-3.8.0"``.
        claims: Counted claims about forces, losses and materiel, in text order.
    """

    text: str
    persons: tuple[EntityMention, ...] = ()
    states: tuple[EntityMention, ...] = ()
    units: tuple[EntityMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    credits: tuple[EntityMention, ...] = ()
    backbone: str = "embedded"
    meta: tuple[tuple[str, str], ...] = field(default=())
    claims: tuple[Claim, ...] = ()

    # -- views -------------------------------------------------------------------------------
    def people(self) -> tuple[Person, ...]:
        """One ``Person`` per canonical key, with all mentions, in order of first mention."""
        groups: dict[str, list[EntityMention]] = {}
        for mention in self.persons:
            groups.setdefault(mention.key, []).append(mention)
        people = []
        for key, mentions in groups.items():
            role = next((m.role for m in mentions if m.role), None)
            people.append(
                Person(
                    key=key,
                    name=mentions[0].name,
                    mentions=tuple(mentions),
                    role=role,
                    state=next((m.state for m in mentions if m.state), None),
                    role_phrase=next((m.role_phrase for m in mentions if m.role_phrase), None),
                    organisation=next((m.organisation for m in mentions if m.organisation), None),
                )
            )
        return tuple(people)

    @property
    def entities(self) -> tuple[EntityMention, ...]:
        """Persons, states and units together, in text order."""
        return tuple(
            sorted(self.persons + self.states + self.units, key=lambda m: (m.start, m.end))
        )

    # -- serialisation -----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain data with stable field names; ``json.dumps`` accepts it as it is."""
        return {
            "text": self.text,
            "backbone": self.backbone,
            "persons": [m.to_dict() for m in self.persons],
            "states": [m.to_dict() for m in self.states],
            "units": [m.to_dict() for m in self.units],
            "numbers": [n.to_dict() for n in self.numbers],
            "quotes": [q.to_dict() for q in self.quotes],
            "credits": [m.to_dict() for m in self.credits],
            "meta": dict(self.meta),
            "claims": [c.to_dict() for c in self.claims],
        }

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as a JSON string (UTF-8 text, not ASCII-escaped)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Extraction:
        """Inverse of ``to_dict``."""

        def mentions(name: str) -> tuple[EntityMention, ...]:
            return tuple(EntityMention.from_dict(m) for m in data.get(name, ()))

        return cls(
            text=data["text"],
            persons=mentions("persons"),
            states=mentions("states"),
            units=mentions("units"),
            numbers=tuple(NumberMention.from_dict(n) for n in data.get("numbers", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            credits=mentions("credits"),
            backbone=data.get("backbone", "embedded"),
            meta=tuple(sorted(dict(data.get("meta", {})).items())),
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
        )

    @classmethod
    def from_json(cls, text: str) -> Extraction:
        """Inverse of ``to_json``."""
        return cls.from_dict(json.loads(text))

    # -- notebooks ---------------------------------------------------------------------------
    def _repr_html_(self) -> str | None:
        """Render the text with highlighted mentions and a table of quotes (Jupyter)."""
        hook = _HOOKS.get("html")
        return str(hook(self)) if hook is not None else None

    def to_frames(self, doc_id: str = "0") -> dict[str, Any]:
        """This document as one pandas DataFrame per kind (see ``nkru_extract.tables``)."""
        hook = _HOOKS.get("frames")
        if hook is None:  # pragma: no cover - registered when the package is imported
            raise RuntimeError("nkru_extract.tables is not loaded")
        return dict(hook([(doc_id, self)]))

    def __repr__(self) -> str:
        return (
            f"Extraction(persons={len(self.persons)}, states={len(self.states)}, "
            f"units={len(self.units)}, numbers={len(self.numbers)}, quotes={len(self.quotes)}, "
            f"backbone={self.backbone!r})"
        )

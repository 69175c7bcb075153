"""STATE mentions: names, genitives, adjectives, inhabitants, metonyms and hyphen compounds.

Rules (each covered by tests):

* Fixed forms (names, genitives, metonyms, inhabitant nouns, invariant adjectives such as
  "Schweizer") match case-sensitively, longest first; a leading article is never part of the
  mention ("der Kreml" -> "Kreml"). Multi-word metonyms also match with the other adjective
  endings ("das Weiße Haus", "im Weißen Haus").
* Adjectives match case-insensitively as stem plus exactly one of the endings
  ``"", -e, -en, -er, -es, -em`` ("Nordkoreanische" at a sentence start works; "deutschsprachig"
  does not match "deutsch"). The bare stem written with a capital letter, or after "auf"/"in" or
  in a gloss, is the language ("Russisch lernen", "auf deutsch", "(deutsch: ...)"), not a
  mention. A capitalised adjective inside a sentence directly before an institution head noun
  (``ORGANISATION_HEADS`` in ``rules_de``: "Deutsche Bank", "Schweizerische Nationalbank",
  "Japanisches Meer") is part of that name, not a mention of the state.
* A form that is both an inhabitant noun and an adjective ("Deutsche", "Schweizer") is an
  adjective when a capitalised word follows in the same sentence ("Schweizer Armee"), otherwise
  an inhabitant ("die Schweizer stimmten ab").
* Hyphen compounds, which the German tokenizer keeps as one token ("Nordkorea-Soldaten",
  "US-Regierung", "Kreml-Sicht", "Anti-Russland-Proteste"), are looked up part by part (longest
  run of parts first); the mention is the whole token with ``via="compound"``, or, when the
  compound names several states ("Russland-Ukraine-Krieg"), one mention per state stem with the
  stem's own offsets. "Nord- und Südkorea" completes the truncated "Nord-"; a compass prefix
  before a state ("Ostukraine", "ostukrainische") gives that state. A compound made
  only of adjectives ("russisch-ukrainische") gives one adjective mention per state. A currency
  ("US-Dollar") is not a mention of the state. An all-capitals headline word ("RUSSLAND") is read as
  "Russland".
* An inhabitant noun right after a listed given name is a surname ("Christiane Holländer").
* A name or metonym is not a state when a given name precedes it ("George Washington"), when it
  starts a newspaper or team name ("Washington Post"), or when a statistical NER in the pipeline
  tagged it as the last word of a person after another capitalised word (``PER`` "Denzel
  Washington"). Person spans that start with the place ("Nordkoreas Machthaber Kim", a tagging
  error) do not veto it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc

from nkru_extract.entities.gazetteer import StateGazetteer, first_names, load_states
from nkru_extract.entities.names import surname_shaped
from nkru_extract.entities.roles import role_word
from nkru_extract.entities.rules_de import (
    CURRENCY_NOUNS,
    LANGUAGE_PREPOSITIONS,
    ORGANISATION_FOLLOWERS,
    ORGANISATION_HEAD_SUFFIXES,
    ORGANISATION_HEADS,
)
from nkru_extract.errors import InputTypeError, describe
from nkru_extract.text.doc_view import DocText, WordClass, doc_text
from nkru_extract.text.word_classes import CONJUNCTIONS
from nkru_extract.types import EntityMention

__all__ = ["StateHit", "find_states", "match_states"]

#: ``via`` of an internal match kind (a genitive is a form of the name).
_VIA = {
    "name": "name",
    "genitive": "name",
    "metonym": "metonym",
    "metonym_genitive": "metonym",
    "inhabitant": "inhabitant",
    "adjective": "adjective",
    "compound": "compound",
}


_PLACE_KINDS = ("name", "genitive", "metonym", "metonym_genitive")


@functools.lru_cache(maxsize=1024)
def _place_kind(kinds: tuple[str, ...]) -> str | None:
    """The first of ``_PLACE_KINDS`` among ``kinds`` (``None`` if none is)."""
    return next((k for k in _PLACE_KINDS if k in kinds), None)


@dataclass(frozen=True, slots=True)
class StateHit:
    """A state mention with its token range and how it was matched.

    Attributes:
        mention: The mention.
        first: Index of its first token.
        last: Index after its last token.
        kind: ``name``, ``genitive``, ``metonym``, ``metonym_genitive``, ``inhabitant``,
            ``adjective`` or ``compound``.
    """

    mention: EntityMention
    first: int
    last: int
    kind: str


def _surname_positions(doc: Doc, non_names: frozenset[str]) -> dict[int, int]:
    """Token -> start of the ``PER`` entity it ends, for multi-token person entities.

    Only the last token of a person entity can be a place-named surname ("George Washington");
    a statistical tagger's person span that starts with a place ("Nordkoreas Machthaber Kim") or
    a noun ("Armee Nordkoreas") does not veto the place.
    """
    if not doc.ents:
        return {}
    positions: dict[int, int] = {}
    for ent in doc.ents:
        if ent.label_ not in ("PER", "PERSON") or len(ent) < 2:
            continue
        before = doc[ent.end - 2].text
        if before[:1].isupper() and before.isalpha() and before not in non_names:
            positions[ent.end - 1] = ent.start
    return positions


def _capitalised_word_follows(doc: Doc, i: int) -> bool:
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return bool(nxt.is_alpha and nxt.text[0].isupper() and not nxt.is_sent_start)


#: Per gazetteer (by id, with the gazetteer kept alive): the token texts a state mention can
#: start at (a fixed form, an adjective, a hyphen or an all-caps word).
_STARTS: dict[int, tuple[StateGazetteer, WordClass]] = {}


def _start_class(gaz: StateGazetteer) -> WordClass:
    found = _STARTS.get(id(gaz))
    if found is None or found[0] is not gaz:
        if len(_STARTS) > 16:
            _STARTS.clear()
        found = (gaz, WordClass(functools.partial(_may_start, gaz)))
        _STARTS[id(gaz)] = found
    return found[1]


#: Compass prefixes before a state name or adjective ("Ostukraine", "nordsyrische").
_COMPASS = ("nord", "süd", "ost", "west")
#: Names and adjective stems that a compass prefix turns into another place
#: ("Nordirland" is in the UK, "Südamerika" is a continent, "Ostjerusalem" no seat,
#: "Ostdeutschland"/"süddeutsch" are German regions, not the state).
_COMPASS_EXCLUDED = frozenset({"Amerika", "Irland", "Jerusalem", "Deutschland"})
_COMPASS_EXCLUDED_ADJ = ("amerikan", "irisch", "deutsch")


def _may_start(gaz: StateGazetteer, word: str) -> bool:
    """Whether ``_Matcher.run`` can find anything at a token with this text."""
    if not word[0].isalpha():
        return False
    return (
        word.lower().startswith(_COMPASS)
        or word in gaz.phrases
        or word.lower() in gaz.adjectives
        or "-" in word
        or (len(word) > 3 and word.isupper())
    )


class _Matcher:
    """One pass over a Doc's tokens (kept as a class so the per-doc state stays local)."""

    def __init__(
        self,
        doc: Doc,
        gaz: StateGazetteer,
        use_ner: bool,
        non_names: frozenset[str],
        view: DocText,
    ) -> None:
        self.doc = doc
        self.gaz = gaz
        self.words = view.words
        self.text = view.text
        self.starts = view.starts
        self.sent_starts = view.sent_starts
        self.distinct = view.distinct
        self.given = first_names()
        self.surnames = _surname_positions(doc, non_names) if use_ner else {}

    def hit(
        self,
        first: int,
        last: int,
        code: str,
        kind: str,
        part: tuple[int, int] | None = None,
    ) -> StateHit:
        start = self.starts[first]
        end = self.starts[last - 1] + len(self.words[last - 1])
        if part is not None:  # characters of a stem inside the token
            start, end = start + part[0], start + part[1]
        info = self.gaz.states.get(code)
        mention = EntityMention(
            text=self.text[start:end],
            start=start,
            end=end,
            label="STATE",
            key=code,
            name=info.name if info is not None else code,
            via=_VIA[kind],
            qid=info.qid if info is not None else None,
        )
        return StateHit(mention, first, last, kind)

    def blocked_place(self, first: int, last: int) -> bool:
        """A name/metonym that is really part of a person, newspaper or team name."""
        if first > 0:
            prev = self.words[first - 1]
            if prev in self.given and not self.sent_starts[first]:
                return True
        if last < len(self.words) and self.words[last] in ORGANISATION_FOLLOWERS:
            return True
        if last == first + 1 and self.first_name_after_role(first):
            return True
        return last - 1 in self.surnames and self.surnames[last - 1] < first

    def first_name_after_role(self, i: int) -> bool:
        """A place name that is a given name between a role noun and a surname:
        "Verteidigungsminister Israel Katz"."""
        words = self.words
        if i == 0 or i + 1 >= len(words) or self.sent_starts[i + 1]:
            return False
        nxt = words[i + 1]
        if not surname_shaped(nxt):
            return False
        return role_word(words[i - 1]) is not None

    def fixed(self, i: int) -> list[StateHit]:
        entries = self.gaz.phrases.get(self.words[i])
        if not entries:
            return []
        n = len(self.words)
        for entry in entries:
            length = len(entry.tokens)
            if length > 1 and (i + length > n or tuple(self.words[i : i + length]) != entry.tokens):
                continue
            kinds = entry.kinds
            place = _place_kind(kinds)
            if place is not None:
                if self.blocked_place(i, i + length):
                    continue
                return [self.hit(i, i + length, entry.key, place)]
            kind = kinds[0]
            if length == 1 and kind == "inhabitant":
                adjective = self.gaz.adjectives.get(self.words[i].lower())
                if (
                    "adjective" in kinds or (adjective is not None and adjective[0] == entry.key)
                ) and _capitalised_word_follows(self.doc, i):
                    kind = "adjective"
            elif (
                length == 1
                and kind == "adjective"
                and "inhabitant" in kinds
                and not _capitalised_word_follows(self.doc, i)
            ):
                kind = "inhabitant"
            if kind == "inhabitant" and self.surname_after_given(i):
                return []  # "Christiane Holländer", "Thomas Schweizer": a surname
            return [self.hit(i, i + length, entry.key, kind)]
        return []

    def surname_after_given(self, i: int) -> bool:
        """An inhabitant noun right after a listed given name inside a sentence is a surname."""
        return i > 0 and not self.sent_starts[i] and self.words[i - 1] in self.given

    def adjective(self, i: int) -> list[StateHit]:
        word = self.words[i]
        found = self.gaz.adjectives.get(word.lower())
        if found is None:
            return []
        code, bare = found
        if bare and (word[0].isupper() or self.names_language(i)):
            return []  # the language: "Russisch lernen", "auf deutsch", "(deutsch: ...)"
        return [self.hit(i, i + 1, code, "adjective")]

    def names_organisation(self, i: int) -> bool:
        """A capitalised adjective inside a sentence that starts an institution or fixed name
        ("die Deutsche Bank", "der Schweizerischen Nationalbank", "das Japanische Meer")."""
        word = self.words[i]
        if not word[:1].isupper() or self.sent_starts[i] or i + 1 >= len(self.words):
            return False
        nxt = self.words[i + 1]
        return nxt in ORGANISATION_HEADS or (
            nxt[:1].isupper() and nxt.lower().endswith(ORGANISATION_HEAD_SUFFIXES)
        )

    def names_language(self, i: int) -> bool:
        """A bare adjective stem used as a language name: "auf deutsch", "(deutsch: ...)"."""
        before = self.words[i - 1] if i > 0 else ""
        after = self.words[i + 1] if i + 1 < len(self.words) else ""
        return before.lower() in LANGUAGE_PREPOSITIONS or before == "(" or after == ":"

    def compound(self, i: int) -> list[StateHit]:
        word = self.words[i]
        parts = word.split("-")
        if len(parts) < 2 or not all(parts[:-1]):
            if len(parts) == 2 and parts[0] and not parts[1]:
                parts = parts[:1]  # "Nordkorea-" in "Nordkorea- und Russland-Politik"
            else:
                return []
        # adjective chains: "russisch-ukrainische", "deutsch-französischen"
        stems = self.gaz.adjective_stems
        if len(parts) > 1:
            last = self.gaz.adjectives.get(parts[-1].lower())
            if last is not None and all(p.lower() in stems for p in parts[:-1]):
                codes = [stems[p.lower()] for p in parts[:-1]] + [last[0]]
                unique = list(dict.fromkeys(codes))
                return [self.hit(i, i + 1, code, "adjective") for code in unique]
        if parts[-1] in CURRENCY_NOUNS:
            return []  # "US-Dollar", "Taiwan-Dollar": a currency, not the state
        lookup = self.gaz.compound_stems
        # every state stem, leftmost-longest: "Russland-Ukraine-Krieg" has two
        found: list[tuple[str, int, int]] = []  # code, first part, part after the stem
        first = 0
        while first < len(parts):
            for last_part in range(len(parts), first, -1):
                stem = "-".join(parts[first:last_part])
                code = lookup.get(stem) if stem != word else None
                if code is not None:
                    found.append((code, first, last_part))
                    first = last_part
                    break
            else:
                first += 1
        if not found:
            return self.ellipsis(i) if word.endswith("-") else []
        if len({code for code, _, _ in found}) == 1:
            return [self.hit(i, i + 1, found[0][0], "compound")]
        # several states: one mention per stem with the stem's own offsets
        hits = []
        seen: set[str] = set()
        for state, part_first, part_last in found:
            if state in seen:
                continue
            seen.add(state)
            offset = sum(len(p) + 1 for p in parts[:part_first])
            length = len("-".join(parts[part_first:part_last]))
            hits.append(self.hit(i, i + 1, state, "compound", (offset, offset + length)))
        return hits

    def ellipsis(self, i: int) -> list[StateHit]:
        """A truncated first conjunct completed by the next one: "Nord- und Südkorea" gives
        "Nord-" -> KP ("Nordkorea"), "Süd- und Nordkorea" gives "Süd-" -> KR."""
        words = self.words
        if i + 2 >= len(words) or words[i + 1] not in CONJUNCTIONS:
            return []
        head = words[i][:-1]
        other = words[i + 2]
        for cut in range(1, len(other) - 2):
            rest = other[cut:]
            if not rest[:1].islower():
                continue
            entries = self.gaz.phrases.get(head + rest, ())
            for entry in entries:
                kind = _place_kind(entry.kinds)
                if len(entry.tokens) == 1 and kind in ("name", "genitive"):
                    return [self.hit(i, i + 1, entry.key, kind)]
        return []

    def compass(self, i: int) -> list[StateHit]:
        """A state with a compass prefix that is not itself a state: "Ostukraine",
        "Nordsyriens", "ostukrainische", "west-ukrainischen" (the whole word is the mention)."""
        word = self.words[i]
        lower = word.lower()
        prefix = next((p for p in _COMPASS if lower.startswith(p)), None)
        if prefix is None:
            return []
        rest = word[len(prefix) :].lstrip("-")
        if len(rest) < 4:
            return []
        if word[0].isupper():
            name = rest[0].upper() + rest[1:]
            if name in _COMPASS_EXCLUDED:
                return []
            for entry in self.gaz.phrases.get(name, ()):
                kind = _place_kind(entry.kinds)
                if len(entry.tokens) == 1 and kind in ("name", "genitive"):
                    return [self.hit(i, i + 1, entry.key, kind)]
            return []
        found = self.gaz.adjectives.get(rest.lower())
        if found is None or found[1] or rest.lower().startswith(_COMPASS_EXCLUDED_ADJ):
            return []
        return [self.hit(i, i + 1, found[0], "adjective")]

    def shouted(self, i: int) -> list[StateHit]:
        """An all-capitals headline word ("RUSSLAND", "TOKIO") read as its usual spelling."""
        word = self.words[i]
        entries = self.gaz.phrases.get(word[0] + word[1:].lower(), ())
        entry = next((e for e in entries if len(e.tokens) == 1), None)
        kind = _place_kind(entry.kinds) if entry is not None else None
        if entry is None or kind is None:
            return []
        return [self.hit(i, i + 1, entry.key, kind)]

    def run(self) -> list[StateHit]:
        hits: list[StateHit] = self.capital_adjectives()
        words = self.words
        candidates = _start_class(self.gaz).among(self.distinct)
        after = 0  # the next token not inside a mention found already
        for i in [i for i, word in enumerate(words) if word in candidates]:
            if i < after:
                continue
            word = words[i]
            found = self.fixed(i) or self.adjective(i)
            if not found and "-" in word:
                found = self.compound(i)
            if not found and len(word) > 3 and word.isupper():
                found = self.shouted(i)
            if not found and word[:1] in "NnSsOoWw":
                found = self.compass(i)
            if found and found[0].kind == "adjective" and self.names_organisation(i):
                continue  # "die Deutsche Bank", "das Japanische Meer"
            if found:
                if hits and hits[0].first == i:
                    continue  # read already as "<capital>er <government noun>"
                hits.extend(found)
                after = found[0].last
        hits.sort(key=lambda hit: hit.first)
        return hits

    def capital_adjectives(self) -> list[StateHit]:
        """ "die Moskauer Führung", "der Kiewer Regierung": the adjective of a one-word capital
        metonym before a government noun refers to the state (via ``metonym``)."""
        table = _capital_adjective_table(self.gaz)
        if not self.distinct & table.keys():
            return []
        words = self.words
        return [
            self.hit(i, i + 1, table[word], "metonym")
            for i, word in enumerate(words[:-1])
            if word in table and words[i + 1] in _GOVERNMENT_NOUNS
        ]


#: Nouns after which a capital's adjective names the state's government ("Moskauer Führung").
_GOVERNMENT_NOUNS = frozenset(
    {
        "Führung",
        "Staatsführung",
        "Regierung",
        "Machthaber",
        "Machthabern",
        "Regime",
        "Regimes",
        "Außenministerium",
        "Außenministeriums",
        "Verteidigungsministerium",
        "Verteidigungsministeriums",
        "Staatsmedien",
    }
)
_CAPITAL_ADJECTIVES: dict[int, dict[str, str]] = {}


def _capital_adjective_table(gaz: StateGazetteer) -> dict[str, str]:
    """ "Moskauer" -> RU for every one-word metonym that is a compound stem (a capital)."""
    table = _CAPITAL_ADJECTIVES.get(id(gaz))
    if table is None:
        table = {}
        for entries in gaz.phrases.values():
            for entry in entries:
                form = entry.tokens[0]
                if (
                    len(entry.tokens) == 1
                    and "metonym" in entry.kinds
                    and gaz.compound_stems.get(form) == entry.key
                    and form.isalpha()
                ):
                    table.setdefault(form + "er", entry.key)
        _CAPITAL_ADJECTIVES[id(gaz)] = table
    return table


def match_states(
    doc: Doc,
    gaz: StateGazetteer,
    use_ner: bool = True,
    non_names: frozenset[str] = frozenset(),
    view: DocText | None = None,
) -> list[StateHit]:
    """All state mentions in ``doc`` with token ranges, in text order (non-overlapping).

    Args:
        doc: A tokenised document.
        gaz: The compiled gazetteer (``load_states()``).
        use_ner: Let a ``PER`` entity in ``doc.ents`` that ends in a place name after a
            capitalised word ("George Washington") veto the place.
        non_names: Capitalised nouns that do not make such an entity a person ("Armee").
        view: The Doc's ``DocText`` if already read.
    """
    return _Matcher(doc, gaz, use_ner, non_names, view or doc_text(doc)).run()


def find_states(
    doc: Doc, states_path: str | None = None, use_ner: bool = True
) -> list[EntityMention]:
    """STATE mentions in a Doc, in text order.

    Args:
        doc: A tokenised document (any German pipeline, even ``spacy.blank("de")``).
        states_path: A gazetteer in the ``states.jsonl`` schema; ``None`` for the built-in one.
        use_ner: Let ``PER`` entities in ``doc.ents`` veto place names that end them.

    Returns:
        The mentions; ``key`` is the ISO 3166-1 alpha-2 code (or a documented code).

    Raises:
        InputTypeError: ``doc`` is not a spaCy ``Doc``.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("de")("Pjöngjang schickt nordkoreanische Truppen.")
        >>> [(m.text, m.key, m.via) for m in find_states(doc)]  # doctest: +SKIP
        [('Pjöngjang', 'KP', 'metonym'), ('nordkoreanische', 'KP', 'adjective')]
    """
    if not isinstance(doc, Doc):
        raise InputTypeError(f"doc must be a spacy.tokens.Doc, got {describe(doc)}")
    return [hit.mention for hit in match_states(doc, load_states(states_path), use_ner)]

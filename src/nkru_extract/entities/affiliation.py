"""Affiliation: the state a person speaks for, the whole role phrase and the organisation.

The text ties a person to a state through the role phrase around the name, read on the token
view with the STATE mentions already found:

* a state compound on the role word itself ("US-Präsident", "Pentagon-Sprecher",
  "Kremlsprecher", "Bundeskanzler") when the role's head is an office (``OFFICE_HEADS``; a
  "Russland-Experte" or "Kreml-Kritiker" is not Russian). "Bundes-" offices belong to the one
  of DE/AT/CH the document names, to DE when it names none, to nobody when it names several;
* a national adjective or a genitive in front of the role ("der ukrainische Präsident",
  "der frühere ukrainische Präsident", "Nordkoreas Machthaber", "Israels Premier") or an
  inhabitant noun right before the name ("der Ukrainer Ivan ...");
* a genitive attribute of the role ("Chef des ukrainischen Militärgeheimdienstes", "Sprecherin
  des Weißen Hauses"), before the name or in an apposition after it ("X, Chef des HUR"); the
  attribute without its article is the ``organisation``;
* a possessive before the role that points back to the nearest STATE mention earlier in the
  sentence, with no person between ("Die ukrainische Armee hat nach Angaben ihres
  Oberbefehlshabers X ..." -> UA);
* a party acronym in brackets after the name ("(SPD)", "(ÖVP)"), from ``person_parties.tsv``,
  as the weakest textual evidence.

A former office keeps the state ("der frühere ukrainische Präsident" -> UA): the state is the
side the person is tied to, not a claim that the office is held now; the role phrase keeps
"frühere". The first state the text gives for a person is carried to every mention of that
person (same key); a listed head of state or government (``people.jsonl`` ``state``) gets that
state only when the text gives none.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from nkru_extract.entities.gazetteer import StateGazetteer
from nkru_extract.entities.person_lexicon import known_people, leader_states, name_key
from nkru_extract.entities.roles import role_at, role_before
from nkru_extract.entities.rules_de import FEDERAL_PREFIX, FEDERAL_STATES, OFFICE_HEADS
from nkru_extract.entities.states import StateHit
from nkru_extract.errors import DataFileError
from nkru_extract.text.doc_view import DocText
from nkru_extract.text.word_classes import DETERMINERS, GENITIVE_ARTICLES, PREPOSITIONS
from nkru_extract.types import EntityMention

__all__ = ["affiliate", "party_states"]

#: Kinds of STATE hits that name the state in a genitive in front of a role ("Nordkoreas").
_GENITIVE_KINDS = frozenset({"genitive", "metonym_genitive"})
#: Kinds of STATE hits inside a genitive attribute ("des ukrainischen ...", "des Pentagons").
_ATTRIBUTE_KINDS = frozenset({"adjective", "genitive", "metonym_genitive", "name", "metonym"})
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_APPOSITION_ARTICLES = frozenset({"der", "die", "ein", "eine", "dem", "den", "des"})
_MAX_MODIFIERS = 4
#: Third-person possessives that point back to an owner ("ihres Oberbefehlshabers").
_POSSESSIVES = frozenset(
    {"sein", "seine", "seiner", "seinem", "seinen", "seines"}
    | {"ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres"}
)
#: Determiners that can open a person's role phrase: no neuter-only forms, as role nouns are
#: masculine or feminine ("Das sagte Verteidigungsminister X": "Das" is the object, not an article).
_PERSON_DETERMINERS = DETERMINERS - {"das", "dieses", "jedes", "welches", "keines"}
_MAX_ATTRIBUTE = 4
_ROLE_INFLECTIONS = ("", "s", "es", "en", "n", "nen")


@functools.cache
def party_states() -> dict[str, str]:
    """Party acronym -> the state whose politics it belongs to (``person_parties.tsv``)."""
    table: dict[str, str] = {}
    text = resources.files("nkru_extract.data").joinpath("person_parties.tsv").read_text("utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0] or not fields[1]:
            raise DataFileError(f"person_parties.tsv line {number}: expected 'party<TAB>state'")
        table[fields[0]] = fields[1]
    return table


def _adjective_like(word: str) -> bool:
    """A lower-case word with an adjective ending that is no determiner or preposition."""
    return (
        word[:1].islower()
        and word.isalpha()
        and word.endswith(_ADJECTIVE_ENDINGS)
        and word not in DETERMINERS
        and word not in PREPOSITIONS
    )


@functools.lru_cache(maxsize=1 << 14)
def _office(rest: str) -> bool:
    """The lower-cased end of a role word is an office ("verteidigungsministers")."""
    for ending in _ROLE_INFLECTIONS:
        if ending and not rest.endswith(ending):
            continue
        stem = rest[: len(rest) - len(ending)] if ending else rest
        if stem.endswith(OFFICE_HEADS):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Evidence:
    """What the text says around one mention (token offsets of the role phrase)."""

    state: str | None
    first: int
    last: int
    organisation: tuple[int, int] | None = None


class _Reader:
    """The affiliation rules over one document's tokens and STATE hits."""

    def __init__(
        self,
        view: DocText,
        hits: Sequence[StateHit],
        gaz: StateGazetteer,
        person_tokens: frozenset[int] = frozenset(),
    ) -> None:
        self.person_tokens = person_tokens
        self.words = view.words
        self.starts = view.starts
        self.sent_starts = view.sent_starts
        self.text = view.text
        self.n = len(self.words)
        self.gaz = gaz
        # token -> (state, kind) of the STATE hit on it; ``None`` when hits disagree
        self.at: dict[int, tuple[str, str] | None] = {}
        for hit in hits:
            found = (hit.mention.key, hit.kind)
            for k in range(hit.first, hit.last):
                old = self.at.get(k, found)
                self.at[k] = found if old is not None and old[0] == found[0] else None
        codes = {hit.mention.key for hit in hits}
        federal = [code for code in FEDERAL_STATES if code in codes]
        self.federal = (
            federal[0] if len(federal) == 1 else FEDERAL_STATES[0] if not federal else None
        )
        self.federal_council = (
            federal[0] if len(federal) == 1 else FEDERAL_STATES[2] if not federal else None
        )

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def state_at(self, k: int, kinds: frozenset[str] | None = None) -> str | None:
        found = self.at.get(k)
        if found is None or (kinds is not None and found[1] not in kinds):
            return None
        return found[0]

    # -- pieces of a role phrase --------------------------------------------------------------
    def compound_state(self, first: int, last: int) -> str | None:
        """A state prefix on an office role word in ``first:last``: "US-Präsident",
        "Kremlsprecher", "Bundeskanzler"."""
        for k in range(first, last):
            word = self.words[k]
            if "-" in word:
                rest = word.rsplit("-", 1)[1].lower()
                code = self.state_at(k, frozenset({"compound"}))
                if code is not None and _office(rest):
                    return code
                continue
            if word.startswith(FEDERAL_PREFIX) and len(word) > len(FEDERAL_PREFIX) + 2:
                rest = word[len(FEDERAL_PREFIX) :]
                if _office(rest.lower()):
                    council = rest.lower().startswith(("rat", "rät"))
                    return self.federal_council if council else self.federal
            for cut in range(2, len(word) - 3):
                prefix, rest = word[:cut], word[cut:]
                if rest[:1].islower() and prefix in self.gaz.compound_stems and _office(rest):
                    return self.gaz.compound_stems[prefix]
        return None

    def modifiers(self, first: int) -> tuple[int, str | None]:
        """Adjectives and a genitive right before token ``first`` ("Nordkoreas", "der frühere
        ukrainische"): the first token of the phrase and the state they name. Without a
        determiner in front, only national adjectives count ("sagte Verteidigungsminister":
        "sagte" is a verb, not part of the phrase)."""
        states: list[tuple[int, str]] = []
        k = first - 1
        while k >= 0 and first - k <= _MAX_MODIFIERS and not self.sent_starts[k + 1]:
            code = self.state_at(k, frozenset({"adjective"}))
            if code is None and not _adjective_like(self.words[k]):
                break
            if code is not None:
                states.append((k, code))
            k -= 1
        state = states[0][1] if states else None
        if k >= 0 and not self.sent_starts[k + 1]:
            code = self.state_at(k, _GENITIVE_KINDS)
            if code is not None:
                return k, state or code
            if self.words[k].lower() in _PERSON_DETERMINERS:
                return k + 1, state
        # no determiner: the phrase starts at the leftmost national adjective, if any
        return (states[-1][0] if states else first), state

    def attribute(self, first: int, last: int) -> tuple[str | None, tuple[int, int] | None]:
        """A genitive attribute after the role starting at ``first`` and inside ``first:last``
        ("des ukrainischen Geheimdienstes"; not "der Reserve" of "Oberst der Reserve"): its
        state and its token range without the article."""
        role = role_at(self.words, first)
        for k in range(first + (role[0] if role is not None else 1), last):
            if self.words[k] in GENITIVE_ARTICLES and k + 1 < last:
                state = next(
                    (
                        code
                        for m in range(k + 1, last)
                        if (code := self.state_at(m, _ATTRIBUTE_KINDS)) is not None
                    ),
                    None,
                )
                return state, (k + 1, last)
        return None, None

    def attribute_after(self, end: int) -> int:
        """End of a genitive attribute starting at ``end`` ("des HUR", "der ukrainischen
        Landstreitkräfte"), ``end`` itself when there is none."""
        if self.word(end) not in GENITIVE_ARTICLES:
            return end
        k = end + 1
        while k < self.n and k - end <= _MAX_ATTRIBUTE and not self.sent_starts[k]:
            word = self.words[k]
            if not word[:1].isalpha() or not word.replace("-", "").isalnum():
                break
            k += 1
            if word[:1].isupper() and not self.word(k)[:1].isupper():
                break  # the noun closes the attribute unless a name goes on: "Weißen Hauses"
        return k if k > end + 1 else end

    # -- the two sides of a name ----------------------------------------------------------
    def before(self, a: int) -> _Evidence | None:
        """The role phrase in front of the name starting at token ``a``."""
        if a > 0:
            code = self.state_at(a - 1, frozenset({"inhabitant"}))
            if code is not None and not self.sent_starts[a]:
                return _Evidence(code, a - 1, a)
        found = role_before(self.words, a, True)
        if found is None:
            return None
        first, base = found
        if not base:  # a title ("Frau", "Dr."): a role may stand before it
            again = role_before(self.words, first, False)
            if again is None or not again[1]:
                return None
            first = again[0]
        last = a - 1 if self.word(a - 1) == "," else a
        evidence = self.phrase(first, last)
        if evidence.state is None and self.word(first - 1) == ",":
            # "Der Kommandeur der ukrainischen Landstreitkräfte, Generaloberst X"
            outer = role_before(self.words, first, True)
            if outer is not None and outer[1]:
                wider = self.phrase(outer[0], first - 1)
                if wider.state is not None:
                    return wider
        if evidence.state is None:
            owner = self.possessor(first)
            if owner is not None:
                return _Evidence(owner, evidence.first, evidence.last, evidence.organisation)
        return evidence

    def possessor(self, first: int) -> str | None:
        """The state a possessive before the role at ``first`` points back to: the nearest
        STATE mention earlier in the sentence with no person between ("Die ukrainische Armee
        hat nach Angaben ihres Oberbefehlshabers X …" -> UA)."""
        k = first - 1
        while k >= 0 and first - k <= _MAX_MODIFIERS and _adjective_like(self.words[k]):
            if self.words[k].lower() in _POSSESSIVES:
                break
            k -= 1
        if k < 0 or self.words[k].lower() not in _POSSESSIVES or self.sent_starts[k]:
            return None
        k -= 1
        while k >= 0:
            if k in self.person_tokens:
                return None  # "Pistorius … seines Amtskollegen": the person owns the role
            code = self.state_at(k)
            if code is not None:
                return code
            if self.sent_starts[k]:
                return None
            k -= 1
        return None

    def phrase(self, first: int, last: int) -> _Evidence:
        """The evidence of a role phrase whose role starts at ``first`` and ends before
        ``last`` (a genitive attribute included)."""
        start, state = self.modifiers(first)
        compound = self.compound_state(first, last)
        inner, organisation = self.attribute(first, last)
        return _Evidence(state or compound or inner, start, last, organisation)

    def after(self, b: int) -> tuple[_Evidence | None, str | None]:
        """An apposition after the name ending before token ``b`` (", Chef des HUR", ", der
        bekannte russische Reporter") and a party in brackets ("(SPD)")."""
        party: str | None = None
        k = b
        if self.word(k) == "(" and self.word(k + 2) == ")":
            party = party_states().get(self.word(k + 1))
            k += 3
        if self.word(k) != ",":
            return None, party
        k += 1
        if self.word(k) in _APPOSITION_ARTICLES:
            k += 1
        first = k
        while k < self.n and k - first < _MAX_MODIFIERS and _adjective_like(self.words[k]):
            k += 1
        if k >= self.n or self.sent_starts[k]:
            return None, party
        role = role_at(self.words, k)
        if role is None:
            return None, party
        end = self.attribute_after(k + role[0])
        state = next(
            (
                code
                for m in range(first, k)
                if (code := self.state_at(m, frozenset({"adjective"}))) is not None
            ),
            None,
        )
        compound = self.compound_state(k, k + role[0])
        inner, organisation = self.attribute(k, end)
        start = first if state is not None else k
        return _Evidence(state or compound or inner, start, end, organisation), party

    def span_text(self, first: int, last: int) -> str:
        start = self.starts[first]
        end = self.starts[last - 1] + len(self.words[last - 1])
        return self.text[start:end]


def _leader_state(name: str) -> str | None:
    """The state a listed head of state or government leads, when every word of the name
    belongs to that person's forms ("Wladimir Putin" -> RU; not "Donald Tusk")."""
    table = leader_states()
    codes = {table.get(name_key(word)) for word in name.split()}
    return codes.pop() if len(codes) == 1 and None not in codes else None


def affiliate(
    mentions: Sequence[EntityMention],
    view: DocText,
    hits: Sequence[StateHit],
    gaz: StateGazetteer,
) -> list[EntityMention]:
    """``mentions`` with ``state``, ``role_phrase`` and ``organisation`` filled in (see the
    module docstring); credits are left as they are."""
    if not mentions:
        return []
    ranges = [
        (bisect.bisect_left(view.starts, m.start), bisect.bisect_left(view.starts, m.end))
        for m in mentions
    ]
    reader = _Reader(view, hits, gaz, frozenset(k for a, b in ranges for k in range(a, b)))
    local: list[tuple[str | None, str | None, str | None]] = []
    for mention, (a, b) in zip(mentions, ranges, strict=True):
        if mention.is_credit:
            local.append((None, None, None))
            continue
        evidence = reader.before(a)
        apposition, party = reader.after(b)
        if evidence is None or (evidence.state is None and apposition is not None):
            evidence = apposition or evidence
        state = evidence.state if evidence is not None else None
        phrase = reader.span_text(evidence.first, evidence.last) if evidence is not None else None
        organisation = None
        if evidence is not None and evidence.organisation is not None:
            organisation = reader.span_text(*evidence.organisation)
        local.append((state or party, phrase, organisation))
    state_of: dict[str, str] = {}
    organisation_of: dict[str, str] = {}
    for mention, (state, _, organisation) in zip(mentions, local, strict=True):
        if state is not None:
            state_of.setdefault(mention.key, state)
        if organisation is not None:
            organisation_of.setdefault(mention.key, organisation)
    result = []
    for mention, (_, phrase, _) in zip(mentions, local, strict=True):
        if mention.is_credit:
            result.append(mention)
            continue
        state = state_of.get(mention.key)
        if state is None and name_key(mention.key) in known_people():
            state = _leader_state(mention.key)
        organisation = organisation_of.get(mention.key)
        if (state, phrase, organisation) == (
            mention.state,
            mention.role_phrase,
            mention.organisation,
        ):
            result.append(mention)  # nothing to add: a copy would cost more than the rest
            continue
        result.append(
            dataclasses.replace(mention, state=state, role_phrase=phrase, organisation=organisation)
        )
    return result

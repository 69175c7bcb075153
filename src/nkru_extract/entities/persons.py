"""PERSON recognition, canonicalisation and document-level resolution (the entry point).

The work is split by concern: ``person_scan`` finds mentions, ``person_merge`` adds NER spans
and coordinated surnames, ``names`` judges name shapes,
``roles`` reads roles and titles, ``clusters`` resolves mentions across the document and
``credits`` marks photo credits; this module runs them in order.

``find_persons(doc)`` works on any German ``Doc`` (a blank tokenizer is enough) and combines:

* rules over tokens: a given name from the first-name list followed by surname tokens
  ("Wladimir Putin", "George W. Bush", "Ursula von der Leyen"); a role or title before a name
  ("Kremlsprecher Dmitri Peskow", "Oberst der Reserve Igor Korotschenko", "Frau Merkel");
  family-first names ("Kim Jong-un", "Kim Jong Un", "Xi Jinping"); speech contexts ("sagte
  Peskow", "so Korotschenko"); well-known people from ``data/people.jsonl``; surname shapes
  (-enko, -witsch, -schwili ...) of capitalised tokens that are not German common words;
* ``PER`` spans in ``doc.ents`` when a statistical NER ran (merged with the rules; ents that are
  common nouns or overlap a state mention are dropped);
* document-level resolution: a later "Putin", "Putins" or "Korotchenko" links to the earlier full
  name; spelling, hyphenation, case and transliteration variants share one key;
* photo credits and bylines ("Bild: picture alliance/dpa/...", "Mikhail Klimentyev/Kremlin Pool",
  "- keystone", "Von Max Muster") are detected by line patterns; names in them get
  ``is_credit=True``.

The key of a person is the canonical name from ``people.jsonl`` when the person is listed there,
otherwise the longest full form in the document (the first of equally long ones), genitive -s
removed. The role of a mention is the role noun written directly before it (the nearest one:
"der Verteidigungsexperte, Oberst der Reserve Igor Korotschenko" -> "Oberst der Reserve"), in its
base form ("Präsidenten" -> "Präsident").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from nkru_extract.entities.affiliation import affiliate
from nkru_extract.entities.clusters import resolve
from nkru_extract.entities.credits import credit_ranges
from nkru_extract.entities.gazetteer import StateGazetteer, load_states
from nkru_extract.entities.names import person_key
from nkru_extract.entities.person_merge import coordinated, merge_ents
from nkru_extract.entities.person_scan import Scanner, rule_candidates
from nkru_extract.entities.states import StateHit, match_states
from nkru_extract.errors import InputTypeError, describe
from nkru_extract.text.doc_view import DocText, doc_text
from nkru_extract.types import EntityMention

__all__ = ["credit_ranges", "find_persons", "person_key"]


def _check_doc(doc: object) -> Doc:
    if not isinstance(doc, Doc):
        raise InputTypeError(f"doc must be a spacy.tokens.Doc, got {describe(doc)}")
    return doc


def find_persons(
    doc: Doc,
    blocked: Sequence[tuple[int, int]] = (),
    view: DocText | None = None,
    states: Sequence[StateHit] | None = None,
    gazetteer: StateGazetteer | None = None,
) -> list[EntityMention]:
    """PERSON mentions in ``doc``, canonicalised and resolved across the document.

    Args:
        doc: A German ``Doc``; a blank tokenizer is enough. ``doc.ents`` labelled ``PER`` (or
            ``PERSON``) are merged with the rules when present.
        blocked: Character ranges already claimed by STATE/UNIT mentions; no person mention
            overlaps them.
        view: The Doc's ``DocText`` if already read.
        states: The Doc's STATE hits if already found (``states.match_states``); they are
            found here when ``None``.
        gazetteer: The state gazetteer of those hits (``None``: the built-in one).

    Returns:
        Mentions in text order, credits included with ``is_credit=True``. ``key`` is the
        canonical full name shared by every mention of one person; ``via`` is ``"name"`` for a
        name as written and ``"surname"`` for a shorter later reference; ``role`` is the role
        written directly before the mention, in its base form; ``state``, ``role_phrase`` and
        ``organisation`` are the person's affiliation (``affiliation.affiliate``).

    Raises:
        InputTypeError: ``doc`` is not a ``Doc``.
    """
    _check_doc(doc)
    if len(doc) == 0:
        return []
    view = view or doc_text(doc)
    scanner = Scanner(doc, list(blocked), view=view)
    cands = rule_candidates(scanner)
    cands = merge_ents(scanner, cands)
    cands = coordinated(scanner, cands)
    mentions = resolve(scanner, cands)
    if not mentions:
        return mentions
    gaz = gazetteer if gazetteer is not None else load_states()
    if states is None:
        states = match_states(doc, gaz, view=view)
    return affiliate(mentions, view, states, gaz)

"""Person mentions added after the token rules: ``PER`` spans of a statistical NER that the rules
missed or cut short (``merge_ents``), and single surnames coordinated with a found name by "und",
"sowie" or "oder" (``coordinated``). Both take the candidates of ``person_scan`` and return them
with the additions, sorted by position; they never remove a rule match except when a longer NER
span over it extends it.
"""

from __future__ import annotations

from nkru_extract.entities.names import (
    INITIAL,
    is_common,
    is_plain_common,
    namelike,
    strip_genitive,
)
from nkru_extract.entities.person_lexicon import lower_twins, other_words
from nkru_extract.entities.person_rules import (
    NAME_PARTICLES,
    ORG_HEADS,
    PERSON_SUFFIX,
    PLACE_PREFIXES,
)
from nkru_extract.entities.person_scan import Cand, Scanner, covered, unknown_or_surname


def merge_ents(sc: Scanner, cands: list[Cand]) -> list[Cand]:
    """Add ``PER`` spans from a statistical NER that the rules missed."""
    ents = [e for e in sc.doc.ents if e.label_ in {"PER", "PERSON"}]
    if not ents:
        return cands
    taken = covered(sc.n, cands)
    added: list[Cand] = []
    for ent in ents:
        if any(sc.blocked[k] for k in range(ent.start, ent.end)):
            continue
        inside: list[Cand] = []
        if any(taken[k] for k in range(ent.start, ent.end)):
            # a longer NER span over rule matches extends them: "Mirjana Spoljaric Egger"
            inside = [c for c in cands if c.start < ent.end and c.end > ent.start]
            inner = {k for c in inside for k in range(c.start, c.end)}
            if (
                not all(ent.start <= c.start and c.end <= ent.end for c in inside)
                or any(c.known is not None or c.credit for c in inside)
                or inside[0].start != ent.start
                or not all(
                    _extends_name(sc, k) for k in range(ent.start, ent.end) if k not in inner
                )
            ):
                continue
        if not _ent_is_name(sc, ent.start, ent.end):
            continue
        cand = Cand(ent.start, ent.end, "ent")
        role = sc.role_before(ent.start)
        if role is not None and role[1]:
            cand.role = role[1]
        elif inside and inside[0].start == ent.start:
            cand.role = inside[0].role
        if inside:
            dropped = {id(c) for c in inside}
            cands = [c for c in cands if id(c) not in dropped]
        cand.credit = any(sc.credit[k] for k in range(ent.start, ent.end))
        added.append(cand)
    return sorted(cands + added, key=lambda c: c.start)


def _extends_name(sc: Scanner, k: int) -> bool:
    """Token ``k`` of a ``PER`` span may extend a rule match: a possible surname that is no
    German word ("Spoljaric" in "Mirjana Spoljaric Egger"; not "Hochzeitsfeier")."""
    word = sc.words[k]
    return (
        sc.surname_ok(k, strict=False)
        and not is_plain_common(word)
        and strip_genitive(word) not in other_words()
        and word not in other_words()
    )


def coordinated(sc: Scanner, cands: list[Cand]) -> list[Cand]:
    """Single surnames coordinated with a person: "Peskow und Lawrow", "Merkel und Sarkozy"."""
    taken = covered(sc.n, cands)
    added: list[Cand] = []
    for c in cands:
        if c.credit:
            continue
        for k, link in ((c.end + 1, c.end), (c.start - 2, c.start - 1)):
            if not (0 <= k < sc.n) or taken[k] or sc.word(link) not in {"und", "sowie", "oder"}:
                continue
            word = sc.words[k]
            if word in sc.non or not sc.surname_ok(k, strict=True) or word in lower_twins():
                continue
            if namelike(sc.word(k + 1)) or sc.noun_context(k):
                continue  # "Merkel und Regierungssprecher ...": a longer phrase follows
            if unknown_or_surname(sc, strip_genitive(word)) or PERSON_SUFFIX.search(word):
                taken[k] = True
                added.append(Cand(k, k + 1, "coord"))
    return sorted(cands + added, key=lambda c: c.start) if added else cands


def _ent_is_name(sc: Scanner, start: int, end: int) -> bool:
    """A statistical PER span passes when its words look like a name and some word is one."""
    words = sc.words[start:end]
    evidence = False
    for k, word in enumerate(words, start=start):
        if word in NAME_PARTICLES or INITIAL.match(word):
            continue
        bare = strip_genitive(word)
        if not namelike(word) or bare in sc.non or word in ORG_HEADS or word in PLACE_PREFIXES:
            return False
        common = is_common(word) if end - start == 1 else is_plain_common(word)
        if word in lower_twins() or (common and not sc.listed_first(k)):
            return False
        stem = bare[:-1] if bare.endswith("s") else bare
        if (
            sc.listed_first(k)
            or bare in sc.given_like
            or unknown_or_surname(sc, bare)
            or unknown_or_surname(sc, stem)
            or PERSON_SUFFIX.search(bare)
        ):
            evidence = True
    if end - start == 1 and sc.noun_context(start):
        return False
    return evidence

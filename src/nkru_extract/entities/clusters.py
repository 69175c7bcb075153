"""Document-level clustering: every mention of one person gets one key.

Genitive endings come off name parts; multi-word names and listed people found clusters; a
later (or earlier) token equal to a clustered surname becomes a mention too (``propagate``);
single-word mentions join the nearest earlier cluster with that surname; transliteration
variants of given names ("Binyamin"/"Benjamin") join one cluster. The key is the listed name
from ``people.jsonl`` or the longest full form in the document.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from nkru_extract.entities.names import (
    ALL_PARTICLES,
    NAMELIKE,
    OPENING_PARTICLES,
    is_common,
    namelike,
    strip_genitive,
)
from nkru_extract.entities.person_lexicon import KnownPerson, first_names, known_people, name_key
from nkru_extract.entities.person_rules import FAMILY_FIRST, KOREAN_SYLLABLES
from nkru_extract.entities.person_scan import Cand, Scanner, covered
from nkru_extract.entities.rules_de import ORGANISATION_FOLLOWERS
from nkru_extract.types import EntityMention


@dataclass
class _Cluster:
    key: str
    parts: list[str]
    surname_key: str
    family_first: bool
    known: KnownPerson | None
    last_seen: int = 0


def _name_parts(sc: Scanner, cand: Cand, known_surnames: set[str]) -> list[str]:
    """Name words of a candidate with a final genitive -s removed where it is one."""
    words = [w for w in sc.words[cand.start : cand.end]]
    if len(words) > 2 and words[-1] == ".":
        words[-2:] = [words[-2] + "."]  # "Leo XIV." as one regnal number
    if cand.source == "regnal":
        return [words[0][:-1], *words[1:]]  # "Leopolds II." -> "Leopold II."
    last = words[-1]
    bare = strip_genitive(last)
    if bare != last:
        words[-1] = bare
        return words
    if last.endswith("s") and len(last) > 3 and last[-2] not in "sxzß":
        stem = last[:-1]
        nxt = sc.words[cand.end] if cand.end < sc.n else ""
        genitive_context = bool(nxt) and namelike(nxt) and is_common(nxt)
        if (
            (cand.source == "family" and stem in KOREAN_SYLLABLES)
            or name_key(stem) in known_surnames
            or (len(words) > 1 and genitive_context and last not in sc.first)
            or (len(words) == 1 and last not in sc.first and genitive_context)
        ):
            words[-1] = stem
    return words


def resolve(sc: Scanner, cands: list[Cand]) -> list[EntityMention]:
    # surnames of multi-word names, to strip genitives and link later surname-only mentions
    full_surnames: set[str] = set()
    for c in cands:
        if c.end - c.start > 1:
            words = sc.words[c.start : c.end]
            idx = 0 if c.source == "family" else -1
            full_surnames.add(name_key(strip_genitive(words[idx])))
        elif c.known is not None:
            full_surnames.add(name_key(c.known.name.split()[-1]))
    for c in cands:
        c.parts = _name_parts(sc, c, full_surnames)

    cands = _propagate(sc, cands)

    clusters: list[_Cluster] = []
    by_full: dict[str, _Cluster] = {}
    assigned: list[tuple[Cand, _Cluster, str]] = []
    # first pass: multi-word names and listed people define clusters
    for c in cands:
        if len(c.parts) < 2 and c.known is None:
            continue
        person = c.known or known_people().get(name_key(" ".join(c.parts)))
        full = person.name if person is not None else " ".join(c.parts)
        fk = name_key(full)
        cluster = by_full.get(fk)
        if cluster is None and person is None and c.source != "family":
            cluster = _variant_cluster(clusters, c.parts)
        family = c.source == "family" or (
            person is not None and person.name.split()[0] in FAMILY_FIRST
        )
        if cluster is None:
            parts = full.split()
            surname = parts[0] if family else parts[-1]
            cluster = _Cluster(full, parts, name_key(surname), family, person)
            clusters.append(cluster)
            by_full[fk] = cluster
        elif person is None and len(c.parts) > len(cluster.parts):
            cluster.key = " ".join(c.parts)
            cluster.parts = list(c.parts)
        assigned.append((c, cluster, "name"))
    # second pass: single-word mentions link to the latest earlier cluster with that surname
    result: list[tuple[Cand, _Cluster, str]] = []
    done = {id(c) for c, _, _ in assigned}
    cluster_of = {id(c): (cl, via) for c, cl, via in assigned}
    for c in cands:
        if id(c) in done:
            cl, via = cluster_of[id(c)]
            cl.last_seen = c.start
            if len(c.parts) == 1 and len(cl.parts) > 1 and c.start > _first_start(result, cl):
                via = "surname"  # "Putin" after "Wladimir Putin"
            result.append((c, cl, via))
            continue
        word = c.parts[0] if c.parts else sc.words[c.start]
        wk = name_key(word)
        matches = [cl for cl in clusters if cl.surname_key == wk]
        if not matches:
            matches = [
                cl
                for cl in clusters
                if not cl.family_first and any(name_key(p) == wk for p in cl.parts[:-1])
            ]
        if matches:
            earlier = [cl for cl in matches if cl.last_seen <= c.start]
            chosen = max(earlier or matches, key=lambda cl: cl.last_seen)
            chosen.last_seen = c.start
            result.append((c, chosen, "surname"))
            continue
        cluster = _Cluster(word, [word], wk, False, None)
        clusters.append(cluster)
        by_full.setdefault(wk, cluster)
        result.append((c, cluster, "name"))

    mentions: list[EntityMention] = []
    for c, cl, via in sorted(result, key=lambda r: r[0].start):
        start = sc.starts[c.start]  # sc.doc[c.start : c.end].start_char
        end = sc.starts[c.end - 1] + len(sc.words[c.end - 1])
        mentions.append(
            EntityMention(
                text=sc.text[start:end],
                start=start,
                end=end,
                label="PERSON",
                key=cl.key,
                name=cl.key,
                via=via,
                role=c.role,
                qid=cl.known.qid if cl.known is not None else None,
                is_credit=c.credit,
            )
        )
    return mentions


_VOWELS = re.compile(r"[aeiou]")
#: Sources of single-word candidates whose surname makes every other token with it a mention
#: (a given name on its own does not: "Peter" may be anyone).
_PROPAGATED_SOURCES = frozenset({"role", "speech", "shape", "ent", "subject", "genitive", "coord"})


def _skeleton(words: Sequence[str]) -> str:
    """The consonants of ``name_key`` of given names: "Binyamin" and "Benjamin" give "bnmn"."""
    return _VOWELS.sub("", name_key(" ".join(words)))


def _variant_cluster(clusters: list[_Cluster], parts: list[str]) -> _Cluster | None:
    """A cluster with the same surname whose given names are a transliteration variant of
    ``parts``' (same first letter and consonants, at least four of them): "Binyamin
    Netanjahu" joins "Benjamin Netanjahu"."""
    surname = name_key(parts[-1])
    skeleton = _skeleton(parts[:-1])
    if len(skeleton) < 4:
        return None
    initial = name_key(parts[0])[:1]
    for cl in clusters:
        if (
            not cl.family_first
            and cl.surname_key == surname
            and len(cl.parts) == len(parts)
            and name_key(cl.parts[0])[:1] == initial
            and _skeleton(cl.parts[:-1]) == skeleton
        ):
            return cl
    return None


@functools.lru_cache(maxsize=1 << 18)
def _surname_forms(word: str) -> tuple[tuple[str, str], ...]:
    """The forms of a token that ``_propagate`` links to a surname, with their ``name_key``:
    the token without a genitive ending, then without a final -s (unless a given name)."""
    if not namelike(word):
        return ()
    bare = strip_genitive(word)
    forms = (bare, bare[:-1] if bare.endswith("s") and bare not in first_names() else "")
    return tuple((form, name_key(form)) for form in forms if form and len(form) > 1)


def _first_start(result: list[tuple[Cand, _Cluster, str]], cluster: _Cluster) -> int:
    """Token index of the first mention already assigned to ``cluster`` (huge if none)."""
    return next((c.start for c, cl, _ in result if cl is cluster), 1 << 30)


def _propagate(sc: Scanner, cands: list[Cand]) -> list[Cand]:
    """Every later (or earlier) token equal to a known surname becomes a mention too."""
    surnames: dict[str, bool] = {}
    for c in cands:
        if c.credit:
            continue
        if len(c.parts) >= 2:
            idx = 0 if c.source == "family" else -1
            surnames[name_key(c.parts[idx])] = c.source == "family"
        elif c.known is not None:
            family = c.known.name.split()[0] in FAMILY_FIRST
            parts = c.known.name.split()
            surnames[name_key(parts[0] if family else parts[-1])] = family
        elif c.source in _PROPAGATED_SOURCES and len(c.parts) == 1:
            surnames[name_key(c.parts[0])] = False
    if not surnames:
        return cands
    taken = covered(sc.n, cands)
    added: list[Cand] = []
    # the words that may be such a surname, looked up once per distinct word
    forms_of: dict[str, tuple[tuple[str, str], ...]] = {}
    for word in NAMELIKE.among(sc.distinct):
        forms = _surname_forms(word)
        for _, key in forms:
            if key in surnames:
                forms_of[word] = forms
                break
    words = sc.words
    for i in [i for i, word in enumerate(words) if word in forms_of]:
        if taken[i] or not sc.ok(i) or sc.credit[i]:
            continue
        if sc.org_follows(i + 1) or sc.word(i + 1) in ORGANISATION_FOLLOWERS:
            continue  # "Die Washington Post": a newspaper, team or company name
        for form, key in forms_of[words[i]]:
            if key in surnames:
                start = i
                # "Van der Bellen", "von der Leyen": the particles belong to the mention
                while (
                    start > i - 3
                    and sc.ok(start - 1)
                    and not taken[start - 1]
                    and sc.words[start - 1] in ALL_PARTICLES
                ):
                    start -= 1
                while start < i and sc.words[start] not in OPENING_PARTICLES:
                    start += 1
                cand = Cand(start, i + 1, "surname", parts=[form])
                role = sc.role_before(start)
                if role is not None and role[1]:
                    cand.role = role[1]
                added.append(cand)
                break
    return sorted(cands + added, key=lambda c: c.start)

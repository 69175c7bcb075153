"""Stage 4 of the attributor, second half: who the source mention of a cue is.

``_resolve`` turns a source mention (found by ``quotes.subjects``) into a speaker: a named
person, a pronoun resolved to the last person of matching gender, a description
("der Militärexperte") or a surname resolved to a person named earlier, or an organisation;
``_speaker_org`` names the affiliation of a speaker phrase.
Person mentions and stated roles come from the entity stage (``doc._.nkru_entities``).
A wrong speaker is worse than none: every rule that cannot decide leaves ``None``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib.resources import files

from nkru_extract.quotes.context import (
    _Attribution,
    _Ctx,
    _inside_statement,
    _window_start,
)
from nkru_extract.quotes.rules_de import (
    DETERMINERS,
    GENERIC_SOURCE_NOUNS,
    NON_SPEAKER_PRONOUNS,
    PERSON_PRONOUNS,
    ROLE_SUFFIXES,
    SENTENCE_END,
)
from nkru_extract.text.name_runs import name_run
from nkru_extract.text.phrases import (
    _FIRST,
    CLAUSE_DELIMITERS,
    ROLE_RE,
    SUBJECT_DEMONSTRATIVES,
    TDoc,
    Tok,
    extended_attribute,
    is_cap,
    is_modifier,
    is_name_word,
    is_np_word,
    is_role_word,
    np_at,
)
from nkru_extract.types import EntityMention


def _speaker_person_in(ctx: _Ctx, start: int, end: int) -> tuple[str | None, bool]:
    """The person a speaker noun phrase names, and whether a genitive possessor was skipped.

    A possessor ("Putins Sprecher", "Kims Schwester Kim Yo-jong") is a person mention ending in
    -s/-' directly followed by a noun of the phrase; it is never the speaker.
    """
    toks = ctx.doc.toks
    possessor = False
    for ps, pe, key in ctx.persons_within(start, end):
        last = toks[pe - 1].text
        if (
            pe < end
            and last.endswith(("s", "'", "’"))
            and not key.endswith(last)
            and is_np_word(toks[pe])
            and is_cap(toks[pe])
        ):
            possessor = True
            continue
        if _genitive_attribute(ctx, ps, start):
            # "ein Sprecher des Robert Koch-Instituts", "die Witwe des Schauspielers Bruno Ganz":
            # the mention is a genitive attribute of the head noun, not the speaker
            possessor = True
            continue
        return key, possessor
    return None, possessor


def _genitive_attribute(ctx: _Ctx, ps: int, start: int) -> bool:
    """Whether the mention at ``ps`` is a genitive or von-attribute of a person noun.

    "ein Sprecher des Robert Koch-Instituts", "der Sprecher von Kanzler Olaf Scholz": the head
    noun is the speaker. A name after a genitive noun ("der Vorsitzende des Ausschusses Alain
    L.") is an apposition, and "von" after a statement noun ("das Fazit von X") names X.
    """
    toks = ctx.doc.toks
    j = ps - 1
    if j > start and is_cap(toks[j]) and is_role_word(toks[j]):
        j -= 1
    if j <= start or toks[j].lower_ not in {"des", "der", "von"}:
        return False
    head = toks[j - 1]
    if not (is_cap(head) and is_np_word(head)) or head.lower_ in DETERMINERS:
        return False
    return (
        toks[j].lower_ != "von"
        or is_role_word(head)
        or head.lower_.endswith(("sprecher", "sprecherin"))
    )


def _person_in(ctx: _Ctx, start: int, end: int) -> str | None:
    for _ps, _pe, key in ctx.persons_within(start, end):
        return key
    return None


def _surname_match(ctx: _Ctx, surname: str, before: int) -> str | None:
    low = surname.lower()
    candidates = {
        name for pos, name in ctx.known_surnames.get(low, ()) if pos < before and " " in name
    }
    candidates |= ctx.surnames.get(low, set())
    if len(candidates) == 1:
        return candidates.pop()
    return None


#: How many earlier person mentions a pronoun or description may resolve to (a fixed window,
#: so resolution stays linear in the text length).
_ANTECEDENTS = 64


def _recent(names: list[tuple[int, str]], i: int) -> list[tuple[int, str]]:
    """The last ``_ANTECEDENTS`` entries of a name list (text order) placed before token ``i``."""
    out: list[tuple[int, str]] = []
    for pos, name in reversed(names):
        if pos < i:
            out.append((pos, name))
            if len(out) >= _ANTECEDENTS:
                break
    return out[::-1]


def _last_person_before(ctx: _Ctx, i: int, gender: str | None = None) -> str | None:
    """The last person named before token ``i`` outside quotations.

    With a ``gender`` ("f"/"m", from the pronoun), a person whose known gender differs is
    skipped, and a person of known matching gender in the last sentences is preferred to a more
    recent one of unknown gender ("Annalena Baerbock reiste mit Olaf Scholz ... sagte sie").
    """
    cands: list[tuple[int, int, str]] = [
        (ps, pe, key)
        for ps, pe, key in ctx.persons_before(i, _ANTECEDENTS)
        if not _inside_statement(ctx, ps)
    ]
    cands += [
        (pos, pos + len(name.split()), name)
        for pos, name in _recent(ctx.person_speakers, i) + _recent(ctx.known_names, i)
        if not _inside_statement(ctx, pos)
    ]
    if not cands:
        return None
    cands.sort(key=_FIRST, reverse=True)
    if gender is None:
        return cands[0][2]
    window = _window_start(ctx, i)
    genders: dict[str, str | None] = {}
    for ps, pe, key in cands:
        g = _person_gender(ctx, ps, pe, key)
        if g is not None or key not in genders:
            genders[key] = g if genders.get(key) is None else genders[key]
    if gender == "f":  # feminine cues (-in roles, Frau, first names in -a) are reliable
        recent = [key for ps, _pe, key in cands if ps >= window]
        matching = [key for key in recent if genders.get(key) == gender]
        if matching and len(set(matching)) == 1:
            return matching[0]
    for _ps, _pe, key in cands:
        g = genders.get(key)
        if g is None or g == gender:
            return key
    return None


_FEMALE_NAME_EXCEPTIONS = frozenset(
    {"nikita", "ilja", "ilya", "luca", "joshua", "jonah", "jona", "mustafa", "musa", "isa",
     "josua", "sascha", "mischa", "kosta", "costa", "andrea", "akiba", "attila", "elia", "noa"}
)  # fmt: skip


_ROLE_FEMININE_RE = re.compile(r"(in|innen)$")


def _role_gender(word: str) -> str | None:
    """Gender of a role noun: "f" for -in ("Ministerin"), "m" for a listed masculine role."""
    low = word.lower()
    base = _role_base(low)
    if base is None:
        return None
    return "f" if _ROLE_FEMININE_RE.search(base) and base not in _NON_FEMININE_IN else "m"


_NON_FEMININE_IN = frozenset({"admin", "kremlin"})


def _person_gender(ctx: _Ctx, ps: int, pe: int, key: str) -> str | None:
    """Known gender of the person mentioned at ``[ps, pe)``: stated role, Frau/Herr, name."""
    role = ctx.person_roles.get(ps)
    if role:
        g = _role_gender(role.split()[0])
        if g is not None:
            return g
    toks = ctx.doc.toks
    for k in (ps - 1, ps - 2):
        if k < 0 or toks[k].text in CLAUSE_DELIMITERS or toks[k].text in SENTENCE_END:
            break
        low = toks[k].lower_
        if low == "frau":
            return "f"
        if low == "herr":
            return "m"
        if is_cap(toks[k]):
            g = _role_gender(toks[k].text)
            if g is not None:
                return g
    # predicative role: "Igor K. ist Militärexperte", "Anna B., Ministerin ..."
    for k in range(pe, min(len(toks), pe + 4)):
        tok = toks[k]
        if tok.text in SENTENCE_END:
            break
        if is_cap(tok) and k > pe and toks[k - 1].lower_ in {"ist", "war", ","}:
            g = _role_gender(tok.text)
            if g is not None:
                return g
    first = key.split()[0].lower() if " " in key else ""
    if len(first) > 2 and first.endswith("a") and first not in _FEMALE_NAME_EXCEPTIONS:
        return "f"
    return None


_AGE_NOUN_RE = re.compile(r"^\d+-jährige[rn]?$")


@functools.cache
def _role_words() -> frozenset[str]:
    """Lower-case role nouns (person_roles_de.txt and ROLE_SUFFIXES)."""
    text = (files("nkru_extract") / "data" / "person_roles_de.txt").read_text(encoding="utf-8")
    words = {
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#") and " " not in line.strip()
    }
    words |= set(ROLE_SUFFIXES)
    return frozenset(words)


@functools.lru_cache(maxsize=8192)
def _role_base(low: str) -> str | None:
    """The role noun a word is or ends in ("finanzministerin" -> "ministerin"), or None."""
    words = _role_words()
    if low in words:
        return low
    for k in range(1, len(low) - 4):  # the longest role noun of five letters or more it ends in
        if low[k:] in words:
            return low[k:]
    if low.endswith(("s", "n")) and len(low) > 4:  # "Kanzlers", "Abgeordneten"
        return _role_base(low[:-1]) if low[:-1] in words else None
    return None


def _is_description_head(tok: Tok) -> bool:
    """A role or age noun that heads a description ("Bundesrätin", "58-Jährige")."""
    return _AGE_NOUN_RE.match(tok.lower_) is not None or _role_base(tok.lower_) is not None


def _resolve_description(ctx: _Ctx, start: int, end: int, head: Tok) -> str | None:
    """The person a definite description ("der Kanzler", "die 58-Jährige") refers to.

    A role noun goes to the one earlier person with that role (stated or in the context); an
    age noun, or a role noun nobody was given, to the one person of compatible gender named in
    the last three sentences. Several equally plausible people: None.
    """
    low = head.lower_
    doc = ctx.doc
    age = _AGE_NOUN_RE.match(low) is not None
    base = None if age else _role_base(low)
    suffix_match = ROLE_RE.search(low)
    if not age and base is None and suffix_match is None:
        return None
    article = doc.toks[start].lower_
    gender: str | None = None
    if age:  # "der 58-Jährige", "die 47-Jährige"; "der 58-Jährigen" may be either
        if article == "die" and low.endswith("e"):
            gender = "f"
        elif article == "der" and low.endswith("e"):
            gender = "m"
    elif base is not None:
        gender = _role_gender(base)
    else:
        gender = None
    people: list[tuple[int, int, str]] = [
        (ps, pe, key)
        for ps, pe, key in ctx.persons_before(start, _ANTECEDENTS)[::-1]
        if not _inside_statement(ctx, ps)
    ]
    people += [(p, p + len(n.split()), n) for p, n in _recent(ctx.known_names, start)[::-1]]
    if not people:
        return None

    def compatible(ps: int, pe: int, key: str) -> bool:
        g = _person_gender(ctx, ps, pe, key)
        return gender is None or g is None or g == gender

    if not age:
        suffix = base or (suffix_match.group(1) if suffix_match else "")
        stem = suffix[:-2] if suffix.endswith("in") and _role_gender(suffix) == "f" else suffix
        matching = set()
        for ps, pe, name in people:
            role = (ctx.person_roles.get(ps) or "").lower()
            window = doc[max(0, ps - 10) : min(len(doc), ps + 12)]
            has_role = (role and (role.endswith(suffix) or role.endswith(stem))) or any(
                t.lower_.endswith(suffix) and t.i not in range(start, end) for t in window
            )
            if has_role and compatible(ps, pe, name):
                matching.add(name)
        if len(matching) == 1:
            return matching.pop()
        if matching:
            return None
    win = _window_start(ctx, start)
    recent = {name for ps, pe, name in people if ps >= win and compatible(ps, pe, name)}
    if len(recent) == 1:
        return recent.pop()
    return None


def _resolve(ctx: _Ctx, start: int, end: int, cue: Tok | None) -> _Attribution | None:
    """Resolve the noun phrase ``doc[start:end]`` to a speaker (None when it is no speaker)."""
    doc = ctx.doc
    span = doc[start:end]
    text = span.text
    if end - start == 1 and span[0].lower_ in PERSON_PRONOUNS:
        plural_verb = cue is not None and cue.lower_.endswith("en") and cue.lower_ not in {"sei"}
        if span[0].lower_ == "sie" and plural_verb:
            return _Attribution(None, (start, end), None, None)
        low = span[0].lower_
        gender = "f" if low in {"sie", "ihr"} else "m" if low in {"er", "ihm"} else None
        name = _last_person_before(ctx, start, gender)
        return _resolved(ctx, name, (start, end))
    if end - start == 1 and span[0].lower_ in NON_SPEAKER_PRONOUNS:
        return None
    if end - start == 1 and span[0].lower_ in SUBJECT_DEMONSTRATIVES:
        low = span[0].lower_
        gender = "m" if low in {"dieser", "letzterer"} else None
        name = _last_person_before(ctx, start, gender) if gender else None
        return _resolved(ctx, name, (start, end))
    core = start
    if span[0].lower_ in DETERMINERS:  # "die in New York geborene Sängerin": not New York
        core = extended_attribute(ctx, start + 1, end)
        core = core if core > start + 1 else start
    key, possessor = _speaker_person_in(ctx, core, end)
    if key is not None:
        # the person key, not the written name with its role ("Oberbefehlshaber O. Syrskyj")
        att = _Attribution(key, (start, end), None, None, person=True)
        att.resolved_span = next(
            ((ps, pe) for ps, pe, k in ctx.persons_within(start, end) if k == key), None
        )
        return att
    if possessor:
        # "Putins Sprecher": a description of someone else, not Putin
        return _Attribution(text, (start, end), None, None)
    titled = [ctx.blocks[ctx.block_at[k]] for k in range(start, end) if k in ctx.block_at]
    if titled and not titled[0].statement and titled[0].first > start:
        if any(
            doc.toks[k].lower_ in {"des", "der"}
            and (is_role_word(doc.toks[k - 1]) or _is_description_head(doc.toks[k - 1]))
            for k in range(start + 1, titled[0].first)
        ):
            # "der Bürgermeister der Zeitung „Kurier“": a person of the titled genitive speaks
            # (but "die Online-Ausgabe des „Spiegel“" is the Spiegel)
            return _Attribution(text, (start, end), None, None)
        q = titled[0].quotation
        return _Attribution(doc.text[q.start : q.end], (start, end), None, None)
    words = [t for t in span if t.is_alpha and t.lower_ not in DETERMINERS and not is_modifier(t)]
    if words and all(
        t.lower_ in GENERIC_SOURCE_NOUNS or is_modifier(t) or t.lower_ in DETERMINERS for t in words
    ):
        # an unnamed source ("Berichten", "Medienberichten"): no speaker, but the mention
        return _Attribution(None, (start, end), None, None)
    run = name_run(ctx, core, end)
    if run is not None and _genitive_attribute(ctx, run[0], start):
        return _Attribution(text, (start, end), None, None)  # "der Sprecher des X-Instituts"
    if run is not None:
        name_tokens = doc[run[0] : run[1]]
        name = " ".join(t.text for t in name_tokens)
        if run[1] - run[0] >= 2:
            ctx.add_known_name(run[0], name)
            att = _Attribution(name, (start, end), None, None, person=True)
            att.resolved_span = run
            return att
        full = _surname_match(ctx, name, start)
        if full is not None:
            return _resolved(ctx, full, (start, end))
    first_det = span[0].lower_ in DETERMINERS
    definite = span[0].lower_ in {"der", "die", "des", "dem", "den"}
    heads = [t for t in span if is_np_word(t)]
    if (
        definite
        and heads
        and (run is None or (run[1] - run[0] == 1 and _is_description_head(doc.toks[run[0]])))
    ):
        described = _resolve_description(ctx, start, end, heads[0])
        if described is not None:
            return _resolved(ctx, described, (start, end))
    if not heads:
        return None
    del first_det
    if core > start:  # "der vom Land geführten Behörde": the head names it
        head_start = core
        while head_start < end - 1 and is_modifier(doc.toks[head_start]):
            head_start += 1
        text = doc[head_start:end].text
    return _Attribution(text, (start, end), None, None)


def _resolved(ctx: _Ctx, name: str | None, mention: tuple[int, int]) -> _Attribution:
    """A speaker named earlier, found from ``mention`` (pronoun, description or surname)."""
    att = _Attribution(name, mention, None, None, person=name is not None)
    if name is not None:
        att.resolved_span = _antecedent(ctx, name, mention[0])
    return att


def _antecedent(ctx: _Ctx, name: str, before: int) -> tuple[int, int] | None:
    """The token range of the last mention of person ``name`` before token ``before``."""
    for ps, pe, key in ctx.persons_before(before, _ANTECEDENTS):
        if key == name and not _inside_statement(ctx, ps):
            return ps, pe
    for pos, known in reversed(_recent(ctx.known_names, before)):
        if known == name:
            return pos, pos + len(name.split())
    return None


def _person_mentions(
    tdoc: TDoc, entities: Sequence[EntityMention] | None
) -> list[tuple[int, int, str]]:
    persons: list[tuple[int, int, str]] = []
    for mention in entities or ():
        if mention.label != "PERSON" or mention.is_credit:
            continue
        found = tdoc.token_range(mention.start, mention.end)
        if found is not None:
            persons.append((found[0], found[1], mention.key or mention.name))
    doc = tdoc.doc
    if not persons and doc.has_annotation("ENT_IOB"):
        persons = [(e.start, e.end, e.text) for e in doc.ents if e.label_ in {"PER", "PERSON"}]
    return sorted(persons)


def _person_roles(tdoc: TDoc, entities: Sequence[EntityMention] | None) -> dict[int, str]:
    """Stated roles of PERSON mentions by first token ("Außenministerin")."""
    roles: dict[int, str] = {}
    for mention in entities or ():
        if mention.label == "PERSON" and mention.role and not mention.is_credit:
            found = tdoc.token_range(mention.start, mention.end)
            if found is not None:
                roles[found[0]] = mention.role
    return roles


def _fallback_names(ctx: _Ctx) -> list[tuple[int, str]]:
    """Capitalised two- and three-word names ("Fyodor Tertitskiy") when no NER is available."""
    doc = ctx.doc
    names: list[tuple[int, str]] = []
    starts = {a for a, _ in ctx.units}
    k = 0
    while k < len(doc):
        if not is_name_word(doc.toks[k]) or (
            k in starts and not is_name_word(doc.toks[k + 1] if k + 1 < len(doc) else doc.toks[k])
        ):
            k += 1
            continue
        e = k
        while e < len(doc) and e - k < 3 and is_name_word(doc.toks[e]):
            e += 1
        first = k
        if (
            e - k >= 3
            and k > 0
            and (doc.toks[k - 1].lower_ in DETERMINERS or is_modifier(doc.toks[k - 1]))
        ):
            first = k + 1  # "der 58-jährige Unternehmer Karl Brandt": a noun, then the name
        if e - first >= 2 and not _inside_statement(ctx, k):
            names.append((first, " ".join(t.text for t in doc[first:e])))
        k = max(e, k + 1)
    return names


def _mentions_speaker(ctx: _Ctx, ui: int, att: _Attribution) -> bool:
    """Whether unit ``ui`` refers to the speaker of ``att`` (a pronoun or the surname)."""
    a, b = ctx.units[ui]
    surname = (att.speaker or "").split()[-1].lower() if att.speaker else ""
    return any(
        (t.lower_ in PERSON_PRONOUNS and att.person) or (surname and t.lower_ == surname)
        for t in ctx.doc.toks[a:b]
    )


#: Attachments that name whom a described speaker speaks for: "ein Sprecher des Ministeriums".
_AFFILIATION_WORDS = frozenset({"des", "der", "eines", "einer", "von", "vom"})


def _speaker_org(ctx: _Ctx, source: tuple[int, int]) -> str | None:
    """The organisation in "ein Sprecher des Innenministeriums (in Berlin)", or None.

    The head of the source noun phrase must be a role noun and its genitive or *von*
    attachment must not be a person; the attachment is returned without its article and with
    a genitive -s of its last word removed when the lemma says so ("Innenministerium").
    """
    toks = ctx.doc.toks
    start, end = source
    j = start
    while j < end and (toks[j].lower_ in DETERMINERS or is_modifier(toks[j])):
        j += 1
    if j + 1 >= end or not (is_role_word(toks[j]) or _role_base(toks[j].lower_) is not None):
        return None
    if toks[j + 1].lower_ not in _AFFILIATION_WORDS:
        return None
    k = j + 2 if toks[j + 1].lower_ in {"des", "eines", "der", "einer", "vom"} else j + 1
    if toks[j + 1].lower_ == "von" and k < end and toks[k].lower_ in {"der", "dem", "den"}:
        k += 1
    org_end = np_at(ctx, k, end, apposition=False)
    if org_end is None or org_end <= k or any(True for _ in ctx.persons_within(k, org_end)):
        return None
    while k < org_end and toks[k].lower_ in DETERMINERS:
        k += 1
    words = [t.text for t in toks[k:org_end]]
    if not words:
        return None
    if toks[j + 1].lower_ in {"des", "eines"}:
        words[-1] = _genitive_base(toks[org_end - 1])
    return " ".join(words)


def _genitive_base(tok: Tok) -> str:
    """A masculine or neuter noun without its genitive ending: "Ministeriums", "Amtes"."""
    text, lemma = tok.text, tok.lemma_
    if lemma and lemma != text and text.startswith(lemma) and len(text) - len(lemma) <= 2:
        return lemma
    if text.endswith("es") and text[:-2].endswith(("s", "ß", "z", "x", "sch")):
        return text[:-2]  # "Kongresses", "Hauses"
    if text.endswith("s") and not text.endswith("ss") and len(text) > 3:
        return text[:-1]
    return text

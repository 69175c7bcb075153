"""Person mention finding: the token rules that propose person candidates in one document.

A ``Scanner`` reads a Doc's token view once and answers questions about single tokens (given
name? possible surname? used as a noun?); ``rule_candidates`` walks the tokens that may start a
name and tries, in order, names with their own evidence (listed people, family-first names,
given-name-led names), cued pairs ("gewann Primož Roglič") and context-licensed surnames (a role
or title before, a speech verb around, a subject or genitive position, a surname shape);
``person_merge`` then adds statistical ``PER`` spans and coordinated surnames. Roles come from
``roles``; clustering is done in ``clusters``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from nkru_extract.entities.credits import credit_ranges
from nkru_extract.entities.names import (
    ARABIC_ARTICLE,
    CAP_PARTICLES,
    INITIAL,
    LEAD_PARTICLES,
    MAX_NAME_TOKENS,
    NAME_STARTS,
    NAME_TITLES,
    PLACE_PREPOSITIONS,
    ROMAN,
    is_common,
    is_plain_common,
    may_start_known,
    namelike,
    strip_genitive,
    surname_verdict,
)
from nkru_extract.entities.person_lexicon import (
    KnownPerson,
    first_names,
    german_common_words,
    german_lemmas,
    known_people,
    lower_twins,
    name_clusters,
    name_key,
    nonnames,
    other_words,
    surnames,
    titles,
)
from nkru_extract.entities.person_rules import (
    FAMILY_FIRST,
    HUMAN_VERBS,
    KOREAN_SYLLABLES,
    NAME_PARTICLES,
    ORG_HEADS,
    PERSON_SUFFIX,
    PLACE_PREFIXES,
    SPEECH_AFTER,
    SPEECH_BEFORE,
)
from nkru_extract.entities.roles import plural_role, predicate_role, role_at, role_before
from nkru_extract.entities.rules_de import ORGANISATION_FOLLOWERS, PLACE_NOUNS
from nkru_extract.entities.speech_cues import cue_starts, cue_words, cued_name
from nkru_extract.text.doc_view import DocText, doc_text
from nkru_extract.text.word_classes import (
    CONNECTIVES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    LIST_JOINERS,
    PREPOSITIONS,
    SUBORDINATORS,
)

#: A preposition fused with an article: a noun or place follows ("im walisischen Aberporth").
_ARTICLE_CONTRACTIONS = frozenset({"im", "am", "vom", "beim", "zum", "ins", "ans"})


@dataclass
class Cand:
    start: int  # token index
    end: int  # exclusive
    source: str
    role: str | None = None
    known: KnownPerson | None = None
    credit: bool = False
    parts: list[str] = field(default_factory=list)  # name words, genitive removed
    plural_role: bool = (
        False  # the role is plural and shared by a list ("Die Ministerinnen A und B")
    )


class Scanner:
    """Token-level rules over one document."""

    def __init__(
        self,
        doc: Doc,
        blocked: Sequence[tuple[int, int]],
        credits: Sequence[tuple[int, int]] | None = None,
        view: DocText | None = None,
    ) -> None:
        self.doc = doc
        # the token arrays read once (``states.doc_text``), shared with the other matchers
        view = view or doc_text(doc)
        self.words: list[str] = view.words
        self.starts: list[int] = view.starts
        self.sent_start: list[bool] = list(view.sent_starts)
        self.distinct = view.distinct
        self.text = text = view.text if len(doc) else ""
        self.n = len(self.words)
        if self.n:
            self.sent_start[0] = True
        self.blocked = self._mask(blocked)
        self.credit = self._mask(credit_ranges(text) if credits is None else credits)
        self.first = first_names()
        self.non = nonnames()
        self.given_like, self.family_like = name_clusters()
        self.family = surnames()

    def _mask(self, ranges: Sequence[tuple[int, int]]) -> list[bool]:
        """Tokens overlapping any of the character ranges."""
        n, starts, words = self.n, self.starts, self.words
        mask = [False] * n
        for start, end in ranges:
            k = max(bisect.bisect_right(starts, start) - 1, 0)
            while k < n and starts[k] < end:
                if starts[k] + len(words[k]) > start:
                    mask[k] = True
                k += 1
        return mask

    # -- helpers ----------------------------------------------------------------------------
    def ok(self, i: int) -> bool:
        return 0 <= i < self.n and not self.blocked[i]

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def listed_first(self, i: int) -> bool:
        """Token ``i`` is a listed given name (or a hyphenated pair of them)."""
        if not self.ok(i):
            return False
        word = self.words[i]
        if word in self.first:
            if word in self.non:  # "August", "Mai": months
                prev = self.word(i - 1)
                return not (prev.endswith(".") or prev.isdigit() or prev.lower() in {"im", "am"})
            return True
        if "-" in word:
            parts = word.split("-")
            return len(parts) == 2 and all(p in self.first for p in parts)
        return False

    def is_first(self, i: int) -> bool:
        """A given name: listed, or in a given-name word cluster and followed by a surname."""
        if self.listed_first(i):
            return True
        word = self.word(i)
        if not self.ok(i) or not namelike(word) or is_common(word):
            return False
        if word in self.given_like and role_at(self.words, i) is not None:
            return False  # a role noun in a given-name cluster: "Coach Andy Ibbott"
        if word in self.given_like or (INITIAL.match(word) and word[0] not in "IVX"):
            nxt = i + 1
            while INITIAL.match(self.word(nxt)):
                nxt += 1
            particle = self.word(nxt) in LEAD_PARTICLES
            nxt += particle
            if self.listed_first(nxt) or self.surname_like(nxt):
                return True
            if particle and word in self.given_like and self.surname_ok(nxt, strict=False):
                return not self.sent_start[nxt]  # "Joseph Victor von Scheffel"
            return (
                word in self.given_like
                and (self.surname_ok(nxt, strict=True) or self.loose_surname(nxt))
                and not (self.sent_start[nxt])
            )
        return False

    def surname_like(self, i: int) -> bool:
        """A capitalised non-common word that looks like a surname (list, cluster or shape)."""
        if not self.surname_ok(i, strict=True):
            return False
        bare = strip_genitive(self.words[i])
        return (
            bare in self.family
            or bare in self.family_like
            or self.words[i] in self.family_like
            or bool(PERSON_SUFFIX.search(bare))
        )

    def surname_ok(self, i: int, strict: bool) -> bool:
        """Token ``i`` may be a surname (``strict``: it must not be a German common word)."""
        if not self.ok(i):
            return False
        word = self.words[i]
        verdict = surname_verdict(word, strict)
        if verdict is not None:
            return verdict
        if not namelike(word) or INITIAL.match(word):
            return False
        bare = strip_genitive(word)
        if bare in self.non or word in self.non or word in ORG_HEADS:
            return False
        # "Präsident", "Frau" are no surnames, but "Graf", "Kaiser", "Richter" can be
        is_role = word in titles() or role_at(self.words, i) is not None
        if is_role and (strict or word not in self.family):
            return False
        if strict:
            return not is_common(word) or (bare != word and not is_common(bare))
        return True

    # -- rules ------------------------------------------------------------------------------
    def name_from(self, i: int) -> int:
        """End of a given-name-led name starting at ``i`` (``i`` itself if none)."""
        j = i
        seen_first = False
        while j < self.n and j - i < MAX_NAME_TOKENS and self.ok(j):
            if self.is_first(j) and (j == i or not self.sent_start[j]):
                seen_first = True
            elif not (
                seen_first and INITIAL.match(self.words[j]) and not ROMAN.match(self.words[j])
            ):
                break
            j += 1
        if not seen_first:
            return i
        j = self._particles(j)
        if j < self.n and self.surname_ok(j, strict=False) and not self.sent_start[j]:
            j += 1
            # a capitalised particle part ("Tamim bin Hamad Al Thani"), a second surname word
            # ("Ana María López Díaz") or a "von"-part
            k = self._particles(j, strict=True) if self.word(j) in CAP_PARTICLES else j
            if k > j:
                j = k
            elif (
                j < self.n
                and self.surname_ok(j, strict=True)
                and self.word(j) not in ORG_HEADS
                and not self.new_name_at(j)
            ):
                j += 1
            # after given name and surname, "zu" is the preposition: "Eric Cantona zu United"
            if self.word(j) != "zu":
                j = self._particles(j, strict=True)
        if ROMAN.match(self.word(j)):  # "Elisabeth II.", "Otto I."
            j += 1
        elif self.word(j + 1) == "." and ROMAN.match(self.word(j) + "."):
            j += 2  # "Leo XIV." split by the tokenizer into "XIV" and "."
        return j

    def new_name_at(self, j: int) -> bool:
        """A listed given name followed by a surname starts a second name: "Jannik Sinner
        Alexander Zverev" is two people."""
        return (
            self.listed_first(j)
            and j + 1 < self.n
            and not self.sent_start[j + 1]
            and self.surname_ok(j + 1, strict=False)
        )

    def _particles(self, j: int, strict: bool = False) -> int:
        """Extend over nobiliary particles and the surname after them ("von der Leyen")."""
        word = self.word(j)
        if word not in LEAD_PARTICLES and word not in CAP_PARTICLES:
            return j
        k = j + 1
        while k < self.n and self.words[k] in NAME_PARTICLES and k - j < 3:
            k += 1
        if k > j and k < self.n and (self.surname_ok(k, strict=strict) or self.loose_surname(k)):
            return k + 1 if strict else k
        return j

    def loose_surname(self, k: int) -> bool:
        """Token ``k`` may continue a name already begun: a possible surname that is no plain
        German word, though it may look like a compound ("Ian Wheatbottle", "von Tischlerer")."""
        word = self.word(k)
        return (
            self.surname_ok(k, strict=False)
            and not self.sent_start[k]
            and not is_plain_common(word)
            and word not in other_words()
            and strip_genitive(word) not in other_words()
        )

    def family_first(self, i: int) -> int:
        """End of a family-first name ("Kim Jong-un", "Kim Jong Un", "Xi Jinping") at ``i``."""
        if not self.ok(i) or self.words[i] not in FAMILY_FIRST or i + 1 >= self.n:
            return i
        j = i + 1
        if not self.ok(j):
            return i
        nxt = self.words[j]
        bare = nxt[:-1] if nxt.endswith("s") else nxt
        if "-" in nxt and namelike(nxt):
            parts = nxt.split("-")
            if all(p[:1].isalpha() for p in parts) and len(parts) == 2 and len(parts[0]) <= 6:
                return j + 1
            return i
        if nxt in KOREAN_SYLLABLES or bare in KOREAN_SYLLABLES:
            j += 1
            if j < self.n and self.ok(j):
                w2 = self.words[j]
                b2 = w2[:-1] if w2.endswith("s") else w2
                if w2 in KOREAN_SYLLABLES or b2 in KOREAN_SYLLABLES:
                    j += 1
            return j
        if self.surname_ok(j, strict=True) and len(nxt) <= 9 and nxt not in ORG_HEADS:
            return j + 1
        return i

    def known_at(self, i: int) -> tuple[int, KnownPerson] | None:
        """A listed person's name or standalone variant starting at ``i``."""
        table = known_people()
        if not may_start_known(self.words[i]):
            return None
        for n in (4, 3, 2, 1):
            if i + n > self.n or True in self.blocked[i : i + n]:  # not all(self.ok(k) ...)
                continue
            words = self.words[i : i + n]
            if not all(namelike(w) or w in NAME_PARTICLES for w in words):
                continue
            last_word = words[-1]
            forms = {last_word, strip_genitive(last_word)}
            if last_word.endswith("s") and len(last_word) > 2:
                forms.add(last_word[:-1])
            for last in forms:
                person = table.get(name_key(" ".join([*words[:-1], last])))
                if person is None or (n == 1 and last not in person.standalone):
                    continue
                return n, person
        return None

    def role_before(self, i: int, comma: bool = True) -> tuple[int, str] | None:
        """A role or title ending right before token ``i`` (a comma may separate them)."""
        return role_before(self.words, i, comma)

    def noun_context(self, i: int) -> bool:
        """Token ``i`` is used as a noun or place: after a determiner or a place prefix."""
        prev = self.word(i - 1)
        if prev in PLACE_PREFIXES or (prev == "." and self.word(i - 2) in {"St", "Str"}):
            return True
        k = i - 1
        while (
            k >= 0
            and k > i - 4
            and self.words[k][:1].islower()
            and self.words[k] not in DETERMINERS
            and self.words[k] not in _ARTICLE_CONTRACTIONS
        ):
            k -= 1  # adjectives: "die neue Mark"
        return (
            k >= 0
            and (self.words[k] in DETERMINERS or self.words[k] in _ARTICLE_CONTRACTIONS)
            and all(self.words[m].endswith(("e", "en", "er", "es", "em")) for m in range(k + 1, i))
        )

    def org_follows(self, end: int) -> bool:
        """The name is part of an organisation, place or work ("Albert Schweitzer Schule")."""
        nxt = self.word(end)
        return nxt in ORG_HEADS or (nxt in {"-", "–"} and self.word(end + 1)[:1].islower())


def rule_candidates(sc: Scanner) -> list[Cand]:
    cands: list[Cand] = []
    words = sc.words
    blocked = sc.blocked
    # Only these tokens can start a candidate (see ``may_start_name``); the rest are skipped.
    distinct = sc.distinct
    starters = NAME_STARTS.among(distinct)
    # listed surnames that may be common words too, as subjects ("Richter bezog …")
    listed = distinct.intersection(sc.family)
    cues = cue_words(distinct)
    marks = starters | listed | cues  # one pass finds every token that can matter
    titled = distinct.intersection(titles())
    if titled:
        positions = [
            i
            for i, word in enumerate(words)
            if word in marks or (i > 0 and words[i - 1] in titled and namelike(word))
        ]
    else:
        positions = [i for i, word in enumerate(words) if word in marks]
    cued = (
        cue_starts(words, sc.sent_start, [i for i in positions if words[i] in cues])
        if cues
        else set()
    )
    starts = [i for i in positions if words[i] not in cues or words[i] in starters]
    if _DUTCH_PARTICLE in distinct:  # "van der Vaart": "van" is no German word
        starts = sorted(set(starts).union(i for i, w in enumerate(words) if w == _DUTCH_PARTICLE))
    if titled or cued:
        starts = sorted(cued.union(starts))
    resume = 0  # the next token after the last candidate
    for i in starts:
        if i < resume or blocked[i]:
            continue
        cand = _dutch_particle_name(sc, i) if words[i] == _DUTCH_PARTICLE else name_candidate(sc, i)
        if cand is None and words[i] != _DUTCH_PARTICLE:
            cand = _cued_candidate(sc, i)
        if cand is None:
            cand = context_candidate(sc, i)
        if cand is None and i in cued:
            span = cued_name(words, sc.sent_start, blocked, i)
            if span is not None:
                cand = Cand(*span)
        if cand is None and words[i] in listed and sc.ok(i) and _subject_position(sc, i):
            # "Richter bezog …", "arbeitete Hill wieder"; a word that is also a lower-case
            # adjective or adverb needs a verb after it ("Kurz unterhalb …" is an adverb)
            verb = sc.word(i + 1)
            adverb = words[i].lower() in german_common_words()
            if not adverb or verb in HUMAN_VERBS or verb.endswith("te"):
                cand = Cand(i, i + 1, "subject")
        if cand is None:
            continue
        if cand.source == "first" and cand.end == i + 1 and i in cued:
            span = cued_name(words, sc.sent_start, blocked, i)
            if span is not None and span[1] > cand.end:
                cand.end = span[1]  # "sagt Christiane Holländer,": the slot holds both words
        if sc.org_follows(cand.end) or _not_a_name_around(sc, cand):
            resume = cand.end
            continue
        free_before = not cands or cands[-1].end < cand.start
        surname_only = cand.source in {"shape", "speech", "subject", "role"}
        # also before a listed given name and surname: "Wilton Daniel Gregory"
        led = cand.source == "first" and cand.end - cand.start > 1 and _given_before(sc, cand)
        if (surname_only or led) and free_before and _unlisted_given(sc, cand.start - 1):
            cand.start -= 1  # an unlisted given name before a surname: "Ngozi Okonjo"
        role = sc.role_before(cand.start, comma=cand.source in {"first", "known", "family"})
        if role is not None and role[1]:
            cand.role = role[1]
            cand.plural_role = plural_role(words, role[0], cand.start, role[1])
        elif cands and cands[-1].plural_role and _list_gap(words, cands[-1].end, cand.start):
            cand.role = cands[-1].role  # "Die Bundesrätinnen Viola Amherd und Karin Keller-Sutter"
            cand.plural_role = True
        elif cand.end + 1 < sc.n and words[cand.end] == ",":
            after = role_at(words, cand.end + 1)
            if after is not None:
                cand.role = after[1]
        if sc.word(cand.start - 1) in NAME_TITLES and (not cands or cands[-1].end < cand.start):
            cand.start -= 1  # "Lady Gaga", "Sir Keir Starmer": the title is part of the name
        cand.credit = any(sc.credit[k] for k in range(cand.start, cand.end))
        if cand.credit and cand.source not in {"first", "known", "family"}:
            resume = cand.end
            continue
        if cand.role is None:
            cand.role = predicate_role(sc.words, sc.sent_start, cand.end)
        cands.append(cand)
        resume = cand.end
    return cands


#: A name particle that is no German word, so it starts a name without a given name.
_DUTCH_PARTICLE = "van"


def _dutch_particle_name(sc: Scanner, i: int) -> Cand | None:
    """A surname led by "van" (and "der", "den", "de"): "van der Vaart", "van Gogh"."""
    k = i + 1
    while k < sc.n and k - i < 3 and sc.words[k] in NAME_PARTICLES:
        k += 1
    if k == i + 1 and sc.word(k) in NAME_PARTICLES:
        return None
    if not sc.ok(i) or not sc.surname_ok(k, strict=False) or sc.sent_start[k]:
        return None
    return Cand(i, k + 1, "particle")


def _not_a_name_around(sc: Scanner, cand: Cand) -> bool:
    """The words around ``cand`` make it part of another name: a place prefix before it ("San
    Antonio Spurs"), or a Roman numeral after a surname on its own ("Hartz IV"; a regnal number
    follows a given name: "Ludwig XIV.")."""
    if sc.word(cand.start - 1) in PLACE_PREFIXES and not sc.sent_start[cand.start]:
        return True
    numeral = sc.word(cand.end).rstrip(".")
    return (
        cand.source in {"shape", "speech", "subject", "genitive"}
        and len(numeral) > 1
        and ROMAN.match(numeral + ".") is not None
    )


def _list_gap(words: Sequence[str], end: int, start: int) -> bool:
    """Only list joiners (",", "und", "sowie") between two names."""
    return start > end and all(w in LIST_JOINERS for w in words[end:start])


#: Words after which two unknown capitalised words are a person's given name and surname:
#: "durch Assane Diao", "gewann Primož Roglič", "schlug Aryna Sabalenka".
_NAME_CUES = frozenset(
    {
        "durch",
        "gewann",
        "gewinnt",
        "schlug",
        "schlägt",
        "besiegte",
        "besiegt",
        "bezwang",
        "bezwingt",
        "erzielte",
        "erzielt",
    }
)


#: Letters German does not write: a pair of unknown capitalised words with one of them is a
#: foreign name ("Zoltán Kovács", "Hélène Dubreuil") unless a place preposition comes first.
_FOREIGN_LETTERS = frozenset("áàâãåéèêëíìîïóòôõøúùûñçčćšśžźżłńőűğşăţșțýěřůđ")
#: Words before a place name ("in São Vicente", "bei Nueva Córdoba").
_PLACE_BEFORE = PLACE_PREPOSITIONS | {"bei", "im", "nahe", "nahen", "von", "vom", "zwischen"}


def _foreign_pair(sc: Scanner, i: int) -> bool:
    """Tokens ``i`` and ``i + 1`` are two words of no German lexicon, one with a foreign letter,
    not after a preposition ("in São Vicente")."""
    pair = sc.words[i : i + 2]
    if (
        pair[0] in PLACE_PREFIXES
        or sc.word(i - 1).lower() in _PLACE_BEFORE
        or any(w in german_lemmas() for w in pair)
    ):
        return False
    return any(c in _FOREIGN_LETTERS for w in pair for c in w.lower())


def _cued_candidate(sc: Scanner, i: int) -> Cand | None:
    """An unlisted given name and surname after a strong cue ("gewann Primož Roglič") or
    spelt with foreign letters ("mit Zoltán Kovács")."""
    if i < 1 or sc.sent_start[i] or i + 1 >= sc.n:
        return None
    if sc.sent_start[i + 1] or not sc.ok(i + 1):
        return None
    if not (sc.surname_ok(i, strict=True) and sc.surname_ok(i + 1, strict=True)):
        return None
    cued = sc.words[i - 1] in _NAME_CUES
    if not cued and not _foreign_pair(sc, i):
        return None
    if sc.noun_context(i) or role_at(sc.words, i) is not None:
        return None
    if sc.words[i + 1] in ORG_HEADS or (
        cued and any(w in other_words() for w in sc.words[i : i + 2])
    ):
        return None  # "Champions League": an English or German word, not a name
    after = sc.word(i + 2)
    if namelike(after) and not is_common(after):
        return None  # three or more unknown capitalised words: not sure where the name ends
    return Cand(i, i + 2, "first")


def name_candidate(sc: Scanner, i: int) -> Cand | None:
    """A name that carries its own evidence: listed person, family-first or given-name led."""
    known = sc.known_at(i)
    end = sc.family_first(i)
    if end > i + 1 and (known is None or known[0] <= end - i):
        cand = Cand(i, end, "family")
        if known is not None and known[0] == end - i:
            cand.known = known[1]
        return cand
    if known is not None:
        n, person = known
        end = i + n
        if n == 1 and sc.is_first(i):
            end = max(end, sc.name_from(i))
        if n == 1 and end == i + 1 and sc.noun_context(i):
            return None
        return Cand(i, end, "known", known=person if end == i + n else None)
    end = sc.name_from(i)
    if end == i and ARABIC_ARTICLE.match(sc.word(i + 1)) and sc.surname_ok(i, strict=True):
        return Cand(i, i + 2, "first")  # "Chalil al-Haja": a given name before al-/el-...
    if end == i:
        return None
    if end == i + 1 and not _lone_first_ok(sc, i):
        return None
    return Cand(i, end, "first")


def _unlisted_given(sc: Scanner, i: int) -> bool:
    """Token ``i`` (right before a name) is probably a given name missing from our list."""
    if not sc.ok(i) or sc.credit[i]:
        return False
    word = sc.words[i]
    if not namelike(word) or INITIAL.match(word) or word in titles() or word in sc.non:
        return False
    if word in PLACE_PREFIXES or word in lower_twins() or is_common(word):
        return False
    # a word in no lexicon at all, right before a name, is a given name we do not list:
    # "Heorhij Koval"
    if (
        word not in sc.given_like
        and word not in sc.family_like
        and (word in german_lemmas() or word in other_words() or len(word) < 4)
    ):
        return False
    if role_at(sc.words, i) is not None or (word.endswith("s") and word not in sc.given_like):
        return False
    prev = sc.word(i - 1)
    # a capitalised word before it is a noun the given name would run on from, unless that
    # is a role: "Biathletin Ilka Wendtner"
    return not (namelike(prev) and not sc.sent_start[i] and sc.role_before(i, comma=False) is None)


def _given_before(sc: Scanner, cand: Cand) -> bool:
    """The word before a given-name-led ``cand`` may be a second given name: no listed
    surname, no compound ("Index-Provider") and no repeat of the name ("Greenberg")."""
    word = sc.word(cand.start - 1)
    return "-" not in word and word not in sc.family and word not in sc.words[cand.start : cand.end]


def unknown_or_surname(sc: Scanner, word: str) -> bool:
    """Surname evidence for a single word: listed or clustered as a surname, or unknown."""
    if word in sc.family or word in sc.family_like:
        return True
    return word not in other_words() and word not in german_lemmas() and len(word) > 3


def _subject_position(sc: Scanner, i: int) -> bool:
    """Token ``i`` stands where a sentence subject does: "Schulz war ...", "hatte Schulz seine"."""
    nxt = sc.word(i + 1)
    if not (nxt[:1].islower() or nxt in {",", ".", ":"}) or nxt in NAME_PARTICLES:
        return False
    prev = sc.word(i - 1)
    # "Doch Bermúdez wurde …": a connective before the subject keeps it sentence-initial
    if sc.sent_start[i] or (prev in CONNECTIVES and sc.sent_start[i - 1]):
        if nxt.lower() in DETERMINERS or not nxt[:1].islower():
            return False
        # a singular verb follows ("Schulz war"), not a plural ("Kampfjets sind")
        return not nxt.endswith(("en", "ern", "eln")) and nxt not in {"sind", "und", "oder"}
    if prev == "sich":
        prev = sc.word(i - 2)
    if not prev[:1].islower() or prev in PREPOSITIONS or prev in DETERMINERS:
        return False
    return (
        prev in HUMAN_VERBS
        or prev in FINITE_AUXILIARIES
        or prev in SUBORDINATORS
        or (prev.endswith(("te", "t", "en")) and len(prev) > 3)
    )


def _genitive_position(sc: Scanner, i: int) -> bool:
    """Token ``i`` is a prenominal genitive: "über Schulzes Entscheidung", "Putins Sprecher"."""
    nxt = sc.word(i + 1)
    if nxt[:1].islower() and nxt.endswith(("e", "en", "er", "es")):
        nxt = sc.word(i + 2)  # "Putins neue Strategie"
    return namelike(nxt) and is_common(nxt) and sc.word(i - 1).lower() not in DETERMINERS


def _postnominal_genitive(sc: Scanner, i: int) -> bool:
    """Token ``i`` is a genitive attribute after its noun: "der Sieg Kowalskis, der ..."."""
    prev, nxt = sc.word(i - 1), sc.word(i + 1)
    if not namelike(prev) or not is_common(prev) or sc.sent_start[i]:
        return False
    if sc.words[i].endswith(("as", "es", "os")):
        return False  # a noun or a name in the nominative: "Biogas", "Carlos"
    return not nxt[:1].isupper() and nxt not in NAME_PARTICLES


def _lone_first_ok(sc: Scanner, i: int) -> bool:
    """A given name on its own ("Peter") counts unless it is used as a word or place."""
    word = sc.words[i]
    if word in sc.non or not sc.listed_first(i) or sc.noun_context(i):
        return False
    if sc.word(i + 1) in {"-", "–"} or sc.word(i + 1) in ORG_HEADS:
        return False
    if sc.word(i + 1) in ORGANISATION_FOLLOWERS or sc.word(i - 1) in PLACE_PREPOSITIONS:
        return False  # "Die Hilfe kam aus Sofia", "Die Moscow Times": a place, not a person
    common = german_common_words()
    if word.lower() in common or (sc.sent_start[i] and word in common):
        return False
    if sc.sent_start[i] and word in lower_twins():
        return False
    return not (sc.sent_start[i] and is_common(word))


def context_candidate(sc: Scanner, i: int) -> Cand | None:
    """A name without a given name, licensed by a role/title, a speech verb or its shape."""
    words = sc.words
    before = sc.role_before(i, comma=False)
    # a title licenses common-word surnames too ("Frau Fischer", "Dr. Koch")
    titled = sc.surname_ok(i, strict=False) and before is not None and not before[1]
    strict = sc.surname_ok(i, strict=True)
    # a word that only looks like a German compound ("Wheatbottle") needs a strong cue: a role
    # before it or a verb of speaking
    if not strict and not titled and not sc.loose_surname(i):
        return None
    j = i + 1
    while j < sc.n and j - i < 3 and not sc.sent_start[j]:
        if not (sc.surname_ok(j, strict=True) or (j == i + 1 and sc.loose_surname(j))):
            break
        if sc.is_first(j):
            return None  # the given-name rule starts there: "Konzern-Betriebsrat Mario Müller"
        j += 1
    prev = sc.word(i - 1)
    nxt = sc.word(j)
    single = j == i + 1
    if nxt in ORGANISATION_FOLLOWERS:
        return None  # "Die Moscow Times", "Kyiv Independent": a newspaper or team
    if before is not None:
        if single and before[1] and words[i] in lower_twins() and words[i] not in sc.family:
            return None  # "dem Arzt Bereits": an adverb after a missed sentence end
        return Cand(i, j, "role")
    if single and (sc.noun_context(i) or words[i] in lower_twins()):
        return None
    bare = strip_genitive(words[i])
    if not namelike(bare):
        return None
    # "sagte Peskow"; but "sagte Kölns Trainer ...": a genitive attribute
    if (
        prev.lower() in SPEECH_BEFORE
        and not sc.sent_start[i]
        and (j >= sc.n or role_at(words, j) is None)  # the name may end the text: "sagte Kaa"
    ):
        return Cand(i, j, "speech")
    if (nxt in SPEECH_AFTER or nxt in HUMAN_VERBS) and prev.lower() not in PREPOSITIONS:
        return Cand(i, j, "speech")
    if not strict:
        return None
    if (
        single
        and _subject_position(sc, i)
        and (
            unknown_or_surname(sc, words[i])
            # after a verb only people do ("heiratete", "komponierte") a foreign word will do
            or (prev in HUMAN_VERBS and words[i] not in german_lemmas() and len(words[i]) > 2)
        )
    ):
        return Cand(i, j, "subject")
    stem = bare[:-1] if bare.endswith("s") and not bare.endswith(("ss", "us", "is")) else ""
    if (
        single
        and len(stem) > 2
        and (_genitive_position(sc, i) or _postnominal_genitive(sc, i))
        # "Johannas Geburtsort": a listed given name in the genitive counts too
        and (unknown_or_surname(sc, stem) or (stem in sc.first and stem not in sc.non))
    ):
        return Cand(i, j, "genitive")
    if single and PERSON_SUFFIX.search(bare) and (not sc.sent_start[i] or len(words[i]) > 6):
        return Cand(i, j, "shape")
    if single and (bare in sc.family or bare in sc.family_like) and not sc.sent_start[i]:
        # "Am Hafen von Lindholm": a word clustered with surnames after a noun and a place
        # preposition names the place
        if prev in {"von", "bei"} and sc.word(i - 2) in PLACE_NOUNS:
            return None
        return Cand(i, j, "shape")
    return None


def covered(n: int, cands: Sequence[Cand]) -> list[bool]:
    """Per token of a ``n``-token doc: does one of ``cands`` cover it?"""
    taken = [False] * n
    for c in cands:
        for k in range(c.start, c.end):
            taken[k] = True
    return taken

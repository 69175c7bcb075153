"""PERSON recognition, canonicalisation and document-level resolution.

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

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from nkru_extract.entities.person_lexicon import (
    KnownPerson,
    first_names,
    german_common_words,
    german_lemmas,
    known_first_keys,
    known_people,
    known_surnames,
    lower_twins,
    name_clusters,
    name_key,
    nonnames,
    other_words,
    role_heads,
    role_phrases,
    surnames,
    titles,
)
from nkru_extract.entities.person_rules import (
    CREDIT_AGENCY,
    CREDIT_MARKER,
    DETERMINERS,
    FAMILY_FIRST,
    FUNCTION_WORDS,
    HUMAN_VERBS,
    KOREAN_SYLLABLES,
    NAME_PARTICLES,
    ORG_HEADS,
    PERSON_SUFFIX,
    PLACE_PREFIXES,
    PREPOSITIONS,
    SPEECH_AFTER,
    SPEECH_BEFORE,
)
from nkru_extract.entities.rules_de import ORGANISATION_FOLLOWERS
from nkru_extract.entities.states import DocText, WordClass, doc_text
from nkru_extract.errors import InputTypeError, describe
from nkru_extract.types import EntityMention

__all__ = ["credit_ranges", "find_persons", "person_key"]

_NAME_SHAPE = re.compile(r"^[^\W\d_][\w'’.-]*$")
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}I{0,3}|XI?V|XVI{0,3})\.$")
_GLUED = re.compile(r"[a-zäöüß]{2}[A-ZÄÖÜ][a-zäöü]")
_CAMEL_OK = ("Mc", "Mac", "Fitz", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "D'")
_GENITIVE_APOS = ("'s", "’s", "'", "’")
_HYPHEN_PREFIXES = ("Ex-", "Vize-", "Co-")
_MAX_NAME_TOKENS = 5
_LEAD_PARTICLES = frozenset(
    [
        "von",
        "van",
        "vom",
        "de",
        "da",
        "di",
        "del",
        "della",
        "du",
        "dos",
        "al",
        "bin",
        "ibn",
        "zu",
        "ten",
        "ter",
        "la",
        "le",
    ]
)
#: Capitalised particles that open a surname inside a name ("Alexander Van der Bellen",
#: "Pierre De Villiers"); only when more name tokens follow.
_CAP_PARTICLES = frozenset(
    ["Van", "De", "Di", "Da", "Le", "La", "Du", "Del", "Della", "Dos", "Ten", "Ter", "Al", "El"]
)
_OPENING_PARTICLES = _CAP_PARTICLES | {
    "Von",
    "von",
    "van",
    "de",
    "di",
    "da",
    "du",
    "del",
    "della",
    "zu",
}
_ALL_PARTICLES = _CAP_PARTICLES | NAME_PARTICLES
#: Prepositions after which a lone given name is a place ("aus Sofia", "nach Victoria").
_PLACE_PREPOSITIONS = frozenset({"aus", "nach", "in"})
_NOUN_SUFFIXES = tuple(
    [
        "ung",
        "ungen",
        "heit",
        "heiten",
        "keit",
        "keiten",
        "schaft",
        "schaften",
        "tion",
        "tionen",
        "ität",
        "itäten",
        "ismus",
        "nisse",
        "ierung",
        "chen",
    ]
)
#: Heads of German surnames that are also nouns: "Quappmann", "Rosenberg" stay names.
_SURNAME_HEADS = frozenset(
    [
        "Mann",
        "Berg",
        "Dorf",
        "Feld",
        "Bach",
        "Burg",
        "Haus",
        "Baum",
        "Horn",
        "Kamp",
        "Hof",
        "Brink",
        "Stein",
        "Bauer",
        "Müller",
        "Meier",
        "Mayer",
        "Maier",
        "Huber",
        "Hofer",
        "Reiter",
        "Berger",
        "Wald",
        "Thal",
        "Tal",
        "Schmidt",
        "Schmied",
        "Beck",
        "Bäcker",
        "Schneider",
        "Fischer",
        "Becker",
        "Weber",
        "Wagner",
        "Richter",
        "Koch",
        "Lehner",
        "Brunner",
        "Felder",
        "Kirchner",
        "Hauser",
        "Häusler",
        "Heim",
        "Hausen",
        "Bichler",
        "Leitner",
        "Egger",
        "Ecker",
        "Huber",
        "Rieder",
        "Winkler",
        "Steiner",
    ]
)
_NAME_TITLES = frozenset({"Lady", "Sir", "Dame", "Lord", "Miss"})
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|as|ar|an|at|az|asch|ash)-[A-ZÄÖÜ]")
_ROLE_INFLECTIONS = ("", "nen", "en", "n", "s", "es")
_SLASHED = re.compile(r"[^|/\n]*(?:/[^|/\n]*)+")
_CREDIT_TAIL = re.compile(r"\s[-–|]\s*([^\n]*)$")
#: Every match of ``CREDIT_MARKER`` holds ":", "©", "(" or "foto" in some case (under
#: ``re.IGNORECASE`` only ASCII letters match f, o and t), so a line without them needs no search.
_MARKER_HINT = re.compile(r"[fF][oO][tT][oO]")
_CREDIT_BRACKETS = {"(": ")", "[": "]"}
_BYLINE = re.compile(r"^\s*(?:Von|Ein Kommentar von|Eine Analyse von)\s+([^\n]{3,80})$")


# ---------------------------------------------------------------------------------------------
# credits


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo credits and bylines in ``text``.

    A credit segment starts at a marker ("Bild:", "Foto:", "Quelle:", "©") and runs to the end
    of its line, or to the closing bracket when the marker follows "(" or "["; a line ending
    in " - keystone" or " | Name/Agency" has that tail marked; a line that is only
    "Von Vorname Name" is a byline; a "Name Name/Agency" segment is a credit too.

    Example:
        >>> text = "Putin in Moskau. Bild: picture alliance/dpa | M. Klimentyev/Kremlin Pool"
        >>> [text[s:e] for s, e in credit_ranges(text)]
        ['Bild: picture alliance/dpa | M. Klimentyev/Kremlin Pool']
    """
    ranges: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        marker = (
            CREDIT_MARKER.search(body)
            if ":" in body or "©" in body or "(" in body or _MARKER_HINT.search(body)
            else None
        )
        if marker is not None:
            end = len(body)
            opening = body[: marker.start()].rstrip()[-1:]
            if opening in _CREDIT_BRACKETS:  # "(Foto: Keystone/Peter Klaunzer) Bundesrat …"
                close = body.find(_CREDIT_BRACKETS[opening], marker.end())
                if close >= 0:
                    end = close
            ranges.append((offset + marker.start(), offset + end))
        else:
            tail = _CREDIT_TAIL.search(body)
            if (
                tail is not None
                and len(tail.group(1)) < 120  # before the (slower) agency search
                and CREDIT_AGENCY.search(tail.group(1))
            ):
                ranges.append((offset + tail.start(1), offset + len(body)))
            elif _BYLINE.match(body) and len(body.split()) <= 8 and not body.rstrip().endswith("."):
                ranges.append((offset, offset + len(body)))
            else:
                for seg in _SLASHED.finditer(body) if "/" in body else ():
                    part = seg.group(0)
                    if "/" in part and len(part) < 120 and CREDIT_AGENCY.search(part):
                        ranges.append((offset + seg.start(), offset + seg.end()))
        offset += len(line)
    return ranges


# ---------------------------------------------------------------------------------------------
# token predicates


@functools.cache
def _namelike(word: str) -> bool:
    """Capitalised word that may be part of a name (no digits, not an acronym)."""
    if _ARABIC_ARTICLE.match(word):
        return True
    if not _NAME_SHAPE.match(word) or not word[0].isupper() or any(c.isdigit() for c in word):
        return False
    if word.endswith(("-", "–")) or (_GLUED.search(word) and not word.startswith(_CAMEL_OK)):
        return False
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return False
    return word not in FUNCTION_WORDS


@functools.lru_cache(maxsize=1 << 18)
def _strip_genitive(word: str) -> str:
    for suffix in _GENITIVE_APOS:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def _is_plain_common(word: str) -> bool:
    """A word of the German lexicon outside the name clusters (no compound guessing)."""
    common = german_common_words()
    if word in common or word.lower() in common:
        return True
    given_like, family_like = name_clusters()
    return word in german_lemmas() and word not in given_like and word not in family_like


@functools.cache
def _is_common(word: str) -> bool:
    """A German common word (noun or any lower-case word), compounds included; not a name."""
    if word in first_names() or word in known_surnames():
        return False
    common = german_common_words()
    if word in common or word.lower() in common:
        return True
    if word.count("-") == 1:
        head, tail = word.split("-")
        if (
            tail in surnames()
            and head[:1].isupper()
            and len(head) > 2
            and head not in common
            and head.lower() not in common
            and head not in german_lemmas()
        ):
            return False  # a double surname: "Strack-Zimmermann", "Baume-Schneider"
    base = word.rsplit("-", 1)[-1] if "-" in word else word
    if base and (base in common or base.lower() in common):
        return True
    given_like, family_like = name_clusters()
    lemmas = german_lemmas()
    if word in lemmas and word not in given_like and word not in family_like:
        return True  # a lemma outside the name clusters: "Test", "Interview", "Song"
    if word in given_like or word in family_like or word in surnames():
        return False
    if len(base) > 6 and base.endswith(_NOUN_SUFFIXES):
        return True  # Wieder|eröffnung, Gemeinschaft, Nation
    # compounds: Bomben|anschlägen, Panzer|haubitzen (a known head noun)
    known = base in other_words()
    others = other_words()
    for cut in range(3, len(base) - 3):
        head = base[cut].upper() + base[cut + 1 :]
        if head in _SURNAME_HEADS or (len(head) < 5 and known):
            continue
        if head in common or (head in lemmas and head not in family_like):
            return True
        if len(head) >= 5 and head in others:
            return True
    return False


def _role_at(words: Sequence[str], i: int) -> tuple[int, str] | None:
    """A role or title starting at token ``i``: (number of tokens, base form) or ``None``."""
    info = _role_info(words[i])
    if info is None:
        return None
    phrases, single = info
    for phrase in phrases:
        n = len(phrase)
        if tuple(words[i : i + n]) == phrase:
            return n, " ".join(phrase)
    return single


RoleInfo = tuple[tuple[tuple[str, ...], ...], tuple[int, str] | None]


@functools.lru_cache(maxsize=1 << 18)
def _role_info(word: str) -> RoleInfo | None:
    """The role phrases starting with ``word`` and its single-word role (``None``: neither)."""
    if not word[:1].isupper():
        return None
    phrases = _phrase_index().get(word, ())
    base = _role_word(word)
    single = (1, base) if base is not None else None
    if not phrases and single is None:
        return None
    return phrases, single


@functools.cache
def _phrase_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in role_phrases():
        index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


@functools.cache
def _role_word(word: str) -> str | None:
    """Base form of a single-word role ("Präsidenten" -> "Präsident"; "Kremlsprecher")."""
    heads = role_heads()
    lower = word.lower()
    for prefix in _HYPHEN_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix):
            lower = word[len(prefix) :].lower()
    for ending in _ROLE_INFLECTIONS:
        if ending and not lower.endswith(ending):
            continue
        stem = lower[: len(lower) - len(ending)] if ending else lower
        if stem in heads:
            return word[: len(word) - len(lower)] + heads[stem]
        # compound: Verteidigungs|experte, Kreml|sprecher
        for cut in range(3, len(stem) - 3):
            head = stem[cut:]
            if head in heads and len(head) >= 4:
                prefix = word[: len(word) - len(lower) + cut]
                base = heads[head]
                return prefix + (base if prefix.endswith("-") else base.lower())
    return None


_COUNT = re.compile(
    r"^(?:\d[\d.,']*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|viele|"
    r"einige|mehrere|zahlreiche|alle|beide)$",
    re.IGNORECASE,
)


def _is_count(word: str) -> bool:
    return bool(_COUNT.match(word))


def _is_title(word: str) -> bool:
    return word in titles()


# ---------------------------------------------------------------------------------------------
# candidates


@dataclass
class _Cand:
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


class _Scanner:
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
        if not self.ok(i) or not _namelike(word) or _is_common(word):
            return False
        if word in self.given_like or (_INITIAL.match(word) and word[0] not in "IVX"):
            nxt = i + 1
            while _INITIAL.match(self.word(nxt)):
                nxt += 1
            if self.word(nxt) in _LEAD_PARTICLES:
                nxt += 1
            if self.listed_first(nxt) or self.surname_like(nxt):
                return True
            return (
                word in self.given_like
                and self.surname_ok(nxt, strict=True)
                and not (self.sent_start[nxt])
            )
        return False

    def surname_like(self, i: int) -> bool:
        """A capitalised non-common word that looks like a surname (list, cluster or shape)."""
        if not self.surname_ok(i, strict=True):
            return False
        bare = _strip_genitive(self.words[i])
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
        verdict = _surname_verdict(word, strict)
        if verdict is not None:
            return verdict
        if not _namelike(word) or _INITIAL.match(word):
            return False
        bare = _strip_genitive(word)
        if bare in self.non or word in self.non or word in ORG_HEADS:
            return False
        # "Präsident", "Frau" are no surnames, but "Graf", "Kaiser", "Richter" can be
        is_role = word in titles() or _role_at(self.words, i) is not None
        if is_role and (strict or word not in self.family):
            return False
        if strict:
            return not _is_common(word) or (bare != word and not _is_common(bare))
        return True

    # -- rules ------------------------------------------------------------------------------
    def name_from(self, i: int) -> int:
        """End of a given-name-led name starting at ``i`` (``i`` itself if none)."""
        j = i
        seen_first = False
        while j < self.n and j - i < _MAX_NAME_TOKENS and self.ok(j):
            if self.is_first(j) and (j == i or not self.sent_start[j]):
                seen_first = True
            elif not (
                seen_first and _INITIAL.match(self.words[j]) and not _ROMAN.match(self.words[j])
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
            k = self._particles(j, strict=True) if self.word(j) in _CAP_PARTICLES else j
            if k > j:
                j = k
            elif (
                j < self.n
                and self.surname_ok(j, strict=True)
                and self.word(j) not in ORG_HEADS
                and not self.new_name_at(j)
            ):
                j += 1
            j = self._particles(j, strict=True)
        if _ROMAN.match(self.word(j)):  # "Elisabeth II.", "Otto I."
            j += 1
        elif self.word(j + 1) == "." and _ROMAN.match(self.word(j) + "."):
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
        if word not in _LEAD_PARTICLES and word not in _CAP_PARTICLES:
            return j
        k = j + 1
        while k < self.n and self.words[k] in NAME_PARTICLES and k - j < 3:
            k += 1
        if k > j and k < self.n and self.surname_ok(k, strict=strict):
            return k + 1 if strict else k
        return j

    def family_first(self, i: int) -> int:
        """End of a family-first name ("Kim Jong-un", "Kim Jong Un", "Xi Jinping") at ``i``."""
        if not self.ok(i) or self.words[i] not in FAMILY_FIRST or i + 1 >= self.n:
            return i
        j = i + 1
        if not self.ok(j):
            return i
        nxt = self.words[j]
        bare = nxt[:-1] if nxt.endswith("s") else nxt
        if "-" in nxt and _namelike(nxt):
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
        if not _may_start_known(self.words[i]):
            return None
        for n in (4, 3, 2, 1):
            if i + n > self.n or True in self.blocked[i : i + n]:  # not all(self.ok(k) ...)
                continue
            words = self.words[i : i + n]
            if not all(_namelike(w) or w in NAME_PARTICLES for w in words):
                continue
            last_word = words[-1]
            forms = {last_word, _strip_genitive(last_word)}
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
        for j in (i - 1, i - 2):
            if j < 0:
                break
            if j == i - 2 and (not comma or self.words[i - 1] != ","):
                break
            for n in (3, 2, 1):
                s = j - n + 1
                if s < 0:
                    continue
                found = _role_at(self.words, s)
                if found is not None and found[0] == n:
                    if s > 0 and _is_count(self.words[s - 1]):
                        return None  # "10.000 Soldaten Putins": a plural, not a role
                    return s, found[1]
            if _is_title(self.words[j]):
                return j, ""
        if comma and i >= 4 and self.words[i - 1] == ",":
            return self._genitive_role(i - 2)
        return None

    def _genitive_role(self, last: int) -> tuple[int, str] | None:
        """A role with a genitive before an apposition comma ending at ``last``: "die Sprecherin
        des Weißen Hauses, Karine Jean-Pierre", "der Chef der Partei, …" (at most four words)."""
        words = self.words
        for k in range(last - 1, max(last - 5, 0), -1):
            word = words[k + 1]
            if not word[:1].isalpha() or not word.replace("-", "").isalpha():
                return None  # only words in the genitive phrase
            if words[k] not in _GENITIVE_ARTICLES:
                continue
            for n in (2, 1):
                s = k - n
                if s >= 0:
                    found = _role_at(words, s)
                    if found is not None and found[0] == n:
                        return s, found[1]
            return None
        return None

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
            and self.words[k] not in (DETERMINERS)
        ):
            k -= 1  # adjectives: "die neue Mark"
        return (
            k >= 0
            and self.words[k] in DETERMINERS
            and all(self.words[m].endswith(("e", "en", "er", "es", "em")) for m in range(k + 1, i))
        )

    def org_follows(self, end: int) -> bool:
        """The name is part of an organisation, place or work ("Albert Schweitzer Schule")."""
        nxt = self.word(end)
        return nxt in ORG_HEADS or (nxt in {"-", "–"} and self.word(end + 1)[:1].islower())


@functools.lru_cache(maxsize=1 << 18)
def _surname_verdict(word: str, strict: bool) -> bool | None:
    """``_Scanner.surname_ok`` for an unblocked token with this text, when the text alone
    decides it (``None`` when a multi-word role may start at the token)."""
    if not _namelike(word) or _INITIAL.match(word):
        return False
    bare = _strip_genitive(word)
    non = nonnames()
    if bare in non or word in non or word in ORG_HEADS:
        return False
    info = _role_info(word)
    if info is not None and info[0]:
        return None  # "Oberst der Reserve": depends on the next tokens
    # "Präsident", "Frau" are no surnames, but "Graf", "Kaiser", "Richter" can be
    is_role = word in titles() or (info is not None and info[1] is not None)
    if is_role and (strict or word not in surnames()):
        return False
    if strict:
        return not _is_common(word) or (bare != word and not _is_common(bare))
    return True


@functools.lru_cache(maxsize=1 << 18)
def _may_start_name(word: str) -> bool:
    """Whether a candidate can start at an unblocked token with this text (unless a title
    precedes it: "Frau Fischer").

    ``_name_candidate`` needs a listed person's first word, a family-first name, or a given name
    (``_Scanner.is_first``); ``_context_candidate`` needs a strict surname (or a title before).
    """
    if not _namelike(word):
        return False
    if word in FAMILY_FIRST or _may_start_known(word):
        return True
    first = first_names()
    if word in first:
        return True
    if "-" in word:
        parts = word.split("-")
        if len(parts) == 2 and all(p in first for p in parts):
            return True
    if not _is_common(word):
        given_like, _ = name_clusters()
        if word in given_like or (_INITIAL.match(word) and word[0] not in "IVX"):
            return True
    return _surname_verdict(word, True) is not False


_NAME_STARTS = WordClass(_may_start_name)
_NAMELIKE = WordClass(_namelike)


@functools.lru_cache(maxsize=1 << 18)
def _may_start_known(word: str) -> bool:
    """Whether a listed person's name form may start with this token (genitive forms too)."""
    bare = _strip_genitive(word)
    return bool({name_key(word), name_key(bare), name_key(bare[:-1])} & known_first_keys())


def person_key(name: str) -> str:
    """The canonical key of a name on its own: a listed person's name, else the name.

    Example:
        >>> person_key("Kim Jong Un")
        'Kim Jong-un'
    """
    person = known_people().get(name_key(name))
    return person.name if person is not None else name


def _check_doc(doc: object) -> Doc:
    if not isinstance(doc, Doc):
        raise InputTypeError(f"doc must be a spacy.tokens.Doc, got {describe(doc)}")
    return doc


def find_persons(
    doc: Doc, blocked: Sequence[tuple[int, int]] = (), view: DocText | None = None
) -> list[EntityMention]:
    """PERSON mentions in ``doc``, canonicalised and resolved across the document.

    Args:
        doc: A German ``Doc``; a blank tokenizer is enough. ``doc.ents`` labelled ``PER`` (or
            ``PERSON``) are merged with the rules when present.
        blocked: Character ranges already claimed by STATE/UNIT mentions; no person mention
            overlaps them.
        view: The Doc's ``states.DocText`` if already read.

    Returns:
        Mentions in text order, credits included with ``is_credit=True``. ``key`` is the
        canonical full name shared by every mention of one person; ``via`` is ``"name"`` for a
        name as written and ``"surname"`` for a shorter later reference; ``role`` is the role
        written directly before the mention, in its base form.

    Raises:
        InputTypeError: ``doc`` is not a ``Doc``.
    """
    _check_doc(doc)
    if len(doc) == 0:
        return []
    scanner = _Scanner(doc, list(blocked), view=view)
    cands = _rule_candidates(scanner)
    cands = _merge_ents(scanner, cands)
    cands = _coordinated(scanner, cands)
    return _resolve(scanner, cands)


def _rule_candidates(sc: _Scanner) -> list[_Cand]:
    cands: list[_Cand] = []
    words = sc.words
    blocked = sc.blocked
    # Only these tokens can start a candidate (see ``_may_start_name``); the rest are skipped.
    distinct = sc.distinct
    starters = _NAME_STARTS.among(distinct)
    titled = distinct.intersection(titles())
    if titled:
        starts = [
            i
            for i, word in enumerate(words)
            if word in starters or (i > 0 and words[i - 1] in titled and _namelike(word))
        ]
    else:
        starts = [i for i, word in enumerate(words) if word in starters]
    resume = 0  # the next token after the last candidate
    for i in starts:
        if i < resume or blocked[i]:
            continue
        cand = _name_candidate(sc, i)
        if cand is None:
            cand = _cued_candidate(sc, i)
        if cand is None:
            cand = _context_candidate(sc, i)
        if cand is None:
            continue
        if sc.org_follows(cand.end):
            resume = cand.end
            continue
        free_before = not cands or cands[-1].end < cand.start
        surname_only = cand.source in {"shape", "speech", "subject"}
        if surname_only and free_before and _unlisted_given(sc, cand.start - 1):
            cand.start -= 1  # an unlisted given name before a surname: "Ngozi Okonjo"
        role = sc.role_before(cand.start, comma=cand.source in {"first", "known", "family"})
        if role is not None and role[1]:
            cand.role = role[1]
            cand.plural_role = _plural_role(words, role[0], cand.start, role[1])
        elif cands and cands[-1].plural_role and _list_gap(words, cands[-1].end, cand.start):
            cand.role = cands[-1].role  # "Die Bundesrätinnen Viola Amherd und Karin Keller-Sutter"
            cand.plural_role = True
        elif cand.end + 1 < sc.n and words[cand.end] == ",":
            after = _role_at(words, cand.end + 1)
            if after is not None:
                cand.role = after[1]
        if sc.word(cand.start - 1) in _NAME_TITLES and (not cands or cands[-1].end < cand.start):
            cand.start -= 1  # "Lady Gaga", "Sir Keir Starmer": the title is part of the name
        cand.credit = any(sc.credit[k] for k in range(cand.start, cand.end))
        if cand.credit and cand.source not in {"first", "known", "family"}:
            resume = cand.end
            continue
        if cand.role is None:
            cand.role = _predicate_role(sc, cand.end)
        cands.append(cand)
        resume = cand.end
    return cands


_LIST_JOINERS = frozenset({",", "und", "sowie"})
_GENITIVE_ARTICLES = frozenset({"des", "der"})
_PLURAL_DETERMINERS = frozenset({"die", "Die", "beiden", "drei", "vier"})


def _plural_role(words: Sequence[str], start: int, end: int, base: str) -> bool:
    """The role noun at ``start:end`` is a plural: a feminine "-innen" form ("Ministerinnen"),
    or a masculine role after a plural determiner ("die Außenminister"; not adjectival nouns
    in -e such as "die Abgeordnete", which are feminine singulars)."""
    role_words = [w for w in words[start:end] if w != ","]
    if not role_words:
        return False
    if role_words[0].endswith("innen"):
        return True
    return start > 0 and words[start - 1] in _PLURAL_DETERMINERS and not base.endswith(("in", "e"))


def _list_gap(words: Sequence[str], end: int, start: int) -> bool:
    """Only list joiners (",", "und", "sowie") between two names."""
    return start > end and all(w in _LIST_JOINERS for w in words[end:start])


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


def _cued_candidate(sc: _Scanner, i: int) -> _Cand | None:
    """An unlisted given name and surname after a strong cue ("gewann Primož Roglič")."""
    if i < 1 or sc.words[i - 1] not in _NAME_CUES or sc.sent_start[i] or i + 1 >= sc.n:
        return None
    if sc.sent_start[i + 1] or not sc.ok(i + 1):
        return None
    if not (sc.surname_ok(i, strict=True) and sc.surname_ok(i + 1, strict=True)):
        return None
    if sc.noun_context(i) or _role_at(sc.words, i) is not None:
        return None
    if sc.words[i + 1] in ORG_HEADS or any(w in other_words() for w in sc.words[i : i + 2]):
        return None  # "Champions League": an English or German word, not a name
    after = sc.word(i + 2)
    if _namelike(after) and not _is_common(after):
        return None  # three or more unknown capitalised words: not sure where the name ends
    return _Cand(i, i + 2, "first")


def _predicate_role(sc: _Scanner, end: int) -> str | None:
    """A role stated in the next sentence: "... sagt Fyodor Tertitskiy. Er ist Forscher an ..."."""
    k = end
    while k < sc.n and k - end < 2 and sc.words[k] in {".", "»", "«", '"', "“", "”"}:
        k += 1
    if k >= sc.n or not sc.sent_start[k] or sc.words[k] not in {"Er", "Sie"}:
        return None
    if sc.word(k + 1) not in {"ist", "war"}:
        return None
    m = k + 2
    if sc.word(m) in {"ein", "eine", "der", "die"}:
        m += 1
    while sc.word(m)[:1].islower() and sc.word(m).endswith(("e", "er", "en")) and m < k + 5:
        m += 1  # adjectives: "Er ist russischer Militärexperte"
    found = _role_at(sc.words, m) if m < sc.n else None
    return found[1] if found is not None else None


def _name_candidate(sc: _Scanner, i: int) -> _Cand | None:
    """A name that carries its own evidence: listed person, family-first or given-name led."""
    known = sc.known_at(i)
    end = sc.family_first(i)
    if end > i + 1 and (known is None or known[0] <= end - i):
        cand = _Cand(i, end, "family")
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
        return _Cand(i, end, "known", known=person if end == i + n else None)
    end = sc.name_from(i)
    if end == i and _ARABIC_ARTICLE.match(sc.word(i + 1)) and sc.surname_ok(i, strict=True):
        return _Cand(i, i + 2, "first")  # "Chalil al-Haja": a given name before al-/el-...
    if end == i:
        return None
    if end == i + 1 and not _lone_first_ok(sc, i):
        return None
    return _Cand(i, end, "first")


def _unlisted_given(sc: _Scanner, i: int) -> bool:
    """Token ``i`` (right before a name) is probably a given name missing from our list."""
    if not sc.ok(i) or sc.credit[i]:
        return False
    word = sc.words[i]
    if not _namelike(word) or _INITIAL.match(word) or word in titles() or word in sc.non:
        return False
    if word in PLACE_PREFIXES or word in lower_twins() or _is_common(word):
        return False
    if word not in sc.given_like and word not in sc.family_like:
        return False
    if _role_at(sc.words, i) is not None or (word.endswith("s") and word not in sc.given_like):
        return False
    prev = sc.word(i - 1)
    return not (_namelike(prev) and not sc.sent_start[i])


def _unknown_or_surname(sc: _Scanner, word: str) -> bool:
    """Surname evidence for a single word: listed or clustered as a surname, or unknown."""
    if word in sc.family or word in sc.family_like:
        return True
    return word not in other_words() and word not in german_lemmas() and len(word) > 3


def _subject_position(sc: _Scanner, i: int) -> bool:
    """Token ``i`` stands where a sentence subject does: "Schulz war ...", "hatte Schulz seine"."""
    nxt = sc.word(i + 1)
    if not (nxt[:1].islower() or nxt in {",", ".", ":"}) or nxt in NAME_PARTICLES:
        return False
    if sc.sent_start[i]:
        if nxt.lower() in DETERMINERS or not nxt[:1].islower():
            return False
        # a singular verb follows ("Schulz war"), not a plural ("Kampfjets sind")
        return not nxt.endswith(("en", "ern", "eln")) and nxt not in {"sind", "und", "oder"}
    prev = sc.word(i - 1)
    if prev == "sich":
        prev = sc.word(i - 2)
    if not prev[:1].islower() or prev in PREPOSITIONS or prev in DETERMINERS:
        return False
    return prev in HUMAN_VERBS or (prev.endswith(("te", "t", "en")) and len(prev) > 3)


def _genitive_position(sc: _Scanner, i: int) -> bool:
    """Token ``i`` is a prenominal genitive: "über Schulzes Entscheidung", "Putins Sprecher"."""
    nxt = sc.word(i + 1)
    if nxt[:1].islower() and nxt.endswith(("e", "en", "er", "es")):
        nxt = sc.word(i + 2)  # "Putins neue Strategie"
    return _namelike(nxt) and _is_common(nxt) and sc.word(i - 1).lower() not in DETERMINERS


def _lone_first_ok(sc: _Scanner, i: int) -> bool:
    """A given name on its own ("Peter") counts unless it is used as a word or place."""
    word = sc.words[i]
    if word in sc.non or not sc.listed_first(i) or sc.noun_context(i):
        return False
    if sc.word(i + 1) in {"-", "–"} or sc.word(i + 1) in ORG_HEADS:
        return False
    if sc.word(i + 1) in ORGANISATION_FOLLOWERS or sc.word(i - 1) in _PLACE_PREPOSITIONS:
        return False  # "Die Hilfe kam aus Sofia", "Die Moscow Times": a place, not a person
    common = german_common_words()
    if word.lower() in common or (sc.sent_start[i] and word in common):
        return False
    if sc.sent_start[i] and word in lower_twins():
        return False
    return not (sc.sent_start[i] and _is_common(word))


def _context_candidate(sc: _Scanner, i: int) -> _Cand | None:
    """A name without a given name, licensed by a role/title, a speech verb or its shape."""
    words = sc.words
    before = sc.role_before(i, comma=False)
    # a title licenses common-word surnames too ("Frau Fischer", "Dr. Koch")
    titled = sc.surname_ok(i, strict=False) and before is not None and not before[1]
    if not sc.surname_ok(i, strict=True) and not titled:
        return None
    j = i + 1
    while j < sc.n and j - i < 3 and sc.surname_ok(j, strict=True) and not sc.sent_start[j]:
        if sc.is_first(j):
            return None  # the given-name rule starts there: "Konzern-Betriebsrat Mario Müller"
        j += 1
    prev = sc.word(i - 1)
    nxt = sc.word(j)
    single = j == i + 1
    if nxt in ORGANISATION_FOLLOWERS:
        return None  # "Die Moscow Times", "Kyiv Independent": a newspaper or team
    if before is not None:
        return _Cand(i, j, "role")
    if single and (sc.noun_context(i) or words[i] in lower_twins()):
        return None
    bare = _strip_genitive(words[i])
    if not _namelike(bare):
        return None
    # "sagte Peskow"; but "sagte Kölns Trainer ...": a genitive attribute
    if (
        prev.lower() in SPEECH_BEFORE
        and not sc.sent_start[i]
        and (j >= sc.n or _role_at(words, j) is None)  # the name may end the text: "sagte Kaa"
    ):
        return _Cand(i, j, "speech")
    if (nxt in SPEECH_AFTER or nxt in HUMAN_VERBS) and prev.lower() not in PREPOSITIONS:
        return _Cand(i, j, "speech")
    if single and _subject_position(sc, i) and _unknown_or_surname(sc, words[i]):
        return _Cand(i, j, "subject")
    stem = bare[:-1] if bare.endswith("s") and not bare.endswith(("ss", "us", "is")) else ""
    if single and len(stem) > 2 and _genitive_position(sc, i) and _unknown_or_surname(sc, stem):
        return _Cand(i, j, "genitive")
    if single and PERSON_SUFFIX.search(bare) and (not sc.sent_start[i] or len(words[i]) > 6):
        return _Cand(i, j, "shape")
    if single and (bare in sc.family or bare in sc.family_like) and not sc.sent_start[i]:
        return _Cand(i, j, "shape")
    return None


def _covered(n: int, cands: Sequence[_Cand]) -> list[bool]:
    """Per token of a ``n``-token doc: does one of ``cands`` cover it?"""
    taken = [False] * n
    for c in cands:
        for k in range(c.start, c.end):
            taken[k] = True
    return taken


def _merge_ents(sc: _Scanner, cands: list[_Cand]) -> list[_Cand]:
    """Add ``PER`` spans from a statistical NER that the rules missed."""
    ents = [e for e in sc.doc.ents if e.label_ in {"PER", "PERSON"}]
    if not ents:
        return cands
    taken = _covered(sc.n, cands)
    added: list[_Cand] = []
    for ent in ents:
        if any(sc.blocked[k] for k in range(ent.start, ent.end)):
            continue
        inside: list[_Cand] = []
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
        cand = _Cand(ent.start, ent.end, "ent")
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


def _extends_name(sc: _Scanner, k: int) -> bool:
    """Token ``k`` of a ``PER`` span may extend a rule match: a possible surname that is no
    German word ("Spoljaric" in "Mirjana Spoljaric Egger"; not "Hochzeitsfeier")."""
    word = sc.words[k]
    return (
        sc.surname_ok(k, strict=False)
        and not _is_plain_common(word)
        and _strip_genitive(word) not in other_words()
        and word not in other_words()
    )


def _coordinated(sc: _Scanner, cands: list[_Cand]) -> list[_Cand]:
    """Single surnames coordinated with a person: "Peskow und Lawrow", "Merkel und Sarkozy"."""
    taken = _covered(sc.n, cands)
    added: list[_Cand] = []
    for c in cands:
        if c.credit:
            continue
        for k, link in ((c.end + 1, c.end), (c.start - 2, c.start - 1)):
            if not (0 <= k < sc.n) or taken[k] or sc.word(link) not in {"und", "sowie", "oder"}:
                continue
            word = sc.words[k]
            if word in sc.non or not sc.surname_ok(k, strict=True) or word in lower_twins():
                continue
            if _namelike(sc.word(k + 1)) or sc.noun_context(k):
                continue  # "Merkel und Regierungssprecher ...": a longer phrase follows
            if _unknown_or_surname(sc, _strip_genitive(word)) or PERSON_SUFFIX.search(word):
                taken[k] = True
                added.append(_Cand(k, k + 1, "coord"))
    return sorted(cands + added, key=lambda c: c.start) if added else cands


def _ent_is_name(sc: _Scanner, start: int, end: int) -> bool:
    """A statistical PER span passes when its words look like a name and some word is one."""
    words = sc.words[start:end]
    evidence = False
    for k, word in enumerate(words, start=start):
        if word in NAME_PARTICLES or _INITIAL.match(word):
            continue
        bare = _strip_genitive(word)
        if not _namelike(word) or bare in sc.non or word in ORG_HEADS or word in PLACE_PREFIXES:
            return False
        common = _is_common(word) if end - start == 1 else _is_plain_common(word)
        if word in lower_twins() or (common and not sc.listed_first(k)):
            return False
        stem = bare[:-1] if bare.endswith("s") else bare
        if (
            sc.listed_first(k)
            or bare in sc.given_like
            or _unknown_or_surname(sc, bare)
            or _unknown_or_surname(sc, stem)
            or PERSON_SUFFIX.search(bare)
        ):
            evidence = True
    if end - start == 1 and sc.noun_context(start):
        return False
    return evidence


# ---------------------------------------------------------------------------------------------
# document-level resolution


@dataclass
class _Cluster:
    key: str
    parts: list[str]
    surname_key: str
    family_first: bool
    known: KnownPerson | None
    last_seen: int = 0


def _name_parts(sc: _Scanner, cand: _Cand, known_surnames: set[str]) -> list[str]:
    """Name words of a candidate with a final genitive -s removed where it is one."""
    words = [w for w in sc.words[cand.start : cand.end]]
    if len(words) > 2 and words[-1] == ".":
        words[-2:] = [words[-2] + "."]  # "Leo XIV." as one regnal number
    last = words[-1]
    bare = _strip_genitive(last)
    if bare != last:
        words[-1] = bare
        return words
    if last.endswith("s") and len(last) > 3 and last[-2] not in "sxzß":
        stem = last[:-1]
        nxt = sc.words[cand.end] if cand.end < sc.n else ""
        genitive_context = bool(nxt) and _namelike(nxt) and _is_common(nxt)
        if (
            (cand.source == "family" and stem in KOREAN_SYLLABLES)
            or name_key(stem) in known_surnames
            or (len(words) > 1 and genitive_context and last not in sc.first)
            or (len(words) == 1 and last not in sc.first and genitive_context)
        ):
            words[-1] = stem
    return words


def _resolve(sc: _Scanner, cands: list[_Cand]) -> list[EntityMention]:
    # surnames of multi-word names, to strip genitives and link later surname-only mentions
    full_surnames: set[str] = set()
    for c in cands:
        if c.end - c.start > 1:
            words = sc.words[c.start : c.end]
            idx = 0 if c.source == "family" else -1
            full_surnames.add(name_key(_strip_genitive(words[idx])))
        elif c.known is not None:
            full_surnames.add(name_key(c.known.name.split()[-1]))
    for c in cands:
        c.parts = _name_parts(sc, c, full_surnames)

    cands = _propagate(sc, cands)

    clusters: list[_Cluster] = []
    by_full: dict[str, _Cluster] = {}
    assigned: list[tuple[_Cand, _Cluster, str]] = []
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
    result: list[tuple[_Cand, _Cluster, str]] = []
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
    if not _namelike(word):
        return ()
    bare = _strip_genitive(word)
    forms = (bare, bare[:-1] if bare.endswith("s") and bare not in first_names() else "")
    return tuple((form, name_key(form)) for form in forms if form and len(form) > 1)


def _first_start(result: list[tuple[_Cand, _Cluster, str]], cluster: _Cluster) -> int:
    """Token index of the first mention already assigned to ``cluster`` (huge if none)."""
    return next((c.start for c, cl, _ in result if cl is cluster), 1 << 30)


def _propagate(sc: _Scanner, cands: list[_Cand]) -> list[_Cand]:
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
        elif c.source in {"role", "speech", "shape", "ent"} and len(c.parts) == 1:
            surnames[name_key(c.parts[0])] = False
    if not surnames:
        return cands
    taken = _covered(sc.n, cands)
    added: list[_Cand] = []
    # the words that may be such a surname, looked up once per distinct word
    forms_of: dict[str, tuple[tuple[str, str], ...]] = {}
    for word in _NAMELIKE.among(sc.distinct):
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
                    and sc.words[start - 1] in _ALL_PARTICLES
                ):
                    start -= 1
                while start < i and sc.words[start] not in _OPENING_PARTICLES:
                    start += 1
                cand = _Cand(start, i + 1, "surname", parts=[form])
                role = sc.role_before(start)
                if role is not None and role[1]:
                    cand.role = role[1]
                added.append(cand)
                break
    return sorted(cands + added, key=lambda c: c.start)


def role_word(word: str) -> str | None:
    """The base form of a single-word role ("Verteidigungsminister"), else ``None``."""
    return _role_word(word) if word[:1].isupper() else None


def surname_shaped(word: str) -> bool:
    """A capitalised word that may be a surname and is not a German common word."""
    return _surname_verdict(word, True) is True

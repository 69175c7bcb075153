"""Roles and titles: the role lexicon looked up on tokens and the role phrase of a mention.

A role is a noun (or a fixed phrase) naming an office or function before, after or about a
name: "Kremlsprecher Dmitri Peskow", "Oberst der Reserve Igor Korotschenko", "die Sprecherin
des Weißen Hauses, Karine Jean-Pierre", "... sagt X. Er ist Forscher an ...". Functions over
token texts; the base form of a role ("Präsidenten" -> "Präsident") comes from the role lexicon.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nkru_extract.entities.person_lexicon import role_heads, role_phrases, titles
from nkru_extract.text.word_classes import GENITIVE_ARTICLES

__all__ = ["predicate_role", "role_before", "role_word"]

_HYPHEN_PREFIXES = ("Ex-", "Vize-", "Co-")
_ROLE_INFLECTIONS = ("", "nen", "en", "n", "s", "es")


def role_at(words: Sequence[str], i: int) -> tuple[int, str] | None:
    """A role or title starting at token ``i``: (number of tokens, base form) or ``None``."""
    info = role_info(words[i])
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
def role_info(word: str) -> RoleInfo | None:
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


def role_before(words: Sequence[str], i: int, comma: bool = True) -> tuple[int, str] | None:
    """A role or title ending right before token ``i`` (a comma may separate them)."""
    for j in (i - 1, i - 2):
        if j < 0:
            break
        if j == i - 2 and (not comma or words[i - 1] != ","):
            break
        for n in (3, 2, 1):
            s = j - n + 1
            if s < 0:
                continue
            found = role_at(words, s)
            if found is not None and found[0] == n:
                if s > 0 and _is_count(words[s - 1]):
                    return None  # "10.000 Soldaten Putins": a plural, not a role
                return s, found[1]
        if _is_title(words[j]):
            return j, ""
    if comma and i >= 4 and words[i - 1] == ",":
        return _genitive_role(words, i - 2)
    return None


def _genitive_role(words: Sequence[str], last: int) -> tuple[int, str] | None:
    """A role with a genitive before an apposition comma ending at ``last``: "die Sprecherin
    des Weißen Hauses, Karine Jean-Pierre", "der Chef der Partei, …" (at most four words)."""
    for k in range(last - 1, max(last - 5, 0), -1):
        word = words[k + 1]
        if not word[:1].isalpha() or not word.replace("-", "").isalpha():
            return None  # only words in the genitive phrase
        if words[k] not in GENITIVE_ARTICLES:
            continue
        for n in (2, 1):
            s = k - n
            if s >= 0:
                found = role_at(words, s)
                if found is not None and found[0] == n:
                    return s, found[1]
        return None
    return None


_PLURAL_DETERMINERS = frozenset({"die", "Die", "beiden", "drei", "vier"})


def plural_role(words: Sequence[str], start: int, end: int, base: str) -> bool:
    """The role noun at ``start:end`` is a plural: a feminine "-innen" form ("Ministerinnen"),
    or a masculine role after a plural determiner ("die Außenminister"; not adjectival nouns
    in -e such as "die Abgeordnete", which are feminine singulars)."""
    role_words = [w for w in words[start:end] if w != ","]
    if not role_words:
        return False
    if role_words[0].endswith("innen"):
        return True
    return start > 0 and words[start - 1] in _PLURAL_DETERMINERS and not base.endswith(("in", "e"))


def predicate_role(words: Sequence[str], sent_starts: Sequence[bool], end: int) -> str | None:
    """A role stated in the next sentence: "... sagt Fyodor Tertitskiy. Er ist Forscher an ..."."""
    n = len(words)

    def word(i: int) -> str:
        return words[i] if 0 <= i < n else ""

    k = end
    while k < n and k - end < 2 and words[k] in {".", "»", "«", '"', "“", "”"}:
        k += 1
    if k >= n or not sent_starts[k] or words[k] not in {"Er", "Sie"}:
        return None
    if word(k + 1) not in {"ist", "war"}:
        return None
    m = k + 2
    if word(m) in {"ein", "eine", "der", "die"}:
        m += 1
    while word(m)[:1].islower() and word(m).endswith(("e", "er", "en")) and m < k + 5:
        m += 1  # adjectives: "Er ist russischer Militärexperte"
    found = role_at(words, m) if m < n else None
    return found[1] if found is not None else None


def role_word(word: str) -> str | None:
    """The base form of a single-word role ("Verteidigungsminister"), else ``None``."""
    return _role_word(word) if word[:1].isupper() else None

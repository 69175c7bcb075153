"""Loading of the speech-verb lexicon and token-level verb and mood tests."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Protocol

from spacy.tokens import Token

from nkru_extract.errors import DataFileError
from nkru_extract.quotes.rules_de import (
    KONJUNKTIV_FORMS,
    KONJUNKTIV_I_STRONG,
    NOT_KONJUNKTIV,
)

__all__ = ["SpeechVerbs", "is_konjunktiv", "is_strong_konjunktiv", "load_speech_verbs"]

_ACTS_FILE = "speech_acts_de.tsv"
_DEFAULT_FILE = "speech_verbs_de.txt"


class TokenLike(Protocol):
    """What the lexicon reads of a token (a spaCy ``Token`` or a lighter stand-in)."""

    @property
    def lemma_(self) -> str: ...

    @property
    def lower_(self) -> str: ...


@dataclass(frozen=True, slots=True)
class SpeechVerbs:
    """The speech-verb lexicon.

    Attributes:
        lemmas: Simple and joined separable lemmas ("sagen", "mitteilen").
        separable: ``(particle, base)`` pairs ("mit", "teilen").
        forms: Regular inflected forms generated from the lemmas (fallback for lemma errors).
    """

    lemmas: frozenset[str]
    separable: frozenset[tuple[str, str]]
    forms: frozenset[str]
    #: The bases of ``separable`` ("teilen"), derived (not compared, not printed).
    bases: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "bases", frozenset(base for _, base in self.separable))

    def base_match(self, token: TokenLike) -> bool:
        """Whether ``token`` is a form of a non-separable lemma or a joined separable one."""
        lemma = token.lemma_.lower()
        low = token.lower_
        return lemma in self.lemmas or low in self.forms

    def particle_lemma(self, token: TokenLike, particle: str) -> str | None:
        """The separable lemma formed by ``token`` (a finite base) and ``particle``, or None."""
        particle = particle.lower()
        lemma = token.lemma_.lower()
        for base in (lemma, _weak_lemma(token.lower_)):
            if base and (particle, base) in self.separable:
                return particle + base
        return None

    def cue_lemma(self, lemma: str) -> bool:
        """A quick pre-test by the lemma (any case): whether a token with it may be a speech
        verb alone or with a particle. Every token that ``base_match`` or ``particle_lemma``
        accepts passes ``cue_lemma`` or ``cue_form``."""
        lemma = lemma.lower()
        return lemma in self.lemmas or lemma in self.bases

    def cue_form(self, low: str) -> bool:
        """The pre-test of ``cue_lemma`` by the lower-case form."""
        return low in self.forms or _weak_lemma(low) in self.bases

    def needs_particle(self, token: TokenLike) -> bool:
        """Whether ``token`` is only a speech verb together with a particle ("teilte")."""
        bases = self.bases
        return token.lemma_.lower() in bases or _weak_lemma(token.lower_) in bases


@functools.lru_cache(maxsize=1 << 16)
def _weak_lemma(form: str) -> str | None:
    """The infinitive of ``form`` read as a regular weak verb form ("teilte" -> "teilen")."""
    for ending in ("ten", "te", "et", "t", "en", "e"):
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            return form[: -len(ending)] + "en"
    return None


def _weak_forms(lemma: str) -> set[str]:
    """Regular present, past and participle forms of a weak verb lemma."""
    if lemma.endswith(("ern", "eln")):
        stem = lemma[:-1]
    elif lemma.endswith("en"):
        stem = lemma[:-2]
    else:
        return set()
    linking = "e" if stem.endswith(("t", "d")) else ""
    out = {
        stem + linking + "t",
        stem + "te",
        stem + "ten",
        stem + linking + "te",
        stem + linking + "ten",
        stem + "e",
        stem + "en",
        lemma,
    }
    if not lemma.startswith(("be", "er", "ver", "zer", "ent", "emp", "ge")) and not lemma.endswith(
        "ieren"
    ):
        out.add("ge" + stem + linking + "t")
    else:
        out.add(stem + linking + "t")
    return out


def _parse(lines: list[str], source: str) -> SpeechVerbs:
    lemmas: set[str] = set()
    separable: set[tuple[str, str]] = set()
    forms: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line != line.lower() or " " in line or line.count("|") > 1:
            raise DataFileError(f"{source}, line {number}: bad speech-verb entry {raw!r}")
        if "|" in line:
            particle, base = line.split("|")
            separable.add((particle, base))
            joined = particle + base
            lemmas.add(joined)
            forms |= {particle + f for f in _weak_forms(base) if not f.startswith("ge")}
            forms |= {particle + "ge" + f[2:] for f in _weak_forms(base) if f.startswith("ge")}
        else:
            lemmas.add(line)
            forms |= _weak_forms(line)
    return SpeechVerbs(frozenset(lemmas), frozenset(separable), frozenset(forms))


@functools.cache
def load_speech_verbs(path: str | None = None) -> SpeechVerbs:
    """Load the speech-verb lexicon (built-in data when ``path`` is None).

    Args:
        path: A file in the ``speech_verbs_de.txt`` format, or None.

    Returns:
        The lexicon.

    Raises:
        DataFileError: The file is missing or malformed.
    """
    try:
        if path is None:
            text = (files("nkru_extract") / "data" / _DEFAULT_FILE).read_text(encoding="utf-8")
            source = _DEFAULT_FILE
        else:
            text = Path(path).read_text(encoding="utf-8")
            source = path
    except OSError as exc:
        raise DataFileError(f"cannot read speech-verb file {path!r}: {exc}") from exc
    return _parse(text.splitlines(), source)


@functools.cache
def load_speech_acts() -> dict[str, str]:
    """Speech-act verbs and the complement that makes a clause a reported speech act.

    Returns:
        Lemma (joined, "vorwerfen") -> ``"-"`` (any clause) or the word that must follow the
        verb in the clause ("als", "mit", "um" ...); from ``data/speech_acts_de.tsv``.

    Raises:
        DataFileError: The built-in file is missing or malformed.
    """
    try:
        text = (files("nkru_extract") / "data" / _ACTS_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"cannot read {_ACTS_FILE}: {exc}") from exc
    acts: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0] or not fields[1]:
            raise DataFileError(f"{_ACTS_FILE}:{number}: expected 'lemma<TAB>complement'")
        acts[fields[0].replace("|", "")] = fields[1]
    return acts


def is_konjunktiv(token: Token) -> bool:
    """Whether ``token`` is a Konjunktiv I or II verb form (morphology when available)."""
    mood = token.morph.get("Mood", []) if token.has_morph() else []
    return konjunktiv_from(mood, token.lower_, token.text, token.is_alpha, token.lemma_)


def konjunktiv_from(mood: Sequence[str], low: str, text: str, is_alpha: bool, lemma: str) -> bool:
    """``is_konjunktiv`` on plain token data (``mood``: the morphological Mood values)."""
    if mood:  # a morphologizer decided
        return "Sub" in mood
    if low in NOT_KONJUNKTIV or not is_alpha:
        return False
    if low in KONJUNKTIV_FORMS:
        return True
    # regular Konjunktiv I, 3rd person singular: stem + e ("plane", "benötige", "zustimme")
    return (
        text.islower()
        and low.endswith("e")
        and len(low) >= 4
        and lemma.endswith("en")
        and lemma == low + "n"
    )


def konjunktiv_possible(low: str) -> bool:
    """Whether a token with the lower-case form ``low`` can pass ``konjunktiv_from`` or
    ``strong_konjunktiv_from`` without morphology (a quick superset test)."""
    return low in KONJUNKTIV_FORMS or (
        low.endswith("e") and len(low) >= 4 and low not in NOT_KONJUNKTIV
    )


def konjunktiv_lemma_fits(low: str, lemma: str) -> bool:
    """The pre-test ``konjunktiv_possible`` refined by the token's lemma (both must hold)."""
    return low in KONJUNKTIV_FORMS or lemma == low + "n"


def is_strong_konjunktiv(token: Token) -> bool:
    """Whether ``token`` is an unambiguous Konjunktiv I form (can open reported speech)."""
    mood = token.morph.get("Mood", []) if token.has_morph() else []
    return strong_konjunktiv_from(mood, token.lower_, token.text, token.lemma_)


def strong_konjunktiv_from(mood: Sequence[str], low: str, text: str, lemma: str) -> bool:
    """``is_strong_konjunktiv`` on plain token data."""
    if mood:
        return "Sub" in mood and low not in {"sollte", "sollten", "wollte", "wollten"}
    if low in KONJUNKTIV_I_STRONG:
        return True
    return (
        low not in NOT_KONJUNKTIV
        and text.islower()
        and low.endswith("e")
        and len(low) >= 4
        and lemma == low + "n"
    )

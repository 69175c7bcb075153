"""Convert the DFKI SmartData corpus (v1, JSON Lines) into spaCy Docs for NER (a library).

``prepare_corpus.py`` imports it to build the training corpus (see ``train.sh``). ``read_docs``
reads ``train.jsonl`` and ``test.jsonl`` (CC BY 4.0, Schiersch et al. 2018), pools and
de-duplicates the documents by text; ``is_dev`` sends ~10 % of them to dev by a stable hash of
the text. GermEval, wikinews and UD data are never read here.

Label mapping (see ``LABELS``): ``person`` -> PER; ``location``, ``location-city`` -> LOC;
``organization``, ``organization-company`` -> ORG. Streets, stops and routes are neither kept nor
taught as "O": their tokens are marked *missing* so the model is not punished either way
(GermEval tags some of them LOC, SmartData's stop names often contain city names). All other
concept types (dates, numbers, triggers, ...) are not names and become "O", and so do lower-case
or adjectival "locations" (``deutschen``, ``US-amerikanische``, ``stadtauswärts``).

Offsets count Java UTF-16 code units and are converted to Python indices. Every span is checked
against ``normalizedValue`` (whitespace-insensitive) and dropped when it differs; spans that do
not align with spaCy token boundaries are marked missing instead of being guessed. Documents are
cut into sentences (rule sentencizer plus line breaks); a cut is never made inside an entity.

Training-split augmentation (``NameSwapper``): ``--augment`` name-swapped copies of every
sentence with a person (30 % of places swapped too), and ``--templates`` synthetic sentences
from ``augment/templates_de.txt``. Randomness is seeded, so the output is reproducible.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc, Span

LABELS: dict[str, str] = {
    "person": "PER",
    "location": "LOC",
    "location-city": "LOC",
    "organization": "ORG",
    "organization-company": "ORG",
}
#: Name-like types that are neither kept nor taught as "O".
MISSING_TYPES: frozenset[str] = frozenset({"location-street", "location-stop", "location-route"})
DEV_PERCENT = 10
#: Extra copies of every training chunk with a person, names swapped (0 disables).
AUGMENT_COPIES = 4
#: Synthetic sentences filled from ``augment/templates_de.txt`` (0 disables).
TEMPLATE_SENTENCES = 6000
#: The project's own given-name list, used too when present.
PROJECT_FIRST_NAMES = (
    Path(__file__).resolve().parents[2] / "src" / "nkru_extract" / "data" / "first_names.txt"
)
_NOT_NAMES: frozenset[str] = frozenset({"Herr", "Frau", "Dr", "Dr.", "Prof", "Prof.", "Sir"})
PROJECT_ROLES = PROJECT_FIRST_NAMES.with_name("person_roles_de.txt")
_SLOT = re.compile(r"\{(PER|SUR|FIRST|LOCS|LOC|ORG|ROLE)\}")
AUGMENT_DIR = Path(__file__).resolve().parent / "augment"
_WS = re.compile(r"\s+")
_ADJECTIVE = re.compile(r"(?:isch|sch)(?:e|en|er|es|em)?$")


def utf16_to_py(text: str) -> list[int]:
    """Return a table mapping each UTF-16 code-unit offset to a Python string index."""
    table: list[int] = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) > 0xFFFF:
            table.append(i)
    table.append(len(text))
    return table


def read_docs(src: Path) -> Iterator[dict[str, Any]]:
    """Yield the raw SmartData documents of train and test, de-duplicated by text."""
    seen: set[str] = set()
    for name in ("train.jsonl", "test.jsonl"):
        with (src / name).open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                text = doc["text"]["string"]
                if text in seen:
                    continue
                seen.add(text)
                yield doc


def is_dev(text: str) -> bool:
    """Stable split: a document goes to dev when its text hash falls in the first 10 %."""
    digest = hashlib.sha1(text.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < DEV_PERCENT


def annotate(nlp: spacy.language.Language, raw: dict[str, Any], stats: Counter[str]) -> Doc:
    """Build one tokenised Doc with PER/LOC/ORG entities and missing-marked tokens."""
    text: str = raw["text"]["string"]
    table = utf16_to_py(text)
    doc = nlp.make_doc(text)
    kept: list[tuple[int, int, str]] = []  # char offsets
    missing_chars: list[tuple[int, int]] = []
    for m in (raw.get("conceptMentions") or {}).get("array") or []:
        mtype = m["type"]
        if mtype not in LABELS and mtype not in MISSING_TYPES:
            continue
        s16, e16 = m["span"]["start"], m["span"]["end"]
        if not (0 <= s16 < e16 < len(table)):
            stats["dropped_bad_offset"] += 1
            continue
        start, end = table[s16], table[e16]
        surface = text[start:end]
        norm = (m.get("normalizedValue") or {}).get("string") or ""
        if _WS.sub("", surface) != _WS.sub("", norm):
            stats["dropped_misaligned"] += 1
            continue
        # trim surrounding whitespace
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if (
            mtype in LABELS
            and LABELS[mtype] == "LOC"
            and (text[start : start + 1].islower() or _ADJECTIVE.search(text[start:end]))
        ):
            # adjectives ("deutschen", "US-amerikanische") and directions ("stadtauswärts")
            # are not places
            stats["loc_lowercase_to_O"] += 1
        elif mtype in LABELS:
            kept.append((start, end, LABELS[mtype]))
        else:
            missing_chars.append((start, end))
            stats["missing_" + mtype] += 1
    # Longest kept spans first; drop overlaps (outer spans win, as in GermEval outer tags).
    kept.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    ents: list[Span] = []
    taken: set[int] = set()
    missing_spans: list[Span] = []
    for start, end, label in kept:
        span = doc.char_span(start, end, label=label)
        if span is None:
            stats["token_misaligned"] += 1
            wide = doc.char_span(start, end, alignment_mode="expand")
            if wide is not None:
                missing_spans.append(wide)
            continue
        idx = set(range(span.start, span.end))
        if idx & taken:
            stats["overlap_dropped"] += 1
            continue
        taken |= idx
        ents.append(span)
        stats["ent_" + label] += 1
    for start, end in missing_chars:
        wide = doc.char_span(start, end, alignment_mode="expand")
        if wide is not None:
            missing_spans.append(wide)
    miss: list[Span] = []
    for span in missing_spans:
        idx = set(range(span.start, span.end))
        if idx & taken:
            continue
        taken |= idx
        miss.append(span)
    doc.set_ents(ents, missing=miss, default="outside")
    return doc


def chunk(doc: Doc, sentencizer: Any) -> Iterator[Doc]:
    """Cut a Doc into sentence-sized Docs, never inside an entity or a missing span."""
    sentencizer(doc)
    cuts = {s.start for s in doc.sents}
    cuts |= {t.i + 1 for t in doc if t.is_space and "\n" in t.text}
    starts = [*sorted(c for c in cuts if 0 < c < len(doc)), len(doc)]
    # token i may start a chunk only if it is not inside (I-) an entity / missing block
    begin = 0
    for cut in starts:
        if cut < len(doc) and doc[cut].ent_iob_ == "I":
            continue
        if cut < len(doc) and doc[cut].ent_iob_ == "" and cut > 0 and doc[cut - 1].ent_iob_ == "":
            continue
        if cut - begin == 0:
            continue
        span = doc[begin:cut]
        begin = cut
        if all(t.is_space for t in span):
            continue
        yield span.as_doc()


def read_words(path: Path) -> list[str]:
    """Read a whitespace-separated word list with ``#`` comment lines."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.extend(line.split())
    return words


def _name_like(word: str) -> bool:
    """A capitalised, not all-caps word of letters (and hyphens) that is no title."""
    return (
        word not in _NOT_NAMES
        and word[:1].isupper()
        and not word.isupper()
        and word.replace("-", "").isalpha()
    )


class NameSwapper:
    """Make copies of a chunk with every PER mention replaced by another plausible name.

    Names come half from hand-written lists (``augment/*.txt``) and half from the person
    mentions of the training split itself, so the model learns contexts and name shapes rather
    than memorising the few hundred people of the corpus. A name repeated in a chunk (full name,
    then surname) is replaced consistently.
    """

    def __init__(self, nlp: spacy.language.Language, seed: int = 13) -> None:
        self.nlp = nlp
        self.rng = random.Random(seed)
        self.first = read_words(AUGMENT_DIR / "first_names.txt")
        if PROJECT_FIRST_NAMES.is_file():
            self.first += [w for w in read_words(PROJECT_FIRST_NAMES) if w[:1].isupper()]
        self.last = read_words(AUGMENT_DIR / "last_names.txt")
        self.particles = read_words(AUGMENT_DIR / "particles.txt")
        self.parts: list[tuple[list[str], list[str]]] = []
        roots: list[str] = []
        for line in (AUGMENT_DIR / "surname_parts.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("root:"):
                roots = line[5:].split()
            elif line.startswith("end:"):
                self.parts.append((roots, line[4:].split()))
        self.corpus_first: list[str] = []
        self.corpus_last: list[str] = []
        self.roles = read_words(AUGMENT_DIR / "roles.txt")
        if PROJECT_ROLES.is_file():
            self.roles += [
                line.strip()
                for line in PROJECT_ROLES.read_text(encoding="utf-8").splitlines()
                if line.strip()[:1].isupper() and " " not in line.strip()
            ]
        self.own_places = [w.replace("_", " ") for w in read_words(AUGMENT_DIR / "places.txt")]
        self.places: list[str] = []
        self.orgs: list[str] = []

    def collect(self, doc: Doc) -> None:
        """Add the person names of a training Doc to the corpus pools."""
        for ent in doc.ents:
            if "\n" in ent.text or not ent.text[:1].isupper():
                continue
            if ent.label_ == "LOC":
                self.places.append(ent.text)
            elif ent.label_ == "ORG":
                self.orgs.append(ent.text)
            elif len(ent) in (1, 2) and all(_name_like(t.text) for t in ent):
                if len(ent) == 2:
                    self.corpus_first.append(ent[0].text)
                self.corpus_last.append(ent[-1].text)

    def _pick(self, own: list[str], corpus: list[str]) -> str:
        pool = corpus if corpus and self.rng.random() < 0.5 else own
        return self.rng.choice(pool)

    def _last(self) -> str:
        if self.rng.random() < 0.3:
            roots, ends = self.rng.choice(self.parts)
            return self.rng.choice(roots) + self.rng.choice(ends)
        return self._pick(self.last, self.corpus_last)

    def _name(self, n_tokens: int) -> tuple[str, str]:
        """Return (full name, family name) for a mention of ``n_tokens`` tokens."""
        last = self._last()
        if n_tokens == 1:
            if self.rng.random() < 0.15:
                first = self._pick(self.first, self.corpus_first)
                return first, first
            return last, last
        parts = [self._pick(self.first, self.corpus_first)]
        if n_tokens >= 3 or self.rng.random() < 0.1:
            if self.rng.random() < 0.5:
                parts.append(self.rng.choice(self.particles))
            else:
                parts.append(self._pick(self.first, self.corpus_first))
        parts.append(last)
        return " ".join(parts), last

    def __call__(self, doc: Doc, copies: int) -> Iterator[Doc]:
        """Yield ``copies`` name-swapped variants of ``doc`` (none if it has no person)."""
        if not any(ent.label_ == "PER" for ent in doc.ents):
            return
        for _ in range(copies):
            mapping: dict[str, str] = {}
            words: list[str] = []
            spaces: list[bool] = []
            tags: list[str | None] = []
            i = 0
            while i < len(doc):
                tok = doc[i]
                swap_loc = tok.ent_type_ == "LOC" and self.rng.random() < 0.3
                if tok.ent_iob_ == "B" and (tok.ent_type_ == "PER" or swap_loc):
                    label = tok.ent_type_
                    end = i + 1
                    while end < len(doc) and doc[end].ent_iob_ == "I":
                        end += 1
                    orig = doc[i:end]
                    key = orig.text
                    if key not in mapping and label == "LOC":
                        mapping[key] = self.rng.choice(self.own_places)
                    elif key not in mapping:
                        full, last = self._name(len(orig))
                        mapping[key] = full
                        if len(orig) > 1:
                            mapping.setdefault(orig[-1].text, last)
                    new = self.nlp.make_doc(mapping[key])
                    for j, ntok in enumerate(new):
                        words.append(ntok.text)
                        spaces.append(
                            bool(ntok.whitespace_)
                            if j < len(new) - 1
                            else bool(orig[-1].whitespace_)
                        )
                        tags.append(("B-" if j == 0 else "I-") + label)
                    i = end
                    continue
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))
                if tok.ent_iob_ in ("B", "I"):
                    tags.append(f"{tok.ent_iob_}-{tok.ent_type_}")
                else:
                    tags.append("O" if tok.ent_iob_ == "O" else None)
                i += 1
            yield Doc(doc.vocab, words=words, spaces=spaces, ents=tags)

    def synthesise(self, templates: list[str], n: int) -> Iterator[Doc]:
        """Yield ``n`` Docs made from random templates with random names, places, companies."""
        made = 0
        while made < n:
            template = self.rng.choice(templates)
            text = ""
            spans: list[tuple[int, int, str]] = []
            pos = 0
            for match in _SLOT.finditer(template):
                text += template[pos : match.start()]
                slot = match.group(1)
                if slot == "ROLE":
                    text += self.rng.choice(self.roles)
                    pos = match.end()
                    continue
                if slot == "PER":
                    value, label = self._name(self.rng.choice((2, 2, 2, 3)))[0], "PER"
                elif slot == "SUR":
                    value, label = self._last(), "PER"
                elif slot == "FIRST":
                    value, label = self._pick(self.first, self.corpus_first), "PER"
                elif slot == "LOCS":  # genitive of a country or city: "Nordkoreas"
                    base = self.rng.choice(
                        [p for p in self.own_places if p[-1] not in "sxzß" and " " not in p]
                    )
                    value, label = base + "s", "LOC"
                elif slot == "LOC":
                    value, label = self._pick(self.own_places, self.places), "LOC"
                else:
                    value, label = self.rng.choice(self.orgs), "ORG"
                spans.append((len(text), len(text) + len(value), label))
                text += value
                pos = match.end()
            text += template[pos:]
            doc = self.nlp.make_doc(text)
            ents = [doc.char_span(s, e, label=lab) for s, e, lab in spans]
            if any(ent is None for ent in ents):
                continue
            # adjacent slots ("{FIRST} {SUR}") form one person
            merged: list[Span] = []
            for ent in ents:
                assert ent is not None
                prev = merged[-1] if merged else None
                if (
                    prev is not None
                    and prev.label_ == ent.label_ == "PER"
                    and (prev.end == ent.start)
                ):
                    merged[-1] = Span(doc, prev.start, ent.end, label="PER")
                else:
                    merged.append(ent)
            doc.set_ents(merged, default="outside")
            made += 1
            yield doc

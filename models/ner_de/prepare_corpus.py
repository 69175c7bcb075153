"""Build the full training corpus of the embedded NER: SmartData + GermEval dev slice + Europeana.

Usage::

    python models/ner_de/prepare_corpus.py --shared ../shared/data --out models/ner_de/corpus

Sources (all licences allow training and shipping the weights, see ``data/README.md``):

* DFKI SmartData v1.0 (CC BY 4.0), converted and augmented exactly as ``prepare_smartdata.py``
  does (its documents' own 10 % dev hash split is kept only as a secondary check set,
  ``smartdata_dev.spacy``);
* GermEval 2014 **dev** (CC BY 4.0): the ~70 % of sentences that
  ``benchmarks/ner_model_germeval.is_heldout`` does *not* hold aside; the other ~30 % become
  ``dev.spacy``, the model-selection and reporting slice. Outer tags only; ``*deriv``, ``*part``
  and ``OTH`` become "O" (the benchmark does not count them either). GermEval test is never read;
* Europeana Newspapers German, the two files ``enp_DE.lft.bio`` and ``enp_DE.sbb.bio`` (CC0; the
  third provider's file is held out and never read). Sentence breaks are not marked, so the token
  stream is cut after ``.``/``!``/``?`` before a capitalised token, and at the latest after
  ``MAX_CHUNK`` tokens, never inside an entity. Typos in the tags (``B_PER``, ``B-PEr``) are
  normalised; unknown labels become "O".

Augmentation of the training split: name-swapped copies of every GermEval sentence with a person
(``--augment-germeval``), and a noisy copy of a random ``NOISE_SHARE`` of SmartData and GermEval
sentences (straight/typographic quotes exchanged, final punctuation dropped, or the whole
sentence upper-cased), so the model does not rely on one quoting style or on a final full stop.
Randomness is seeded, so the output is reproducible.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "benchmarks"))

import prepare_smartdata as sd  # noqa: E402
from ner_model_germeval import is_heldout, read_germeval_tags  # noqa: E402

LABELS = ("PER", "LOC", "ORG")
EUROPEANA_FILES = ("enp_DE.lft.bio", "enp_DE.sbb.bio")
MAX_CHUNK = 60
NOISE_SHARE = 0.15
GERMEVAL_COPIES = 4
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%")
_NO_SPACE_AFTER = frozenset("([{")
_QUOTES = {'"': "„", "„": '"', "“": '"', "”": '"', "«": '"', "»": '"'}


def clean_tag(tag: str) -> str:
    """Normalise one BIO tag to ``B-PER``/``I-LOC``/... or ``O`` (outer PER/LOC/ORG only)."""
    tag = tag.replace("_", "-").replace(".", "-")
    prefix, _, label = tag.partition("-")
    label = label.upper()
    if prefix.upper() not in ("B", "I") or label not in LABELS:
        return "O"
    return f"{prefix.upper()}-{label}"


def repair(tags: list[str]) -> list[str]:
    """Turn an ``I-X`` that does not continue an ``X`` into ``B-X`` (valid BIO for spaCy)."""
    fixed: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not fixed or fixed[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def spaces_for(words: list[str]) -> list[bool]:
    """Plausible whitespace after each token (none before , . ) and after ( )."""
    spaces = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        spaces.append(bool(nxt) and nxt not in _NO_SPACE_BEFORE and word not in _NO_SPACE_AFTER)
    return spaces


def make_doc(vocab: spacy.vocab.Vocab, words: list[str], tags: list[str]) -> Doc:
    """A Doc with these words and (repaired) BIO tags."""
    return Doc(vocab, words=words, spaces=spaces_for(words), ents=repair(tags))


def read_europeana(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words, tags) chunks of about one sentence from a Europeana ``.bio`` file."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if line.startswith("#") or len(parts) != 2:
                if line.startswith("# file:") and words:  # new article
                    yield words, repair(tags)
                    words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(clean_tag(parts[1]))
    if words:
        yield words, repair(tags)


def split_sentences(words: list[str], tags: list[str]) -> Iterator[tuple[list[str], list[str]]]:
    """Cut one article's token stream into sentence-sized chunks, never inside an entity."""
    begin = 0
    for i in range(1, len(words) + 1):
        at_end = i == len(words)
        inside = not at_end and tags[i].startswith("I-")
        boundary = (
            not at_end
            and words[i - 1] in (".", "!", "?")
            and words[i][:1].isupper()
            and i - begin >= 4
        )
        if at_end or (not inside and (boundary or i - begin >= MAX_CHUNK)):
            if i > begin:
                yield words[begin:i], tags[begin:i]
            begin = i


def noisy_copy(doc: Doc, rng: random.Random) -> Doc | None:
    """A copy with quote style swapped, final punctuation dropped, or upper-cased; or None."""
    words = [t.text for t in doc]
    tags = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
    choice = rng.random()
    if choice < 0.45 and any(w in _QUOTES for w in words):
        words = [_QUOTES.get(w, w) for w in words]
        # a typographic pair closes with the other quote
        if "„" in words:
            opened = False
            for i, w in enumerate(words):
                if w == "„":
                    if opened:
                        words[i] = "“"
                    opened = not opened
    elif choice < 0.85 and len(words) > 3 and words[-1] in (".", "!", "?") and tags[-1] == "O":
        words, tags = words[:-1], tags[:-1]
    elif choice >= 0.85:
        words = [w.upper() for w in words]
    else:
        return None
    return make_doc(doc.vocab, words, tags)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=HERE / "corpus")
    parser.add_argument("--augment", type=int, default=sd.AUGMENT_COPIES)
    parser.add_argument("--augment-germeval", type=int, default=GERMEVAL_COPIES)
    parser.add_argument("--templates", type=int, default=sd.TEMPLATE_SENTENCES)
    parser.add_argument("--europeana", type=float, default=1.0, help="share of Europeana used")
    args = parser.parse_args()
    rng = random.Random(29)
    nlp = spacy.blank("de")
    sentencizer = nlp.add_pipe("sentencizer")
    stats: Counter[str] = Counter()
    bins = {"train": DocBin(), "dev": DocBin(), "smartdata_dev": DocBin()}
    swapper = sd.NameSwapper(nlp)
    real: list[Doc] = []
    smart_person: list[Doc] = []

    def add(split: str, doc: Doc, source: str) -> None:
        bins[split].add(doc)
        stats[f"{split}_{source}_sents"] += 1
        stats[f"{split}_{source}_tokens"] += len(doc)
        for ent in doc.ents:
            stats[f"{split}_{source}_{ent.label_}"] += 1

    for raw in sd.read_docs(args.shared / "smartdata"):
        split = "smartdata_dev" if sd.is_dev(raw["text"]["string"]) else "train"
        doc = sd.annotate(nlp, raw, stats)
        for part in sd.chunk(doc, sentencizer):
            add(split, part, "smartdata")
            if split == "train":
                swapper.collect(part)
                smart_person.append(part)
                real.append(part)
    germeval_train: list[Doc] = []
    for words, tags in read_germeval_tags(args.shared / "germeval2014" / "NER-de-dev.tsv"):
        doc = make_doc(nlp.vocab, words, [clean_tag(t) for t in tags])
        if is_heldout(words):
            add("dev", doc, "germeval")
        else:
            add("train", doc, "germeval")
            swapper.collect(doc)
            germeval_train.append(doc)
            real.append(doc)
    for name in EUROPEANA_FILES:
        for words, tags in read_europeana(args.shared / "europeana-ner-de" / name):
            for part_words, part_tags in split_sentences(words, tags):
                if rng.random() < args.europeana:
                    add("train", make_doc(nlp.vocab, part_words, part_tags), "europeana")
    for part in smart_person:
        for variant in swapper(part, args.augment):
            add("train", variant, "smartdata_swapped")
    for part in germeval_train:
        for variant in swapper(part, args.augment_germeval):
            add("train", variant, "germeval_swapped")
    for part in real:
        if rng.random() < NOISE_SHARE:
            variant = noisy_copy(part, rng)
            if variant is not None:
                add("train", variant, "noise")
    templates = [
        line
        for line in (sd.AUGMENT_DIR / "templates_de.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for doc in swapper.synthesise(templates, args.templates):
        add("train", doc, "templates")
    args.out.mkdir(parents=True, exist_ok=True)
    for split, db in bins.items():
        db.to_disk(args.out / f"{split}.spacy")
    for key in sorted(stats):
        print(f"{key}\t{stats[key]}")


if __name__ == "__main__":
    main()

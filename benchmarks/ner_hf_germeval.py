"""Score a local transformers token-classification model on GermEval 2014 dev; time the plumbing.

Usage::

    python benchmarks/ner_hf_germeval.py --model /path/to/hf_model_dir [--device cuda]
    python benchmarks/ner_hf_germeval.py              # no model: time a tiny random BERT

With ``--model`` the directory is run through ``nkru_extract``'s ``hf:`` NER component (the same
code as ``nkru_extract.load(ner="hf:DIR")``) on the gold GermEval tokens and scored like
``ner_model_germeval.py``: exact span match on outer PER/LOC/ORG (``--part all`` by default: a
model fine-tuned on GermEval *train* has not seen dev). For the person rules merged with the
model, run ``NKRU_NER=hf:DIR python benchmarks/ner_germeval.py``.

Without ``--model`` a randomly initialised BERT (2 layers, hidden size 32, vocabulary from the
GermEval tokens) is built in a temporary folder; its scores are meaningless, and its time per
1,000 tokens is the overhead of our plumbing (tokenising, windows, alignment, ``doc.ents``)
plus a negligible network. Needs ``transformers`` and ``torch``; exits cleanly (status 0)
without them or without the data.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import spacy
from ner_model_germeval import DEFAULT_DATA, LABELS, evaluate, prf, read_germeval


def build_tiny_model(folder: Path, words: list[str], vocab_size: int = 3000) -> None:
    """Save a random 2-layer BERT token classifier (O/B-/I- PER, LOC, ORG) and fast tokenizer."""
    import tokenizers
    import torch
    import transformers

    torch.manual_seed(0)
    counts = Counter(words)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    chars = sorted({ch for word in counts for ch in word})
    vocab += chars + ["##" + ch for ch in chars]
    vocab += [w for w, _ in counts.most_common(vocab_size) if w not in set(vocab)]
    ids = {piece: i for i, piece in enumerate(vocab)}
    backend = tokenizers.Tokenizer(tokenizers.models.WordPiece(ids, unk_token="[UNK]"))
    backend.normalizer = tokenizers.normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=False, strip_accents=False, lowercase=False
    )
    backend.pre_tokenizer = tokenizers.pre_tokenizers.BertPreTokenizer()
    backend.post_processor = tokenizers.processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])],
    )
    transformers.PreTrainedTokenizerFast(
        tokenizer_object=backend,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    ).save_pretrained(folder)
    labels = ["O"] + [f"{p}-{label}" for label in LABELS for p in "BI"]
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
    )
    transformers.BertForTokenClassification(config).save_pretrained(folder)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="local HF model directory")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--part", choices=("heldout", "trained", "all"), default="all")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--batch-size", type=int, default=16, help="windows per forward pass")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument(
        "--threads", type=int, default=0, help="torch.set_num_threads (0: torch's default)"
    )
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: GermEval data not found at {args.data}")
        return 0
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError:
        print('skipped: needs transformers and torch (pip install "nkru_extract[transformers]")')
        return 0
    from nkru_extract.ner import add_ner

    if args.threads:
        torch.set_num_threads(args.threads)

    sentences = list(read_germeval(args.data, args.part))
    if args.limit:
        sentences = sentences[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model
        if model is None:
            model = Path(tmp)
            build_tiny_model(model, [w for words, _ in sentences for w in words])
            print("no --model: tiny random BERT (2 layers, hidden 32); P/R/F are meaningless")
        nlp = spacy.blank("de")
        t0 = time.perf_counter()
        add_ner(nlp, f"hf:{model}", device=args.device)
        nlp.get_pipe("nkru_ner").batch_size = args.batch_size
        load_s = time.perf_counter() - t0
        nlp("Aufwärmen.")
        counts, speed = evaluate(nlp, sentences)
    print(f"GermEval 2014 dev ({args.part}): {len(sentences)} sentences, model {model}")
    print(f"{'label':<6}{'gold':>7}{'pred':>7}{'P':>8}{'R':>8}{'F1':>8}")
    for label, c in counts.items():
        p, r, f = prf(c)
        print(f"{label:<6}{c['tp'] + c['fn']:>7}{c['tp'] + c['fp']:>7}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    print(f"load: {load_s:.2f} s; device {args.device}; torch threads {torch.get_num_threads()}")
    ms = 1e6 / speed if speed else 0.0
    print(f"speed: {speed:,.0f} tokens/s, {ms:.1f} ms per 1,000 tokens (pre-tokenised sentences)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

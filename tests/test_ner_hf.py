"""Bring-your-own transformers NER (``ner="hf:PATH"``): plumbing with a tiny random BERT.

The model is built inside the tests (BertConfig, 2 layers, hidden size 32, a word-piece vocabulary
made from the test sentences) and saved to a temporary directory, so nothing is downloaded. The
tests check loading, batching, windows over long texts and the alignment of word pieces to spaCy
tokens (umlauts, ß, hyphen compounds, subword splits), not quality: where exact entities are
expected, the classifier is set to a constant or the predictions are replaced by a fixed
piece -> label table.
"""

from __future__ import annotations

import pickle
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import nkru_extract as nk
from nkru_extract.errors import InputTypeError, ModelNotFoundError
from nkru_extract.ner import add_ner
from nkru_extract.ner.hf import HFTokenClassifierNER, entity_label

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
SENTENCES = [
    "Jürgen Weiß besuchte Düsseldorf.",
    "Hans-Dietrich Genscher kritisierte die Merkel-Regierung in Straßburg.",
    "„Wir bleiben“, sagte Selenskyj am Montag in Kiew.",
    "Die Ukraine meldete 1.200 Soldaten an der Front.",
]
#: Words the vocabulary only knows as several pieces, to force subword splits.
SPLIT = {"Selenskyj": ["Selen", "##sky", "##j"], "Straßburg": ["Straß", "##burg"]}
WORD = re.compile(r"\w+|[^\w\s]")


def _vocab() -> list[str]:
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    for sentence in SENTENCES:
        for word in WORD.findall(sentence):
            pieces = SPLIT.get(word, [word])
            pieces += [ch for ch in word] + ["##" + ch for ch in word]
            vocab += [p for p in pieces if p not in vocab]
    return vocab


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A randomly initialised 2-layer BERT token classifier and its fast tokenizer on disk."""
    pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    tokenizers = pytest.importorskip("tokenizers")
    import torch

    torch.manual_seed(0)
    path = tmp_path_factory.mktemp("tiny_bert")
    vocab = _vocab()
    ids = {piece: i for i, piece in enumerate(vocab)}
    backend = tokenizers.Tokenizer(tokenizers.models.WordPiece(ids, unk_token="[UNK]"))
    backend.normalizer = tokenizers.normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=False, strip_accents=False, lowercase=False
    )
    backend.pre_tokenizer = tokenizers.pre_tokenizers.BertPreTokenizer()
    backend.post_processor = tokenizers.processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B [SEP]",
        special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])],
    )
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=backend,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    tokenizer.save_pretrained(path)
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    transformers.BertForTokenClassification(config).save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def nlp_hf(tiny_model: Path) -> Language:
    """The full nkru pipeline with the tiny model as its NER."""
    return nk.load("embedded", ner=f"hf:{tiny_model}", device="cpu")


def _small(tiny_model: Path) -> Language:
    """Blank German with only the tiny model as NER (fast to build, pickle and save)."""
    nlp = spacy.blank("de")
    assert add_ner(nlp, f"hf:{tiny_model}", device="cpu")
    return nlp


@pytest.fixture(scope="module")
def nlp_small(tiny_model: Path) -> Language:
    return _small(tiny_model)


def _component(nlp: Language) -> HFTokenClassifierNER:
    pipe = nlp.get_pipe("nkru_ner")
    assert isinstance(pipe, HFTokenClassifierNER)
    return pipe


def _by_piece(pipe: HFTokenClassifierNER, table: dict[str, str]) -> Callable[..., list[list[int]]]:
    """A stand-in for the model: each piece gets the label ``table`` gives its string."""

    def predict(rows: list[list[int]]) -> list[list[int]]:
        return [
            [
                LABELS.index(table.get(piece, "O"))
                for piece in pipe.tokenizer.convert_ids_to_tokens(row)
            ]
            for row in rows
        ]

    return predict


def _ents(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    "label, expected",
    [
        ("O", None),
        ("B-PER", ("B", "PER")),
        ("I-PER", ("I", "PER")),
        ("B-LOC", ("B", "LOC")),
        ("I-ORG", ("I", "ORG")),
        ("S-PER", ("S", "PER")),
        ("E-LOC", ("E", "LOC")),
        ("U-ORG", ("U", "ORG")),
        ("L-PER", ("L", "PER")),
        ("B-PERSON", ("B", "PER")),
        ("I-GPE", ("I", "LOC")),
        ("B_ORGANIZATION", ("B", "ORG")),
        ("PER", ("I", "PER")),
        ("B-PERderiv", None),
        ("B-LOCderiv", None),
        ("I-PERpart", None),
        ("B-ORGpart", None),
        ("B-OTH", None),
        ("I-MISC", None),
        ("LABEL_3", None),
    ],
)
def test_model_labels_map_to_per_loc_org(label: str, expected: tuple[str, str] | None) -> None:
    assert entity_label(label) == expected


@pytest.mark.parametrize(
    "spec",
    ["hf:deepset/gbert-base-germeval14", "hf:/no/such/dir", "hf:"],
    ids=["hub-name", "missing-dir", "empty"],
)
def test_non_local_model_raises_model_not_found_without_download(spec: str) -> None:
    with pytest.raises(ModelNotFoundError, match="never downloaded"):
        add_ner(spacy.blank("de"), spec)


def test_unknown_ner_spec_raises() -> None:
    with pytest.raises(ModelNotFoundError, match="unknown NER"):
        add_ner(spacy.blank("de"), "flair:de-ner")


@pytest.mark.parametrize("value", [3, b"hf:x"], ids=["int", "bytes"])
def test_ner_spec_must_be_str(value: object) -> None:
    with pytest.raises(InputTypeError):
        add_ner(spacy.blank("de"), value)  # type: ignore[arg-type]


@pytest.mark.parametrize("spec", ["none", "off", ""])
def test_ner_none_adds_nothing(spec: str) -> None:
    nlp = spacy.blank("de")
    assert not add_ner(nlp, spec)
    assert nlp.pipe_names == []


def test_missing_transformers_raises_import_error_naming_the_extra(
    tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(ImportError, match=r"nkru_extract\[transformers\]"):
        add_ner(spacy.blank("de"), f"hf:{tiny_model}")


def test_hf_ner_runs_before_the_nkru_components(nlp_hf: Language) -> None:
    assert nlp_hf.pipe_names.index("nkru_ner") < nlp_hf.pipe_names.index("nkru_numbers")
    assert nlp_hf.meta["nkru_ner"].startswith("hf:")


def test_env_var_selects_the_hf_ner(
    tiny_model: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spacy.blank("de").to_disk(tmp_path / "blank")  # a backbone that loads fast
    monkeypatch.setenv("NKRU_NER", f"hf:{tiny_model}")
    nlp = nk.load(tmp_path / "blank", components=())
    assert isinstance(nlp.get_pipe("nkru_ner"), HFTokenClassifierNER)


def test_random_model_gives_token_aligned_per_loc_entities(nlp_hf: Language) -> None:
    for doc in nlp_hf.pipe(SENTENCES):
        for ent in doc.ents:
            assert ent.label_ in {"PER", "LOC"}
            assert doc.char_span(ent.start_char, ent.end_char) is not None
    result = nk.extract(SENTENCES[2], nlp_hf)
    assert result.text == SENTENCES[2]


def test_batched_and_single_docs_give_the_same_entities(nlp_small: Language) -> None:
    piped = [_ents(doc) for doc in nlp_small.pipe(SENTENCES * 3, batch_size=5)]
    single = [_ents(nlp_small(text)) for text in SENTENCES * 3]
    assert piped == single


@pytest.mark.parametrize(
    "text, table, expected",
    [
        (
            "Jürgen Weiß besuchte Düsseldorf.",
            {"Jürgen": "B-PER", "Weiß": "I-PER", "Düsseldorf": "B-LOC"},
            [("Jürgen Weiß", "PER"), ("Düsseldorf", "LOC")],
        ),
        (
            "Hans-Dietrich Genscher kritisierte die Merkel-Regierung in Straßburg.",
            {"Hans": "B-PER", "-": "I-PER", "Dietrich": "I-PER", "Genscher": "I-PER"},
            [("Hans-Dietrich Genscher", "PER")],
        ),
        (
            "„Wir bleiben“, sagte Selenskyj am Montag in Kiew.",
            {"Selen": "B-PER", "##sky": "I-PER", "##j": "I-PER", "Kiew": "B-LOC"},
            [("Selenskyj", "PER"), ("Kiew", "LOC")],
        ),
        (
            "„Wir bleiben“, sagte Selenskyj am Montag in Kiew.",
            {"Selen": "B-PER", "##sky": "O", "##j": "B-LOC"},
            [("Selenskyj", "PER")],
        ),
        (
            "Hans-Dietrich Genscher kritisierte die Merkel-Regierung in Straßburg.",
            {"Straß": "B-LOC", "##burg": "I-LOC", "Genscher": "I-PER"},
            [("Genscher", "PER"), ("Straßburg", "LOC")],
        ),
        (
            "Jürgen Weiß besuchte Düsseldorf.",
            {"Jürgen": "B-PER", "Weiß": "B-PER"},
            [("Jürgen", "PER"), ("Weiß", "PER")],
        ),
    ],
    ids=[
        "umlaut-and-sz",
        "hyphen-compound-name",
        "subword-split",
        "first-piece-decides",
        "split-place-and-i-without-b",
        "b-after-b-starts-a-new-entity",
    ],
)
def test_word_pieces_align_to_spacy_tokens(
    nlp_small: Language,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    table: dict[str, str],
    expected: list[tuple[str, str]],
) -> None:
    pipe = _component(nlp_small)
    monkeypatch.setattr(pipe, "_predict", _by_piece(pipe, table))
    doc = nlp_small(text)
    assert _ents(doc) == expected
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text


@pytest.mark.parametrize(
    "window, stride", [(512, 128), (32, 8), (9, 3)], ids=["bert-512", "small", "tiny"]
)
def test_long_texts_are_covered_by_strided_windows(
    tiny_model: Path, monkeypatch: pytest.MonkeyPatch, window: int, stride: int
) -> None:
    nlp = spacy.blank("de")
    pipe = nlp.add_pipe(
        "nkru_hf_ner",
        config={"model_path": str(tiny_model), "window": window, "stride": stride},
    )
    assert isinstance(pipe, HFTokenClassifierNER)
    table = {"Jürgen": "B-PER", "Weiß": "I-PER", "Düsseldorf": "B-LOC"}
    monkeypatch.setattr(pipe, "_predict", _by_piece(pipe, table))
    text = " ".join(["Jürgen Weiß besuchte Düsseldorf."] * 150)
    n_pieces = len(pipe.tokenizer(text, add_special_tokens=False)["input_ids"])
    assert n_pieces > 512
    doc = nlp(text)
    assert _ents(doc) == [("Jürgen Weiß", "PER"), ("Düsseldorf", "LOC")] * 150


@pytest.mark.parametrize("label, per_token", [("B-PER", True), ("I-PER", False)])
def test_real_forward_pass_over_long_text_with_constant_classifier(
    tiny_model: Path, label: str, per_token: bool
) -> None:
    import torch

    nlp = _small(tiny_model)
    pipe = _component(nlp)
    classifier = pipe.model.classifier
    with torch.no_grad():
        classifier.weight.zero_()
        classifier.bias.copy_(torch.tensor([5.0 if x == label else 0.0 for x in LABELS]))
    text = " ".join(SENTENCES * 12)
    doc = nlp(text)
    assert len(pipe.tokenizer(text, add_special_tokens=False)["input_ids"]) > 512
    if per_token:  # every token is its own person
        assert [e.text for e in doc.ents] == [t.text for t in doc if not t.is_space]
    else:  # I- without B- joins all adjacent tokens into one person
        assert [e.text for e in doc.ents] == [text]


def test_empty_and_whitespace_texts(nlp_small: Language) -> None:
    assert [_ents(doc) for doc in nlp_small.pipe(["", "  ", "\n"])] == [[], [], []]


def test_pickle_and_disk_round_trips_reload_the_model(nlp_small: Language, tmp_path: Path) -> None:
    text = SENTENCES[1]
    expected = _ents(nlp_small(text))
    clone = pickle.loads(pickle.dumps(nlp_small))
    assert _ents(clone(text)) == expected
    nlp_small.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(reloaded.get_pipe("nkru_ner"), HFTokenClassifierNER)
    assert _ents(reloaded(text)) == expected

"""The quick pre-tests of the quote attributor accept everything the exact tests accept.

The attributor visits only candidate tokens (speech-verb forms, Konjunktiv-like forms) and maps
quotations onto tokens by bisection; these rows check that each shortcut gives what the slower,
exact test gives. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from nkru_extract.quotes.blocks import _map_blocks
from nkru_extract.quotes.context import _Ctx
from nkru_extract.quotes.lexicon import (
    _weak_lemma,
    konjunktiv_from,
    konjunktiv_lemma_fits,
    konjunktiv_possible,
    load_speech_verbs,
    strong_konjunktiv_from,
)
from nkru_extract.quotes.marks import find_quotations
from nkru_extract.quotes.rules_de import SEPARABLE_PARTICLES
from nkru_extract.text.phrases import TDoc

TEXTS = [
    "„Wir bleiben bei unserem Kurs“, sagte die Ministerin am Montag.",
    "Er teilte mit, man werde „zeitnah“ entscheiden.  „Das ist gut.“\n\n„Noch ein Satz.“",
    'Sie sagte: "Es gibt keinen Plan." Danach ging sie.',
    "Der Sprecher gab bekannt, dass die Firma die Preise erhöhe.",
    "»Nein«, antwortete er. ‚Vielleicht‘ sei auch möglich, meinte sie.",
    "Kein Zitat in diesem Satz, nur ein Apostroph: geht's gut?",
    "„Offen  ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_map_blocks_matches_char_span(nlp_blank: Language, text: str) -> None:
    doc = nlp_blank(text)
    expected = []
    for quotation in find_quotations(doc.text):
        span = doc.char_span(*quotation.outer, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if expected and span.start < expected[-1][1]:
            continue
        expected.append((span.start, span.end))
    assert [(b.first, b.last) for b in _map_blocks(TDoc(doc))] == expected


# (token text, lemma): forms a lemmatiser may give, Konjunktiv or not
KONJUNKTIV_ROWS = [
    ("habe", "haben"),
    ("sei", "sein"),
    ("seien", "sein"),
    ("käme", "kommen"),
    ("plane", "planen"),
    ("benötige", "benötigen"),
    ("sollte", "sollen"),
    ("werde", "werden"),
    ("die", "der"),
    ("eine", "ein"),
    ("sagte", "sagen"),
    ("Gehe", "gehen"),
    ("Lage", "Lage"),
    ("hätten", "haben"),
    ("erhöhe", "erhöhen"),
    ("wisse", "wissen"),
]


@pytest.mark.parametrize(("text", "lemma"), KONJUNKTIV_ROWS)
def test_konjunktiv_possible_covers_the_exact_tests(text: str, lemma: str) -> None:
    low = text.lower()
    weak = konjunktiv_from([], low, text, text.isalpha(), lemma)
    strong = strong_konjunktiv_from([], low, text, lemma)
    if weak or strong:
        assert konjunktiv_possible(low)
        assert konjunktiv_lemma_fits(low, lemma)


def _old_needs_particle(lemma: str, low: str) -> bool:
    verbs = load_speech_verbs(None)
    return any(base in (lemma.lower(), _weak_lemma(low)) for _, base in verbs.separable)


class _Token:
    def __init__(self, lower: str, lemma: str) -> None:
        self.lower_ = lower
        self.lemma_ = lemma


@pytest.mark.parametrize(
    ("low", "lemma"),
    [
        ("teilte", "teilen"),
        ("teilte", "teilte"),
        ("gab", "geben"),
        ("wies", "weisen"),
        ("kündigte", "kündigen"),
        ("sagte", "sagen"),
        ("lief", "laufen"),
        ("haus", "Haus"),
    ],
)
def test_needs_particle_matches_the_pairwise_test(low: str, lemma: str) -> None:
    verbs = load_speech_verbs(None)
    assert verbs.needs_particle(_Token(low, lemma)) == _old_needs_particle(lemma, low)


# (text, whether a speech verb occurs outside quotation marks)
CUE_TEXTS = [
    ("Die Polizei teilte am Abend mit, der Mann sei festgenommen worden.", True),
    ("Wie der Sprecher bekannt gab, bleibt das Werk geschlossen.", True),
    ("Der Minister sagte, er habe davon nichts gewusst, und kündigte Schritte an.", True),
    ("„Wir sagen nichts“, betonte sie. Er erklärte dagegen, es fehle Geld.", True),
    ("Das Haus steht leer, und niemand wohnt dort.", False),
]


@pytest.mark.parametrize(("text", "has_cue"), CUE_TEXTS)
def test_cue_candidates_cover_every_lexicon_match(
    nlp_embedded: Language, text: str, has_cue: bool
) -> None:
    doc: Doc = nlp_embedded(text)
    tdoc = TDoc(doc)
    verbs = load_speech_verbs(None)
    blocks = _map_blocks(tdoc)
    block_at = {k: bi for bi, bk in enumerate(blocks) for k in range(bk.first, bk.last)}
    ctx = _Ctx(tdoc, verbs, [], blocks, block_at)
    candidates = set(ctx.cue_candidates())
    matches = 0
    for tok in tdoc.toks:
        if not tok.is_alpha or tok.i in block_at:
            continue
        exact = verbs.base_match(tok) or any(
            verbs.particle_lemma(tok, particle) is not None for particle in SEPARABLE_PARTICLES
        )
        if exact:
            matches += 1
            assert tok.i in candidates, tok.text
    assert (matches > 0) == has_cue

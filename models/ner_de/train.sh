#!/usr/bin/env bash
# Reproduce the shipped German NER end to end (run from anywhere; needs ../shared/data).
#   1. SmartData (CC BY 4.0) + GermEval 2014 dev minus the held-aside ~30 % (CC BY 4.0) + two
#      Europeana Newspapers German files (CC0) -> corpus/{train,dev,smartdata_dev}.spacy
#   2. python -m spacy train, single process, niced, capped at 35 min wall time; dev (model
#      selection) = the held-aside GermEval slice. spaCy writes output/model-best at every
#      evaluation that improves ents_f, so the cap only stops further steps.
#   3. copy model-best (a pipeline with only `ner`, internal tok2vec) to src/nkru_extract/data/ner_de
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared/data}"
OUT="${OUT:-$HERE/output}"
LIMIT="${TRAIN_LIMIT:-35m}"
cd "$HERE"
nice -n 10 python prepare_corpus.py --shared "$SHARED" --out "$HERE/corpus"
timeout --signal=INT "$LIMIT" nice -n 10 python -m spacy train config.cfg \
    --output "$OUT" --paths.train corpus/train.spacy --paths.dev corpus/dev.spacy \
    --nlp.batch_size 256 || echo "training stopped (time cap or error: $?); using model-best"
test -d "$OUT/model-best"
bash "$HERE/install.sh" "$OUT/model-best"

#!/usr/bin/env bash
# Copy a trained pipeline folder (default: output/model-best) into the package as data/ner_de and
# record name, version, licence and the training sources in its meta.json.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SRC="${1:-$HERE/output/model-best}"
test -d "$SRC"
DEST="$ROOT/src/nkru_extract/data/ner_de"
rm -rf "$DEST"
cp -r "$SRC" "$DEST"
python - "$DEST/meta.json" <<'PY'
import json, sys
path = sys.argv[1]
meta = json.load(open(path, encoding="utf-8"))
meta.update(
    name="ner_de",
    version="0.2.0",
    description="nkru_extract embedded German NER (PER/LOC/ORG), internal tok2vec, no vectors.",
    license="CC BY 4.0",
    sources=[
        {
            "name": "DFKI SmartData Corpus v1.0 (2018-01-19)",
            "url": "https://github.com/DFKI-NLP/smartdata-corpus",
            "license": "CC BY 4.0",
            "author": "Schiersch, Mironova, Schmitt, Thomas, Gabryszak, Hennig (LREC 2018)",
        },
        {
            "name": "GermEval 2014 NER, development set (about 70 % of its sentences)",
            "url": "https://sites.google.com/site/germeval2014ner/",
            "license": "CC BY 4.0",
            "author": "Benikova, Biemann, Reznicek (LREC 2014)",
        },
        {
            "name": "Europeana Newspapers NER corpus, German files enp_DE.lft and enp_DE.sbb",
            "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
            "license": "CC0 1.0",
            "author": "Europeana Newspapers Project; Neudecker (LREC 2016)",
        },
    ],
)
json.dump(meta, open(path, "w", encoding="utf-8"), indent=2, ensure_ascii=False)
PY
du -sh "$DEST"
